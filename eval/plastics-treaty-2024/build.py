#!/usr/bin/env python3
"""Build the plastics-treaty-2024 labelled timeline (articles, feeds, labels) and validate it.

Self-contained: python3 build.py  (writes articles/, feeds/, labels.json beside this file).
"""
import json
import os
import re
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "estuary-wire": "Estuary Wire",
    "granite-post": "Granite Post",
    "signal-ledger": "Signal Ledger",
    "lantern-dispatch": "Lantern Dispatch",
    "riverbend-times": "Riverbend Times",
}

# (id, published UTC, outlet key, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []


def art(i, published, outlet, slug, title, text, claims):
    A.append(dict(id=i, published=published, outlet=outlet, slug=slug, title=title,
                  text=text.strip(), claims=claims))


art("001", "2024-04-23T14:10:00Z", "estuary-wire", "ottawa-plastics-talks-open",
    "Plastics treaty talks open in Ottawa with production the sharpest divide",
    """OTTAWA, Apr 23 (Estuary Wire) - Delegates from about 170 countries opened the fourth round of talks on a global plastics treaty in Ottawa on Tuesday, with seven months left before the final scheduled session in Busan, South Korea.

Committee chair Luis Vayas Valdivieso, an Ecuadorian diplomat, told the opening plenary that the draft had grown to more than 70 pages and that delegations needed to start cutting options rather than adding them. He did not say which options he expected to survive.

Norway's climate and environment minister Andreas Bjelland Eriksen said a treaty that only dealt with waste would fail, and that countries had to agree to reduce the amount of new plastic being made. Norway co-chairs the High Ambition Coalition with Rwanda.

Saudi Arabia, speaking for a group of oil and petrochemical producers, said the talks should concentrate on collecting, sorting and recycling plastic waste, and that limits on production lay outside the mandate agreed in Nairobi in 2022.

Canada, the host, called for a treaty that ends plastic pollution by 2040 but stopped short of endorsing a cap.""",
    [("hac", "production-cap", "support", "countries had to agree to reduce the amount of new plastic being made", True),
     ("saudi-arabia", "production-cap", "oppose", "limits on production lay outside the mandate agreed in Nairobi in 2022", True)])

art("002", "2024-04-24T16:30:00Z", "granite-post", "rwanda-peru-propose-production-cut",
    "Rwanda and Peru propose 40% cut in plastic production by 2040",
    """OTTAWA, Apr 24 (Granite Post) - Rwanda and Peru proposed on Wednesday that the plastics treaty set a global target to cut production of primary plastic polymers by 40% by 2040 from 2025 levels, the first concrete number tabled in the negotiations.

Juliet Kabera, director general of the Rwanda Environment Management Authority, said the world could not recycle its way out of the crisis and that the target had to be written into the treaty itself rather than left to national plans. Peru's delegation said the figure was a starting point for discussion.

Several delegates from African and Pacific island states welcomed the proposal. An adviser to one Latin American delegation, who asked not to be named, said he doubted the number would survive to Busan but that putting it on paper would shift the debate.

The Washington-based Center for International Environmental Law said the proposal showed that a cap was technically possible. Industry groups, including the International Council of Chemical Associations, said cutting output would raise costs and push production to countries with weaker rules.""",
    [("hac", "production-cap", "support", "the target had to be written into the treaty itself", True)])

art("003", "2024-04-26T11:00:00Z", "signal-ledger", "saudi-china-push-back-production-limits",
    "Saudi Arabia and China push back against production limits in Ottawa",
    """OTTAWA, Apr 26 (Signal Ledger) - Saudi Arabia on Friday rejected the proposal by Rwanda and Peru to cut plastic production, saying a treaty that targeted a single material rather than pollution would punish economies that depend on petrochemicals.

A member of the Saudi delegation told a contact group that Riyadh would not accept any binding figure for output, whether global or national. Iran and Russia, which have joined Saudi Arabia in a loose group of self-described like-minded countries, made similar points.

China's delegation said the treaty should respect national circumstances and cover the full life cycle of plastics, but argued that a global production cap was neither scientifically grounded nor fair to developing countries. Beijing is the world's largest producer of plastics.

Asked whether the United States would support the Rwanda-Peru text, a US negotiator said Washington wanted each country to set its own plan and would not back a single global number.""",
    [("saudi-arabia", "production-cap", "oppose", "Riyadh would not accept any binding figure for output", True),
     ("hac", "production-cap", "support", "the proposal by Rwanda and Peru to cut plastic production", False),
     ("china", "production-cap", "oppose", "a global production cap was neither scientifically grounded nor fair", True),
     ("usa", "production-cap", "oppose", "would not back a single global number", True)])

art("004", "2024-04-29T09:20:00Z", "lantern-dispatch", "ottawa-talks-end-no-production-work",
    "Ottawa plastics talks end without agreement to study production",
    """OTTAWA, Apr 29 (Lantern Dispatch) - Negotiators on a global plastics treaty wrapped up a week of talks in Ottawa early on Monday, agreeing to set up expert groups on finance and on chemicals of concern before the final round in Busan but dropping a proposal for similar work on production.

Environmental groups said the outcome left the hardest question untouched. The European Union's environment commissioner Virginijus Sinkevicius said the bloc regretted the omission and would keep pressing for the treaty to curb primary plastic production at the source.

Rwanda said the expert group on chemicals was a step forward and that the treaty had to phase out the most harmful chemicals used in plastics, not merely list them.

Chair Luis Vayas Valdivieso said the week had produced a leaner text and that the expert groups would meet before Busan. He declined to say whether production would be on the agenda there.

The United States, which had favoured national action plans throughout the talks, said it was satisfied with the result.""",
    [("eu", "production-cap", "support", "would keep pressing for the treaty to curb primary plastic production at the source", True),
     ("hac", "chemicals-phaseout", "support", "the treaty had to phase out the most harmful chemicals used in plastics", True)])

