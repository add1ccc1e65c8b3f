#!/usr/bin/env python3
"""Build the shiftwatch evaluation set argentina-debt-restructuring-2020.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script, and validates
the result against watchlist.yaml. Run: python3 build.py
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
SET_NAME = "argentina-debt-restructuring-2020"

OUTLETS = {
    "estuary-wire": "Estuary Wire",
    "bondline-news": "Bondline News",
    "southern-ledger": "Southern Ledger",
    "cordillera-dispatch": "Cordillera Dispatch",
    "market-sentinel": "Market Sentinel",
}


def C(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: (published UTC, outlet slug, url slug, title, text, claims)
ARTICLES = [
    # 001
    ("2020-02-06T14:30:00Z", "estuary-wire", "senate-gives-guzman-mandate",
     "Argentine Senate gives Guzman mandate to restructure foreign bonds",
     """BUENOS AIRES, Feb 6 (Estuary Wire) - Argentina's Senate voted unanimously late on Wednesday to give the government of President Alberto Fernandez the legal powers it needs to restructure bonds issued under foreign law, a week after the lower house approved the bill.

The law lets Economy Minister Martin Guzman set the terms of new bonds and hire banks and advisers for an exchange covering roughly $65 billion of foreign-law debt.

Speaking at a conference on debt hosted at the Vatican on the same day, Guzman said Argentina would not keep servicing a debt that was pushing it deeper into recession, and that private bondholders would have to grant substantial relief for the debt to become sustainable.

Guzman met International Monetary Fund Managing Director Kristalina Georgieva in Rome on Tuesday, a meeting he described as productive. An IMF mission is due in Buenos Aires next week.

