#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set chile-constitution-2022.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates everything (see README.md). Exits non-zero on any failure.
"""
import datetime
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
BASE_URL = "https://example.org"
SET_NAME = "chile-constitution-2022"

OUTLETS = {
    "andes-wire": "Andes Wire",
    "pacific-ledger": "Pacific Ledger",
    "coastline-herald": "Coastline Herald",
    "southern-cross-dispatch": "Southern Cross Dispatch",
    "condor-bulletin": "Condor Bulletin",
}

S, O, C = "support", "oppose", "conditional"

# Each claim: (actor, issue, stance, quote, attributed)
ARTICLES = [
    {
        "published": "2022-04-14T16:20:00Z",
        "outlet": "andes-wire",
        "slug": "convention-votes-to-replace-senate",
        "title": "Chile's Convention votes to replace the Senate with a Chamber of Regions",
        "text": """SANTIAGO, April 14 (Andes Wire) - Chile's Constitutional Convention voted late on Wednesday to do away with the Senate, approving an article that creates a Chamber of Regions to sit alongside a lower house of deputies in the draft constitution due to go to voters in September.

The article passed with 104 votes in favour, 42 against and six abstentions, clearing the two-thirds threshold the body needs. A companion article setting out the new chamber's powers failed and was sent back to committee.

Convention vice-president Gaspar Dominguez said the vote settled one of the hardest questions of the drafting and would give the regions a real voice in national lawmaking.

UDI president Javier Macaya said his party would fight the change, arguing that abolishing the upper house would remove the main check on hasty legislation.

Several senators from the Socialist Party, whose seats would disappear under the plan, criticised the decision in interviews, although the party's leadership has not taken a formal position.

Analysts said the limited powers of the new chamber were likely to become a central argument in the referendum campaign.""",
        "claims": [
            ("convention", "scrap-senate", S, "Chile's Constitutional Convention voted late on Wednesday to do away with the Senate", True),
            ("chile-vamos", "scrap-senate", O, "abolishing the upper house would remove the main check on hasty legislation", True),
        ],
    },
    {
        "published": "2022-05-16T21:00:00Z",
        "outlet": "pacific-ledger",
        "slug": "convention-presents-first-draft",
        "title": "Convention presents first full draft of Chile's new constitution",
        "text": """SANTIAGO, May 16 (Pacific Ledger) - Chile's Constitutional Convention presented the first complete draft of a new constitution on Monday, a text of nearly 500 articles that will now be trimmed and harmonised before a final version is handed over in July.

The draft defines Chile as a social and democratic state under the rule of law that is plurinational, intercultural and ecological, and it sets out a long list of social rights covering health, housing, education and pensions.

Convention president Maria Elisa Quinteros said the text answered demands raised in the 2019 protests and deserved the support of voters on Sept. 4. She defended the plurinational definition as a long-overdue recognition of the country's indigenous peoples.

Jose Antonio Kast said the Republican Party would campaign for rejection, describing the text as a project that divides Chileans. The Chile Vamos coalition, which has signalled it will also back rejection, said it would study the draft in detail before the campaign begins.

Recent opinion polls have shown support for rejection edging ahead, though pollsters say many voters remain undecided.""",
        "claims": [
            ("convention", "approve-draft", S, "deserved the support of voters on Sept. 4", True),
            ("convention", "plurinational-state", S, "She defended the plurinational definition as a long-overdue recognition", True),
            ("republicans", "approve-draft", O, "the Republican Party would campaign for rejection", True),
            ("chile-vamos", "approve-draft", O, "which has signalled it will also back rejection", False),
        ],
    },
    {
        "published": "2022-06-01T22:30:00Z",
        "outlet": "coastline-herald",
        "slug": "boric-first-address-urges-informed-vote",
        "title": "Boric uses first annual address to call for an informed vote on new charter",
        "text": """VALPARAISO, June 1 (Coastline Herald) - President Gabriel Boric used his first annual address to Congress on Wednesday to urge Chileans to read the proposed constitution before the September plebiscite, saying the decision belonged to citizens and not to the government.

Speaking for more than two hours in the Congress building in Valparaiso, Boric focused on pensions, public security and the cost of living. On the constitutional vote he asked for a debate based on facts, and he did not say during the speech which option he favoured.

Government spokeswoman Camila Vallejo told reporters afterwards that ministers would follow the comptroller's guidance on neutrality during the campaign.

UDI president Javier Macaya accused the president of using the podium to campaign for approval. Macaya repeated that his coalition would vote to reject the draft and present its own ideas for constitutional change.

