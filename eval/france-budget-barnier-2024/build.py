#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set france-budget-barnier-2024.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates everything.
Run from anywhere:  python3 build.py
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
    "atlas-courier": "Atlas Courier",
    "lumen-wire": "Lumen Wire",
    "boulevard-report": "Boulevard Report",
    "continental-ledger": "Continental Ledger",
    "riverside-gazette": "Riverside Gazette",
}

S, O, C = "support", "oppose", "conditional"


def claim(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet key, slug, title, paragraphs, claims.
# Ids are assigned in list order (which must be publication order).
ARTICLES = [
    # 001
    dict(
        published="2024-09-05T15:30:00Z", outlet="atlas-courier",
        slug="macron-names-barnier-left-vows-censure",
        title="Macron names Barnier prime minister as left vows to topple him",
        paras=[
            "PARIS, Sept 5 (Atlas Courier) - President Emmanuel Macron on Thursday appointed Michel Barnier, the "
            "former European Union Brexit negotiator, as prime minister, ending nearly two months of deadlock after "
            "a snap election left the National Assembly split into three rival blocs.",
            "The 73-year-old conservative from the Republicans was chosen after a series of meetings at the Elysee "
            "Palace, where Macron had sounded out party leaders on who could survive a first vote in parliament. "
            "His first task will be a 2025 budget meant to rein in a deficit running above 5% of economic output.",
            "Leaders of the New Popular Front, the left-wing alliance that won the most seats in July, reacted "
            "angrily. Mathilde Panot, who heads the France Unbowed deputies, said the alliance would table a "
            "no-confidence motion against the new government at the first opportunity.",
            "Jordan Bardella, president of the National Rally, said his party would judge Barnier on his first "
            "policy speech and would decide nothing before hearing it.",
            "Barnier, speaking at the handover ceremony in the courtyard of Matignon, promised to listen to all "
            "political forces and said he had no illusions about the difficulty of the task.",
        ],
        claims=[
            claim("nfp", "no-confidence-motion", S,
                  "the alliance would table a no-confidence motion against the new government"),
        ],
    ),
    # 002 (no claims)
    dict(
        published="2024-09-22T09:10:00Z", outlet="lumen-wire",
        slug="barnier-cabinet-unveiled",
        title="Barnier's cabinet gets to work with budget deadline looming",
        paras=[
            "PARIS, Sept 22 (Lumen Wire) - France's new ministers held their first working meetings on Sunday after "
            "the Elysee published the list of the cabinet late on Saturday, more than two weeks after Michel Barnier "
            "moved into Matignon.",
            "The line-up leans to the right. Bruno Retailleau, who led the Republicans in the Senate, takes the "
            "interior ministry, while two young Macron loyalists take charge of public money: Antoine Armand at the "
            "economy ministry and Laurent Saint-Martin as budget minister, a post attached directly to the prime "
            "minister.",
            "The budget bill must reach parliament in the first half of October. Officials at Bercy said the draft "
            "was being reworked after the deficit overshot forecasts.",
            "Asked in a television interview on Sunday evening which taxes might rise, Barnier said the figures "
            "would come later and declined to go into detail. Government spokeswoman Maud Bregeon also declined to "
            "say whether the government expected to need article 49.3 to pass the budget.",
            "Analysts said the government's survival would depend largely on the National Rally, whose deputies "
            "could bring it down by joining a left-wing motion.",
        ],
        claims=[],
    ),
    # 003
    dict(
        published="2024-10-01T16:45:00Z", outlet="boulevard-report",
        slug="barnier-policy-speech-exceptional-contribution",
        title="Barnier asks big firms and the rich for 'exceptional' effort",
        paras=[
            "PARIS, Oct 1 (Boulevard Report) - Prime Minister Michel Barnier told the National Assembly on Tuesday "
            "that France's debt hung over the country like a \"sword of Damocles\" and said the largest companies "
            "and richest households would be asked for an exceptional, temporary contribution to repair the public "
            "finances.",
            "In his first policy address, delivered amid heckling from the left, Barnier set a target of bringing "
            "the deficit down to 5% of output next year and below 3% by 2029. Two thirds of the effort would come "
            "from spending cuts, he said.",
            "Laurent Wauquiez, who leads the Republicans' deputies, said his group could accept the extra taxes only "
            "if they stayed temporary and came with real spending cuts.",
            "On the left, reaction was scathing. Boris Vallaud, head of the Socialist deputies, called the "
            "contribution a token gesture and said the New Popular Front wanted the levy on the largest firms made "
            "permanent and widened.",
            "Marine Le Pen said the speech was long on generalities and that she would wait for the budget text "
            "before passing judgement. Barnier did not mention pensions.",
        ],
        claims=[
            claim("government", "big-firm-surtax", S,
                  "richest households would be asked for an exceptional, temporary contribution"),
            claim("lr", "big-firm-surtax", C,
                  "his group could accept the extra taxes only if they stayed temporary"),
            claim("nfp", "big-firm-surtax", S,
                  "wanted the levy on the largest firms made permanent and widened"),
        ],
    ),
    # 004
    dict(
        published="2024-10-03T11:20:00Z", outlet="continental-ledger",
        slug="le-pen-vows-to-fight-pension-delay",
        title="Le Pen vows to fight plan to delay pension increases",
        paras=[
            "PARIS, Oct 3 (Continental Ledger) - Marine Le Pen vowed on Wednesday to fight a government plan to push "
            "back next year's inflation increase for pensions by six months, after details of the measure emerged a "
            "day after the prime minister's policy speech.",
            "Under the plan, the annual uprating of basic pensions would take effect on July 1, 2025 instead of "
            "January 1, saving about 4 billion euros. Budget ministry officials confirmed that the postponement "
            "would be written into the social security budget due next week.",
            "Writing on social media, the National Rally leader said shifting the indexation amounted to taking "
            "billions of euros of purchasing power from the elderly and that she would refuse the measure. She "
            "accused Barnier of keeping it out of his speech.",
            "The proposal also puts the government at odds with its own allies. The Republicans, whose summer "
            "programme named savings made on the backs of pensioners as a red line, have been lobbying Matignon in "
            "private to protect small pensions.",
            "A spokesman for the Socialist group said the left would put forward its own alternatives during the "
            "budget debate, but gave no details.",
        ],
        claims=[
            claim("rn", "pension-indexation-delay", O, "she would refuse the measure"),
            claim("government", "pension-indexation-delay", S,
                  "Budget ministry officials confirmed that the postponement would be written into the social security budget"),
            claim("lr", "pension-indexation-delay", O,
                  "whose summer programme named savings made on the backs of pensioners as a red line",
                  attributed=False),
        ],
    ),
    # 005
    dict(
        published="2024-10-08T19:10:00Z", outlet="lumen-wire",
        slug="barnier-survives-first-no-confidence-vote",
        title="Barnier survives first no-confidence vote as far right stays out",
        paras=[
            "PARIS, Oct 8 (Lumen Wire) - Michel Barnier's government survived its first no-confidence vote on "
            "Tuesday after the National Rally declined to back a motion tabled by the left-wing New Popular Front.",
            "The motion won 197 votes, far short of the 289 needed to topple the government. Almost all of the "
            "alliance's deputies signed and voted for it.",
            "Marine Le Pen said her deputies would not vote to bring down a government that had not yet presented a "
            "single line of its budget, and that doing so now would only add to the chaos.",
            "Speaking before the vote, Barnier told deputies that no group held an absolute majority and urged them "
            "to judge his government on its work, calling the motion premature.",
            "The Republicans, part of Barnier's coalition, said they would not vote for the motion. Macron's centrist "
            "allies also stayed out.",
            "The budget is due to be presented to the cabinet on Thursday. Analysts said the real test would come "
            "once the spending cuts were known.",
        ],
        claims=[
            claim("nfp", "no-confidence-motion", S,
                  "Almost all of the alliance's deputies signed and voted for it"),
            claim("rn", "no-confidence-motion", O,
                  "her deputies would not vote to bring down a government"),
            claim("government", "no-confidence-motion", O, "calling the motion premature"),
            claim("lr", "no-confidence-motion", O, "said they would not vote for the motion"),
        ],
    ),
    # 006
    dict(
        published="2024-10-10T10:30:00Z", outlet="boulevard-report",
        slug="france-unveils-60-billion-budget-squeeze",
        title="France unveils 60-billion-euro squeeze in 2025 budget",
        paras=[
            "PARIS, Oct 10 (Boulevard Report) - The French government on Thursday adopted a 2025 budget that seeks "
            "some 60 billion euros in savings, about 40 billion from spending cuts and 20 billion from higher taxes, "
            "to bring the deficit down to 5% of output.",
            "The draft, approved by the cabinet and presented to reporters at Bercy, includes an exceptional surtax "
            "on the profits of some 440 of the largest companies and a minimum tax on the highest incomes, both for "
            "a limited period.",
            "It also raises the excise tax on electricity above its level before the energy crisis, from February. "
            "Economy Minister Antoine Armand defended the increase, saying the state could no longer shield "
            "households from the cost of the crisis.",
            "The companion social security bill postpones the inflation increase for pensions to July 1 and lowers "
            "the share of some medical costs and medicines reimbursed by public health insurance.",
            "Budget Minister Laurent Saint-Martin said the pension delay was a fair effort asked of everyone. He said "
            "parliament would be free to amend the texts as long as the overall savings target was kept.",
            "The bills now go to the National Assembly, where the government has no majority.",
        ],
        claims=[
            claim("government", "big-firm-surtax", S,
                  "includes an exceptional surtax on the profits of some 440 of the largest companies"),
            claim("government", "drop-electricity-tax-rise", O, "Armand defended the increase"),
            claim("government", "pension-indexation-delay", S,
                  "Saint-Martin said the pension delay was a fair effort asked of everyone"),
            claim("government", "medicine-reimbursement-cut", S,
                  "lowers the share of some medical costs and medicines reimbursed by public health insurance"),
        ],
    ),
    # 007 (duplicate of 006)
    dict(
        published="2024-10-10T13:05:00Z", outlet="continental-ledger",
        slug="government-adopts-2025-budget-60-billion",
        title="French cabinet adopts budget seeking 60 billion euros in savings",
        paras=[
            "PARIS, Oct 10 (Continental Ledger) - France's government adopted on Thursday a 2025 budget that aims "
            "for about 60 billion euros in savings, roughly 40 billion in spending cuts and 20 billion in extra "
            "taxes, to cut the deficit to 5% of output.",
            "The draft, approved by the cabinet and presented at the finance ministry, contains an exceptional "
            "surtax on the profits of around 440 of the biggest companies and a minimum tax on the highest incomes, "
            "both temporary.",
            "It also lifts the excise on electricity above its pre-crisis level from February. Economy Minister "
            "Antoine Armand defended the tax rise, arguing the state could no longer protect households from the "
            "cost of the crisis.",
            "The accompanying social security bill pushes the inflation increase for pensions back to July 1 and "
            "reduces the share of some medical costs and medicines covered by public health insurance.",
            "Budget Minister Laurent Saint-Martin called the pension delay a fair effort asked of everyone, and said "
            "parliament could amend the texts provided the overall savings target was respected.",
            "The bills now go to the National Assembly, where the government lacks a majority.",
        ],
        claims=[
            claim("government", "big-firm-surtax", S,
                  "contains an exceptional surtax on the profits of around 440 of the biggest companies"),
            claim("government", "drop-electricity-tax-rise", O, "Armand defended the tax rise"),
            claim("government", "pension-indexation-delay", S,
                  "Saint-Martin called the pension delay a fair effort asked of everyone"),
            claim("government", "medicine-reimbursement-cut", S,
                  "reduces the share of some medical costs and medicines covered by public health insurance"),
        ],
    ),
    # 008
    dict(
        published="2024-10-11T14:00:00Z", outlet="atlas-courier",
        slug="opposition-lines-up-against-power-tax-pension-delay",
        title="Opposition lines up against power tax and pension delay",
        paras=[
            "PARIS, Oct 11 (Atlas Courier) - Opposition parties on Friday lined up against two of the most visible "
            "measures in the 2025 budget, the higher electricity tax and the six-month delay to pension increases.",
            "Marine Le Pen said the National Rally would not vote for any budget that did not scrap the electricity "
            "tax increase, which she called a blow to households already hit by soaring bills.",
            "Eric Coquerel, the France Unbowed deputy who chairs the Assembly's finance committee, said the left "
            "would fight the pension freeze line by line and would also try to strike out the cut in reimbursement "
            "for medicines.",
            "Laurent Wauquiez's Republicans, nominally part of the governing coalition, also kept their distance. "
            "Wauquiez told a radio station that his deputies would vote against freezing pensions.",
            "Government spokeswoman Maud Bregeon said the government was open to improvements, provided the overall "
            "savings were preserved. She declined to say whether the electricity measure could be softened.",
        ],
        claims=[
            claim("rn", "drop-electricity-tax-rise", S,
                  "would not vote for any budget that did not scrap the electricity tax increase"),
            claim("nfp", "pension-indexation-delay", O, "the left would fight the pension freeze line by line"),
            claim("nfp", "medicine-reimbursement-cut", O,
                  "try to strike out the cut in reimbursement for medicines"),
            claim("lr", "pension-indexation-delay", O, "his deputies would vote against freezing pensions"),
        ],
    ),
    # 009
    dict(
        published="2024-10-15T12:40:00Z", outlet="continental-ledger",
        slug="wauquiez-presses-barnier-on-pensions-matignon-breakfast",
        title="Wauquiez presses Barnier to spare pensioners as coalition meets",
        paras=[
            "PARIS, Oct 15 (Continental Ledger) - Leaders of the parties backing Michel Barnier met at Matignon on "
            "Tuesday for a breakfast meant to calm tensions over the budget, according to people who attended.",
            "Wauquiez, whose Republicans provide the prime minister with some of his most loyal deputies, told the "
            "meeting that the freeze was unacceptable for modest retirees and that his group would vote against it, "
            "according to two participants.",
            "Barnier's office said afterwards that the postponement of the pension increase remained in the social "
            "security bill and that the prime minister saw no reason to take it out.",
            "Gabriel Attal, whose centrist deputies form the largest group in the coalition, used the meeting to "
            "repeat his opposition to new taxes on business, including the surtax on the largest companies. Attal, "
            "who served as prime minister until September, is not a member of the government.",
            "The social security bill is due to be debated in the Assembly from next week.",
        ],
        claims=[
            claim("lr", "pension-indexation-delay", O,
                  "the freeze was unacceptable for modest retirees and that his group would vote against it",
                  attributed=False),
            claim("government", "pension-indexation-delay", S,
                  "the postponement of the pension increase remained in the social security bill"),
        ],
    ),
    # 010
    dict(
        published="2024-10-16T12:00:00Z", outlet="riverside-gazette",
        slug="bercy-denies-dropping-electricity-tax-rise",
        title="Bercy denies it will drop electricity tax rise",
        paras=[
            "PARIS, Oct 16 (Riverside Gazette) - Bercy on Wednesday denied that it was preparing to abandon its "
            "planned increase in the electricity tax, after several newspapers reported that ministers were looking "
            "at ways to soften it.",
            "There was no question of giving the measure up, an official at the economy ministry said, adding that "
            "the tax would simply return to a normal level after the emergency cap of the energy crisis.",
            "Regulated power prices are still expected to fall in February because wholesale prices have dropped, "
            "which ministers say will largely offset the tax.",
            "Deputies from several groups are nevertheless preparing amendments to cap the increase. Analysts at a "
            "Paris brokerage said the government might yet trade the measure away to secure passage of the budget, "
            "though they did not expect that to happen soon.",
            "The finance committee begins voting on the revenue part of the budget on Thursday. Its chairman, Eric "
            "Coquerel, said the committee's work would show whether the government was really willing to listen.",
        ],
        claims=[
            claim("government", "drop-electricity-tax-rise", O,
                  "denied that it was preparing to abandon its planned increase in the electricity tax"),
        ],
    ),
    # 011
    dict(
        published="2024-10-22T17:30:00Z", outlet="lumen-wire",
        slug="left-rewrites-tax-side-barnier-keeps-49-3-in-reserve",
        title="Left rewrites tax side of budget as Barnier keeps 49.3 in reserve",
        paras=[
            "PARIS, Oct 22 (Lumen Wire) - Deputies from the New Popular Front pushed through a string of amendments "
            "that add billions of euros in new levies to the 2025 budget, including making the surtax on the "
            "largest companies permanent, as the government struggled to hold its line in a hung Assembly.",
            "Budget Minister Laurent Saint-Martin said the government would stand by its surtax on big firms but "
            "would not accept it being turned into a permanent tax, which he said would drive investment away.",
            "Barnier said on Tuesday that he would rather let the debate run its course, but that he would use "
            "article 49.3 if the budget became impossible to pass otherwise. The article allows a text to be adopted "
            "without a vote, at the risk of a no-confidence motion.",
            "Mathilde Panot of France Unbowed said that resorting to 49.3 would be a denial of democracy after the "
            "left had won the argument in the chamber.",
            "Gabriel Attal, the former prime minister who leads Macron's group in the Assembly, warned that his "
            "deputies would not accept tax increases piling up, but stopped short of saying they would vote against "
            "the text.",
        ],
        claims=[
            claim("nfp", "big-firm-surtax", S,
                  "including making the surtax on the largest companies permanent"),
            claim("government", "big-firm-surtax", S,
                  "the government would stand by its surtax on big firms"),
            claim("government", "use-article-49-3", C,
                  "he would use article 49.3 if the budget became impossible to pass otherwise"),
            claim("nfp", "use-article-49-3", O, "resorting to 49.3 would be a denial of democracy"),
        ],
    ),
    # 012 (no claims)
    dict(
        published="2024-11-05T22:15:00Z", outlet="atlas-courier",
        slug="social-security-budget-leaves-assembly-without-vote",
        title="Social security budget leaves Assembly without a vote",
        paras=[
            "PARIS, Nov 5 (Atlas Courier) - The National Assembly ran out of time on Tuesday to finish examining the "
            "2025 social security budget, meaning the bill will go to the Senate without deputies having voted on "
            "the whole text.",
            "Under constitutional deadlines, the Assembly had until midnight to complete its first reading. With "
            "hundreds of amendments still pending, the chamber's services confirmed that the text would be sent on "
            "in its original form, together with the amendments the government chooses to keep.",
            "The debate had been slowed by long exchanges over pensions, hospital funding and employer "
            "contributions. Several deputies complained about sittings that ran late into the night in a half-empty "
            "chamber.",
            "Senators are due to start work on the bill in committee next week at the Luxembourg Palace. Gerard "
            "Larcher, the Senate president, said the upper house would examine the text carefully.",
            "A joint committee of seven deputies and seven senators is expected to meet later in the month to try to "
            "agree on a final version. Parliamentary sources said it was too early to say whether the government "
            "would resort to article 49.3 when the text returns to the Assembly.",
        ],
        claims=[],
    ),
    # 013 (shift: lr pension oppose -> conditional)
    dict(
        published="2024-11-11T20:45:00Z", outlet="boulevard-report",
        slug="wauquiez-says-right-wins-partial-pension-increase",
        title="Wauquiez says right wins partial pension increase in January",
        paras=[
            "PARIS, Nov 11 (Boulevard Report) - Laurent Wauquiez, who leads the Republicans' deputies, said on Monday "
            "evening that he had reached a compromise with Michel Barnier under which all pensions would rise by "
            "about half the rate of inflation on January 1, rather than waiting until July.",
            "In a television interview, Wauquiez said a second increase on July 1 would fully protect pensions below "
            "the minimum wage, while the others would keep only the January uprating. He said his group could back "
            "the pension measure on those terms, in exchange for savings found by trimming state agencies.",
            "The Republicans had spent weeks resisting the six-month freeze, which Wauquiez's allies said broke the "
            "party's promise to protect retirees.",
            "Barnier's office did not immediately comment on the announcement. Some deputies from Macron's camp "
            "grumbled that the right was taking credit for a decision that belonged to the government.",
            "Jean-Philippe Tanguy of the National Rally said half an increase was still a cut for millions of "
            "pensioners, and that his party wanted full indexation from January.",
        ],
        claims=[
            claim("lr", "pension-indexation-delay", C,
                  "his group could back the pension measure on those terms"),
            claim("government", "pension-indexation-delay", C,
                  "he had reached a compromise with Michel Barnier", attributed=False),
            claim("rn", "pension-indexation-delay", O, "his party wanted full indexation from January"),
        ],
    ),
    # 014 (shift: government pension support -> conditional)
    dict(
        published="2024-11-12T08:40:00Z", outlet="lumen-wire",
        slug="government-confirms-pension-compromise",
        title="Government confirms pension compromise with the right",
        paras=[
            "PARIS, Nov 12 (Lumen Wire) - Budget Minister Laurent Saint-Martin on Tuesday confirmed that the "
            "government would scale back its plan to freeze pensions for six months, as Laurent Wauquiez of the "
            "conservative Republicans had announced the previous evening.",
            "All pensions will rise by half of inflation on January 1, probably around 0.9%, and pensions below the "
            "minimum wage will be topped up to full inflation on July 1, Saint-Martin told a television channel. He "
            "said the change would hand back between 500 and 800 million euros to smaller pensions, cutting the "
            "expected savings to about 3 billion.",
            "Saint-Martin said the prime minister was open to compromise and that he had known in advance of "
            "Wauquiez's announcement.",
            "Left-wing deputies said the plan still took money from pensioners, and the National Rally repeated "
            "that only full indexation on January 1 would be acceptable.",
            "Later on Tuesday, the National Assembly was due to vote on the revenue part of the budget, which had "
            "been heavily amended by the left.",
        ],
        claims=[
            claim("government", "pension-indexation-delay", C,
                  "the government would scale back its plan to freeze pensions for six months"),
            claim("nfp", "pension-indexation-delay", O,
                  "Left-wing deputies said the plan still took money from pensioners"),
            claim("rn", "pension-indexation-delay", O,
                  "only full indexation on January 1 would be acceptable"),
        ],
    ),
    # 015 (duplicate of 014)
    dict(
        published="2024-11-12T10:15:00Z", outlet="continental-ledger",
        slug="matignon-confirms-half-inflation-pension-rise",
        title="Matignon backs half-inflation pension rise in deal with Republicans",
        paras=[
            "PARIS, Nov 12 (Continental Ledger) - Matignon on Tuesday confirmed it would water down its plan to freeze "
            "pensions for six months, Budget Minister Laurent Saint-Martin said, after Laurent Wauquiez of the "
            "conservative Republicans announced the change on Monday evening.",
            "All pensions will go up by half of inflation on January 1, likely around 0.9%, and those below the "
            "minimum wage will be raised to full inflation on July 1, the minister told a television channel. The "
            "change will give back 500 to 800 million euros to smaller pensions, reducing the expected savings to "
            "about 3 billion, he said.",
            "Saint-Martin said the prime minister was open to compromise, adding that he had been told of "
            "Wauquiez's announcement beforehand.",
            "Left-wing deputies said the plan still took money from pensioners, while the National Rally repeated "
            "that only full indexation on January 1 would be acceptable.",
            "The National Assembly was due to vote later on Tuesday on the revenue part of the budget, which the left "
            "had heavily amended.",
        ],
        claims=[
            claim("government", "pension-indexation-delay", C,
                  "Matignon on Tuesday confirmed it would water down its plan to freeze pensions"),
            claim("nfp", "pension-indexation-delay", O,
                  "Left-wing deputies said the plan still took money from pensioners"),
            claim("rn", "pension-indexation-delay", O,
                  "only full indexation on January 1 would be acceptable"),
        ],
    ),
    # 016 (no claims)
    dict(
        published="2024-11-13T18:20:00Z", outlet="riverside-gazette",
        slug="prosecutors-seek-le-pen-ban-budget-fallout",
        title="Prosecutors seek ban on Le Pen running for office; analysts weigh budget fallout",
        paras=[
            "PARIS, Nov 13 (Riverside Gazette) - Prosecutors on Wednesday asked a Paris court to bar Marine Le Pen "
            "from running for office for five years, with immediate effect even if she appeals, in the trial over "
            "the alleged misuse of European Parliament funds.",
            "Le Pen, who denies wrongdoing, told reporters outside the courtroom that the prosecution wanted to "
            "deprive millions of voters of their candidate. The verdict is not expected before next year.",
            "The request comes as the government hunts for votes to pass its budget. Political analysts said it "
            "could change Le Pen's calculations, with some arguing that she might be tempted to precipitate a "
            "crisis and others that she would avoid anything that looked like revenge.",
            "Her aides declined to say whether the case would affect the National Rally's approach to the budget. "
            "The party's deputies are due to meet next week.",
            "On Tuesday evening the National Assembly rejected the revenue section of the budget by a wide margin, "
            "after amendments had turned it into a very different text. The bill now goes to the Senate in its "
            "original version.",
        ],
        claims=[],
    ),
    # 017 (shift: rn no-confidence oppose -> conditional)
    dict(
        published="2024-11-20T17:00:00Z", outlet="atlas-courier",
        slug="le-pen-threatens-censure-purchasing-power",
        title="Le Pen threatens to topple Barnier if budget hits purchasing power",
        paras=[
            "PARIS, Nov 20 (Atlas Courier) - Marine Le Pen said on Wednesday that the National Rally would vote to "
            "bring down Michel Barnier's government if the 2025 budget cut into the purchasing power of French "
            "households, sharpening a threat that had until now stayed vague.",
            "The far-right leader, whose 124 deputies form the largest single group in the National Assembly, said "
            "the government still had time to take her demands into account. She named the pension freeze and the "
            "electricity tax increase as measures she would not accept.",
            "Le Pen denied that the harder line had anything to do with the prosecutors' request in her trial last "
            "week.",
            "Barnier's camp played down the threat. A minister who asked not to be named said the National Rally was "
            "positioning itself for the 2027 presidential election and would think twice before joining forces with "
            "the left.",
            "The left, which has tabled one motion already and promised more, would need the far right's votes for "
            "any of them to pass.",
        ],
        claims=[
            claim("rn", "no-confidence-motion", C,
                  "would vote to bring down Michel Barnier's government if the 2025 budget cut into"),
            claim("rn", "pension-indexation-delay", O,
                  "the pension freeze and the electricity tax increase as measures she would not accept"),
            claim("rn", "drop-electricity-tax-rise", S,
                  "the pension freeze and the electricity tax increase as measures she would not accept"),
            claim("nfp", "no-confidence-motion", S,
                  "The left, which has tabled one motion already and promised more", attributed=False),
        ],
    ),
    # 018
    dict(
        published="2024-11-25T18:30:00Z", outlet="boulevard-report",
        slug="le-pen-lays-out-red-lines-after-matignon-talks",
        title="Le Pen lays out red lines after Matignon talks",
        paras=[
            "PARIS, Nov 25 (Boulevard Report) - Marine Le Pen left a meeting with Michel Barnier at Matignon on Monday "
            "saying the prime minister had been courteous but had not moved, and that the National Rally's "
            "conditions for sparing his government were unchanged.",
            "She listed them for reporters in the courtyard: the electricity tax increase must be abandoned, "
            "pensions must be indexed in full on January 1, and no medicines should be struck off the list of "
            "reimbursed drugs. Unless those demands were met, her deputies would vote for a no-confidence motion, "
            "she said.",
            "Barnier is receiving the leaders of every parliamentary group over two days as he looks for enough "
            "support to pass the social security budget, which returns to the Assembly next week. His office said "
            "the talks had been useful and that the door remained open.",
            "Leaders of the New Popular Front, who met him earlier in the day, declined to describe the exchange in "
            "detail and said only that they had come to listen.",
        ],
        claims=[
            claim("rn", "drop-electricity-tax-rise", S, "the electricity tax increase must be abandoned"),
            claim("rn", "pension-indexation-delay", O, "pensions must be indexed in full on January 1"),
            claim("rn", "medicine-reimbursement-cut", O,
                  "no medicines should be struck off the list of reimbursed drugs"),
            claim("rn", "no-confidence-motion", C,
                  "Unless those demands were met, her deputies would vote for a no-confidence motion"),
        ],
    ),
    # 019
    dict(
        published="2024-11-26T16:00:00Z", outlet="continental-ledger",
        slug="barnier-warns-of-storm-if-government-falls",
        title="Barnier warns of 'storm' if government falls",
        paras=[
            "PARIS, Nov 26 (Continental Ledger) - Michel Barnier warned on Tuesday that a vote to bring down his "
            "government would set off a \"storm\" on financial markets, as the gap between French and German "
            "borrowing costs widened to its highest level in more than a decade.",
            "In a television interview, the prime minister said he did not believe deputies wanted to add political "
            "chaos to the country's financial difficulties, and urged them not to topple the government over the "
            "budget.",
            "Budget Minister Laurent Saint-Martin went further, telling reporters that the National Rally had "
            "already decided to bring the government down whatever concessions it obtained, and was only looking "
            "for a pretext.",
            "Jean-Philippe Tanguy, the far-right party's budget spokesman, retorted that the financial crisis had "
            "already begun and that the blame lay with seven years of Macron's governments.",
            "Government spokeswoman Maud Bregeon declined to say whether Barnier would use article 49.3 on the social "
            "security budget next week, saying no decision had been taken.",
        ],
        claims=[
            claim("government", "no-confidence-motion", O,
                  "urged them not to topple the government over the budget"),
            claim("rn", "no-confidence-motion", S,
                  "the National Rally had already decided to bring the government down", attributed=False),
        ],
    ),
    # 020 (no claims)
    dict(
        published="2024-11-27T15:00:00Z", outlet="riverside-gazette",
        slug="barnier-eases-employer-charge-cuts-attal",
        title="Barnier eases cuts to employer charge relief after pressure from Attal",
        paras=[
            "PARIS, Nov 27 (Riverside Gazette) - The government on Wednesday agreed to scale back a planned reduction "
            "in relief on employers' social charges, a concession to Gabriel Attal's centrist group, which had "
            "argued that the original plan would cost jobs.",
            "The change reduces the extra burden on companies from about 4 billion euros to 1.6 billion, according "
            "to figures given by the budget ministry. Attal, a former prime minister, welcomed the move and said his "
            "deputies would keep supporting the government.",
            "It is the second concession this month to a member of Barnier's fragile coalition. The measure was not "
            "among the demands set out by the National Rally.",
            "A joint committee of deputies and senators is due to finalise the social security budget at the "
            "Assembly on Wednesday evening. Some of its members said they expected a deal, but declined to predict "
            "how the far right would react.",
            "Analysts at several banks said markets would be watching whether Marine Le Pen's party softens its "
            "stance in the coming days.",
        ],
        claims=[],
    ),
    # 021 (shift: government drop-electricity oppose -> support)
    dict(
        published="2024-11-28T09:30:00Z", outlet="atlas-courier",
        slug="barnier-scraps-electricity-tax-rise",
        title="Barnier scraps electricity tax rise in concession to opposition",
        paras=[
            "PARIS, Nov 28 (Atlas Courier) - Prime Minister Michel Barnier said on Thursday he had decided not to "
            "raise taxes on electricity in the 2025 budget, giving in to one of the main demands of Marine Le Pen as "
            "he fights to avoid a no-confidence vote.",
            "In a newspaper interview, Barnier said almost every party leader he had met, in his coalition and in "
            "the opposition, had asked him to change course, and that senators had voted unanimously in the same "
            "direction. He said regulated power prices would now fall by about 14% in February, instead of the 9% "
            "planned.",
            "The measure had been expected to raise around 3 billion euros. Budget officials said the shortfall "
            "would be made up elsewhere.",
            "Barnier presented the move as a response to all groups, not to the far right alone. He said he "
            "remained ready to listen on other points but that the budget's overall effort could not be unpicked.",
            "A National Rally spokesman said the party took note of the gesture and would study the rest of the text "
            "before deciding how to vote.",
        ],
        claims=[
            claim("government", "drop-electricity-tax-rise", S,
                  "he had decided not to raise taxes on electricity in the 2025 budget"),
            claim("rn", "drop-electricity-tax-rise", S,
                  "giving in to one of the main demands of Marine Le Pen", attributed=False),
        ],
    ),
    # 022 (headline overstates)
    dict(
        published="2024-11-28T18:20:00Z", outlet="lumen-wire",
        slug="electricity-u-turn-wins-over-le-pen",
        title="Barnier's electricity U-turn wins over Le Pen",
        paras=[
            "PARIS, Nov 28 (Lumen Wire) - The National Rally claimed victory on Thursday in its fight against the "
            "electricity tax increase, but its leaders made clear that the threat to bring down the "
            "government still stood.",
            "Jordan Bardella, the party's president, said the U-turn showed that pressure worked, and that other red "
            "lines remained: no further cuts in the reimbursement of medicines and pensions indexed on inflation from "
            "January 1.",
            "Marine Le Pen said the prime minister had a few more days to answer her other demands. If he did not, "
            "her deputies would vote a no-confidence motion next week, she said.",
            "The Socialists' leader, Olivier Faure, accused Barnier of negotiating the budget with the far right "
            "behind closed doors.",
            "Economy Minister Antoine Armand declined to say whether the government would make any further "
            "gestures before Monday.",
        ],
        claims=[
            claim("rn", "drop-electricity-tax-rise", S,
                  "claimed victory on Thursday in its fight against the electricity tax increase"),
            claim("rn", "medicine-reimbursement-cut", O,
                  "no further cuts in the reimbursement of medicines"),
            claim("rn", "pension-indexation-delay", O, "pensions indexed on inflation from January 1"),
            claim("rn", "no-confidence-motion", C,
                  "If he did not, her deputies would vote a no-confidence motion next week"),
        ],
    ),
    # 023
    dict(
        published="2024-11-30T16:30:00Z", outlet="boulevard-report",
        slug="le-pen-says-censure-not-inevitable",
        title="Le Pen says censure 'not inevitable', urges last-minute gestures",
        paras=[
            "PARIS, Nov 30 (Boulevard Report) - Marine Le Pen said on Saturday that the fall of Michel Barnier's "
            "government was \"not inevitable\", urging the prime minister to make further concessions before the "
            "social security budget returns to the National Assembly on Monday.",
            "The National Rally leader told reporters it was still possible to avoid a no-confidence vote if the "
            "government moved on pensions and medicines. She said full indexation of pensions from January 1 "
            "remained her main demand.",
            "Budget Minister Laurent Saint-Martin, in an interview released the same evening, warned that censuring "
            "the text would mean censuring a democratic agreement reached between deputies and senators.",
            "A Socialist senator who was received at Matignon during the week said the opposition would never "
            "accept what he called blackmail from the far right.",
            "Bond markets were calm on Friday, but the spread between French and German ten-year yields stayed "
            "close to its widest level since 2012.",
        ],
        claims=[
            claim("rn", "no-confidence-motion", C,
                  "still possible to avoid a no-confidence vote if the government moved on pensions and medicines"),
            claim("rn", "pension-indexation-delay", O,
                  "full indexation of pensions from January 1 remained her main demand"),
            claim("government", "no-confidence-motion", O,
                  "censuring the text would mean censuring a democratic agreement"),
        ],
    ),
    # 024
    dict(
        published="2024-12-01T17:00:00Z", outlet="continental-ledger",
        slug="national-rally-says-government-ended-budget-talks",
        title="National Rally says government has ended budget talks",
        paras=[
            "PARIS, Dec 1 (Continental Ledger) - The National Rally said on Sunday that the government had closed the "
            "door to further changes in the social security budget, raising the likelihood that Michel Barnier's "
            "government will fall this week.",
            "In an interview published on Sunday, Budget Minister Laurent Saint-Martin said the government would not "
            "reopen the text agreed by deputies and senators, including its partial indexation of pensions and its "
            "lower reimbursement rate for medicines.",
            "Marine Le Pen said the government had made its choice and that her party had taken note. She described "
            "the partial de-indexation of pensions as an absolute red line and said there was a chance her deputies "
            "would draw the consequences.",
            "Jordan Bardella wrote on social media that the government was ending the negotiations out of "
            "stubbornness, at the risk of being censured.",
            "A government source insisted that the prime minister remained open to dialogue. The social security "
            "bill returns to the National Assembly on Monday afternoon.",
        ],
        claims=[
            claim("government", "pension-indexation-delay", C,
                  "including its partial indexation of pensions and its lower reimbursement rate for medicines"),
            claim("government", "medicine-reimbursement-cut", S,
                  "including its partial indexation of pensions and its lower reimbursement rate for medicines"),
            claim("rn", "pension-indexation-delay", O,
                  "described the partial de-indexation of pensions as an absolute red line"),
            claim("rn", "no-confidence-motion", C,
                  "there was a chance her deputies would draw the consequences"),
        ],
    ),
    # 025 (shift: government medicine-cut support -> oppose)
    dict(
        published="2024-12-02T13:30:00Z", outlet="riverside-gazette",
        slug="barnier-drops-medicine-reimbursement-cut",
        title="Barnier drops cut in medicine reimbursement after call with Le Pen",
        paras=[
            "PARIS, Dec 2 (Riverside Gazette) - Michel Barnier on Monday made a fresh gesture, announcing that there "
            "would be no reduction in the reimbursement of medicines in 2025, hours before the social security budget "
            "returns to the National Assembly.",
            "The prime minister's office said the decision followed a telephone conversation with Marine Le Pen on "
            "Sunday evening. The government had planned to lower the reimbursement rate for medicines by five "
            "percentage points, shifting part of the cost to private insurers.",
            "Barnier also pointed out that he had already given up the electricity tax increase and tightened state "
            "medical aid for undocumented migrants, a long-standing demand of the far right.",
            "Meanwhile, National Rally deputies tabled an amendment to "
            "scrap the partial de-indexation of pensions and said it was now up to the government to accept it or "
            "not. Le Pen's party would vote to censure the government if it did not, a party source said.",
            "Barnier met leaders of his coalition parties at Matignon at lunchtime.",
        ],
        claims=[
            claim("government", "medicine-reimbursement-cut", O,
                  "announcing that there would be no reduction in the reimbursement of medicines in 2025"),
            claim("government", "drop-electricity-tax-rise", S,
                  "he had already given up the electricity tax increase"),
            claim("rn", "pension-indexation-delay", O,
                  "tabled an amendment to scrap the partial de-indexation of pensions"),
            claim("rn", "no-confidence-motion", C,
                  "would vote to censure the government if it did not, a party source said"),
        ],
    ),
    # 026 (shifts: government 49.3 conditional -> support; rn no-confidence conditional -> support)
    dict(
        published="2024-12-02T15:45:00Z", outlet="boulevard-report",
        slug="barnier-forces-social-security-budget-through-49-3",
        title="Barnier forces social security budget through, faces censure",
        paras=[
            "PARIS, Dec 2 (Boulevard Report) - Prime Minister Michel Barnier invoked article 49.3 of the "
            "constitution on Monday to push the social security budget through the National Assembly without a "
            "vote, exposing his three-month-old government to a no-confidence motion it is unlikely to survive.",
            "Barnier told a tense chamber that a \"moment of truth\" had come and that he had gone as far as he "
            "could in listening to every group.",
            "Within minutes, the New Popular Front tabled a no-confidence motion and the National Rally filed one of "
            "its own. Marine Le Pen then told reporters that her deputies would vote for both motions, including the "
            "left's, because her demands on pensions had not been met.",
            "Mathilde Panot called the use of 49.3 a passage in force by a government with no legitimacy.",
            "Laurent Wauquiez said the Republicans backed the prime minister's decision to use 49.3 and would not "
            "vote for any censure motion. The motions will be debated on Wednesday afternoon.",
        ],
        claims=[
            claim("government", "use-article-49-3", S,
                  "invoked article 49.3 of the constitution on Monday to push the social security budget"),
            claim("nfp", "no-confidence-motion", S, "the New Popular Front tabled a no-confidence motion"),
            claim("rn", "no-confidence-motion", S,
                  "her deputies would vote for both motions, including the left's"),
            claim("nfp", "use-article-49-3", O, "called the use of 49.3 a passage in force"),
            claim("lr", "use-article-49-3", S, "backed the prime minister's decision to use 49.3"),
            claim("lr", "no-confidence-motion", O, "would not vote for any censure motion"),
        ],
    ),
    # 027
    dict(
        published="2024-12-03T12:00:00Z", outlet="atlas-courier",
        slug="macron-cannot-believe-government-will-fall",
        title="Macron says he cannot believe government will be toppled",
        paras=[
            "RIYADH, Dec 3 (Atlas Courier) - President Emmanuel Macron said on Tuesday that he could not believe "
            "deputies would vote to bring down Michel Barnier's government, and accused the National Rally of "
            "unbearable cynicism if it joined a left-wing motion that insulted its own voters.",
            "Speaking to reporters during a state visit to Saudi Arabia, Macron said his priority was stability and "
            "that the interest of the country came before that of parties. He said the government had taken its "
            "responsibilities on Monday with his authorisation, a reference to the use of article 49.3, which "
            "requires a decision of the cabinet.",
            "He also said the Socialists had completely lost their bearings by preparing to vote for the motion.",
            "Macron dismissed calls from France Unbowed for him to resign if the government fell as political "
            "fiction, saying he had been elected twice.",
            "The Elysee said the president would return to Paris on Wednesday evening, after the vote.",
        ],
        claims=[
            claim("elysee", "no-confidence-motion", O,
                  "accused the National Rally of unbearable cynicism if it joined a left-wing motion"),
            claim("elysee", "use-article-49-3", S,
                  "the government had taken its responsibilities on Monday with his authorisation"),
            claim("nfp", "no-confidence-motion", S,
                  "the Socialists had completely lost their bearings by preparing to vote for the motion",
                  attributed=False),
        ],
    ),
    # 028
    dict(
        published="2024-12-03T20:30:00Z", outlet="continental-ledger",
        slug="barnier-rules-out-last-minute-pension-deal",
        title="Barnier rules out last-minute pension deal on eve of censure vote",
        paras=[
            "PARIS, Dec 3 (Continental Ledger) - Michel Barnier said on Tuesday evening that his government could "
            "still survive Wednesday's no-confidence vote if deputies showed a sense of responsibility, but ruled "
            "out any further change on pensions.",
            "Speaking from Matignon in an interview broadcast on the two main television channels, the prime "
            "minister said he was not in the business of bargaining. He said the government had already made an "
            "effort by protecting the smallest pensions and would not go further.",
            "Barnier accused Marine Le Pen of trying to outbid him and warned that toppling the government would "
            "make everything more difficult, with some 18 million households facing higher income tax if no budget "
            "was adopted.",
            "Earlier in the day, Le Pen told reporters that nothing Barnier could now offer would change her "
            "deputies' decision to vote for the motion.",
            "Asked whether Macron should resign if the government fell, Barnier said the president had been elected "
            "for five years.",
        ],
        claims=[
            claim("government", "pension-indexation-delay", C,
                  "already made an effort by protecting the smallest pensions"),
            claim("government", "no-confidence-motion", O,
                  "warned that toppling the government would make everything more difficult"),
            claim("rn", "no-confidence-motion", S,
                  "nothing Barnier could now offer would change her deputies' decision to vote for the motion"),
        ],
    ),
    # 029
    dict(
        published="2024-12-04T09:15:00Z", outlet="riverside-gazette",
        slug="bardella-censure-vote-not-alliance-with-left",
        title="Bardella says censure vote is no alliance with the left",
        paras=[
            "PARIS, Dec 4 (Riverside Gazette) - Jordan Bardella said on Wednesday morning that the National Rally's "
            "vote to bring down the government would not be an alliance with the left but the expression of its "
            "rejection of Michel Barnier's budget.",
            "The far-right party's president said its deputies would vote for the left's motion later in the day "
            "even though the text attacked the National Rally by name. He said the government had been given every "
            "chance and had chosen stubbornness.",
            "Barnier, who had already dropped the electricity tax increase and the cut in medicine reimbursement, "
            "spent the morning at Matignon preparing his speech.",
            "The Socialists' Boris Vallaud spent the morning with his group and did not speak to reporters.",
            "At Horizons and the MoDem, two centrist parties that back the government, officials urged the president "
            "to appoint a successor quickly if the government fell. Analysts said Macron could name a new prime "
            "minister within days, though none would guess who.",
        ],
        claims=[
            claim("rn", "no-confidence-motion", S,
                  "its deputies would vote for the left's motion later in the day"),
            claim("government", "drop-electricity-tax-rise", S,
                  "who had already dropped the electricity tax increase and the cut in medicine reimbursement",
                  attributed=False),
            claim("government", "medicine-reimbursement-cut", O,
                  "who had already dropped the electricity tax increase and the cut in medicine reimbursement",
                  attributed=False),
        ],
    ),
    # 030
    dict(
        published="2024-12-04T19:45:00Z", outlet="lumen-wire",
        slug="parliament-topples-barnier-first-censure-since-1962",
        title="French parliament topples Barnier in first successful censure since 1962",
        paras=[
            "PARIS, Dec 4 (Lumen Wire) - The National Assembly brought down Michel Barnier's government on "
            "Wednesday, adopting a no-confidence motion by 331 votes, well above the 288 needed, in the first "
            "successful censure of a French government since that of Georges Pompidou in 1962.",
            "Deputies of the left-wing New Popular Front, which tabled the motion, voted for it almost to a man, and "
            "the National Rally and its allies added their votes. Marine Le Pen told the chamber that her party was "
            "voting to protect the French, not to make an alliance with the left.",
            "In his final speech as prime minister, Barnier said the motion would not make the deficit disappear and "
            "that it had been an honour to serve.",
            "Laurent Wauquiez called the vote a grave act of irresponsibility that would punish the French. Eric "
            "Ciotti, the former Republicans leader who allied with the far right in the summer, voted with Le Pen.",
            "Barnier is expected to hand his resignation to President Macron on Thursday. No budget for 2025 has "
            "been adopted.",
        ],
        claims=[
            claim("nfp", "no-confidence-motion", S,
                  "Deputies of the left-wing New Popular Front, which tabled the motion, voted for it"),
            claim("rn", "no-confidence-motion", S, "the National Rally and its allies added their votes"),
            claim("government", "no-confidence-motion", O,
                  "said the motion would not make the deficit disappear"),
            claim("lr", "no-confidence-motion", O, "called the vote a grave act of irresponsibility"),
        ],
    ),
    # 031
    dict(
        published="2024-12-05T20:30:00Z", outlet="boulevard-report",
        slug="macron-vows-to-serve-out-term",
        title="Macron vows to serve out his term, will name prime minister within days",
        paras=[
            "PARIS, Dec 5 (Boulevard Report) - President Emmanuel Macron said on Thursday that he would serve out his "
            "mandate to its end in 2027 and would name a new prime minister in the coming days, after Michel Barnier "
            "handed in his government's resignation at the Elysee Palace in the morning.",
            "In a televised address, Macron accused the parties that voted the motion of having formed an "
            "anti-republican front to bring down the government, and said they had chosen disorder. He thanked "
            "Barnier for his dedication.",
            "Macron said a special law would be presented before mid-December to keep the state running until a "
            "2025 budget could be adopted.",
            "Jean-Luc Melenchon, the founder of France Unbowed, said the president should go rather than look for a "
            "new prime minister. Jordan Bardella said the National Rally had done its duty in voting the censure and "
            "would let the next prime minister work, provided its voters were respected.",
            "Barnier and his ministers will handle day-to-day business until a successor is named.",
        ],
        claims=[
            claim("elysee", "no-confidence-motion", O,
                  "accused the parties that voted the motion of having formed an anti-republican front"),
            claim("rn", "no-confidence-motion", S,
                  "the National Rally had done its duty in voting the censure"),
        ],
    ),
]

DUPLICATES = [("006", "007"), ("014", "015")]

SHIFTS = [
    dict(actor="lr", issue="pension-indexation-delay", frm=O, to=C, article="013",
         why="Wauquiez announces a compromise (half-inflation rise for all pensions on January 1, full "
             "protection of pensions below the minimum wage in July) and says his group could back the measure "
             "on those terms; the baseline and 008 had the Republicans voting against any freeze."),
    dict(actor="government", issue="pension-indexation-delay", frm=S, to=C, article="014",
         why="Saint-Martin confirms the compromise that scales back the six-month freeze; in 004, 006 and 009 the "
             "government kept the full postponement in the bill, and Wauquiez's account of the deal in 013 is only "
             "a third-party report (attributed: false)."),
    dict(actor="rn", issue="no-confidence-motion", frm=O, to=C, article="017",
         why="Le Pen says the RN will vote to bring down the government if the budget cuts purchasing power; in "
             "005 her deputies refused to back the left's motion."),
    dict(actor="government", issue="drop-electricity-tax-rise", frm=O, to=S, article="021",
         why="Barnier announces he will not raise the electricity tax; in 006, 007 and 010 the government "
             "defended the increase and denied it would abandon it."),
    dict(actor="government", issue="medicine-reimbursement-cut", frm=S, to=O, article="025",
         why="Barnier announces there will be no reduction in medicine reimbursement in 2025; the bill (006) and "
             "Saint-Martin as late as 024 kept the lower reimbursement rate."),
    dict(actor="government", issue="use-article-49-3", frm=C, to=S, article="026",
         why="Barnier invokes article 49.3 on the social security budget; until then (baseline, 011) he would use "
             "it only if the budget could not pass otherwise."),
    dict(actor="rn", issue="no-confidence-motion", frm=C, to=S, article="026",
         why="Le Pen says her deputies will vote for both motions, including the left's; from 017 to 025 the "
             "RN's vote depended on concessions."),
]

DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((?P<outlet>[^)]+)\) - ")


