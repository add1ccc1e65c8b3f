#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set canada-carbon-tax-2024.

Standard library only. Holds the watchlist, the articles and the labels as data, writes
watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates everything (run: python3 build.py). Exits non-zero on any failure.
"""
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone, timedelta
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Watchlist
# ---------------------------------------------------------------------------
WATCHLIST_YAML = """\
# shiftwatch evaluation set canada-carbon-tax-2024: tracked actors and issues.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, capitals and buildings used as metonyms.
# Ottawa, Regina and Queen's Park are also used as plain locations in the articles
# ("speaking at Queen's Park"); such mentions carry no stance.
# Note the inverted polarity of scrap-consumer-carbon-tax: an actor that defends the levy OPPOSES
# the proposition, and an actor that wants the levy gone SUPPORTS it.

actors:
  - id: liberal-government
    name: Federal Liberal government of Canada (Prime Minister Justin Trudeau, then from March 14, 2025 Mark Carney)
    aliases: [federal government, Liberal government, Government of Canada, Liberals, Liberal Party, Ottawa, Justin Trudeau, Trudeau, Prime Minister's Office, Mark Carney, Carney, Steven Guilbeault, Guilbeault, Jonathan Wilkinson, Wilkinson, Chrystia Freeland, Freeland, Steven MacKinnon, MacKinnon, Department of Finance, Finance Department, Environment and Climate Change Canada]
  - id: conservatives
    name: Conservative Party of Canada (federal Official Opposition)
    aliases: [Conservatives, Conservative Party, Conservative Party of Canada, Tories, Pierre Poilievre, Poilievre, Andrew Scheer, Scheer, Melissa Lantsman, Lantsman]
  - id: ndp
    name: New Democratic Party (federal)
    aliases: [NDP, New Democrats, New Democratic Party, Jagmeet Singh, Singh, Peter Julian, Julian]
  - id: bloc
    name: Bloc Quebecois
    aliases: [Bloc Quebecois, Bloc Québécois, Bloc, Yves-Francois Blanchet, Yves-François Blanchet, Blanchet]
  - id: saskatchewan
    name: Government of Saskatchewan
    aliases: [Saskatchewan, Saskatchewan government, Government of Saskatchewan, Regina, Scott Moe, Moe, Dustin Duncan, Duncan, Jeremy Harrison, Harrison, SaskEnergy]
  - id: ontario
    name: Government of Ontario
    aliases: [Ontario, Ontario government, Government of Ontario, Queen's Park, Doug Ford, Ford]

issues:
  - id: scrap-consumer-carbon-tax
    name: The federal government scraps the consumer carbon tax
    description: Ottawa abolishes the federal fuel charge paid by households and small businesses, by repealing it or by setting its rate to zero. Wanting the levy gone is support; defending it is oppose.
    terms: [consumer carbon tax, carbon tax, consumer carbon price, consumer levy, fuel charge, axe the tax, scrap, repeal, carbon pricing]
  - id: heating-oil-pause
    name: The federal carbon levy on home heating oil is paused for three years
    description: The fuel charge on heating oil delivered to homes is suspended for three years from November 2023, as announced by the federal government in October 2023.
    terms: [heating oil, home heating oil, pause, carve-out, three-year pause, exemption]
  - id: all-home-heating-exemption
    name: The carbon levy is lifted from every form of home heating, including natural gas
    description: The relief given to heating oil is extended to natural gas, propane and every other fuel used to heat homes.
    terms: [home heating, all forms of home heating, natural gas, heating bills, same break, exemption, carve-outs]
  - id: april-2024-increase
    name: The consumer carbon price rises as scheduled on April 1, 2024
    description: The federal fuel charge goes up from $65 to $80 a tonne on April 1, 2024, without delay or cancellation.
    terms: [April 1, increase, hike, $80 a tonne, price rise, scheduled increase]
  - id: sask-remits-natgas-levy
    name: Saskatchewan collects and remits the federal carbon levy on natural gas home heating
    description: SaskEnergy, or the province as registered distributor, charges the federal fuel charge on residential natural gas and pays the money to Ottawa.
    terms: [SaskEnergy, remit, collect, natural gas bills, registered distributor, Canada Revenue Agency]
  - id: industrial-carbon-pricing
    name: Carbon pricing on large industrial emitters stays in place
    description: The federal output-based pricing system and the provincial systems that replace it (such as Saskatchewan's) keep charging heavy emitters.
    terms: [industrial carbon price, heavy industry, large emitters, industrial levy, output-based pricing, backstop]

# Known starting positions before the first article (October 2023); none implies a shift.
baseline:
  - {actor: liberal-government, issue: scrap-consumer-carbon-tax, stance: oppose}
  - {actor: conservatives, issue: scrap-consumer-carbon-tax, stance: support}
  - {actor: ndp, issue: scrap-consumer-carbon-tax, stance: oppose}
  - {actor: bloc, issue: scrap-consumer-carbon-tax, stance: oppose}
  - {actor: saskatchewan, issue: scrap-consumer-carbon-tax, stance: support}
  - {actor: ontario, issue: scrap-consumer-carbon-tax, stance: support}
  - {actor: liberal-government, issue: all-home-heating-exemption, stance: oppose}
  - {actor: liberal-government, issue: april-2024-increase, stance: support}
  - {actor: liberal-government, issue: industrial-carbon-pricing, stance: support}
  - {actor: saskatchewan, issue: industrial-carbon-pricing, stance: conditional}
"""

OUTLETS = {
    "Northline Wire": "northline-wire",
    "Capital Current": "capital-current",
    "Prairie Courier": "prairie-courier",
    "Atlantic Record": "atlantic-record",
    "Lakeshore Times": "lakeshore-times",
}

LG, CON, NDP, BLOC, SK, ON = "liberal-government", "conservatives", "ndp", "bloc", "saskatchewan", "ontario"
SCRAP, HOP, ALLH, APR, REMIT, IND = ("scrap-consumer-carbon-tax", "heating-oil-pause", "all-home-heating-exemption",
                                     "april-2024-increase", "sask-remits-natgas-levy", "industrial-carbon-pricing")
S, O, C = "support", "oppose", "conditional"


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# ---------------------------------------------------------------------------
# Articles: (published UTC, outlet, url slug, title, text, claims), in publication order.
# ---------------------------------------------------------------------------
ARTICLES = [
    # 001
    ("2023-10-26T18:30:00Z", "Northline Wire", "trudeau-pauses-carbon-levy-heating-oil",
     "Trudeau pauses carbon levy on heating oil for three years",
     "OTTAWA, Oct 26 (Northline Wire) - Prime Minister Justin Trudeau said on Thursday that his government will stop applying the federal carbon levy to home heating oil for three years, a concession aimed at households that burn oil to get through the winter.\n\n"
     "Flanked by Liberal members of Parliament from Atlantic Canada, where oil furnaces are far more common than in the rest of the country, Trudeau said the pause would give families time to switch to electric heat pumps, and he announced larger grants to help them do so. The rural top-up on the quarterly carbon rebate will also double.\n\n"
     "He insisted the government was not backing away from pricing pollution, and said the rest of the consumer levy would remain in place.\n\n"
     "Conservative Leader Pierre Poilievre called the announcement proof that the levy was hurting families and demanded that Ottawa lift the charge from all home heating, including the natural gas that warms most Canadian homes. He said a Conservative government would axe the tax entirely.\n\n"
     "Officials from the Department of Finance said the cost of the measure would be set out in the fall economic statement.",
     [c(LG, HOP, S, "will stop applying the federal carbon levy to home heating oil for three years"),
      c(LG, SCRAP, O, "the government was not backing away from pricing pollution"),
      c(CON, ALLH, S, "demanded that Ottawa lift the charge from all home heating"),
      c(CON, SCRAP, S, "a Conservative government would axe the tax entirely")]),

    # 002
    ("2023-10-27T16:00:00Z", "Lakeshore Times", "ford-moe-demand-same-break-natural-gas",
     "Ford and Moe demand the same break for natural gas",
     "TORONTO, Oct 27 (Lakeshore Times) - Ontario Premier Doug Ford said on Friday that families who heat their homes with natural gas deserve the same relief Ottawa has just granted to users of heating oil, and he urged the federal government to remove the carbon levy from every heating bill.\n\n"
     "Ford said he had no quarrel with helping households in Atlantic Canada, as long as the same break was extended to the millions of Ontarians who rely on gas furnaces. He repeated his long-standing view that the carbon tax should be scrapped altogether.\n\n"
     "In Regina, Saskatchewan Premier Scott Moe made a similar demand, calling the heating oil carve-out a deal for one region. He said his government was considering its options and would announce its next step in the coming days.\n\n"
     "Moe's office declined to say whether the province would act on its own.\n\n"
     "The federal pause, announced on Thursday, runs for three years. Because oil furnaces are most common in Atlantic Canada, most of the benefit will go to households there.",
     [c(ON, ALLH, S, "urged the federal government to remove the carbon levy from every heating bill"),
      c(ON, HOP, C, "no quarrel with helping households in Atlantic Canada, as long as the same break"),
      c(ON, SCRAP, S, "the carbon tax should be scrapped altogether"),
      c(SK, ALLH, S, "Saskatchewan Premier Scott Moe made a similar demand"),
      c(LG, HOP, S, "the same relief Ottawa has just granted to users of heating oil", False)]),

    # 003
    ("2023-10-30T20:00:00Z", "Prairie Courier", "saskatchewan-to-stop-collecting-carbon-levy-natural-gas",
     "Saskatchewan to stop collecting carbon levy on natural gas",
     "REGINA, Oct 30 (Prairie Courier) - Saskatchewan will stop collecting the federal carbon levy on natural gas used for home heating from Jan. 1 unless Ottawa extends its heating oil exemption to natural gas, Premier Scott Moe said on Monday.\n\n"
     "Moe said he would instruct SaskEnergy, the province's Crown-owned gas utility, to stop adding the charge to customers' bills. He said fairness demanded that every family get the same break, wherever they live and however they heat their homes. He had nothing against the heating oil pause itself, he added, provided natural gas customers got the same treatment.\n\n"
     "The premier acknowledged that the move could expose the utility to penalties under federal law, and said the province was looking at ways to shield its employees.\n\n"
     "Federal Energy Minister Jonathan Wilkinson said the law was clear and that the province was obliged to collect and remit the charge. He said Ottawa had no plans to extend the pause to natural gas.\n\n"
     "Legal experts said it was unclear how the federal government would enforce the law against a provincial Crown corporation.",
     [c(SK, REMIT, O, "will stop collecting the federal carbon levy on natural gas used for home heating"),
      c(SK, ALLH, S, "fairness demanded that every family get the same break"),
      c(SK, HOP, C, "He had nothing against the heating oil pause itself, he added, provided"),
      c(LG, REMIT, S, "the province was obliged to collect and remit the charge"),
      c(LG, ALLH, O, "Ottawa had no plans to extend the pause to natural gas")]),

    # 004
    ("2023-10-31T19:00:00Z", "Capital Current", "guilbeault-rules-out-further-carve-outs",
     "Guilbeault rules out further carbon levy carve-outs",
     "OTTAWA, Oct 31 (Capital Current) - Environment Minister Steven Guilbeault said on Tuesday there would be no further exemptions from the federal carbon levy, rejecting demands from Conservative premiers that the heating oil pause be extended to natural gas.\n\n"
     "Speaking to reporters on Parliament Hill, Guilbeault said the three-year pause on heating oil was a targeted measure to help families move to heat pumps, and that no similar break was coming for other fuels as long as he held the portfolio. He said the government remained fully committed to carbon pricing.\n\n"
     "The comments came a day after Saskatchewan announced its plan for natural gas bills. Ontario's Doug Ford and Alberta's Danielle Smith have made similar demands.\n\n"
     "Conservative House Leader Andrew Scheer said Guilbeault's remarks showed the carve-out had been designed to save Liberal seats in Atlantic Canada. He said his party would keep pushing to take the charge off all home heating.\n\n"
     "A spokesperson for the Prime Minister's Office referred questions to the minister's comments.",
     [c(LG, ALLH, O, "there would be no further exemptions from the federal carbon levy"),
      c(LG, HOP, S, "the three-year pause on heating oil was a targeted measure"),
      c(LG, SCRAP, O, "the government remained fully committed to carbon pricing"),
      c(ON, ALLH, S, "Ontario's Doug Ford and Alberta's Danielle Smith have made similar demands", False),
      c(CON, ALLH, S, "his party would keep pushing to take the charge off all home heating")]),

    # 005 (duplicate of 004)
    ("2023-10-31T22:30:00Z", "Atlantic Record", "no-more-carbon-levy-exemptions-guilbeault",
     "No more carbon levy exemptions, Guilbeault says",
     "OTTAWA, Oct 31 (Atlantic Record) - There will be no further exemptions from the federal carbon levy, Environment Minister Steven Guilbeault said on Tuesday, turning aside demands from Conservative premiers that natural gas get the same treatment as heating oil.\n\n"
     "Guilbeault told reporters on Parliament Hill that the three-year pause on heating oil was a targeted measure meant to help families switch to heat pumps. As long as he held the portfolio, he said, no similar break was coming for other fuels, and the government remained fully committed to carbon pricing.\n\n"
     "His remarks came a day after Saskatchewan announced its plan for natural gas bills. Ontario's Doug Ford and Alberta's Danielle Smith have made similar demands.\n\n"
     "Conservative House Leader Andrew Scheer said the carve-out had been built to protect Liberal seats in Atlantic Canada, and that his party would keep pushing to take the charge off all home heating.\n\n"
     "The Prime Minister's Office referred questions to the minister.",
     [c(LG, ALLH, O, "There will be no further exemptions from the federal carbon levy"),
      c(LG, HOP, S, "the three-year pause on heating oil was a targeted measure"),
      c(LG, SCRAP, O, "the government remained fully committed to carbon pricing"),
      c(ON, ALLH, S, "Ontario's Doug Ford and Alberta's Danielle Smith have made similar demands", False),
      c(CON, ALLH, S, "his party would keep pushing to take the charge off all home heating")]),

    # 006
    ("2023-11-06T23:30:00Z", "Northline Wire", "commons-rejects-conservative-home-heating-motion",
     "Commons rejects Conservative bid to lift levy on all home heating",
     "OTTAWA, Nov 6 (Northline Wire) - The House of Commons on Monday defeated a Conservative motion calling on the government to take the carbon levy off all forms of home heating, after the Liberals and the Bloc Quebecois voted against it.\n\n"
     "The motion failed by 186 votes to 135. New Democrats voted with the Conservatives, a rare break with the minority Liberal government they have kept in power under a confidence agreement.\n\n"
     "NDP Leader Jagmeet Singh said families heating with natural gas or electricity were struggling just as much as those using oil and deserved the same relief. Government ministers argued during the debate that the motion would gut the climate plan.\n\n"
     "Bloc Quebecois MPs noted that the federal levy does not apply in Quebec, which runs its own cap-and-trade market with California.\n\n"
     "Conservative Leader Pierre Poilievre said the result showed the Liberals and the Bloc were out of touch with families facing winter bills. Prime Minister Justin Trudeau, asked about the vote after question period, said he was disappointed that the NDP had sided with the Conservatives.",
     [c(CON, ALLH, S, "a Conservative motion calling on the government to take the carbon levy off"),
      c(LG, ALLH, O, "after the Liberals and the Bloc Quebecois voted against it"),
      c(BLOC, ALLH, O, "after the Liberals and the Bloc Quebecois voted against it"),
      c(NDP, ALLH, S, "New Democrats voted with the Conservatives")]),

    # 007
    ("2023-11-09T15:00:00Z", "Lakeshore Times", "blanchet-heating-oil-pause-electoral-gift",
     "Blanchet calls heating oil pause an electoral gift",
     "MONTREAL, Nov 9 (Lakeshore Times) - Bloc Quebecois Leader Yves-Francois Blanchet on Thursday denounced the federal pause on the carbon levy for heating oil, saying it rewarded the most polluting way to heat a home in order to shore up Liberal seats in Atlantic Canada.\n\n"
     "Blanchet said the Bloc wanted the pause reversed and would not support any move to weaken carbon pricing, which he called one of the few effective tools against climate change. Quebec is not subject to the federal consumer levy because it runs its own cap-and-trade system.\n\n"
     "He also took aim at the Conservatives, whose advertisements have accused the Bloc of backing a tax that Quebecers do not pay. Blanchet called the ads misleading.\n\n"
     "A Conservative spokesperson said the Bloc wanted to make life more expensive for Quebecers. Pierre Poilievre has promised to scrap the consumer carbon tax if he forms government.\n\n"
     "Political scientists in Montreal said the Bloc's stance was unlikely to cost it support in Quebec, where carbon pricing is relatively popular.",
     [c(BLOC, HOP, O, "the Bloc wanted the pause reversed"),
      c(BLOC, SCRAP, O, "would not support any move to weaken carbon pricing"),
      c(CON, SCRAP, S, "Poilievre has promised to scrap the consumer carbon tax", False)]),

    # 008
    ("2023-11-16T21:00:00Z", "Prairie Courier", "saskatchewan-bill-shields-saskenergy-staff",
     "Saskatchewan moves to shield SaskEnergy staff over carbon levy",
     "REGINA, Nov 16 (Prairie Courier) - The Saskatchewan government introduced legislation on Thursday that would make the province itself the sole distributor of natural gas, shifting legal responsibility away from SaskEnergy employees once the utility stops charging the federal carbon levy on Jan. 1.\n\n"
     "Dustin Duncan, the minister responsible for SaskEnergy, told reporters at the legislature that the bill would leave the decision on remitting the levy with him, so that no employee or board member could face penalties. If anyone ended up in trouble with federal authorities, he said, it would be him.\n\n"
     "Duncan said the province still believed Ottawa should remove the carbon tax on everything for everyone, but that until then it would keep the charge off home heating bills.\n\n"
     "He said Saskatchewan would continue to run its own pricing system for heavy industry for now, provided Ottawa did not try to impose the federal version.\n\n"
     "The opposition NDP in Saskatchewan said it would study the bill. A spokesperson for Environment and Climate Change Canada said the department was reviewing the legislation.",
     [c(SK, REMIT, O, "it would keep the charge off home heating bills"),
      c(SK, SCRAP, S, "Ottawa should remove the carbon tax on everything for everyone"),
      c(SK, IND, C, "would continue to run its own pricing system for heavy industry for now, provided Ottawa")]),

    # 009 (no claims)
    ("2023-12-12T22:00:00Z", "Capital Current", "senate-sends-amended-farm-fuel-bill-back",
     "Senate sends amended farm fuel bill back to the Commons",
     "OTTAWA, Dec 12 (Capital Current) - The Senate on Tuesday passed an amended version of Bill C-234, a private member's bill that would exempt some farm fuels from the federal carbon levy, sending it back to the House of Commons.\n\n"
     "Senators narrowed the bill so that it would cover only natural gas and propane used to dry grain, removing the exemption for heating barns and greenhouses, and shortened the period during which it would apply.\n\n"
     "The vote followed weeks of pressure on individual senators from farm groups and from politicians on both sides of the debate. Several senators said they had received threatening messages, and the Speaker of the Senate appealed for calm.\n\n"
     "The Commons must now decide whether to accept the Senate's changes. House officials said no vote was expected before Parliament rises for the holidays.\n\n"
     "Farm organizations said they were disappointed and would keep lobbying. Agricultural economists said the financial impact on most farms would be modest either way.",
     []),

    # 010
    ("2024-01-02T17:00:00Z", "Prairie Courier", "carbon-charge-vanishes-from-saskenergy-bills",
     "Carbon charge vanishes from SaskEnergy bills",
     "SASKATOON, Jan 2 (Prairie Courier) - Saskatchewan households began the year without the federal carbon levy on their natural gas bills after SaskEnergy stopped applying the charge on Jan. 1, following through on Premier Scott Moe's promise.\n\n"
     "Whether the province will send Ottawa the money it would have collected remains an open question. A provincial spokesperson said a decision on remitting the January amount would be made before the payment comes due at the end of February, and declined to say which way the government was leaning.\n\n"
     "Federal officials said on Tuesday that the law had not changed and that Saskatchewan, as the registered distributor, was required to pay. They declined to say what steps the Canada Revenue Agency might take if it did not.\n\n"
     "The province says the change will save a typical family about $400 this year. Economists said the move could shave a few tenths of a point off Saskatchewan's inflation rate.\n\n"
     "A spokesperson for Environment Minister Steven Guilbeault said the carbon rebate would keep flowing to Saskatchewan residents.",
     [c(SK, REMIT, O, "SaskEnergy stopped applying the charge on Jan. 1"),
      c(LG, REMIT, S, "Saskatchewan, as the registered distributor, was required to pay")]),

    # 011
    ("2024-02-29T21:00:00Z", "Northline Wire", "moe-saskatchewan-will-not-send-carbon-levy-money",
     "Moe says Saskatchewan will not send carbon levy money to Ottawa",
     "REGINA, Feb 29 (Northline Wire) - Saskatchewan will not remit the federal carbon levy on natural gas for January, Premier Scott Moe said on Thursday, confirming that the province has no intention of collecting the charge on home heating.\n\n"
     "Moe said Regina would not hand over money it had never taken from families. He repeated his call for the federal government to scrap the consumer carbon tax, and said families in Saskatchewan had waited long enough for fair treatment.\n\n"
     "Conservative Leader Pierre Poilievre praised the decision on social media, saying Moe was standing up for families that Trudeau had left out in the cold.\n\n"
     "Federal officials said the government was weighing its options. Energy Minister Jonathan Wilkinson had said last fall that provinces could not pick and choose which federal laws to follow.\n\n"
     "Constitutional lawyers said a court fight was possible but would take years to resolve, and that the federal government might instead reduce payments to the province.",
     [c(SK, REMIT, O, "Saskatchewan will not remit the federal carbon levy on natural gas for January"),
      c(SK, SCRAP, S, "repeated his call for the federal government to scrap the consumer carbon tax"),
      c(CON, REMIT, O, "Poilievre praised the decision on social media")]),

    # 012
    ("2024-03-15T18:00:00Z", "Atlantic Record", "trudeau-rejects-premiers-plea-april-carbon-price-rise",
     "Trudeau rejects premiers' plea to halt April carbon price rise",
     "OTTAWA, March 15 (Atlantic Record) - Prime Minister Justin Trudeau on Friday rejected calls from seven premiers to cancel or delay the April 1 increase in the federal carbon price, saying the rebate families receive will rise along with it.\n\n"
     "The price is scheduled to climb to $80 a tonne from $65. Ontario Premier Doug Ford wrote that the increase would pile costs on families already squeezed by high interest rates and asked Trudeau to cancel it. Saskatchewan's Scott Moe signed a similar letter, as did Newfoundland and Labrador's Liberal premier, Andrew Furey, who asked for a pause.\n\n"
     "Trudeau said the premiers who complain have offered no better plan to fight climate change, and that the increase would go ahead as scheduled. He said most households get back more through the Canada Carbon Rebate than they pay.\n\n"
     "Asked whether any premier had proposed an alternative that would satisfy the government, his office declined to comment.\n\n"
     "Economists noted that the increase would add roughly three cents to a litre of gasoline.",
     [c(LG, APR, S, "the increase would go ahead as scheduled"),
      c(ON, APR, O, "asked Trudeau to cancel it"),
      c(SK, APR, O, "Saskatchewan's Scott Moe signed a similar letter")]),

    # 013
    ("2024-03-21T23:00:00Z", "Northline Wire", "liberals-survive-carbon-price-confidence-vote",
     "Liberals survive Conservative confidence vote on carbon price",
     "OTTAWA, March 21 (Northline Wire) - Justin Trudeau's minority government easily survived a Conservative non-confidence motion on Thursday that sought to force an election over the carbon price.\n\n"
     "The motion, which Conservative Leader Pierre Poilievre framed as a vote to stop the April 1 increase, was defeated after New Democrats and Bloc Quebecois MPs joined the Liberals against it.\n\n"
     "NDP Leader Jagmeet Singh called the motion a stunt and said his party would not hand Poilievre an election on his terms. He would not say whether New Democrats supported the coming increase.\n\n"
     "Bloc Leader Yves-Francois Blanchet, whose party supports carbon pricing, said his MPs would not bring down a government over a levy that does not apply in Quebec.\n\n"
     "Government House Leader Steven MacKinnon said the result showed that most MPs had confidence in the government's agenda. Poilievre said he would take the fight to rallies across the country in the coming weeks.",
     [c(CON, APR, O, "a vote to stop the April 1 increase"),
      c(BLOC, SCRAP, O, "whose party supports carbon pricing", False)]),

    # 014
    ("2024-04-01T16:00:00Z", "Lakeshore Times", "carbon-price-climbs-to-80-a-tonne",
     "Carbon price climbs to $80 a tonne as Poilievre rallies against it",
     "OTTAWA, April 1 (Lakeshore Times) - The federal carbon price rose to $80 a tonne on Monday, adding about three cents to a litre of gasoline, as Conservatives staged protests and premiers renewed their objections.\n\n"
     "Conservative Leader Pierre Poilievre told supporters at a rally that the increase was an April Fool's joke on struggling families and that only an election could stop further hikes.\n\n"
     "Environment Minister Steven Guilbeault defended the increase, saying it was essential to meeting Canada's emissions targets and that the larger rebate arriving this month would leave most families better off. He said the government had no intention of abandoning the policy.\n\n"
     "Ontario Premier Doug Ford said the increase could not have come at a worse time for families and called again for the federal levy to be scrapped.\n\n"
     "In Quebec and British Columbia, which run their own carbon pricing systems, the change had no effect at the pump. Analysts said the higher rebate would be deposited in mid-April.",
     [c(CON, APR, O, "the increase was an April Fool's joke on struggling families"),
      c(LG, APR, S, "Guilbeault defended the increase"),
      c(LG, SCRAP, O, "the government had no intention of abandoning the policy"),
      c(ON, SCRAP, S, "called again for the federal levy to be scrapped")]),

    # 015 (no claims)
    ("2024-04-10T22:00:00Z", "Capital Current", "mps-call-for-emergency-meeting-premiers-carbon-pricing",
     "MPs call for emergency first ministers' meeting on carbon pricing",
     "OTTAWA, April 10 (Capital Current) - The House of Commons on Wednesday passed a non-binding motion asking the prime minister to convene an emergency meeting with provincial and territorial premiers on carbon pricing.\n\n"
     "The motion, introduced by the Conservatives, passed with the support of New Democrat and Bloc Quebecois MPs. NDP House Leader Peter Julian said his party had backed it because premiers deserved to be heard, and that the vote should not be read as a verdict on the policy itself.\n\n"
     "The motion does not oblige the government to act. The Prime Minister's Office declined to say whether a meeting would be held.\n\n"
     "Several premiers had asked last month to appear before a Commons committee on the issue. No dates have been set.\n\n"
     "Political analysts said the vote was largely symbolic and that a first ministers' meeting on the subject appeared unlikely before the summer.",
     []),

    # 016 (no claims)
    ("2024-07-15T20:00:00Z", "Atlantic Record", "premiers-gather-in-halifax",
     "Premiers gather in Halifax with health care and trade atop agenda",
     "HALIFAX, July 15 (Atlantic Record) - Canada's premiers opened their annual summer meeting in Halifax on Monday, with health care funding, interprovincial trade and wildfire response at the top of the agenda.\n\n"
     "The carbon levy, which has divided the provinces for years, was not on the formal program, though officials from several delegations said it might come up over dinner. Ontario's Doug Ford and Saskatchewan's Scott Moe arrived in the city on Sunday evening and did not take questions.\n\n"
     "Nova Scotia Premier Tim Houston, the host, said he wanted the premiers to speak with one voice to Ottawa on the issues where they agreed.\n\n"
     "The meeting at a waterfront hotel runs until Wednesday. A communique is expected on the final day.\n\n"
     "Analysts said the premiers might use the gathering to press the federal government again on energy costs, but that a joint position on carbon pricing was unlikely given the differences between provinces such as British Columbia and Saskatchewan.",
     []),

    # 017
    ("2024-09-04T19:00:00Z", "Northline Wire", "singh-ends-deal-with-trudeau-liberals",
     "Singh tears up deal propping up Trudeau's minority",
     "OTTAWA, Sept 4 (Northline Wire) - NDP Leader Jagmeet Singh said on Wednesday that he was ending the supply and confidence agreement that has kept Justin Trudeau's minority Liberal government in power since 2022, raising the odds of an early election.\n\n"
     "In a video posted online, Singh accused the Liberals of being too weak and too beholden to corporations to stand up to the Conservatives. He did not say how New Democrats would vote on future confidence motions.\n\n"
     "Conservative Leader Pierre Poilievre called on Singh to prove he meant it by voting non-confidence at the first opportunity, so that Canadians could vote in a carbon tax election and get rid of the levy. He said the NDP leader had voted again and again to keep and raise the tax.\n\n"
     "Singh's office declined to say whether the party's position on the consumer carbon price had changed.\n\n"
     "Trudeau said he hoped the NDP would keep working with the government on issues such as pharmacare. The House of Commons returns on Sept. 16.",
     [c(CON, SCRAP, S, "Canadians could vote in a carbon tax election and get rid of the levy")]),

    # 018 (SHIFT: ndp scrap oppose -> conditional)
    ("2024-09-12T18:00:00Z", "Lakeshore Times", "singh-dumps-liberal-carbon-tax",
     "Singh dumps Liberal carbon tax",
     "MONTREAL, Sept 12 (Lakeshore Times) - NDP Leader Jagmeet Singh signalled on Thursday that his party is no longer prepared to defend the consumer carbon price, saying New Democrats would be open to replacing it with a plan that puts the burden on large polluters rather than working families.\n\n"
     "Speaking at the close of a caucus retreat in Montreal, Singh said the NDP was drafting its own climate plan and would release it in the coming months. He would not say whether an NDP government would keep a price on consumer fuels, but said working families should not carry the cost.\n\n"
     "Singh also said relief on home heating should reach families in every region, not only those who burn oil, and accused Prime Minister Justin Trudeau of pitting workers against each other.\n\n"
     "The New Democrats voted with the Liberals to keep the levy in place through most of their two-year pact.\n\n"
     "Conservative deputy leader Melissa Lantsman said nobody should believe the NDP leader's conversion. Trudeau said on Wednesday that carbon pricing remained the best way to cut emissions while putting money back in people's pockets.",
     [c(NDP, SCRAP, C, "open to replacing it with a plan that puts the burden on large polluters"),
      c(NDP, ALLH, S, "relief on home heating should reach families in every region"),
      c(LG, SCRAP, O, "carbon pricing remained the best way to cut emissions")]),

    # 019
    ("2024-09-16T21:00:00Z", "Capital Current", "singh-dodges-carbon-price-questions",
     "Singh dodges carbon price questions as Parliament returns",
     "OTTAWA, Sept 16 (Capital Current) - NDP Leader Jagmeet Singh again declined on Monday to say whether he would scrap the consumer carbon price, as MPs returned to Parliament Hill for a fall sitting that could end in an election.\n\n"
     "Asked repeatedly by reporters whether he now opposed the levy, Singh said the real problem was that the Liberals were letting big oil and gas companies off the hook.\n\n"
     "Prime Minister Justin Trudeau accused Singh of caving to Conservative pressure. He said his government would not abandon a policy that puts more money back into most families' pockets than it costs them.\n\n"
     "Conservative Leader Pierre Poilievre said he would table a non-confidence motion at the earliest opportunity and dared the NDP to back it. He said the NDP leader now had a choice to make.\n\n"
     "The Bloc Quebecois said it would judge each motion on its merits and would set out its priorities for Quebec later in the week.\n\n"
     "Pollsters said the NDP's repositioning had done little so far to move its numbers.",
     [c(LG, SCRAP, O, "his government would not abandon a policy that puts more money back")]),

    # 020
    ("2024-10-01T23:30:00Z", "Northline Wire", "second-conservative-bid-to-topple-liberals-fails",
     "Second Conservative bid to topple Liberals fails",
     "OTTAWA, Oct 1 (Northline Wire) - The Liberal government survived a second Conservative non-confidence motion on Tuesday, with the Bloc Quebecois and the New Democrats again voting to keep it in power.\n\n"
     "Conservative Leader Pierre Poilievre said he would keep bringing such motions until the tax was gone, and accused the other opposition parties of propping up an exhausted government.\n\n"
     "Bloc Quebecois Leader Yves-Francois Blanchet said Quebec had chosen to price carbon long ago and that his party would not help the Conservatives dismantle carbon pricing in the rest of Canada.\n\n"
     "NDP Leader Jagmeet Singh said New Democrats would not be rushed into an election by Poilievre. He repeated that his party could support ending the consumer levy only if a replacement forced big polluters to cut emissions, and said the details would come in the NDP's plan.\n\n"
     "The government also faces pressure from the Bloc over old age security and from the NDP over grocery prices. Another opposition day is scheduled for next week.",
     [c(CON, SCRAP, S, "he would keep bringing such motions until the tax was gone"),
      c(BLOC, SCRAP, O, "would not help the Conservatives dismantle carbon pricing in the rest of Canada"),
      c(NDP, SCRAP, C, "could support ending the consumer levy only if a replacement forced big polluters")]),

    # 021
    ("2024-10-29T16:00:00Z", "Prairie Courier", "moe-saskatchewan-party-wins-fifth-term",
     "Moe's Saskatchewan Party wins fifth straight term",
     "REGINA, Oct 29 (Prairie Courier) - Premier Scott Moe's Saskatchewan Party won a fifth consecutive majority in Monday's provincial election, and Moe said on Tuesday that his government would keep the federal carbon levy off natural gas bills.\n\n"
     "Moe told reporters at the legislature that SaskEnergy would go on refusing to collect the charge and that the province would not send Ottawa any of the money. He said he would keep pushing the next federal government, whoever leads it, to scrap the consumer carbon tax.\n\n"
     "Asked about the province's own carbon price for heavy emitters, Moe said Saskatchewan would keep running it only as long as it stayed under provincial control and Ottawa did not impose its own system.\n\n"
     "The Saskatchewan NDP, led by Carla Beck, made sweeping gains in Regina and Saskatoon. Beck said voters had sent a message about health care and the cost of living.\n\n"
     "Federal officials declined to comment on the dispute over the natural gas levy.",
     [c(SK, REMIT, O, "SaskEnergy would go on refusing to collect the charge"),
      c(SK, SCRAP, S, "keep pushing the next federal government, whoever leads it, to scrap the consumer carbon tax"),
      c(SK, IND, C, "would keep running it only as long as it stayed under provincial control")]),

    # 022
    ("2025-01-06T20:00:00Z", "Capital Current", "trudeau-to-resign-parliament-prorogued",
     "Trudeau to resign as Liberal leader; Parliament prorogued",
     "OTTAWA, Jan 6 (Capital Current) - Prime Minister Justin Trudeau said on Monday that he will resign as Liberal leader once the party chooses a successor, and that Parliament will be prorogued until March 24.\n\n"
     "Speaking outside his residence at Rideau Cottage, Trudeau said internal battles had made it clear he could not carry the party into the next election. He did not take questions on the carbon levy.\n\n"
     "Conservative Leader Pierre Poilievre said nothing had changed, because every Liberal who might replace Trudeau had backed the carbon tax. He called for an immediate election so voters could axe it.\n\n"
     "NDP Leader Jagmeet Singh said he would vote to bring the government down when the House returns. He repeated that New Democrats would agree to drop the consumer levy only if big polluters were made to pay more.\n\n"
     "Some Liberal strategists said privately that the next leader might move quickly to ditch the consumer carbon price. Former finance minister Chrystia Freeland, who quit cabinet last month, is widely expected to run.",
     [c(CON, SCRAP, S, "He called for an immediate election so voters could axe it."),
      c(NDP, SCRAP, C, "would agree to drop the consumer levy only if big polluters were made to pay")]),

    # 023
    ("2025-01-20T19:00:00Z", "Northline Wire", "liberals-abandon-carbon-tax-leadership-race",
     "Liberals abandon carbon tax as leadership race heats up",
     "OTTAWA, Jan 20 (Northline Wire) - The two best-known candidates to succeed Justin Trudeau have both turned against the consumer carbon price, marking a sharp break with a policy the Liberal government has defended for six years.\n\n"
     "Former Bank of Canada governor Mark Carney, who launched his campaign last week, said the consumer levy had become too divisive and that he would replace it with incentives for households to go green. Former finance minister Chrystia Freeland said on Sunday that she would scrap it, saying Canadians had made clear they did not want it.\n\n"
     "The government itself has not changed course. Environment Minister Steven Guilbeault said on Monday that the levy remained federal law and that the cabinet had no plan to drop it while the race was under way. He denied that ministers were quietly preparing to abandon it.\n\n"
     "Conservative Leader Pierre Poilievre called the candidates' conversions a trick that would be reversed once the votes were counted.\n\n"
     "The party will announce its new leader on March 9.",
     [c(LG, SCRAP, O, "the cabinet had no plan to drop it while the race was under way")]),

    # 024
    ("2025-01-28T21:00:00Z", "Lakeshore Times", "ford-calls-snap-ontario-election",
     "Ford calls snap Ontario election, citing Trump tariff threat",
     "TORONTO, Jan 28 (Lakeshore Times) - Ontario Premier Doug Ford on Tuesday called a provincial election for Feb. 27, more than a year early, saying he needed a fresh mandate to confront U.S. President Donald Trump's threatened tariffs.\n\n"
     "Ford, speaking at Queen's Park after meeting the lieutenant governor, also took aim at the federal government, saying the carbon tax had no place in an economy bracing for a trade war and should be scrapped before the tariffs hit.\n\n"
     "Ontario Liberal Leader Bonnie Crombie said a Liberal government at Queen's Park would not bring in a provincial carbon price of its own, and accused Ford of calling an unnecessary election. Ontario NDP Leader Marit Stiles said the vote should be about health care.\n\n"
     "Ford's Progressive Conservatives hold a large majority in the legislature, and polls suggest they are well ahead.\n\n"
     "Federal Conservative Leader Pierre Poilievre, who has kept his distance from the provincial campaign, did not comment.",
     [c(ON, SCRAP, S, "should be scrapped before the tariffs hit")]),

    # 025 (no claims)
    ("2025-02-25T03:30:00Z", "Atlantic Record", "liberal-leadership-hopefuls-french-debate",
     "Liberal leadership hopefuls meet for French-language debate",
     "MONTREAL, Feb 24 (Atlantic Record) - The four candidates seeking to lead the federal Liberal Party met on Monday evening in Montreal for the first of two debates, held in French, with relations with the United States dominating the exchanges.\n\n"
     "Mark Carney, Chrystia Freeland, Karina Gould and Frank Baylis answered questions on tariffs, housing and the cost of living before a small studio audience. A second debate, in English, will follow on Tuesday.\n\n"
     "Well over 100,000 registered members are eligible to vote. The result will be announced in Ottawa on March 9, and the winner will be sworn in as prime minister shortly afterwards.\n\n"
     "Party officials said the debate rules had been set to limit direct attacks between candidates. Analysts said the format favoured Carney, who is widely seen as the front-runner, and that few members were likely to change their minds.\n\n"
     "The Conservatives ran attack advertisements during the broadcast. A party spokesperson declined to say how much they had cost.",
     []),

    # 026 (SHIFT: liberal-government scrap oppose -> support; all-home-heating oppose -> support)
    ("2025-03-14T17:00:00Z", "Northline Wire", "carney-scraps-consumer-carbon-tax-first-act",
     "Carney scraps consumer carbon tax in first act as prime minister",
     "OTTAWA, March 14 (Northline Wire) - Prime Minister Mark Carney's cabinet on Friday ordered the consumer carbon price cut to zero from April 1, hours after he was sworn in at Rideau Hall, ending the signature climate policy of the Trudeau years.\n\n"
     "Carney signed the order at his first cabinet meeting. The change removes the charge from gasoline, diesel and the natural gas and propane that heat homes, giving households in Ontario, Saskatchewan and elsewhere the relief their premiers had demanded since the heating oil pause. Families will receive one final rebate payment in April.\n\n"
     "Carney said the consumer levy had become a symbol of division, and that the federal carbon price on large industrial emitters would stay, a position he set out during the leadership race.\n\n"
     "Conservative Leader Pierre Poilievre said the order was only a temporary pause before an election and that Carney would bring the tax back if he won. He said Parliament should be recalled to repeal the law.\n\n"
     "Ontario Premier Doug Ford said the move was long overdue.",
     [c(LG, SCRAP, S, "ordered the consumer carbon price cut to zero from April 1"),
      c(LG, ALLH, S, "removes the charge from gasoline, diesel and the natural gas and propane that heat homes"),
      c(LG, IND, S, "the federal carbon price on large industrial emitters would stay"),
      c(CON, SCRAP, S, "Parliament should be recalled to repeal the law"),
      c(ON, SCRAP, S, "Ford said the move was long overdue")]),

    # 027 (duplicate of 026)
    ("2025-03-14T20:30:00Z", "Capital Current", "carney-cuts-consumer-carbon-price-to-zero",
     "Carney cuts consumer carbon price to zero hours after swearing-in",
     "OTTAWA, March 14 (Capital Current) - Mark Carney used his first cabinet meeting as prime minister on Friday to set the consumer carbon price at zero from April 1, a few hours after he was sworn in at Rideau Hall.\n\n"
     "The order takes the charge off gasoline, diesel and the natural gas and propane that heat homes, the relief that premiers in Ontario and Saskatchewan had sought since Ottawa paused the levy on heating oil. One last rebate will be paid in April.\n\n"
     "Carney said the consumer levy had come to divide Canadians, and that the federal carbon price on large industrial emitters would stay in place, as he had promised during the leadership race.\n\n"
     "Conservative Leader Pierre Poilievre dismissed the order as a temporary pause timed for an election, predicted that Carney would restore the tax after the vote, and said Parliament should be recalled to repeal the law.\n\n"
     "Ontario Premier Doug Ford welcomed the decision, calling it long overdue.",
     [c(LG, SCRAP, S, "set the consumer carbon price at zero from April 1"),
      c(LG, ALLH, S, "takes the charge off gasoline, diesel and the natural gas and propane that heat homes"),
      c(LG, IND, S, "the federal carbon price on large industrial emitters would stay in place"),
      c(CON, SCRAP, S, "Parliament should be recalled to repeal the law"),
      c(ON, SCRAP, S, "Ford welcomed the decision, calling it long overdue")]),

    # 028
    ("2025-03-17T18:00:00Z", "Lakeshore Times", "poilievre-vows-to-repeal-industrial-carbon-price",
     "Poilievre vows to repeal industrial carbon price too",
     "OTTAWA, March 17 (Lakeshore Times) - Conservative Leader Pierre Poilievre said on Monday that a Conservative government would repeal the entire federal carbon pricing law, including the charge on heavy industry that Prime Minister Mark Carney has chosen to keep.\n\n"
     "Speaking at a steel mill in L'Orignal, east of Ottawa, Poilievre said the industrial levy was a hidden tax that would drive jobs to the United States at a time of tariffs. He said provinces would be free to run their own systems, but none would be forced to.\n\n"
     "Poilievre also dismissed Carney's order cutting the consumer price to zero as an election-season pause that any cabinet could quietly reverse.\n\n"
     "A spokesperson for Carney said the industrial system was essential to meeting climate targets without burdening households and would remain.\n\n"
     "Environmental groups said scrapping industrial pricing would wipe out most of the emissions cuts the policy was expected to deliver. Business groups were divided.",
     [c(CON, IND, O, "would repeal the entire federal carbon pricing law, including the charge on heavy industry"),
      c(LG, IND, S, "the industrial system was essential to meeting climate targets")]),

    # 029 (SHIFT: ndp scrap conditional -> support)
    ("2025-03-25T20:00:00Z", "Capital Current", "singh-ndp-would-not-bring-back-consumer-levy",
     "Singh says NDP would not bring back consumer carbon levy",
     "BURNABY, March 25 (Capital Current) - NDP Leader Jagmeet Singh said on Tuesday that a New Democrat government would not revive the consumer carbon price, completing a retreat from a policy his party backed for years.\n\n"
     "Campaigning near his Burnaby riding, Singh said working families should not have to carry the cost of fighting climate change and that the NDP did not oppose the levy's removal. He said his party's plan would instead make big polluters pay, through tougher rules and a stronger price on heavy industry.\n\n"
     "Asked whether he regretted voting for the levy while the NDP propped up the Liberals, Singh said circumstances had changed and that the tax had become a tool Conservatives used to divide people.\n\n"
     "Conservative Leader Pierre Poilievre said Singh and Carney had both copied his plan. Prime Minister Mark Carney, campaigning in Windsor, Ontario, said Liberals would fight climate change without asking families to pay at the pump.\n\n"
     "The election is set for April 28.",
     [c(NDP, SCRAP, S, "a New Democrat government would not revive the consumer carbon price"),
      c(NDP, IND, S, "make big polluters pay, through tougher rules and a stronger price on heavy industry"),
      c(LG, SCRAP, S, "fight climate change without asking families to pay at the pump")]),

    # 030 (SHIFT: saskatchewan industrial conditional -> oppose)
    ("2025-03-27T19:00:00Z", "Prairie Courier", "saskatchewan-drops-industrial-carbon-price-to-zero",
     "Saskatchewan drops its industrial carbon price to zero",
     "REGINA, March 27 (Prairie Courier) - Saskatchewan will stop charging its own carbon price on heavy industry from April 1, Premier Scott Moe said on Thursday, declaring the province the first in Canada to be free of carbon taxes.\n\n"
     "The change suspends the industrial rate under the province's output-based pricing program and removes the carbon charge from SaskPower electricity bills. Moe said Saskatchewan had kept the program only to keep Ottawa's version out, and called the end of the consumer levy a victory for Saskatchewan families.\n\n"
     "He said he hoped the next federal government would not impose its own industrial backstop on the province. Crown Investments Minister Jeremy Harrison said families would save hundreds of dollars a year.\n\n"
     "Saskatchewan NDP Leader Carla Beck said her party had no objection to removing the charge but warned that it would leave a hole in the provincial budget.\n\n"
     "Federal officials said the province had still not remitted any of the natural gas levy it stopped collecting in January 2024. Prime Minister Mark Carney's campaign did not respond to requests for comment.",
     [c(SK, IND, O, "Saskatchewan will stop charging its own carbon price on heavy industry from April 1"),
      c(SK, SCRAP, S, "called the end of the consumer levy a victory for Saskatchewan families"),
      c(SK, REMIT, O, "the province had still not remitted any of the natural gas levy", False)]),

    # 031
    ("2025-04-01T15:00:00Z", "Atlantic Record", "consumer-carbon-levy-ends",
     "Consumer carbon levy ends; heating oil pause now moot",
     "HALIFAX, April 1 (Atlantic Record) - The federal consumer carbon levy disappeared from gasoline pumps and heating bills across the country on Tuesday, ending a charge that had drawn protests for years and making the three-year pause on heating oil announced in 2023 irrelevant.\n\n"
     "Prices at the pump in Nova Scotia fell by about 17 cents a litre overnight. Households will still receive a final rebate payment this month.\n\n"
     "The Finance Department said the levy would stay at zero and that the government intended to repeal the consumer portion of the law when Parliament returns. Carbon pricing for large industrial emitters remains in force.\n\n"
     "Conservative Leader Pierre Poilievre, campaigning in Nova Scotia, said Canadians could not trust the Liberals to keep the tax away and urged them to vote Conservative to be sure it never returned.\n\n"
     "Bloc Quebecois Leader Yves-Francois Blanchet said the change did nothing for Quebecers, who have never paid the federal levy, and said the Bloc would defend Quebec's own carbon market.",
     [c(LG, SCRAP, S, "the government intended to repeal the consumer portion of the law"),
      c(CON, SCRAP, S, "urged them to vote Conservative to be sure it never returned")]),

    # 032
    ("2025-04-18T03:30:00Z", "Northline Wire", "leaders-spar-over-industrial-carbon-price-debate",
     "Leaders spar over industrial carbon price in English debate",
     "MONTREAL, April 17 (Northline Wire) - The four main party leaders clashed over carbon pricing for heavy industry in Thursday night's English-language debate, with the consumer levy already gone and the fight shifting to what remains.\n\n"
     "Conservative Leader Pierre Poilievre repeated his pledge to repeal the industrial carbon price, calling it a hidden tax on steel and aluminum workers.\n\n"
     "Prime Minister Mark Carney said his government would keep and improve the industrial system, arguing that it cuts emissions without raising costs for families.\n\n"
     "NDP Leader Jagmeet Singh said big polluters must keep paying and that his party would never let Poilievre scrap the industrial price. He said the consumer levy, which had become unfair to working people, should stay gone.\n\n"
     "Bloc Quebecois Leader Yves-Francois Blanchet said Quebec would keep its own carbon market whatever happened in Ottawa and that the federal industrial price should not be weakened.\n\n"
     "Voters go to the polls on April 28.",
     [c(CON, IND, O, "repeated his pledge to repeal the industrial carbon price"),
      c(LG, IND, S, "his government would keep and improve the industrial system"),
      c(NDP, IND, S, "his party would never let Poilievre scrap the industrial price"),
      c(NDP, SCRAP, S, "the consumer levy, which had become unfair to working people, should stay gone"),
      c(BLOC, IND, S, "the federal industrial price should not be weakened")]),
]

# ---------------------------------------------------------------------------
# Shifts and duplicates
# ---------------------------------------------------------------------------
SHIFTS = [
    {"actor": NDP, "issue": SCRAP, "from": O, "to": C, "article": "018",
     "why": "Singh says the NDP is no longer prepared to defend the consumer carbon price and would be open to replacing it with a plan that puts the burden on large polluters; the NDP had backed the levy (baseline)."},
    {"actor": LG, "issue": SCRAP, "from": O, "to": S, "article": "026",
     "why": "Carney's cabinet orders the consumer carbon price cut to zero from April 1; under Trudeau the government defended the levy (001, 004, 014, 019, 023)."},
    {"actor": LG, "issue": ALLH, "from": O, "to": S, "article": "026",
     "why": "The same order removes the levy from natural gas and propane used to heat homes; in 003-006 the government refused any extension of the heating oil pause."},
    {"actor": NDP, "issue": SCRAP, "from": C, "to": S, "article": "029",
     "why": "Singh says an NDP government would not revive the consumer carbon price and does not oppose its removal; in 018, 020 and 022 the NDP would drop it only if a replacement made big polluters pay."},
    {"actor": SK, "issue": IND, "from": C, "to": O, "article": "030",
     "why": "Moe cuts Saskatchewan's own industrial carbon price to zero; in 008 and 021 the province kept its industrial system as long as it stayed under provincial control."},
]
DUPLICATES = [("004", "005"), ("026", "027")]


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def build():
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    with open(os.path.join(HERE, "watchlist.yaml"), "w", encoding="utf-8") as f:
        f.write(WATCHLIST_YAML)

    records, claims = [], {}
    for i, (pub, outlet, slug, title, text, cl) in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        d = parse_ts(pub)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (OUTLETS[outlet], d.year, d.month, d.day, slug)
        rec = {"id": aid, "published": pub, "source": outlet, "url": url, "title": title, "text": text}
        records.append(rec)
        claims[aid] = cl
        with open(os.path.join(HERE, "articles", aid + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": claims,
        "shifts": SHIFTS,
        "no_alert_articles": [r["id"] for r in records if r["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    for outlet, oslug in OUTLETS.items():
        items = sorted([r for r in records if r["source"] == outlet], key=lambda r: r["published"], reverse=True)
        if not items:
            continue
        last = format_datetime(parse_ts(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(outlet),
               "    <link>https://example.org/%s/</link>" % oslug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set canada-carbon-tax-2024</description>" % escape(outlet),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % last]
        for r in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(r["title"]),
                    "      <link>%s</link>" % escape(r["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(parse_ts(r["published"]), usegmt=True),
                    "      <description>%s</description>" % escape(r["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", oslug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    return records, labels


# ---------------------------------------------------------------------------
# Validate
# ---------------------------------------------------------------------------
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
DATELINE = re.compile(r"^([A-Z][A-Z'. -]*[A-Z]), (%s) (\d{1,2}) \(([^)]+)\) - \S" % "|".join(MONTHS))


def read_watchlist(path):
    actors, issues, baseline, section = set(), set(), [], None
    issue_fields = {}
    cur_issue = None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                cur_issue = m.group(1)
                issues.add(cur_issue)
                issue_fields[cur_issue] = ["id"]
            elif section == "issues" and cur_issue:
                m2 = re.match(r"^    (\w+):", line)
                if m2:
                    issue_fields[cur_issue].append(m2.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline, issue_fields


def validate(records, labels):
    errors = []
    err = errors.append
    actors, issues, baseline, issue_fields = read_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err("actors: %d not in 5-8" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("issues: %d not in 5-7" % len(issues))
    for iid, fields in issue_fields.items():
        if fields != ["id", "name", "description", "terms"]:
            err("issue %s has fields %s" % (iid, fields))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in ("support", "oppose", "conditional"):
            err("bad baseline entry %s %s %s" % (a, i, s))

    if not 30 <= len(records) <= 34:
        err("article count %d not in 30-34" % len(records))
    prev = None
    for n, r in enumerate(records, start=1):
        if r["id"] != "%03d" % n:
            err("id %s out of sequence" % r["id"])
        if prev and r["published"] <= prev:
            err("%s not in publication order" % r["id"])
        prev = r["published"]
        words = len(r["text"].split())
        if not 120 <= words <= 260:
            err("%s has %d words" % (r["id"], words))
        m = DATELINE.match(r["text"])
        if not m:
            err("%s: bad dateline" % r["id"])
        else:
            if m.group(4) != r["source"]:
                err("%s: dateline outlet %s != %s" % (r["id"], m.group(4), r["source"]))
            d = parse_ts(r["published"])
            local = [(d + timedelta(hours=h)) for h in (-8, -4, 0)]
            if not any(x.month == MONTHS[m.group(2)] and x.day == int(m.group(3)) for x in local):
                err("%s: dateline date does not match published %s" % (r["id"], r["published"]))
        if '"' in r["text"]:
            err("%s: contains a double quotation mark (no direct quotes of real people)" % r["id"])
    if len(OUTLETS) not in (4, 5) or {r["source"] for r in records} != set(OUTLETS):
        err("outlets used do not match the 4-5 declared outlets")

    by_id = {r["id"]: r for r in records}
    claims = labels["claims"]
    if set(claims) != set(by_id):
        err("claims keys do not cover exactly all articles")
    total, stances, unattributed, empty = 0, {"support": 0, "oppose": 0, "conditional": 0}, 0, []
    for aid, cl in claims.items():
        if not cl:
            empty.append(aid)
        seen = set()
        for x in cl:
            total += 1
            if x["actor"] not in actors:
                err("%s: unknown actor %s" % (aid, x["actor"]))
            if x["issue"] not in issues:
                err("%s: unknown issue %s" % (aid, x["issue"]))
            if x["stance"] not in stances:
                err("%s: bad stance %s" % (aid, x["stance"]))
            else:
                stances[x["stance"]] += 1
            if not isinstance(x["attributed"], bool):
                err("%s: attributed not bool" % aid)
            elif not x["attributed"]:
                unattributed += 1
            if x["quote"] not in by_id[aid]["text"]:
                err("%s: quote not in text: %r" % (aid, x["quote"]))
            if len(x["quote"].split()) > 15:
                err("%s: quote over 15 words: %r" % (aid, x["quote"]))
            key = (x["actor"], x["issue"])
            if key in seen:
                err("%s: two claims for %s" % (aid, key))
            seen.add(key)

    for a, b in DUPLICATES:
        ca = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in claims[a])
        cb = sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in claims[b])
        if ca != cb:
            err("duplicates %s/%s carry different claims" % (a, b))
        if by_id[a]["source"] == by_id[b]["source"] or by_id[a]["published"][:10] != by_id[b]["published"][:10] \
                or by_id[a]["published"] >= by_id[b]["published"]:
            err("duplicates %s/%s: need same day, different outlet, copy later" % (a, b))

    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from the baseline.
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed, seen_text = [], {}
    for r in records:
        for x in claims[r["id"]]:
            if not x["attributed"]:
                continue
            key = (x["actor"], x["issue"])
            if key in prevailing and prevailing[key] != x["stance"]:
                recomputed.append({"actor": x["actor"], "issue": x["issue"], "from": prevailing[key],
                                   "to": x["stance"], "article": r["id"]})
            prevailing[key] = x["stance"]
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    if recomputed != labelled:
        err("recomputed shifts differ from labels:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(labelled) <= 8:
        err("shift count %d not in 5-8" % len(labelled))
    reversals = [s for s in labelled if {s["from"], s["to"]} == {"support", "oppose"}]
    if len(reversals) > 2:
        err("more than two straight support/oppose reversals")
    if not any("conditional" in (s["from"], s["to"]) for s in labelled):
        err("no shift to or from conditional")
    shift_articles = {s["article"] for s in labelled}
    if labels["no_alert_articles"] != [r["id"] for r in records if r["id"] not in shift_articles]:
        err("no_alert_articles is not every article except the shift articles")
    if not any(a in shift_articles for a, _ in DUPLICATES):
        err("no duplicate pair has a shift article")

    if not 60 <= total <= 90:
        err("claim count %d not in 60-90" % total)
    if stances["conditional"] < 6 or min(stances.values()) == 0:
        err("stance mix %s" % stances)
    if not 3 <= len(empty) <= 4:
        err("%d no-claim articles (want 3-4)" % len(empty))
    if unattributed == 0:
        err("no attributed:false claims")

    xmllint = shutil.which("xmllint")
    if not xmllint:
        err("xmllint not found")
    else:
        for fn in sorted(os.listdir(os.path.join(HERE, "feeds"))):
            p = subprocess.run([xmllint, "--noout", os.path.join(HERE, "feeds", fn)], capture_output=True, text=True)
            if p.returncode != 0:
                err("xmllint failed on %s: %s" % (fn, p.stderr.strip()))

    print("articles: %d  outlets: %d" % (len(records), len(OUTLETS)))
    print("claims: %d  %s  attributed:false %d" % (total, stances, unattributed))
    print("shifts: %d in articles %s" % (len(labelled), sorted(shift_articles)))
    print("no-claim articles: %s" % empty)
    print("duplicates: %s" % DUPLICATES)
    wc = [len(r["text"].split()) for r in records]
    print("words per article: min %d max %d" % (min(wc), max(wc)))
    return errors


def main():
    records, labels = build()
    errors = validate(records, labels)
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("\nOK: all checks passed")


if __name__ == "__main__":
    main()