Boric's own coalition, Apruebo Dignidad, has backed the draft since the first articles were approved. The centre-left parties of Socialismo Democratico are due to set out their position in the coming weeks.""",
        "claims": [
            ("chile-vamos", "approve-draft", O, "Macaya repeated that his coalition would vote to reject the draft", True),
            ("apruebo-dignidad", "approve-draft", S, "Boric's own coalition, Apruebo Dignidad, has backed the draft", False),
        ],
    },
    {
        "published": "2022-06-07T15:00:00Z",
        "outlet": "southern-cross-dispatch",
        "slug": "centre-left-sets-terms-for-backing-draft",
        "title": "Chile's centre-left parties set terms for backing draft constitution",
        "text": """SANTIAGO, June 7 (Southern Cross Dispatch) - The centre-left parties in President Gabriel Boric's government will back the draft constitution only once it is clear how its weaker points will be fixed, party leaders said on Tuesday, a day after the two governing blocs announced a joint campaign coordination at La Moneda.

PPD chair Natalia Piergentili said her party would approve in order to improve the text, and that the real question was under what conditions it would approve. The Socialist Party has taken a similar line.

Among the changes the Socialismo Democratico parties want is a stronger role for the proposed Chamber of Regions. Piergentili said the party could accept losing the Senate only if the new chamber kept real powers to review legislation.

Communist Party chair Guillermo Teillier rejected talk of rewriting the draft before it had even been voted on, saying Apruebo Dignidad would campaign for the text as written.

The coordination was announced after weeks of complaints within the governing camp that the former Concertacion parties were slow to take a position. Their formal decision on the vote is expected after the final text is delivered on July 4.""",
        "claims": [
            ("socialismo-democratico", "approve-draft", C, "the real question was under what conditions it would approve", True),
            ("socialismo-democratico", "scrap-senate", C, "could accept losing the Senate only if the new chamber kept real powers", True),
            ("apruebo-dignidad", "approve-draft", S, "Apruebo Dignidad would campaign for the text as written", True),
        ],
    },
    {
        "published": "2022-06-28T19:00:00Z",
        "outlet": "condor-bulletin",
        "slug": "plurinational-clause-becomes-flashpoint",
        "title": "Plurinational clause becomes flashpoint as Convention finishes text",
        "text": """SANTIAGO, June 28 (Condor Bulletin) - The article defining Chile as a plurinational state has become the most disputed part of the proposed constitution as the Convention's harmonisation committee finishes its work this week.

Convention vice-president Gaspar Dominguez said on Tuesday that recognising indigenous nations did not divide the country but reflected the way it already was. He said the clause would stay in the final text.

Leaders of the right-wing Chile Vamos coalition said a plurinational state would create different categories of citizens with different rights and courts. National Renewal president Francisco Chahuan said the coalition favoured recognising indigenous peoples in a constitution, but within a single nation.

The Republican Party, whose leader has called the clause a threat to national unity, has made it a centrepiece of its campaign events in the south.

Interior Minister Izkia Siches, who has been dealing with unrest in the Araucania region, declined to say whether the government thought the indigenous consent rules in the draft went too far.

Polls published this month suggest the clause is unpopular with many voters who say they support a new constitution in principle.""",
        "claims": [
            ("convention", "plurinational-state", S, "recognising indigenous nations did not divide the country", True),
            ("chile-vamos", "plurinational-state", O, "a plurinational state would create different categories of citizens", True),
            ("republicans", "plurinational-state", O, "whose leader has called the clause a threat to national unity", False),
        ],
    },
    {
        "published": "2022-07-02T17:30:00Z",
        "outlet": "southern-cross-dispatch",
        "slug": "amarillos-movement-to-vote-against-draft",
        "title": "Centre-left Amarillos movement to vote against draft, promises 'rejection with hope'",
        "text": """SANTIAGO, July 2 (Southern Cross Dispatch) - Amarillos por Chile, a movement of centre-left academics and former officials, said on Saturday it would call on voters to reject the proposed constitution, arguing that the final round of corrections had not fixed its basic flaws.

Its founder, the writer Cristian Warnken, said the movement still wanted a new constitution and that a rejection must be followed by a broad national agreement to write a better one. He described the stance as a rejection with hope rather than a defence of the 1980 charter.

In a statement, the group said the structure of the draft was alien to the country's history, and it singled out the plurinational state and the new justice system as reasons for its decision.

Warnken said the movement had little in common with the right, which he accused of having blocked change for decades.

The announcement adds a centre-left voice to the rejection campaign. The Convention is due to hand the final text to President Gabriel Boric on Monday.""",
        "claims": [
            ("amarillos", "approve-draft", O, "it would call on voters to reject the proposed constitution", True),
            ("amarillos", "new-process", S, "a rejection must be followed by a broad national agreement to write a better one", True),
            ("amarillos", "plurinational-state", O, "singled out the plurinational state and the new justice system as reasons", True),
        ],
    },
    {
        "published": "2022-07-04T18:45:00Z",
        "outlet": "pacific-ledger",
        "slug": "convention-hands-final-draft-to-boric",
        "title": "Chile's Convention hands final draft to Boric and dissolves",
        "text": """SANTIAGO, July 4 (Pacific Ledger) - Chile's Constitutional Convention delivered its final draft of a new constitution to President Gabriel Boric on Monday in a ceremony at the former Congress building in central Santiago, ending a year of work and formally dissolving.

The text of 388 articles now goes to a compulsory plebiscite on Sept. 4. If voters reject it, the constitution drafted under Augusto Pinochet and amended many times since will remain in force.

Convention president Maria Elisa Quinteros called on Chileans to make the text their own and vote for it, saying it was the first constitution in the country's history written with gender parity and indigenous participation.

Boric signed the decree calling the plebiscite. He said the people would have the last word and asked for a campaign free of lies and fear, but did not say which option he would choose.

Outside the building, supporters of both options gathered behind police lines. Leaders of the right-wing opposition parties did not attend the ceremony.""",
        "claims": [
            ("convention", "approve-draft", S, "called on Chileans to make the text their own and vote for it", True),
        ],
    },
    {
        "published": "2022-07-08T20:00:00Z",
        "outlet": "coastline-herald",
        "slug": "frei-to-vote-reject-lagos-declines-to-choose",
        "title": "Former presidents split: Frei to vote against draft, Lagos declines to choose",
        "text": """SANTIAGO, July 8 (Coastline Herald) - Former President Eduardo Frei said on Friday he would vote to reject the proposed constitution, citing what he called irreconcilable differences with the text, days after fellow ex-president Ricardo Lagos declined to say how he would vote.

Lagos, a Socialist who governed from 2000 to 2006, said in a letter that neither the current constitution nor the draft offered the country a text capable of uniting it, and urged the parties to commit now to reforming whichever one prevails.

Frei's Christian Democrats, who are not part of the government, are divided over the text, and several of the party's senators have campaigned against it.

The interventions come as Boric's coalition, Apruebo Dignidad, which has campaigned for the draft since it was delivered, tries to win back undecided centre-left voters. Analysts said Lagos's letter could give cover to moderates who want a new constitution but dislike parts of this one.

Neither former president said whether he would take part in campaign events.""",
        "claims": [
            ("apruebo-dignidad", "approve-draft", S, "Apruebo Dignidad, which has campaigned for the draft since it was delivered", False),
        ],
    },
    {
        "published": "2022-07-09T19:00:00Z",
        "outlet": "condor-bulletin",
        "slug": "chile-vamos-pledges-new-constitution-if-draft-rejected",
        "title": "Chile Vamos pledges to pursue a new constitution if draft is rejected",
        "text": """SANTIAGO, July 9 (Condor Bulletin) - The three parties of the right-wing Chile Vamos coalition signed a letter on Saturday committing themselves to work for a new constitution if voters reject the Convention's draft in September.

The document from the UDI, National Renewal and Evopoli sets out ten commitments, including a social and democratic state under the rule of law, broader social rights and more power for the regions. The parties also pledged their votes in Congress for a bill lowering the majority needed to amend the current constitution to four-sevenths.

UDI president Javier Macaya said the country needed a new pact that could bring Chileans back together. National Renewal's Francisco Chahuan said the coalition's proposal would keep a two-chamber Congress with a Senate and would recognise indigenous peoples within a single Chilean nation rather than as separate nations.

The Republican Party did not sign the document. Jose Antonio Kast said his party would not commit to another constitutional process and that a rejection should leave any reforms of the existing text to Congress.""",
        "claims": [
            ("chile-vamos", "new-process", S, "committing themselves to work for a new constitution if voters reject the Convention's draft", True),
            ("chile-vamos", "scrap-senate", O, "would keep a two-chamber Congress with a Senate", True),
            ("chile-vamos", "plurinational-state", O, "recognise indigenous peoples within a single Chilean nation rather than as separate nations", True),
            ("republicans", "new-process", O, "his party would not commit to another constitutional process", True),
        ],
    },
    {
        "published": "2022-07-29T14:00:00Z",
        "outlet": "andes-wire",
        "slug": "polls-show-rejection-ahead",
        "title": "Polls show rejection ahead five weeks before Chile's plebiscite",
        "text": """SANTIAGO, July 29 (Andes Wire) - Support for rejecting Chile's proposed constitution remains ahead of approval five weeks before the Sept. 4 plebiscite, according to several polls published this week, although the gap has narrowed in some surveys.

Pollsters cautioned that the vote will be the first compulsory election in a decade, and that millions of people who did not vote in recent elections will now have to turn out, making their models less reliable.

Political scientists said the centre-left parties could still try to win back wavering voters with a public promise to amend the text after an approval, and some speculated that the right might answer with firmer commitments of its own. None of the parties has confirmed any such plans.

Interior Minister Izkia Siches declined to say on Friday whether the government had prepared a plan in case the draft was rejected, telling reporters that the executive was focused on informing voters about the text.

Free television airtime for both campaigns begins next week.""",
        "claims": [],
    },
    {
        "published": "2022-08-02T13:00:00Z",
        "outlet": "coastline-herald",
        "slug": "boric-says-rejection-would-mean-new-convention",
        "title": "Boric says a rejection would lead to a new elected convention",
        "text": """SANTIAGO, Aug 2 (Coastline Herald) - President Gabriel Boric said a rejection of the proposed constitution would not mean keeping the current charter, and that his government would push for a new constitutional convention to start the process again.

In a television interview broadcast on Monday night, Boric said the 2020 referendum, in which nearly 80 percent of voters backed a new constitution, remained a mandate that any outcome had to respect. He said a second process would take considerably longer than approving the current text and amending it.

Jose Antonio Kast accused the president of pressuring voters and said a rejection would close the constitutional question for now, leaving any changes to Congress. The Republican leader said nobody should be forced to choose between this draft and an endless process.

Opposition parties in Chile Vamos, which have said they would also back a new text after a rejection, said the president should stay out of the campaign.

Government spokeswoman Camila Vallejo said on Tuesday that the president had simply answered a question about what would happen after the vote.""",
        "claims": [
            ("boric-government", "new-process", S, "his government would push for a new constitutional convention", True),
            ("republicans", "new-process", O, "a rejection would close the constitutional question for now", True),
            ("chile-vamos", "new-process", S, "which have said they would also back a new text after a rejection", False),
        ],
    },
    {
        "published": "2022-08-11T22:10:00Z",
        "outlet": "southern-cross-dispatch",
        "slug": "governing-parties-sign-pact-to-amend-draft",
        "title": "Chile's governing parties sign pact to amend draft constitution if it is approved",
        "text": """SANTIAGO, Aug 11 (Southern Cross Dispatch) - The parties in President Gabriel Boric's two governing coalitions signed an agreement on Thursday to amend the proposed constitution if voters approve it, a move aimed at winning over undecided voters three weeks before the plebiscite.

With the pact, the Socialismo Democratico parties dropped the conditions they had attached to their support and joined the campaign for approval. Socialist Party chair Paulina Vodanovic said the parties would now campaign together for approval with a clear roadmap for the changes.

The document states that replacing the Senate with a Chamber of Regions is acceptable only if the new chamber gets a larger role in passing laws. It also promises to restore a state of emergency for internal security and to revise parts of the proposed justice system.

Apruebo Dignidad leaders, who had resisted reopening the text, signed alongside their centre-left partners. Communist Party chair Guillermo Teillier said the changes did not touch the heart of the draft.

Javier Macaya of the UDI said the pact was an admission that the text was badly flawed and repeated Chile Vamos's call to reject it.

Government spokeswoman Camila Vallejo declined to say whether La Moneda had a hand in drafting the document.""",
        "claims": [
            ("socialismo-democratico", "approve-draft", S, "the parties would now campaign together for approval", True),
            ("apruebo-dignidad", "approve-draft", S, "Apruebo Dignidad leaders, who had resisted reopening the text, signed alongside their centre-left partners", True),
            ("socialismo-democratico", "scrap-senate", C, "acceptable only if the new chamber gets a larger role in passing laws", True),
            ("apruebo-dignidad", "scrap-senate", C, "acceptable only if the new chamber gets a larger role in passing laws", True),
            ("chile-vamos", "approve-draft", O, "repeated Chile Vamos's call to reject it", True),
        ],
    },
    {
        "published": "2022-08-11T23:35:00Z",
        "outlet": "condor-bulletin",
        "slug": "boric-allies-promise-changes-to-draft",
        "title": "Boric's allies promise changes to draft constitution to win over undecided voters",
        "text": """SANTIAGO, Aug 11 (Condor Bulletin) - The parties of President Gabriel Boric's two governing coalitions signed a pact on Thursday promising to amend the proposed constitution if it is approved, in an effort to win over undecided voters three weeks before the plebiscite.

With the agreement, the Socialismo Democratico parties set aside the conditions they had placed on their support and joined the approval campaign. Socialist Party chair Paulina Vodanovic said the parties would now campaign together for approval and had a clear plan for the changes.

The document says replacing the Senate with a Chamber of Regions is acceptable only if the new chamber gets a larger role in passing laws. It also pledges to restore a state of emergency for internal security and to revise parts of the proposed justice system.

Apruebo Dignidad leaders, who had resisted reopening the text, signed alongside their centre-left partners. Communist Party chair Guillermo Teillier said the changes left the core of the draft intact.

UDI leader Javier Macaya called the pact an admission that the text was badly flawed and repeated Chile Vamos's call to reject it.

Government spokeswoman Camila Vallejo would not say whether La Moneda had helped to draft the document.""",
        "claims": [
            ("socialismo-democratico", "approve-draft", S, "the parties would now campaign together for approval", True),
            ("apruebo-dignidad", "approve-draft", S, "Apruebo Dignidad leaders, who had resisted reopening the text, signed alongside their centre-left partners", True),
            ("socialismo-democratico", "scrap-senate", C, "acceptable only if the new chamber gets a larger role in passing laws", True),
            ("apruebo-dignidad", "scrap-senate", C, "acceptable only if the new chamber gets a larger role in passing laws", True),
            ("chile-vamos", "approve-draft", O, "repeated Chile Vamos's call to reject it", True),
        ],
    },
    {
        "published": "2022-08-23T16:00:00Z",
        "outlet": "andes-wire",
        "slug": "chile-readies-first-compulsory-vote",
        "title": "Chile readies first compulsory vote in a decade",
        "text": """SANTIAGO, Aug 23 (Andes Wire) - Chile's electoral service said on Tuesday that more than 15 million people are registered to vote in the Sept. 4 plebiscite on the proposed constitution, the first compulsory election since voting became voluntary in 2012.

Voters who fail to cast a ballot without a valid excuse face fines, and the service said it would publish the final list of polling stations and poll workers this week. Voting will take place on a single day, from 8 a.m. to 6 p.m.

The ballot asks a single question: whether voters approve or reject the text drafted by the Constitutional Convention. Results are expected within hours of the polls closing.

Congress recently completed a reform lowering the majority needed to amend the current constitution from two-thirds to four-sevenths, a change that will apply whichever way the vote goes. The Senate approved the measure by a wide margin.

Analysts said turnout among young voters and in low-income districts, where participation has historically been weakest, could decide the outcome.""",
        "claims": [],
    },
    {
        "published": "2022-08-30T21:00:00Z",
        "outlet": "pacific-ledger",
        "slug": "kast-says-rejection-should-settle-question",
        "title": "Kast says rejection would settle the constitutional question",
        "text": """SANTIAGO, Aug 30 (Pacific Ledger) - Jose Antonio Kast said on Tuesday that a victory for the rejection option should close Chile's constitutional debate, putting the Republican leader at odds with allies in the rejection campaign who have promised a new text.

Speaking at a rally in the capital, Kast said the draft would weaken private property and the security forces and urged voters to reject it. He said Chileans had already spent three years on constitutional debates and that the country needed no second convention.

Leaders of Chile Vamos insisted on Tuesday that they would keep their July promise and work for a new constitution after a rejection. UDI president Javier Macaya said the commitment was not a campaign tactic.

Evopoli senator Felipe Kast, the Republican leader's nephew, predicted that a new body could be elected as early as next year if the parties moved quickly.

The last polls published before the legal blackout showed rejection leading by around ten points.""",
        "claims": [
            ("republicans", "approve-draft", O, "urged voters to reject it", True),
            ("republicans", "new-process", O, "the country needed no second convention", True),
            ("chile-vamos", "new-process", S, "they would keep their July promise and work for a new constitution after a rejection", True),
        ],
    },
    {
        "published": "2022-09-01T23:30:00Z",
        "outlet": "coastline-herald",
        "slug": "rival-campaigns-close-before-vote",
        "title": "Rival campaigns close with rallies before Sunday's vote",
        "text": """SANTIAGO, Sept 1 (Coastline Herald) - A large crowd filled the Alameda avenue in central Santiago on Thursday night for the closing rally of the campaign to approve the new constitution, while supporters of rejection held smaller events across the country.

Leaders of the Frente Amplio and the Communist Party, the two pillars of Apruebo Dignidad, addressed the crowd from the stage and urged voters to approve a text they said would guarantee social rights.

In an interview on Thursday, Cristian Warnken of Amarillos por Chile said that a vote to reject was a vote for a better constitution, not for the old one.

Government spokeswoman Camila Vallejo said that if the text was rejected, the president would convene party leaders the next day to agree on a new constitutional process. Boric has kept away from campaign events and did not attend either rally.

Campaigning officially ends at midnight. Around 15 million people are obliged to vote on Sunday.""",
        "claims": [
            ("apruebo-dignidad", "approve-draft", S, "urged voters to approve a text they said would guarantee social rights", True),
            ("amarillos", "approve-draft", O, "a vote to reject was a vote for a better constitution", True),
            ("boric-government", "new-process", S, "convene party leaders the next day to agree on a new constitutional process", True),
        ],
    },
    {
        "published": "2022-09-05T10:30:00Z",
        "outlet": "andes-wire",
        "slug": "chileans-reject-draft-constitution",
        "title": "Chileans reject draft constitution by wide margin; Boric promises new process",
        "text": """SANTIAGO, Sept 5 (Andes Wire) - Chilean voters rejected the proposed new constitution by a wide margin on Sunday, with almost 62 percent voting against the text drafted by the Constitutional Convention and about 38 percent in favour, in a record turnout under compulsory voting.

President Gabriel Boric, who had backed the draft, said late on Sunday that he accepted the verdict and would work with Congress and civil society to build a new constitutional itinerary as soon as possible. He invited the leaders of all parties to La Moneda on Monday.

UDI president Javier Macaya said Chile Vamos would honour its promise to continue the process toward a new constitution, and called on the government to show humility.

Jose Antonio Kast celebrated the result as a defeat for the government and said there was no mandate for a new convention, arguing that Congress could make any reforms.

Leaders of Apruebo Dignidad conceded defeat and said they would push for a new body elected by the people to write a text that could unite the country.

The rejection option won in every one of Chile's 16 regions.""",
        "claims": [
            ("boric-government", "new-process", S, "would work with Congress and civil society to build a new constitutional itinerary", True),
            ("chile-vamos", "new-process", S, "would honour its promise to continue the process toward a new constitution", True),
            ("republicans", "new-process", O, "there was no mandate for a new convention", True),
            ("apruebo-dignidad", "new-process", S, "would push for a new body elected by the people", True),
        ],
    },
    {
        "published": "2022-09-05T12:15:00Z",
        "outlet": "southern-cross-dispatch",
        "slug": "voters-turn-down-proposed-constitution",
        "title": "Chile's voters turn down proposed constitution; Boric vows new itinerary",
        "text": """SANTIAGO, Sept 5 (Southern Cross Dispatch) - Chile's voters turned down the proposed constitution by a wide margin on Sunday, with nearly 62 percent voting against the text written by the Constitutional Convention and about 38 percent in favour, in the largest turnout in the country's history.

President Gabriel Boric, who had championed the draft, said late on Sunday that he respected the result and would work with Congress and civil society to build a new constitutional itinerary without delay. He called the leaders of all parties to a meeting at La Moneda on Monday.

Chile Vamos would honour its promise to continue the process toward a new constitution, UDI president Javier Macaya said, urging the government to show humility.

Jose Antonio Kast hailed the outcome as a defeat for the government and said there was no mandate for a new convention, arguing that Congress could make any reforms.

Apruebo Dignidad leaders accepted defeat and said they would push for a new body elected by the people to draft a text that could unite Chileans.

Rejection won in all of the country's 16 regions.""",
        "claims": [
            ("boric-government", "new-process", S, "would work with Congress and civil society to build a new constitutional itinerary", True),
            ("chile-vamos", "new-process", S, "would honour its promise to continue the process toward a new constitution", True),
            ("republicans", "new-process", O, "there was no mandate for a new convention", True),
            ("apruebo-dignidad", "new-process", S, "would push for a new body elected by the people", True),
        ],
    },
    {
        "published": "2022-09-06T20:00:00Z",
        "outlet": "pacific-ledger",
        "slug": "boric-reshuffles-cabinet-after-defeat",
        "title": "Boric reshuffles cabinet after referendum defeat",
        "text": """SANTIAGO, Sept 6 (Pacific Ledger) - President Gabriel Boric replaced his interior minister and his chief liaison to Congress on Tuesday, two days after voters rejected the proposed constitution, bringing veterans of the centre-left governments of the 1990s and 2000s into his inner circle.

Carolina Toha, a former mayor of Santiago, took over the interior ministry from Izkia Siches, while Ana Lya Uriarte replaced Giorgio Jackson as minister secretary-general of the presidency, the post that handles the government's dealings with lawmakers. Jackson moves to the social development ministry.

The new ministers were sworn in at La Moneda. Boric told them that the country had sent a clear message and that the government had to correct course.

Asked by reporters whether the government would accept a role for appointed experts in any new constitutional body, Uriarte declined to say, noting that she had been in the post for less than an hour.

Party leaders from across the spectrum met separately with the heads of both chambers of Congress to discuss how talks on the next steps would be organised.""",
        "claims": [],
    },
    {
        "published": "2022-09-12T22:00:00Z",
        "outlet": "condor-bulletin",
        "slug": "parties-open-talks-on-second-process",
        "title": "Chile's parties open talks on a second constitutional process",
        "text": """SANTIAGO, Sept 12 (Condor Bulletin) - Representatives of most of Chile's parties met on Monday at the former Congress building in Santiago for the first formal round of talks on how to restart the writing of a new constitution, eight days after voters rejected the Convention's draft.

The talks are convened by Senate President Alvaro Elizalde, who said the aim was to agree on the body, the timetable and the limits of a new process before the end of the year.

Socialist Party chair Paulina Vodanovic said the result had not erased the desire for a new constitution and that her party wanted a new process to start as soon as possible.

National Renewal president Francisco Chahuan said Chile Vamos would keep its word and back a new text, adding that his coalition would present proposals on the design in the coming weeks.

The Republican Party's delegation attended but said it still saw no need for a new constitution-writing body, arguing that Congress could amend the current text with the lower majorities approved in August.

The government is not formally part of the talks, although Interior Minister Carolina Toha met party leaders on Sunday.""",
        "claims": [
            ("socialismo-democratico", "new-process", S, "her party wanted a new process to start as soon as possible", True),
            ("chile-vamos", "new-process", S, "Chile Vamos would keep its word and back a new text", True),
            ("republicans", "new-process", O, "it still saw no need for a new constitution-writing body", True),
        ],
    },
    {
        "published": "2022-09-28T18:00:00Z",
        "outlet": "southern-cross-dispatch",
        "slug": "role-of-experts-divides-talks",
        "title": "Role of experts divides Chile's constitutional talks",
        "text": """SANTIAGO, Sept 28 (Southern Cross Dispatch) - Chile's parties are split over whether experts chosen by Congress should help write the country's next constitution, with the right pushing for a panel of specialists and the president's coalition insisting on a body elected by voters, negotiators said on Wednesday.

Chile Vamos presented a proposal on Wednesday under which a commission of experts appointed by Congress would draft a first text for a smaller elected body to debate. UDI president Javier Macaya said the failed Convention showed the need for people with technical knowledge at the table.

Frente Amplio leaders rejected the idea, saying that any new body must be fully elected and that appointed experts would hand the process back to the party elites. The Communist Party took the same position.

Minister Ana Lya Uriarte said the design of the new process was for Congress to decide and that the government would not take sides between the proposals.

The Republican Party proposed instead that the current Congress amend the constitution directly, without any new drafting body.""",
        "claims": [
            ("chile-vamos", "expert-panel", S, "a commission of experts appointed by Congress would draft a first text", True),
            ("apruebo-dignidad", "expert-panel", O, "appointed experts would hand the process back to the party elites", True),
            ("republicans", "new-process", O, "amend the constitution directly, without any new drafting body", True),
        ],
    },
    {
        "published": "2022-10-19T21:00:00Z",
        "outlet": "pacific-ledger",
        "slug": "chile-right-backs-away-from-new-constitution",
        "title": "Chile's right backs away from new constitution",
        "text": """SANTIAGO, Oct 19 (Pacific Ledger) - Chile Vamos hardened its terms for a new constitutional process on Wednesday, saying it would not support any new drafting body unless it was bound in advance by agreed principles and gave experts a central role.

UDI president Javier Macaya said the coalition's July promise of a new constitution still stood, but that it had been made for a careful process, not a repeat of the Convention. He said the parties must first agree on limits the new text could not cross, such as a unitary state and the protection of property.

Macaya said experts appointed by Congress should write the first draft, a position his coalition set out last month.

Communist Party chair Guillermo Teillier accused the right of stalling and said a commission of appointed experts would be a step back for democracy.

Interior Minister Carolina Toha said the country still needed a new constitution and urged the parties not to let the talks fail.

The negotiations, which resume next week, have so far produced no agreement on the size of a new body or on how its members would be chosen.""",
        "claims": [
            ("chile-vamos", "new-process", C, "not support any new drafting body unless it was bound in advance by agreed principles", True),
            ("chile-vamos", "expert-panel", S, "experts appointed by Congress should write the first draft", True),
            ("apruebo-dignidad", "expert-panel", O, "a commission of appointed experts would be a step back for democracy", True),
            ("boric-government", "new-process", S, "the country still needed a new constitution", True),
        ],
    },
    {
        "published": "2022-10-27T17:00:00Z",
        "outlet": "coastline-herald",
        "slug": "constitutional-talks-paused-for-budget",
        "title": "Constitutional talks paused as Congress turns to budget",
        "text": """SANTIAGO, Oct 27 (Coastline Herald) - Talks among Chile's parties on a new constitutional process were put on hold this week as Congress turned to the 2023 budget, raising doubts about whether a deal can be reached before the end of the year.

Senate President Alvaro Elizalde said on Thursday the negotiators would meet again in the second week of November and that he remained confident of an agreement in December.

Political analysts said the right had little reason to hurry after its victory in September, and some predicted the talks could slip into next year. Others said pressure from business groups, who want an end to uncertainty, would push the parties to close a deal.

A Chile Vamos spokesman declined to say whether the coalition could accept a fully elected body if experts were given only an advisory role. Frente Amplio negotiators did not respond to requests for comment.

The talks have been held mostly at the former Congress building in Santiago, where the Convention met, and occasionally at the Congress in Valparaiso.""",
        "claims": [],
    },
    {
        "published": "2022-11-09T19:30:00Z",
        "outlet": "andes-wire",
        "slug": "socialists-signal-openness-to-experts",
        "title": "Chile's Socialists signal openness to experts in new constitutional body",
        "text": """SANTIAGO, Nov 9 (Andes Wire) - Chile's Socialist Party could accept a group of experts appointed by Congress in the next constitutional process, provided that the elected members have the final word on the text, party chair Paulina Vodanovic said on Wednesday.

Vodanovic said her party still preferred a fully elected body but would not let the design question sink an agreement. The country needs a new constitution and a new process must begin next year, she said.

According to Vodanovic, Chile Vamos wants the experts to write the entire first draft, a proposal she said went too far.

The PPD, the other large party in the Socialismo Democratico bloc, has made similar comments in recent days.

The talks resumed on Tuesday after a pause for the budget debate. Negotiators said the size of the elected body, the number of experts and the majorities needed to approve each article were the main points still open. They said they hoped to present a framework before Christmas.""",
        "claims": [
            ("socialismo-democratico", "expert-panel", C, "provided that the elected members have the final word on the text", True),
            ("socialismo-democratico", "new-process", S, "a new process must begin next year", True),
            ("chile-vamos", "expert-panel", S, "Chile Vamos wants the experts to write the entire first draft", False),
        ],
    },
    {
        "published": "2022-11-23T20:00:00Z",
        "outlet": "southern-cross-dispatch",
        "slug": "boric-coalition-drops-opposition-to-experts",
        "title": "Boric's coalition drops opposition to experts, with conditions",
        "text": """SANTIAGO, Nov 23 (Southern Cross Dispatch) - The Frente Amplio and the Communist Party said on Wednesday they were ready to accept a commission of experts appointed by Congress in exchange for guarantees that the body voting on the new constitution is fully elected, with gender parity and seats for indigenous peoples.

The shift by Apruebo Dignidad, which had rejected any appointed members since talks began in September, removes one of the main obstacles to a deal. Frente Amplio negotiators said the experts must not be able to overrule the elected council.

Communist Party chair Guillermo Teillier said his party still wanted a new constitution written in democracy and would not walk out of the talks.

Chile Vamos negotiators repeated that they would sign only an agreement that sets out binding principles for the new text in advance.

Asked whether President Gabriel Boric personally preferred a fully elected body, government spokeswoman Camila Vallejo declined to say, adding that the decision belonged to the parties.

Negotiators hope to close a deal in the first half of December.""",
        "claims": [
            ("apruebo-dignidad", "expert-panel", C, "ready to accept a commission of experts appointed by Congress in exchange for guarantees", True),
            ("apruebo-dignidad", "new-process", S, "his party still wanted a new constitution written in democracy", True),
            ("chile-vamos", "new-process", C, "they would sign only an agreement that sets out binding principles for the new text", True),
        ],
    },
    {
        "published": "2022-12-02T21:00:00Z",
        "outlet": "pacific-ledger",
        "slug": "parties-edge-toward-constitutional-deal",
        "title": "Chile's parties edge toward constitutional deal as Republicans stay out",
        "text": """SANTIAGO, Dec 2 (Pacific Ledger) - Negotiators from most of Chile's parties said on Friday they were close to an agreement on a second constitutional process, with the remaining differences centred on the number of experts and how they would be chosen.

UDI president Javier Macaya said Chile Vamos would not sign any agreement that did not include a panel of experts with a real role in drafting.

PPD chair Natalia Piergentili said her party was prepared to sign as early as next week and that Chile could not afford to let the demand for a new constitution fade.

Jose Antonio Kast said the Republican Party would not put its name to any deal for a new process, which he called a betrayal of the September vote. The party has attended the talks while arguing that no new body is needed.

Several analysts predicted a deal before Christmas, though some warned that the right could still harden its position if the number of elected members was set too high.""",
        "claims": [
            ("chile-vamos", "expert-panel", S, "would not sign any agreement that did not include a panel of experts", True),
            ("chile-vamos", "new-process", C, "would not sign any agreement that did not include a panel of experts", True),
            ("socialismo-democratico", "new-process", S, "Chile could not afford to let the demand for a new constitution fade", True),
            ("republicans", "new-process", O, "would not put its name to any deal for a new process", True),
        ],
    },
    {
        "published": "2022-12-12T23:50:00Z",
        "outlet": "condor-bulletin",
        "slug": "parties-sign-agreement-for-chile",
        "title": "Chile's parties sign 'Agreement for Chile' on second constitutional process",
        "text": """SANTIAGO, Dec 12 (Condor Bulletin) - Most of Chile's political parties signed an agreement on Monday night to launch a second attempt at writing a new constitution, three months after voters rejected the first draft.

Under the Acuerdo por Chile, signed at the former Congress building in Santiago, a Constitutional Council of 50 members elected by compulsory vote will debate and approve the text. It will work from a preliminary draft written by a commission of 24 experts appointed by Congress, and a committee of 14 jurists will check that the text respects twelve agreed principles. Voters will have the final say in a plebiscite late next year.

Chile Vamos signed after securing both the experts and the principles it had demanded. Apruebo Dignidad signed the text including the expert commission, and the Socialismo Democratico parties endorsed the same design. Socialist Party chair Paulina Vodanovic said the agreement meant Chile would have a new constitution written in democracy.

The Republican Party refused to sign, with Jose Antonio Kast saying the deal ignored the clear message voters had sent in September. The populist Party of the People also stayed out.

Congress must now pass a constitutional amendment to put the agreement into effect.""",
        "claims": [
            ("chile-vamos", "new-process", S, "Chile Vamos signed after securing both the experts and the principles it had demanded", True),
            ("chile-vamos", "expert-panel", S, "Chile Vamos signed after securing both the experts and the principles it had demanded", True),
            ("apruebo-dignidad", "expert-panel", S, "Apruebo Dignidad signed the text including the expert commission", True),
            ("apruebo-dignidad", "new-process", S, "Apruebo Dignidad signed the text including the expert commission", True),
            ("socialismo-democratico", "expert-panel", S, "the Socialismo Democratico parties endorsed the same design", True),
            ("socialismo-democratico", "new-process", S, "the agreement meant Chile would have a new constitution written in democracy", True),
            ("republicans", "new-process", O, "The Republican Party refused to sign", True),
        ],
    },
    {
        "published": "2022-12-13T15:00:00Z",
        "outlet": "andes-wire",
        "slug": "boric-hails-constitutional-deal",
        "title": "Boric hails constitutional deal, calls experts a fair price for broad agreement",
        "text": """SANTIAGO, Dec 13 (Andes Wire) - President Gabriel Boric welcomed on Tuesday the agreement reached by the parties to restart the writing of a new constitution, saying it gave Chile a second chance to replace the charter inherited from the dictatorship.

In a televised statement from La Moneda, Boric said he would have preferred a body elected in full, but that he accepted the expert commission as a reasonable price for an agreement backed by parties from the left to the centre-right. He thanked the presidents of the Senate and the Chamber of Deputies for steering the talks.

The government will give the constitutional amendment needed to implement the deal top priority in Congress, minister Ana Lya Uriarte said.

Jose Antonio Kast said the agreement had been cooked up behind closed doors and that his party would oppose it in Congress.

The government's backing for the deal comes three months after its defeat in the September plebiscite, when the draft it had supported was rejected by 62 percent of voters.""",
        "claims": [
            ("boric-government", "new-process", S, "it gave Chile a second chance to replace the charter inherited from the dictatorship", True),
            ("boric-government", "expert-panel", S, "he accepted the expert commission as a reasonable price for an agreement", True),
            ("republicans", "new-process", O, "his party would oppose it in Congress", True),
        ],
    },
    {
        "published": "2022-12-14T18:00:00Z",
        "outlet": "southern-cross-dispatch",
        "slug": "constitutional-bases-keep-senate",
        "title": "Chile's new constitutional bases keep the Senate and a unitary state",
        "text": """SANTIAGO, Dec 14 (Southern Cross Dispatch) - The twelve principles that will bind Chile's second attempt at a new constitution include a unitary state, a two-chamber Congress with a Senate and a Chamber of Deputies, and the recognition of indigenous peoples as part of a single Chilean nation, according to the text of the agreement signed on Monday.

The Senate clause reverses one of the most contested features of the rejected draft, which would have replaced the upper house with a Chamber of Regions. Socialist Party chair Paulina Vodanovic said on Wednesday that keeping the Senate was the right lesson to draw from the September result, and that her party would defend it in the new process.

National Renewal's Francisco Chahuan said a bicameral Congress had never been up for negotiation. UDI president Javier Macaya said the bases closed the door to a plurinational state.

Communist Party lawmakers declined to comment on the Senate clause. Several former members of the Convention criticised the principles as a straitjacket imposed by the parties.

A committee of 14 jurists will be able to strike out any article that breaks the principles.""",
        "claims": [
            ("socialismo-democratico", "scrap-senate", O, "keeping the Senate was the right lesson to draw from the September result", True),
            ("chile-vamos", "scrap-senate", O, "a bicameral Congress had never been up for negotiation", True),
            ("chile-vamos", "plurinational-state", O, "the bases closed the door to a plurinational state", True),
        ],
    },
    {
        "published": "2022-12-21T20:00:00Z",
        "outlet": "coastline-herald",
        "slug": "amendment-to-launch-second-process-filed",
        "title": "Reform to launch Chile's second constitutional process filed in Senate",
        "text": """VALPARAISO, Dec 21 (Coastline Herald) - Senators from the parties that signed the Acuerdo por Chile filed on Wednesday the constitutional amendment needed to launch the second process, setting out a calendar that runs from electing a Constitutional Council in May to a final plebiscite at the end of 2023.

The bill needs the votes of four-sevenths of each chamber. RN president Francisco Chahuan said the coalition would vote for it without changes so that the process could start on time.

La Moneda said it would give the bill urgent status so that the Senate can vote on it in the first weeks of January.

The Republican Party said its lawmakers would vote against the amendment, which party leader Jose Antonio Kast described as a new attempt to impose a text the country did not ask for.

Senators expect the debate to be short, since the content was agreed by the parties in advance. The Chamber of Deputies would then vote on it before the end of January.""",
        "claims": [
            ("chile-vamos", "new-process", S, "the coalition would vote for it without changes", True),
            ("boric-government", "new-process", S, "La Moneda said it would give the bill urgent status", True),
            ("republicans", "new-process", O, "its lawmakers would vote against the amendment", True),
        ],
    },
    {
        "published": "2022-12-29T16:00:00Z",
        "outlet": "pacific-ledger",
        "slug": "boric-denies-giving-up-on-new-constitution",
        "title": "Boric denies giving up on new constitution in year-end interview",
        "text": """SANTIAGO, Dec 29 (Pacific Ledger) - President Gabriel Boric denied on Thursday that his government had abandoned the goal of a new constitution after the September defeat, saying the agreement reached this month was the best route left to replace the 1980 charter.

In a year-end radio interview, Boric said the rejection had taught his government humility. He said the expert commission was a fair price for an agreement that included parties from the left to the centre-right, and that he would defend the design.

He also said he accepted that the new text would keep the Senate, calling the Chamber of Regions one of the proposals that had cost the draft support.

Boric declined to say whether his coalition should run a joint list with the Socialist Party in the council election due in May. Communist Party chair Guillermo Teillier also declined to say whether the Communists would campaign alongside the centre-left.

The president's approval rating stood at about a third of voters in recent polls.""",
        "claims": [
            ("boric-government", "new-process", S, "denied on Thursday that his government had abandoned the goal of a new constitution", True),
            ("boric-government", "expert-panel", S, "the expert commission was a fair price for an agreement", True),
            ("boric-government", "scrap-senate", O, "he accepted that the new text would keep the Senate", True),
        ],
    },
]

