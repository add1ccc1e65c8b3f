#!/usr/bin/env python3
"""Build and validate the france-pension-reform-2023 blind evaluation set.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json from the
data below, then validates quotes, ids, watchlist references, shifts and XML.
Run: python3 build.py
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "seine-wire": "Seine Wire",
    "atlas-newswire": "Atlas Newswire",
    "continental-courier": "Continental Courier",
    "lakeside-post": "Lakeside Post",
}

G, CFDT, CGT, LR, RN, NU, LIOT = "french-government", "cfdt", "cgt", "les-republicains", "national-rally", "nupes", "liot"
AGE, LONG, F493, TALKS, REPEAL = "retirement-age-64", "long-careers", "article-49-3", "union-talks", "liot-repeal"
S, O, C = "support", "oppose", "conditional"

# (id, published, outlet, slug, title, text, [(actor, issue, stance, quote, attributed)])
ARTICLES = [
("001", "2023-01-10T12:30:00Z", "seine-wire", "borne-unveils-retirement-age-64",
 "Borne unveils plan to raise French retirement age to 64; unions vow to fight",
 """PARIS, Jan 10 (Seine Wire) - Prime Minister Elisabeth Borne on Tuesday unveiled a plan to raise France's legal retirement age from 62 to 64 by 2030, calling it necessary to keep the pay-as-you-go pension system out of deficit.

Borne said the government had already moved from the 65 that President Emmanuel Macron promised during his campaign, and that the reform would also lift the minimum pension for a full career to about 1,200 euros a month. Workers who began their careers before 20 would still be able to leave earlier, she said.

All eight of France's main unions said in a joint statement that they rejected the plan and called a first nationwide day of strikes and protests for Jan 19. CFDT leader Laurent Berger, whose union usually favours negotiation, said a later legal age was a brutal measure that the CFDT would fight. The CGT's Philippe Martinez said workers would not accept working two more years.

The conservative Les Republicains, whose votes Macron's camp needs in the National Assembly, signalled they could back the bill. Party leader Eric Ciotti said LR would vote for it provided the government did more for people who started working young.

Marine Le Pen of the National Rally called the plan unjust and said her party would table its own counter-proposal.""",
 [(G, AGE, S, "unveiled a plan to raise France's legal retirement age from 62 to 64", True),
  (CFDT, AGE, O, "a later legal age was a brutal measure that the CFDT would fight", True),
  (CGT, AGE, O, "unions said in a joint statement that they rejected the plan", True),
  (LR, AGE, C, "LR would vote for it provided the government did more", True),
  (LR, LONG, S, "provided the government did more for people who started working young", True),
  (RN, AGE, O, "Marine Le Pen of the National Rally called the plan unjust", True),
  ]),

("002", "2023-01-10T14:10:00Z", "atlas-newswire", "france-retirement-age-64-plan-unions-reject",
 "France plans to lift retirement age to 64; unions reject plan, conservatives open to deal",
 """PARIS, Jan 10 (Atlas Newswire) - French Prime Minister Elisabeth Borne on Tuesday unveiled a plan to raise the legal retirement age from 62 to 64 by 2030, saying it was needed to keep the pay-as-you-go pension system from running a deficit.

The government had already stepped back from the 65 that President Emmanuel Macron promised on the campaign trail, Borne said, and the reform would lift the minimum pension for a full career to around 1,200 euros a month. People who started working before 20 would still be able to retire earlier.

France's eight main unions said in a joint statement that they rejected the plan and called a first national day of strikes for Jan 19. Laurent Berger, head of the usually moderate CFDT, called a later legal age a brutal measure the CFDT would fight. Philippe Martinez of the CGT said workers would not accept two more years on the job.

Les Republicains, whose votes the president's camp needs in the National Assembly, signalled they could support the bill. Party leader Eric Ciotti said LR would vote for it provided the government did more for people who started working young.

National Rally leader Marine Le Pen called the plan unjust and said her party would table its own counter-proposal.""",
 [(G, AGE, S, "unveiled a plan to raise the legal retirement age from 62 to 64", True),
  (CFDT, AGE, O, "called a later legal age a brutal measure the CFDT would fight", True),
  (CGT, AGE, O, "unions said in a joint statement that they rejected the plan", True),
  (LR, AGE, C, "LR would vote for it provided the government did more", True),
  (LR, LONG, S, "provided the government did more for people who started working young", True),
  (RN, AGE, O, "Marine Le Pen called the plan unjust", True),
  ]),

("003", "2023-01-19T16:00:00Z", "continental-courier", "million-march-against-pension-reform",
 "More than a million march in France against pension reform",
 """PARIS, Jan 19 (Continental Courier) - More than a million people marched across France on Thursday against the plan to raise the retirement age to 64, according to the interior ministry, while the CGT put the figure at over two million. Trains were cancelled, many schools closed and refineries slowed output.

In Paris, the procession stretched from Place de la Republique toward Nation for most of the afternoon. Laurent Berger of the CFDT said the turnout showed the depth of opposition to the measure and called on the government to withdraw it. Rail unions said traffic would stay disrupted into Friday morning.

President Emmanuel Macron, speaking at a Franco-Spanish summit in Barcelona, said the reform was fair and responsible and that it would be carried through with determination.

Some political commentators said a second day of comparable size could push the government to soften the bill, though officials in Paris gave no sign of that.""",
 [(CFDT, AGE, O, "called on the government to withdraw it", True),
  (G, AGE, S, "the reform was fair and responsible and that it would be carried through", True)]),

("004", "2023-01-23T13:00:00Z", "lakeside-post", "cabinet-adopts-pension-bill-dussopt-long-careers",
 "French cabinet adopts pension bill; minister rejects wider long-career exemption",
 """PARIS, Jan 23 (Lakeside Post) - The French cabinet adopted the pension bill on Monday, sending the measure that raises the legal retirement age to 64 to the National Assembly, where debate is due to begin on Feb 6.