art("005", "2024-04-30T15:00:00Z", "riverbend-times", "canada-host-wants-more-from-busan",
    "Host Canada says Ottawa round fell short, looks to Busan",
    """OTTAWA, Apr 30 (Riverbend Times) - Canada's environment minister Steven Guilbeault said on Tuesday that the plastics talks his country hosted had made progress on the text but fell short on the scale of the cuts needed, and that Ottawa would lobby other governments before the final round in Busan.

Guilbeault told reporters that Canada wanted the treaty to address the full life cycle of plastics. He did not commit Canada to the 40% production target proposed by Rwanda and Peru, saying the government was still studying it.

Officials said the hardest bargaining in Busan would again be with the group of oil producers led by Saudi Arabia, which opposes any limit on how much plastic is made.

Organisers said more than 2,500 delegates and observers had registered for the Ottawa session. The next round opens in Busan on Nov 25.""",
    [("saudi-arabia", "production-cap", "oppose", "Saudi Arabia, which opposes any limit on how much plastic is made", False)])

art("006", "2024-06-18T13:00:00Z", "estuary-wire", "us-chemical-makers-lobby-against-cap",
    "US plastics makers step up lobbying against production cap",
    """WASHINGTON, Jun 18 (Estuary Wire) - The American Chemistry Council, the main US trade group for plastics makers, stepped up its lobbying against a cap on plastic production on Tuesday, telling members of Congress that a global limit would cost American jobs and hand market share to foreign rivals.

The group said it supported a treaty focused on recycling, better waste collection and product design, and had briefed staff in both the House and the Senate.

A group of Democratic senators wrote to President Joe Biden last month urging the administration to back a production cap in the treaty, arguing that the United States could not lead on ocean plastic while opposing limits at the source.

The State Department did not respond to a request for comment on Tuesday. Analysts said the administration was unlikely to settle its position before the expert meetings in August.""",
    [])

art("007", "2024-08-14T15:00:00Z", "signal-ledger", "us-set-to-back-production-cap-sources",
    "US set to back cap on plastic production, sources say",
    """WASHINGTON, Aug 14 (Signal Ledger) - The United States is preparing to support a global cap on plastic production in the treaty talks, three people familiar with the administration's thinking said on Wednesday, a change that would put Washington alongside the European Union and a bloc of African and Pacific states that want a cap.

The people, who were not authorised to speak publicly, said White House officials had concluded that waste management alone could not meet the goal of ending plastic pollution. They said the position had not been finalised.

The White House referred questions to the State Department, which declined to comment on internal deliberations.

If confirmed, the shift would isolate Saudi Arabia and other oil producers, which have opposed any limit on output. Industry groups said they were alarmed by the reports.""",
    [("usa", "production-cap", "support", "The United States is preparing to support a global cap on plastic production", False),
     ("eu", "production-cap", "support", "the European Union and a bloc of African and Pacific states that want a cap", False),
     ("saudi-arabia", "production-cap", "oppose", "Saudi Arabia and other oil producers, which have opposed any limit on output", False)])

T008 = """WASHINGTON, Aug 15 ({outlet}) - The United States is willing to support a provision in the plastics treaty that addresses the supply of primary plastic polymers, the State Department said on Thursday, provided the measure works for countries with very different economies and leaves room for national decisions on how to meet it.

A department spokesperson said Washington wanted an ambitious treaty and was ready to engage on production, but would not sign up to a fixed global percentage for cutting output imposed from the top down. The spokesperson did not say whether the United States would join the Rwanda and Peru proposal.

The statement followed reports that the administration was preparing to back a cap. Until now US negotiators had argued that each country should decide on its own measures.

Environmental campaigners called it a meaningful move but said the conditions could let the world's second-largest plastics producer avoid real cuts."""
art("008", "2024-08-15T13:30:00Z", "granite-post", "state-department-open-to-production-provision",
    "US says it can support treaty provision on plastic supply, with conditions",
    T008.format(outlet="Granite Post"),
    [("usa", "production-cap", "conditional", "provided the measure works for countries with very different economies", True)])

art("009", "2024-08-15T16:05:00Z", "riverbend-times", "us-open-to-plastic-supply-measure",
    "Washington signals conditional support for plastic supply measure",
    """WASHINGTON, Aug 15 (Riverbend Times) - The State Department said on Thursday that the United States is prepared to back a provision in the plastics treaty dealing with the supply of primary plastic polymers, provided the measure works for countries with very different economies and lets each nation decide how to meet it.

A spokesperson for the department said Washington wanted an ambitious treaty and was ready to engage on production, but would not agree to a fixed global percentage for cutting output imposed from above. The spokesperson did not say whether the United States would sign on to the proposal from Rwanda and Peru.

The statement came after reports that the administration was preparing to support a cap. US negotiators had previously argued that each country should choose its own measures.

Campaigners described it as a meaningful step but warned that the conditions could allow the world's second-largest plastics producer to avoid real cuts.""",
    [("usa", "production-cap", "conditional", "provided the measure works for countries with very different economies", True)])

