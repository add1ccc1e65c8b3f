#!/usr/bin/env python3
"""Builds and validates the north-macedonia-bulgaria-2022 eval set (self-contained).

Run from anywhere: python3 eval/north-macedonia-bulgaria-2022/build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json beside this file, then validates.
watchlist.yaml and README.md are hand-written and only read here.
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    'lakeside-wire': 'Lakeside Wire',
    'continental-post': 'Continental Post',
    'eastern-ledger': 'Eastern Ledger',
    'ridge-report': 'Ridge Report',
    'summit-herald': 'Summit Herald',
}

V, FP, CON, PRO, DEC = 'bulgaria-drops-veto', 'french-proposal', 'bulgarians-in-constitution', 'bilateral-protocol', 'decouple-albania'
BG, NM, VM, FR, EC, AL = 'bulgaria', 'north-macedonia', 'vmro-dpmne', 'france', 'european-commission', 'albania'
S, O, C = 'support', 'oppose', 'conditional'

# Each article: key, published (UTC), outlet, slug, title, text, claims [(actor, issue, stance, quote, attributed)]
A = []
def art(key, published, outlet, slug, title, text, claims):
    A.append(dict(key=key, published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art('kov-sofia', '2022-01-18T15:00:00Z', 'lakeside-wire', 'kovachevski-petkov-working-groups-veto-stays',
    "Kovachevski and Petkov set up working groups, but Bulgaria's veto stays",
    """SOFIA, Jan 18 (Lakeside Wire) - North Macedonia's new Prime Minister Dimitar Kovachevski made Sofia the destination of his first foreign trip on Tuesday, agreeing with Bulgarian counterpart Kiril Petkov to set up joint working groups on history, infrastructure and trade.

Petkov said the meeting had opened a new chapter, but made clear that Bulgaria's block on the start of North Macedonia's EU accession talks would stay in place until the groups produced concrete results. Bulgaria has held up the talks since November 2020, demanding that Skopje recognise a Bulgarian minority in its constitution and stop what Sofia calls the falsification of shared history.

Kovachevski said his government was ready to discuss a constitutional change to name Bulgarians among the country's peoples, but only as part of a deal that opened the negotiations and did not touch the Macedonian language or identity. He urged the European Union to let the talks begin this year.

The two leaders agreed to meet again in the spring.""",
    [(BG, V, O, "Bulgaria's block on the start of North Macedonia's EU accession talks would stay in place", True),
     (BG, CON, S, "demanding that Skopje recognise a Bulgarian minority in its constitution", False),
     (NM, CON, C, "ready to discuss a constitutional change to name Bulgarians among the country's peoples", True),
     (NM, V, S, "urged the European Union to let the talks begin this year", True)])

art('rama-patience', '2022-02-10T11:30:00Z', 'ridge-report', 'rama-albania-patience-has-limits',
    "Rama says Albania will wait with North Macedonia, but not for ever",
    """TIRANA, Feb 10 (Ridge Report) - Albanian Prime Minister Edi Rama said on Thursday that Albania would keep waiting alongside North Macedonia for the start of EU membership talks for now, but warned that his country's patience had limits.

Albania and North Macedonia were promised a joint start to negotiations in March 2020, and both have been stuck since Bulgaria blocked its neighbour's negotiating framework. Rama told reporters in Tirana that Albania had done everything asked of it and should not pay for a bilateral quarrel it had no part in.

He said Albania would prefer to open talks together with North Macedonia, but that if the Bulgarian veto was still in place by the summer it would ask the EU to let Tirana go ahead on its own. He also called on Sofia to lift what he described as an unjust veto.

A Bulgarian government spokeswoman declined to comment on Rama's remarks.""",
    [(AL, DEC, C, "would ask the EU to let Tirana go ahead on its own", True),
     (AL, V, S, "called on Sofia to lift what he described as an unjust veto", True)])

art('war-urgency', '2022-03-09T09:45:00Z', 'eastern-ledger', 'war-raises-pressure-sofia-veto',
    "War in Ukraine raises pressure on Sofia, but coalition split on veto",
    """SOFIA, March 9 (Eastern Ledger) - Russia's invasion of Ukraine has given new urgency to the European Union's enlargement agenda, and some diplomats in Sofia believe Bulgaria could soften its stance on North Macedonia before the end of the French EU presidency in June.

A Western ambassador said the war had made the veto look costly for Bulgaria's standing among its allies. Analysts cautioned, however, that Petkov's four-party coalition is split on the issue. Slavi Trifonov, whose There Is Such a People party is a junior partner in the coalition, has said his lawmakers would walk out of the government if the veto were lifted without prior concessions from Skopje.

Asked on Wednesday whether the government was preparing a new position, Foreign Minister Teodora Genchovska declined to say, telling reporters only that the working groups with Skopje were continuing. Talks between the two countries' deputy prime ministers were held in Sofia last week.""",
    [])

art('vmro-no-change', '2022-04-07T13:20:00Z', 'summit-herald', 'vmro-dpmne-will-not-vote-constitution-change',
    "VMRO-DPMNE vows not to vote for constitutional change demanded by Sofia",
    """SKOPJE, April 7 (Summit Herald) - North Macedonia's main opposition party VMRO-DPMNE will not vote for any change to the constitution demanded by Bulgaria, its leader Hristijan Mickoski said on Thursday, a stance that could make it impossible for the government to meet one of Sofia's central conditions.

Constitutional amendments need a two-thirds majority in the 120-seat parliament, which Prime Minister Dimitar Kovachevski's governing coalition lacks. Mickoski told a party rally that the constitution would not be changed under pressure, adding that his party would not accept Macedonian identity being negotiated with a neighbour.

Kovachevski said in response that the opposition was closing the door on Europe. He said his government was not against adding Bulgarians to the constitution as long as it came with a firm EU guarantee that talks would open and that nobody would question the Macedonian language.

The working groups with Bulgaria are due to report in May.""",
    [(VM, CON, O, "will not vote for any change to the constitution demanded by Bulgaria", True),
     (BG, CON, S, "any change to the constitution demanded by Bulgaria", False),
     (NM, CON, C, "was not against adding Bulgarians to the constitution as long as it came with", True)])