Labour Minister Olivier Dussopt rejected calls from some conservative lawmakers to widen the early-departure scheme for long careers to people who started working at 20 or 21. He said the existing scheme was already generous and that the government could not go further without wrecking the financial balance of the reform.

The demand is being led by Aurelien Pradie, a deputy leader of Les Republicains, who says he will not vote for the text unless it is met. Party chairman Eric Ciotti did not comment on Monday.

Government spokesman Olivier Veran said the cabinet was united behind the bill and that ministers would spend the coming weeks explaining it to voters.""",
 [(G, AGE, S, "The French cabinet adopted the pension bill on Monday", True),
  (G, LONG, O, "the government could not go further without wrecking the financial balance", True)]),

("005", "2023-01-26T10:00:00Z", "atlas-newswire", "les-republicains-split-pension-reform",
 "Les Republicains split over pension reform as government counts votes",
 """PARIS, Jan 26 (Atlas Newswire) - Les Republicains are split over the pension reform, complicating the government's search for a majority in the National Assembly, where President Emmanuel Macron's centrists lost their outright majority last June.

Olivier Marleix, who leads the 62 LR deputies, said on Thursday that most of his group would vote for the bill if the government widened the long-career scheme to people who began work at 20 or 21. Without that, he said, he could not promise the votes.

Aurelien Pradie went further, telling a radio interviewer he would vote against the text even with minor changes. A handful of other LR deputies from working-class constituencies have said the same.

Asked how many of his deputies might defect, Marleix declined to say. Ministers are counting on about 40 of the 62.""",
 [(LR, AGE, C, "would vote for the bill if the government widened the long-career scheme", True),
  (LR, LONG, S, "widened the long-career scheme to people who began work at 20 or 21", True)]),

("006", "2023-01-29T11:00:00Z", "seine-wire", "borne-64-not-negotiable-open-long-careers",
 "Borne says 64 no longer negotiable, opens door on long careers",
 """PARIS, Jan 29 (Seine Wire) - Prime Minister Elisabeth Borne said on Sunday that raising the retirement age to 64 was no longer negotiable, but signalled for the first time that she could give ground on long careers to win conservative votes.

Speaking on a public radio station, Borne said the government was open to widening the early-departure scheme for people who started working at 20 or 21, as long as any change kept the reform's finances balanced. Her labour minister had ruled out such a step a week earlier.

The age of 64 was already a compromise, she said, and going back on it would mean asking future generations to pay.

Les Republicains welcomed the opening. Olivier Marleix told reporters it was a step in the right direction, though he said his party would judge the final wording.

The CFDT and the CGT, which are preparing a second day of strikes on Tuesday, said nothing short of withdrawing the age measure would satisfy them.""",
 [(G, AGE, S, "raising the retirement age to 64 was no longer negotiable", True),
  (G, LONG, C, "the government was open to widening the early-departure scheme", True),
  (LR, LONG, S, "it was a step in the right direction", True),
  (CFDT, AGE, O, "nothing short of withdrawing the age measure would satisfy them", True),
  (CGT, AGE, O, "nothing short of withdrawing the age measure would satisfy them", True)]),

("007", "2023-01-31T17:30:00Z", "lakeside-post", "second-day-pension-protests",
 "Second day of pension protests draws bigger crowds across France",
 """PARIS, Jan 31 (Lakeside Post) - Protesters filled the streets of Paris, Marseille, Toulouse and dozens of smaller towns on Tuesday in the second nationwide day of action against the pension reform, with the interior ministry counting 1.27 million marchers, more than on Jan 19.

Rail traffic was heavily disrupted and about a quarter of teachers in state primary schools stayed away from work, according to the education ministry. Organisers said turnout was strongest in mid-sized towns that rarely see large demonstrations.

At the Elysee Palace, where Macron held a defence meeting, officials declined to say whether the size of the protests would change anything in the text. Political analysts said the government might look for further gestures on long careers or on women's pensions to hold Les Republicains on board, but none expected the age target itself to move.

Union leaders were due to meet in the evening to set the next dates.""",
 []),

("008", "2023-02-05T09:00:00Z", "continental-courier", "borne-concession-long-careers-63",
 "Borne concedes on long careers to win conservative votes",
 """PARIS, Feb 5 (Continental Courier) - Prime Minister Elisabeth Borne said on Sunday that people who started working at 20 or 21 would be able to retire at 63 under the pension reform, a concession aimed at securing the votes of the conservative Les Republicains.

In an interview with a Sunday newspaper, Borne said the government had heard the concerns about long careers and would table an amendment widening the early-departure scheme accordingly. The change will cost around 1 billion euros a year by 2030, to be found elsewhere within the reform, she said.

Borne again ruled out any move on the headline measure, saying the legal age would go to 64 as planned.

Unions have called further days of strikes for Feb 7 and Feb 11, and the debate in the National Assembly opens on Monday with more than 20,000 amendments tabled.""",
 [(G, LONG, S, "would table an amendment widening the early-departure scheme accordingly", True),
  (G, AGE, S, "the legal age would go to 64 as planned", True)]),

("009", "2023-02-05T11:20:00Z", "lakeside-post", "retire-at-63-long-careers-borne",
 "Those who started work at 20 or 21 can retire at 63, Borne says",
 """PARIS, Feb 5 (Lakeside Post) - People who began working at 20 or 21 will be able to retire at 63 under France's pension reform, Prime Minister Elisabeth Borne said on Sunday, in a concession meant to win over the conservative Les Republicains.

