#!/usr/bin/env python3
"""Builds the brexit-fisheries-2020 blind eval set (articles, feeds, labels) and validates it.

Self-contained: run `python3 build.py` from this folder. Writes articles/NNN.json, feeds/<outlet>.xml,
labels.json, then checks quotes, ids, watchlist references, word counts and JSON/XML well-formedness.
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'tidewater-wire': 'Tidewater Wire',
    'channel-courier': 'Channel Courier',
    'continental-herald': 'Continental Herald',
    'north-sea-post': 'North Sea Post',
    'quayside-report': 'Quayside Report',
}
UK, EU, FR, NL, DK, IND = 'uk-government', 'eu', 'france', 'netherlands', 'denmark', 'uk-fishing-industry'
ANNUAL, STATUSQUO, LINK, TRANS, TALKS = ('annual-quota-talks', 'eu-drops-status-quo-access',
                                         'fisheries-trade-linkage', 'long-transition', 'trade-talks-continue')
S, O, C = 'support', 'oppose', 'conditional'

# (published UTC, outlet, slug, title, text, [(actor, issue, stance, quote, attributed)])
A = []
def art(ts, outlet, slug, title, text, claims):
    A.append((ts, outlet, slug, title, text.strip(), claims))

art('2020-02-03T14:10:00Z', 'tidewater-wire', 'johnson-greenwich-fish-annual-talks',
    'Johnson says Britain will settle fishing access in yearly talks',
    """LONDON, Feb 3 (Tidewater Wire) - Prime Minister Boris Johnson said on Monday that Britain would become an independent coastal state at the end of the year and that European boats would only fish in its waters on terms agreed afresh each year.

In a speech at the Old Royal Naval College in Greenwich, Johnson said access for foreign fleets would be decided in annual negotiations based on the latest scientific advice, the arrangement Norway has with the European Union. He said British fishing grounds would be first and foremost for British boats.

Downing Street later rejected any suggestion that fishing rights could be folded into a wider trade agreement, saying a fisheries deal would be negotiated on its own.

The speech came three days after Britain formally left the bloc. A transition period, during which EU rules and existing fishing arrangements still apply, runs until Dec 31. Fishing accounts for a tiny share of British economic output, but it became a symbol of sovereignty during the 2016 referendum campaign, especially in coastal towns in England and Scotland.""",
    [(UK, ANNUAL, S, 'access for foreign fleets would be decided in annual negotiations', True),
     (UK, LINK, O, 'rejected any suggestion that fishing rights could be folded into a wider trade agreement', True)])

art('2020-02-14T12:05:00Z', 'quayside-report', 'belgium-cites-1666-charter-fishing',
    'Belgian minister cites 17th-century charter in fishing dispute',
    """BRUGES, Feb 14 (Quayside Report) - A Belgian regional minister has pointed to a royal charter signed in 1666 as proof that fishermen from Bruges have a right to fish in English waters, adding a historical twist to the coming fight over fishing after Brexit.

Flemish fisheries minister Hilde Crevits said the charter, granted by King Charles II to 50 fishermen of Bruges in gratitude for the city's hospitality during his exile, had never been revoked. Belgian officials said lawyers were studying whether it could carry weight in the negotiations.

Historians in London were sceptical, noting that later treaties and British law had long since overtaken the document. The original is kept in the city archives of Bruges and has not been displayed in years.

Belgium's small fleet of about 70 vessels takes around half of its catch from British waters. The European Commission declined to comment on the charter, saying the bloc's mandate for the talks was still being prepared by member states and would be adopted in Brussels later this month.""",
    [])

art('2020-02-25T17:45:00Z', 'continental-herald', 'eu-mandate-keeps-fishing-access',
    'EU ministers adopt mandate seeking to keep fishing access in British waters',
    """BRUSSELS, Feb 25 (Continental Herald) - European Union ministers on Tuesday approved the mandate for talks on the bloc's future relationship with Britain, calling for a fisheries deal that keeps existing access to British waters and stable quota shares for EU boats.

Chief negotiator Michel Barnier said the fisheries agreement would have to be concluded together with the economic partnership and would not be treated as a separate matter. Without a balanced solution on fish, he told reporters, there would be no broader trade agreement.

The mandate also asks for guarantees on state aid, labour and environmental standards, the so-called level playing field, in return for tariff-free access to the single market.

Ministers met in the Europa building in Brussels. Diplomats said France, Denmark, the Netherlands and Belgium had pressed for strong wording on keeping their access to British waters, because their fleets catch a large part of their landings in British waters. Talks with London are due to open next week.""",
    [(EU, STATUSQUO, O, 'a fisheries deal that keeps existing access to British waters and stable quota shares', True),
     (EU, LINK, S, 'the fisheries agreement would have to be concluded together with the economic partnership', True),
     (FR, STATUSQUO, O, 'pressed for strong wording on keeping their access to British waters', False),
     (DK, STATUSQUO, O, 'pressed for strong wording on keeping their access to British waters', False),
     (NL, STATUSQUO, O, 'pressed for strong wording on keeping their access to British waters', False)])

art('2020-02-27T12:20:00Z', 'channel-courier', 'uk-approach-separate-fisheries-deal',
    'UK publishes negotiating approach with separate fisheries agreement',
    """LONDON, Feb 27 (Channel Courier) - The British government on Thursday published its approach to the trade talks with the European Union, proposing a fisheries agreement kept apart from a free trade deal and annual talks on who may fish where.

The document, presented to parliament by Cabinet Office minister Michael Gove, says any access for EU vessels would be agreed each year, and that quota shares should reflect where fish actually live rather than historic catches. It says the government will not accept a fisheries deal that is tied to trade in goods.

Britain's negotiator David Frost is due to open the first round in Brussels on Monday.

The National Federation of Fishermen's Organisations welcomed the approach, saying yearly negotiations were how an independent coastal state should manage its waters. The Scottish government, which is not a party to the talks, said it wanted guarantees for processors who export most of their products to the continent.""",
    [(UK, ANNUAL, S, 'any access for EU vessels would be agreed each year', True),
     (UK, LINK, O, 'will not accept a fisheries deal that is tied to trade in goods', True),
     (IND, ANNUAL, S, 'yearly negotiations were how an independent coastal state should manage its waters', True)])

