#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set opec-plus-output-cut-2020.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
file, then validates them against watchlist.yaml (which is written by hand and only read here).
Run: python3 build.py   (exit status 0 means every check passed)
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

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "eastbrook-herald": "Eastbrook Herald",
    "quayside-report": "Quayside Report",
    "tidewater-ledger": "Tidewater Ledger",
    "summit-courier": "Summit Courier",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: (outlet slug, published UTC, url slug, title, text, claims)
ARTICLES = [
    # 001
    ("lantern-wire", "2020-03-04T16:20:00Z", "opec-panel-backs-deeper-cut-russia-noncommittal",
     "OPEC panel backs deeper oil cut as Russia keeps its counsel",
     """VIENNA, March 4 (Lantern Wire) - An OPEC+ advisory panel recommended on Wednesday that the group cut an extra 1.5 million barrels a day until the end of June to offset the slump in demand caused by the coronavirus outbreak, according to delegates at the meeting.

Saudi Energy Minister Prince Abdulaziz bin Salman told reporters at OPEC's headquarters that the kingdom wanted the additional reduction agreed this week and that producers had to act together. OPEC Secretary-General Mohammed Barkindo said the secretariat fully backed the panel's recommendation.

Russia's Energy Minister Alexander Novak, who attended the panel before flying back to Moscow for consultations, said Russia was ready to keep the existing curbs of 2.1 million barrels a day in place beyond their expiry at the end of March. He declined to say whether Moscow would sign up to the deeper cut.

Ministers from the full OPEC+ group are due to meet on Friday, a day after OPEC members hold their own conference.

Oil prices have fallen by about a fifth since the start of the year as factories and airlines in China cut back on fuel.""",
     [C("saudi-arabia", "opec-plus-deep-cut", "support", "the kingdom wanted the additional reduction agreed this week"),
      C("opec", "opec-plus-deep-cut", "support", "the secretariat fully backed the panel's recommendation"),
      C("russia", "rollover-only", "support", "Russia was ready to keep the existing curbs of 2.1 million barrels a day")]),

    # 002
    ("eastbrook-herald", "2020-03-05T17:45:00Z", "opec-agrees-deeper-cut-onus-on-russia",
     "OPEC agrees 1.5 million bpd cut, puts onus on Russia",
     """VIENNA, March 5 (Eastbrook Herald) - OPEC ministers agreed on Thursday to propose an additional cut of 1.5 million barrels a day for the rest of the year, with 1 million to come from OPEC members and 500,000 from Russia and the group's other allies.

The decision, announced in a statement from the organisation, also calls for the existing curbs to be extended to the end of 2020. It needs the allies to sign on at a meeting on Friday.

Prince Abdulaziz said the kingdom saw no point in merely extending the current deal while demand was collapsing, and urged Russia to back the deeper cut.

Delegates said Moscow had signalled it might accept a smaller additional reduction, though Russian officials made no public comment. In Moscow, Kremlin spokesman Dmitry Peskov said Russia considered its cooperation with OPEC useful but declined to say whether it would agree to the new figure.

Novak is expected back in Vienna on Friday morning.

Analysts at several banks said the market was already pricing in a deal, and warned of a sharp sell-off if Russia walked away.""",
     [C("opec", "opec-plus-deep-cut", "support", "OPEC ministers agreed on Thursday to propose an additional cut of 1.5 million barrels"),
      C("saudi-arabia", "rollover-only", "oppose", "the kingdom saw no point in merely extending the current deal"),
      C("saudi-arabia", "opec-plus-deep-cut", "support", "urged Russia to back the deeper cut"),
      C("russia", "opec-plus-deep-cut", "conditional", "Moscow had signalled it might accept a smaller additional reduction", False)]),

    # 003
    ("lantern-wire", "2020-03-06T15:30:00Z", "russia-rejects-deeper-cut-pact-collapses",
     "Russia rejects deeper OPEC+ cut, three-year pact collapses",
     """VIENNA, March 6 (Lantern Wire) - Russia refused on Friday to join the deeper oil production cut proposed by OPEC, bringing an end to more than three years of supply management between Moscow and the producer group.

Energy Minister Alexander Novak told reporters after five hours of talks at OPEC's headquarters that Russia would not accept the additional 1.5 million barrels a day. He said Moscow had instead offered to extend the existing curbs until the end of June, an idea that was turned down.

Since no decision was taken, Novak said, no country would be bound by any limits from April 1.

OPEC delegates said Saudi Arabia had refused to settle for a simple extension. OPEC Secretary-General Mohammed Barkindo described the outcome as regrettable and said the organisation would keep pressing for a cut.

Saudi Energy Minister Prince Abdulaziz bin Salman left the building without taking questions. Asked earlier in the day whether the kingdom would raise its own output if the talks failed, he said only that reporters would have to wait and see.

Brent crude fell about 9% to below $46 a barrel, one of its steepest daily falls in years.""",
     [C("russia", "opec-plus-deep-cut", "oppose", "Russia would not accept the additional 1.5 million barrels a day"),
      C("russia", "rollover-only", "support", "Moscow had instead offered to extend the existing curbs until the end of June"),
      C("saudi-arabia", "rollover-only", "oppose", "Saudi Arabia had refused to settle for a simple extension", False),
      C("opec", "opec-plus-deep-cut", "support", "the organisation would keep pressing for a cut")]),

    # 004 (duplicate of 003)
    ("summit-courier", "2020-03-06T17:05:00Z", "opec-plus-alliance-breaks-up-moscow-refuses",
     "OPEC+ alliance breaks up as Moscow refuses deeper cuts",
     """VIENNA, March 6 (Summit Courier) - Russia on Friday refused to join the deeper oil output cut proposed by OPEC, ending more than three years of cooperation between Moscow and the producer group on supply.

After five hours of talks at OPEC's Vienna headquarters, Energy Minister Alexander Novak told reporters that Russia would not accept the additional 1.5 million barrels a day. He said Moscow had instead offered to extend the existing curbs until the end of June, but the proposal was rejected.

With no decision taken, Novak said, no country would be bound by output limits from April 1.

According to OPEC delegates, Saudi Arabia had refused to settle for a simple extension. The organisation's secretary-general, Mohammed Barkindo, called the outcome regrettable and said the organisation would keep pressing for a cut.

Saudi Energy Minister Prince Abdulaziz bin Salman did not take questions as he left. Earlier in the day, asked whether the kingdom would raise its own output if the talks failed, he told reporters they would have to wait and see.

Brent crude slid about 9% to under $46 a barrel, one of its steepest daily falls in years.""",
     [C("russia", "opec-plus-deep-cut", "oppose", "Russia would not accept the additional 1.5 million barrels a day"),
      C("russia", "rollover-only", "support", "Moscow had instead offered to extend the existing curbs until the end of June"),
      C("saudi-arabia", "rollover-only", "oppose", "Saudi Arabia had refused to settle for a simple extension", False),
      C("opec", "opec-plus-deep-cut", "support", "the organisation would keep pressing for a cut")]),

    # 005
    ("quayside-report", "2020-03-08T20:10:00Z", "aramco-slashes-prices-plans-output-jump",
     "Saudi Aramco slashes prices, plans output jump as price war begins",
     """DUBAI, March 8 (Quayside Report) - Saudi Aramco cut its official selling prices for April by $6 to $8 a barrel on Saturday, the steepest reduction in at least 20 years, and plans to raise its crude production well above 10 million barrels a day next month, according to people familiar with the matter.

The state oil company's new price list offers Asian refiners its Arab Light grade at a discount of several dollars to the regional benchmark, and cuts prices for buyers in Europe and the United States even more sharply.

The kingdom is opening the taps after Russia refused on Friday to join a deeper cut. Traders said Riyadh appeared determined to win back market share from Moscow and from US shale producers.

Aramco did not respond to a request for comment on the production plans. Saudi Arabia's energy ministry has said nothing publicly since the Vienna talks broke down.

Moscow had no immediate comment. Russian oil companies said they were able to raise output by several hundred thousand barrels a day within weeks.

Analysts said the move marked the start of an all-out price war and that Brent could drop toward $30.""",
     [C("saudi-arabia", "saudi-ends-price-war", "oppose", "Saudi Aramco cut its official selling prices for April by $6 to $8 a barrel"),
      C("russia", "opec-plus-deep-cut", "oppose", "Russia refused on Friday to join a deeper cut", False)]),

    # 006
    ("tidewater-ledger", "2020-03-09T21:30:00Z", "oil-worst-day-since-1991",
     "Oil suffers worst day since 1991 as Saudi-Russian feud deepens",
     """NEW YORK, March 9 (Tidewater Ledger) - Oil prices plunged by about a quarter on Monday, their steepest one-day fall since the 1991 Gulf War, as investors braced for a flood of Saudi and Russian crude into a market already hit by the coronavirus.

US President Donald Trump welcomed the slide in a post on Twitter, calling cheaper fuel "good for the consumer." The White House did not say whether Trump had spoken to Saudi or Russian leaders about the collapse of their pact.

In Moscow, Russia's Finance Ministry said the country's reserve fund was large enough to cope with oil between $25 and $30 a barrel for six to ten years. Energy Minister Alexander Novak said Russia saw no reason to go back to the negotiating table on output cuts for now.

Shares in US shale producers fell sharply, and several drillers announced plans to cut spending.

Analysts at two Wall Street banks said Riyadh might be willing to return to talks within weeks if prices stayed low, though neither expected a quick truce.""",
     [C("russia", "opec-plus-deep-cut", "oppose", "Russia saw no reason to go back to the negotiating table on output cuts")]),

    # 007
    ("eastbrook-herald", "2020-03-10T12:00:00Z", "aramco-record-april-supply-novak-door-open",
     "Aramco to pump record 12.3 million bpd in April; Novak says door not closed",
     """RIYADH, March 10 (Eastbrook Herald) - Saudi Aramco will supply its customers with 12.3 million barrels of crude a day in April, chief executive Amin Nasser said on Tuesday, 300,000 barrels a day above its maximum sustainable capacity and far above the roughly 9.7 million it has been pumping.

Nasser said the company would draw on its stockpiles to meet the extra supply and had no plans to revise the figure.

In Moscow, Russian Energy Minister Alexander Novak said the door to cooperation with OPEC had not been closed and that further meetings were possible. But he said Russian companies could raise output by up to 500,000 barrels a day, and that Moscow was not preparing to revisit the cut it had turned down in Vienna.

Kremlin spokesman Dmitry Peskov said Russia was not in a price war with anyone.

Brent recovered part of Monday's losses, trading near $37 a barrel. Traders said the Saudi move left little room for a quick return to talks.""",
     [C("saudi-arabia", "saudi-ends-price-war", "oppose", "Saudi Aramco will supply its customers with 12.3 million barrels of crude a day"),
      C("russia", "opec-plus-deep-cut", "oppose", "Moscow was not preparing to revisit the cut it had turned down in Vienna")]),

    # 008
    ("quayside-report", "2020-03-11T09:40:00Z", "saudi-orders-aramco-13-million-capacity",
     "Saudi Arabia orders Aramco to lift capacity to 13 million bpd",
     """DUBAI, March 11 (Quayside Report) - Saudi Arabia's energy ministry has directed Aramco to raise its maximum production capacity to 13 million barrels a day, the state oil company said in a filing on Wednesday, a step that would let the kingdom keep pumping at record levels for longer.

The announcement came hours after Abu Dhabi's state oil company said it would push supply above 4 million barrels a day in April, joining the race for market share.

Neither Riyadh nor Abu Dhabi made any reference to the collapsed talks with Russia. A Gulf official, speaking on condition of anonymity, said the Saudis wanted to show Moscow what a market without production discipline looked like.

Raising capacity by a million barrels a day would take months and cost billions of dollars, analysts said, and the plan could be quietly shelved if prices recovered.

OPEC's basket of crudes fell to $34.70 a barrel on Tuesday, according to figures published by the secretariat.""",
     [C("saudi-arabia", "saudi-ends-price-war", "oppose", "energy ministry has directed Aramco to raise its maximum production capacity to 13 million")]),

    # 009
    ("tidewater-ledger", "2020-03-17T11:15:00Z", "norway-no-plans-to-cut-output",
     "Norway rules out joining oil output cuts despite price slump",
     """OSLO, March 17 (Tidewater Ledger) - Norway has no plans to cut its oil production to support prices, the petroleum ministry said on Tuesday, even as the collapse of the OPEC+ pact and the spread of the coronavirus pushed Brent crude toward $30 a barrel.

A ministry spokeswoman said Western Europe's largest producer left output decisions to the companies operating its fields and that the government did not intend to intervene. Norway last imposed production curbs in 2002, when it joined an effort led by OPEC.

The price crash has hit Norway's economy hard. The crown fell to a record low against the euro last week, and the central bank cut interest rates in an emergency move. The country's sovereign wealth fund, the world's largest, has lost tens of billions of dollars in value since January.

Equinor, the state-controlled energy company, said it would cut its investment budget this year but keep its fields running.

Industry analysts in Oslo said Norway could come under pressure to join a wider deal if one emerged, but none expected the government to change course soon.""",
     [C("norway", "outside-producers-cut", "oppose", "Norway has no plans to cut its oil production to support prices")]),

    # 010 (no claims)
    ("summit-courier", "2020-03-18T22:00:00Z", "saudis-set-to-blink-oil-17-year-low",
     "Saudis set to blink as oil sinks to 17-year low",
     """LONDON, March 18 (Summit Courier) - Brent crude fell to its lowest level in 17 years on Wednesday, dropping below $25 a barrel, as coronavirus lockdowns across Europe and North America wiped out demand for jet fuel and petrol. US crude fell more than 20% in a single session.

Traders and analysts said the slump raised the question of how long the price war could last. Some speculated that Riyadh could seek a truce with Moscow within weeks; others said the kingdom might hold out for months to punish higher-cost rivals.

A Saudi energy ministry spokesman declined to comment on whether the kingdom was reconsidering its April supply plans. Russian officials did not respond to questions.

Tanker rates have jumped as buyers rushed to book ships for cheap crude, and storage tanks on land are filling quickly. Several consultancies cut their demand forecasts for the second quarter, with one predicting the steepest annual drop on record.

No meeting of oil ministers is scheduled, and delegates said none was likely before the existing curbs expire at the end of the month.""",
     []),

    # 011
    ("lantern-wire", "2020-03-19T18:30:00Z", "us-weighs-energy-envoy-to-riyadh",
     "US weighs sending energy envoy to Riyadh as shale reels",
     """WASHINGTON, March 19 (Lantern Wire) - The US Energy Department is preparing to send a special envoy to Saudi Arabia to press the kingdom to pull back from its output surge, officials said on Thursday, as the price war threatens thousands of jobs in American oil fields.

Energy Secretary Dan Brouillette told reporters that Washington wanted Riyadh to rein in its production and help stabilise the market, and that the administration was talking to both Saudi and Russian officials.

Asked whether he would intervene personally, President Donald Trump said he would get involved at the appropriate time and noted that low prices were good for drivers.

Several Republican senators from oil-producing states wrote to Crown Prince Mohammed bin Salman this week, accusing the kingdom of waging economic war on American producers and urging it to reverse course.

Saudi Arabia's embassy in Washington did not respond to a request for comment.

Shares of shale producers have fallen by half this month, and several companies have slashed their drilling budgets.""",
     [C("usa", "saudi-ends-price-war", "support", "Washington wanted Riyadh to rein in its production and help stabilise the market")]),

    # 012
    ("eastbrook-herald", "2020-03-25T14:00:00Z", "pompeo-urges-saudi-crown-prince-calm-markets",
     "Pompeo urges Saudi crown prince to calm oil markets",
     """WASHINGTON, March 25 (Eastbrook Herald) - Secretary of State Mike Pompeo urged Saudi Crown Prince Mohammed bin Salman to rise to the occasion and reassure energy and financial markets, the State Department said after a phone call between the two on Tuesday.

According to the department's account of the call, Pompeo said a global emergency was no time to add to the turmoil in markets, and he asked Riyadh to step back from its production increase.

Saudi state media reported the call but made no mention of oil, saying only that the two men had discussed the coronavirus pandemic and regional security.

There is no sign yet of a change of course. Aramco confirmed on Monday that it would keep supplying 12.3 million barrels a day next month, and tanker trackers said Saudi loadings for April were on course for a record.

The US oil industry is divided over how the administration should respond. The American Petroleum Institute has said it opposes government-ordered production limits, while some smaller drillers have asked Texas regulators to consider them.""",
     [C("usa", "saudi-ends-price-war", "support", "asked Riyadh to step back from its production increase"),
      C("saudi-arabia", "saudi-ends-price-war", "oppose", "Aramco confirmed on Monday that it would keep supplying 12.3 million barrels a day")]),

    # 013
    ("summit-courier", "2020-03-31T16:40:00Z", "putin-trump-discuss-oil-saudi-record-may-exports",
     "Putin and Trump discuss oil as Saudi Arabia plans record May exports",
     """MOSCOW, March 31 (Summit Courier) - Russian President Vladimir Putin and US President Donald Trump discussed the state of the global oil market in a phone call late on Monday and agreed that their energy ministers would hold consultations, the Kremlin said in a statement.

The statement gave no details, and Kremlin spokesman Dmitry Peskov told reporters on Tuesday that there were no plans for talks on a new OPEC+ deal. Asked whether Moscow would consider cutting output, he said it was too early to say.

In Riyadh, an energy ministry official said Saudi Arabia would raise its crude exports to more than 10.6 million barrels a day from May, on top of the record volumes planned for April. The official said the kingdom had held no contacts with Russian officials about enlarging the OPEC+ group or balancing the market.

Oil traders said the phone call did little to lift hopes of a truce. Brent was trading near $23 a barrel on Tuesday, down about 65% since January.""",
     [C("saudi-arabia", "saudi-ends-price-war", "oppose", "Saudi Arabia would raise its crude exports to more than 10.6 million barrels a day")]),

    # 014
    ("tidewater-ledger", "2020-04-01T23:10:00Z", "trump-saudis-russians-going-crazy",
     "Trump says Saudis and Russians 'going crazy', rules out ordering US cuts",
     """WASHINGTON, April 1 (Tidewater Ledger) - President Donald Trump said on Wednesday that Saudi Arabia and Russia were "going crazy" with their fight over market share and that he would meet the heads of major US oil companies on Friday to discuss the damage to American producers.

Trump told a White House briefing he had spoken to both Saudi Crown Prince Mohammed bin Salman and Russian President Vladimir Putin in recent days and believed they would settle their dispute within a few days.

Asked whether the United States would trim its own production as part of a global pact, Trump said the market was already doing that and that the government would not tell companies how much to pump. American output, he said, was falling on its own because of low prices.

US crude production hit a record of about 13 million barrels a day earlier this year, making the country the world's largest producer. Some Texas officials have floated the idea of state-mandated curbs.

Saudi and Russian officials did not comment on Trump's remarks.""",
     [C("usa", "outside-producers-cut", "oppose", "the government would not tell companies how much to pump")]),

    # 015
    ("lantern-wire", "2020-04-02T19:20:00Z", "saudi-calls-emergency-opec-plus-meeting",
     "Saudi Arabia calls emergency OPEC+ meeting after Trump predicts big cut",
     """RIYADH, April 2 (Lantern Wire) - Saudi Arabia called on Thursday for an urgent meeting of OPEC+ and other oil producers to seek a fair agreement that would restore balance to the oil market, hours after US President Donald Trump said he expected Riyadh and Moscow to cut output sharply.

The kingdom was prepared to pull back from its record output, but only if other producers, including some outside OPEC+, agreed to share the burden, an energy ministry official said. According to the official Saudi Press Agency, the call for a meeting came at the request of Crown Prince Mohammed bin Salman.

Trump wrote on Twitter that he had just spoken with the crown prince, who had in turn spoken with Putin, and that he expected and hoped they would cut about 10 million barrels a day, perhaps much more. He said the United States wanted the two countries to make a deal.

In Moscow, Kremlin spokesman Dmitry Peskov denied that Putin had spoken with the Saudi crown prince and said no agreement on cuts had been reached.

Brent jumped as much as 47% during the session before settling about 21% higher.""",
     [C("saudi-arabia", "saudi-ends-price-war", "conditional", "prepared to pull back from its record output, but only if other producers"),
      C("saudi-arabia", "opec-plus-deep-cut", "support", "to seek a fair agreement that would restore balance to the oil market"),
      C("saudi-arabia", "outside-producers-cut", "support", "other producers, including some outside OPEC+, agreed to share the burden"),
      C("usa", "opec-plus-deep-cut", "support", "the United States wanted the two countries to make a deal")]),

    # 016
    ("quayside-report", "2020-04-03T15:50:00Z", "putin-ready-for-10-million-cut-if-us-joins",
     "Putin says Russia ready for 10 million bpd cut if US joins, blames Riyadh",
     """MOSCOW, April 3 (Quayside Report) - President Vladimir Putin said on Friday that Russia was ready to take part in a joint cut of around 10 million barrels a day, provided that other big producers, including the United States, played their part.

Speaking at a video meeting with energy officials and oil company bosses, Putin said Russia had no interest in a collapse in prices and that agreements had to be reached on a broad basis. He blamed the breakdown of the OPEC+ pact on Saudi Arabia's decision to walk away from it and raise output, which he said was an attempt to push out American shale producers.

Energy Minister Alexander Novak, who attended the meeting, said Russia would not sign any agreement that did not include cuts by producers outside OPEC+.

Igor Sechin, head of the state oil company Rosneft, who had lobbied against cuts in the past, did not speak at the meeting.

In Washington, Trump met executives from Exxon Mobil, Chevron and other companies at the White House. He told reporters afterwards that the meeting had been about the industry's survival, and declined to say whether he had asked them to reduce output.""",
     [C("russia", "opec-plus-deep-cut", "conditional", "provided that other big producers, including the United States, played their part"),
      C("russia", "outside-producers-cut", "support", "Russia would not sign any agreement that did not include cuts by producers outside OPEC+")]),

    # 017
    ("eastbrook-herald", "2020-04-04T18:00:00Z", "trump-vows-tariffs-saudi-russian-oil",
     "Trump vows tariffs on Saudi and Russian oil",
     """WASHINGTON, April 4 (Eastbrook Herald) - President Donald Trump said on Saturday he would consider putting tariffs on foreign crude if that was what it took to protect American oil workers from the Saudi-Russian price war.

Speaking at the White House, Trump said he would use tariffs only if Saudi Arabia and Russia failed to fix the situation themselves, adding that he did not expect it to come to that. He said both countries wanted a deal.

Some shale producers, including Continental Resources, have urged the administration to act against what they call dumping, while larger companies such as Exxon Mobil have argued that tariffs would hurt refiners.

In Riyadh, Foreign Minister Prince Faisal bin Farhan said it was Russia that had rejected the cut in Vienna and called Moscow's version of events false. Energy Minister Prince Abdulaziz bin Salman said the kingdom still wanted a broad deal to cut output and stood ready to join one.

OPEC+ ministers had been due to meet by video link on Monday, though delegates said the meeting was likely to slip.""",
     [C("usa", "us-oil-tariffs", "conditional", "he would use tariffs only if Saudi Arabia and Russia failed to fix the situation"),
      C("saudi-arabia", "opec-plus-deep-cut", "support", "the kingdom still wanted a broad deal to cut output"),
      C("russia", "opec-plus-deep-cut", "support", "He said both countries wanted a deal", False)]),

    # 018 (duplicate of 017)
    ("tidewater-ledger", "2020-04-04T20:30:00Z", "trump-says-oil-tariffs-possible",
     "Trump says oil tariffs possible if Saudis, Russians fail to act",
     """WASHINGTON, April 4 (Tidewater Ledger) - US President Donald Trump said on Saturday that he would consider tariffs on imported crude if that was what it took to shield American oil workers from the price war between Saudi Arabia and Russia.

At a White House briefing, Trump said he would use tariffs only if Saudi Arabia and Russia failed to fix the situation themselves, and said he did not expect things to come to that. He said both countries wanted a deal.

Smaller shale drillers such as Continental Resources have pressed the administration to act against what they describe as dumping, but bigger companies including Exxon Mobil argue that tariffs would hurt refiners.

In Riyadh, Foreign Minister Prince Faisal bin Farhan said it was Russia that had rejected the cut in Vienna and dismissed Moscow's account as false. Energy Minister Prince Abdulaziz bin Salman said the kingdom still wanted a broad deal to cut output and stood ready to join one.

Delegates said a video meeting of OPEC+ ministers planned for Monday would probably be delayed.""",
     [C("usa", "us-oil-tariffs", "conditional", "he would use tariffs only if Saudi Arabia and Russia failed to fix the situation"),
      C("saudi-arabia", "opec-plus-deep-cut", "support", "the kingdom still wanted a broad deal to cut output"),
      C("russia", "opec-plus-deep-cut", "support", "He said both countries wanted a deal", False)]),

    # 019 (no claims)
    ("summit-courier", "2020-04-05T12:00:00Z", "opec-plus-video-meeting-pushed-to-thursday",
     "OPEC+ video meeting pushed back to Thursday",
     """LONDON, April 5 (Summit Courier) - An emergency meeting of OPEC+ oil producers that had been expected on Monday has been moved to Thursday, April 9, to allow more time for talks, delegates said on Sunday.

The ministers will meet by videoconference because of coronavirus restrictions, with the OPEC secretariat in Vienna hosting the link. Delegates said the delay also reflected a war of words over the weekend between Riyadh and Moscow over who was to blame for the collapse of their earlier agreement.

Invitations have gone to several producers outside the group, including the United States, Canada, Norway, Brazil and Argentina, according to a list seen by this outlet, although it was unclear which of them would take part.

Energy ministers from the Group of 20 economies are expected to hold their own virtual meeting on Friday under the Saudi presidency of the group.

Analysts said the chances of a deal hinged on whether Washington would make any commitment of its own. Traders expect a volatile open on Monday.""",
     []),

    # 020
    ("quayside-report", "2020-04-08T10:30:00Z", "norway-open-to-oil-cut-if-global-deal",
     "Norway open to oil cut if broad global deal emerges",
     """OSLO, April 8 (Quayside Report) - Norway would consider cutting its oil output if a broad international agreement to curb production was reached, Petroleum and Energy Minister Tina Bru said on Wednesday, a change from the government's earlier position.

Bru said Norway would need to see the details of any deal first and that any reduction on its part would depend on the other major producers doing their share. She said the government had been in contact with several producing countries in recent days.

Last month the petroleum ministry said it had no plans to intervene in production decisions, which it leaves to the companies operating on the Norwegian continental shelf.

A ministry spokesman declined to say whether Norway had been invited to Thursday's OPEC+ videoconference.

In Canada, Alberta's premier Jason Kenney said his province was open to taking part in coordinated cuts, while the federal government in Ottawa said Canadian output was already falling because of the price slump.

Norway pumps about 1.7 million barrels of crude a day.""",
     [C("norway", "outside-producers-cut", "conditional", "Norway would consider cutting its oil output if a broad international agreement")]),

    # 021
    ("lantern-wire", "2020-04-08T17:40:00Z", "russia-says-cut-deal-depends-on-us",
     "Russia says cut deal depends on US joining",
     """MOSCOW, April 8 (Lantern Wire) - Russia is prepared to cut its oil output as part of a global deal only if the United States and other producers outside OPEC+ also reduce production, Kremlin spokesman Dmitry Peskov said on Wednesday, a day before a crucial videoconference of producers.

Peskov said Moscow expected Washington to take part in the effort, though he declined to say what form a US contribution should take. Kirill Dmitriev, head of Russia's direct investment fund and one of its negotiators with Riyadh, said the parties were very close to an agreement.

Russian officials also want cuts measured against first-quarter output rather than the record levels Saudi Arabia is pumping in April, sources familiar with the talks said.

In Washington, Energy Secretary Dan Brouillette said US output would fall on its own because of market forces, and repeated that the administration had no authority to order companies to produce less.

Saudi officials regard Moscow's insistence on US participation as reasonable, according to a person briefed on the talks.""",
     [C("russia", "opec-plus-deep-cut", "conditional", "as part of a global deal only if the United States and other producers"),
      C("russia", "outside-producers-cut", "support", "Moscow expected Washington to take part in the effort"),
      C("usa", "outside-producers-cut", "oppose", "the administration had no authority to order companies to produce less"),
      C("saudi-arabia", "outside-producers-cut", "support", "Saudi officials regard Moscow's insistence on US participation as reasonable", False)]),

    # 022
    ("eastbrook-herald", "2020-04-09T23:40:00Z", "opec-plus-agrees-record-cut-mexico-balks",
     "OPEC+ agrees record 10 million bpd cut, but Mexico balks",
     """LONDON, April 9 (Eastbrook Herald) - OPEC+ agreed in principle on Thursday to cut oil output by 10 million barrels a day in May and June, about a tenth of global supply, but the deal was left hanging after Mexico refused to accept its share during a videoconference that lasted more than nine hours.

Russian Energy Minister Alexander Novak said Russia had signed up to the reduction and would cut its production by about 2.5 million barrels a day from a baseline of 11 million. Saudi Energy Minister Prince Abdulaziz bin Salman said the kingdom backed the deal and would cut its own output to about 8.5 million barrels a day from more than 12 million in April.

Mexico's Energy Minister Rocio Nahle said her country would reduce output by 100,000 barrels a day over two months, a quarter of the roughly 400,000 barrels a day asked of it. She said Mexico supported stabilising the market but could not go further.

Delegates said Saudi Arabia had rejected Mexico's offer as inadequate and that the agreement could not take effect without Mexico.

Under the plan the cuts would ease to 8 million barrels a day from July to December.""",
     [C("russia", "opec-plus-deep-cut", "support", "Russia had signed up to the reduction"),
      C("saudi-arabia", "opec-plus-deep-cut", "support", "the kingdom backed the deal"),
      C("saudi-arabia", "saudi-ends-price-war", "support", "would cut its own output to about 8.5 million barrels a day"),
      C("mexico", "opec-plus-deep-cut", "conditional", "Mexico supported stabilising the market but could not go further"),
      C("mexico", "mexico-smaller-cut", "support", "her country would reduce output by 100,000 barrels a day over two months"),
      C("saudi-arabia", "mexico-smaller-cut", "oppose", "Saudi Arabia had rejected Mexico's offer as inadequate", False)]),

    # 023
    ("lantern-wire", "2020-04-10T18:30:00Z", "g20-energy-ministers-no-figures-saudis-firm-on-mexico",
     "G20 energy ministers pledge cooperation without figures; Saudis hold firm on Mexico",
     """RIYADH, April 10 (Lantern Wire) - Energy ministers from the Group of 20 economies promised on Friday to work together to keep the oil market stable, but their virtual meeting, chaired from Riyadh, ended without any figures for cuts by producers outside OPEC+.

US Energy Secretary Dan Brouillette told the meeting that American output could fall by 2 million to 3 million barrels a day by the end of the year as a result of market forces, according to a copy of his remarks.

Saudi Energy Minister Prince Abdulaziz bin Salman, who chaired the talks, said the OPEC+ agreement could not go ahead unless Mexico accepted the reduction assigned to it. He told reporters the kingdom wanted every producer at the table to make a real contribution.

Norway's petroleum ministry said separately that the country would look at ways to support the market but made no pledge.

OPEC Secretary-General Mohammed Barkindo said Thursday's agreement had shown leadership and urged all other producers to follow with cuts of their own.

Oil markets were closed for the Good Friday holiday.""",
     [C("saudi-arabia", "mexico-smaller-cut", "oppose", "the OPEC+ agreement could not go ahead unless Mexico accepted the reduction assigned to it"),
      C("saudi-arabia", "outside-producers-cut", "support", "the kingdom wanted every producer at the table to make a real contribution"),
      C("norway", "outside-producers-cut", "conditional", "would look at ways to support the market but made no pledge"),
      C("opec", "outside-producers-cut", "support", "urged all other producers to follow with cuts of their own"),
      C("opec", "opec-plus-deep-cut", "support", "Thursday's agreement had shown leadership")]),

    # 024
    ("summit-courier", "2020-04-10T23:00:00Z", "lopez-obrador-trump-to-cover-mexico-cut",
     "Lopez Obrador says Trump will cover part of Mexico's oil cut",
     """MEXICO CITY, April 10 (Summit Courier) - Mexican President Andres Manuel Lopez Obrador said on Friday that the United States had agreed to cut an extra 250,000 barrels a day on Mexico's behalf, allowing Mexico to limit its own reduction to 100,000 barrels a day.

Lopez Obrador told his morning news conference that he had spoken with President Donald Trump, who offered to help, and that Mexico would stick to the smaller figure. He said the state oil company Pemex needed to keep producing to repair its finances.

Hours later, Trump confirmed the arrangement at the White House, saying the United States would help Mexico out and that Mexico would pay Washington back at a later date. He said the extra US reduction would come from the cuts American producers were already making because of low prices, and repeated that he would not order companies to pump less.

Saudi and OPEC officials did not immediately say whether the offer would satisfy the rest of the group.""",
     [C("mexico", "mexico-smaller-cut", "support", "Mexico would stick to the smaller figure"),
      C("usa", "mexico-smaller-cut", "support", "the United States would help Mexico out"),
      C("usa", "outside-producers-cut", "oppose", "he would not order companies to pump less")]),

    # 025
    ("tidewater-ledger", "2020-04-11T15:00:00Z", "opec-chief-urges-mexico-to-join",
     "OPEC chief urges Mexico to join as deal hangs in the balance",
     """VIENNA, April 11 (Tidewater Ledger) - OPEC Secretary-General Mohammed Barkindo urged Mexico on Saturday to accept its share of the production cut, saying the whole agreement depended on every country doing its part.

Barkindo told reporters by phone that the secretariat was still working to close the gap. He declined to say whether Saudi Arabia would accept the US offer to absorb part of the Mexican cut.

In Mexico City, Energy Minister Rocio Nahle said Mexico would not go beyond the 100,000 barrels a day it had already offered, and that the country had made its position clear.

Russian officials said Moscow remained committed to the agreement reached on Thursday. Delegates said Russia and Saudi Arabia were discussing whether the deal could be finalised with Mexico's smaller contribution.

Saudi Arabia made no comment on Saturday. A Gulf delegate said the kingdom might accept Mexico's smaller cut in exchange for a firm US pledge, but that no decision had been taken.

Oil markets are closed for the Easter weekend.""",
     [C("opec", "mexico-smaller-cut", "oppose", "urged Mexico on Saturday to accept its share of the production cut"),
      C("mexico", "mexico-smaller-cut", "support", "Mexico would not go beyond the 100,000 barrels a day it had already offered"),
      C("russia", "opec-plus-deep-cut", "support", "Moscow remained committed to the agreement reached on Thursday")]),

    # 026
    ("quayside-report", "2020-04-12T19:30:00Z", "opec-plus-seals-record-cut-mexico-compromise",
     "OPEC+ seals record 9.7 million bpd cut after Mexico compromise",
     """DUBAI, April 12 (Quayside Report) - OPEC+ producers finalised on Sunday the largest output cut in their history, agreeing to reduce supply by 9.7 million barrels a day from May 1 after Saudi Arabia accepted Mexico's smaller contribution.

Saudi Energy Minister Prince Abdulaziz bin Salman said the kingdom had agreed to let Mexico cut only 100,000 barrels a day so that the deal could go ahead, with the United States making up the difference. The final figure is 300,000 barrels a day below the 10 million agreed in principle on Thursday.

Russia's Alexander Novak said the agreement was a good outcome for all participants and that Russia would start reducing output from May 1.

US President Donald Trump wrote on Twitter that the big oil deal with OPEC+ was done and thanked Putin and King Salman, saying he had spoken with both by phone. The Kremlin said the three leaders had expressed support for the agreement during the call.

Mexico's Energy Minister Rocio Nahle said Mexico's cut would remain 100,000 barrels a day, as it had offered.

Prices are expected to react when markets reopen on Monday.""",
     [C("saudi-arabia", "mexico-smaller-cut", "support", "the kingdom had agreed to let Mexico cut only 100,000 barrels a day"),
      C("russia", "opec-plus-deep-cut", "support", "the agreement was a good outcome for all participants"),
      C("usa", "opec-plus-deep-cut", "support", "wrote on Twitter that the big oil deal with OPEC+ was done"),
      C("saudi-arabia", "opec-plus-deep-cut", "support", "the three leaders had expressed support for the agreement", False),
      C("mexico", "mexico-smaller-cut", "support", "Mexico's cut would remain 100,000 barrels a day, as it had offered")]),

    # 027
    ("summit-courier", "2020-04-13T16:00:00Z", "trump-says-opec-plus-may-cut-20-million",
     "Trump says real OPEC+ cut could reach 20 million bpd",
     """WASHINGTON, April 13 (Summit Courier) - President Donald Trump said on Monday that the real reduction by OPEC+ and other producers could reach 20 million barrels a day, twice the headline figure, once lower purchases and stockpiling by other countries were counted.

Asked whether tariffs on foreign oil were still on the table, Trump said he saw no need for them now, though he would keep the option available if the price war resumed.

Energy Secretary Dan Brouillette said the administration would not ask companies to curb production and that any fall in US output would be left to the market. Congress has yet to approve funding to fill the Strategic Petroleum Reserve, which the administration had hoped to use to buy up surplus crude.

Saudi Arabia said on Monday it would reduce its crude supply to customers from May in line with the agreement.

Oil prices rose modestly as trading resumed after the holiday, as traders weighed whether the cuts were big enough to offset a collapse in demand that some estimate at 30 million barrels a day.""",
     [C("usa", "us-oil-tariffs", "conditional", "he would keep the option available if the price war resumed"),
      C("usa", "outside-producers-cut", "oppose", "the administration would not ask companies to curb production"),
      C("saudi-arabia", "saudi-ends-price-war", "support", "would reduce its crude supply to customers from May in line with the agreement")]),

    # 028 (no claims)
    ("tidewater-ledger", "2020-04-14T20:00:00Z", "texas-regulators-weigh-output-limits",
     "Texas regulators weigh first output limits in decades",
     """AUSTIN, April 14 (Tidewater Ledger) - Texas oil regulators heard more than 10 hours of testimony on Tuesday on whether the state should order producers to curb output for the first time since the 1970s, but put off a decision.

The Railroad Commission, which oversees the state's oil industry, is weighing a proposal backed by Pioneer Natural Resources and Parsley Energy to cut Texas production by 20%. Larger companies, including Exxon Mobil and Chevron, argued that the market should be left to adjust on its own.

Commissioner Ryan Sitton, who has spoken with Russia's energy minister and OPEC's secretary-general in recent weeks, said Texas should be part of the global response. Commissioner Wayne Christian said he was wary of outside pressure.

The commission said it would return to the issue next month.

Texas produces about 5 million barrels a day, more than any OPEC member except Saudi Arabia. Storage tanks at Cushing, Oklahoma, the delivery point for US crude futures, are filling fast.""",
     []),

    # 029
    ("eastbrook-herald", "2020-04-15T14:30:00Z", "mexico-to-trim-pemex-output-iea-warns",
     "Mexico to trim Pemex output as IEA warns deal falls short",
     """MEXICO CITY, April 15 (Eastbrook Herald) - President Andres Manuel Lopez Obrador said on Wednesday that Pemex would reduce its output by 100,000 barrels a day from May under the OPEC+ agreement, and that Mexico would not have accepted a larger cut.

Lopez Obrador said the arrangement under which the United States would absorb the rest of Mexico's share was a gesture of friendship from Trump, and that Mexico would settle the matter with Washington later. Energy Minister Rocio Nahle said Pemex would stay focused on raising production over the long run.

In Paris, the International Energy Agency said the agreement would not be enough to offset the immediate fall in demand, which it estimated at 29 million barrels a day in April, and that global stockpiles would keep rising in the first half of the year.

Saudi Aramco has begun informing customers in Asia that their May loadings will be lower than in April, according to refiners in the region.

Brent was trading near $28 a barrel.""",
     [C("mexico", "mexico-smaller-cut", "support", "Pemex would reduce its output by 100,000 barrels a day"),
      C("mexico", "opec-plus-deep-cut", "conditional", "Mexico would not have accepted a larger cut"),
      C("saudi-arabia", "saudi-ends-price-war", "support", "Saudi Aramco has begun informing customers in Asia that their May loadings will be lower", False)]),

    # 030 (no claims)
    ("summit-courier", "2020-04-20T22:10:00Z", "us-oil-price-turns-negative",
     "US oil price turns negative for the first time",
     """NEW YORK, April 20 (Summit Courier) - The price of US crude for May delivery fell below zero on Monday for the first time in history, settling at minus $37.63 a barrel, as traders holding expiring contracts paid others to take oil off their hands with storage running out.

The collapse was concentrated in the May contract, which expires on Tuesday. The June contract fell far less, to about $20, and Brent, the international benchmark, dropped about 9% to near $26.

Storage at Cushing, Oklahoma, the delivery hub for the contract, is filling rapidly, and traders said tankers off the US Gulf Coast and in the Gulf of Mexico were being booked to hold crude at sea.

The supply cuts agreed by OPEC+ earlier this month do not take effect until May 1, and analysts said they would do little to ease the glut in the short term. Several said output in the United States would fall faster than expected as drillers shut in wells.

The White House said the president would be briefed on the market on Tuesday.""",
     []),

    # 031
    ("lantern-wire", "2020-04-21T17:30:00Z", "saudi-ready-for-more-kremlin-no-new-talks",
     "Saudi Arabia ready for more action as oil rout deepens; Kremlin sees no need for new talks",
     """RIYADH, April 21 (Lantern Wire) - Saudi Arabia said on Tuesday it was ready to take additional measures together with OPEC+ and other producers to stabilise the market, a day after US crude prices turned negative.

A statement after the weekly cabinet meeting said the kingdom remained committed to the cut agreed this month and would begin reducing output from 12.3 million barrels a day to about 8.5 million on May 1, as pledged.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia would carry out its share of the reduction in full and saw no need for an emergency meeting of the group at this stage. He declined to say whether Moscow would support cutting more than agreed.

In Washington, Trump said on Twitter he had told his administration to draw up a plan to help US energy companies. Several Republican senators urged him to halt imports of Saudi crude, an idea Trump said he would look at.

OPEC Secretary-General Mohammed Barkindo said producers outside the group had to do their share, noting that US and Canadian output was already falling.""",
     [C("saudi-arabia", "opec-plus-deep-cut", "support", "the kingdom remained committed to the cut agreed this month"),
      C("saudi-arabia", "saudi-ends-price-war", "support", "would begin reducing output from 12.3 million barrels a day to about 8.5 million"),
      C("russia", "opec-plus-deep-cut", "support", "Russia would carry out its share of the reduction in full"),
      C("opec", "outside-producers-cut", "support", "producers outside the group had to do their share")]),

    # 032
    ("quayside-report", "2020-04-29T13:00:00Z", "norway-to-cut-oil-output-first-time-since-2002",
     "Norway to cut oil output for first time in 18 years",
     """OSLO, April 29 (Quayside Report) - Norway will cut its oil production by 250,000 barrels a day in June and by 134,000 barrels a day in the second half of the year, the government said on Wednesday, its first output curbs since 2002.

Petroleum and Energy Minister Tina Bru said Norway was acting because of the extraordinary situation in the market and in step with the international efforts led by OPEC+ and the G20. She said the decision had been taken unilaterally and was not the result of any request from other countries.

The cuts apply to all fields and amount to about 13% of planned output in June. The government also postponed the start of production at several new fields until next year.

Equinor, which operates most Norwegian fields, said it supported the decision.

Canada has not announced any mandated cuts, although output there is falling sharply as companies shut in wells. Texas regulators are due to decide next week whether to order curbs in the state.

Brent was trading near $22 a barrel.""",
     [C("norway", "outside-producers-cut", "support", "Norway will cut its oil production by 250,000 barrels a day in June")]),
]