Borne told a Sunday newspaper that the government had listened to concerns about long careers and would table an amendment widening the early-departure scheme to cover them. The measure will cost about 1 billion euros a year by 2030, which will be financed within the reform, she said.

She again refused to budge on the central measure, saying the legal age would go to 64 as planned.

Unions have called further strike days for Feb 7 and Feb 11, and the Assembly debate opens on Monday with over 20,000 amendments tabled.""",
 [(G, LONG, S, "would table an amendment widening the early-departure scheme to cover them", True),
  (G, AGE, S, "the legal age would go to 64 as planned", True)]),

("010", "2023-02-07T15:00:00Z", "seine-wire", "ciotti-les-republicains-will-vote-pension-reform",
 "Les Republicains will vote for pension reform, Ciotti says",
 """PARIS, Feb 7 (Seine Wire) - Les Republicains will vote for the pension reform, party chairman Eric Ciotti said on Tuesday, after the government agreed to widen its early-retirement scheme for people who began work young.

Ciotti said the concession met the party's main demand and that LR would not deprive the country of a reform it had itself called for over many years. He said he expected a large majority of the party's deputies to follow that line.

This week he also stripped Aurelien Pradie of his post as the party's number two, after Pradie repeated that he would still vote against the text. Pradie said the concession left out too many workers.

The decision gives Borne a likely, though narrow, majority in the lower house. Opposition lawmakers on the left and the far right have filed around 20,000 amendments, and many observers doubt the Assembly will reach a vote on the whole bill before the debate's Feb 17 deadline.""",
 [(LR, AGE, S, "Les Republicains will vote for the pension reform", True),
  (LR, LONG, S, "the concession met the party's main demand", True)]),

("011", "2023-02-17T23:30:00Z", "lakeside-post", "assembly-debate-ends-without-vote",
 "Pension debate in French Assembly ends without a vote",
 """PARIS, Feb 17 (Lakeside Post) - Debate on the pension reform in France's National Assembly ended at midnight on Friday without a vote on the bill, after lawmakers spent two weeks getting through only a fraction of the amendments.

The government blamed La France Insoumise, whose deputies filed the bulk of the 20,000 amendments. Labour Minister Olivier Dussopt accused the party of deliberately blocking the debate to avoid a vote on the retirement age.

Mathilde Panot, who leads the LFI group, said her deputies had used every tool available to stop a reform that most of the country rejected. Some NUPES partners, including Socialists and Communists, had privately urged LFI to withdraw amendments so the Assembly could vote on Article 7, which raises the age.

The text now goes to the Senate, where the conservative majority is expected to pass it in March.""",
 [(NU, AGE, O, "used every tool available to stop a reform that most of the country rejected", True)]),

("012", "2023-03-07T18:00:00Z", "atlas-newswire", "record-protests-pension-reform-march-7",
 "Record turnout as strikes hit French refineries and railways",
 """PARIS, Mar 7 (Atlas Newswire) - France saw its biggest protests yet against the pension reform on Tuesday, with 1.28 million people marching according to the interior ministry and 3.5 million according to the CGT, as strikes halted refineries, cut rail services and left rubbish piling up in some Paris districts.

The CGT's Philippe Martinez said the aim was to bring the country to a standstill until the government dropped the rise to 64. Several CGT federations, including those in energy and rail, voted for rolling strikes.

Laurent Berger, whose CFDT does not back open-ended strikes, said the day had shown that the reform must be withdrawn. He urged lawmakers to listen to the street rather than to the government's arithmetic.

The Elysee did not respond publicly on Tuesday. In the Senate, the government's allies pressed on with the debate on the text.""",
 [(CGT, AGE, O, "bring the country to a standstill until the government dropped the rise to 64", True),
  (CFDT, AGE, O, "the day had shown that the reform must be withdrawn", True)]),

("013", "2023-03-11T21:00:00Z", "continental-courier", "french-senate-approves-pension-reform",
 "French Senate approves pension reform ahead of final votes",
 """PARIS, Mar 11 (Continental Courier) - France's Senate approved the pension reform late on Saturday by 195 votes to 112, clearing the way for a final vote in both houses next week.

Bruno Retailleau, who leads the Les Republicains group in the upper house, said his senators had backed the rise in the retirement age to 64 because the system's deficits could not be left to the next generation. The Senate added a measure letting mothers with long careers benefit from a pension bonus.

Labour Minister Olivier Dussopt said a joint committee of deputies and senators would meet on Wednesday. The government had used a procedure limiting the debate to speed up the final stage, drawing protests from left-wing senators.

Asked whether the government would risk a vote in the National Assembly or resort to the Article 49.3 procedure that lets it pass a bill without one, a minister who asked not to be named said no decision had been taken.""",
 [(LR, AGE, S, "his senators had backed the rise in the retirement age to 64", True),
  ]),

("014", "2023-03-14T17:00:00Z", "seine-wire", "borne-wants-vote-49-3-not-ruled-out",
 "Borne wants Assembly vote on pensions but keeps 49.3 in reserve",
 """PARIS, Mar 14 (Seine Wire) - Prime Minister Elisabeth Borne said on Tuesday she wanted the pension reform to be put to a vote in the National Assembly on Thursday, but would not rule out forcing it through under Article 49.3 of the constitution if the numbers were not there.

Ministers spent the day calling Les Republicains deputies one by one. Government officials privately estimated the margin at between a handful of votes for and a handful against.

National Rally leader Marine Le Pen said her party would table a motion of no confidence the moment the government used 49.3, which she called a denial of democracy. Jean-Luc Melenchon of La France Insoumise said resorting to it would show the government had lost the argument.

The eight unions called a new day of protests for Wednesday, when a joint committee of deputies and senators meets to agree a final text.""",
 [(G, F493, C, "would not rule out forcing it through under Article 49.3", True),
  (RN, F493, O, "would table a motion of no confidence the moment the government used 49.3", True),
  (NU, F493, O, "resorting to it would show the government had lost the argument", True)]),

