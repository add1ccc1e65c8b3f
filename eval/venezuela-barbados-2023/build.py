#!/usr/bin/env python3
"""Build the venezuela-barbados-2023 blind evaluation set (articles, feeds, labels) and validate it.

Self-contained: run `python3 build.py` from any directory. Writes articles/NNN.json, feeds/<outlet>.xml
and labels.json next to this file, then checks quotes, ids, actors/issues and word counts.
watchlist.yaml and README.md are written by hand and only read here for validation.
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
    "tidewater-wire": "Tidewater Wire",
    "keystone-courier": "Keystone Courier",
    "lantern-report": "Lantern Report",
    "bayline-news": "Bayline News",
    "crosscurrent-daily": "Crosscurrent Daily",
}

# Each article: id, published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(id="001", published="2023-10-17T21:30:00Z", outlet="tidewater-wire", slug="venezuela-sides-sign-barbados-election-deal",
         title="Venezuela's government and opposition sign Barbados deal on 2024 election",
         text="""BRIDGETOWN, Oct 17 (Tidewater Wire) - Negotiators for President Nicolas Maduro's government and Venezuela's opposition Unitary Platform signed an agreement in Barbados on Tuesday that commits both sides to a presidential election in the second half of 2024.

The partial accord, reached in talks facilitated by Norway, says each side may choose its candidate according to its own internal rules and that the electoral authorities will invite technical observation missions, including from the European Union, the United Nations and the Carter Center.

National Assembly President Jorge Rodriguez, who heads the government delegation, said the government would comply with every line of what it had signed. Opposition negotiator Gerardo Blyde called the accord a first step and said the Platform would keep pressing for all banned politicians, including primary frontrunner Maria Corina Machado, to be allowed to run.

Rodriguez told reporters that candidates would still have to meet the requirements of Venezuelan law. Government officials have repeatedly said that Machado, who was barred from public office for 15 years in June, cannot run.