art("010", "2024-08-28T10:00:00Z", "lantern-dispatch", "bangkok-experts-split-over-plastics-fund",
    "Bangkok expert talks split over dedicated plastics fund",
    """BANGKOK, Aug 28 (Lantern Dispatch) - Experts meeting in Bangkok to prepare the finance chapter of the plastics treaty ended several days of discussions on Wednesday still split over whether the pact needs a fund of its own.

Rwanda, speaking for a group of African countries, said developing nations could not ban problem plastics or build collection systems without a dedicated fund under the treaty, financed mainly by wealthy states.

The European Union rejected that demand, saying a new standalone fund would take years to set up and that money should instead flow through existing channels such as the Global Environment Facility. US experts made a similar case, saying the United States saw no need for a separate fund.

China said developed countries had an obligation to provide new and additional finance and backed the African call for a dedicated mechanism.

The group's report will go to the Busan session but carries no formal weight.""",
    [("hac", "dedicated-fund", "support", "could not ban problem plastics or build collection systems without a dedicated fund", True),
     ("eu", "dedicated-fund", "oppose", "The European Union rejected that demand", True),
     ("usa", "dedicated-fund", "oppose", "the United States saw no need for a separate fund", True),
     ("china", "dedicated-fund", "support", "backed the African call for a dedicated mechanism", True)])

art("011", "2024-10-15T12:00:00Z", "estuary-wire", "panama-negotiator-vote-last-resort",
    "Panama says Busan should be ready to vote on plastics treaty as a last resort",
    """PANAMA CITY, Oct 15 (Estuary Wire) - Panama's lead negotiator on the plastics treaty, Juan Carlos Monterrey Gomez, said on Tuesday that countries should be ready to settle the final text by a vote in Busan if a handful of states used the consensus rule to block it, but only once every other option had been exhausted.

He said Panama preferred an agreement by consensus and would not push for a vote in the opening days. Asked which countries he had in mind, he declined to name them.

Saudi Arabia has said that consensus is the only legitimate basis for a treaty that binds every government. The rules of procedure for the talks were never formally adopted, which leaves open whether a vote is possible at all.

Panama has also backed the production target tabled by Rwanda and Peru in Ottawa.""",
    [("panama", "abandon-consensus", "conditional", "but only once every other option had been exhausted", True),
     ("saudi-arabia", "abandon-consensus", "oppose", "consensus is the only legitimate basis for a treaty", False),
     ("panama", "production-cap", "support", "Panama has also backed the production target tabled by Rwanda and Peru", False)])

art("012", "2024-11-01T17:20:00Z", "signal-ledger", "us-backs-away-from-production-cap-diplomats",
    "US backs away from plastic production cap ahead of Busan, diplomats say",
    """WASHINGTON, Nov 1 (Signal Ledger) - The United States has told other governments it no longer supports including a global cap on plastic production in the treaty, according to two diplomats briefed on the talks, weeks before the final negotiating round in Busan.

The diplomats said US officials had argued in private meetings that a production chapter would not win consensus and could sink the entire agreement. One said the message was delivered at a meeting with European negotiators last week.

The State Department said the United States remained committed to an ambitious treaty that ends plastic pollution, but declined to say whether it would support any provision on production. Environmental groups accused the administration of caving to industry pressure.

In August the department had said Washington was ready to engage on production under certain conditions.""",
    [("usa", "production-cap", "oppose", "no longer supports including a global cap on plastic production", False)])

art("013", "2024-11-25T08:30:00Z", "granite-post", "busan-round-opens-chair-paper",
    "Final plastics round opens in Busan with chair's slimmed-down paper",
    """BUSAN, South Korea, Nov 25 (Granite Post) - The final scheduled round of talks on a global plastics treaty opened in Busan on Monday, with chair Luis Vayas Valdivieso asking delegates to work from a shorter paper he drafted to replace the unwieldy text from Ottawa.

Vayas told the plenary that his paper left the question of production open, keeping an article on primary plastic polymers in brackets that could be kept if countries found common ground and deleted if they did not. He said he would not impose a solution on any issue.

South Korea's environment minister said the host hoped the week would end with an agreed treaty. UN Environment Programme chief Inger Andersen said a deal was within reach.

Delegates from several oil-producing nations said privately that they objected to using the paper as the basis for talks.""",
    [("inc-chair", "production-cap", "conditional", "could be kept if countries found common ground and deleted if they did not", True)])

art("014", "2024-11-26T12:45:00Z", "lantern-dispatch", "saudi-arabia-rules-out-production-article",
    "Saudi Arabia rules out production limits and chemicals list in Busan",
    """BUSAN, Nov 26 (Lantern Dispatch) - Saudi Arabia said on Tuesday it would not accept any article in the plastics treaty that limits how much plastic countries can produce, and pressed for the talks to drop a proposed global list of chemicals to be phased out.

The head of the Saudi delegation told a plenary session that the mandate was to end plastic pollution, not plastics, and that chemicals should be regulated by existing conventions and national authorities. Kuwait, Iran and Russia spoke in support.

Riyadh's stance was not new, but delegates said the tone had hardened. Rwanda's negotiators responded that a treaty without production measures would not deliver, and Norway said the coalition it co-chairs would not accept a deal that only addressed waste.""",
    [("saudi-arabia", "production-cap", "oppose", "would not accept any article in the plastics treaty that limits how much plastic", True),
     ("saudi-arabia", "chemicals-phaseout", "oppose", "pressed for the talks to drop a proposed global list of chemicals", True),
     ("hac", "production-cap", "support", "a treaty without production measures would not deliver", True)])

