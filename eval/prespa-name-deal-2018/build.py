#!/usr/bin/env python3
"""Build and validate the prespa-name-deal-2018 blind eval set.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates quotes, ids, watchlist references and shifts. Run: python3 build.py
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "orbit-news": "Orbit News Agency",
    "tidewater-press": "Tidewater Press",
    "cedar-courier": "Cedar Courier",
    "eastline-report": "Eastline Report",
    "summit-herald": "Summit Herald",
}
GR, MK, ND, ANEL, VMRO, EU, NATO = "greece", "north-macedonia", "new-democracy", "independent-greeks", "vmro-dpmne", "eu", "nato"
DEAL, CONST, JOIN, REF, LANG = "name-deal-ratified", "skopje-drops-constitutional-name", "north-macedonia-joins-nato", "referendum-yes", "macedonian-language-recognised"
S, O, C = "support", "oppose", "conditional"

A = []  # (published, outlet, slug, title, text, claims)
def art(published, outlet, slug, title, text, claims):
    A.append((published, outlet, slug, title, text.strip(), claims))

art("2018-01-17T21:40:00Z", "orbit-news", "un-mediator-nimetz-resumes-name-talks",
"UN mediator revives Greece-Macedonia name talks in New York",
"""NEW YORK, Jan 17 (Orbit News Agency) - Greek and Macedonian negotiators met United Nations mediator Matthew Nimetz in New York on Wednesday, the first round of talks on the decades-old name dispute in more than three years.

Nimetz told reporters afterwards that he had presented several ideas to both sides and that all of them contained the word Macedonia with some form of qualifier. He did not disclose the options but said the atmosphere was constructive and that he would travel to Athens and Skopje next month.

Greece has objected to its northern neighbour's name since the country declared independence from Yugoslavia in 1991, arguing that it implies a claim on its own northern province of Macedonia. The dispute has kept the small Balkan state out of NATO and stalled its bid to join the European Union.

Diplomats in New York said they expected Athens to soften its stance if Skopje agreed to change its constitution, but cautioned that public opinion in both countries remained hostile. Macedonian Foreign Minister Nikola Dimitrov, asked whether his government could amend the constitution, declined to say, telling reporters it was too early to discuss details.""",
[])

art("2018-01-21T17:15:00Z", "tidewater-press", "thessaloniki-rally-against-macedonia-name",
"Tens of thousands rally in Thessaloniki against compromise on Macedonia name",
"""THESSALONIKI, Jan 21 (Tidewater Press) - Tens of thousands of people rallied in Thessaloniki on Sunday to demand that Greece reject any name for its northern neighbour that includes the word Macedonia.

Demonstrators waved blue-and-white flags along the waterfront of the city, the capital of the Greek region of Macedonia, and organisers read out a resolution declaring that the name was Greek and could not be shared. Several bishops of the Greek Orthodox Church addressed the crowd.

Defence Minister Panos Kammenos, whose small nationalist Independent Greeks party is the junior partner in Prime Minister Alexis Tsipras's coalition, said in a radio interview that his lawmakers would vote against any agreement that allowed Skopje to use the name Macedonia.

Government spokesman Dimitris Tzanakopoulos said the government respected the protesters but would not be deterred. "We are determined to reach a mutually acceptable agreement," he said, adding that a deal would end a quarter-century of instability on Greece's northern border.""",
[(ANEL, DEAL, O, "his lawmakers would vote against any agreement that allowed Skopje to use the name Macedonia", True),
 (GR, DEAL, S, "We are determined to reach a mutually acceptable agreement", True)])

art("2018-01-24T16:05:00Z", "cedar-courier", "tsipras-zaev-davos-airport-rename",
"Tsipras and Zaev meet in Davos; Skopje to rename Alexander the Great airport",
"""DAVOS, Jan 24 (Cedar Courier) - Greek Prime Minister Alexis Tsipras and his Macedonian counterpart Zoran Zaev met on the sidelines of the World Economic Forum in Davos on Wednesday, the first talks between the two countries' leaders in seven years.

Zaev announced afterwards that Skopje would rename its international airport, now named after Alexander the Great, and a main highway that also bears the ancient king's name, a gesture long sought by Athens. He said his government wanted to settle the name dispute this year and was ready to take "hard decisions".

Tsipras welcomed the move and said Greece would respond in kind by backing its neighbour's participation in a regional cooperation initiative and an EU agreement on air transport. "We have the political will to find a solution," he said, while cautioning that there was still a long way to go.

Neither leader addressed whether Macedonia would have to change its constitution, the question that diplomats say will decide whether a deal is possible.""",
[(MK, DEAL, S, "his government wanted to settle the name dispute this year", True),
 (GR, DEAL, S, "We have the political will to find a solution", True)])

art("2018-02-04T18:30:00Z", "eastline-report", "athens-syntagma-rally-mitsotakis-red-lines",
"Huge Athens rally against name compromise; Mitsotakis sets red lines",
"""ATHENS, Feb 4 (Eastline Report) - Hundreds of thousands of people, by the organisers' count, filled Syntagma Square in central Athens on Sunday in the second mass protest in two weeks against a compromise over the name of Greece's northern neighbour. Police put the figure at about 140,000.

Speakers including the composer Mikis Theodorakis accused the government of preparing to betray the nation. Kyriakos Mitsotakis, leader of the conservative opposition New Democracy, did not attend the rally, but told his party's lawmakers on Friday that New Democracy would never accept a deal that recognised a "Macedonian" nationality or language.

"Language and nationality are red lines," he said.

The government accused the far-right Golden Dawn of trying to hijack the protest. Political analysts said the demonstrations would make it harder for Tsipras to sell any compromise and could strain his coalition, which depends on the votes of the Independent Greeks. Tsipras, asked about the rally in the evening, would say only that he respected every citizen's right to protest.""",
[(ND, LANG, O, "Language and nationality are red lines", True)])