art('2020-03-05T16:30:00Z', 'north-sea-post', 'barnier-serious-divergences-fish',
    'Barnier sees "serious divergences" after first round, fish among them',
    """BRUSSELS, Mar 5 (North Sea Post) - The first round of talks on the post-Brexit relationship ended on Thursday with what EU chief negotiator Michel Barnier called "serious divergences", with fisheries among the hardest.

Barnier told a news conference that the bloc would not sign a trade agreement with Britain unless a fisheries agreement was reached at the same time. He added that the two sides had very different starting points on access to waters.

Britain's negotiator David Frost did not appear before reporters. A government spokesman in London declined to say whether Britain would accept any link between fish and the rest of the deal, saying only that the talks had been constructive.

Some trade analysts said they expected the fisheries chapter to be left until the last weeks of the year, as is common in such negotiations. The next round is planned for London on March 18, though officials said the spread of the coronavirus could force changes to the schedule.""",
    [(EU, LINK, S, 'would not sign a trade agreement with Britain unless a fisheries agreement was reached', True)])

art('2020-04-24T15:55:00Z', 'continental-herald', 'second-round-video-fish-no-progress',
    'EU says Britain has not engaged on fisheries in video talks',
    """BRUSSELS, Apr 24 (Continental Herald) - The second round of talks between the European Union and Britain, held by video conference because of the coronavirus pandemic, ended on Friday with almost no progress on fisheries, the EU's negotiator said.

Michel Barnier said Britain had not put forward a legal text on fish and had not engaged seriously on the bloc's proposals. He said there would be no agreement on trade without a balanced fisheries solution, repeating a line the EU has used since February.

A British government spokesman said London's position rested on its status as an independent coastal state and that quotas and access should be negotiated every year, as they are between the bloc and Norway. He said the government remained committed to the talks and to reaching an agreement by the end of the year.

Officials on both sides were working from home, and the round was shortened to four days.""",
    [(EU, LINK, S, 'there would be no agreement on trade without a balanced fisheries solution', True),
     (UK, ANNUAL, S, 'quotas and access should be negotiated every year', True),
     (UK, TALKS, S, 'the government remained committed to the talks and to reaching an agreement', True)])

art('2020-05-15T18:05:00Z', 'quayside-report', 'frost-rejects-continuation-fishing-arrangements',
    'Frost rejects EU push to keep current fishing arrangements',
    """LONDON, May 15 (Quayside Report) - Britain's chief negotiator David Frost said on Friday that the European Union's fisheries proposals were unbalanced and that London would not agree to keep the current arrangements for EU boats in British waters.

In a statement after the third round of talks, Frost said the bloc was asking Britain to accept the same access and quota shares it has now, which no independent coastal state would do. He said access should be discussed in annual talks, like every other coastal state's.

"We made very little progress towards agreeing the most significant issues between us," Frost said.

Frost said Britain still wanted a deal. He said the two teams would meet again in early June.

In Grimsby, a fish merchant said the uncertainty was making it hard to plan for next year. Skippers in Brixham said they were watching the talks closely.""",
    [(UK, STATUSQUO, S, 'London would not agree to keep the current arrangements for EU boats in British waters', True),
     (UK, ANNUAL, S, 'access should be discussed in annual talks', True),
     (UK, TALKS, S, 'Frost said Britain still wanted a deal', True)])

art('2020-06-03T10:15:00Z', 'tidewater-wire', 'denmark-netherlands-insist-fishing-access',
    'Denmark and Netherlands insist their fleets keep access to British waters',
    """COPENHAGEN, Jun 3 (Tidewater Wire) - Denmark will not give up the right of its fishermen to work in British waters, Food and Fisheries Minister Mogens Jensen said on Wednesday, as the bloc prepared for a fourth round of talks with London.

Jensen said Danish boats had fished in the North Sea for centuries and that the European Union's demand to keep existing access was non-negotiable for Copenhagen.

Dutch agriculture minister Carola Schouten said the Netherlands backed the EU position on access and quota shares and would not let its fleet be pushed out of waters where it lands much of its catch.

In the port of Hanstholm, skipper Ole Jensen, who is not related to the minister, said he would accept fewer days in British waters if it meant keeping some access. Industry groups in Denmark estimate that about 40 percent of Danish catches by value come from British waters.

The fourth round opens on June 2 by video link.""",
    [(DK, STATUSQUO, O, 'Denmark will not give up the right of its fishermen to work in British waters', True),
     (NL, STATUSQUO, O, 'the Netherlands backed the EU position on access and quota shares', True),
     (EU, STATUSQUO, O, "the European Union's demand to keep existing access", False)])

art('2020-06-05T17:20:00Z', 'north-sea-post', 'barnier-annual-talks-not-acceptable',
    'Barnier rejects Britain\'s call for yearly fishing talks',
    """BRUSSELS, Jun 5 (North Sea Post) - The European Union will not accept Britain's demand for annual negotiations on fishing access, chief negotiator Michel Barnier said on Friday at the end of a fourth round that again produced little movement.

Barnier said EU fishermen needed long-term stability and that renegotiating access every year would leave them unable to invest. He called the British proposal a recipe for permanent uncertainty.

He said the bloc was nonetheless ready to look for a fair solution on fish, without giving any detail.

Some diplomats in Brussels speculated privately that the EU could eventually agree to a phase-in period followed by periodic reviews, but officials said no such option had been discussed with member states.

A British spokesman said the gap on fisheries remained wide and that the government would not grant EU boats guaranteed long-term access. Leaders are due to take stock of the talks at a high-level meeting this month.""",
    [(EU, ANNUAL, O, "will not accept Britain's demand for annual negotiations on fishing access", True),
     (UK, STATUSQUO, S, 'the government would not grant EU boats guaranteed long-term access', True)])