The government aims to complete the restructuring by the end of March. The IMF lent Argentina $44 billion under a 2018 programme arranged by Fernandez's predecessor, Mauricio Macri, and that debt is not part of the bond exchange.""",
     [C("argentina", "private-haircut", "support",
        "private bondholders would have to grant substantial relief for the debt to become sustainable")]),

    # 002
    ("2020-02-06T19:10:00Z", "market-sentinel", "buenos-aires-province-will-pay-bond",
     "Buenos Aires province backs down, says it will pay $250 million bond",
     """LA PLATA, Feb 6 (Market Sentinel) - The province of Buenos Aires will pay a $250 million bond instalment in full after failing to win enough creditor support to push the payment back to May, Governor Axel Kicillof said on Wednesday.

Kicillof had asked holders of the province's bond due in 2021 to accept a delay of about three months, arguing that the province's finances were exhausted. Not enough holders gave their consent before the deadline, and the provincial government said it would use its own funds to make the payment.

The province, Argentina's most populous, is running its own debt negotiation, separate from the national restructuring that Economy Minister Martin Guzman is preparing.

Asked whether the national government had offered the province any financial help, a spokesperson at the Casa Rosada declined to say.

Investors had watched the standoff as an early test of how hard bondholders would resist requests for relief in Buenos Aires. Some analysts said the outcome might encourage creditors to drive a harder bargain with the national government, while others expected little read-across.""",
     []),

    # 003
    ("2020-02-12T13:00:00Z", "cordillera-dispatch", "fernandez-de-kirchner-imf-should-take-cut",
     "Fernandez de Kirchner demands IMF forgive Argentina's loan",
     """HAVANA, Feb 12 (Cordillera Dispatch) - Argentine Vice President Cristina Fernandez de Kirchner said the International Monetary Fund should accept a cut on the money it lent Argentina, arguing that the 2018 loan broke the Fund's own rules by financing capital flight.

Speaking on Tuesday at a book presentation in the Cuban capital, the former president said it was only fair for the Fund to share in the losses, in the same way that private bondholders would have to accept a reduction in what they are owed.

Fernandez de Kirchner, who governed from 2007 to 2015, is no relation of President Alberto Fernandez, whom she chose to head the ticket in last year's election.

Her remarks put her at odds with the government, which has said it will seek new financing from the Fund rather than a write-down of the $44 billion. The president did not comment on Wednesday.

The IMF, whose rules bar it from reducing the principal of its loans, had no immediate reaction. A Fund mission is in Buenos Aires this week to review the country's finances.""",
     [C("cfk", "imf-debt-haircut", "support", "should accept a cut on the money it lent Argentina"),
      C("cfk", "private-haircut", "support",
        "private bondholders would have to accept a reduction in what they are owed"),
      C("argentina", "imf-debt-haircut", "oppose",
        "seek new financing from the Fund rather than a write-down", False),
      C("imf", "imf-debt-haircut", "oppose",
        "whose rules bar it from reducing the principal of its loans", False)]),

    # 004
    ("2020-02-13T20:45:00Z", "bondline-news", "blackrock-fidelity-form-argentina-group",
     "BlackRock, Fidelity band together as Argentina debt talks near",
     """NEW YORK, Feb 13 (Bondline News) - Some of Argentina's biggest bondholders, including BlackRock and Fidelity, have formed a group to negotiate with the government over the restructuring of its foreign debt, according to people familiar with the matter.

The group has hired a New York law firm whose lawyers visited Buenos Aires this week for meetings with officials, the people said. Spokespeople for BlackRock and Fidelity declined to comment, and the group has issued no public statement on its aims.

The move comes as President Alberto Fernandez's government prepares its offer. Economy Minister Martin Guzman told the lower house of Congress on Thursday that the country could not go on paying on the current terms and that creditors would have to take a share of the losses.

Guzman also said Argentina would not ask the International Monetary Fund to forgive any of its loan, distancing the government from comments made in Havana by Vice President Cristina Fernandez de Kirchner. He said the country would instead negotiate a new programme with the Fund.

Money managers have formed several committees around Argentina's debt, but analysts said this one could prove the most powerful given the size of its members' holdings.""",
     [C("argentina", "private-haircut", "support", "creditors would have to take a share of the losses"),
      C("argentina", "imf-debt-haircut", "oppose",
        "Argentina would not ask the International Monetary Fund to forgive any of its loan")]),

    # 005
    ("2020-02-20T00:30:00Z", "estuary-wire", "imf-says-argentina-debt-unsustainable",
     "IMF says Argentina's debt is unsustainable, private creditors must contribute",
     """BUENOS AIRES, Feb 19 (Estuary Wire) - Argentina's public debt is not sustainable and bondholders will need to make a meaningful contribution to fix it, the International Monetary Fund said on Wednesday at the end of a week-long staff visit.

The mission, led by Julie Kozack and Luis Cubeddu, said in a statement that the primary surplus needed to bring the debt down to a manageable level was neither economically nor politically feasible, and that a definitive debt operation involving private creditors was required.

The Fund also ruled out a reduction of its own claims, saying its rules did not allow it to take a haircut on the loans it has made to Argentina.

Economy Minister Martin Guzman welcomed the assessment, saying it matched the government's view that the country needed deep relief from its private creditors before it could grow again.

Argentine bond prices fell after the statement. The country owes the IMF about $44 billion, making the Fund by far its largest single creditor.""",
     [C("imf", "private-haircut", "support", "bondholders will need to make a meaningful contribution to fix it"),
      C("imf", "imf-debt-haircut", "oppose", "ruled out a reduction of its own claims"),
      C("argentina", "private-haircut", "support", "the country needed deep relief from its private creditors")]),

    # 006
    ("2020-02-21T18:00:00Z", "southern-ledger", "investors-bristle-at-imf-verdict",
     "Investors bristle at IMF verdict as Fernandez vows no deal without real relief",
     """BUENOS AIRES, Feb 21 (Southern Ledger) - An association of emerging-market investors criticised the International Monetary Fund's verdict on Argentina's debt on Friday, saying the Fund had gone beyond its role by effectively telling bondholders how much they should lose.

The association, which speaks for a range of funds but does not negotiate for any Argentine creditor group, said the IMF analysis was too pessimistic about the country's capacity to pay.

President Alberto Fernandez brushed off the criticism. In a radio interview, he said Argentina wanted to pay its debts but would not sign any agreement that did not give the country genuine relief, because growth had to come first.

Analysts at several banks said the Fund's statement would probably push recovery values lower, with some estimating that creditors might end up with less than 50 cents on the dollar.

The creditor group formed last week by BlackRock, Fidelity and other asset managers has not commented publicly. Economy Minister Martin Guzman is expected to present his debt sustainability analysis to investors in the coming weeks.""",
     [C("argentina", "private-haircut", "support",
        "would not sign any agreement that did not give the country genuine relief")]),

    # 007
    ("2020-03-21T01:00:00Z", "cordillera-dispatch", "imf-argentina-needs-substantial-relief",
     "IMF says Argentina needs substantial relief from bondholders",
     """WASHINGTON, March 20 (Cordillera Dispatch) - Argentina will need substantial debt relief from its private creditors to put its debt back on a sustainable footing, International Monetary Fund Managing Director Kristalina Georgieva said on Friday.

Georgieva's statement accompanied a technical note from Fund staff which found that, over the near to medium term, there was virtually no room for Argentina to make foreign-currency payments to private bondholders. The note projected only a modest primary surplus for the country by 2023.

She said she hoped for a collaborative process between Argentina and its creditors that would end in an agreement with high participation.

In Buenos Aires, where the government ordered a nationwide lockdown on Thursday to slow the spread of the coronavirus, Economy Minister Martin Guzman said the note confirmed that the country could not pay on the existing terms and that bondholders would have to give way.

The government had hoped to finish the restructuring by March 31, but officials have acknowledged that the pandemic will delay the timetable.""",
     [C("imf", "private-haircut", "support", "will need substantial debt relief from its private creditors"),
      C("argentina", "private-haircut", "support",
        "could not pay on the existing terms and that bondholders would have to give way")]),

    # 008
    ("2020-04-07T15:00:00Z", "market-sentinel", "argentina-defers-local-law-dollar-bonds",
     "Argentina defers local-law dollar bond payments as pandemic delays debt offer",
     """BUENOS AIRES, April 7 (Market Sentinel) - Argentina has postponed until the end of the year all payments on its dollar bonds issued under local law, according to a decree published on Monday, as the coronavirus pandemic strained public finances and pushed back the timetable for its foreign debt restructuring.

The decree covers bonds governed by Argentine law and leaves aside about $65 billion of foreign-law bonds, for which the government has yet to present an offer. Officials had originally aimed to complete that exchange by the end of March.

The Economy Ministry, which has hired the investment bank Lazard as its financial adviser, gave no new date for the foreign-law proposal. People close to the talks said it could come within weeks, after a round of meetings with provincial governors at the Olivos presidential residence.

Analysts said the deferral on local bonds showed how little cash the government had to spare, but did not necessarily signal the shape of the offer to foreign bondholders.""",
     []),

    # 009
    ("2020-04-17T01:30:00Z", "estuary-wire", "argentina-offers-three-year-holiday",
     "Argentina offers bondholders three-year payment holiday and deep cut in interest",
     """BUENOS AIRES, April 16 (Estuary Wire) - Argentina proposed on Thursday to restructure about $66 billion of foreign-law bonds with a three-year grace period, a 62% reduction in interest payments and a cut of 5.4% in principal, setting up a tough negotiation with its creditors.

Economy Minister Martin Guzman presented the plan at the Olivos presidential residence alongside President Alberto Fernandez and provincial governors. He said the new bonds would pay nothing until 2023 because the country simply had no money to pay before then.

Guzman said the terms reflected what Argentina could afford and that there was no room to offer creditors anything more. He acknowledged that the government had not yet reached an understanding with bondholders on what a sustainable deal looked like.

Fernandez urged investors to accept the proposal, saying it gave creditors a path to being paid after years of uncertainty, and that a country in recession could not pay its debts by letting its people go hungry.

Bondholders will have about 20 days to respond once the offer is formally filed. The interest cut alone amounts to around $38 billion.""",
     [C("argentina", "private-haircut", "support",
        "a 62% reduction in interest payments and a cut of 5.4% in principal"),
      C("argentina", "drop-payment-holiday", "oppose",
        "would pay nothing until 2023 because the country simply had no money"),
      C("argentina", "improved-offer", "oppose", "there was no room to offer creditors anything more"),
      C("argentina", "creditors-accept-offer", "support", "Fernandez urged investors to accept the proposal")]),

    # 010
    ("2020-04-20T21:00:00Z", "bondline-news", "creditor-groups-reject-argentina-offer",
     "Argentina's main creditor groups reject debt offer",
     """NEW YORK, April 20 (Bondline News) - Argentina's biggest bondholder groups rejected the government's restructuring proposal on Monday, saying it asked them to carry too much of the burden of the country's recovery.

The Argentina Creditor Committee said the offer fell far short of bondholders' expectations and had been drawn up without meaningful talks. Pushing the adjustment onto foreign bondholders would not make Argentina's debt sustainable, the committee said in a statement.

Hours later the Ad Hoc Bondholder Group, whose members include BlackRock, Fidelity and Ashmore, said the proposals were not ones it could or would support. The group said the offer would place a disproportionate share of the country's long-term adjustment on international bondholders.

A third group, representing holders of bonds from Argentina's 2005 and 2010 debt swaps, said it would not tender either. That group, the Exchange Bondholder Group, said it remained open to talks.

The government has not yet formally launched the offer, which is expected to carry a deadline in early May. Economy Ministry officials did not respond to requests for comment.""",
     [C("acc", "creditors-accept-offer", "oppose", "the offer fell far short of bondholders' expectations"),
      C("acc", "private-haircut", "oppose",
        "Pushing the adjustment onto foreign bondholders would not make Argentina's debt sustainable"),
      C("adhoc-group", "creditors-accept-offer", "oppose", "the proposals were not ones it could or would support"),
      C("adhoc-group", "private-haircut", "oppose",
        "a disproportionate share of the country's long-term adjustment on international bondholders"),
      C("exchange-group", "creditors-accept-offer", "oppose", "said it would not tender either")]),

    # 011 (duplicate of 010)
    ("2020-04-20T23:40:00Z", "southern-ledger", "bondholder-groups-turn-down-proposal",
     "Bondholder groups turn down Argentina's restructuring proposal",
     """BUENOS AIRES, April 20 (Southern Ledger) - Argentina's largest groups of bondholders turned down the government's restructuring proposal on Monday, saying it would make them bear too much of the cost of the country's recovery.

The Argentina Creditor Committee said in a statement that the offer fell far short of bondholders' expectations and had been prepared without meaningful discussions. Pushing the adjustment onto foreign bondholders would not make Argentina's debt sustainable, it said.

Later on Monday the Ad Hoc Bondholder Group, which includes BlackRock, Fidelity and Ashmore, said the proposals were not ones it could or would support, arguing that they would place a disproportionate share of the country's long-term adjustment on international bondholders.

A third group, made up of holders of bonds issued in Argentina's 2005 and 2010 swaps, said it would not tender either. The Exchange Bondholder Group added that it was still open to dialogue.

The formal launch of the offer is expected this week. The Economy Ministry did not reply to requests for comment.""",
     [C("acc", "creditors-accept-offer", "oppose", "the offer fell far short of bondholders' expectations"),
      C("acc", "private-haircut", "oppose",
        "Pushing the adjustment onto foreign bondholders would not make Argentina's debt sustainable"),
      C("adhoc-group", "creditors-accept-offer", "oppose", "the proposals were not ones it could or would support"),
      C("adhoc-group", "private-haircut", "oppose",
        "a disproportionate share of the country's long-term adjustment on international bondholders"),
      C("exchange-group", "creditors-accept-offer", "oppose", "said it would not tender either")]),

    # 012
    ("2020-04-22T20:00:00Z", "cordillera-dispatch", "argentina-launches-bond-exchange",
     "Argentina launches bond exchange as Fernandez says creditors must understand",
     """BUENOS AIRES, April 22 (Cordillera Dispatch) - Argentina formally launched its offer to exchange about $66 billion of foreign-law bonds on Wednesday, filing the terms with US securities regulators and giving creditors until May 8 to sign up.

President Alberto Fernandez said in a television interview that the proposal was the most the country could do, and that improving it would mean taking money away from Argentines during a pandemic. He said he hoped bondholders would understand the situation and accept the offer.

An IMF official told reporters in Washington that the Fund was following the talks closely and hoped an agreement could be reached that would restore debt sustainability. The official declined to comment on the specific terms.

Vice President Cristina Fernandez de Kirchner, who has argued that the Fund should also take losses on its 2018 loan, has made no public comment on the offer.

Bond prices were little changed. The main creditor groups rejected the proposal earlier this week, before it was formally filed.""",
     [C("argentina", "improved-offer", "oppose",
        "improving it would mean taking money away from Argentines during a pandemic"),
      C("argentina", "creditors-accept-offer", "support",
        "hoped bondholders would understand the situation and accept the offer"),
      C("cfk", "imf-debt-haircut", "support",
        "who has argued that the Fund should also take losses on its 2018 loan", False)]),

    # 013
    ("2020-05-04T22:00:00Z", "market-sentinel", "creditors-jointly-rebuff-offer",
     "Creditor groups jointly rebuff offer; Argentina says it cannot pay more",
     """BUENOS AIRES, May 4 (Market Sentinel) - Argentina's three main bondholder groups said jointly over the weekend that they would not tender their bonds in the government's exchange, and the Economy Ministry replied on Monday that the country could not afford to offer more.

The Ad Hoc Bondholder Group, the Argentina Creditor Committee and the Exchange Bondholder Group said the terms would force bondholders to suffer losses that were neither justified nor necessary. Each group said separately that it remained willing to engage with the government.

In a short statement, the ministry said it was disappointed. It said its own debt sustainability analysis was in line with the IMF's and that, especially after the coronavirus shock, Argentina cannot pay more. It added that the government was still willing to listen, but that any proposal would first have to pass a test of common sense.

The offer expires on Friday. Analysts expect the deadline to be extended, given the low level of acceptances reported so far.""",
     [C("adhoc-group", "creditors-accept-offer", "oppose",
        "said jointly over the weekend that they would not tender their bonds"),
      C("acc", "creditors-accept-offer", "oppose",
        "said jointly over the weekend that they would not tender their bonds"),
      C("exchange-group", "creditors-accept-offer", "oppose",
        "said jointly over the weekend that they would not tender their bonds"),
      C("adhoc-group", "private-haircut", "oppose",
        "force bondholders to suffer losses that were neither justified nor necessary"),
      C("acc", "private-haircut", "oppose",
        "force bondholders to suffer losses that were neither justified nor necessary"),
      C("exchange-group", "private-haircut", "oppose",
        "force bondholders to suffer losses that were neither justified nor necessary"),
      C("argentina", "improved-offer", "oppose", "Argentina cannot pay more")]),

    # 014
    ("2020-05-09T00:30:00Z", "estuary-wire", "argentina-extends-deadline-may-22",
     "Argentina extends debt deadline to May 22, signals room to improve terms",
     """BUENOS AIRES, May 8 (Estuary Wire) - Argentina extended the deadline for its debt exchange offer to May 22 on Friday, after most bondholders stayed away, and said for the first time that it was willing to consider changes to the terms.

Economy Minister Martin Guzman said the government was open to new proposals from creditors and could improve the offer, but only if any changes kept the debt sustainable. He said the country would not agree to anything that put its recovery at risk.

The new date coincides with the end of a 30-day grace period on about $500 million of interest that Argentina did not pay in April on three of its global bonds. If no deal or payment is made by then, the country will be in default.

Analysts said the government might add a few cents on the dollar to win over large funds, though none expected it to match what creditors have asked for.

A spokesman for the Ad Hoc Bondholder Group declined to comment on the extension.""",
     [C("argentina", "improved-offer", "conditional",
        "could improve the offer, but only if any changes kept the debt sustainable")]),

    # 015
    ("2020-05-16T19:00:00Z", "southern-ledger", "creditor-groups-table-counter-proposals",
     "Argentine creditor groups table counter-proposals",
     """NEW YORK, May 16 (Southern Ledger) - Argentina's bondholder groups have put forward their own restructuring proposals, offering the country cash-flow relief in exchange for better terms than the government has tabled.

The Ad Hoc Bondholder Group said on Friday it had sent Argentina indicative terms that would give the country substantial, front-loaded relief. It said Argentina needed to improve its offer and that a deal along those lines would win broad support among private creditors.

On Saturday the Exchange Bondholder Group, which holds bonds issued in the 2005 swap under the late President Nestor Kirchner and in the 2010 swap under his wife and successor, Cristina Fernandez de Kirchner, presented its own plan. It said the plan would require the government to pay bondholders more than it has offered, and would combine lower coupons with a shorter deferral of interest rather than the government's three-year holiday.

The group said its plan had been coordinated with a counter-offer seeking better terms that the Argentina Creditor Committee presented at the same time.

The Economy Ministry said late on Friday it had received the proposals and would study them. Details of the terms were not published.""",
     [C("adhoc-group", "improved-offer", "support", "Argentina needed to improve its offer"),
      C("exchange-group", "improved-offer", "support",
        "would require the government to pay bondholders more than it has offered"),
      C("exchange-group", "drop-payment-holiday", "support",
        "a shorter deferral of interest rather than the government's three-year holiday"),
      C("acc", "improved-offer", "support",
        "a counter-offer seeking better terms that the Argentina Creditor Committee presented", False)]),

    # 016
    ("2020-05-21T21:00:00Z", "cordillera-dispatch", "argentina-edges-toward-ninth-default",
     "Argentina edges toward ninth default as grace period runs out",
     """BUENOS AIRES, May 21 (Cordillera Dispatch) - Argentina appeared headed for its ninth sovereign default on Friday, when a grace period expires on about $500 million of interest owed on three global bonds, analysts and investors said.

Most analysts surveyed expected the government to skip the payment while talks continue, arguing that a default would change little because the bonds already trade at distressed prices. Some said the two sides could agree to extend the negotiating window by several more weeks.

Asked whether the payment would be made, a spokeswoman for the Economy Ministry declined to say. Talks between government advisers and creditor representatives have been held by video call between Buenos Aires and New York because of the lockdown.

At a regular briefing in Washington on Thursday, IMF spokesman Gerry Rice declined to speculate on the outcome, saying only that the Fund was encouraged that both sides were still exchanging views.

Ratings agencies have said they would treat a missed payment as a default.""",
     []),

    # 017
    ("2020-05-22T23:30:00Z", "bondline-news", "argentina-misses-bond-payment",
     "Argentina misses bond payment, extends talks to June 2",
     """BUENOS AIRES, May 22 (Bondline News) - Argentina failed to pay about $503 million of interest on three global bonds when a grace period expired on Friday, putting the country in default for the ninth time, and extended the deadline for its debt offer to June 2.

The Economy Ministry said the government would use the extra time to keep talking to creditors and remained willing to improve its proposal, provided any new terms were consistent with debt sustainability. A ministry spokesman denied reports that the government had decided to drop the three-year grace period.

The Ad Hoc Bondholder Group said it welcomed Argentina's stated wish to work with creditors, but that actions spoke louder than words. The group repeated that it could not support the exchange offer as it stood and called for direct talks.

Ratings agencies are expected to cut Argentina to default grade in the coming days. The country last defaulted in 2014.""",
     [C("argentina", "improved-offer", "conditional",
        "remained willing to improve its proposal, provided any new terms were consistent with debt sustainability"),
      C("argentina", "drop-payment-holiday", "oppose",
        "denied reports that the government had decided to drop the three-year grace period"),
      C("adhoc-group", "creditors-accept-offer", "oppose",
        "it could not support the exchange offer as it stood")]),

    # 018
    ("2020-05-28T20:00:00Z", "estuary-wire", "argentina-sends-revised-terms",
     "Argentina sends creditors revised terms, sources say",
     """BUENOS AIRES, May 28 (Estuary Wire) - Argentina has privately sent bondholders a revised restructuring proposal that raises the value of its offer, according to three people familiar with the talks.

The new terms were shared with the main creditor groups on Tuesday, the people said, but have not been made public. Economy Minister Martin Guzman declined to give details when asked by reporters, saying only that the negotiations were at a delicate stage.

The Exchange Bondholder Group said in a statement that it was studying the document, but that its members would not accept any deal that kept a three-year moratorium on payments. It said bondholders had already shown flexibility and that it was now up to the government to move.

The Ad Hoc Bondholder Group did not respond to requests for comment.

The deadline for the exchange expires on June 2, and officials have said it could be extended again if talks are advancing.""",
     [C("argentina", "improved-offer", "support",
        "a revised restructuring proposal that raises the value of its offer", False),
      C("exchange-group", "drop-payment-holiday", "support",
        "would not accept any deal that kept a three-year moratorium on payments")]),

    # 019
    ("2020-06-01T22:30:00Z", "cordillera-dispatch", "imf-limited-room-to-pay-more",
     "IMF sees limited room for Argentina to pay bondholders more",
     """WASHINGTON, June 1 (Cordillera Dispatch) - The International Monetary Fund said on Monday that Argentina's revised restructuring proposal would restore the sustainability of its debt, but that there was only limited room for the country to raise payments to private creditors.

In a technical statement requested by the Argentine authorities, Fund staff said a modest improvement could still fit within the debt and debt-service limits set out in their March analysis, but warned of exceptional uncertainty caused by the pandemic.

The Ad Hoc Bondholder Group said the assessment confirmed there was space for a better offer and urged the government to use it. The group said it remained ready to negotiate.

The government was expected to push back its June 2 deadline again to allow talks to continue. Argentina's bonds were little changed on the day.""",
     [C("imf", "improved-offer", "conditional",
        "there was only limited room for the country to raise payments to private creditors"),
      C("adhoc-group", "improved-offer", "support",
        "confirmed there was space for a better offer and urged the government to use it")]),

    # 020
    ("2020-06-19T22:00:00Z", "bondline-news", "argentina-pushes-deadline-to-july-24",
     "Argentina pushes debt deadline back to July 24",
     """BUENOS AIRES, June 19 (Bondline News) - Argentina extended the deadline for its foreign debt exchange offer to July 24 on Friday, the latest in a series of extensions as talks with bondholders drag on.

The Economy Ministry said in a filing with US regulators that the terms of the offer were unchanged for now and that it could announce amendments before the new date. It gave no further details.

Asked on a radio programme whether a new offer was imminent, Economy Minister Martin Guzman declined to say. He said talks with the main creditor groups were continuing by video conference.

The offer had previously been due to expire on June 12 and then on June 19. Argentina's bonds rose slightly after the announcement.

Analysts said the longer window suggested both sides saw a deal as possible but were still far apart on the value of the new bonds.""",
     []),

    # 021
    ("2020-07-06T15:00:00Z", "estuary-wire", "argentina-sweetens-offer-drops-holiday",
     "Argentina sweetens debt offer, drops three-year payment holiday",
     """BUENOS AIRES, July 6 (Estuary Wire) - Argentina raised the value of its offer to foreign bondholders on Monday, filing improved terms that bring forward the first payments on the new bonds to 2021 instead of 2023 and move the deadline to Aug 4.

The revised proposal, announced by the Economy Ministry late on Sunday, is worth around 53 cents on the dollar by some market estimates, compared with less than 40 cents for the April offer. It also shortens the grace period on interest to about a year.

President Alberto Fernandez said the government had made an enormous effort and called on creditors to accept the new terms, which he described as fair.

Two investment firms that belong to the Argentina Creditor Committee, Gramercy and Fintech Advisory, said they supported the new offer. The committee itself declined to comment.

The Ad Hoc Bondholder Group, led by BlackRock, said it was reviewing the terms.""",
     [C("argentina", "improved-offer", "support",
        "Argentina raised the value of its offer to foreign bondholders on Monday"),
      C("argentina", "drop-payment-holiday", "support",
        "bring forward the first payments on the new bonds to 2021 instead of 2023"),
      C("argentina", "creditors-accept-offer", "support", "called on creditors to accept the new terms")]),

    # 022
    ("2020-07-08T21:00:00Z", "southern-ledger", "top-creditors-signal-deal",
     "Top creditors signal they will take Argentina deal",
     """NEW YORK, July 8 (Southern Ledger) - Argentina's two largest creditor groups said the government's improved offer still fell short, but that it laid the basis for a deal and that a full resolution was in sight.

In a joint statement, the Ad Hoc Bondholder Group and the Exchange Bondholder Group said they had not been consulted on the revised terms. They said they were prepared to back a restructuring once the remaining issues were settled with them, chief among them the legal terms of the new bonds.

The groups insisted that the new bonds must carry the stronger legal protections of Argentina's 2016 bond documents, including limits on how the government can use collective action clauses.

The Argentina Creditor Committee, a smaller group, did not sign the statement. The Economy Ministry had no immediate comment.

Argentina's bonds have rallied since the improved offer was announced on Sunday.""",
     [C("adhoc-group", "creditors-accept-offer", "conditional",
        "prepared to back a restructuring once the remaining issues were settled with them"),
      C("exchange-group", "creditors-accept-offer", "conditional",
        "prepared to back a restructuring once the remaining issues were settled with them"),
      C("adhoc-group", "creditor-legal-terms", "support",
        "the new bonds must carry the stronger legal protections of Argentina's 2016 bond documents"),
      C("exchange-group", "creditor-legal-terms", "support",
        "the new bonds must carry the stronger legal protections of Argentina's 2016 bond documents")]),

    # 023
    ("2020-07-13T19:00:00Z", "market-sentinel", "guzman-expects-broad-backing",
     "Guzman says he expects broad backing for new debt offer",
     """BUENOS AIRES, July 13 (Market Sentinel) - Economy Minister Martin Guzman said on Monday that bondholders should accept Argentina's improved restructuring offer before the Aug 4 deadline, and that he expected a large majority of them to do so.

In an interview with a local television channel, the minister said the revised terms were the result of listening to creditors. He said the earlier start to payments, from next year rather than 2023, was a concession the government had made willingly and would keep.

He declined to say whether the government would extend the deadline again if participation fell short, and would not comment on talks with individual funds.

Bondholders have until Aug 4 to tender. Investors in Buenos Aires and New York said the big creditor groups were unlikely to decide before the last days of the offer period, and that some smaller holders had already signed up.""",
     [C("argentina", "creditors-accept-offer", "support",
        "bondholders should accept Argentina's improved restructuring offer"),
      C("argentina", "drop-payment-holiday", "support",
        "was a concession the government had made willingly and would keep")]),

    # 024
    ("2020-07-21T14:00:00Z", "bondline-news", "creditor-groups-unite-counter-offer",
     "Creditor groups unite behind counter-offer as Greylock's Humes breaks ranks",
     """NEW YORK, July 21 (Bondline News) - Argentina's three main creditor groups presented a joint counter-proposal on Monday, with the Argentina Creditor Committee joining the Ad Hoc Bondholder Group and the Exchange Bondholder Group for the first time.

The groups said they would not tender into the current offer by Aug 4 but stood ready to support a restructuring on the terms of their joint proposal. They said any deal must include the legal framework investors need to return to Argentina.

Hans Humes, the chief executive of Greylock Capital and one of the founders of the creditor committee, said he had left the committee and accepted the government's offer, which he described as good enough.

Argentine media reported that the Economy Ministry considered the counter-proposal unacceptable and would not raise its offer. President Alberto Fernandez declined to discuss the proposal when asked by reporters on Monday night.

The joint position gives the three groups enough bonds to block the use of collective action clauses on several series, analysts said.""",
     [C("acc", "creditors-accept-offer", "conditional",
        "stood ready to support a restructuring on the terms of their joint proposal"),
      C("adhoc-group", "creditors-accept-offer", "conditional",
        "stood ready to support a restructuring on the terms of their joint proposal"),
      C("exchange-group", "creditors-accept-offer", "conditional",
        "stood ready to support a restructuring on the terms of their joint proposal"),
      C("acc", "creditor-legal-terms", "support",
        "any deal must include the legal framework investors need to return to Argentina"),
      C("adhoc-group", "creditor-legal-terms", "support",
        "any deal must include the legal framework investors need to return to Argentina"),
      C("exchange-group", "creditor-legal-terms", "support",
        "any deal must include the legal framework investors need to return to Argentina"),
      C("argentina", "improved-offer", "oppose",
        "considered the counter-proposal unacceptable and would not raise its offer", False)]),

    # 025
    ("2020-07-28T16:00:00Z", "southern-ledger", "blackrock-led-creditors-claim-blocking-stake",
     "BlackRock-led creditors claim blocking stake, press Argentina on legal terms",
     """NEW YORK, July 28 (Southern Ledger) - BlackRock and 29 other investment funds told Argentina in a letter on Monday that they held enough bonds to block the government's restructuring, and urged Economy Minister Martin Guzman to negotiate a consensual deal.

The letter, sent on behalf of the Ad Hoc Bondholder Group, the Exchange Bondholder Group and the Argentina Creditor Committee, said the funds would support a restructuring only on the basis of the joint proposal they presented on July 20. The signatories said they or investors aligned with them held up to 60% of some series of bonds.

People close to the government said Buenos Aires had no room to improve the economics of its offer but was ready to give ground on the legal terms of the new bonds if that helped secure a deal.

The Economy Ministry did not comment on the letter. The offer expires on Aug 4.""",
     [C("adhoc-group", "creditors-accept-offer", "conditional",
        "would support a restructuring only on the basis of the joint proposal"),
      C("exchange-group", "creditors-accept-offer", "conditional",
        "would support a restructuring only on the basis of the joint proposal"),
      C("acc", "creditors-accept-offer", "conditional",
        "would support a restructuring only on the basis of the joint proposal"),
      C("argentina", "improved-offer", "oppose",
        "Buenos Aires had no room to improve the economics of its offer", False),
      C("argentina", "creditor-legal-terms", "conditional",
        "ready to give ground on the legal terms of the new bonds", False)]),

    # 026
    ("2020-08-04T13:30:00Z", "estuary-wire", "argentina-reaches-debt-deal",
     "Argentina reaches debt deal with main creditor groups",
     """BUENOS AIRES, Aug 4 (Estuary Wire) - Argentina struck a deal with its largest bondholder groups on Tuesday to restructure about $65 billion of foreign debt, ending months of negotiations and opening the way for the country to leave default.

The Economy Ministry said the agreement, which raises the value of the offer to about 55 cents on the dollar by bringing forward some payment dates, had been reached with the Ad Hoc Bondholder Group, the Exchange Bondholder Group and the Argentina Creditor Committee, among others. The government also agreed to adjust the legal terms of the new bonds, as creditors had demanded.

In a joint statement, the Ad Hoc and Exchange groups said they would tender their bonds and urged other holders to do the same.

In April the groups had dismissed the first offer as imposing disproportionate losses.

Economy Minister Martin Guzman called on all bondholders to take part in the exchange. The deadline for acceptances will be extended to Aug 24.""",
     [C("argentina", "improved-offer", "support", "raises the value of the offer to about 55 cents on the dollar"),
      C("argentina", "creditor-legal-terms", "support",
        "The government also agreed to adjust the legal terms of the new bonds"),
      C("argentina", "creditors-accept-offer", "support", "called on all bondholders to take part in the exchange"),
      C("adhoc-group", "creditors-accept-offer", "support",
        "the Ad Hoc and Exchange groups said they would tender their bonds"),
      C("exchange-group", "creditors-accept-offer", "support",
        "the Ad Hoc and Exchange groups said they would tender their bonds"),
      C("acc", "creditors-accept-offer", "support",
        "the Exchange Bondholder Group and the Argentina Creditor Committee, among others", False)]),

    # 027 (duplicate of 026)
    ("2020-08-04T17:10:00Z", "market-sentinel", "argentina-top-bondholders-strike-deal",
     "Argentina and top bondholders strike restructuring deal",
     """BUENOS AIRES, Aug 4 (Market Sentinel) - Argentina reached an agreement with its largest bondholder groups on Tuesday to restructure about $65 billion of foreign debt, ending months of talks and opening the way for the country to exit default.

According to the Economy Ministry, the agreement, which raises the value of the offer to about 55 cents on the dollar by bringing forward some payment dates, was reached with the Ad Hoc Bondholder Group, the Exchange Bondholder Group and the Argentina Creditor Committee, among others. The government also agreed to adjust the legal terms of the new bonds, as creditors had asked.

In a joint statement, the Ad Hoc and Exchange groups said they would tender their bonds and encouraged other holders to follow.

In April the groups had dismissed the first offer as imposing disproportionate losses.

Economy Minister Martin Guzman called on all bondholders to take part in the exchange, whose deadline will be extended to Aug 24.""",
     [C("argentina", "improved-offer", "support", "raises the value of the offer to about 55 cents on the dollar"),
      C("argentina", "creditor-legal-terms", "support",
        "The government also agreed to adjust the legal terms of the new bonds"),
      C("argentina", "creditors-accept-offer", "support", "called on all bondholders to take part in the exchange"),
      C("adhoc-group", "creditors-accept-offer", "support",
        "the Ad Hoc and Exchange groups said they would tender their bonds"),
      C("exchange-group", "creditors-accept-offer", "support",
        "the Ad Hoc and Exchange groups said they would tender their bonds"),
      C("acc", "creditors-accept-offer", "support",
        "the Exchange Bondholder Group and the Argentina Creditor Committee, among others", False)]),

    # 028
    ("2020-08-05T16:00:00Z", "cordillera-dispatch", "blackrock-group-confirms-backing",
     "BlackRock group confirms backing for Argentina deal; IMF welcomes accord",
     """NEW YORK, Aug 5 (Cordillera Dispatch) - The Ad Hoc Argentine Bondholder Group, whose members include BlackRock, confirmed on Wednesday that it supports the restructuring agreement announced by Argentina a day earlier.

The group said the deal would give the country about $37 billion of cash-flow relief over the next nine years and includes changes to the legal framework that reflect recent improvements in sovereign bond documentation. It said its members had always sought a consensual result.

BlackRock chief executive Larry Fink, whose firm is among the largest holders of Argentine bonds, made no public comment.

In Washington, the International Monetary Fund welcomed the agreement. A Fund spokesperson said it was an important step toward restoring debt sustainability and that the Fund looked forward to working with Argentina on a new programme.

Argentina's bonds rose for a second day.""",
     [C("adhoc-group", "creditors-accept-offer", "support",
        "confirmed on Wednesday that it supports the restructuring agreement"),
      C("adhoc-group", "creditor-legal-terms", "support",
        "includes changes to the legal framework that reflect recent improvements in sovereign bond documentation"),
      C("imf", "creditors-accept-offer", "support", "the International Monetary Fund welcomed the agreement")]),

    # 029
    ("2020-08-27T15:00:00Z", "bondline-news", "argentina-asks-imf-for-new-programme",
     "Argentina asks IMF for new programme, rules out haircut request",
     """BUENOS AIRES, Aug 27 (Bondline News) - Argentina has formally asked the International Monetary Fund to begin talks on a new loan programme to replace the $57 billion arrangement agreed in 2018, Economy Minister Martin Guzman said on Wednesday.

Guzman said Argentina would seek to refinance the roughly $44 billion it owes the Fund over a longer period and would not ask it to reduce the principal. An IMF spokesperson confirmed receipt of the request, said the Fund's rules did not allow it to write down loans to member countries, and said talks would focus on a new arrangement.

Some analysts said the request could cause tension within the ruling coalition. Vice President Cristina Fernandez de Kirchner, who believes the Fund bears responsibility for the 2018 loan and should share the losses, has not commented.

An IMF mission is expected to travel to Buenos Aires in the coming weeks. The bond exchange with private creditors is due to close at the end of the month.""",
     [C("argentina", "imf-debt-haircut", "oppose", "would not ask it to reduce the principal"),
      C("imf", "imf-debt-haircut", "oppose",
        "the Fund's rules did not allow it to write down loans to member countries"),
      C("cfk", "imf-debt-haircut", "support",
        "who believes the Fund bears responsibility for the 2018 loan and should share the losses", False)]),

    # 030
    ("2020-09-01T00:30:00Z", "southern-ledger", "argentina-says-93-pct-accepted-swap",
     "Argentina says 93.5% of bondholders accepted debt swap",
     """BUENOS AIRES, Aug 31 (Southern Ledger) - Holders of 93.55% of Argentina's foreign-law bonds accepted the government's restructuring offer, the Economy Ministry said on Monday, allowing it to use collective action clauses to bring total participation to about 99%.

Economy Minister Martin Guzman said the result would save the country about $37.7 billion in payments over the next decade, relief he said Argentina needed to recover from a deep recession made worse by the pandemic.

The new bonds are expected to settle in early September. Analysts said the outcome could help the country start talks with the IMF from a stronger position, though some doubted Argentina would regain access to international markets soon.

Shares of Argentine banks rose on the Buenos Aires stock exchange after the announcement.""",
     [C("argentina", "private-haircut", "support",
        "relief he said Argentina needed to recover from a deep recession")]),
]