art("015", "2024-11-27T10:15:00Z", "estuary-wire", "eu-softens-on-dedicated-plastics-fund",
    "EU signals it could accept dedicated plastics fund, with conditions",
    """BUSAN, Nov 27 (Estuary Wire) - The European Union signalled on Wednesday that it could accept a dedicated fund under the plastics treaty, softening its opposition to a new financial mechanism, provided the fund draws on all sources of money and large emerging economies contribute alongside traditional donors.

An EU negotiator told reporters that the bloc still preferred to channel money through existing institutions but did not want finance to be the issue that sank the treaty. Brussels would not agree to a fund paid for only by European and other developed countries, he said.

China rejected the idea that it should be treated as a donor, saying it remained a developing country under UN rules. Its delegation said a dedicated fund financed by developed nations was essential.

The United States did not comment on the EU move. US negotiators had argued in Bangkok in August that no separate fund was needed.""",
    [("eu", "dedicated-fund", "conditional", "provided the fund draws on all sources of money", True),
     ("china", "dedicated-fund", "support", "a dedicated fund financed by developed nations was essential", True)])

art("016", "2024-11-28T14:00:00Z", "riverbend-times", "panama-production-proposal-100-countries",
    "More than 100 countries back Panama's call for production target",
    """BUSAN, Nov 28 (Riverbend Times) - More than 100 countries have backed a proposal by Panama to include a global target for reducing plastic production in the treaty, Panama's delegation said on Thursday, setting up a showdown with oil-producing states in the final days of talks.

Juan Carlos Monterrey Gomez, who heads Panama's delegation, said the signatories would not accept a treaty that left out production, which he called the root of the problem. He said the list included Rwanda, Norway, Mexico and members of the European Union.

The European Commission confirmed that it supported the text. Rwanda's Juliet Kabera said her country had signed because production cuts were the only way to turn off the tap.

The United States and China were not among the signatories. A US delegate said Washington was still studying the text. Saudi Arabia's delegation did not respond to requests for comment.""",
    [("panama", "production-cap", "support", "the signatories would not accept a treaty that left out production", True),
     ("eu", "production-cap", "support", "The European Commission confirmed that it supported the text", True),
     ("hac", "production-cap", "support", "her country had signed because production cuts were the only way", True)])

art("017", "2024-11-29T09:00:00Z", "granite-post", "busan-doubts-grow-treaty-this-week",
    "Doubts grow in Busan that a plastics treaty can be agreed this week",
    """BUSAN, Nov 29 (Granite Post) - With two days left in Busan, negotiators and observers are increasingly doubtful that a plastics treaty will be agreed this week.

Several diplomats said they expected the chair to propose suspending the session and resuming it next year rather than forcing a decision. Some observers speculated that Saudi Arabia might accept a weak reference to production in return for dropping the chemicals list, though no delegation has said so publicly.

A spokesperson for the Chinese delegation declined to say whether Beijing could support any wording on production. Analysts at a Geneva-based think tank said China was more likely to seek a middle position than to side openly with the oil producers.

Busan's convention centre, where thousands of observers and industry lobbyists have crowded the corridors, hosts the closing plenary on Sunday.""",
    [])

art("018", "2024-12-01T18:00:00Z", "lantern-dispatch", "busan-ends-without-treaty",
    "Busan plastics talks end without treaty; chair's text to carry over",
    """BUSAN, Dec 1 (Lantern Dispatch) - Talks on a global plastics treaty ended in Busan late on Sunday without an agreement, with countries deciding to resume the session next year and to use chair Luis Vayas Valdivieso's latest draft as the basis for further negotiations.

The European Union said it accepted the chair's text as the starting point for the next round but warned that it still contained too many options on the issues that mattered. Panama said it could go along with the text as a basis only because the article on production remained in it, and that it would walk away from any draft that removed it.

Saudi Arabia said it had never agreed that production belonged in the treaty and that the extra time should be used to focus on waste.

Vayas said the text reflected the progress made and that the gaps on production and finance could be closed in a resumed session. The date and venue of the next round were not decided.""",
    [("eu", "chair-text", "support", "it accepted the chair's text as the starting point for the next round", True),
     ("panama", "chair-text", "conditional", "could go along with the text as a basis only because the article on production", True),
     ("saudi-arabia", "production-cap", "oppose", "it had never agreed that production belonged in the treaty", True)])

art("019", "2024-12-03T11:30:00Z", "riverbend-times", "norway-minister-vote-not-ruled-out",
    "Norway says vote on plastics treaty should not be ruled out",
    """OSLO, Dec 3 (Riverbend Times) - Norway's climate and environment minister Andreas Bjelland Eriksen said on Tuesday that countries should not rule out voting on the plastics treaty next year if a small group kept blocking consensus, though a deal agreed by all remained the best outcome.

Bjelland Eriksen told reporters in Oslo that the High Ambition Coalition would discuss the options with Rwanda, its co-chair, before the resumed session. He did not say which countries he meant by a small group.

Saudi Arabia and its allies have argued that any treaty must be agreed by consensus and that a vote would undermine the legitimacy of the result.

No date has yet been set for the resumed round. Diplomats in Oslo said Geneva was the most likely venue. Norway and Rwanda have co-chaired the coalition since it was launched in 2022; it now counts more than 60 member countries.""",
    [("hac", "abandon-consensus", "conditional", "should not rule out voting on the plastics treaty next year", True),
     ("saudi-arabia", "abandon-consensus", "oppose", "any treaty must be agreed by consensus", False)])