art('2020-06-15T19:40:00Z', 'channel-courier', 'johnson-von-der-leyen-intensify-talks',
    'Johnson and von der Leyen agree to intensify trade talks in July',
    """LONDON, Jun 15 (Channel Courier) - Boris Johnson and European Commission President Ursula von der Leyen agreed on Monday to step up the trade negotiations over the summer, with the two teams meeting in person every week from the end of June.

In a joint statement after a video call, the two sides said they wanted to give new momentum to the talks and find an agreement in principle if possible. Johnson told reporters he did not believe the two sides were that far apart and that what was needed was "a bit of oomph".

Von der Leyen said the EU was ready to work intensively to reach a deal, but that fishing, fair competition and the governance of any agreement remained difficult.

Britain confirmed on Friday that it would not ask for an extension of the transition period, which ends on Dec 31. Johnson said he did not want the talks to drag on into the autumn.""",
    [(UK, TALKS, S, 'they wanted to give new momentum to the talks', True),
     (EU, TALKS, S, 'the EU was ready to work intensively to reach a deal', True)])

art('2020-07-23T16:50:00Z', 'quayside-report', 'barnier-near-total-exclusion-beaune-fishermen',
    'Barnier says UK wants near-total exclusion of EU boats; Paris digs in',
    """LONDON, Jul 23 (Quayside Report) - The European Union's chief negotiator Michel Barnier said on Thursday that Britain was asking for the near-total exclusion of EU fishing boats from its waters, something the bloc could not accept.

Speaking in London after the latest round, Barnier said the EU would not drop its demand for continued access in exchange for vague promises. A Commission spokeswoman later denied that Barnier had given up on the bloc's position on access and quota shares.

David Frost said significant differences remained and that an agreement was unlikely to come in July.

In Paris, European affairs minister Clement Beaune said France would not allow its fishermen to become the bargaining chip of the Brexit talks. He said access to British waters for boats from Brittany and Normandy had to be preserved.

Fishermen in Boulogne-sur-Mer, France's largest fishing port, have warned that half of their catch comes from British waters.""",
    [(EU, STATUSQUO, O, 'the EU would not drop its demand for continued access', True),
     (EU, STATUSQUO, O, "denied that Barnier had given up on the bloc's position on access and quota shares", True),
     (FR, STATUSQUO, O, 'access to British waters for boats from Brittany and Normandy had to be preserved', True)])

art('2020-09-07T11:05:00Z', 'continental-herald', 'girardin-no-deal-better-than-bad-deal',
    'France\'s fisheries minister says no deal better than a bad one for fishermen',
    """PARIS, Sep 7 (Continental Herald) - France's new sea minister Annick Girardin said on Monday that no deal would be better than a bad deal for French fishermen, warning Britain not to expect Paris to accept a reduced share of the catch.

Girardin, who took over the maritime portfolio in July, told French radio that French boats must be able to keep fishing in British waters on the same terms as today. She said she would stand with the fishermen of the Channel and the North Sea.

Asked whether the French fleet could accept a gradual reduction of its quotas, she said: "That is not on the table."

The comments came a day before the eighth round of talks opens in London. EU leaders are due to review the state of the negotiations at a summit in Brussels on Oct 15.

Industry leaders in Brittany said they welcomed the minister's support but feared being left out of the final bargaining.""",
    [(FR, STATUSQUO, O, 'keep fishing in British waters on the same terms as today', True),
     (FR, STATUSQUO, O, 'That is not on the table.', True)])

art('2020-09-29T09:30:00Z', 'tidewater-wire', 'eustice-three-year-phase-in',
    'Eustice floats three-year adjustment for EU boats; fishermen object',
    """LONDON, Sep 29 (Tidewater Wire) - Britain could give European boats a short period to adjust before new quota shares take effect, but not a long one, Environment Secretary George Eustice said on Tuesday.

Eustice told a fishing industry conference that the government could offer a phase-in of up to three years, provided the EU accepted that Britain would control access to its waters from then on. He said he would not agree to anything like the decade-long transition some EU capitals had asked for.

The National Federation of Fishermen's Organisations said any phase-in would delay the benefits of leaving the Common Fisheries Policy. Its chief executive Barrie Deas said the industry wanted no transition at all and would oppose one.

The EU has sought a transition of ten years or more. Asked about the minister's comments, a Commission spokesman declined to say whether the bloc could accept a shorter period.""",
    [(UK, TRANS, C, 'could offer a phase-in of up to three years, provided the EU accepted', True),
     (IND, TRANS, O, 'the industry wanted no transition at all and would oppose one', True),
     (EU, TRANS, S, 'The EU has sought a transition of ten years or more.', False)])

art('2020-10-15T21:30:00Z', 'north-sea-post', 'eu-summit-macron-fishermen-not-sacrificed',
    'EU leaders tell Britain to move; Macron says fishermen will not be sacrificed',
    """BRUSSELS, Oct 15 (North Sea Post) - European Union leaders on Thursday called on Britain to make the moves needed to reach a trade deal, and asked their negotiator to keep talking with London in the coming weeks.

In their summit conclusions, the leaders said they wanted an agreement but not at any price, and asked Michel Barnier to continue negotiations with a view to a deal by the end of the year.

French President Emmanuel Macron said that "in no circumstances" would French fishermen be sacrificed. He said France would not accept any agreement that did not guarantee its boats access to British waters, and that France was ready for no deal if necessary.

Dutch Prime Minister Mark Rutte said the Netherlands stood with France on fish and would not let Dutch access be bargained away at the last minute.

The summit was held in the Europa building. British officials said Prime Minister Boris Johnson would respond on Friday.""",
    [(EU, TALKS, S, 'asked Michel Barnier to continue negotiations with a view to a deal', True),
     (FR, STATUSQUO, O, 'would not accept any agreement that did not guarantee its boats access to British waters', True),
     (NL, STATUSQUO, O, 'would not let Dutch access be bargained away at the last minute', True)])