art("2018-02-20T09:00:00Z", "summit-herald", "kotzias-greece-would-lift-nato-block",
"Kotzias: Greece would stop blocking neighbour's NATO entry after a name deal",
"""ATHENS, Feb 20 (Summit Herald) - Greece would stop blocking its northern neighbour's entry into NATO once the two countries agree a new name that is used for all purposes, Foreign Minister Nikos Kotzias said on Tuesday.

In an interview with this newspaper, Kotzias said Athens would no longer stand in the way of Skopje's membership of the alliance if a composite name with a geographical qualifier was adopted "erga omnes", at home and abroad, and written into the country's constitution. "Without a change to the constitution, there can be no deal," he said.

Greece vetoed an invitation to its neighbour at NATO's Bucharest summit in 2008 and has since also held up the start of its EU accession talks.

Kotzias said he hoped an agreement could be reached before the alliance's summit in Brussels in July, but warned that Greece would not be rushed. UN mediator Matthew Nimetz is due in Athens next week.""",
[(GR, JOIN, C, "would no longer stand in the way of Skopje's membership of the alliance if", True),
 (GR, CONST, S, "Without a change to the constitution, there can be no deal", True)])

art("2018-03-10T13:20:00Z", "orbit-news", "dimitrov-constitution-not-on-table",
"Macedonia rules out changing constitution to satisfy Greece",
"""SKOPJE, March 10 (Orbit News Agency) - Macedonia will not change its constitution to satisfy Greece, Foreign Minister Nikola Dimitrov said on Saturday, pushing back against Athens' demand as negotiations over the country's name enter a decisive phase.

"A constitutional change is not on the table," Dimitrov told a news conference in Skopje. He said the Macedonian language and the identity of its people were not up for negotiation either.

The opposition VMRO-DPMNE, which led the country for a decade until last year, said it would fight any attempt to touch the constitutional name. Party leader Hristijan Mickoski said the government had no mandate to give away the country's name.

Greek government officials declined to comment on Dimitrov's remarks. UN mediator Matthew Nimetz, who visited both capitals last month, is expected to present a revised set of proposals before the summer.""",
[(MK, CONST, O, "A constitutional change is not on the table", True),
 (MK, LANG, S, "the Macedonian language and the identity of its people were not up for negotiation", True),
 (VMRO, CONST, O, "it would fight any attempt to touch the constitutional name", True)])

art("2018-04-12T15:45:00Z", "cedar-courier", "stoltenberg-door-open-to-macedonia",
"Stoltenberg tells Zaev NATO's door is open to Macedonia",
"""BRUSSELS, April 12 (Cedar Courier) - NATO Secretary-General Jens Stoltenberg said on Thursday that the alliance's door remained open to Macedonia and that he hoped to welcome it as a member.

Speaking after talks with Prime Minister Zoran Zaev at NATO headquarters in Brussels, Stoltenberg praised the government's reforms and its efforts to improve relations with Greece. "We want you in the alliance," he said.

Zaev said membership of NATO remained his country's strategic goal and that Skopje was doing everything it could to meet the alliance's expectations.

The European Commission is expected to recommend next week that the EU open accession talks with Macedonia, although several member states, including France and the Netherlands, have signalled doubts about further enlargement.

Stoltenberg declined to comment on the state of the name talks, saying it was a matter for Athens and Skopje under UN auspices.""",
[(NATO, JOIN, S, "We want you in the alliance", True),
 (MK, JOIN, S, "membership of NATO remained his country's strategic goal", True)])

art("2018-05-17T19:10:00Z", "tidewater-press", "zaev-ready-to-discuss-constitutional-change-sofia",
"Zaev opens door to constitutional change after meeting Tsipras in Sofia",
"""SOFIA, May 17 (Tidewater Press) - Macedonian Prime Minister Zoran Zaev said on Thursday that his government was ready to consider changing the country's constitution to settle the name dispute with Greece, provided the agreement protected the Macedonian identity and language.

Zaev spoke after meeting Greek Prime Minister Alexis Tsipras on the sidelines of an EU-Western Balkans summit in the Bulgarian capital. Both men said the talks had made progress but that some issues remained open.

"If we get guarantees for our identity, we are ready to discuss amendments," Zaev told reporters. He added that any constitutional change would need a two-thirds majority in parliament, which his coalition does not have on its own.

Tsipras said the two sides were closer than ever. Diplomats in Sofia said the most likely names were "Republic of Ilinden Macedonia" and "Republic of North Macedonia", though officials in both capitals refused to confirm any option.""",
[(MK, CONST, C, "If we get guarantees for our identity, we are ready to discuss amendments", True),
 (MK, LANG, S, "provided the agreement protected the Macedonian identity and language", True)])

T009 = """ATHENS, June 12 (Orbit News Agency) - Greece and Macedonia have agreed that their neighbour will be called the Republic of North Macedonia, Prime Minister Alexis Tsipras said on Tuesday, announcing a deal to end a dispute that has soured relations for 27 years.

In a televised address, Tsipras said the new name would be used "erga omnes", for all purposes at home and abroad, and that Skopje had agreed to amend its constitution. In return, Greece would support the invitation of its neighbour to join NATO and the opening of its EU accession talks.

"We have a good agreement that covers all the preconditions set by the Greek side," Tsipras said. He said the deal recognised the language of the neighbouring country as Macedonian, belonging to the family of South Slavic languages, with no link to the ancient Greek civilisation of the region.

The agreement must be approved by Macedonia's parliament and in a referendum there, and then ratified by the Greek parliament. Tsipras's coalition partner, Defence Minister Panos Kammenos, has said he will vote against it."""
T010 = """ATHENS, June 12 (Cedar Courier) - Greece's northern neighbour will be renamed the Republic of North Macedonia under an agreement reached on Tuesday, Greek Prime Minister Alexis Tsipras announced, ending a 27-year dispute between the two countries.

Tsipras said in a televised address that the name would apply "erga omnes", domestically and internationally, and that Skopje had agreed to amend its constitution. Greece, for its part, would support the invitation of its neighbour to join NATO and the opening of EU accession talks.

"We have a good agreement that covers all the preconditions set by the Greek side," he said. The prime minister added that the deal recognised the language of the neighbouring country as Macedonian, a South Slavic language unrelated to ancient Greek civilisation.

The deal still needs approval by Macedonia's parliament and in a referendum, followed by ratification in Athens. Defence Minister Panos Kammenos, Tsipras's junior coalition partner, has said he will vote against it."""
C_DEAL_DAY = [(GR, DEAL, S, "We have a good agreement that covers all the preconditions set by the Greek side", True),
 (MK, CONST, S, "Skopje had agreed to amend its constitution", False),
 (GR, JOIN, S, "would support the invitation of its neighbour to join NATO", True),
 (GR, LANG, S, "the deal recognised the language of the neighbouring country as Macedonian", True),
 (ANEL, DEAL, O, "has said he will vote against it", False)]
