#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set hs2-northern-leg-2023.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, then
validates the set (quotes, ids, watchlist references, word counts, datelines,
recomputed shifts, no_alert_articles, duplicates, xmllint). Exits non-zero on
any failure.

The events are real and public (the 2023 row over the HS2 Birmingham-Manchester
leg). The outlets are fictional and all wording is original paraphrase. The set
is not a source of facts.
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
    "pennine-wire": "Pennine Wire",
    "albion-courier": "Albion Courier",
    "lockgate-times": "Lockgate Times",
    "signal-dispatch": "Signal Dispatch",
    "estuary-herald": "Estuary Herald",
}

# Claim tuples: (actor, issue, stance, quote, attributed)
G, L, B, S, BIZ, PM = "uk-government", "labour", "burnham", "street", "business-groups", "former-pms"
SCRAP, NN, LAND, EUSTON, REIN = (
    "scrap-manchester-leg",
    "network-north",
    "sell-route-land",
    "euston-private-finance",
    "reinstate-manchester-leg",
)
SUP, OPP, CON = "support", "oppose", "conditional"

ARTICLES = [
    # 001
    dict(
        outlet="signal-dispatch",
        published="2023-09-19T18:20:00Z",
        slug="ministers-weigh-cutting-hs2-short-of-manchester",
        title="Ministers weigh cutting HS2 short of Manchester as costs climb",
        text="""LONDON, Sept 19 (Signal Dispatch) - Prime Minister Rishi Sunak and Chancellor Jeremy Hunt are weighing whether to scale back or delay the HS2 high-speed line between Birmingham and Manchester, according to government documents described in a national newspaper on Tuesday.

The papers were said to show that about 2.3 billion pounds had already been spent on the northern section, and that officials had looked at ending the line at Birmingham as construction costs rose with inflation.

A Department for Transport spokesperson said the government was getting on with delivering the railway and denied that the Manchester section was being abandoned. The spokesperson did not comment on the documents themselves.

Andy Burnham, the Labour mayor of Greater Manchester, said on social media that cutting the line would leave the north with a Victorian railway while the south got a modern one. He said the city region had planned its new Piccadilly station around the route.

The eastern leg of HS2 to Leeds was dropped in 2021. Analysts said any further cut would be likely to dominate the Conservative Party's annual conference, which opens in Manchester on Oct 1.""",
        claims=[
            (G, SCRAP, OPP, "denied that the Manchester section was being abandoned", True),
            (B, SCRAP, OPP, "cutting the line would leave the north with a Victorian railway", True),
        ],
    ),
    # 002
    dict(
        outlet="pennine-wire",
        published="2023-09-21T12:40:00Z",
        slug="sunak-refuses-to-guarantee-hs2-manchester",
        title="Sunak refuses to guarantee HS2 will reach Manchester",
        text="""LONDON, Sept 21 (Pennine Wire) - Rishi Sunak declined on Thursday to say whether the HS2 rail line would still be built to Manchester, telling reporters he would not comment on speculation about the project.

Pressed three times during a visit to a school in the south of England, the prime minister said only that the government was focused on delivering the infrastructure the country needed. Downing Street later declined to say when a decision would be taken.

West Midlands mayor Andy Street, a Conservative, said he had spoken to senior officials at Downing Street this week and had warned them that dropping the northern leg would be a serious mistake. Street said the line was about connecting the country's two biggest regional economies, not about shaving minutes off journeys.

Labour said the government should stop dithering. Louise Haigh, the shadow transport secretary, said the line must be built in full and accused ministers of letting its costs spiral out of control.

HS2 Ltd, the state-owned company building the railway, referred questions to the Department for Transport.""",
        claims=[
            (S, SCRAP, OPP, "dropping the northern leg would be a serious mistake", True),
            (L, SCRAP, OPP, "said the line must be built in full", True),
        ],
    ),
    # 003
    dict(
        outlet="estuary-herald",
        published="2023-09-22T15:00:00Z",
        slug="mayors-from-rival-parties-defend-hs2-northern-leg",
        title="Mayors from rival parties unite to defend HS2 northern leg",
        text="""MANCHESTER, Sept 22 (Estuary Herald) - The Labour and Conservative mayors at either end of the planned HS2 line between Birmingham and Manchester issued a joint appeal on Friday urging the government not to scrap it.

Andy Burnham of Greater Manchester and Andy Street of the West Midlands said in a statement that cancelling the northern leg would tell people in the north and the Midlands that modern infrastructure was not meant for them. They called on the prime minister to confirm the route.

Street told reporters at a joint appearance that the two men disagreed on plenty, but not on this. Burnham said the region had been promised the line for more than a decade and that cutting it now would leave the country with half a railway.

Henri Murison, chief executive of the Northern Powerhouse Partnership, a business-backed lobby group, said investors in the north would lose faith in government promises if the leg were dropped.

No 10 did not respond to the statement. A Conservative MP whose seat lies near Crewe, speaking privately, said he expected the leg to be delayed rather than cancelled.""",
        claims=[
            (B, SCRAP, OPP, "cutting it now would leave the country with half a railway", True),
            (S, SCRAP, OPP, "They called on the prime minister to confirm the route", True),
            (BIZ, SCRAP, OPP, "investors in the north would lose faith in government promises if the leg were dropped", True),
        ],
    ),
    # 004
    dict(
        outlet="albion-courier",
        published="2023-09-26T10:30:00Z",
        slug="johnson-osborne-business-chiefs-pressure-sunak-hs2",
        title="Johnson, Osborne and business chiefs pile pressure on Sunak over HS2",
        text="""LONDON, Sept 26 (Albion Courier) - Former prime minister Boris Johnson urged Rishi Sunak on Tuesday not to cut the HS2 line to Manchester, joining a growing list of senior Conservatives who have spoken out against any retreat.

Johnson, who gave the project its final go-ahead in 2020, said abandoning the northern section would be a betrayal of the levelling-up agenda on which the party won the 2019 election.

George Osborne, the former chancellor, and Michael Heseltine, the former deputy prime minister, said in a joint statement at the weekend that scrapping the leg would be a historic mistake that would hold the north back for decades.

Separately, a group of business leaders from the north and the Midlands wrote to the prime minister asking him to keep the route. The letter, coordinated by the Northern Powerhouse Partnership, said companies had made investment decisions on the basis that the line would be built.

A spokesperson for the prime minister said he would not get into speculation. The spokesperson added that the government had already spent billions on HS2 and was focused on delivering the first phase between London and Birmingham.""",
        claims=[
            (PM, SCRAP, OPP, "abandoning the northern section would be a betrayal of the levelling-up agenda", True),
            (BIZ, SCRAP, OPP, "wrote to the prime minister asking him to keep the route", True),
        ],
    ),
    # 005
    dict(
        outlet="lockgate-times",
        published="2023-09-27T14:00:00Z",
        slug="cbi-warns-hs2-cut-would-hurt-investment",
        title="CBI warns HS2 cut would hurt investment as Labour presses for full line",
        text="""LONDON, Sept 27 (Lockgate Times) - The Confederation of British Industry warned on Wednesday that scrapping the HS2 line north of Birmingham would damage Britain's standing with investors, adding its voice to calls for the government to stick to the plan.

Rain Newton-Smith, the CBI's director general, said in a speech in London that firms needed to know big infrastructure projects would not be torn up halfway through. She said cancelling the Manchester leg would tell investors that the country could not finish what it started.

Labour leader Keir Starmer said Labour still backed HS2 in full and that the government's handling of the line had become a national embarrassment. He declined to say how a Labour government would meet the rising costs.

Ministers have faced mounting questions over the project since the local elections in May, when heavy Conservative losses sharpened concern about the party's prospects in the north.

Treasury officials are understood to be examining several options, including pausing work north of Birmingham for several years. Analysts said a long delay was more likely than an outright cancellation.""",
        claims=[
            (BIZ, SCRAP, OPP, "cancelling the Manchester leg would tell investors that the country could not finish", True),
            (L, SCRAP, OPP, "Labour still backed HS2 in full", True),
        ],
    ),
    # 006 (no claims)
    dict(
        outlet="pennine-wire",
        published="2023-09-30T16:00:00Z",
        slug="security-tightens-around-manchester-venue",
        title="Security tightens around Manchester venue as Conservatives arrive",
        text="""MANCHESTER, Sept 30 (Pennine Wire) - Steel barriers and police checkpoints went up around the Manchester Central convention centre on Saturday as Conservative Party members began arriving for the party's four-day annual conference.

Greater Manchester Police said more than a thousand officers would be on duty during the week, and that a protest march organised by trade unions and campaign groups was expected on Sunday afternoon. Several roads near the venue will be closed.

Organisers said more than 10,000 people had registered. Prime Minister Rishi Sunak is due to arrive on Sunday and will close the conference with his leader's speech on Wednesday.

Whether the future of the HS2 rail line would feature in the speech was unclear. Downing Street declined to say on Saturday whether a decision on the Manchester leg would be announced in the city.

Political analysts said a cancellation announced in Manchester itself would be awkward for the party, and some expected the prime minister to hold back any announcement until after the conference. Local hoteliers said rooms had been fully booked for weeks.""",
        claims=[],
    ),
    # 007 (shift: uk-government scrap oppose -> conditional)
    dict(
        outlet="signal-dispatch",
        published="2023-10-01T11:30:00Z",
        slug="sunak-will-not-be-rushed-on-hs2",
        title="Sunak says he will not be rushed on HS2, signals rethink if costs keep rising",
        text="""MANCHESTER, Oct 1 (Signal Dispatch) - Prime Minister Rishi Sunak said on Sunday he would not be forced into a decision on the HS2 line to Manchester, but signalled for the first time that he was ready to change the plan if its costs could not be justified.

In a television interview on the opening day of the Conservative conference, Sunak said the costs of the project had risen far beyond what had been forecast. He said he was open to changing course on the northern leg if it no longer offered value for taxpayers, and that he would take the right long-term decision for the country.

His comments were the clearest sign yet that the government's commitment to the full route was in doubt.

Andy Burnham, speaking to reporters in the city centre, said any retreat on the line would show the government had given up on the north.

Andy Street, the Conservative mayor of the West Midlands, said at a fringe meeting that he would keep making the case to the prime minister until the last minute. He said scrapping the leg would be a huge mistake for the country.

The conference runs until Wednesday.""",
        claims=[
            (G, SCRAP, CON, "open to changing course on the northern leg if it no longer offered value", True),
            (B, SCRAP, OPP, "any retreat on the line would show the government had given up on the north", True),
            (S, SCRAP, OPP, "scrapping the leg would be a huge mistake for the country", True),
        ],
    ),
    # 008
    dict(
        outlet="estuary-herald",
        published="2023-10-02T19:00:00Z",
        slug="hunt-says-manchester-leg-stays-only-if-costs-tamed",
        title="Hunt says Manchester leg stays only if costs are tamed; Street fears decision is made",
        text="""MANCHESTER, Oct 2 (Estuary Herald) - Chancellor Jeremy Hunt said on Monday that the HS2 line to Manchester could go ahead only if its costs were brought under control, as speculation grew that the government would announce a cut this week.

Speaking to broadcasters before his conference speech, Hunt said the project would keep its northern leg only if its costs could be controlled, and that he would not sign a blank cheque for any scheme. He said no final decision had been taken.

Andy Street told reporters at a crowded press conference that he understood from conversations with ministers that the line north of Birmingham would be cut. He said he would still urge the prime minister to think again, describing the cancellation as a decision the country would regret for decades.

Asked whether he would leave the Conservative Party if the leg were scrapped, Street declined to say.

In his speech, Hunt announced a freeze on the size of the civil service and a rise in the national living wage. He did not mention HS2.""",
        claims=[
            (G, SCRAP, CON, "keep its northern leg only if its costs could be controlled", True),
            (G, SCRAP, SUP, "from conversations with ministers that the line north of Birmingham would be cut", False),
            (S, SCRAP, OPP, "a decision the country would regret for decades", True),
        ],
    ),
    # 009
    dict(
        outlet="lockgate-times",
        published="2023-10-03T20:10:00Z",
        slug="starmer-accuses-sunak-of-chaos-over-hs2",
        title="Starmer accuses Sunak of chaos over HS2; Burnham warns against land sell-off",
        text="""MANCHESTER, Oct 3 (Lockgate Times) - Labour leader Keir Starmer said on Tuesday that cutting the HS2 line to Manchester would be a huge own goal for the country, as reports spread that Prime Minister Rishi Sunak would confirm the decision in his speech on Wednesday.

Starmer, visiting a factory in Staffordshire, said the government had lost control of the project and that the north deserved the line it had been promised.

Louise Haigh, Labour's transport spokeswoman, declined to say whether a Labour government would restore the leg if it were scrapped, saying the party would not write policy in response to newspaper reports.

Andy Burnham wrote to the prime minister asking that, whatever was decided, the land already bought for the route not be sold. In the letter, released by the Greater Manchester Combined Authority, he said a sale would be an irreversible step taken in haste.

Conservative delegates in the hall at Manchester Central appeared divided. Some said privately that a cancellation would hand Labour a campaign issue across the north.""",
        claims=[
            (L, SCRAP, OPP, "cutting the HS2 line to Manchester would be a huge own goal", True),
            (B, LAND, OPP, "asking that, whatever was decided, the land already bought for the route not be sold", True),
        ],
    ),
    # 010 (shift: uk-government scrap conditional -> support; duplicate original)
    dict(
        outlet="pennine-wire",
        published="2023-10-04T12:45:00Z",
        slug="sunak-scraps-hs2-leg-to-manchester",
        title="Sunak scraps HS2 leg to Manchester, pledges 36 billion pounds for Network North",
        text="""MANCHESTER, Oct 4 (Pennine Wire) - Prime Minister Rishi Sunak cancelled the HS2 high-speed line between Birmingham and Manchester on Wednesday, telling the Conservative Party conference that the facts had changed and that the money would be better spent elsewhere.

In his closing speech in the city the leg was meant to serve, Sunak said he was ending the rest of the HS2 project beyond Birmingham. He said every penny of the roughly 36 billion pounds saved would be reinvested in hundreds of road, rail and bus schemes across the north and the Midlands under a new plan called Network North.

The line will still run from Birmingham to London and will end at Euston, not at Old Oak Common in the west of the capital as had been feared. Sunak said the Euston terminus would be completed with private investment, with the land around the station developed to help pay for it.

The announcement ends more than a decade of planning for the route through Cheshire to Manchester Piccadilly. Government officials said a document setting out what would happen to the land and property bought for the leg would be published later on Wednesday.

Delegates gave the prime minister a standing ovation.""",
        claims=[
            (G, SCRAP, SUP, "Sunak said he was ending the rest of the HS2 project beyond Birmingham", True),
            (G, NN, SUP, "every penny of the roughly 36 billion pounds saved would be reinvested", True),
            (G, EUSTON, SUP, "the Euston terminus would be completed with private investment", True),
        ],
    ),
    # 011 (duplicate copy of 010)
    dict(
        outlet="albion-courier",
        published="2023-10-04T14:30:00Z",
        slug="sunak-axes-manchester-hs2-leg",
        title="Sunak axes Manchester HS2 leg, promises every penny to northern transport",
        text="""MANCHESTER, Oct 4 (Albion Courier) - Rishi Sunak scrapped the Birmingham to Manchester section of HS2 on Wednesday, telling Conservative members gathered in Manchester that the facts had changed and that the money should go elsewhere.

In his closing conference speech, the prime minister said he was ending the rest of the HS2 project north of Birmingham. He promised that every penny of the roughly 36 billion pounds saved would be reinvested in hundreds of transport schemes in the north and the Midlands, under a plan named Network North.

The line will still run between London and Birmingham and will terminate at Euston rather than at Old Oak Common. Sunak said the Euston terminus would be completed with private investment, with development of the surrounding land helping to fund it.

The decision ends years of planning for the route through Cheshire to Manchester Piccadilly. Officials said a document explaining what would happen to the land and property already bought for the leg would follow later on Wednesday.

Members in the hall rose to applaud the prime minister at the end of the speech.""",
        claims=[
            (G, SCRAP, SUP, "he was ending the rest of the HS2 project north of Birmingham", True),
            (G, NN, SUP, "every penny of the roughly 36 billion pounds saved would be reinvested", True),
            (G, EUSTON, SUP, "the Euston terminus would be completed with private investment", True),
        ],
    ),
    # 012
    dict(
        outlet="signal-dispatch",
        published="2023-10-04T17:15:00Z",
        slug="burnham-says-north-betrayed-street-sad-day",
        title="Burnham says north betrayed; Street calls it a sad day",
        text="""MANCHESTER, Oct 4 (Signal Dispatch) - Greater Manchester mayor Andy Burnham said on Wednesday that the cancellation of the HS2 leg to Manchester showed the north was still treated as second class, and he dismissed the government's replacement plan.

Speaking outside the secure zone around the conference, Burnham said the people of the north had been betrayed. He said Network North was a rebadged list of old promises and could never replace the railway the region had been offered.

Andy Street, the Conservative mayor of the West Midlands, said it was a sad day and that he remained convinced the decision was wrong. Street said he had not been consulted on the details of Network North and that it was no substitute for the line his region had planned around. He said he would not resign from the party.

Burnham said he had been given no notice of the announcement.

Network North includes an extension of Manchester's Metrolink tram network, a new rail link in the Midlands and road resurfacing across the country, according to a summary published by the Department for Transport.""",
        claims=[
            (B, SCRAP, OPP, "the people of the north had been betrayed", True),
            (B, NN, OPP, "Network North was a rebadged list of old promises", True),
            (S, SCRAP, OPP, "he remained convinced the decision was wrong", True),
            (S, NN, OPP, "it was no substitute for the line his region had planned around", True),
        ],
    ),
    # 013
    dict(
        outlet="lockgate-times",
        published="2023-10-04T20:40:00Z",
        slug="cameron-calls-hs2-decision-wrong",
        title="Cameron calls HS2 decision wrong as business and Labour condemn cut",
        text="""LONDON, Oct 4 (Lockgate Times) - Former prime minister David Cameron said on Wednesday that Rishi Sunak had made the wrong decision in scrapping the HS2 leg to Manchester, warning that it would damage the country's long-term prospects.

In a rare statement on domestic policy, Cameron, whose government launched the project, said cancelling the northern section sent the wrong signal about Britain's ability to plan for the future.

The CBI said the decision was a blow to business confidence in the north and the Midlands. The British Chambers of Commerce said it would welcome the extra local transport spending only if ministers guaranteed that every pound of the promised money was actually delivered.

For Labour, shadow transport secretary Louise Haigh called the announcement a humiliation for the north and said the government had wasted billions on a line it would never finish. She dismissed the prime minister's plan to pay for Euston with private money as a fantasy that would leave taxpayers exposed.

George Osborne, the former chancellor who championed the line, said the decision was a mistake that would be regretted for a generation.""",
        claims=[
            (PM, SCRAP, OPP, "Rishi Sunak had made the wrong decision in scrapping the HS2 leg", True),
            (BIZ, SCRAP, OPP, "the decision was a blow to business confidence in the north", True),
            (BIZ, NN, CON, "would welcome the extra local transport spending only if ministers guaranteed", True),
            (L, SCRAP, OPP, "called the announcement a humiliation for the north", True),
            (L, EUSTON, OPP, "dismissed the prime minister's plan to pay for Euston with private money", True),
        ],
    ),
    # 014
    dict(
        outlet="estuary-herald",
        published="2023-10-05T16:00:00Z",
        slug="harper-confirms-hs2-land-will-be-sold",
        title="Harper confirms HS2 land will be sold as Network North errors emerge",
        text="""LONDON, Oct 5 (Estuary Herald) - Transport Secretary Mark Harper said on Thursday that land and property bought for the scrapped HS2 leg to Manchester would be sold, as the government scrambled to correct its Network North document.

Harper told broadcasters the government would sell the land and homes bought for the leg and return the proceeds to the taxpayer. He defended the 36 billion pound plan, saying Network North would deliver faster improvements to the journeys people made every day.

The document published on Wednesday listed some schemes that already existed, including a tram link to Manchester Airport that opened in 2014. The Department for Transport said the list was illustrative and updated it online.

Labour's Louise Haigh said the government should halt any sale of the land. She said a Labour government would consider restoring the line only if the land remained in public hands, adding that the party would not make promises it could not keep.

Property agents along the route in Cheshire said they had already received inquiries from developers.""",
        claims=[
            (G, LAND, SUP, "the government would sell the land and homes bought for the leg", True),
            (G, NN, SUP, "saying Network North would deliver faster improvements", True),
            (L, LAND, OPP, "the government should halt any sale of the land", True),
            (L, REIN, CON, "would consider restoring the line only if the land remained in public hands", True),
        ],
    ),
    # 015 (shift: street network-north oppose -> conditional; headline overstates)
    dict(
        outlet="albion-courier",
        published="2023-10-06T11:00:00Z",
        slug="street-throws-weight-behind-network-north",
        title="Street throws his weight behind Sunak's Network North",
        text="""BIRMINGHAM, Oct 6 (Albion Courier) - West Midlands mayor Andy Street said on Friday that he would work with the government on its Network North transport plan, two days after Prime Minister Rishi Sunak cancelled the HS2 leg to Manchester.

But Street, a Conservative, set firm terms. He said he would back the Network North spending only if the money promised to the West Midlands was ring-fenced and arrived on time, including funding for the long-delayed Midlands Rail Hub.

Street said he still believed scrapping the northern leg was the wrong call, but that his job now was to get the best deal for the region. He said he had considered resigning from the party and had decided against it.

Andy Burnham, his Labour counterpart in Greater Manchester, has dismissed the package as a con.

Local business leaders in Birmingham said they were relieved that the line to London would go ahead, and a spokesperson for the Department for Transport said ministers looked forward to working with the mayor.""",
        claims=[
            (S, NN, CON, "would back the Network North spending only if the money promised to the West Midlands", True),
            (S, SCRAP, OPP, "he still believed scrapping the northern leg was the wrong call", True),
            (B, NN, OPP, "has dismissed the package as a con", False),
        ],
    ),
    # 016 (no claims)
    dict(
        outlet="lockgate-times",
        published="2023-10-08T18:00:00Z",
        slug="labour-opens-liverpool-conference",
        title="Labour opens Liverpool conference with eyes on power",
        text="""LIVERPOOL, Oct 8 (Lockgate Times) - Labour opened its annual conference in Liverpool on Sunday with a double-digit lead in opinion polls and a warning from its leaders that the party would not make spending promises it could not fund.

Keir Starmer, arriving at the waterfront conference centre, was asked repeatedly in a morning television interview whether a Labour government would bring back the HS2 leg to Manchester. He declined to say, repeating that he would not write the party's manifesto in a television studio.

Shadow chancellor Rachel Reeves is due to speak on Monday and is expected to set out strict rules for the public finances. Party officials said the HS2 question was likely to come up at several fringe events during the week.

Pollsters said the cancellation could help Labour in seats along the abandoned route in Cheshire and Staffordshire, though they cautioned that few voters ranked rail projects among their top concerns.

Organisers said they expected the largest attendance in the party's history, with many business representatives registered for the first time.""",
        claims=[],
    ),
    # 017 (shift: labour reinstate conditional -> oppose)
    dict(
        outlet="pennine-wire",
        published="2023-10-10T14:00:00Z",
        slug="starmer-rules-out-bringing-back-hs2-leg",
        title="Starmer rules out bringing back HS2 leg to Manchester",
        text="""LIVERPOOL, Oct 10 (Pennine Wire) - Labour will not reinstate the HS2 line between Birmingham and Manchester if it wins power, Keir Starmer said on Tuesday, arguing that the Conservatives had made the leg impossible to revive.

In his speech to the Labour conference, Starmer called the cancellation a national embarrassment and said Rishi Sunak had treated the north with contempt. But he told delegates he could not stand in the hall and promise to rebuild a project the government had already begun to dismantle. Aides said afterwards that Labour would instead focus on rail links across the north.

The position disappointed some in his own party. Andy Burnham, who was in the hall, said he still wanted the high-speed line to Manchester restored by whoever was in government.

The speech was briefly interrupted when a protester climbed onto the stage and threw glitter over Starmer before being removed by security.

Only last week, Labour's transport team had said the party would consider restoring the line if the land remained available.""",
        claims=[
            (L, REIN, OPP, "Labour will not reinstate the HS2 line between Birmingham and Manchester if it wins power", True),
            (L, SCRAP, OPP, "Starmer called the cancellation a national embarrassment", True),
            (B, REIN, SUP, "he still wanted the high-speed line to Manchester restored", True),
        ],
    ),
    # 018
    dict(
        outlet="signal-dispatch",
        published="2023-10-11T13:00:00Z",
        slug="haigh-says-labour-will-not-revive-leg",
        title="Haigh says Labour will not revive Manchester leg but vows to fight land sale",
        text="""LIVERPOOL, Oct 11 (Signal Dispatch) - Louise Haigh, Labour's shadow transport secretary, told the party conference on Wednesday that Labour would not revive the scrapped HS2 leg to Manchester, but she vowed to oppose any rushed sale of the land bought for it.

Haigh said it would be dishonest to promise to restart a project whose contracts had been cancelled and whose final costs were unknown. Instead, she said, a Labour government would put rail links between northern cities such as Liverpool, Manchester and Leeds first.

She said Labour would not allow the government to sell off the land along the route in a fire sale, calling it an act of economic vandalism that would cost the taxpayer twice.

Northern Powerhouse Rail, a planned line across the Pennines, has itself been scaled back in recent years, and Haigh did not say how much Labour would spend on it.

Delegates later passed a motion calling for the railways to be brought back into public ownership.""",
        claims=[
            (L, REIN, OPP, "it would be dishonest to promise to restart a project whose contracts had been cancelled", True),
            (L, LAND, OPP, "Labour would not allow the government to sell off the land", True),
        ],
    ),
    # 019
    dict(
        outlet="estuary-herald",
        published="2023-10-12T10:00:00Z",
        slug="burnham-vows-to-keep-fighting-for-fast-line",
        title="Burnham vows to keep fighting for a fast line to Birmingham",
        text="""MANCHESTER, Oct 12 (Estuary Herald) - Andy Burnham said on Thursday that he would not accept any transport plan that did not restore a fast rail link between Manchester and Birmingham, two days after Keir Starmer's conference speech.

Speaking at a breakfast event for business leaders in the city, the Greater Manchester mayor said he respected his party leader's caution but would go on making the case in public and in private.

Burnham also urged ministers not to sell a single plot of the land bought for the route, saying the corridor should be protected so that a future line could use it.

The Greater Manchester Combined Authority said it had spent years preparing for high-speed trains at Piccadilly station and at Manchester Airport, and that some of its planning work could still be used for other rail schemes.

A Department for Transport spokesperson said the government would set out next steps for the land in due course. The spokesperson did not give a date.""",
        claims=[
            (B, REIN, SUP, "would not accept any transport plan that did not restore a fast rail link", True),
            (B, LAND, OPP, "urged ministers not to sell a single plot of the land bought for the route", True),
        ],
    ),
    # 020
    dict(
        outlet="lockgate-times",
        published="2023-10-16T09:00:00Z",
        slug="street-says-he-came-close-to-quitting",
        title="Street says he came close to quitting over HS2",
        text="""BIRMINGHAM, Oct 16 (Lockgate Times) - Andy Street said on Monday that he had come close to resigning as West Midlands mayor and leaving the Conservative Party after the HS2 leg to Manchester was cancelled, but had concluded he could do more for the region by staying.

In an interview with the Lockgate Times, Street said the decision to scrap the northern leg remained a mistake that he would never defend.

He said he had agreed to support the government's Network North spending in exchange for a written guarantee that the Midlands Rail Hub and other local schemes would be fully funded. Without that guarantee, he said, the package would be only words on paper.

Street is seeking a third term in the mayoral election in May. He said he expected the HS2 decision to feature in the campaign but did not think voters would punish him for a choice made in London.

Asked whether the prime minister had apologised to him, Street declined to say.""",
        claims=[
            (S, SCRAP, OPP, "the decision to scrap the northern leg remained a mistake that he would never defend", True),
            (S, NN, CON, "support the government's Network North spending in exchange for a written guarantee", True),
        ],
    ),
    # 021 (shift: uk-government sell-route-land support -> conditional)
    dict(
        outlet="albion-courier",
        published="2023-10-18T17:30:00Z",
        slug="harper-slows-hs2-land-sales",
        title="Harper slows HS2 land sales, keeping plots for northern rail",
        text="""LONDON, Oct 18 (Albion Courier) - Transport Secretary Mark Harper told MPs on Wednesday that the government would sell land bought for the cancelled HS2 leg to Manchester only once the route of Northern Powerhouse Rail had been settled, and would keep any plots needed for that line.

Harper said in a Commons statement that some of the land between Crewe and Manchester could be reused for the planned east-west railway across the Pennines. He said the decision to cancel the HS2 leg had been right and that he would not reopen it.

Louise Haigh, the shadow transport secretary, said the change did not go far enough and called for all sales to be halted.

Property owners along the route, many of whom had sold their homes to HS2 Ltd under compulsory purchase, said they still did not know whether they would be offered them back.

The hybrid bill for the Crewe to Manchester section remains before Parliament, and officials said its future would be decided next year.""",
        claims=[
            (G, LAND, CON, "would sell land bought for the cancelled HS2 leg to Manchester only once the route", True),
            (G, SCRAP, SUP, "the decision to cancel the HS2 leg had been right", True),
            (G, REIN, OPP, "he would not reopen it", True),
            (L, LAND, OPP, "called for all sales to be halted", True),
        ],
    ),
    # 022 (duplicate original)
    dict(
        outlet="signal-dispatch",
        published="2023-10-19T12:00:00Z",
        slug="burnham-and-street-demand-hs2-land-protected",
        title="Burnham and Street demand HS2 land be protected for future line",
        text="""LONDON, Oct 19 (Signal Dispatch) - The mayors of Greater Manchester and the West Midlands wrote to Transport Secretary Mark Harper on Thursday demanding that none of the land bought for the cancelled HS2 leg be sold, a day after he said sales would be slowed.

In the joint letter, Andy Burnham and Andy Street said the whole corridor between Birmingham and Manchester should be protected. They said a high-speed link between the two cities would be needed within a generation and that the leg should eventually be built, whether by this government or the next.

Burnham said a partial pause on land sales was not enough. Street said the corridor was too valuable to lose for the sake of a one-off windfall.

The Department for Transport said it had received the letter and would respond in due course.

Last month the two mayors, from opposing parties, issued a joint appeal to save the leg before Prime Minister Rishi Sunak announced its cancellation at the Conservative conference in Manchester.""",
        claims=[
            (B, LAND, OPP, "demanding that none of the land bought for the cancelled HS2 leg be sold", True),
            (S, LAND, OPP, "demanding that none of the land bought for the cancelled HS2 leg be sold", True),
            (B, REIN, SUP, "the leg should eventually be built, whether by this government or the next", True),
            (S, REIN, SUP, "the leg should eventually be built, whether by this government or the next", True),
        ],
    ),
    # 023 (duplicate copy of 022)
    dict(
        outlet="pennine-wire",
        published="2023-10-19T15:30:00Z",
        slug="mayors-urge-harper-to-keep-hs2-land",
        title="Mayors urge Harper to keep every acre of HS2 land",
        text="""LONDON, Oct 19 (Pennine Wire) - The mayors of Greater Manchester and the West Midlands demanded on Thursday that none of the land bought for the cancelled HS2 leg be sold, in a letter to Transport Secretary Mark Harper a day after he said sales would be slowed.

Andy Burnham and Andy Street wrote that the entire corridor between Birmingham and Manchester should be protected. A high-speed link between the two cities would be needed within a generation, they said, and the leg should eventually be built, whether by this government or the next.

Burnham said a partial pause on sales was not enough, while Street said the corridor was too valuable to lose for the sake of a one-off windfall.

The Department for Transport said it would reply to the letter in due course.

The two mayors, one Labour and one Conservative, made a joint appeal last month to save the leg before Prime Minister Rishi Sunak announced its cancellation at his party's conference in Manchester.""",
        claims=[
            (B, LAND, OPP, "that none of the land bought for the cancelled HS2 leg be sold", True),
            (S, LAND, OPP, "that none of the land bought for the cancelled HS2 leg be sold", True),
            (B, REIN, SUP, "the leg should eventually be built, whether by this government or the next", True),
            (S, REIN, SUP, "the leg should eventually be built, whether by this government or the next", True),
        ],
    ),
    # 024
    dict(
        outlet="estuary-herald",
        published="2023-10-25T16:00:00Z",
        slug="sunak-and-starmer-clash-over-hs2",
        title="Sunak and Starmer clash over HS2 at PMQs",
        text="""LONDON, Oct 25 (Estuary Herald) - Rishi Sunak defended his decision to scrap the HS2 leg to Manchester on Wednesday, telling the House of Commons it had been the right call for taxpayers, as Keir Starmer accused him of leaving the north with broken promises.

At Prime Minister's Questions, Starmer said the cancellation was a betrayal of the north that had cost the country billions in wasted work and lost investment.

Sunak replied that Labour had itself refused to promise to bring the line back and had no transport plan of its own. He said the money saved would reach every region of the country.

The exchange came as Network North faced fresh scrutiny. Several Conservative MPs from northern seats asked ministers this week when schemes in their constituencies would receive funding, and some said privately that they had not been told.

The Speaker, Lindsay Hoyle, had to interrupt the exchanges several times because of noise in the chamber.""",
        claims=[
            (G, SCRAP, SUP, "defended his decision to scrap the HS2 leg to Manchester", True),
            (G, NN, SUP, "the money saved would reach every region of the country", True),
            (L, SCRAP, OPP, "the cancellation was a betrayal of the north", True),
            (L, REIN, OPP, "Labour had itself refused to promise to bring the line back", False),
        ],
    ),
    # 025
    dict(
        outlet="lockgate-times",
        published="2023-10-31T10:00:00Z",
        slug="northern-business-lobby-urges-ban-on-hs2-land-sales",
        title="Northern business lobby urges ban on HS2 land sales",
        text="""MANCHESTER, Oct 31 (Lockgate Times) - The Northern Powerhouse Partnership called on the government on Tuesday to stop selling land bought for the cancelled HS2 leg to Manchester, warning that a sell-off would shut the door on a high-speed line for good.

In a report published on Tuesday, the business-backed group said the entire route should stay safeguarded until a decision on its long-term use had been made. Its chief executive, Henri Murison, said that whichever party won the next general election should commit to reviving the line between Birmingham and Manchester.

The report estimated that the north's economy would be several billion pounds a year smaller by the 2040s without better rail links, though it said the figures were uncertain.

A spokesperson for the Department for Transport said no land had yet been sold and that any disposals would follow a proper process.

Economists at a Manchester university said separately that the region's productivity gap with London had widened over the past decade.""",
        claims=[
            (BIZ, LAND, OPP, "to stop selling land bought for the cancelled HS2 leg", True),
            (BIZ, REIN, SUP, "should commit to reviving the line between Birmingham and Manchester", True),
        ],
    ),
    # 026
    dict(
        outlet="albion-courier",
        published="2023-11-06T13:00:00Z",
        slug="street-wins-funding-pledge-for-midlands-rail-hub",
        title="Street wins funding pledge for Midlands Rail Hub",
        text="""BIRMINGHAM, Nov 6 (Albion Courier) - Andy Street said on Monday that the government had set out the first tranche of funding for the Midlands Rail Hub, a package of rail upgrades around Birmingham promised under the Network North plan.

The West Midlands mayor, who still regards the cancellation of the HS2 leg to Manchester as a mistake, said he would go on supporting Network North provided the rest of the money promised to the region arrived on schedule. He said he would hold ministers to every line of the commitment.

Rail minister Huw Merriman, who visited Moor Street station with Street, said the hub was being paid for with money saved from HS2 and would allow hundreds of extra trains a week.

Birmingham City Council, which declared itself effectively bankrupt in September, was not involved in the announcement.

Street faces re-election in May, and opposition councillors said the announcement was timed to help his campaign.""",
        claims=[
            (S, SCRAP, OPP, "who still regards the cancellation of the HS2 leg to Manchester as a mistake", False),
            (S, NN, CON, "would go on supporting Network North provided the rest of the money promised", True),
            (G, NN, SUP, "the hub was being paid for with money saved from HS2", True),
        ],
    ),
    # 027 (no claims)
    dict(
        outlet="signal-dispatch",
        published="2023-11-13T18:00:00Z",
        slug="cameron-returns-as-foreign-secretary",
        title="Cameron returns as foreign secretary; HS2 criticism resurfaces",
        text="""LONDON, Nov 13 (Signal Dispatch) - David Cameron returned to government on Monday as foreign secretary in a reshuffle by Prime Minister Rishi Sunak, more than seven years after he left Downing Street.

Cameron, who is being made a member of the House of Lords so that he can take the job, said in a statement that although he might have disagreed with some individual decisions, the prime minister was a strong and capable leader.

Critics were quick to point out that last month Cameron had described the scrapping of the HS2 leg to Manchester as the wrong decision. Asked outside the Foreign Office whether he still held that view, he declined to say, replying that his focus was now on foreign policy.

The reshuffle also saw Suella Braverman sacked as home secretary and replaced by James Cleverly.

Labour said the appointment of a former prime minister who had left office after the Brexit referendum showed the government had run out of ideas.""",
        claims=[],
    ),
    # 028 (shift: business-groups network-north conditional -> support)
    dict(
        outlet="pennine-wire",
        published="2023-11-22T17:00:00Z",
        slug="hunt-autumn-statement-backs-network-north",
        title="Hunt's autumn statement backs Network North as business groups sign up",
        text="""LONDON, Nov 22 (Pennine Wire) - Chancellor Jeremy Hunt confirmed on Wednesday that money saved by cancelling the HS2 leg to Manchester would fund Network North road and rail schemes, as he delivered his autumn statement to parliament.

Hunt told MPs that the savings would go to transport projects in the north and the Midlands, including road resurfacing and local rail upgrades. Most of his statement focused on tax cuts, including a reduction in national insurance.

The British Chambers of Commerce said it now backed the Network North spending, after the Treasury published a timetable for the first projects. Its director general, Shevaun Haviland, said firms in the regions wanted the work to start quickly.

For Labour, shadow chancellor Rachel Reeves said Network North was a list of reheated announcements that would not make up for the lost line.

The Office for Budget Responsibility said growth would be weaker over the next two years than it had forecast in the spring.""",
        claims=[
            (G, NN, SUP, "the savings would go to transport projects in the north and the Midlands", True),
            (BIZ, NN, SUP, "it now backed the Network North spending", True),
            (L, NN, OPP, "Network North was a list of reheated announcements", True),
        ],
    ),
    # 029 (no claims)
    dict(
        outlet="estuary-herald",
        published="2023-12-05T15:00:00Z",
        slug="no-hs2-land-sold-yet-officials-tell-mps",
        title="No HS2 land sold yet, officials tell MPs",
        text="""LONDON, Dec 5 (Estuary Herald) - No land or property along the cancelled HS2 route between Birmingham and Manchester has yet been sold, senior civil servants told a parliamentary committee on Tuesday.

Officials from the Department for Transport and HS2 Ltd told the Commons transport committee that the company still owned several hundred properties along the northern section. They said a timetable for the land would be set out next year, and declined to say how much it was worth.

The committee's chair, Conservative MP Iain Stewart, said members would return to the subject in the new year.

An HS2 Ltd executive told the committee that work on the first phase between London and Birmingham was continuing and that tens of thousands of people were employed on the project.

Analysts at a property consultancy said the value of the land could fall if buyers believed the route might one day be revived, and that some plots near Crewe could be hard to sell at any price.""",
        claims=[],
    ),
    # 030
    dict(
        outlet="lockgate-times",
        published="2023-12-14T12:00:00Z",
        slug="ministers-set-out-euston-plan-private-money",
        title="Ministers set out Euston plan relying on private money",
        text="""LONDON, Dec 14 (Lockgate Times) - The government set out further details on Thursday of a development zone around London's Euston station, saying private investment in homes and offices would pay for a large share of the HS2 terminus.

Rail minister Huw Merriman said the station would be delivered with the help of private capital, so that taxpayers would not have to foot the whole bill. A new body will oversee the redevelopment of the area around the station.

The CBI said firms would not commit money to Euston unless ministers gave them long-term certainty about the project after years of changes.

Labour's Louise Haigh said relying on developers to finish a national railway station was a gamble with no guarantee of success.

The Euston site has been largely idle since work was paused in March, when the government delayed the station to save money. Camden Council, which covers the area, said residents had endured years of disruption and wanted a clear timetable.""",
        claims=[
            (G, EUSTON, SUP, "the station would be delivered with the help of private capital", True),
            (BIZ, EUSTON, CON, "would not commit money to Euston unless ministers gave them long-term certainty", True),
            (L, EUSTON, OPP, "relying on developers to finish a national railway station was a gamble", True),
        ],
    ),
    # 031 (shift: labour euston-private-finance oppose -> conditional)
    dict(
        outlet="albion-courier",
        published="2024-01-10T10:30:00Z",
        slug="labour-softens-line-on-private-money-for-euston",
        title="Labour softens line on private money for Euston",
        text="""LONDON, Jan 10 (Albion Courier) - Labour would be open to private investment in the HS2 station at London Euston, provided the line runs all the way into central London and taxpayers are protected from the risks, shadow transport secretary Louise Haigh said on Wednesday.

In a speech to a transport industry conference, Haigh said Labour had no objection in principle to private money at Euston, but that it would have to come with firm guarantees on cost and timing. She had previously dismissed the government's plan as a fantasy.

Haigh repeated that Labour would not bring back the cancelled leg between Birmingham and Manchester, saying the party had to be honest with voters about what it could afford.

Industry figures at the conference said contractors needed a stable pipeline of work after a year of cancellations and delays across the rail network.

The Department for Transport did not respond to a request for comment on Labour's remarks.""",
        claims=[
            (L, EUSTON, CON, "Labour would be open to private investment in the HS2 station at London Euston", True),
            (L, REIN, OPP, "Labour would not bring back the cancelled leg between Birmingham and Manchester", True),
        ],
    ),
    # 032
    dict(
        outlet="signal-dispatch",
        published="2024-01-19T16:00:00Z",
        slug="leaked-hs2-cost-estimate-reignites-row",
        title="Leaked HS2 cost estimate reignites row over Manchester leg",
        text="""LONDON, Jan 19 (Signal Dispatch) - A leaked estimate suggesting the London to Birmingham section of HS2 could cost far more than previously forecast reignited the row over the cancelled leg to Manchester on Friday.

The Department for Transport said the figures had not been verified, and that the government had been right to cancel the northern leg given how the cost of the first phase had grown.

Andy Burnham, who wants the line to Manchester restored, said the leak did not change his view that scrapping the leg had been a historic error, and that the north was paying for mistakes made in London.

Henri Murison of the Northern Powerhouse Partnership said a future government should still bring the Manchester line back, and that the leak showed why big projects needed stable leadership.

HS2 Ltd declined to comment on the figures. Analysts said the new estimate would make it even harder for any party to promise to revive the northern leg before the general election expected later this year.""",
        claims=[
            (G, SCRAP, SUP, "the government had been right to cancel the northern leg", True),
            (B, REIN, SUP, "who wants the line to Manchester restored", False),
            (B, SCRAP, OPP, "scrapping the leg had been a historic error", True),
            (BIZ, REIN, SUP, "a future government should still bring the Manchester line back", True),
        ],
    ),
]