SHIFTS = [
    {"actor": "russia", "issue": "opec-plus-deep-cut", "from": "conditional", "to": "oppose", "article": "003",
     "why": "Novak says Russia will not accept the extra 1.5 million bpd; before Vienna Moscow had hedged (baseline conditional, 001 declined to say, 002 delegates reported openness to a smaller cut)."},
    {"actor": "saudi-arabia", "issue": "saudi-ends-price-war", "from": "oppose", "to": "conditional", "article": "015",
     "why": "A Saudi energy ministry official says the kingdom would pull back from record output only if other producers share the burden; since 005 Aramco had slashed prices and set record April and May volumes."},
    {"actor": "russia", "issue": "opec-plus-deep-cut", "from": "oppose", "to": "conditional", "article": "016",
     "why": "Putin says Russia is ready for a joint cut of about 10 million bpd provided the US and others play their part; since 003 Moscow had refused to revisit any cut."},
    {"actor": "norway", "issue": "outside-producers-cut", "from": "oppose", "to": "conditional", "article": "020",
     "why": "Bru says Norway would consider cutting if a broad international deal is reached; in 009 (and the baseline) Norway had no plans to cut."},
    {"actor": "russia", "issue": "opec-plus-deep-cut", "from": "conditional", "to": "support", "article": "022",
     "why": "Novak says Russia has signed up to the 10 million bpd reduction; in 016 and 021 its participation was conditional on the US joining."},
    {"actor": "saudi-arabia", "issue": "saudi-ends-price-war", "from": "conditional", "to": "support", "article": "022",
     "why": "Abdulaziz says the kingdom will cut to about 8.5 million bpd from more than 12 million, i.e. drop the output surge; in 015 this was only offered on condition that others share the burden."},
    {"actor": "saudi-arabia", "issue": "mexico-smaller-cut", "from": "oppose", "to": "support", "article": "026",
     "why": "Abdulaziz says the kingdom agreed to let Mexico cut only 100,000 bpd; in 023 he said the deal could not go ahead unless Mexico accepted its assigned reduction."},
    {"actor": "norway", "issue": "outside-producers-cut", "from": "conditional", "to": "support", "article": "032",
     "why": "The government announces cuts of 250,000 bpd in June and 134,000 bpd in the second half; in 020 and 023 Norway only said it would consider or look at cuts."},
]

