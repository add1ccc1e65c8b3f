#!/usr/bin/env python3
"""Build the shiftwatch evaluation set mexico-judicial-reform-2024.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the result (quotes, word counts, datelines, ids, watchlist ids,
recomputed shifts, no_alert_articles, xmllint on every feed).

Run:  python3 build.py
"""
import datetime as dt
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "sierra-wire": "Sierra Wire",
    "plaza-herald": "Plaza Herald",
    "continental-dispatch": "Continental Dispatch",
    "riverside-monitor": "Riverside Monitor",
    "atlas-newswire": "Atlas Newswire",
}

G, MO, PAN, PRI, SC, JW, US = (
    "mexico-government", "morena", "pan", "pri", "supreme-court", "judicial-workers", "usa")
ELECT, DROP, STRIKE, SUPREM, PAUSE = (
    "elect-judges", "drop-judge-elections", "strike-down-reform", "supremacy-amendment", "embassy-pause")


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Articles in publication order. Ids are assigned 001.. from this order.
ARTICLES = [
    # 001
    dict(published="2024-02-05T18:10:00Z", outlet="sierra-wire",
         slug="lopez-obrador-sends-plan-to-elect-judges",
         title="Lopez Obrador sends Congress plan to elect judges by popular vote",
         text="""MEXICO CITY, Feb 5 (Sierra Wire) - President Andres Manuel Lopez Obrador sent Congress a package of constitutional changes on Monday that includes a plan to have every federal judge, including the 11 Supreme Court justices, chosen by popular vote.

Presenting the package at the National Palace on Constitution Day, Lopez Obrador said judges should answer to the people rather than to the powerful, and that the current system had let corruption spread through the courts. The plan would also cut the Supreme Court to nine members and shorten their terms.

Constitutional amendments need a two-thirds majority in both chambers, which the ruling Morena party and its allies do not have.

National Action Party (PAN) leader Marko Cortes said the opposition would block what he called an attack on the independence of the judiciary. Alejandro Moreno, who heads the Institutional Revolutionary Party (PRI), said his lawmakers would vote against every one of the amendments.

The Supreme Court did not respond to a request for comment.

Claudia Sheinbaum, Morena's candidate in the June 2 presidential election, attended the ceremony.""",
         claims=[
             C(G, ELECT, "support", "Lopez Obrador said judges should answer to the people rather than to the powerful"),
             C(PAN, ELECT, "oppose", "the opposition would block what he called an attack on the independence of the judiciary"),
             C(PRI, ELECT, "oppose", "said his lawmakers would vote against every one of the amendments"),
         ]),
    # 002
    dict(published="2024-02-08T17:00:00Z", outlet="plaza-herald",
         slug="chief-justice-warns-elected-judges-would-serve-parties",
         title="Chief justice warns elected judges would serve parties, not the law",
         text="""MEXICO CITY, Feb 8 (Plaza Herald) - Supreme Court Chief Justice Norma Pina warned on Thursday that judges who owe their seats to an election campaign would end up serving the parties that backed them rather than the law.

Pina did not name the president, but her remarks, published by the court, were a clear reply to his plan, sent to Congress on Monday, to put the posts of all judges and justices to a popular vote. She said an independent judiciary was what protected citizens from the abuse of power, whoever held it.

Lopez Obrador, who has clashed with the court since it struck down several of his laws, dismissed the criticism at his morning news conference. He said the justices were defending their privileges and that the people, not a small elite, should decide who sits on the bench.

Analysts said the proposal had little chance of passing before the June elections, since Morena lacks the two-thirds majority needed to amend the constitution. Its fate, they said, would depend on how many seats the ruling party wins.""",
         claims=[
             C(SC, ELECT, "oppose", "judges who owe their seats to an election campaign would end up serving the parties"),
             C(G, ELECT, "support", "the people, not a small elite, should decide who sits on the bench"),
         ]),
    # 003 (no claims)
    dict(published="2024-04-30T23:30:00Z", outlet="continental-dispatch",
         slug="congress-closes-session-reforms-pending",
         title="Congress closes session with Lopez Obrador's reforms still pending",
         text="""MEXICO CITY, April 30 (Continental Dispatch) - Mexico's Congress ended its last ordinary session before the June 2 elections on Tuesday without taking up the president's constitutional package, including the proposal to elect judges by popular vote.

The bills remain with committees in the Chamber of Deputies, whose San Lazaro building was busy on the final day with appointments and minor legal changes. Morena's leaders in both chambers declined to say whether they would call an extraordinary session over the summer.

Political analysts said the package was now in effect a campaign platform. If Morena and its allies win two-thirds of both chambers, they said, the new Congress that sits from September could pass the amendments within weeks; if not, the proposals are likely to stall.

Claudia Sheinbaum, the ruling party's presidential candidate, has a double-digit lead in most polls. Her main rival, Xochitl Galvez, is running for an alliance of the PAN, the PRI and the smaller PRD.

The Supreme Court held its regular session on Tuesday and did not discuss the package.""",
         claims=[]),
    # 004
    dict(published="2024-06-03T21:00:00Z", outlet="riverside-monitor",
         slug="peso-slides-morena-nears-supermajority",
         title="Peso slides as Morena nears supermajority; Lopez Obrador vows judicial overhaul",
         text="""MEXICO CITY, June 3 (Riverside Monitor) - Mexico's peso fell sharply on Monday as results from Sunday's election showed the ruling Morena party and its allies close to the two-thirds majorities needed to change the constitution without opposition votes.

Claudia Sheinbaum won the presidency with close to 60% of the vote. Preliminary counts gave the governing coalition a supermajority in the Chamber of Deputies and left it a few seats short in the Senate.

Investors are worried above all about the plan to elect judges. Lopez Obrador said on Monday that the overhaul of the judiciary would be one of the first measures the new Congress approves in September, and that markets had no reason to fear it.

Mario Delgado, Morena's chairman, said the party had won a clear mandate for the reforms and now had the votes to pass the judicial amendment in the lower house.

The PAN and the PRI, which have vowed to block the plan, suffered their worst result in decades. Their leaders are under pressure to resign.""",
         claims=[
             C(G, ELECT, "support", "the overhaul of the judiciary would be one of the first measures"),
             C(MO, ELECT, "support", "now had the votes to pass the judicial amendment in the lower house"),
             C(PAN, ELECT, "oppose", "The PAN and the PRI, which have vowed to block the plan", False),
             C(PRI, ELECT, "oppose", "The PAN and the PRI, which have vowed to block the plan", False),
         ]),
    # 005
    dict(published="2024-06-12T19:00:00Z", outlet="atlas-newswire",
         slug="sheinbaum-orders-polls-on-judicial-plan",
         title="Sheinbaum orders polls on judicial plan, says vote will still come in September",
         text="""MEXICO CITY, June 12 (Atlas Newswire) - President-elect Claudia Sheinbaum said on Wednesday that Morena would commission nationwide opinion polls on the proposal to elect judges, and that lawmakers would hold public forums with judges, lawyers and academics before voting.

Sheinbaum said the consultation was meant to inform the debate, not to decide whether the reform happens. She backs the popular election of judges and said it reflected the mandate voters gave her on June 2.

Asked whether the vote could be put off to calm markets, she said the timetable would not change and the new Congress would take up the amendment in September. She said she had met investors this week and none had told her they planned to pull out.

The peso has lost more than 8% since the election, a slide analysts attribute largely to the judicial plan.

Earlier this week Sheinbaum met Ken Salazar, the US ambassador, and a senior White House security adviser. Neither side commented publicly on the judicial proposal afterwards.""",
         claims=[
             C(G, ELECT, "support", "She backs the popular election of judges"),
             C(G, DROP, "oppose", "she said the timetable would not change"),
         ]),
    # 006
    dict(published="2024-06-17T20:30:00Z", outlet="sierra-wire",
         slug="morena-polls-show-backing-for-electing-judges",
         title="Morena polls show majority backing for electing judges, Sheinbaum says",
         text="""MEXICO CITY, June 17 (Sierra Wire) - Polls commissioned by the ruling Morena party show that most Mexicans back the overhaul of the judiciary, including the election of Supreme Court justices by popular vote, President-elect Claudia Sheinbaum said on Monday.

Presenting the results, Sheinbaum said roughly four in five respondents considered a reform of the courts necessary and a clear majority supported choosing judges at the ballot box. The surveys were information for the debate and nothing more, she said, but she added that the reform would go ahead because voters had endorsed it on June 2.

Sheinbaum will meet Morena's incoming senators and deputies on Tuesday to discuss the package.

PAN leader Marko Cortes dismissed the surveys as propaganda paid for by the ruling party. He said his party's lawmakers would not support a reform that hands the courts to whoever wins elections.

Roughly half of those polled said they had not heard of the proposal before being asked about it.""",
         claims=[
             C(G, ELECT, "support", "the reform would go ahead because voters had endorsed it on June 2"),
             C(PAN, ELECT, "oppose", "would not support a reform that hands the courts to whoever wins elections"),
         ]),
    # 007  SHIFT supreme-court elect-judges oppose -> conditional
    dict(published="2024-07-10T18:00:00Z", outlet="plaza-herald",
         slug="chief-justice-could-accept-elected-judges",
         title="Chief justice says she could accept elected judges if they curb impunity",
         text="""MEXICO CITY, July 10 (Plaza Herald) - Supreme Court Chief Justice Norma Pina said on Wednesday she would back the election of judges by popular vote only if it helped root out impunity and insecurity, softening the court's resistance to the centerpiece of the government's judicial plan.

Pina, speaking to reporters while Congress holds public forums on the proposal, said she still doubted that elections were the best remedy for the failings of the justice system. The judiciary and the federal judicial council would present their own reform proposal by the end of August, she said.

The chief justice had warned in February that judges chosen at the polls would owe their seats to parties.

Lopez Obrador said at his morning news conference that the forums could change details of the reform, such as the number of posts put to a vote, but that the election itself was the one element that could not be negotiated.

Pina also told reporters that Justice Yasmin Esquivel, a government ally on the court, had asked her to step aside.""",
         claims=[
             C(SC, ELECT, "conditional", "would back the election of judges by popular vote only if it helped"),
             C(G, ELECT, "support", "the election itself was the one element that could not be negotiated"),
         ]),
    # 008
    dict(published="2024-07-16T17:00:00Z", outlet="continental-dispatch",
         slug="monreal-says-morena-will-not-waver",
         title="Morena's Monreal says party will not waver on electing judges",
         text="""SAN LUIS POTOSI, July 16 (Continental Dispatch) - Ricardo Monreal, who will lead Morena's deputies in the new Congress, said on Monday that the party would not hesitate over the judicial overhaul and would approve it in September as voters had instructed.

Speaking at a forum on the proposal in San Luis Potosi, Monreal said the election of judges, magistrates and justices was the heart of the reform. There was no scenario, he said, in which Morena did not approve it. He rejected calls from business groups to delay the vote until markets calm, saying the party had a mandate and would not put it off.

He said anger among senior judges was understandable because the reform would end their privileges.

The PRI's leader, Alejandro Moreno, said on the same day that his party would vote against the amendment in both chambers and would take it to the courts if it passed. Moreno said the plan would let organized crime buy judges.

The forums, known as national dialogues, will continue across the country until early August.""",
         claims=[
             C(MO, ELECT, "support", "There was no scenario, he said, in which Morena did not approve it"),
             C(MO, DROP, "oppose", "He rejected calls from business groups to delay the vote until markets calm"),
             C(PRI, ELECT, "oppose", "his party would vote against the amendment in both chambers"),
             C(PRI, STRIKE, "support", "would take it to the courts if it passed"),
         ]),
    # 009  SHIFT morena drop-judge-elections oppose -> conditional
    dict(published="2024-08-13T15:00:00Z", outlet="riverside-monitor",
         slug="morena-draft-staggers-judicial-elections",
         title="Morena draft staggers judicial elections, pushing half of judges' races to 2027",
         text="""MEXICO CITY, Aug 13 (Riverside Monitor) - Morena lawmakers unveiled a revised draft of the judicial overhaul late on Monday that would put only half of the country's district and circuit judgeships to a popular vote in June 2025, postponing the election of the rest until 2027.

Ignacio Mier, the party's leader in the outgoing lower house, said the staggered timetable was one of more than 100 changes made after the public forums, and that it would give the electoral authority time to organize a vote of unprecedented size. All nine Supreme Court seats would still be filled at the ballot box in 2025.

Mier denied that the new schedule meant Morena was backing down on the principle of elected judges. The popular election of every judge remained the core of the reform, he said.

The constitutional affairs committee is expected to vote on the draft within two weeks, before the new Congress takes office on Sept 1.

The judges' association JUFED said the changes did not address its objection to electing judges.""",
         claims=[
             C(MO, DROP, "conditional", "postponing the election of the rest until 2027"),
             C(MO, ELECT, "support", "The popular election of every judge remained the core of the reform"),
             C(JW, ELECT, "oppose", "the changes did not address its objection to electing judges"),
         ]),
    # 010
    dict(published="2024-08-19T22:00:00Z", outlet="atlas-newswire",
         slug="court-workers-strike-to-demand-withdrawal",
         title="Federal court workers strike to demand withdrawal of judicial overhaul",
         text="""MEXICO CITY, Aug 19 (Atlas Newswire) - Thousands of federal court employees walked off the job on Monday in protest against the plan to elect judges, shutting courthouses across the country and demanding that the governing party withdraw the reform.

The judicial workers' union said the stoppage would last indefinitely. Its members argue that putting judgeships to a vote would end the professional career system and leave judges at the mercy of parties and cartels. Only urgent cases, such as those involving personal liberty, will be heard.

Lopez Obrador said at the National Palace that the strike would not change anything. The reform would not be shelved, he said, and court staff would keep their jobs and benefits under the new system.

The constitutional affairs committee of the Chamber of Deputies is due to vote on the draft next week. Judges and magistrates are expected to decide on Wednesday whether to join the walkout.""",
         claims=[
             C(JW, DROP, "support", "demanding that the governing party withdraw the reform"),
             C(JW, ELECT, "oppose", "putting judgeships to a vote would end the professional career system"),
             C(G, DROP, "oppose", "The reform would not be shelved, he said"),
         ]),
    # 011
    dict(published="2024-08-22T23:00:00Z", outlet="sierra-wire",
         slug="us-ambassador-says-electing-judges-risks-democracy",
         title="US ambassador says electing judges puts Mexican democracy at risk",
         text="""MEXICO CITY, Aug 22 (Sierra Wire) - US Ambassador Ken Salazar said on Thursday that the direct election of judges posed a serious danger to the workings of Mexican democracy and could put the trade relationship between the two countries at risk.

Salazar told reporters that electing judges would make it easier for drug cartels and other criminals to exploit politically inexperienced judges, and that investors needed confidence in Mexico's legal framework. The United States respects Mexico's sovereignty, he said, but as a partner it had to speak plainly.

Canada's ambassador, Graeme Clark, said separately that Canadian investors had voiced concern about the proposal.

Asked about the comments, a spokesman for Lopez Obrador said the president would respond at his news conference on Friday.

Federal judges joined the court employees' strike on Wednesday, adding their weight to the workers' demand that the bill be shelved before the new Congress takes it up.""",
         claims=[
             C(US, ELECT, "oppose", "the direct election of judges posed a serious danger to the workings of Mexican democracy"),
             C(JW, DROP, "support", "the workers' demand that the bill be shelved", False),
         ]),
    # 012  SHIFT usa elect-judges oppose -> conditional
    dict(published="2024-08-23T20:00:00Z", outlet="plaza-herald",
         slug="salazar-offers-talks-on-other-models",
         title="Salazar offers talks on other models as Mexico protests his remarks",
         text="""MEXICO CITY, Aug 23 (Plaza Herald) - US Ambassador Ken Salazar said on Friday that he was ready to discuss the election of judges with Mexico's leaders and to exchange views on other models, such as retention elections, a day after warning that the plan endangered Mexican democracy.

His concerns were offered in a spirit of collaboration, Salazar said in a statement, adding that as partners the two countries should be able to hold an open and honest dialogue.

Lopez Obrador called the ambassador's earlier remarks imprudent and said Mexico's Foreign Ministry had sent the US and Canadian embassies a diplomatic note objecting to what he described as meddling. The judicial reform would go ahead regardless of foreign opinion, he said, because deciding how judges are chosen is a matter for Mexicans alone.

In retention elections, used in several US states, voters decide whether a sitting judge keeps the post rather than choosing among competing candidates.""",
         claims=[
             C(US, ELECT, "conditional", "ready to discuss the election of judges with Mexico's leaders"),
             C(G, ELECT, "support", "The judicial reform would go ahead regardless of foreign opinion, he said"),
         ]),
    # 013
    dict(published="2024-08-26T21:00:00Z", outlet="continental-dispatch",
         slug="lower-house-committee-approves-judicial-overhaul",
         title="Lower house committee approves judicial overhaul on party-line vote",
         text="""MEXICO CITY, Aug 26 (Continental Dispatch) - The constitutional affairs committee of Mexico's Chamber of Deputies approved the judicial overhaul on Monday, with Morena and its allies voting in favor and the PAN and PRI members voting against.

The approved text keeps the popular election of all federal judges but staggers it: half of the district and circuit posts would be filled in a special vote in June 2025 and the rest in the 2027 midterm election. All nine Supreme Court justices would be elected in 2025.

Morena committee members said the draft had absorbed the main proposals from the summer forums. Opposition deputies said the forums had been a formality and that the ruling party never intended to change the heart of the plan.

The full chamber is expected to vote after the new legislature is sworn in on Sept 1. Morena and its allies will hold more than two-thirds of the seats.""",
         claims=[
             C(MO, ELECT, "support", "with Morena and its allies voting in favor"),
             C(MO, DROP, "conditional", "the rest in the 2027 midterm election"),
             C(PAN, ELECT, "oppose", "the PAN and PRI members voting against"),
             C(PRI, ELECT, "oppose", "the PAN and PRI members voting against"),
         ]),
    # 014  duplicate of 013
    dict(published="2024-08-26T23:30:00Z", outlet="riverside-monitor",
         slug="deputies-committee-backs-judicial-overhaul",
         title="Deputies' committee backs judicial overhaul along party lines",
         text="""MEXICO CITY, Aug 26 (Riverside Monitor) - A committee of Mexico's lower house approved the overhaul of the judiciary on Monday, with lawmakers from Morena and its allies voting in favor and the PAN and PRI members voting against.

The text keeps the election of all federal judges by popular vote but spreads it over two rounds: half of the district and circuit posts would be contested in a special election in June 2025 and the rest in the 2027 midterm election. All nine Supreme Court seats would go to the ballot in 2025.

Morena members of the constitutional affairs committee said the draft reflected the main proposals made at the summer forums. Opposition deputies called the forums a formality and said the ruling party had never meant to change the core of the plan.

The full chamber is expected to vote once the new legislature is sworn in on Sept 1, when Morena and its allies will hold more than two-thirds of the seats.""",
         claims=[
             C(MO, ELECT, "support", "lawmakers from Morena and its allies voting in favor"),
             C(MO, DROP, "conditional", "the rest in the 2027 midterm election"),
             C(PAN, ELECT, "oppose", "the PAN and PRI members voting against"),
             C(PRI, ELECT, "oppose", "the PAN and PRI members voting against"),
         ]),
    # 015  SHIFT mexico-government embassy-pause oppose -> support
    dict(published="2024-08-27T18:00:00Z", outlet="atlas-newswire",
         slug="lopez-obrador-pauses-relations-with-embassies",
         title="Lopez Obrador puts relations with US, Canadian embassies on 'pause'",
         text="""MEXICO CITY, Aug 27 (Atlas Newswire) - President Andres Manuel Lopez Obrador said on Tuesday that his government was putting its relations with the US and Canadian embassies on pause after both ambassadors criticized his plan to elect judges.

Speaking at his morning news conference, Lopez Obrador said relations with the ambassadors would remain on hold until their governments showed respect for Mexico's independence. He said ties with Washington and Ottawa themselves were not affected.

President-elect Claudia Sheinbaum backed the decision later on Tuesday. She said it was the president's call to make in response to what she described as an affront by both ambassadors, and that how judges are chosen is for Mexicans to decide.

The US embassy did not immediately respond to a request for comment. Canada's foreign ministry said it valued its relationship with Mexico.

US Ambassador Ken Salazar had said last week that the election of judges put Mexican democracy at risk.""",
         claims=[
             C(G, PAUSE, "support", "his government was putting its relations with the US and Canadian embassies on pause"),
         ]),
    # 016  duplicate of 015
    dict(published="2024-08-27T20:15:00Z", outlet="sierra-wire",
         slug="mexico-puts-embassy-ties-on-hold",
         title="Mexico's president puts ties with US and Canadian embassies on hold",
         text="""MEXICO CITY, Aug 27 (Sierra Wire) - President Andres Manuel Lopez Obrador said on Tuesday that his government had put its relations with the US and Canadian embassies on pause after the two ambassadors criticized his plan to elect judges.

At his morning news conference, Lopez Obrador said relations with the ambassadors would stay on hold until their governments showed respect for Mexico's independence. Ties with Washington and Ottawa themselves were not affected, he said.

President-elect Claudia Sheinbaum supported the decision later in the day. She said it was for the president to decide how to answer what she called an affront by both ambassadors, and that the way judges are chosen is for Mexicans to decide.

The US embassy did not immediately reply to a request for comment. Canada's foreign ministry said it valued its ties with Mexico.

Last week US Ambassador Ken Salazar said the election of judges put Mexican democracy at risk.""",
         claims=[
             C(G, PAUSE, "support", "his government had put its relations with the US and Canadian embassies on pause"),
         ]),
    # 017  SHIFT usa elect-judges conditional -> oppose
    dict(published="2024-08-28T19:00:00Z", outlet="plaza-herald",
         slug="washington-stands-by-envoy-on-judicial-plan",
         title="Washington stands by envoy's criticism of Mexico's judicial plan",
         text="""WASHINGTON, Aug 28 (Plaza Herald) - Washington stood by its ambassador in Mexico on Wednesday, with a senior State Department official saying the United States shares his concerns about the proposed overhaul of Mexico's judiciary.

Brian Nichols, the top US diplomat for the Western Hemisphere, said on social media that the two countries must work together as equal partners and that the US deeply respects Mexico's sovereignty. An embassy note released this week said the United States supports the idea of judicial reform in Mexico but is very concerned that electing judges will neither tackle corruption nor strengthen the courts.

In Mexico City, Lopez Obrador said the pause applied only to the embassies and not to relations between the two governments. He said it would not be lifted unless the embassies confirmed they would respect Mexico's independence.

Mexican officials said cooperation on security and migration was continuing as normal.""",
         claims=[
             C(US, ELECT, "oppose", "very concerned that electing judges will neither tackle corruption nor strengthen the courts"),
             C(G, PAUSE, "support", "it would not be lifted unless the embassies confirmed they would respect Mexico's independence"),
         ]),
    # 018
    dict(published="2024-09-04T09:00:00Z", outlet="continental-dispatch",
         slug="lower-house-passes-judicial-overhaul-at-sports-complex",
         title="Mexico's lower house passes judicial overhaul at sports complex",
         text="""MEXICO CITY, Sept 4 (Continental Dispatch) - Mexico's Chamber of Deputies approved the overhaul of the judiciary early on Wednesday in a session moved to a sports complex in the east of the capital after striking court workers blockaded the San Lazaro legislative palace.

The amendment passed 357 to 130, with Morena and its allies voting as a bloc in favor and the PAN, the PRI and Citizens' Movement voting against. It keeps the popular election of all judges, with half of lower-court posts contested in 2025 and the other half in 2027.

Morena deputies said the vote fulfilled the mandate of the June election. PAN deputies called it the end of an independent judiciary.

The workers, who want the bill withdrawn, had surrounded the chamber since Tuesday morning. On Saturday a district judge in Morelos ordered the chamber not to hold the vote, an order Morena's leaders ignored.

The bill now goes to the Senate, where the ruling coalition is one seat short of two-thirds.""",
         claims=[
             C(MO, ELECT, "support", "Morena and its allies voting as a bloc in favor"),
             C(MO, DROP, "conditional", "with half of lower-court posts contested in 2025 and the other half in 2027"),
             C(PAN, ELECT, "oppose", "the PAN, the PRI and Citizens' Movement voting against"),
             C(PRI, ELECT, "oppose", "the PAN, the PRI and Citizens' Movement voting against"),
             C(JW, DROP, "support", "The workers, who want the bill withdrawn", False),
         ]),
    # 019 (no claims)
    dict(published="2024-09-07T16:00:00Z", outlet="riverside-monitor",
         slug="eyes-on-opposition-senators-as-vote-nears",
         title="All eyes on a handful of opposition senators as judicial vote nears",
         text="""MEXICO CITY, Sept 7 (Riverside Monitor) - The fate of Mexico's judicial overhaul in the Senate may come down to a single opposition senator, as the ruling coalition counts 85 of the 86 votes it needs for a two-thirds majority.

Political analysts said pressure was mounting on a small group of opposition senators, several of them from states governed by Morena, to vote with the government or stay away from the chamber. One consultant said an absence would serve the coalition almost as well as a vote, since it would lower the number needed.

Miguel Angel Yunes Marquez, a PAN senator from Veracruz whose name has come up in speculation about a possible defection, declined to say how he would vote.

Senate committees are scheduled to begin debating the bill on Sunday. The full Senate could vote as early as Tuesday.

A separate injunction issued by a judge in Chiapas bars Congress from sending the approved amendment to the state legislatures, though legal experts said Congress was unlikely to comply.""",
         claims=[]),
    # 020  SHIFT supreme-court elect-judges conditional -> oppose
    dict(published="2024-09-08T22:00:00Z", outlet="atlas-newswire",
         slug="chief-justice-demolition-of-judiciary-not-the-answer",
         title="Chief justice says 'demolition' of the judiciary is not the answer",
         text="""MEXICO CITY, Sept 8 (Atlas Newswire) - Supreme Court Chief Justice Norma Pina said on Sunday that tearing down the judiciary was not the way to fix it, in an unusual video address released as Senate committees opened debate on the plan to elect all judges by popular vote.

Pina said the overhaul, which would send every judge and justice to the ballot box, amounted to a demolition of the judicial branch and would leave citizens without independent courts. She urged the executive and the legislature to heed the warnings of judges, academics and international human rights bodies, saying it was still possible to change course.

The court and the federal judicial council also released two reform proposals of their own, built on the experience of working judges, which keep the appointment of judges on merit.

Adan Augusto Lopez, Morena's leader in the Senate, said the committees would vote on Sunday night and the full chamber on Tuesday.

In July, Pina had said she could accept elected judges if the change helped curb impunity.""",
         claims=[
             C(SC, ELECT, "oppose", "amounted to a demolition of the judicial branch"),
         ]),
    # 021
    dict(published="2024-09-10T23:45:00Z", outlet="sierra-wire",
         slug="protesters-storm-mexican-senate",
         title="Protesters storm Mexican Senate, forcing judicial debate to move",
         text="""MEXICO CITY, Sept 10 (Sierra Wire) - Hundreds of protesters, many of them striking court employees and law students, forced their way into the Mexican Senate chamber on Tuesday, halting the debate on the judicial overhaul and forcing senators to move to the old Senate building in the historic center.

Senate President Gerardo Fernandez Norona of Morena suspended the session as demonstrators waving flags filled the floor. He said the upper house would not give in to intimidation and that the reform carried the mandate of the people who voted on June 2.

A spokeswoman for the judicial workers said the protests would continue until senators shelved the bill. Court staff have been on strike since Aug 19.

PAN senators said they would vote against the amendment wherever the session was held. The PAN's leader, Marko Cortes, accused the ruling party of pushing the reform through at any cost.

The session resumed in the evening in the old building on Xicotencatl street, where senators debated behind police lines.""",
         claims=[
             C(MO, ELECT, "support", "the reform carried the mandate of the people who voted on June 2"),
             C(JW, DROP, "support", "the protests would continue until senators shelved the bill"),
             C(PAN, ELECT, "oppose", "PAN senators said they would vote against the amendment"),
         ]),
    # 022
    dict(published="2024-09-11T12:00:00Z", outlet="plaza-herald",
         slug="senate-approves-election-of-judges-after-defection",
         title="Mexican Senate approves election of judges after defector's vote",
         text="""MEXICO CITY, Sept 11 (Plaza Herald) - Mexico's Senate approved the constitutional overhaul of the judiciary early on Wednesday by 86 votes to 41, after a PAN senator's alternate broke ranks to give the ruling coalition the two-thirds majority it needed.

Miguel Angel Yunes Linares, who took the seat of his son, PAN Senator Miguel Angel Yunes Marquez, voted in favor. The PAN said it would expel both men, and party leader Marko Cortes called the vote a betrayal of the voters who elected them to stop the reform.

Morena and its allies voted together for the amendment, which puts every judgeship to a popular vote, with half of the lower-court races held back until 2027. PRI senators voted against.

Lopez Obrador celebrated the result, saying Mexico would now have a judiciary chosen by its people.

The amendment now needs the approval of at least 17 of the 32 state legislatures, most of them controlled by Morena.""",
         claims=[
             C(MO, ELECT, "support", "Morena and its allies voted together for the amendment"),
             C(MO, DROP, "conditional", "with half of the lower-court races held back until 2027"),
             C(PAN, ELECT, "oppose", "called the vote a betrayal of the voters who elected them to stop the reform"),
             C(PRI, ELECT, "oppose", "PRI senators voted against"),
             C(G, ELECT, "support", "Mexico would now have a judiciary chosen by its people"),
         ]),
    # 023
    dict(published="2024-09-15T21:00:00Z", outlet="continental-dispatch",
         slug="lopez-obrador-signs-judicial-overhaul-strikers-vow-court-fight",
         title="Lopez Obrador signs judicial overhaul into law; strikers vow court fight",
         text="""MEXICO CITY, Sept 15 (Continental Dispatch) - President Andres Manuel Lopez Obrador signed the judicial overhaul into law on Sunday, hours before leading the Independence Day celebrations, after more than half of the state legislatures ratified it in record time.

The decree was published in the official gazette. Lopez Obrador said the law would clean up a judiciary that had served the rich and the powerful, and that the first judicial elections would be held on June 1, 2025.

The judicial workers' union said its members would stay on strike and would ask the Supreme Court to strike down the amendment, which it said violates the separation of powers. Its spokeswoman said the union would keep fighting a reform that hands the courts to party politics.

Judges and magistrates, whose association joined the strike in August, said they had filed challenges of their own.

The Supreme Court, which suspended its sessions when its own staff joined the strike, plans to resume them on Tuesday.""",
         claims=[
             C(G, ELECT, "support", "the law would clean up a judiciary that had served the rich and the powerful"),
             C(JW, STRIKE, "support", "would ask the Supreme Court to strike down the amendment"),
             C(JW, ELECT, "oppose", "a reform that hands the courts to party politics"),
         ]),
    # 024
    dict(published="2024-09-17T20:00:00Z", outlet="riverside-monitor",
         slug="us-stands-by-ambassador-as-mexico-enacts-overhaul",
         title="US stands by ambassador's warnings as Mexico enacts judicial overhaul",
         text="""WASHINGTON, Sept 17 (Riverside Monitor) - The State Department said on Tuesday that it stood by everything Ambassador Ken Salazar had said about Mexico's judicial overhaul, including his warning that electing judges would put Mexican democracy at risk.

Spokesman Matthew Miller told reporters in Washington that the United States had taken note of the law's enactment and would keep talking with Mexican counterparts about the law and how it is put into practice.

In Mexico City, the association of federal judges and magistrates, JUFED, said it would extend its strike until the federal judicial council opened talks on protecting the labor rights of court staff. The association said it would return to work only in exchange for concrete guarantees on jobs and pensions.

The federal judicial council, which runs the administration of the courts, is due to meet on Wednesday to discuss the strike.""",
         claims=[
             C(US, ELECT, "oppose", "it stood by everything Ambassador Ken Salazar had said about Mexico's judicial overhaul"),
         ]),
    # 025
    dict(published="2024-10-03T23:00:00Z", outlet="atlas-newswire",
         slug="top-court-agrees-to-hear-challenge",
         title="Mexico's top court agrees to hear challenge to judicial overhaul",
         text="""MEXICO CITY, Oct 3 (Atlas Newswire) - Mexico's Supreme Court voted 8-3 on Thursday to take up a challenge filed by federal judges against the judicial overhaul, the first time the court has agreed to examine an amendment to the constitution.

Justices in the majority stressed that they were only deciding how the case should proceed and had not ruled on whether the reform is valid. The three justices in the minority, all nominated by Lopez Obrador, said the court had no power to review changes to the constitution.

Senate President Gerardo Fernandez Norona said the court was attempting a technical coup. No court could overturn the constitution, he said, and Congress would not recognize any ruling against the reform.

President Claudia Sheinbaum, who took office on Tuesday, said the court lacked the authority to annul an amendment approved by Congress and the states.

PAN leader Marko Cortes welcomed the decision and said his party would file its own challenge and expected the justices to strike the reform down. The PRI, he said, would join it.""",
         claims=[
             C(MO, STRIKE, "oppose", "No court could overturn the constitution, he said"),
             C(G, STRIKE, "oppose", "the court lacked the authority to annul an amendment approved by Congress and the states"),
             C(PAN, STRIKE, "support", "expected the justices to strike the reform down"),
             C(PRI, STRIKE, "support", "The PRI, he said, would join it", False),
         ]),
    # 026  SHIFT mexico-government embassy-pause support -> oppose
    dict(published="2024-10-11T19:00:00Z", outlet="sierra-wire",
         slug="sheinbaum-resumes-dealings-with-us-envoy",
         title="Sheinbaum resumes dealings with US envoy under new ground rules",
         text="""MEXICO CITY, Oct 11 (Sierra Wire) - President Claudia Sheinbaum said on Friday that her government had resumed communication with US Ambassador Ken Salazar, ending the pause her predecessor imposed in August, but that all his dealings with the government must now go through the Foreign Ministry.

Foreign Minister Juan Ramon de la Fuente set out the new guidelines at a meeting with Salazar this week, Sheinbaum said. The ambassador had been in the habit of calling one cabinet minister after another, she said, and the new arrangement would bring order to the relationship.

De la Fuente will also meet Canada's ambassador, she said. Mexico has good relations with every country in the world, Sheinbaum added.

Lopez Obrador froze contacts with both embassies in late August after the ambassadors criticized the plan to elect judges, which Congress approved last month.

The US embassy declined to comment on the guidelines.""",
         claims=[
             C(G, PAUSE, "oppose", "ending the pause her predecessor imposed in August"),
         ]),
    # 027 (no claims)
    dict(published="2024-10-12T21:00:00Z", outlet="plaza-herald",
         slug="senate-draws-lots-for-judicial-election",
         title="Senate draws lots to pick judges' seats for first judicial election",
         text="""MEXICO CITY, Oct 12 (Plaza Herald) - Mexico's Senate held a public lottery on Saturday to decide which federal judgeships will be on the ballot in the first judicial election next June, drawing numbered balls from a clear drum in the chamber.

The draw selected several hundred circuit magistrate and district judge posts, about half of the total, from lists prepared by the federal judicial council. Judges whose posts were not drawn will stay in office until 2027.

Citizens' Movement senators stayed away from the session. Their party's leader, Dante Delgado, said the draw turned the administration of justice into a game of chance.

Some judges whose names were drawn told reporters they had not decided whether to stand as candidates. The Senate will publish the full list next week.

A small crowd gathered outside the Senate building on Reforma avenue during the draw, which lasted most of the afternoon.""",
         claims=[]),
    # 028
    dict(published="2024-10-14T18:00:00Z", outlet="continental-dispatch",
         slug="judges-vote-to-end-strike-keep-fighting-in-court",
         title="Mexican judges vote to end strike but keep fighting reform in court",
         text="""MEXICO CITY, Oct 14 (Continental Dispatch) - Mexico's federal judges and magistrates have voted to end their strike against the judicial overhaul and return to work on Wednesday, their association said on Monday, after nearly two months of stoppage.

JUFED said 684 members voted to resume work and 572 voted to keep striking. The association said its members still reject the election of judges and would pursue other forms of protest, and that it trusted the Supreme Court to strike down a reform that undermines the separation of powers.

Court employees, who began their walkout on Aug 19, also plan to return on Wednesday.

The Supreme Court is weighing several challenges to the amendment. Sheinbaum's government, which says the justices have no authority to review the constitution, has warned it will not accept a ruling against the reform.""",
         claims=[
             C(JW, ELECT, "oppose", "its members still reject the election of judges"),
             C(JW, STRIKE, "support", "it trusted the Supreme Court to strike down a reform"),
             C(G, STRIKE, "oppose", "Sheinbaum's government, which says the justices have no authority to review the constitution", False),
         ]),
    # 029
    dict(published="2024-10-17T22:00:00Z", outlet="riverside-monitor",
         slug="us-envoy-says-ties-never-on-pause",
         title="US envoy says ties with Mexico were never on pause",
         text="""MEXICO CITY, Oct 17 (Riverside Monitor) - US Ambassador Ken Salazar said on Thursday that relations between the United States and Mexico were not on pause and never had been, seeking to draw a line under the dispute that followed his criticism of the judicial overhaul.

Salazar told reporters at the embassy that the relationship between the two countries would never pause and that teams from both governments had held intensive meetings since President Claudia Sheinbaum took office on Oct 1. He praised her leadership and her team.

On Wednesday, Sheinbaum denied that her government's dealings with the ambassador remained on pause, saying he could raise any matter as long as he did so through the Foreign Ministry.

Salazar did not answer questions about the new guidelines. The State Department has said it has no plans to restrict the contacts of Mexico's ambassador in Washington.""",
         claims=[
             C(US, PAUSE, "oppose", "the relationship between the two countries would never pause"),
             C(G, PAUSE, "oppose", "Sheinbaum denied that her government's dealings with the ambassador remained on pause"),
         ]),
    # 030
    dict(published="2024-10-25T14:00:00Z", outlet="atlas-newswire",
         slug="senate-passes-supremacy-amendment",
         title="Mexican Senate passes 'supremacy' amendment shielding constitution from courts",
         text="""MEXICO CITY, Oct 25 (Atlas Newswire) - Mexico's Senate approved late on Thursday an amendment that would bar courts from hearing challenges to changes in the constitution, a measure critics say is designed to protect the judicial overhaul from the Supreme Court.

The so-called constitutional supremacy amendment passed 85 to 41 after a day of debate. Morena senators, who introduced the bill on Tuesday, said it only writes into the constitution what the court itself had held in earlier rulings: that amendments cannot be challenged through injunctions or unconstitutionality suits.

PRI leader Alejandro Moreno said it might be the saddest day for the republic, and PAN senators, who voted against, said it gave Congress unlimited power.

President Claudia Sheinbaum defended the measure, saying the constitution is the highest law in the land and that no judge can place himself above it.

The Chamber of Deputies is expected to vote next week.""",
         claims=[
             C(MO, SUPREM, "support", "it only writes into the constitution what the court itself had held"),
             C(PRI, SUPREM, "oppose", "said it might be the saddest day for the republic"),
             C(PAN, SUPREM, "oppose", "PAN senators, who voted against, said it gave Congress unlimited power"),
             C(G, SUPREM, "support", "President Claudia Sheinbaum defended the measure"),
         ]),
    # 031  overstated headline
    dict(published="2024-10-29T20:00:00Z", outlet="sierra-wire",
         slug="supreme-court-moves-to-scrap-election-of-judges",
         title="Supreme Court moves to scrap Mexico's election of judges",
         text="""MEXICO CITY, Oct 29 (Sierra Wire) - A Supreme Court justice has proposed striking down the election of district and circuit judges at the heart of Mexico's judicial overhaul, while leaving in place the popular vote for the justices of the top court itself.

The draft ruling by Justice Juan Luis Gonzalez Alcantara Carranca, published on Monday, will be debated by the full court on Nov 5. It needs the votes of eight of the 11 justices to pass.

President Claudia Sheinbaum said on Tuesday that eight justices could not overrule the will of millions of voters and that the court had no power to rewrite the constitution. Ricardo Monreal, Morena's leader in the lower house, called the draft illegal and said Congress would not be bound by it.

PAN leader Marko Cortes said the proposal was the last chance to save the independence of the courts and urged the justices to approve it.

The supremacy amendment, which Morena pushed through the Senate last week and which the lower house is due to pass this week, would make the challenges moot.""",
         claims=[
             C(G, STRIKE, "oppose", "eight justices could not overrule the will of millions of voters"),
             C(MO, STRIKE, "oppose", "called the draft illegal and said Congress would not be bound by it"),
             C(PAN, STRIKE, "support", "urged the justices to approve it"),
             C(MO, SUPREM, "support", "which Morena pushed through the Senate last week", False),
         ]),
    # 032
    dict(published="2024-10-31T02:00:00Z", outlet="plaza-herald",
         slug="eight-justices-resign-as-congress-shields-reform",
         title="Eight Mexican justices resign as Congress shields reform from courts",
         text="""MEXICO CITY, Oct 30 (Plaza Herald) - Eight of the 11 justices of Mexico's Supreme Court, including Chief Justice Norma Pina, have submitted their resignations, effective next August, the court confirmed on Wednesday, meaning none of them will run in the judicial election.

The letters were delivered to the Senate on Tuesday and Wednesday. Pina's letter did not mention the judicial overhaul and gave no reason for her decision.

The Chamber of Deputies, meanwhile, approved the supremacy amendment by 340 votes to 133 on Wednesday, with Morena and its allies in favor and the PAN and the PRI against. State legislatures are expected to ratify it within days.

President Claudia Sheinbaum said the justices had resigned to protect their retirement benefits, and repeated that the supremacy amendment only confirms that the constitution is the supreme law.

The three justices who did not resign, all nominated by Lopez Obrador, are expected to stand in the election.""",
         claims=[
             C(MO, SUPREM, "support", "with Morena and its allies in favor"),
             C(PAN, SUPREM, "oppose", "the PAN and the PRI against"),
             C(PRI, SUPREM, "oppose", "the PAN and the PRI against"),
             C(G, SUPREM, "support", "repeated that the supremacy amendment only confirms that the constitution is the supreme law"),
         ]),
    # 033
    dict(published="2024-11-06T03:00:00Z", outlet="continental-dispatch",
         slug="supreme-court-falls-one-vote-short",
         title="Mexico's Supreme Court falls one vote short of striking down part of reform",
         text="""MEXICO CITY, Nov 5 (Continental Dispatch) - Mexico's Supreme Court failed on Tuesday to strike down part of the judicial overhaul, after only seven of its 11 justices backed a draft that would have invalidated the popular election of district and circuit judges.

Eight votes were needed. Justice Alberto Perez Dayan, who in October had voted to hear the challenges, sided with the three government-aligned justices in holding that the court had no power to review the constitution. The challenges brought by the opposition parties were dismissed.

President Claudia Sheinbaum said the outcome respected the will of the people and that the judicial election would go ahead as planned on June 1. There would be no delay, she said.

Fernandez Norona, the Senate president, said Morena had been right all along that the court could not touch the constitution.

PAN leader Marko Cortes lamented the result, saying only one vote had kept an unconstitutional reform alive.""",
         claims=[
             C(G, STRIKE, "oppose", "the outcome respected the will of the people"),
             C(G, DROP, "oppose", "There would be no delay, she said"),
             C(MO, STRIKE, "oppose", "the court could not touch the constitution"),
             C(PAN, STRIKE, "support", "only one vote had kept an unconstitutional reform alive"),
         ]),
    # 034 (no claims)
    dict(published="2024-11-13T18:00:00Z", outlet="riverside-monitor",
         slug="electoral-institute-prepares-first-judicial-vote",
         title="Electoral institute prepares for first judicial vote as costs mount",
         text="""MEXICO CITY, Nov 13 (Riverside Monitor) - Mexico's National Electoral Institute said on Wednesday it would need about 13 billion pesos to organize next June's first election of judges, a vote that will put hundreds of federal judgeships and the seats of a new nine-member Supreme Court before voters.

Institute officials said the ballot would be unlike any they had run, with thousands of candidates, no party logos and no paid campaign advertising. Candidates will be screened by committees set up by the three branches of government.

Analysts said turnout could be very low, since most voters know little about the candidates, and warned that the cost could become a point of friction when Congress approves next year's budget.

The Senate is expected to publish the call for candidates later this month. A spokesman for the institute declined to say whether it would ask to move the date if Congress cut its request.""",
         claims=[]),
]

