#!/usr/bin/env python3
"""Builds articles/, feeds/ and labels.json for the us-shutdown-border-wall-2019 blind set, then validates.

Self-contained: run `python3 build.py` from this folder. Written blind (see README.md).
"""
import json
import os
import re
import subprocess
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "beltway-wire": "Beltway Wire",
    "harbor-post": "Harbor Post",
    "plains-courier": "Plains Courier",
    "granite-dispatch": "Granite Dispatch",
    "tidewater-record": "Tidewater Record",
}

WH, HD, SD, SR, FC, FU = (
    "white-house", "house-democrats", "senate-democrats", "senate-republicans", "freedom-caucus", "federal-unions")
WALL, REOPEN, DACA, CONF, NE = (
    "wall-funding", "reopen-without-wall", "daca-wall-swap", "conference-deal", "national-emergency")
S, O, C = "support", "oppose", "conditional"

# Each article: (published UTC, outlet key, slug, title, text, claims)
# claims: (actor, issue, stance, quote, attributed)
A = []

def art(published, outlet, slug, title, text, claims):
    A.append(dict(published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

# 001
art("2018-12-11T19:40:00Z", "beltway-wire", "trump-proud-to-shut-down-government",
    "Trump says he would be proud to shut government over wall in clash with Democratic leaders",
    """WASHINGTON, Dec 11 (Beltway Wire) - President Donald Trump told Democratic congressional leaders on Tuesday that he would be "proud to shut down the government for border security", turning a televised Oval Office meeting into an open quarrel over his demand for $5 billion to build a wall on the Mexican border.

Nancy Pelosi, the House Democratic leader expected to become Speaker in January, told the president that his wall request could not pass the House and that Democrats would not vote for it. Senate Democratic leader Chuck Schumer said his party would not give the president his wall money.

Trump said he would not sign spending bills that left the wall out, and that he would take the blame for any shutdown rather than let Democrats off the hook. Funding for about a quarter of the federal government, including the Department of Homeland Security, runs out on Dec. 21.

Vice President Mike Pence sat through the exchange without speaking.""",
    [(WH, WALL, S, "his demand for $5 billion to build a wall on the Mexican border", True),
     (WH, REOPEN, O, "he would not sign spending bills that left the wall out", True),
     (HD, WALL, O, "Democrats would not vote for it", True),
     (SD, WALL, O, "his party would not give the president his wall money", True)])

# 002
art("2018-12-13T15:05:00Z", "plains-courier", "wall-fight-analysts-see-short-shutdown",
    "Wall fight: analysts expect a short shutdown, if any",
    """WASHINGTON, Dec 13 (Plains Courier) - Budget analysts on Thursday put the odds of a partial government shutdown before Christmas at roughly even, saying the president may yet accept a short-term bill that punts the wall dispute into January.

"Both sides have an interest in getting out of town," said one former appropriations staffer, who expected the White House to blink if federal workers faced missed paychecks over the holidays.

House Speaker Paul Ryan, who retires at the end of the year, declined to say whether the House would hold a vote on the president's $5 billion request before it leaves for the holidays. Republican leaders have not counted whether they have the votes.

Mark Meadows, chairman of the conservative House Freedom Caucus, said he had urged the president to hold firm. He said a border wall was the promise that won Trump the election and that the caucus would fight for every dollar of it.

Democrats will take control of the House on Jan. 3.""",
    [(FC, WALL, S, "the caucus would fight for every dollar of it", True)])

# 003
art("2018-12-18T17:20:00Z", "harbor-post", "white-house-signals-retreat-on-wall-deadline",
    "White House signals it may not force shutdown over wall",
    """WASHINGTON, Dec 18 (Harbor Post) - The White House on Tuesday signalled that President Donald Trump could accept a stopgap spending bill without the $5 billion he wants for a border wall, easing fears of a shutdown at the end of the week.

Press secretary Sarah Sanders said the president did not want a shutdown and that the administration had "other ways" to find money for the wall, including from existing federal budgets. Asked whether he would sign a short-term bill, she said the White House would look at whatever Congress passed before deciding.

Senate Majority Leader Mitch McConnell introduced a bill to keep the affected agencies open until Feb. 8 at current levels, without new wall money. Senate Democratic leader Chuck Schumer welcomed the bill and said Democrats would pass it.

Conservative radio hosts accused the president of giving up on his central campaign pledge.""",
    [(WH, REOPEN, C, "the White House would look at whatever Congress passed before deciding", True),
     (SR, REOPEN, S, "introduced a bill to keep the affected agencies open until Feb. 8", True),
     (SD, REOPEN, S, "Schumer welcomed the bill and said Democrats would pass it", True)])

# 004
art("2018-12-19T23:55:00Z", "beltway-wire", "senate-passes-stopgap-without-wall",
    "Senate passes stopgap without wall money; conservatives urge veto",
    """WASHINGTON, Dec 19 (Beltway Wire) - The Senate on Wednesday night approved by voice vote a bill to fund the agencies whose money runs out on Friday until Feb. 8, sending the House a measure that contains none of the border wall money President Donald Trump has sought.

Majority Leader Mitch McConnell urged colleagues to pass it, saying it would keep the government open through the holidays while the wall dispute continued.

Members of the House Freedom Caucus took to the House floor in the evening to press the president to refuse the bill. Freedom Caucus chairman Mark Meadows said Trump should veto any spending measure without wall money, and warned that the caucus would oppose the stopgap in the House.

Conservative commentator Ann Coulter wrote that the president would be remembered as a man who never built his wall. The White House did not say on Wednesday whether he would sign the bill.""",
    [(SR, REOPEN, S, "McConnell urged colleagues to pass it", True),
     (FC, REOPEN, O, "the caucus would oppose the stopgap in the House", True),
     (FC, WALL, S, "Trump should veto any spending measure without wall money", True)])

# 005
art("2018-12-20T18:30:00Z", "granite-dispatch", "trump-refuses-to-sign-stopgap",
    "Trump refuses to sign stopgap without wall money, shutdown looms",
    """WASHINGTON, Dec 20 (Granite Dispatch) - President Donald Trump told House Republican leaders on Thursday that he would not sign the Senate's stopgap spending bill because it contained no money for a border wall, reversing signals from his own aides earlier in the week and making a partial government shutdown likely.

Emerging from a White House meeting, outgoing House Speaker Paul Ryan said the president had "legitimate concerns" and that the House would try to add wall money to the bill. Trump said in a statement that any measure funding the government must include border security, "which means a wall".

House Democratic leader Nancy Pelosi said the president was throwing a temper tantrum and that Democrats would not accept the wall money. Funding for nine departments expires at midnight on Friday.""",
    [(WH, REOPEN, O, "he would not sign the Senate's stopgap spending bill", True),
     (WH, WALL, S, "must include border security, \"which means a wall\"", True),
     (HD, WALL, O, "Democrats would not accept the wall money", True)])

# 006 duplicate of 005, second outlet
art("2018-12-20T19:45:00Z", "tidewater-record", "trump-will-not-sign-senate-stopgap",
    "Trump will not sign Senate stopgap without wall, raising shutdown odds",
    """WASHINGTON, Dec 20 (Tidewater Record) - President Donald Trump told House Republican leaders on Thursday he would not sign the Senate's stopgap spending bill because it carried no money for a border wall, reversing signals his aides gave earlier in the week and making a partial shutdown likely.

After a White House meeting, outgoing House Speaker Paul Ryan said the president had "legitimate concerns" and that the House would try to attach wall money. Trump said in a statement that any bill funding the government must include border security, "which means a wall".

House Democratic leader Nancy Pelosi accused the president of a temper tantrum and said Democrats would not accept the wall money. Money for nine departments runs out at midnight on Friday.""",
    [(WH, REOPEN, O, "he would not sign the Senate's stopgap spending bill", True),
     (WH, WALL, S, "must include border security, \"which means a wall\"", True),
     (HD, WALL, O, "Democrats would not accept the wall money", True)])

# 007
art("2018-12-22T16:10:00Z", "harbor-post", "shutdown-begins-mcconnell-steps-back",
    "Shutdown begins; McConnell says Senate will wait for a deal the president backs",
    """WASHINGTON, Dec 22 (Harbor Post) - Parts of the federal government closed at midnight on Friday after the Senate failed to take up a House bill that added $5.7 billion for the border wall, and some 800,000 federal employees face furloughs or work without pay.

Senate Majority Leader Mitch McConnell said on Saturday that the Senate would not vote on any funding bill until President Donald Trump and Democratic leaders agreed on one, and that any deal must have the president's signature assured. He said the chamber would not go through what he called pointless exercises.

Senate Democratic leader Chuck Schumer said the president should abandon the wall and reopen the government, and that Democrats would not fund a wall under any label. Talks between Vice President Mike Pence and Schumer's office on Saturday ended without agreement.

The Senate adjourned until Thursday.""",
    [(SR, REOPEN, C, "would not vote on any funding bill until President Donald Trump and Democratic leaders agreed", True),
     (SD, REOPEN, S, "the president should abandon the wall and reopen the government", True),
     (SD, WALL, O, "Democrats would not fund a wall under any label", True)])

# 008
art("2018-12-25T21:00:00Z", "beltway-wire", "trump-shutdown-will-last-until-wall-funded",
    "Trump says shutdown will last until he gets his wall",
    """WASHINGTON, Dec 25 (Beltway Wire) - President Donald Trump said on Tuesday that the partial government shutdown would go on until Democrats agreed to pay for a wall on the southern border, offering no sign of a deal on Christmas Day.

Speaking to reporters in the Oval Office after a video call with troops overseas, Trump said he could not say when the government would reopen. He said it would not happen until "we have a wall, a fence, whatever they'd like to call it".

He also said that federal workers wanted him to keep going, a claim he did not back up with figures. The White House remained largely empty of staff over the holiday.

Schumer's office said Democrats had not received a new offer since the weekend.""",
    [(WH, REOPEN, O, "it would not happen until \"we have a wall, a fence", True),
     (WH, WALL, S, "would go on until Democrats agreed to pay for a wall", True)])

# 009
art("2018-12-31T14:25:00Z", "tidewater-record", "federal-union-sues-over-unpaid-work",
    "Largest federal workers' union sues over unpaid work during shutdown",
    """WASHINGTON, Dec 31 (Tidewater Record) - The American Federation of Government Employees sued the Trump administration on Monday, arguing that forcing federal employees to work without pay during the shutdown violates labour law.

AFGE president J. David Cox said federal workers should not be used as pawns in a political fight over a wall, and demanded that Congress and the president reopen the government at once, with the wall dispute settled separately.

The union represents about 700,000 workers. The National Treasury Employees Union said it was preparing a similar case. Its president, Tony Reardon, said employees were being asked to work for an indefinite period without knowing when they would be paid, and that the only fix was to end the shutdown.

Guidance from the Office of Personnel Management suggesting that unpaid workers offer to do painting or carpentry for their landlords drew ridicule online.""",
    [(FU, REOPEN, S, "demanded that Congress and the president reopen the government at once", True)])

# 010
art("2019-01-02T22:15:00Z", "granite-dispatch", "situation-room-briefing-ends-without-deal",
    "Border briefing at White House ends without deal as Democrats prepare House bills",
    """WASHINGTON, Jan 2 (Granite Dispatch) - A border security briefing for congressional leaders in the White House Situation Room ended on Wednesday without a breakthrough, on the 12th day of the partial shutdown.

Nancy Pelosi, who is set to be elected Speaker on Thursday, said House Democrats would pass bills to reopen the government the day they take control, funding Homeland Security through Feb. 8 and the other departments for the rest of the year. "We're not doing a wall," she told reporters afterwards.

President Donald Trump said later that the shutdown could last "a long time".

Senate Majority Leader Mitch McConnell said he would not put the House bills to a vote unless the president supported them. The partial shutdown has left the Department of Homeland Security, the Justice Department and national parks without funding since Dec. 22.""",
    [(HD, REOPEN, S, "House Democrats would pass bills to reopen the government", True),
     (HD, WALL, O, "\"We're not doing a wall,\" she told reporters", True),
     (SR, REOPEN, C, "would not put the House bills to a vote unless the president supported them", True)])

# 011
art("2019-01-03T23:50:00Z", "beltway-wire", "pelosi-speaker-house-passes-bills",
    "Pelosi retakes gavel; House votes to reopen government without wall",
    """WASHINGTON, Jan 3 (Beltway Wire) - Nancy Pelosi was elected House Speaker on Thursday and within hours the new Democratic majority passed two bills to end the partial government shutdown without money for President Donald Trump's border wall.

Asked whether Democrats might agree to even a token amount for the wall to end the standoff, she said "one dollar" was the most she would give. Pelosi called a wall "an immorality" and said Democrats would not fund it.

The Senate's Republican leader, Mitch McConnell, dismissed the House bills as political theatre. He said the Senate would not waste time on measures the president would not sign.

The White House did not comment on the House votes. The new Congress also swore in a record number of women, and the chamber's first business after electing a Speaker was the shutdown.""",
    [(HD, REOPEN, S, "passed two bills to end the partial government shutdown without money", True),
     (HD, WALL, O, "Pelosi called a wall \"an immorality\" and said Democrats would not fund it", True),
     (SR, REOPEN, C, "would not waste time on measures the president would not sign", True)])

# 012
art("2019-01-04T21:30:00Z", "harbor-post", "trump-shutdown-could-last-years-emergency",
    "Trump says shutdown could last years, raises national emergency",
    """WASHINGTON, Jan 4 (Harbor Post) - President Donald Trump said on Friday the shutdown could go on for "months or even years" and that he was considering declaring a national emergency to build the border wall without the approval of Congress.

"We can do it," Trump said in the Rose Garden after meeting congressional leaders. He added that he might use emergency powers if talks failed, but that he would first try to negotiate.

Senate Democratic leader Chuck Schumer described the meeting as contentious and said Democrats had asked the president to reopen the government while the two sides kept talking. He said the president refused.

Trump also said he had not spoken to Mexico about paying for the wall, a promise from his 2016 campaign.""",
    [(WH, NE, C, "he might use emergency powers if talks failed", True),
     (WH, REOPEN, O, "He said the president refused.", False),
     (SD, REOPEN, S, "asked the president to reopen the government while the two sides kept talking", True)])

# 013
art("2019-01-06T23:40:00Z", "plains-courier", "white-house-letter-asks-5-7-billion",
    "White House puts wall request at $5.7 billion, offers steel instead of concrete",
    """WASHINGTON, Jan 6 (Plains Courier) - The White House sent congressional leaders a letter on Sunday formally requesting $5.7 billion for about 234 miles of new steel barrier on the southern border, as weekend talks between Vice President Mike Pence and congressional aides made little progress.

Acting budget director Russ Vought wrote that the request was "urgently needed". President Donald Trump told reporters the barrier could be made of steel slats rather than concrete, calling it a concession to Democrats.

A Democratic aide said the letter offered nothing new and described the steel design as a wall by another name. Democrats did not send a written reply.

Trump said he could relate to federal workers who were not being paid and predicted that most of them supported what he was doing.""",
    [(WH, WALL, S, "formally requesting $5.7 billion for about 234 miles of new steel barrier", True)])

# 014
art("2019-01-09T02:30:00Z", "granite-dispatch", "trump-address-pelosi-schumer-response",
    "Trump makes case for wall from Oval Office; Pelosi and Schumer say reopen first",
    """WASHINGTON, Jan 8 (Granite Dispatch) - President Donald Trump used his first prime-time Oval Office address on Tuesday to press for $5.7 billion for a border wall, describing a "humanitarian crisis" at the southern border.

He did not declare a national emergency, as some allies had expected, and he offered no new proposal to end the 18-day shutdown.

In a joint televised reply, House Speaker Nancy Pelosi and Senate Democratic leader Chuck Schumer said the president should reopen the government and separate the shutdown from the argument over border security. Pelosi said the president had chosen to hold workers hostage over a wall. Schumer accused the president of stoking fear.

Fact-checkers challenged several of the president's figures on drugs and crime at the border.""",
    [(WH, WALL, S, "to press for $5.7 billion for a border wall", True),
     (HD, REOPEN, S, "the president should reopen the government and separate the shutdown", True),
     (SD, REOPEN, S, "the president should reopen the government and separate the shutdown", True)])

# 015
art("2019-01-09T20:20:00Z", "tidewater-record", "trump-walks-out-of-shutdown-meeting",
    "Trump walks out of shutdown talks after Pelosi says no to wall",
    """WASHINGTON, Jan 9 (Tidewater Record) - President Donald Trump walked out of a meeting with congressional leaders in the White House Situation Room on Wednesday after House Speaker Nancy Pelosi told him Democrats would not agree to wall funding even if he reopened the government.

Trump later wrote on Twitter that he had said "bye-bye" and left, calling the meeting a total waste of time. Senate Democratic leader Chuck Schumer told reporters outside the West Wing that the president had slammed the table and stormed out. He said Democrats would not be bullied into paying for the wall.

Vice President Mike Pence and Republican leaders disputed that account, saying the president had not raised his voice. Senate Majority Leader Mitch McConnell declined to say whether he would hold a vote on the House bills.""",
    [(HD, WALL, O, "Democrats would not agree to wall funding even if he reopened the government", True),
     (SD, WALL, O, "Democrats would not be bullied into paying for the wall", True)])

# 016
art("2019-01-10T22:05:00Z", "plains-courier", "trump-in-mcallen-emergency-likely",
    "In Texas border town, Trump says emergency likely if no deal",
    """MCALLEN, Texas, Jan 10 (Plains Courier) - President Donald Trump said on Thursday that he would probably declare a national emergency to build his border wall if he could not reach a deal with Democrats, during a visit to a Border Patrol station in this Rio Grande Valley city.

He said that if no agreement came he would "almost definitely" use emergency powers, but that he preferred a deal with Congress. Lawyers in the White House counsel's office have been studying whether money from military construction and disaster relief could be redirected.

Some legal experts said an emergency declaration would almost certainly be challenged in court and could be blocked for months. Others speculated that the president might use the declaration as a way out of the shutdown, letting Congress reopen the government while he claimed the wall by other means.""",
    [(WH, NE, C, "if no agreement came he would \"almost definitely\" use emergency powers", True)])

# 017
art("2019-01-12T18:00:00Z", "harbor-post", "shutdown-longest-ever-workers-miss-pay",
    "Shutdown becomes longest ever as workers miss first paychecks",
    """WASHINGTON, Jan 12 (Harbor Post) - The partial shutdown became the longest in US history on Saturday, its 22nd day, as some 800,000 federal workers went without their first full paycheck.

Union leaders rallied outside the White House on Thursday, carrying signs that read "We want to work". J. David Cox of the American Federation of Government Employees said workers were being held hostage and that Congress must pass a clean bill to reopen the government now.

President Donald Trump said on Friday that he was "not going to do it so fast" when asked whether he would declare an emergency, saying he still wanted Congress to act. Republican Senator Lindsey Graham urged him to declare an emergency immediately.

Airports reported longer security lines as unpaid screeners called in sick.""",
    [(FU, REOPEN, S, "Congress must pass a clean bill to reopen the government now", True),
     (WH, NE, C, "he was \"not going to do it so fast\"", True)])

# 018
art("2019-01-14T20:45:00Z", "beltway-wire", "trump-rejects-graham-three-week-idea",
    "Trump rejects idea of reopening government for three weeks",
    """WASHINGTON, Jan 14 (Beltway Wire) - President Donald Trump on Monday rejected a suggestion from Senator Lindsey Graham that he reopen the government for three weeks while negotiations on border security continued.

"I'm not interested," Trump told reporters on the White House South Lawn before leaving for New Orleans. He said he wanted the matter resolved, not delayed.

Graham, a close ally, had floated the idea on Sunday as a way to restart talks. Several Republican senators facing re-election in 2020 said privately that they were growing uneasy.

House Democrats planned another vote this week on bills to fund the closed agencies. Majority Leader Steny Hoyer said the House would keep sending the Senate bills to reopen the government until McConnell allowed a vote.""",
    [(WH, REOPEN, O, "rejected a suggestion from Senator Lindsey Graham that he reopen the government", True),
     (HD, REOPEN, S, "the House would keep sending the Senate bills to reopen the government", True)])

# 019
art("2019-01-16T17:30:00Z", "granite-dispatch", "pelosi-suggests-postponing-state-of-union",
    "Pelosi suggests Trump postpone State of the Union over security strain",
    """WASHINGTON, Jan 16 (Granite Dispatch) - House Speaker Nancy Pelosi on Wednesday suggested that President Donald Trump postpone his State of the Union address scheduled for Jan. 29, citing the strain on unpaid Secret Service and Homeland Security staff.

In a letter to the president, Pelosi offered to work with the White House on another date after the government reopened, or said he could deliver the address in writing.

Homeland Security Secretary Kirstjen Nielsen said her department was fully prepared to secure the event. The White House did not respond formally.

Republicans called the letter a political stunt, and some said it was an attempt to deny the president a national stage. Asked whether the Speaker's move was connected to the wall dispute, her spokesman declined to say.""",
    [])

# 020
art("2019-01-19T21:10:00Z", "tidewater-record", "trump-offers-daca-extension-for-wall",
    "Trump offers temporary protections for Dreamers in exchange for wall money",
    """WASHINGTON, Jan 19 (Tidewater Record) - President Donald Trump on Saturday offered to extend temporary protections for about 700,000 young immigrants brought to the US as children in exchange for $5.7 billion for his border wall, in what he called a compromise to end the four-week shutdown.

In a White House speech, Trump proposed three years of relief for recipients of the Deferred Action for Childhood Arrivals programme, known as DACA, and for some holders of temporary protected status, or TPS. He said the plan was a "common sense compromise" both parties should embrace.

Before the speech, House Speaker Nancy Pelosi rejected the proposal as a non-starter, saying it repackaged ideas Democrats had already turned down and offered no permanent solution.

Conservative commentator Ann Coulter said the offer amounted to amnesty.""",
    [(WH, DACA, S, "offered to extend temporary protections for about 700,000 young immigrants", True),
     (WH, WALL, S, "in exchange for $5.7 billion for his border wall", True),
     (HD, DACA, O, "Pelosi rejected the proposal as a non-starter", True)])

# 021 duplicate of 020, second outlet
art("2019-01-19T22:40:00Z", "harbor-post", "trump-proposes-dreamers-for-wall-trade",
    "Trump proposes Dreamers relief in trade for border wall money",
    """WASHINGTON, Jan 19 (Harbor Post) - President Donald Trump on Saturday offered to extend temporary protections for about 700,000 immigrants brought to the country as children in exchange for $5.7 billion for his border wall, calling it a compromise to end the four-week shutdown.

Speaking at the White House, Trump proposed three years of relief for recipients of the Deferred Action for Childhood Arrivals programme, or DACA, and for some holders of temporary protected status. He called the plan a "common sense compromise" for both parties.

Even before he spoke, House Speaker Nancy Pelosi rejected the proposal as a non-starter, saying it recycled ideas Democrats had already turned down and offered no permanent solution.

Commentator Ann Coulter said the offer amounted to amnesty.""",
    [(WH, DACA, S, "offered to extend temporary protections for about 700,000 immigrants", True),
     (WH, WALL, S, "in exchange for $5.7 billion for his border wall", True),
     (HD, DACA, O, "Pelosi rejected the proposal as a non-starter", True)])

# 022
art("2019-01-20T19:30:00Z", "plains-courier", "schumer-rejects-offer-mcconnell-schedules-vote",
    "Schumer rejects Trump offer; McConnell schedules Senate vote on it",
    """WASHINGTON, Jan 20 (Plains Courier) - Senate Democratic leader Chuck Schumer on Sunday rejected President Donald Trump's offer to trade temporary protections for young immigrants for wall money, calling it "one-sided" and saying Democrats would not negotiate while the government was shut.

"Democrats want to discuss border security. It's just that we will not do it with hostages," Schumer said, repeating the party's demand that the president first sign bills to reopen the agencies.

Senate Majority Leader Mitch McConnell said he would bring the president's plan to the floor this week and urged Democrats to support it, calling it a reasonable compromise that could end the shutdown.

Senator Dick Durbin, the chamber's second-ranking Democrat and a longtime champion of the Dreamers, said a three-year reprieve was no substitute for a path to citizenship. He said he would vote against the plan.""",
    [(SD, DACA, O, "rejected President Donald Trump's offer to trade temporary protections", True),
     (SD, REOPEN, S, "the president first sign bills to reopen the agencies", True),
     (SR, DACA, S, "urged Democrats to support it, calling it a reasonable compromise", True)])

# 023
art("2019-01-23T22:55:00Z", "granite-dispatch", "pelosi-blocks-state-of-union-in-house",
    "Pelosi tells Trump he cannot give State of the Union in House during shutdown",
    """WASHINGTON, Jan 23 (Granite Dispatch) - House Speaker Nancy Pelosi told President Donald Trump on Wednesday that the House would not host his State of the Union address while the government remained partly closed, and Trump said hours later that he would find another venue.

Pelosi wrote that the House would not take up the resolution needed to invite the president until the shutdown was over. Trump called the decision a disgrace but later said he would deliver the address "when the shutdown is over", adding that no venue could compete with the House chamber.

Commentators on both sides said the fight over the speech had become a proxy for the larger standoff, with no sign that either leader was preparing to move on the wall. The Senate plans to vote on two competing proposals on Thursday.""",
    [])

# 024
art("2019-01-24T21:40:00Z", "beltway-wire", "senate-rejects-both-shutdown-plans",
    "Senate rejects both shutdown plans, then leaders open talks",
    """WASHINGTON, Jan 24 (Beltway Wire) - The Senate on Thursday rejected both President Donald Trump's plan to fund the wall in exchange for temporary immigration relief and a Democratic bill to reopen the government through Feb. 8 without wall money.

The president's proposal failed 50-47, short of the 60 votes needed. The Democratic measure drew 52 votes, including six Republicans who broke with their leadership, but also fell short. Democratic Senator Joe Manchin voted for the president's plan.

Senate Majority Leader Mitch McConnell, who voted for the president's plan, said the Democratic bill was pointless because the president would not sign it. Senate Democratic leader Chuck Schumer said Democrats would keep pushing to reopen government first.

After the votes, McConnell and Schumer met in the Capitol to look for a way out. White House press secretary Sarah Sanders said any short-term deal would need a "large down payment" on the wall.""",
    [(SR, DACA, S, "Mitch McConnell, who voted for the president's plan", True),
     (SR, REOPEN, C, "the Democratic bill was pointless because the president would not sign it", True),
     (SD, REOPEN, S, "Democrats would keep pushing to reopen government first", True),
     (WH, REOPEN, O, "any short-term deal would need a \"large down payment\" on the wall", True)])

# 025
art("2019-01-25T19:35:00Z", "tidewater-record", "trump-agrees-to-reopen-government-three-weeks",
    "Trump agrees to reopen government for three weeks without wall money",
    """WASHINGTON, Jan 25 (Tidewater Record) - President Donald Trump on Friday agreed to reopen the federal government for three weeks without the $5.7 billion he had demanded for a border wall, backing down after a 35-day shutdown that left hundreds of thousands of workers unpaid.

Speaking in the Rose Garden, Trump said he would sign a bill funding the closed agencies until Feb. 15 while a committee of lawmakers negotiated on border security. He said workers would receive their back pay quickly.

He warned that if Congress did not produce a fair deal by Feb. 15, the government would either close again or he would use his emergency powers to build the barrier.

The announcement came hours after flight delays spread at New York's LaGuardia airport because of a shortage of unpaid air traffic controllers. Sara Nelson, head of the flight attendants' union, had called for a general strike to end the shutdown.""",
    [(WH, REOPEN, S, "agreed to reopen the federal government for three weeks without the $5.7 billion", True),
     (WH, NE, C, "if Congress did not produce a fair deal by Feb. 15", True)])

# 026
art("2019-01-26T01:20:00Z", "beltway-wire", "congress-passes-stopgap-trump-signs",
    "Congress passes three-week funding bill, Trump signs it, shutdown ends",
    """WASHINGTON, Jan 25 (Beltway Wire) - Congress on Friday passed a bill to reopen the federal government until Feb. 15 and President Donald Trump signed it late in the evening, ending the longest shutdown in US history.

Senate Majority Leader Mitch McConnell moved the bill through the Senate without objection within hours of the president's announcement, saying he was glad it now had the president's support. The House followed by voice vote.

House Speaker Nancy Pelosi said the government should never again be shut down over a policy dispute. Asked whether Democrats would now consider money for a wall in the talks, she asked reporters whether she had not been clear, and said there would be no wall money.

J. David Cox of the American Federation of Government Employees welcomed the reopening but said workers could not live three weeks at a time and urged lawmakers to fund the government for the full year.""",
    [(WH, REOPEN, S, "President Donald Trump signed it late in the evening", True),
     (SR, REOPEN, S, "moved the bill through the Senate without objection", True),
     (HD, REOPEN, S, "the government should never again be shut down over a policy dispute", True),
     (HD, WALL, O, "said there would be no wall money", True),
     (FU, REOPEN, S, "welcomed the reopening", True)])

# 027
art("2019-01-26T17:50:00Z", "plains-courier", "conservatives-fume-meadows-wall-must-come",
    "Conservatives fume at retreat; Meadows says the wall must still come",
    """WASHINGTON, Jan 26 (Plains Courier) - Conservative commentators on Saturday attacked President Donald Trump's decision to reopen the government without wall money, with Ann Coulter calling him the biggest wimp ever to serve as president.

Mark Meadows, chairman of the House Freedom Caucus, was more measured. He declined to say whether he would have voted for the stopgap, but said the caucus would not support any final agreement that left out real money for a wall. He said the president should use his emergency powers to build it if the negotiators failed.

Some Republican strategists predicted the president had been weakened in the talks ahead. Others said the three weeks gave him cover to declare an emergency later.

The committee of House and Senate negotiators is expected to meet for the first time next week.""",
    [(FC, WALL, S, "would not support any final agreement that left out real money for a wall", True),
     (FC, NE, C, "the president should use his emergency powers to build it if the negotiators failed", True)])

# 028
art("2019-01-27T16:30:00Z", "harbor-post", "mulvaney-emergency-still-on-table",
    "Mulvaney says emergency still on the table; Democrats hold firm",
    """WASHINGTON, Jan 27 (Harbor Post) - Acting White House chief of staff Mick Mulvaney said on Sunday that President Donald Trump was prepared to declare a national emergency to build the border wall if Congress did not give him the money by Feb. 15.

Mulvaney told a Sunday talk show that the president did not want to use emergency powers but would do so if the negotiators came back empty-handed. He said the president still hoped the negotiators would reach a deal.

Senator Bernie Sanders of Vermont, an independent who caucuses with Democrats, said a wall was a monument to racism and a waste of taxpayers' money.

Senator Dick Durbin said Democrats were ready to spend more on border technology and personnel. He said a wall was not the answer.""",
    [(WH, NE, C, "prepared to declare a national emergency to build the border wall if Congress", True),
     (SD, WALL, O, "He said a wall was not the answer.", True)])

# 029
art("2019-01-31T18:15:00Z", "granite-dispatch", "pelosi-no-wall-money-in-legislation",
    "Pelosi says no wall money in any deal; Trump says talks wasting time",
    """WASHINGTON, Jan 31 (Granite Dispatch) - House Speaker Nancy Pelosi said on Thursday there would be no money for a wall in any border security legislation coming out of the conference committee, a day after the panel held its first meeting.

Pelosi said Democrats were open to more border agents, scanners and ports of entry, but not a wall. President Donald Trump said on Twitter that the negotiators were "wasting their time" if they did not include money for a wall.

Republican negotiator Kay Granger, the top Republican on the House appropriations committee, said she believed the committee could still reach a deal. Senator Richard Shelby, who chairs the Senate appropriations panel, said he was hopeful but that the sides remained far apart.""",
    [(HD, WALL, O, "there would be no money for a wall in any border security legislation", True),
     (WH, WALL, S, "the negotiators were \"wasting their time\" if they did not include money for a wall", True)])

# 030
art("2019-02-12T03:30:00Z", "tidewater-record", "negotiators-reach-deal-in-principle",
    "Negotiators reach deal in principle with $1.375 billion for barriers",
    """WASHINGTON, Feb 11 (Tidewater Record) - House and Senate negotiators said on Monday night they had reached an agreement in principle to fund the government through September and avert a second shutdown, with about $1.375 billion for 55 miles of new barriers on the border.

The figure is far below the $5.7 billion President Donald Trump had sought. Senator Richard Shelby, the Republican who led the talks for the Senate, said the four lead negotiators backed the agreement and would ask their colleagues to pass it this week. Senator Patrick Leahy, the top Democrat on the Senate appropriations panel, said he supported it, and House appropriations chair Nita Lowey said she would urge Democrats to vote for it.

Trump, speaking at a rally in El Paso as the deal was announced, told the crowd he had been briefed on "progress". Aides said he had not yet seen the details.""",
    [(SR, CONF, S, "the four lead negotiators backed the agreement", True),
     (SD, CONF, S, "said he supported it", True),
     (HD, CONF, S, "Lowey said she would urge Democrats to vote for it", True)])

# 031
art("2019-02-12T21:05:00Z", "beltway-wire", "trump-not-happy-with-deal",
    "Trump says he is not happy with border deal but does not expect shutdown",
    """WASHINGTON, Feb 12 (Beltway Wire) - President Donald Trump said on Tuesday he was "not happy" with the tentative border security agreement reached by congressional negotiators but did not expect another government shutdown, leaving open whether he would sign it.

He said he would look at the final text and could supplement it with money from other sources. "Am I happy at first glance? The answer is no," he told reporters during a cabinet meeting.

Senate Majority Leader Mitch McConnell urged the president to accept the package, calling it a good deal that secured new barriers. Freedom Caucus chairman Mark Meadows criticised the agreement and said he could not support it because it offered too little money for a wall and limited detention beds.

Conservative television host Sean Hannity called the deal a "garbage compromise".""",
    [(WH, CONF, C, "He said he would look at the final text and could supplement it", True),
     (SR, CONF, S, "McConnell urged the president to accept the package", True),
     (FC, CONF, O, "he could not support it because it offered too little money", True)])

# 032
art("2019-02-13T20:00:00Z", "granite-dispatch", "unions-urge-passage-white-house-silent",
    "Unions urge quick passage of border deal; White House stays silent",
    """WASHINGTON, Feb 13 (Granite Dispatch) - Federal workers' unions on Wednesday urged Congress to pass the bipartisan border security agreement and the president to sign it, saying employees could not live through another shutdown.

Tony Reardon, president of the National Treasury Employees Union, said the agreement should be passed without delay. The American Federation of Government Employees said it backed the package.

The White House declined to say on Wednesday whether President Donald Trump would sign the agreement. Aides said the president was still reviewing the text, which was not yet finished.

Analysts said Trump was likely to sign and then look for wall money elsewhere, but some warned that a single message from the president could upend the deal. House Republican leader Kevin McCarthy said he thought the president would sign.""",
    [(FU, CONF, S, "the agreement should be passed without delay", True)])

# 033
art("2019-02-14T16:45:00Z", "harbor-post", "mcconnell-says-trump-will-sign-declare-emergency",
    "McConnell says Trump will sign deal and declare emergency, and he will back it",
    """WASHINGTON, Feb 14 (Harbor Post) - Senate Majority Leader Mitch McConnell said on Thursday that President Donald Trump had told him he would sign the border security deal and at the same time declare a national emergency to build the wall.

McConnell announced the news on the Senate floor moments before a vote on the bill, after a telephone call with the president. He said he had told Trump he would support the national emergency declaration. McConnell had privately cautioned the president against such a move in January, according to people familiar with their conversations. The announcement surprised many Republican senators, some of whom have long warned that an emergency would set a precedent a Democratic president could use.

House Speaker Nancy Pelosi said an emergency declaration would be an end run around Congress and that Democrats would weigh a legal challenge.

The Senate passed the funding bill 83-16 shortly afterwards. The House is expected to vote in the evening.""",
    [(WH, CONF, S, "he would sign the border security deal", False),
     (WH, NE, S, "at the same time declare a national emergency to build the wall", False),
     (SR, NE, S, "he would support the national emergency declaration", True),
     (HD, NE, O, "an emergency declaration would be an end run around Congress", True)])

# 034
art("2019-02-14T19:20:00Z", "plains-courier", "white-house-confirms-trump-will-sign-and-declare",
    "White House confirms Trump will sign funding bill and declare emergency",
    """WASHINGTON, Feb 14 (Plains Courier) - The White House confirmed on Thursday that President Donald Trump would sign the bipartisan funding bill to prevent another shutdown, and said he would also take executive action, including a national emergency declaration, to secure money for the wall.

Press secretary Sarah Sanders said in a statement that the president was keeping his promise to build the wall and protect the border. Officials said the emergency would allow the administration to tap military construction money.

In a joint statement, House Speaker Nancy Pelosi and Senate Democratic leader Chuck Schumer said declaring an emergency would be "a lawless act" and a gross abuse of presidential power. They said Congress would defend its authority over spending.

Some legal experts said lawsuits were likely within days.""",
    [(WH, CONF, S, "Trump would sign the bipartisan funding bill", True),
     (WH, NE, S, "including a national emergency declaration, to secure money for the wall", True),
     (HD, NE, O, "declaring an emergency would be \"a lawless act\"", True),
     (SD, NE, O, "declaring an emergency would be \"a lawless act\"", True)])

# 035
art("2019-02-15T18:40:00Z", "beltway-wire", "trump-declares-national-emergency",
    "Trump declares national emergency to build border wall",
    """WASHINGTON, Feb 15 (Beltway Wire) - President Donald Trump declared a national emergency on the southern border on Friday, aiming to redirect about $6.7 billion from military and drug-enforcement budgets to the wall that Congress refused to fund.

Speaking in the Rose Garden, Trump said the declaration would let him build the wall faster. He also acknowledged, "I didn't need to do this," remarks that Democrats said would help them in court. He signed the spending bill later on Friday, averting another shutdown.

House Speaker Nancy Pelosi and Senate Democratic leader Chuck Schumer said in a statement that they would use every remedy available to stop the declaration, in Congress and in the courts. California's attorney general said his state would sue.

The declaration is expected to face its first court test within weeks.""",
    [(WH, NE, S, "declared a national emergency on the southern border", True),
     (WH, CONF, S, "He signed the spending bill later on Friday", True),
     (HD, NE, O, "would use every remedy available to stop the declaration", True),
     (SD, NE, O, "would use every remedy available to stop the declaration", True)])

# 036
art("2019-02-26T23:30:00Z", "tidewater-record", "house-votes-to-end-emergency",
    "House votes to overturn Trump's border emergency",
    """WASHINGTON, Feb 26 (Tidewater Record) - The Democratic-led House of Representatives voted 245-182 on Tuesday to terminate President Donald Trump's national emergency declaration, setting up a vote in the Senate within weeks.

Thirteen Republicans joined Democrats in backing the resolution. Speaker Pelosi said the declaration was an unconstitutional power grab that the House had a duty to reject.

Trump has said he will veto the resolution if it reaches his desk, and he again defended the emergency on Tuesday as the only way to secure the border.

Several Republican senators, including Susan Collins and Lisa Murkowski, have said they will vote for the resolution, which needs only a simple majority. McConnell said he had not counted votes. Analysts expect the measure to pass the Senate but to fall well short of the two-thirds needed to override a veto.""",
    [(HD, NE, O, "the declaration was an unconstitutional power grab", True),
     (WH, NE, S, "he again defended the emergency on Tuesday", True)])

SHIFTS = [
    (WH, REOPEN, O, C, 3, "Sanders says the White House would look at whatever Congress passed and has 'other ways' to find wall money, signalling openness to a stopgap without wall money; in 001 Trump refused to sign bills without the wall."),
    (WH, REOPEN, C, O, 5, "Trump tells House Republican leaders he will not sign the Senate stopgap without wall money, reversing the openness signalled in 003."),
    (SR, REOPEN, S, C, 7, "McConnell says the Senate will not vote on any funding bill until the president and Democrats agree; in 003/004 he introduced and pushed through the clean stopgap."),
    (WH, REOPEN, O, S, 25, "Trump agrees in the Rose Garden to reopen the government for three weeks without the $5.7 billion, after refusing stopgaps without wall money since 005."),
    (SR, REOPEN, C, S, 26, "McConnell moves the three-week stopgap without wall money through the Senate; since 007 he had refused votes on bills lacking the president's backing."),
    (SR, NE, O, S, 33, "McConnell says on the Senate floor he told Trump he will support the emergency declaration; baseline oppose (he had privately cautioned against it, as 033 itself notes)."),
    (WH, CONF, C, S, 34, "The White House confirms Trump will sign the bipartisan bill; in 031 he was 'not happy' and would only look at the final text. McConnell's report in 033 is unattributed and does not move the stance."),
    (WH, NE, C, S, 34, "The White House says Trump will declare a national emergency; until then (012, 016, 017, 025, 028) he only threatened it if talks failed. McConnell's report in 033 does not move it."),
]


def nid(i):
    return f"{i:03d}"


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    arts = []
    for i, a in enumerate(A, start=1):
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = f"https://example.org/{a['outlet']}/{dt:%Y/%m/%d}/{a['slug']}"
        rec = {"id": nid(i), "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url,
               "title": a["title"], "text": a["text"]}
        arts.append((rec, a, dt))
        with open(os.path.join(HERE, "articles", f"{nid(i)}.json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for key, name in OUTLETS.items():
        items = [(r, dt) for r, a, dt in arts if a["outlet"] == key]
        last = max(dt for _, dt in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch us-shutdown-border-wall-2019 blind set</description>",
               "    <language>en</language>", f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>"]
        for r, dt in sorted(items, key=lambda x: x[1], reverse=True):
            out += ["    <item>", f"      <title>{escape(r['title'])}</title>", f"      <link>{escape(r['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(r["url"])}</guid>',
                    f"      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>",
                    f"      <description>{escape(r['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{key}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    claims = {}
    for r, a, _ in arts:
        claims[r["id"]] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                           for c in a["claims"]]
    shifts = [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": nid(s[4]), "why": s[5]}
              for s in SHIFTS]
    shift_ids = {s["article"] for s in shifts}
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [r["id"] for r, _, _ in arts if r["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return arts, labels


def load_watchlist():
    # tiny reader for this file's own flat layout (keeps build.py free of PyYAML)
    actors, issues, baseline = set(), set(), []
    section = None
    for line in open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8"):
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


def validate(arts, labels):
    errs = []
    actors, issues, baseline = load_watchlist()
    texts = {r["id"]: r["text"] for r, _, _ in arts}
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if files != sorted(texts):
        errs.append(f"article files {files} != ids {sorted(texts)}")
    if sorted(labels["claims"]) != sorted(texts):
        errs.append("claims keys do not match article ids")
    pubs = [r["published"] for r, _, _ in arts]
    if pubs != sorted(pubs):
        errs.append("ids are not in publication order")
    for r, _, _ in arts:
        n = len(r["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{r['id']}: {n} words")
        json.load(open(os.path.join(HERE, "articles", r["id"] + ".json"), encoding="utf-8"))
    for aid, cl in labels["claims"].items():
        seen = set()
        for c in cl:
            if c["quote"] not in texts[aid]:
                errs.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{aid}: quote over 15 words: {c['quote']!r}")
            if c["actor"] not in actors or c["issue"] not in issues:
                errs.append(f"{aid}: unknown actor/issue {c['actor']}/{c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"):
                errs.append(f"{aid}: bad stance {c['stance']}")
            t = (c["actor"], c["issue"])
            if t in seen:
                errs.append(f"{aid}: duplicate claim for {t}")
            seen.add(t)
    for a, i, s in baseline:
        if a not in actors or i not in issues:
            errs.append(f"baseline unknown {a}/{i}")
    # recompute shifts from attributed claims, in order, starting at baseline
    prev = {(a, i): s for a, i, s in baseline}
    derived = []
    dups = {"006": "005", "021": "020"}
    for aid in sorted(labels["claims"]):
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                derived.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(labelled):
        errs.append(f"shift mismatch:\n derived {sorted(derived)}\n labelled {sorted(labelled)}")
    for d, o in dups.items():
        strip = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cl)
        if strip(labels["claims"][d]) != strip(labels["claims"][o]):
            errs.append(f"duplicate {d} claims differ from {o}")
    for key in OUTLETS:
        p = os.path.join(HERE, "feeds", f"{key}.xml")
        rc = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if rc.returncode != 0:
            errs.append(f"xmllint {key}: {rc.stderr.strip()}")
    return errs


def summary(arts, labels):
    from collections import Counter
    allc = [c for cl in labels["claims"].values() for c in cl]
    st = Counter(c["stance"] for c in allc)
    print(f"articles {len(arts)}; claims {len(allc)} {dict(st)}; unattributed {sum(not c['attributed'] for c in allc)}; "
          f"shifts {len(labels['shifts'])} in {len({s['article'] for s in labels['shifts']})} articles; "
          f"empty {[k for k, v in labels['claims'].items() if not v]}")
    print("outlets", Counter(a["outlet"] for _, a, _ in arts))
    print("words min/max", min(len(r['text'].split()) for r, _, _ in arts), max(len(r['text'].split()) for r, _, _ in arts))


if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    summary(arts, labels)
    if errs:
        print("INVALID:\n" + "\n".join(errs))
        raise SystemExit(1)
    print("OK: all checks passed")
