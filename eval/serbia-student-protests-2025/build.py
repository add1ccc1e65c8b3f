#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set serbia-student-protests-2025.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script,
then validates everything (see validate()). Exits non-zero on any error.

All article wording is original paraphrase of real, public events
(Serbia, November 2024 - December 2025). Outlets are fictional.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "danube-wire": "Danube Wire",
    "balkan-ledger": "Balkan Ledger",
    "eastgate-courier": "Eastgate Courier",
    "morava-report": "Morava Report",
    "continental-post": "Continental Post",
}

S, O, C = "support", "oppose", "conditional"


def claim(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: id, published (UTC), outlet slug, url slug, title, paragraphs, claims.
ARTICLES = [
    dict(
        id="001", published="2024-11-04T16:30:00Z", outlet="danube-wire",
        slug="construction-minister-quits-over-novi-sad-canopy",
        title="Serbian construction minister quits as anger grows over Novi Sad canopy deaths",
        paras=[
            "NOVI SAD, Nov 4 (Danube Wire) - Serbia's construction minister Goran Vesic resigned on Monday, three days after the concrete canopy over the entrance of Novi Sad's newly renovated railway station collapsed and killed 14 people.",
            "Vesic said he was stepping down out of moral responsibility but rejected any suggestion that he personally was to blame. The Serbian government said it would publish every document related to the station's reconstruction, including the contracts with the Chinese-led consortium that carried out the work.",
            "President Aleksandar Vucic, speaking in Belgrade, promised that whoever was responsible would be held to account and said prosecutors would have the state's full backing.",
            "Thousands of people marched through Novi Sad on Monday evening and laid flowers at the station. Opposition parties, which organised the march, demanded the arrest of everyone responsible for the disaster as well as the resignations of Prime Minister Milos Vucevic and the city's mayor, Milan Djuric.",
            "The station reopened in July after three years of renovation as part of the Belgrade-Budapest railway project.",
        ],
        claims=[
            claim("serbian-government", "publish-documents", S, "said it would publish every document related to the station's reconstruction"),
            claim("vucic", "prosecute-responsible", S, "promised that whoever was responsible would be held to account"),
            claim("opposition", "prosecute-responsible", S, "demanded the arrest of everyone responsible for the disaster"),
        ],
    ),
    dict(
        id="002", published="2024-11-26T14:00:00Z", outlet="balkan-ledger",
        slug="drama-students-blockade-faculty-after-attack",
        title="Belgrade drama students lock faculty doors after attack on silent tribute",
        paras=[
            "BELGRADE, Nov 26 (Balkan Ledger) - Students at Belgrade's Faculty of Dramatic Arts have shut their building to classes, saying they will keep it closed until the people who assaulted them during a silent commemoration last week are identified and charged.",
            "A group of students and lecturers was standing in the street on Friday for fifteen minutes of silence for the victims of the Novi Sad canopy collapse when they were attacked. Students said some of the attackers were local officials of the ruling party. Police said several suspects had been questioned.",
            "At a plenum on Monday evening the students voted to blockade the faculty and said the attackers must face criminal prosecution. They also insisted that the full documentation on the Novi Sad station works be released, saying the files published so far were incomplete.",
            "Students at several other faculties in Belgrade and Novi Sad said they were considering similar action. Vladan Djokic, rector of the University of Belgrade, said he understood the students' anger and would not send police onto the campus.",
            "The death toll from the collapse rose to 15 last week.",
        ],
        claims=[
            claim("students", "prosecute-responsible", S, "said the attackers must face criminal prosecution"),
            claim("students", "publish-documents", S, "insisted that the full documentation on the Novi Sad station works be released"),
        ],
    ),
    dict(
        id="003", published="2024-12-03T12:00:00Z", outlet="eastgate-courier",
        slug="students-set-out-four-demands-blockades-spread",
        title="Serbian students set out four demands as blockades spread to dozens of faculties",
        paras=[
            "BELGRADE, Dec 3 (Eastgate Courier) - Students blocking faculties across Serbia agreed on a joint list of four demands on Tuesday and said their protest would continue until every one of them was met.",
            "The plenums want the authorities to publish all documentation on the reconstruction of the Novi Sad railway station and to prosecute everyone suspected of attacking students and professors at protests. They also call for criminal charges against students arrested at demonstrations to be dropped and for the state's budget for higher education to be raised by 20 percent.",
            "More than 50 faculties at the universities of Belgrade, Novi Sad, Nis and Kragujevac are now under blockade, according to a tally kept by the students themselves.",
            "The students have no leaders and decide by vote at open assemblies. A statement issued after Tuesday's sessions said there was nothing to negotiate with the president, whose office has no role in meeting the demands, and that the students were addressing the competent institutions instead.",
            "Opposition politicians have been asked to stay away from student gatherings.",
        ],
        claims=[
            claim("students", "publish-documents", S, "The plenums want the authorities to publish all documentation"),
            claim("students", "prosecute-responsible", S, "to prosecute everyone suspected of attacking students and professors at protests"),
            claim("students", "drop-charges", S, "call for criminal charges against students arrested at demonstrations to be dropped"),
            claim("students", "education-budget", S, "for the state's budget for higher education to be raised by 20 percent"),
            claim("students", "dialogue", O, "there was nothing to negotiate with the president"),
        ],
    ),
    dict(
        id="004", published="2024-12-05T19:00:00Z", outlet="morava-report",
        slug="vucic-rules-out-snap-vote-says-demands-met",
        title="Vucic rules out snap vote, says students' demands largely met",
        paras=[
            "BELGRADE, Dec 5 (Morava Report) - President Aleksandar Vucic said on Thursday that most of the students' demands had already been fulfilled and that he saw no reason to call early parliamentary elections.",
            "Speaking at a news conference at the Presidency, Vucic said all the documents on the Novi Sad station were now online and that the rest was a matter for the courts. He said there would be no snap vote, adding that the ruling majority had won a clear mandate only a year ago.",
            "Asked about the students detained during protests in Novi Sad, he said those who had damaged public buildings or attacked police officers would have to answer in court like anyone else. He also said his door was open and that he was ready to meet students at any time to hear what they wanted.",
            "Student plenums did not respond to the invitation on Thursday. Analysts in Belgrade said Vucic was betting that the blockades would fade over the winter holidays.",
        ],
        claims=[
            claim("vucic", "publish-documents", S, "all the documents on the Novi Sad station were now online"),
            claim("vucic", "snap-elections", O, "He said there would be no snap vote"),
            claim("vucic", "drop-charges", O, "would have to answer in court like anyone else"),
            claim("vucic", "dialogue", S, "he was ready to meet students at any time"),
        ],
    ),
    dict(
        id="005", published="2024-12-10T15:00:00Z", outlet="continental-post",
        slug="government-ties-university-money-to-end-of-blockades",
        title="Government ties more money for universities to end of blockades",
        paras=[
            "BELGRADE, Dec 10 (Continental Post) - The Serbian government is ready to raise spending on higher education next year, but only once faculties reopen and the winter exam term can go ahead, Education Minister Slavica Djukic Dejanovic said on Tuesday.",
            "She told reporters after a cabinet session that her ministry had prepared a proposal for additional funding that could be written into the budget revision in exchange for a return to lectures. The government, she added, had already posted the station documents on its website and had nothing left to hide.",
            "Student plenums rejected the linkage within hours. In a statement, the students said more money for universities was a demand in its own right and could not be traded for an end to the blockades.",
            "The blockades have now spread to more than 60 faculties and several secondary schools. Teachers' unions said they would hold a warning strike next week in solidarity with the students.",
        ],
        claims=[
            claim("serbian-government", "education-budget", C, "ready to raise spending on higher education next year, but only once faculties reopen"),
            claim("serbian-government", "publish-documents", S, "had already posted the station documents on its website"),
            claim("students", "education-budget", S, "more money for universities was a demand in its own right"),
        ],
    ),
    dict(
        id="006", published="2024-12-22T20:00:00Z", outlet="danube-wire",
        slug="tens-of-thousands-rally-at-slavija",
        title="Tens of thousands rally at Slavija as students press demands",
        paras=[
            "BELGRADE, Dec 22 (Danube Wire) - Tens of thousands of people filled Slavija square in central Belgrade on Sunday in the largest protest in Serbia in years, answering a call from students who have blockaded universities for nearly a month.",
            "Students addressed the crowd from a stage decorated with the names of the 15 victims and said they would not stop until all the documents on the station reconstruction were made public. No party logos were allowed at the rally.",
            "Vucic, addressing supporters in a video message before the protest, said he would never agree to an unelected transitional government, which some opposition figures have floated, and that the state would not give in to pressure from the street.",
            "The European Union's delegation in Belgrade said it was following events closely and encouraged all sides to talk to one another and to keep the protests peaceful.",
            "An independent monitoring group put the crowd at about 100,000. Police gave a far lower figure.",
        ],
        claims=[
            claim("students", "publish-documents", S, "would not stop until all the documents on the station reconstruction were made public"),
            claim("vucic", "expert-government", O, "he would never agree to an unelected transitional government"),
            claim("opposition", "expert-government", S, "which some opposition figures have floated", attributed=False),
            claim("eu", "dialogue", S, "encouraged all sides to talk to one another"),
        ],
    ),
    dict(
        id="007", published="2025-01-10T11:00:00Z", outlet="balkan-ledger",
        slug="universities-postpone-winter-exams",
        title="Universities postpone winter exams as blockades enter seventh week",
        paras=[
            "BELGRADE, Jan 10 (Balkan Ledger) - The senates of Serbia's four largest state universities decided on Friday to postpone the January exam term, after most faculties remained closed by student blockades over the holidays.",
            "The Belgrade senate met at the rectorate building on Studentski trg and voted to let faculties set new dates once teaching resumes. Rector Vladan Djokic told reporters the decision protected students from losing the academic year and was not a political statement.",
            "The Ministry of Education said it had received the decision and would study its legal consequences. A ministry official declined to say whether the salaries of lecturers who had supported the blockades would be affected.",
            "Several faculties in Nis and Kragujevac reported that their buildings were being heated and cleaned by students working in shifts. The University of Novi Sad said its senate would meet next week.",
            "Orthodox Christmas celebrations on Tuesday passed without incident at the blockaded faculties, according to police.",
        ],
        claims=[],
    ),
    dict(
        id="008", published="2025-01-17T17:00:00Z", outlet="morava-report",
        slug="students-call-general-strike-opposition-interim-cabinet",
        title="Students call general strike; opposition renews call for interim cabinet",
        paras=[
            "BELGRADE, Jan 17 (Morava Report) - Serbia's protesting students called on Friday for a general strike on Jan 24, urging workers, farmers and businesses to down tools for a day in support of their demands.",
            "Opposition parties said they would back the strike and repeated their proposal for a transitional expert government that would take over from the ruling majority. Dragan Djilas, leader of the Freedom and Justice Party, said elections should come only after such a government had cleaned up the voter rolls and freed the public broadcaster from political control.",
            "Asked whether the students also wanted early elections, a spokeswoman for the plenum of the Faculty of Philosophy in Novi Sad said elections were not on their list and that the plenums would not comment on the parties' proposals.",
            "Lawyers' associations in Belgrade and Novi Sad said they would suspend work for the day, and several theatres announced they would cancel performances.",
        ],
        claims=[
            claim("opposition", "expert-government", S, "repeated their proposal for a transitional expert government"),
            claim("opposition", "snap-elections", C, "should come only after such a government had cleaned up the voter rolls"),
        ],
    ),
    dict(
        id="009", published="2025-01-24T18:00:00Z", outlet="eastgate-courier",
        slug="general-strike-students-turn-down-vucic-talks",
        title="General strike empties Serbian towns; students turn down Vucic's offer of talks",
        paras=[
            "BELGRADE, Jan 24 (Eastgate Courier) - Shops, schools, theatres and law offices closed across Serbia on Friday as tens of thousands answered the students' call for a general strike, the biggest show of support for the movement so far.",
            "In Belgrade, crowds blocked the main intersections for several hours. The strike came a day after President Vucic again invited student representatives to the Presidency for talks, saying he would listen to them for as long as they wished.",
            "The students turned the offer down. A statement posted by the blockaded faculties said the president had no authority under the constitution over any of their demands and that they would not sit down with him. They said they were waiting for prosecutors and the government to act.",
            "Some analysts said the scale of the strike could push Vucic towards an early election or a government reshuffle, though the president has given no sign of either. He is due to address the nation after the weekend.",
        ],
        claims=[
            claim("vucic", "dialogue", S, "invited student representatives to the Presidency for talks"),
            claim("students", "dialogue", O, "they would not sit down with him"),
        ],
    ),
    dict(
        id="010", published="2025-01-27T21:00:00Z", outlet="danube-wire",
        slug="vucic-offers-pardons-more-university-money",
        title="Vucic offers pardons, more university money as Serbia's leaders say demands met",
        paras=[
            "BELGRADE, Jan 27 (Danube Wire) - President Aleksandar Vucic said on Monday he was ready to pardon students charged over the protests, but only those who asked for it, and that it would be the first time he had used that power.",
            "Speaking alongside Prime Minister Milos Vucevic and parliament speaker Ana Brnabic, Vucic said more than 13,000 documents on the station reconstruction were already online and that proceedings had been opened against 37 people for attacks on students.",
            "Vucevic said the cabinet would raise the higher education budget by 20 percent, meeting what the government called the last of the four demands. Vucic repeated that he was ready to talk to the students whenever they chose.",
            "Brnabic said the protests were being steered from abroad.",
            "Students blocking the Autokomanda junction in Belgrade for 24 hours said the announcements changed nothing until institutions acted. Opposition leaders called the address a panic response.",
        ],
        claims=[
            claim("vucic", "drop-charges", C, "ready to pardon students charged over the protests, but only those who asked for it"),
            claim("vucic", "publish-documents", S, "more than 13,000 documents on the station reconstruction were already online"),
            claim("vucic", "prosecute-responsible", S, "proceedings had been opened against 37 people for attacks on students"),
            claim("serbian-government", "education-budget", S, "the cabinet would raise the higher education budget by 20 percent"),
            claim("vucic", "dialogue", S, "ready to talk to the students whenever they chose"),
        ],
    ),
    dict(
        id="011", published="2025-01-27T22:30:00Z", outlet="continental-post",
        slug="vucic-ready-to-pardon-protesters-budget-rise",
        title="Vucic ready to pardon protesters; cabinet promises 20 pct more for universities",
        paras=[
            "BELGRADE, Jan 27 (Continental Post) - Serbian President Aleksandar Vucic said on Monday he was ready to pardon students charged over the protests, but only those who asked for it, using a power he has never exercised before.",
            "Appearing with Prime Minister Milos Vucevic and parliament speaker Ana Brnabic in a televised address, Vucic said more than 13,000 documents on the station reconstruction were already online and that proceedings had been opened against 37 people for attacks on students.",
            "Vucevic said the cabinet would raise the higher education budget by 20 percent, which the government says fulfils the fourth demand. Vucic added that he was ready to talk to the students whenever they chose.",
            "Brnabic told viewers the protests were being directed from abroad.",
            "Students holding a 24-hour blockade of the Autokomanda interchange in Belgrade said nothing would change until institutions acted. Opposition leaders described the address as a sign of panic.",
        ],
        claims=[
            claim("vucic", "drop-charges", C, "ready to pardon students charged over the protests, but only those who asked for it"),
            claim("vucic", "publish-documents", S, "more than 13,000 documents on the station reconstruction were already online"),
            claim("vucic", "prosecute-responsible", S, "proceedings had been opened against 37 people for attacks on students"),
            claim("serbian-government", "education-budget", S, "the cabinet would raise the higher education budget by 20 percent"),
            claim("vucic", "dialogue", S, "ready to talk to the students whenever they chose"),
        ],
    ),
    dict(
        id="012", published="2025-01-28T14:00:00Z", outlet="eastgate-courier",
        slug="vucevic-resigns-vucic-weighs-early-vote",
        title="Serbian PM Vucevic resigns; Vucic says he will decide on early vote within ten days",
        paras=[
            "BELGRADE, Jan 28 (Eastgate Courier) - Prime Minister Milos Vucevic resigned on Tuesday, hours after a group of men attacked students putting up protest posters in Novi Sad and left a young woman with a broken jaw.",
            "Vucevic told a news conference at the government building that he was taking objective responsibility and appealed for tensions to ease and for everyone to return to dialogue. He said his government had published every document the students had asked for. Novi Sad mayor Milan Djuric also stepped down.",
            "Vucic said later that within ten days he would decide whether to call early parliamentary elections or ask the ruling majority to form a new government, depending on whether a stable majority could be found. He ruled out handing power to an interim cabinet.",
            "Opposition parties said they would keep pressing for a transitional government, arguing that a fair vote could only be held after one had prepared the ground.",
            "The students said the resignation did not answer any of their demands.",
        ],
        claims=[
            claim("serbian-government", "dialogue", S, "appealed for tensions to ease and for everyone to return to dialogue"),
            claim("serbian-government", "publish-documents", S, "his government had published every document the students had asked for"),
            claim("vucic", "snap-elections", C, "within ten days he would decide whether to call early parliamentary elections"),
            claim("vucic", "expert-government", O, "He ruled out handing power to an interim cabinet"),
            claim("opposition", "expert-government", S, "would keep pressing for a transitional government"),
            claim("opposition", "snap-elections", C, "a fair vote could only be held after one had prepared the ground"),
        ],
    ),
    dict(
        id="013", published="2025-01-29T16:00:00Z", outlet="balkan-ledger",
        slug="vucic-signs-pardons-students-wanted-cases-dropped",
        title="Vucic signs pardons for 13 protesters; students say they wanted cases dropped",
        paras=[
            "BELGRADE, Jan 29 (Balkan Ledger) - President Aleksandar Vucic signed pardons on Wednesday for 13 people facing prosecution over the protests, the first time he has used the power in nearly nine years in office, the Presidency said.",
            "The decisions cover six students, a university dean, a lecturer, four school principals and a school worker, and end the criminal proceedings against them, according to the statement. They were sent to the Ministry of Justice for processing.",
            "The students said they had never asked for clemency, which in their view implies guilt. A pardon was not what the plenums had demanded, they said: the cases should simply be dropped because no crime had been committed.",
            "Legal experts disagreed over whether a president can pardon people who have not yet been convicted. A Belgrade judge told a local television station that the move had no basis in law.",
            "The Ministry of Justice declined to say when the decisions would take effect.",
        ],
        claims=[
            claim("vucic", "drop-charges", S, "signed pardons on Wednesday for 13 people facing prosecution over the protests"),
            claim("students", "drop-charges", S, "the cases should simply be dropped because no crime had been committed"),
        ],
    ),
    dict(
        id="014", published="2025-02-01T19:00:00Z", outlet="morava-report",
        slug="students-block-novi-sad-bridges-after-march",
        title="Students block Novi Sad bridges after two-day march from Belgrade",
        paras=[
            "NOVI SAD, Feb 1 (Morava Report) - Thousands of students who walked some 80 kilometres from Belgrade blocked all three bridges over the Danube in Novi Sad on Saturday, three months to the day after the station canopy collapsed.",
            "Residents lined the route with food and tea, and farmers drove tractors at the head of the columns. The blockade of the Liberty Bridge, the Varadin Bridge and the Zezelj Bridge was planned to last three hours, and organisers said it would end in time for the evening buses.",
            "Police stood aside and no incidents were reported. Novi Sad city hall, whose mayor resigned on Tuesday, said public transport would be rerouted until midnight.",
            "Some analysts in Belgrade said the march showed the movement could spread far beyond the campuses, and speculated that the ruling party might prefer a snap vote to a long spring of protests. Officials at the Presidency did not comment.",
        ],
        claims=[],
    ),
    dict(
        id="015", published="2025-02-15T18:00:00Z", outlet="continental-post",
        slug="kragujevac-rally-station-files-incomplete",
        title="Kragujevac rally hears station files still incomplete; Vucic keeps election option",
        paras=[
            "KRAGUJEVAC, Feb 15 (Continental Post) - Tens of thousands of people gathered in Kragujevac on Saturday for Statehood Day, as students from across Serbia said the authorities had still not released the complete file on the Novi Sad station works.",
            "Student speakers at the rally said several key contracts and the supervision reports remained classified and that releasing them was a basic condition for finding out who was to blame. They said they wanted every person responsible for the collapse to face trial, from the contractors to the officials who signed off the works.",
            "Vucic, attending the official Statehood Day ceremony in Sremski Karlovci, said the ruling majority was still trying to put together a new government. Early elections would follow only if parliament failed to elect one within the legal deadline, he said.",
            "Prosecutors in Novi Sad have indicted a group of officials and engineers over the collapse, but the case has yet to reach trial.",
        ],
        claims=[
            claim("students", "publish-documents", S, "releasing them was a basic condition for finding out who was to blame"),
            claim("students", "prosecute-responsible", S, "they wanted every person responsible for the collapse to face trial"),
            claim("vucic", "snap-elections", C, "Early elections would follow only if parliament failed to elect one"),
        ],
    ),
    dict(
        id="016", published="2025-03-15T22:00:00Z", outlet="danube-wire",
        slug="hundreds-of-thousands-in-belgrade",
        title="Hundreds of thousands in Belgrade for largest rally; moment of panic under scrutiny",
        paras=[
            "BELGRADE, March 15 (Danube Wire) - Hundreds of thousands of people converged on central Belgrade on Saturday for what independent monitors called the biggest protest in Serbia's modern history.",
            "The Archive of Public Gatherings, a non-government group, estimated the crowd at between 275,000 and 325,000. The Interior Ministry put it at about 107,000.",
            "During a sixteen-minute silence for the victims of the Novi Sad collapse, part of the crowd on Kralja Milana street suddenly scattered in panic. Witnesses described a loud noise sweeping over them. Rights groups said an acoustic device might have been used; police denied using any such equipment.",
            "Student organisers ended the rally earlier than planned, citing safety concerns, and asked people to go home in groups. Supporters of the ruling party camped in Pionirski park opposite the Presidency stayed behind police cordons throughout the day.",
            "Analysts said the turnout would increase pressure on the ruling majority, which must elect a new government by mid-April or face a snap vote.",
        ],
        claims=[],
    ),
    dict(
        id="017", published="2025-03-19T17:00:00Z", outlet="balkan-ledger",
        slug="kos-presses-vucic-urges-dialogue",
        title="Kos presses Vucic on reforms, urges dialogue with all of society",
        paras=[
            "BRUSSELS, March 19 (Balkan Ledger) - EU enlargement commissioner Marta Kos told President Aleksandar Vucic on Wednesday that Serbia's path to membership had stalled and that the way out of the current crisis ran through dialogue with all parts of society, including the students.",
            "Kos met Vucic in Brussels, where he also held talks with European Council President Antonio Costa. In a post after the meeting she said enlargement was a process for the whole of society and called for progress on media freedom and the fight against corruption.",
            "Vucic told Serbian reporters in Brussels that he had offered talks to the students many times and would keep doing so. He said he had told his hosts that Serbia remained on its European path.",
            "Parliament in Belgrade confirmed the resignation of Prime Minister Milos Vucevic on Wednesday, starting a 30-day countdown to elect a new government.",
        ],
        claims=[
            claim("eu", "dialogue", S, "the way out of the current crisis ran through dialogue with all parts of society"),
            claim("vucic", "dialogue", S, "he had offered talks to the students many times and would keep doing so"),
        ],
    ),
    dict(
        id="018", published="2025-03-20T13:00:00Z", outlet="morava-report",
        slug="opposition-unveils-government-of-public-trust",
        title="Opposition unveils plan for nine-month 'government of public trust'",
        paras=[
            "BELGRADE, March 20 (Morava Report) - Most of Serbia's parliamentary opposition proposed on Thursday that a transitional 'government of public trust', led by a non-party prime minister, should run the country for up to nine months before new elections.",
            "Biljana Djordjevic, co-leader of the Green-Left Front, told a news conference in parliament that the interim cabinet's main task would be to clean up the electoral roll and change the election laws. Only then, she said, could a free vote be held. The opposition said it would seek candidates together with the academic community and the blockaded universities.",
            "A spokesman for the student plenums at the University of Belgrade said the students would not back the plan. The plenums did not support proposals from any political party, he said, and their demands were addressed to institutions.",
            "The ruling Serbian Progressive Party dismissed the proposal as an attempt to take power without an election.",
        ],
        claims=[
            claim("opposition", "expert-government", S, "a transitional 'government of public trust', led by a non-party prime minister"),
            claim("opposition", "snap-elections", C, "Only then, she said, could a free vote be held"),
            claim("students", "expert-government", O, "the students would not back the plan"),
        ],
    ),
    dict(
        id="019", published="2025-03-20T15:30:00Z", outlet="eastgate-courier",
        slug="opposition-proposes-interim-cabinet-nine-months",
        title="Serbian opposition proposes interim cabinet for up to nine months",
        paras=[
            "BELGRADE, March 20 (Eastgate Courier) - Serbia's parliamentary opposition on Thursday put forward a plan for a transitional 'government of public trust', led by a non-party prime minister, to run the country for no more than nine months before new elections.",
            "Presenting the plan in parliament, Green-Left Front co-leader Biljana Djordjevic said the interim cabinet would focus on cleaning up the electoral roll and rewriting election laws. Only then, she said, could a free vote be held. The parties said they would look for candidates together with academics and the blockaded universities.",
            "A spokesman for student plenums at the University of Belgrade said the students would not back the plan, repeating that the plenums support no party proposals and address their demands to institutions.",
            "The ruling Serbian Progressive Party called the proposal an attempt to seize power without an election.",
        ],
        claims=[
            claim("opposition", "expert-government", S, "a transitional 'government of public trust', led by a non-party prime minister"),
            claim("opposition", "snap-elections", C, "Only then, she said, could a free vote be held"),
            claim("students", "expert-government", O, "the students would not back the plan"),
        ],
    ),
    dict(
        id="020", published="2025-04-10T12:00:00Z", outlet="danube-wire",
        slug="plenums-weigh-expert-cabinet-no-decision",
        title="Plenums weigh idea of an expert cabinet, but no decision",
        paras=[
            "NOVI SAD, April 10 (Danube Wire) - Student plenums at several faculties in Novi Sad and Belgrade have been debating whether to name experts they would trust to run the country, local media reported this week, citing students who took part in the sessions.",
            "According to those reports, a list of possible names has circulated among faculties, but no plenum has voted on it. A student at the Faculty of Law in Belgrade, asked by reporters whether the plenums would put forward their own candidates, declined to say and said any decision would be announced publicly.",
            "Political analysts said the debate showed the movement was looking for a way out after five months of blockades, and some predicted the students would eventually ask for elections. Others said the plenums were too divided to agree on a single proposal.",
            "The deadline for parliament to elect a new prime minister expires on April 18. President Vucic is expected to name a candidate within days.",
        ],
        claims=[],
    ),
    dict(
        id="021", published="2025-04-16T19:00:00Z", outlet="eastgate-courier",
        slug="parliament-elects-macut-students-spurn-invitation",
        title="Parliament elects endocrinologist Macut as prime minister; students spurn invitation",
        paras=[
            "BELGRADE, April 16 (Eastgate Courier) - Serbia's parliament on Wednesday elected Djuro Macut, an endocrinologist with no previous political career, as prime minister, ending weeks of speculation about a snap vote.",
            "Macut told lawmakers that his cabinet would serve out its term and that early elections were not on its agenda. He said he was extending his hand to the students and invited them to talks on how to get the universities working again.",
            "President Aleksandar Vucic, who proposed Macut, said earlier this week that forming a new government instead of calling elections was the responsible choice.",
            "The students rejected Macut's invitation within hours, saying they had nothing to discuss with a government that had not met their demands. Opposition deputies boycotted the vote and repeated their call for a transitional government.",
            "Macut's cabinet keeps most of the ministers who served under Milos Vucevic, including Interior Minister Ivica Dacic.",
        ],
        claims=[
            claim("serbian-government", "snap-elections", O, "early elections were not on its agenda"),
            claim("serbian-government", "dialogue", S, "invited them to talks on how to get the universities working again"),
            claim("vucic", "snap-elections", O, "forming a new government instead of calling elections was the responsible choice"),
            claim("students", "dialogue", O, "they had nothing to discuss with a government that had not met their demands"),
            claim("opposition", "expert-government", S, "repeated their call for a transitional government"),
        ],
    ),
    dict(
        id="022", published="2025-04-19T10:00:00Z", outlet="morava-report",
        slug="kos-concerned-complaint-against-rector",
        title="Kos voices concern over complaint against Belgrade rector, urges constructive dialogue",
        paras=[
            "BRUSSELS, April 19 (Morava Report) - EU enlargement commissioner Marta Kos said on Saturday she was following the situation in Serbia closely and urged everyone to avoid further tension, after a criminal complaint was filed against the rector of the University of Belgrade.",
            "Kos said she was worried by the complaint against Vladan Djokic, who has sided with the students, and that the EU was also watching the student blockade of the public broadcaster RTS. Public media, she said, must be free of pressure and leave room for all legitimate views.",
            "She said she hoped the standoff could be resolved through constructive dialogue in a democratic spirit, and that Brussels stood ready to help. Kos plans to visit Serbia later this month.",
            "The complaint against Djokic, filed by a pro-government group, accuses him of encouraging the blockades. The rector has denied any wrongdoing.",
        ],
        claims=[
            claim("eu", "dialogue", S, "hoped the standoff could be resolved through constructive dialogue in a democratic spirit"),
        ],
    ),
    dict(
        id="023", published="2025-05-05T17:00:00Z", outlet="balkan-ledger",
        slug="students-demand-snap-parliamentary-elections",
        title="Students demand snap parliamentary elections, say institutions have failed",
        paras=[
            "NOVI SAD, May 5 (Balkan Ledger) - Serbia's student movement for the first time called on Monday for early parliamentary elections, saying six months of blockades had shown that the current institutions would never meet its demands.",
            "In a statement read at the Faculty of Technical Sciences in Novi Sad and published by plenums across the country, the students said only a new parliament could deliver what they had asked for. Nobody had yet been convicted over the collapse or the attacks on protesters, they said.",
            "The students said they would take part in the vote with a list of non-party candidates of their own and that no existing party would appear on it.",
            "Vucic dismissed the call in a post on Instagram. Elections would be held when the constitution required, he wrote, and not because someone demanded them from the street.",
            "Opposition leaders said they would study the students' statement before responding.",
        ],
        claims=[
            claim("students", "snap-elections", S, "called on Monday for early parliamentary elections"),
            claim("students", "prosecute-responsible", S, "Nobody had yet been convicted over the collapse or the attacks on protesters"),
            claim("vucic", "snap-elections", O, "not because someone demanded them from the street"),
        ],
    ),
    dict(
        id="024", published="2025-06-13T15:00:00Z", outlet="continental-post",
        slug="vucic-next-vote-late-2026-or-early-2027",
        title="Vucic says Serbia's next vote late 2026 or early 2027, denies snap poll plans",
        paras=[
            "PRAGUE, June 13 (Continental Post) - President Aleksandar Vucic said on Friday that there would be no early vote and that Serbia's next parliamentary elections would take place at the end of next year or early in 2027, pushing back against the students' demand for an immediate vote.",
            "Speaking at the GLOBSEC security forum in Prague, Vucic denied reports in Belgrade that he was preparing a snap poll for the autumn. The country had held elections only a year and a half ago, he said, and was busy preparing to host the Expo 2027 exhibition.",
            "When the vote does come, the people will decide who governs, he said.",
            "Vucic also said he would not agree to any interim or expert government, which he described as a way for people who could not win elections to take power through the back door.",
            "Students are planning a large rally in Belgrade on June 28, the Vidovdan holiday.",
        ],
        claims=[
            claim("vucic", "snap-elections", O, "denied reports in Belgrade that he was preparing a snap poll for the autumn"),
            claim("vucic", "expert-government", O, "he would not agree to any interim or expert government"),
            claim("students", "snap-elections", S, "the students' demand for an immediate vote", attributed=False),
        ],
    ),
    dict(
        id="025", published="2025-06-24T12:00:00Z", outlet="danube-wire",
        slug="opposition-abandons-interim-government-plan",
        title="Opposition abandons interim government plan, backs snap vote",
        paras=[
            "BELGRADE, June 24 (Danube Wire) - Serbia's main opposition parties said on Tuesday they now backed the students' demand for early parliamentary elections and would no longer insist that an interim government be formed first.",
            "Leaders of the Freedom and Justice Party, the Green-Left Front, the People's Movement of Serbia and Serbia Centre said in a joint statement that elections should be called without delay. Radomir Lazovic of the Green-Left Front said the opposition still believed a transitional cabinet would be the best way to guarantee a fair vote, but would not let that idea stand in the way of elections.",
            "The parties also said they were ready to support a student list rather than run against it, though they gave no details.",
            "The students, who have kept their distance from all parties, did not comment. Their plenums have called a rally for June 28 in Belgrade.",
        ],
        claims=[
            claim("opposition", "snap-elections", S, "now backed the students' demand for early parliamentary elections"),
            claim("opposition", "expert-government", S, "still believed a transitional cabinet would be the best way to guarantee a fair vote"),
            claim("students", "snap-elections", S, "the students' demand for early parliamentary elections", attributed=False),
        ],
    ),
    dict(
        id="026", published="2025-06-28T22:30:00Z", outlet="eastgate-courier",
        slug="vidovdan-ultimatum-expires-clashes",
        title="Students' Vidovdan ultimatum expires; clashes and arrests follow",
        paras=[
            "BELGRADE, June 28 (Eastgate Courier) - Tens of thousands of people rallied around Slavija square on Saturday as students gave the authorities until 9 p.m. to call early parliamentary elections, saying they would not accept any outcome that did not include a new vote.",
            "When the deadline passed, students told the crowd that citizens should consider themselves free to act. Scuffles broke out near parliament and police used pepper spray and batons. The Interior Ministry said dozens of people had been detained and several officers injured.",
            "Late on Saturday the plenums demanded the immediate release of everyone detained and said no protester should face charges for defending the right to assemble.",
            "Vucic said in a televised address that Serbia had won and that the state would not be toppled by force. There would be no early elections under pressure from violent crowds, he said.",
            "Supporters of the ruling party gathered at their encampment in Pionirski park near the Presidency.",
        ],
        claims=[
            claim("students", "snap-elections", S, "they would not accept any outcome that did not include a new vote"),
            claim("students", "drop-charges", S, "no protester should face charges for defending the right to assemble"),
            claim("vucic", "snap-elections", O, "There would be no early elections under pressure from violent crowds"),
        ],
    ),
    dict(
        id="027", published="2025-07-03T13:00:00Z", outlet="morava-report",
        slug="government-vows-prosecutions-over-road-blockades",
        title="Government vows prosecutions over road blockades as students demand release of detainees",
        paras=[
            "BELGRADE, July 3 (Morava Report) - Prime Minister Djuro Macut said on Thursday that people blocking roads and intersections across Serbia were breaking the law and that those arrested would face the full force of the courts.",
            "Interior Minister Ivica Dacic said police had detained more than 70 people since the weekend and that criminal complaints had been filed against many of them. Dropping the cases was out of the question, he said.",
            "Students and residents have been blocking streets in Belgrade, Novi Sad and other towns every evening since the Vidovdan rally. The plenums said the arrests were an attempt to intimidate young people and demanded that every charge be withdrawn.",
            "A group calling itself students who want to study, which has camped in Pionirski park since March, urged prosecutors to punish the blockaders. The group is backed by the ruling party.",
            "A government official who asked not to be named said the cabinet expected the blockades to fade during the summer holidays.",
        ],
        claims=[
            claim("serbian-government", "drop-charges", O, "Dropping the cases was out of the question, he said"),
            claim("students", "drop-charges", S, "demanded that every charge be withdrawn"),
        ],
    ),
    dict(
        id="028", published="2025-08-14T16:00:00Z", outlet="balkan-ledger",
        slug="kos-reports-of-violence-deeply-worrying",
        title="EU's Kos says reports of violence at Serbian protests deeply worrying",
        paras=[
            "BRUSSELS, Aug 14 (Balkan Ledger) - EU enlargement commissioner Marta Kos said on Thursday that reports of violence during the latest protests in Serbia were deeply worrying and that those who attacked demonstrators must be held to account.",
            "Progress on the road to the European Union required that citizens be able to express their views freely and that journalists could report without being intimidated or attacked, Kos wrote on X.",
            "Her comments followed several nights of clashes in Belgrade, Novi Sad, Vrbas and Backa Palanka, where supporters of the ruling party and protesters fought outside party offices and police fired tear gas.",
            "Earlier this week Milos Vucevic, the former prime minister who now leads the ruling Serbian Progressive Party, said the party had been planning for elections at the end of 2026 but that they could come sooner. He said the final decision rested with the president and the government.",
            "The students said they would hold protests in more towns this weekend.",
        ],
        claims=[
            claim("eu", "prosecute-responsible", S, "those who attacked demonstrators must be held to account"),
        ],
    ),
    dict(
        id="029", published="2025-09-10T12:00:00Z", outlet="continental-post",
        slug="djilas-floats-100-day-technocratic-cabinet",
        title="Djilas floats 100-day technocratic cabinet; Kos condemns attacks on party offices",
        paras=[
            "BELGRADE, Sept 10 (Continental Post) - Opposition leader Dragan Djilas proposed on Wednesday a technocratic government of non-party figures that would govern for 100 days with the sole task of organising a free and fair vote. Elections should still be held as soon as possible, he said, and the interim cabinet would only run them.",
            "Djilas, who leads the Freedom and Justice Party, said the students had told opposition leaders they would not join any interim cabinet and planned to run their own list, but he hoped they would reconsider.",
            "In Brussels, EU enlargement commissioner Marta Kos condemned hatred and vandalism after ten months of protests, saying attacks on government officials, their families and party headquarters were unacceptable. Democratic change must come from within Serbia, she said, and the sides must build a dialogue.",
            "The ruling party said the Djilas plan was a recycled attempt to grab power without votes. Vucic, who rejects any unelected government, did not comment on the proposal on Wednesday.",
        ],
        claims=[
            claim("opposition", "expert-government", S, "proposed on Wednesday a technocratic government of non-party figures"),
            claim("opposition", "snap-elections", S, "Elections should still be held as soon as possible, he said"),
            claim("students", "expert-government", O, "the students had told opposition leaders they would not join any interim cabinet", attributed=False),
            claim("eu", "dialogue", S, "the sides must build a dialogue"),
            claim("vucic", "expert-government", O, "Vucic, who rejects any unelected government", attributed=False),
        ],
    ),
    dict(
        id="030", published="2025-11-01T18:00:00Z", outlet="morava-report",
        slug="novi-sad-marks-year-since-canopy-collapse",
        title="Novi Sad marks a year since canopy collapse with 16 minutes of silence",
        paras=[
            "NOVI SAD, Nov 1 (Morava Report) - Tens of thousands of people stood in silence in front of Novi Sad railway station on Saturday, a year after its concrete canopy fell and killed 16 people.",
            "Many had walked or cycled for days from towns across Serbia and from abroad. The students who organised the commemoration asked for no speeches and no flags, and the crowd held sixteen minutes of silence starting at 11:52, the time of the collapse.",
            "In a statement, the plenums said a year had passed without a single conviction and that they would keep going until everyone responsible for the deaths was brought before a court. They repeated their call for early elections.",
            "Relatives of several victims laid wreaths at the station. The government declared Saturday a day of mourning.",
            "Vucic, speaking in Belgrade, said he shared the grief of the families. He did not mention elections.",
        ],
        claims=[
            claim("students", "prosecute-responsible", S, "they would keep going until everyone responsible for the deaths was brought before a court"),
            claim("students", "snap-elections", S, "They repeated their call for early elections"),
        ],
    ),
    dict(
        id="031", published="2025-11-02T18:00:00Z", outlet="danube-wire",
        slug="vucic-calls-snap-elections",
        title="Vucic calls snap elections after a year of protests",
        paras=[
            "BELGRADE, Nov 2 (Danube Wire) - President Aleksandar Vucic said on Sunday that Serbia's next parliamentary elections would be held ahead of schedule, bowing for the first time to the central demand of the protest movement.",
            "Speaking to reporters after a meeting of his party's leadership, Vucic said the vote would come before the current parliament's term ends in late 2027, but gave no date. The competent institutions would decide in line with the constitution, he said.",
            "He also spoke of a six-month period, which some Serbian media took as a hint that the vote could come as early as next spring. His office declined to say whether a date had been discussed.",
            "The students said an announcement without a date meant little and that they wanted the elections called now.",
            "Clashes broke out in central Belgrade on Sunday evening between government supporters and critics, and police kept the two groups apart.",
        ],
        claims=[
            claim("vucic", "snap-elections", S, "Serbia's next parliamentary elections would be held ahead of schedule"),
            claim("students", "snap-elections", S, "they wanted the elections called now"),
        ],
    ),
    dict(
        id="032", published="2025-11-04T14:00:00Z", outlet="eastgate-courier",
        slug="eu-report-faults-serbia-urges-dialogue",
        title="EU report faults Serbia on media freedom, urges dialogue; Kos stays out of election timing",
        paras=[
            "BRUSSELS, Nov 4 (Eastgate Courier) - The European Commission said in its annual enlargement report on Tuesday that Serbia had slipped back on freedom of expression and the rule of law, and called on the country's leaders to open a genuine dialogue with society.",
            "Marta Kos, the commissioner for enlargement, told a news conference that polarisation in Serbia was deeply worrying and that the protests had shown how many citizens no longer trusted institutions. She said Belgrade had assured her it wanted to talk to everyone.",
            "Asked whether Serbia should hold early elections, Kos declined to take a position, saying the timing of a vote was for Serbia's institutions to decide.",
            "The report also criticised the handling of appointments to the media regulator and said journalists faced growing pressure. Serbian officials said the report did not reflect the progress the country had made.",
        ],
        claims=[
            claim("eu", "dialogue", S, "called on the country's leaders to open a genuine dialogue with society"),
            claim("serbian-government", "dialogue", S, "Belgrade had assured her it wanted to talk to everyone", attributed=False),
        ],
    ),
    dict(
        id="033", published="2025-12-28T20:00:00Z", outlet="balkan-ledger",
        slug="vucic-elections-next-year-students-collect-signatures",
        title="Vucic tells supporters elections will come next year; students collect signatures",
        paras=[
            "BELGRADE, Dec 28 (Balkan Ledger) - President Aleksandar Vucic told a rally of his supporters outside parliament on Saturday evening that the authorities had accepted the protesters' main demand and that early parliamentary elections would be held next year.",
            "Vucic said his side would win in every part of the country and that his opponents would not be pleased when the votes were counted. He did not name a date.",
            "On Sunday students set up nearly 500 stands in towns and villages across Serbia to collect signatures calling for the elections to be held as soon as possible. The signatures are not a formal petition, but the students said they wanted to show how many people stood behind the demand.",
            "Temperatures fell below freezing in much of the country, and volunteers handed out hot tea at the stands in central Belgrade.",
        ],
        claims=[
            claim("vucic", "snap-elections", S, "early parliamentary elections would be held next year"),
            claim("students", "snap-elections", S, "calling for the elections to be held as soon as possible"),
        ],
    ),
]

DUPLICATES = [("010", "011"), ("018", "019")]

SHIFTS = [
    dict(actor="vucic", issue="drop-charges", **{"from": "oppose", "to": "conditional"}, article="010",
         why="Vucic says he is ready to pardon students charged over the protests, but only those who ask for it; in 004 he said detained protesters would have to answer in court."),
    dict(actor="serbian-government", issue="education-budget", **{"from": "conditional", "to": "support"}, article="010",
         why="Vucevic announces the cabinet will raise the higher education budget by 20 percent; in 005 the education minister offered more money only once faculties reopened."),
    dict(actor="vucic", issue="snap-elections", **{"from": "oppose", "to": "conditional"}, article="012",
         why="After Vucevic resigns, Vucic says he will decide within ten days between early elections and a new government, depending on whether a majority can be found; in 004 he ruled out a snap vote."),
    dict(actor="vucic", issue="drop-charges", **{"from": "conditional", "to": "support"}, article="013",
         why="Vucic signs 13 pardons that end the criminal proceedings against protesters; in 010 he had only offered pardons to those who asked."),
    dict(actor="vucic", issue="snap-elections", **{"from": "conditional", "to": "oppose"}, article="021",
         why="Vucic calls a new government instead of elections the responsible choice as Macut is elected; in 012 and 015 he kept early elections open if no government could be formed."),
    dict(actor="opposition", issue="snap-elections", **{"from": "conditional", "to": "support"}, article="025",
         why="The opposition backs the students' call for elections without delay and drops the interim-government precondition it restated in 008, 012 and 018/019."),
    dict(actor="vucic", issue="snap-elections", **{"from": "oppose", "to": "support"}, article="031",
         why="Vucic says the next parliamentary elections will be held ahead of schedule; in 021, 023, 024 and 026 he refused an early vote."),
]

STANCES = {"support", "oppose", "conditional"}
DATELINE = re.compile(r"^[A-Z][A-Z .'-]*(, [A-Za-z ]+)?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(([^)]+)\) - ")


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def text_of(a):
    return "\n\n".join(a["paras"])


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(s):
    return format_datetime(parse_dt(s), usegmt=True)


def read_watchlist():
    """Minimal reader for this watchlist.yaml (stdlib only): actor ids, issue ids, baseline."""
    path = os.path.join(HERE, "watchlist.yaml")
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            s = line.rstrip("\n")
            if re.match(r"^(actors|issues|baseline):", s):
                section = s.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)$", s)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", s)
            if m and section == "baseline":
                baseline.append(m.groups())
            if section == "issues":
                k = re.match(r"^    (\w+):", s)
                if k and k.group(1) not in ("name", "description", "terms"):
                    raise SystemExit(f"watchlist: unexpected issue field {k.group(1)}")
    return actors, issues, baseline