("015", "2023-03-16T15:30:00Z", "lakeside-post", "borne-invokes-49-3-pension-reform",
 "French government forces pension reform through without a vote",
 """PARIS, Mar 16 (Lakeside Post) - Prime Minister Elisabeth Borne invoked Article 49.3 of the constitution on Thursday to push the pension reform through the National Assembly without a vote, after President Emmanuel Macron concluded at a last-minute meeting that the government could not be sure of a majority.

Borne had to speak over left-wing deputies singing the national anthem and waving placards reading "64 years, no". She said the government could not take the risk of a vote that might fail.

Marine Le Pen said the National Rally would file a no-confidence motion and called the move a total failure for the government. La France Insoumise deputies said they would back any motion that could bring the government down.

The CFDT's Laurent Berger said using 49.3 was a serious mistake and that the unions would keep mobilising. Thousands gathered at Place de la Concorde, opposite parliament, in the evening.""",
 [(G, F493, S, "invoked Article 49.3 of the constitution on Thursday to push the pension reform through", True),
  (RN, F493, O, "the National Rally would file a no-confidence motion", True),
  (NU, F493, O, "would back any motion that could bring the government down", True),
  (CFDT, F493, O, "using 49.3 was a serious mistake", True)]),

("016", "2023-03-20T19:30:00Z", "continental-courier", "government-survives-no-confidence-votes",
 "French government survives no-confidence vote by nine votes",
 """PARIS, Mar 20 (Continental Courier) - The French government survived two no-confidence votes on Monday, leaving the pension reform adopted, but the cross-party motion came within nine votes of toppling Prime Minister Elisabeth Borne.

The motion drafted by the small centrist LIOT group, which argued that forcing the reform through without a vote was an affront to parliament, won 278 votes against the 287 needed. LIOT's Charles de Courson said the government had lost its legitimacy on pensions and should withdraw the reform.

Nineteen Les Republicains deputies voted for the LIOT motion, defying their group leader Olivier Marleix, who had urged them not to bring down the government. A second motion filed by the National Rally won 94 votes.

Borne told deputies the text would now go to the Constitutional Council. The left has asked the council to strike the text down and requested a citizens' referendum on the age.""",
 [(LIOT, F493, O, "forcing the reform through without a vote was an affront to parliament", True),
  (LIOT, AGE, O, "the government had lost its legitimacy on pensions and should withdraw the reform", True),
  (RN, F493, O, "A second motion filed by the National Rally won 94 votes", True),
  ]),

("017", "2023-03-22T13:45:00Z", "atlas-newswire", "macron-pension-reform-end-of-year",
 "Macron says pension reform will take effect by year-end, defends 49.3",
 """PARIS, Mar 22 (Atlas Newswire) - President Emmanuel Macron said on Wednesday that the pension reform would take effect by the end of the year, in his first public comments since his government forced it through parliament.

In a televised interview at lunchtime, Macron said he had no regrets and did not enjoy carrying the reform but considered it necessary. He said he would keep Elisabeth Borne as prime minister and would not dissolve parliament.

He defended the use of Article 49.3, saying it was a constitutional procedure that previous governments of all colours had used, and that the text had been debated for weeks in both chambers.

Laurent Berger of the CFDT said Macron's comments showed a denial of the anger in the country, and that the unions would not give up on getting the reform withdrawn. The CGT, which is holding its congress next week, said it would give its response on Thursday.""",
 [(G, AGE, S, "the pension reform would take effect by the end of the year", True),
  (G, F493, S, "He defended the use of Article 49.3", True),
  (CFDT, AGE, O, "the unions would not give up on getting the reform withdrawn", True)]),

("018", "2023-03-24T10:00:00Z", "seine-wire", "king-charles-visit-postponed-unrest",
 "King Charles's state visit to France postponed over pension unrest",
 """PARIS, Mar 24 (Seine Wire) - King Charles III's state visit to France, due to start on Sunday, has been postponed because of the unrest over the pension reform, the Elysee said on Friday, after a ninth day of protests turned violent in several cities.

The door of Bordeaux's town hall was set on fire on Thursday night, and Interior Minister Gerald Darmanin said more than 450 people had been detained and hundreds of police officers injured. He said the right to protest would be protected but that violence would be punished.

The royal visit was to include a banquet at the Palace of Versailles. A spokesman for Buckingham Palace said the king looked forward to visiting France when a new date could be found.

Analysts said the postponement was an embarrassment for Macron, though few thought it would change his course on the reform.""",
 []),

("019", "2023-03-28T16:00:00Z", "lakeside-post", "government-rejects-mediation-borne-invites-unions",
 "French government rejects union call for mediation; Borne offers to meet unions",
 """PARIS, Mar 28 (Lakeside Post) - The government rejected on Tuesday a union proposal to appoint mediators to resolve the pension dispute, but Prime Minister Elisabeth Borne said she was ready to receive union leaders in the coming days.

CFDT leader Laurent Berger had called for mediation to calm the country. Government spokesman Olivier Veran said there was no need for a mediator because ministers were already talking to the unions directly.

Borne said her door was open and that she would invite the unions to Matignon, her official residence, to discuss work and employment. Berger said the CFDT would accept only if the retirement age could be discussed at the meeting, and would not go simply to talk about other subjects.

Philippe Martinez, in his last days as CGT leader, declined to say whether his union would attend. A tenth day of protests drew smaller crowds than last week, according to police.""",
 [(G, TALKS, S, "she would invite the unions to Matignon", True),
  (CFDT, TALKS, C, "would accept only if the retirement age could be discussed at the meeting", True)]),