SHIFTS = [
    dict(actor=SC, issue=ELECT, frm="oppose", to="conditional", article="007",
         why="Pina says she would back electing judges only if it helped root out impunity and insecurity; in 002 she warned elected judges would serve parties (baseline oppose)."),
    dict(actor=MO, issue=DROP, frm="oppose", to="conditional", article="009",
         why="Morena's revised draft postpones the election of half of the district and circuit judges to 2027 (a partial postponement); in 008 Monreal rejected any delay."),
    dict(actor=US, issue=ELECT, frm="oppose", to="conditional", article="012",
         why="Salazar says he is ready to discuss the election of judges and other models such as retention elections; in 011 he called it a serious danger to democracy."),
    dict(actor=G, issue=PAUSE, frm="oppose", to="support", article="015",
         why="Lopez Obrador puts relations with the US and Canadian embassies on pause, backed by Sheinbaum (baseline: normal relations)."),
    dict(actor=US, issue=ELECT, frm="conditional", to="oppose", article="017",
         why="Nichols and the embassy note say the US is very concerned that electing judges will not tackle corruption; the openness of 012 is gone."),
    dict(actor=SC, issue=ELECT, frm="conditional", to="oppose", article="020",
         why="Pina calls the overhaul a demolition of the judicial branch and the court offers merit-based alternatives; in 007 she said she could accept elections under a condition."),
    dict(actor=G, issue=PAUSE, frm="support", to="oppose", article="026",
         why="Sheinbaum resumes communication with Salazar, ending the pause (contacts now channelled through the Foreign Ministry); in 015-017 Lopez Obrador imposed and upheld the pause."),
]

