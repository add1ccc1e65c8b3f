#!/usr/bin/env python3
"""Build the shiftwatch evaluation set cop29-climate-finance-2024.

Holds the articles and labels as data, writes articles/NNN.json, feeds/<outlet>.xml and
labels.json next to this script, then validates the set. Standard library only.
Run: python3 build.py   (exit status 0 when every check passes)
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
SET_NAME = "cop29-climate-finance-2024"

OUTLETS = {
    "saltmarsh-wire": "Saltmarsh Wire",
    "lantern-post": "Lantern Post",
    "crossline-news": "Crossline News",
    "juniper-herald": "Juniper Herald",
    "keystone-monitor": "Keystone Monitor",
}

S, O, C = "support", "oppose", "conditional"

# Each article: outlet slug, published (UTC), url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(outlet="saltmarsh-wire", published="2024-10-08T09:30:00Z",
         slug="g77-restates-trillion-demand",
         title="G77 and China restate $1.3 trillion demand ahead of Baku climate talks",
         text="""NEW YORK, Oct 8 (Saltmarsh Wire) - The G77 and China, the largest negotiating bloc at the United Nations climate talks, said on Tuesday that the new climate finance goal due to be agreed in Baku next month must deliver at least $1.3 trillion a year to developing countries.

In a statement issued after a meeting of its negotiators, the group said the bulk of that money had to come from the public budgets of developed countries, in the form of grants and cheap loans rather than commercial lending.

Adonia Ayebare, Uganda's ambassador to the United Nations and the bloc's chair this year, told reporters that counting private investment toward the target would let rich nations off the hook. He said private flows could not be allowed to replace public money.

The new goal, known in negotiators' jargon as the NCQG, is meant to replace a pledge of $100 billion a year that developed countries made in 2009 and met for the first time only in 2022.

Rich countries have not yet named a figure of their own. Several have said they want a wider group of countries to contribute.""",
         claims=[
             ("g77", "trillion-from-developed", S, "must deliver at least $1.3 trillion a year to developing countries", True),
             ("g77", "private-and-mdb-finance-counts", O, "counting private investment toward the target would let rich nations off the hook", True),
         ]),
    # 002
    dict(outlet="lantern-post", published="2024-10-11T15:00:00Z",
         slug="pre-cop-ends-finance-gap-unresolved",
         title="Pre-COP meeting ends in Baku with finance gap unresolved",
         text="""BAKU, Oct 11 (Lantern Post) - Ministers from about 100 countries ended two days of preparatory talks in Baku on Friday without narrowing the gap over how much money rich nations should provide to help poorer ones cope with climate change.

Mukhtar Babayev, Azerbaijan's ecology minister and the incoming COP29 president, told the closing session that leaving the November summit without a new finance goal was not an option. The world could not afford to push the decision into another year, he said.

Cedric Schuster of Samoa, who chairs the Alliance of Small Island States, said his group's members were losing homes and coastlines now. The new goal had to reach $1.3 trillion a year, he said, and it must set aside a minimum share for small island states, whose needs were too often crowded out by larger economies.

The meeting was held at a conference centre on the Caspian shore. Officials said the draft negotiating text still ran to more than 30 pages, with dozens of bracketed options.

Negotiators will meet again in Baku on Nov. 11.""",
         claims=[
             ("cop29-presidency", "defer-goal-to-cop30", O, "leaving the November summit without a new finance goal was not an option", True),
             ("aosis", "trillion-from-developed", S, "The new goal had to reach $1.3 trillion a year", True),
             ("aosis", "ldc-sids-floors", S, "it must set aside a minimum share for small island states", True),
         ]),
    # 003
    dict(outlet="crossline-news", published="2024-10-14T16:30:00Z",
         slug="eu-ministers-want-china-gulf-to-pay",
         title="EU ministers want China and Gulf states to help fund new climate goal",
         text="""LUXEMBOURG, Oct 14 (Crossline News) - European Union environment ministers agreed on Monday that countries such as China and the wealthy Gulf states should join the list of those paying into a new global climate finance goal, setting out the bloc's stance for the COP29 talks in Baku.

In conclusions adopted in Luxembourg, the ministers said the contributor base must be broadened to reflect the economic capacity and emissions of countries that were classed as developing when the UN climate convention was drafted in 1992.

The text also said the goal should draw on a wide variety of sources, including private investment and lending by multilateral development banks, and not only on national budgets.

Wopke Hoekstra, the EU's climate commissioner, told reporters that a goal of more than a trillion dollars paid from public treasuries was not realistic. He declined to say what figure the EU would put forward in Baku, saying it was too early to put numbers on the table.

The EU and its member states are the largest providers of public climate finance, contributing about 28.6 billion euros in 2023.""",
         claims=[
             ("eu", "drop-obligatory-new-contributors", O, "the contributor base must be broadened", True),
             ("eu", "private-and-mdb-finance-counts", S, "should draw on a wide variety of sources, including private investment", True),
             ("eu", "trillion-from-developed", O, "a goal of more than a trillion dollars paid from public treasuries was not realistic", True),
         ]),
    # 004
    dict(outlet="juniper-herald", published="2024-10-22T10:00:00Z",
         slug="china-says-climate-aid-stays-voluntary",
         title="China says its climate aid will stay voluntary",
         text="""BEIJING, Oct 22 (Juniper Herald) - China will not accept any obligation to pay into the new climate finance goal under negotiation, the Chinese foreign ministry said on Tuesday, rejecting calls for Beijing to be listed as a contributor.

A ministry spokesperson told a regular briefing that the 1992 climate convention made clear that developed countries must provide finance to developing ones. China's own support for other developing countries was South-South cooperation, given voluntarily, and would stay that way, the spokesperson said.

The ministry also said China stood with other developing countries in calling for a goal of $1.3 trillion a year from rich nations, and urged them to honour their earlier promises first.

China is the world's largest emitter of greenhouse gases and its second-biggest economy, but it is still classed as a developing country under the convention. That status was fixed in 1992, when its economy was a fraction of its current size.