art("2018-06-12T17:30:00Z", "orbit-news", "tsipras-announces-north-macedonia-deal",
"Tsipras announces deal: neighbour to be called Republic of North Macedonia", T009, C_DEAL_DAY)
art("2018-06-12T19:05:00Z", "cedar-courier", "greece-macedonia-agree-north-macedonia-name",
"Greece and Macedonia agree on 'Republic of North Macedonia'", T010, C_DEAL_DAY)

art("2018-06-12T21:20:00Z", "summit-herald", "zaev-no-going-back-constitution",
"Zaev: Macedonia will change its constitution under deal with Greece",
"""SKOPJE, June 12 (Summit Herald) - Macedonian Prime Minister Zoran Zaev said on Tuesday his country would change its constitution and adopt the name Republic of North Macedonia under a deal with Greece that he called a historic chance to join NATO and the European Union.

"There is no going back," Zaev told a news conference a few hours after a phone call with Greek Prime Minister Alexis Tsipras. He said the government would put the constitutional amendments to parliament after a referendum in the autumn. The agreement, he said, confirmed the Macedonian language and the Macedonian identity "for all time".

The opposition VMRO-DPMNE immediately denounced the deal. Its leader Hristijan Mickoski called it a capitulation and said his party would not vote for constitutional changes. President Gjorge Ivanov, who was elected with VMRO-DPMNE's backing, said he would not sign the agreement.

Zaev urged the opposition to put the national interest first. "Membership of NATO and the EU is within our reach," he said.""",
[(MK, CONST, S, "his country would change its constitution and adopt the name Republic of North Macedonia", True),
 (MK, DEAL, S, "There is no going back", True),
 (MK, LANG, S, "confirmed the Macedonian language and the Macedonian identity", True),
 (MK, JOIN, S, "Membership of NATO and the EU is within our reach", True),
 (VMRO, DEAL, O, "Mickoski called it a capitulation", True),
 (VMRO, CONST, O, "his party would not vote for constitutional changes", True)])

art("2018-06-13T14:00:00Z", "tidewater-press", "kammenos-mitsotakis-reject-name-deal",
"Kammenos and Mitsotakis line up against the name deal",
"""ATHENS, June 13 (Tidewater Press) - The leaders of Greece's two right-of-centre parties lined up against the name agreement with Macedonia on Wednesday, a day after Prime Minister Alexis Tsipras announced it.

Panos Kammenos, the defence minister and head of the Independent Greeks, said his party would vote against the deal when it reached parliament but would not leave the government for now. He said the agreement could only pass with votes from other parties, and accused Skopje of keeping irredentist material in its school books.

New Democracy leader Kyriakos Mitsotakis said his party rejected the deal outright and would file a motion of no confidence in the government. He singled out the recognition of a Macedonian language, which he said no Greek government should have conceded. "This is a bad agreement," he said.

Tsipras's office said the deal was the best possible and would be defended in parliament.""",
[(ANEL, DEAL, O, "his party would vote against the deal when it reached parliament", True),
 (ND, DEAL, O, "his party rejected the deal outright", True),
 (ND, LANG, O, "which he said no Greek government should have conceded", True),
 (GR, DEAL, S, "the deal was the best possible and would be defended in parliament", True)])

art("2018-06-16T20:50:00Z", "eastline-report", "tsipras-survives-no-confidence-name-deal",
"Tsipras survives no-confidence vote over name deal",
"""ATHENS, June 16 (Eastline Report) - Prime Minister Alexis Tsipras's government survived a no-confidence motion on Saturday, after lawmakers voted 153-127 to reject a challenge that the conservative opposition filed over the name deal with Macedonia.

New Democracy, which tabled the motion, argued in three days of debate that the agreement gave away Greek history. Its leader Kyriakos Mitsotakis told parliament that his party would never ratify the deal.

Lawmakers of the Independent Greeks, Tsipras's junior coalition partner, voted with the government. Their leader, Defence Minister Panos Kammenos, said the vote was about keeping the government in office and should not be read as a change of heart. "We remain against the agreement, and we will vote against it when it comes here," he said.

Tsipras accused the opposition of nationalism and said the deal would make Greece a pillar of stability in the Balkans.""",
[(ND, DEAL, O, "his party would never ratify the deal", True),
 (ANEL, DEAL, O, "We remain against the agreement, and we will vote against it when it comes here", True),
 (GR, DEAL, S, "the deal would make Greece a pillar of stability in the Balkans", True)])

