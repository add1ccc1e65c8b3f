#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set us-shutdown-aca-subsidies-2025.

Standard library only. Holds the watchlist, the articles and the labels as data, writes
watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates everything (exits non-zero on the first batch of errors).

The events (the October-November 2025 US government shutdown) are real and public; all
wording is original paraphrase written for this set. It is not a source of facts.
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

# --------------------------------------------------------------------------------------
# Outlets (fictional)
# --------------------------------------------------------------------------------------
OUTLETS = {
    "continental-wire": "Continental Wire",
    "potomac-ledger": "Potomac Ledger",
    "lakeshore-courier": "Lakeshore Courier",
    "granite-post": "Granite Post",
    "tidewater-report": "Tidewater Report",
}
NAME_TO_SLUG = {v: k for k, v in OUTLETS.items()}

# --------------------------------------------------------------------------------------
# Watchlist
# --------------------------------------------------------------------------------------
ACTORS = [
    ("trump", "President Donald Trump and his administration (White House, budget office, Agriculture Department)",
     ["Donald Trump", "Trump", "President Trump", "President Donald Trump", "White House", "Trump administration",
      "the administration", "Oval Office", "Karoline Leavitt", "Leavitt", "JD Vance", "Vance", "Vice President",
      "Russ Vought", "Vought", "Office of Management and Budget", "White House budget office",
      "Brooke Rollins", "Rollins", "Agriculture Department", "Department of Agriculture", "USDA",
      "Justice Department"]),
    ("senate-republicans", "Senate Majority Leader John Thune and the Senate Republican leadership",
     ["John Thune", "Thune", "Senate Majority Leader", "majority leader", "Senate Republicans", "Senate GOP",
      "Senate Republican leadership", "John Barrasso", "Barrasso"]),
    ("house-republicans", "House Speaker Mike Johnson and the House Republican leadership",
     ["Mike Johnson", "Johnson", "Speaker Johnson", "Speaker", "House Speaker", "House Republicans", "House GOP",
      "House Republican leadership", "Steve Scalise", "Scalise"]),
    ("senate-democrats", "Senate Democratic leader Chuck Schumer and the Senate Democratic caucus he leads",
     ["Chuck Schumer", "Schumer", "Senate Democratic leader", "Senate Minority Leader", "minority leader",
      "Senate Democrats", "Senate Democratic caucus", "Democratic caucus"]),
    ("house-democrats", "House Democratic leader Hakeem Jeffries and the House Democrats",
     ["Hakeem Jeffries", "Jeffries", "House Democratic leader", "House Minority Leader", "House Democrats",
      "Katherine Clark", "Pete Aguilar", "Aguilar"]),
    ("centrist-democrats", "The centrist Senate Democrats and independents who struck the November deal "
     "(Shaheen, Hassan, Kaine, Durbin, Cortez Masto, Rosen, Fetterman, King)",
     ["Jeanne Shaheen", "Shaheen", "Maggie Hassan", "Hassan", "Tim Kaine", "Kaine", "Dick Durbin", "Durbin",
      "Catherine Cortez Masto", "Cortez Masto", "Jacky Rosen", "Rosen", "John Fetterman", "Fetterman",
      "Angus King", "King", "centrist Democrats", "centrist Senate Democrats", "moderate Democrats",
      "the group of eight"]),
]

ISSUES = [
    ("extend-aca-credits",
     "Congress extends the enhanced Affordable Care Act premium tax credits beyond 2025",
     "The enhanced ACA (Obamacare) premium subsidies, due to expire at the end of 2025, are extended by law, "
     "in whatever vehicle.",
     ["premium tax credits", "health insurance subsidies", "Obamacare subsidies", "ACA subsidies",
      "enhanced credits", "extend the tax credits", "extension"]),
    ("pass-stopgap",
     "Congress passes the Republican stopgap bill to reopen the government without an extension of the ACA credits",
     "The House-passed continuing resolution (including the Senate-amended version that carried the November deal: "
     "a stopgap to Jan. 30 plus three full-year spending bills) is enacted, reopening the government without "
     "itself extending the health subsidies.",
     ["stopgap", "continuing resolution", "funding bill", "House-passed bill", "reopen the government",
      "clean bill", "package"]),
    ("december-vote",
     "The Senate holds a separate vote on extending the ACA credits after the government reopens (the promised "
     "December vote)",
     "Senate leaders schedule a stand-alone floor vote on legislation extending the credits once the shutdown is "
     "over, as promised in the November deal for the second week of December.",
     ["vote on the tax credits", "December vote", "promised vote", "vote by mid-December", "commitment to a vote"]),
    ("full-snap-benefits",
     "The administration pays full November SNAP food benefits",
     "The Agriculture Department pays the full November allotments of the Supplemental Nutrition Assistance Program "
     "despite the lapse in appropriations, for example by tapping its contingency reserve.",
     ["SNAP", "food stamp benefits", "food aid", "contingency fund", "full benefits", "partial benefits"]),
    ("scrap-filibuster",
     "The Senate scraps the 60-vote filibuster rule so that funding can pass by simple majority",
     "Senate Republicans use the so-called nuclear option to abolish (or carve out) the 60-vote threshold.",
     ["filibuster", "nuclear option", "60-vote rule", "simple majority", "change the rules"]),
    ("reverse-layoffs",
     "The layoffs of federal workers ordered during the shutdown are reversed",
     "The reduction-in-force notices sent to federal employees during the shutdown are cancelled and the workers "
     "reinstated.",
     ["layoffs", "layoff notices", "reductions in force", "firings", "rescind", "reinstate"]),
]

BASELINE = [
    ("trump", "extend-aca-credits", "oppose"),
    ("trump", "pass-stopgap", "support"),
    ("senate-republicans", "extend-aca-credits", "conditional"),
    ("senate-republicans", "pass-stopgap", "support"),
    ("senate-republicans", "scrap-filibuster", "oppose"),
    ("house-republicans", "extend-aca-credits", "oppose"),
    ("house-republicans", "pass-stopgap", "support"),
    ("senate-democrats", "extend-aca-credits", "support"),
    ("senate-democrats", "pass-stopgap", "oppose"),
    ("senate-democrats", "scrap-filibuster", "oppose"),
    ("house-democrats", "extend-aca-credits", "support"),
    ("house-democrats", "pass-stopgap", "oppose"),
    ("centrist-democrats", "extend-aca-credits", "support"),
    ("centrist-democrats", "pass-stopgap", "oppose"),
]

# --------------------------------------------------------------------------------------
# Articles, in publication order. claims: (actor, issue, stance, quote, attributed)
# --------------------------------------------------------------------------------------
S, O, C = "support", "oppose", "conditional"