DUPLICATES = [("003", "004"), ("017", "018")]
STANCES = {"support", "oppose", "conditional"}
MONTHS = "Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec"


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal reader for this set's watchlist.yaml (no PyYAML): ids, issue fields and baseline."""
    actors, issues, baseline, issue_fields = [], [], [], {}
    section, current = None, None
    for raw in open(path, encoding="utf-8"):
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if re.match(r"^(actors|issues|baseline):\s*$", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m and section in ("actors", "issues"):
            current = m.group(1)
            (actors if section == "actors" else issues).append(current)
            if section == "issues":
                issue_fields[current] = ["id"]
            continue
        m = re.match(r"^    (\w+):", line)
        if m and section == "issues":
            issue_fields[current].append(m.group(1))
            continue
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline, issue_fields


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    records, claims = [], {}
    for i, (outlet, published, slug, title, text, cl) in enumerate(ARTICLES, 1):
        aid = "%03d" % i
        y, mo, d = published[:4], published[5:7], published[8:10]
        rec = {"id": aid, "published": published, "source": OUTLETS[outlet],
               "url": "https://example.org/%s/%s/%s/%s/%s" % (outlet, y, mo, d, slug),
               "title": title, "text": text}
        records.append((outlet, rec))
        claims[aid] = cl
        with open(os.path.join(HERE, "articles", aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write("\n")
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [r["id"] for _, r in records if r["id"] not in shift_ids]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    for outlet, name in OUTLETS.items():
        items = sorted([r for o, r in records if o == outlet], key=lambda r: r["published"], reverse=True)

        def rfc822(iso):
            return format_datetime(datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)

        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % outlet,
               "    <description>%s: fictional outlet for the shiftwatch blind evaluation set opec-plus-output-cut-2020</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for r in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(r["title"]),
                    "      <link>%s</link>" % escape(r["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                    "      <pubDate>%s</pubDate>" % rfc822(r["published"]),
                    "      <description>%s</description>" % escape(r["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", outlet + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    return [r for _, r in records], labels


def validate(records, labels):
    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("actors: %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("issues: %d" % len(issues))
    for iid, fields in issue_fields.items():
        if fields != ["id", "name", "description", "terms"]:
            fail("issue %s has fields %s" % (iid, fields))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            fail("bad baseline entry %s %s %s" % (a, i, s))
    if not 30 <= len(records) <= 34:
        fail("article count %d" % len(records))
    prev = ""
    for n, r in enumerate(records, 1):
        if r["id"] != "%03d" % n:
            fail("id order at %s" % r["id"])
        if r["published"] <= prev:
            fail("publication order at %s" % r["id"])
        prev = r["published"]
        words = len(r["text"].split())
        if not 120 <= words <= 260:
            fail("%s has %d words" % (r["id"], words))
        m = re.match(r"^[A-Z][A-Z .]+, (%s) \d{1,2} \(([^)]+)\) - " % MONTHS, r["text"])
        if not m or m.group(2) != r["source"]:
            fail("%s dateline" % r["id"])
    claims = labels["claims"]
    if sorted(claims) != [r["id"] for r in records]:
        fail("claims keys do not cover every article")
    text = {r["id"]: r["text"] for r in records}
    for aid, cl in claims.items():
        seen = {}
        for c in cl:
            if set(c) != {"actor", "issue", "stance", "quote", "attributed"}:
                fail("%s claim fields %s" % (aid, sorted(c)))
            if c["actor"] not in actors or c["issue"] not in issues:
                fail("%s unknown actor/issue %s/%s" % (aid, c["actor"], c["issue"]))
            if c["stance"] not in STANCES or not isinstance(c["attributed"], bool):
                fail("%s bad stance/attributed" % aid)
            if c["quote"] not in text[aid]:
                fail("%s quote not in text: %s" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                fail("%s quote longer than 15 words: %s" % (aid, c["quote"]))
            key = (c["actor"], c["issue"])
            if key in seen and seen[key] != c["stance"]:
                fail("%s has conflicting stances for %s" % (aid, key))
            seen[key] = c["stance"]
    for a, b in DUPLICATES:
        ta = sorted((c["actor"], c["issue"], c["stance"]) for c in claims[a])
        tb = sorted((c["actor"], c["issue"], c["stance"]) for c in claims[b])
        if ta != tb:
            fail("duplicate pair %s/%s claims differ" % (a, b))
        if records[int(a) - 1]["published"][:10] != records[int(b) - 1]["published"][:10]:
            fail("duplicate pair %s/%s not same day" % (a, b))
    # recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for r in records:
        for c in claims[r["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                computed.append((c["actor"], c["issue"], prevailing[key], c["stance"], r["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if computed != labelled:
        fail("shifts differ:\n computed %s\n labelled %s" % (computed, labelled))
    shift_ids = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [r["id"] for r in records if r["id"] not in shift_ids]:
        fail("no_alert_articles")
    for outlet in OUTLETS:
        p = os.path.join(HERE, "feeds", outlet + ".xml")
        res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if res.returncode != 0:
            fail("xmllint %s: %s" % (outlet, res.stderr))
    # summary
    allc = [c for cl in claims.values() for c in cl]
    by = {s: sum(1 for c in allc if c["stance"] == s) for s in sorted(STANCES)}
    print("OK: %d articles, %d claims %s, %d attributed false, %d shifts in %d articles, no-claim articles %s"
          % (len(records), len(allc), by, sum(1 for c in allc if not c["attributed"]),
             len(labels["shifts"]), len(shift_ids), [a for a, cl in claims.items() if not cl]))
    print("word counts:", {r["id"]: len(r["text"].split()) for r in records})


if __name__ == "__main__":
    recs, labs = build()
    validate(recs, labs)