art("2018-06-17T13:30:00Z", "orbit-news", "prespa-agreement-signed-psarades",
"Greece and Macedonia sign name deal on the shores of Lake Prespa",
"""PSARADES, Greece, June 17 (Orbit News Agency) - The foreign ministers of Greece and Macedonia signed an agreement on Sunday on the shores of Lake Prespa renaming Greece's neighbour the Republic of North Macedonia, watched by their prime ministers and senior EU and UN officials.

Nikos Kotzias and Nikola Dimitrov put their signatures to the text in the Greek lakeside village of Psarades, close to where the borders of the two countries and Albania meet. Prime Ministers Alexis Tsipras and Zoran Zaev then crossed into Macedonia together for lunch.

"We are here to heal the wounds of time," Tsipras said. Zaev said both peoples would be winners. EU foreign policy chief Federica Mogherini said the European Union would stand by both countries as they implemented the deal, and UN mediator Matthew Nimetz called it a model for solving disputes.

Riot police used tear gas against hundreds of protesters in a nearby village who tried to reach the ceremony.""",
[(GR, DEAL, S, "The foreign ministers of Greece and Macedonia signed an agreement on Sunday", True),
 (MK, DEAL, S, "The foreign ministers of Greece and Macedonia signed an agreement on Sunday", True),
 (EU, DEAL, S, "would stand by both countries as they implemented the deal", True)])

art("2018-07-05T16:40:00Z", "summit-herald", "skopje-parliament-overrides-ivanov-mickoski-nato",
"Skopje parliament overrides president's veto; Mickoski says 'NATO yes, but not like this'",
"""SKOPJE, July 5 (Summit Herald) - Macedonia's parliament on Thursday ratified the name agreement with Greece for a second time, overriding a veto by President Gjorge Ivanov, who had refused to sign the law last month.

Sixty-nine lawmakers from Prime Minister Zoran Zaev's ruling coalition voted in favour, while the opposition VMRO-DPMNE walked out before the vote. Under the constitution, the president is obliged to sign a law passed a second time, although Ivanov's office indicated he might still resist.

VMRO-DPMNE leader Hristijan Mickoski said his party had not changed its view that joining NATO was in the country's interest. But he said the party would back membership only under the country's constitutional name, and not at the price of a deal that humiliated the nation. "NATO yes, but not like this," he said.

Zaev said the vote showed that the country was choosing the future. A referendum on the deal is expected in the autumn.""",
[(MK, DEAL, S, "ratified the name agreement with Greece for a second time", True),
 (VMRO, JOIN, C, "the party would back membership only under the country's constitutional name", True),
 (VMRO, DEAL, O, "not at the price of a deal that humiliated the nation", True)])

art("2018-07-11T18:25:00Z", "tidewater-press", "nato-invites-skopje-accession-talks",
"NATO invites Macedonia to start accession talks",
"""BRUSSELS, July 11 (Tidewater Press) - NATO leaders on Wednesday invited Macedonia to start talks on joining the alliance, a reward for its agreement with Greece to change its name.

"We have decided to invite the government in Skopje to begin accession talks," Secretary-General Jens Stoltenberg told reporters at the summit in Brussels. He said he looked forward to welcoming the country as the alliance's 30th member.

Greek Prime Minister Alexis Tsipras, whose country had blocked an invitation for a decade, said Greece had given its consent because the name deal protected Greek interests. Macedonian Prime Minister Zoran Zaev is due to meet Stoltenberg on Thursday.

The summit was overshadowed by U.S. President Donald Trump's demands that allies raise their defence spending, and by a public row over Germany's gas imports from Russia.""",
[(NATO, JOIN, S, "We have decided to invite the government in Skopje to begin accession talks", True),
 (GR, JOIN, S, "Greece had given its consent", True)])

art("2018-09-06T15:00:00Z", "eastline-report", "stoltenberg-skopje-urges-yes-vote",
"Stoltenberg urges Macedonians to back name deal in referendum",
"""SKOPJE, Sept 6 (Eastline Report) - NATO Secretary-General Jens Stoltenberg urged Macedonians on Thursday to vote in favour of the name deal with Greece in this month's referendum, the latest in a stream of Western leaders to visit Skopje before the September 30 vote.

"Only you can decide the future of your country," Stoltenberg told students in the capital. He said there was no plan B.

German Chancellor Angela Merkel is due to visit on Saturday. EU enlargement commissioner Johannes Hahn, who was in Skopje earlier this week, told reporters that a yes vote would open the way for accession talks with the European Union next year.

The referendum asks voters whether they support EU and NATO membership by accepting the agreement with Greece. It is consultative, but the government has said it will respect the result. Western officials have accused Russia of funding online campaigns urging a boycott, which Moscow denies.""",
[(NATO, REF, S, "vote in favour of the name deal with Greece in this month's referendum", True),
 (EU, REF, S, "a yes vote would open the way for accession talks", True)])

art("2018-09-28T19:30:00Z", "cedar-courier", "referendum-campaign-ends-mickoski-declines",
"Referendum campaign ends; Mickoski will not say how he will vote",
"""SKOPJE, Sept 28 (Cedar Courier) - Campaigning for Sunday's referendum on Macedonia's name deal with Greece ended on Friday, with Prime Minister Zoran Zaev urging voters to turn out in large numbers and the main opposition party refusing to say how its supporters should vote.

"Go out and vote for a European Macedonia," Zaev told a rally in the capital's central square.

VMRO-DPMNE leader Hristijan Mickoski declined to say whether he would cast a ballot himself, telling reporters that the question put to voters was misleading and that every citizen should follow their conscience. Several of the party's senior figures have joined a civic campaign urging a boycott.

President Gjorge Ivanov said in a speech to the UN General Assembly this week that he would not vote, calling the agreement a "historical suicide". For the result to be valid, more than half of the 1.8 million registered voters must take part.""",
[(MK, REF, S, "Go out and vote for a European Macedonia", True)])