art('beaune-text', '2022-05-25T16:00:00Z', 'continental-post', 'france-works-on-compromise-bulgaria-north-macedonia',
    "France works on compromise to end Bulgaria's blockade before presidency ends",
    """PARIS, May 25 (Continental Post) - France is working on a compromise to end Bulgaria's blockade of North Macedonia's EU membership talks before its six-month presidency of the EU Council ends on June 30, French Europe minister Clement Beaune said on Wednesday.

Beaune said the French text would address Bulgaria's concerns about minority rights and history through a protocol and commitments in the negotiating framework, while allowing both North Macedonia and Albania to begin talks. He said Paris wanted Skopje and Sofia to accept it quickly and believed it was fair to both.

European Commission spokespeople said the Commission backed the French efforts. Enlargement Commissioner Oliver Varhelyi said he wanted the first intergovernmental conference with both countries held by the end of June.

In Skopje, government officials said they had not yet received the text and would not comment on reports about its contents. VMRO-DPMNE said on social media that any deal that put Macedonian history on the negotiating table was unacceptable.""",
    [(FR, V, S, "France is working on a compromise to end Bulgaria's blockade", True),
     (FR, FP, S, "He said Paris wanted Skopje and Sofia to accept it quickly", True),
     (EC, FP, S, "said the Commission backed the French efforts", True),
     (EC, V, S, "wanted the first intergovernmental conference with both countries held by the end of June", True),
     (VM, FP, O, "any deal that put Macedonian history on the negotiating table was unacceptable", True)])

art('petkov-ready', '2022-06-03T12:10:00Z', 'eastern-ledger', 'petkov-ready-to-ask-parliament-lift-veto',
    "Petkov ready to ask parliament to lift veto if French text meets Sofia's terms",
    """SOFIA, June 3 (Eastern Ledger) - Bulgarian Prime Minister Kiril Petkov said on Friday that his government was ready to ask parliament to lift Bulgaria's veto on North Macedonia's EU accession talks, provided the final French text locked in Sofia's key demands.

Petkov said talks with the French presidency on a compromise were moving in the right direction, but he listed three conditions for lifting the veto: the Bulgarian minority must be written into North Macedonia's constitution, the bilateral agreements must become part of the negotiating framework, and nothing in the EU's documents could be read as Bulgaria recognising the Macedonian language.

He said the decision would be taken by the National Assembly, not by him alone, and that Bulgaria would not accept a deadline imposed from outside.

His junior coalition partner There Is Such a People accused him of preparing a surrender and said it was considering leaving the government. The nationalist opposition party Vazrazhdane called for protests.""",
    [(BG, V, C, "ready to ask parliament to lift Bulgaria's veto on North Macedonia's EU accession talks", True),
     (BG, CON, S, "the Bulgarian minority must be written into North Macedonia's constitution", True)])

art('itn-quits', '2022-06-08T17:40:00Z', 'lakeside-wire', 'itn-quits-bulgarian-coalition-veto',
    "Junior partner quits Bulgaria's coalition over North Macedonia veto",
    """SOFIA, June 8 (Lakeside Wire) - The populist There Is Such a People party quit Bulgaria's ruling coalition on Wednesday, leaving Prime Minister Kiril Petkov without a majority and throwing his plan to end the dispute with North Macedonia into doubt.

Party leader Slavi Trifonov accused Petkov of being ready to give in on the veto under pressure from Paris and Brussels. Petkov rejected that description. He said the government would only put a decision on the veto to a vote if the French text fully protected Bulgaria's interests, and that he would not rush it to please anyone.

Opposition party GERB, the largest in parliament, said it would decide its position once it saw the final proposal.

Political analysts in Sofia said an early election looked increasingly likely, which could push any decision on North Macedonia back by months.""",
    [(BG, V, C, "would only put a decision on the veto to a vote if the French text", True)])

art('rama-decouple', '2022-06-14T14:30:00Z', 'ridge-report', 'rama-demands-albania-decoupled',
    "Rama wants Albania's EU bid split from North Macedonia's",
    """TIRANA, June 14 (Ridge Report) - Albania wants the European Union to separate its membership bid from North Macedonia's and open talks with Tirana at once, Prime Minister Edi Rama said on Tuesday, saying his country could no longer be held hostage by the dispute between Sofia and Skopje.

Rama said at a news conference with visiting Dutch lawmakers that Albania could not wait for ever. He said Albania had stood by its neighbour for two years and now expected EU leaders to decide on its own merits at the June 23 summit in Brussels.

Foreign Minister Olta Xhacka said she had sent letters to all 27 EU capitals asking for Albania's intergovernmental conference to be scheduled without delay.

Rama also renewed his criticism of Bulgaria, saying a single member state should not be allowed to block the enlargement of the whole bloc. In Skopje, a government spokesman said North Macedonia understood Albania's frustration and would not comment further.""",
    [(AL, DEC, S, "wants the European Union to separate its membership bid from North Macedonia's", True),
     (AL, V, S, "a single member state should not be allowed to block the enlargement", True)])