# Shifts a correct system must alert on (validated against a recomputation below).
SHIFTS = [
    {"actor": "argentina", "issue": "improved-offer", "from": "oppose", "to": "conditional", "article": "014",
     "why": "Guzman says for the first time that the government could improve the offer, but only if the debt stays "
            "sustainable; in 009, 012 and 013 the government said there was no room to offer more."},
    {"actor": "argentina", "issue": "improved-offer", "from": "conditional", "to": "support", "article": "021",
     "why": "Argentina formally files improved terms worth about 53 cents; since 014 and 017 it had only said it was "
            "willing to improve under conditions (the revised terms in 018 were only reported by sources)."},
    {"actor": "argentina", "issue": "drop-payment-holiday", "from": "oppose", "to": "support", "article": "021",
     "why": "The improved offer brings the first payments forward to 2021 instead of 2023; in 009 the new bonds were to "
            "pay nothing until 2023, and in 017 a spokesman denied the grace period was being dropped."},
    {"actor": "adhoc-group", "issue": "creditors-accept-offer", "from": "oppose", "to": "conditional", "article": "022",
     "why": "The Ad Hoc group says it is prepared to back a restructuring once the remaining issues are settled; in 010, "
            "013 and 017 it said it could not support the offer."},
    {"actor": "exchange-group", "issue": "creditors-accept-offer", "from": "oppose", "to": "conditional",
     "article": "022",
     "why": "In the joint statement with the Ad Hoc group, the Exchange group says it is prepared to back a deal once "
            "the remaining issues are settled; in 010 and 013 it said it would not tender."},
    {"actor": "acc", "issue": "creditors-accept-offer", "from": "oppose", "to": "conditional", "article": "024",
     "why": "The ACC joins the joint counter-proposal and says it stands ready to support a restructuring on those "
            "terms; in 010 and 013 it rejected the offer. Humes leaving the committee is not the committee's stance."},
    {"actor": "adhoc-group", "issue": "creditors-accept-offer", "from": "conditional", "to": "support", "article": "026",
     "why": "The Ad Hoc group says it will tender its bonds under the Aug 4 agreement; since 022 it had only offered "
            "to back a deal under conditions."},
    {"actor": "exchange-group", "issue": "creditors-accept-offer", "from": "conditional", "to": "support",
     "article": "026",
     "why": "The Exchange group says it will tender under the Aug 4 agreement; since 022 its support was conditional."},
]