T019 = """SKOPJE, Sept 30 (Orbit News Agency) - More than 90 percent of Macedonians who voted in Sunday's referendum backed the name agreement with Greece, but turnout of about 36 percent fell far short of the 50 percent threshold needed to make the result valid, the electoral commission said.

Prime Minister Zoran Zaev said the yes vote was overwhelming and that he would ask parliament to approve the constitutional amendments. If lawmakers failed to muster a two-thirds majority, he said, he would call an early election.

Opposition leader Hristijan Mickoski said the referendum had failed and that the government had lost its legitimacy. "The agreement is dead," he told supporters outside the VMRO-DPMNE headquarters.

In Athens, Defence Minister Panos Kammenos said the low turnout showed that Macedonians themselves had rejected the deal and urged Greece's parliament not to ratify it. The European Commission urged all parties in Skopje to respect the "wide support" for the agreement among those who voted."""
T020 = """SKOPJE, Sept 30 (Tidewater Press) - Macedonians who took part in Sunday's referendum overwhelmingly endorsed the deal to rename their country, but only about 36 percent of voters cast a ballot, short of the 50 percent needed for the result to be binding, election officials said.

Prime Minister Zoran Zaev hailed the yes vote and said he would ask parliament to approve the constitutional amendments. He said he would call an early election if he could not gather a two-thirds majority.

"The agreement is dead," opposition leader Hristijan Mickoski told supporters outside the VMRO-DPMNE headquarters, saying the government had lost its legitimacy.

In Athens, Defence Minister Panos Kammenos said the low turnout proved that Macedonians had rejected the agreement, and urged Greece's parliament not to ratify it. The European Commission urged all parties in Skopje to respect the broad support for the deal shown by those who voted."""
C_REF = [(MK, CONST, S, "he would ask parliament to approve the constitutional amendments", True),
 (VMRO, DEAL, O, "The agreement is dead", True),
 (ANEL, DEAL, O, "urged Greece's parliament not to ratify it", True),
 (EU, DEAL, S, "urged all parties in Skopje to respect", True)]
art("2018-09-30T21:45:00Z", "orbit-news", "referendum-yes-low-turnout",
"Macedonians back name deal but turnout falls short", T019, C_REF)
art("2018-09-30T23:10:00Z", "tidewater-press", "macedonia-referendum-turnout-short",
"Yes vote wins in Macedonia referendum, but only a third turn out", T020, C_REF)

art("2018-10-17T17:50:00Z", "summit-herald", "kotzias-resigns-tsipras-takes-foreign-ministry",
"Kotzias resigns after clash with Kammenos; Tsipras takes foreign ministry",
"""ATHENS, Oct 17 (Summit Herald) - Greek Foreign Minister Nikos Kotzias, the architect of the name agreement with Macedonia, resigned on Wednesday after a public clash with Defence Minister Panos Kammenos, and Prime Minister Alexis Tsipras took over the foreign ministry himself.

Kotzias said he had stepped down because the prime minister had not backed him in a cabinet row in which Kammenos accused him of mismanaging ministry funds. Kotzias rejected the allegation.

Tsipras said nothing would change in Greece's foreign policy. "The Prespa agreement will be ratified," he said.

Kammenos, whose party gives the government its majority in parliament, said he would quit the coalition if the deal came to a vote. He said the Independent Greeks would never allow it to pass. Analysts said Tsipras might seek votes from centrist lawmakers to ratify the deal without him.""",
[(GR, DEAL, S, "The Prespa agreement will be ratified", True),
 (ANEL, DEAL, O, "the Independent Greeks would never allow it to pass", True)])

art("2018-10-19T20:15:00Z", "eastline-report", "skopje-parliament-starts-constitutional-change",
"Macedonian parliament starts constitutional change as eight opposition MPs break ranks",
"""SKOPJE, Oct 19 (Eastline Report) - Macedonia's parliament voted on Friday to start the process of changing the country's constitution to adopt the name Republic of North Macedonia, after eight opposition lawmakers broke ranks to give the government the two-thirds majority it needed.

The motion passed with 80 votes in the 120-seat assembly, the minimum required. Critics said the eight rebels from the VMRO-DPMNE had been promised an amnesty for people charged over the storming of parliament last year, which the government denied.

Party leader Hristijan Mickoski said the eight had betrayed the party and would be expelled, and that VMRO-DPMNE remained firmly against amending the constitution. "This is not our vote," he said.

Prime Minister Zoran Zaev thanked the lawmakers who had put the country first. In Brussels, European Council President Donald Tusk welcomed the vote as an important step toward a better future for the region.""",
[(MK, CONST, S, "Macedonia's parliament voted on Friday to start the process of changing the country's constitution", True),
 (VMRO, CONST, O, "VMRO-DPMNE remained firmly against amending the constitution", True),
 (EU, CONST, S, "welcomed the vote as an important step toward a better future", True)])

art("2018-11-13T11:20:00Z", "cedar-courier", "hungary-grants-gruevski-asylum",
"Hungary grants asylum to fugitive former Macedonian premier Gruevski",
"""BUDAPEST, Nov 13 (Cedar Courier) - Hungary has granted asylum to Nikola Gruevski, the former Macedonian prime minister who fled his country days before he was due to begin a two-year prison sentence for corruption, his Facebook page said on Tuesday.

Gruevski, who led Macedonia for a decade until 2016 and headed the VMRO-DPMNE party until last year, said he had received threats to his life. The Macedonian government said it would seek his extradition and accused Budapest of interfering in a judicial matter.

The ex-premier was a fierce opponent of any compromise with Greece over the country's name, and his government's building projects, including a towering statue of Alexander the Great in the capital, infuriated Athens.

Hungarian officials said the asylum request had been handled according to the law. The case has embarrassed VMRO-DPMNE, whose current leader Hristijan Mickoski declined to comment on it.""",
[])

