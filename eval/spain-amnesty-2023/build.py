#!/usr/bin/env python3
"""Build and validate the spain-amnesty-2023 labelled timeline (self-contained, stdlib + optional PyYAML check).

Run from anywhere: python3 eval/spain-amnesty-2023/build.py
Writes watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml, labels.json next to this file,
then validates quotes, ids, actors/issues, shift bookkeeping, word counts and datelines.
"""
import json, os, re, sys, datetime, subprocess
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "plaza-wire": "Plaza Wire",
    "tidewater-post": "Tidewater Post",
    "lantern-news": "Lantern News",
    "crossroads-herald": "Crossroads Herald",
    "summit-courier": "Summit Courier",
}

ACTORS = [
    ("psoe", "Spanish Socialist Workers' Party (PSOE) and the Sanchez government",
     ["PSOE", "Socialists", "Socialist Party", "Spanish government", "acting government", "Pedro Sanchez", "Sanchez",
      "Felix Bolanos", "Bolanos", "Santos Cerdan", "Cerdan", "Moncloa", "Madrid"]),
    ("junts", "Junts per Catalunya",
     ["Junts", "Junts per Catalunya", "Together for Catalonia", "Carles Puigdemont", "Puigdemont",
      "Miriam Nogueras", "Nogueras", "Jordi Turull", "Turull"]),
    ("erc", "Republican Left of Catalonia (ERC)",
     ["ERC", "Republican Left of Catalonia", "Esquerra Republicana", "Esquerra", "Oriol Junqueras", "Junqueras",
      "Gabriel Rufian", "Rufian", "Pere Aragones", "Aragones"]),
    ("pp", "Popular Party (PP)",
     ["Popular Party", "PP", "Partido Popular", "Alberto Nunez Feijoo", "Nunez Feijoo", "Feijoo", "Cuca Gamarra",
      "Gamarra", "Esteban Gonzalez Pons", "Gonzalez Pons", "Genova"]),
    ("vox", "Vox", ["Vox", "Santiago Abascal", "Abascal"]),
    ("eu-commission", "European Commission",
     ["European Commission", "the Commission", "EU executive", "Brussels", "Didier Reynders", "Reynders",
      "Ursula von der Leyen", "von der Leyen"]),
    ("cgpj", "General Council of the Judiciary (CGPJ)",
     ["General Council of the Judiciary", "CGPJ", "judiciary's governing body", "Vicente Guilarte", "Guilarte"]),
]

ISSUES = [
    ("amnesty-law", "Spain passes an amnesty for those involved in the Catalan independence push",
     "Parliament adopts an amnesty law that wipes out criminal and administrative liability for acts linked to the 2017 Catalan independence bid and the protests around it.",
     ["amnesty", "amnesty law", "amnesty bill", "Catalan separatists", "2017 independence bid"]),
    ("catalan-referendum", "Spain agrees to a referendum on Catalan self-determination",
     "The Spanish state accepts or sets up a recognised path to a vote on self-determination or independence for Catalonia.",
     ["referendum", "self-determination", "independence vote", "right to decide"]),
    ("sanchez-investiture", "Pedro Sanchez is re-elected prime minister by parliament",
     "Sanchez wins an investiture vote in the Congress of Deputies after the July 2023 election.",
     ["investiture", "re-election", "re-elected", "prime minister", "confidence vote"]),
    ("terrorism-exclusion-dropped", "The amnesty bill drops its exclusion of terrorism offences",
     "The amnesty text is rewritten so that terrorism charges linked to the independence push are no longer excluded as a category.",
     ["terrorism", "terrorism exclusion", "amnesty amendments", "Tsunami Democratic"]),
    ("repeat-election", "Spain holds a repeat general election",
     "Instead of a government being formed or lasting its term, Spaniards are called back to the polls.",
     ["repeat election", "new election", "snap election", "early election", "let Spaniards vote"]),
]

BASELINE = [
    ("psoe", "amnesty-law", "oppose"),
    ("psoe", "catalan-referendum", "oppose"),
    ("psoe", "sanchez-investiture", "support"),
    ("junts", "amnesty-law", "support"),
    ("junts", "catalan-referendum", "support"),
    ("erc", "amnesty-law", "support"),
    ("erc", "catalan-referendum", "support"),
    ("pp", "amnesty-law", "oppose"),
    ("pp", "catalan-referendum", "oppose"),
    ("pp", "sanchez-investiture", "oppose"),
    ("vox", "amnesty-law", "oppose"),
    ("vox", "catalan-referendum", "oppose"),
    ("vox", "sanchez-investiture", "oppose"),
]

