#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set nigeria-fuel-subsidy-2023.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, reads watchlist.yaml, and checks the set (quotes, ids, word counts, datelines, shifts,
no_alert_articles, duplicates, xmllint). Exits non-zero on the first batch of errors.
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
BASE_URL = "https://example.org"

OUTLETS = {
    "savanna-wire": "Savanna Wire",
    "lagoon-courier": "Lagoon Courier",
    "harmattan-post": "Harmattan Post",
    "gulf-dispatch": "Gulf Dispatch",
    "plateau-report": "Plateau Report",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, slug, title, text, claims [(actor, issue, stance, quote, attributed)].
ARTICLES = [
    dict(
        published="2023-05-29T13:30:00Z", outlet="savanna-wire", slug="tinubu-sworn-in-declares-subsidy-gone",
        title="Tinubu sworn in, declares petrol subsidy gone",
        text="""ABUJA, May 29 (Savanna Wire) - Bola Tinubu was sworn in as Nigeria's president on Monday and used his inaugural address to declare that the petrol subsidy, which has cost the treasury trillions of naira, was gone.

Speaking at Eagle Square in Abuja, Tinubu said the subsidy could no longer justify its soaring cost and that the money would be redirected to infrastructure, education, health care and jobs. He noted that the outgoing government's budget had made no provision for the subsidy beyond June.

The announcement went further than many had expected on his first day. Outgoing President Muhammadu Buhari had postponed the removal several times, most recently in 2022.

The Nigeria Labour Congress, which has long resisted any end to the subsidy, did not immediately respond. Within hours, long queues formed at filling stations in Lagos and Abuja as motorists rushed to buy petrol before any change in price.

Economists said the move could save the government about $10 billion a year but would push up transport and food costs in a country where inflation already exceeds 22%.""",
        claims=[
            ("fgn", "end-petrol-subsidy", S, "Tinubu said the subsidy could no longer justify its soaring cost", True),
            ("nlc", "end-petrol-subsidy", O, "which has long resisted any end to the subsidy", False),
        ],
    ),
    dict(
        published="2023-05-31T17:00:00Z", outlet="lagoon-courier", slug="nnpc-raises-petrol-price-as-subsidy-ends",
        title="NNPC nearly triples petrol price as subsidy ends",
        text="""LAGOS, May 31 (Lagoon Courier) - State oil company NNPC Ltd raised the pump price of petrol at its retail stations to between 488 and 557 naira a litre on Wednesday, up from about 185 naira, two days after President Bola Tinubu's inauguration.

In a statement, NNPC said the new prices reflected current market realities and would move with changes in the cost of supply. It told customers that prices would vary by location, with the highest in the north-east, which is furthest from the coastal depots.

Independent marketers quickly matched the new prices, and some stations in Lagos sold above 600 naira. Commercial bus drivers in the city doubled fares, and several filling stations shut their gates while they recalibrated pumps.

Officials at the state oil firm declined to say whether it had stopped claiming subsidy payments from the treasury for cargoes already imported.

A spokesman for an association of independent marketers said its members had been warning for months that the subsidy regime could not last.""",
        claims=[
            ("nnpc", "end-petrol-subsidy", S, "the new prices reflected current market realities and would move with changes", True),
        ],
    ),
    dict(
        published="2023-06-01T19:00:00Z", outlet="harmattan-post", slug="nlc-sets-june-7-strike-unless-price-reversed",
        title="Nigerian labour sets June 7 strike unless petrol price rise is reversed",
        text="""ABUJA, June 1 (Harmattan Post) - The Nigeria Labour Congress said on Thursday it would begin a nationwide strike and street protests on June 7 unless the government reversed this week's increase in the price of petrol.

The decision was taken at an emergency meeting of the union's National Executive Council at Labour House in Abuja. NLC President Joe Ajaero told reporters that workers could not absorb a near tripling of fuel costs without any plan to cushion them, and he demanded that pump prices return to their previous level while talks took place.

The Trade Union Congress, the country's other main labour centre, said its leaders would meet on Friday before taking a position on the strike.

Femi Gbajabiamila, chief of staff to President Bola Tinubu, met labour leaders on Wednesday and appealed to them to shelve the strike and give the new administration time. A second meeting ended without agreement, according to participants.

Some analysts said the government might offer a temporary price freeze to head off the action.""",
        claims=[
            ("nlc", "labour-suspends-strike", C, "it would begin a nationwide strike and street protests on June 7 unless", True),
            ("nlc", "end-petrol-subsidy", O, "he demanded that pump prices return to their previous level", True),
            ("fgn", "labour-suspends-strike", S, "appealed to them to shelve the strike and give the new administration time", True),
        ],
    ),
    dict(
        published="2023-06-02T14:00:00Z", outlet="plateau-report", slug="pdp-says-subsidy-removal-needs-relief-first",
        title="Opposition PDP says subsidy removal needs relief first",
        text="""ABUJA, June 2 (Plateau Report) - The opposition Peoples Democratic Party said on Friday it did not object to ending the petrol subsidy in principle, but that it could back the removal only if the government first put relief in place for poor households.

In a statement, party spokesman Debo Ologunagba accused the new administration of announcing a major policy without a plan, and said the price increases had thrown millions of families into hardship overnight.

Atiku Abubakar, the party's candidate in February's presidential election, had himself promised during the campaign to scrap the subsidy.

The Labour Party's Peter Obi, who finished third in the election, said separately that the removal was right but badly sequenced.

Dele Alake, an adviser to President Bola Tinubu, told reporters in Abuja that there was no going back on the decision and that relief measures were being worked out with state governors and labour. He declined to say when they would be announced.""",
        claims=[
            ("pdp", "end-petrol-subsidy", C, "could back the removal only if the government first put relief in place", True),
            ("fgn", "end-petrol-subsidy", S, "there was no going back on the decision", True),
        ],
    ),
    dict(
        published="2023-06-05T11:00:00Z", outlet="lagoon-courier", slug="court-bars-labour-strike-nlc-not-served",
        title="Court bars labour strike; NLC says it has not been served",
        text="""ABUJA, June 5 (Lagoon Courier) - The National Industrial Court has barred the Nigeria Labour Congress and the Trade Union Congress from going ahead with a nationwide strike planned for Wednesday, after an application by the federal government.

The order, granted in a hearing at which the unions were not represented, restrains them from any industrial action over the petrol price increase until the case is heard later this month.

In its filing, the Ministry of Justice said the strike would cause grave harm to the economy and asked the court to stop it.

NLC spokesman Benson Upah said on Monday the congress had not been served with the order and that its ultimatum remained in force. The strike would start as planned unless the government rolled back the new pump prices, he said.

Labour lawyers said a union served with such an order would normally comply while contesting it in court. Government and union negotiators were due to meet again at the Presidential Villa later on Monday.""",
        claims=[
            ("fgn", "labour-suspends-strike", S, "asked the court to stop it", True),
            ("nlc", "labour-suspends-strike", C, "The strike would start as planned unless the government rolled back the new pump prices", True),
            ("nlc", "end-petrol-subsidy", O, "unless the government rolled back the new pump prices", True),
        ],
    ),
    dict(
        published="2023-06-05T23:10:00Z", outlet="savanna-wire", slug="unions-suspend-strike-after-talks",
        title="Nigerian unions suspend strike after talks with government",
        text="""ABUJA, June 5 (Savanna Wire) - Nigeria's two main labour centres suspended a nationwide strike planned for Wednesday after late-night talks with the government on Monday over the end of the petrol subsidy.

The Nigeria Labour Congress and the Trade Union Congress said in a joint communique, signed at the State House, that they had called off the action to allow a joint committee to work.

Under the agreement, the government undertook to roll out buses powered by compressed natural gas, and said the committee would consider a wage award for workers within weeks.

The communique did not mention the price of petrol. NLC President Joe Ajaero said afterwards that suspending the strike did not mean labour had accepted the new pump prices, which it still wanted reversed.

Femi Gbajabiamila, President Bola Tinubu's chief of staff, led the government side. He said the talks had been frank and would continue.

The agreement came hours after a court order barring the strike, which the unions said had played no part in their decision.""",
        claims=[
            ("nlc", "labour-suspends-strike", S, "had called off the action to allow a joint committee to work", True),
            ("tuc", "labour-suspends-strike", S, "had called off the action to allow a joint committee to work", True),
            ("fgn", "cng-buses", S, "the government undertook to roll out buses powered by compressed natural gas", True),
            ("fgn", "wage-award", C, "said the committee would consider a wage award for workers within weeks", True),
            ("nlc", "end-petrol-subsidy", O, "suspending the strike did not mean labour had accepted the new pump prices", True),
        ],
    ),
    dict(
        published="2023-06-05T23:55:00Z", outlet="gulf-dispatch", slug="labour-calls-off-strike-after-late-talks",
        title="Labour calls off Wednesday strike after late-night talks",
        text="""ABUJA, June 5 (Gulf Dispatch) - Nigeria's main labour unions suspended a nationwide strike that had been due to start on Wednesday, after talks with government officials that ran late into Monday night over the removal of the petrol subsidy.

In a joint communique signed at the State House, the Nigeria Labour Congress and the Trade Union Congress said they had called off the action to allow a joint committee to work.

The government undertook to roll out buses running on compressed natural gas and said the committee would consider a wage award for workers within weeks, according to the communique.

The document was silent on the price of petrol. Speaking afterwards, NLC President Joe Ajaero said suspending the strike did not mean labour had accepted the new pump prices, which it still wants reversed.

The government delegation was led by Femi Gbajabiamila, chief of staff to President Bola Tinubu, who said the talks had been frank and would continue.

The deal came hours after a court order barring the strike; the unions said the order had played no part in their decision.""",
        claims=[
            ("nlc", "labour-suspends-strike", S, "had called off the action to allow a joint committee to work", True),
            ("tuc", "labour-suspends-strike", S, "had called off the action to allow a joint committee to work", True),
            ("fgn", "cng-buses", S, "The government undertook to roll out buses running on compressed natural gas", True),
            ("fgn", "wage-award", C, "said the committee would consider a wage award for workers within weeks", True),
            ("nlc", "end-petrol-subsidy", O, "suspending the strike did not mean labour had accepted the new pump prices", True),
        ],
    ),
    dict(
        published="2023-06-13T15:00:00Z", outlet="plateau-report", slug="world-bank-welcomes-subsidy-removal",
        title="World Bank says subsidy removal could save Nigeria trillions",
        text="""ABUJA, June 13 (Plateau Report) - The World Bank on Tuesday welcomed Nigeria's removal of the petrol subsidy, saying it could free up about 2 trillion naira this year alone for spending on public services, and urged the government to stay the course.

Presenting the lender's twice-yearly Nigeria Development Update in Abuja, country director Shubham Chaudhuri said the subsidy had mostly benefited wealthier households that own cars and generators, and that going back on the reform would be costly.

He said the removal should be accompanied by support for the poorest households, who would be hit by higher transport and food prices. Asked whether the bank would fund cash payments, he declined to say, noting only that discussions with the authorities were at an early stage.

The report also urged the Central Bank of Nigeria to press ahead with unifying the country's exchange rates.

The naira has weakened since the central bank began to ease its hold on the currency market.""",
        claims=[
            ("world-bank", "end-petrol-subsidy", S, "welcomed Nigeria's removal of the petrol subsidy", True),
        ],
    ),
    dict(
        published="2023-06-19T16:00:00Z", outlet="harmattan-post", slug="joint-committee-begins-work",
        title="Government-labour committee on subsidy fallout begins work",
        text="""ABUJA, June 19 (Harmattan Post) - A joint committee of government officials and union leaders set up to manage the fallout from the end of the petrol subsidy held its first full session at the Presidential Villa on Monday.

The committee split into working groups on wages, transport, social protection and the supply of petrol, and will report to a plenary meeting in July, according to a list of the groups seen by Harmattan Post.

Neither the labour representatives nor the officials would comment on the proposals discussed. A union official who attended said the atmosphere had been cordial but that no figures had been tabled.

At the National Industrial Court, a hearing in the strike case was adjourned because the parties were in talks.

Economists at two Lagos-based banks said the government was likely to announce some form of cash relief before the end of the month, though they could not say how large it would be.""",
        claims=[],
    ),
    dict(
        published="2023-06-21T19:00:00Z", outlet="savanna-wire", slug="imf-backs-nigeria-subsidy-exit",
        title="IMF backs Nigeria's subsidy exit, urges help for the poor",
        text="""WASHINGTON, June 21 (Savanna Wire) - The International Monetary Fund said on Wednesday that Nigeria's decision to end the petrol subsidy was a welcome and important step that should not be undone.

A spokeswoman for the Fund told a regular briefing in Washington that the subsidy had drained the budget while doing little for the poor, and that part of the savings should go to targeted support for vulnerable households.

The IMF has no lending programme with Nigeria. Its staff are expected to visit Abuja later in the year for the annual review of the economy.

In Abuja, finance ministry officials said the government was studying several options for cash support but that none had been approved. One official, who asked not to be named, said the size of any payment would depend on how much the treasury actually saved.

Nigeria's inflation rate rose to 22.4% in May, the highest in nearly two decades, according to the statistics office.""",
        claims=[
            ("imf", "end-petrol-subsidy", S, "Nigeria's decision to end the petrol subsidy was a welcome and important step", True),
        ],
    ),
    dict(
        published="2023-07-13T18:00:00Z", outlet="lagoon-courier", slug="tinubu-seeks-approval-800m-cash-transfer-loan",
        title="Tinubu seeks lawmakers' approval for $800 million cash-transfer loan",
        text="""ABUJA, July 13 (Lagoon Courier) - President Bola Tinubu has asked the National Assembly to approve an $800 million World Bank loan to pay 8,000 naira a month for six months to 12 million poor households, to soften the impact of the end of the fuel subsidy.

In a letter read on the floor of the House of Representatives on Thursday, Tinubu said the payments would reach about 60 million Nigerians and would be made directly to bank accounts and mobile wallets to limit fraud.

The House referred the loan request to its appropriations committee without debate. Separately, it passed a supplementary budget that includes 500 billion naira for relief measures.

A World Bank spokesperson said the loan, first approved in 2021, had been restructured so that it could finance the payments, and that the bank would disburse once Nigeria's lawmakers had given their approval.

Some lawmakers questioned privately whether 8,000 naira a month would make a difference with petrol now costing more than 500 naira a litre.""",
        claims=[
            ("fgn", "cash-transfer-n8000", S, "asked the National Assembly to approve an $800 million World Bank loan", True),
            ("world-bank", "cash-transfer-n8000", S, "had been restructured so that it could finance the payments", True),
        ],
    ),
    dict(
        published="2023-07-14T16:30:00Z", outlet="harmattan-post", slug="labour-opposition-reject-n8000-handout",
        title="Labour, opposition reject N8,000 handout and vow showdown with Tinubu",
        text="""LAGOS, July 14 (Harmattan Post) - The Nigeria Labour Congress and the main opposition party on Friday rejected the government's plan to pay poor households 8,000 naira a month, saying the amount was too small to matter after the rise in petrol prices.

NLC President Joe Ajaero said the payment would not cover a family's transport costs for a week. He said the congress would not support a scheme that borrowed abroad to hand out cash that would be eaten by inflation.

The Peoples Democratic Party said the plan was a recipe for corruption because there was no credible register of the poor.

The Trade Union Congress took a different line. Its president, Festus Osifo, said the money would be better spent on buses running on compressed natural gas, which would cut fares for millions of commuters, and repeated that workers had never agreed to the removal of the subsidy.

None of the groups announced any new protest or strike.""",
        claims=[
            ("nlc", "cash-transfer-n8000", O, "the congress would not support a scheme that borrowed abroad to hand out cash", True),
            ("pdp", "cash-transfer-n8000", O, "said the plan was a recipe for corruption", True),
            ("tuc", "cash-transfer-n8000", O, "the money would be better spent on buses", True),
            ("tuc", "cng-buses", S, "the money would be better spent on buses running on compressed natural gas", True),
            ("tuc", "end-petrol-subsidy", O, "workers had never agreed to the removal of the subsidy", True),
        ],
    ),
    dict(
        published="2023-07-18T15:00:00Z", outlet="gulf-dispatch", slug="petrol-price-climbs-to-617-naira",
        title="Petrol price climbs to 617 naira as NNPC cites market",
        text="""LAGOS, July 18 (Gulf Dispatch) - NNPC Ltd raised the price of petrol at its Lagos stations to about 617 naira a litre on Tuesday, the second increase since the subsidy ended in May, as the naira's slide pushed up the cost of imported fuel.

The company did not announce the change, but a spokesman, Garba Deen Muhammad, confirmed the new prices and said they had been set by market forces rather than by the company or the government. NNPC would not return to the old system in which the treasury covered the gap, he said.

In Abuja, filling stations sold at up to 620 naira. Queues were short, and some motorists said they had already cut back on driving.

Transport workers in Lagos said commercial bus fares would have to rise again. The Nigeria Labour Congress said it would respond after a meeting of its leadership next week.

The price is more than three times what motorists paid before President Bola Tinubu took office.""",
        claims=[
            ("nnpc", "end-petrol-subsidy", S, "NNPC would not return to the old system in which the treasury covered the gap", True),
        ],
    ),
    dict(
        published="2023-07-20T20:00:00Z", outlet="plateau-report", slug="presidency-puts-n8000-plan-on-hold",
        title="Presidency puts N8,000 cash plan on hold for review",
        text="""ABUJA, July 20 (Plateau Report) - The Presidency said on Thursday it had put its plan to pay 8,000 naira a month to 12 million poor households on hold, and that the scheme would go ahead only after the list of beneficiaries had been cleaned up and the amount reviewed.

Dele Alake, a special adviser to President Bola Tinubu, said the government had listened to criticism of the plan and wanted to be sure the money reached the right people. He did not say how long the review would take.

The proposal, which would be funded by an $800 million World Bank loan, was attacked last week by labour unions and the opposition, who called it too small and open to abuse.

A senior official in the finance ministry, who asked not to be named, said the scheme might be dropped altogether in favour of bus services and food distribution. Another official said that was unlikely.

The National Assembly has not yet voted on the loan.""",
        claims=[
            ("fgn", "cash-transfer-n8000", C, "would go ahead only after the list of beneficiaries had been cleaned up", True),
        ],
    ),
    dict(
        published="2023-07-26T18:30:00Z", outlet="savanna-wire", slug="nlc-calls-nationwide-protests-from-aug-2",
        title="NLC calls nationwide protests from Aug 2 over petrol price",
        text="""ABUJA, July 26 (Savanna Wire) - The Nigeria Labour Congress said on Wednesday it would hold nationwide street protests from Aug 2 to press the government to reverse the latest petrol price increase and to deliver the relief it promised in June.

After a meeting of its National Executive Council, NLC President Joe Ajaero said the 617-naira price was unbearable and demanded a return to the price that applied before the increase. Asked whether the protests would turn into a strike, he declined to say.

The congress also said it would not accept any settlement that did not include the wage award and the gas-powered buses discussed in June.

The Trade Union Congress did not sign the protest notice. Its leaders are due to meet government officials on Friday.

Officials at the labour ministry said the door to dialogue remained open and urged the unions to keep talking rather than take to the streets.""",
        claims=[
            ("nlc", "end-petrol-subsidy", O, "demanded a return to the price that applied before the increase", True),
            ("nlc", "wage-award", S, "it would not accept any settlement that did not include the wage award", True),
            ("nlc", "cng-buses", S, "did not include the wage award and the gas-powered buses discussed in June", True),
        ],
    ),
    dict(
        published="2023-07-31T21:00:00Z", outlet="lagoon-courier", slug="tinubu-defends-subsidy-removal-unveils-gas-buses",
        title="Tinubu defends subsidy removal, unveils gas buses and pay pledge",
        text="""ABUJA, July 31 (Lagoon Courier) - President Bola Tinubu told Nigerians in a televised address on Monday that ending the petrol subsidy had been unavoidable and would not be reversed, while announcing measures to ease the hardship it has caused.

Tinubu said the government would spend 100 billion naira to buy about 3,000 buses running on compressed natural gas for mass transit, starting in September. He also promised loans to small businesses and more money for farmers.

On pay, he said the government and labour were working on a wage award for the lowest-paid workers, which would be agreed once the joint committee had finished its work and the figures had been checked against what the treasury could afford.

He said he understood the pain of ordinary families and that the savings were already being put to use for them.

The Nigeria Labour Congress said the speech had not addressed its demands and that Wednesday's protests would go ahead.""",
        claims=[
            ("fgn", "end-petrol-subsidy", S, "ending the petrol subsidy had been unavoidable and would not be reversed", True),
            ("fgn", "cng-buses", S, "would spend 100 billion naira to buy about 3,000 buses running on compressed natural gas", True),
            ("fgn", "wage-award", C, "which would be agreed once the joint committee had finished its work", True),
        ],
    ),
    dict(
        published="2023-08-02T19:30:00Z", outlet="harmattan-post", slug="nlc-suspends-protest-after-meeting-tinubu",
        title="NLC suspends protest after meeting Tinubu; Senate promises to intervene",
        text="""ABUJA, Aug 2 (Harmattan Post) - Thousands of workers marched through Abuja on Wednesday to protest against the rising cost of petrol, before the Nigeria Labour Congress suspended the demonstrations after its leaders met President Bola Tinubu.

The marchers gathered outside the National Assembly, where Senate President Godswill Akpabio told them that the Senate would press the government to pay workers a wage award without further delay. Police fired tear gas at a separate gathering in Lagos, according to witnesses.

At the State House, Tinubu asked the union leaders for more time to deliver the relief agreed in June, according to a statement from the Presidency.

NLC President Joe Ajaero said afterwards the congress was giving the government a chance but had not abandoned its demand for a return to the old pump price. The protests were suspended, not cancelled, he added.

The Trade Union Congress did not join the marches.""",
        claims=[
            ("nass", "wage-award", S, "the Senate would press the government to pay workers a wage award", True),
            ("nlc", "end-petrol-subsidy", O, "had not abandoned its demand for a return to the old pump price", True),
        ],
    ),
    dict(
        published="2023-08-21T12:00:00Z", outlet="gulf-dispatch", slug="fuel-queues-return-traders-bet-on-price-rise",
        title="Fuel queues return as traders bet on another price rise",
        text="""LAGOS, Aug 21 (Gulf Dispatch) - Queues returned to filling stations in Lagos and several northern cities on Monday as traders held back supplies in expectation of another increase in the pump price of petrol.

Depot owners said the cost of imported fuel had risen above 700 naira a litre with the naira trading at record lows on the parallel market, well above the 617 naira that retail stations were charging.

Several analysts said the gap suggested that someone, possibly the state oil company, was quietly absorbing the difference, though none could show it. Others said the gap would close only when the exchange rate settled.

Officials at NNPC headquarters in Abuja did not respond to requests for comment. The petroleum resources ministry said supplies were adequate and urged motorists not to panic-buy.

In Kano, some motorists said they had switched to motorcycles or shared rides to cope with costs that have tripled since May.""",
        claims=[],
    ),
    dict(
        published="2023-09-01T17:45:00Z", outlet="plateau-report", slug="nlc-declares-two-day-warning-strike",
        title="NLC declares two-day warning strike from Tuesday",
        text="""ABUJA, Sept 1 (Plateau Report) - The Nigeria Labour Congress on Friday called a two-day nationwide warning strike for Sept 5 and 6, saying the government had failed to deliver any of the relief it promised in June after ending the petrol subsidy.

NLC President Joe Ajaero said the strike would go ahead whatever the government offered in the next few days, and that no court order would stop workers from withdrawing their labour. He said the congress had run out of patience after three months of meetings.

The Trade Union Congress said it would not join the warning strike because it was still in talks with the government.

Labour Minister Simon Lalong urged the NLC to call off the strike and return to the negotiating table, saying a walkout would punish the same workers it was meant to help.

People close to the talks say a wage award and the first gas-powered buses are close to being finalised.""",
        claims=[
            ("nlc", "labour-suspends-strike", O, "the strike would go ahead whatever the government offered in the next few days", True),
            ("tuc", "labour-suspends-strike", S, "it would not join the warning strike", True),
            ("fgn", "labour-suspends-strike", S, "urged the NLC to call off the strike and return to the negotiating table", True),
            ("fgn", "wage-award", S, "a wage award and the first gas-powered buses are close to being finalised", False),
            ("fgn", "cng-buses", S, "a wage award and the first gas-powered buses are close to being finalised", False),
        ],
    ),
    dict(
        published="2023-09-05T14:00:00Z", outlet="savanna-wire", slug="nlc-warning-strike-government-calls-illegal",
        title="NLC warning strike shuts offices as government calls it illegal",
        text="""LAGOS, Sept 5 (Savanna Wire) - Government offices, banks and schools in several Nigerian states were shut on Tuesday as the Nigeria Labour Congress began a two-day warning strike over the end of the petrol subsidy, though compliance was patchy in Lagos and Abuja.

Labour Minister Simon Lalong said the strike was illegal because a court order barring industrial action was still in force, and he called on the congress to suspend it at once. The government would ask the court to hold the union in contempt, he said.

NLC President Joe Ajaero told reporters at Labour House in Abuja that the strike would run its full two days. He said workers had waited long enough for the promises made in June.

The Trade Union Congress, which is not part of the action, had no comment.

Airports operated normally, according to the aviation authority.""",
        claims=[
            ("fgn", "labour-suspends-strike", S, "he called on the congress to suspend it at once", True),
            ("nlc", "labour-suspends-strike", O, "the strike would run its full two days", True),
        ],
    ),
    dict(
        published="2023-09-05T16:20:00Z", outlet="lagoon-courier", slug="offices-shut-as-nlc-begins-warning-strike",
        title="Offices shut as NLC begins two-day warning strike",
        text="""LAGOS, Sept 5 (Lagoon Courier) - Many government offices, banks and schools across Nigeria stayed shut on Tuesday as the Nigeria Labour Congress started a two-day warning strike over the removal of the petrol subsidy, although turnout was uneven in Lagos and Abuja.

Labour Minister Simon Lalong said the action was illegal because a court order barring strikes remained in force, and he called on the congress to suspend it at once. He said the government would ask the court to find the union in contempt.

Speaking at Labour House in Abuja, NLC President Joe Ajaero said the strike would run its full two days, adding that workers had waited long enough for the promises made in June.

The Trade Union Congress, which is not taking part, had no comment.

Flights operated normally at the main airports, the aviation authority said.""",
        claims=[
            ("fgn", "labour-suspends-strike", S, "he called on the congress to suspend it at once", True),
            ("nlc", "labour-suspends-strike", O, "the strike would run its full two days", True),
        ],
    ),
    dict(
        published="2023-09-20T13:00:00Z", outlet="harmattan-post", slug="nnpc-denies-paying-hidden-subsidy",
        title="NNPC denies paying hidden subsidy, rules out price rise",
        text="""ABUJA, Sept 20 (Harmattan Post) - NNPC Ltd on Wednesday denied that it was quietly paying a subsidy on petrol to hold the pump price at 617 naira, and said it had no plan to raise prices in the coming weeks.

A spokesman for the state oil company said it was not true that the treasury, or NNPC itself, was covering any gap between the cost of imported fuel and the retail price. Prices would continue to be set by the market, he said.

He declined to say how the company could sell below the import cost that depot owners have reported, which has risen above 700 naira a litre.

Marketers have said for weeks that the price can only be explained by a subsidy under another name. An economist at a Lagos investment firm said the government may have decided that another increase was politically impossible before the strike talks.

President Bola Tinubu, who is also petroleum minister, has not commented.""",
        claims=[
            ("nnpc", "end-petrol-subsidy", S, "denied that it was quietly paying a subsidy on petrol", True),
        ],
    ),
    dict(
        published="2023-09-26T17:00:00Z", outlet="gulf-dispatch", slug="nlc-sets-indefinite-strike-from-oct-3",
        title="Nigerian unions set indefinite strike from Oct 3",
        text="""ABUJA, Sept 26 (Gulf Dispatch) - The Nigeria Labour Congress said on Tuesday it would begin an indefinite nationwide strike on Oct 3 unless the government implemented the agreements reached with labour in June, including a wage award for workers.

NLC President Joe Ajaero told a news conference at Labour House that the strike could still be averted if the government acted on the wage award, the gas-powered buses and other relief within the week. He said the Trade Union Congress had agreed to join the action, although no TUC leader attended the briefing.

Labour Minister Simon Lalong said the government remained committed to dialogue and appealed to both unions to shelve the planned strike, saying the president had already approved several relief measures.

The June agreement has so far produced no payments to workers. An analyst at an Abuja think-tank said both sides would probably strike a last-minute deal.""",
        claims=[
            ("nlc", "labour-suspends-strike", C, "would begin an indefinite nationwide strike on Oct 3 unless the government implemented", True),
            ("tuc", "labour-suspends-strike", C, "the Trade Union Congress had agreed to join the action", False),
            ("fgn", "labour-suspends-strike", S, "appealed to both unions to shelve the planned strike", True),
            ("nlc", "wage-award", S, "if the government acted on the wage award", True),
            ("nlc", "cng-buses", S, "if the government acted on the wage award, the gas-powered buses and other relief", True),
        ],
    ),
    dict(
        published="2023-10-01T13:00:00Z", outlet="plateau-report", slug="strike-talks-resume-sunday-evening",
        title="Government and unions to resume strike talks on Sunday evening",
        text="""ABUJA, Oct 1 (Plateau Report) - Talks between the federal government and Nigeria's two labour centres to avert an indefinite strike due to start on Tuesday ran for more than six hours at the State House on Saturday and will resume on Sunday evening.

Officials on both sides described the meeting as constructive but would not say what had been offered. A government official said documents were being prepared for signature, while a union negotiator said nothing had been settled.

Security was tight around the villa, and labour leaders arrived in a convoy shortly after noon. Independence Day events planned for Sunday in Abuja were scaled down, though the presidency said this was unrelated to the talks.

A political scientist at the University of Abuja said a deal was likely because neither side could afford a shutdown of oil terminals and airports.

The talks are due to resume at 7 p.m. local time.""",
        claims=[],
    ),
    dict(
        published="2023-10-02T02:30:00Z", outlet="savanna-wire", slug="unions-call-off-strike-after-35000-wage-award",
        title="Nigerian unions call off strike after government offers N35,000 wage award",
        text="""ABUJA, Oct 2 (Savanna Wire) - Nigeria's labour unions suspended an indefinite strike due to start on Tuesday in exchange for a flat wage award of 35,000 naira a month for all federal workers, under a deal signed early on Monday.

The Nigeria Labour Congress and the Trade Union Congress said in a joint statement that they had suspended the strike for 30 days to allow the agreement to be carried out.

Labour Minister Simon Lalong, who signed for the government, said the wage award would take effect from September and would run for six months or until a new national minimum wage was in place. The government also committed to deliver gas-powered buses to states and to exempt diesel from value added tax for six months.

NLC President Joe Ajaero said workers had won the award they had demanded since June, but warned that the unions would return to the streets if the government failed to keep its word.

The deal does not touch the pump price of petrol, which remains around 617 naira.""",
        claims=[
            ("nlc", "labour-suspends-strike", S, "they had suspended the strike for 30 days", True),
            ("tuc", "labour-suspends-strike", S, "they had suspended the strike for 30 days", True),
            ("fgn", "wage-award", S, "the wage award would take effect from September", True),
            ("fgn", "cng-buses", S, "committed to deliver gas-powered buses to states", True),
            ("nlc", "wage-award", S, "workers had won the award they had demanded since June", True),
        ],
    ),
    dict(
        published="2023-10-19T16:00:00Z", outlet="lagoon-courier", slug="presidency-denies-subsidy-has-returned",
        title="Presidency denies subsidy has quietly returned; PDP unconvinced",
        text="""ABUJA, Oct 19 (Lagoon Courier) - The Presidency on Thursday rejected claims that the government had brought back the petrol subsidy in secret, saying the 617-naira pump price reflected the market and not any payment from the treasury.

Dele Alake, a special adviser to President Bola Tinubu, said the subsidy had gone for good and that no money had been set aside for it in next year's budget.

The opposition Peoples Democratic Party had accused Tinubu's government this week of paying for petrol imports through the back door while telling Nigerians the subsidy was over. The party said the administration had in effect reversed its own policy without telling parliament.

Ologunagba, the party's spokesman, did not say whether the PDP itself wanted the subsidy back. Some PDP lawmakers in the Senate said privately they would seek an inquiry.

NNPC did not respond to a request for comment.""",
        claims=[
            ("fgn", "end-petrol-subsidy", S, "the subsidy had gone for good", True),
        ],
    ),
    dict(
        published="2024-01-30T15:00:00Z", outlet="plateau-report", slug="shettima-inaugurates-minimum-wage-committee",
        title="Shettima inaugurates committee to set new minimum wage",
        text="""ABUJA, Jan 30 (Plateau Report) - Vice President Kashim Shettima on Tuesday inaugurated a 37-member tripartite committee to negotiate a new national minimum wage, as the 30,000-naira floor set in 2019 nears the end of its five-year term.

The committee, which includes representatives of the federal and state governments, the organised private sector and the two labour centres, was given four months to submit its recommendations. It is chaired by Bukar Goni Aji, a former head of the civil service.

At the ceremony in the Council Chamber of the State House, Shettima said the government wanted a wage that was fair to workers and that employers could sustain. Labour leaders sat through the speeches but did not address reporters.

The 35,000-naira wage award agreed in October runs until the end of February. The labour ministry would not say whether it would be extended.

Analysts said the committee's figures would not be known before May.""",
        claims=[],
    ),
    dict(
        published="2024-02-09T18:00:00Z", outlet="gulf-dispatch", slug="imf-says-fuel-subsidy-has-crept-back",
        title="IMF says Nigeria's fuel subsidy has crept back, urges full removal",
        text="""WASHINGTON, Feb 9 (Gulf Dispatch) - The International Monetary Fund said on Friday that Nigeria's petrol subsidy appeared to have re-emerged since late last year, as pump prices stayed flat while the naira lost much of its value, and urged the government to remove it completely.

In a statement at the end of a staff visit, the Fund said the government should phase out the remaining fuel and electricity subsidies while expanding cash transfers to poor households. It said the savings from the May 2023 reform risked being lost.

The government, which insists the subsidy has gone for good, did not respond on Friday, and a finance ministry spokesman declined to comment on the findings.

NNPC has reported large sums owed to it by the treasury for fuel imports. Economists are divided on whether they amount to a subsidy under another name.

The naira has lost more than half its value against the dollar since June.""",
        claims=[
            ("imf", "end-petrol-subsidy", S, "urged the government to remove it completely", True),
            ("fgn", "end-petrol-subsidy", S, "which insists the subsidy has gone for good", False),
        ],
    ),
    dict(
        published="2024-05-15T18:00:00Z", outlet="harmattan-post", slug="unions-walk-out-of-wage-talks-over-48000-offer",
        title="Unions walk out of wage talks after government offers N48,000",
        text="""ABUJA, May 15 (Harmattan Post) - Nigeria's labour unions walked out of minimum wage negotiations on Wednesday after the federal government offered 48,000 naira a month, far below the 615,000 naira the unions are demanding.

NLC President Joe Ajaero said the offer was an insult and that 615,000 naira was the least a family of six needed to survive given food and transport costs. TUC President Festus Osifo said his members would not accept any figure that left workers below the poverty line, and stood by the unions' joint demand.

Officials on the government side said the labour demand would swallow the entire federal wage budget several times over and could not be met. The organised private sector, which also offered 48,000 naira, said many companies were already struggling.

State governors, who pay a large share of public workers, said even the government's offer would be hard for some states to afford.

The tripartite committee is due to meet again next week.""",
        claims=[
            ("nlc", "minimum-wage-615k", S, "615,000 naira was the least a family of six needed to survive", True),
            ("tuc", "minimum-wage-615k", S, "stood by the unions' joint demand", True),
            ("fgn", "minimum-wage-615k", O, "the labour demand would swallow the entire federal wage budget several times over", True),
        ],
    ),
    dict(
        published="2024-06-04T21:00:00Z", outlet="lagoon-courier", slug="labour-suspends-strike-after-tinubu-pledge",
        title="Labour suspends strike for a week after Tinubu pledges higher wage",
        text="""ABUJA, June 4 (Lagoon Courier) - Nigeria's labour unions suspended their nationwide strike for one week on Tuesday after President Bola Tinubu committed to a minimum wage above 60,000 naira, the government's latest offer.

The Nigeria Labour Congress and the Trade Union Congress said in a joint statement that they had suspended the action to allow the tripartite committee to meet daily and conclude its work. The strike, which began on Monday, had shut airports and briefly cut the national grid.

Senate President Godswill Akpabio and Speaker Tajudeen Abbas, who brokered the meeting at the State House, had urged the unions to suspend the strike and give the talks another chance.

The unions, which last week cut their demand to 494,000 naira, did not give a new figure. The government's negotiators did not say how far above 60,000 naira they could go.

Airlines said flights would resume on Wednesday.""",
        claims=[
            ("nlc", "labour-suspends-strike", S, "they had suspended the action to allow the tripartite committee to meet daily", True),
            ("tuc", "labour-suspends-strike", S, "they had suspended the action to allow the tripartite committee to meet daily", True),
            ("nass", "labour-suspends-strike", S, "had urged the unions to suspend the strike and give the talks another chance", True),
            ("nlc", "minimum-wage-615k", C, "which last week cut their demand to 494,000 naira", False),
            ("tuc", "minimum-wage-615k", C, "which last week cut their demand to 494,000 naira", False),
        ],
    ),
    dict(
        published="2024-06-07T20:00:00Z", outlet="harmattan-post", slug="labour-lowers-wage-demand-to-250000",
        title="Labour drops wage demand to N250,000 as government edges up to N62,000",
        text="""ABUJA, June 7 (Harmattan Post) - Nigeria's labour unions said on Friday they were prepared to settle for a minimum wage of 250,000 naira a month, well below their original demand of 615,000 naira, as talks on a new national wage floor ended without agreement.

Joe Ajaero, president of the Nigeria Labour Congress, said the unions had come down in the interest of the country and would go no lower. Festus Osifo of the Trade Union Congress said the reduced figure was labour's final offer.

The federal government raised its offer to 62,000 naira and said that was as far as it could go. Finance Minister Wale Edun said a wage bill at labour's level would cost nearly 10 trillion naira a year, more than the government could pay.

Both figures will now be sent to President Bola Tinubu, who will decide what to send to the National Assembly as a bill.

Some governors have said they cannot pay even 60,000 naira.""",
        claims=[
            ("nlc", "minimum-wage-615k", C, "the unions had come down in the interest of the country", True),
            ("tuc", "minimum-wage-615k", C, "the reduced figure was labour's final offer", True),
            ("fgn", "minimum-wage-615k", O, "a wage bill at labour's level would cost nearly 10 trillion naira a year", True),
        ],
    ),
    dict(
        published="2024-07-18T19:00:00Z", outlet="plateau-report", slug="tinubu-unions-agree-70000-minimum-wage",
        title="Tinubu and unions agree N70,000 minimum wage",
        text="""ABUJA, July 18 (Plateau Report) - President Bola Tinubu and Nigeria's labour leaders agreed on Thursday to set the new national minimum wage at 70,000 naira a month, ending months of talks and two strike threats.

Tinubu told the union leaders at the State House that 70,000 naira was what the government could responsibly pay without laying off workers, and that the wage would be reviewed every three years instead of every five. He said the unions' higher demands could not be met.

NLC President Joe Ajaero said labour had accepted the figure in the national interest, although it was far short of what workers needed, and that the unions would push for more at the next review.

The government will send a bill to the National Assembly next week. Senate President Godswill Akpabio said the Senate would treat it as urgent.

Some state governors have said they will struggle to pay the new wage.""",
        claims=[
            ("fgn", "minimum-wage-615k", O, "He said the unions' higher demands could not be met", True),
            ("nlc", "minimum-wage-615k", C, "labour had accepted the figure in the national interest", True),
        ],
    ),
]

# Labelled shifts: (actor, issue, from, to, article index 1-based, why)
SHIFTS = [
    ("nlc", "labour-suspends-strike", C, S, 6,
     "The NLC and TUC call off the June 7 strike in a joint communique; in 003 and 005 the NLC said the strike would go ahead unless the price rise was reversed."),
    ("fgn", "cash-transfer-n8000", S, C, 14,
     "The Presidency puts the N8,000 plan on hold and says it will go ahead only after the beneficiary list is cleaned up; in 011 Tinubu asked lawmakers to approve the loan for it."),
    ("nlc", "labour-suspends-strike", S, O, 19,
     "Ajaero calls a two-day warning strike that will go ahead whatever the government offers; the NLC had suspended its strike in June (006)."),
    ("nlc", "labour-suspends-strike", O, C, 23,
     "The NLC sets an indefinite strike for Oct 3 unless the June agreements are implemented, and says it can still be averted; in 019-021 the warning strike was unconditional."),
    ("nlc", "labour-suspends-strike", C, S, 25,
     "The NLC and TUC suspend the Oct 3 strike for 30 days in exchange for the wage award; in 023 the strike was set unless the government acted."),
    ("fgn", "wage-award", C, S, 25,
     "Lalong signs a 35,000-naira monthly wage award taking effect from September; until then the government only said a committee would consider an award (006, 016)."),
    ("nlc", "minimum-wage-615k", S, C, 31,
     "Ajaero says the unions have come down to 250,000 naira; in 029 he called 615,000 naira the least a family needed. The 494,000 figure in 030 is background narration only."),
    ("tuc", "minimum-wage-615k", S, C, 31,
     "Osifo calls 250,000 naira labour's final offer; in 029 he stood by the joint 615,000-naira demand."),
]

DUPLICATES = [(6, 7), (20, 21)]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def nid(i):
    return "%03d" % i


def parse_watchlist(path):
    """Minimal reader for the watchlist.yaml layout used here (no third-party YAML)."""
    actors, issues, baseline, issue_fields = [], [], [], {}
    section, current = None, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^\s*- id:\s*(\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                current = m.group(1)
                (actors if section == "actors" else issues).append(current)
                if section == "issues":
                    issue_fields[current] = ["id"]
                continue
            m = re.match(r"^\s+(\w+):", line)
            if m and section == "issues" and current:
                issue_fields[current].append(m.group(1))
                continue
            m = re.match(r"^\s*- \{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline, issue_fields


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def main():
    errors = []
    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues (want 5-7)" % len(issues))
    for iid, fields in issue_fields.items():
        if sorted(fields) != sorted(["id", "name", "description", "terms"]):
            errors.append("watchlist issue %s has fields %s" % (iid, fields))

    # Articles
    arts = []
    for i, a in enumerate(ARTICLES, 1):
        outlet_name = OUTLETS[a["outlet"]]
        d = a["published"][:10]
        url = "%s/%s/%s/%s" % (BASE_URL, a["outlet"], d.replace("-", "/"), a["slug"])
        arts.append({"id": nid(i), "published": a["published"], "source": outlet_name, "url": url,
                     "title": a["title"], "text": a["text"], "_outlet": a["outlet"], "_claims": a["claims"]})

    if not 30 <= len(arts) <= 34:
        errors.append("%d articles (want 30-34)" % len(arts))
    urls = set()
    for k, a in enumerate(arts):
        if a["url"] in urls:
            errors.append("%s: duplicate url" % a["id"])
        urls.add(a["url"])
        if k and a["published"] <= arts[k - 1]["published"]:
            errors.append("%s: not in publication order" % a["id"])
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append("%s: %d words" % (a["id"], words))
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        m = re.match(r"^([A-Z][A-Z .'-]+(?:, [A-Za-z ]+)?), (\w+) (\d{1,2}) \((.+?)\) - \S", a["text"])
        if not m:
            errors.append("%s: bad dateline" % a["id"])
        else:
            if m.group(2) != MONTHS[dt.month] or int(m.group(3)) != dt.day:
                errors.append("%s: dateline date %s %s vs %s" % (a["id"], m.group(2), m.group(3), a["published"]))
            if m.group(4) != a["source"]:
                errors.append("%s: dateline outlet %s" % (a["id"], m.group(4)))
        if '"' in a["text"] or "\u201c" in a["text"]:
            errors.append("%s: contains quotation marks" % a["id"])

    # Claims
    claims_out = {}
    n_claims, by_stance, n_unattr = 0, {S: 0, O: 0, C: 0}, 0
    for a in arts:
        lst, seen = [], set()
        for (actor, issue, stance, quote, attributed) in a["_claims"]:
            if actor not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], actor))
            if issue not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], issue))
            if stance not in (S, O, C):
                errors.append("%s: bad stance %s" % (a["id"], stance))
            if quote not in a["text"]:
                errors.append("%s: quote not in text: %s" % (a["id"], quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote over 15 words: %s" % (a["id"], quote))
            if (actor, issue) in seen:
                errors.append("%s: two claims for %s/%s" % (a["id"], actor, issue))
            seen.add((actor, issue))
            lst.append({"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed})
            n_claims += 1
            by_stance[stance] += 1
            n_unattr += 0 if attributed else 1
        claims_out[a["id"]] = lst

    # Baseline sanity
    for (actor, issue, stance) in baseline:
        if actor not in actors or issue not in issues or stance not in (S, O, C):
            errors.append("baseline entry invalid: %s %s %s" % (actor, issue, stance))

    # Recompute shifts from baseline + attributed claims in article order
    prevailing = {(ac, iss): st for (ac, iss, st) in baseline}
    computed = []
    for a in arts:
        for c in claims_out[a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                computed.append((c["actor"], c["issue"], prevailing[key], c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(ac, iss, fr, to, nid(art)) for (ac, iss, fr, to, art, _w) in SHIFTS]
    if computed != labelled:
        errors.append("shifts differ:\n  computed %s\n  labelled %s" % (computed, labelled))
    straight = sum(1 for s in labelled if {s[2], s[3]} == {S, O})
    if not 5 <= len(labelled) <= 8:
        errors.append("%d shifts (want 5-8)" % len(labelled))
    if straight > 2:
        errors.append("%d straight support/oppose reversals" % straight)
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")

    # Duplicates carry identical claims
    for (x, y) in DUPLICATES:
        cx = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[nid(x)])
        cy = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[nid(y)])
        if cx != cy:
            errors.append("duplicate %s/%s claims differ" % (nid(x), nid(y)))
        if arts[x - 1]["published"][:10] != arts[y - 1]["published"][:10] or arts[x - 1]["source"] == arts[y - 1]["source"]:
            errors.append("duplicate %s/%s not same day / different outlet" % (nid(x), nid(y)))
    if not any(nid(x) in {s[4] for s in labelled} for (x, _y) in DUPLICATES):
        errors.append("no duplicate pair is a shift article")

    shift_articles = sorted({s[4] for s in labelled})
    no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    empty = [a["id"] for a in arts if not claims_out[a["id"]]]
    if not 60 <= n_claims <= 90:
        errors.append("%d claims (want 60-90)" % n_claims)
    if by_stance[C] < 6:
        errors.append("only %d conditional claims" % by_stance[C])
    if not 3 <= len(empty) <= 4:
        errors.append("%d articles without claims (want 3-4)" % len(empty))
    if len(set(a["source"] for a in arts)) not in (4, 5):
        errors.append("want 4-5 outlets")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # Write outputs
    art_dir, feed_dir = os.path.join(HERE, "articles"), os.path.join(HERE, "feeds")
    for dd in (art_dir, feed_dir):
        if os.path.isdir(dd):
            shutil.rmtree(dd)
        os.makedirs(dd)
    for a in arts:
        out = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, indent=2, ensure_ascii=False)
            f.write("\n")

    labels = {
        "claims": claims_out,
        "shifts": [{"actor": ac, "issue": iss, "from": fr, "to": to, "article": nid(art), "why": why}
                   for (ac, iss, fr, to, art, why) in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    feed_files = []
    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["_outlet"] == slug], key=lambda a: a["published"], reverse=True)
        if not items:
            continue
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>%s/%s/</link>" % (BASE_URL, slug),
            "    <description>%s: fictional outlet for the shiftwatch evaluation set nigeria-fuel-subsidy-2023</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"]),
        ]
        for a in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        path = os.path.join(feed_dir, slug + ".xml")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        feed_files.append(path)

    xml_errors = []
    for path in feed_files:
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            xml_errors.append("%s: %s" % (path, r.stderr.strip()))
    if xml_errors:
        print("VALIDATION FAILED (xmllint):")
        for e in xml_errors:
            print(" -", e)
        sys.exit(1)

    counts = {}
    for a in arts:
        counts[a["source"]] = counts.get(a["source"], 0) + 1
    print("OK: %d articles %s" % (len(arts), counts))
    print("claims: %d (support %d, oppose %d, conditional %d; attributed false %d)"
          % (n_claims, by_stance[S], by_stance[O], by_stance[C], n_unattr))
    print("shifts: %d in articles %s (straight reversals %d)" % (len(labelled), shift_articles, straight))
    print("no-claim articles: %s" % empty)
    print("word counts: min %d max %d" % (min(len(a["text"].split()) for a in arts),
                                          max(len(a["text"].split()) for a in arts)))


if __name__ == "__main__":
    main()