Chinese envoy Liu Zhenmin is expected to lead the delegation in Baku. He did not comment on Tuesday.""",
         claims=[
             ("china", "drop-obligatory-new-contributors", S, "China will not accept any obligation to pay into the new climate finance goal", True),
             ("china", "trillion-from-developed", S, "calling for a goal of $1.3 trillion a year from rich nations", True),
         ]),
    # 005
    dict(outlet="keystone-monitor", published="2024-10-29T18:00:00Z",
         slug="podesta-private-money-new-donors",
         title="Podesta says new climate goal must tap private money and new donors",
         text="""WASHINGTON, Oct 29 (Keystone Monitor) - The United States will go to the Baku climate talks arguing that the new finance goal must count private investment and that major emerging economies should contribute, the top US climate envoy said on Tuesday.

John Podesta, who took over climate diplomacy from John Kerry this year, said public budgets alone could never supply the sums that developing countries need. Money that governments unlock from private investors and from development banks had to count toward any target, he told a think-tank audience.

He also said it was time for countries with large economies and high emissions, including China, to accept a share of the responsibility for providing finance, rather than only receiving it.

Podesta declined to say what figure Washington would accept, and would not be drawn on how the presidential election a week away could affect US pledges.

Republican lawmakers have criticised international climate spending as a waste of taxpayer money.""",
         claims=[
             ("usa", "private-and-mdb-finance-counts", S, "Money that governments unlock from private investors and from development banks had to count", True),
             ("usa", "drop-obligatory-new-contributors", O, "including China, to accept a share of the responsibility for providing finance", True),
         ]),
    # 006
    dict(outlet="saltmarsh-wire", published="2024-11-06T14:00:00Z",
         slug="trump-win-clouds-us-role-baku",
         title="Trump win clouds US role at Baku climate finance talks",
         text="""WASHINGTON, Nov 6 (Saltmarsh Wire) - Donald Trump's victory in the US presidential election has thrown into doubt how much the United States can promise at the COP29 climate talks, which open in Baku on Monday, analysts and diplomats said on Wednesday.

Trump withdrew the country from the Paris Agreement during his first term and has dismissed climate change as a hoax. Several analysts said any pledge made by the outgoing administration in Baku could be reversed after he takes office in January.

One European diplomat said negotiators feared other rich countries would now hold back their own offers. Another said it was too early to tell.

The White House said the US delegation would still travel to Baku as planned. It did not say who would lead it or whether its instructions had changed.

Climate finance experts said the talks could still produce a goal if the European Union and other donors stepped up, but several warned that the final figure was likely to be smaller than developing countries had hoped.""",
         claims=[]),
    # 007
    dict(outlet="lantern-post", published="2024-11-11T11:00:00Z",
         slug="cop29-opens-finance-goal-top-agenda",
         title="COP29 opens in Baku with finance goal top of the agenda",
         text="""BAKU, Nov 11 (Lantern Post) - The United Nations climate summit opened in Baku on Monday, with the host, Azerbaijan, urging nearly 200 countries to agree on a new goal for climate finance within the next two weeks.

COP29 president Mukhtar Babayev told the opening plenary that the talks were a moment of truth for the Paris Agreement. The presidency would not accept an outcome that pushed the finance decision into next year, he said.

Babayev did not say what figure he thought could win agreement. Asked whether the presidency would put a number into the text, a spokesperson declined to say.

The opening day was delayed by several hours by a dispute over the agenda.

Small island states set out their demands in an opening statement. The Alliance of Small Island States said any new goal that failed to include a dedicated floor for its members would not be acceptable.

