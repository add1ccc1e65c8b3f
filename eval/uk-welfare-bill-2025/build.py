#!/usr/bin/env python3
"""Build the blind shiftwatch evaluation set uk-welfare-bill-2025.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, and
validates the result (see validate()). Run: python3 build.py
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
TOPIC = "uk-welfare-bill-2025"

OUTLETS = {
    "thames-wire": "Thames Wire",
    "albion-press": "Albion Press",
    "northfield-courier": "Northfield Courier",
    "westgate-bulletin": "Westgate Bulletin",
    "kestrel-news": "Kestrel News",
}

GOV = "uk-government"
TSY = "treasury"
HIL = "hillier-rebels"
CON = "conservatives"
LD = "lib-dems"
DC = "disability-charities"

BILL = "bill-passes"
DROP = "drop-pip-four-point-test"
UC = "cut-uc-health-element"
PROT = "protect-existing-claimants"
REV = "timms-review"

S, O, C = "support", "oppose", "conditional"


def claim(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: key (internal, stable), published (UTC), outlet, slug, title, paragraphs, claims.
# Ids 001.. are assigned by publication order.
ARTICLES = [
    dict(
        key="green-paper",
        published="2025-03-18T13:40:00Z",
        outlet="thames-wire",
        slug="kendall-unveils-pip-test-and-health-top-up-cut",
        title="Kendall unveils tougher PIP test and health top-up cut to save billions",
        paras=[
            "LONDON, March 18 (Thames Wire) - Work and Pensions Secretary Liz Kendall on Tuesday set out plans to tighten "
            "access to disability benefits and cut the sickness top-up in universal credit, in a package the government "
            "says will save around 5 billion pounds a year by the end of the decade.",
            "Under the proposals, people claiming the daily living part of the Personal Independence Payment (PIP) would "
            "need to score at least four points in a single activity, rather than building up points across several. "
            "Kendall told the Commons the new threshold was needed to keep the benefit sustainable for those with the "
            "greatest needs.",
            "The universal credit health element would be roughly halved for new claims from April 2026 and frozen in "
            "cash terms for those already receiving it. Kendall said the higher rate had encouraged people to be written "
            "off as unable to work, and that the lower payment would come alongside more employment support.",
            "She said people already on PIP would be assessed against the new test at their next routine review, rather "
            "than being shielded from it.",
            "Disability charities, which had lobbied against any cut to PIP for weeks, said the four-point test should "
            "be abandoned before it reached parliament.",
        ],
        claims=[
            claim(GOV, DROP, O, "the new threshold was needed to keep the benefit sustainable"),
            claim(GOV, UC, S, "Kendall said the higher rate had encouraged people to be written off"),
            claim(GOV, PROT, O, "would be assessed against the new test at their next routine review"),
            claim(DC, DROP, S, "said the four-point test should be abandoned before it reached parliament"),
        ],
    ),
    dict(
        key="reactions",
        published="2025-03-18T17:25:00Z",
        outlet="albion-press",
        slug="charities-and-lib-dems-condemn-pip-plan",
        title="Charities and Lib Dems condemn PIP plan as Tories say cuts fall short",
        paras=[
            "LONDON, March 18 (Albion Press) - Disability charities and the Liberal Democrats on Tuesday condemned the "
            "government's plans to restrict Personal Independence Payment, while the Conservatives said ministers had "
            "been too timid.",
            "Scope said the new four-point rule could strip support from hundreds of thousands of disabled people who "
            "rely on the benefit to pay for care, transport and food. The Disability Benefits Consortium, which "
            "represents more than 100 organisations, urged ministers to scrap the test and to leave the universal credit "
            "health element untouched.",
            "Steve Darling, the Liberal Democrats' work and pensions spokesman, said his party would fight the PIP "
            "restriction in parliament, arguing that disabled people were being asked to pay for the government's "
            "fiscal choices.",
            "For the Conservatives, shadow work and pensions secretary Helen Whately said her party backed reducing the "
            "health top-up but that the package as a whole fell short of what was needed to bring the welfare bill "
            "under control.",
            "Officials at the Department for Work and Pensions said detailed costings would be published alongside the "
            "Spring Statement next week.",
        ],
        claims=[
            claim(DC, DROP, S, "urged ministers to scrap the test"),
            claim(DC, UC, O, "to leave the universal credit health element untouched"),
            claim(LD, DROP, S, "said his party would fight the PIP restriction in parliament"),
            claim(CON, UC, S, "her party backed reducing the health top-up"),
        ],
    ),
    dict(
        key="pmqs-march",
        published="2025-03-19T14:05:00Z",
        outlet="northfield-courier",
        slug="starmer-defends-welfare-overhaul-badenoch-names-price",
        title="Starmer defends welfare overhaul as Badenoch names her price",
        paras=[
            "LONDON, March 19 (Northfield Courier) - Prime Minister Keir Starmer defended his government's welfare "
            "overhaul at Prime Minister's Questions on Wednesday, telling MPs there was a moral case as well as an "
            "economic one for getting more sick and disabled people into work.",
            "Starmer said legislation would be brought before the Commons before the summer and urged MPs of all parties "
            "to support it. He rejected a call from Liberal Democrat leader Ed Davey to drop the new PIP eligibility "
            "test, saying the government would not walk away from reform.",
            "Davey had told the chamber the test would hit people with serious conditions such as multiple sclerosis "
            "and should be scrapped.",
            "Conservative leader Kemi Badenoch said her MPs would vote for the legislation only if it delivered real "
            "savings and was not watered down in the face of Labour backbench pressure. She accused the prime minister "
            "of having no plan for growth.",
            "Rachael Maskell, the Labour MP for York Central, told reporters afterwards that she could not support the "
            "cuts in their current form. Several other Labour MPs said privately that they shared her concerns.",
        ],
        claims=[
            claim(GOV, BILL, S, "urged MPs of all parties to support it"),
            claim(GOV, DROP, O, "He rejected a call from Liberal Democrat leader Ed Davey to drop"),
            claim(LD, DROP, S, "would hit people with serious conditions such as multiple sclerosis and should be scrapped"),
            claim(CON, BILL, C, "her MPs would vote for the legislation only if it delivered real savings"),
        ],
    ),
    dict(
        key="spring-statement",
        published="2025-03-26T15:10:00Z",
        outlet="westgate-bulletin",
        slug="reeves-stands-by-welfare-savings-obr-trims-estimate",
        title="Reeves stands by welfare savings as watchdog trims them to 4.8 billion pounds",
        paras=[
            "LONDON, March 26 (Westgate Bulletin) - Chancellor Rachel Reeves on Wednesday stood by her plans to cut the "
            "universal credit health element, even as the budget watchdog concluded that the welfare package would save "
            "less than ministers had claimed.",
            "In her Spring Statement, Reeves told MPs that halving the health top-up for new claimants was part of a "
            "wider plan to get people back to work and to keep the public finances on track. The Office for Budget "
            "Responsibility put the total saving at about 4.8 billion pounds in 2029-30.",
            "An impact assessment published by the Department for Work and Pensions estimated that around 250,000 more "
            "people, including 50,000 children, would fall into relative poverty as a result of the changes, before any "
            "effect from employment support is counted.",
            "Kendall said the figures did not capture the benefits of getting people into work and that ministers would "
            "not row back on the four-point PIP test.",
            "Mencap said the assessment confirmed its fears and renewed its call for the test to be abandoned.",
        ],
        claims=[
            claim(TSY, UC, S, "halving the health top-up for new claimants was part of a wider plan"),
            claim(GOV, DROP, O, "ministers would not row back on the four-point PIP test"),
            claim(DC, DROP, S, "renewed its call for the test to be abandoned"),
        ],
    ),
    dict(
        key="spring-statement-copy",
        published="2025-03-26T16:45:00Z",
        outlet="kestrel-news",
        slug="watchdog-cuts-welfare-savings-estimate-reeves-holds-firm",
        title="Watchdog cuts welfare savings estimate; Reeves holds firm on health top-up",
        paras=[
            "LONDON, March 26 (Kestrel News) - Chancellor Rachel Reeves held firm on Wednesday on her plan to cut the "
            "universal credit health element, even though the budget watchdog said the government's welfare package "
            "would save less than ministers had forecast.",
            "Reeves told parliament in her Spring Statement that halving the health top-up for new claimants was part of "
            "a wider plan to get people into jobs and keep the public finances stable. The Office for Budget "
            "Responsibility estimated the saving at roughly 4.8 billion pounds in 2029-30.",
            "A Department for Work and Pensions impact assessment found that about 250,000 more people, 50,000 of them "
            "children, would be pushed into relative poverty by the changes, before counting any gains from employment "
            "support.",
            "Work and Pensions Secretary Liz Kendall said the numbers left out the benefits of helping people into work, "
            "adding that ministers would not row back on the four-point PIP test.",
            "The charity Mencap said the findings confirmed its fears and renewed its call for the test to be abandoned.",
        ],
        claims=[
            claim(TSY, UC, S, "halving the health top-up for new claimants was part of a wider plan"),
            claim(GOV, DROP, O, "ministers would not row back on the four-point PIP test"),
            claim(DC, DROP, S, "renewed its call for the test to be abandoned"),
        ],
    ),
    dict(
        key="consultation",
        published="2025-04-09T10:30:00Z",
        outlet="albion-press",
        slug="welfare-consultation-draws-thousands-of-responses",
        title="Welfare consultation draws thousands of responses as MPs await bill",
        paras=[
            "LONDON, April 9 (Albion Press) - Thousands of people have responded to the government's consultation on its "
            "Pathways to Work green paper, officials said on Wednesday, as MPs waited for details of the legislation that "
            "will carry the benefit changes.",
            "The consultation, which closes on June 30, covers a proposed guarantee of employment support and plans to "
            "replace the work capability assessment. The four-point test for Personal Independence Payment is not among "
            "the questions put to the public, a point raised by several MPs in a Westminster Hall debate on Tuesday.",
            "Staff at Caxton House, the department's London headquarters, are sorting the responses, and a bill is "
            "expected before the summer recess, although no date has been set.",
            "Economists at the Resolution Foundation said the final package could yet change shape as ministers weighed "
            "the political cost, and some Labour MPs speculated that the vote might slip into the autumn. Whether the "
            "timetable holds remains an open question.",
        ],
        claims=[],
    ),
    dict(
        key="jobcentre-meeting",
        published="2025-04-24T13:00:00Z",
        outlet="westgate-bulletin",
        slug="kendall-rejects-charities-call-to-pause-pip-changes",
        title="Kendall rejects charities' call to pause PIP changes",
        paras=[
            "MANCHESTER, April 24 (Westgate Bulletin) - Work and Pensions Secretary Liz Kendall on Thursday rejected "
            "calls from disability charities to pause the planned changes to Personal Independence Payment, saying delay "
            "would leave people stuck on benefits with no route into work.",
            "Speaking after a meeting with charity leaders at a jobcentre in Manchester, Kendall said the four-point "
            "test would go ahead as planned, and promised more help for jobseekers with health conditions.",
            "Charity leaders who attended said they had repeated their demand that the test be abandoned and had left "
            "disappointed. One said the minister had listened politely but offered nothing new.",
            "The Liberal Democrats' Steve Darling said the meeting showed the government was not willing to hear from "
            "the people most affected.",
            "Labour MPs from northern seats have been reporting a rising number of worried constituents at their "
            "surgeries, and some have begun raising the issue at meetings of the parliamentary party.",
        ],
        claims=[
            claim(GOV, DROP, O, "Kendall said the four-point test would go ahead as planned"),
            claim(DC, DROP, S, "they had repeated their demand that the test be abandoned"),
        ],
    ),
    dict(
        key="after-local-elections",
        published="2025-05-13T12:20:00Z",
        outlet="northfield-courier",
        slug="starmer-will-not-change-course-on-welfare",
        title="Starmer says he will not change course on welfare after election setbacks",
        paras=[
            "LONDON, May 13 (Northfield Courier) - Keir Starmer said on Tuesday he would not change course on his welfare "
            "reforms, despite heavy losses for Labour in this month's local elections and growing unease among his own "
            "MPs.",
            "Speaking to reporters in Downing Street, the prime minister said the benefits system was failing both "
            "claimants and taxpayers. He said the cut to the universal credit health element would go ahead as planned, "
            "alongside extra money for employment support.",
            "Asked whether the PIP changes could be softened, Starmer said he had not changed his mind. Downing Street "
            "later denied reports in Sunday newspapers that the four-point test would be watered down before the bill "
            "was published.",
            "More than 40 Labour MPs have signed a private letter to the chief whip warning that the cuts are "
            "unacceptable, according to two people who have seen it. Reform UK leader Nigel Farage, whose party gained "
            "hundreds of council seats, said he would reverse the cuts if he ever came to power.",
            "Conservative leader Kemi Badenoch accused the prime minister of being weak and drifting.",
        ],
        claims=[
            claim(GOV, UC, S, "the cut to the universal credit health element would go ahead as planned"),
            claim(GOV, DROP, O, "denied reports in Sunday newspapers that the four-point test would be watered down"),
        ],
    ),
    dict(
        key="reeves-no-reversal",
        published="2025-06-04T10:15:00Z",
        outlet="kestrel-news",
        slug="reeves-rules-out-reversing-health-element-cut",
        title="Reeves rules out reversing welfare cuts as Labour MPs push back",
        paras=[
            "LONDON, June 4 (Kestrel News) - Chancellor Rachel Reeves said on Wednesday the government would not reverse "
            "its cut to the universal credit health element, days before she sets out departmental budgets in next "
            "week's spending review.",
            "Reeves told a business audience in the City of London that the savings from halving the health element for "
            "new claims were already built into her fiscal plans, and that unpicking them would mean higher taxes or more "
            "borrowing. She said Labour had been elected to fix the public finances, not to duck difficult decisions.",
            "Her remarks came after a group of Labour MPs wrote to her urging a rethink. The letter's organisers said on "
            "Tuesday that they had not received a reply from the Treasury.",
            "Conservative work and pensions spokeswoman Helen Whately said the chancellor was right not to back down, "
            "adding that her party would keep pressing for deeper reform of sickness benefits.",
        ],
        claims=[
            claim(TSY, UC, S, "the government would not reverse its cut to the universal credit health element"),
            claim(CON, UC, S, "the chancellor was right not to back down"),
        ],
    ),
    dict(
        key="mass-lobby",
        published="2025-06-10T16:00:00Z",
        outlet="westgate-bulletin",
        slug="disability-campaigners-lobby-mps-ahead-of-welfare-bill",
        title="Disability campaigners lobby MPs in Westminster ahead of welfare bill",
        paras=[
            "LONDON, June 10 (Westgate Bulletin) - Hundreds of disabled people and carers met MPs in Westminster on "
            "Tuesday in a mass lobby organised by disability charities, days before the government is expected to publish "
            "its welfare bill.",
            "The Disability Benefits Consortium said the cut to the universal credit health element would leave new "
            "claimants with serious illnesses living on about 50 pounds a week, and urged ministers to drop it. Mind said "
            "people with mental health conditions feared being pushed further from work, not closer to it.",
            "Liberal Democrat leader Ed Davey, who met campaigners in a committee room, said the government should halt "
            "the health element cut and start again with disabled people at the table.",
            "A spokesperson for the Department for Work and Pensions declined to say when the bill would be published. "
            "The spokesperson said the reforms would make the system fairer and would protect those who can never work.",
            "Whips have begun one-to-one meetings with wavering Labour MPs, according to a party official.",
        ],
        claims=[
            claim(DC, UC, O, "and urged ministers to drop it"),
            claim(LD, UC, O, "the government should halt the health element cut"),
        ],
    ),
    dict(
        key="bill-published",
        published="2025-06-18T11:30:00Z",
        outlet="thames-wire",
        slug="welfare-bill-published-vote-set-for-july-1",
        title="Welfare bill published with PIP test intact, Commons vote set for July 1",
        paras=[
            "LONDON, June 18 (Thames Wire) - The Universal Credit and Personal Independence Payment Bill was published on "
            "Wednesday, with a first Commons vote set for July 1.",
            "Kendall said there would be no bill without the four-point test, calling it the fair way to target support "
            "at those who need it most. Under the bill, existing claimants who fail the new test at reassessment would "
            "receive 13 weeks of transitional payments rather than being shielded from it.",
            "Official estimates published with the bill suggest around 370,000 current PIP recipients and 430,000 future "
            "claimants would receive less by 2030.",
            "Helen Whately said the Conservatives would support the bill only if ministers resisted pressure to dilute "
            "it. Disability charities, which have campaigned against the four-point test since March, were expected to "
            "respond later in the day.",
            "The second reading debate will be the first chance for Labour MPs unhappy with the changes to register "
            "their opposition in a vote.",
        ],
        claims=[
            claim(GOV, DROP, O, "Kendall said there would be no bill without the four-point test"),
            claim(GOV, PROT, O, "would receive 13 weeks of transitional payments rather than being shielded from it"),
            claim(CON, BILL, C, "the Conservatives would support the bill only if ministers resisted pressure to dilute it"),
            claim(DC, DROP, S, "which have campaigned against the four-point test since March", attributed=False),
        ],
    ),
    dict(
        key="charities-respond",
        published="2025-06-18T18:10:00Z",
        outlet="kestrel-news",
        slug="charities-call-for-welfare-bill-to-be-thrown-out",
        title="Charities call for welfare bill to be thrown out; Lib Dems to vote against",
        paras=[
            "LONDON, June 18 (Kestrel News) - Disability charities on Wednesday called on MPs to throw out the "
            "government's welfare bill, saying its publication confirmed that hundreds of thousands of disabled people "
            "would lose support.",
            "In a joint statement, Scope, Mencap, Mind and other members of the Disability Benefits Consortium said the "
            "bill should not be allowed to pass and that the four-point test should be removed from it entirely. The "
            "statement was signed by the chief executives of more than 20 organisations.",
            "The Liberal Democrats said they would vote against the bill at second reading. Steve Darling, the party's "
            "work and pensions spokesman, said no party that cared about disabled people could vote for it.",
            "The Department for Work and Pensions did not respond to a request for comment. Labour whips would not say "
            "how many of the party's MPs had indicated they might rebel.",
        ],
        claims=[
            claim(DC, BILL, O, "the bill should not be allowed to pass"),
            claim(DC, DROP, S, "the four-point test should be removed from it entirely"),
            claim(LD, BILL, O, "The Liberal Democrats said they would vote against the bill at second reading"),
        ],
    ),
    dict(
        key="whip-resigns",
        published="2025-06-20T15:30:00Z",
        outlet="albion-press",
        slug="labour-whip-quits-over-welfare-cuts",
        title="Labour whip quits over welfare cuts; No 10 says vote will go ahead",
        paras=[
            "LONDON, June 20 (Albion Press) - Vicky Foxcroft resigned as a government whip on Friday, saying she could "
            "not support the cuts to disability benefits, the first departure from the government over the welfare "
            "bill.",
            "In her resignation letter, Foxcroft said she backed the goal of getting more people into work but could not "
            "vote for changes that would take support away from disabled people. She said she would remain loyal to the "
            "prime minister on other issues.",
            "Downing Street said the second reading would go ahead as planned on July 1 and that the prime minister "
            "remained committed to the bill. A spokesman declined to say whether ministers were considering any changes "
            "to win over doubters.",
            "Foxcroft's departure follows weeks of briefings against the plans by Labour MPs from across the party, and "
            "opposition whips said they expected further resignations before the vote.",
        ],
        claims=[
            claim(GOV, BILL, S, "the prime minister remained committed to the bill"),
        ],
    ),
    dict(
        key="hillier-amendment",
        published="2025-06-23T19:00:00Z",
        outlet="thames-wire",
        slug="labour-mps-sign-amendment-to-block-welfare-bill",
        title="More than 100 Labour MPs sign amendment to block welfare bill",
        paras=[
            "LONDON, June 23 (Thames Wire) - More than 100 Labour MPs on Monday signed an amendment that would stop the "
            "government's welfare bill at its first Commons hurdle, the biggest challenge yet to Keir Starmer's "
            "authority.",
            "The reasoned amendment, tabled by Treasury committee chair Meg Hillier and backed by several other select "
            "committee chairs, asks the Commons to decline to give the bill a second reading. It argues that disabled "
            "people were not consulted, that the employment effects will not be assessed until the autumn, and that the "
            "four-point test should be taken out of the bill.",
            "Hillier said in a statement that the signatories wanted the welfare system reformed but would vote against "
            "this bill.",
            "A government spokesman said the bill would not be pulled and that ministers would keep talking to "
            "colleagues. Pat McFadden, the Chancellor of the Duchy of Lancaster, told broadcasters the government was "
            "listening but that the system had to change.",
            "Under Commons rules, a reasoned amendment that is carried kills a bill at second reading.",
        ],
        claims=[
            claim(HIL, BILL, O, "asks the Commons to decline to give the bill a second reading"),
            claim(HIL, DROP, S, "four-point test should be taken out of the bill"),
            claim(GOV, BILL, S, "A government spokesman said the bill would not be pulled"),
        ],
    ),
    dict(
        key="the-hague",
        published="2025-06-24T14:15:00Z",
        outlet="westgate-bulletin",
        slug="starmer-signals-he-could-protect-current-claimants",
        title="Starmer signals he could protect current claimants as rebellion grows",
        paras=[
            "THE HAGUE, June 24 (Westgate Bulletin) - Keir Starmer on Tuesday signalled for the first time that he was "
            "prepared to protect people already receiving disability benefits, as long as the core of his welfare "
            "reforms survived a growing Labour rebellion.",
            "Speaking to reporters on the sidelines of the NATO summit in The Hague, the prime minister said he was open "
            "to changes for existing claimants provided the reforms still got people into work and put the system on a "
            "sustainable footing. He insisted the July 1 vote would go ahead and said he wanted the bill to pass.",
            "Asked directly whether the four-point PIP test would be dropped, he declined to say.",
            "In March his work and pensions secretary had told MPs that existing claimants would face the new test at "
            "their next review. Officials in London said talks with the leaders of the revolt would continue through the "
            "week.",
            "Analysts said the change in tone suggested a deal could be reached before the weekend, though some of the "
            "MPs involved doubted the government would move far enough.",
        ],
        claims=[
            claim(GOV, PROT, C, "open to changes for existing claimants provided the reforms still got people into work"),
            claim(GOV, BILL, S, "said he wanted the bill to pass"),
        ],
    ),
    dict(
        key="tories-door-ajar",
        published="2025-06-25T17:40:00Z",
        outlet="northfield-courier",
        slug="tories-keep-door-ajar-on-welfare-bill",
        title="Tories keep door ajar on welfare bill as rebels hold firm",
        paras=[
            "LONDON, June 25 (Northfield Courier) - The Conservatives said on Wednesday they had not yet decided how to "
            "vote on the welfare bill, but would only back it if the government kept the savings intact and made no "
            "further concessions to its own backbenchers.",
            "Shadow chancellor Mel Stride told the Commons that his party would not block a bill that genuinely cut the "
            "welfare bill, but warned that a watered-down version would not get Conservative votes.",
            "Meg Hillier, whose reasoned amendment now has more than 120 Labour signatures, said on Wednesday the rebels "
            "would press it to a vote on July 1. She said protecting people who already receive support was their "
            "central demand, and that she could not ask colleagues to vote for the bill.",
            "The Liberal Democrats, who have said they will vote against the bill, called for the vote to be postponed "
            "so that disabled people could be properly consulted.",
            "Downing Street said talks were continuing and described them as constructive.",
        ],
        claims=[
            claim(CON, BILL, C, "would only back it if the government kept the savings intact"),
            claim(HIL, BILL, O, "the rebels would press it to a vote on July 1"),
            claim(HIL, PROT, S, "protecting people who already receive support was their central demand"),
            claim(LD, BILL, O, "who have said they will vote against the bill", attributed=False),
        ],
    ),
    dict(
        key="concessions",
        published="2025-06-26T22:30:00Z",
        outlet="thames-wire",
        slug="government-offers-to-protect-existing-claimants",
        title="Government offers to protect existing claimants to head off Labour revolt",
        paras=[
            "LONDON, June 26 (Thames Wire) - The government on Thursday night offered to shield everyone already receiving "
            "Personal Independence Payment or the universal credit health element from its welfare cuts, in a bid to "
            "defeat a rebellion by more than 120 Labour MPs.",
            "In a letter to Labour MPs, Work and Pensions Secretary Liz Kendall said the four-point PIP test would apply "
            "only to new claims from November 2026, and that existing recipients of the health element would see their "
            "payments protected in real terms. Kendall also announced a review of PIP, to be led by disability minister "
            "Stephen Timms and drawn up with disabled people, reporting in autumn 2026.",
            "Meg Hillier, who led the rebellion, said the changes were a significant step. She said she would now be able "
            "to back the bill as long as the concessions were written into it at committee stage, and expected many "
            "colleagues to do the same in exchange for those guarantees.",
            "Some signatories said they would still vote against.",
        ],
        claims=[
            claim(GOV, PROT, S, "offered to shield everyone already receiving Personal Independence Payment or the universal credit health element"),
            claim(GOV, DROP, O, "the four-point PIP test would apply only to new claims from November 2026"),
            claim(GOV, REV, S, "announced a review of PIP, to be led by disability minister Stephen Timms"),
            claim(HIL, BILL, C, "able to back the bill as long as the concessions were written into it"),
        ],
    ),
    dict(
        key="concessions-copy",
        published="2025-06-26T22:55:00Z",
        outlet="albion-press",
        slug="starmer-retreats-on-welfare-cuts-for-current-claimants",
        title="Starmer retreats on welfare cuts for current claimants to quell rebellion",
        paras=[
            "LONDON, June 26 (Albion Press) - The government late on Thursday offered to shield everyone already receiving "
            "Personal Independence Payment or the universal credit health element from its welfare cuts, seeking to "
            "defeat a revolt by more than 120 Labour MPs.",
            "Work and Pensions Secretary Liz Kendall told Labour MPs in a letter that the four-point PIP test would apply "
            "only to new claims from November 2026, while existing recipients of the health element would have their "
            "payments protected in real terms. She also announced a review of PIP, to be led by disability minister "
            "Stephen Timms and designed with disabled people, due to report in autumn 2026.",
            "Meg Hillier, the Treasury committee chair who led the revolt, called the changes a significant step. She said "
            "she would be able to back the bill as long as the concessions were written into it at committee stage, and "
            "expected many colleagues to follow in exchange for those guarantees.",
            "A number of signatories said they would still oppose the bill.",
        ],
        claims=[
            claim(GOV, PROT, S, "offered to shield everyone already receiving Personal Independence Payment or the universal credit health element"),
            claim(GOV, DROP, O, "the four-point PIP test would apply only to new claims from November 2026"),
            claim(GOV, REV, S, "announced a review of PIP, to be led by disability minister Stephen Timms"),
            claim(HIL, BILL, C, "able to back the bill as long as the concessions were written into it"),
        ],
    ),
    dict(
        key="two-tier",
        published="2025-06-27T11:00:00Z",
        outlet="kestrel-news",
        slug="charities-say-concessions-create-two-tier-system",
        title="Charities say concessions create two-tier system; Reeves says changes will be paid for",
        paras=[
            "LONDON, June 27 (Kestrel News) - Disability charities said on Friday the government's concessions would "
            "create a two-tier benefits system, in which future claimants with the same conditions would get less than "
            "people already receiving support.",
            "Scope said the cut to the health element for new claimants was still wrong and should be reversed, and that "
            "the bill should be voted down. The Disability Benefits Consortium said its members would not take part in "
            "the Timms review unless disabled people had a genuine say over its terms and its conclusions.",
            "Chancellor Rachel Reeves said on a visit to a factory in the Midlands that the cost of protecting existing "
            "claimants, estimated at around 3 billion pounds, would be met in the autumn budget without new borrowing. "
            "She said protecting current claimants was the right thing to do.",
            "The Institute for Fiscal Studies said the changes would wipe out much of the expected saving.",
        ],
        claims=[
            claim(DC, UC, O, "the cut to the health element for new claimants was still wrong"),
            claim(DC, BILL, O, "the bill should be voted down"),
            claim(DC, REV, C, "would not take part in the Timms review unless disabled people had a genuine say"),
            claim(TSY, PROT, S, "She said protecting current claimants was the right thing to do"),
        ],
    ),
    dict(
        key="starmer-confident",
        published="2025-06-27T17:30:00Z",
        outlet="westgate-bulletin",
        slug="starmer-says-rebels-now-back-welfare-bill",
        title="Starmer says rebels now back welfare bill as Maskell tables new amendment",
        paras=[
            "LONDON, June 27 (Westgate Bulletin) - Keir Starmer said on Friday he was confident the welfare bill would now "
            "pass, claiming that Meg Hillier and most of her fellow committee chairs had told him they could now support "
            "it.",
            "The prime minister said the concessions showed the government was listening, but that the bill still "
            "delivered the reforms the country needed. He said it was right to press ahead with the vote on Tuesday.",
            "Labour MP Rachael Maskell, who says the concessions do not go far enough, tabled a fresh reasoned amendment "
            "on Friday and said she had gathered the signatures of dozens of colleagues. Her amendment argues that the "
            "bill should be withdrawn until the Timms review has reported.",
            "Hillier's office did not respond to requests for comment on Friday.",
            "Government whips said they expected the number of Labour MPs voting against to shrink to a few dozen.",
        ],
        claims=[
            claim(GOV, BILL, S, "He said it was right to press ahead with the vote on Tuesday"),
            claim(HIL, BILL, S, "had told him they could now support it", attributed=False),
        ],
    ),
    dict(
        key="rebellion-collapses",
        published="2025-06-28T09:00:00Z",
        outlet="northfield-courier",
        slug="welfare-rebellion-collapses-after-climbdown",
        title="Welfare rebellion collapses after Starmer climbdown",
        paras=[
            "LONDON, June 28 (Northfield Courier) - The Labour revolt over welfare cuts appeared to be losing momentum on "
            "Saturday, although dozens of MPs said they were still undecided and several said they would vote against the "
            "bill on Tuesday whatever happened.",
            "Party officials estimate that the number of Labour MPs prepared to vote against the government has fallen "
            "from more than 120 to between 30 and 50 since Kendall's letter on Thursday night. The figures could not be "
            "independently confirmed.",
            "Many of those still wavering say they want to see the protections for existing claimants in writing, and "
            "others object that the four-point test will still apply to future claimants. Downing Street said on Saturday "
            "that the test for new claims was not up for negotiation.",
            "Hillier told a constituency meeting in Hackney on Saturday morning that her vote still depended on the "
            "promised protections appearing in the bill itself, and that she would be watching the committee stage "
            "closely.",
            "Some MPs said they would decide only after hearing Kendall's statement to the Commons on Monday.",
        ],
        claims=[
            claim(GOV, DROP, O, "the test for new claims was not up for negotiation"),
            claim(HIL, BILL, C, "her vote still depended on the promised protections appearing in the bill itself"),
        ],
    ),
    dict(
        key="kendall-statement",
        published="2025-06-30T18:20:00Z",
        outlet="thames-wire",
        slug="kendall-sets-out-concessions-tories-to-vote-against",
        title="Kendall sets out welfare concessions as Tories say they will vote against bill",
        paras=[
            "LONDON, June 30 (Thames Wire) - Work and Pensions Secretary Liz Kendall on Monday told the Commons that the "
            "government's concessions on disability benefits would be written into the welfare bill, as the Conservatives "
            "announced they would vote against it.",
            "Kendall said all existing PIP claimants and current recipients of the universal credit health element would "
            "be protected. She urged Labour MPs to back the bill on Tuesday.",
            "Conservative leader Kemi Badenoch said her party would oppose the bill because the concessions had turned it "
            "into a costly muddle that no longer saved money. Her shadow work and pensions secretary, Helen Whately, said "
            "the government should never have offered protection to existing claimants, describing the result as an "
            "unfair two-tier system.",
            "The Conservatives had said in March and again this month that they would back the legislation only if it was "
            "not diluted.",
            "Labour whips said they expected fewer than 50 of the party's MPs to vote against.",
        ],
        claims=[
            claim(GOV, PROT, S, "existing PIP claimants and current recipients of the universal credit health element would be protected"),
            claim(GOV, BILL, S, "She urged Labour MPs to back the bill on Tuesday"),
            claim(CON, BILL, O, "her party would oppose the bill"),
            claim(CON, PROT, O, "the government should never have offered protection to existing claimants"),
        ],
    ),
    dict(
        key="lib-dems-charities-letter",
        published="2025-06-30T20:00:00Z",
        outlet="kestrel-news",
        slug="lib-dems-and-charities-urge-mps-to-reject-welfare-bill",
        title="Lib Dems and charities urge MPs to reject welfare bill despite concessions",
        paras=[
            "LONDON, June 30 (Kestrel News) - The Liberal Democrats and disability charities on Monday urged MPs to vote "
            "down the welfare bill, saying the government's concessions left future claimants facing the same cuts.",
            "Lib Dem leader Ed Davey said his MPs would vote against the bill at second reading on Tuesday. The party's "
            "work and pensions spokesman, Steve Darling, said the Timms review could be worthwhile, but only if disabled "
            "people were given a real say over its conclusions.",
            "More than a dozen charities, including Mind, Sense and Scope, sent a joint letter to every MP urging them to "
            "reject the bill. The letter said it was wrong to halve the health element for people who become ill in "
            "future.",
            "Labour MP Rachael Maskell, whose reasoned amendment has attracted the signatures of about 40 Labour MPs, said "
            "on Monday it would be pushed to a vote regardless of the concessions. The Speaker is expected to decide on "
            "Tuesday morning which amendments are selected.",
        ],
        claims=[
            claim(LD, BILL, O, "his MPs would vote against the bill at second reading on Tuesday"),
            claim(LD, REV, C, "could be worthwhile, but only if disabled people were given a real say"),
            claim(DC, BILL, O, "sent a joint letter to every MP urging them to reject the bill"),
            claim(DC, UC, O, "it was wrong to halve the health element for people who become ill in future"),
        ],
    ),
    dict(
        key="vote-day-logistics",
        published="2025-07-01T08:30:00Z",
        outlet="albion-press",
        slug="mps-gather-for-welfare-vote",
        title="MPs gather for welfare vote as Speaker weighs amendments",
        paras=[
            "LONDON, July 1 (Albion Press) - MPs will debate the Universal Credit and Personal Independence Payment Bill "
            "for around six hours on Tuesday before voting on whether to give it a second reading, with the result "
            "expected in the early evening.",
            "Speaker Lindsay Hoyle will decide in the morning which reasoned amendments to select. Two have been tabled by "
            "Labour backbenchers, and the Speaker's office said a decision would be announced before the debate opens.",
            "Cabinet ministers were due to meet in Downing Street at 9 a.m. for their regular weekly meeting, and Labour "
            "MPs were invited to a briefing in a Commons committee room at lunchtime.",
            "Protesters from several campaign groups plan to gather in Parliament Square during the afternoon. The "
            "Metropolitan Police said it had been notified of the event.",
            "If the bill passes, it will move to a committee of the whole House next week, with a third reading expected "
            "on July 9.",
        ],
        claims=[],
    ),
    dict(
        key="timms-climbdown",
        published="2025-07-01T13:45:00Z",
        outlet="westgate-bulletin",
        slug="starmer-abandons-pip-cuts-in-last-minute-climbdown",
        title="Starmer abandons PIP cuts in last-minute climbdown",
        paras=[
            "LONDON, July 1 (Westgate Bulletin) - The government on Tuesday dropped the four-point PIP test from its "
            "welfare bill, hours before MPs were due to vote, in a second concession to Labour rebels in less than a "
            "week.",
            "Opening the debate, disability minister Stephen Timms told the Commons the eligibility change would be "
            "removed at committee stage and that no new PIP rules would come in until his review had concluded in autumn "
            "2026. He said any future changes would be shaped by disabled people themselves.",
            "The cut to the universal credit health element for new claimants is unaffected, and Kendall said that part "
            "of the reforms would go ahead from next April. She denied that the government had lost control of its "
            "agenda.",
            "Disability Rights UK welcomed the move but said the test should now be scrapped for good rather than merely "
            "delayed.",
            "Conservative MPs jeered as Timms spoke, and Helen Whately accused ministers of making policy on the hoof.",
        ],
        claims=[
            claim(GOV, DROP, S, "the eligibility change would be removed at committee stage"),
            claim(GOV, REV, S, "no new PIP rules would come in until his review had concluded"),
            claim(GOV, UC, S, "Kendall said that part of the reforms would go ahead from next April"),
            claim(DC, DROP, S, "said the test should now be scrapped for good rather than merely delayed"),
        ],
    ),
    dict(
        key="second-reading",
        published="2025-07-01T20:10:00Z",
        outlet="thames-wire",
        slug="welfare-bill-clears-first-commons-vote",
        title="Welfare bill clears first Commons vote despite 49 Labour rebels",
        paras=[
            "LONDON, July 1 (Thames Wire) - The government's welfare bill passed its second reading in the House of "
            "Commons on Tuesday by 335 votes to 260, but 49 Labour MPs voted against it in the largest rebellion of Keir "
            "Starmer's premiership.",
            "Meg Hillier, whose amendment had threatened to sink the bill a week ago, voted with the government along "
            "with most of the committee chairs who had signed it. She said afterwards that the concessions had turned a "
            "bad bill into one she could back.",
            "Rachael Maskell's reasoned amendment, which sought to halt the bill until the Timms review had reported, was "
            "defeated.",
            "The Conservatives and the Liberal Democrats voted against the bill at second reading, the Conservatives "
            "arguing that it no longer saved enough money and the Liberal Democrats that it still hurt disabled people. "
            "Disability charities, which want the bill thrown out, held a vigil in Parliament Square.",
            "Work and Pensions Secretary Liz Kendall said the vote allowed the government to get on with reforming a "
            "broken system. The bill now goes to a committee of the whole House.",
        ],
        claims=[
            claim(HIL, BILL, S, "voted with the government along with most of the committee chairs who had signed it"),
            claim(CON, BILL, O, "The Conservatives and the Liberal Democrats voted against the bill at second reading"),
            claim(LD, BILL, O, "The Conservatives and the Liberal Democrats voted against the bill at second reading"),
            claim(DC, BILL, O, "which want the bill thrown out", attributed=False),
            claim(GOV, BILL, S, "the vote allowed the government to get on with reforming a broken system"),
        ],
    ),
    dict(
        key="pmqs-july",
        published="2025-07-02T14:30:00Z",
        outlet="northfield-courier",
        slug="badenoch-mocks-welfare-retreat",
        title="Badenoch mocks welfare retreat as Starmer promises to fund changes",
        paras=[
            "LONDON, July 2 (Northfield Courier) - Kemi Badenoch used Prime Minister's Questions on Wednesday to mock the "
            "government's welfare retreat, saying Labour had ended up with a bill that cost money instead of saving it.",
            "The Conservative leader said her party would keep voting against the bill and would restore the four-point "
            "test if it returned to power.",
            "Starmer replied that he would not apologise for protecting people who already rely on disability benefits, "
            "and that the changes would be fully funded.",
            "Chancellor Rachel Reeves, who appeared upset on the front bench, later said through a spokesperson that she "
            "was glad the bill had passed. Downing Street said her position was secure.",
            "The bill's committee stage is scheduled for next week, when ministers will table the amendments promised "
            "to Labour MPs.",
        ],
        claims=[
            claim(CON, BILL, O, "her party would keep voting against the bill"),
            claim(CON, DROP, O, "would restore the four-point test if it returned to power"),
            claim(GOV, PROT, S, "he would not apologise for protecting people who already rely on disability benefits"),
            claim(TSY, BILL, S, "was glad the bill had passed"),
        ],
    ),
    dict(
        key="ifs-costs",
        published="2025-07-03T12:00:00Z",
        outlet="kestrel-news",
        slug="welfare-concessions-wipe-out-most-savings-think-tank-says",
        title="Welfare concessions wipe out most of the savings, think tank says",
        paras=[
            "LONDON, July 3 (Kestrel News) - The government's concessions on its welfare bill will wipe out most of the "
            "savings the package was meant to deliver by the end of the decade, the Institute for Fiscal Studies "
            "estimated on Thursday, leaving a gap the chancellor will have to fill in the autumn.",
            "The think tank said its estimate was uncertain because the outcome of the Timms review, which could recommend "
            "further changes to PIP, was not yet known.",
            "Economists at two City banks said Reeves was likely to look to tax rises rather than new spending cuts, "
            "though neither ruled out further welfare measures. Gilt yields rose on Wednesday as markets reacted to the "
            "scenes in the Commons.",
            "The Treasury declined to comment on the estimate, saying the chancellor would set out her plans at the "
            "budget. The Office for Budget Responsibility will publish its own assessment alongside the budget.",
        ],
        claims=[],
    ),
    dict(
        key="tory-amendment",
        published="2025-07-08T16:00:00Z",
        outlet="albion-press",
        slug="tories-table-bid-to-restore-pip-test",
        title="Tories table bid to restore PIP test as welfare bill returns to Commons",
        paras=[
            "LONDON, July 8 (Albion Press) - The Conservatives on Tuesday tabled an amendment that would put the four-point "
            "PIP test back into the welfare bill, a day before MPs debate the legislation line by line in a committee of "
            "the whole House.",
            "Shadow work and pensions secretary Helen Whately said dropping the test had blown a hole in the public "
            "finances and that her party would force a vote on it.",
            "The government has tabled its own amendments to remove the clause containing the test and to write "
            "protection for existing claimants into the bill. A Department for Work and Pensions spokesperson said the "
            "changes honoured commitments made to MPs last week.",
            "Labour MPs who voted against the bill at second reading are weighing amendments of their own, including one "
            "that would also spare future claimants from the cut to the health element. Its sponsors acknowledged it was "
            "unlikely to be selected.",
            "A third reading vote is expected on Wednesday evening.",
        ],
        claims=[
            claim(CON, DROP, O, "tabled an amendment that would put the four-point PIP test back into the welfare bill"),
            claim(GOV, DROP, S, "The government has tabled its own amendments to remove the clause containing the test"),
            claim(GOV, PROT, S, "to write protection for existing claimants into the bill"),
        ],
    ),
    dict(
        key="third-reading",
        published="2025-07-09T21:30:00Z",
        outlet="westgate-bulletin",
        slug="welfare-bill-passes-commons-after-pip-test-stripped-out",
        title="Welfare bill passes Commons after PIP test is stripped out",
        paras=[
            "LONDON, July 9 (Westgate Bulletin) - The welfare bill cleared the House of Commons on Wednesday by 336 votes "
            "to 242, after MPs voted to remove the four-point PIP test and to write protection for existing claimants into "
            "the legislation.",
            "Forty-seven Labour MPs voted against the bill at third reading, only slightly fewer than at second reading "
            "last week. A Conservative amendment to reinstate the four-point test was defeated.",
            "Kendall said the bill now guaranteed that people already on benefits would keep their awards while the "
            "review got under way. She said she was proud the government had listened.",
            "The Liberal Democrats again opposed the bill, and their spokesman Steve Darling said it would still leave "
            "future disabled claimants worse off.",
            "The bill now goes to the House of Lords, where disability charities are expected to lobby peers for further "
            "changes. Meg Hillier did not speak in the debate.",
        ],
        claims=[
            claim(GOV, PROT, S, "people already on benefits would keep their awards"),
            claim(CON, DROP, O, "A Conservative amendment to reinstate the four-point test was defeated"),
            claim(LD, BILL, O, "The Liberal Democrats again opposed the bill"),
        ],
    ),
    dict(
        key="charities-lords",
        published="2025-07-10T10:00:00Z",
        outlet="kestrel-news",
        slug="charities-turn-to-lords",
        title="Charities turn to Lords as Timms review terms are awaited",
        paras=[
            "LONDON, July 10 (Kestrel News) - Disability charities said on Thursday they would press peers to halt the "
            "welfare bill when it reaches the House of Lords, arguing that the Commons had voted through a cut that would "
            "hurt people who fall ill in future.",
            "The Disability Benefits Consortium said the bill should still be stopped, and that the halving of the "
            "universal credit health element for new claimants was indefensible. The consortium repeated that it would "
            "join the Timms review only if disabled people's organisations were given an equal say over its terms of "
            "reference.",
            "Liberal Democrat peers said they would table amendments in the Lords, though the party's leadership in the "
            "upper house has not said whether it will try to block the bill outright.",
            "The Department for Work and Pensions did not respond to a request for comment.",
            "Crossbench peers are expected to decide the outcome of any close vote.",
        ],
        claims=[
            claim(DC, BILL, O, "The Disability Benefits Consortium said the bill should still be stopped"),
            claim(DC, UC, O, "the halving of the universal credit health element for new claimants was indefensible"),
            claim(DC, REV, C, "join the Timms review only if disabled people's organisations were given an equal say"),
        ],
    ),
    dict(
        key="suspensions",
        published="2025-07-16T17:00:00Z",
        outlet="northfield-courier",
        slug="labour-suspends-four-mps-after-repeated-rebellions",
        title="Labour suspends four MPs after repeated rebellions",
        paras=[
            "LONDON, July 16 (Northfield Courier) - The Labour Party on Wednesday suspended four MPs who had repeatedly "
            "voted against the government, including over the welfare bill, in a move party officials said was about "
            "discipline rather than any single vote.",
            "Rachael Maskell, Neil Duncan-Jordan, Brian Leishman and Chris Hinchliff will sit as independents while the "
            "whip is withdrawn. Several other MPs lost minor party roles.",
            "Maskell said on social media that she had been punished for standing up for disabled people. A Labour Party "
            "spokesperson said MPs had been elected on a Labour manifesto and were expected to uphold it.",
            "The decision was taken at a meeting in the whips' office in Westminster. Political analysts said the move "
            "was intended as a warning to others ahead of a difficult autumn, though some said it risked deepening "
            "divisions in the parliamentary party.",
        ],
        claims=[],
    ),
]

# Shifts: actor, issue, from, to, article key (first article showing the new stance), why.
SHIFTS = [
    (GOV, PROT, O, C, "the-hague",
     "At The Hague Starmer says he is open to changes for existing claimants provided the reforms still get people "
     "into work; in the March green paper (and the June bill) existing claimants faced the new test at reassessment."),
    (GOV, PROT, C, S, "concessions",
     "Kendall's letter offers to shield everyone already on PIP or the health element; two days earlier Starmer was "
     "only open to it under conditions."),
    (HIL, BILL, O, C, "concessions",
     "Hillier says she can back the bill as long as the concessions are written into it; her reasoned amendment "
     "(and her statement of June 25) opposed a second reading."),
    (CON, BILL, C, O, "kendall-statement",
     "Badenoch says the Conservatives will oppose the bill; in March, June 18 and June 25 they would back it only if "
     "it was not diluted."),
    (GOV, DROP, O, S, "timms-climbdown",
     "Timms tells the Commons the four-point eligibility change will be removed at committee stage; as late as "
     "June 28 No 10 said the test for new claims was not up for negotiation."),
    (HIL, BILL, C, S, "second-reading",
     "Hillier votes with the government at second reading; her own last statement (June 28) still made her vote "
     "depend on the protections being written in. Starmer's June 27 report that she backed the bill was not "
     "attributed to her and did not move her stance."),
]

DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \((.+?)\) - ")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def parse_time(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(dt):
    return dt.strftime("%a, %d %b %Y %H:%M:%S GMT")


def read_watchlist():
    """Minimal reader for our own watchlist.yaml (standard library only)."""
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    section = None
    actors, issues, baseline = [], [], []
    for line in text.splitlines():
        if re.match(r"^(actors|issues|baseline):\s*$", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: (\S+)\s*$", line)
        if m and section == "actors":
            actors.append(m.group(1))
        elif m and section == "issues":
            issues.append(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def build():
    arts = sorted(ARTICLES, key=lambda a: a["published"])
    assert [a["key"] for a in arts] == [a["key"] for a in ARTICLES], "ARTICLES must be listed in publication order"
    key2id = {}
    out_articles = []
    for i, a in enumerate(arts, 1):
        aid = "%03d" % i
        key2id[a["key"]] = aid
        dt = parse_time(a["published"])
        url = "https://example.org/%s/%s/%s" % (a["outlet"], dt.strftime("%Y/%m/%d"), a["slug"])
        out_articles.append({
            "id": aid,
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url,
            "title": a["title"],
            "text": "\n\n".join(a["paras"]),
            "_outlet": a["outlet"],
            "_claims": a["claims"],
        })
    claims = {art["id"]: art["_claims"] for art in out_articles}
    shifts = [{"actor": ac, "issue": iss, "from": fr, "to": to, "article": key2id[k], "why": why}
              for ac, iss, fr, to, k, why in SHIFTS]
    shift_articles = {s["article"] for s in shifts}
    labels = {
        "claims": claims,
        "shifts": shifts,
        "no_alert_articles": [art["id"] for art in out_articles if art["id"] not in shift_articles],
    }
    return out_articles, labels


def write(out_articles, labels):
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for art in out_articles:
        pub = {k: art[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(adir, art["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(pub, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = [a for a in out_articles if a["_outlet"] == slug]
        items.sort(key=lambda a: a["published"], reverse=True)
        last = rfc822(parse_time(items[0]["published"]))
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % slug,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), TOPIC),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % last,
        ]
        for a in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(a["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                "      <pubDate>%s</pubDate>" % rfc822(parse_time(a["published"])),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(fdir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")


def validate(out_articles, labels):
    errors = []
    actors, issues, baseline = read_watchlist()
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues" % len(issues))
    ids = [a["id"] for a in out_articles]
    if ids != ["%03d" % i for i in range(1, len(ids) + 1)]:
        errors.append("ids not 001.. consecutive")
    pubs = [a["published"] for a in out_articles]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errors.append("ids not in strict publication order")
    if not 30 <= len(out_articles) <= 34:
        errors.append("%d articles" % len(out_articles))
    urls = [a["url"] for a in out_articles]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")
    for a in out_articles:
        text = a["text"]
        n = len(text.split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (a["id"], n))
        m = DATELINE.match(text)
        if not m:
            errors.append("%s: bad dateline" % a["id"])
        else:
            dt = parse_time(a["published"])
            if m.group(3) != a["source"]:
                errors.append("%s: dateline outlet %r != %r" % (a["id"], m.group(3), a["source"]))
            if MONTHS[m.group(1)] != dt.month or int(m.group(2)) != dt.day:
                errors.append("%s: dateline date does not match published" % a["id"])
        if not all(ord(ch) < 128 for ch in text + a["title"]):
            errors.append("%s: non-ASCII character" % a["id"])
    if set(labels["claims"]) != set(ids):
        errors.append("claims keys != article ids")
    for aid, cl in labels["claims"].items():
        text = out_articles[int(aid) - 1]["text"]
        seen = set()
        for c in cl:
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in ("support", "oppose", "conditional"):
                errors.append("%s: bad stance %s" % (aid, c["stance"]))
            if c["quote"] not in text:
                errors.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (aid, c["quote"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % aid)
            t = (c["actor"], c["issue"])
            if t in seen:
                errors.append("%s: repeated actor/issue %s" % (aid, t))
            seen.add(t)
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue: %s" % s)
    for b in baseline:
        if b[0] not in actors or b[1] not in issues:
            errors.append("baseline with unknown actor/issue: %s" % (b,))
    # Recompute shifts: prevailing stance = last attributed labelled stance, starting from baseline.
    prevailing = {(a, i): st for a, i, st in baseline}
    recomputed = []
    for aid in ids:
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prevailing and prevailing[k] != c["stance"]:
                recomputed.append({"actor": k[0], "issue": k[1], "from": prevailing[k], "to": c["stance"], "article": aid})
            prevailing[k] = c["stance"]
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in labels["shifts"]]
    if sorted(map(lambda d: tuple(sorted(d.items())), recomputed)) != sorted(map(lambda d: tuple(sorted(d.items())), labelled)):
        errors.append("shifts mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    shift_articles = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_articles]:
        errors.append("no_alert_articles wrong")
    # xmllint
    fdir = os.path.join(HERE, "feeds")
    feeds = sorted(os.listdir(fdir))
    if sorted(f[:-4] for f in feeds) != sorted(OUTLETS):
        errors.append("feeds do not match outlets")
    xmllint = shutil.which("xmllint")
    if not xmllint:
        errors.append("xmllint not found")
    else:
        for f in feeds:
            r = subprocess.run([xmllint, "--noout", os.path.join(fdir, f)], capture_output=True, text=True)
            if r.returncode != 0:
                errors.append("xmllint %s: %s" % (f, r.stderr.strip()))
    # Round trip: written article files equal the data.
    for a in out_articles:
        d = json.load(open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8"))
        if d["text"] != a["text"] or d["url"] != a["url"]:
            errors.append("%s: written file differs" % a["id"])
    return errors


def summary(out_articles, labels):
    cl = [c for v in labels["claims"].values() for c in v]
    by = {}
    for c in cl:
        by[c["stance"]] = by.get(c["stance"], 0) + 1
    empty = [k for k, v in labels["claims"].items() if not v]
    print("articles: %d" % len(out_articles))
    print("claims: %d %s, attributed false: %d" % (len(cl), by, sum(1 for c in cl if not c["attributed"])))
    print("shifts: %d in articles %s" % (len(labels["shifts"]), sorted({s["article"] for s in labels["shifts"]})))
    print("no-claim articles: %s" % empty)
    per = {}
    for a in out_articles:
        per[a["source"]] = per.get(a["source"], 0) + 1
    print("per outlet: %s" % per)
    print("words: min %d max %d" % (min(len(a["text"].split()) for a in out_articles),
                                   max(len(a["text"].split()) for a in out_articles)))


def main():
    out_articles, labels = build()
    write(out_articles, labels)
    errors = validate(out_articles, labels)
    summary(out_articles, labels)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