art('2020-10-16T13:20:00Z', 'channel-courier', 'johnson-prepare-australia-style-unless',
    'Johnson tells Britain to prepare for no trade deal unless EU changes course',
    """LONDON, Oct 16 (Channel Courier) - Prime Minister Boris Johnson said on Friday that Britain should get ready for an Australia-style arrangement with the European Union from January unless the bloc fundamentally changed its approach to the talks.

Johnson said EU leaders had effectively ruled out a Canada-style free trade deal at their summit and wanted Britain to keep making all the concessions, including on fishing. There was no point in further negotiations on that basis, he said, but Britain would listen if the EU showed a real change in position.

Later, a Downing Street spokesman said there was no reason for Michel Barnier to travel to London next week unless the EU was ready to address all the outstanding issues.

An Australia-style deal would in practice mean trading largely on World Trade Organization terms, with tariffs on many goods. The pound fell about half a percent after Johnson's remarks.""",
    [(UK, TALKS, C, 'would listen if the EU showed a real change in position', True),
     (UK, TALKS, C, 'no reason for Michel Barnier to travel to London next week unless', True)])

art('2020-10-16T15:05:00Z', 'quayside-report', 'johnson-get-ready-no-deal-unless-eu-moves',
    'Johnson says get ready for no deal unless Brussels shifts',
    """LONDON, Oct 16 (Quayside Report) - Boris Johnson said on Friday that Britain must prepare for an Australia-style relationship with the European Union from January unless the bloc fundamentally changed its approach.

The prime minister said EU leaders had in effect ruled out a Canada-type free trade deal at their summit and expected Britain to make every concession, including on fish. There was no point in more negotiations on that basis, he said, although Britain would listen if the EU showed a real change in position.

A Downing Street spokesman said later that there was no reason for Michel Barnier to come to London next week unless the EU was ready to address all outstanding issues.

In practice, an Australia-style deal would mean trading mostly on World Trade Organization terms, with tariffs on many goods. Sterling slipped around half a percent after the prime minister spoke.""",
    [(UK, TALKS, C, 'Britain would listen if the EU showed a real change in position', True),
     (UK, TALKS, C, 'no reason for Michel Barnier to come to London next week unless', True)])

art('2020-10-19T12:40:00Z', 'tidewater-wire', 'frost-barnier-call-door-ajar',
    'Barnier offers to intensify talks; London says door is ajar',
    """LONDON, Oct 19 (Tidewater Wire) - The European Union's Michel Barnier offered on Monday to intensify negotiations and to work on legal texts in all areas, in a phone call with Britain's David Frost, as the two sides sought a way back to the table.

Barnier said on Twitter that the EU remained available to intensify talks in London this week on all subjects.

Frost told him that there was no basis for resuming the talks unless the EU accepted a fundamental change of approach, according to a British account of the call. He said Britain was not asking for anything unreasonable.

Cabinet Office minister Michael Gove told parliament that the door was still ajar.

Several analysts in London said they expected the two sides to be back at the table within days, given how much was at stake for both economies. Neither side would say when Barnier might travel. Overnight frost was forecast for parts of southern England, with temperatures falling below zero in rural areas.""",
    [(EU, TALKS, S, 'the EU remained available to intensify talks in London this week', True),
     (UK, TALKS, C, 'no basis for resuming the talks unless the EU accepted a fundamental change', True),
     (UK, TALKS, C, 'the door was still ajar', True)])

art('2020-10-21T17:25:00Z', 'continental-herald', 'uk-agrees-resume-intensive-talks',
    'Britain agrees to resume intensive trade talks with EU',
    """LONDON, Oct 21 (Continental Herald) - Britain agreed on Wednesday to restart trade negotiations with the European Union, ending a five-day standoff, after the EU's chief negotiator told lawmakers that compromises would be needed on both sides.

Downing Street said the talks would resume in London on Thursday and continue daily, including at weekends, and that it was ready to negotiate on legal texts with the aim of a deal. Prime Minister Boris Johnson's spokesman said the EU had now accepted that movement had to come from both sides.

Earlier, Michel Barnier told the European Parliament that the EU was ready to intensify the negotiations, that an agreement was within reach if both sides were willing to work constructively, and that the EU would respect British sovereignty over its waters.

The teams are expected to work in intensive format until at least mid-November, when officials on both sides say a deal would need to be done to allow time for ratification.""",
    [(UK, TALKS, S, 'ready to negotiate on legal texts with the aim of a deal', True),
     (EU, TALKS, S, 'the EU was ready to intensify the negotiations', True)])

art('2020-11-09T18:10:00Z', 'north-sea-post', 'barnier-ready-to-cut-eu-quota-if-stable-access',
    'Barnier tells fishing states EU could accept smaller catch in exchange for stable access',
    """BRUSSELS, Nov 9 (North Sea Post) - The European Union is prepared to accept a reduction in the fish its boats catch in British waters if Britain guarantees long-term, stable access in return, chief negotiator Michel Barnier told ministers from the bloc's coastal states on Monday.

According to an EU official who briefed reporters, Barnier said the bloc could not expect to keep everything it has today. He said the EU could return part of its quota to British fishermen, but only as part of a settlement that gave the bloc's fleets certainty for many years.

France's sea minister Annick Girardin said after the meeting that she had not agreed to any transfer of quota and that French boats must keep their current rights.

The Netherlands and Denmark were reported by diplomats to be uneasy about the size of any cut. Britain has asked for a transfer of more than half of the EU catch in its waters.""",
    [(EU, STATUSQUO, C, 'could return part of its quota to British fishermen, but only as part', True),
     (FR, STATUSQUO, O, 'French boats must keep their current rights', True)])

art('2020-11-20T10:45:00Z', 'quayside-report', 'talks-paused-covid-case-negotiating-team',
    'EU-UK talks paused after negotiator tests positive for coronavirus',
    """BRUSSELS, Nov 20 (Quayside Report) - Face-to-face trade talks between Britain and the European Union were suspended on Thursday after a member of the EU negotiating team tested positive for the coronavirus.

Michel Barnier said on Twitter that he and David Frost had agreed to pause negotiations at their level for a short time. Teams of officials would continue to work remotely, he said.

The talks had been taking place in a conference centre in Brussels since Monday. British officials said Frost and his team would return to London and follow the national guidance on self-isolation.

A spokesman for Prime Minister Boris Johnson declined to say when in-person talks would resume, or whether the pause would push back any deadline. Diplomats said the remaining differences on fish, fair competition rules and dispute settlement were unchanged.

European Commission President Ursula von der Leyen said earlier in the day that progress had been made in recent days on some legal texts.""",
    [])