art('varhelyi-ready', '2022-06-16T10:15:00Z', 'continental-post', 'commission-ready-to-move-albania-alone',
    "Commission ready to move Albania ahead alone if veto stays, Varhelyi says",
    """BRUSSELS, June 16 (Continental Post) - The European Commission is prepared to recommend that Albania start its EU accession talks without North Macedonia if Bulgaria's veto is not lifted before the end of the month, Enlargement Commissioner Oliver Varhelyi said on Thursday.

Varhelyi told reporters in Brussels that the Commission's preference had always been to move the two countries together. But he said Albania had met every condition and that the Commission would propose separating the two countries if the blockade dragged on past the June summit.

Several diplomats said France was lobbying to keep the two countries together for the time being, arguing that a split would remove pressure on Sofia to agree to the compromise. The French presidency did not respond to requests for comment.

North Macedonia's Foreign Minister Bujar Osmani said he would not stand in Albania's way, but that his country had also met its obligations and deserved the same treatment.""",
    [(EC, DEC, C, "would propose separating the two countries if the blockade dragged on past the June summit", True),
     (FR, DEC, O, "France was lobbying to keep the two countries together for the time being", False),
     (NM, DEC, S, "he would not stand in Albania's way", True)])

art('petkov-falls', '2022-06-22T18:50:00Z', 'eastern-ledger', 'petkov-government-loses-confidence-vote',
    "Bulgaria's government falls; Petkov says parliament should still settle veto",
    """SOFIA, June 22 (Eastern Ledger) - Bulgaria's government lost a no-confidence vote on Wednesday, barely six months after taking office, but Prime Minister Kiril Petkov said parliament should still settle the dispute with North Macedonia before any early election.

Lawmakers voted 123-116 to oust Petkov's cabinet, with the former coalition partner There Is Such a People joining the opposition. Petkov, who will stay on in a caretaker role, told reporters that the veto question belonged to the National Assembly. He said Bulgaria should lift the veto only if the French proposal kept all of its guarantees.

President Rumen Radev, who will have to hand out mandates to form a new government, said any decision on North Macedonia must not be rushed through in the last days of a collapsing parliament.

GERB leader Boyko Borissov said his party was ready to support the French proposal in a vote, a step that would give it a majority.""",
    [(BG, V, C, "Bulgaria should lift the veto only if the French proposal kept all of its guarantees", True)])

art('summit-fails', '2022-06-23T19:30:00Z', 'lakeside-wire', 'eu-western-balkans-summit-no-date',
    "EU-Western Balkans summit ends without date for North Macedonia, Albania talks",
    """BRUSSELS, June 23 (Lakeside Wire) - A summit between European Union leaders and their Western Balkan counterparts ended on Thursday without a date for membership talks with North Macedonia and Albania, drawing angry words from the region's leaders.

Albanian Prime Minister Edi Rama called the situation a disgrace and told reporters that a NATO country was holding two other NATO countries hostage. He said Albania still wanted its talks opened separately and saw no reason to wait any longer.

North Macedonian Prime Minister Dimitar Kovachevski said the failure was a serious blow to the credibility of the bloc. He said his country had done everything required of it and that the veto should be removed without new conditions.

European Council President Charles Michel said he hoped Bulgaria's parliament would act soon. The leaders met at the Council building in Brussels, on the day EU heads of government also granted candidate status to Ukraine and Moldova.""",
    [(AL, V, S, "a NATO country was holding two other NATO countries hostage", True),
     (AL, DEC, S, "Albania still wanted its talks opened separately", True),
     (NM, V, S, "the veto should be removed without new conditions", True)])

BG_VOTE_CLAIMS = [
    (BG, V, S, "voted on Friday to lift the country's veto", True),
    (BG, FP, S, "backing a compromise drawn up by the French EU presidency", True),
    (BG, CON, S, "on condition that North Macedonia writes Bulgarians into its constitution", True),
    (BG, PRO, S, "requires a bilateral protocol with Skopje covering history and the 2017 friendship treaty", True),
]
art('bg-vote', '2022-06-24T14:00:00Z', 'eastern-ledger', 'bulgarian-parliament-lifts-veto-north-macedonia',
    "Bulgaria's parliament lifts veto on North Macedonia's EU talks",
    """SOFIA, June 24 (Eastern Ledger) - Bulgaria's parliament voted on Friday to lift the country's veto on the start of North Macedonia's EU membership talks, backing a compromise drawn up by the French EU presidency after months of deadlock.

The National Assembly approved the decision by 170 votes to 37, with 21 abstentions. The text mandates the government to agree to the negotiating framework on condition that North Macedonia writes Bulgarians into its constitution and that the EU documents do not imply Bulgarian recognition of the Macedonian language.

Caretaker Prime Minister Kiril Petkov called it a historic day and said Bulgaria had defended its national interest while keeping its word to its allies.

The decision also requires a bilateral protocol with Skopje covering history and the 2017 friendship treaty to be signed before the first intergovernmental conference. The nationalist Vazrazhdane party, which voted against, said it would ask the constitutional court to annul it.

Skopje has not yet said whether it will accept the French text.""",
    BG_VOTE_CLAIMS)