ARTICLES = [
    dict(
        published="2025-09-19T21:30:00Z", source="Continental Wire",
        slug="house-passes-stopgap-senate-rejects-both-bills",
        title="House passes Republican stopgap as Senate rejects both funding bills",
        text="""WASHINGTON, Sept 19 (Continental Wire) - The Republican-led House of Representatives narrowly approved a stopgap bill on Friday that would keep federal agencies funded through Nov. 21, but hours later the measure stalled in the Senate, raising the odds of a government shutdown on Oct. 1.

The continuing resolution passed 217-212, largely along party lines. House Speaker Mike Johnson called it a clean, short-term bill and said Democrats would be to blame for any shutdown if they blocked it. President Donald Trump had urged Republicans to vote for it.

In the Senate, the House bill fell short of the 60 votes needed to advance. A Democratic alternative, which would have extended the enhanced Affordable Care Act premium tax credits and reversed Medicaid cuts enacted in July, also failed.

Senate Democratic leader Chuck Schumer said Democrats would not vote for a Republican bill that let health insurance premiums soar for millions of families. House Democratic leader Hakeem Jeffries said his caucus had voted against the measure because it did nothing to protect health care.

Senate Majority Leader John Thune said the tax credits did not expire until the end of December and could be taken up separately later in the year.

Both chambers then left Washington for a week-long recess.""",
        claims=[
            ("house-republicans", "pass-stopgap", S, "Johnson called it a clean, short-term bill", True),
            ("trump", "pass-stopgap", S, "President Donald Trump had urged Republicans to vote for it", True),
            ("senate-democrats", "extend-aca-credits", S,
             "A Democratic alternative, which would have extended the enhanced Affordable Care Act premium tax credits",
             True),
            ("senate-democrats", "pass-stopgap", O,
             "Democrats would not vote for a Republican bill that let health insurance premiums soar", True),
            ("house-democrats", "pass-stopgap", O,
             "his caucus had voted against the measure because it did nothing to protect health care", True),
            ("senate-republicans", "extend-aca-credits", C, "could be taken up separately later in the year", True),
        ],
    ),
    dict(
        published="2025-09-23T19:00:00Z", source="Potomac Ledger",
        slug="trump-calls-off-meeting-with-democratic-leaders",
        title="Trump calls off meeting with Democratic leaders over health care demands",
        text="""WASHINGTON, Sept 23 (Potomac Ledger) - President Donald Trump on Tuesday called off a planned meeting with the top Democrats in Congress, saying their demands were not serious and that sitting down with them could not be productive.

In a social media post, Trump accused Democrats of wanting to hand out free health care to immigrants in the country illegally, and he rejected their push to extend the health insurance subsidies as part of a funding deal.

Senate Democratic leader Chuck Schumer and House Democratic leader Hakeem Jeffries said in a joint statement that the president was running away from the negotiating table. They said Democrats remained ready to meet at any time but would not back a spending bill that ignored the health care crisis facing working families.

The House has already passed a stopgap bill, and Republicans need the votes of at least seven Senate Democrats to send it to the president's desk.

Funding for most federal agencies runs out at midnight on Sept. 30. The White House budget office has told agencies to review their plans for a lapse in appropriations.""",
        claims=[
            ("trump", "extend-aca-credits", O, "he rejected their push to extend the health insurance subsidies", True),
            ("senate-democrats", "pass-stopgap", O,
             "would not back a spending bill that ignored the health care crisis", True),
            ("house-democrats", "pass-stopgap", O,
             "would not back a spending bill that ignored the health care crisis", True),
        ],
    ),
    dict(
        published="2025-09-29T22:00:00Z", source="Lakeshore Courier",
        slug="trump-congressional-leaders-meet-at-white-house",
        title="Trump and congressional leaders meet at White House as shutdown looms",
        text="""WASHINGTON, Sept 29 (Lakeshore Courier) - President Donald Trump met the four top leaders of Congress at the White House on Monday, little more than a day before federal funding runs out, and both sides came away describing a wide gap.

The session in the Oval Office brought together Senate Majority Leader John Thune, House Speaker Mike Johnson, Senate Democratic leader Chuck Schumer and House Democratic leader Hakeem Jeffries. It was the first time the president had sat down with the Democratic leaders since returning to office in January.

Speaking to reporters on the White House driveway afterwards, Vice President JD Vance said he thought the country was headed into a shutdown. Jeffries said significant differences remained and declined to say whether Democrats had put any new offer on the table. Schumer described the conversation as frank.

Thune said the Senate would vote again on Tuesday. Aides to both sides said no further meeting had been scheduled.

Agencies have begun publishing contingency plans that list which employees would be sent home without pay if the money lapses at midnight on Tuesday.""",
        claims=[],
    ),
    dict(
        published="2025-10-01T05:30:00Z", source="Continental Wire",
        slug="us-government-shuts-down-after-senate-deadlock",
        title="US government shuts down after Senate deadlock",
        text="""WASHINGTON, Oct 1 (Continental Wire) - The US government shut down at 12:01 a.m. on Wednesday for the first time in almost seven years, after the Senate failed to pass a stopgap funding bill and the two parties blamed each other for the lapse.

The Republican bill won 55 votes late on Tuesday, short of the 60 it needed. Most Democrats voted no, insisting that any deal to reopen the government must extend the enhanced Affordable Care Act subsidies that help more than 20 million people pay for coverage.

Senate Majority Leader John Thune said Republicans would keep bringing the House-passed bill back to the floor until enough Democrats changed their minds. He said the bill was clean and that Democrats had voted for similar ones many times before.

Schumer said Republicans owned the shutdown and that Democrats would not give in while premiums were set to double for many families.

The White House said in a statement that Democrats had shut the government to protect health care for illegal immigrants, a charge Democrats rejected.

Roughly 750,000 federal employees are expected to be furloughed each day. Troops and air traffic controllers must keep working without pay.""",
        claims=[
            ("senate-democrats", "pass-stopgap", O, "Most Democrats voted no", True),
            ("senate-democrats", "extend-aca-credits", S, "must extend the enhanced Affordable Care Act subsidies", True),
            ("senate-republicans", "pass-stopgap", S,
             "would keep bringing the House-passed bill back to the floor", True),
        ],
    ),
    dict(
        published="2025-10-01T09:10:00Z", source="Potomac Ledger",
        slug="federal-government-shuts-down-as-senate-vote-fails",
        title="Federal government shuts down as Senate vote fails",
        text="""WASHINGTON, Oct 1 (Potomac Ledger) - The US federal government shut down at 12:01 a.m. on Wednesday, its first lapse in funding in nearly seven years, after a stopgap bill failed in the Senate and each party blamed the other.

The Republican measure received 55 votes on Tuesday night, five short of the 60 required. Most Democrats voted no, insisting that any deal to reopen the government must extend the enhanced Affordable Care Act subsidies that help more than 20 million Americans afford coverage.

Senate Majority Leader John Thune said Republicans would keep bringing the House-passed bill back to the floor until enough Democrats relented, adding that it was a clean bill of the kind Democrats had supported many times.

Schumer said the shutdown belonged to Republicans and that Democrats would not give in while premiums were set to double for many families.

In a statement, the White House accused Democrats of closing the government to protect health care for illegal immigrants. Democrats rejected the charge.

About 750,000 federal workers are expected to be furloughed each day, while troops and air traffic controllers must work without pay.""",
        claims=[
            ("senate-democrats", "pass-stopgap", O, "Most Democrats voted no", True),
            ("senate-democrats", "extend-aca-credits", S, "must extend the enhanced Affordable Care Act subsidies", True),
            ("senate-republicans", "pass-stopgap", S,
             "would keep bringing the House-passed bill back to the floor", True),
        ],
    ),
    dict(
        published="2025-10-06T21:00:00Z", source="Granite Post",
        slug="trump-signals-health-care-deal-with-democrats",
        title="Trump signals health care deal with Democrats",
        text="""WASHINGTON, Oct 6 (Granite Post) - President Donald Trump said on Monday he was open to a deal with Democrats on the expiring health insurance subsidies, but he later made clear that any agreement would have to wait until the government reopened.

Speaking to reporters in the Oval Office, Trump said his administration was talking with Democrats and that he would like to see a deal done on health care. Hours later, he wrote online that he was happy to work with Democrats on health care once the government was open again.

The remarks were the first hint of flexibility from the president, who two weeks ago had rejected the Democratic demand outright. Schumer disputed that any talks were under way.

Senate Majority Leader John Thune told reporters that many Republicans were willing to discuss the credits, including possible income limits, but not while the government remained closed.

The Senate failed on Monday for a fifth time to advance the House-passed stopgap, with no senator changing sides. The shutdown is now in its sixth day, and agencies have begun warning that some workers could miss their next paychecks.""",
        claims=[
            ("trump", "extend-aca-credits", C,
             "open to a deal with Democrats on the expiring health insurance subsidies", True),
            ("senate-republicans", "extend-aca-credits", C,
             "willing to discuss the credits, including possible income limits", True),
        ],
    ),
    dict(
        published="2025-10-08T20:00:00Z", source="Lakeshore Courier",
        slug="thune-offers-democrats-later-vote-on-subsidies",
        title="Thune offers Democrats a later vote on health subsidies",
        text="""WASHINGTON, Oct 8 (Lakeshore Courier) - Senate Majority Leader John Thune said on Wednesday that Democrats could get a Senate vote on extending the health insurance subsidies, but only after they help reopen the government.

Thune told reporters at the Capitol that he was prepared to let Democrats bring a bill on the tax credits to the floor at a later date in exchange for the votes needed to pass the stopgap. He said he could not promise how such a vote would turn out.

Democratic leaders brushed the idea aside. House Democratic leader Hakeem Jeffries said Democrats would not trade their votes on the funding bill for a vague promise, and that House Democrats wanted the extension written into law now.

A few Republicans have broken ranks. Representative Marjorie Taylor Greene of Georgia said this week that letting the credits lapse would double premiums for families in her district and that she would vote to extend them.

The House has not held a vote since Sept. 19. Speaker Mike Johnson has kept members at home, saying the House did its job by passing the stopgap and the Senate should now approve it.""",
        claims=[
            ("senate-republicans", "december-vote", C,
             "Democrats could get a Senate vote on extending the health insurance subsidies", True),
            ("senate-republicans", "pass-stopgap", S, "in exchange for the votes needed to pass the stopgap", True),
            ("house-democrats", "pass-stopgap", O,
             "would not trade their votes on the funding bill for a vague promise", True),
            ("house-democrats", "extend-aca-credits", S, "House Democrats wanted the extension written into law now",
             True),
            ("house-republicans", "pass-stopgap", S, "saying the House did its job by passing the stopgap", True),
        ],
    ),
    dict(
        published="2025-10-10T22:00:00Z", source="Tidewater Report",
        slug="administration-begins-shutdown-layoffs",
        title="Administration begins shutdown layoffs of federal workers",
        text="""WASHINGTON, Oct 10 (Tidewater Report) - The Trump administration began laying off federal employees on Friday, the 10th day of the shutdown, carrying out a threat that unions and Democrats had called illegal.

Russ Vought, director of the Office of Management and Budget, wrote on social media that the layoffs had started. Court filings showed that more than 4,000 workers at agencies including the Treasury, Education and Health and Human Services departments were receiving notices.

Trump told reporters that the cuts would fall on programs Democrats liked and suggested that many of the jobs would not be coming back.

Senate Democratic leader Chuck Schumer called the firings cruel and needless and urged the administration to rescind them. Two unions asked a federal judge in San Francisco to block the notices, arguing that a lapse in funding did not give agencies authority to dismiss staff.

Senator Susan Collins of Maine, the Republican chair of the Appropriations Committee, said she objected to the layoffs and that they should be reversed once the government reopened.

The shutdown has already forced the furlough of hundreds of thousands of workers, and many employees are due to miss a full paycheck later this month.""",
        claims=[
            ("trump", "reverse-layoffs", O, "suggested that many of the jobs would not be coming back", True),
            ("senate-democrats", "reverse-layoffs", S, "urged the administration to rescind them", True),
        ],
    ),
    dict(
        published="2025-10-13T18:00:00Z", source="Continental Wire",
        slug="johnson-says-shutdown-could-be-among-longest",
        title="Johnson says shutdown could become one of the longest",
        text="""WASHINGTON, Oct 13 (Continental Wire) - House Speaker Mike Johnson said on Monday the country was heading toward one of the longest shutdowns in its history and that he would not negotiate with Democrats on health care while the government remained closed.

At his daily news conference in the Capitol, Johnson said the enhanced Obamacare subsidies were a pandemic-era program riddled with waste that Republicans had never intended to make permanent. He said the House had already passed a clean bill and that the Senate Democrats were the only obstacle.

He also said he would not swear in Adelita Grijalva, a Democrat who won a special election in Arizona last month, until the House returned to regular business. Democrats accused him of stalling her oath to delay a petition seeking the release of files on Jeffrey Epstein.

Schumer said Democrats were growing stronger each day as more voters learned about the premium increases coming in January.

Polls published in recent days show more Americans blame Republicans than Democrats for the shutdown, though large numbers blame both parties equally.""",
        claims=[
            ("house-republicans", "extend-aca-credits", O,
             "riddled with waste that Republicans had never intended to make permanent", True),
            ("house-republicans", "pass-stopgap", S, "the House had already passed a clean bill", True),
            ("senate-democrats", "pass-stopgap", O, "the Senate Democrats were the only obstacle", False),
        ],
    ),
    dict(
        published="2025-10-16T23:00:00Z", source="Granite Post",
        slug="centrist-democrats-open-talks-with-republicans",
        title="Centrist Democrats open talks with Republicans on ending shutdown",
        text="""WASHINGTON, Oct 16 (Granite Post) - A group of centrist Senate Democrats has opened informal talks with Republicans on a path out of the shutdown, signalling for the first time that some in the party could vote to reopen the government without first securing an extension of the health subsidies.

Senator Jeanne Shaheen of New Hampshire, who is leading the effort, said on Thursday that she and like-minded colleagues would be willing to back the stopgap if Republicans offered a credible commitment to a vote on the tax credits and protection for federal workers. She stressed that no agreement had been reached.

The group also includes Maggie Hassan of New Hampshire and Tim Kaine of Virginia, whose state is home to tens of thousands of federal employees.

A spokesman for Senate Democratic leader Chuck Schumer said the caucus remained united and that any deal had to extend the tax credits before premiums rise.

Thune welcomed the conversations but said the stopgap would not be reopened to add the subsidies.

The Senate failed on Thursday for a 10th time to advance the House-passed bill.""",
        claims=[
            ("centrist-democrats", "pass-stopgap", C,
             "would be willing to back the stopgap if Republicans offered a credible commitment", True),
            ("senate-democrats", "extend-aca-credits", S,
             "any deal had to extend the tax credits before premiums rise", True),
            ("senate-republicans", "pass-stopgap", S, "the stopgap would not be reopened to add the subsidies", True),
        ],
    ),
    dict(
        published="2025-10-18T21:00:00Z", source="Lakeshore Courier",
        slug="crowds-rally-in-no-kings-protests",
        title="Crowds rally in 'No Kings' protests as shutdown nears three weeks",
        text="""NEW YORK, Oct 18 (Lakeshore Courier) - Large crowds marched in cities across the United States on Saturday in a second round of "No Kings" protests against President Donald Trump, as the government shutdown reached its 18th day.

Organisers said more than 2,500 events had been registered, from small towns to a rally in Times Square that filled several blocks. Police in New York and Washington reported no arrests connected to the demonstrations by late afternoon.

Earlier in the week, House Speaker Mike Johnson had described the planned rallies as gatherings of people who hate America, a remark organisers said would only increase turnout. Trump told an interviewer he was not a king.

In Washington, protesters gathered along Pennsylvania Avenue between the White House and the Capitol, where the Senate has been deadlocked for weeks over funding and health care.

Political analysts said the protests were unlikely to shift the standoff in Congress, where neither party has shown signs of giving ground, though some said a large turnout could stiffen Democratic resolve.""",
        claims=[],
    ),
    dict(
        published="2025-10-23T22:30:00Z", source="Potomac Ledger",
        slug="senate-blocks-rival-bills-to-pay-federal-workers",
        title="Senate blocks rival bills to pay federal workers during shutdown",
        text="""WASHINGTON, Oct 23 (Potomac Ledger) - Senate Democrats on Thursday blocked a Republican bill to pay federal employees who are working without pay during the shutdown, and a rival Democratic plan also failed, leaving hundreds of thousands of workers facing another missed paycheck.

The Republican measure, written by Senator Ron Johnson of Wisconsin, would have paid troops and employees deemed essential. Johnson said it was unconscionable to leave them without pay. Democrats said the bill would let the administration pick which workers got paid and would do nothing for those who had been furloughed.

Schumer said the surest way to pay everyone was for Republicans to agree to extend the tax credits so the government could reopen.

Senate Majority Leader John Thune said Democrats had now voted a dozen times to keep the government closed. He said Republicans would not reward what he called hostage-taking by attaching health care to the stopgap.

The shutdown, in its 23rd day, is now the second longest on record. Air traffic controllers, who are working without pay, have been calling in sick in greater numbers, causing delays at several airports.""",
        claims=[
            ("senate-democrats", "extend-aca-credits", S, "for Republicans to agree to extend the tax credits", True),
            ("senate-republicans", "pass-stopgap", S,
             "would not reward what he called hostage-taking by attaching health care to the stopgap", True),
            ("senate-democrats", "pass-stopgap", O,
             "Democrats had now voted a dozen times to keep the government closed", False),
        ],
    ),
    dict(
        published="2025-10-26T16:00:00Z", source="Tidewater Report",
        slug="usda-says-food-benefits-will-not-go-out-nov-1",
        title="Food stamp benefits will not go out on Nov. 1, USDA says",
        text="""WASHINGTON, Oct 26 (Tidewater Report) - The Agriculture Department said this weekend that food stamp benefits for about 42 million Americans would not be paid on Nov. 1 if the shutdown continued, and that it would not tap a roughly $5 billion contingency fund to cover them.

A notice posted on the department's website blamed Senate Democrats for the lapse. In a memo to states, the department said the reserve was legally available only for emergencies such as natural disasters and could not be used for regular monthly benefits.

Agriculture Secretary Brooke Rollins said on Sunday that the administration's hands were tied and that Democrats could restore the benefits at once by voting to reopen the government.

House Democratic leader Hakeem Jeffries said it was unconscionable to let families go hungry while money sat unused, and called on the administration to use the reserve to pay full benefits.

Governors and attorneys general from about two dozen states, most of them Democrats, have said they will go to court to force the payments.

Food banks in several states said they were preparing for a sharp rise in demand in the first week of November.""",
        claims=[
            ("trump", "full-snap-benefits", O, "it would not tap a roughly $5 billion contingency fund to cover them",
             True),
            ("house-democrats", "full-snap-benefits", S,
             "called on the administration to use the reserve to pay full benefits", True),
        ],
    ),
    dict(
        published="2025-10-31T14:00:00Z", source="Continental Wire",
        slug="trump-urges-senate-republicans-to-scrap-filibuster",
        title="Trump urges Senate Republicans to scrap the filibuster",
        text="""WASHINGTON, Oct 31 (Continental Wire) - President Donald Trump has called on Senate Republicans to get rid of the filibuster so they can reopen the government without Democratic votes, reviving a demand that the party's Senate leaders have long resisted.

In a late-night post written as he flew back from a trip to Asia, Trump said Republicans should use the so-called nuclear option and end the 60-vote rule right away.

A spokesman for Senate Majority Leader John Thune said on Friday that the leader's opposition to ending the filibuster had not changed. Thune has argued that the rule protects whichever party is in the minority and that Republicans would regret losing it the next time Democrats hold the Senate.

Several other Republican senators said on Friday that they would not vote to change the rules, and the party holds only 53 of the 100 seats.

Democrats noted that Trump had made the same demand during his first term. Political analysts said the post was more likely to raise pressure on Democrats than to change any votes.""",
        claims=[
            ("trump", "scrap-filibuster", S,
             "Republicans should use the so-called nuclear option and end the 60-vote rule", True),
            ("senate-republicans", "scrap-filibuster", O,
             "the leader's opposition to ending the filibuster had not changed", True),
        ],
    ),
    dict(
        published="2025-10-31T23:30:00Z", source="Potomac Ledger",
        slug="judges-order-food-aid-trump-says-he-will-fund-if-courts-clarify",
        title="Judges order food aid paid; Trump says he will fund it if courts clarify",
        text="""PROVIDENCE, Oct 31 (Potomac Ledger) - Two federal judges ruled on Friday that the Trump administration must use emergency reserves to keep food stamp benefits flowing during the shutdown, and President Donald Trump said hours later that he would fund the program if the courts told him how to do so legally.

Judges in Rhode Island and Massachusetts found that the Agriculture Department's refusal to tap a contingency fund was likely unlawful. The Massachusetts judge gave the administration until Monday to say whether it would pay full or partial benefits for November.

In a social media post, Trump said government lawyers did not believe they had the legal authority to make the payments, but that he would be honoured to provide the money if the court gave appropriate legal direction. He said he had asked the judges to clarify.

House Democratic leader Hakeem Jeffries said the rulings proved the administration could have paid all along and should release the full benefits at once.

About one in eight Americans relies on the program, which is formally known as the Supplemental Nutrition Assistance Program, or SNAP.""",
        claims=[
            ("trump", "full-snap-benefits", C,
             "he would be honoured to provide the money if the court gave appropriate legal direction", True),
            ("house-democrats", "full-snap-benefits", S, "should release the full benefits at once", True),
        ],
    ),
    dict(
        published="2025-11-03T22:00:00Z", source="Lakeshore Courier",
        slug="administration-to-pay-half-of-november-food-benefits",
        title="Administration says it will pay half of November food benefits",
        text="""WASHINGTON, Nov 3 (Lakeshore Courier) - The Trump administration told a federal court on Monday that it would use emergency funds to pay about half of the usual food stamp benefits for November, but would not draw on other money to cover the full amount.

In a filing in Rhode Island, the Agriculture Department said the roughly $4.65 billion contingency fund would cover 50 percent of eligible households' normal allotments. It said it would not tap a separate child nutrition account because that would leave school meal programs short.

Officials warned that some states could need weeks to recalculate benefits, so many families may not see any money for some time.

Democrats said the plan fell short. Senate Democratic leader Chuck Schumer said the administration was choosing to let children go hungry and urged it to pay every eligible family in full.

Senate Democrats plan to hold a news conference with food bank directors on Tuesday.

The shutdown is one day away from matching the 35-day record set in 2018 and 2019.""",
        claims=[
            ("trump", "full-snap-benefits", C,
             "would use emergency funds to pay about half of the usual food stamp benefits", True),
            ("senate-democrats", "full-snap-benefits", S, "urged it to pay every eligible family in full", True),
        ],
    ),
    dict(
        published="2025-11-04T20:00:00Z", source="Continental Wire",
        slug="trump-says-food-aid-only-when-democrats-reopen-government",
        title="Trump says food aid will flow only when Democrats reopen government",
        text="""WASHINGTON, Nov 4 (Continental Wire) - President Donald Trump said on Tuesday that food stamp benefits would be paid only once Democrats voted to reopen the government, a day after his administration told a court it would cover half of November's payments.

The post on his social media site appeared to contradict the court filing and drew sharp criticism from anti-hunger groups, which said families had already gone several days without help.

Press secretary Karoline Leavitt later told reporters that the administration was complying with the court order and would pay partial benefits, but that full payments depended on Congress ending the shutdown. She said the president did not want anyone to go hungry.

Senate Democratic leader Chuck Schumer accused Trump of holding food aid hostage. House Democratic leader Hakeem Jeffries called the post cruel.

Voters went to the polls on Tuesday in Virginia, New Jersey and New York City in the first major elections since the shutdown began. The closure also matched the record of 35 days set during Trump's first term.""",
        claims=[
            ("trump", "full-snap-benefits", C,
             "food stamp benefits would be paid only once Democrats voted to reopen the government", True),
        ],
    ),
    dict(
        published="2025-11-05T19:00:00Z", source="Tidewater Report",
        slug="trump-tells-republican-senators-to-end-filibuster",
        title="Trump tells Republican senators to end filibuster after election losses",
        text="""WASHINGTON, Nov 5 (Tidewater Report) - President Donald Trump told Republican senators at a White House breakfast on Wednesday that they must end the filibuster and reopen the government, a day after Democrats swept governor's races in Virginia and New Jersey.

Trump said the shutdown had been a big factor in the results and that Republicans would keep losing unless they scrapped the 60-vote rule and passed their own agenda.

After the breakfast, Senate Majority Leader John Thune told reporters that the votes to change the rule were not there. He said his own opposition to scrapping the filibuster had not changed, and that many Republican senators feared what Democrats would do with a simple majority.

The shutdown became the longest in US history on Wednesday, surpassing the 35-day closure of 2018 and 2019.

Senate Democratic leader Chuck Schumer said the election results were a warning to Republicans. He said Democrats still wanted the tax credits extended and were ready to talk as soon as Republicans were.""",
        claims=[
            ("trump", "scrap-filibuster", S, "Republicans would keep losing unless they scrapped the 60-vote rule", True),
            ("senate-republicans", "scrap-filibuster", O,
             "his own opposition to scrapping the filibuster had not changed", True),
            ("senate-democrats", "extend-aca-credits", S, "Democrats still wanted the tax credits extended", True),
        ],
    ),
    dict(
        published="2025-11-06T21:00:00Z", source="Granite Post",
        slug="faa-orders-flight-cuts-at-40-airports",
        title="FAA orders flight cuts at 40 airports as controller shortages grow",
        text="""WASHINGTON, Nov 6 (Granite Post) - The Federal Aviation Administration will cut flights at 40 of the busiest US airports starting on Friday because of strain on air traffic controllers who have worked without pay for more than a month, Transportation Secretary Sean Duffy said on Thursday.

The reductions will begin at 4 percent of scheduled flights and rise to 10 percent by next week if the shutdown continues, officials said. Airlines said they would contact affected passengers and offer refunds.

Duffy said the decision was about safety and that the cuts would be lifted once controllers were being paid again. He declined to say how long the reductions might last.

Airline executives urged Congress to end the shutdown before the Thanksgiving travel period. Analysts said disruption at major hubs could ripple across the country within days.

In the Senate, where talks among a group of centrist Democrats and Republicans continued behind closed doors, no vote was scheduled for Thursday. Aides said an agreement could come together over the weekend but cautioned that it was far from certain.""",
        claims=[],
    ),
    dict(
        published="2025-11-07T20:00:00Z", source="Potomac Ledger",
        slug="schumer-offers-to-reopen-government-for-one-year-extension",
        title="Schumer offers to reopen government in return for one-year subsidy extension",
        text="""WASHINGTON, Nov 7 (Potomac Ledger) - Senate Democratic leader Chuck Schumer offered on Friday to supply the votes to reopen the government if Republicans agreed to a one-year extension of the enhanced health insurance tax credits, a narrower demand than the one Democrats made at the start of the shutdown.

Speaking on the Senate floor, Schumer called the offer simple and reasonable and said a bipartisan committee could then work on longer-term changes to the subsidies. Until Republicans accepted, he said, Democrats would keep voting against the House bill.

Republicans turned it down within hours. Senate Majority Leader John Thune called the proposal a non-starter because it tied the subsidies to the funding bill, but repeated that Republicans were open to discussing the credits once the government reopened.

House Democratic leader Hakeem Jeffries backed Schumer's offer and said House Democrats would not accept any deal that did not extend the credits.

The shutdown entered its 38th day. A growing number of Democratic senators have said privately that they are looking for a way out, according to people familiar with the talks.""",
        claims=[
            ("senate-democrats", "extend-aca-credits", S,
             "agreed to a one-year extension of the enhanced health insurance tax credits", True),
            ("senate-democrats", "pass-stopgap", O, "Democrats would keep voting against the House bill", True),
            ("senate-republicans", "extend-aca-credits", C,
             "open to discussing the credits once the government reopened", True),
            ("house-democrats", "extend-aca-credits", S,
             "would not accept any deal that did not extend the credits", True),
        ],
    ),
    dict(
        published="2025-11-08T15:00:00Z", source="Lakeshore Courier",
        slug="administration-asks-supreme-court-to-block-full-food-aid",
        title="Administration asks Supreme Court to block full food aid order",
        text="""WASHINGTON, Nov 8 (Lakeshore Courier) - The Trump administration has asked the Supreme Court to block a judge's order requiring it to pay full November food stamp benefits, and on Saturday told states that had already issued full payments to undo them.

In its emergency request, the Justice Department argued that a lower court could not force the government to spend money Congress had not provided. Justice Ketanji Brown Jackson temporarily paused the order late on Friday while an appeals court considers the case.

In a memo to states, the Agriculture Department said any steps taken to pay the full amounts were unauthorised and must be reversed, and warned that states that did not comply could face financial penalties.

Several states, including Wisconsin, had loaded full benefits onto recipients' cards within hours of Thursday's ruling. Some governors said they would not claw the money back.

House Democratic leader Hakeem Jeffries said the administration was spending more effort fighting hungry families in court than feeding them, and called on it to drop the appeal and pay the benefits in full.""",
        claims=[
            ("trump", "full-snap-benefits", O,
             "block a judge's order requiring it to pay full November food stamp benefits", True),
            ("house-democrats", "full-snap-benefits", S, "drop the appeal and pay the benefits in full", True),
        ],
    ),
    dict(
        published="2025-11-08T23:00:00Z", source="Continental Wire",
        slug="trump-wants-subsidy-money-sent-directly-to-people",
        title="Trump wants health subsidy money sent directly to people, not insurers",
        text="""WASHINGTON, Nov 8 (Continental Wire) - President Donald Trump on Saturday urged Senate Republicans to stop paying the Obamacare subsidies to insurance companies and to send the money directly to Americans so they can buy their own coverage, a proposal that cuts against Democrats' demand to extend the credits.

In a post on social media, Trump called the insurers money-sucking and said the hundreds of billions of dollars flowing to them should go straight to the people instead. He told Republicans to use the money to fix what he called a broken health care system.

Several Republican senators, including Rick Scott of Florida and Bill Cassidy of Louisiana, have floated ideas along similar lines, such as depositing the money in health savings accounts.

A spokesman for House Democratic leader Hakeem Jeffries said Democrats would keep pushing to extend the tax credits and would not let Republicans push families onto junk insurance.

Senators held a rare Saturday session in Washington. Aides said talks between a group of centrist Democrats and Senate Republican leaders had made progress, but no deal was announced.""",
        claims=[
            ("trump", "extend-aca-credits", O, "stop paying the Obamacare subsidies to insurance companies", True),
            ("house-democrats", "extend-aca-credits", S, "would keep pushing to extend the tax credits", True),
        ],
    ),
    dict(
        published="2025-11-09T22:40:00Z", source="Granite Post",
        slug="centrist-democrats-strike-deal-to-end-shutdown",
        title="Centrist Democrats strike deal with Republicans to end shutdown",
        text="""WASHINGTON, Nov 9 (Granite Post) - A group of eight Senate Democrats and independents agreed on Sunday to advance a bill that would reopen the federal government, breaking with their leadership and accepting a promise of a December vote on the health subsidies instead of a guaranteed extension.

The package, worked out over several weeks with a group of Republican senators, pairs a stopgap running to Jan. 30 with three full-year spending bills, including one that funds food aid through next September. It also reverses layoffs made during the shutdown and guarantees back pay for federal workers.

Senate Majority Leader John Thune committed to hold a vote by the second week of December on a bill of Democrats' choosing to extend the tax credits.

Senator Jeanne Shaheen of New Hampshire said the group would vote for the package because it was the best deal available and the shutdown was hurting too many people. She said the fight to extend the credits would go on. Senator Tim Kaine of Virginia said the reversal of the layoffs had been essential for him.

Senate Democratic leader Chuck Schumer said he could not in good conscience support the bill because it did nothing to address the health care crisis.

The Senate was expected to hold a first procedural vote late on Sunday.""",
        claims=[
            ("centrist-democrats", "december-vote", S,
             "accepting a promise of a December vote on the health subsidies", True),
            ("senate-republicans", "december-vote", S,
             "Thune committed to hold a vote by the second week of December", True),
            ("centrist-democrats", "pass-stopgap", S,
             "the group would vote for the package because it was the best deal available", True),
            ("centrist-democrats", "extend-aca-credits", S, "the fight to extend the credits would go on", True),
            ("centrist-democrats", "reverse-layoffs", S, "the reversal of the layoffs had been essential for him",
             True),
            ("senate-democrats", "pass-stopgap", O, "could not in good conscience support the bill", True),
        ],
    ),
    dict(
        published="2025-11-09T23:50:00Z", source="Tidewater Report",
        slug="eight-senate-democrats-break-ranks-to-advance-deal",
        title="Eight Senate Democrats break ranks to advance deal ending shutdown",
        text="""WASHINGTON, Nov 9 (Tidewater Report) - Eight Senate Democrats and independents agreed on Sunday to advance legislation reopening the federal government, defying their leaders and accepting a promise of a December vote on the health subsidies rather than a guaranteed extension.

The package, hammered out over several weeks with a group of Republican senators, combines a stopgap lasting until Jan. 30 with three full-year spending bills, one of which funds food aid through next September. It also reverses layoffs carried out during the shutdown and guarantees back pay for federal employees.

Senate Majority Leader John Thune committed to hold a vote by the second week of December on a bill of Democrats' choosing to extend the tax credits.

Senator Jeanne Shaheen of New Hampshire said the group would vote for the package because it was the best deal available, adding that the shutdown was hurting too many people and that the fight to extend the credits would go on. Senator Tim Kaine of Virginia said the reversal of the layoffs had been essential for him.

Senate Democratic leader Chuck Schumer said he could not in good conscience support the bill, saying it did nothing about the health care crisis.

A first procedural vote was expected late on Sunday night.""",
        claims=[
            ("centrist-democrats", "december-vote", S,
             "accepting a promise of a December vote on the health subsidies", True),
            ("senate-republicans", "december-vote", S,
             "Thune committed to hold a vote by the second week of December", True),
            ("centrist-democrats", "pass-stopgap", S,
             "the group would vote for the package because it was the best deal available", True),
            ("centrist-democrats", "extend-aca-credits", S, "the fight to extend the credits would go on", True),
            ("centrist-democrats", "reverse-layoffs", S, "the reversal of the layoffs had been essential for him",
             True),
            ("senate-democrats", "pass-stopgap", O, "could not in good conscience support the bill", True),
        ],
    ),
    dict(
        published="2025-11-11T02:00:00Z", source="Potomac Ledger",
        slug="senate-passes-bill-to-end-shutdown",
        title="Senate passes bill to end shutdown, sending it to the House",
        text="""WASHINGTON, Nov 11 (Potomac Ledger) - The Senate voted 60-40 on Monday evening to pass a bill reopening the federal government, sending the measure to the House, where a vote is expected on Wednesday.

President Donald Trump told reporters at the White House that the agreement was very good and that he would sign it as soon as it reached his desk.

Schumer, who voted against the bill, faced calls from several House progressives to step aside as leader. He said Democrats had forced a national debate on health care and would use the December vote to make every Republican go on the record on the tax credits.

Senator Rand Paul of Kentucky was the only Republican to vote no.

House Democratic leader Hakeem Jeffries said House Democrats would oppose the bill when it comes to the floor because it did nothing about health care costs. He said he had spoken with Schumer and that the two remained united.

Speaker Mike Johnson has told House members to return to Washington as soon as possible, although flight cuts at major airports have complicated travel.""",
        claims=[
            ("trump", "pass-stopgap", S, "he would sign it as soon as it reached his desk", True),
            ("senate-democrats", "pass-stopgap", O, "Schumer, who voted against the bill", True),
            ("senate-democrats", "december-vote", S,
             "would use the December vote to make every Republican go on the record", True),
            ("house-democrats", "pass-stopgap", O,
             "House Democrats would oppose the bill when it comes to the floor", True),
        ],
    ),
    dict(
        published="2025-11-11T19:00:00Z", source="Tidewater Report",
        slug="johnson-schedules-vote-makes-no-promise-on-subsidies",
        title="Johnson schedules shutdown vote, makes no promise on health subsidies",
        text="""WASHINGTON, Nov 11 (Tidewater Report) - House Speaker Mike Johnson said on Tuesday that the House would vote on Wednesday on the Senate-passed bill to end the shutdown, and urged members of both parties to vote for it.

At a news conference, Johnson declined to say whether he would bring a health subsidy bill to the House floor if one passed the Senate in December. He said he would not make promises about the House schedule weeks in advance.

Johnson repeated that House Republicans would not simply extend credits that he said mainly enriched insurance companies, and said Republicans would put forward their own plan to lower health costs.

Jeffries, whose caucus wants a clean three-year extension of the credits, said Johnson was running away from a vote because he knew it would pass.

Johnson also said Adelita Grijalva of Arizona would be sworn in when the House returns, seven weeks after she won her seat.

Several House Republicans in swing districts have said privately that they want a vote on the subsidies before the end of the year, according to people familiar with their discussions.""",
        claims=[
            ("house-republicans", "pass-stopgap", S, "urged members of both parties to vote for it", True),
            ("house-republicans", "extend-aca-credits", O,
             "House Republicans would not simply extend credits that he said mainly enriched insurance companies",
             True),
            ("house-democrats", "extend-aca-credits", S,
             "whose caucus wants a clean three-year extension of the credits", False),
        ],
    ),
    dict(
        published="2025-11-13T04:10:00Z", source="Continental Wire",
        slug="trump-signs-bill-ending-longest-shutdown",
        title="Trump signs bill ending longest shutdown in US history",
        text="""WASHINGTON, Nov 13 (Continental Wire) - President Donald Trump signed a bill late on Wednesday reopening the federal government, ending a 43-day shutdown, the longest in the nation's history, hours after the House approved it by 222 votes to 209.

The law funds most agencies through Jan. 30, cancels the layoff notices sent to federal workers since Oct. 1 and bars further layoffs until the end of January. By signing it, Trump also accepted the reversal of the layoffs his budget office had ordered during the shutdown.

At a ceremony in the Oval Office, Trump blamed Democrats for the closure and said the country should never go through one again.

Six House Democrats voted for the bill and two Republicans voted against it. Nearly all House Democrats voted no, and Jeffries said they would keep fighting to extend the tax credits before premiums jump in January.

The bill does not address the health subsidies. Senate Majority Leader John Thune has promised a vote on them by mid-December, but Speaker Mike Johnson has made no such commitment in the House.

Federal employees were told to return to work on Thursday.""",
        claims=[
            ("trump", "pass-stopgap", S,
             "President Donald Trump signed a bill late on Wednesday reopening the federal government", True),
            ("trump", "reverse-layoffs", S, "Trump also accepted the reversal of the layoffs", True),
            ("house-democrats", "pass-stopgap", O, "Nearly all House Democrats voted no", True),
            ("house-democrats", "extend-aca-credits", S, "would keep fighting to extend the tax credits", True),
            ("senate-republicans", "december-vote", S, "Thune has promised a vote on them by mid-December", False),
        ],
    ),
    dict(
        published="2025-11-13T18:00:00Z", source="Lakeshore Courier",
        slug="grijalva-sworn-in-signs-epstein-petition",
        title="Grijalva sworn in, adds final signature to Epstein files petition",
        text="""WASHINGTON, Nov 13 (Lakeshore Courier) - Adelita Grijalva was sworn in as a member of the House of Representatives on Wednesday, seven weeks after winning a special election in Arizona, and immediately signed a petition to force a vote on releasing government files on Jeffrey Epstein.

Her signature was the 218th, the number needed to bring the measure to the floor over the objections of leadership. Speaker Mike Johnson administered the oath shortly before the House voted on the bill to end the shutdown.

Johnson had said he would swear Grijalva in when the House returned to regular business, and rejected accusations that he had delayed the oath to slow the petition.

The Arizona Democrat, who succeeds her late father, Raul Grijalva, told reporters she was eager to get to work on health care costs in her district.

A vote on the Epstein measure is expected within weeks. Federal workers began returning to their offices on Thursday as agencies reopened after the longest shutdown in the country's history.""",
        claims=[],
    ),
    dict(
        published="2025-11-17T21:00:00Z", source="Granite Post",
        slug="democrats-weigh-bill-for-december-vote",
        title="Democrats weigh which health bill to bring to December vote",
        text="""WASHINGTON, Nov 17 (Granite Post) - Senate Democrats are weighing whether to use next month's promised vote on a clean three-year extension of the enhanced health insurance tax credits or on a narrower compromise that might draw Republican votes, party aides said.

Senate Democratic leader Chuck Schumer said on Monday that Democrats would hold Republicans to the commitment and that every senator would have to decide whether to let premiums spike in January.

Senate Majority Leader John Thune said the vote would take place as promised. He said any extension would need income limits and safeguards against fraud to win Republican support, and that Republicans might offer an alternative that puts money into health savings accounts instead.

President Donald Trump repeated over the weekend that he wanted the money paid directly to people rather than to insurance companies, and called the Affordable Care Act a disaster.

Open enrollment on the federal marketplace began on Nov. 1. Many enrollees who receive the enhanced credits would see their premium payments more than double if the credits expire, according to an analysis by the health research group KFF.""",
        claims=[
            ("senate-democrats", "december-vote", S, "Democrats would hold Republicans to the commitment", True),
            ("senate-republicans", "december-vote", S, "the vote would take place as promised", True),
            ("senate-republicans", "extend-aca-credits", C,
             "any extension would need income limits and safeguards against fraud to win Republican support", True),
            ("trump", "extend-aca-credits", O,
             "he wanted the money paid directly to people rather than to insurance companies", True),
        ],
    ),
    dict(
        published="2025-11-19T20:00:00Z", source="Lakeshore Courier",
        slug="house-democrats-move-to-force-vote-on-subsidies",
        title="House Democrats move to force vote on health subsidies",
        text="""WASHINGTON, Nov 19 (Lakeshore Courier) - House Democrats said on Wednesday they would file a petition to force a floor vote on a three-year extension of the enhanced health insurance tax credits, bypassing Speaker Mike Johnson, who has not committed to holding any vote on the issue.

House Democratic leader Hakeem Jeffries said the petition would give Republicans who claim to want lower premiums a chance to prove it. A discharge petition needs 218 signatures, so Democrats would need several Republicans to sign.

A handful of Republicans from competitive districts have written their own bill to extend the credits for two years with an income cap. Their leaders have not endorsed it.

In the Senate, Jeanne Shaheen, one of the Democrats who negotiated the deal that ended the shutdown, said extending the credits before January remained the group's top priority and that she was working with Republicans toward the December vote.

Insurers say many customers have already chosen cheaper plans with higher deductibles or dropped coverage entirely as open enrollment continues.""",
        claims=[
            ("house-democrats", "extend-aca-credits", S,
             "petition to force a floor vote on a three-year extension", True),
            ("centrist-democrats", "extend-aca-credits", S,
             "extending the credits before January remained the group's top priority", True),
            ("centrist-democrats", "december-vote", S, "she was working with Republicans toward the December vote",
             True),
        ],
    ),
    dict(
        published="2025-11-21T19:00:00Z", source="Tidewater Report",
        slug="trump-renews-call-to-scrap-filibuster-thune-says-no",
        title="Trump renews call to scrap filibuster; Thune again says no",
        text="""WASHINGTON, Nov 21 (Tidewater Report) - President Donald Trump renewed his call on Friday for Senate Republicans to scrap the filibuster, saying the shutdown had shown that Democrats would keep using the 60-vote rule to block his agenda.

Trump said in a social media post that Republicans would be foolish not to end the rule now, while they controlled the Senate, and warned that Democrats would do it themselves the moment they regained power.

Senate Majority Leader John Thune said again that he was not about to abandon a rule that had protected Republicans when they were in the minority. His office denied a report that he was considering a narrower change covering only spending bills.

Senate Democratic leader Chuck Schumer said Republicans would regret scrapping the filibuster, and that Democrats would fight any attempt to change the rules.

The next funding deadline is Jan. 30, when the stopgap passed this month expires. Lawmakers in both parties said they hoped to finish full-year spending bills before then to avoid another shutdown.""",
        claims=[
            ("trump", "scrap-filibuster", S, "Republicans would be foolish not to end the rule now", True),
            ("senate-republicans", "scrap-filibuster", O,
             "he was not about to abandon a rule that had protected Republicans", True),
            ("senate-democrats", "scrap-filibuster", O, "Democrats would fight any attempt to change the rules", True),
        ],
    ),
    dict(
        published="2025-11-24T20:00:00Z", source="Continental Wire",
        slug="white-house-moves-to-extend-obamacare-subsidies",
        title="White House moves to extend Obamacare subsidies",
        text="""WASHINGTON, Nov 24 (Continental Wire) - The White House is preparing to propose a two-year extension of the enhanced Obamacare tax credits with an income cap and a minimum monthly premium for all enrollees, according to two people familiar with the plan, a departure from President Donald Trump's recent calls to send the money directly to consumers.

The framework, which could be released as early as this week, would limit the credits to households earning up to 700 percent of the federal poverty level, the people said.

Press secretary Karoline Leavitt declined to confirm the details, saying the president had not signed off on any plan and that only he would announce his decisions.

Conservative groups and several Republican lawmakers warned against propping up what they called a failed program, and urged Trump to stick with his idea of sending the money to people directly.

House Democratic leader Hakeem Jeffries said Democrats would look at any serious proposal but that a clean extension remained their position.

The Senate vote promised in the shutdown deal is expected in the second week of December.""",
        claims=[
            ("trump", "extend-aca-credits", C,
             "preparing to propose a two-year extension of the enhanced Obamacare tax credits", False),
            ("house-democrats", "extend-aca-credits", S, "a clean extension remained their position", True),
        ],
    ),
]