def fail(msg):
    print("VALIDATION FAILED: " + msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal parser for this watchlist.yaml: actor ids, issue ids, baseline triples."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                continue
            m = re.match(r"^\s+- id: (\S+)", line)
            if m and section == "actors":
                actors.append(m.group(1))
            elif m and section == "issues":
                issues.append(m.group(1))
            m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
            if m and section == "baseline":
                baseline.append((m.group(1), m.group(2), m.group(3)))
    return actors, issues, baseline


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("need 5-7 issues, have %d" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            fail("bad baseline entry %s" % ((a, i, s),))

    # Assign ids, build records
    records, claims = [], {}
    prev = None
    urls = set()
    for n, art in enumerate(ARTICLES, start=1):
        aid = "%03d" % n
        text = "\n\n".join(art["paras"])
        pub = datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev is not None and pub <= prev:
            fail("%s is not in publication order" % aid)
        prev = pub
        outlet = OUTLETS[art["outlet"]]
        url = "https://example.org/%s/%s/%s" % (art["outlet"], pub.strftime("%Y/%m/%d"), art["slug"])
        if url in urls:
            fail("duplicate url " + url)
        urls.add(url)
        m = DATELINE.match(text)
        if not m:
            fail("%s: bad dateline" % aid)
        if m.group("outlet") != outlet:
            fail("%s: dateline outlet %r != %r" % (aid, m.group("outlet"), outlet))
        words = len(text.split())
        if not 120 <= words <= 260:
            fail("%s: %d words" % (aid, words))
        for c in art["claims"]:
            if c["actor"] not in actors:
                fail("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                fail("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in (S, O, C):
                fail("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in text:
                fail("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                fail("%s: quote longer than 15 words: %r" % (aid, c["quote"]))
        keys = [(c["actor"], c["issue"]) for c in art["claims"]]
        if len(keys) != len(set(keys)):
            fail("%s: two claims for the same actor and issue" % aid)
        claims[aid] = art["claims"]
        records.append(dict(id=aid, published=art["published"], source=outlet, url=url,
                            title=art["title"], text=text, _outlet=art["outlet"], _pub=pub, _words=words))

    if not 30 <= len(records) <= 34:
        fail("need 30-34 articles, have %d" % len(records))

    # Duplicates carry identical claims
    for a, b in DUPLICATES:
        ta = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[a])
        tb = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims[b])
        if ta != tb:
            fail("duplicate pair %s/%s has different claims" % (a, b))
        ra = next(r for r in records if r["id"] == a)
        rb = next(r for r in records if r["id"] == b)
        if ra["_pub"].date() != rb["_pub"].date() or ra["source"] == rb["source"] or rb["_pub"] <= ra["_pub"]:
            fail("duplicate pair %s/%s must be same day, other outlet, later" % (a, b))

    # Recompute shifts: prevailing = last attributed labelled stance, from baseline
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for r in records:
        for c in claims[r["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], r["id"]))
            prevailing[key] = c["stance"]
    # a duplicate copy repeats the original's claims; the tuple is then already prevailing, so no new shift
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        fail("shift mismatch\n recomputed=%s\n labelled=%s" % (sorted(recomputed), sorted(labelled)))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [r["id"] for r in records if r["id"] not in shift_articles]

    # Write articles
    adir = os.path.join(HERE, "articles")
    os.makedirs(adir, exist_ok=True)
    for fn in os.listdir(adir):
        if fn.endswith(".json"):
            os.remove(os.path.join(adir, fn))
    for r in records:
        out = {k: r[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, r["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(out, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # Write labels
    labels = {
        "claims": claims,
        "shifts": [dict(actor=s["actor"], issue=s["issue"], **{"from": s["frm"]}, to=s["to"],
                        article=s["article"], why=s["why"]) for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # Write feeds (newest first)
    fdir = os.path.join(HERE, "feeds")
    os.makedirs(fdir, exist_ok=True)
    for fn in os.listdir(fdir):
        if fn.endswith(".xml"):
            os.remove(os.path.join(fdir, fn))
    feed_paths = []
    for key, name in OUTLETS.items():
        items = sorted((r for r in records if r["_outlet"] == key), key=lambda r: r["_pub"], reverse=True)
        if not items:
            fail("outlet %s has no articles" % key)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % key,
            "    <description>%s: fictional outlet for the shiftwatch blind evaluation set "
            "france-budget-barnier-2024</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["_pub"], usegmt=True),
        ]
        for r in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(r["title"]),
                "      <link>%s</link>" % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                "      <pubDate>%s</pubDate>" % format_datetime(r["_pub"], usegmt=True),
                "      <description>%s</description>" % escape(r["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>", ""]
        path = os.path.join(fdir, key + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))
        feed_paths.append(path)
    for path in feed_paths:
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            fail("xmllint failed on %s: %s" % (path, res.stderr))

    # Summary and set-level checks
    allc = [c for v in claims.values() for c in v]
    by = {st: sum(1 for c in allc if c["stance"] == st) for st in (S, O, C)}
    nfalse = sum(1 for c in allc if not c["attributed"])
    empty = [k for k, v in claims.items() if not v]
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O})
    to_from_cond = sum(1 for s in SHIFTS if C in (s["frm"], s["to"]))
    if not 60 <= len(allc) <= 90:
        fail("need 60-90 claims, have %d" % len(allc))
    if by[C] < 6 or by[S] == 0 or by[O] == 0:
        fail("stance mix %s" % by)
    if nfalse == 0:
        fail("need some attributed: false claims")
    if not 5 <= len(SHIFTS) <= 8 or reversals > 2 or to_from_cond == 0:
        fail("shift mix: %d shifts, %d reversals, %d to/from conditional" % (len(SHIFTS), reversals, to_from_cond))
    if not 3 <= len(empty) <= 4:
        fail("need 3-4 no-claim articles, have %s" % empty)
    if not any(s["article"] in dict(DUPLICATES) for s in SHIFTS):
        fail("one duplicate original must be a shift article")
    print("articles: %d (%s)" % (len(records), ", ".join(
        "%s %d" % (k, sum(1 for r in records if r["_outlet"] == k)) for k in OUTLETS)))
    print("words: min %d max %d" % (min(r["_words"] for r in records), max(r["_words"] for r in records)))
    print("claims: %d (support %d, oppose %d, conditional %d; attributed false %d)" % (
        len(allc), by[S], by[O], by[C], nfalse))
    print("shifts: %d in articles %s (reversals %d)" % (len(SHIFTS), ", ".join(shift_articles), reversals))
    print("no-claim articles: %s" % ", ".join(empty))
    print("duplicates: %s" % ", ".join("%s/%s" % d for d in DUPLICATES))
    print("no_alert_articles: %d" % len(no_alert))
    print("OK")


if __name__ == "__main__":
    main()
