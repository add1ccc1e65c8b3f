#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set catalonia-referendum-2017.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates everything (see README.md). Exits non-zero on any failure.
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
SET_NAME = "catalonia-referendum-2017"

OUTLETS = {
    "tidewater-wire": "Tidewater Wire",
    "atlas-courier": "Atlas Courier",
    "pennant-report": "Pennant Report",
    "granite-herald": "Granite Herald",
    "beacon-newswire": "Beacon Newswire",
}

# actors
CAT = "catalan-government"
ESP = "spanish-government"
PSOE = "psoe"
CS = "ciudadanos"
POD = "podemos"
EU = "eu"
# issues
REF = "independence-referendum"
DEC = "declare-independence"
DR = "direct-rule"
TALK = "madrid-barcelona-talks"
SUSP = "catalonia-suspends-independence-drive"
ELEC = "early-catalan-election"

S, O, C = "support", "oppose", "conditional"


def cl(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Articles in publication order. Ids are assigned 001.. from this order.
ARTICLES = [
    # 001
    dict(
        published="2017-09-06T22:30:00Z", outlet="tidewater-wire",
        slug="catalan-parliament-passes-referendum-law",
        title="Catalan parliament passes referendum law, Madrid vows to go to court",
        text=(
            "BARCELONA, Sep 6 (Tidewater Wire) - Catalonia's regional parliament approved a law on Wednesday setting "
            "out the rules for an independence referendum on October 1, and regional president Carles Puigdemont "
            "signed a decree formally calling the vote within hours.\n\n"
            "The law passed after a stormy session in which most opposition deputies walked out before the ballot. "
            "Ines Arrimadas, who leads Ciudadanos, the largest opposition group in the chamber, called the planned "
            "referendum illegal and said her party would take no part in it.\n\n"
            "Puigdemont said his government would put ballot boxes in place so that Catalans could decide their "
            "future, and that the result would be binding.\n\n"
            "In Madrid, Deputy Prime Minister Soraya Saenz de Santamaria said the government would ask the "
            "Constitutional Court to annul both the law and the decree, and described the session as an "
            "embarrassment for Catalan democracy. She said the referendum would not take place.\n\n"
            "Separatist parties won a majority of seats, though not of votes, in the 2015 regional election. Opinion "
            "polls show Catalans roughly split on independence, while a large majority say they would favour a legal "
            "vote agreed with Madrid."
        ),
        claims=[
            cl(CAT, REF, S, "signed a decree formally calling the vote within hours"),
            cl(CS, REF, O, "called the planned referendum illegal"),
            cl(ESP, REF, O, "She said the referendum would not take place."),
        ],
    ),
    # 002
    dict(
        published="2017-09-07T19:00:00Z", outlet="atlas-courier",
        slug="court-suspends-catalan-referendum-law",
        title="Spain's top court suspends Catalan referendum law as Rajoy says vote will not happen",
        text=(
            "MADRID, Sep 7 (Atlas Courier) - Spain's Constitutional Court on Thursday suspended the Catalan law "
            "calling an October 1 independence referendum while it considers the government's appeal, a ruling that "
            "makes any preparations for the vote unlawful.\n\n"
            "Prime Minister Mariano Rajoy, speaking at his official residence after an emergency cabinet meeting, said "
            "there would be no referendum and that the state would use every legal means to stop it. He accused the "
            "Catalan authorities of an intolerable act of disobedience.\n\n"
            "The opposition Socialists backed the government. Pedro Sanchez, who leads the PSOE, told reporters that "
            "his party stood with the rule of law and would not support a vote the courts had banned.\n\n"
            "The attorney general's office said it was preparing criminal complaints against Puigdemont and members "
            "of his cabinet for disobedience and misuse of public funds.\n\n"
            "Puigdemont's office did not respond to requests for comment on the ruling."
        ),
        claims=[
            cl(ESP, REF, O, "said there would be no referendum"),
            cl(PSOE, REF, O, "would not support a vote the courts had banned"),
        ],
    ),
    # 003
    dict(
        published="2017-09-11T20:00:00Z", outlet="pennant-report",
        slug="diada-march-barcelona",
        title="Hundreds of thousands march in Barcelona on Catalan national day",
        text=(
            "BARCELONA, Sep 11 (Pennant Report) - Hundreds of thousands of people filled the streets of Barcelona on "
            "Monday for Catalonia's national day, the Diada, turning the annual march into a show of force three "
            "weeks before the planned independence vote.\n\n"
            "Regional president Carles Puigdemont joined the crowd and told reporters that nothing would prevent "
            "Catalans from voting on October 1. Vice-president Oriol Junqueras said the government already had the "
            "ballot boxes and the voter rolls it needed.\n\n"
            "Barcelona's mayor, Ada Colau, whose left-wing platform does not back independence, said she wanted "
            "residents to be able to vote but would not put the city's staff at legal risk. Her office was still "
            "negotiating with the regional government over the use of municipal buildings as polling stations.\n\n"
            "City police put the attendance at about one million; organisers gave a higher figure. The Spanish "
            "government's delegate in Catalonia said the march had passed off peacefully.\n\n"
            "The march came as prosecutors opened investigations into more than 700 Catalan mayors who had said "
            "they would help organise the vote."
        ),
        claims=[
            cl(CAT, REF, S, "nothing would prevent Catalans from voting on October 1"),
        ],
    ),
    # 004
    dict(
        published="2017-09-14T17:00:00Z", outlet="granite-herald",
        slug="socialists-reject-article-155",
        title="Socialists rule out direct rule for Catalonia, urge Rajoy to negotiate",
        text=(
            "MADRID, Sep 14 (Granite Herald) - Spain's Socialist Party said on Thursday it would not back any move by "
            "the government to suspend Catalonia's self-rule under Article 155 of the constitution, arguing that "
            "such a step would only deepen the conflict.\n\n"
            "Margarita Robles, the party's spokeswoman in parliament, told reporters that invoking the article was "
            "not the answer and that the PSOE would not lend its votes to it. She said the illegal referendum had to "
            "be stopped through the courts, not by taking over the regional administration.\n\n"
            "Party leader Pedro Sanchez has proposed a parliamentary commission to study reform of the constitution. "
            "He said this week that the crisis needed negotiation between the two governments, something he said "
            "Rajoy had refused for too long.\n\n"
            "The government has not said whether it is considering the measure, which has never been used. A "
            "spokesman for Rajoy's office declined to comment on Robles' remarks.\n\n"
            "Ciudadanos leader Albert Rivera said the Socialists were leaving the government alone at a critical "
            "moment."
        ),
        claims=[
            cl(PSOE, DR, O, "invoking the article was not the answer"),
            cl(PSOE, REF, O, "the illegal referendum had to be stopped through the courts"),
            cl(PSOE, TALK, S, "the crisis needed negotiation between the two governments"),
            cl(ESP, TALK, O, "something he said Rajoy had refused for too long", False),
        ],
    ),
    # 005 (duplicate pair A, original)
    dict(
        published="2017-09-20T12:00:00Z", outlet="tidewater-wire",
        slug="police-arrest-catalan-officials",
        title="Spanish police arrest Catalan officials in raids on referendum preparations",
        text=(
            "BARCELONA, Sep 20 (Tidewater Wire) - Spanish police arrested at least 14 senior Catalan officials on "
            "Wednesday and searched regional government offices in an operation aimed at stopping the October 1 "
            "independence referendum.\n\n"
            "Officers of the Guardia Civil, acting on a judge's orders, seized close to ten million ballot papers at "
            "a warehouse outside Barcelona. Among those detained was Josep Maria Jove, the number two at the Catalan "
            "economy department, which is headed by vice-president Oriol Junqueras.\n\n"
            "Catalan president Carles Puigdemont accused Madrid of effectively suspending the region's "
            "self-government and said Catalans would still vote on October 1. Thousands of protesters gathered "
            "outside the economy department on the Rambla de Catalunya.\n\n"
            "In a televised address, Prime Minister Mariano Rajoy said the state had acted as it was obliged to and "
            "urged the Catalan government to call off what he described as an illegal vote. He said there was still "
            "time to avoid greater harm.\n\n"
            "The operation was the biggest step yet by the central government to halt the vote."
        ),
        claims=[
            cl(CAT, REF, S, "said Catalans would still vote on October 1"),
            cl(ESP, REF, O, "urged the Catalan government to call off what he described as an illegal vote"),
        ],
    ),
    # 006 (duplicate pair A, copy)
    dict(
        published="2017-09-20T14:10:00Z", outlet="beacon-newswire",
        slug="guardia-civil-raids-catalan-government",
        title="Guardia Civil detains Catalan officials, seizes ballot papers",
        text=(
            "BARCELONA, Sep 20 (Beacon Newswire) - Spanish police detained at least 14 senior Catalan officials on "
            "Wednesday and searched offices of the regional government in an operation to stop the October 1 "
            "independence referendum.\n\n"
            "Guardia Civil officers acting on a judge's orders seized nearly ten million ballot papers in a "
            "warehouse outside Barcelona. Those held included Josep Maria Jove, the second-ranking official at the "
            "economy department run by vice-president Oriol Junqueras.\n\n"
            "Catalan president Carles Puigdemont accused Madrid of suspending the region's self-government in all "
            "but name and said Catalans would still vote on October 1. Thousands of protesters gathered outside the "
            "economy department.\n\n"
            "Prime Minister Mariano Rajoy said in a televised address that the state had done what it was obliged to "
            "do, and he urged the Catalan government to call off what he described as an illegal vote. He said "
            "there was still time to avoid greater harm.\n\n"
            "It was the central government's biggest step so far to halt the vote."
        ),
        claims=[
            cl(CAT, REF, S, "said Catalans would still vote on October 1"),
            cl(ESP, REF, O, "urged the Catalan government to call off what he described as an illegal vote"),
        ],
    ),
    # 007
    dict(
        published="2017-09-24T18:00:00Z", outlet="pennant-report",
        slug="podemos-zaragoza-assembly",
        title="Podemos calls for agreed Catalan vote, warns against suspending autonomy",
        text=(
            "ZARAGOZA, Sep 24 (Pennant Report) - Podemos leader Pablo Iglesias said on Sunday that Catalonia's future "
            "should be settled in a referendum agreed with Madrid and held with legal guarantees, and that the "
            "October 1 ballot could not be that vote.\n\n"
            "Speaking at an assembly of mayors and lawmakers that his party had called in Zaragoza to discuss the "
            "crisis, Iglesias described the October 1 ballot as at most a legitimate act of protest. He called on "
            "Rajoy to stop the police operation and sit down with Puigdemont.\n\n"
            "Iglesias also said Podemos would oppose any attempt to strip Catalonia of its autonomy, warning that "
            "using Article 155 would be a grave mistake for Spanish democracy.\n\n"
            "Outside the pavilion, a few hundred right-wing protesters shouted insults at arriving delegates, and the "
            "speaker of the Aragon regional parliament was hit by a thrown bottle.\n\n"
            "No member of the Catalan government attended the assembly, although several Catalan mayors from "
            "left-wing platforms took part."
        ),
        claims=[
            cl(POD, REF, C, "should be settled in a referendum agreed with Madrid and held with legal guarantees"),
            cl(POD, TALK, S, "called on Rajoy to stop the police operation and sit down with Puigdemont"),
            cl(POD, DR, O, "would oppose any attempt to strip Catalonia of its autonomy"),
        ],
    ),
    # 008 (no claims)
    dict(
        published="2017-09-28T10:00:00Z", outlet="granite-herald",
        slug="schools-polling-stations-standoff",
        title="Parents plan to occupy schools as court orders polling stations sealed",
        text=(
            "BARCELONA, Sep 28 (Granite Herald) - With three days to go before the banned vote, parents' "
            "associations across Catalonia were organising weekend activities inside schools designated as polling "
            "stations, in the hope of keeping the buildings open on Sunday.\n\n"
            "A judge of the Catalan high court has ordered the regional police, the Mossos d'Esquadra, to close and "
            "seal the schools by Saturday and to seize any voting material. The force's chief, Josep Lluis Trapero, "
            "told a meeting of security commanders that his officers would follow the order while giving priority to "
            "keeping the peace.\n\n"
            "Thousands of national police and Guardia Civil officers have been sent to the region and are housed on "
            "ferries moored in the ports of Barcelona and Tarragona.\n\n"
            "Asked about the situation, a European Commission spokesman declined to comment on what he called an "
            "internal Spanish matter.\n\n"
            "Analysts at a Madrid think tank said it was unclear how many polling stations could open on Sunday and "
            "whether any count would be credible. Some expected the day to end in a test of strength on the streets."
        ),
        claims=[],
    ),
    # 009
    dict(
        published="2017-10-01T21:30:00Z", outlet="tidewater-wire",
        slug="police-clash-with-voters-catalonia",
        title="Police clash with voters as Catalonia holds banned referendum",
        text=(
            "BARCELONA, Oct 1 (Tidewater Wire) - Spanish riot police fired rubber bullets and forced their way into "
            "polling stations across Catalonia on Sunday as hundreds of thousands of people tried to vote in an "
            "independence referendum the courts had banned.\n\n"
            "Catalan health officials said more than 800 people had sought medical treatment. The interior ministry "
            "said 33 officers had been hurt.\n\n"
            "In a televised statement late on Sunday, Puigdemont said Catalans had earned the right to an independent "
            "state and that his government would send the results to the regional parliament in the coming days, as "
            "the referendum law required.\n\n"
            "Prime Minister Mariano Rajoy said there had been no referendum in Catalonia today, only a staged event, "
            "and praised the police for doing their duty with firmness. He said he would not close any door to "
            "dialogue within the law.\n\n"
            "Ciudadanos leader Albert Rivera called it a sad day for Catalonia and said the regional government "
            "bore full responsibility for what had happened."
        ),
        claims=[
            cl(CAT, REF, S, "his government would send the results to the regional parliament"),
            cl(CAT, DEC, S, "Catalans had earned the right to an independent state"),
            cl(ESP, REF, O, "there had been no referendum in Catalonia today"),
            cl(ESP, TALK, C, "would not close any door to dialogue within the law"),
        ],
    ),
    # 010
    dict(
        published="2017-10-02T14:00:00Z", outlet="atlas-courier",
        slug="commission-says-catalan-vote-not-legal",
        title="EU Commission says Catalan vote was not legal, urges dialogue",
        text=(
            "BRUSSELS, Oct 2 (Atlas Courier) - The European Commission said on Monday that Sunday's vote in Catalonia "
            "was not legal under the Spanish constitution and that the crisis was an internal matter for Spain.\n\n"
            "Chief spokesman Margaritis Schinas told the daily news briefing that Commission President Jean-Claude "
            "Juncker had spoken to Rajoy by telephone and trusted him to manage the situation. He said violence could "
            "never be an instrument in politics and urged all sides to move quickly from confrontation to "
            "dialogue.\n\n"
            "In Barcelona, Puigdemont called for international mediation and asked European leaders to stop looking "
            "the other way. He said his government was ready to talk with Madrid and with anyone who could help.\n\n"
            "Schinas would not say whether the Commission would be willing to act as a mediator, repeating that the "
            "matter was for Spain to resolve within its constitutional order.\n\n"
            "According to figures released by organisers overnight, 2.26 million people had voted, about 42 percent of the electorate, with 90 "
            "percent backing independence. The figures could not be independently verified."
        ),
        claims=[
            cl(EU, REF, O, "Sunday's vote in Catalonia was not legal under the Spanish constitution"),
            cl(EU, TALK, S, "urged all sides to move quickly from confrontation to dialogue"),
            cl(CAT, TALK, S, "his government was ready to talk with Madrid"),
        ],
    ),
    # 011 (no claims)
    dict(
        published="2017-10-03T21:00:00Z", outlet="pennant-report",
        slug="king-felipe-address-catalonia",
        title="King Felipe accuses Catalan leaders of disloyalty in rare address",
        text=(
            "MADRID, Oct 3 (Pennant Report) - King Felipe VI accused Catalonia's leaders on Tuesday of placing "
            "themselves outside the law and said the state had a duty to ensure constitutional order, in a rare "
            "televised address from the royal palace in Madrid.\n\n"
            "The king, whose role under the constitution is largely ceremonial, made no mention of the injuries "
            "suffered by voters on Sunday and did not call for dialogue. He said the Catalan authorities had shown "
            "an unacceptable disloyalty towards the powers of the state.\n\n"
            "Earlier in the day, unions and pro-independence groups staged a general strike in Catalonia. Roads were "
            "blocked, the port of Barcelona was largely idle and tens of thousands of people marched past the "
            "headquarters of the national police in the city.\n\n"
            "The speech was the king's first intervention since the crisis began. Political scientists said it left "
            "little room for a negotiated exit, and several expected tougher measures within days.\n\n"
            "The royal household did not say whether the prime minister had seen the text in advance."
        ),
        claims=[],
    ),
    # 012
    dict(
        published="2017-10-04T21:45:00Z", outlet="granite-herald",
        slug="puigdemont-tv-address-mediation",
        title="Puigdemont says Catalonia will act on vote within days, calls for mediation",
        text=(
            "BARCELONA, Oct 4 (Granite Herald) - Catalan president Carles Puigdemont said on Wednesday his government "
            "would act on the result of Sunday's referendum \"at the end of this week or the beginning of next\", "
            "signalling that a declaration of independence could come within days.\n\n"
            "In a televised address from the Palau de la Generalitat, he criticised the king's speech and said the "
            "moment called for mediation, not confrontation. He said the Catalan government would not give up on "
            "the mandate voters had given it and would not turn back.\n\n"
            "The government in Madrid swiftly rejected the idea of mediation. A spokesman for Prime Minister Rajoy "
            "said Puigdemont could have talks within the law whenever he wished, but that the first step was to "
            "return to legality and abandon his unilateral plans.\n\n"
            "Officials in Rajoy's office said privately that no option had been ruled out.\n\n"
            "Catalan banks and companies have begun to study moving their registered offices elsewhere in Spain, "
            "according to people familiar with their plans."
        ),
        claims=[
            cl(CAT, DEC, S, "his government would act on the result of Sunday's referendum"),
            cl(CAT, TALK, S, "the moment called for mediation, not confrontation"),
            cl(CAT, SUSP, O, "would not give up on the mandate voters had given it"),
            cl(ESP, TALK, C, "could have talks within the law whenever he wished"),
            cl(ESP, SUSP, S, "return to legality and abandon his unilateral plans"),
        ],
    ),
    # 013
    dict(
        published="2017-10-05T16:00:00Z", outlet="beacon-newswire",
        slug="rivera-urges-article-155-and-elections",
        title="Ciudadanos urges Rajoy to take control of Catalonia and call elections",
        text=(
            "MADRID, Oct 5 (Beacon Newswire) - Ciudadanos leader Albert Rivera urged Prime Minister Mariano Rajoy on "
            "Thursday to apply Article 155 of the constitution without delay, take control of the Catalan "
            "administration and call fresh regional elections.\n\n"
            "Rivera said there was nothing to negotiate with a regional government that had broken the law, and that "
            "offering talks now would reward those who had organised an illegal vote. His party's leader in "
            "Catalonia, Ines Arrimadas, said the way out was to let Catalans go to the polls in a legal election.\n\n"
            "The Socialists were more cautious. PSOE officials said the party preferred to wait and see whether "
            "Puigdemont went ahead with a declaration, and declined to say whether it would support direct rule if "
            "he did.\n\n"
            "Rajoy's government has so far relied on court action and on control over the region's finances. The "
            "Constitutional Court on Thursday suspended a session of the Catalan parliament planned for Monday at "
            "which a declaration might have been made."
        ),
        claims=[
            cl(CS, DR, S, "apply Article 155 of the constitution without delay"),
            cl(CS, ELEC, S, "the way out was to let Catalans go to the polls in a legal election"),
            cl(CS, TALK, O, "there was nothing to negotiate with a regional government that had broken the law"),
        ],
    ),
    # 014 (no claims)
    dict(
        published="2017-10-07T19:00:00Z", outlet="tidewater-wire",
        slug="white-rallies-lets-talk",
        title="Rallies in white call on both sides to talk",
        text=(
            "MADRID, Oct 7 (Tidewater Wire) - Thousands of people dressed in white gathered outside city halls in "
            "Madrid, Barcelona and dozens of other Spanish cities on Saturday, calling on politicians on both sides to "
            "start talking.\n\n"
            "The rallies were organised through social media by citizens with no party affiliation under the slogan "
            "\"Let's talk\". Many carried blank banners and few flags were on display. In Madrid the crowd in Plaza "
            "de Cibeles chanted for dialogue, and in Barcelona's Placa de Sant Jaume, opposite the Palau de la "
            "Generalitat, people sang and held hands.\n\n"
            "At a separate rally in central Madrid, several thousand people waved Spanish flags and called for the "
            "unity of the country.\n\n"
            "Two large banks, Banco Sabadell and CaixaBank, moved their legal headquarters out of Catalonia this "
            "week, and several other companies said they were considering doing the same.\n\n"
            "Organisers of Sunday's pro-unity march in Barcelona said they expected hundreds of thousands of people. "
            "Pollsters said it was too early to tell whether the business exodus would shift views on independence."
        ),
        claims=[],
    ),
    # 015
    dict(
        published="2017-10-08T17:30:00Z", outlet="atlas-courier",
        slug="unionist-march-barcelona",
        title="Hundreds of thousands march in Barcelona against independence",
        text=(
            "BARCELONA, Oct 8 (Atlas Courier) - Hundreds of thousands of people marched through Barcelona on Sunday "
            "against independence, in the largest show of strength by Catalonia's unionists in years.\n\n"
            "Ines Arrimadas, who leads Ciudadanos in the Catalan parliament, told the crowd that Catalonia would not "
            "be split from Spain and that a declaration of independence would have no legal effect. The march was "
            "organised by the civic group Catalan Civil Society.\n\n"
            "Nobel literature laureate Mario Vargas Llosa, who addressed the crowd, said no conspiracy would destroy "
            "Spanish democracy.\n\n"
            "In an interview published on Sunday, Prime Minister Mariano Rajoy said he would stop any declaration of "
            "independence from taking effect. Asked whether he would use Article 155, he declined to answer, saying "
            "he would not discuss hypothetical situations.\n\n"
            "Puigdemont is due to appear before the regional parliament on Tuesday. His spokesman said the president "
            "would report on the referendum and the political situation, but would not say whether he would declare "
            "independence."
        ),
        claims=[
            cl(CS, DEC, O, "Catalonia would not be split from Spain"),
            cl(ESP, DEC, O, "would stop any declaration of independence from taking effect"),
        ],
    ),
    # 016 (duplicate pair B, original; shift article)
    dict(
        published="2017-10-10T19:30:00Z", outlet="pennant-report",
        slug="puigdemont-declares-then-suspends",
        title="Puigdemont accepts independence mandate but suspends declaration for talks",
        text=(
            "BARCELONA, Oct 10 (Pennant Report) - Catalan president Carles Puigdemont said on Tuesday he accepted the "
            "mandate for Catalonia to become an independent republic, but asked the regional parliament to suspend "
            "the effects of the declaration for several weeks to allow for dialogue with Madrid.\n\n"
            "In a speech to the chamber that began an hour late, Puigdemont said the pause was meant to open a period "
            "of talks and that he wanted mediation to find an agreed solution. He and other pro-independence deputies "
            "later signed a document declaring the Catalan republic, though it was not put to a vote.\n\n"
            "Hours earlier, European Council President Donald Tusk had asked Puigdemont not to announce a decision "
            "that would make dialogue impossible.\n\n"
            "Deputy Prime Minister Soraya Saenz de Santamaria said in Madrid that neither Puigdemont nor anyone else "
            "could impose mediation, and that any dialogue had to take place within the law. She said the cabinet "
            "would meet on Wednesday morning.\n\n"
            "The far-left CUP, whose votes Puigdemont's minority government relies on, said it was disappointed that "
            "independence had not been proclaimed outright."
        ),
        claims=[
            cl(CAT, DEC, S, "he accepted the mandate for Catalonia to become an independent republic"),
            cl(CAT, SUSP, C, "suspend the effects of the declaration for several weeks to allow for dialogue"),
            cl(CAT, TALK, S, "he wanted mediation to find an agreed solution"),
            cl(EU, DEC, O, "not to announce a decision that would make dialogue impossible"),
            cl(ESP, TALK, C, "any dialogue had to take place within the law"),
        ],
    ),
    # 017 (duplicate pair B, copy)
    dict(
        published="2017-10-10T21:05:00Z", outlet="beacon-newswire",
        slug="catalan-leader-puts-independence-on-hold",
        title="Catalan leader puts independence on hold, seeks talks with Madrid",
        text=(
            "BARCELONA, Oct 10 (Beacon Newswire) - Catalan president Carles Puigdemont told the regional parliament on "
            "Tuesday that he accepted the mandate for Catalonia to become an independent republic, but he proposed to "
            "suspend the effects of the declaration for several weeks to allow for dialogue with the Spanish "
            "state.\n\n"
            "Puigdemont, whose speech started an hour late, said the pause was intended to open a period of talks and "
            "that he wanted mediation to find an agreed solution. He and fellow pro-independence lawmakers then "
            "signed a document proclaiming a Catalan republic, which was not put to a vote.\n\n"
            "European Council President Donald Tusk had urged him earlier in the day not to announce a decision that "
            "would make dialogue impossible.\n\n"
            "In Madrid, Deputy Prime Minister Soraya Saenz de Santamaria said nobody could impose mediation and that "
            "any dialogue had to take place within the law. The cabinet will meet on Wednesday morning, she said.\n\n"
            "The far-left CUP, which props up Puigdemont's minority government, said it was disappointed that "
            "independence had not been proclaimed outright."
        ),
        claims=[
            cl(CAT, DEC, S, "he accepted the mandate for Catalonia to become an independent republic"),
            cl(CAT, SUSP, C, "suspend the effects of the declaration for several weeks to allow for dialogue"),
            cl(CAT, TALK, S, "he wanted mediation to find an agreed solution"),
            cl(EU, DEC, O, "not to announce a decision that would make dialogue impossible"),
            cl(ESP, TALK, C, "any dialogue had to take place within the law"),
        ],
    ),
    # 018 (shift article)
    dict(
        published="2017-10-11T13:00:00Z", outlet="granite-herald",
        slug="rajoy-demands-clarity-from-puigdemont",
        title="Rajoy gives Puigdemont until Monday to clarify, Socialists back response",
        text=(
            "MADRID, Oct 11 (Granite Herald) - Prime Minister Mariano Rajoy on Wednesday gave Catalan president "
            "Carles Puigdemont until Monday to say whether he had declared independence, the first formal step "
            "towards suspending the region's autonomy under Article 155 of the constitution.\n\n"
            "Rajoy told parliament that the government would trigger the article if Puigdemont confirmed the "
            "declaration and did not back down by Thursday next week. He said the deadline gave Puigdemont a chance "
            "to return to legality and drop his independence drive, which was what the government was asking of "
            "him.\n\n"
            "Socialist leader Pedro Sanchez said after meeting Rajoy that his party would support the government's "
            "response, including Article 155, if Puigdemont did not retract. In return, Rajoy agreed to set up a "
            "parliamentary commission to examine reforms to the constitution, a long-standing Socialist demand.\n\n"
            "Podemos leader Pablo Iglesias accused the two larger parties of forming a bloc to suspend Catalan "
            "self-rule and said his party would vote against it.\n\n"
            "In Barcelona, a Catalan government spokesman said Puigdemont would answer in due course."
        ),
        claims=[
            cl(ESP, DR, C, "would trigger the article if Puigdemont confirmed the declaration and did not back down"),
            cl(ESP, SUSP, S, "return to legality and drop his independence drive"),
            cl(PSOE, DR, C, "would support the government's response, including Article 155, if Puigdemont did not retract"),
            cl(POD, DR, O, "a bloc to suspend Catalan self-rule and said his party would vote against it"),
        ],
    ),
    # 019
    dict(
        published="2017-10-13T12:00:00Z", outlet="tidewater-wire",
        slug="juncker-backs-madrid-hard-line",
        title="EU's Juncker backs Madrid's hard line on Catalonia",
        text=(
            "LUXEMBOURG, Oct 13 (Tidewater Wire) - European Commission President Jean-Claude Juncker said on Friday he "
            "did not want Catalonia to become independent, warning that other regions would follow and the European "
            "Union would become impossible to run.\n\n"
            "Speaking to students at the University of Luxembourg, Juncker said he did not want to see a union of 98 "
            "states in 15 years' time. He said the rule of law had to be respected in Spain as everywhere else.\n\n"
            "Juncker did not comment on Rajoy's deadline for Puigdemont or on the possible use of Article 155, and "
            "the Commission has repeatedly described the Catalan question as an internal Spanish matter. Asked "
            "whether the EU could mediate, he said that was not a question for him to answer.\n\n"
            "Catalan foreign affairs chief Raul Romeva was in Brussels on Thursday for meetings with members of the "
            "European Parliament.\n\n"
            "Most EU governments have avoided public comment on the crisis."
        ),
        claims=[
            cl(EU, DEC, O, "did not want Catalonia to become independent"),
        ],
    ),
    # 020
    dict(
        published="2017-10-16T21:00:00Z", outlet="atlas-courier",
        slug="puigdemont-letter-offers-two-months-dialogue",
        title="Puigdemont dodges Madrid's question, offers two months of dialogue",
        text=(
            "BARCELONA, Oct 16 (Atlas Courier) - Catalan president Carles Puigdemont answered Madrid's demand for "
            "clarity on Monday with a letter that did not say whether he had declared independence, offering instead "
            "two months of dialogue and asking for an urgent meeting with Prime Minister Mariano Rajoy.\n\n"
            "In the four-page letter, Puigdemont said the suspension of the declaration would remain in place while "
            "talks went on, as a gesture of goodwill. He asked the government to halt what he called the repression "
            "of the Catalan people.\n\n"
            "Deputy Prime Minister Soraya Saenz de Santamaria said the letter was not a valid answer. She said "
            "Puigdemont had until 10 a.m. on Thursday to return to legality, and that the government would otherwise "
            "move to apply Article 155.\n\n"
            "Late on Monday, a National Court judge ordered Jordi Sanchez and Jordi Cuixart, the leaders of the two "
            "main pro-independence civic groups, to be held without bail on sedition charges. Hundreds of people "
            "gathered outside government buildings in Barcelona in protest.\n\n"
            "Socialist officials said the jailing was a matter for the courts."
        ),
        claims=[
            cl(CAT, TALK, S, "offering instead two months of dialogue"),
            cl(CAT, SUSP, C, "the suspension of the declaration would remain in place while talks went on"),
            cl(ESP, DR, C, "the government would otherwise move to apply Article 155"),
        ],
    ),
    # 021 (shift article)
    dict(
        published="2017-10-19T10:30:00Z", outlet="granite-herald",
        slug="madrid-to-press-ahead-with-article-155",
        title="Madrid to press ahead with suspending Catalan autonomy after second letter",
        text=(
            "MADRID, Oct 19 (Granite Herald) - Spain's government said on Thursday it would press ahead with "
            "suspending Catalonia's autonomy, after Catalan president Carles Puigdemont again failed to say whether he "
            "had declared independence.\n\n"
            "In a statement issued minutes after the 10 a.m. deadline expired, the government said it would go ahead "
            "with the procedure in Article 155 of the constitution to restore legality in the region. Rajoy will "
            "chair an extraordinary cabinet meeting on Saturday to approve the measures, which then need the backing "
            "of the Senate, where his Popular Party holds a majority.\n\n"
            "In his second letter, Puigdemont wrote that if Madrid persisted in blocking dialogue and continuing the "
            "repression, the Catalan parliament could vote to lift the suspension. He repeated that he wanted to "
            "talk.\n\n"
            "Catalan officials said privately that the president was weighing his options, including an early "
            "regional election, which his allies in the far-left CUP reject.\n\n"
            "The Socialists are expected to announce their position on the measures after the cabinet meets."
        ),
        claims=[
            cl(ESP, DR, S, "it would press ahead with suspending Catalonia's autonomy"),
            cl(CAT, SUSP, C, "the Catalan parliament could vote to lift the suspension"),
            cl(CAT, TALK, S, "He repeated that he wanted to talk."),
        ],
    ),
    # 022
    dict(
        published="2017-10-21T13:30:00Z", outlet="tidewater-wire",
        slug="cabinet-approves-direct-rule-measures",
        title="Rajoy moves to remove Catalan government, plans election within six months",
        text=(
            "MADRID, Oct 21 (Tidewater Wire) - Prime Minister Mariano Rajoy said on Saturday his government would "
            "remove Catalan president Carles Puigdemont and his cabinet from office and call a regional election "
            "within six months, as it asked the Senate to approve direct rule over Catalonia.\n\n"
            "After an extraordinary cabinet meeting, Rajoy said Article 155 was being used to restore the law, bring "
            "back coexistence and hold elections in normal conditions. Ministers in Madrid would take over the "
            "functions of the regional government until a new one was formed.\n\n"
            "Puigdemont, speaking in a televised address in the evening, called the measures the worst attack on "
            "Catalan institutions since the Franco dictatorship and said Catalans could not accept them. He asked "
            "the regional parliament to meet to decide how to respond.\n\n"
            "Senate approval is expected next Friday. The upper house will also hear from Puigdemont if he chooses "
            "to appear.\n\n"
            "Hundreds of thousands of people protested in Barcelona on Saturday afternoon against the jailing of the "
            "two civic leaders."
        ),
        claims=[
            cl(ESP, DR, S, "Article 155 was being used to restore the law"),
            cl(ESP, ELEC, S, "call a regional election within six months"),
            cl(CAT, DR, O, "called the measures the worst attack on Catalan institutions since the Franco dictatorship"),
        ],
    ),
    # 023 (shift article)
    dict(
        published="2017-10-21T18:00:00Z", outlet="beacon-newswire",
        slug="socialists-back-direct-rule",
        title="Socialists back direct rule for Catalonia, Podemos says it will vote no",
        text=(
            "MADRID, Oct 21 (Beacon Newswire) - Spain's Socialists said on Saturday they would vote for the "
            "government's plan to impose direct rule on Catalonia, after securing a commitment that it would be short "
            "and lead quickly to a regional election.\n\n"
            "Pedro Sanchez's deputy, Jose Luis Abalos, said the party backed the measures because Puigdemont had left "
            "the state no choice. The Socialists had pressed Rajoy to limit the intervention and to leave "
            "Catalonia's public broadcaster alone, which the government has yet to confirm.\n\n"
            "Sanchez said on Friday that a swift election was the best way to return the decision to Catalan "
            "voters.\n\n"
            "Ciudadanos said the measures were necessary but came late, and repeated its call for the election to be "
            "held as soon as possible. Podemos leader Pablo Iglesias said his party would vote against what he called "
            "a suspension of democracy in Catalonia and urged the two governments to negotiate instead.\n\n"
            "The Catalan parliament's governing bureau will meet on Monday to set a date for a plenary session."
        ),
        claims=[
            cl(PSOE, DR, S, "they would vote for the government's plan to impose direct rule on Catalonia"),
            cl(PSOE, ELEC, S, "a swift election was the best way to return the decision to Catalan voters"),
            cl(CS, DR, S, "the measures were necessary but came late"),
            cl(CS, ELEC, S, "repeated its call for the election to be held as soon as possible"),
            cl(POD, DR, O, "would vote against what he called a suspension of democracy in Catalonia"),
            cl(POD, TALK, S, "urged the two governments to negotiate instead"),
        ],
    ),
    # 024 (no claims)
    dict(
        published="2017-10-24T09:00:00Z", outlet="pennant-report",
        slug="senate-committee-sets-timetable",
        title="Senate sets Friday vote on Catalan measures",
        text=(
            "MADRID, Oct 24 (Pennant Report) - The Spanish Senate's special committee on the Catalan crisis met for "
            "the first time on Tuesday and agreed a timetable that would allow a final vote on the government's "
            "measures on Friday morning.\n\n"
            "The committee invited Catalan president Carles Puigdemont to appear on Thursday or to send a "
            "representative to present his arguments. A spokesman for the Catalan government declined to say whether "
            "he would accept.\n\n"
            "The Catalan parliament scheduled a plenary session for Thursday, and its speaker Carme Forcadell, who is "
            "under investigation for disobedience, said the chamber would debate the application of Article 155 and "
            "its possible effects.\n\n"
            "Constitutional experts said a Senate vote would be the first use of the article since the 1978 "
            "constitution was adopted, and that many questions about how it would work in practice remained "
            "unanswered.\n\n"
            "Diplomats in Madrid said several European capitals were watching closely and hoped the new powers would "
            "be used sparingly."
        ),
        claims=[],
    ),
    # 025 (headline overstates; leak only)
    dict(
        published="2017-10-26T08:30:00Z", outlet="granite-herald",
        slug="puigdemont-to-call-snap-election",
        title="Puigdemont to call snap Catalan election",
        text=(
            "BARCELONA, Oct 26 (Granite Herald) - Catalan president Carles Puigdemont is expected to call an early "
            "regional election on Thursday in an effort to head off direct rule from Madrid, according to two "
            "people involved in the discussions who spoke on condition of anonymity.\n\n"
            "The two said Puigdemont had decided overnight to dissolve the regional parliament and hold a vote "
            "in December, after a long meeting with ministers and party leaders at the Palau de la Generalitat. He "
            "was due to make a statement at 1:30 p.m.\n\n"
            "Several of his allies reacted angrily to the reports. Two lawmakers from his own coalition said they "
            "would give up their seats if he called an election instead of declaring independence, and students "
            "marching through the city chanted that he was a traitor.\n\n"
            "It was not clear whether Madrid would halt the Article 155 process if an election were called.\n\n"
            "The Senate is due to vote on the measures on Friday."
        ),
        claims=[
            cl(CAT, ELEC, S, "Puigdemont had decided overnight to dissolve the regional parliament and hold a vote", False),
        ],
    ),
    # 026
    dict(
        published="2017-10-26T15:00:00Z", outlet="tidewater-wire",
        slug="puigdemont-rules-out-election",
        title="Puigdemont rules out early election, leaves next step to parliament",
        text=(
            "BARCELONA, Oct 26 (Tidewater Wire) - Catalan president Carles Puigdemont ruled out calling an early "
            "regional election on Thursday, saying Madrid had failed to give him guarantees that it would call off "
            "direct rule, and left it to the regional parliament to decide how to respond.\n\n"
            "In a brief statement at the Palau de la Generalitat, delivered after hours of confusion and two "
            "postponements, Puigdemont said he had been willing to call a vote if the conditions had been met. He "
            "said none had been.\n\n"
            "He said the government in Madrid had chosen confrontation over dialogue. The Catalan parliament was "
            "debating the central government's measures as he spoke and could vote on a declaration of independence "
            "on Friday.\n\n"
            "In Madrid, Deputy Prime Minister Soraya Saenz de Santamaria told the Senate that the measures were the "
            "only way to restore the law in Catalonia.\n\n"
            "Earlier in the day, people close to Puigdemont had told reporters that he planned to dissolve "
            "parliament, prompting protests from his pro-independence allies."
        ),
        claims=[
            cl(CAT, ELEC, O, "ruled out calling an early regional election on Thursday"),
            cl(ESP, TALK, O, "the government in Madrid had chosen confrontation over dialogue", False),
            cl(ESP, DR, S, "the measures were the only way to restore the law in Catalonia"),
        ],
    ),
    # 027 (shift article)
    dict(
        published="2017-10-27T15:30:00Z", outlet="pennant-report",
        slug="catalan-parliament-declares-independence",
        title="Catalan parliament declares independence from Spain",
        text=(
            "BARCELONA, Oct 27 (Pennant Report) - Catalonia's regional parliament voted on Friday to declare "
            "independence from Spain, with 70 votes in favour in the 135-seat chamber after most opposition deputies "
            "walked out in protest.\n\n"
            "The resolution, drafted by Carles Puigdemont's government and its allies, proclaims a Catalan "
            "republic as an independent and sovereign state. The vote was held by secret ballot at the request of "
            "pro-independence lawmakers, who feared prosecution.\n\n"
            "In a statement after the vote, Puigdemont said there was no reason any longer to keep the independence "
            "process on hold, and he asked supporters to stay peaceful and hold on to their values in the days "
            "ahead.\n\n"
            "Before leaving the chamber, opposition deputies placed Spanish and Catalan flags on their empty seats. "
            "Ciudadanos' Ines Arrimadas called the declaration a coup against democracy.\n\n"
            "Crowds outside the parliament in Barcelona's Ciutadella park cheered and opened bottles of cava as the "
            "result was announced."
        ),
        claims=[
            cl(CAT, DEC, S, "drafted by Carles Puigdemont's government and its allies"),
            cl(CAT, SUSP, O, "there was no reason any longer to keep the independence process on hold"),
            cl(CS, DEC, O, "called the declaration a coup against democracy"),
        ],
    ),
    # 028
    dict(
        published="2017-10-27T20:30:00Z", outlet="atlas-courier",
        slug="rajoy-dismisses-catalan-government",
        title="Rajoy dismisses Catalan government, calls December 21 election",
        text=(
            "MADRID, Oct 27 (Atlas Courier) - Prime Minister Mariano Rajoy dismissed Catalonia's government on Friday, "
            "dissolved the regional parliament and called a snap election for December 21, hours after the Senate "
            "gave him powers to rule the region directly.\n\n"
            "The upper house approved the use of Article 155 by 214 votes to 47, with the Socialists and Ciudadanos "
            "voting alongside Rajoy's Popular Party. Rajoy said he had called the election quickly to return "
            "Catalonia to normality and give Catalans their say.\n\n"
            "European Council President Donald Tusk wrote on Twitter that for the EU nothing changed and that Spain "
            "remained its only interlocutor. He said he hoped the Spanish government would choose the force of "
            "argument over the argument of force.\n\n"
            "Unidos Podemos voted against the measures. Pablo Iglesias said the declaration of independence was "
            "illegitimate, but that Rajoy's response would only make the crisis worse.\n\n"
            "The French, German and British governments said they would not recognise Catalan independence."
        ),
        claims=[
            cl(ESP, ELEC, S, "called a snap election for December 21"),
            cl(ESP, DR, S, "dismissed Catalonia's government on Friday, dissolved the regional parliament"),
            cl(PSOE, DR, S, "the Socialists and Ciudadanos voting alongside Rajoy's Popular Party"),
            cl(CS, DR, S, "the Socialists and Ciudadanos voting alongside Rajoy's Popular Party"),
            cl(EU, DEC, O, "for the EU nothing changed and that Spain remained its only interlocutor"),
            cl(POD, DR, O, "Unidos Podemos voted against the measures"),
            cl(POD, DEC, O, "the declaration of independence was illegitimate"),
        ],
    ),
    # 029
    dict(
        published="2017-10-30T12:00:00Z", outlet="granite-herald",
        slug="prosecutor-seeks-rebellion-charges",
        title="Prosecutor seeks rebellion charges as Puigdemont turns up in Brussels",
        text=(
            "MADRID, Oct 30 (Granite Herald) - Spain's chief prosecutor asked the courts on Monday to charge Carles "
            "Puigdemont and members of his dismissed government with rebellion, sedition and misuse of public funds, "
            "as officials said the deposed leader, who has rejected direct rule as illegitimate, had travelled to "
            "Brussels.\n\n"
            "Government spokesman Inigo Mendez de Vigo said nothing would stop the December 21 election from going "
            "ahead as planned, and that Puigdemont, like any citizen, was free to stand as a candidate.\n\n"
            "Civil servants returned to their desks at regional government departments, and the Catalan police force "
            "accepted orders from the interior ministry after its chief was removed.\n\n"
            "Paul Bekaert, a Belgian lawyer, confirmed that he was advising the former president but would not say "
            "whether he intended to seek asylum. A Belgian junior minister had suggested over the weekend that "
            "Puigdemont could apply, before Prime Minister Charles Michel told him to stop adding fuel to the "
            "fire.\n\n"
            "The two main pro-independence parties said they were still discussing whether to run in the election."
        ),
        claims=[
            cl(CAT, DR, O, "who has rejected direct rule as illegitimate", False),
            cl(ESP, ELEC, S, "nothing would stop the December 21 election from going ahead as planned"),
        ],
    ),
    # 030 (shift article)
    dict(
        published="2017-10-31T13:30:00Z", outlet="beacon-newswire",
        slug="puigdemont-accepts-december-election",
        title="Puigdemont says he accepts December election, denies fleeing justice",
        text=(
            "BRUSSELS, Oct 31 (Beacon Newswire) - Deposed Catalan leader Carles Puigdemont said on Tuesday he accepted "
            "the December 21 regional election called by Madrid and would respect its outcome, describing the vote "
            "as a democratic challenge his movement would take up.\n\n"
            "Speaking at a press club in the Belgian capital, Puigdemont said he had not come to Belgium to seek "
            "asylum but to act in freedom and safety, and that he would return to Spain only if he was guaranteed a "
            "fair trial. He said he was not hiding from justice.\n\n"
            "He denied that accepting the vote meant giving up on independence and said his dismissed government "
            "would keep working for the republic. He asked whether Madrid would in turn respect the result if "
            "pro-independence parties won again.\n\n"
            "A European Commission spokesman said it had no comment on Puigdemont's presence in Brussels. Belgium's "
            "government said he had the same rights as any other European citizen.\n\n"
            "Spain's attorney general has asked for charges of rebellion against him."
        ),
        claims=[
            cl(CAT, ELEC, S, "he accepted the December 21 regional election called by Madrid"),
            cl(CAT, SUSP, O, "denied that accepting the vote meant giving up on independence"),
            cl(CAT, DEC, S, "would keep working for the republic"),
        ],
    ),
    # 031
    dict(
        published="2017-11-02T20:00:00Z", outlet="tidewater-wire",
        slug="judge-jails-former-catalan-ministers",
        title="Judge jails eight former Catalan ministers, including Junqueras",
        text=(
            "MADRID, Nov 2 (Tidewater Wire) - A Spanish judge on Thursday ordered eight members of Catalonia's "
            "dismissed government, including former vice-president Oriol Junqueras, to be held in custody pending an "
            "investigation into rebellion and sedition.\n\n"
            "Judge Carmen Lamela of the National Court said there was a risk that they would flee or destroy "
            "evidence. A ninth former minister was granted bail. Junqueras did not speak at the hearing, his lawyer "
            "said.\n\n"
            "In a televised statement recorded in Belgium, Carles Puigdemont called the decision an attack on "
            "democracy and demanded the release of his former ministers. He urged "
            "pro-independence parties to run on a single list on December 21.\n\n"
            "Podemos leader Pablo Iglesias said he was ashamed that political opponents were being jailed in Spain. "
            "The Socialists said they respected the judge's decision.\n\n"
            "Prosecutors have also asked for a European arrest warrant for Puigdemont, who has remained in Brussels "
            "with four former ministers."
        ),
        claims=[
            cl(CAT, ELEC, S, "urged pro-independence parties to run on a single list on December 21"),
        ],
    ),
    # 032
    dict(
        published="2017-12-21T23:30:00Z", outlet="atlas-courier",
        slug="separatists-keep-majority-ciudadanos-first",
        title="Separatists keep majority in Catalan election as Ciudadanos comes first",
        text=(
            "BARCELONA, Dec 21 (Atlas Courier) - Catalonia's pro-independence parties kept their majority in the "
            "regional parliament in Thursday's election, dealing a blow to Prime Minister Mariano Rajoy, while the "
            "unionist Ciudadanos became the largest single party.\n\n"
            "Ciudadanos, led in Catalonia by Ines Arrimadas, won 37 of the 135 seats. Puigdemont's Together for "
            "Catalonia list won 34 and the Republican Left 32, which with the CUP's four seats gives the separatists "
            "70. Turnout was a record of about 82 percent.\n\n"
            "Speaking from Brussels, Puigdemont said the Catalan republic had defeated the Spanish state and called on "
            "Rajoy to meet him in Brussels or anywhere else in the EU to start negotiations. He said he expected to "
            "be restored as president.\n\n"
            "Arrimadas said her party had won the election and that separatists no longer had a majority of votes. "
            "She said Ciudadanos would not negotiate with those who had tried to break the country apart.\n\n"
            "Rajoy's Popular Party won three seats, its worst result in the region. Rajoy is due to speak on Friday."
        ),
        claims=[
            cl(CAT, DEC, S, "the Catalan republic had defeated the Spanish state"),
            cl(CAT, TALK, S, "anywhere else in the EU to start negotiations"),
            cl(CS, TALK, O, "Ciudadanos would not negotiate with those who had tried to break the country apart"),
        ],
    ),
    # 033
    dict(
        published="2017-12-22T12:30:00Z", outlet="pennant-report",
        slug="rajoy-ready-to-talk-to-next-catalan-government",
        title="Rajoy offers talks with next Catalan government, rebuffs Puigdemont",
        text=(
            "MADRID, Dec 22 (Pennant Report) - Prime Minister Mariano Rajoy said on Friday he was ready to talk to the "
            "next Catalan government provided it acted within the law, but he rejected Carles Puigdemont's offer of a "
            "meeting in Brussels.\n\n"
            "At a news conference at the Moncloa palace, Rajoy said the person he should be sitting down with was "
            "Ines Arrimadas, whose party won the most votes. He said he would not call an early general election and "
            "intended to serve out his term.\n\n"
            "Socialist leader Pedro Sanchez said the result showed that Catalonia was deeply divided and that both "
            "governments now had to negotiate a way out. Podemos leader Pablo Iglesias said Rajoy's strategy had "
            "failed.\n\n"
            "A European Commission spokesman declined to comment on the outcome of a regional election.\n\n"
            "Pro-independence parties are expected to try to re-elect Puigdemont as president, though it is unclear "
            "how he could take office from Belgium without facing arrest in Spain."
        ),
        claims=[
            cl(ESP, TALK, C, "ready to talk to the next Catalan government provided it acted within the law"),
            cl(PSOE, TALK, S, "both governments now had to negotiate a way out"),
        ],
    ),
]

# Duplicate pairs (original, copy): same story, same day, second outlet, identical claims.
DUPLICATES = [("005", "006"), ("016", "017")]

SHIFTS = [
    dict(actor=CAT, issue=SUSP, **{"from": O}, to=C, article="016",
         why="Puigdemont asks parliament to suspend the effects of the declaration for several weeks to allow "
             "dialogue; before the vote he refused to give up the mandate or turn back (baseline, 012)."),
    dict(actor=PSOE, issue=DR, **{"from": O}, to=C, article="018",
         why="Sanchez says the PSOE would support the government's response, including Article 155, if "
             "Puigdemont does not retract; in 004 the party said invoking the article was not the answer."),
    dict(actor=ESP, issue=DR, **{"from": C}, to=S, article="021",
         why="After the deadline passes Madrid says it will press ahead with Article 155; in 018 and 020 it "
             "would act only if Puigdemont did not back down or return to legality."),
    dict(actor=PSOE, issue=DR, **{"from": C}, to=S, article="023",
         why="The Socialists say they will vote for direct rule; in 018 their support depended on Puigdemont "
             "not retracting."),
    dict(actor=CAT, issue=SUSP, **{"from": C}, to=O, article="027",
         why="Parliament declares independence and Puigdemont says there is no longer any reason to keep the "
             "process on hold; since 016 the suspension was offered only while talks were sought (020, 021)."),
    dict(actor=CAT, issue=ELEC, **{"from": O}, to=S, article="030",
         why="From Brussels Puigdemont accepts the December 21 election and will respect its result; in 026 he "
             "ruled out calling an early election (the 025 leak was unattributed)."),
]


# ----------------------------------------------------------------------------------------------
def article_id(i):
    return "%03d" % (i + 1)


def url_for(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def parse_watchlist(path):
    text = open(path, encoding="utf-8").read()
    section = None
    actors, issues, baseline = [], [], []
    for line in text.splitlines():
        if re.match(r"^actors:\s*$", line):
            section = "actors"
            continue
        if re.match(r"^issues:\s*$", line):
            section = "issues"
            continue
        if re.match(r"^baseline:\s*$", line):
            section = "baseline"
            continue
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m and section == "actors":
            actors.append(m.group(1))
        elif m and section == "issues":
            issues.append(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
        if m and section == "baseline":
            baseline.append(m.groups())
        if section == "issues":
            k = re.match(r"^    (\w+):", line)
            if k and k.group(1) not in ("name", "description", "terms"):
                raise SystemExit("watchlist: unexpected issue field %r" % k.group(1))
    return actors, issues, baseline


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues (want 5-7)" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            err("baseline entry invalid: %s %s %s" % (a, i, s))

    # ---- articles
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        if f.endswith(".json"):
            os.remove(os.path.join(HERE, "articles", f))

    if not 30 <= len(ARTICLES) <= 34:
        err("%d articles (want 30-34)" % len(ARTICLES))
    prev = None
    out_articles = []
    claims_out = {}
    dateline_re = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2} \((.+?)\) - ")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    for i, a in enumerate(ARTICLES):
        aid = article_id(i)
        if a["outlet"] not in OUTLETS:
            err("%s: unknown outlet %s" % (aid, a["outlet"]))
        if prev is not None and a["published"] <= prev:
            err("%s: not in publication order" % aid)
        prev = a["published"]
        text = a["text"]
        n = len(text.split())
        if not 120 <= n <= 260:
            err("%s: %d words (want 120-260)" % (aid, n))
        m = dateline_re.match(text)
        if not m:
            err("%s: bad dateline: %r" % (aid, text[:60]))
        else:
            if m.group(2) != OUTLETS[a["outlet"]]:
                err("%s: dateline outlet %r != %r" % (aid, m.group(2), OUTLETS[a["outlet"]]))
            mon = months[int(a["published"][5:7]) - 1]
            day = str(int(a["published"][8:10]))
            if m.group(1) != mon or not text.startswith(text.split(",")[0] + ", %s %s " % (mon, day)):
                err("%s: dateline date does not match published" % aid)
        try:
            text.encode("ascii")
        except UnicodeEncodeError:
            err("%s: non-ASCII text" % aid)
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                err("%s: actor %s not in watchlist" % (aid, c["actor"]))
            if c["issue"] not in issues:
                err("%s: issue %s not in watchlist" % (aid, c["issue"]))
            if c["stance"] not in (S, O, C):
                err("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in text:
                err("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                err("%s: quote over 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                err("%s: attributed must be bool" % aid)
            key = (c["actor"], c["issue"])
            if key in seen:
                err("%s: two claims for %s/%s" % (aid, key[0], key[1]))
            seen.add(key)
        rec = {
            "id": aid,
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_for(a),
            "title": a["title"],
            "text": text,
        }
        out_articles.append(rec)
        claims_out[aid] = a["claims"]
        with open(os.path.join(HERE, "articles", aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")

    urls = [r["url"] for r in out_articles]
    if len(set(urls)) != len(urls):
        err("duplicate urls")

    # ---- duplicates carry identical claims
    for o, c in DUPLICATES:
        so = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in claims_out[o])
        sc = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in claims_out[c])
        if so != sc:
            err("duplicate %s/%s: claims differ" % (o, c))
        if out_articles[int(o) - 1]["published"][:10] != out_articles[int(c) - 1]["published"][:10]:
            err("duplicate %s/%s: not the same day" % (o, c))
        if out_articles[int(o) - 1]["source"] == out_articles[int(c) - 1]["source"]:
            err("duplicate %s/%s: same outlet" % (o, c))

    # ---- recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for r in out_articles:
        for c in claims_out[r["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                computed.append((c["actor"], c["issue"], old, c["stance"], r["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if computed != labelled:
        err("shifts mismatch:\n  computed %s\n  labelled %s" % (computed, labelled))
    dup_copies = {c for _, c in DUPLICATES}
    for s in SHIFTS:
        if s["article"] in dup_copies:
            err("shift article %s is a duplicate copy" % s["article"])
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [r["id"] for r in out_articles if r["id"] not in shift_articles]

    # ---- labels.json
    labels = {"claims": claims_out, "shifts": SHIFTS, "no_alert_articles": no_alert}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # ---- feeds
    for f in os.listdir(os.path.join(HERE, "feeds")):
        if f.endswith(".xml"):
            os.remove(os.path.join(HERE, "feeds", f))
    for slug, name in OUTLETS.items():
        items = [r for r, a in zip(out_articles, ARTICLES) if a["outlet"] == slug]
        if not items:
            err("outlet %s has no articles" % slug)
            continue
        items.sort(key=lambda r: r["published"], reverse=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
            % (escape(name), SET_NAME),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"]),
        ]
        for r in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(r["title"]),
                "      <link>%s</link>" % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                "      <pubDate>%s</pubDate>" % rfc822(r["published"]),
                "      <description>%s</description>" % escape(r["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        path = os.path.join(HERE, "feeds", slug + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        p = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if p.returncode != 0:
            err("xmllint failed on %s: %s" % (path, p.stderr.strip()))

    # ---- summary
    allc = [c for r in out_articles for c in claims_out[r["id"]]]
    by = {S: 0, O: 0, C: 0}
    for c in allc:
        by[c["stance"]] += 1
    unattributed = sum(1 for c in allc if not c["attributed"])
    empty = [r["id"] for r in out_articles if not claims_out[r["id"]]]
    if not 60 <= len(allc) <= 90:
        err("%d claims (want 60-90)" % len(allc))
    if by[C] < 6:
        err("only %d conditional claims" % by[C])
    if not 5 <= len(SHIFTS) <= 8:
        err("%d shifts (want 5-8)" % len(SHIFTS))
    if not 3 <= len(empty) <= 4:
        err("%d articles without claims (want 3-4)" % len(empty))
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        err("%d straight support/oppose reversals (max 2)" % reversals)
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")

    print("articles: %d, claims: %d (support %d, oppose %d, conditional %d; attributed false %d)"
          % (len(out_articles), len(allc), by[S], by[O], by[C], unattributed))
    print("shifts: %d in articles %s; no-claim articles: %s; duplicates: %s"
          % (len(SHIFTS), ", ".join(shift_articles), ", ".join(empty),
             ", ".join("%s/%s" % d for d in DUPLICATES)))
    words = [len(r["text"].split()) for r in out_articles]
    print("words per article: min %d, max %d" % (min(words), max(words)))
    if errors:
        print("\nFAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