art("2019-01-11T19:40:00Z", "orbit-news", "skopje-parliament-approves-name-amendments",
"Macedonian parliament approves amendments renaming country North Macedonia",
"""SKOPJE, Jan 11 (Orbit News Agency) - Macedonia's parliament on Friday approved constitutional amendments renaming the country the Republic of North Macedonia, meeting its side of the deal with Greece and handing the next step to the Greek parliament.

Eighty-one lawmakers in the 120-seat chamber voted for the changes, one more than the two-thirds majority required. Most lawmakers of the opposition VMRO-DPMNE stayed away from the chamber. Party leader Hristijan Mickoski called it a day of defeat and said a future VMRO-DPMNE government would not recognise the changes.

"We have done our part," Prime Minister Zoran Zaev said, calling on Greek lawmakers to ratify the agreement.

Greek Prime Minister Alexis Tsipras congratulated Zaev and said he would bring the deal to the Greek parliament in the coming days.""",
[(MK, CONST, S, "approved constitutional amendments renaming the country the Republic of North Macedonia", True),
 (MK, DEAL, S, "calling on Greek lawmakers to ratify the agreement", True),
 (VMRO, CONST, O, "a future VMRO-DPMNE government would not recognise the changes", True),
 (GR, DEAL, S, "he would bring the deal to the Greek parliament in the coming days", True)])

art("2019-01-13T15:30:00Z", "summit-herald", "kammenos-quits-greek-coalition",
"Kammenos quits Greek government over Macedonia name deal",
"""ATHENS, Jan 13 (Summit Herald) - Greek Defence Minister Panos Kammenos resigned on Sunday and took his Independent Greeks party out of the governing coalition in protest at the name agreement with Macedonia, leaving Prime Minister Alexis Tsipras without a secure majority.

"I cannot remain in a government that will bring this agreement to parliament," Kammenos said after a breakfast meeting with Tsipras. He said his party's lawmakers would vote against the deal.

Tsipras said he would ask parliament for a vote of confidence and would press ahead with a ratification vote before the end of the month. Conservative opposition leader Kyriakos Mitsotakis demanded an immediate general election, saying a government without a majority had no right to ratify an agreement that most Greeks rejected.

Several Independent Greeks lawmakers, including Tourism Minister Elena Kountoura, said they would continue to support the government.""",
[(ANEL, DEAL, O, "his party's lawmakers would vote against the deal", True),
 (GR, DEAL, S, "would press ahead with a ratification vote before the end of the month", True),
 (ND, DEAL, O, "a government without a majority had no right to ratify an agreement", True)])

art("2019-01-16T21:00:00Z", "tidewater-press", "tsipras-wins-confidence-vote",
"Tsipras narrowly wins confidence vote, clearing way for name deal vote",
"""ATHENS, Jan 16 (Tidewater Press) - Greek Prime Minister Alexis Tsipras narrowly won a confidence vote on Wednesday, clearing the way for parliament to vote on the name agreement with Macedonia as early as next week.

Tsipras secured 151 votes in the 300-seat chamber, the bare minimum, with the help of independent lawmakers and several defectors from the Independent Greeks, the nationalist party that quit his coalition on Sunday.

"The agreement will be ratified by this parliament," Tsipras said after the vote, adding that it would end decades of nationalist rhetoric in the region.

New Democracy voted against the government. The Independent Greeks' leader, Panos Kammenos, accused the defectors of betraying the party's voters. Analysts said the ratification vote could still be close.""",
[(GR, DEAL, S, "The agreement will be ratified by this parliament", True)])

art("2019-01-24T18:10:00Z", "eastline-report", "mitsotakis-urges-parliament-reject-deal",
"Mitsotakis urges parliament to reject name deal as debate heats up",
"""ATHENS, Jan 24 (Eastline Report) - Opposition leader Kyriakos Mitsotakis urged Greek lawmakers on Thursday to reject the name agreement with Macedonia, telling parliament on the second day of a heated debate that it gave away part of the Greek identity of the region.

"The Macedonian language will be written into an international treaty by a Greek government," Mitsotakis said. "We will not vote for that."

He said a New Democracy government would use every tool available, including Greece's say over the neighbour's EU accession chapters, to limit the damage. Outside, police fired tear gas at protesters near the parliament building for the second time in a week.

Prime Minister Alexis Tsipras defended the deal, saying it recognised no nationality other than citizenship. "Macedonia was, is and will be Greek," he told lawmakers, saying the name of the region was protected for the first time. A vote is expected on Friday.""",
[(ND, DEAL, O, "urged Greek lawmakers on Thursday to reject the name agreement with Macedonia", True),
 (ND, LANG, O, "We will not vote for that", True),
 (GR, DEAL, S, "Prime Minister Alexis Tsipras defended the deal", True)])

art("2019-01-25T16:30:00Z", "orbit-news", "greek-parliament-ratifies-prespa",
"Greek parliament ratifies name deal, 153-146",
"""ATHENS, Jan 25 (Orbit News Agency) - Greece's parliament ratified the name agreement with Macedonia on Friday by 153 votes to 146, ending one of the world's longest-running diplomatic disputes and clearing the way for its neighbour to join NATO as the Republic of North Macedonia.

"Today we are writing a new page for the Balkans," Prime Minister Alexis Tsipras said after the vote. Macedonian Prime Minister Zoran Zaev wrote on Twitter: "Congratulations my friend. Together we achieved a historic victory."

European Commission President Jean-Claude Juncker and European Council President Donald Tusk issued a joint statement saying the two leaders had shown vision and courage, and NATO Secretary-General Jens Stoltenberg said the vote paved the way for the country to become the alliance's 30th member.

New Democracy and the Independent Greeks voted against the deal. Thousands of people protested outside parliament as the result was announced.""",
[(GR, DEAL, S, "Greece's parliament ratified the name agreement with Macedonia on Friday", True),
 (MK, DEAL, S, "Together we achieved a historic victory", True),
 (EU, DEAL, S, "the two leaders had shown vision and courage", True),
 (NATO, JOIN, S, "the vote paved the way for the country to become the alliance's 30th member", True),
 (ND, DEAL, O, "New Democracy and the Independent Greeks voted against the deal", True),
 (ANEL, DEAL, O, "New Democracy and the Independent Greeks voted against the deal", True)])

