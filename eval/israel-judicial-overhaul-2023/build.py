#!/usr/bin/env python3
"""Build and validate the israel-judicial-overhaul-2023 blind set.

Writes articles/NNN.json, feeds/<outlet>.xml and labels.json from ARTICLES below, then checks:
quotes are exact substrings (<= 15 words), ids match files and publication order, actors/issues exist
in watchlist.yaml, shifts match the prevailing stance computed from baseline + attributed claims,
no_alert_articles = all articles minus shift articles, word counts, JSON validity, and xmllint.
Usage: python3 build.py
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# Article texts and labels for the israel-judicial-overhaul-2023 blind set (imported by build.py).
# Each entry: id, published (UTC), outlet key, slug, title, text, claims [(actor, issue, stance, quote, attributed)].
G, YA, NU, HZ, GA, HI, US = 'israel-government', 'yesh-atid', 'national-unity', 'herzog', 'gallant', 'histadrut', 'usa'
OV, SEL, RE, PA, FW = 'knesset-override', 'coalition-controls-judicial-selection', 'scrap-reasonableness', 'pause-overhaul', 'herzog-framework'
S, O, C = 'support', 'oppose', 'conditional'

ARTICLES = [
 ('001', '2023-01-04T19:30:00Z', 'saltline-wire', 'levin-unveils-judicial-overhaul',
  'Justice minister unveils plan to curb Israel\'s Supreme Court',
  "JERUSALEM, Jan 4 (Saltline Wire) - Israel's new justice minister, Yariv Levin, on Wednesday set out a sweeping plan to rein in the Supreme Court, a week after Prime Minister Benjamin Netanyahu's coalition was sworn in.\n\n"
  "Under the proposals, a simple majority of 61 lawmakers in the 120-seat Knesset could re-enact a law the court has struck down. Levin said the government would also change the make-up of the committee that selects judges so that elected officials hold a majority on it, and would bar the court from voiding government decisions on the grounds that they are unreasonable.\n\n"
  "\"We go to the polls, we vote, and time after time people we did not elect decide for us,\" Levin said in a televised statement. He said the changes would restore balance between the branches of government.\n\n"
  "Opposition leader Yair Lapid said letting 61 lawmakers overrule the court would leave minorities without protection, and promised to fight the plan in parliament and in the street. Benny Gantz, who heads the National Unity party, said he would meet other opposition leaders later in the week to coordinate their response.\n\n"
  "Legal scholars said the reasonableness change alone would remove one of the main tools judges use to review ministerial appointments.",
  [(G, OV, S, 'a simple majority of 61 lawmakers in the 120-seat Knesset could re-enact a law', True),
   (G, SEL, S, 'change the make-up of the committee that selects judges', True),
   (G, RE, S, 'bar the court from voiding government decisions on the grounds that they are unreasonable', True),
   (YA, OV, O, 'letting 61 lawmakers overrule the court would leave minorities without protection', True)]),

 ('002', '2023-01-12T21:00:00Z', 'harrow-post', 'hayut-attacks-plan-levin-responds',
  'Chief justice attacks overhaul; Levin says he will not be deterred',
  "JERUSALEM, Jan 12 (Harrow Post) - The president of Israel's Supreme Court, Esther Hayut, said on Thursday that the government's plan would deal a fatal blow to the independence of the judiciary, in a rare public speech by a serving chief justice.\n\n"
  "Hayut said the proposals amounted to an unbridled attack on the justice system and would leave the court unable to protect individual rights.\n\n"
  "Justice Minister Yariv Levin replied within hours. He said the court's president had joined a political campaign and that the reform would go ahead as planned. Levin said the government would not give up on changing the way judges are chosen, which he described as a closed club that picks its own members.\n\n"
  "Netanyahu's office did not comment directly on the speech.\n\n"
  "Hayut, whose term ends in October, does not vote on the selection committee's decisions alone, but the court's three representatives on the nine-member panel have long acted as a bloc.",
  [(G, SEL, S, 'would not give up on changing the way judges are chosen', True),
   (G, PA, O, 'the reform would go ahead as planned', True)]),

 ('003', '2023-01-22T08:00:00Z', 'eastgate-courier', 'tel-aviv-protest-second-week',
  'Tens of thousands rally in Tel Aviv against judicial plan',
  "TEL AVIV, Jan 22 (Eastgate Courier) - Tens of thousands of Israelis rallied in central Tel Aviv on Saturday night for the third week running against the government's plans for the courts, with smaller protests in Jerusalem and Haifa.\n\n"
  "Benny Gantz told the crowd that the government must freeze the legislation and sit down for talks before it tore the country apart. Yair Lapid, addressing a separate rally, said his Yesh Atid party would keep up the pressure until the bills were stopped.\n\n"
  "Police estimated the crowd in Tel Aviv at more than 100,000. Organisers said reservists, high-tech workers and retired security chiefs had joined for the first time.\n\n"
  "Some political analysts said Netanyahu might eventually agree to slow the process if the protests kept growing, though none of his aides has suggested that. A Likud spokesman declined to say whether the party leadership was discussing any change to the timetable.",
  [(NU, PA, S, 'the government must freeze the legislation and sit down for talks', True),
   (YA, PA, S, 'would keep up the pressure until the bills were stopped', True)]),

 ('004', '2023-02-12T19:45:00Z', 'quayside-journal', 'herzog-warns-of-collapse-urges-halt',
  'Herzog warns of constitutional collapse, asks coalition to halt bills',
  "JERUSALEM, Feb 12 (Quayside Journal) - President Isaac Herzog warned on Sunday that Israel was on the brink of constitutional and social collapse and asked the governing coalition to halt its judicial legislation and open talks with the opposition.\n\n"
  "In a rare prime-time address, Herzog set out five principles for a compromise and said the bills in their current form should not proceed to a first reading. \"I feel, we all feel, that we are a moment before a clash,\" he said.\n\n"
  "Justice Minister Yariv Levin turned down the request to stop, saying the committee vote scheduled for Monday would go ahead and that the coalition was willing to talk only while the legislation moved forward.\n\n"
  "Opposition leader Yair Lapid welcomed the speech and said he would accept talks at the President's Residence once the legislative process was frozen.",
  [(HZ, PA, S, 'asked the governing coalition to halt its judicial legislation', True),
   (G, PA, O, 'Levin turned down the request to stop', True),
   (YA, PA, S, 'would accept talks at the President\'s Residence once the legislative process was frozen', True)]),

 ('005', '2023-02-12T22:10:00Z', 'lantern-press', 'herzog-speech-halt-legislation',
  'Israeli president asks for judicial bills to be halted; Levin says no',
  "JERUSALEM, Feb 12 (Lantern Press) - Israel's President Isaac Herzog on Sunday asked the governing coalition to halt its judicial legislation and negotiate with the opposition, warning that the country was close to constitutional and social collapse.\n\n"
  "Speaking on television at prime time, Herzog proposed five principles as a starting point for a compromise and said the bills as drafted should not go to a first reading.\n\n"
  "Yariv Levin, the justice minister, turned down the request to stop. He said Monday's committee vote would take place as planned and the coalition would talk only while the legislation continued.\n\n"
  "Yair Lapid, the opposition leader, praised the address and said he would accept talks at the President's Residence once the legislative process was frozen.",
  [(HZ, PA, S, 'asked the governing coalition to halt its judicial legislation', True),
   (G, PA, O, 'Levin, the justice minister, turned down the request to stop', True),
   (YA, PA, S, 'would accept talks at the President\'s Residence once the legislative process was frozen', True)]),

 ('006', '2023-02-13T16:20:00Z', 'saltline-wire', 'committee-approves-selection-bill',
  'Knesset panel approves judge-selection bill as crowds surround parliament',
  "JERUSALEM, Feb 13 (Saltline Wire) - A Knesset committee chaired by Simcha Rothman voted on Monday to send the first part of the judicial overhaul, a bill giving the coalition a majority on the judicial selection committee, to the full chamber.\n\n"
  "Tens of thousands of protesters gathered outside the Knesset, and opposition lawmakers shouted at Rothman and climbed on the committee table before ushers removed them.\n\n"
  "Rothman said the bill would end a system in which judges held a veto over who joined them on the bench. \"Today we are starting to return democracy to Israel,\" he said after the vote.\n\n"
  "Gantz said the vote showed that the coalition intended to take over the courts and that his party would vote against every clause.\n\n"
  "The Histadrut labour federation, which represents hundreds of thousands of workers, has so far stayed out of the protests. Its chairman, Arnon Bar-David, declined to say on Monday whether it would join them.",
  [(G, SEL, S, 'giving the coalition a majority on the judicial selection committee', True),
   (NU, SEL, O, 'his party would vote against every clause', True)]),

 ('007', '2023-02-19T12:00:00Z', 'harrow-post', 'us-ambassador-pump-the-brakes',
  'US ambassador urges Netanyahu to slow judicial overhaul',
  "JERUSALEM, Feb 19 (Harrow Post) - The US ambassador to Israel, Thomas Nides, said Washington was urging Prime Minister Benjamin Netanyahu to slow down the judicial overhaul and seek agreement with his opponents.\n\n"
  "\"We're telling the prime minister, as I tell my kids, pump the brakes, slow down,\" Nides said in a podcast interview released over the weekend. He said the United States believed lasting changes needed broad consensus.\n\n"
  "Jerusalem brushed the advice aside. Officials in the Prime Minister's Office said the legislation would proceed on schedule, and some coalition lawmakers accused the ambassador of meddling in Israel's internal affairs.\n\n"
  "The comments followed remarks by President Joe Biden earlier in the month that building consensus for fundamental changes was really important. Israeli officials visiting Washington this week for meetings on Iran said the subject had come up, but declined to describe the exchanges.",
  [(US, PA, S, 'pump the brakes, slow down', True),
   (G, PA, O, 'the legislation would proceed on schedule', True)]),

 ('008', '2023-02-21T06:30:00Z', 'eastgate-courier', 'first-reading-selection-bill',
  'Israeli lawmakers pass first reading of judge-selection bill',
  "JERUSALEM, Feb 21 (Eastgate Courier) - The governing coalition pushed the bill that would give it control over the appointment of judges through a first reading in the Knesset after midnight, by 63 votes to 47.\n\n"
  "Netanyahu called it a great day for democracy. Opposition lawmakers draped themselves in Israeli flags during the debate.\n\n"
  "Lapid told the chamber that the coalition wanted to pick judges who would do its bidding and that Yesh Atid would never accept such a committee. Gantz said the vote had taken place while the country was burning.\n\n"
  "Lawmakers from the far-right Religious Zionism party, a member of the coalition, said they wanted the remaining bills passed within weeks. The bill must pass two more readings to become law. Rothman's committee is expected to resume work on the override provision next week.",
  [(G, SEL, S, 'pushed the bill that would give it control over the appointment of judges', True),
   (YA, SEL, O, 'Yesh Atid would never accept such a committee', True)]),

 ('009', '2023-03-01T18:00:00Z', 'quayside-journal', 'day-of-disruption-police-clash',
  'Police use stun grenades as protesters block Tel Aviv roads',
  "TEL AVIV, March 1 (Quayside Journal) - Police used stun grenades and water cannon on Wednesday to clear protesters from the Ayalon highway in Tel Aviv during a nationwide day of disruption against the judicial overhaul.\n\n"
  "Several people were injured and dozens were detained. National Security Minister Itamar Ben-Gvir, whose far-right party is a member of the coalition, praised the officers and said the protesters were anarchists.\n\n"
  "In Jerusalem, demonstrators gathered near the Knesset and outside the homes of ministers. Organisers said they planned more protests for Saturday. Histadrut officials said the federation was watching events closely but had not decided whether to act.\n\n"
  "Analysts said the scale of the unrest could push the government to reconsider its timetable, although there was no sign of that on Wednesday evening.",
  []),

 ('010', '2023-03-09T20:15:00Z', 'lantern-press', 'herzog-legislation-must-be-withdrawn',
  'Herzog says overhaul bills should be withdrawn; Netanyahu presses on',
  "JERUSALEM, March 9 (Lantern Press) - President Isaac Herzog said on Thursday that the government's judicial legislation was oppressive and damaged the foundations of democracy, and that it should be withdrawn and replaced by an agreed framework as soon as possible.\n\n"
  "It was his sharpest intervention yet. He said he was working day and night on a compromise. Herzog spoke at the President's Residence after meetings with economists and former judges.\n\n"
  "Netanyahu, speaking before he left for a visit to Rome, said the government would keep legislating while it listened to the critics. He said the coalition was not stopping. His office said that no talks were under way that would change the timetable.\n\n"
  "Reservists in several air force squadrons said they would not report for training in protest.",
  [(HZ, PA, S, 'it should be withdrawn and replaced by an agreed framework', True),
   (G, PA, O, 'He said the coalition was not stopping', True)]),

 ('011', '2023-03-13T15:00:00Z', 'saltline-wire', 'histadrut-chief-urges-halt',
  'Histadrut chief urges Netanyahu to stop the judicial legislation',
  "TEL AVIV, March 13 (Saltline Wire) - The head of the Histadrut labour federation, Arnon Bar-David, called on Prime Minister Benjamin Netanyahu on Monday to stop the judicial legislation and return to dialogue, saying the country was being torn apart.\n\n"
  "Bar-David, who had kept the union out of the dispute for ten weeks, said the federation would not stand by if the legislation was not halted. He did not say what steps it might take. Bar-David said he had discussed the crisis with President Isaac Herzog and hoped the president would publish a proposal soon.\n\n"
  "Employers' groups and the heads of several large banks have also warned of damage to the economy. The shekel has fallen against the dollar since January.\n\n"
  "Officials at the Prime Minister's Office declined to comment.",
  [(HI, PA, S, 'would not stand by if the legislation was not halted', True)]),

 ('012', '2023-03-15T19:00:00Z', 'harrow-post', 'herzog-peoples-directive-netanyahu-rejects',
  'Herzog unveils compromise framework; Netanyahu rejects it within hours',
  "JERUSALEM, March 15 (Harrow Post) - President Isaac Herzog on Wednesday presented a detailed compromise on the judiciary, which he called the People's Directive, and urged both sides to adopt it.\n\n"
  "The framework contains no override clause. Herzog said that letting a bare majority re-enact struck-down laws would leave citizens without protection. It would also enlarge the judicial selection committee so that no side held an automatic majority on it. \"Whoever thinks a real civil war is an abyss we will not reach has no idea,\" he said.\n\n"
  "Netanyahu rejected the plan before boarding a flight to Berlin. He said central parts of it only perpetuated the current situation and did not bring balance between the branches.\n\n"
  "Ministers met in the evening to discuss the timetable for the final readings, which the coalition has said it wants to complete before the Knesset breaks for Passover.",
  [(HZ, FW, S, 'urged both sides to adopt it', True),
   (HZ, OV, O, 'letting a bare majority re-enact struck-down laws would leave citizens without protection', True),
   (HZ, SEL, O, 'so that no side held an automatic majority on it', True),
   (G, FW, O, 'Netanyahu rejected the plan before boarding a flight to Berlin', True),
   (G, PA, O, 'which the coalition has said it wants to complete before the Knesset breaks', False)]),

 ('013', '2023-03-16T11:30:00Z', 'eastgate-courier', 'reactions-herzog-framework',
  'Opposition and unions back Herzog plan; Levin calls it one-sided',
  "JERUSALEM, March 16 (Eastgate Courier) - Opposition leaders said on Thursday they would accept President Isaac Herzog's compromise framework, while Justice Minister Yariv Levin said it was one-sided and could not serve as the basis for anything.\n\n"
  "Benny Gantz said National Unity accepted the framework as it was. Yair Lapid said the plan was not perfect but that he would agree to it in order to end the crisis.\n\n"
  "Arnon Bar-David, chairman of the Histadrut, said the federation backed the president's proposal and asked the coalition to take it up.\n\n"
  "In Washington, a State Department spokesperson said the United States appreciated the president's efforts to find a compromise. Asked whether the administration endorsed the framework's specific terms, the spokesperson declined to say, calling it a matter for Israelis.\n\n"
  "Levin said the president had taken the critics' side on every major point.",
  [(NU, FW, S, 'Gantz said National Unity accepted the framework as it was', True),
   (YA, FW, S, 'he would agree to it in order to end the crisis', True),
   (HI, FW, S, 'the federation backed the president\'s proposal', True),
   (G, FW, O, 'it was one-sided and could not serve as the basis for anything', True)]),

 ('014', '2023-03-20T17:40:00Z', 'quayside-journal', 'coalition-softens-selection-bill',
  'Coalition offers softened judge-selection bill, opposition says no',
  "JERUSALEM, March 20 (Quayside Journal) - Israel's governing coalition on Monday presented a revised version of its bill on judicial appointments, which it described as an outstretched hand to the opposition.\n\n"
  "Under the new draft, the coalition would appoint the next two Supreme Court justices, but later appointments would need the backing of at least one opposition member and one judge on the committee. Committee chairman Simcha Rothman said the coalition was ready to give up part of its control over the panel if it brought broad agreement.\n\n"
  "The coalition said the revised bill would be put to a final vote before the Passover recess.\n\n"
  "Lapid called the new version a hostile takeover of the justice system with a different wrapping. Gantz said National Unity would not negotiate over a committee in which the coalition chose the judges.",
  [(G, SEL, C, 'give up part of its control over the panel if it brought broad agreement', True),
   (YA, SEL, O, 'a hostile takeover of the justice system with a different wrapping', True),
   (NU, SEL, O, 'would not negotiate over a committee in which the coalition chose the judges', True),
   (G, PA, O, 'the revised bill would be put to a final vote before the Passover recess', True)]),

 ('015', '2023-03-25T18:30:00Z', 'lantern-press', 'gallant-calls-for-pause',
  'Defence minister Gallant calls for pause in judicial legislation',
  "TEL AVIV, March 25 (Lantern Press) - Israel's Defence Minister Yoav Gallant on Saturday called for the judicial legislation to be halted, the first cabinet minister to break ranks with Prime Minister Benjamin Netanyahu over the overhaul.\n\n"
  "In a televised statement, Gallant said the growing rift had reached the army and posed a clear and immediate danger to the security of the state. He said the legislative process should be stopped until after the Independence Day holiday in late April to allow for dialogue.\n\n"
  "\"I will not lend my hand to this,\" he said, referring to the threat to the military's cohesion.\n\n"
  "Several Likud lawmakers, including David Bitan, said they agreed with him. Coalition officials said the vote on the judge-selection bill was still planned for the coming week.\n\n"
  "Lapid praised what he called a brave step and again called for the bills to be frozen.",
  [(GA, PA, S, 'the legislative process should be stopped until after the Independence Day holiday', True),
   (G, PA, O, 'the vote on the judge-selection bill was still planned for the coming week', True),
   (YA, PA, S, 'again called for the bills to be frozen', True)]),

 ('016', '2023-03-26T21:15:00Z', 'saltline-wire', 'netanyahu-fires-gallant',
  'Netanyahu fires Gallant, protesters pour into the streets',
  "JERUSALEM, March 26 (Saltline Wire) - Prime Minister Benjamin Netanyahu dismissed Defence Minister Yoav Gallant on Sunday, a day after Gallant called publicly for the judicial legislation to be halted.\n\n"
  "A one-line statement from the Prime Minister's Office said Netanyahu had decided to remove Gallant from his post. Within an hour, tens of thousands of people blocked roads in Tel Aviv and lit bonfires on the Ayalon highway.\n\n"
  "President Isaac Herzog asked the government to stop the legislative process immediately, \"for the sake of the unity of the people of Israel\".\n\n"
  "Coalition officials said late on Sunday that the final vote on the selection bill would go ahead as scheduled this week. Israel's consul general in New York resigned in protest.",
  [(HZ, PA, S, 'asked the government to stop the legislative process immediately', True),
   (G, PA, O, 'the final vote on the selection bill would go ahead as scheduled', True)]),

 ('017', '2023-03-27T09:30:00Z', 'eastgate-courier', 'histadrut-general-strike',
  'Histadrut declares general strike; flights halted at Ben Gurion',
  "TEL AVIV, March 27 (Eastgate Courier) - The Histadrut labour federation declared a general strike on Monday to force the government to stop its judicial legislation, and departures from Ben Gurion airport were halted.\n\n"
  "\"Stop this legislative process,\" Histadrut chairman Arnon Bar-David told a news conference, addressing Prime Minister Benjamin Netanyahu directly. He said the strike would continue until the bills were frozen.\n\n"
  "Banks, ports, universities and some hospitals joined the stoppage, shopping centres closed and several municipalities halted services. The union representing Israel's diplomats said missions abroad would also shut. National Security Minister Itamar Ben-Gvir said he would quit the coalition if the legislation were suspended.\n\n"
  "Gantz said the government had hours to prevent a disaster and urged it to freeze the bills at once.",
  [(HI, PA, S, 'Stop this legislative process', True),
   (NU, PA, S, 'urged it to freeze the bills at once', True)]),

 ('018', '2023-03-27T17:45:00Z', 'harrow-post', 'netanyahu-pauses-overhaul',
  'Netanyahu pauses judicial overhaul to allow talks',
  "JERUSALEM, March 27 (Harrow Post) - Prime Minister Benjamin Netanyahu on Monday announced a pause in his government's judicial overhaul, delaying the remaining votes until the Knesset's summer session to make room for negotiations.\n\n"
  "\"Out of national responsibility, out of a desire to prevent a rift in the nation, I have decided to suspend the second and third readings of the legislation,\" Netanyahu said in a televised address. He said he wanted to give a real chance for dialogue.\n\n"
  "President Isaac Herzog welcomed the decision and invited both sides to talks at the President's Residence. Yair Lapid said Yesh Atid would take part if the legislation was truly halted.\n\n"
  "Bar-David said the Histadrut was ending its strike because its demand had been met.\n\n"
  "Earlier on Monday, Ben-Gvir said he had agreed to the delay in return for the creation of a national guard under his ministry.",
  [(G, PA, S, 'I have decided to suspend the second and third readings of the legislation', True),
   (HZ, PA, S, 'Herzog welcomed the decision', True),
   (YA, PA, S, 'Yesh Atid would take part if the legislation was truly halted', True),
   (HI, PA, S, 'the Histadrut was ending its strike because its demand had been met', True)]),

 ('019', '2023-03-27T20:05:00Z', 'quayside-journal', 'netanyahu-suspends-legislation',
  'Netanyahu suspends judicial bills after general strike',
  "JERUSALEM, March 27 (Quayside Journal) - Benjamin Netanyahu on Monday suspended his government's judicial overhaul, postponing the remaining votes to the Knesset's summer session so that negotiations can take place.\n\n"
  "\"Out of national responsibility, out of a desire to prevent a rift in the nation, I have decided to suspend the second and third readings of the legislation,\" the prime minister said on television, adding that he wanted to give dialogue a real chance.\n\n"
  "Herzog welcomed the decision and offered to host both sides at the President's Residence. Opposition leader Yair Lapid said Yesh Atid would take part if the legislation was truly halted.\n\n"
  "The Histadrut's Bar-David called off the general strike, saying the Histadrut was ending its strike because its demand had been met.\n\n"
  "Ben-Gvir said he had accepted the delay in exchange for a national guard under his control.",
  [(G, PA, S, 'I have decided to suspend the second and third readings of the legislation', True),
   (HZ, PA, S, 'Herzog welcomed the decision', True),
   (YA, PA, S, 'Yesh Atid would take part if the legislation was truly halted', True),
   (HI, PA, S, 'the Histadrut was ending its strike because its demand had been met', True)]),

 ('020', '2023-03-29T02:00:00Z', 'lantern-press', 'biden-cannot-continue-down-this-road',
  'Biden says Israel "cannot continue down this road"; Netanyahu bristles',
  "WASHINGTON, March 28 (Lantern Press) - President Joe Biden said on Tuesday that he was very concerned about Israel's judicial overhaul and that the government \"cannot continue down this road\".\n\n"
  "Biden told reporters he hoped Netanyahu would walk away from the plan and work out a genuine compromise, but said that remained to be seen. He said he had no plans to invite the prime minister to the White House in the near term.\n\n"
  "Netanyahu answered in a statement that Israel was a sovereign country that made its decisions by the will of its people and not on the basis of pressure from abroad, including from the best of friends. He did not refer to the suspended bills.\n\n"
  "The first meeting between the two sides' negotiators was held on Tuesday evening at the President's Residence in Jerusalem.",
  [(US, PA, S, 'hoped Netanyahu would walk away from the plan and work out a genuine compromise', True)]),

 ('021', '2023-04-10T19:00:00Z', 'saltline-wire', 'gallant-stays-talks-continue',
  'Netanyahu says Gallant will stay on as defence minister',
  "JERUSALEM, April 10 (Saltline Wire) - Prime Minister Benjamin Netanyahu said on Monday that Yoav Gallant would remain defence minister, two weeks after announcing that he was firing him. The dismissal letter had never been formally delivered.\n\n"
  "Speaking at a news conference, Netanyahu said they had had disagreements, some of them hard, but that Gallant would stay at his post. Gallant was not at the news conference. An aide declined to say whether the minister would support the legislation if it came back to the Knesset.\n\n"
  "Negotiating teams from the coalition and the opposition met again at the President's Residence on Monday. Participants described the atmosphere as businesslike.\n\n"
  "Analysts said Netanyahu could be expected to keep the bills frozen at least until the budget passed in May.",
  []),

 ('022', '2023-04-27T20:30:00Z', 'eastgate-courier', 'pro-reform-rally-jerusalem',
  'Government supporters rally in Jerusalem for judicial overhaul',
  "JERUSALEM, April 27 (Eastgate Courier) - Tens of thousands of supporters of the government rallied outside the Knesset on Thursday to demand that the judicial overhaul be passed, in the largest show of support for the plan so far.\n\n"
  "Justice Minister Yariv Levin told the crowd that the government would not give up and that the Knesset must have the last word when the court strikes down its laws. Simcha Rothman said the coalition would also end what he called the unlimited use of the reasonableness test by judges.\n\n"
  "\"They will not stop us,\" Levin said.\n\n"
  "The talks at the President's Residence are continuing. A spokesman for President Isaac Herzog said the rally did not affect the negotiations and declined to say how much progress had been made.",
  [(G, OV, S, 'the Knesset must have the last word when the court strikes down its laws', True),
   (G, RE, S, 'would also end what he called the unlimited use of the reasonableness test', True)]),

 ('023', '2023-06-14T16:00:00Z', 'harrow-post', 'lapid-gantz-suspend-talks',
  'Lapid and Gantz suspend talks over judicial selection panel',
  "JERUSALEM, June 14 (Harrow Post) - Opposition leaders Yair Lapid and Benny Gantz said on Wednesday they were suspending the compromise talks at the President's Residence after Netanyahu's coalition delayed the formation of the judicial selection committee.\n\n"
  "The Knesset earlier elected opposition lawmaker Karine Elharrar to one of the parliament's two seats on the committee, but the second seat was left unfilled, which means the panel cannot yet meet.\n\n"
  "Gantz said the coalition was trying once again to seize control of the appointment of judges. Lapid said there would be no negotiations until the committee was convened.\n\n"
  "Coalition officials said the opposition had been looking for an excuse to leave. Herzog's office said the president would keep trying to bring the sides back. The negotiating teams had been meeting about twice a week since the end of March.",
  [(NU, SEL, O, 'the coalition was trying once again to seize control of the appointment of judges', True)]),

 ('024', '2023-06-18T10:45:00Z', 'quayside-journal', 'netanyahu-resumes-legislation',
  'Netanyahu says coalition will move ahead with judicial changes',
  "JERUSALEM, June 18 (Quayside Journal) - Prime Minister Benjamin Netanyahu said on Sunday that his coalition would begin practical steps on the judicial overhaul this week, ending the freeze he announced in March.\n\n"
  "Opening the weekly cabinet meeting, Netanyahu said the opposition had walked away from the talks and that the government would now advance the changes in a measured way. Coalition officials said Rothman's committee would start work on a bill limiting the reasonableness standard.\n\n"
  "Lapid said that if the government resumed the legislation, Yesh Atid would fight it in the Knesset and on the streets, and repeated that the bills must be frozen. Gantz declined to say whether National Unity would return to the talks.\n\n"
  "Protest organisers called demonstrations for Saturday night.",
  [(G, PA, O, 'his coalition would begin practical steps on the judicial overhaul this week', True),
   (G, RE, S, 'start work on a bill limiting the reasonableness standard', True),
   (YA, PA, S, 'repeated that the bills must be frozen', True)]),

 ('025', '2023-06-29T14:00:00Z', 'saltline-wire', 'netanyahu-drops-override-clause',
  'Netanyahu says he has dropped the override clause',
  "JERUSALEM, June 29 (Saltline Wire) - Prime Minister Benjamin Netanyahu said he had abandoned the plan to let the Knesset override Supreme Court rulings, one of the central parts of his government's original judicial package.\n\n"
  "In an interview with a US newspaper published on Thursday, Netanyahu said he had thrown out the idea of an override clause because it did not have broad public support. He said he would still move ahead with the bill on the reasonableness standard.\n\n"
  "Lapid said the prime minister said different things to foreign and Israeli audiences, and that only the end of the legislation would end the crisis.\n\n"
  "Levin, who wrote the original plan, did not comment. The interview was published as Rothman's committee held its first session on the reasonableness bill, and protest leaders said the announcement changed nothing.",
  [(G, OV, O, 'Netanyahu said he had thrown out the idea of an override clause', True),
   (G, RE, S, 'he would still move ahead with the bill on the reasonableness standard', True),
   (YA, PA, S, 'only the end of the legislation would end the crisis', True)]),

 ('026', '2023-07-11T05:30:00Z', 'lantern-press', 'reasonableness-bill-first-reading',
  'Knesset backs reasonableness bill in first reading',
  "JERUSALEM, July 11 (Lantern Press) - The governing coalition passed a bill to abolish the reasonableness standard for government and ministerial decisions in a first reading in the Knesset early on Tuesday, by 64 votes to 56.\n\n"
  "Rothman, who steered the bill through his committee, said judges would no longer be able to replace the judgement of elected ministers with their own.\n\n"
  "Lapid said the law would let the government appoint convicted criminals and fire gatekeepers at will, and Yesh Atid would fight it. Gantz, whose National Unity party has opposed every bill in the package, said the coalition was dragging Israel into an abyss.\n\n"
  "The bill now returns to the committee to be prepared for its second and third readings. Protesters blocked roads and the entrance to Ben Gurion airport later in the day.",
  [(G, RE, S, 'passed a bill to abolish the reasonableness standard', True),
   (YA, RE, O, 'the law would let the government appoint convicted criminals', True),
   (NU, RE, O, 'National Unity party has opposed every bill in the package', False)]),

 ('027', '2023-07-19T18:30:00Z', 'eastgate-courier', 'herzog-addresses-congress',
  'Herzog addresses Congress as White House urges consensus',
  "WASHINGTON, July 19 (Eastgate Courier) - Israel's President Isaac Herzog addressed a joint meeting of Congress in Washington on Wednesday, a day after meeting President Joe Biden at the White House.\n\n"
  "Herzog said disputes over the judiciary were proof of the strength of Israel's democracy, not its weakness. He did not say whether he opposed the reasonableness bill, which is awaiting its final readings, and an aide declined to say whether he had raised it with lawmakers.\n\n"
  "A handful of Democratic lawmakers stayed away from the speech. Herzog also met congressional leaders of both parties during the visit, his office said, while in Jerusalem the Knesset committee kept preparing the bill for its final readings.\n\n"
  "White House spokesperson Karine Jean-Pierre said the president had told Herzog that changes of this kind should not be rushed and needed the broadest possible consensus.",
  [(US, PA, S, 'changes of this kind should not be rushed', True)]),

 ('028', '2023-07-21T13:00:00Z', 'harrow-post', 'histadrut-threatens-strike-july',
  'Histadrut warns of strike as final vote nears',
  "TEL AVIV, July 21 (Harrow Post) - The Histadrut labour federation warned on Friday it could call a general strike if the government pushed the reasonableness bill through without agreement.\n\n"
  "Bar-David said the legislation must be frozen to give talks another chance. He said the federation could live with a narrower version of the reasonableness standard if it came out of broad agreement.\n\n"
  "People close to Defence Minister Yoav Gallant said he was pressing the prime minister to postpone the final vote. Gallant himself made no public comment.\n\n"
  "Thousands of reservists have said they will stop volunteering for duty if the bill passes. Business leaders and the heads of several hospitals urged the government to seek a compromise. Netanyahu's office had no immediate comment.",
  [(HI, PA, S, 'the legislation must be frozen to give talks another chance', True),
   (HI, RE, C, 'a narrower version of the reasonableness standard if it came out of broad agreement', True),
   (GA, PA, S, 'he was pressing the prime minister to postpone the final vote', False)]),

 ('029', '2023-07-23T17:20:00Z', 'saltline-wire', 'biden-dont-rush-gallant-seeks-delay',
  'Biden says Israel should not rush; Gallant seeks delay',
  "JERUSALEM, July 23 (Saltline Wire) - President Joe Biden said on Sunday that it did not make sense for Israeli leaders to rush the judicial legislation and that the focus should be on pulling people together and finding consensus.\n\n"
  "Hours later, Defence Minister Yoav Gallant urged the coalition to delay the final vote, set for Monday. He said he would back a softened reasonableness bill only if it was agreed with the opposition.\n\n"
  "Netanyahu was discharged from hospital after being fitted with a pacemaker and went straight to the Knesset. President Isaac Herzog visited him beforehand and said afterwards that he was working to bring the sides to an agreement. He said a limited change to the reasonableness standard could be acceptable if both camps agreed to it.\n\n"
  "More than 10,000 reservists have signed letters saying they will not serve if the bill passes.",
  [(US, PA, S, 'it did not make sense for Israeli leaders to rush the judicial legislation', True),
   (GA, PA, S, 'urged the coalition to delay the final vote', True),
   (GA, RE, C, 'would back a softened reasonableness bill only if it was agreed with the opposition', True),
   (HZ, RE, C, 'a limited change to the reasonableness standard could be acceptable if both camps agreed', True)]),

 ('030', '2023-07-24T14:30:00Z', 'quayside-journal', 'knesset-passes-reasonableness-law',
  'Israel passes first part of judicial overhaul as opposition walks out',
  "JERUSALEM, July 24 (Quayside Journal) - Israel's parliament on Monday passed a law stripping the Supreme Court of the power to overturn government decisions it deems unreasonable, the first part of the overhaul to become law.\n\n"
  "The vote was 64-0 after opposition lawmakers walked out of the chamber shouting \"shame\". Defence Minister Yoav Gallant, who had sought a last-minute compromise, voted for the bill along with the rest of the coalition.\n\n"
  "Justice Minister Yariv Levin said the coalition had taken the first step in a historic process of correcting the justice system.\n\n"
  "Lapid said Yesh Atid would petition the Supreme Court against the law. Gantz said National Unity would repeal it when it returned to government.\n\n"
  "Police used water cannon against protesters outside the Knesset.",
  [(G, RE, S, 'had taken the first step in a historic process', True),
   (GA, RE, S, 'voted for the bill along with the rest of the coalition', True),
   (YA, RE, O, 'Yesh Atid would petition the Supreme Court against the law', True),
   (NU, RE, O, 'National Unity would repeal it when it returned to government', True)]),

 ('031', '2023-07-24T21:00:00Z', 'lantern-press', 'white-house-unfortunate-histadrut-waits',
  'White House calls vote unfortunate; Histadrut holds off on strike',
  "WASHINGTON, July 24 (Lantern Press) - The White House said it was unfortunate that Israel's reasonableness law had been passed with the slimmest possible majority.\n\n"
  "\"As a longtime friend of Israel, President Biden has publicly and privately expressed his views,\" Karine Jean-Pierre said, adding that the United States would continue to support efforts by Herzog and others to build broader consensus.\n\n"
  "In Tel Aviv, Histadrut chairman Arnon Bar-David said talks he had held with the government over the weekend had failed. He declined to say whether the federation would call a general strike, and a court order later barred a strike by doctors from going ahead.\n\n"
  "Analysts in Washington said relations could cool further, but no change in military aid was expected.",
  [(US, RE, O, 'unfortunate that Israel\'s reasonableness law had been passed with the slimmest possible majority', True)]),

 ('032', '2023-07-25T09:00:00Z', 'eastgate-courier', 'day-after-markets-petitions',
  'Shekel slides, petitions filed a day after judicial vote',
  "TEL AVIV, July 25 (Eastgate Courier) - The shekel fell and Tel Aviv shares dropped on Tuesday, a day after the Knesset passed the law curbing the reasonableness standard, and rating agency Moody's warned of significant risks from the overhaul.\n\n"
  "Several civil society groups filed petitions asking the Supreme Court to strike down the law. The court said it would hear them in September, with a full panel of fifteen justices. The Bank of Israel did not intervene in the currency market.\n\n"
  "Yesh Atid, which has called for the law to be repealed, filed its own petition. Back in March, Netanyahu had frozen the legislation under pressure from the street, a decision he reversed in June.\n\n"
  "Analysts said the next battle was likely to be over the judicial selection committee.",
  [(YA, RE, O, 'Yesh Atid, which has called for the law to be repealed', False)]),
]


OUTLETS = {
    'saltline-wire': 'Saltline Wire',
    'harrow-post': 'Harrow Post',
    'eastgate-courier': 'Eastgate Courier',
    'quayside-journal': 'Quayside Journal',
    'lantern-press': 'Lantern Press',
}
DUPLICATES = [('004', '005'), ('018', '019')]
SHIFTS = [
    {'actor': 'israel-government', 'issue': 'coalition-controls-judicial-selection', 'from': 'support', 'to': 'conditional', 'article': '014',
     'why': 'Rothman presents a softened selection bill and says the coalition is ready to give up part of its control of the panel for broad agreement; in 001, 002 and 008 it sought outright control.'},
    {'actor': 'gallant', 'issue': 'pause-overhaul', 'from': 'oppose', 'to': 'support', 'article': '015',
     'why': 'Gallant, a coalition minister until then (baseline oppose), publicly calls for the legislative process to be stopped for dialogue.'},
    {'actor': 'israel-government', 'issue': 'pause-overhaul', 'from': 'oppose', 'to': 'support', 'article': '018',
     'why': 'Netanyahu announces he is suspending the second and third readings to give dialogue a chance; in 016 coalition officials said the final vote would go ahead.'},
    {'actor': 'israel-government', 'issue': 'pause-overhaul', 'from': 'support', 'to': 'oppose', 'article': '024',
     'why': 'Netanyahu tells the cabinet the coalition will begin practical steps on the overhaul this week, ending the freeze of 018 (reversal).'},
    {'actor': 'israel-government', 'issue': 'knesset-override', 'from': 'support', 'to': 'oppose', 'article': '025',
     'why': 'Netanyahu says he has thrown out the override clause; in 001 and 022 the government and Levin insisted the Knesset must have the last word.'},
    {'actor': 'gallant', 'issue': 'scrap-reasonableness', 'from': 'conditional', 'to': 'support', 'article': '030',
     'why': 'Gallant votes for the reasonableness law (formal act); in 029 he said he would back a softened bill only if agreed with the opposition.'},
]


def read_watchlist():
    text = open(os.path.join(HERE, 'watchlist.yaml')).read()
    actors = re.findall(r'^  - id: (\S+)\n    name:', text, re.M)
    sec = text.split('\nissues:')[1].split('\nbaseline:')
    issues = re.findall(r'^  - id: (\S+)', sec[0], re.M)
    baseline = re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\S+)\}', sec[1])
    return actors, issues, baseline


def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    claims, items = {}, {k: [] for k in OUTLETS}
    for aid, pub, outlet, slug, title, text, cl in ARTICLES:
        dt = datetime.strptime(pub, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        url = f'https://example.org/{outlet}/{dt:%Y/%m/%d}/{slug}'
        art = {'id': aid, 'published': pub, 'source': OUTLETS[outlet], 'url': url, 'title': title, 'text': text}
        with open(os.path.join(HERE, 'articles', f'{aid}.json'), 'w') as f:
            json.dump(art, f, ensure_ascii=False, indent=2)
            f.write('\n')
        claims[aid] = [{'actor': a, 'issue': i, 'stance': s, 'quote': q, 'attributed': at} for a, i, s, q, at in cl]
        items[outlet].append((dt, art))
    for outlet, arts in items.items():
        arts.sort(key=lambda x: x[0], reverse=True)
        last = format_datetime(arts[0][0], usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{OUTLETS[outlet]}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{OUTLETS[outlet]}: fictional outlet for the shiftwatch israel-judicial-overhaul-2023 blind set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{last}</lastBuildDate>']
        for dt, a in arts:
            out += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{a["url"]}</link>',
                    f'      <guid isPermaLink="true">{a["url"]}</guid>', f'      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>',
                    f'      <description>{escape(a["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', f'{outlet}.xml'), 'w') as f:
            f.write('\n'.join(out))
    shift_articles = {s['article'] for s in SHIFTS}
    labels = {'claims': claims, 'shifts': SHIFTS,
              'no_alert_articles': [a[0] for a in ARTICLES if a[0] not in shift_articles]}
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')


def validate():
    errs = []
    actors, issues, baseline = read_watchlist()
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in ('support', 'oppose', 'conditional'):
            errs.append(f'baseline entry {a}/{i}/{s} invalid')
    labels = json.load(open(os.path.join(HERE, 'labels.json')))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    ids = [a[0] for a in ARTICLES]
    if files != ids or ids != [f'{n:03d}' for n in range(1, len(ids) + 1)]:
        errs.append('article files/ids mismatch')
    if sorted(labels['claims']) != ids:
        errs.append('claims keys != article ids')
    arts = {i: json.load(open(os.path.join(HERE, 'articles', f'{i}.json'))) for i in files}
    pubs = [arts[i]['published'] for i in ids]
    if pubs != sorted(pubs):
        errs.append('ids not in publication order')
    for i, a in arts.items():
        n = len(a['text'].split())
        if not 120 <= n <= 260:
            errs.append(f'{i}: {n} words')
        if not re.match(r'^[A-Z ]+, [A-Z][a-z]+ \d{1,2} \(' + re.escape(a['source']) + r'\) - ', a['text']):
            errs.append(f'{i}: dateline')
    for i, cl in labels['claims'].items():
        seen = set()
        for c in cl:
            if c['actor'] not in actors: errs.append(f'{i}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{i}: unknown issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f'{i}: bad stance')
            if c['quote'] not in arts[i]['text']: errs.append(f'{i}: quote not in text: {c["quote"]!r}')
            if len(c['quote'].split()) > 15: errs.append(f'{i}: quote > 15 words: {c["quote"]!r}')
            t = (c['actor'], c['issue'])
            if t in seen: errs.append(f'{i}: duplicate claim tuple {t}')
            seen.add(t)
    for a, b in DUPLICATES:
        ta = {(c['actor'], c['issue'], c['stance']) for c in labels['claims'][a]}
        tb = {(c['actor'], c['issue'], c['stance']) for c in labels['claims'][b]}
        if ta != tb or arts[a]['published'][:10] != arts[b]['published'][:10] or arts[a]['source'] == arts[b]['source']:
            errs.append(f'duplicate pair {a}/{b} inconsistent')
    # Recompute shifts from baseline + attributed claims in publication order.
    prev = {(a, i): s for a, i, s in baseline}
    computed = []
    for i in ids:
        for c in labels['claims'][i]:
            if not c['attributed']:
                continue
            k = (c['actor'], c['issue'])
            if k in prev and prev[k] != c['stance'] and i not in [d[1] for d in DUPLICATES]:
                computed.append((c['actor'], c['issue'], prev[k], c['stance'], i))
            prev[k] = c['stance']
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(computed) != sorted(labelled):
        errs.append(f'shifts mismatch: computed {computed} vs labelled {labelled}')
    sa = {s['article'] for s in labels['shifts']}
    if labels['no_alert_articles'] != [i for i in ids if i not in sa]:
        errs.append('no_alert_articles wrong')
    for f in sorted(os.listdir(os.path.join(HERE, 'feeds'))):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append(f'xmllint {f}: {r.stderr.strip()}')
    return errs, labels


if __name__ == '__main__':
    build()
    errs, labels = validate()
    for e in errs:
        print('ERROR', e)
    from collections import Counter
    allc = [c for cl in labels['claims'].values() for c in cl]
    print(f'articles={len(labels["claims"])} claims={len(allc)} stances={dict(Counter(c["stance"] for c in allc))} '
          f'unattributed={sum(not c["attributed"] for c in allc)} shifts={len(labels["shifts"])} '
          f'empty={[k for k, v in labels["claims"].items() if not v]}')
    sys.exit(1 if errs else 0)