Norway's foreign ministry said the deal was an important step toward a peaceful, negotiated solution and that Oslo would continue to support the parties.""",
         claims=[
             ("venezuela-government", "barbados-roadmap", "support", "the government would comply with every line of what it had signed", True),
             ("unitary-platform", "barbados-roadmap", "support", "Gerardo Blyde called the accord a first step", True),
             ("norway", "barbados-roadmap", "support", "the deal was an important step toward a peaceful, negotiated solution", True),
             ("venezuela-government", "eu-observers", "support", "will invite technical observation missions, including from the European Union", True),
             ("unitary-platform", "eu-observers", "support", "will invite technical observation missions, including from the European Union", True),
             ("unitary-platform", "lift-machado-ban", "support", "the Platform would keep pressing for all banned politicians", True),
             ("venezuela-government", "lift-machado-ban", "oppose", "Machado, who was barred from public office for 15 years in June, cannot run", True),
         ]),
    dict(id="002", published="2023-10-18T22:10:00Z", outlet="keystone-courier", slug="us-eases-venezuela-oil-sanctions-six-months",
         title="US eases Venezuela oil sanctions for six months after Barbados deal",
         text="""WASHINGTON, Oct 18 (Keystone Courier) - The United States on Wednesday eased sanctions on Venezuela's oil and gas sector for six months, rewarding the deal signed in Barbados a day earlier between President Nicolas Maduro's government and the opposition.

The Treasury Department issued a general licence, known as General License 44, authorising transactions with state oil company PDVSA until April 18. It also lifted a ban on secondary trading of some Venezuelan bonds.

Secretary of State Antony Blinken said Washington would reverse the relief if Maduro's representatives failed to honour the agreement. He said that by the end of November Caracas must set out a timeline and process for reinstating all candidates, and begin releasing wrongfully detained Americans and political prisoners.

Officials said the licence could be renewed if the commitments were met. They welcomed the Barbados accord as a necessary step toward a competitive election.

Senator Marco Rubio, a Florida Republican, called the relief a gift to a dictator and said Maduro would never hold a free vote.""",
         claims=[
             ("usa", "us-abandons-oil-relief", "conditional", "Washington would reverse the relief if Maduro's representatives failed to honour the agreement", True),
             ("usa", "lift-machado-ban", "support", "set out a timeline and process for reinstating all candidates", True),
             ("usa", "barbados-roadmap", "support", "welcomed the Barbados accord as a necessary step toward a competitive election", True),
         ]),
    dict(id="003", published="2023-10-18T23:40:00Z", outlet="lantern-report", slug="washington-relaxes-oil-sanctions-on-venezuela",
         title="Washington relaxes oil sanctions on Venezuela, sets November test",
         text="""WASHINGTON, Oct 18 (Lantern Report) - Washington on Wednesday eased sanctions on Venezuela's oil and gas industry for six months, a day after President Nicolas Maduro's government and the opposition signed an electoral agreement in Barbados.

The Treasury Department issued General License 44, which authorises dealings with state oil firm PDVSA until April 18, and removed a ban on secondary trading in certain Venezuelan bonds.

Secretary of State Antony Blinken said the United States would reverse the relief if Maduro's representatives did not honour the deal. By the end of November, he said, Caracas must define a timeline and process for reinstating all candidates and start freeing wrongfully detained Americans and political prisoners.

Officials said the licence could be extended if the commitments were kept, and described the Barbados accord as a necessary step toward a competitive election.

Florida Republican Senator Marco Rubio called the relief a gift to a dictator and predicted that Maduro would never allow a free vote.""",
         claims=[
             ("usa", "us-abandons-oil-relief", "conditional", "the United States would reverse the relief if Maduro's representatives did not honour the deal", True),
             ("usa", "lift-machado-ban", "support", "define a timeline and process for reinstating all candidates", True),
             ("usa", "barbados-roadmap", "support", "described the Barbados accord as a necessary step toward a competitive election", True),
         ]),
    dict(id="004", published="2023-10-20T15:00:00Z", outlet="bayline-news", slug="maduro-pledges-to-honour-barbados-deal-essequibo-vote",
         title="Maduro pledges to honour Barbados deal, rallies support for Essequibo vote",
         text="""CARACAS, Oct 20 (Bayline News) - President Nicolas Maduro said on Friday that his government would honour the Barbados agreement in full, while insisting that Venezuela would never trade its sovereignty for sanctions relief.

Speaking at a televised event in Caracas, Maduro described the six-month licence for the oil sector as a first step and said every sanction on the country should eventually go. Vice President Delcy Rodriguez, who is also oil minister, said state company PDVSA was already in talks with foreign buyers.

Maduro also called on Venezuelans to vote in a Dec. 3 referendum on the Essequibo, a region administered by neighbouring Guyana that Caracas claims. Guyana has asked the International Court of Justice to stop the consultation.

Opposition leaders, who are holding their own primary on Sunday, said the Essequibo vote was a distraction from the country's real problems. Maduro did not say whether the government would recognise the primary's result, and a spokesman declined to comment on Maria Corina Machado.""",
         claims=[
             ("venezuela-government", "barbados-roadmap", "support", "his government would honour the Barbados agreement in full", True),
         ]),
    dict(id="005", published="2023-10-23T12:00:00Z", outlet="tidewater-wire", slug="machado-wins-opposition-primary-landslide",
         title="Machado wins Venezuela opposition primary by a landslide, rules out substitute",
         text="""CARACAS, Oct 23 (Tidewater Wire) - Maria Corina Machado won Venezuela's opposition primary by a landslide, taking about 93% of the votes counted, organisers said on Monday, setting up a confrontation with a government that says she cannot run.

Machado told supporters that she had received a mandate to be the opposition's candidate and that there would be no substitute. She said she would use every legal route to have the ban lifted, and urged the government to respect the agreement it had signed in Barbados.

The Unitary Platform, the coalition that organised the vote, said it would back the winner. Some of its member parties had privately discussed whether a replacement might eventually be needed, according to two people familiar with the talks, but none said so in public.

Government negotiator Jorge Rodriguez said the primary had been riddled with irregularities and that its results had no legal value. The attorney general's office said it would investigate the organisers.""",
         claims=[
             ("unitary-platform", "opposition-drops-machado", "oppose", "there would be no substitute", True),
             ("unitary-platform", "lift-machado-ban", "support", "use every legal route to have the ban lifted", True),
             ("unitary-platform", "barbados-roadmap", "support", "urged the government to respect the agreement it had signed in Barbados", True),
         ]),
    dict(id="006", published="2023-10-31T01:30:00Z", outlet="crosscurrent-daily", slug="venezuela-court-suspends-opposition-primary",
         title="Venezuela's Supreme Court suspends opposition primary results",
         text="""CARACAS, Oct 30 (Crosscurrent Daily) - Venezuela's Supreme Court on Monday suspended the results of the opposition primary won by Maria Corina Machado, acting on a complaint by a lawmaker and ordering the organisers to hand over their records.

The ruling does not directly address Machado's ban, but it deepened doubts over whether the government intends to let her stand. Diosdado Cabello, the ruling party's vice-president, told a news conference that Machado would never be a candidate for anything.

Opposition negotiator Gerardo Blyde said the ruling violated the spirit of the Barbados agreement and that the Platform would not abandon the candidate chosen by more than two million voters.

In Washington, State Department spokesman Matthew Miller said the United States was following the case closely. Asked whether the oil licence would be revoked, he declined to say, adding only that the relief was tied to concrete steps.

Analysts said Washington might be reluctant to snap back sanctions quickly, given the pressure on global oil prices.""",
         claims=[
             ("unitary-platform", "opposition-drops-machado", "oppose", "the Platform would not abandon the candidate chosen by more than two million voters", True),
             ("unitary-platform", "barbados-roadmap", "support", "the ruling violated the spirit of the Barbados agreement", True),
             ("usa", "us-abandons-oil-relief", "conditional", "the relief was tied to concrete steps", True),
         ]),
    dict(id="007", published="2023-11-15T20:00:00Z", outlet="keystone-courier", slug="us-diplomat-tells-congress-venezuela-deadline",
         title="US diplomat tells Congress Venezuela must move on banned candidates this month",
         text="""WASHINGTON, Nov 15 (Keystone Courier) - A senior US diplomat told lawmakers on Wednesday that Venezuela had until the end of the month to start reinstating banned candidates, and that Washington was ready to reimpose oil sanctions if it did not.

Brian Nichols, the top State Department official for the Western Hemisphere, told a House subcommittee that the administration had made clear to Maduro's negotiators that any candidate who wanted to run should be allowed to do so. He said the six-month licence would not be renewed in April, and could be revoked sooner, unless there was progress on candidates and prisoners.

Several Republicans on the panel accused the administration of being played by Caracas. Representative Maria Elvira Salazar said the sanctions should never have been eased.

Nichols declined to say whether Washington had set a precise date in its private talks with the government. He said the United States continued to support the Barbados roadmap as the best path to a competitive vote.""",
         claims=[
             ("usa", "lift-machado-ban", "support", "any candidate who wanted to run should be allowed to do so", True),
             ("usa", "us-abandons-oil-relief", "conditional", "would not be renewed in April, and could be revoked sooner, unless there was progress", True),
             ("usa", "barbados-roadmap", "support", "the United States continued to support the Barbados roadmap", True),
         ]),
    dict(id="008", published="2023-11-30T22:30:00Z", outlet="tidewater-wire", slug="venezuela-sides-agree-appeal-procedure-banned-candidates",
         title="Venezuela's government and opposition agree appeal route for banned candidates",
         text="""CARACAS, Nov 30 (Tidewater Wire) - Venezuela's government and opposition agreed on Thursday on a procedure that will let politicians barred from office challenge their bans before the Supreme Court, meeting a US deadline with hours to spare.

Under the deal, announced jointly by the two delegations in Caracas, any would-be candidate can ask the court's political-administrative chamber to review a disqualification during the first half of December, and the court must rule promptly.

Government negotiator Jorge Rodriguez said the government would respect whatever the court decided on each appeal, Machado's included, and would accept her candidacy if the judges cleared her. He said the procedure showed that the Barbados commitments were being kept.

Opposition negotiator Gerardo Blyde said the Platform still considered the bans arbitrary and expected Machado to be on the ballot. Machado said she would file an appeal, although she did not accept that she had ever been legally disqualified.

A State Department spokesperson said Washington welcomed the step and would keep its sanctions relief under review as it watched for results.""",
         claims=[
             ("venezuela-government", "lift-machado-ban", "conditional", "would accept her candidacy if the judges cleared her", True),
             ("venezuela-government", "barbados-roadmap", "support", "the Barbados commitments were being kept", True),
             ("unitary-platform", "lift-machado-ban", "support", "expected Machado to be on the ballot", True),
             ("usa", "us-abandons-oil-relief", "conditional", "would keep its sanctions relief under review as it watched for results", True),
         ]),
    dict(id="009", published="2023-11-30T23:45:00Z", outlet="bayline-news", slug="caracas-talks-yield-mechanism-to-contest-bans",
         title="Caracas talks yield mechanism for banned politicians to contest disqualifications",
         text="""CARACAS, Nov 30 (Bayline News) - Venezuela's government and the opposition reached agreement on Thursday on a mechanism allowing politicians banned from office to contest their disqualifications at the Supreme Court, hours before a deadline set by Washington.

The two delegations said in a joint announcement in Caracas that any prospective candidate may ask the court's political-administrative chamber to review a ban during the first half of December, and that the court must decide quickly.

Jorge Rodriguez, who leads the government's negotiators, said the government would respect the court's decision on every appeal, including Machado's, and would accept her candidacy if the judges cleared her. The procedure proved that the Barbados commitments were being honoured, he said.

Gerardo Blyde, for the opposition, said the Platform still regarded the bans as arbitrary and expected Machado to appear on the ballot. Machado said she would appeal, while insisting she had never been legally disqualified.

A State Department spokesperson welcomed the step and said Washington would keep its sanctions relief under review while it waited for results.""",
         claims=[
             ("venezuela-government", "lift-machado-ban", "conditional", "would accept her candidacy if the judges cleared her", True),
             ("venezuela-government", "barbados-roadmap", "support", "the Barbados commitments were being honoured", True),
             ("unitary-platform", "lift-machado-ban", "support", "expected Machado to appear on the ballot", True),
             ("usa", "us-abandons-oil-relief", "conditional", "would keep its sanctions relief under review while it waited for results", True),
         ]),
    dict(id="010", published="2023-12-04T14:00:00Z", outlet="lantern-report", slug="venezuela-claims-essequibo-referendum-win",
         title="Venezuela claims overwhelming backing in Essequibo referendum",
         text="""CARACAS, Dec 4 (Lantern Report) - Venezuela's electoral council said on Monday that more than 95% of voters had backed the government's position in a referendum on the Essequibo, the oil-rich region that neighbouring Guyana administers and Caracas claims as its own.

President Nicolas Maduro hailed the result as a historic victory and said Venezuela would take the steps needed to recover the territory. Opposition politicians questioned the reported turnout, and Maria Corina Machado, who had urged the government to suspend the consultation, said sovereignty was exercised rather than put to a vote.

Guyanese President Irfaan Ali told his country there was nothing to fear and that its borders would stay intact. In Brasilia, Brazil's defence ministry said it had reinforced its military presence in the north as a precaution, and President Luiz Inacio Lula da Silva said the last thing South America needed was a war.

The referendum is not binding under international law, and the International Court of Justice last week told Venezuela to refrain from any action that would alter the situation in the territory.""",
         claims=[]),
    dict(id="011", published="2023-12-20T23:00:00Z", outlet="crosscurrent-daily", slug="venezuela-frees-americans-in-swap-for-saab",
         title="Venezuela frees Americans and political prisoners in swap for Maduro ally Saab",
         text="""WASHINGTON, Dec 20 (Crosscurrent Daily) - Venezuela freed 10 Americans and 20 Venezuelan political prisoners on Wednesday in exchange for Alex Saab, a businessman close to President Nicolas Maduro who was awaiting trial in Miami on money-laundering charges.

Venezuela also handed over Leonard Francis, the fugitive defence contractor known as Fat Leonard, the White House said.

President Joe Biden said the release was the result of intense diplomacy and that he expected Maduro to live up to the rest of his commitments under the Barbados roadmap, including a competitive election. A senior administration official told reporters the exchange was a separate track, and that the oil licence would remain in place only as long as Caracas kept moving on candidates.

In Caracas, Maduro welcomed Saab home at the presidential palace and described him as a diplomat who had been kidnapped. He said his government was ready for a new phase of talks with Washington based on respect.

Relatives of other Americans still held in Venezuela said they had been left out of the deal.""",
         claims=[
             ("usa", "barbados-roadmap", "support", "expected Maduro to live up to the rest of his commitments under the Barbados roadmap", True),
             ("usa", "us-abandons-oil-relief", "conditional", "the oil licence would remain in place only as long as Caracas kept moving", True),
         ]),
    dict(id="012", published="2024-01-27T03:00:00Z", outlet="tidewater-wire", slug="venezuela-court-upholds-machado-ban",
         title="Venezuela's top court upholds ban on Machado; government says matter closed",
         text="""CARACAS, Jan 26 (Tidewater Wire) - Venezuela's Supreme Court on Friday upheld a 15-year ban on opposition leader Maria Corina Machado holding public office, rejecting her appeal and dealing a blow to the electoral deal signed in Barbados.

The court also confirmed a ban on former presidential candidate Henrique Capriles, who said in a statement that he would not run.

Jorge Rodriguez, the government's chief negotiator, said the ruling was final and that Machado would not be on the ballot, whatever pressure came from abroad. He said the government remained committed to the Barbados agreement and to a presidential election this year.

Machado said the decision marked the end of the regime's pretence of a fair process, and that she would remain in the race until the end. The Unitary Platform said the ruling violated the Barbados agreement and demanded that the bans be lifted.

The US State Department said it was reviewing its Venezuela sanctions policy in light of the ruling and the arrest of several opposition activists this week.""",
         claims=[
             ("venezuela-government", "lift-machado-ban", "oppose", "the ruling was final and that Machado would not be on the ballot", True),
             ("venezuela-government", "barbados-roadmap", "support", "the government remained committed to the Barbados agreement", True),
             ("unitary-platform", "opposition-drops-machado", "oppose", "she would remain in the race until the end", True),
             ("unitary-platform", "barbados-roadmap", "support", "the ruling violated the Barbados agreement", True),
             ("unitary-platform", "lift-machado-ban", "support", "demanded that the bans be lifted", True),
         ]),
    dict(id="013", published="2024-01-30T21:00:00Z", outlet="keystone-courier", slug="us-revokes-gold-licence-warns-on-oil-relief",
         title="US revokes Venezuela gold licence, warns oil relief will lapse without deal on candidates",
         text="""WASHINGTON, Jan 30 (Keystone Courier) - The United States on Tuesday revoked a licence allowing transactions with Venezuela's state gold miner and warned that it would let broader oil sanctions relief lapse in April unless President Nicolas Maduro's government allowed the opposition to field the candidate of its choice.

State Department spokesman Matthew Miller said that, absent an agreement between Maduro's representatives and the opposition on a roadmap that let all presidential candidates compete, Washington would not renew General License 44 when it expires on April 18. He said the Supreme Court's decision on Machado was inconsistent with the commitments made in Barbados.

Companies have until Feb. 13 to wind down dealings with the gold company, Minerven.

In Caracas, Vice President Delcy Rodriguez said any step back on the oil licence would be met with retaliation, and that Venezuela would halt flights returning deported migrants from the United States from Feb. 13. She called the US measures economic aggression and blackmail.""",
         claims=[
             ("usa", "us-abandons-oil-relief", "conditional", "let broader oil sanctions relief lapse in April unless President Nicolas Maduro's government allowed", True),
             ("usa", "lift-machado-ban", "support", "a roadmap that let all presidential candidates compete", True),
             ("usa", "barbados-roadmap", "support", "inconsistent with the commitments made in Barbados", True),
             ("venezuela-government", "us-abandons-oil-relief", "oppose", "any step back on the oil licence would be met with retaliation", True),
         ]),
    dict(id="014", published="2024-02-07T11:00:00Z", outlet="lantern-report", slug="norway-says-barbados-deal-only-realistic-path",
         title="Norway says Barbados deal still the only realistic path for Venezuela",
         text="""OSLO, Feb 7 (Lantern Report) - Norway's foreign minister, Espen Barth Eide, said on Wednesday that the agreement Venezuela's government and opposition signed in Barbados remained the only realistic path to a credible election and that his country would keep working with both sides to carry it out.

Barth Eide told reporters that Norway, which has facilitated the talks since 2021 in a process that began with exploratory meetings in Oslo in 2019, was in contact with both delegations. He declined to say when the parties might meet again.

Relations between the two sides have soured since the Supreme Court upheld the ban on opposition leader Maria Corina Machado last month. Jorge Rodriguez has accused opposition figures of plotting against the state, while the Unitary Platform says the government has broken its word.

Diplomats in Caracas said some European governments were quietly urging the opposition to consider an alternative candidate, though none would say so on the record. The Platform insists Machado remains its candidate.""",
         claims=[
             ("norway", "barbados-roadmap", "support", "remained the only realistic path to a credible election", True),
             ("unitary-platform", "opposition-drops-machado", "oppose", "The Platform insists Machado remains its candidate", False),
         ]),
    dict(id="015", published="2024-03-05T22:00:00Z", outlet="bayline-news", slug="venezuela-sets-july-28-election-date",
         title="Venezuela sets July 28 presidential election, promises to invite observers",
         text="""CARACAS, Mar 5 (Bayline News) - Venezuela will hold its presidential election on July 28, the National Electoral Council said on Tuesday, choosing a date that falls on the birthday of the late leader Hugo Chavez.

Council president Elvis Amoroso said candidates could register between March 21 and 25 and that the council would invite observers from the European Union, the United Nations, the Carter Center and the African Union, as provided for in the Barbados agreement.

The timetable followed a proposal drawn up by the National Assembly after talks with a group of parties that are not part of the Unitary Platform. Jorge Rodriguez, the assembly's president, said it had been agreed with broad sectors of society.

The Unitary Platform said the date was set without consulting it but that it would take part in the election. Machado, who remains barred, said the opposition would not be pushed out of the race and that she was still its candidate.

Maduro, who is expected to seek a third term, has not formally announced his candidacy.""",
         claims=[
             ("venezuela-government", "eu-observers", "support", "the council would invite observers from the European Union", True),
             ("venezuela-government", "barbados-roadmap", "support", "as provided for in the Barbados agreement", True),
             ("unitary-platform", "opposition-drops-machado", "oppose", "she was still its candidate", True),
         ]),
    dict(id="016", published="2024-03-07T19:00:00Z", outlet="crosscurrent-daily", slug="lula-remark-on-machado-draws-opposition-anger",
         title="Lula's advice to Machado draws anger from Venezuela's opposition",
         text="""BRASILIA, Mar 7 (Crosscurrent Daily) - Brazilian President Luiz Inacio Lula da Silva drew criticism from Venezuela's opposition on Thursday after he suggested that Maria Corina Machado should stop complaining about her ban and back someone else.

Lula told reporters on Wednesday that he had himself been barred from running in 2018 and that, instead of crying about it, he had named another candidate. He said what mattered was that Venezuela held the election it had promised in Barbados, with observers and with every party able to take part.

Machado replied on social media that Lula was confusing a court case with political persecution and that she had no intention of stepping aside.

Brazil's foreign ministry said separately that Brasilia had no role in choosing candidates and would keep talking to both sides. Some Brazilian diplomats say in private that Lula's remark complicated their efforts to keep the process on track.""",
         claims=[
             ("brazil", "barbados-roadmap", "support", "what mattered was that Venezuela held the election it had promised in Barbados", True),
             ("unitary-platform", "opposition-drops-machado", "oppose", "she had no intention of stepping aside", True),
         ]),
    dict(id="017", published="2024-03-22T23:00:00Z", outlet="tidewater-wire", slug="machado-names-corina-yoris-as-substitute",
         title="Machado names academic Corina Yoris to run in her place",
         text="""CARACAS, Mar 22 (Tidewater Wire) - Maria Corina Machado on Friday named Corina Yoris, an 80-year-old philosophy professor with no political record, to run in her place in Venezuela's July 28 presidential election, after months of insisting there was no plan B.

Machado told a news conference that she had decided, with the backing of the Unitary Platform's parties, to register a substitute so that the opposition would not be left without a candidate. She said Yoris had never been investigated or barred and that the government had no excuse to block her.

She stressed that she was not leaving politics and would campaign across the country. The ban on her own candidacy remained an injustice that she would keep denouncing at home and abroad, she said.

The registration period closes on Monday. Maduro, who registered as a candidate earlier this week, said the opposition could field whoever it wanted as long as they respected the law. Government officials did not comment on Yoris.""",
         claims=[
             ("unitary-platform", "opposition-drops-machado", "support", "register a substitute so that the opposition would not be left without a candidate", True),
             ("unitary-platform", "lift-machado-ban", "support", "The ban on her own candidacy remained an injustice that she would keep denouncing", True),
         ]),
    dict(id="018", published="2024-03-26T16:00:00Z", outlet="lantern-report", slug="opposition-registers-gonzalez-after-yoris-blocked",
         title="Venezuela opposition registers Gonzalez as placeholder after Yoris is blocked",
         text="""CARACAS, Mar 26 (Lantern Report) - Venezuela's opposition coalition registered former diplomat Edmundo Gonzalez Urrutia as a provisional presidential candidate late on Monday, after its chosen substitute, Corina Yoris, was unable to access the electoral council's online system before the deadline.

The council gave the Unitary Platform an extension that allowed it to enter Gonzalez as a placeholder while it decides on a final name. Separately, Zulia state governor Manuel Rosales registered his own candidacy at the last minute, a move some Platform members called a betrayal.

Brazil's foreign ministry said it was following the process with concern, noting that Yoris faced no legal impediment, and said the blocking of her registration was not compatible with the Barbados agreement. Colombia's government voiced similar concerns.

The US State Department said Maduro's representatives had used technical pretexts to exclude a candidate and urged them to honour the Barbados commitments. Electoral council chief Elvis Amoroso said the system had worked normally and that every party had had the same chance to register.""",
         claims=[
             ("unitary-platform", "opposition-drops-machado", "support", "registered former diplomat Edmundo Gonzalez Urrutia as a provisional presidential candidate", True),
             ("brazil", "barbados-roadmap", "support", "the blocking of her registration was not compatible with the Barbados agreement", True),
             ("usa", "barbados-roadmap", "support", "urged them to honour the Barbados commitments", True),
         ]),
    dict(id="019", published="2024-03-28T20:00:00Z", outlet="keystone-courier", slug="lula-calls-yoris-exclusion-serious",
         title="Lula calls exclusion of Venezuelan opposition candidate serious",
         text="""BRASILIA, Mar 28 (Keystone Courier) - Brazilian President Luiz Inacio Lula da Silva said on Thursday that it was serious that Venezuela's main opposition had been unable to register its candidate, in his sharpest comments yet on the run-up to the July vote.

Speaking after a meeting with French President Emmanuel Macron in Brasilia, Lula said there was no legal or political explanation for the blocking of Corina Yoris and that he wanted an election in Venezuela as democratic as Brazil's. He said he still expected the commitments made in Barbados to be honoured.

Venezuela's foreign ministry responded that the country did not accept lessons from anyone and accused unnamed Brazilian officials of repeating a script written in Washington. Maduro himself said later that the opposition had a dozen candidates to choose from.

Macron, whose country backs the European Union's line on Venezuela, said France wanted a free and transparent vote. Colombian President Gustavo Petro has also said the blocking of candidates was a problem.""",
         claims=[
             ("brazil", "barbados-roadmap", "support", "he still expected the commitments made in Barbados to be honoured", True),
         ]),
    dict(id="020", published="2024-04-17T22:30:00Z", outlet="tidewater-wire", slug="us-lets-venezuela-oil-licence-lapse",
         title="US will not renew Venezuela oil licence, citing broken electoral promises",
         text="""WASHINGTON, Apr 17 (Tidewater Wire) - The United States said on Wednesday it would not renew a licence that had eased sanctions on Venezuela's oil sector, reimposing restrictions six months after rewarding President Nicolas Maduro for signing an electoral deal with the opposition.

The Treasury Department replaced General License 44, which expires on Thursday, with a new licence giving companies 45 days to wind down their business with state oil company PDVSA. Firms will be able to apply for individual licences, officials said.

A senior State Department official said Maduro and his representatives had not fully met their commitments under the Barbados agreement, pointing in particular to the ban on Maria Corina Machado and the harassment of opposition figures. The official said Washington had concluded that the relief could not continue under those conditions.

The official said the United States would keep talking to both the government and the opposition and still supported a competitive election on July 28.

Oil analysts said the impact on Venezuela's output would be limited in the short term, as Chevron operates under a separate licence.""",
         claims=[
             ("usa", "us-abandons-oil-relief", "support", "would not renew a licence that had eased sanctions on Venezuela's oil sector", True),
             ("usa", "lift-machado-ban", "support", "pointing in particular to the ban on Maria Corina Machado", True),
             ("usa", "barbados-roadmap", "support", "had not fully met their commitments under the Barbados agreement", True),
         ]),
    dict(id="021", published="2024-04-18T15:00:00Z", outlet="bayline-news", slug="caracas-calls-us-licence-decision-blackmail",
         title="Caracas calls US licence decision blackmail; Maduro says economy will keep growing",
         text="""CARACAS, Apr 18 (Bayline News) - President Nicolas Maduro said on Thursday that Venezuela would keep growing with or without US licences, a day after Washington said it would let its oil sanctions relief expire.

Vice President Delcy Rodriguez called the decision blackmail and said the government would not accept any foreign power deciding who could run for president. She said the United States was breaking its own word by taking back relief tied to the Barbados process.

Oil Minister Pedro Tellechea said state company PDVSA's joint ventures would keep working and that foreign partners had told him they wanted to stay.

The Unitary Platform said in a statement that it had not asked for sanctions and that it would stay focused on the July 28 election. Machado said Maduro alone was responsible for the country's isolation.

Economists in Caracas said the loss of the licence could cut access to cash for imports, though they disagreed on how much.""",
         claims=[
             ("venezuela-government", "us-abandons-oil-relief", "oppose", "the United States was breaking its own word by taking back relief", True),
             ("venezuela-government", "lift-machado-ban", "oppose", "would not accept any foreign power deciding who could run for president", True),
         ]),
    dict(id="022", published="2024-04-19T23:30:00Z", outlet="lantern-report", slug="opposition-names-gonzalez-unity-candidate",
         title="Venezuela's opposition names Edmundo Gonzalez as unity candidate",
         text="""CARACAS, Apr 19 (Lantern Report) - Venezuela's main opposition coalition on Friday named Edmundo Gonzalez Urrutia, a 74-year-old former ambassador, as its unity candidate for the July 28 presidential election, ending weeks of uncertainty after Maria Corina Machado and her chosen substitute were kept off the ballot.

The Unitary Platform said all of its member parties had agreed unanimously to back Gonzalez, who had been registered as a placeholder last month. Machado, who remains the opposition's most popular figure, said she would campaign for him across the country.

Gonzalez said in his first statement as candidate that he would work for a peaceful transition and called on the authorities to honour the guarantees in the Barbados agreement, including the invitation to European Union observers.

Government officials did not comment. Manuel Rosales, the Zulia governor who registered separately in March, is expected to withdraw and back Gonzalez.""",
         claims=[
             ("unitary-platform", "opposition-drops-machado", "support", "all of its member parties had agreed unanimously to back Gonzalez", True),
             ("unitary-platform", "barbados-roadmap", "support", "called on the authorities to honour the guarantees in the Barbados agreement", True),
             ("unitary-platform", "eu-observers", "support", "including the invitation to European Union observers", True),
         ]),
    dict(id="023", published="2024-05-13T19:00:00Z", outlet="keystone-courier", slug="eu-plans-observer-mission-venezuela",
         title="EU plans to observe Venezuela's July vote, Borrell says",
         text="""BRUSSELS, May 13 (Keystone Courier) - The European Union intends to send an election observation mission to Venezuela for the July 28 presidential vote, the bloc's foreign policy chief Josep Borrell said on Monday, after the country's electoral council invited it to do so.

Borrell told reporters after a meeting of EU foreign ministers that an exploratory team had found the conditions to deploy observers and that Brussels was ready to sign the necessary arrangements with Caracas. He said the mission would be independent and would report on the whole process, not only on election day.

The EU recently lifted sanctions on several Venezuelan officials, among them electoral council president Elvis Amoroso, in a gesture meant to support the electoral process, while keeping measures in place on dozens of others.

In Caracas, National Assembly president Jorge Rodriguez criticised the remaining sanctions as incompatible with normal relations. He did not say whether the invitation could be affected.

The Unitary Platform welcomed the EU's plans.""",
         claims=[
             ("eu", "eu-observers", "support", "The European Union intends to send an election observation mission to Venezuela", True),
             ("venezuela-government", "eu-observers", "support", "after the country's electoral council invited it to do so", False),
             ("unitary-platform", "eu-observers", "support", "The Unitary Platform welcomed the EU's plans", True),
         ]),
    dict(id="024", published="2024-05-28T21:00:00Z", outlet="tidewater-wire", slug="venezuela-withdraws-eu-observer-invitation",
         title="Venezuela withdraws invitation to EU election observers over sanctions",
         text="""CARACAS, May 28 (Tidewater Wire) - Venezuela's electoral council on Tuesday withdrew its invitation to the European Union to observe the July 28 presidential election, citing the bloc's decision to keep sanctions on dozens of Venezuelan officials.

Council president Elvis Amoroso said it would be immoral to allow the participation of a bloc that maintained what he called coercive measures against the Venezuelan people. He said observers from other organisations, including the United Nations and the Carter Center, remained welcome.

The European Union had been preparing to deploy a mission after the council invited it in March under the terms of the Barbados agreement. The opposition Unitary Platform said the decision was a new violation of that agreement and asked the council to reconsider.

Government officials have said the EU sanctions are illegal and that lifting a few of them was not enough. Analysts in Caracas said the move could still be reversed if Brussels made further concessions before the vote.""",
         claims=[
             ("venezuela-government", "eu-observers", "oppose", "withdrew its invitation to the European Union to observe the July 28 presidential election", True),
             ("unitary-platform", "eu-observers", "support", "asked the council to reconsider", True),
             ("unitary-platform", "barbados-roadmap", "support", "the decision was a new violation of that agreement", True),
             ("eu", "eu-observers", "support", "The European Union had been preparing to deploy a mission", False),
         ]),
    dict(id="025", published="2024-05-29T09:00:00Z", outlet="crosscurrent-daily", slug="eu-urges-venezuela-to-restore-observer-invitation",
         title="EU urges Venezuela to reverse decision barring its observers",
         text="""BRUSSELS, May 29 (Crosscurrent Daily) - The European Union urged Venezuela's electoral authorities on Wednesday to reverse their decision to withdraw an invitation for EU observers at the July 28 presidential election, saying the Venezuelan people deserved a credible vote.

EU foreign policy chief Josep Borrell said in a statement that he deeply regretted the decision, which he said was taken unilaterally, and that the bloc remained ready to deploy observers if the invitation was restored. He said the sanctions the EU still applied were targeted at individuals and had no link to the observation mission.

Borrell said the EU continued to support the full implementation of the Barbados agreement, including the right of all candidates to stand.

European lawmakers from several groups called for the bloc to restore the sanctions it had lifted. The European Parliament has no say over sanctions, which require unanimity among the 27 member states.""",
         claims=[
             ("eu", "eu-observers", "support", "urged Venezuela's electoral authorities on Wednesday to reverse their decision", True),
             ("eu", "barbados-roadmap", "support", "continued to support the full implementation of the Barbados agreement", True),
             ("eu", "lift-machado-ban", "support", "including the right of all candidates to stand", True),
         ]),
    dict(id="026", published="2024-07-23T18:00:00Z", outlet="lantern-report", slug="lula-frightened-by-maduro-bloodbath-warning",
         title="Lula says Maduro's bloodbath warning frightened him",
         text="""BRASILIA, Jul 23 (Lantern Report) - Brazilian President Luiz Inacio Lula da Silva said he had been frightened by Nicolas Maduro's warning of a bloodbath if he lost Venezuela's election on Sunday, and that the Venezuelan leader had to learn that whoever loses an election leaves office.

Lula told foreign journalists on Monday that he had spoken to Maduro twice about the vote and that the only way for Venezuela to return to normality was an election whose result everyone respected. He said his foreign policy adviser, Celso Amorim, would travel to Caracas to follow the vote.

Maduro answered on Tuesday that anyone who was frightened should take a chamomile tea, without naming Lula.

The exchange came as the Carter Center and a panel of United Nations experts prepared to observe the election. The European Union will not be present after its invitation was withdrawn in May.""",
         claims=[]),
    dict(id="027", published="2024-07-29T08:00:00Z", outlet="keystone-courier", slug="venezuela-council-declares-maduro-winner",
         title="Venezuela's electoral council declares Maduro winner; opposition cries fraud",
         text="""CARACAS, Jul 29 (Keystone Courier) - Venezuela's electoral council declared President Nicolas Maduro the winner of Sunday's election with 51% of the vote, a result the opposition rejected as fraudulent, saying its own tally showed its candidate had won by a wide margin.

Council president Elvis Amoroso announced the figures shortly after midnight, with 80% of votes counted, and gave Edmundo Gonzalez 44%. He did not publish results broken down by polling station.

Maria Corina Machado said the opposition had copies of enough tally sheets to prove that Gonzalez had won, and that the whole world knew it.

US Secretary of State Antony Blinken, speaking in Tokyo, said Washington had serious concerns that the announced result did not reflect the will or the votes of the Venezuelan people. Brazil's government said it was waiting for the publication of data broken down by polling station, a key step for the transparency of the result. The EU called for full transparency.

Maduro told supporters outside the presidential palace that his victory was a triumph of peace.""",
         claims=[]),
    dict(id="028", published="2024-08-01T21:30:00Z", outlet="tidewater-wire", slug="blinken-says-evidence-shows-gonzalez-won",
         title="Blinken says overwhelming evidence shows Gonzalez won Venezuela vote",
         text="""WASHINGTON, Aug 1 (Tidewater Wire) - The United States said on Thursday there was overwhelming evidence that opposition candidate Edmundo Gonzalez had won the most votes in Venezuela's July 28 presidential election, stopping short of declaring him president-elect.

Secretary of State Antony Blinken said in a statement that the opposition's published tally sheets, covering most polling stations, showed Gonzalez with an insurmountable lead. He said the electoral council had failed to back its declaration of a Maduro victory with any detailed data.

Blinken said Maduro's representatives had committed in Barbados to a competitive and transparent vote and that the United States would keep pressing them to honour that commitment. He said it was time for the parties to begin talks on a respectful and peaceful transition.

A White House spokesman declined to say whether Washington would impose new sanctions, saying all options were being reviewed. Maduro accused the United States of trying to steal the election.""",
         claims=[
             ("usa", "barbados-roadmap", "support", "the United States would keep pressing them to honour that commitment", True),
         ]),
    dict(id="029", published="2024-08-02T01:00:00Z", outlet="bayline-news", slug="brazil-colombia-mexico-urge-venezuela-publish-results",
         title="Brazil, Colombia and Mexico urge Venezuela to publish detailed vote results",
         text="""BRASILIA, Aug 1 (Bayline News) - Brazil, Colombia and Mexico called on Venezuela's electoral council on Thursday to quickly publish the results of Sunday's presidential election broken down by polling station, in a joint statement that stopped short of questioning Nicolas Maduro's declared victory.

The three governments, which have kept open lines to Caracas, said disputes over the result should be settled through institutional channels and urged all sides to avoid violence. They said they would respect the sovereign will of the Venezuelan people.

President Luiz Inacio Lula da Silva said earlier this week that he saw nothing abnormal in the election and that any dispute should be resolved by presenting the tally sheets. Brazilian officials said Brasilia would not recognise either candidate's claim until the data was verified.

Venezuela's foreign ministry, which expelled diplomats from seven other Latin American countries this week, did not criticise the statement.""",
         claims=[]),
    dict(id="030", published="2024-08-15T16:00:00Z", outlet="crosscurrent-daily", slug="lula-suggests-new-venezuela-election",
         title="Lula suggests Venezuela could hold a new election or form coalition government",
         text="""BRASILIA, Aug 15 (Crosscurrent Daily) - Brazilian President Luiz Inacio Lula da Silva suggested on Thursday that Venezuela could hold a new presidential election to resolve the dispute over last month's vote, or form a coalition government between Nicolas Maduro's camp and the opposition.

In a radio interview, Lula said that if Maduro had common sense he could call the Venezuelan people to vote again, with agreed criteria for the participation of all candidates and observers from around the world. He said he did not yet recognise Maduro as the winner, nor the opposition's claim, and that Maduro owed the world an explanation.

Colombian President Gustavo Petro has floated a similar idea, and both leaders have discussed the crisis by phone with Mexico's Andres Manuel Lopez Obrador.

Venezuela's government had not responded by Thursday afternoon. Opposition leader Maria Corina Machado has repeatedly said the July 28 result must be respected.""",
         claims=[
             ("brazil", "new-election", "support", "Venezuela could hold a new presidential election to resolve the dispute", True),
         ]),
    dict(id="031", published="2024-08-15T19:30:00Z", outlet="keystone-courier", slug="biden-says-he-supports-new-venezuela-elections",
         title="Biden says he supports new elections in Venezuela",
         text="""WASHINGTON, Aug 15 (Keystone Courier) - President Joe Biden said on Thursday that he supported new elections in Venezuela, appearing to endorse an idea floated by Brazil's president hours earlier.

Asked by a reporter as he left the White House whether he backed a new vote in Venezuela, Biden answered: "I do." He did not elaborate before boarding his helicopter for a trip to Maryland.

The remark drew immediate criticism from Venezuelan opposition supporters in Florida, who said Edmundo Gonzalez had already won the July 28 election. Republican Senator Rick Scott called the idea a betrayal of the Venezuelan people.

The State Department had said earlier in the week that it was consulting partners in the region on next steps, and that the will of Venezuelan voters had to be respected.""",
         claims=[
             ("usa", "new-election", "support", "he supported new elections in Venezuela", True),
         ]),
    dict(id="032", published="2024-08-15T23:30:00Z", outlet="tidewater-wire", slug="white-house-says-biden-not-calling-for-new-vote",
         title="White House says Biden was not calling for a new Venezuela vote",
         text="""WASHINGTON, Aug 15 (Tidewater Wire) - The White House said on Thursday that President Joe Biden had not been calling for a new election in Venezuela, hours after he answered "I do" when asked whether he supported one.

A National Security Council spokesperson said Biden had been speaking to the absurdity of Nicolas Maduro and his representatives not coming clean about the July 28 vote. The spokesperson said it was clear to the United States that Edmundo Gonzalez had won the most votes, and that Washington was not seeking a repeat of an election the opposition had already won.

Opposition leader Maria Corina Machado rejected the idea of a new vote outright. Proposing another election, she said, was a lack of respect for Venezuelans who had risked everything to cast their ballots.

Brazil's government did not comment on the US clarification.""",
         claims=[
             ("usa", "new-election", "oppose", "Washington was not seeking a repeat of an election the opposition had already won", True),
             ("unitary-platform", "new-election", "oppose", "rejected the idea of a new vote outright", True),
         ]),
    dict(id="033", published="2024-08-16T14:00:00Z", outlet="lantern-report", slug="caracas-rejects-calls-to-repeat-election",
         title="Caracas rejects calls to repeat presidential election",
         text="""CARACAS, Aug 16 (Lantern Report) - Nicolas Maduro's government rejected on Friday any suggestion that Venezuela repeat its July 28 presidential election, saying the result would be settled by the country's Supreme Court and by no one else.

Foreign Minister Yvan Gil said Venezuela did not accept advice from abroad on its electoral affairs and that the vote had already taken place. Maduro told a televised meeting that he respected Lula and Petro, but that Venezuela was not a colony and its institutions would have the last word.

The Supreme Court, which Maduro asked to certify the result, is expected to rule next week. Critics say the court is controlled by the ruling party.

Opposition candidate Edmundo Gonzalez, who has not appeared in public since the days after the vote, said in a social media post that there was nothing to repeat and that the only open question was when Maduro would accept his defeat.""",
         claims=[
             ("venezuela-government", "new-election", "oppose", "rejected on Friday any suggestion that Venezuela repeat its July 28 presidential election", True),
             ("unitary-platform", "new-election", "oppose", "there was nothing to repeat", True),
         ]),
    dict(id="034", published="2024-08-23T02:00:00Z", outlet="bayline-news", slug="venezuela-court-certifies-maduro-victory",
         title="Venezuela's Supreme Court certifies Maduro victory; critics say ruling lacks credibility",
         text="""CARACAS, Aug 22 (Bayline News) - Venezuela's Supreme Court on Thursday certified Nicolas Maduro's victory in the July 28 presidential election, in a ruling that the opposition and several foreign governments said lacked credibility.

The court said it had reviewed the electoral council's material and found the results valid, but it did not publish any breakdown by polling station. Maduro said the decision was final, that the election was behind the country and that there would be no rerun of any kind.

Edmundo Gonzalez said the court had no authority to replace the electoral council and that the sovereign will of the people could not be overturned by a ruling.

A US State Department spokesman said the ruling had no credibility given the overwhelming evidence that Gonzalez won the most votes. The EU's Josep Borrell said the bloc would not recognise a result that could not be verified.

Brazil's foreign ministry said it would study the ruling before commenting. In Oslo, Norway's foreign ministry said it remained available to help the parties talk, if they asked.""",
         claims=[
             ("venezuela-government", "new-election", "oppose", "there would be no rerun of any kind", True),
         ]),
]