art("2019-02-06T14:20:00Z", "summit-herald", "nato-allies-sign-accession-protocol",
"NATO allies sign accession protocol with future North Macedonia",
"""BRUSSELS, Feb 6 (Summit Herald) - NATO's 29 members signed an accession protocol with the future Republic of North Macedonia on Wednesday, a step that will make it the alliance's 30th member once all allied parliaments have ratified the text.

"This is a historic day," Secretary-General Jens Stoltenberg said at the ceremony at the alliance's headquarters in Brussels, standing beside Foreign Minister Nikola Dimitrov.

Dimitrov said his country's citizens had waited a long time for this moment. "We are ready to contribute to the security of the alliance," he said.

In Athens, Greek government spokesman Dimitris Tzanakopoulos said Greece would be the first ally to ratify the protocol, possibly as early as this week. Russia's foreign ministry said the enlargement would not strengthen security in Europe.""",
[(NATO, JOIN, S, "NATO's 29 members signed an accession protocol", True),
 (MK, JOIN, S, "We are ready to contribute to the security of the alliance", True),
 (GR, JOIN, S, "Greece would be the first ally to ratify the protocol", True)])

art("2019-02-13T12:10:00Z", "eastline-report", "signs-changed-north-macedonia-name-in-force",
"New signs go up as Macedonia officially becomes North Macedonia",
"""SKOPJE, Feb 13 (Eastline Report) - Workers began replacing signs at the country's border crossings on Wednesday as Macedonia officially became the Republic of North Macedonia, a day after the government notified the United Nations that the Prespa agreement had entered into force.

"Welcome to the Republic of North Macedonia," read the new sign at the Bogorodica crossing on the border with Greece, where a small group of protesters gathered.

Prime Minister Zoran Zaev attended the unveiling of a new name plate at the government building but did not speak to reporters. VMRO-DPMNE leader Hristijan Mickoski said his party would never use the new name and would fight to undo the constitutional changes when it returned to power.

Greece, whose parliament last Friday became the first to ratify the NATO protocol, said the neighbour had kept its word.""",
[(VMRO, CONST, O, "would fight to undo the constitutional changes when it returned to power", True),
 (GR, JOIN, S, "whose parliament last Friday became the first to ratify the NATO protocol", False)])

art("2019-10-18T08:40:00Z", "tidewater-press", "eu-leaders-fail-to-open-talks-north-macedonia",
"EU leaders fail to open membership talks with North Macedonia; Zaev calls election",
"""BRUSSELS, Oct 18 (Tidewater Press) - European Union leaders failed early on Friday to agree to open membership talks with North Macedonia and Albania, after France led a small group of countries in blocking the move despite months of lobbying by Brussels.

European Council President Donald Tusk said he was deeply disappointed and called the decision a historic mistake. "North Macedonia did everything we asked," he said. French President Emmanuel Macron said the EU needed to reform the way it admits new members before taking on more.

In Skopje, Prime Minister Zoran Zaev said he would call an early election, saying the government had kept its side of the bargain and Europe had not. He said the country would stay on course to join NATO, where ratification of its membership is nearly complete.

Greek officials said Athens had supported opening the talks.""",
[(MK, JOIN, S, "the country would stay on course to join NATO", True)])

art("2020-02-11T17:30:00Z", "orbit-news", "north-macedonia-parliament-ratifies-nato-vmro-joins",
"North Macedonia's parliament ratifies NATO membership unanimously",
"""SKOPJE, Feb 11 (Orbit News Agency) - North Macedonia's parliament voted unanimously on Tuesday to ratify the country's accession to NATO, with lawmakers from the opposition VMRO-DPMNE joining the ruling party in a rare show of unity.

All 114 lawmakers present backed the treaty. VMRO-DPMNE leader Hristijan Mickoski, who had long said his party would back membership only under the country's old name, said the party had voted for NATO because the alliance was "above daily politics" and membership was a strategic goal it had always shared. He said the party still rejected the Prespa agreement.

Caretaker Prime Minister Oliver Spasovski, who took over from Zaev last month ahead of an early election, called the vote a historic moment. Spain is now the only ally yet to complete ratification.""",
[(VMRO, JOIN, S, "the party had voted for NATO because the alliance was", True),
 (VMRO, DEAL, O, "the party still rejected the Prespa agreement", True),
 (MK, JOIN, S, "North Macedonia's parliament voted unanimously on Tuesday to ratify the country's accession to NATO", True)])

art("2020-03-27T15:00:00Z", "cedar-courier", "north-macedonia-becomes-30th-nato-member",
"North Macedonia becomes NATO's 30th member",
"""BRUSSELS, March 27 (Cedar Courier) - North Macedonia became NATO's 30th member on Friday when it deposited its instrument of accession in Washington, ending a wait of more than a decade caused by the dispute with Greece over its name.

Secretary-General Jens Stoltenberg welcomed the country into the alliance, saying its membership would bring more stability to the Western Balkans. A flag-raising ceremony at NATO headquarters in Brussels was postponed because of the coronavirus pandemic.

Prime Minister Oliver Spasovski said the country had achieved a goal pursued by generations. Former prime minister Zoran Zaev, who is campaigning to return to office, thanked Greece and said the Prespa agreement had made the moment possible.

Greek Prime Minister Kyriakos Mitsotakis, whose New Democracy party voted against the name deal a year earlier, congratulated the country on Twitter and welcomed it as an ally.""",
[(NATO, JOIN, S, "welcomed the country into the alliance", True),
 (MK, JOIN, S, "deposited its instrument of accession in Washington", True),
 (GR, JOIN, S, "congratulated the country on Twitter and welcomed it as an ally", True)])