SHIFTS = [
    {"actor": "socialismo-democratico", "issue": "approve-draft", "from": C, "to": S, "article": "012",
     "why": "With the governing parties' reform pact the Socialist Party and the PPD drop their conditions and campaign for approval; in 004 the PPD said the question was under what conditions it would approve."},
    {"actor": "chile-vamos", "issue": "new-process", "from": S, "to": C, "article": "022",
     "why": "Macaya says Chile Vamos will not support any new drafting body unless it is bound by agreed principles and gives experts a central role; in 009, 015, 017 and 020 the coalition pledged a new constitution without such terms."},
    {"actor": "apruebo-dignidad", "issue": "expert-panel", "from": O, "to": C, "article": "025",
     "why": "The Frente Amplio and the Communists are ready to accept appointed experts in exchange for guarantees of a fully elected council; in 021 and 022 they rejected appointed experts outright."},
    {"actor": "chile-vamos", "issue": "new-process", "from": C, "to": S, "article": "027",
     "why": "Chile Vamos signs the Acuerdo por Chile; since 022 (restated in 025) it had made a new process depend on binding principles and experts."},
    {"actor": "apruebo-dignidad", "issue": "expert-panel", "from": C, "to": S, "article": "027",
     "why": "Apruebo Dignidad signs an agreement that includes a 24-member expert commission; in 025 it would accept experts only in exchange for guarantees."},
    {"actor": "socialismo-democratico", "issue": "expert-panel", "from": C, "to": S, "article": "027",
     "why": "The Socialismo Democratico parties endorse the design with the expert commission; in 024 Vodanovic accepted experts only provided the elected members had the final word."},
    {"actor": "socialismo-democratico", "issue": "scrap-senate", "from": C, "to": O, "article": "029",
     "why": "Vodanovic says keeping the Senate is the right lesson of September and the party will defend it; in 004 and 012/013 the bloc accepted a Chamber of Regions replacing the Senate only if it had real legislative powers."},
    {"actor": "boric-government", "issue": "scrap-senate", "from": S, "to": O, "article": "031",
     "why": "Boric accepts that the new text keeps the Senate and calls the Chamber of Regions a mistake that cost the draft support; his government had backed the draft that scrapped the Senate (baseline)."},
]