art('bg-vote-copy', '2022-06-24T15:20:00Z', 'summit-herald', 'bulgarian-lawmakers-vote-lift-veto',
    "Bulgarian lawmakers vote to end veto on North Macedonia talks",
    """SOFIA, June 24 (Summit Herald) - Bulgarian lawmakers voted on Friday to lift the country's veto on the start of North Macedonia's EU accession talks, backing a compromise drawn up by the French EU presidency after months of stalemate.

The National Assembly passed the decision 170-37, with 21 abstentions. It instructs the government to agree to the negotiating framework on condition that North Macedonia writes Bulgarians into its constitution and that nothing in the EU's papers implies Bulgarian recognition of the Macedonian language.

Caretaker Prime Minister Kiril Petkov hailed a historic day, saying Bulgaria had defended its national interest and kept its word to its partners.

The decision further requires a bilateral protocol with Skopje covering history and the 2017 friendship treaty to be signed before the first intergovernmental conference. Vazrazhdane, a nationalist party that voted no, said it would challenge the decision in the constitutional court.

North Macedonia has yet to say whether it will accept the French text.""",
    BG_VOTE_CLAIMS)

art('kov-rejects', '2022-06-24T20:05:00Z', 'lakeside-wire', 'kovachevski-french-proposal-unacceptable',
    "Kovachevski says French proposal unacceptable in current form",
    """SKOPJE, June 24 (Lakeside Wire) - North Macedonia's Prime Minister Dimitar Kovachevski said on Friday that the French compromise proposal was unacceptable in its current form, hours after Bulgaria's parliament voted to lift its veto on the basis of the same text.

Kovachevski said the proposal did not give clear enough protection to the Macedonian language and identity and that his government would not put it before parliament as it stood. He welcomed the Bulgarian vote as a step forward but said Skopje would seek changes through the French presidency.

In Brussels, French President Emmanuel Macron said the proposal was a good compromise and that he hoped North Macedonia would seize the opportunity in the coming days.

VMRO-DPMNE leader Hristijan Mickoski said the government should not even consider the text and called for it to be withdrawn.""",
    [(NM, FP, O, "the French compromise proposal was unacceptable in its current form", True),
     (NM, V, S, "welcomed the Bulgarian vote as a step forward", True),
     (FR, FP, S, "hoped North Macedonia would seize the opportunity in the coming days", True),
     (VM, FP, O, "the government should not even consider the text", True)])

art('vdl-urges', '2022-06-28T12:40:00Z', 'continental-post', 'von-der-leyen-urges-skopje-accept-compromise',
    "Von der Leyen urges Skopje to accept French compromise",
    """BRUSSELS, June 28 (Continental Post) - European Commission President Ursula von der Leyen urged North Macedonia on Tuesday to accept the French compromise, saying it offered a fair balance and that a chance to open talks might not come again soon.

She said the Commission stood ready to hold the first intergovernmental conference with Skopje and Tirana within weeks of a green light. The Commission, she added, would not reopen the text to address Skopje's objections, but the French presidency was working on clarifications.

Diplomats in Brussels said they expected Skopje to soften its line once the clarifications were ready. Asked whether the government would back a revised version, Foreign Minister Bujar Osmani declined to say, telling reporters that it would study any new text carefully.

Technical talks between Albanian and Commission officials on preparations for a first conference were held in Tirana on Monday.""",
    [(EC, FP, S, "urged North Macedonia on Tuesday to accept the French compromise", True)])

art('kov-revised', '2022-07-01T13:15:00Z', 'summit-herald', 'skopje-revised-french-proposal-acceptable-basis',
    "Skopje calls revised French proposal an acceptable basis, leaves decision to parliament",
    """SKOPJE, July 1 (Summit Herald) - North Macedonia's government said on Friday that a revised French proposal to unblock its EU talks was an acceptable basis for a decision, but Prime Minister Dimitar Kovachevski said it would only be adopted if parliament endorsed it.

The new version, sent by the French presidency late on Thursday, says the Macedonian language will be recognised by the EU without qualification, a point Skopje had insisted on. Kovachevski said his government would back the text if lawmakers approved it and if the EU's written conclusions confirmed that language and identity were not up for negotiation.

He told a news conference that this was not the same proposal his government had turned down a week earlier.

French President Emmanuel Macron, in a video message to North Macedonia's citizens, said the revised proposal respected their identity and urged them to accept it.

The opposition VMRO-DPMNE called the government's move a capitulation and announced a protest for Saturday.""",
    [(NM, FP, C, "his government would back the text if lawmakers approved it", True),
     (FR, FP, S, "said the revised proposal respected their identity and urged them to accept it", True),
     (VM, FP, O, "called the government's move a capitulation", True)])

PROTEST_CLAIMS = [
    (VM, FP, O, "his party would never accept the proposal", True),
    (VM, CON, O, "would not give the votes needed to change the constitution", True),
]
art('protest', '2022-07-02T21:10:00Z', 'ridge-report', 'thousands-protest-skopje-french-proposal',
    "Thousands protest in Skopje against French proposal; police injured",
    """SKOPJE, July 2 (Ridge Report) - Thousands of people marched through Skopje on Saturday evening to protest against the French proposal, and several police officers were hurt when protesters threw stones and bottles outside the government building.

The rally was organised by the opposition VMRO-DPMNE. Its leader Hristijan Mickoski told the crowd that his party would never accept the proposal and would not give the votes needed to change the constitution. "We will not allow Bulgarisation," he said.

The left-wing party Levica, which is not part of the governing majority, also joined the protests, calling the deal a betrayal.

Interior Minister Oliver Spasovski said the police had acted with restraint. Government officials said the cabinet would meet on Monday to send the proposal to parliament. Organisers said rallies would be held every evening until lawmakers voted on the text.""",
    PROTEST_CLAIMS)