SHIFTS = [
    (GR, JOIN, O, C, 5, "Kotzias says Greece would no longer block the neighbour's NATO membership if a composite name is adopted erga omnes and written into the constitution; baseline is Greece's veto since Bucharest 2008."),
    (MK, CONST, O, C, 8, "Zaev says Skopje is ready to discuss constitutional amendments if it gets guarantees for the Macedonian identity; in 006 Dimitrov said a constitutional change was not on the table."),
    (GR, JOIN, C, S, 9, "Tsipras announces the deal and says Greece will support the invitation of its neighbour to join NATO; the condition set in 005 is met."),
    (GR, LANG, O, S, 9, "Tsipras says the deal recognises the neighbour's language as Macedonian; baseline is Greece's long refusal to recognise it."),
    (MK, CONST, C, S, 11, "Zaev says the country will change its constitution and adopt the name Republic of North Macedonia; in 008 he was only ready to discuss amendments under conditions. 009/010 report it only via Tsipras (attributed false)."),
    (VMRO, JOIN, S, C, 15, "Mickoski says VMRO-DPMNE would back NATO membership only under the constitutional name, 'NATO yes, but not like this'; baseline is the party's unconditional support for NATO entry."),
    (VMRO, JOIN, C, S, 32, "VMRO-DPMNE lawmakers vote for NATO ratification and Mickoski says the party voted for NATO; reverses the condition set in 015."),
]
DUPLICATES = [(9, 10), (19, 20)]


def watchlist_ids():
    """Minimal reader for our own watchlist.yaml (no PyYAML needed)."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors_part = text.split("\nissues:")[0]
    issues_part = text.split("\nissues:")[1].split("\nbaseline:")[0]
    actors = re.findall(r"^  - id: (\S+)", actors_part, re.M)
    issues = re.findall(r"^  - id: (\S+)", issues_part, re.M)
    baseline = {(a, i): s for a, i, s in re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\w+)\}", text)}
    return set(actors), set(issues), baseline

def main():
    errors = []
    actors, issues, baseline = watchlist_ids()
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    A.sort(key=lambda a: a[0])
    claims, arts = {}, []
    for n, (pub, outlet, slug, title, text, cl) in enumerate(A, start=1):
        aid = f"{n:03d}"
        d = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        doc = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text}
        arts.append((aid, outlet, d, doc))
        with open(os.path.join(HERE, "articles", aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(doc, f, ensure_ascii=False, indent=2); f.write("\n")
        if f"({OUTLETS[outlet]})" not in text.split("\n")[0]:
            errors.append(f"{aid}: dateline outlet mismatch")
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words")
        claims[aid] = []
        for actor, issue, stance, quote, attributed in cl:
            if actor not in actors: errors.append(f"{aid}: unknown actor {actor}")
            if issue not in issues: errors.append(f"{aid}: unknown issue {issue}")
            if stance not in ("support", "oppose", "conditional"): errors.append(f"{aid}: bad stance {stance}")
            if quote not in text: errors.append(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15: errors.append(f"{aid}: quote > 15 words: {quote!r}")
            claims[aid].append({"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed})
    ids = [a[0] for a in arts]
    shifts = [{"actor": a, "issue": i, "from": f, "to": t, "article": f"{n:03d}", "why": w} for a, i, f, t, n, w in SHIFTS]
    shift_articles = sorted({s["article"] for s in shifts})
    labels = {"claims": claims, "shifts": shifts, "no_alert_articles": [i for i in ids if i not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write("\n")

    # Replay attributed claims from the baseline: the derived shifts must equal the labelled ones.
    prevailing, derived = dict(baseline), []
    for aid in ids:
        for c in claims[aid]:
            if not c["attributed"]: continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[key], c["stance"], aid))
            prevailing[key] = c["stance"]
    # Duplicate copies restate their original, so they never shift; drop nothing, just compare.
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in shifts]
    if sorted(derived) != sorted(want):
        errors.append(f"shift replay mismatch:\n derived={sorted(derived)}\n labelled={sorted(want)}")
    for a, b in DUPLICATES:
        ca, cb = claims[f"{a:03d}"], claims[f"{b:03d}"]
        if [(c["actor"], c["issue"], c["stance"]) for c in ca] != [(c["actor"], c["issue"], c["stance"]) for c in cb]:
            errors.append(f"duplicate pair {a}/{b} claims differ")
        if arts[a-1][3]["published"][:10] != arts[b-1][3]["published"][:10] or arts[a-1][1] == arts[b-1][1]:
            errors.append(f"duplicate pair {a}/{b} not same day/different outlet")

    for outlet, name in OUTLETS.items():
        items = [a for a in arts if a[1] == outlet]
        items.sort(key=lambda a: a[2], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{outlet}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch prespa-name-deal-2018 eval set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{format_datetime(items[0][2], usegmt=True)}</lastBuildDate>"]
        for aid, _, d, doc in items:
            out += ["    <item>", f"      <title>{escape(doc['title'])}</title>", f"      <link>{doc['url']}</link>",
                    f'      <guid isPermaLink="true">{doc["url"]}</guid>', f"      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>",
                    f"      <description>{escape(doc['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        path = os.path.join(HERE, "feeds", outlet + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(out))
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0: errors.append(f"xmllint {outlet}: {r.stderr.strip()}")

    n_claims = sum(len(v) for v in claims.values())
    by = {s: sum(c["stance"] == s for v in claims.values() for c in v) for s in ("support", "oppose", "conditional")}
    unattr = sum(not c["attributed"] for v in claims.values() for c in v)
    print(f"articles={len(ids)} claims={n_claims} {by} attributed_false={unattr} shifts={len(shifts)} in {shift_articles}")
    print("empty:", [i for i in ids if not claims[i]])
    print("per outlet:", {o: sum(a[1] == o for a in arts) for o in OUTLETS})
    print("words min/max:", min(len(a[3]['text'].split()) for a in arts), max(len(a[3]['text'].split()) for a in arts))
    if errors:
        print("ERRORS:\n" + "\n".join(errors)); sys.exit(1)
    print("validation OK")

if __name__ == "__main__":
    main()