# Duplicate pairs (original id, copy id): same story, same day, second outlet, identical claims.
DUPLICATES = [("004", "005"), ("023", "024")]

# --------------------------------------------------------------------------------------
# Shifts (labelled by hand; the validator recomputes them from baseline + attributed claims)
# --------------------------------------------------------------------------------------
SHIFTS = [
    dict(actor="trump", issue="extend-aca-credits", frm=O, to=C, article="006",
         why="Trump says he is open to a deal with Democrats on the expiring subsidies once the government reopens; "
             "in 002 he rejected their push to extend them."),
    dict(actor="centrist-democrats", issue="pass-stopgap", frm=O, to=C, article="010",
         why="Shaheen says she and like-minded colleagues would back the stopgap if Republicans offer a credible "
             "commitment to a vote on the credits; the group had voted against it since September (baseline)."),
    dict(actor="trump", issue="full-snap-benefits", frm=O, to=C, article="015",
         why="Trump says he would be honoured to fund the benefits if the court gives legal direction; in 013 the "
             "Agriculture Department refused to tap the contingency fund."),
    dict(actor="trump", issue="full-snap-benefits", frm=C, to=O, article="021",
         why="The administration asks the Supreme Court to block the order to pay full benefits and tells states to "
             "undo full payments; in 015-017 it offered conditional or partial payment."),
    dict(actor="trump", issue="extend-aca-credits", frm=C, to=O, article="022",
         why="Trump urges Republicans to stop paying the subsidies to insurers and send the money to people instead; "
             "in 006 he was open to a health care deal once the government reopened."),
    dict(actor="centrist-democrats", issue="pass-stopgap", frm=C, to=S, article="023",
         why="The eight agree to advance the package and Shaheen says the group will vote for it; in 010 their "
             "support depended on a commitment that had not yet been given."),
    dict(actor="senate-republicans", issue="december-vote", frm=C, to=S, article="023",
         why="Thune commits to a vote by the second week of December; in 007 he offered a vote only after "
             "Democrats helped reopen the government."),
    dict(actor="trump", issue="reverse-layoffs", frm=O, to=S, article="027",
         why="Trump signs the law cancelling the shutdown layoff notices; in 008 he suggested the jobs would not "
             "come back."),
]

# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------

def ids():
    return ["%03d" % (i + 1) for i in range(len(ARTICLES))]


def article_url(a):
    slug = NAME_TO_SLUG[a["source"]]
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (slug, d, a["slug"])


def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(s):
    return format_datetime(parse_ts(s), usegmt=True)


def yaml_list(items):
    out = []
    for x in items:
        if re.search(r"[:#\[\]{},&*!|>'\"%@`]", x) or x != x.strip():
            out.append('"%s"' % x.replace('"', '\\"'))
        else:
            out.append(x)
    return "[" + ", ".join(out) + "]"


def yaml_scalar(x):
    if re.search(r"[:#\[\]{}&*!|>'\"%@`]", x) or x[0] in "-?,":
        return '"%s"' % x.replace('"', '\\"')
    return x


def write_watchlist():
    lines = [
        "# shiftwatch evaluation set us-shutdown-aca-subsidies-2025: tracked actors and issues.",
        "# An issue is a proposition under negotiation; a stance is an actor's position on that proposition",
        "# (support | oppose | conditional). Aliases include leaders, spokespeople, institutions and the buildings",
        "# used as metonyms (White House, Oval Office). Buildings are also used as plain venues in the articles",
        "# (\"met at the White House\"); such mentions carry no stance.",
        "# Note: scrap-filibuster is phrased with a give-up verb, so defending the 60-vote rule is `oppose`.",
        "",
        "actors:",
    ]
    for aid, name, aliases in ACTORS:
        lines += ["  - id: %s" % aid, "    name: %s" % yaml_scalar(name), "    aliases: %s" % yaml_list(aliases)]
    lines += ["", "issues:"]
    for iid, name, desc, terms in ISSUES:
        lines += ["  - id: %s" % iid, "    name: %s" % yaml_scalar(name),
                  "    description: %s" % yaml_scalar(desc), "    terms: %s" % yaml_list(terms)]
    lines += ["", "# Known starting positions before the first article (all consistent with the articles;"
                  " none implies a shift).", "baseline:"]
    for a, i, s in BASELINE:
        lines.append("  - {actor: %s, issue: %s, stance: %s}" % (a, i, s))
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write("\n".join(lines) + "\n")