art('protest-copy', '2022-07-02T22:30:00Z', 'continental-post', 'skopje-protest-against-french-proposal',
    "Protesters clash with police in Skopje over French proposal",
    """SKOPJE, July 2 (Continental Post) - Thousands marched through Skopje on Saturday evening against the French proposal, and several police officers were injured when protesters hurled stones and bottles outside the government building.

The opposition VMRO-DPMNE organised the rally. Party leader Hristijan Mickoski told supporters that his party would never accept the proposal and would not give the votes needed to change the constitution. "We will not allow Bulgarisation," he said.

Levica, a left-wing party outside the governing majority, also took part, calling the deal a betrayal.

Interior Minister Oliver Spasovski said police had shown restraint. Government officials said ministers would meet on Monday to forward the proposal to parliament. Organisers said the rallies would continue every evening until lawmakers voted on the text.""",
    PROTEST_CLAIMS)

art('pendarovski', '2022-07-06T11:00:00Z', 'lakeside-wire', 'pendarovski-urges-lawmakers-approve-proposal',
    "Pendarovski urges lawmakers to back French proposal; Sofia holds firm on protocol",
    """SKOPJE, July 6 (Lakeside Wire) - North Macedonia's President Stevo Pendarovski urged lawmakers on Wednesday to approve the revised French proposal, saying a rejection would leave the country isolated for years.

Pendarovski, whose role is largely ceremonial, said the text was not perfect but was the best the country could get. The government formally sent the proposal to parliament on Tuesday. Prime Minister Dimitar Kovachevski said the cabinet had done its part and that the country would accept the deal only if a majority of lawmakers voted for it.

In Sofia, Bulgarian Foreign Minister Teodora Genchovska rejected calls from Skopje to leave disputed history questions out of the bilateral protocol. She said the protocol, including its chapter on history, must be signed as agreed before any intergovernmental conference.

Parliament's debate is expected to start on Friday.""",
    [(NM, FP, C, "the country would accept the deal only if a majority of lawmakers voted for it", True),
     (BG, PRO, S, "the protocol, including its chapter on history, must be signed as agreed", True)])

art('rama-together', '2022-07-08T15:45:00Z', 'ridge-report', 'rama-now-prefers-joint-start',
    "Rama now prefers joint start with North Macedonia, drops call for split",
    """TIRANA, July 8 (Ridge Report) - Albanian Prime Minister Edi Rama said on Friday that Albania would now rather open EU membership talks together with North Macedonia, dropping his demand of last month for the two bids to be split, after Bulgaria lifted its veto.

Rama said Albania would ask to go ahead alone only if North Macedonia's parliament rejected the French proposal. He told reporters that the two countries had started on the road together and that he would like them to finish this step together.

He said he had spoken to Prime Minister Dimitar Kovachevski by phone and told him Albania was not pressuring Skopje either way. Kovachevski's office said the two leaders had agreed to stay in close contact.

Only last month Rama had called for the EU to cut Albania loose from its neighbour and hold its first intergovernmental conference immediately.""",
    [(AL, DEC, C, "would ask to go ahead alone only if North Macedonia's parliament rejected the French proposal", True)])

art('walkout', '2022-07-13T17:30:00Z', 'summit-herald', 'vmro-dpmne-walks-out-debate-varhelyi-no-better-offer',
    "Opposition walks out of debate as Varhelyi says there is no better offer",
    """SKOPJE, July 13 (Summit Herald) - Lawmakers from North Macedonia's opposition VMRO-DPMNE walked out of parliament on Wednesday during the debate on the French proposal, saying they would take no part in what Hristijan Mickoski called a vote to sell out the nation.

Mickoski demanded that the government go back to Paris and renegotiate the text. The European Commission rejected that idea. Enlargement Commissioner Oliver Varhelyi, visiting Skopje, said the proposal on the table was final and that there would be no better offer.

Government officials count on the support of about 68 lawmakers in the 120-seat chamber, enough for the simple majority needed for the parliamentary conclusions but far from the two-thirds majority required for any later constitutional amendment.

Albania's Foreign Minister Olta Xhacka, asked in Tirana whether Albania was ready to go ahead alone, did not answer directly.""",
    [(VM, FP, O, "demanded that the government go back to Paris and renegotiate the text", True),
     (EC, FP, S, "the proposal on the table was final and that there would be no better offer", True)])

art('vdl-tour', '2022-07-14T09:20:00Z', 'lakeside-wire', 'von-der-leyen-tirana-skopje-tour',
    "Von der Leyen starts Balkan tour in Tirana ahead of Skopje vote",
    """TIRANA, July 14 (Lakeside Wire) - European Commission President Ursula von der Leyen arrived in Tirana on Thursday for a two-day visit to Albania and North Macedonia, days before lawmakers in Skopje are due to vote on the French proposal.

She was received at the prime minister's office by Edi Rama and was to travel on to Skopje in the evening for dinner with Prime Minister Dimitar Kovachevski and President Stevo Pendarovski. Her spokesman said the visit was meant to show support for both countries' European path.

Asked by Albanian reporters whether the Commission had a plan for Albania to go ahead on its own if North Macedonia's parliament said no, she declined to say, saying she did not want to speculate before the vote.

Police in Skopje said they had stepped up security around parliament ahead of further protests planned for the weekend.""",
    [])