SHIFTS = [
    dict(actor=G, issue=SCRAP, frm=OPP, to=CON, article="007",
         why="Sunak says he is open to changing course on the northern leg if it no longer offers value for taxpayers; "
             "until then the government's policy was to build it, and in 001 the department denied the section was being abandoned."),
    dict(actor=G, issue=SCRAP, frm=CON, to=SUP, article="010",
         why="Sunak announces at the Conservative conference that he is ending the rest of HS2 beyond Birmingham; "
             "in 007 and 008 he and Hunt had only signalled a rethink tied to costs. Street's report in 008 that the line "
             "would be cut is attributed: false and does not move the stance."),
    dict(actor=S, issue=NN, frm=OPP, to=CON, article="015",
         why="Street says he will back the Network North spending only if the West Midlands money is ring-fenced and arrives "
             "on time; on the day of the announcement (012) he called it no substitute for the line."),
    dict(actor=L, issue=REIN, frm=CON, to=OPP, article="017",
         why="Starmer says Labour will not reinstate the leg if it wins power; in 014 Haigh said Labour would consider restoring "
             "it only if the land stayed in public hands."),
    dict(actor=G, issue=LAND, frm=SUP, to=CON, article="021",
         why="Harper says land will be sold only once the Northern Powerhouse Rail route is settled and plots it needs are kept; "
             "in 014 he said the land and homes would be sold and the proceeds returned to the taxpayer."),
    dict(actor=BIZ, issue=NN, frm=CON, to=SUP, article="028",
         why="The British Chambers of Commerce says it now backs the Network North spending; in 013 it would welcome it only if "
             "every pound was guaranteed."),
    dict(actor=L, issue=EUSTON, frm=OPP, to=CON, article="031",
         why="Haigh says Labour would be open to private investment at Euston provided the line reaches central London and "
             "taxpayers are protected; in 013 and 030 she dismissed the private-money plan as a fantasy and a gamble."),
]