# (id, published UTC, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(pub, outlet, slug, title, text, claims):
    A.append(dict(pub=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

S, O, C = "support", "oppose", "conditional"

art("2023-07-24T11:20:00Z", "plaza-wire", "spain-hung-parliament-junts-kingmaker",
    "Spain's election leaves Puigdemont's Junts holding the key",
    """MADRID, July 24 (Plaza Wire) - Spain faced weeks of uncertainty on Monday after Sunday's snap election left neither the conservative Popular Party nor acting Prime Minister Pedro Sanchez's Socialists with a clear path to a majority, and turned a small Catalan separatist party into the kingmaker.

The PP of Alberto Nunez Feijoo came first with 137 of the 350 seats, but even with the far-right Vox it falls short of the 176 needed. Sanchez's PSOE won 121 seats and could only be re-elected with the support of Sumar, Basque nationalists, the Republican Left of Catalonia (ERC) and Junts, the party of former Catalan leader Carles Puigdemont, who left Spain after the failed 2017 independence bid.

Miriam Nogueras, who leads Junts' seven lawmakers in Madrid, said the party would not make Sanchez prime minister in exchange for nothing. Feijoo said the most voted party should be allowed to govern and asked the Socialists not to block him.

Several political scientists said the numbers pointed to a repeat election before the end of the year. Puigdemont, who faces arrest if he returns to Spain, wrote on social media that Junts would not change its course.""",
    [("junts", "sanchez-investiture", C, "the party would not make Sanchez prime minister in exchange for nothing", True)])

art("2023-08-17T16:45:00Z", "tidewater-post", "armengol-speaker-catalan-votes",
    "Socialist wins speakership with Catalan votes; investiture talks still open",
    """MADRID, Aug 17 (Tidewater Post) - Socialist Francina Armengol was elected speaker of Spain's lower house on Thursday with the votes of both Catalan separatist parties, a first sign that acting Prime Minister Pedro Sanchez may be able to assemble a majority to stay in power.

In return, the Socialists agreed to allow Catalan, Basque and Galician to be used in the chamber and to ask the European Union to make them official languages of the bloc.

Junts spokeswoman Miriam Nogueras said the vote for the speaker was a separate deal. Asked whether Junts would now support Sanchez in an investiture vote, she declined to say, adding that nobody should take the party's seven votes for granted.

Gabriel Rufian, who leads the Republican Left of Catalonia (ERC) in the chamber, said his party would back Sanchez's re-election only if the Socialists made concrete moves on an amnesty and on Catalonia's right to decide its future.

The Popular Party said the speakership had been bought with concessions to parties that want to break up Spain.""",
    [("erc", "sanchez-investiture", C, "would back Sanchez's re-election only if the Socialists made concrete moves", True),
     ("erc", "amnesty-law", S, "made concrete moves on an amnesty", True),
     ("erc", "catalan-referendum", S, "on Catalonia's right to decide its future", True)])

art("2023-08-30T13:05:00Z", "lantern-news", "feijoo-sanchez-meeting-rules-out-amnesty",
    "Feijoo asks Sanchez to let him govern, rules out amnesty and referendum",
    """MADRID, Aug 30 (Lantern News) - Popular Party leader Alberto Nunez Feijoo asked acting Prime Minister Pedro Sanchez on Wednesday to let him govern for two years, in a short meeting in the parliament building that both sides described as cold.

Feijoo, whom King Felipe has asked to seek the confidence of parliament first, told reporters afterwards that an amnesty for the Catalan separatists and a referendum on independence did not fit within the Constitution and that his party would never accept either of them.

He said he had also written to the Catalan parties to seek talks, but had made clear to them that those two demands were off the table.

Sanchez's office said the meeting had been a waste of time. Asked repeatedly whether the acting government was weighing an amnesty as the price of Junts' votes, government spokespeople declined to answer, saying only that they would not negotiate in public.

Junts did not reply to Feijoo's letter.""",
    [("pp", "amnesty-law", O, "his party would never accept either of them", True),
     ("pp", "catalan-referendum", O, "a referendum on independence did not fit within the Constitution", True)])

art("2023-09-05T12:30:00Z", "crossroads-herald", "puigdemont-demands-amnesty-before-talks",
    "Puigdemont demands amnesty before any talks on Sanchez's future",
    """BRUSSELS, Sept 5 (Crossroads Herald) - Former Catalan leader Carles Puigdemont said on Tuesday that his party would only start negotiating over Pedro Sanchez's re-election once an amnesty for everyone prosecuted over the 2017 independence push had been granted.

Speaking at a hotel in Brussels, a short drive from the Belgian town of Waterloo where he has lived since leaving Spain, Puigdemont set out a list of preconditions. An amnesty law must come first, he said, and any agreement would have to include a recognised path to a self-determination referendum for Catalonia, as well as an international mediator to check that Madrid kept its word.

He said Junts was ready to negotiate, but not at any price, and that it would not be rushed by the calendar.

Spain's acting government did not respond directly. The European Commission said it did not comment on the internal politics of member states.

The Popular Party said the demands showed Sanchez was ready to sell the country to a fugitive from justice.""",
    [("junts", "amnesty-law", S, "An amnesty law must come first, he said", True),
     ("junts", "catalan-referendum", S, "a recognised path to a self-determination referendum for Catalonia", True),
     ("junts", "sanchez-investiture", C, "would only start negotiating over Pedro Sanchez's re-election once an amnesty", True)])

art("2023-09-20T21:10:00Z", "plaza-wire", "sanchez-open-to-relief-within-constitution",
    "Sanchez signals openness to relief for Catalan separatists, rules out referendum",
    """NEW YORK, Sept 20 (Plaza Wire) - Acting Prime Minister Pedro Sanchez signalled on Wednesday that he was open to a measure of relief for Catalan separatists prosecuted over the 2017 independence bid, as long as it fitted within the Constitution.

Speaking to reporters on the sidelines of the United Nations General Assembly, Sanchez did not use the word amnesty, but said his government would be consistent with the policy of reconciliation it had followed since 2018, which included pardons for nine jailed separatist leaders in 2021. He said any agreement with the Catalan parties would have to respect the Constitution and be explained openly to all Spaniards.

He was firmer on the other demand. There would be no referendum on self-determination, he said, because the Constitution does not allow one.

Before the July election, Sanchez had said the separatists had asked for an amnesty and had not got it. Felix Bolanos, the acting presidency minister, said in Madrid that the prime minister's words needed no interpretation.

Popular Party leader Alberto Nunez Feijoo said Sanchez was preparing the ground for an amnesty and called on Spaniards to protest.""",
    [("psoe", "amnesty-law", C, "open to a measure of relief for Catalan separatists prosecuted", True),
     ("psoe", "catalan-referendum", O, "There would be no referendum on self-determination, he said", True),
     ("pp", "amnesty-law", O, "Sanchez was preparing the ground for an amnesty and called on Spaniards to protest", True)])

art("2023-09-24T15:40:00Z", "tidewater-post", "pp-rally-madrid-against-amnesty",
    "Tens of thousands rally in Madrid against amnesty ahead of Feijoo's bid",
    """MADRID, Sept 24 (Tidewater Post) - Tens of thousands of people filled a square in central Madrid on Sunday at a rally called by the Popular Party against any amnesty for the Catalan separatists, two days before party leader Alberto Nunez Feijoo faces an investiture vote he is expected to lose.

"Spain does not accept an amnesty," Feijoo told the crowd, saying that no government could trade the equality of Spaniards for seven votes in parliament. Former prime minister Jose Maria Aznar, who had called earlier this month for a national mobilisation, also spoke.

Vox leader Santiago Abascal did not attend but said in a video message that an amnesty would be a coup against the constitutional order and that his party would fight it in parliament and in the streets.

Emiliano Garcia-Page, the Socialist head of the Castilla-La Mancha region, said in an interview published on Sunday that he, too, saw no room for an amnesty in the Constitution. The Socialist leadership in Madrid did not comment on the rally.

The government's delegation in the capital put attendance at 40,000.""",
    [("pp", "amnesty-law", O, "Spain does not accept an amnesty", True),
     ("vox", "amnesty-law", O, "an amnesty would be a coup against the constitutional order", True)])

art("2023-09-27T19:55:00Z", "lantern-news", "feijoo-loses-first-investiture-vote",
    "Feijoo loses first investiture vote, says he will not pay the separatists' price",
    """MADRID, Sept 27 (Lantern News) - Alberto Nunez Feijoo lost a vote to become Spain's prime minister on Wednesday, winning 172 votes against 178 after the Catalan and Basque parties lined up with the Socialists against him.

In his speech, Feijoo told lawmakers he had the votes within reach if he accepted what the separatists were asking for, but that he was not willing to pay that price. "I will not be prime minister at the cost of an amnesty," he said.

He also said his party would use every tool parliament gives it to stop a Sanchez government that depended on Puigdemont.

Acting Prime Minister Pedro Sanchez did not take the floor, leaving the reply to a backbencher, Oscar Puente, who mocked Feijoo's campaign but said nothing about the Catalan demands.

Feijoo faces a second vote on Friday, when he needs only more yes than no votes. He is expected to lose that too, after which King Felipe will open a new round of consultations with the parties.""",
    [("pp", "amnesty-law", O, "I will not be prime minister at the cost of an amnesty", True),
     ("pp", "sanchez-investiture", O, "would use every tool parliament gives it to stop a Sanchez government", True)])

art("2023-09-28T17:15:00Z", "crossroads-herald", "catalan-parliament-referendum-motion",
    "Catalan parliament ties support for Sanchez to a self-determination vote",
    """BARCELONA, Sept 28 (Crossroads Herald) - Catalonia's regional parliament on Thursday approved a motion saying the region's separatist parties will not support the investiture of any Spanish prime minister who does not commit to working towards a self-determination referendum.

The text, backed by the Republican Left of Catalonia (ERC) and Junts, raises the stakes for acting Prime Minister Pedro Sanchez, who needs the votes of both parties' lawmakers in Madrid to win a new term.

Catalan regional president Pere Aragones, of ERC, told the chamber that an amnesty was a necessary step but not enough. "The next stop is a referendum," he said.

In Madrid, acting government spokeswoman Isabel Rodriguez said that the government's position on a referendum had not changed and that motions of the Catalan parliament were not binding on anyone.

Some analysts in Barcelona said the motion was aimed as much at voters at home as at the negotiators in Madrid, and that both parties would in the end settle for less.""",
    [("erc", "sanchez-investiture", C, "will not support the investiture of any Spanish prime minister who does not commit", True),
     ("junts", "sanchez-investiture", C, "will not support the investiture of any Spanish prime minister who does not commit", True),
     ("erc", "catalan-referendum", S, "The next stop is a referendum", True),
     ("junts", "catalan-referendum", S, "does not commit to working towards a self-determination referendum", True),
     ("erc", "amnesty-law", S, "an amnesty was a necessary step but not enough", True),
     ("psoe", "catalan-referendum", O, "the government's position on a referendum had not changed", True)])

art("2023-10-03T14:00:00Z", "plaza-wire", "king-nominates-sanchez",
    "King asks Sanchez to form a government after Feijoo's defeat",
    """MADRID, Oct 3 (Plaza Wire) - King Felipe on Tuesday asked acting Prime Minister Pedro Sanchez to try to form a government, after Alberto Nunez Feijoo failed twice last week to win the confidence of parliament.

Sanchez said he would seek the support of the chamber with confidence and that he aimed to be re-elected at the head of a progressive coalition with Sumar. He gave no date for the vote, which must be held within two months to avoid an automatic repeat election in January.

Asked at a news conference whether he would offer an amnesty, Sanchez said he would explain every detail once there was an agreement, and that he would not negotiate through the press.

Vox leader Santiago Abascal, who also met the king on Monday, said his party would vote against Sanchez and urged the Popular Party to join it in a motion of no confidence if a deal with the separatists was struck. The PP did not respond to the proposal.""",
    [("psoe", "sanchez-investiture", S, "he aimed to be re-elected at the head of a progressive coalition", True),
     ("vox", "sanchez-investiture", O, "his party would vote against Sanchez", True)])

art("2023-10-17T10:25:00Z", "summit-courier", "junqueras-amnesty-closer-than-ever",
    "Junqueras says amnesty closer than ever, ERC votes not yet promised",
    """BARCELONA, Oct 17 (Summit Courier) - Oriol Junqueras, the leader of the Republican Left of Catalonia (ERC), said on Tuesday that an amnesty for the hundreds of people facing charges over the 2017 independence push was closer than ever, but that his party had not yet agreed to back Pedro Sanchez.

Junqueras, who spent more than three years in prison before he was pardoned in 2021, told a radio interviewer that ERC's seven votes in Madrid would go to Sanchez only if the amnesty law was agreed and registered in parliament before the investiture vote. He said the law had to cover everyone, from former ministers to ordinary protesters.

He added that the goal of a referendum on independence remained intact, even if it was not part of the current talks.

Negotiators from ERC and the Socialists met again in Barcelona this week, according to people familiar with the talks, who said a deal could come within days. Junts' position was less clear, the same people said.""",
    [("erc", "sanchez-investiture", C, "would go to Sanchez only if the amnesty law was agreed and registered", True),
     ("erc", "amnesty-law", S, "the law had to cover everyone, from former ministers to ordinary protesters", True),
     ("erc", "catalan-referendum", S, "the goal of a referendum on independence remained intact", True)])

art("2023-10-28T18:35:00Z", "tidewater-post", "sanchez-defends-amnesty-federal-committee",
    "Sanchez defends amnesty for Catalan separatists for the first time",
    """MADRID, Oct 28 (Tidewater Post) - Acting Prime Minister Pedro Sanchez openly defended an amnesty for Catalan separatists for the first time on Saturday, telling his Socialist party that it was the price of keeping Spain out of the hands of the right and the far right.

Speaking to the party's federal committee, Sanchez said that in the interest of Spain and of coexistence among Spaniards he defended an amnesty for those prosecuted over the events in Catalonia. He said the measure would be part of a package agreed with the Catalan parties, but repeated that there would be no independence referendum under his government.

The committee endorsed the strategy by acclamation, although some regional leaders, including Castilla-La Mancha's Emiliano Garcia-Page, stayed away or voiced misgivings in private.

The Popular Party said Sanchez had finally admitted what he denied during the election campaign, and called protests against the amnesty in every provincial capital.""",
    [("psoe", "amnesty-law", S, "he defended an amnesty for those prosecuted over the events in Catalonia", True),
     ("psoe", "catalan-referendum", O, "there would be no independence referendum under his government", True),
     ("pp", "amnesty-law", O, "called protests against the amnesty in every provincial capital", True)])

art("2023-11-02T12:50:00Z", "lantern-news", "erc-backs-sanchez-amnesty-deal",
    "ERC agrees to back Sanchez after Socialists sign up to amnesty",
    """MADRID, Nov 2 (Lantern News) - The Republican Left of Catalonia (ERC) agreed on Thursday to support Pedro Sanchez's re-election as prime minister, after his Socialists signed up to an amnesty law for those involved in Catalonia's independence drive.

The deal also includes the transfer of the Rodalies commuter rail service to the Catalan government and the cancellation of part of the region's debt to the central state.

ERC's Gabriel Rufian said his party's seven lawmakers would vote for Sanchez. Oriol Junqueras called the amnesty a victory for the whole independence movement and said ERC would keep pressing for a referendum, which the Socialists have always rejected.

Sanchez still needs Junts, whose talks with the Socialists are continuing in Brussels.

The Popular Party's secretary-general, Cuca Gamarra, said the government was handing out the rule of law in instalments.""",
    [("erc", "sanchez-investiture", S, "his party's seven lawmakers would vote for Sanchez", True),
     ("psoe", "amnesty-law", S, "his Socialists signed up to an amnesty law", True),
     ("erc", "amnesty-law", S, "called the amnesty a victory for the whole independence movement", True),
     ("erc", "catalan-referendum", S, "ERC would keep pressing for a referendum", True),
     ("psoe", "catalan-referendum", O, "which the Socialists have always rejected", False)])

art("2023-11-06T19:20:00Z", "crossroads-herald", "judiciary-council-declaration-against-amnesty",
    "Judges' governing council warns amnesty would abolish the rule of law",
    """MADRID, Nov 6 (Crossroads Herald) - Spain's General Council of the Judiciary, the body that governs the country's judges, on Monday approved a declaration warning that an amnesty for Catalan separatists would amount to abolishing the rule of law.

The statement, backed by the council's conservative majority at an extraordinary meeting, said the measure would wipe out rulings handed down by the courts and turn judges into suspects. Several progressive members voted against and issued a dissent saying the council should not pass judgement on a law that did not yet exist.

Three of the four main judges' associations have also criticised the plan.

Acting presidency minister Felix Bolanos said the government respected the judges but that the amnesty would be fully constitutional and would be approved by parliament, where he said sovereignty lay.

The council has been working with an expired mandate for almost five years because the Popular Party and the Socialists cannot agree on renewing its members.""",
    [("cgpj", "amnesty-law", O, "an amnesty for Catalan separatists would amount to abolishing the rule of law", True),
     ("psoe", "amnesty-law", S, "the amnesty would be fully constitutional and would be approved by parliament", True)])

art("2023-11-07T23:40:00Z", "summit-courier", "ferraz-protests-second-night",
    "Police clash with protesters outside Socialist headquarters for second night",
    """MADRID, Nov 7 (Summit Courier) - Riot police used batons and tear gas to disperse several thousand protesters outside the Socialist party's headquarters on Madrid's Ferraz street late on Tuesday, the second night of demonstrations against a planned amnesty for Catalan separatists.

Vox leader Santiago Abascal, who joined the crowd on Monday, said the protests would continue for as long as Sanchez tried to buy his re-election with an amnesty. He said the amnesty the acting prime minister was preparing was a coup against the Constitution.

The acting interior minister, Fernando Grande-Marlaska, accused Vox of encouraging violence and said dozens of police officers had been hurt. Some protesters also chanted against the Popular Party, which condemned the violence and said peaceful protest was the only acceptable way.

The Socialists said the demonstrations outside their headquarters would not change the course of their negotiations with the Catalan parties.""",
    [("vox", "amnesty-law", O, "the amnesty the acting prime minister was preparing was a coup", True),
     ("vox", "sanchez-investiture", O, "for as long as Sanchez tried to buy his re-election with an amnesty", True)])

art("2023-11-08T15:15:00Z", "plaza-wire", "commission-asks-spain-details-amnesty",
    "European Commission asks Spain for details of planned amnesty",
    """BRUSSELS, Nov 8 (Plaza Wire) - The European Commission has asked Spain's acting government for detailed information about the amnesty it is negotiating with Catalan separatist parties, saying the plan had become a matter of serious concern for many citizens.

In a letter to two Spanish ministers dated Tuesday, Justice Commissioner Didier Reynders asked about the scope of the planned law, the people it would cover and the timetable for its approval.

A Commission spokesman said the letter was a request for information that did not prejudge anything, and declined to say whether Brussels believed an amnesty could be compatible with European law.

Acting presidency minister Felix Bolanos replied within hours that Spain would answer every question in full. He said the government had nothing to hide and would not comment on a text that was still being negotiated.

The Popular Party, whose members in the European Parliament had urged the Commission to intervene, welcomed the letter.""",
    [])

DEAL_CLAIMS = [
    ("junts", "sanchez-investiture", S, "Junts' seven lawmakers would vote for Sanchez at the investiture debate", True),
    ("junts", "amnesty-law", S, "in exchange for an amnesty covering the Catalan independence push", True),
    ("psoe", "amnesty-law", S, "commits the Socialists to an amnesty law covering acts linked to the independence process", True),
    ("junts", "catalan-referendum", S, "Junts will propose a referendum on self-determination", True),
    ("psoe", "catalan-referendum", O, "the Socialists will defend the possibilities of Catalonia's statute of autonomy", True),
]
art("2023-11-09T13:30:00Z", "tidewater-post", "psoe-junts-sign-brussels-deal",
    "Socialists and Junts sign Brussels deal: amnesty for Sanchez's re-election",
    """BRUSSELS, Nov 9 (Tidewater Post) - Pedro Sanchez's Socialists and Carles Puigdemont's Junts signed an agreement in Brussels on Thursday under which Junts will back Sanchez's re-election as prime minister in exchange for an amnesty covering the Catalan independence push of the past decade.

The four-page text, signed by Socialist organisation secretary Santos Cerdan and Junts secretary-general Jordi Turull, commits the Socialists to an amnesty law covering acts linked to the independence process from 2012 onwards. It also sets up regular meetings abroad with an international verifier to track the deal.

The agreement records that the two parties still disagree on a vote on independence. Junts will propose a referendum on self-determination, while the Socialists will defend the possibilities of Catalonia's statute of autonomy and the Constitution instead.

Turull said Junts' seven lawmakers would vote for Sanchez at the investiture debate, expected next week. Puigdemont, speaking later in the Belgian capital, said Junts had given up nothing and that the goal of independence was intact.""",
    DEAL_CLAIMS)

art("2023-11-09T16:05:00Z", "summit-courier", "junts-socialists-deal-signed-brussels",
    "Junts and Socialists seal deal in Brussels trading amnesty for investiture votes",
    """BRUSSELS, Nov 9 (Summit Courier) - Carles Puigdemont's Junts and Pedro Sanchez's Socialists signed a deal in Brussels on Thursday under which Junts will support Sanchez's re-election as prime minister in exchange for an amnesty covering the Catalan independence push of the past decade.

The four-page document, signed by the Socialists' organisation secretary Santos Cerdan and Junts secretary-general Jordi Turull, commits the Socialists to an amnesty law covering acts linked to the independence process since 2012, and creates a system of regular meetings abroad overseen by an international verifier.

The text acknowledges that the two sides still disagree over a vote on independence: Junts will propose a referendum on self-determination, while the Socialists will defend the possibilities of Catalonia's statute of autonomy and the Constitution.

Turull told reporters that Junts' seven lawmakers would vote for Sanchez at the investiture debate, which could take place next week. Later, in the Belgian capital, Puigdemont said his party had given up nothing and still aimed for independence.""",
    DEAL_CLAIMS)

art("2023-11-10T11:45:00Z", "lantern-news", "feijoo-demands-new-election",
    "Feijoo demands new election as Basque party completes Sanchez's majority",
    """MADRID, Nov 10 (Lantern News) - Popular Party leader Alberto Nunez Feijoo demanded on Friday that Pedro Sanchez call a new general election rather than stay in power through an amnesty agreed with a fugitive, and urged Spaniards to join protests in every provincial capital on Sunday.

Feijoo said only voters could settle a change of such magnitude, and that the amnesty deal signed in Brussels the day before was the worst humiliation of Spanish democracy in decades.

Vox leader Santiago Abascal called for permanent mobilisation against what he called an illegitimate government and said his party would ask the courts to halt the investiture.

Acting presidency minister Felix Bolanos rejected the call for an election. Spaniards voted in July, he said, and the parliament they chose would form a government that lasts four years.

The Basque Nationalist Party also announced on Friday that it would back Sanchez, leaving him with 179 votes, three more than a majority.""",
    [("pp", "repeat-election", S, "demanded on Friday that Pedro Sanchez call a new general election", True),
     ("pp", "amnesty-law", O, "the amnesty deal signed in Brussels the day before was the worst humiliation", True),
     ("vox", "sanchez-investiture", O, "ask the courts to halt the investiture", True),
     ("psoe", "repeat-election", O, "Felix Bolanos rejected the call for an election", True)])

PROTEST_CLAIMS = [
    ("pp", "repeat-election", S, "the PP would not stay silent until Spaniards were allowed to vote again", True),
    ("pp", "amnesty-law", O, "He said the amnesty was a fraud on voters", True),
]
art("2023-11-12T16:30:00Z", "crossroads-herald", "pp-protests-provincial-capitals",
    "Hundreds of thousands march against amnesty at PP protests",
    """MADRID, Nov 12 (Crossroads Herald) - Hundreds of thousands of people marched in Spain's provincial capitals on Sunday at protests called by the Popular Party against the amnesty that Pedro Sanchez has promised Catalan separatists in return for their votes.

In Madrid's Puerta del Sol, party leader Alberto Nunez Feijoo told the crowd that the PP would not stay silent until Spaniards were allowed to vote again. He said the amnesty was a fraud on voters, because Sanchez had ruled it out during the campaign.

The government's delegation put the Madrid crowd at 80,000, while the party claimed almost half a million. Marches also took place in Barcelona, Valencia, Seville and Malaga.

Vox did not take part as a party, but many of its supporters joined the marches. In the evening, several hundred people again gathered outside the Socialist headquarters in Ferraz street.""",
    PROTEST_CLAIMS)

art("2023-11-12T18:10:00Z", "plaza-wire", "spaniards-march-against-amnesty-pp",
    "Spaniards march in provincial capitals against Sanchez's amnesty",
    """MADRID, Nov 12 (Plaza Wire) - Hundreds of thousands of Spaniards marched through the country's provincial capitals on Sunday in protests called by the Popular Party against the amnesty Pedro Sanchez has offered Catalan separatists in exchange for their votes.

Speaking in Madrid's Puerta del Sol, PP leader Alberto Nunez Feijoo said the PP would not stay silent until Spaniards were allowed to vote again. He said the amnesty was a fraud on voters, since Sanchez had ruled it out during the election campaign.

The government's delegation estimated the Madrid crowd at 80,000; the party put it at close to half a million. There were also marches in Barcelona, Valencia, Seville and Malaga.

Vox did not take part officially, although many of its supporters joined in. Later in the evening, several hundred people gathered once more outside the Socialist headquarters on Ferraz street.""",
    PROTEST_CLAIMS)

art("2023-11-16T14:20:00Z", "tidewater-post", "sanchez-re-elected-179-votes",
    "Sanchez re-elected with 179 votes after amnesty deals",
    """MADRID, Nov 16 (Tidewater Post) - Pedro Sanchez was re-elected prime minister of Spain on Thursday with 179 votes in the 350-seat parliament, after Catalan separatists and Basque parties lined up behind him in return for an amnesty that has sparked weeks of protests.

Junts and the Republican Left of Catalonia (ERC) each contributed seven votes. The right-wing opposition voted against as a bloc.

Sanchez told the chamber during the two-day debate that the amnesty would open a new phase of coexistence in Catalonia and that, unlike the right, he chose dialogue over confrontation. He repeated that there would be no independence referendum.

Junts' Miriam Nogueras said her party's votes were a loan, not a blank cheque. If the Socialists failed to honour the deal, she said, they should not count on Junts for anything. Gabriel Rufian said ERC had voted yes to stop the far right, not out of trust.

Popular Party leader Alberto Nunez Feijoo called Sanchez an accomplice of the separatists and said the PP would oppose the amnesty in the Senate, where it has a majority, and in the courts.""",
    [("junts", "sanchez-investiture", S, "Junts and the Republican Left of Catalonia (ERC) each contributed seven votes", True),
     ("erc", "sanchez-investiture", S, "ERC had voted yes to stop the far right", True),
     ("psoe", "amnesty-law", S, "the amnesty would open a new phase of coexistence in Catalonia", True),
     ("psoe", "catalan-referendum", O, "He repeated that there would be no independence referendum", True),
     ("pp", "amnesty-law", O, "the PP would oppose the amnesty in the Senate", True)])

art("2023-11-18T17:50:00Z", "lantern-news", "cibeles-protest-civil-society-amnesty",
    "Crowd fills Madrid's Cibeles to demand amnesty bill be withdrawn",
    """MADRID, Nov 18 (Lantern News) - A crowd that police put at 170,000 filled the streets around Madrid's Cibeles fountain on Saturday, two days after Pedro Sanchez's re-election, at a protest against the amnesty called by more than 100 civil society groups.

Organisers read a manifesto demanding that the amnesty bill be withdrawn and that judges be left free from political interference. Alberto Nunez Feijoo and Santiago Abascal both attended, but neither addressed the crowd, and the organisers asked that no party flags be displayed.

Speaking to reporters on the way in, Abascal said Vox would keep up pressure in the streets until the amnesty was withdrawn. Feijoo declined to say whether the PP would back a general strike that some groups had floated, saying only that the party would keep using every legal avenue.

Sanchez is expected to name his new cabinet early next week.""",
    [("vox", "amnesty-law", O, "Vox would keep up pressure in the streets until the amnesty was withdrawn", True)])

art("2023-11-21T12:15:00Z", "crossroads-herald", "sanchez-new-cabinet-sworn-in",
    "Sanchez's new cabinet sworn in; Bolanos takes justice portfolio",
    """MADRID, Nov 21 (Crossroads Herald) - The ministers of Spain's new coalition government took office before King Felipe on Tuesday and will hold their first cabinet meeting at the Moncloa palace on Wednesday, five days after Pedro Sanchez won a parliamentary vote to stay on as prime minister.

Felix Bolanos, who negotiated the deals with the Catalan parties, takes over the justice ministry while remaining in charge of relations with parliament, a combination that puts him at the centre of the legislative work ahead. Nadia Calvino stays as economy minister until she moves to the European Investment Bank, and Sumar's Yolanda Diaz remains deputy prime minister and labour minister.

Officials said the cabinet would discuss the budget timetable and the first decrees of the term. A government spokeswoman said nothing had yet been decided on the calendar for the bills before parliament and declined to say when the amnesty would reach the floor of the chamber.

Outside the palace, a few dozen protesters waved Spanish flags. Police said the gathering was peaceful.""",
    [])

art("2023-12-12T19:05:00Z", "summit-courier", "congress-starts-work-amnesty-bill",
    "Spanish parliament starts work on amnesty bill; Junts seeks wider cover",
    """MADRID, Dec 12 (Summit Courier) - Spain's parliament voted 178 to 172 on Tuesday to start work on the amnesty bill, the first step towards a law that the government hopes to have in force by the spring.

Justice Minister Felix Bolanos told the chamber the law was constitutional, that it would close the wound left by 2017 and that it was an act of political courage rather than a concession.

Junts spokeswoman Miriam Nogueras said her party would table amendments during the committee stage so that no one facing terrorism charges over the protests of 2019 was left out. She noted that the current wording excluded terrorism offences that had led to a final conviction, which she said left judges room to keep cases open.

Cuca Gamarra of the Popular Party said the amnesty was a political bribe and that her party would fight it in every institution where it had a voice.

The bill now goes to committee. The Senate can delay it, but not stop it.""",
    [("psoe", "amnesty-law", S, "the law was constitutional, that it would close the wound left by 2017", True),
     ("junts", "terrorism-exclusion-dropped", S, "so that no one facing terrorism charges over the protests of 2019 was left out", True),
     ("pp", "amnesty-law", O, "the amnesty was a political bribe", True)])

art("2024-01-23T13:40:00Z", "crossroads-herald", "government-rules-out-new-terrorism-change",
    "Government rules out new change to amnesty's terrorism clause",
    """MADRID, Jan 23 (Crossroads Herald) - The Spanish government said on Tuesday it would not rewrite the amnesty bill's terrorism clause again, rejecting a demand from Carles Puigdemont's Junts a week before a decisive vote in parliament.

Justice Minister Felix Bolanos said the text already amended in committee protected everyone who had taken part in the independence movement, and that the Socialists would not go further on terrorism because that would put the law at risk in the Constitutional Court and in Europe.

The row was sparked by a High Court judge, Manuel Garcia-Castellon, who is investigating Puigdemont for alleged terrorism over the 2019 protests organised by the Tsunami Democratic group. Junts says the investigation is designed to keep its leader out of the amnesty, and it wants the exclusion of terrorism offences removed altogether.

Popular Party secretary-general Cuca Gamarra said the Socialists were one step away from an amnesty for terrorism and that her party would never accept it.

Some commentators in Madrid predicted that Junts would in the end back the bill rather than be blamed for its failure.""",
    [("psoe", "terrorism-exclusion-dropped", O, "the Socialists would not go further on terrorism", True),
     ("psoe", "amnesty-law", S, "protected everyone who had taken part in the independence movement", True),
     ("junts", "terrorism-exclusion-dropped", S, "it wants the exclusion of terrorism offences removed altogether", True),
     ("pp", "terrorism-exclusion-dropped", O, "her party would never accept it", True)])

art("2024-01-30T18:15:00Z", "plaza-wire", "junts-votes-down-amnesty-bill",
    "Junts sinks amnesty bill over terrorism cover, sending it back to committee",
    """MADRID, Jan 30 (Plaza Wire) - Catalan separatist party Junts voted down Spain's amnesty bill in parliament on Tuesday, sending it back to committee and dealing a heavy blow to Prime Minister Pedro Sanchez, who had made the law the price of his re-election.

The bill fell by 179 votes to 171 after Junts joined the Popular Party and Vox against it. Junts spokeswoman Miriam Nogueras said her party wanted an amnesty as much as anyone, but would only vote for one that protected all those facing charges, including those accused of terrorism. This law, as it stands, does not do that, she said.

The Socialists and the Republican Left of Catalonia (ERC) voted in favour. ERC's Gabriel Rufian accused Junts of playing into the hands of the right.

Sanchez said the amnesty would be approved sooner or later because it was good for Spain. The committee now has up to a month to produce a new text.

Popular Party leader Alberto Nunez Feijoo said the vote showed that the government was at the mercy of a fugitive.""",
    [("junts", "amnesty-law", C, "would only vote for one that protected all those facing charges", True),
     ("junts", "terrorism-exclusion-dropped", S, "protected all those facing charges, including those accused of terrorism", True),
     ("psoe", "amnesty-law", S, "the amnesty would be approved sooner or later because it was good for Spain", True),
     ("erc", "amnesty-law", S, "The Socialists and the Republican Left of Catalonia (ERC) voted in favour", True),
     ("pp", "amnesty-law", O, "after Junts joined the Popular Party and Vox against it", True),
     ("vox", "amnesty-law", O, "after Junts joined the Popular Party and Vox against it", True)])

art("2024-02-01T15:30:00Z", "tidewater-post", "sanchez-open-to-adjust-terrorism-clause",
    "Sanchez open to adjusting amnesty's terrorism clause within the Constitution",
    """BRUSSELS, Feb 1 (Tidewater Post) - Prime Minister Pedro Sanchez said on Thursday that his Socialists were willing to look again at the wording of the amnesty bill's terrorism clause, provided any change kept the law within the Constitution and European law.

Speaking on the sidelines of an EU summit in Brussels, two days after Junts sank the bill in parliament, Sanchez said there was room for technical adjustments and that his negotiators would keep talking to all the parties that had backed his re-election. He said the aim was a law that protected everyone who had taken part in the independence movement in good faith.

A week ago his justice minister had ruled out any further change to the terrorism clause.

The European Commission's spokesman for justice said the EU executive had still not received a final text and would not comment before it had.

Junts, which wants all terrorism cases covered by the law and whose leader Carles Puigdemont lives in Waterloo, near the Belgian capital, did not react. Analysts in Madrid said a deal was likely before the committee deadline at the end of the month.""",
    [("psoe", "terrorism-exclusion-dropped", C, "willing to look again at the wording of the amnesty bill's terrorism clause", True),
     ("psoe", "amnesty-law", S, "the aim was a law that protected everyone who had taken part", True),
     ("junts", "terrorism-exclusion-dropped", S, "which wants all terrorism cases covered by the law", False)])

art("2024-02-16T12:10:00Z", "lantern-news", "feijoo-never-support-amnesty-pardon-remarks",
    "Feijoo says PP will never back an amnesty after pardon remarks leak",
    """SANTIAGO DE COMPOSTELA, Feb 16 (Lantern News) - Popular Party leader Alberto Nunez Feijoo insisted on Friday that his party would never support an amnesty, after remarks he made to journalists revealed that the PP had briefly considered a conditional pardon for Carles Puigdemont last summer.

Feijoo told reporters over dinner earlier this week, in comments meant to be off the record, that the party had studied for about 24 hours whether a pardon might be possible if Puigdemont returned to Spain and faced the courts, and had ruled it out. Socialist ministers seized on the remarks as proof of hypocrisy.

On Friday, campaigning ahead of Sunday's regional election in Galicia, Feijoo said a pardon after a court ruling and an amnesty that erased crimes were entirely different things, and that the PP's position on the amnesty had never changed.

A Junts spokesman declined to comment on whether the party had been in contact with the PP last summer.""",
    [("pp", "amnesty-law", O, "his party would never support an amnesty", True)])

art("2024-02-19T09:45:00Z", "summit-courier", "pp-holds-galicia-feijoo-election-call",
    "PP keeps Galicia; Feijoo renews call for a general election",
    """SANTIAGO DE COMPOSTELA, Feb 19 (Summit Courier) - The Popular Party kept its absolute majority in Galicia in Sunday's regional election, and its leader Alberto Nunez Feijoo said the result was a verdict on the amnesty that Prime Minister Pedro Sanchez is negotiating with Catalan separatists.

Feijoo, a former president of the region, said Galician voters had punished the Socialists for the amnesty and repeated his call for a general election. The best thing Sanchez could do for Spain, he said, was to let Spaniards vote.

The Socialists fell to third place behind the Galician nationalist BNG, their worst result in the region. Socialist spokeswoman Esther Pena said a regional vote could not be read as a referendum on national policy and that the government would serve its full four-year term.

Vox again failed to win a seat in the Galician parliament.""",
    [("pp", "repeat-election", S, "repeated his call for a general election", True),
     ("psoe", "repeat-election", O, "the government would serve its full four-year term", True)])

art("2024-03-07T17:25:00Z", "crossroads-herald", "amnesty-amendments-terrorism-deal",
    "Socialists, Junts and ERC agree amnesty text that covers terrorism charges",
    """MADRID, March 7 (Crossroads Herald) - Spain's Socialists, Junts and the Republican Left of Catalonia (ERC) agreed on Thursday on a new version of the amnesty bill that drops the blanket exclusion of terrorism offences, clearing the way for a final vote in parliament next week.

Under the amended text, approved in committee, terrorism charges linked to the independence push will be covered unless the acts amounted to serious violations of human rights as defined in the European Convention on Human Rights. Treason will be excluded only where there was an actual threat to Spain's territorial integrity.

Justice Minister Felix Bolanos said the Socialists had agreed to the change because it made the law more solid, not weaker, and would stand up in any court. Junts' Miriam Nogueras said the new wording protected everyone, and that her party would now vote for the law. ERC, which said it had backed the earlier text as well, also signed the amendments.

Popular Party secretary-general Cuca Gamarra said the Socialists had agreed to an amnesty for terrorists to keep Sanchez in power and that the PP would take the law to the Constitutional Court.""",
    [("psoe", "terrorism-exclusion-dropped", S, "the Socialists had agreed to the change because it made the law more solid", True),
     ("junts", "terrorism-exclusion-dropped", S, "the new wording protected everyone", True),
     ("junts", "amnesty-law", S, "her party would now vote for the law", True),
     ("erc", "terrorism-exclusion-dropped", S, "also signed the amendments", True),
     ("erc", "amnesty-law", S, "said it had backed the earlier text as well", True),
     ("pp", "terrorism-exclusion-dropped", O, "the Socialists had agreed to an amnesty for terrorists to keep Sanchez in power", True),
     ("pp", "amnesty-law", O, "the PP would take the law to the Constitutional Court", True)])

art("2024-03-14T16:50:00Z", "plaza-wire", "congress-approves-amnesty-law",
    "Spanish lower house approves amnesty law as Junts votes in favour",
    """MADRID, March 14 (Plaza Wire) - Spain's lower house of parliament approved the amnesty law on Thursday by 178 votes to 172, with Junts voting in favour this time, six weeks after it sank the first version.

Prime Minister Pedro Sanchez's Socialists backed the bill along with ERC and their other allies, while the Popular Party, Vox and a regional party voted against. The text now goes to the Senate, where the PP has an absolute majority and can delay it for up to two months but cannot block it.

Junts' Miriam Nogueras told the chamber the law was a victory for the Catalan people and not a gift from Madrid. The next step, she said, would be a referendum on self-determination. Justice Minister Felix Bolanos replied that the Constitution did not allow one and that the government would not agree to it.

Popular Party leader Alberto Nunez Feijoo said his party would use the Senate to slow the law down and would ask the Constitutional Court to strike it down.""",
    [("junts", "amnesty-law", S, "with Junts voting in favour this time", True),
     ("psoe", "amnesty-law", S, "Sanchez's Socialists backed the bill along with ERC", True),
     ("erc", "amnesty-law", S, "Sanchez's Socialists backed the bill along with ERC", True),
     ("pp", "amnesty-law", O, "the Popular Party, Vox and a regional party voted against", True),
     ("vox", "amnesty-law", O, "the Popular Party, Vox and a regional party voted against", True),
     ("junts", "catalan-referendum", S, "The next step, she said, would be a referendum on self-determination", True),
     ("psoe", "catalan-referendum", O, "the government would not agree to it", True)])

art("2024-03-18T10:35:00Z", "tidewater-post", "venice-commission-amnesty-opinion",
    "Government and PP both claim vindication from Venice Commission amnesty opinion",
    """MADRID, March 18 (Tidewater Post) - Spain's government and the opposition Popular Party both claimed vindication on Monday from an opinion on the amnesty law by the Venice Commission, the Council of Europe's panel of constitutional law experts.

The commission said in its report, adopted at a plenary session in Venice on Friday, that amnesties could be a legitimate tool for political reconciliation, but that this one had split Spanish society and should have been approved by a broader majority after a slower process. It did not rule on whether the law was compatible with the Spanish Constitution.

Justice Minister Felix Bolanos said the report confirmed that the amnesty was in line with European standards and that the government would defend it before any court. The PP's Esteban Gonzalez Pons said the opinion showed the law was a deep wound to Spanish democracy and that his party would keep fighting it.

Asked about the opinion, a spokesman for the European Commission in Brussels said the EU executive was following the law's progress but would not comment on a text that had not yet been adopted.""",
    [("psoe", "amnesty-law", S, "the government would defend it before any court", True),
     ("pp", "amnesty-law", O, "his party would keep fighting it", True)])

art("2024-05-14T18:40:00Z", "lantern-news", "senate-vetoes-amnesty-law",
    "PP-controlled Senate vetoes amnesty law, sending it back to lower house",
    """MADRID, May 14 (Lantern News) - Spain's Senate, where the Popular Party holds an absolute majority, vetoed the amnesty law on Tuesday, a largely symbolic move that sends the bill back to the lower house for a final vote expected before the end of the month.

The PP used its majority in the upper chamber to reject the text, with its senators arguing that the law broke the principle of equality before the law and bought the government's survival. The party has also asked the Constitutional Court to settle a conflict between the two chambers over the bill.

The vote came two days after the Catalan regional election, in which the Socialists led by Salvador Illa came first and the separatist parties lost their majority in the regional parliament for the first time in more than a decade. Carles Puigdemont, whose Junts came second, said he would still seek to become regional president.

Justice Minister Felix Bolanos said the lower house would lift the veto and that the law would come into force within weeks.""",
    [("pp", "amnesty-law", O, "The PP used its majority in the upper chamber to reject the text", True),
     ("psoe", "amnesty-law", S, "the lower house would lift the veto", True)])

art("2024-05-30T15:55:00Z", "summit-courier", "amnesty-law-final-approval",
    "Spain's parliament gives final approval to Catalan amnesty law",
    """MADRID, May 30 (Summit Courier) - Spain's parliament gave final approval to the amnesty law on Thursday, overriding the Senate's veto by 177 votes to 172 and ending a seven-month battle that has dominated Prime Minister Pedro Sanchez's new term.

Junts, the Republican Left of Catalonia (ERC) and the Socialists voted for the law; the Popular Party and Vox voted against. The law is expected to be published in the official gazette within days, after which judges will have two months to apply it.

Sanchez said the law would bring coexistence and that Catalonia today was far calmer than in 2017. Carles Puigdemont said from southern France, where he has been living since the Catalan campaign, that the amnesty was a first step and that Junts would not give up on a referendum on self-determination.

Popular Party leader Alberto Nunez Feijoo said Sanchez had bought seven votes with the law and that his party would challenge it before the Constitutional Court. Some judges have said they may ask the European Court of Justice for guidance before applying it.

The European Commission said it would analyse the law once it was published.""",
    [("junts", "amnesty-law", S, "Junts, the Republican Left of Catalonia (ERC) and the Socialists voted for the law", True),
     ("erc", "amnesty-law", S, "Junts, the Republican Left of Catalonia (ERC) and the Socialists voted for the law", True),
     ("psoe", "amnesty-law", S, "Junts, the Republican Left of Catalonia (ERC) and the Socialists voted for the law", True),
     ("pp", "amnesty-law", O, "the Popular Party and Vox voted against", True),
     ("vox", "amnesty-law", O, "the Popular Party and Vox voted against", True),
     ("junts", "catalan-referendum", S, "Junts would not give up on a referendum on self-determination", True)])

SHIFTS = [
    ("psoe", "amnesty-law", "oppose", "conditional", 5,
     "Sanchez says he is open to a measure of relief for those prosecuted over 2017 as long as it fits the Constitution; before the election he had said the separatists asked for an amnesty and did not get it (baseline oppose)."),
    ("psoe", "amnesty-law", "conditional", "support", 11,
     "Sanchez tells the Socialist federal committee he defends an amnesty for those prosecuted over the events in Catalonia, dropping the constitutional hedge of 005."),
    ("erc", "sanchez-investiture", "conditional", "support", 12,
     "After the amnesty deal, Rufian says ERC's seven lawmakers will vote for Sanchez; in 002, 008 and 010 ERC's votes were tied to conditions."),
    ("junts", "sanchez-investiture", "conditional", "support", 16,
     "Turull says Junts' seven lawmakers will vote for Sanchez under the signed Brussels deal; earlier Junts set preconditions (001, 004, 008)."),
    ("junts", "amnesty-law", "support", "conditional", 26,
     "Junts votes the bill down and Nogueras says it would only vote for an amnesty that protects everyone, including those accused of terrorism."),
    ("psoe", "terrorism-exclusion-dropped", "oppose", "conditional", 27,
     "Sanchez says the Socialists are willing to look again at the terrorism clause within the Constitution and European law; in 025 Bolanos said they would not go further on terrorism."),
    ("psoe", "terrorism-exclusion-dropped", "conditional", "support", 30,
     "The Socialists sign amendments that drop the blanket terrorism exclusion; Bolanos says they agreed because it makes the law more solid."),
    ("junts", "amnesty-law", "conditional", "support", 30,
     "With terrorism covered, Nogueras says Junts will now vote for the law (it does so in 031)."),
]

# ---------------------------------------------------------------- writers
def nid(i): return "%03d" % i

def yq(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"' if re.search(r"[:#,\[\]{}'\"&*!|>%@`]", s) or s != s.strip() else s

def write_watchlist():
    L = ["# shiftwatch eval set spain-amnesty-2023: tracked actors and issues.",
         "# Spain's amnesty dispute after the July 2023 election, to the law's final passage in May 2024.",
         "# Capitals and buildings (Madrid, Brussels, Ferraz street) are also used as plain locations; such mentions carry no stance.",
         "", "actors:"]
    for i, n, al in ACTORS:
        L += ["  - id: " + i, "    name: " + yq(n), "    aliases: [" + ", ".join(yq(a) for a in al) + "]"]
    L += ["", "issues:"]
    for i, n, d, t in ISSUES:
        L += ["  - id: " + i, "    name: " + yq(n), "    description: " + yq(d), "    terms: [" + ", ".join(yq(x) for x in t) + "]"]
    L += ["", "# Known starting positions before the first article (from public positions before July 24, 2023).", "baseline:"]
    for a, i, s in BASELINE:
        L.append("  - {actor: %s, issue: %s, stance: %s}" % (a, i, s))
    open(os.path.join(HERE, "watchlist.yaml"), "w").write("\n".join(L) + "\n")

def url(a):
    d = a["pub"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])

def write_all():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    claims, ids = {}, []
    for n, a in enumerate(A, 1):
        i = nid(n); ids.append(i)
        doc = {"id": i, "published": a["pub"], "source": OUTLETS[a["outlet"]], "url": url(a), "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", i + ".json"), "w") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False); f.write("\n")
        claims[i] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]} for c in a["claims"]]
    shifts = [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": nid(s[4]), "why": s[5]} for s in SHIFTS]
    shift_arts = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts, "no_alert_articles": [i for i in ids if i not in shift_arts]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False); f.write("\n")
    for o, name in OUTLETS.items():
        items = [(n, a) for n, a in enumerate(A, 1) if a["outlet"] == o]
        last = max(datetime.datetime.fromisoformat(a["pub"].replace("Z", "+00:00")) for _, a in items)
        X = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
             '    <title>%s</title>' % escape(name), '    <link>https://example.org/%s/</link>' % o,
             '    <description>%s: fictional outlet for the shiftwatch spain-amnesty-2023 evaluation set</description>' % escape(name),
             '    <language>en</language>', '    <lastBuildDate>%s</lastBuildDate>' % format_datetime(last, usegmt=True)]
        for n, a in sorted(items, key=lambda t: t[1]["pub"], reverse=True):
            dt = datetime.datetime.fromisoformat(a["pub"].replace("Z", "+00:00"))
            u = url(a)
            X += ['    <item>', '      <title>%s</title>' % escape(a["title"]), '      <link>%s</link>' % u,
                  '      <guid isPermaLink="true">%s</guid>' % u, '      <pubDate>%s</pubDate>' % format_datetime(dt, usegmt=True),
                  '      <description>%s</description>' % escape(a["text"]), '    </item>']
        X += ['  </channel>', '</rss>']
        open(os.path.join(HERE, "feeds", o + ".xml"), "w").write("\n".join(X) + "\n")
    return labels, ids