art("020", "2025-02-11T16:40:00Z", "estuary-wire", "trump-straw-order-plastics-treaty",
    "Trump orders return to plastic straws; silence on UN plastics treaty",
    """WASHINGTON, Feb 11 (Estuary Wire) - President Donald Trump signed an executive order on Monday directing federal agencies to stop buying paper straws and scrapping a Biden-era plan to phase single-use plastics out of government purchasing.

The White House said the order would end what it called a failed policy. It made no mention of the UN negotiations on a plastics treaty, and a spokesperson declined to say whether the administration would keep the previous team's positions at the resumed talks.

Negotiators from other countries said privately they expected Washington to harden its line on production under Trump, who withdrew the United States from the Paris climate agreement on his first day back in office. Environmental groups called the straw order a symbolic attack on efforts to cut plastic waste.""",
    [])

art("021", "2025-06-10T15:30:00Z", "granite-post", "nice-declaration-95-countries-production",
    "95 countries in Nice call for plastics treaty to cut production",
    """NICE, France, Jun 10 (Granite Post) - Ninety-five countries signed a declaration at the UN Ocean Conference in Nice on Tuesday calling for the plastics treaty to include a global target to reduce the production and consumption of primary plastic polymers, two months before negotiations resume in Geneva.

The European Commission said the bloc would push in Geneva for binding measures on production, which it said most countries now wanted. Panama's Juan Carlos Monterrey Gomez said the signatories would not settle for a treaty about waste alone.

The United States, China and Saudi Arabia did not sign. Saudi Arabia has long argued that the treaty should target waste, not production.

Chair Luis Vayas Valdivieso, who attended the conference, said he was consulting informally with all groups and would not comment on the declaration.""",
    [("eu", "production-cap", "support", "the bloc would push in Geneva for binding measures on production", True),
     ("panama", "production-cap", "support", "the signatories would not settle for a treaty about waste alone", True),
     ("saudi-arabia", "production-cap", "oppose", "the treaty should target waste, not production", False)])

art("022", "2025-08-05T12:00:00Z", "lantern-dispatch", "geneva-plastics-talks-resume",
    "Plastics treaty talks resume in Geneva with ten days to close gaps",
    """GENEVA, Aug 5 (Lantern Dispatch) - Negotiations on a global plastics treaty resumed in Geneva on Tuesday, with chair Luis Vayas Valdivieso telling delegates from more than 170 countries that they had ten days to finish what they could not finish in Busan.

EU environment commissioner Jessika Roswall said the bloc came to Geneva to secure a treaty covering the whole life cycle of plastics, including limits on production and a phase-out of the most harmful chemicals. She said the EU would not sign a treaty that was only about waste management.

Norway's Bjelland Eriksen said the coalition was ready to compromise on wording but would not drop its demand for a cut in production.

The talks are being held at the Palais des Nations, where hundreds of observers queued for passes on the opening morning.""",
    [("eu", "production-cap", "support", "a treaty covering the whole life cycle of plastics, including limits on production", True),
     ("eu", "chemicals-phaseout", "support", "a phase-out of the most harmful chemicals", True),
     ("hac", "production-cap", "support", "would not drop its demand for a cut in production", True)])

art("023", "2025-08-06T14:20:00Z", "signal-ledger", "us-urges-countries-reject-production-cap",
    "US tells countries it will not support plastic production cap",
    """GENEVA, Aug 6 (Signal Ledger) - The United States has told governments that it will not support any global cap on plastic production or any treaty-wide ban on plastic additives, according to a State Department message to other delegations that the department confirmed on Wednesday.

The message, sent before the talks opened, urged countries to reject limits on output and said the treaty should leave decisions on products and chemicals to national governments. A State Department spokesperson said the administration would not back measures that hurt American manufacturers.

Under President Joe Biden, US negotiators had said they were open to a provision on supply if it allowed national flexibility. The new position puts Washington alongside Saudi Arabia, which rejects any limit on output.

The American Chemistry Council, a US industry group, welcomed the message.""",
    [("usa", "production-cap", "oppose", "will not support any global cap on plastic production", True),
     ("usa", "chemicals-phaseout", "oppose", "should leave decisions on products and chemicals to national governments", True),
     ("saudi-arabia", "production-cap", "oppose", "Saudi Arabia, which rejects any limit on output", False)])

art("024", "2025-08-07T11:10:00Z", "riverbend-times", "china-rejects-binding-production-targets",
    "China says it cannot accept binding production targets in plastics treaty",
    """GENEVA, Aug 7 (Riverbend Times) - China said on Thursday that the plastics treaty should focus on improving waste management and recycling, and that it could not accept binding global targets for cutting production.

The head of China's delegation told a contact group that each country should decide for itself how to manage chemicals in plastic products, based on its own assessments, but said Beijing was willing to share data on hazardous substances.

Some European delegates said privately that they believed China could be persuaded to accept a softer, non-binding reference to sustainable production. Chinese officials did not respond to that suggestion.

China is the world's largest producer and consumer of plastics. Its position on production has stayed broadly the same since the talks began in Punta del Este in late 2022, delegates said, though its negotiators have been less vocal than those of the oil-producing states.""",
    [("china", "production-cap", "oppose", "could not accept binding global targets for cutting production", True),
     ("china", "chemicals-phaseout", "oppose", "each country should decide for itself how to manage chemicals in plastic products", True)])