SHIFTS = [
    dict(actor="venezuela-government", issue="lift-machado-ban", **{"from": "oppose"}, to="conditional", article="008",
         why="Jorge Rodriguez says the government would accept Machado's candidacy if the Supreme Court cleared her on appeal; the baseline and 001 had officials saying she cannot run."),
    dict(actor="venezuela-government", issue="lift-machado-ban", **{"from": "conditional"}, to="oppose", article="012",
         why="After the court upholds the ban, Rodriguez says the ruling is final and Machado will not be on the ballot, reversing the openness of 008/009."),
    dict(actor="unitary-platform", issue="opposition-drops-machado", **{"from": "oppose"}, to="support", article="017",
         why="Machado, with the Platform parties' backing, registers a substitute (Corina Yoris); in 005, 006, 012, 015 and 016 she and the Platform ruled out any substitute."),
    dict(actor="usa", issue="us-abandons-oil-relief", **{"from": "conditional"}, to="support", article="020",
         why="The US says it will not renew General License 44 and gives a 45-day wind-down; since 002 it had kept the relief conditional on progress on candidates."),
    dict(actor="venezuela-government", issue="eu-observers", **{"from": "support"}, to="oppose", article="024",
         why="The electoral council (Amoroso) withdraws the EU's invitation; in 001 the government signed the invitation and in 015 the council promised to invite the EU."),
    dict(actor="usa", issue="new-election", **{"from": "support"}, to="oppose", article="032",
         why="The White House says Biden was not calling for a new vote and Washington is not seeking a repeat of an election the opposition won; in 031 Biden said he supported new elections."),
]