art('2020-12-04T20:15:00Z', 'tidewater-wire', 'frost-barnier-pause-beaune-veto-threat',
    'Negotiators pause talks, leaders to speak; France warns of veto',
    """LONDON, Dec 4 (Tidewater Wire) - Britain's David Frost and the European Union's Michel Barnier said on Friday that the conditions for an agreement had not been met, and that they were pausing their talks to brief their political leaders.

In a joint statement, the two negotiators said significant divergences remained on the level playing field, governance and fisheries. Boris Johnson and Ursula von der Leyen will speak on Saturday afternoon.

Earlier, France's European affairs minister Clement Beaune said Paris would veto a deal that gave away the access French fishermen now enjoy in British waters. "If the deal is not good, we will oppose it," he told Europe 1 radio.

Belgium, which has argued that a 1666 royal charter gives fishermen from Bruges the right to fish off England, also urged the Commission to hold firm.

British fishing communities have been told that patrol vessels will be ready to protect the country's waters from January if no deal is reached.""",
    [(FR, STATUSQUO, O, 'Paris would veto a deal that gave away the access French fishermen now enjoy', True)])

art('2020-12-07T19:55:00Z', 'channel-courier', 'johnson-von-der-leyen-call-meet-in-brussels',
    'Johnson to travel to Brussels after call with von der Leyen',
    """LONDON, Dec 7 (Channel Courier) - Boris Johnson will travel to Brussels in the coming days to meet European Commission President Ursula von der Leyen, the two leaders said on Monday after a second phone call in three days failed to close the gaps in the trade talks.

In a joint statement, they said the conditions for finalising an agreement were still not there because of the remaining differences on three critical issues, and that they had agreed to continue discussing them in person.

A British official said the prime minister wanted to keep negotiating and would not walk away while there was still a chance of a deal. Von der Leyen said the EU would keep the door open until the last minute.

Negotiators David Frost and Michel Barnier had resumed their talks in Brussels on Sunday. A spokesman for Johnson declined to say whether the trip could be the final attempt.""",
    [(UK, TALKS, S, 'had agreed to continue discussing them in person', True),
     (EU, TALKS, S, 'had agreed to continue discussing them in person', True),
     (UK, TALKS, S, 'the prime minister wanted to keep negotiating', True),
     (EU, TALKS, S, 'the EU would keep the door open until the last minute', True)])

art('2020-12-10T14:30:00Z', 'continental-herald', 'eu-contingency-plan-uk-rejects-waters-access',
    'EU proposes no-deal contingency measures; London rejects access to its waters',
    """BRUSSELS, Dec 10 (Continental Herald) - The European Commission on Thursday proposed contingency measures to keep planes flying and trucks moving if talks with Britain fail, and asked London to grant EU boats reciprocal access to British waters until the end of 2021 in that case.

Commission President Ursula von der Leyen said there was no guarantee that a deal would be reached. The stopgap measures would lapse if no deal was agreed by year end.

Britain rejected the request on fishing within hours. A government spokesman said London would never accept arrangements that kept EU fleets in British waters after Jan 1 without an agreement, and that the country would be an independent coastal state from that date.

The proposal followed a dinner on Wednesday at which Boris Johnson and von der Leyen failed to bridge the gaps, but agreed that their teams would keep talking until Sunday. He said a no-deal outcome was now a strong possibility.""",
    [(UK, STATUSQUO, S, 'would never accept arrangements that kept EU fleets in British waters', True),
     (UK, TALKS, S, 'agreed that their teams would keep talking until Sunday', True),
     (EU, TALKS, S, 'agreed that their teams would keep talking until Sunday', True)])

art('2020-12-13T13:15:00Z', 'north-sea-post', 'johnson-von-der-leyen-go-extra-mile',
    'Johnson and von der Leyen agree to "go the extra mile" as Sunday deadline passes',
    """BRUSSELS, Dec 13 (North Sea Post) - Boris Johnson and Ursula von der Leyen agreed on Sunday to keep negotiating a post-Brexit trade deal beyond the day they had set as a deadline, saying they had a responsibility to "go the extra mile".

In a joint statement after a phone call, the two leaders said they had had a constructive discussion and had mandated their negotiators to continue the talks in Brussels.

Johnson told broadcasters that the two sides were still very far apart on some key things, and that Britain should prepare for trading on World Trade Organization terms. He said Britain would not walk away from the talks while there was any hope.

Fisheries remain the most difficult issue. British officials said the gap between what EU boats would give back and what Britain wanted was still large. The Royal Navy has said four patrol ships are ready to protect British fishing waters from January if needed.""",
    [(UK, TALKS, S, 'mandated their negotiators to continue the talks in Brussels', True),
     (EU, TALKS, S, 'mandated their negotiators to continue the talks in Brussels', True),
     (UK, TALKS, S, 'Britain would not walk away from the talks while there was any hope', True)])

art('2020-12-17T18:40:00Z', 'quayside-report', 'johnson-fish-serious-situation-frederiksen',
    'Johnson says talks in "serious situation" over fish; Denmark holds firm',
    """LONDON, Dec 17 (Quayside Report) - Boris Johnson told Ursula von der Leyen on Thursday that the trade talks were in a serious situation and that the EU's position on fish was unreasonable, Downing Street said.

The prime minister said the bloc's demand for a transition of around eight years before new quota shares were fully applied was far too long. Downing Street said Britain had offered three years, provided EU boats then faced annual negotiations like any other foreign fleet.

Von der Leyen said after the call that bridging the big differences on fisheries would be very challenging, but that the EU wanted a long enough adjustment period to protect its fishing communities.

In Copenhagen, Prime Minister Mette Frederiksen said Denmark would not accept a deal that took away the fishing rights of Danish fishermen. "We are not there yet," she told reporters.

Analysts at one London bank said they still put the chance of a deal at around two in three.""",
    [(UK, TRANS, C, 'Britain had offered three years, provided EU boats then faced annual negotiations', True),
     (UK, ANNUAL, S, 'EU boats then faced annual negotiations like any other foreign fleet', True),
     (EU, TRANS, S, 'the EU wanted a long enough adjustment period to protect its fishing communities', True),
     (DK, STATUSQUO, O, 'Denmark would not accept a deal that took away the fishing rights', True)])