DUPLICATES = [("010", "011"), ("022", "023")]

DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(, [A-Z][A-Za-z ]+)?, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(([^)]+)\) - "
)


def load_watchlist(path):
    """Minimal reader for the watchlist.yaml layout used here (no PyYAML)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            m = re.match(r"^\s+- id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append((m.group(1), m.group(2), m.group(3)))
    return actors, issues, baseline


def build():
    articles = []
    claims = {}
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        art = {
            "id": aid,
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url,
            "title": a["title"],
            "text": a["text"].strip(),
        }
        articles.append((art, a["outlet"], dt))
        claims[aid] = [
            {"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
            for c in a["claims"]
        ]
    shift_articles = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": claims,
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [a["id"] for a, _, _ in articles if a["id"] not in shift_articles],
    }
    return articles, labels


def write(articles, labels):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for art, _, _ in articles:
        with open(os.path.join(art_dir, art["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(art, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = [(a, dt) for a, o, dt in articles if o == slug]
        items.sort(key=lambda x: x[1], reverse=True)
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set hs2-northern-leg-2023</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0][1], usegmt=True),
        ]
        for a, dt in items:
            out += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(dt, usegmt=True),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def recompute_shifts(articles, labels, baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for art, _, _ in articles:
        aid = art["id"]
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev, c["stance"], aid))
            prevailing[key] = c["stance"]
    return shifts


def validate(articles, labels):
    errors = []
    actors, issues, baseline = load_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (SUP, OPP, CON):
            errors.append("baseline entry unknown: %s %s %s" % (a, i, s))

    if not 30 <= len(articles) <= 34:
        errors.append("%d articles" % len(articles))
    prev_dt = None
    texts = {}
    for n, (art, outlet, dt) in enumerate(articles, start=1):
        aid = art["id"]
        if aid != "%03d" % n:
            errors.append("%s: id out of sequence" % aid)
        if prev_dt is not None and dt <= prev_dt:
            errors.append("%s: not in publication order" % aid)
        prev_dt = dt
        text = art["text"]
        texts[aid] = text
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append("%s: %d words" % (aid, words))
        m = DATELINE.match(text)
        if not m:
            errors.append("%s: bad dateline" % aid)
        elif m.group(3) != art["source"]:
            errors.append("%s: dateline outlet %r != source %r" % (aid, m.group(3), art["source"]))
        else:
            mon = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
                   "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}[m.group(2)]
            day = int(re.search(r" (\d{1,2}) \(", m.group(0)).group(1))
            if (mon, day) != (dt.month, dt.day):
                errors.append("%s: dateline date does not match published" % aid)
        if "\u201c" in text or "\u201d" in text or "\u2019" in text:
            errors.append("%s: curly quotes in text" % aid)

    claims = labels["claims"]
    if sorted(claims) != sorted(texts):
        errors.append("claims keys do not cover every article")
    n_claims = 0
    stances = {SUP: 0, OPP: 0, CON: 0}
    n_false = 0
    for aid, lst in claims.items():
        seen = set()
        for c in lst:
            n_claims += 1
            stances[c["stance"]] = stances.get(c["stance"], 0) + 1
            n_false += 0 if c["attributed"] else 1
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in (SUP, OPP, CON):
                errors.append("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in texts[aid]:
                errors.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (aid, c["quote"]))
            key = (c["actor"], c["issue"], c["stance"])
            if key in seen:
                errors.append("%s: duplicate claim tuple %s" % (aid, key))
            seen.add(key)
    if not 60 <= n_claims <= 90:
        errors.append("%d claims" % n_claims)
    if stances[CON] < 6:
        errors.append("only %d conditional claims" % stances[CON])
    if min(stances.values()) == 0:
        errors.append("a stance is missing")

    for a, b in DUPLICATES:
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[a])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[b])
        if ta != tb:
            errors.append("duplicates %s/%s carry different claims" % (a, b))
        if articles[int(a) - 1][2].date() != articles[int(b) - 1][2].date():
            errors.append("duplicates %s/%s not on the same day" % (a, b))
        if articles[int(a) - 1][1] == articles[int(b) - 1][1]:
            errors.append("duplicates %s/%s from the same outlet" % (a, b))
    shift_articles = {s["article"] for s in labels["shifts"]}
    if not any(a in shift_articles for a, _ in DUPLICATES):
        errors.append("no duplicate pair contains a shift article")
    if any(b in shift_articles for _, b in DUPLICATES):
        errors.append("a duplicate copy is labelled as a shift article")

    recomputed = recompute_shifts(articles, labels, baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(labelled) <= 8:
        errors.append("%d shifts" % len(labelled))
    if not any(CON in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in labelled if {s[2], s[3]} == {SUP, OPP})
    if reversals > 2:
        errors.append("%d straight reversals" % reversals)

    expected_no_alert = [a["id"] for a, _, _ in articles if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles mismatch")

    empty = [aid for aid, lst in claims.items() if not lst]
    if not 3 <= len(empty) <= 4:
        errors.append("%d no-claim articles" % len(empty))

    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr.strip()))

    summary = {
        "articles": len(articles),
        "claims": n_claims,
        "stances": stances,
        "attributed_false": n_false,
        "shifts": len(labelled),
        "shift_articles": sorted(shift_articles),
        "no_claim_articles": sorted(empty),
        "words_min_max": (min(len(t.split()) for t in texts.values()), max(len(t.split()) for t in texts.values())),
        "per_outlet": {o: sum(1 for _, oo, _ in articles if oo == o) for o in OUTLETS},
    }
    return errors, summary


def main():
    articles, labels = build()
    write(articles, labels)
    errors, summary = validate(articles, labels)
    print(json.dumps(summary, indent=2))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