BASELINE = [
    ("venezuela-government", "lift-machado-ban", "oppose"),
    ("unitary-platform", "lift-machado-ban", "support"),
    ("usa", "lift-machado-ban", "support"),
]

DUPLICATES = [("002", "003"), ("008", "009")]


def rfc822(iso):
    return format_datetime(datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)


def url_of(a):
    y, m, d = a["published"][:10].split("-")
    return f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    claims, no_alert = {}, []
    shift_articles = {s["article"] for s in SHIFTS}
    for a in ARTICLES:
        doc = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write("\n")
        claims[a["id"]] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]]
        if a["id"] not in shift_articles:
            no_alert.append(a["id"])
    labels = {"claims": claims, "shifts": SHIFTS, "no_alert_articles": no_alert}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch venezuela-barbados-2023 blind set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>"]
        for a in items:
            u = url_of(a)
            out += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(u)}</link>",
                    f'      <guid isPermaLink="true">{escape(u)}</guid>', f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return labels


def watchlist_ids():
    # Tiny reader for the hand-written watchlist: ids of actors/issues and the baseline rows.
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    section, actors, issues, baseline = None, set(), set(), []
    for line in text.splitlines():
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: (\S+)", line)
        if m and section == "actors":
            actors.add(m.group(1))
        elif m and section == "issues":
            issues.add(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def validate(labels):
    errors = []
    actors, issues, baseline = watchlist_ids()
    if sorted(baseline) != sorted(BASELINE):
        errors.append(f"watchlist baseline {baseline} != build.py BASELINE")
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids are not 001..N in order")
    if [a["published"] for a in ARTICLES] != sorted(a["published"] for a in ARTICLES):
        errors.append("ids are not in publication order")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != ids:
        errors.append(f"article files {files} != ids")
    by_id = {}
    for i in ids:
        doc = json.load(open(os.path.join(HERE, "articles", i + ".json"), encoding="utf-8"))
        by_id[i] = doc
        words = len(doc["text"].split())
        if not 120 <= words <= 260:
            errors.append(f"{i}: {words} words")
        if not re.match(r"^[A-Z][A-Z ]+, [A-Z][a-z]{2} \d{1,2} \(" + re.escape(doc["source"]) + r"\) - ", doc["text"]):
            errors.append(f"{i}: bad dateline")
    if set(labels["claims"]) != set(ids):
        errors.append("claims keys != ids")
    for i, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["actor"] not in actors:
                errors.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append(f"{i}: bad stance {c['stance']}")
            if c["quote"] not in by_id[i]["text"]:
                errors.append(f"{i}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{i}: quote over 15 words: {c['quote']!r}")
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append(f"{i}: two claims for {key}")
            seen.add(key)
    # Replay attributed claims from the baseline; the shifts must be exactly the changes.
    prevailing = {(a, s): st for a, s, st in BASELINE}
    replayed = []
    for i in ids:
        for c in labels["claims"][i]:
            key = (c["actor"], c["issue"])
            if not c["attributed"]:
                continue
            if key in prevailing and prevailing[key] != c["stance"]:
                replayed.append((c["actor"], c["issue"], prevailing[key], c["stance"], i))
            prevailing[key] = c["stance"]
    dup_copies = {b for _, b in DUPLICATES}
    replayed = [r for r in replayed if r[4] not in dup_copies]
    expected = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if replayed != expected:
        errors.append(f"replayed shifts {replayed} != labelled {expected}")
    for a, b in DUPLICATES:
        ca = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][a])
        cb = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][b])
        if ca != cb or by_id[a]["published"][:10] != by_id[b]["published"][:10] or by_id[a]["source"] == by_id[b]["source"]:
            errors.append(f"duplicate pair {a}/{b} inconsistent")
    if set(labels["no_alert_articles"]) != set(ids) - {s["article"] for s in labels["shifts"]}:
        errors.append("no_alert_articles wrong")
    for slug in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", slug + ".xml")], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint {slug}: {r.stderr.strip()}")
    return errors


if __name__ == "__main__":
    labels = build()
    errs = validate(labels)
    n = sum(len(v) for v in labels["claims"].values())
    by = {}
    for v in labels["claims"].values():
        for c in v:
            by[c["stance"]] = by.get(c["stance"], 0) + 1
    unattr = sum(1 for v in labels["claims"].values() for c in v if not c["attributed"])
    words = [len(a["text"].split()) for a in ARTICLES]
    print(f"articles={len(ARTICLES)} claims={n} {by} unattributed={unattr} shifts={len(SHIFTS)} "
          f"empty={[k for k, v in labels['claims'].items() if not v]} words={min(words)}-{max(words)}")
    for e in errs:
        print("ERROR:", e)
    sys.exit(1 if errs else 0)