art('2020-12-21T16:00:00Z', 'tidewater-wire', 'reports-eu-offer-quarter-catch',
    'EU said to offer back a quarter of catch as talks run into Christmas week',
    """BRUSSELS, Dec 21 (Tidewater Wire) - The European Union has offered to hand back about a quarter of the value of the fish its boats catch in British waters, people familiar with the negotiations said on Monday, as the talks ran into the week before Christmas.

The offer, which could not be independently confirmed, would be phased in over six years, the people said. Britain is reported to have lowered its own demand to around a third, from more than half earlier in the year.

Michel Barnier told EU ambassadors that the coming days were crucial and that the talks were at a decisive moment, a diplomat said. He did not give details of the fisheries offer.

Dutch agriculture minister Carola Schouten declined to say whether The Hague could live with a cut of that size. Britain meanwhile faced travel bans from dozens of countries over a new variant of the coronavirus, with hundreds of trucks stranded near Dover after France closed the border.""",
    [(EU, STATUSQUO, C, 'offered to hand back about a quarter of the value of the fish', False),
     (EU, TRANS, S, 'would be phased in over six years, the people said', False)])

DEAL1 = """BRUSSELS, Dec 24 (Continental Herald) - Britain and the European Union agreed a post-Brexit trade deal on Thursday, a week before the transition period ends, after fish became the last obstacle to be cleared.

Under the agreement, EU boats will give up a quarter of the value of the fish they catch in British waters over five and a half years, until June 2026. After that, access and quotas will be set in annual negotiations.

Commission President Ursula von der Leyen said it had been a long and winding road. She said the EU had accepted a 25 percent transfer of its catch and yearly talks after 2026 in return for a long adjustment period, and that the bloc would be able to respond with tariffs if Britain later cut access for its fleets.

Prime Minister Boris Johnson said Britain would be an independent coastal state with full control of its waters, deciding each year from 2026 how much access EU boats get. He said the five-and-a-half-year adjustment period was a reasonable price for a deal. He added that Britain had agreed that the EU could impose tariffs if access were cut, but only proportionate ones, subject to independent arbitration.

The deal still needs approval from the 27 member states and both parliaments."""

DEAL2 = """LONDON, Dec 24 (Channel Courier) - The European Union and Britain struck a post-Brexit trade agreement on Thursday, a week before the transition period runs out, after fishing rights turned into the final hurdle.

EU fleets will hand back a quarter of the value of their catch in British waters over five and a half years, until June 2026, under the deal. From then on, access and quotas will be fixed in annual negotiations.

Ursula von der Leyen, the Commission president, described it as a long and winding road. She said the EU had accepted a 25 percent transfer of its catch and yearly talks after 2026 in exchange for a long adjustment period, and that the bloc would be able to respond with tariffs should Britain later cut access for its fleets.

Boris Johnson said Britain would be an independent coastal state with full control of its waters, deciding each year from 2026 how much access EU boats get. He called the five-and-a-half-year adjustment period a reasonable price for a deal, and said Britain had agreed that the EU could impose tariffs if access were cut, but only proportionate ones, subject to independent arbitration.

The 27 member states and both parliaments must still approve the deal."""

DEAL_CLAIMS = lambda v: [
    (EU, STATUSQUO, S, 'the EU had accepted a 25 percent transfer of its catch', True),
    (EU, ANNUAL, S, 'a 25 percent transfer of its catch and yearly talks after 2026', True),
    (EU, TRANS, S, 'in return for a long adjustment period' if v == 1 else 'in exchange for a long adjustment period', True),
    (EU, LINK, S, 'the bloc would be able to respond with tariffs', True),
    (UK, ANNUAL, S, 'deciding each year from 2026 how much access EU boats get', True),
    (UK, TRANS, S, 'adjustment period was a reasonable price for a deal' if v == 1 else 'adjustment period a reasonable price for a deal', True),
    (UK, LINK, C, 'the EU could impose tariffs if access were cut, but only proportionate ones', True),
]
art('2020-12-24T15:30:00Z', 'continental-herald', 'eu-uk-trade-deal-fish-quarter-cut',
    'EU and Britain strike trade deal; EU boats to give up a quarter of catch', DEAL1, DEAL_CLAIMS(1))
art('2020-12-24T17:10:00Z', 'channel-courier', 'brexit-trade-deal-struck-fishing-final-hurdle',
    'Brexit trade deal struck after fishing rights prove final hurdle', DEAL2, DEAL_CLAIMS(2))

art('2020-12-24T19:45:00Z', 'quayside-report', 'fishing-industry-disappointed-deal',
    'British fishermen say they were let down by the trade deal',
    """PETERHEAD, Dec 24 (Quayside Report) - Britain's fishing industry said on Thursday that it had been let down by the trade deal with the European Union, which leaves EU boats with most of their catch in British waters for years to come.

Barrie Deas, chief executive of the National Federation of Fishermen's Organisations, said the industry had been sacrificed for a wider agreement. He said the five-and-a-half-year transition was far longer than fishermen had been promised and that they had never accepted one.

Elspeth Macdonald of the Scottish Fishermen's Federation said the deal fell well short of what the government had promised. She said her members would hold ministers to the pledge of annual negotiations from 2026.

Brexit campaigner Nigel Farage, who is not in government, said fishermen had been sold out. Scottish First Minister Nicola Sturgeon said Scotland had been ignored.

A government minister said the deal still more than doubled the fish available to British boats over time.""",
    [(IND, TRANS, O, 'the five-and-a-half-year transition was far longer than fishermen had been promised', True),
     (IND, ANNUAL, S, 'would hold ministers to the pledge of annual negotiations from 2026', True)])