art('sobranie', '2022-07-16T18:00:00Z', 'eastern-ledger', 'north-macedonia-parliament-approves-french-proposal',
    "North Macedonia's parliament approves French proposal as opposition boycotts",
    """SKOPJE, July 16 (Eastern Ledger) - North Macedonia's parliament approved the French proposal on Saturday, clearing the way for the start of EU membership talks after the opposition boycotted the vote.

Sixty-eight lawmakers from the governing coalition voted for the parliamentary conclusions, which accept the revised negotiating framework and commit the government to begin the constitutional change sought by Bulgaria. No one voted against, as VMRO-DPMNE deputies had left the chamber.

Prime Minister Dimitar Kovachevski said the country had chosen Europe and that the government would now move quickly. He said Skopje would sign the bilateral protocol with Bulgaria in the coming days.

Outside parliament, several hundred protesters chanted against the deal. Mickoski said his party considered the vote illegitimate and would keep up its protests.

European Commission President Ursula von der Leyen welcomed the vote and said talks could open next week.""",
    [(NM, FP, S, "North Macedonia's parliament approved the French proposal on Saturday", True),
     (NM, CON, S, "commit the government to begin the constitutional change sought by Bulgaria", True),
     (BG, CON, S, "the constitutional change sought by Bulgaria", False),
     (NM, PRO, S, "Skopje would sign the bilateral protocol with Bulgaria in the coming days", True),
     (VM, FP, O, "his party considered the vote illegitimate and would keep up its protests", True),
     (EC, FP, S, "welcomed the vote and said talks could open next week", True)])

art('protocol', '2022-07-17T14:30:00Z', 'lakeside-wire', 'bulgaria-north-macedonia-sign-protocol',
    "Bulgaria and North Macedonia sign protocol, clearing last hurdle to talks",
    """SOFIA, July 17 (Lakeside Wire) - The foreign ministers of Bulgaria and North Macedonia signed a bilateral protocol in Sofia on Sunday, meeting the last condition set by the Bulgarian parliament before the European Union can open membership talks with Skopje.

Bulgaria's Teodora Genchovska and North Macedonia's Bujar Osmani signed the document, which sets out steps to implement the 2017 friendship treaty, including the work of a joint commission of historians and measures against hate speech.

Osmani said the protocol was a commitment his government would honour and that it opened a new page with its neighbour. Genchovska said Bulgaria expected every point to be implemented, in particular the inclusion of Bulgarians in North Macedonia's constitution.

VMRO-DPMNE said the protocol was illegitimate and that a future government led by the party would not regard itself as bound by it.""",
    [(NM, PRO, S, "the protocol was a commitment his government would honour", True),
     (BG, PRO, S, "Genchovska said Bulgaria expected every point to be implemented", True),
     (BG, CON, S, "in particular the inclusion of Bulgarians in North Macedonia's constitution", True),
     (VM, PRO, O, "a future government led by the party would not regard itself as bound by it", True)])

art('talks-open', '2022-07-19T19:00:00Z', 'continental-post', 'eu-opens-talks-north-macedonia-albania',
    "EU opens membership talks with North Macedonia and Albania",
    """BRUSSELS, July 19 (Continental Post) - The European Union formally opened membership negotiations with North Macedonia and Albania on Tuesday, holding back-to-back intergovernmental conferences in Brussels more than two years after leaders first approved the start of talks.

Commission President Ursula von der Leyen called it a historic day and said the Commission would begin screening the countries' laws immediately. For North Macedonia, the first cluster of negotiations can only open once the constitution has been amended to include Bulgarians and other communities, she said.

Prime Minister Dimitar Kovachevski said his government would present the constitutional amendment to parliament once the screening was under way. Albania's Edi Rama said both countries had shown that patience paid off, though he said the delay had been unfair.

The meetings were chaired by the Czech Republic, which took over the rotating EU presidency from France on July 1.""",
    [(EC, CON, S, "the first cluster of negotiations can only open once the constitution has been amended", True),
     (NM, CON, S, "would present the constitutional amendment to parliament once the screening was under way", True)])

art('sofia-cluster', '2022-11-03T10:30:00Z', 'eastern-ledger', 'sofia-no-first-cluster-before-constitution',
    "Sofia says no first negotiating cluster before constitution change",
    """SOFIA, Nov 3 (Eastern Ledger) - Bulgaria will not agree to the opening of the first negotiating cluster with North Macedonia until Skopje has written Bulgarians into its constitution, the foreign ministry in Sofia said on Thursday.

The statement followed remarks by politicians in Skopje suggesting the amendment could wait until after an election. The ministry said the commitment was part of the negotiating framework agreed in July and was not open to reinterpretation.

Relations between the two neighbours have soured again since the opening of a Bulgarian cultural club in the city of Bitola last month, which drew protests. President Rumen Radev, who appointed the caretaker cabinet, said Bulgaria would watch closely how North Macedonia treated its citizens of Bulgarian origin.

Analysts in Skopje said the government was unlikely to find the votes before next year.""",
    [(BG, CON, S, "until Skopje has written Bulgarians into its constitution", True)])

art('kov-obligation', '2023-05-18T12:00:00Z', 'summit-herald', 'kovachevski-constitution-amendment-within-weeks',
    "Kovachevski says constitutional amendment will go to parliament within weeks",
    """SKOPJE, May 18 (Summit Herald) - North Macedonia's government will ask parliament to begin the procedure for amending the constitution within weeks, Prime Minister Dimitar Kovachevski said on Thursday, insisting there was no alternative if the country wanted to move ahead with its EU talks.

He said the amendment, which would add Bulgarians and several other communities to the preamble, was the country's obligation under the July agreement and would not harm anyone's identity.

VMRO-DPMNE, whose votes are needed for the two-thirds majority, again said no. Party vice-president Aleksandar Nikoloski said the opposition would not hand Bulgaria another concession while Sofia kept questioning the Macedonian language.

Kovachevski accused the opposition of putting party interests ahead of the country's future. The governing coalition holds fewer than the 80 votes needed in the 120-seat chamber, and talks with smaller opposition groups have so far produced no deal.""",
    [(NM, CON, S, "was the country's obligation under the July agreement and would not harm anyone's identity", True),
     (VM, CON, O, "VMRO-DPMNE, whose votes are needed for the two-thirds majority, again said no", True)])