# ---------------------------------------------------------------- validation
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def validate(labels, ids):
    errs = []
    actor_ids = {a[0] for a in ACTORS}; issue_ids = {i[0] for i in ISSUES}
    pubs = [a["pub"] for a in A]
    if pubs != sorted(pubs): errs.append("articles not in publication order")
    for n, a in enumerate(A, 1):
        i = nid(n)
        doc = json.load(open(os.path.join(HERE, "articles", i + ".json")))
        if doc["id"] != i: errs.append(i + ": id mismatch")
        words = len(doc["text"].split())
        if not 120 <= words <= 260: errs.append("%s: %d words" % (i, words))
        dt = datetime.date.fromisoformat(a["pub"][:10])
        m = re.match(r"^([A-Z][A-Z .']+), (\w+) (\d+) \((.+?)\) - ", doc["text"])
        if not m or m.group(2) != MONTHS[dt.month] or int(m.group(3)) != dt.day or m.group(4) != doc["source"]:
            errs.append(i + ": bad dateline")
        # the weekday named for the main event ("on Tuesday") must be the publication day or earlier that week
        for d in re.findall(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", doc["text"].split("\n")[0])[:1]:
            if d != DAYS[dt.weekday()]: errs.append("%s: lead says %s, date is %s" % (i, d, DAYS[dt.weekday()]))
        seen = set()
        for c in labels["claims"][i]:
            if c["actor"] not in actor_ids: errs.append(i + ": unknown actor " + c["actor"])
            if c["issue"] not in issue_ids: errs.append(i + ": unknown issue " + c["issue"])
            if c["stance"] not in (S, O, C): errs.append(i + ": bad stance")
            if c["quote"] not in doc["text"]: errs.append(i + ": quote not in text: " + c["quote"])
            if len(c["quote"].split()) > 15: errs.append(i + ": quote > 15 words: " + c["quote"])
            k = (c["actor"], c["issue"])
            if k in seen: errs.append(i + ": duplicate actor/issue " + str(k))
            seen.add(k)
    if sorted(labels["claims"]) != ids: errs.append("claims keys != article ids")
    # shift bookkeeping: replay attributed claims from the baseline and compare with the labelled shifts
    prev = {(a, i): s for a, i, s in BASELINE}
    derived = []
    for i in ids:
        for c in labels["claims"][i]:
            k = (c["actor"], c["issue"])
            if not c["attributed"]: continue
            if k in prev and prev[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prev[k], c["stance"], i))
            prev[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    # a duplicate copy restates the shift of its original; only the first copy is the shift article
    dups = {"017": "016", "020": "019"}
    derived = [d for d in derived if d[4] not in dups]
    if sorted(derived) != sorted(labelled):
        errs.append("shift replay mismatch:\n  derived %s\n  labelled %s" % (sorted(derived), sorted(labelled)))
    for a, b in dups.items():
        ta = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][a])
        tb = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][b])
        if ta != tb: errs.append("duplicate %s/%s claims differ" % (b, a))
    shift_arts = {s["article"] for s in labels["shifts"]}
    if set(labels["no_alert_articles"]) != set(ids) - shift_arts: errs.append("no_alert_articles wrong")
    for o in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", o + ".xml")], capture_output=True, text=True)
        if r.returncode: errs.append("xmllint " + o + ": " + r.stderr.strip())
    try:
        import yaml
        w = yaml.safe_load(open(os.path.join(HERE, "watchlist.yaml")))
        if [a["id"] for a in w["actors"]] != [a[0] for a in ACTORS] or len(w["baseline"]) != len(BASELINE):
            errs.append("watchlist.yaml does not round-trip")
    except ImportError:
        pass
    return errs

if __name__ == "__main__":
    write_watchlist()
    labels, ids = write_all()
    errs = validate(labels, ids)
    cl = [c for v in labels["claims"].values() for c in v]
    from collections import Counter
    print("articles", len(ids), "claims", len(cl), dict(Counter(c["stance"] for c in cl)),
          "unattributed", sum(not c["attributed"] for c in cl), "shifts", len(labels["shifts"]),
          "shift articles", len({s["article"] for s in labels["shifts"]}),
          "empty", [i for i in ids if not labels["claims"][i]])
    print("words min/max", min(len(a["text"].split()) for a in A), max(len(a["text"].split()) for a in A))
    if errs:
        print("\n".join("ERROR " + e for e in errs)); sys.exit(1)
    print("OK")