art('2020-12-26T11:20:00Z', 'north-sea-post', 'france-accepts-fish-deal-girardin-beaune',
    'France accepts fish compromise, says quarter cut is painful but acceptable',
    """PARIS, Dec 26 (North Sea Post) - France will back the post-Brexit trade deal and accepts the cut in the European Union's catch in British waters, sea minister Annick Girardin said on Saturday, even though French fishermen will lose part of their quota.

Girardin said the transfer of a quarter of the EU's catch was painful but acceptable, because French boats keep access to British waters for five and a half years and the EU can retaliate if that access is restricted. The government would set up a support fund for affected fleets, she said.

European affairs minister Clement Beaune said France had obtained the guarantees it wanted. He said President Emmanuel Macron had been ready to block a bad agreement, but that this one protected French interests.

Fishermen's leaders in Boulogne-sur-Mer said they were relieved to have avoided no deal but feared the annual talks after 2026. The national fishing committee said it would study the text before deciding whether to challenge it.""",
    [(FR, STATUSQUO, S, "accepts the cut in the European Union's catch in British waters", True),
     (FR, STATUSQUO, S, "the transfer of a quarter of the EU's catch was painful but acceptable", True),
     (FR, LINK, S, 'the EU can retaliate if that access is restricted', True),
     (FR, TRANS, S, 'French boats keep access to British waters for five and a half years', True)])

art('2020-12-28T18:30:00Z', 'tidewater-wire', 'eu-ambassadors-approve-provisional-application',
    'EU ambassadors clear trade deal with Britain for provisional use',
    """BRUSSELS, Dec 28 (Tidewater Wire) - Ambassadors of the European Union's 27 member states on Monday approved the trade and cooperation agreement with Britain, allowing it to apply provisionally from Jan 1 while the European Parliament examines it.

The decision, taken by written procedure, covers the fisheries chapter under which EU boats will give up a quarter of their catch in British waters by 2026, with quotas then set in yearly talks.

Diplomats said Denmark and the Netherlands, whose fleets lose the most after France, had reluctantly gone along with the compromise. Belgium asked for help for its small fleet from a 5 billion euro Brexit adjustment reserve.

The European Parliament is expected to vote on the deal in the first months of 2021. A Commission spokesman said the ambassadors' approval showed the unity of the bloc throughout the talks.

Fishermen in Urk, the main Dutch fishing town, said they would lose much of their sole and plaice catch. Officials in Copenhagen did not comment.""",
    [(EU, STATUSQUO, S, 'approved the trade and cooperation agreement with Britain', True),
     (EU, ANNUAL, S, 'approved the trade and cooperation agreement with Britain', True),
     (DK, STATUSQUO, S, 'Denmark and the Netherlands, whose fleets lose the most after France, had reluctantly gone along', False),
     (NL, STATUSQUO, S, 'Denmark and the Netherlands, whose fleets lose the most after France, had reluctantly gone along', False)])

art('2020-12-30T17:50:00Z', 'channel-courier', 'parliament-passes-deal-eustice-fish',
    'Parliament approves EU trade deal; Eustice defends fish compromise',
    """LONDON, Dec 30 (Channel Courier) - Britain's parliament approved the trade deal with the European Union on Wednesday, hours before the end of the transition period, after lawmakers were recalled from their Christmas break.

Environment Secretary George Eustice told the House of Commons that the adjustment period of five and a half years was a fair compromise that gave EU fleets time to adapt. He said that from 2026 access would be decided in annual negotiations and Britain would be free to say no.

He said the quota transfer was only a first step and that the industry would see more fish landed in British ports every year.

The Scottish Fishermen's Federation said the deal still left its members bitterly disappointed. Its chief executive Elspeth Macdonald said a long transition was the opposite of what the industry had asked for.

The Scottish National Party voted against the bill. Labour backed it, saying a thin deal was better than no deal.""",
    [(UK, TRANS, S, 'the adjustment period of five and a half years was a fair compromise', True),
     (UK, ANNUAL, S, 'from 2026 access would be decided in annual negotiations', True),
     (IND, TRANS, O, 'a long transition was the opposite of what the industry had asked for', True)])

SHIFTS = [
    (UK, TALKS, S, C, '2020-10-16T13:20:00Z', 'Johnson says Britain should prepare for an Australia-style outcome and sees no point in more talks unless the EU changes its approach; until then (006, 007, 010) London said it was committed to the talks.'),
    (UK, TALKS, C, S, '2020-10-21T17:25:00Z', 'Downing Street agrees to resume daily talks in London on legal texts with the aim of a deal, ending the conditional standoff of 015-017 (a reversal).'),
    (EU, STATUSQUO, O, C, '2020-11-09T18:10:00Z', 'Barnier tells coastal states the EU could return part of its quota, but only within a settlement giving long-term stable access; in 003, 009 and 011 the EU insisted on keeping existing access.'),
    (EU, STATUSQUO, C, S, '2020-12-24T15:30:00Z', 'Von der Leyen says the EU accepted a 25 percent transfer of its catch: the status-quo demand is dropped in the signed deal.'),
    (EU, ANNUAL, O, S, '2020-12-24T15:30:00Z', 'Von der Leyen says the EU accepted yearly talks after 2026; in 009 Barnier rejected annual negotiations outright.'),
    (UK, TRANS, C, S, '2020-12-24T15:30:00Z', 'Johnson calls the five-and-a-half-year adjustment period a reasonable price; before he offered only three years with conditions (013, 025).'),
    (UK, LINK, O, C, '2020-12-24T15:30:00Z', 'Johnson says Britain agreed the EU may impose tariffs if access is cut, but only proportionate ones under arbitration; in 001 and 004 London rejected any link between fish and trade.'),
    (FR, STATUSQUO, O, S, '2020-12-26T11:20:00Z', 'Girardin says France accepts the cut in the EU catch as painful but acceptable; through 021 Paris refused any loss of current rights.'),
]
# Duplicates: (original published, copy published)
DUPS = [('2020-10-16T13:20:00Z', '2020-10-16T15:05:00Z'), ('2020-12-24T15:30:00Z', '2020-12-24T17:10:00Z')]