UN climate chief Simon Stiell told delegates that climate finance was not charity but in every nation's self-interest.""",
         claims=[
             ("cop29-presidency", "defer-goal-to-cop30", O, "The presidency would not accept an outcome that pushed the finance decision into next year", True),
             ("aosis", "ldc-sids-floors", S, "failed to include a dedicated floor for its members would not be acceptable", True),
         ]),
    # 008
    dict(outlet="crossline-news", published="2024-11-12T13:00:00Z",
         slug="g77-china-reject-draft-finance-text",
         title="G77 and China reject draft finance text as talks stumble",
         text="""BAKU, Nov 12 (Crossline News) - The G77 and China bloc rejected a draft text on the new climate finance goal on Tuesday, saying it ignored the core demands of developing countries and could not serve as the basis for negotiations.

Speaking for the group, Adonia Ayebare said the draft prepared by the co-chairs of the talks did not even mention the $1.3 trillion a year that developing nations had put forward. He said the bloc would keep insisting on that figure, mostly in public finance, and asked for a new draft.

The co-chairs agreed to produce a revised text overnight.

Diplomats said the European Union had pressed during closed-door sessions for wording that would add wealthier developing economies to the list of contributors. EU officials did not comment.

The bloc of more than 130 countries includes China, India, Saudi Arabia and the small island states, whose interests often diverge. On Tuesday they spoke with one voice.""",
         claims=[
             ("g77", "trillion-from-developed", S, "the bloc would keep insisting on that figure, mostly in public finance", True),
             ("eu", "drop-obligatory-new-contributors", O, "wording that would add wealthier developing economies to the list of contributors", False),
         ]),
    # 009
    dict(outlet="juniper-herald", published="2024-11-12T17:30:00Z",
         slug="aliyev-defends-oil-gas-starmer-target",
         title="Aliyev defends oil and gas as Starmer unveils new UK target",
         text="""BAKU, Nov 12 (Juniper Herald) - Azerbaijan's President Ilham Aliyev told world leaders gathered in Baku on Tuesday that his country's oil and gas reserves were a gift from God, and that nations should not be blamed for bringing their resources to market.

Aliyev, whose government is hosting the COP29 talks, also accused Western media and campaign groups of running a smear campaign against Azerbaijan. He did not address the finance negotiations in his speech.

British Prime Minister Keir Starmer used his own address to announce that the UK would aim to cut its emissions by 81% from 1990 levels by 2035, one of the most ambitious targets set by a major economy. Starmer said Britain would show leadership, but he made no new finance pledge, and aides declined to say whether he would back a specific figure for the new goal.

Several leaders of major economies, including the US president and China's president, did not attend the summit, which was held in the city's Olympic Stadium complex.

Negotiators continued to work on the finance text in separate rooms.""",
         claims=[]),
    # 010
    dict(outlet="keystone-monitor", published="2024-11-13T10:15:00Z",
         slug="china-discloses-24-billion-climate-finance",
         title="China discloses $24.5 billion in climate finance, says it stays voluntary",
         text="""BAKU, Nov 13 (Keystone Monitor) - China has provided and mobilised more than 177 billion yuan, about $24.5 billion, in climate finance for other developing countries since 2016, Vice Premier Ding Xuexiang told the COP29 summit on Wednesday.

It was the first time Beijing had put a figure on such support. Ding said the money was given through South-South cooperation and would remain voluntary. He said China would not take on the obligations that the climate convention places on developed nations.

European Union climate commissioner Wopke Hoekstra welcomed the disclosure, but told reporters that voluntary reporting was not enough. Countries with China's economic weight should be formally counted as contributors under the new goal, he said.

Negotiators said the disclosure was aimed at easing pressure on Beijing, which rich countries want to see brought into the contributor base.

Talks on the finance goal resumed on Wednesday on the basis of a revised 25-page text.""",
         claims=[
             ("china", "drop-obligatory-new-contributors", S, "China would not take on the obligations that the climate convention places on developed nations", True),
             ("eu", "drop-obligatory-new-contributors", O, "Countries with China's economic weight should be formally counted as contributors under the new goal", True),
         ]),
    # 011 (duplicate of 010)
    dict(outlet="saltmarsh-wire", published="2024-11-13T12:40:00Z",
         slug="beijing-puts-figure-on-climate-aid",
         title="Beijing puts $24.5 billion figure on its climate aid, insists it is voluntary",
         text="""BAKU, Nov 13 (Saltmarsh Wire) - China has provided and mobilised more than 177 billion yuan, or roughly $24.5 billion, in climate finance for other developing countries since 2016, Vice Premier Ding Xuexiang said at the COP29 summit on Wednesday.

Beijing had never before put a number on such support. Ding said the money flowed through South-South cooperation and would remain voluntary. He said China would not take on the obligations that the climate convention places on developed nations.

EU climate commissioner Wopke Hoekstra welcomed the figure but told reporters that voluntary reporting was not enough. Countries with China's economic weight should be formally counted as contributors under the new goal, he said.

Negotiators said the move was designed to ease pressure on Beijing, which wealthy nations want to bring into the contributor base.

Talks on the finance goal resumed on Wednesday on the basis of a revised 25-page draft.""",
         claims=[
             ("china", "drop-obligatory-new-contributors", S, "China would not take on the obligations that the climate convention places on developed nations", True),
             ("eu", "drop-obligatory-new-contributors", O, "Countries with China's economic weight should be formally counted as contributors under the new goal", True),
         ]),
    # 012
    dict(outlet="lantern-post", published="2024-11-14T15:00:00Z",
         slug="development-banks-pledge-us-count-lending",
         title="Development banks pledge $120 billion as US pushes to count their lending",
         text="""BAKU, Nov 14 (Lantern Post) - A group of multilateral development banks said on Thursday they expected to provide $120 billion a year in climate finance to low- and middle-income countries by 2030, plus a further $65 billion mobilised from private investors.

US climate envoy John Podesta said the announcement showed why the new goal had to count bank lending and private capital. Washington wanted a goal that captured all the money flowing to climate action, not only grants from treasuries, he said.

The G77 and China said bank loans added to the debt burdens of poor countries. In a statement, the bloc said lending at market rates should not count toward the new goal.

The World Bank's president said the banks were ready to do more if their shareholders gave them more capital.

An analyst at a London think tank said the fight over what counts could prove harder to settle than the headline number.""",
         claims=[
             ("usa", "private-and-mdb-finance-counts", S, "the new goal had to count bank lending and private capital", True),
             ("g77", "private-and-mdb-finance-counts", O, "lending at market rates should not count toward the new goal", True),
         ]),
    # 013
    dict(outlet="crossline-news", published="2024-11-15T12:00:00Z",
         slug="poorest-nations-demand-220-billion-floor",
         title="Poorest nations demand $220 billion floor in new climate goal",
         text="""BAKU, Nov 15 (Crossline News) - The world's least developed countries want at least $220 billion a year of the new climate finance goal set aside for them, their negotiators said on Friday, joining small island states in pushing for guaranteed shares.

Evans Njewa of Malawi, who chairs the LDC group, told a news conference that the group would not accept any goal that did not include a dedicated floor for the 45 poorest nations. He said the overall goal should still be $1.3 trillion a year.

Njewa said the LDCs wanted a deal in Baku and were not interested in delaying the decision to next year's summit in Brazil, because their people could not wait.

The Alliance of Small Island States has asked for a separate floor of $39 billion a year. Cedric Schuster, the AOSIS chair, said on Friday the two groups were working together on the demand.

Other members of the G77 and China are wary of floors, which they fear could reduce the share left for middle-income countries.""",
         claims=[
             ("ldc-group", "ldc-sids-floors", S, "would not accept any goal that did not include a dedicated floor", True),
             ("ldc-group", "trillion-from-developed", S, "the overall goal should still be $1.3 trillion a year", True),
             ("ldc-group", "defer-goal-to-cop30", O, "were not interested in delaying the decision to next year's summit in Brazil", True),
             ("aosis", "ldc-sids-floors", S, "the two groups were working together on the demand", True),
         ]),
    # 014
    dict(outlet="juniper-herald", published="2024-11-16T18:00:00Z",
         slug="baku-first-week-ends-text-full-of-options",
         title="Baku talks end first week with finance text still full of options",
         text="""BAKU, Nov 16 (Juniper Herald) - Negotiators at the COP29 climate summit ended the first week on Saturday with a finance text that still contained competing options on almost every key point, from the size of the goal to who should pay.

Technical negotiators handed the draft to ministers, who arrive in Baku on Monday for the final stretch. The presidency said it would hold consultations on the text over the weekend and appoint pairs of ministers to steer the hardest issues.

Several observers said the gap between rich and poor countries remained wide. One veteran negotiator from a Latin American country said she expected the talks to run past their scheduled close on Friday, as most recent summits have done.

Another delegate said the atmosphere had worsened after the US election, with some expecting Washington to be unable to commit to anything. Several people said it was impossible to predict the outcome.

Protests are not allowed outside the official venue, and a small demonstration inside the conference zone on Saturday called for grants, not loans.""",
         claims=[]),
    # 015
    dict(outlet="keystone-monitor", published="2024-11-18T19:00:00Z",
         slug="g20-backs-success-baku-leaves-out-who-pays",
         title="G20 leaders back success in Baku but leave out who pays",
         text="""RIO DE JANEIRO, Nov 18 (Keystone Monitor) - Leaders of the Group of 20 major economies called on Monday for a successful outcome to the climate finance talks in Baku, but their joint declaration did not say how large the new goal should be or which countries should pay into it.

The statement, agreed at a summit in Rio de Janeiro, said climate finance needed to grow from billions to trillions from all sources, wording that diplomats said had been fought over until late on Sunday.

In Baku, British Energy Secretary Ed Miliband said the UK would not sign up to a goal that left the world's largest economies out of the effort. Britain wanted all countries able to contribute to do so, he said, naming China among them.

UN Secretary-General Antonio Guterres urged the G20 to lead by example, saying failure in Baku was not an option.

President Joe Biden, who visited the Amazon rainforest on Sunday, did not mention the finance negotiations in his remarks at the summit.""",
         claims=[
             ("uk", "drop-obligatory-new-contributors", O, "the UK would not sign up to a goal that left the world's largest economies", True),
         ]),
    # 016
    dict(outlet="saltmarsh-wire", published="2024-11-19T12:00:00Z",
         slug="eu-drops-push-make-china-pay",
         title="EU drops push to make China pay into climate fund",
         text="""BAKU, Nov 19 (Saltmarsh Wire) - The European Union has not abandoned its demand that China and other emerging economies pay into the new climate finance goal, the bloc's climate chief said on Tuesday, denying reports that Brussels had softened its line.

Wopke Hoekstra said countries that had grown rich since the 1990s must share the load. The question was about fairness, not about blaming anyone, he told reporters at the conference venue.

His comments followed a day of rumours in the corridors about the EU's position.

China's climate envoy Liu Zhenmin said on the same day that China would keep helping other developing countries on its own terms. Any attempt to rewrite who owes what under the convention would be rejected, he said.

Ministers from both camps met late into the night without agreement. The presidency is expected to publish new draft texts on Thursday, a day before the summit is scheduled to close.""",
         claims=[
             ("eu", "drop-obligatory-new-contributors", O, "has not abandoned its demand that China and other emerging economies pay into", True),
             ("china", "drop-obligatory-new-contributors", S, "Any attempt to rewrite who owes what under the convention would be rejected", True),
         ]),
    # 017
    dict(outlet="lantern-post", published="2024-11-20T14:00:00Z",
         slug="small-islands-say-rich-nations-block-floor",
         title="Small island states say rich nations are blocking a floor for the vulnerable",
         text="""BAKU, Nov 20 (Lantern Post) - Small island states accused rich countries on Wednesday of blocking their demand for a guaranteed share of the new climate finance goal, as ministers began the final stretch of talks in Baku.

Cedric Schuster, who chairs the Alliance of Small Island States, said the European Union and the United States had told island negotiators they would not agree to any fixed floor for particular groups of countries. He said his group would keep fighting for one, because islands facing rising seas could not compete for money with large economies.

Schuster repeated that the goal as a whole must reach $1.3 trillion a year.

Neither the EU nor the US responded to the accusation. A European official said separately that all vulnerable countries deserved more support, without addressing floors.

Analysts said the presidency might try to bridge the gap with softer wording on priority for the most vulnerable, though nothing has been published.""",
         claims=[
             ("eu", "ldc-sids-floors", O, "the European Union and the United States had told island negotiators they would not agree", False),
             ("usa", "ldc-sids-floors", O, "the European Union and the United States had told island negotiators they would not agree", False),
             ("aosis", "ldc-sids-floors", S, "his group would keep fighting for one", True),
             ("aosis", "trillion-from-developed", S, "the goal as a whole must reach $1.3 trillion a year", True),
         ]),
    # 018
    dict(outlet="crossline-news", published="2024-11-21T13:00:00Z",
         slug="presidency-text-leaves-number-blank",
         title="Presidency's new finance text leaves the number blank, angering both camps",
         text="""BAKU, Nov 21 (Crossline News) - The Azerbaijani presidency of COP29 published a new draft of the climate finance deal on Thursday that left the size of the goal blank, drawing criticism from rich and poor countries alike a day before the summit was due to end.

The EU's Wopke Hoekstra called the draft unbalanced and said it could not work in its current form. He said it did nothing to widen the group of countries providing finance, which the EU regarded as essential.

For the G77 and China, Ayebare said the text had to be built around the $1.3 trillion figure, which the bloc was not prepared to give up.

The presidency declined to say when it would fill in the number. In a statement, it said Baku remained determined to deliver a finance goal at this summit and would not let the talks run out the clock into next year.

Observers said the summit was all but certain to overrun into the weekend.""",
         claims=[
             ("eu", "drop-obligatory-new-contributors", O, "widen the group of countries providing finance, which the EU regarded as essential", True),
             ("g77", "trillion-from-developed", S, "the $1.3 trillion figure, which the bloc was not prepared to give up", True),
             ("cop29-presidency", "defer-goal-to-cop30", O, "Baku remained determined to deliver a finance goal at this summit", True),
         ]),
    # 019
    dict(outlet="keystone-monitor", published="2024-11-22T12:30:00Z",
         slug="baku-draft-offers-250-billion",
         title="Baku draft offers $250 billion a year, far short of developing nations' demand",
         text="""BAKU, Nov 22 (Keystone Monitor) - The COP29 presidency proposed on Friday that developed countries take the lead in providing $250 billion a year in climate finance by 2035, a figure developing nations immediately condemned as far too low.

The draft, published on what was meant to be the last day of the summit, also calls on all actors to work toward $1.3 trillion a year by 2035. It invites developing countries to contribute on a voluntary basis, without making them obliged to.

The G77 and China said the offer was unacceptable and would not be the basis of a deal. Evans Njewa, the chair of the least developed countries group, said the number was an insult to the people his members represent.

Lead negotiator Yalchin Rafiyev said the presidency was open to writing minimum amounts for the poorest countries into the text, but only if the wider membership agreed. The draft contains no such floor.

A negotiator from Panama called the figure insulting. Talks were expected to continue through the night.""",
         claims=[
             ("cop29-presidency", "core-goal-250-300bn", S, "proposed on Friday that developed countries take the lead in providing $250 billion a year", True),
             ("cop29-presidency", "drop-obligatory-new-contributors", S, "invites developing countries to contribute on a voluntary basis, without making them obliged to", True),
             ("g77", "core-goal-250-300bn", O, "the offer was unacceptable and would not be the basis of a deal", True),
             ("ldc-group", "core-goal-250-300bn", O, "the number was an insult to the people his members represent", True),
             ("cop29-presidency", "ldc-sids-floors", C, "open to writing minimum amounts for the poorest countries into the text, but only if", True),
         ]),
    # 020
    dict(outlet="juniper-herald", published="2024-11-22T16:00:00Z",
         slug="eu-says-250-billion-could-work-only-if",
         title="EU says $250 billion could work only if others chip in",
         text="""BAKU, Nov 22 (Juniper Herald) - The European Union said on Friday it could live with the $250 billion figure in the presidency's draft only if China and other wealthy emerging economies also put money into the pot.

Wopke Hoekstra told reporters the number was ambitious for the countries that would have to pay it. He repeated that the EU still wanted the final text to widen the base of contributors beyond the list drawn up in 1992.

He declined to say whether the EU would go any higher.

A US official said Washington was studying the draft and had not reached a view. Britain's Ed Miliband said only that the text needed more work.

Anger among developing countries at the number dominated the corridors. Several delegates said they expected the presidency to raise the figure in the next version, perhaps to around $300 billion, though officials would not confirm it.

The summit formally ended at 6 p.m. local time, but negotiations continued in the halls of the stadium complex.""",
         claims=[
             ("eu", "core-goal-250-300bn", C, "could live with the $250 billion figure in the presidency's draft only if", True),
             ("eu", "drop-obligatory-new-contributors", O, "the EU still wanted the final text to widen the base of contributors", True),
         ]),
    # 021
    dict(outlet="lantern-post", published="2024-11-22T21:30:00Z",
         slug="g77-signals-smaller-public-core",
         title="G77 signals it could settle for a smaller public core within $1.3 trillion",
         text="""BAKU, Nov 22 (Lantern Post) - The G77 and China signalled on Friday night that it could accept a public finance core well below $1.3 trillion in exchange for a larger share of grants and a clear path to the full amount.

Adonia Ayebare, the bloc's chair, told reporters the group was ready to discuss a core of around $500 billion a year from developed countries' budgets, with the rest of the $1.3 trillion coming from other sources. He said that was the limit of the group's flexibility.

It was the first time the bloc had publicly shown room to move on the headline figure, which it had defended since the talks began.

The least developed countries group, which wants $220 billion a year ring-fenced for its members, said it had not been consulted on the move.

Rich-country negotiators did not immediately respond. The presidency said it was consulting all groups and would publish a new text on Saturday.""",
         claims=[
             ("g77", "trillion-from-developed", C, "could accept a public finance core well below $1.3 trillion in exchange for", True),
             ("ldc-group", "ldc-sids-floors", S, "which wants $220 billion a year ring-fenced for its members", False),
         ]),
    # 022
    dict(outlet="crossline-news", published="2024-11-23T08:30:00Z",
         slug="rich-nations-agree-raise-offer-300-billion",
         title="Rich nations agree to raise climate offer to $300 billion",
         text="""BAKU, Nov 23 (Crossline News) - Developed countries have privately agreed to raise their offer in the Baku climate talks to $300 billion a year by 2035, according to three diplomats familiar with the discussions, as the summit ran into an extra day on Saturday.

The diplomats said the European Union and the United States had both signalled they could accept the higher number. Neither confirmed the account, and EU spokespeople said only that talks were continuing.

The least developed countries warned that they were ready to walk away. Their chair, Evans Njewa, said on Saturday morning that the group would rather leave Baku with no deal than sign up to a bad one, and would take the fight to next year's summit in Belem unless the offer improved.

The G77 and China repeated that it could move on the headline figure only if grants made up a bigger share of the core.

The presidency said a new text was imminent.""",
         claims=[
             ("eu", "core-goal-250-300bn", S, "European Union and the United States had both signalled they could accept the higher number", False),
             ("usa", "core-goal-250-300bn", S, "European Union and the United States had both signalled they could accept the higher number", False),
             ("ldc-group", "defer-goal-to-cop30", C, "take the fight to next year's summit in Belem unless the offer improved", True),
             ("g77", "trillion-from-developed", C, "could move on the headline figure only if grants made up a bigger share", True),
         ]),
    # 023
    dict(outlet="keystone-monitor", published="2024-11-23T12:30:00Z",
         slug="small-island-poorest-walk-out",
         title="Small island and poorest nations walk out of Baku finance meeting",
         text="""BAKU, Nov 23 (Keystone Monitor) - Negotiators from small island states and the least developed countries walked out of a meeting with the COP29 presidency on Saturday, saying the emerging finance deal ignored the countries most exposed to climate change.

Cedric Schuster, the chair of the Alliance of Small Island States, said the group had come to Baku in good faith but the current offer was not one it could accept. A goal of $250 billion, or even $300 billion, would leave islands to fend for themselves, he said.

The LDC group said in a statement that the offer on the table fell far short and that the removal of any dedicated floor for its members was a red line. It called for the ring-fenced amounts to be restored to the text.

Colombia's environment minister, Susana Muhamad, who joined the walkout, said the presidency had failed to listen.

A spokesperson for the presidency said consultations were continuing and that its door remained open to every group.""",
         claims=[
             ("aosis", "core-goal-250-300bn", O, "the current offer was not one it could accept", True),
             ("ldc-group", "core-goal-250-300bn", O, "the offer on the table fell far short", True),
             ("ldc-group", "ldc-sids-floors", S, "called for the ring-fenced amounts to be restored to the text", True),
         ]),
    # 024
    dict(outlet="juniper-herald", published="2024-11-23T17:30:00Z",
         slug="eu-backs-300-billion-goal",
         title="EU backs $300 billion climate goal as presidency circulates new text",
         text="""BAKU, Nov 23 (Juniper Herald) - The European Union said on Saturday evening it would back a goal of $300 billion a year by 2035, throwing its weight behind a new draft that the COP29 presidency was circulating to delegations.

Wopke Hoekstra told reporters as he left a meeting of European ministers that the bloc could support the figure, adding that it represented a real stretch for European budgets. He called on all parties to seize the moment.

Hours earlier, the United States said it could back $300 billion provided the target date stayed at 2035 rather than the earlier date some developing countries had sought. John Podesta did not take questions.

The new text, which also launches a road map toward the $1.3 trillion figure, was handed to groups shortly after 7 p.m. local time. The presidency did not comment on its contents.

Small island states and the least developed countries, who had walked out earlier in the day, returned to the negotiating rooms in the evening. They did not say whether they would accept the new number.""",
         claims=[
             ("eu", "core-goal-250-300bn", S, "it would back a goal of $300 billion a year by 2035", True),
             ("usa", "core-goal-250-300bn", C, "could back $300 billion provided the target date stayed at 2035", True),
             ("cop29-presidency", "core-goal-250-300bn", S, "a new draft that the COP29 presidency was circulating to delegations", True),
         ]),
    # 025
    dict(outlet="lantern-post", published="2024-11-24T01:30:00Z",
         slug="baku-adopts-300-billion-goal",
         title="Baku summit adopts $300 billion climate finance goal after overnight talks",
         text="""BAKU, Nov 24 (Lantern Post) - Nearly 200 countries agreed early on Sunday on a new climate finance goal under which developed countries will take the lead in providing at least $300 billion a year by 2035, more than 30 hours after the COP29 summit was due to end.

COP29 president Mukhtar Babayev gavelled the decision through shortly before 3 a.m., to applause and some boos. The text also calls on all actors to scale up finance to developing countries to $1.3 trillion a year and sets out a road map to get there.

Evans Njewa, who chairs the least developed countries group, said his members had accepted the deal as a floor on which to build. He said the group would hold rich countries to the promise.

Cedric Schuster said the small island states would go along with the $300 billion goal only because the text committed parties to the road map to $1.3 trillion. He said the islands expected it to be delivered in full.

India's delegate objected to the adoption after the gavel fell, calling the sum paltry.""",
         claims=[
             ("cop29-presidency", "core-goal-250-300bn", S, "Mukhtar Babayev gavelled the decision through shortly before 3 a.m.", True),
             ("ldc-group", "core-goal-250-300bn", S, "his members had accepted the deal as a floor on which to build", True),
             ("aosis", "core-goal-250-300bn", C, "would go along with the $300 billion goal only because the text committed parties", True),
         ]),
    # 026 (duplicate of 025)
    dict(outlet="crossline-news", published="2024-11-24T03:10:00Z",
         slug="summit-clinches-300-billion-deal",
         title="Climate summit clinches $300 billion finance deal in early hours",
         text="""BAKU, Nov 24 (Crossline News) - Nearly 200 countries agreed in the early hours of Sunday on a new climate finance goal, under which developed countries will take the lead in providing at least $300 billion a year by 2035, more than 30 hours after the COP29 summit was scheduled to close.

COP29 president Mukhtar Babayev gavelled the decision through shortly before 3 a.m., to applause mixed with boos. The text also calls on all actors to raise finance for developing countries to $1.3 trillion a year and sets out a road map toward that figure.

Evans Njewa, chair of the least developed countries group, said his members had accepted the deal as a floor on which to build. He said the group would hold rich nations to their promise.

Cedric Schuster said small island states would go along with the $300 billion goal only because the text committed parties to the road map to $1.3 trillion. He added that the islands expected it to be delivered in full.

India's negotiator objected after the gavel fell, calling the amount paltry.""",
         claims=[
             ("cop29-presidency", "core-goal-250-300bn", S, "Mukhtar Babayev gavelled the decision through shortly before 3 a.m.", True),
             ("ldc-group", "core-goal-250-300bn", S, "his members had accepted the deal as a floor on which to build", True),
             ("aosis", "core-goal-250-300bn", C, "would go along with the $300 billion goal only because the text committed parties", True),
         ]),
    # 027
    dict(outlet="keystone-monitor", published="2024-11-24T09:00:00Z",
         slug="eu-hails-new-era-biden-welcomes-deal",
         title="EU hails 'new era' as Biden welcomes Baku finance deal",
         text="""BAKU, Nov 24 (Keystone Monitor) - The European Union and the United States welcomed the new climate finance goal on Sunday, while China said the deal confirmed that its own contributions would remain voluntary.

Wopke Hoekstra said the Baku deal marked the start of a new era for climate finance. He said the EU had accepted that China and other emerging economies would contribute only on a voluntary basis, provided that climate finance they channel through development banks is counted toward the goal.

President Joe Biden said in a statement that the $300 billion goal was a historic outcome and that the United States stood behind it, whatever the next administration decided.

Britain's Ed Miliband said the UK supported the deal and the $300 billion figure at its heart.

China's envoy Liu Zhenmin said Beijing was satisfied that the text kept the line between the obligations of developed countries and the voluntary efforts of others.

Campaign groups called the outcome a betrayal of the poorest countries.""",
         claims=[
             ("eu", "core-goal-250-300bn", S, "the Baku deal marked the start of a new era for climate finance", True),
             ("eu", "drop-obligatory-new-contributors", C, "accepted that China and other emerging economies would contribute only on a voluntary basis", True),
             ("eu", "private-and-mdb-finance-counts", S, "provided that climate finance they channel through development banks is counted toward the goal", True),
             ("usa", "core-goal-250-300bn", S, "the $300 billion goal was a historic outcome", True),
             ("uk", "core-goal-250-300bn", S, "the UK supported the deal and the $300 billion figure at its heart", True),
             ("china", "drop-obligatory-new-contributors", S, "the text kept the line between the obligations of developed countries and the voluntary efforts", True),
         ]),
    # 028
    dict(outlet="juniper-herald", published="2024-11-24T15:00:00Z",
         slug="poorer-nations-vent-anger-baku-deal",
         title="Poorer nations vent anger as Baku deal falls short of their demands",
         text="""BAKU, Nov 24 (Juniper Herald) - Delegates from across the developing world left Baku on Sunday angry at a climate finance deal they said fell far short of what their countries need.

India, Nigeria and Bolivia were among those that criticised the $300 billion goal on the conference floor after it was adopted. India's delegate said the process had been stage-managed.

The G77 and China had demanded $1.3 trillion a year, mostly in public money, before the talks opened. Asked whether the bloc as a whole endorsed the final text, its chair Adonia Ayebare declined to say.

Cedric Schuster said the small island states still wanted a dedicated share of finance for the most vulnerable written into future decisions, and would press the case at next year's summit in Belem. He said the islands had accepted the Baku goal only on the strength of the road map.

Analysts said the fight over who pays was likely to return in Brazil, especially if the incoming US administration cuts climate funding.""",
         claims=[
             ("aosis", "ldc-sids-floors", S, "still wanted a dedicated share of finance for the most vulnerable", True),
             ("aosis", "core-goal-250-300bn", C, "had accepted the Baku goal only on the strength of the road map", True),
         ]),
    # 029
    dict(outlet="saltmarsh-wire", published="2024-11-25T16:00:00Z",
         slug="miliband-defends-baku-deal",
         title="Miliband defends Baku deal as Conservatives attack cost",
         text="""LONDON, Nov 25 (Saltmarsh Wire) - Energy Secretary Ed Miliband defended the new global climate finance goal in parliament on Monday, telling lawmakers that Britain's share would not come from public budgets alone.

It would be wrong not to count the private investment that public money unlocks, Miliband said, adding that development bank lending would also count toward the UK's effort.

He said the UK had not given up on pressing China and other large emitters to contribute formally, and would return to the issue at future talks.

The opposition Conservatives said the government was committing taxpayers to open-ended spending abroad at a time of pressure on household budgets. Miliband replied that the deal was in Britain's interest because climate disruption abroad fed through to food prices and migration at home.

Downing Street said the prime minister would set out the UK's own contribution next year.""",
         claims=[
             ("uk", "private-and-mdb-finance-counts", S, "It would be wrong not to count the private investment that public money unlocks", True),
             ("uk", "drop-obligatory-new-contributors", O, "had not given up on pressing China and other large emitters to contribute formally", True),
         ]),
    # 030
    dict(outlet="lantern-post", published="2024-11-26T09:00:00Z",
         slug="china-says-deal-confirms-rich-must-pay",
         title="China says Baku deal confirms rich nations must pay",
         text="""BEIJING, Nov 26 (Lantern Post) - China's foreign ministry said on Tuesday that the climate finance deal agreed in Baku confirmed that developed countries bear the responsibility to provide money, and that Beijing's own help for poorer nations would stay voluntary.

A spokesperson told a regular briefing that China had always opposed attempts to turn developing countries into obligated contributors, and that the final text had respected that principle.

The spokesperson said China hoped developed countries would deliver the $300 billion in full and on time, and would not backslide on their promises as they had with the earlier $100 billion pledge.

Asked whether China would increase its own South-South climate support, the spokesperson said China would do what it could but would not set a figure.

Chinese state media described the outcome as a victory for the developing world.""",
         claims=[
             ("china", "drop-obligatory-new-contributors", S, "China had always opposed attempts to turn developing countries into obligated contributors", True),
             ("china", "core-goal-250-300bn", S, "hoped developed countries would deliver the $300 billion in full and on time", True),
         ]),
    # 031
    dict(outlet="crossline-news", published="2024-11-27T11:00:00Z",
         slug="after-baku-attention-turns-to-belem",
         title="After Baku, attention turns to Belem and the road to $1.3 trillion",
         text="""BONN, Nov 27 (Crossline News) - The UN climate secretariat published the final texts of the Baku decisions on Wednesday, starting the clock on a year of work before the next summit in Belem, Brazil, in November 2025.

The finance decision asks the presidencies of COP29 and COP30 to produce a report on the road map to $1.3 trillion before the Belem meeting. It also provides for the goal to be reviewed in the years ahead.

Brazil, which takes over the presidency, has said it will hold the summit in the Amazon city despite concerns about hotel capacity. Organisers expect tens of thousands of visitors.

Climate finance specialists said the road map could become the main battleground of the coming year, although it carries no binding force. Some predicted that the United States would be absent from the discussions after January. Others said it was too early to judge.

The secretariat also confirmed that the mid-year technical talks will take place in Bonn in June.""",
         claims=[]),
    # 032
    dict(outlet="keystone-monitor", published="2024-11-28T17:00:00Z",
         slug="podesta-us-will-keep-pressing-china",
         title="Podesta says US will keep pressing China and counting private money",
         text="""WASHINGTON, Nov 28 (Keystone Monitor) - The top US climate envoy said on Thursday that the new climate finance goal could be met only by counting private investment and development bank lending alongside public money, and that Washington would keep pressing China to contribute.

John Podesta said in a statement released on the Thanksgiving holiday that the $300 billion target agreed in Baku was achievable because it drew on all sources of finance.

He said countries with China's resources should not be let off the hook, and that the United States would press for the contributor base to widen in future negotiations.

Podesta acknowledged that the incoming administration might take a different approach. He declined to say whether he had discussed the goal with Donald Trump's transition team.

A spokesperson for the Trump transition did not respond to a request for comment. During the campaign, Trump pledged to cut what he called wasteful foreign spending.""",
         claims=[
             ("usa", "private-and-mdb-finance-counts", S, "could be met only by counting private investment and development bank lending alongside public money", True),
             ("usa", "drop-obligatory-new-contributors", O, "the United States would press for the contributor base to widen in future negotiations", True),
             ("usa", "core-goal-250-300bn", S, "the $300 billion target agreed in Baku was achievable", True),
         ]),
]