DUPLICATES = [("012", "013"), ("017", "018")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                section = line.strip().rstrip(":")
                continue
            m = re.match(r"^\s+- id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
    return email.utils.format_datetime(dt, usegmt=True)


def build():
    for i, a in enumerate(ARTICLES, start=1):
        a["id"] = "%03d" % i
        dt = datetime.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        a["url"] = "%s/%s/%04d/%02d/%02d/%s" % (BASE_URL, a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        a["source"] = OUTLETS[a["outlet"]]

    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)

    for a in ARTICLES:
        rec = {"id": a["id"], "published": a["published"], "source": a["source"],
               "url": a["url"], "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    for key, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == key], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>%s/%s/</link>" % (BASE_URL, key),
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), SET_NAME),
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
        with open(os.path.join(HERE, "feeds", key + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return labels


def validate(labels):
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not (5 <= len(actors) <= 8):
        fail("watchlist has %d actors" % len(actors))
    if not (5 <= len(issues) <= 7):
        fail("watchlist has %d issues" % len(issues))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in (S, O, C):
            fail("bad baseline entry %r" % (b,))

    # publication order and ids
    prev = None
    for i, a in enumerate(ARTICLES, start=1):
        if a["id"] != "%03d" % i:
            fail("id order")
        if prev is not None and not a["published"] > prev:
            fail("%s not in publication order" % a["id"])
        prev = a["published"]

    # text shape: length and dateline
    for a in ARTICLES:
        n = len(a["text"].split())
        if not (120 <= n <= 260):
            fail("%s has %d words" % (a["id"], n))
        dt = datetime.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        m = re.match(r"^([A-Z][A-Z .'-]*(?:, [A-Za-z ]+)?), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", a["text"])
        if not m:
            fail("%s dateline malformed" % a["id"])
        if m.group(4) != a["source"]:
            fail("%s dateline outlet %r != %r" % (a["id"], m.group(4), a["source"]))
        if m.group(2) != MONTHS[dt.month] or int(m.group(3)) != dt.day:
            fail("%s dateline date does not match published" % a["id"])

    # claims
    stance_count = {S: 0, O: 0, C: 0}
    unattributed = 0
    claims = labels["claims"]
    if sorted(claims) != [a["id"] for a in ARTICLES]:
        fail("claims must list every article")
    for a in ARTICLES:
        seen = set()
        for c in claims[a["id"]]:
            if c["actor"] not in actors:
                fail("%s unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                fail("%s unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in stance_count:
                fail("%s bad stance" % a["id"])
            if c["quote"] not in a["text"]:
                fail("%s quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                fail("%s quote longer than 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                fail("%s has two claims for %r" % (a["id"], key))
            seen.add(key)
            stance_count[c["stance"]] += 1
            unattributed += (not c["attributed"])

    # duplicates carry identical claims
    for x, y in DUPLICATES:
        tx = sorted((c["actor"], c["issue"], c["stance"]) for c in claims[x])
        ty = sorted((c["actor"], c["issue"], c["stance"]) for c in claims[y])
        if tx != ty:
            fail("duplicate pair %s/%s claims differ" % (x, y))
        ax = next(a for a in ARTICLES if a["id"] == x)
        ay = next(a for a in ARTICLES if a["id"] == y)
        if ax["published"][:10] != ay["published"][:10] or ax["outlet"] == ay["outlet"]:
            fail("duplicate pair %s/%s must be same day, different outlets" % (x, y))

    # recompute shifts
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for c in claims[a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        print("recomputed:", *sorted(recomputed), sep="\n  ")
        print("labelled:", *sorted(labelled), sep="\n  ")
        fail("shifts do not match")
    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        fail("no_alert_articles mismatch")

    # feeds
    for key in OUTLETS:
        path = os.path.join(HERE, "feeds", key + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail("xmllint %s: %s" % (key, r.stderr))

    empty = [a["id"] for a in ARTICLES if not claims[a["id"]]]
    total = sum(stance_count.values())
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {S, O})
    print("OK: %d articles, %d claims (%d support, %d oppose, %d conditional; %d attributed false)"
          % (len(ARTICLES), total, stance_count[S], stance_count[O], stance_count[C], unattributed))
    print("    %d shifts in %d articles (%d straight support/oppose reversals); no-claim articles: %s"
          % (len(labels["shifts"]), len(shift_articles), reversals, ", ".join(empty)))
    print("    words per article: %d-%d" % (min(len(a["text"].split()) for a in ARTICLES),
                                             max(len(a["text"].split()) for a in ARTICLES)))
    checks = [(30 <= len(ARTICLES) <= 34, "30-34 articles"), (60 <= total <= 90, "60-90 claims"),
              (stance_count[C] >= 6, ">= 6 conditional"), (unattributed >= 1, "some attributed false"),
              (5 <= len(labels["shifts"]) <= 8, "5-8 shifts"), (reversals <= 2, "<= 2 reversals"),
              (any(C in (s["from"], s["to"]) for s in labels["shifts"]), "a conditional shift"),
              (3 <= len(empty) <= 4, "3-4 no-claim articles"),
              (any(d in shift_articles for pair in DUPLICATES for d in pair), "a duplicated shift article")]
    for ok, what in checks:
        if not ok:
            fail("brief requirement not met: " + what)


if __name__ == "__main__":
    validate(build())