("020", "2023-03-31T18:00:00Z", "continental-courier", "cgt-elects-sophie-binet",
 "CGT elects Sophie Binet as first woman leader, vows to keep fighting pension reform",
 """CLERMONT-FERRAND, Mar 31 (Continental Courier) - The CGT elected Sophie Binet as its secretary general on Friday, the first woman to lead France's oldest union confederation, after a divided congress rejected Philippe Martinez's chosen successor.

Binet told delegates that the CGT would keep fighting until the rise in the retirement age to 64 was withdrawn. She thanked Martinez and said the union's unity with the other confederations was its main asset.

Martinez, who led the CGT for eight years and was a prominent face of the protests against the reform, did not speak to reporters after the vote.

The congress was marked by sharp debates over the union's strategy, with some delegates calling for harder strikes and others for a closer alliance with environmental groups.""",
 [(CGT, AGE, O, "keep fighting until the rise in the retirement age to 64 was withdrawn", True)]),

("021", "2023-04-03T19:00:00Z", "atlas-newswire", "unions-accept-borne-invitation-matignon",
 "French unions accept Borne's invitation to talks at Matignon",
 """PARIS, Apr 3 (Atlas Newswire) - France's unions accepted on Monday an invitation from Prime Minister Elisabeth Borne to meet at Matignon on Wednesday, their first talks with the head of government since January.

CFDT leader Laurent Berger said the CFDT would attend, even though Borne had not put the retirement age on the agenda, because refusing would give the government an excuse to say the unions did not want to talk. He said the unions would use the meeting to repeat that the reform must be withdrawn.

The CGT's new leader Sophie Binet said she too would be at the table, alongside the other union leaders, and would ask Borne to withdraw the reform.

The talks come a day before an eleventh day of protests. Borne's office said the prime minister wanted to discuss employment and working conditions, and would listen to the unions' concerns.""",
 [(CFDT, TALKS, S, "the CFDT would attend", True),
  (CFDT, AGE, O, "the unions would use the meeting to repeat that the reform must be withdrawn", True),
  (CGT, TALKS, S, "she too would be at the table", True),
  (CGT, AGE, O, "would ask Borne to withdraw the reform", True),
  (G, TALKS, S, "an invitation from Prime Minister Elisabeth Borne to meet at Matignon", True)]),

("022", "2023-04-05T14:00:00Z", "seine-wire", "unions-borne-talks-end-in-failure",
 "Talks between unions and Borne end after an hour with no movement on age",
 """PARIS, Apr 5 (Seine Wire) - Talks between France's unions and Prime Minister Elisabeth Borne ended after about an hour on Wednesday, with union leaders saying the government had refused to budge on the retirement age.

Laurent Berger of the CFDT told reporters outside Matignon that the country was in a serious democratic crisis and that the unions had repeated their demand for the reform to be withdrawn. Sophie Binet of the CGT said Borne had confirmed she would not withdraw it. Binet said the CGT would not stop until the reform was scrapped.

In a statement after the meeting, Borne said she wanted to keep working with the social partners on other subjects, but that the reform would be implemented. She said she was open to further discussion on working conditions and the employment of older workers.

The unions said they would take part in Thursday's protests as planned.""",
 [(CFDT, AGE, O, "the unions had repeated their demand for the reform to be withdrawn", True),
  (CGT, AGE, O, "the CGT would not stop until the reform was scrapped", True),
  (G, AGE, S, "the reform would be implemented", True)]),

("023", "2023-04-13T17:00:00Z", "lakeside-post", "constitutional-council-ruling-eve",
 "France awaits Constitutional Council ruling on pension reform",
 """PARIS, Apr 13 (Lakeside Post) - France's Constitutional Council will rule on Friday on the pension reform, a decision that both the government and its opponents say will mark a turning point in three months of protests.

Constitutional lawyers said the nine-member council was likely to strike out some secondary measures, such as an index of older workers' employment, which may have no place in a budget bill, but few expected it to reject the rise in the retirement age. Some thought a full censure possible, given the unusual procedure used.

The council will also say whether a request by left-wing lawmakers for a citizens' referendum on capping the retirement age at 62 can go ahead.

The government declined to comment before the ruling. A twelfth day of protests on Thursday drew fewer people than earlier ones, although clashes broke out in Paris and Rennes. Police reinforced security around the council's building in the Palais-Royal.""",
 []),

("024", "2023-04-14T19:30:00Z", "continental-courier", "constitutional-council-approves-retirement-age-64",
 "French top court approves rise in retirement age, rejects referendum bid",
 """PARIS, Apr 14 (Continental Courier) - France's Constitutional Council approved the core of the pension reform on Friday, including the rise in the retirement age to 64, but struck out six secondary measures and rejected a request for a referendum.

Prime Minister Elisabeth Borne said on Twitter that there was neither a winner nor a loser that night, and that the government would press on with implementation.

In a joint statement, the eight unions asked President Emmanuel Macron not to sign the law, saying that promulgating it would be an affront to millions of protesters. Laurent Berger said the CFDT's opposition to the 64 remained intact.

Jean-Luc Melenchon said the ruling showed the council was more attentive to the president than to the people and that the battle for repeal was not over. Marine Le Pen said the political fate of the reform was not sealed and that the National Rally would repeal it if it came to power.

Macron has 15 days to promulgate the law.""",
 [(G, AGE, S, "the government would press on with implementation", True),
  (CFDT, AGE, O, "the CFDT's opposition to the 64 remained intact", True),
  (NU, AGE, O, "the battle for repeal was not over", True),
  (RN, AGE, O, "the National Rally would repeal it if it came to power", True)]),