art("025", "2025-08-09T13:00:00Z", "estuary-wire", "panama-calls-for-vote-on-plastics-treaty",
    "Panama calls for vote on plastics treaty; Saudi Arabia objects",
    """GENEVA, Aug 9 (Estuary Wire) - Panama called on Saturday for countries to put the plastics treaty to a vote, saying the consensus rule had let a few oil-producing states stall the talks for three years and that a majority should now be allowed to decide.

Juan Carlos Monterrey Gomez said Panama was no longer willing to wait for unanimity and would ask the chair to open the way to a vote before the session ends on Thursday. He said the same group had blocked progress in Ottawa and in Busan.

Saudi Arabia rejected Panama's demand, saying a treaty adopted over the objections of major producers would be ignored by them. A delegate from Kuwait called the proposal a threat to the UN process.

Chair Luis Vayas Valdivieso declined to say whether he would allow a vote. He said the goal remained a text that all countries could accept.""",
    [("panama", "abandon-consensus", "support", "a majority should now be allowed to decide", True),
     ("saudi-arabia", "abandon-consensus", "oppose", "Saudi Arabia rejected Panama's demand", True)])

art("026", "2025-08-11T15:45:00Z", "granite-post", "finance-talks-narrow-gaps-fund",
    "Plastics finance talks narrow gaps, but fund question unresolved",
    """GENEVA, Aug 11 (Granite Post) - Negotiators on the plastics treaty's finance chapter narrowed their differences on Monday but did not settle whether the treaty will create a fund of its own.

An EU negotiator said the bloc's offer from Busan stood: it would accept a dedicated fund as long as contributions came from a broad donor base, including wealthier developing countries, and private finance was mobilised alongside public money.

Rwanda, for the African Group, said that offer did not go far enough because it shifted the burden onto countries that had done least to cause the problem, but welcomed the EU's movement. Rwanda repeated that a dedicated fund was a red line.

The United States said it would not contribute to a new plastics fund and that existing institutions were sufficient. China said it backed a dedicated fund but that developed countries must pay first.

A Geneva-based finance expert following the talks said a deal on money was likely only as part of a package on production.""",
    [("eu", "dedicated-fund", "conditional", "as long as contributions came from a broad donor base", True),
     ("hac", "dedicated-fund", "support", "a dedicated fund was a red line", True),
     ("usa", "dedicated-fund", "oppose", "would not contribute to a new plastics fund", True),
     ("china", "dedicated-fund", "support", "it backed a dedicated fund", True)])

art("027", "2025-08-13T10:00:00Z", "lantern-dispatch", "chair-draft-drops-production-cap",
    "Chair's new plastics draft drops production cap and chemicals list",
    """GENEVA, Aug 13 (Lantern Dispatch) - Chair Luis Vayas Valdivieso released a new draft of the plastics treaty on Wednesday that contains no cap on plastic production and no global list of chemicals to be phased out, dropping options that had been in brackets since Busan.

Vayas told delegates the text reflected where he saw possible convergence after a week of contact groups, and said a binding production target could not be part of a text that all countries would accept. Measures on chemicals were left to national action, he said.

The draft keeps provisions on product design, waste management and a financial mechanism, but does not specify whether a new fund would be created.

Delegates were given the day to study the text before a plenary scheduled for the evening. Several environmental groups said it was the weakest version yet.""",
    [("inc-chair", "production-cap", "oppose", "a binding production target could not be part of a text", True),
     ("inc-chair", "chemicals-phaseout", "oppose", "Measures on chemicals were left to national action, he said", True)])

T028 = """GENEVA, Aug 13 (Signal Ledger) - The European Union, Panama and dozens of other countries rejected the chair's new draft of the plastics treaty on Wednesday, saying it abandoned the goal of ending plastic pollution and could not serve as the basis for a final agreement.

EU commissioner Jessika Roswall said the text was unacceptable as it stood because it had no binding measures on production or chemicals. Panama's Juan Carlos Monterrey Gomez said his country would rather leave Geneva without a treaty than sign this one.

Colombia, Mexico and several Pacific island states made similar statements in the plenary. Norway's minister said the coalition could not accept the draft in its present form either.

Saudi Arabia, speaking later in the evening, also raised objections, saying the draft still went beyond the mandate."""
C028 = [("eu", "chair-text", "oppose", "the text was unacceptable as it stood", True),
        ("eu", "production-cap", "support", "it had no binding measures on production or chemicals", True),
        ("eu", "chemicals-phaseout", "support", "it had no binding measures on production or chemicals", True),
        ("panama", "chair-text", "oppose", "his country would rather leave Geneva without a treaty than sign this one", True),
        ("hac", "chair-text", "oppose", "could not accept the draft in its present form either", True),
        ("saudi-arabia", "chair-text", "oppose", "the draft still went beyond the mandate", True)]
art("028", "2025-08-13T17:40:00Z", "signal-ledger", "eu-panama-reject-chair-draft",
    "EU, Panama and dozens of countries reject chair's plastics draft", T028, C028)