# Duplicate pairs: (original, copy). The copy is published later the same day and carries identical claims.
DUPLICATES = [("010", "011"), ("025", "026")]

SHIFTS = [
    dict(actor="g77", issue="trillion-from-developed", frm="support", to="conditional", article="021",
         why="Ayebare says the bloc could accept a public core well below $1.3 trillion (around $500 billion) in exchange for more grants and a path to the full amount; in 001, 008 and 018 it insisted on the full figure and would not give it up."),
    dict(actor="ldc-group", issue="defer-goal-to-cop30", frm="oppose", to="conditional", article="022",
         why="Njewa says the LDCs would rather leave Baku with no deal and take the fight to Belem unless the offer improves; in 013 they wanted a deal in Baku and were not interested in delaying to Brazil."),
    dict(actor="eu", issue="core-goal-250-300bn", frm="conditional", to="support", article="024",
         why="The EU says it will back $300 billion a year by 2035; in 020 it could live with $250 billion only if China and others paid in. The diplomats' account in 022 is attributed: false and does not move the stance."),
    dict(actor="ldc-group", issue="core-goal-250-300bn", frm="oppose", to="support", article="025",
         why="Njewa says the LDCs accepted the $300 billion deal as a floor to build on; in 019 and 023 they called the offer an insult and far short."),
    dict(actor="aosis", issue="core-goal-250-300bn", frm="oppose", to="conditional", article="025",
         why="Schuster says the islands go along with $300 billion only because the text commits parties to the road map to $1.3 trillion; in 023 the offer was not one AOSIS could accept."),
    dict(actor="eu", issue="drop-obligatory-new-contributors", frm="oppose", to="conditional", article="027",
         why="Hoekstra says the EU accepted voluntary contributions from China and other emerging economies provided their development-bank finance counts; from 003 to 020 (and denying a retreat in 016) the EU insisted they be formally counted."),
    dict(actor="usa", issue="core-goal-250-300bn", frm="conditional", to="support", article="027",
         why="Biden calls the $300 billion goal a historic outcome the US stands behind; in 024 the US could back it only provided the target date stayed at 2035. The diplomats' account in 022 is attributed: false."),
]