("025", "2023-04-15T08:00:00Z", "atlas-newswire", "macron-signs-pension-reform-into-law",
 "Macron signs pension reform into law overnight",
 """PARIS, Apr 15 (Atlas Newswire) - President Emmanuel Macron signed the pension reform into law overnight, less than a day after the Constitutional Council's ruling, and the text was published in the official journal on Saturday morning.

The Elysee said the law would take effect from September 1, with the legal age rising by three months a year until it reaches 64 in 2030.

Union leaders reacted with anger. The CGT's Sophie Binet called the speed of the signature a sign of contempt and said her union would not back down.

Opposition lawmakers said they would keep trying to overturn the reform, including through a second request for a citizens' referendum that the Constitutional Council is due to examine next month.

Macron is due to address the nation on Monday evening.""",
 [(G, AGE, S, "signed the pension reform into law overnight", True),
  (CGT, AGE, O, "her union would not back down", True)]),

("026", "2023-04-17T21:00:00Z", "lakeside-post", "macron-100-days-unions-decline-elysee",
 "Macron sets 100-day plan; CFDT turns down Elysee invitation",
 """PARIS, Apr 17 (Lakeside Post) - President Emmanuel Macron gave himself 100 days on Monday to restore calm after the pension dispute, saying in a televised address that he had heard the anger of the past weeks.

Macron said his door would remain open to the unions and that he wanted to discuss pay, working conditions and career progression with them. As he spoke, people banged pots and pans outside town halls in several cities.

The CFDT's Laurent Berger said before the speech that the CFDT would not take up the president's invitation to the Elysee and would not meet the executive before the May 1 protests. He said there was nothing to discuss while the government pretended nothing had happened.

The CGT had also turned down the invitation, people close to the unions said. Its leader Sophie Binet did not respond to requests for comment.""",
 [(G, TALKS, S, "his door would remain open to the unions", True),
  (CFDT, TALKS, O, "would not meet the executive before the May 1 protests", True),
  (CGT, TALKS, O, "The CGT had also turned down the invitation", False)]),

("027", "2023-04-20T12:00:00Z", "seine-wire", "liot-bill-repeal-retirement-age",
 "Centrist LIOT group to put bill repealing retirement age rise to Assembly",
 """PARIS, Apr 20 (Seine Wire) - The centrist LIOT group in France's National Assembly said on Thursday it would use its day controlling the parliamentary agenda on June 8 to put forward a bill repealing the rise in the retirement age to 64.

LIOT's Bertrand Pancher said there was a majority in the Assembly to scrap the measure, since it had never been put to a vote there. The group's previous attempt, a no-confidence motion, failed by nine votes in March.

Government spokesman Olivier Veran said the bill would not pass constitutional muster because it would add billions of euros to public spending without saying how to pay for it, and that the government would oppose it.

The left-wing NUPES alliance said it would vote for the text. The National Rally has not said how it will vote, although Marine Le Pen has called for the reform's repeal.""",
 [(LIOT, REPEAL, S, "put forward a bill repealing the rise in the retirement age to 64", True),
  (LIOT, AGE, O, "there was a majority in the Assembly to scrap the measure", True),
  (G, REPEAL, O, "the government would oppose it", True),
  (NU, REPEAL, S, "NUPES alliance said it would vote for the text", True),
  (RN, AGE, O, "Marine Le Pen has called for the reform's repeal", False)]),

("028", "2023-05-01T17:00:00Z", "continental-courier", "may-day-unions-united-pensions",
 "Unions march together on May Day as pension anger lingers",
 """PARIS, May 1 (Continental Courier) - Hundreds of thousands of people marched across France on Monday in the first May Day protests called jointly by all the main unions since 2009, keeping up pressure over the pension reform two weeks after it became law.

The interior ministry counted about 780,000 marchers nationwide; the CGT said 2.3 million. Clashes broke out on the fringes of the Paris march.

Walking side by side at the head of the Paris procession, Laurent Berger and Sophie Binet said the unions still rejected the rise in the retirement age. Berger said the CFDT would not turn the page on the 64 just because the law had been signed.

Asked whether the unions would now accept an invitation from Prime Minister Elisabeth Borne, neither leader would say. Government ministers stayed largely silent.""",
 [(CFDT, AGE, O, "the CFDT would not turn the page on the 64", True),
  (CGT, AGE, O, "Sophie Binet said the unions still rejected the rise in the retirement age", True)]),

("029", "2023-05-03T18:00:00Z", "atlas-newswire", "unions-accept-borne-invitation-may",
 "French unions end boycott, agree to meet Borne",
 """PARIS, May 3 (Atlas Newswire) - France's unions will meet Prime Minister Elisabeth Borne separately in the week of May 15, ending a boycott of the executive that followed the signing of the pension reform into law.

Laurent Berger said the CFDT had accepted Borne's invitation and would go to Matignon to discuss pay and working conditions, while making clear that it still opposed the retirement age of 64. Sophie Binet said the CGT would also attend, because refusing would leave the field to the government, but that she would go to demand the reform's repeal.

Separately, the Constitutional Council rejected a second request by left-wing lawmakers for a referendum on the retirement age, closing off another route for opponents.

Borne's office confirmed the dates but gave no agenda.""",
 [(CFDT, TALKS, S, "the CFDT had accepted Borne's invitation", True),
  (CFDT, AGE, O, "it still opposed the retirement age of 64", True),
  (CGT, TALKS, S, "the CGT would also attend", True),
  (CGT, AGE, O, "she would go to demand the reform's repeal", True)]),