art('delayed-effect', '2023-08-23T15:10:00Z', 'ridge-report', 'mickoski-offers-delayed-constitution-change',
    "Mickoski offers votes for constitution change with delayed effect; Skopje and Sofia say no",
    """SKOPJE, Aug 23 (Ridge Report) - North Macedonia's opposition leader Hristijan Mickoski said on Wednesday that VMRO-DPMNE would vote to add Bulgarians to the constitution if the change took effect only on the day the country joins the European Union.

Mickoski said a delayed effect would protect North Macedonia from new Bulgarian demands during the negotiations. Without it, his party would not support the amendment, which the government formally submitted to parliament earlier this month.

The government said it could not accept the idea, because the negotiating framework required the change before the next stage of talks. In Sofia, Prime Minister Nikolai Denkov's government also rejected the proposal. Denkov said North Macedonia had to fulfil its commitment now and not at some uncertain date in the future.

Officials in Brussels said the Commission saw no room for a delayed amendment but would not comment formally on proposals by opposition parties.""",
    [(VM, CON, C, "would vote to add Bulgarians to the constitution if the change took effect only", True),
     (NM, CON, S, "the negotiating framework required the change before the next stage of talks", True),
     (BG, CON, S, "North Macedonia had to fulfil its commitment now", True),
     (EC, CON, S, "the Commission saw no room for a delayed amendment", False)])

art('stalled', '2023-11-30T16:20:00Z', 'lakeside-wire', 'constitution-amendment-stalls-two-thirds',
    "Constitutional amendment stalls short of two-thirds majority in Skopje",
    """SKOPJE, Nov 30 (Lakeside Wire) - The amendment to add Bulgarians to North Macedonia's constitution has stalled in parliament after the government failed to secure the two-thirds majority it needs, leaving the country's EU talks stuck at the screening stage.

The governing coalition and its allies remain several votes short of the 80 required in the 120-seat chamber. Speaker Talat Xhaferi said there was no point in calling a final vote that would fail.

Prime Minister Dimitar Kovachevski said the government would keep the amendment before parliament and would not withdraw it. Mickoski said VMRO-DPMNE's offer of a delayed effect still stood and that his party would not vote for the text in any other form.

The stalemate is expected to dominate next spring's parliamentary and presidential elections. Diplomats said Brussels might eventually look for a face-saving formula, though the Commission has said publicly that the obligation remains.""",
    [(NM, CON, S, "would keep the amendment before parliament and would not withdraw it", True),
     (VM, CON, C, "VMRO-DPMNE's offer of a delayed effect still stood", True),
     (EC, CON, S, "the Commission has said publicly that the obligation remains", False)])

SHIFTS = [
    (BG, V, O, C, 'petkov-ready', "Petkov says his government is ready to ask parliament to lift the veto provided the French text locks in Sofia's demands; in January (001) he said the block stays until the working groups deliver."),
    (AL, DEC, C, S, 'rama-decouple', "Rama now asks the EU to separate Albania's bid and open talks at once; in February he would only ask to go alone if the veto lasted into the summer (baseline conditional)."),
    (BG, V, C, S, 'bg-vote', "The National Assembly votes 170-37 to lift the veto, a formal act; before, Petkov would only put the veto to a vote if conditions were met."),
    (NM, FP, O, C, 'kov-revised', "Kovachevski calls the revised text an acceptable basis and says his government would back it if lawmakers approve and the EU conclusions protect language and identity; a week earlier he called it unacceptable."),
    (AL, DEC, S, C, 'rama-together', "Rama drops his demand for a split and would ask to go alone only if Skopje's parliament rejects the proposal; in June he demanded immediate decoupling."),
    (NM, FP, C, S, 'sobranie', "North Macedonia's parliament approves the French proposal, a formal act; before, the government's backing depended on that vote."),
    (NM, CON, C, S, 'sobranie', "The parliamentary conclusions commit the government to begin the constitutional change; before, Skopje was only ready to discuss it as part of a deal that opened talks."),
    (VM, CON, O, C, 'delayed-effect', "Mickoski says VMRO-DPMNE would vote for the amendment if it took effect only on EU accession; since April 2022 the party refused any change."),
]
DUPLICATES = [('bg-vote', 'bg-vote-copy'), ('protest', 'protest-copy')]


def load_watchlist():
    """Minimal reader for the hand-written watchlist.yaml (ids, aliases, baseline) so the script needs no deps."""
    text = open(os.path.join(HERE, 'watchlist.yaml'), encoding='utf-8').read()
    actors = re.findall(r'^  - id: ([\w-]+)\n    name: .*\n    aliases: \[', text, re.M)
    issues = re.findall(r'^  - id: ([\w-]+)\n    name: .*\n    description: ', text, re.M)
    baseline = re.findall(r'\{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}', text)
    return actors, issues, baseline