STANCES = {"support", "oppose", "conditional"}
DATELINE = re.compile(r"^([A-Z][A-Z .'-]*[A-Z]), (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}) \((.+?)\) - ")


def parse_watchlist(path):
    """Minimal reader for the watchlist format (no third-party YAML parser)."""
    actors, issues, baseline = [], [], []
    issue_fields = {}
    section, current = None, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                current = m.group(1)
                (actors if section == "actors" else issues).append(current)
                if section == "issues":
                    issue_fields[current] = ["id"]
                continue
            m = re.match(r"^    ([a-z_]+): ", line)
            if m and section == "issues":
                issue_fields[current].append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline, issue_fields


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def build():
    arts = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        date_path = a["published"][:10].replace("-", "/")
        url = "https://example.org/%s/%s/%s" % (a["outlet"], date_path, a["slug"])
        arts.append(dict(id=aid, published=a["published"], source=OUTLETS[a["outlet"]], url=url,
                         title=a["title"], text=a["text"], outlet=a["outlet"], claims=a["claims"]))

    for sub in ("articles", "feeds"):
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    for a in arts:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
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
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]]
                   for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return arts, labels


def validate(arts, labels):
    errors = []
    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))

    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues (want 5-7)" % len(issues))
    for iid, fields in issue_fields.items():
        if sorted(fields) != sorted(["id", "name", "description", "terms"]):
            errors.append("watchlist: issue %s has fields %s" % (iid, fields))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES:
            errors.append("watchlist: bad baseline entry %s" % (b,))

    if not 30 <= len(arts) <= 34:
        errors.append("%d articles (want 30-34)" % len(arts))
    prev = None
    for i, a in enumerate(arts, start=1):
        if a["id"] != "%03d" % i:
            errors.append("%s: id out of sequence" % a["id"])
        if prev is not None and a["published"] <= prev:
            errors.append("%s: not in publication order" % a["id"])
        prev = a["published"]
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words (want 120-260)" % (a["id"], n))
        m = DATELINE.match(a["text"])
        if not m:
            errors.append("%s: bad dateline" % a["id"])
        else:
            if m.group(4) != a["source"]:
                errors.append("%s: dateline outlet %r != source %r" % (a["id"], m.group(4), a["source"]))
            pub = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
            if m.group(2) != pub.strftime("%b") or int(m.group(3)) != pub.day:
                errors.append("%s: dateline date %s %s != published %s" % (a["id"], m.group(2), m.group(3), a["published"]))
        for c in labels["claims"][a["id"]]:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in STANCES:
                errors.append("%s: bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed must be a boolean" % a["id"])
            if c["quote"] not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote longer than 15 words: %r" % (a["id"], c["quote"]))
        keys = [(c["actor"], c["issue"]) for c in labels["claims"][a["id"]]]
        if len(keys) != len(set(keys)):
            errors.append("%s: more than one claim for the same actor and issue" % a["id"])

    if sorted(labels["claims"]) != [a["id"] for a in arts]:
        errors.append("claims: not every article is present")

    # Duplicates: same day, later copy, different outlet, identical claim tuples.
    by_id = {a["id"]: a for a in arts}
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        if o["published"][:10] != c["published"][:10] or c["published"] <= o["published"] or o["source"] == c["source"]:
            errors.append("duplicate %s/%s: not a later same-day copy from another outlet" % (orig, copy))
        t = lambda aid: sorted((x["actor"], x["issue"], x["stance"]) for x in labels["claims"][aid])
        if t(orig) != t(copy):
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))

    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline.
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in arts:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts differ from recomputation:\n  recomputed %s\n  labelled   %s" % (sorted(recomputed), sorted(labelled)))
    # A duplicate copy of a shift article must not shift again (it restates the new stance).
    shift_articles = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles is not every article except the shift articles")

    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (slug, r.stderr.strip()))
    return errors


def summary(arts, labels):
    claims = [c for a in arts for c in labels["claims"][a["id"]]]
    by = {s: sum(1 for c in claims if c["stance"] == s) for s in ("support", "oppose", "conditional")}
    print("articles: %d" % len(arts))
    print("claims: %d (%s); attributed false: %d" % (
        len(claims), ", ".join("%s %d" % kv for kv in by.items()), sum(1 for c in claims if not c["attributed"])))
    print("shifts: %d in articles %s" % (len(labels["shifts"]), sorted({s["article"] for s in labels["shifts"]})))
    print("no-claim articles: %s" % [a["id"] for a in arts if not labels["claims"][a["id"]]])
    for slug in OUTLETS:
        print("  %s: %d" % (slug, sum(1 for a in arts if a["outlet"] == slug)))


if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    summary(arts, labels)
    if errs:
        print("\nVALIDATION FAILED:")
        for e in errs:
            print(" - " + e)
        sys.exit(1)
    print("\nall checks passed")