art("029", "2025-08-13T19:10:00Z", "riverbend-times", "chair-draft-rejected-by-eu-panama",
    "Chair's plastics treaty draft rejected by EU, Panama and others",
    """GENEVA, Aug 13 (Riverbend Times) - The European Union, Panama and dozens of other countries on Wednesday rejected the chair's new draft of the plastics treaty, saying it gave up on the goal of ending plastic pollution and could not be the basis for a final agreement.

EU commissioner Jessika Roswall said the text was unacceptable as it stood because it had no binding measures on production or chemicals. Juan Carlos Monterrey Gomez, Panama's chief negotiator, said his country would rather leave Geneva without a treaty than sign this one.

Colombia, Mexico and several Pacific island states said much the same in the plenary. Norway's minister said the coalition could not accept the draft in its present form either.

Later in the evening Saudi Arabia also raised objections, saying the draft still went beyond the mandate.""",
    C028)

art("030", "2025-08-14T12:30:00Z", "granite-post", "china-accepts-chair-draft-saudi-consensus",
    "China backs chair's draft as basis; Saudi Arabia insists on consensus",
    """GENEVA, Aug 14 (Granite Post) - China said on Thursday it could accept the chair's draft as a basis for the final round of work, setting it apart from both the European Union, which rejected the text, and Saudi Arabia, which said it went too far.

A Chinese delegate said the draft struck a realistic balance and that Beijing was ready to negotiate on it through the night.

Saudi Arabia said it would not accept a treaty adopted by anything other than consensus, after Panama and others floated a vote. Kuwait and Iran backed Riyadh.

Delegates said the chair was preparing a revised version for a plenary late on Thursday, the scheduled final day.

Chinese delegates had said little in public during the first week. Some European negotiators said privately that Beijing's backing could give the draft enough weight to survive, while others said no text could pass with both the EU and the oil producers against it.""",
    [("china", "chair-text", "support", "it could accept the chair's draft as a basis for the final round", True),
     ("eu", "chair-text", "oppose", "the European Union, which rejected the text", False),
     ("saudi-arabia", "chair-text", "oppose", "Saudi Arabia, which said it went too far", False),
     ("saudi-arabia", "abandon-consensus", "oppose", "would not accept a treaty adopted by anything other than consensus", True),
     ("panama", "abandon-consensus", "support", "after Panama and others floated a vote", False)])

art("031", "2025-08-15T09:30:00Z", "lantern-dispatch", "geneva-plastics-talks-collapse",
    "Plastics treaty talks collapse in Geneva after all-night session",
    """GENEVA, Aug 15 (Lantern Dispatch) - Talks on a global plastics treaty broke down on Friday morning after an all-night session failed to produce agreement on a revised draft, the second collapse in less than a year.

Chair Luis Vayas Valdivieso told the closing plenary that the revised text had not achieved consensus and that the session would be adjourned without a date for resumption.

The European Union said it regretted the outcome but that no treaty was better than one that ignored production. Panama said the consensus rule had once again let a minority decide for everyone. Rwanda's Juliet Kabera said countries that wanted ambition would keep going.

Saudi Arabia said the session had shown that a treaty could only succeed if it respected the concerns of all countries, and blamed what it called unrealistic demands on production. The US delegation said the United States would not accept a treaty with production limits.""",
    [("eu", "production-cap", "support", "no treaty was better than one that ignored production", True),
     ("panama", "abandon-consensus", "support", "the consensus rule had once again let a minority decide for everyone", True),
     ("saudi-arabia", "production-cap", "oppose", "blamed what it called unrealistic demands on production", True),
     ("usa", "production-cap", "oppose", "would not accept a treaty with production limits", True)])

art("032", "2025-08-15T14:00:00Z", "estuary-wire", "plastics-treaty-what-next-after-geneva",
    "After Geneva collapse, plastics treaty faces uncertain path",
    """GENEVA, Aug 15 (Estuary Wire) - After three years and six rounds of talks, the collapse in Geneva leaves the plastics treaty without a clear path forward, and delegates are divided over what comes next.

Some negotiators have suggested that a group of willing countries could pursue a treaty outside the UN committee, an idea analysts say would leave out the biggest producers. Others expect the committee to meet again in 2026.

Only a year ago, the United States had said it was open to engaging on production; by this week its delegation was among the firmest opponents of any cap. In Ottawa, the European Union had complained that production was left out of the expert work.

Vayas declined to say whether he would remain chair. A UN Environment Programme spokesperson said member states would decide the next steps.

The Washington-based Center for International Environmental Law said the outcome showed the limits of consensus.""",
    [("usa", "production-cap", "oppose", "its delegation was among the firmest opponents of any cap", False)])

SHIFTS = [
    dict(actor="usa", issue="production-cap", frm="oppose", to="conditional", article="008",
         why="The State Department says the US can support a provision on plastic supply provided it works for all economies and leaves national flexibility; in 003 a US negotiator said Washington would not back a single global number. 007 (anonymous sources, support) is unattributed and does not move the position."),
    dict(actor="eu", issue="dedicated-fund", frm="oppose", to="conditional", article="015",
         why="An EU negotiator says the bloc could accept a dedicated fund provided it draws on all sources and emerging economies contribute; in 010 the EU rejected the African call for a standalone fund."),
    dict(actor="usa", issue="production-cap", frm="conditional", to="oppose", article="023",
         why="The State Department confirms a message telling governments the US will not support any global production cap; the last attributed US stance was the conditional offer of 008. 012 (diplomats' report) is unattributed and did not move it."),
    dict(actor="panama", issue="abandon-consensus", frm="conditional", to="support", article="025",
         why="Monterrey Gomez says Panama is no longer willing to wait for unanimity and a majority should decide; in 011 Panama accepted a vote only as a last resort after every other option."),
    dict(actor="inc-chair", issue="production-cap", frm="conditional", to="oppose", article="027",
         why="Vayas's new draft drops the production cap and he says a binding production target cannot be part of a consensus text; in 013 he kept the production article in brackets, to be kept if countries found common ground."),
    dict(actor="eu", issue="chair-text", frm="support", to="oppose", article="028",
         why="Roswall says the chair's new draft is unacceptable as it stands; in 018 the EU accepted the chair's text as the starting point for the next round."),
    dict(actor="panama", issue="chair-text", frm="conditional", to="oppose", article="028",
         why="Monterrey Gomez says Panama would rather leave Geneva without a treaty than sign the draft; in 018 Panama accepted the chair's text as a basis only while the production article stayed in."),
]