("030", "2023-05-31T16:30:00Z", "seine-wire", "committee-strips-liot-repeal-article",
 "Assembly committee strips repeal from LIOT pension bill",
 """PARIS, May 31 (Seine Wire) - A National Assembly committee on Wednesday removed the key article of a LIOT bill that would repeal the rise in France's retirement age to 64, a setback for opponents of the reform ahead of a floor debate on June 8.

Deputies from the presidential camp were joined by most Les Republicains members of the social affairs committee in voting to delete the article. LR's Olivier Marleix said his party would not undo a reform it had supported and that the bill was irresponsible.

LIOT's Charles de Courson said the group would table an amendment to restore the article when the full Assembly takes up the bill. National Rally president Jordan Bardella said his party's deputies would vote for the repeal. Left-wing deputies accused the presidential camp of manoeuvring to avoid a vote it feared losing.

Speaker Yael Braun-Pivet will have to decide whether such an amendment is admissible under the constitution's rules on public spending.""",
 [(LR, REPEAL, O, "the bill was irresponsible", True),
  (LR, AGE, S, "his party would not undo a reform it had supported", True),
  (LIOT, REPEAL, S, "the group would table an amendment to restore the article", True),
  (RN, REPEAL, S, "his party's deputies would vote for the repeal", True)]),

("031", "2023-06-06T18:00:00Z", "lakeside-post", "pension-protest-turnout-falls",
 "Turnout falls on 14th day of French pension protests",
 """PARIS, Jun 6 (Lakeside Post) - Turnout fell sharply on Tuesday in the fourteenth day of union protests against the pension reform, with the interior ministry counting about 280,000 marchers nationwide, the lowest since January.

The CFDT's Laurent Berger, who steps down later this month, acknowledged that the mobilisation was reaching its end. He said the union would not stop regarding the reform as unjust but would now push for gains on wages and working conditions.

The CGT's Sophie Binet urged deputies to vote for the LIOT repeal bill on Thursday.

Labour Minister Olivier Dussopt did not comment on the turnout. Smaller marches took place in Marseille, Lyon and Nantes, and several refineries that had been hit by strikes in March operated normally. Organisers said many workers could no longer afford to lose another day's pay.""",
 [(CFDT, AGE, O, "the union would not stop regarding the reform as unjust", True),
  (CGT, REPEAL, S, "urged deputies to vote for the LIOT repeal bill", True)]),

("032", "2023-06-08T15:00:00Z", "continental-courier", "liot-withdraws-repeal-bill",
 "LIOT withdraws pension repeal bill after speaker's ruling",
 """PARIS, Jun 8 (Continental Courier) - The LIOT group withdrew its bill to repeal France's pension reform on Thursday, after Assembly Speaker Yael Braun-Pivet ruled that amendments restoring the repeal were inadmissible because they would raise public spending.

LIOT's Charles de Courson said the group had been denied a vote that it would have won, and that it still wanted the age of 64 repealed. He accused the presidential camp of trampling on parliament.

La France Insoumise's Mathilde Panot said the left had been ready to vote for the repeal and that NUPES would file a new no-confidence motion in protest. The National Rally said it regretted the withdrawal of a bill it had intended to back.

Prime Minister Elisabeth Borne said the Assembly had been spared a text that would have cost the public finances some 15 billion euros a year, and that the government had been right to oppose it.

Analysts said the episode was likely to close the parliamentary chapter of the dispute.""",
 [(LIOT, REPEAL, S, "it still wanted the age of 64 repealed", True),
  (LIOT, AGE, O, "it still wanted the age of 64 repealed", True),
  (NU, REPEAL, S, "the left had been ready to vote for the repeal", True),
  (RN, REPEAL, S, "regretted the withdrawal of a bill it had intended to back", True),
  (G, REPEAL, O, "the government had been right to oppose it", True)]),

("033", "2023-06-21T12:00:00Z", "atlas-newswire", "marylise-leon-takes-over-cfdt",
 "Marylise Leon succeeds Berger at head of CFDT",
 """PARIS, Jun 21 (Atlas Newswire) - Marylise Leon took over on Wednesday as leader of the CFDT, France's largest union, succeeding Laurent Berger, who led the union through the months of protests against the pension reform.

Leon said the CFDT had not changed its view that raising the retirement age to 64 was unjust, but that the union's priority now was to win better pay and working conditions through negotiation. She said she would take part in the talks the government has offered on those subjects.

Berger, who had announced his departure in April, said he was leaving a union that had gained members during the dispute.

The CGT's Sophie Binet congratulated Leon on her election. President Emmanuel Macron's office said the president wished Leon every success.""",
 [(CFDT, AGE, O, "had not changed its view that raising the retirement age to 64 was unjust", True),
  (CFDT, TALKS, S, "she would take part in the talks the government has offered", True)]),
]

SHIFTS = [
    {"actor": G, "issue": LONG, "from": O, "to": C, "article": "006",
     "why": "Borne says the government is open to widening the long-career scheme as long as finances stay balanced; in 004 Dussopt said the government could not go further."},
    {"actor": G, "issue": LONG, "from": C, "to": S, "article": "008",
     "why": "Borne announces an amendment letting people who started work at 20 or 21 retire at 63; in 006 she was only open to it under a financing condition."},
    {"actor": LR, "issue": AGE, "from": C, "to": S, "article": "010",
     "why": "Ciotti says LR will vote for the reform now that its long-career demand is met; until then (001, 005) its votes were conditional on that concession."},
    {"actor": G, "issue": F493, "from": C, "to": S, "article": "015",
     "why": "Borne invokes Article 49.3 and the bill passes without a vote; in 014 she wanted a vote and kept 49.3 only as a fallback if the numbers were missing."},
    {"actor": CFDT, "issue": TALKS, "from": C, "to": S, "article": "021",
     "why": "Berger says the CFDT will go to Matignon even though the age is not on the agenda; in 019 he set discussing the age as the condition."},
    {"actor": CFDT, "issue": TALKS, "from": S, "to": O, "article": "026",
     "why": "Berger says the CFDT will not take up Macron's invitation and will not meet the executive before May 1; in 021 it had agreed to talks."},
    {"actor": CFDT, "issue": TALKS, "from": O, "to": S, "article": "029",
     "why": "Berger says the CFDT has accepted Borne's invitation, ending the boycott announced in 026."},
]

