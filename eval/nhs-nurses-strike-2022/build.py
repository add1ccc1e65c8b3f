#!/usr/bin/env python3
"""Build the shiftwatch evaluation set nhs-nurses-strike-2022.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the result (quotes, ids, watchlist references, lengths, datelines,
shifts recomputed from the baseline, no_alert_articles, xmllint).

Run:  python3 build.py
"""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "nhs-nurses-strike-2022"

OUTLETS = {
    "albion-wire": "Albion Wire",
    "thames-courier": "Thames Courier",
    "pennine-post": "Pennine Post",
    "severn-gazette": "Severn Gazette",
    "lantern-news": "Lantern News",
}

S, O, C = "support", "oppose", "conditional"


def claim(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Articles in publication order. "key" is a local handle used by SHIFTS and DUPLICATES.
ARTICLES = [
    {
        "key": "ballot-opens",
        "published": "2022-10-06T09:30:00Z",
        "outlet": "albion-wire",
        "slug": "nurses-begin-strike-ballot",
        "title": "Nurses begin voting on first UK-wide strike in college's 106-year history",
        "text": """LONDON, Oct 6 (Albion Wire) - Around 300,000 members of the Royal College of Nursing began voting on Thursday on whether to strike over pay, the first statutory strike ballot across the UK in the union's 106-year history.

The RCN wants a rise of 5 percentage points above inflation for nurses, arguing that a decade of below-inflation awards has pushed experienced staff out of the profession. General secretary Pat Cullen said on Thursday that nurses could no longer keep the health service going on goodwill alone, and that only a rise above inflation would stem the exodus.

With retail price inflation above 12 per cent, the demand would mean a rise of around 17 per cent, a figure the government has rejected as unaffordable.

Most NHS staff in England received a rise of at least £1,400 this year after ministers accepted the recommendation of the NHS Pay Review Body. A spokesperson for the Department of Health and Social Care said on Thursday that pay awards were rightly set by the independent pay review body and that the government had accepted its advice in full.

Health Secretary Therese Coffey has not yet met the college's leaders. The ballot closes on Nov 2, and the union must secure a turnout of at least 50 per cent at each employer for action to be lawful.""",
        "claims": [
            claim("rcn", "above-inflation-rise", S, "only a rise above inflation would stem the exodus"),
            claim("uk-government", "above-inflation-rise", O, "a figure the government has rejected as unaffordable", False),
            claim("uk-government", "direct-pay-talks", O, "pay awards were rightly set by the independent pay review body"),
        ],
    },
    {
        "key": "barclay-returns",
        "published": "2022-10-26T16:00:00Z",
        "outlet": "severn-gazette",
        "slug": "barclay-returns-to-health-department",
        "title": "Barclay returns to health department as nurses' ballot runs on",
        "text": """LONDON, Oct 26 (Severn Gazette) - Steve Barclay was reappointed health secretary on Tuesday by the new prime minister, Rishi Sunak, returning to the Department of Health and Social Care less than two months after leaving it, with a nurses' strike ballot due to close next week.

Barclay replaces Therese Coffey, who moved to the environment department after seven weeks in the job. He arrived at the department's offices on Victoria Street on Wednesday morning and spent the day in briefings on winter pressures and the backlog of planned operations, officials said.

His officials declined to say whether he would meet leaders of the Royal College of Nursing before the ballot result, or whether he would set out a position on pay in his first week.

Health economists said the new health secretary would have little room to manoeuvre while the Treasury prepares an autumn statement focused on repairing the public finances. Some predicted that ministers would wait for the union's turnout figures before engaging, since a strike can only go ahead where at least half of eligible members vote.

Staff at several London hospitals said ballot papers were still arriving late. The college has urged members to post them before the deadline.""",
        "claims": [],
    },
    {
        "key": "vote-to-strike",
        "published": "2022-11-09T20:00:00Z",
        "outlet": "thames-courier",
        "slug": "nurses-vote-for-first-national-strike",
        "title": "Nurses vote for first UK-wide strike over pay",
        "text": """LONDON, Nov 9 (Thames Courier) - Nurses at most of the UK's largest hospitals have voted to strike, the Royal College of Nursing said on Wednesday, clearing the way for the first national walkout in the union's history before the end of the year.

The college said turnout had passed the legal threshold at the majority of NHS employers, although members at some trusts fell short. Pat Cullen, its general secretary, said nurses were angry and exhausted and would not accept another real-terms cut. She repeated that they deserved a pay rise above inflation.

Cullen said the action could still be averted. She would call off any walkouts if ministers opened negotiations with the college on pay, she said, and no dates would be announced for at least two weeks to give them time to do so.

Health Secretary Steve Barclay said he was grateful to nurses for their hard work. He said the pay review body had already settled this year's award and that the government would not reopen it.

Talks are continuing separately in Scotland, where the Scottish government has made its own offer and the health service is run from Edinburgh. An RCN Scotland spokesperson said members there were still considering their response.""",
        "claims": [
            claim("rcn", "above-inflation-rise", S, "She repeated that they deserved a pay rise above inflation"),
            claim("rcn", "suspend-strikes", C, "She would call off any walkouts if ministers opened negotiations"),
            claim("uk-government", "reopen-2022-award", O, "the government would not reopen it"),
        ],
    },
    {
        "key": "strike-dates",
        "published": "2022-11-25T13:00:00Z",
        "outlet": "pennine-post",
        "slug": "nurses-name-december-strike-dates",
        "title": "Nurses name Dec 15 and Dec 20 for strikes after ministers shun pay talks",
        "text": """LONDON, Nov 25 (Pennine Post) - The Royal College of Nursing announced on Friday that its members in England, Wales and Northern Ireland would strike on Dec 15 and Dec 20, saying the government had ignored its invitation to negotiate.

Pat Cullen, the college's general secretary, said ministers had been given two weeks to open talks and had chosen not to. She said formal negotiations on pay were the only way to settle the dispute. Should Health Secretary Steve Barclay agree to such talks, she said, she would halt the walkouts.

Barclay said nurses did a vital job. He said the government had accepted the independent pay review body's recommendations in full and that pay would continue to be decided through that process. He added that contingency plans were being drawn up with NHS England.

The NHS Confederation, which represents health service employers, said hospitals would work with local union officials to agree which services must stay fully staffed. Its chief executive, Matthew Taylor, said both sides needed to find a way back to the table before the first strike day.""",
        "claims": [
            claim("rcn", "direct-pay-talks", S, "formal negotiations on pay were the only way to settle the dispute"),
            claim("rcn", "suspend-strikes", C, "agree to such talks, she said, she would halt the walkouts"),
            claim("uk-government", "direct-pay-talks", O, "pay would continue to be decided through that process"),
        ],
    },
    {
        "key": "ambulance-ballots",
        "published": "2022-11-29T18:00:00Z",
        "outlet": "lantern-news",
        "slug": "ambulance-crews-vote-to-strike",
        "title": "Ambulance crews vote to strike in Unison and GMB ballots",
        "text": """LONDON, Nov 29 (Lantern News) - Ambulance crews and call handlers at several English ambulance services have voted to strike over pay, the Unison and GMB unions said on Tuesday, raising the prospect of walkouts by paramedics alongside the nurses' action before Christmas.

Unison said staff at five ambulance services had cleared the legal thresholds. Its head of health, Sara Gorton, said the flat award of around £1,400 had left many staff worse off and called on ministers to put more money into this year's pay packets. Members would still answer life-threatening calls during any action, she said.

The GMB said ambulance workers at nine services had voted for action. Rachel Harrison, a national officer, said the government should stop hiding behind the pay review body and sit down with unions to negotiate a better deal.

Neither union announced dates. The Department of Health and Social Care said contingency plans were in place and that people should continue to call 999 in an emergency.""",
        "claims": [
            claim("unison", "reopen-2022-award", S, "called on ministers to put more money into this year's pay packets"),
            claim("gmb", "direct-pay-talks", S, "sit down with unions to negotiate a better deal"),
        ],
    },
    {
        "key": "labour-talks",
        "published": "2022-12-06T17:00:00Z",
        "outlet": "albion-wire",
        "slug": "labour-would-talk-to-nurses",
        "title": "Labour would talk to nurses but says 19% rise is out of reach",
        "text": """LONDON, Dec 6 (Albion Wire) - Britain's opposition Labour Party would open talks with striking nurses if it were in government but could not promise them the rise they are seeking, its health spokesman Wes Streeting said on Tuesday.

Streeting told broadcasters that a Labour health secretary would already be sitting down with the Royal College of Nursing to discuss pay rather than letting the dispute run. He said, however, that the roughly 19 per cent being sought was more than the public finances could bear, and that it would be dishonest to tell nurses otherwise.

The remarks drew criticism from some Labour-affiliated unions and from left-wing members of the party, who said Labour should back health workers without qualification.

Prime Minister Rishi Sunak, asked about the dispute at a news conference, said pay would remain a matter for the independent review body, whose recommendations the government had accepted in full. He said the labour market was tight across the economy and that employers everywhere were struggling to recruit.

The college's first strike is due on Dec 15. Ambulance unions are expected to announce their own dates this week.""",
        "claims": [
            claim("labour", "direct-pay-talks", S, "would already be sitting down with the Royal College of Nursing to discuss pay"),
            claim("labour", "above-inflation-rise", O, "the roughly 19 per cent being sought was more than the public finances could bear"),
            claim("uk-government", "direct-pay-talks", O, "pay would remain a matter for the independent review body"),
        ],
    },
    {
        "key": "barclay-meeting",
        "published": "2022-12-12T19:00:00Z",
        "outlet": "thames-courier",
        "slug": "nurses-strike-on-after-barclay-meeting",
        "title": "Nurses' strike to go ahead after Barclay meeting ends without pay talks",
        "text": """LONDON, Dec 12 (Thames Courier) - The first national nurses' strike will go ahead on Thursday after a meeting between the Royal College of Nursing and Health Secretary Steve Barclay ended without any discussion of pay, the union said on Monday.

Pat Cullen, the college's general secretary, said she had come out of the meeting at the health department "bitterly disappointed". According to Cullen, Barclay told her he would not talk about pay and wanted to discuss only staffing and working conditions.

She said the walkouts would go ahead because the minister had refused, and repeated that she would suspend them as soon as he agreed to negotiate on pay.

A statement from the Department of Health and Social Care described the meeting as constructive. It said Barclay had explained that the pay review body's award for this year stood and would not be revisited, and that he wanted to keep talking to the union about other issues affecting nurses.

Separately, the government said on Monday that several hundred military personnel were being trained to drive ambulances during walkouts by paramedics later this month.""",
        "claims": [
            claim("uk-government", "direct-pay-talks", O, "Barclay told her he would not talk about pay", False),
            claim("rcn", "suspend-strikes", C, "she would suspend them as soon as he agreed to negotiate on pay"),
            claim("uk-government", "reopen-2022-award", O, "the pay review body's award for this year stood and would not be revisited"),
        ],
    },
    {
        "key": "hospitals-prepare",
        "published": "2022-12-14T15:00:00Z",
        "outlet": "severn-gazette",
        "slug": "hospitals-prepare-for-nurses-strike",
        "title": "Hospitals cancel clinics and agree cover on eve of nurses' strike",
        "text": """BIRMINGHAM, Dec 14 (Severn Gazette) - Hospitals in England, Wales and Northern Ireland spent Wednesday rescheduling outpatient clinics and planned operations ahead of Thursday's nurses' strike, while managers and local union representatives finalised lists of services that must stay fully staffed.

Under those arrangements, known as derogations, chemotherapy, dialysis, intensive care and emergency departments will be protected at most sites. NHS England said patients who had not been contacted should attend their appointments as normal.

At the city's main teaching hospital, picket lines will be set up at the main entrance from 8 a.m. The Royal College of Nursing said its pickets had been briefed to let colleagues cross if they chose to work.

In Wales, the Welsh government said it would publish its own guidance for patients on Thursday morning. Scotland is not affected, as nurses there are still considering a separate offer.

Health service analysts said the scale of disruption would depend on how many nurses joined picket lines, which could vary widely between hospitals. Some suggested ministers might be tempted to compromise if the first day went badly for them, while others expected both sides to hold firm until January.""",
        "claims": [],
    },
    {
        "key": "first-strike",
        "published": "2022-12-15T10:00:00Z",
        "outlet": "albion-wire",
        "slug": "nurses-walk-out-in-first-national-strike",
        "title": "Nurses walk out in first national strike as Sunak warns of cost",
        "text": """LONDON, Dec 15 (Albion Wire) - Tens of thousands of nurses walked out on Thursday in the first national strike in the Royal College of Nursing's history, forming picket lines outside hospitals from Belfast to Plymouth.

Outside St Thomas' Hospital, across the river from Parliament, nurses chanted in unison and waved placards as passing drivers sounded their horns. Pat Cullen, the college's general secretary, told the crowd that nurses were not asking for the moon but for a rise above inflation after years of falling pay.

Prime Minister Rishi Sunak told reporters that giving in to the union's demand would mean less money for patient care and higher inflation for everyone.

Health Secretary Steve Barclay visited an ambulance control room in London during the day and did not comment on the picket lines.

The college said dozens of NHS employers were affected, with emergency and cancer care covered by local agreements. A second strike day is planned for Dec 20, and ambulance workers are due to walk out the following day.""",
        "claims": [
            claim("rcn", "above-inflation-rise", S, "nurses were not asking for the moon but for a rise above inflation"),
            claim("uk-government", "above-inflation-rise", O, "giving in to the union's demand would mean less money for patient care"),
        ],
    },
    {
        "key": "first-strike-copy",
        "published": "2022-12-15T12:30:00Z",
        "outlet": "lantern-news",
        "slug": "nurses-strike-nationally-for-first-time",
        "title": "Nurses strike nationally for first time; Sunak says demand would hurt patients",
        "text": """LONDON, Dec 15 (Lantern News) - Tens of thousands of nurses went on strike on Thursday in the first national walkout in the 106-year history of the Royal College of Nursing, with picket lines outside hospitals from Belfast to Plymouth.

Nurses chanted in unison outside St Thomas' Hospital, opposite Parliament, as drivers sounded their horns. The college's general secretary, Pat Cullen, told them that nurses were not asking for the moon but for a rise above inflation after years in which their pay had fallen.

Prime Minister Rishi Sunak told reporters that giving in to the union's demand would mean less money for patient care and higher inflation for everyone.

Health Secretary Steve Barclay spent part of the day at an ambulance control room in London and made no comment on the strike.

Local agreements kept emergency and cancer care staffed at dozens of NHS employers, the college said. Nurses will strike again on Dec 20, and ambulance crews are due to walk out a day later.""",
        "claims": [
            claim("rcn", "above-inflation-rise", S, "nurses were not asking for the moon but for a rise above inflation"),
            claim("uk-government", "above-inflation-rise", O, "giving in to the union's demand would mean less money for patient care"),
        ],
    },
    {
        "key": "second-strike",
        "published": "2022-12-20T14:00:00Z",
        "outlet": "severn-gazette",
        "slug": "nurses-strike-again-sunak-review-body",
        "title": "Nurses strike again as Sunak says pay is for the review body, not politicians",
        "text": """LONDON, Dec 20 (Severn Gazette) - Nurses in England, Wales and Northern Ireland walked out for the second time in less than a week on Tuesday, as Prime Minister Rishi Sunak said he would not be drawn into negotiating their pay.

Sunak told reporters the government had accepted the independent pay review body's recommendations in full and that it was right for that body, not politicians, to set pay. He said his door was always open to discuss nurses' other concerns, such as workload.

The Royal College of Nursing, which is seeking a rise of 5 per cent above retail price inflation, said more hospitals would be affected if it called further strikes in the new year.

Opposition leader Keir Starmer said Sunak should be sitting down with nurses rather than hiding behind the review body. He said the prime minister had let the dispute drift for months.

At a picket line in Leeds, one nurse, who asked not to be named, said she had taken a second job to pay her heating bills.

The Welsh government said its health minister would meet unions in Cardiff in the new year.""",
        "claims": [
            claim("uk-government", "direct-pay-talks", O, "it was right for that body, not politicians, to set pay"),
            claim("rcn", "above-inflation-rise", S, "which is seeking a rise of 5 per cent above retail price inflation", False),
            claim("labour", "direct-pay-talks", S, "Sunak should be sitting down with nurses rather than hiding behind the review body"),
        ],
    },
    {
        "key": "paramedics-strike",
        "published": "2022-12-21T12:00:00Z",
        "outlet": "pennine-post",
        "slug": "paramedics-strike-nurses-name-january-dates",
        "title": "Paramedics strike as nurses name January dates",
        "text": """LONDON, Dec 21 (Pennine Post) - Ambulance workers in England and Wales walked out on Wednesday in their biggest strike in three decades, and the Royal College of Nursing announced two further days of action in January.

Unison said there was no question of calling off the stoppage at short notice, although crews would still answer the most serious calls. Its general secretary, Christina McAnea, said members had not taken the decision lightly.

The GMB, whose members also walked out, said ambulance staff were exhausted after years of rising demand and long waits outside hospitals.

Health Secretary Steve Barclay said the unions had chosen to put patients at risk and urged them to cancel further walkouts. Unite, which represents a smaller number of ambulance staff, accused him of trying to turn the public against health workers.

The nursing union said its members would strike on Jan 18 and 19 at more hospitals than before. Pat Cullen said the dates could still be cancelled if Barclay agreed to open talks on pay before then.""",
        "claims": [
            claim("unison", "suspend-strikes", O, "there was no question of calling off the stoppage at short notice"),
            claim("uk-government", "suspend-strikes", S, "urged them to cancel further walkouts"),
            claim("rcn", "suspend-strikes", C, "the dates could still be cancelled if Barclay agreed to open talks on pay"),
        ],
    },
    {
        "key": "msl-plan",
        "published": "2023-01-05T18:00:00Z",
        "outlet": "thames-courier",
        "slug": "sunak-minimum-service-law",
        "title": "Sunak to bring in law forcing minimum cover during ambulance strikes",
        "text": """LONDON, Jan 5 (Thames Courier) - Prime Minister Rishi Sunak announced on Thursday that the government would introduce legislation requiring minimum levels of service in the ambulance service and other sectors during strikes, a move unions called an attack on the right to strike.

Business Secretary Grant Shapps, who will bring the bill to parliament next week, said it would let ministers set the cover that must be provided so that people could rely on emergency care when workers walk out. Sunak said the public had a right to expect life-saving services to keep running.

The Royal College of Nursing said the plan was undemocratic, would do nothing to fix staffing and would be resisted.

The opposition Labour Party said it would repeal the legislation if it won the next general election, calling it unworkable.

Sunak's office also said ministers would invite health unions to a meeting on Monday to discuss the review body's timetable for the coming year. It declined to say whether this year's award would be on the agenda.""",
        "claims": [
            claim("uk-government", "minimum-service-levels", S, "the government would introduce legislation requiring minimum levels of service"),
            claim("rcn", "minimum-service-levels", O, "the plan was undemocratic, would do nothing to fix staffing and would be resisted"),
            claim("labour", "minimum-service-levels", O, "it would repeal the legislation if it won the next general election"),
        ],
    },
    {
        "key": "january-talks",
        "published": "2023-01-09T19:30:00Z",
        "outlet": "severn-gazette",
        "slug": "ministers-open-door-to-pay-deal",
        "title": "Ministers open door to pay deal as health unions meet Barclay",
        "text": """LONDON, Jan 9 (Severn Gazette) - Health Secretary Steve Barclay offered on Monday to discuss next year's pay with health unions, in a meeting at the Department of Health and Social Care that union leaders said fell far short of what was needed to end the strikes.

Barclay told union leaders he was willing to hear their views on the evidence the government would submit to the pay review body for 2023-24, and to talk about workload and staffing. He said the government would not agree to any settlement that did not come through the independent pay review body.

Downing Street denied that the government had agreed to reopen this year's award, saying the £1,400 rise stood.

Pat Cullen of the Royal College of Nursing said she had left the meeting with no sense of progress. The college denied reports that it had privately dropped its demand for a rise above inflation.

Some analysts said a one-off payment could give both sides a way out before the next strike dates, which fall next week.""",
        "claims": [
            claim("uk-government", "direct-pay-talks", O, "not agree to any settlement that did not come through the independent pay review body"),
            claim("uk-government", "reopen-2022-award", O, "Downing Street denied that the government had agreed to reopen this year's award"),
            claim("rcn", "above-inflation-rise", S, "denied reports that it had privately dropped its demand for a rise above inflation"),
        ],
    },
    {
        "key": "one-off-floated",
        "published": "2023-01-13T14:00:00Z",
        "outlet": "lantern-news",
        "slug": "one-off-payment-floated",
        "title": "One-off payment floated as a way out of NHS pay dispute",
        "text": """LONDON, Jan 13 (Lantern News) - A one-off payment to NHS staff for the current financial year is being discussed in Whitehall as a possible way to end the strikes, according to people briefed on the discussions, although no proposal has been put to the unions.

The idea, reported by several newspapers this week, would give nurses and other staff a lump sum on top of the £1,400 rise they received last year without permanently adding to the pay bill. Each 1 per cent of the NHS pay bill in England costs several hundred million pounds a year.

The Department of Health and Social Care declined to say whether a payment was under consideration, and the Treasury did not respond to requests for comment. Officials at the Royal College of Nursing's Cavendish Square headquarters said they had not been approached.

Economists at the Institute for Fiscal Studies said a lump sum would need to be large to make a difference after a year in which prices rose by more than 10 per cent. Others said the hunt for a compromise could drag on until the spring, when the review body is due to report on next year's pay.

Nurses are due to strike again next week.""",
        "claims": [],
    },
    {
        "key": "halfway",
        "published": "2023-01-18T11:00:00Z",
        "outlet": "albion-wire",
        "slug": "nurses-union-drops-pay-demand",
        "title": "Nurses' union drops 19% pay demand as second strike begins",
        "text": """LONDON, Jan 18 (Albion Wire) - The head of the Royal College of Nursing said on Wednesday she was prepared to meet the government halfway on pay, as nurses at more than 50 hospital trusts in England began a second two-day strike.

Pat Cullen told reporters outside University College Hospital in London that the college could settle for less than its demand of 5 per cent above inflation if Prime Minister Rishi Sunak's government came forward with a serious offer. Asked whether that meant a figure of around 10 per cent, she said she would not negotiate through the media.

She repeated that the strikes planned for February would be cancelled if ministers agreed to talk about pay for the current year.

Sunak's spokesman said the government's position had not changed and that public sector pay rises that matched or beat inflation would only make it worse. Health Secretary Steve Barclay spent the day at meetings in Whitehall and did not comment.

The college has said nurses will walk out again on Feb 6 and 7 if there is no progress.""",
        "claims": [
            claim("rcn", "above-inflation-rise", C, "the college could settle for less than its demand of 5 per cent above inflation"),
            claim("rcn", "suspend-strikes", C, "the strikes planned for February would be cancelled if ministers agreed to talk about pay"),
            claim("uk-government", "above-inflation-rise", O, "pay rises that matched or beat inflation would only make it worse"),
        ],
    },
    {
        "key": "unite-strikes",
        "published": "2023-01-26T16:00:00Z",
        "outlet": "pennine-post",
        "slug": "unite-calls-new-ambulance-strikes",
        "title": "Unite calls new ambulance strikes, says ministers still refuse to negotiate",
        "text": """LONDON, Jan 26 (Pennine Post) - The Unite union announced on Thursday that ambulance workers in the West Midlands, the North West and Wales would strike on several dates in February and March, stepping up its part in the NHS pay dispute.

General secretary Sharon Graham said the strikes would go ahead and that members would not be bullied back to work. She said the government needed to stop hiding and negotiate directly with the health unions on pay.

Unite, which accuses ministers of refusing to discuss money at all, said members had lost thousands of pounds in real terms over the past decade.

A government spokesperson said plans were in place to limit disruption and that military personnel would again be available to drive ambulances.

Several health unions said separately that they would unite behind a joint campaign for safe staffing levels, which they plan to launch in the spring.

The GMB is also considering fresh dates, a spokesperson said, but has not yet named them.""",
        "claims": [
            claim("unite", "suspend-strikes", O, "the strikes would go ahead"),
            claim("unite", "direct-pay-talks", S, "negotiate directly with the health unions on pay"),
            claim("uk-government", "direct-pay-talks", O, "accuses ministers of refusing to discuss money at all", False),
        ],
    },
    {
        "key": "msl-commons",
        "published": "2023-01-31T09:00:00Z",
        "outlet": "lantern-news",
        "slug": "minimum-service-bill-clears-commons",
        "title": "Minimum service bill clears Commons as health unions vow to fight it",
        "text": """LONDON, Jan 31 (Lantern News) - Legislation that would let ministers impose minimum service levels during strikes in the health service and other sectors cleared the House of Commons on Monday night, despite opposition from Labour and the unions.

Business Secretary Grant Shapps told lawmakers the bill would save lives by guaranteeing a basic level of emergency cover when ambulance crews walk out, and said the government would not be deterred by union threats.

Labour's deputy leader Angela Rayner said a Labour government would scrap the law in its first months in office. The Royal College of Nursing said it would campaign against a bill that could see nurses sacked for taking lawful strike action.

Employers' groups were more cautious. NHS Providers said trusts already agreed safe cover with unions during strikes and that the bill risked souring relations at a delicate moment.

The bill now goes to the House of Lords, where it faces a longer passage. Unions have called a day of protest for Wednesday, when teachers and civil servants are also due to strike.""",
        "claims": [
            claim("uk-government", "minimum-service-levels", S, "the bill would save lives by guaranteeing a basic level of emergency cover"),
            claim("labour", "minimum-service-levels", O, "a Labour government would scrap the law in its first months in office"),
            claim("rcn", "minimum-service-levels", O, "it would campaign against a bill that could see nurses sacked"),
        ],
    },
    {
        "key": "biggest-strike",
        "published": "2023-02-06T12:00:00Z",
        "outlet": "thames-courier",
        "slug": "nurses-stage-largest-strike",
        "title": "Nurses stage largest strike yet as Sunak says bigger rise would fuel inflation",
        "text": """LONDON, Feb 6 (Thames Courier) - Nurses in England walked out for a third time on Monday in what unions called the biggest wave of action in the health service's 75-year history, with ambulance crews due to follow on Friday.

Pat Cullen, general secretary of the Royal College of Nursing, repeated her offer to meet ministers halfway on pay and accused Prime Minister Rishi Sunak of ignoring it. She said Sunak could end the strikes within hours by opening talks on pay.

Sunak told reporters he would love to give nurses a bigger rise but that doing so would stoke inflation, which was already hurting their household budgets. He did not say whether he would meet Cullen.

Hospital leaders said thousands of appointments had been postponed, although emergency care continued.

In Scotland, where the government in Edinburgh has made a separate offer, no strikes took place.""",
        "claims": [
            claim("rcn", "above-inflation-rise", C, "repeated her offer to meet ministers halfway on pay"),
            claim("rcn", "suspend-strikes", C, "Sunak could end the strikes within hours by opening talks on pay"),
            claim("uk-government", "above-inflation-rise", O, "would love to give nurses a bigger rise but that doing so would stoke inflation"),
        ],
    },
    {
        "key": "48-hour-strike",
        "published": "2023-02-16T15:00:00Z",
        "outlet": "severn-gazette",
        "slug": "nurses-announce-48-hour-strike",
        "title": "Nurses announce 48-hour strike without emergency exemptions",
        "text": """LONDON, Feb 16 (Severn Gazette) - The Royal College of Nursing said on Thursday that nurses in England would strike for 48 hours from March 1, this time without the local exemptions that kept emergency and cancer services staffed during previous walkouts.

The escalation follows the government's refusal to open talks on pay. Pat Cullen said nurses had been ignored for too long and that the college still wanted direct negotiations with Health Secretary Steve Barclay. She said the strike would be called off only if the government opened those talks before the end of the month.

NHS England said it was working with trusts to understand the likely impact. The Royal College of Emergency Medicine said emergency departments were already under severe strain and urged both sides to compromise.

The walkout would be the longest yet and would for the first time include nurses in intensive care and cancer wards.""",
        "claims": [
            claim("uk-government", "direct-pay-talks", O, "The escalation follows the government's refusal to open talks on pay", False),
            claim("rcn", "direct-pay-talks", S, "the college still wanted direct negotiations with Health Secretary Steve Barclay"),
            claim("rcn", "suspend-strikes", C, "the strike would be called off only if the government opened those talks"),
        ],
    },
    {
        "key": "pause",
        "published": "2023-02-21T17:00:00Z",
        "outlet": "albion-wire",
        "slug": "nurses-pause-strikes-for-pay-talks",
        "title": "Nurses pause strikes as government agrees to talks on pay",
        "text": """LONDON, Feb 21 (Albion Wire) - The Royal College of Nursing suspended the 48-hour strike it had planned for March 1 after the government agreed on Tuesday to open talks on pay, the first negotiations of the months-long dispute.

In a joint statement, the college and the Department of Health and Social Care said talks would begin on Wednesday and would cover pay, terms and conditions and productivity. The government had agreed to the talks on condition that all strikes by the college were paused while they took place, the statement said.

Health Secretary Steve Barclay said he was pleased the college had paused its action, which he called the right decision for patients.

Pat Cullen, the college's general secretary, said the union was suspending the action in good faith and that nurses expected the talks to produce real money. She said no new strike dates would be announced while negotiations continued.

The statement did not say whether this year's £1,400 award would be revisited, and neither side would say how much money might be available. Talks will take place at the department's offices in central London.""",
        "claims": [
            claim("uk-government", "direct-pay-talks", C, "agreed to the talks on condition that all strikes by the college were paused"),
            claim("rcn", "direct-pay-talks", S, "said talks would begin on Wednesday and would cover pay"),
            claim("uk-government", "suspend-strikes", S, "he was pleased the college had paused its action"),
            claim("rcn", "suspend-strikes", S, "the union was suspending the action in good faith"),
        ],
    },
    {
        "key": "pause-copy",
        "published": "2023-02-21T19:15:00Z",
        "outlet": "lantern-news",
        "slug": "nursing-union-suspends-march-strike",
        "title": "Nursing union suspends March strike after ministers agree to pay talks",
        "text": """LONDON, Feb 21 (Lantern News) - The Royal College of Nursing has suspended the two-day strike it had called for March 1 after the government agreed on Tuesday to open talks on pay, the first negotiations since the dispute began last year.

A joint statement from the college and the Department of Health and Social Care said the talks would start on Wednesday and cover pay, terms and conditions and productivity. The government had agreed to the talks on condition that all strikes by the college were paused while they took place, it said.

Health Secretary Steve Barclay said he was pleased the college had paused its action and called it the right decision for patients.

The college's general secretary, Pat Cullen, said the union was suspending the action in good faith and that nurses expected real money to come out of the talks. No new strike dates would be set while negotiations continued, she said.

The statement did not say whether the £1,400 award for this year would be reopened, and neither side would put a figure on the money available.""",
        "claims": [
            claim("uk-government", "direct-pay-talks", C, "agreed to the talks on condition that all strikes by the college were paused"),
            claim("rcn", "direct-pay-talks", S, "said the talks would start on Wednesday and cover pay"),
            claim("uk-government", "suspend-strikes", S, "he was pleased the college had paused its action"),
            claim("rcn", "suspend-strikes", S, "the union was suspending the action in good faith"),
        ],
    },
    {
        "key": "ambulance-pause",
        "published": "2023-02-22T18:00:00Z",
        "outlet": "pennine-post",
        "slug": "unison-gmb-suspend-ambulance-strikes",
        "title": "Unison and GMB suspend ambulance strikes to join pay talks; Unite stays out",
        "text": """LONDON, Feb 22 (Pennine Post) - Unison and the GMB suspended planned ambulance strikes on Wednesday so that they could join the pay talks that began with the nurses' union this week.

Unison said it had called off the walkout set for March 8 so its negotiators could take part. Its head of health, Sara Gorton, said members wanted to give the negotiations a fair chance.

The GMB also postponed its action, saying ambulance workers deserved a seat at the table alongside nurses.

Unite, which has not been invited, said walkouts by its members in several regions would go ahead as planned.

Health Secretary Steve Barclay said unions could join the talks only if they stood down their action, and that the invitation remained open to Unite on the same terms.

The talks are being held at the Department of Health and Social Care, where officials said progress had been made on non-pay issues such as career progression and safe staffing.""",
        "claims": [
            claim("unison", "suspend-strikes", S, "it had called off the walkout set for March 8"),
            claim("gmb", "suspend-strikes", S, "The GMB also postponed its action"),
            claim("gmb", "direct-pay-talks", S, "ambulance workers deserved a seat at the table alongside nurses"),
            claim("unite", "suspend-strikes", O, "walkouts by its members in several regions would go ahead as planned"),
            claim("uk-government", "direct-pay-talks", C, "unions could join the talks only if they stood down their action"),
        ],
    },
    {
        "key": "one-off-signal",
        "published": "2023-02-24T13:00:00Z",
        "outlet": "thames-courier",
        "slug": "barclay-signals-one-off-payment",
        "title": "Barclay signals one-off payment for this year could be part of nurses' deal",
        "text": """LONDON, Feb 24 (Thames Courier) - Health Secretary Steve Barclay said on Friday he was open to a one-off payment for NHS staff covering the current financial year, the first time the government has signalled it could put more money into this year's pay.

Speaking on a visit to a hospital in Hertfordshire, Barclay said such a payment could form part of a wider settlement, but only if it was linked to changes that improved productivity in the health service. He declined to say how large it might be.

For months, ministers had insisted that the £1,400 award for this year would not be revisited, and Prime Minister Rishi Sunak had repeatedly pointed to the pay review body's recommendations as final.

Pat Cullen, general secretary of the Royal College of Nursing, said the talks had been constructive so far and that any deal must give nurses extra money for this year as well as next.

The Treasury declined to comment. Talks continue next week.""",
        "claims": [
            claim("uk-government", "reopen-2022-award", C, "could form part of a wider settlement, but only if it was linked"),
            claim("rcn", "reopen-2022-award", S, "any deal must give nurses extra money for this year as well as next"),
        ],
    },
    {
        "key": "talks-continue",
        "published": "2023-03-09T15:00:00Z",
        "outlet": "severn-gazette",
        "slug": "nurses-pay-talks-enter-third-week",
        "title": "Nurses' pay talks enter third week as junior doctors prepare to strike",
        "text": """LONDON, March 9 (Severn Gazette) - Negotiators from the Royal College of Nursing, other health unions and the Department of Health and Social Care met again on Thursday at the department's offices in Victoria Street, with both sides keeping the details confidential.

Neither side would comment on reports that a rise of around 5 per cent for the coming year was under discussion. A college spokesperson said only that the talks were continuing and that members would be kept informed.

Junior doctors in England, represented by the British Medical Association, are due to strike for 72 hours from Monday in a separate dispute. The BMA, which is seeking full restoration of pay lost since 2008, is not part of the talks.

The Royal College of Emergency Medicine said the combination of doctors' strikes and continuing winter demand had left emergency departments stretched.

Analysts said a deal with nurses could come within days but might face a difficult vote among members, many of whom had hoped for a rise closer to inflation. Whether Unite would be brought into the talks remained unclear.""",
        "claims": [],
    },
    {
        "key": "offer",
        "published": "2023-03-16T14:00:00Z",
        "outlet": "albion-wire",
        "slug": "government-offers-nhs-staff-5-percent",
        "title": "Government offers NHS staff 5% and one-off payment; unions recommend deal",
        "text": """LONDON, March 16 (Albion Wire) - The British government offered nurses, paramedics and other NHS staff in England a 5 per cent pay rise for the coming year and a one-off payment for the current year on Thursday, and most union leaders said they would recommend that their members accept it.

The one-off sum, worth between £1,655 and £3,789 depending on pay band, will be paid on top of the £1,400 rise staff received last year, the Department of Health and Social Care said. Health Secretary Steve Barclay said the offer was fair and reasonable and that he hoped staff would vote for it.

The Royal College of Nursing said its leadership would recommend the offer to members in a vote closing next month.

Unison and the GMB also said they would back the deal. Unite declined to say whether it would recommend the offer, saying its members would decide.

The offer covers staff on the Agenda for Change contract in England. Health is devolved, and talks in Wales and Northern Ireland are continuing separately.""",
        "claims": [
            claim("uk-government", "reopen-2022-award", S, "will be paid on top of the £1,400 rise staff received last year"),
            claim("uk-government", "accept-march-offer", S, "the offer was fair and reasonable and that he hoped staff would vote for it"),
            claim("rcn", "accept-march-offer", S, "its leadership would recommend the offer to members"),
            claim("unison", "accept-march-offer", S, "Unison and the GMB also said they would back the deal"),
            claim("gmb", "accept-march-offer", S, "Unison and the GMB also said they would back the deal"),
        ],
    },
    {
        "key": "hunt-limit",
        "published": "2023-03-17T10:00:00Z",
        "outlet": "pennine-post",
        "slug": "hunt-says-offer-is-the-limit",
        "title": "Hunt says NHS pay offer is as far as government can go",
        "text": """LONDON, March 17 (Pennine Post) - Chancellor Jeremy Hunt said on Friday the pay offer to NHS staff in England was as much as the country could afford, and that a rise matching inflation would have fed further price increases.

Hunt told broadcasters that part of the cost would be met from within existing health budgets, without giving a figure.

The opposition Labour Party welcomed the offer. Its health spokesman, Wes Streeting, said it was a relief for patients but that nurses should never have been forced on to picket lines to get it.

A group of nurses campaigning on social media urged colleagues to vote no, arguing that a 5 per cent rise was still a cut in real terms while inflation ran above 10 per cent. Several branch officials said members were divided. The Royal College of Nursing's national leadership, which has recommended the offer, is holding online meetings with members before the vote.

The vote closes on April 14. A rejection would leave the college free to call further strikes until its mandate expires in early May.""",
        "claims": [
            claim("uk-government", "accept-march-offer", S, "was as much as the country could afford"),
            claim("uk-government", "above-inflation-rise", O, "a rise matching inflation would have fed further price increases"),
            claim("labour", "accept-march-offer", S, "The opposition Labour Party welcomed the offer"),
            claim("rcn", "accept-march-offer", S, "which has recommended the offer", False),
        ],
    },
    {
        "key": "rcn-rejects",
        "published": "2023-04-14T13:00:00Z",
        "outlet": "thames-courier",
        "slug": "nurses-reject-pay-offer",
        "title": "Nurses reject pay offer and call 48-hour strike without exemptions",
        "text": """LONDON, April 14 (Thames Courier) - Members of the Royal College of Nursing in England have rejected the government's pay offer, the union said on Friday, and nurses will strike for 48 hours from April 30 without exemptions for emergency care.

Of the 61 per cent of eligible members who voted, 54 per cent rejected the offer of 5 per cent for the coming year and a one-off payment for the current one. The result goes against the recommendation of the college's own leadership.

Pat Cullen, the general secretary, said the government must now improve its offer. She said the strike would be called off only if ministers came back with more money for nurses.

A spokesperson for the Department of Health and Social Care said it was disappointing that the college had turned down a fair and reasonable deal that other unions were backing, and urged it to reconsider.

The college has also said it will ballot members on a new six-month strike mandate, since its current mandate expires in early May.""",
        "claims": [
            claim("rcn", "accept-march-offer", O, "54 per cent rejected the offer of 5 per cent for the coming year"),
            claim("rcn", "suspend-strikes", C, "the strike would be called off only if ministers came back with more money"),
            claim("uk-government", "accept-march-offer", S, "the college had turned down a fair and reasonable deal"),
        ],
    },
    {
        "key": "unison-accepts",
        "published": "2023-04-14T17:30:00Z",
        "outlet": "albion-wire",
        "slug": "unions-back-nhs-pay-deal",
        "title": "Unions back NHS pay deal, leaving nurses isolated",
        "text": """LONDON, April 14 (Albion Wire) - Members of Unison, the largest health union, have voted to accept the government's pay offer for NHS staff in England, the union said on Friday, hours after nurses rejected the same deal.

Unison said 74 per cent of its health members who took part had backed the offer. Sara Gorton, its head of health, said the result showed staff wanted the money in their pockets and that the government should pay it without delay.

The result strengthens the government's hand ahead of a meeting of the NHS Staff Council, the body of unions and employers that formally decides on the deal, next month. Votes of several other unions, including the GMB and Unite, are still being counted.

The Royal College of Nursing, whose members rejected the offer earlier in the day, does not take part in Unison's ballot but sits on the Staff Council.

Health Secretary Steve Barclay welcomed the Unison vote and said he hoped it would pave the way for the deal to be implemented for all staff.""",
        "claims": [
            claim("unison", "accept-march-offer", S, "74 per cent of its health members who took part had backed the offer"),
            claim("rcn", "accept-march-offer", O, "whose members rejected the offer earlier in the day", False),
            claim("uk-government", "accept-march-offer", S, "he hoped it would pave the way for the deal to be implemented"),
        ],
    },
    {
        "key": "court-bid",
        "published": "2023-04-25T16:00:00Z",
        "outlet": "lantern-news",
        "slug": "barclay-goes-to-court-over-strike",
        "title": "Barclay goes to court to stop final day of nurses' strike",
        "text": """LONDON, April 25 (Lantern News) - Health Secretary Steve Barclay said on Tuesday he would ask the High Court to block the final day of the nurses' planned strike in England, arguing that the union's mandate runs out before the action ends.

Barclay said he had been left with no choice because the mandate expired at midnight on May 1, and repeated his call for the Royal College of Nursing to cancel the walkout altogether.

Pat Cullen, the college's general secretary, called the legal action an attempt to silence nurses. She said the college would still call off the strike if ministers came forward with a better offer, but would not be intimidated by the courts.

The strike is due to begin at 8 p.m. on April 30. NHS England said it was preparing for significant disruption, with nurses in intensive care units expected to join picket lines for the first time.""",
        "claims": [
            claim("uk-government", "suspend-strikes", S, "repeated his call for the Royal College of Nursing to cancel the walkout altogether"),
            claim("rcn", "suspend-strikes", C, "would still call off the strike if ministers came forward with a better offer"),
        ],
    },
    {
        "key": "court-ruling",
        "published": "2023-04-27T18:00:00Z",
        "outlet": "thames-courier",
        "slug": "court-rules-final-strike-day-unlawful",
        "title": "Court rules final day of nurses' strike unlawful; college cuts action short",
        "text": """LONDON, April 27 (Thames Courier) - The High Court ruled on Thursday that the final day of the Royal College of Nursing's planned strike in England would be unlawful because the union's mandate expires at midnight on May 1, and the college said it would shorten the action to comply.

The ruling, handed down at the Royal Courts of Justice after a hearing brought by Health Secretary Steve Barclay, means nurses will strike from 8 p.m. on April 30 until midnight on May 1 instead of for a full 48 hours.

Pat Cullen said the college would abide by the ruling but called it a dark day for nurses. She said the shortened walkout would go ahead unless the government reopened talks and improved its offer.

Barclay welcomed the judgement, saying the government could not stand by and allow an unlawful strike to proceed, and urged the union to call off the remaining day as well.

The college is due to open a new ballot next month on whether members want to continue taking action for another six months.""",
        "claims": [
            claim("rcn", "suspend-strikes", C, "the shortened walkout would go ahead unless the government reopened talks and improved its offer"),
            claim("uk-government", "suspend-strikes", S, "urged the union to call off the remaining day as well"),
        ],
    },
    {
        "key": "staff-council",
        "published": "2023-05-02T16:00:00Z",
        "outlet": "severn-gazette",
        "slug": "nhs-staff-council-backs-pay-deal",
        "title": "NHS Staff Council backs pay deal over objections of nurses and Unite",
        "text": """LONDON, May 2 (Severn Gazette) - Health unions and employers on the NHS Staff Council voted on Tuesday to accept the government's pay offer for 2023-24, clearing the way for a 5 per cent rise and one-off payments to be paid to more than a million staff in England, nurses included.

Unions representing the majority of staff on the council, led by Unison and the GMB, voted in favour. The Royal College of Nursing and Unite voted against, after their members rejected the deal in separate ballots.

Health Secretary Steve Barclay said the government would now implement the offer for all staff covered by the agreement.

The college said the Staff Council decision did not change its members' view of the offer, which they had rejected as inadequate.

Analysts said the vote left the college with little leverage, since its members will receive the rise whatever they decide. Whether the college can secure a new strike mandate in its next ballot, which requires a 50 per cent turnout, is uncertain.""",
        "claims": [
            claim("unison", "accept-march-offer", S, "led by Unison and the GMB, voted in favour"),
            claim("gmb", "accept-march-offer", S, "led by Unison and the GMB, voted in favour"),
            claim("rcn", "accept-march-offer", O, "The Royal College of Nursing and Unite voted against"),
            claim("unite", "accept-march-offer", O, "The Royal College of Nursing and Unite voted against"),
            claim("uk-government", "accept-march-offer", S, "the government would now implement the offer for all staff covered by the agreement"),
        ],
    },
    {
        "key": "reballot",
        "published": "2023-05-03T12:00:00Z",
        "outlet": "pennine-post",
        "slug": "cullen-urges-barclay-back-to-table",
        "title": "Cullen urges Barclay back to the table as nurses prepare new strike vote",
        "text": """LONDON, May 3 (Pennine Post) - The head of the Royal College of Nursing urged Health Secretary Steve Barclay on Wednesday to reopen negotiations, a day after the NHS Staff Council accepted a pay deal that the college's members had voted down.

Pat Cullen said the government should return to the table and negotiate directly with nurses rather than hide behind a vote by other unions. She said the college still regarded the offer as inadequate and would not endorse it.

The college will ballot members from later this month on whether to take further action until the end of the year. A turnout of at least 50 per cent is needed for any new mandate.

A Department of Health and Social Care spokesperson declined to say whether Barclay would meet Cullen again.

Nurses' pay will rise by 5 per cent from April, with back pay and the one-off payment expected in June for most staff.""",
        "claims": [
            claim("rcn", "direct-pay-talks", S, "negotiate directly with nurses rather than hide behind a vote by other unions"),
            claim("rcn", "accept-march-offer", O, "the college still regarded the offer as inadequate and would not endorse it"),
        ],
    },
]

# Labelled shifts (article given by key; converted to id on output).
SHIFTS = [
    {"actor": "rcn", "issue": "above-inflation-rise", "from": S, "to": C, "article": "halfway",
     "why": "Cullen says the college could settle for less than 5 per cent above inflation and would meet the government halfway; until then (001, 003, 009, 014) the RCN insisted on a rise above inflation and denied dropping the demand."},
    {"actor": "uk-government", "issue": "direct-pay-talks", "from": O, "to": C, "article": "pause",
     "why": "The joint statement says the government agreed to talks on pay on condition that the RCN's strikes were paused; before, ministers left pay to the independent pay review body (001, 004, 006, 011, 014)."},
    {"actor": "rcn", "issue": "suspend-strikes", "from": C, "to": S, "article": "pause",
     "why": "The RCN suspends its March 1 strike; before, it offered to call off walkouts only if ministers opened pay talks (003, 004, 007, 012, 016, 019, 020)."},
    {"actor": "unison", "issue": "suspend-strikes", "from": O, "to": S, "article": "ambulance-pause",
     "why": "Unison calls off its March 8 ambulance walkout to join the talks; in 012 it said there was no question of calling off its stoppage."},
    {"actor": "uk-government", "issue": "reopen-2022-award", "from": O, "to": C, "article": "one-off-signal",
     "why": "Barclay is open to a one-off payment for the current year, but only if linked to productivity changes; in 003, 007 and 014 the government refused to reopen this year's award."},
    {"actor": "uk-government", "issue": "reopen-2022-award", "from": C, "to": S, "article": "offer",
     "why": "The formal offer includes a one-off sum paid on top of the £1,400 award for 2022-23; in 024 it was only a conditional possibility."},
    {"actor": "rcn", "issue": "accept-march-offer", "from": S, "to": O, "article": "rcn-rejects",
     "why": "RCN members vote 54 per cent to reject the offer, against the leadership's recommendation to accept it in 026."},
    {"actor": "rcn", "issue": "suspend-strikes", "from": S, "to": C, "article": "rcn-rejects",
     "why": "After the rejection the RCN calls a new strike and says it will call it off only if ministers improve the offer; since 021 its strikes had been suspended."},
]

# Same story, same day, second outlet: (original key, copy key).
DUPLICATES = [("first-strike", "first-strike-copy"), ("pause", "pause-copy")]

STANCES = {S, O, C}
MONTHS = "Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec"


def fail(msg):
    print("VALIDATION FAILED: " + msg)
    sys.exit(1)


def read_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    issue_fields = {}
    current_issue = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^(actors|issues|baseline):\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.append(m.group(1))
                continue
            if m and section == "issues":
                current_issue = m.group(1)
                issues.append(current_issue)
                issue_fields[current_issue] = ["id"]
                continue
            if section == "issues":
                f = re.match(r"^    (\w+):", line)
                if f and current_issue:
                    issue_fields[current_issue].append(f.group(1))
            if section == "baseline":
                b = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
                if not b:
                    fail("unparsed baseline line: " + line)
                baseline.append({"actor": b.group(1), "issue": b.group(2), "stance": b.group(3)})
    for iid, fields in issue_fields.items():
        if sorted(fields) != sorted(["id", "name", "description", "terms"]):
            fail("issue %s has fields %s (want id, name, description, terms)" % (iid, fields))
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def main():
    actors, issues, baseline = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("need 5-7 issues, have %d" % len(issues))

    # ids in publication order
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        fail("articles are not in strict publication order")
    keys = [a["key"] for a in ARTICLES]
    if len(set(keys)) != len(keys):
        fail("duplicate article keys")
    key2id = {}
    for i, a in enumerate(ARTICLES, 1):
        a["id"] = "%03d" % i
        key2id[a["key"]] = a["id"]
        a["source"] = OUTLETS[a["outlet"]]
        y, mo, d = a["published"][:10].split("-")
        a["url"] = "https://example.org/%s/%s/%s/%s/%s" % (a["outlet"], y, mo, d, a["slug"])
    urls = [a["url"] for a in ARTICLES]
    if len(set(urls)) != len(urls):
        fail("duplicate urls")
    if not 30 <= len(ARTICLES) <= 34:
        fail("need 30-34 articles, have %d" % len(ARTICLES))

    for a in ARTICLES:
        text = a["text"]
        n = len(text.split())
        if not 120 <= n <= 260:
            fail("%s has %d words" % (a["id"], n))
        dl = re.match(r"^[A-Z][A-Z .,'-]*(, [A-Za-z .'-]+)?, (%s) (\d{1,2}) \((.+?)\) - " % MONTHS, text)
        if not dl:
            fail("%s has no dateline" % a["id"])
        if dl.group(4) != a["source"]:
            fail("%s dateline outlet %s != %s" % (a["id"], dl.group(4), a["source"]))
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        if int(dl.group(3)) != dt.day:
            fail("%s dateline day differs from published" % a["id"])
        month_names = MONTHS.split("|")
        if month_names[dt.month - 1] != dl.group(2):
            fail("%s dateline month differs from published" % a["id"])
        seen = set()
        for c in a["claims"]:
            if c["actor"] not in actors:
                fail("%s unknown actor %s" % (a["id"], c["actor"]))
            if c["issue"] not in issues:
                fail("%s unknown issue %s" % (a["id"], c["issue"]))
            if c["stance"] not in STANCES:
                fail("%s bad stance %s" % (a["id"], c["stance"]))
            if not isinstance(c["attributed"], bool):
                fail("%s attributed not bool" % a["id"])
            if c["quote"] not in text:
                fail("%s quote not in text: %r" % (a["id"], c["quote"]))
            if len(c["quote"].split()) > 15:
                fail("%s quote longer than 15 words: %r" % (a["id"], c["quote"]))
            k = (c["actor"], c["issue"])
            if k in seen:
                fail("%s has two claims for %s" % (a["id"], k))
            seen.add(k)

    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            fail("bad baseline entry %s" % b)

    # duplicates: same day, different outlet, identical claim tuples
    by_key = {a["key"]: a for a in ARTICLES}
    for orig, copy in DUPLICATES:
        a, b = by_key[orig], by_key[copy]
        if a["published"][:10] != b["published"][:10] or a["outlet"] == b["outlet"] or a["published"] >= b["published"]:
            fail("duplicate pair %s/%s not same day, later, other outlet" % (orig, copy))
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in a["claims"])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in b["claims"])
        if ta != tb:
            fail("duplicate pair %s/%s has different claims" % (orig, copy))

    # recompute shifts from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for c in a["claims"]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            old = prevailing.get(k)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[k] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], key2id[s["article"]]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        print("recomputed:", recomputed)
        print("labelled:  ", labelled)
        fail("labelled shifts differ from recomputed shifts")
    if not 5 <= len(SHIFTS) <= 8:
        fail("need 5-8 shifts")
    reversals = [s for s in SHIFTS if {s["from"], s["to"]} == {S, O}]
    if len(reversals) > 2:
        fail("more than two straight support/oppose reversals")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        fail("no shift to or from conditional")
    shift_ids = sorted({key2id[s["article"]] for s in SHIFTS})
    if not any(key2id[orig] in shift_ids for orig, _ in DUPLICATES):
        fail("no duplicate pair includes a shift article")
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_ids]

    all_claims = [c for a in ARTICLES for c in a["claims"]]
    if not 60 <= len(all_claims) <= 90:
        fail("need 60-90 claims, have %d" % len(all_claims))
    if sum(1 for c in all_claims if c["stance"] == C) < 6:
        fail("need at least 6 conditional claims")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        fail("need 3-4 articles without claims, have %s" % empty)

    # write outputs
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    labels = {
        "claims": {a["id"]: [dict(c) for c in a["claims"]] for a in ARTICLES},
        "shifts": [dict(s, article=key2id[s["article"]]) for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        if not items:
            fail("outlet %s has no articles" % slug)
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
        p = os.path.join(feed_dir, slug + ".xml")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
        feed_paths.append(p)

    for p in feed_paths:
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            fail("xmllint failed on %s: %s" % (p, r.stderr))

    # summary
    by_stance = {st: sum(1 for c in all_claims if c["stance"] == st) for st in (S, O, C)}
    print("OK: %d articles, %d claims (%s), %d attributed false" % (
        len(ARTICLES), len(all_claims), ", ".join("%s %d" % kv for kv in by_stance.items()),
        sum(1 for c in all_claims if not c["attributed"])))
    print("shifts: %d in articles %s" % (len(SHIFTS), ", ".join(shift_ids)))
    for s in labels["shifts"]:
        print("  %s %s %s: %s -> %s" % (s["article"], s["actor"], s["issue"], s["from"], s["to"]))
    print("duplicates: %s" % ", ".join("%s/%s" % (key2id[o], key2id[c]) for o, c in DUPLICATES))
    print("no-claim articles: %s" % ", ".join(empty))
    print("no_alert_articles: %d" % len(no_alert))
    print("words: min %d, max %d" % (min(len(a["text"].split()) for a in ARTICLES),
                                     max(len(a["text"].split()) for a in ARTICLES)))
    per_outlet = {}
    for a in ARTICLES:
        per_outlet[a["source"]] = per_outlet.get(a["source"], 0) + 1
    print("outlets: %s" % per_outlet)


if __name__ == "__main__":
    main()