def main():
    A.sort(key=lambda a: a[0])
    ids = {}
    articles = []
    for i, (ts, outlet, slug, title, text, claims) in enumerate(A, 1):
        aid = '%03d' % i
        ids[ts] = aid
        d = datetime.strptime(ts, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        url = 'https://example.org/%s/%s/%s' % (outlet, d.strftime('%Y/%m/%d'), slug)
        articles.append(dict(id=aid, published=ts, source=OUTLETS[outlet], url=url, title=title, text=text,
                             _outlet=outlet, _dt=d, _claims=claims))
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for a in articles:
        pub = {k: a[k] for k in ('id', 'published', 'source', 'url', 'title', 'text')}
        with open(os.path.join(HERE, 'articles', a['id'] + '.json'), 'w') as f:
            json.dump(pub, f, indent=2, ensure_ascii=False)
            f.write('\n')
    for outlet, name in OUTLETS.items():
        items = [a for a in articles if a['_outlet'] == outlet]
        last = max(a['_dt'] for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               '    <title>%s</title>' % escape(name), '    <link>https://example.org/%s/</link>' % outlet,
               '    <description>%s: fictional outlet for the shiftwatch brexit-fisheries-2020 blind set</description>' % escape(name),
               '    <language>en</language>', '    <lastBuildDate>%s</lastBuildDate>' % format_datetime(last, usegmt=True)]
        for a in sorted(items, key=lambda a: a['_dt'], reverse=True):
            out += ['    <item>', '      <title>%s</title>' % escape(a['title']), '      <link>%s</link>' % a['url'],
                    '      <guid isPermaLink="true">%s</guid>' % a['url'],
                    '      <pubDate>%s</pubDate>' % format_datetime(a['_dt'], usegmt=True),
                    '      <description>%s</description>' % escape(a['text']), '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', outlet + '.xml'), 'w') as f:
            f.write('\n'.join(out))
    claims = {a['id']: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['_claims']]
              for a in articles}
    shifts = [dict(actor=s[0], issue=s[1], **{'from': s[2]}, to=s[3], article=ids[s[4]], why=s[5]) for s in SHIFTS]
    shift_articles = {s['article'] for s in shifts}
    labels = dict(claims=claims, shifts=shifts,
                  no_alert_articles=[a['id'] for a in articles if a['id'] not in shift_articles])
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write('\n')
    validate(articles, labels, ids)


def validate(articles, labels, ids):
    import yaml
    errs = []
    wl = yaml.safe_load(open(os.path.join(HERE, 'watchlist.yaml')))
    actors = {a['id'] for a in wl['actors']}
    issues = {i['id'] for i in wl['issues']}
    base = {(b['actor'], b['issue']): b['stance'] for b in wl['baseline']}
    for b in wl['baseline']:
        if b['actor'] not in actors or b['issue'] not in issues:
            errs.append('baseline refers to unknown id: %r' % b)
    byid = {}
    for fn in sorted(os.listdir(os.path.join(HERE, 'articles'))):
        a = json.load(open(os.path.join(HERE, 'articles', fn)))
        if fn != a['id'] + '.json':
            errs.append('id mismatch in %s' % fn)
        byid[a['id']] = a
    if sorted(byid) != sorted(labels['claims']):
        errs.append('claims keys do not match article files')
    pubs = [byid[k]['published'] for k in sorted(byid)]
    if pubs != sorted(pubs):
        errs.append('ids not in publication order')
    for k, a in byid.items():
        n = len(a['text'].split())
        if not 120 <= n <= 260:
            errs.append('%s: %d words (want 120-260)' % (k, n))
        if not re.match(r'^[A-Z][A-Z -]+, [A-Z][a-z]{2} \d{1,2} \(%s\) - ' % re.escape(a['source']), a['text']):
            errs.append('%s: bad dateline' % k)
    for k, cl in labels['claims'].items():
        for c in cl:
            if c['quote'] not in byid[k]['text']:
                errs.append('%s: quote not in text: %r' % (k, c['quote']))
            if len(c['quote'].split()) > 15:
                errs.append('%s: quote longer than 15 words: %r' % (k, c['quote']))
            if c['actor'] not in actors or c['issue'] not in issues:
                errs.append('%s: unknown actor/issue %s/%s' % (k, c['actor'], c['issue']))
            if c['stance'] not in ('support', 'oppose', 'conditional'):
                errs.append('%s: bad stance' % k)
    # Replay: prevailing stance moves only on attributed claims; every change must be a labelled shift.
    prev = dict(base)
    derived = []
    for k in sorted(byid):
        for c in labels['claims'][k]:
            if not c['attributed']:
                continue
            key = (c['actor'], c['issue'])
            if key in prev and prev[key] != c['stance']:
                derived.append((c['actor'], c['issue'], prev[key], c['stance'], k))
            prev[key] = c['stance']
    dup_copies = {ids[b] for _, b in DUPS}
    derived = [d for d in derived if d[4] not in dup_copies]
    want = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(derived) != sorted(want):
        errs.append('shift replay mismatch:\n  derived %s\n  labelled %s' % (sorted(derived), sorted(want)))
    for a, b in DUPS:
        ca = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][ids[a]])
        cb = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][ids[b]])
        if ca != cb:
            errs.append('duplicate pair %s/%s claims differ' % (ids[a], ids[b]))
    for fn in sorted(os.listdir(os.path.join(HERE, 'feeds'))):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', fn)], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append('xmllint %s: %s' % (fn, r.stderr.strip()))
    if errs:
        print('\n'.join(errs))
        sys.exit(1)
    from collections import Counter
    allc = [c for cl in labels['claims'].values() for c in cl]
    print('OK: %d articles, %d claims %s, %d unattributed, %d shifts in %d articles, %d empty articles: %s' % (
        len(byid), len(allc), dict(Counter(c['stance'] for c in allc)), sum(not c['attributed'] for c in allc),
        len(labels['shifts']), len({s['article'] for s in labels['shifts']}),
        sum(1 for v in labels['claims'].values() if not v), [k for k, v in labels['claims'].items() if not v]))


if __name__ == '__main__':
    main()