DUPLICATES = [("008", "009"), ("028", "029")]


def url(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def load_watchlist_ids(path):
    """Tiny YAML reader for the ids we need (avoids a PyYAML dependency)."""
    text = open(path, encoding="utf-8").read()
    actors_part, rest = text.split("\nissues:", 1)
    issues_part, baseline_part = rest.split("\nbaseline:", 1)
    actors = re.findall(r"^  - id: (\S+)", actors_part, re.M)
    issues = re.findall(r"^  - id: (\S+)", issues_part, re.M)
    baseline = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", baseline_part)
    return set(actors), set(issues), [(a, i, s) for a, i, s in baseline]


def main():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    errors = []
    # ids in publication order, unique, consecutive
    for n, a in enumerate(A, 1):
        if a["id"] != f"{n:03d}":
            errors.append(f"id order: {a['id']} at position {n}")
    pubs = [a["published"] for a in A]
    if pubs != sorted(pubs):
        errors.append("published not in id order")

    claims = {}
    for a in A:
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": url(a), "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
        wc = len(a["text"].split())
        if not 120 <= wc <= 260:
            errors.append(f"{a['id']}: {wc} words")
        if f"({OUTLETS[a['outlet']]}) - " not in a["text"].split("\n")[0]:
            errors.append(f"{a['id']}: dateline outlet mismatch")
        claims[a["id"]] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4])
                           for c in a["claims"]]

    actors, issues, baseline = load_watchlist_ids(os.path.join(HERE, "watchlist.yaml"))
    texts = {a["id"]: a["text"] for a in A}
    for aid, cl in claims.items():
        seen = set()
        for c in cl:
            if c["quote"] not in texts[aid]:
                errors.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{aid}: quote > 15 words: {c['quote']!r}")
            if c["actor"] not in actors:
                errors.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append(f"{aid}: bad stance {c['stance']}")
            k = (c["actor"], c["issue"])
            if k in seen:
                errors.append(f"{aid}: duplicate claim {k}")
            seen.add(k)
    for b in baseline:
        if b[0] not in actors or b[1] not in issues:
            errors.append(f"baseline unknown {b}")
    for o, d in DUPLICATES:
        key = lambda c: (c["actor"], c["issue"], c["stance"])
        if sorted(map(key, claims[o])) != sorted(map(key, claims[d])):
            errors.append(f"duplicate {d} claims differ from {o}")

    # Recompute shifts from baseline + attributed claims and compare with SHIFTS.
    prevailing = {(a, i): s for a, i, s in baseline}
    dup_copies = {d for _, d in DUPLICATES}
    derived = []
    for a in A:
        if a["id"] in dup_copies:
            continue
        for c in claims[a["id"]]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[k], c["stance"], a["id"]))
            prevailing[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(derived) != sorted(labelled):
        errors.append(f"shifts mismatch:\n derived {sorted(derived)}\n labelled {sorted(labelled)}")
    for s in SHIFTS:
        if not any(c["actor"] == s["actor"] and c["issue"] == s["issue"] and c["stance"] == s["to"]
                   and c["attributed"] for c in claims[s["article"]]):
            errors.append(f"shift without attributed claim: {s}")

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": claims,
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
        f.write("\n")

    for key, name in OUTLETS.items():
        items = [a for a in A if a["outlet"] == key]
        last = max(a["published"] for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch plastics-treaty-2024 evaluation set</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{rfc822(last)}</lastBuildDate>"]
        for a in sorted(items, key=lambda x: x["published"], reverse=True):
            u = escape(url(a))
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{u}</link>",
                    f'      <guid isPermaLink="true">{u}</guid>',
                    f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", key + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))

    # Re-read what was written: JSON valid, ids match file names.
    for fn in sorted(os.listdir(os.path.join(HERE, "articles"))):
        rec = json.load(open(os.path.join(HERE, "articles", fn), encoding="utf-8"))
        if rec["id"] + ".json" != fn:
            errors.append(f"file {fn} has id {rec['id']}")
    json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))

    n_claims = sum(len(v) for v in claims.values())
    by = {}
    for v in claims.values():
        for c in v:
            by[c["stance"]] = by.get(c["stance"], 0) + 1
    unattr = sum(1 for v in claims.values() for c in v if not c["attributed"])
    print(f"articles={len(A)} claims={n_claims} {by} unattributed={unattr} shifts={len(SHIFTS)} "
          f"shift_articles={sorted(shift_articles)} empty={[k for k, v in claims.items() if not v]}")
    if errors:
        print("ERRORS:\n" + "\n".join(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