def write_articles():
    d = os.path.join(HERE, "articles")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for aid, a in zip(ids(), ARTICLES):
        obj = {"id": aid, "published": a["published"], "source": a["source"], "url": article_url(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(d, aid + ".json"), "w") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")


def write_feeds():
    d = os.path.join(HERE, "feeds")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for slug, name in OUTLETS.items():
        items = [a for a in ARTICLES if a["source"] == name]
        items.sort(key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set "
               "us-shutdown-aca-subsidies-2025</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            url = article_url(a)
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(url),
                    '      <guid isPermaLink="true">%s</guid>' % escape(url),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(d, slug + ".xml"), "w") as f:
            f.write("\n".join(out) + "\n")


def labels_obj():
    claims = {}
    for aid, a in zip(ids(), ARTICLES):
        claims[aid] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                       for c in a["claims"]]
    shifts = [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"], "article": s["article"],
               "why": s["why"]} for s in SHIFTS]
    shift_articles = {s["article"] for s in SHIFTS}
    no_alert = [i for i in ids() if i not in shift_articles]
    return {"claims": claims, "shifts": shifts, "no_alert_articles": no_alert}


def write_labels():
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels_obj(), f, indent=2, ensure_ascii=False)
        f.write("\n")


# --------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) "
                      r"\(([^)]+)\) - \S")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8, "Sept": 9,
          "Oct": 10, "Nov": 11, "Dec": 12}