DUPLICATES = [("001", "002"), ("008", "009")]


def load_watchlist():
    """Tiny parser for the ids in watchlist.yaml (avoids a PyYAML dependency)."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    actors = set(re.findall(r"^  - id: ([a-z0-9-]+)\n    name: .*\n    aliases:", text, re.M))
    issues = set(re.findall(r"^  - id: ([a-z0-9-]+)\n    name: .*\n    description:", text, re.M))
    baseline = [m.groups() for m in re.finditer(
        r"\{actor: ([a-z0-9-]+), issue: ([a-z0-9-]+), stance: ([a-z]+)\}", text)]
    return actors, issues, baseline


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    items = {k: [] for k in OUTLETS}
    claims = {}
    for aid, pub, outlet, slug, title, text, cl in ARTICLES:
        d = datetime.strptime(pub, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        art = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text}
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w", encoding="utf-8") as f:
            json.dump(art, f, ensure_ascii=False, indent=2)
            f.write("\n")
        items[outlet].append((d, art))
        claims[aid] = [{"actor": a, "issue": i, "stance": s, "quote": q, "attributed": at} for a, i, s, q, at in cl]
    for outlet, its in items.items():
        its.sort(key=lambda x: x[0], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(OUTLETS[outlet])}</title>',
               f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(OUTLETS[outlet])}: fictional outlet for the shiftwatch france-pension-reform-2023 evaluation set</description>',
               '    <language>en</language>',
               f'    <lastBuildDate>{format_datetime(its[0][0], usegmt=True)}</lastBuildDate>']
        for d, art in its:
            out += ['    <item>',
                    f'      <title>{escape(art["title"])}</title>',
                    f'      <link>{escape(art["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(art["url"])}</guid>',
                    f'      <pubDate>{format_datetime(d, usegmt=True)}</pubDate>',
                    f'      <description>{escape(art["text"])}</description>',
                    '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_articles = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a[0] for a in ARTICLES if a[0] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return labels


def validate(labels):
    errors = []
    actors, issues, baseline = load_watchlist()
    ids = [a[0] for a in ARTICLES]
    if ids != [f"{n:03d}" for n in range(1, len(ids) + 1)]:
        errors.append("article ids are not 001..N in order")
    pubs = [a[1] for a in ARTICLES]
    if pubs != sorted(pubs):
        errors.append("articles are not in publication order")
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != ids:
        errors.append(f"article files {files} do not match ids")
    for aid, pub, outlet, slug, title, text, cl in ARTICLES:
        art = json.load(open(os.path.join(HERE, "articles", f"{aid}.json"), encoding="utf-8"))
        words = len(art["text"].split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words (want 120-260)")
        dl = re.match(r"^[A-Z-]+, [A-Z][a-z]{2} \d{1,2} \(([^)]+)\) - ", art["text"])
        if not dl or dl.group(1) != art["source"]:
            errors.append(f"{aid}: dateline missing or outlet mismatch")
        for c in labels["claims"][aid]:
            if c["actor"] not in actors: errors.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errors.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in (S, O, C): errors.append(f"{aid}: bad stance {c['stance']}")
            if c["quote"] not in art["text"]: errors.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15: errors.append(f"{aid}: quote > 15 words: {c['quote']!r}")
    for a, b in DUPLICATES:
        ta = {(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][a]}
        tb = {(c["actor"], c["issue"], c["stance"]) for c in labels["claims"][b]}
        if ta != tb: errors.append(f"duplicate pair {a}/{b} has different claims")
    for (a, i, s) in baseline:
        if a not in actors or i not in issues: errors.append(f"baseline refers to unknown {a}/{i}")
    # Re-derive shifts from attributed claims, starting from the baseline.
    prevailing = {(a, i): s for a, i, s in baseline}
    derived = []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                derived.append({"actor": k[0], "issue": k[1], "from": prevailing[k], "to": c["stance"], "article": aid})
            prevailing[k] = c["stance"]
    want = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    if derived != want:
        errors.append(f"shifts differ from those derived from claims:\n derived={derived}\n labelled={want}")
    for aid in ids:
        in_no_alert = aid in labels["no_alert_articles"]
        is_shift = aid in {s["article"] for s in labels["shifts"]}
        if in_no_alert == is_shift: errors.append(f"{aid}: no_alert_articles inconsistent")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode != 0: errors.append(f"feeds/{f}: xmllint failed: {r.stderr.strip()}")
    json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    return errors


if __name__ == "__main__":
    labels = build()
    errs = validate(labels)
    n = sum(len(v) for v in labels["claims"].values())
    by = {st: sum(1 for v in labels["claims"].values() for c in v if c["stance"] == st) for st in (S, O, C)}
    unattr = sum(1 for v in labels["claims"].values() for c in v if not c["attributed"])
    empty = [k for k, v in labels["claims"].items() if not v]
    print(f"articles={len(ARTICLES)} claims={n} {by} unattributed={unattr} shifts={len(SHIFTS)} empty={empty}")
    if errs:
        print("\n".join("ERROR " + e for e in errs))
        sys.exit(1)
    print("OK: all checks passed")