def build():
    arts = sorted(A, key=lambda a: a['published'])
    assert len({a['key'] for a in arts}) == len(arts), 'duplicate keys'
    ids = {a['key']: '%03d' % (i + 1) for i, a in enumerate(arts)}
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, 'articles')):
        os.remove(os.path.join(HERE, 'articles', f))
    claims, by_outlet = {}, {o: [] for o in OUTLETS}
    for a in arts:
        d = datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        url = 'https://example.org/%s/%s/%s' % (a['outlet'], d.strftime('%Y/%m/%d'), a['slug'])
        doc = {'id': ids[a['key']], 'published': a['published'], 'source': OUTLETS[a['outlet']],
               'url': url, 'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', doc['id'] + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write('\n')
        claims[doc['id']] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']]
        by_outlet[a['outlet']].append((d, doc))
    shift_ids = set()
    shifts = []
    for actor, issue, frm, to, key, why in SHIFTS:
        shifts.append(dict(actor=actor, issue=issue, **{'from': frm}, to=to, article=ids[key], why=why))
        shift_ids.add(ids[key])
    labels = {'claims': claims, 'shifts': shifts,
              'no_alert_articles': [i for i in sorted(claims) if i not in shift_ids]}
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    for outlet, items in by_outlet.items():
        items.sort(key=lambda x: x[0], reverse=True)
        name = OUTLETS[outlet]
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               '    <title>%s</title>' % name, '    <link>https://example.org/%s/</link>' % outlet,
               '    <description>%s: fictional outlet for the shiftwatch north-macedonia-bulgaria-2022 evaluation set</description>' % name,
               '    <language>en</language>',
               '    <lastBuildDate>%s</lastBuildDate>' % format_datetime(items[0][0], usegmt=True)]
        for d, doc in items:
            out += ['    <item>', '      <title>%s</title>' % escape(doc['title']),
                    '      <link>%s</link>' % doc['url'],
                    '      <guid isPermaLink="true">%s</guid>' % doc['url'],
                    '      <pubDate>%s</pubDate>' % format_datetime(d, usegmt=True),
                    '      <description>%s</description>' % escape(doc['text']), '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', outlet + '.xml'), 'w', encoding='utf-8') as fh:
            fh.write('\n'.join(out))
    return ids, labels


def validate(ids, labels):
    errs = []
    actors, issues, baseline = load_watchlist()
    arts = {}
    for f in sorted(os.listdir(os.path.join(HERE, 'articles'))):
        doc = json.load(open(os.path.join(HERE, 'articles', f), encoding='utf-8'))
        if doc['id'] + '.json' != f:
            errs.append('id mismatch ' + f)
        arts[doc['id']] = doc
        words = len(doc['text'].split())
        if not 120 <= words <= 260:
            errs.append('%s has %d words' % (f, words))
        if not re.match(r'^[A-Z]+, [A-Z][a-z]+\.? \d{1,2} \(%s\) - ' % re.escape(doc['source']), doc['text']):
            errs.append('%s dateline' % f)
    pubs = [arts[i]['published'] for i in sorted(arts)]
    if pubs != sorted(pubs):
        errs.append('ids not in publication order')
    if set(labels['claims']) != set(arts):
        errs.append('claims keys differ from articles')
    for aid, cl in labels['claims'].items():
        for c in cl:
            if c['quote'] not in arts[aid]['text']:
                errs.append('%s quote not in text: %s' % (aid, c['quote']))
            if len(c['quote'].split()) > 15:
                errs.append('%s quote > 15 words: %s' % (aid, c['quote']))
            if c['actor'] not in actors: errs.append('%s unknown actor %s' % (aid, c['actor']))
            if c['issue'] not in issues: errs.append('%s unknown issue %s' % (aid, c['issue']))
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append('%s bad stance' % aid)
        tuples = [(c['actor'], c['issue']) for c in cl]
        if len(tuples) != len(set(tuples)):
            errs.append('%s repeats an actor/issue pair' % aid)
    for b in baseline:
        if b[0] not in actors or b[1] not in issues: errs.append('baseline unknown %s' % (b,))
    # Replay prevailing stances: every change caused by an attributed claim must be a labelled shift, and vice versa.
    prev = {(a, i): s for a, i, s in baseline}
    derived = []
    for aid in sorted(arts):
        for c in labels['claims'][aid]:
            k = (c['actor'], c['issue'])
            if not c['attributed']:
                continue
            if k in prev and prev[k] != c['stance']:
                derived.append((c['actor'], c['issue'], prev[k], c['stance'], aid))
            prev[k] = c['stance']
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(derived) != sorted(labelled):
        errs.append('shift replay mismatch:\n derived %s\n labelled %s' % (derived, labelled))
    shift_arts = {s['article'] for s in labels['shifts']}
    if set(labels['no_alert_articles']) != set(arts) - shift_arts:
        errs.append('no_alert_articles wrong')
    for k1, k2 in DUPLICATES:
        c1 = [(c['actor'], c['issue'], c['stance']) for c in labels['claims'][ids[k1]]]
        c2 = [(c['actor'], c['issue'], c['stance']) for c in labels['claims'][ids[k2]]]
        if c1 != c2 or arts[ids[k1]]['published'][:10] != arts[ids[k2]]['published'][:10]:
            errs.append('duplicate pair %s/%s differs' % (k1, k2))
    urls = [a['url'] for a in arts.values()]
    if len(urls) != len(set(urls)): errs.append('duplicate urls')
    feeds = [os.path.join(HERE, 'feeds', o + '.xml') for o in OUTLETS]
    r = subprocess.run(['xmllint', '--noout'] + feeds, capture_output=True, text=True)
    if r.returncode != 0:
        errs.append('xmllint: ' + r.stderr)
    return errs, arts


if __name__ == '__main__':
    ids, labels = build()
    errs, arts = validate(ids, labels)
    n = sum(len(v) for v in labels['claims'].values())
    by = {}
    for v in labels['claims'].values():
        for c in v:
            by[c['stance']] = by.get(c['stance'], 0) + 1
    print('articles %d, claims %d %s, unattributed %d, shifts %d in %d articles, empty %s' % (
        len(arts), n, by, sum(1 for v in labels['claims'].values() for c in v if not c['attributed']),
        len(labels['shifts']), len({s['article'] for s in labels['shifts']}),
        [k for k, v in labels['claims'].items() if not v]))
    for e in errs:
        print('ERROR', e)
    sys.exit(1 if errs else 0)