def build():
    arts_dir = os.path.join(HERE, "articles")
    feeds_dir = os.path.join(HERE, "feeds")
    for d in (arts_dir, feeds_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": text_of(a),
        }
        with open(os.path.join(arts_dir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["published"], reverse=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{slug}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch blind evaluation set serbia-student-protests-2025</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>",
        ]
        for a in items:
            u = url_of(a)
            out += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(u)}</link>",
                f'      <guid isPermaLink="true">{escape(u)}</guid>',
                f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                f"      <description>{escape(text_of(a))}</description>",
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feeds_dir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: a["claims"] for a in ARTICLES},
        "shifts": SHIFTS,
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def recompute_shifts(baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for art in ARTICLES:
        for c in art["claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev, c["stance"], art["id"]))
            prevailing[key] = c["stance"]
    return shifts


def validate(labels):
    errors = []
    actors, issues, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errors.append(f"{len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"{len(issues)} issues, want 5-7")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errors.append(f"bad baseline entry {a} {i} {s}")

    # ids and order
    if not 30 <= len(ARTICLES) <= 34:
        errors.append(f"{len(ARTICLES)} articles, want 30-34")
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != f"{n:03d}":
            errors.append(f"article {a['id']} should be {n:03d}")
        if n > 1 and parse_dt(a["published"]) <= parse_dt(ARTICLES[n - 2]["published"]):
            errors.append(f"article {a['id']} not after the previous one")
    urls = [url_of(a) for a in ARTICLES]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")

    # text: length, dateline, outlet and date in dateline
    months = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]
    for a in ARTICLES:
        t = text_of(a)
        words = len(t.split())
        if not 120 <= words <= 260:
            errors.append(f"{a['id']}: {words} words")
        m = DATELINE.match(t)
        if not m:
            errors.append(f"{a['id']}: bad dateline")
        else:
            dt = parse_dt(a["published"])
            want = f"{months[dt.month - 1]} {dt.day}"
            if f", {want} (" not in t[: m.end()]:
                errors.append(f"{a['id']}: dateline date does not match {want}")
            if m.group(3) != OUTLETS[a["outlet"]]:
                errors.append(f"{a['id']}: dateline outlet {m.group(3)}")
        for ch in t:
            if ord(ch) > 127:
                errors.append(f"{a['id']}: non-ASCII character {ch!r}")
                break

    # claims
    total = 0
    by_stance = {s: 0 for s in STANCES}
    unattributed = 0
    for a in ARTICLES:
        t = text_of(a)
        seen = set()
        for c in a["claims"]:
            total += 1
            if c["actor"] not in actors:
                errors.append(f"{a['id']}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{a['id']}: unknown issue {c['issue']}")
            if c["stance"] not in STANCES:
                errors.append(f"{a['id']}: bad stance {c['stance']}")
            else:
                by_stance[c["stance"]] += 1
            if not isinstance(c["attributed"], bool):
                errors.append(f"{a['id']}: attributed must be bool")
            if not c["attributed"]:
                unattributed += 1
            if c["quote"] not in t:
                errors.append(f"{a['id']}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{a['id']}: quote over 15 words: {c['quote']!r}")
            key = (c["actor"], c["issue"], c["stance"])
            if key in seen:
                errors.append(f"{a['id']}: duplicate claim {key}")
            seen.add(key)
            if any((c["actor"], c["issue"], s) in seen for s in STANCES - {c["stance"]}):
                errors.append(f"{a['id']}: two stances for {c['actor']}/{c['issue']}")
    if not 60 <= total <= 90:
        errors.append(f"{total} claims, want 60-90")
    if by_stance["conditional"] < 6 or min(by_stance.values()) == 0:
        errors.append(f"stance counts {by_stance}")
    if unattributed == 0:
        errors.append("no attributed:false claims")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles: {empty}")

    # duplicates: same day, different outlet, later, identical claims
    byid = {a["id"]: a for a in ARTICLES}
    for x, y in DUPLICATES:
        ax, ay = byid[x], byid[y]
        if ax["published"][:10] != ay["published"][:10] or ax["outlet"] == ay["outlet"] or ay["published"] <= ax["published"]:
            errors.append(f"duplicate pair {x}/{y} not same day, other outlet, later")
        strip = lambda cs: sorted((c["actor"], c["issue"], c["stance"], c["quote"], c["attributed"]) for c in cs)
        if strip(ax["claims"]) != strip(ay["claims"]):
            errors.append(f"duplicate pair {x}/{y} claims differ")
        if text_of(ax) == text_of(ay):
            errors.append(f"duplicate pair {x}/{y} not reworded")

    # shifts
    got = recompute_shifts(baseline)
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if got != want:
        errors.append("recomputed shifts differ from labelled shifts:\n  got  %s\n  want %s" % (got, want))
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts, want 5-8")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals")
    shift_articles = {s["article"] for s in SHIFTS}
    if not any(x in shift_articles for x, _ in DUPLICATES):
        errors.append("no duplicate pair has a shift original")
    for _, y in DUPLICATES:
        if y in shift_articles:
            errors.append(f"duplicate copy {y} must not be a shift article")
    expect_no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expect_no_alert:
        errors.append("no_alert_articles wrong")
    if sorted(labels["claims"]) != [a["id"] for a in ARTICLES]:
        errors.append("labels.claims must list every article")

    # round-trip the written files
    for a in ARTICLES:
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8") as f:
            rec = json.load(f)
        if rec["text"] != text_of(a) or rec["url"] != url_of(a):
            errors.append(f"{a['id']}: written article differs")

    # feeds
    for slug in OUTLETS:
        p = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint {slug}: {r.stderr.strip()}")
    return errors, dict(articles=len(ARTICLES), claims=total, by_stance=by_stance, unattributed=unattributed,
                        shifts=len(SHIFTS), shift_articles=sorted(shift_articles), empty=empty)


def main():
    labels = build()
    errors, stats = validate(labels)
    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK", json.dumps(stats))


if __name__ == "__main__":
    main()