DUPLICATES = {"011": "010", "027": "026"}


def load_watchlist(path):
    text = open(path, encoding="utf-8").read()
    sections = {}
    current = None
    for line in text.splitlines():
        m = re.match(r"^(actors|issues|baseline):\s*$", line)
        if m:
            current = m.group(1)
            sections[current] = []
            continue
        if current:
            sections[current].append(line)
    actors = set(re.findall(r"^\s*- id: ([\w-]+)", "\n".join(sections["actors"]), re.M))
    issues = set(re.findall(r"^\s*- id: ([\w-]+)", "\n".join(sections["issues"]), re.M))
    baseline = []
    for line in sections["baseline"]:
        m = re.match(r"^\s*- \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}\s*$", line)
        if m:
            baseline.append(m.groups())
    # issue fields: only id, name, description, terms
    for block in re.split(r"\n\s*- id: ", "\n".join(sections["issues"]))[1:]:
        keys = re.findall(r"^\s{4}(\w+):", block, re.M)
        assert set(keys) == {"name", "description", "terms"}, ("issue fields", keys)
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    errors = []
    arts = []
    for i, (pub, outlet, slug, title, text, claims) in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        y, mo, d = pub[:4], pub[5:7], pub[8:10]
        # url date follows the dateline's local date
        m = re.match(r"^([A-Z][A-Z .'-]+), (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \((.+?)\) - ",
                     text)
        if not m:
            errors.append("%s: bad dateline" % aid)
        else:
            if m.group(4) != OUTLETS[outlet]:
                errors.append("%s: dateline outlet %s != %s" % (aid, m.group(4), OUTLETS[outlet]))
            months = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
                      "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
            d = "%02d" % int(m.group(3))
            mo = "%02d" % months[m.group(2)]
        url = "https://example.org/%s/%s/%s/%s/%s" % (outlet, y, mo, d, slug)
        arts.append({"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title,
                     "text": text, "_claims": claims, "_outlet": outlet})

    # ordering
    pubs = [a["published"] for a in arts]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errors.append("articles not in strict publication order")
    if len(set(a["url"] for a in arts)) != len(arts):
        errors.append("duplicate urls")

    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("actor count %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("issue count %d" % len(issues))

    # per-article checks
    for a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (a["id"], n))
        for c in a["_claims"]:
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote too long (%d words): %r" % (a["id"], len(c["quote"].split()), c["quote"]))
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % a["id"])
        seen = set()
        for c in a["_claims"]:
            key = (c["actor"], c["issue"])
            if key in seen:
                errors.append("%s: two claims for %s" % (a["id"], key))
            seen.add(key)
    for b in baseline:
        if b[0] not in actors or b[1] not in issues:
            errors.append("baseline refers to unknown actor/issue %s" % (b,))

    # duplicates carry identical claims
    by_id = {a["id"]: a for a in arts}
    for dup, orig in DUPLICATES.items():
        strip = lambda cl: sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in cl)
        if strip(by_id[dup]["_claims"]) != strip(by_id[orig]["_claims"]):
            errors.append("duplicate %s differs from %s" % (dup, orig))
        if by_id[dup]["published"][:10] != by_id[orig]["published"][:10] or by_id[dup]["_outlet"] == by_id[orig]["_outlet"]:
            errors.append("duplicate %s not same day / different outlet" % dup)

    # recompute shifts
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in arts:
        if a["id"] in DUPLICATES:
            # a duplicate repeats its original's claims; prevailing is unchanged, so no new shift can arise
            pass
        for c in a["_claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                recomputed.append({"actor": c["actor"], "issue": c["issue"], "from": prev, "to": c["stance"],
                                   "article": a["id"]})
            prevailing[key] = c["stance"]
    strip_why = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in SHIFTS]
    if sorted(map(lambda s: json.dumps(s, sort_keys=True), recomputed)) != \
            sorted(map(lambda s: json.dumps(s, sort_keys=True), strip_why)):
        errors.append("shifts mismatch:\n recomputed=%s\n labelled=%s" % (recomputed, strip_why))

    shift_articles = sorted(set(s["article"] for s in SHIFTS))
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]

    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)

    # write files
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")
    labels = {"claims": {a["id"]: a["_claims"] for a in arts}, "shifts": SHIFTS, "no_alert_articles": no_alert}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == slug], key=lambda a: a["published"], reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 "    <title>%s</title>" % escape(name),
                 "    <link>https://example.org/%s/</link>" % slug,
                 "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
                 % (escape(name), SET_NAME),
                 "    <language>en</language>",
                 "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            lines += ["    <item>",
                      "      <title>%s</title>" % escape(a["title"]),
                      "      <link>%s</link>" % escape(a["url"]),
                      '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                      "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                      "      <description>%s</description>" % escape(a["text"]),
                      "    </item>"]
        lines += ["  </channel>", "</rss>"]
        p = os.path.join(HERE, "feeds", slug + ".xml")
        with open(p, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        feed_paths.append(p)

    for p in feed_paths:
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            print("ERROR: xmllint failed on", p, r.stderr)
            sys.exit(1)

    # summary
    allc = [c for a in arts for c in a["_claims"]]
    from collections import Counter
    st = Counter(c["stance"] for c in allc)
    print("articles:", len(arts))
    print("claims:", len(allc), dict(st), "attributed false:", sum(not c["attributed"] for c in allc))
    print("shifts:", len(SHIFTS), "in articles", shift_articles)
    print("no-claim articles:", [a["id"] for a in arts if not a["_claims"]])
    print("words:", min(len(a["text"].split()) for a in arts), "-", max(len(a["text"].split()) for a in arts))
    print("per outlet:", dict(Counter(a["source"] for a in arts)))
    print("OK")


if __name__ == "__main__":
    build()