def read_watchlist_ids():
    """Minimal parse of the written watchlist.yaml: actor ids, issue ids and baseline triples."""
    section = None
    actors, issues, baseline = set(), set(), []
    with open(os.path.join(HERE, "watchlist.yaml")) as f:
        for line in f:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
            m = re.match(r"^    (\w+):", line)
            if m and section == "issues" and m.group(1) not in ("name", "description", "terms"):
                raise SystemExit("watchlist: unexpected issue field %s" % m.group(1))
    return actors, issues, baseline


def recompute_shifts(labels, baseline):
    prevailing = {(a, i): s for a, i, s in baseline}
    out = []
    for aid in sorted(labels["claims"]):
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            prev = prevailing.get(key)
            if prev is not None and prev != c["stance"]:
                out.append((c["actor"], c["issue"], prev, c["stance"], aid))
            prevailing[key] = c["stance"]
    return out


def validate():
    errors = []
    labels = json.load(open(os.path.join(HERE, "labels.json")))
    actors, issues, baseline = read_watchlist_ids()
    all_ids = ids()

    if not (5 <= len(actors) <= 8):
        errors.append("actors: %d (want 5-8)" % len(actors))
    if not (5 <= len(issues) <= 7):
        errors.append("issues: %d (want 5-7)" % len(issues))
    if not any(re.search(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces)\b", n)
               for _, n, _, _ in ISSUES):
        errors.append("no issue phrased with a give-up verb")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            errors.append("baseline entry invalid: %s %s %s" % (a, i, s))

    # articles
    prev_pub = None
    for aid in all_ids:
        art = json.load(open(os.path.join(HERE, "articles", aid + ".json")))
        if art["id"] != aid:
            errors.append("%s: id mismatch" % aid)
        if prev_pub is not None and art["published"] <= prev_pub:
            errors.append("%s: not in publication order" % aid)
        prev_pub = art["published"]
        n = len(art["text"].split())
        if not (120 <= n <= 260):
            errors.append("%s: %d words" % (aid, n))
        m = DATELINE.match(art["text"])
        if not m:
            errors.append("%s: bad dateline" % aid)
        else:
            if m.group(3) != art["source"]:
                errors.append("%s: dateline outlet %s != source %s" % (aid, m.group(3), art["source"]))
            pub = parse_ts(art["published"])
            if MONTHS[m.group(1)] != pub.month or int(m.group(2)) != pub.day:
                errors.append("%s: dateline date differs from published date" % aid)
        if art["source"] not in NAME_TO_SLUG:
            errors.append("%s: unknown outlet" % aid)
        for c in labels["claims"].get(aid, []):
            if c["quote"] not in art["text"]:
                errors.append("%s: quote not in text: %r" % (aid, c["quote"]))
            if len(c["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (aid, c["quote"]))
            if c["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, c["actor"]))
            if c["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, c["issue"]))
            if c["stance"] not in (S, O, C):
                errors.append("%s: bad stance %s" % (aid, c["stance"]))
            if not isinstance(c["attributed"], bool):
                errors.append("%s: attributed not bool" % aid)
        keys = [(c["actor"], c["issue"]) for c in labels["claims"].get(aid, [])]
        if len(keys) != len(set(keys)):
            errors.append("%s: more than one claim for the same actor/issue" % aid)
    if sorted(labels["claims"]) != all_ids:
        errors.append("claims keys != article ids")
    urls = [article_url(a) for a in ARTICLES]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")

    # shifts
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue: %s" % s)
    recomputed = recompute_shifts(labels, baseline)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed-only %s\n  labelled-only %s" % (
            sorted(set(recomputed) - set(labelled)), sorted(set(labelled) - set(recomputed))))
    shift_articles = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [i for i in all_ids if i not in shift_articles]:
        errors.append("no_alert_articles wrong")

    # duplicates
    for orig, copy in DUPLICATES:
        a1 = json.load(open(os.path.join(HERE, "articles", orig + ".json")))
        a2 = json.load(open(os.path.join(HERE, "articles", copy + ".json")))
        if a1["published"][:10] != a2["published"][:10] or a1["source"] == a2["source"]:
            errors.append("duplicate %s/%s: not same day / different outlet" % (orig, copy))
        t1 = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][orig])
        t2 = sorted((c["actor"], c["issue"], c["stance"]) for c in labels["claims"][copy])
        if t1 != t2:
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))
    if not any(o in shift_articles for o, _ in DUPLICATES):
        errors.append("no duplicate pair involves a shift article")

    # feeds
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (slug, r.stderr.strip()))

    # counts required by the brief
    all_claims = [c for v in labels["claims"].values() for c in v]
    n_art, n_cl = len(all_ids), len(all_claims)
    by = {st: sum(1 for c in all_claims if c["stance"] == st) for st in (S, O, C)}
    n_false = sum(1 for c in all_claims if not c["attributed"])
    empty = [k for k, v in labels["claims"].items() if not v]
    reversals = [s for s in labels["shifts"] if {s["from"], s["to"]} == {S, O}]
    if not (30 <= n_art <= 34):
        errors.append("articles: %d" % n_art)
    if not (60 <= n_cl <= 90):
        errors.append("claims: %d" % n_cl)
    if by[C] < 6 or by[S] == 0 or by[O] == 0:
        errors.append("stance mix: %s" % by)
    if not (5 <= len(labels["shifts"]) <= 8):
        errors.append("shifts: %d" % len(labels["shifts"]))
    if len(reversals) > 2:
        errors.append("too many straight reversals: %d" % len(reversals))
    if not any(C in (s["from"], s["to"]) for s in labels["shifts"]):
        errors.append("no shift to/from conditional")
    if not (3 <= len(empty) <= 4):
        errors.append("no-claim articles: %d" % len(empty))
    if n_false == 0:
        errors.append("no attributed:false claims")
    if not (4 <= len(OUTLETS) <= 5):
        errors.append("outlets: %d" % len(OUTLETS))

    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        sys.exit(1)
    print("OK: %d articles, %d claims (%d support, %d oppose, %d conditional; %d attributed:false), "
          "%d shifts in %d articles (%d straight reversals), no-claim articles %s, duplicates %s"
          % (n_art, n_cl, by[S], by[O], by[C], n_false, len(labels["shifts"]), len(shift_articles),
             len(reversals), ", ".join(sorted(empty)), ", ".join("%s/%s" % d for d in DUPLICATES)))


def main():
    write_watchlist()
    write_articles()
    write_feeds()
    write_labels()
    validate()


if __name__ == "__main__":
    main()