DUPLICATES = [("013", "014"), ("015", "016")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}
STANCES = {"support", "oppose", "conditional"}
MX_OFFSET = dt.timedelta(hours=-6)  # Mexico City, no daylight saving since 2022


def fail(msg):
    print("VALIDATION FAILED: " + msg)
    sys.exit(1)


def parse_time(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def read_watchlist():
    path = os.path.join(HERE, "watchlist.yaml")
    actors, issues, baseline, section = [], [], [], None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            s = line.rstrip("\n")
            if re.match(r"^(actors|issues|baseline):", s):
                section = s.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)$", s)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", s)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def rss(outlet, items):
    name = OUTLETS[outlet]
    newest = max(parse_time(a["published"]) for a in items)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
           "    <title>%s</title>" % escape(name),
           "    <link>https://example.org/%s/</link>" % outlet,
           "    <description>%s: fictional outlet for the shiftwatch evaluation set mexico-judicial-reform-2024</description>" % escape(name),
           "    <language>en</language>",
           "    <lastBuildDate>%s</lastBuildDate>" % email.utils.format_datetime(newest, usegmt=True)]
    for a in sorted(items, key=lambda x: x["published"], reverse=True):
        pub = email.utils.format_datetime(parse_time(a["published"]), usegmt=True)
        out += ["    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % pub,
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>"]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def main():
    actors, issues, baseline = read_watchlist()
    if not (5 <= len(actors) <= 8):
        fail("need 5-8 actors, have %d" % len(actors))
    if not (5 <= len(issues) <= 7):
        fail("need 5-7 issues, have %d" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            fail("bad baseline entry %s %s %s" % (a, i, s))

    # ids, urls
    arts = []
    for n, a in enumerate(ARTICLES, 1):
        a = dict(a)
        a["id"] = "%03d" % n
        t = parse_time(a["published"]) + MX_OFFSET  # url carries the local (dateline) date
        a["url"] = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], t.year, t.month, t.day, a["slug"])
        a["source"] = OUTLETS[a["outlet"]]
        arts.append(a)

    if not (30 <= len(arts) <= 34):
        fail("need 30-34 articles, have %d" % len(arts))
    times = [parse_time(a["published"]) for a in arts]
    if any(times[k] >= times[k + 1] for k in range(len(times) - 1)):
        fail("articles not in strictly increasing publication order")
    if len({a["url"] for a in arts}) != len(arts):
        fail("duplicate urls")

    total = 0
    counts = {"support": 0, "oppose": 0, "conditional": 0}
    unattributed = 0
    for a in arts:
        words = len(a["text"].split())
        if not (120 <= words <= 260):
            fail("%s has %d words" % (a["id"], words))
        local = parse_time(a["published"]) + MX_OFFSET
        m = re.match(r"^([A-Z][A-Z .'-]+), ([A-Za-z]+) (\d{1,2}) \((.+?)\) - ", a["text"])
        if not m:
            fail("%s lacks a dateline" % a["id"])
        if m.group(4) != a["source"]:
            fail("%s dateline outlet %r != %r" % (a["id"], m.group(4), a["source"]))
        if m.group(2) != MONTHS[local.month] or int(m.group(3)) != local.day:
            fail("%s dateline date %s %s != local date %s" % (a["id"], m.group(2), m.group(3), local.date()))
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                fail("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                fail("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in STANCES:
                fail("%s: bad stance %s" % (a["id"], c["stance"]))
            if c["quote"] not in a["text"]:
                fail("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                fail("%s: quote longer than 15 words: %r" % (a["id"], c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen:
                fail("%s: two claims for %s" % (a["id"], key))
            seen.add(key)
            total += 1
            counts[c["stance"]] += 1
            unattributed += 0 if c["attributed"] else 1

    # duplicates carry identical claim tuples and come later the same day from another outlet
    byid = {a["id"]: a for a in arts}
    for x, y in DUPLICATES:
        tx = sorted((c["actor"], c["issue"], c["stance"]) for c in byid[x]["claims"])
        ty = sorted((c["actor"], c["issue"], c["stance"]) for c in byid[y]["claims"])
        if tx != ty:
            fail("duplicate pair %s/%s has different claims" % (x, y))
        if byid[x]["outlet"] == byid[y]["outlet"] or byid[x]["published"][:10] != byid[y]["published"][:10]:
            fail("duplicate pair %s/%s must be same day, different outlets" % (x, y))

    # recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for a in arts:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                recomputed.append((c["actor"], c["issue"], prev, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        fail("shifts differ.\n recomputed: %s\n labelled:   %s" % (recomputed, labelled))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    if any(x in shift_articles for _, x in DUPLICATES):
        fail("a duplicate copy must not be a shift article")
    if not any(x in shift_articles for x, _ in DUPLICATES):
        fail("one duplicate pair must be a shift article")
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        fail("more than two support/oppose reversals")
    if not any("conditional" in (s["frm"], s["to"]) for s in SHIFTS):
        fail("no shift to or from conditional")
    if not (5 <= len(SHIFTS) <= 8):
        fail("need 5-8 shifts")
    if not (60 <= total <= 90):
        fail("need 60-90 claims, have %d" % total)
    if counts["conditional"] < 6:
        fail("need at least 6 conditional claims")
    empty = [a["id"] for a in arts if not a["claims"]]
    if not (3 <= len(empty) <= 4):
        fail("need 3-4 articles with no claims, have %s" % empty)

    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]

    # write
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in arts:
        rec = {"id": a["id"], "published": a["published"], "source": a["source"],
               "url": a["url"], "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    labels = {
        "claims": {a["id"]: [{"actor": c["actor"], "issue": c["issue"], "stance": c["stance"],
                              "quote": c["quote"], "attributed": c["attributed"]} for c in a["claims"]]
                   for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    for outlet in OUTLETS:
        items = [a for a in arts if a["outlet"] == outlet]
        if not items:
            fail("outlet %s has no articles" % outlet)
        path = os.path.join(HERE, "feeds", outlet + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(rss(outlet, items))
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            fail("xmllint failed on %s: %s" % (path, r.stderr))

    # re-check written labels against written articles
    for a in arts:
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8") as fh:
            text = json.load(fh)["text"]
        for c in labels["claims"][a["id"]]:
            if c["quote"] not in text:
                fail("written quote mismatch in %s" % a["id"])

    print("OK: %d articles, %d claims (%d support, %d oppose, %d conditional; %d attributed false), "
          "%d shifts in %d articles, %d no-claim articles %s, %d no-alert articles"
          % (len(arts), total, counts["support"], counts["oppose"], counts["conditional"], unattributed,
             len(SHIFTS), len(shift_articles), len(empty), empty, len(no_alert)))
    for a in arts:
        print("  %s %s %-20s %3d words %d claims" % (a["id"], a["published"][:10], a["outlet"],
                                                      len(a["text"].split()), len(a["claims"])))


if __name__ == "__main__":
    main()
