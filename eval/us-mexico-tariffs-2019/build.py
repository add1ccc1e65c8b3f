#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set us-mexico-tariffs-2019.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
and validates everything (including `xmllint --noout` on every feed).
Run: python3 build.py
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
    "lantern-wire": "Lantern Wire",
    "sierra-courier": "Sierra Courier",
    "tidewater-journal": "Tidewater Journal",
    "crosspoint-news": "Crosspoint News",
    "granite-bulletin": "Granite Bulletin",
}

# issue ids
DROP = "us-drops-mexico-tariffs"
MSTC = "mexico-safe-third-country"
GSTC = "guatemala-safe-third-country"
MPP = "remain-in-mexico-expansion"
GUARD = "mexico-national-guard-deployment"
USMCA = "usmca-ratification"

S, O, C = "support", "oppose", "conditional"
T, F = True, False

# Each article: id, published (UTC), outlet, dateline city, dateline date (local), slug, title,
# paragraphs (the dateline is prepended to the first one), claims (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", published="2019-05-30T23:55:00Z", outlet="lantern-wire", city="WASHINGTON", date="May 30",
        slug="trump-threatens-tariffs-on-all-mexican-goods",
        title="Trump threatens tariffs on all Mexican goods from June 10 over migration",
        paras=[
            "President Donald Trump said on Thursday that the United States would impose a 5 percent tariff on all goods coming from Mexico starting June 10, escalating his campaign to force Mexico to stop Central American migrants from reaching the US border.",
            "In a statement issued by the White House, Trump said the rate would rise to 10 percent on July 1 and by a further five points on the first day of each month until it reached 25 percent in October. The duties would be imposed under emergency economic powers rather than trade law, the statement said.",
            "The announcement caught Mexican officials off guard. It came on the same day that Mexico's government sent the new United States-Mexico-Canada Agreement, the replacement for NAFTA, to its Senate for ratification.",
            "Mexico is the largest trading partner of the United States, with goods flowing both ways worth more than $600 billion last year. Automakers, farm groups and retailers rely on supply chains that cross the border several times.",
            "Border Patrol agents detained about 100,000 people at the southwest border in April, most of them families from Guatemala, Honduras and El Salvador.",
        ],
        claims=[
            ("usa", DROP, O, "would impose a 5 percent tariff on all goods coming from Mexico", T),
            ("mexico", USMCA, S, "Mexico's government sent the new United States-Mexico-Canada Agreement", F),
        ],
    ),
    dict(
        id="002", published="2019-05-31T03:10:00Z", outlet="sierra-courier", city="MEXICO CITY", date="May 30",
        slug="lopez-obrador-letter-to-trump",
        title="Lopez Obrador writes to Trump, rules out tit-for-tat and sends Ebrard north",
        paras=[
            "Mexican President Andres Manuel Lopez Obrador answered Donald Trump's tariff threat on Thursday night with a two-page letter, urging Trump to call off the tariffs and arguing that social problems are not solved with taxes or coercion.",
            "The leftist leader, who has spent six months courting Washington, wrote that he did not want a confrontation. He said Foreign Minister Marcelo Ebrard would fly to Washington on Friday with a team of officials to seek an agreement.",
            "Lopez Obrador also reminded Trump that Mexico had taken in thousands of Central Americans and was trying to address the causes of migration with job and tree-planting programs in southern Mexico and Central America.",
            "Mexico has for months refused to declare itself a safe third country, an arrangement that would oblige Central Americans crossing its territory to seek asylum in Mexico instead of the United States.",
            "Jesus Seade, the country's chief negotiator for North American trade, told a local radio station that Mexico would not rush into retaliatory tariffs of its own and would first exhaust talks.",
        ],
        claims=[
            ("mexico", DROP, S, "urging Trump to call off the tariffs", T),
            ("mexico", MSTC, O, "Mexico has for months refused to declare itself a safe third country", F),
        ],
    ),
    dict(
        id="003", published="2019-05-31T16:40:00Z", outlet="tidewater-journal", city="WASHINGTON", date="May 31",
        slug="grassley-business-push-back-on-mexico-tariffs",
        title="Republican trade chief and business lobby push back on Mexico tariffs",
        paras=[
            "Senate Finance Committee Chairman Chuck Grassley criticized President Donald Trump's planned tariffs on Mexican goods on Friday, calling them a misuse of presidential tariff authority that runs counter to what Congress intended.",
            "The Iowa Republican, whose committee oversees trade, said the move would seriously jeopardize the new North American trade pact. Grassley, who said he still wanted the Senate to vote on the pact this summer, urged the White House to find another way to deal with the border.",
            "The US Chamber of Commerce, the country's largest business lobby, is weighing a lawsuit to block the tariffs, according to two people familiar with its deliberations. The group did not comment.",
            "White House acting chief of staff Mick Mulvaney told reporters the tariffs were about migration, not trade, and that the president was deadly serious. He said the duties would start on schedule on June 10.",
            "Mulvaney added that the administration still wanted Congress to approve the trade agreement and did not see the two efforts as being in conflict.",
            "Shares of carmakers with plants in Mexico fell sharply in early trading.",
        ],
        claims=[
            ("senate-republicans", DROP, S, "calling them a misuse of presidential tariff authority", T),
            ("senate-republicans", USMCA, S, "he still wanted the Senate to vote on the pact this summer", T),
            ("us-chamber", DROP, S, "is weighing a lawsuit to block the tariffs", F),
            ("usa", DROP, O, "the duties would start on schedule on June 10", T),
            ("usa", USMCA, S, "the administration still wanted Congress to approve the trade agreement", T),
        ],
    ),
    dict(
        id="004", published="2019-06-01T14:00:00Z", outlet="crosspoint-news", city="NEW YORK", date="June 1",
        slug="peso-slides-analysts-weigh-recession-risk",
        title="Peso slides and analysts weigh recession risk as tariff deadline nears",
        paras=[
            "Mexico's peso ended the week with its steepest two-day fall in months, and economists spent Saturday trying to put numbers on a tariff fight that few of them had expected.",
            "The currency lost about 2.5 percent against the dollar on Friday. Shares of automakers, brewers and avocado importers with operations south of the border fell, and yields on Mexican government bonds rose.",
            "Several banks said a tariff that climbed to 25 percent could push Mexico's economy, which already shrank in the first quarter, into recession by the end of the year. Analysts at one New York brokerage said US consumers would bear much of the cost through higher prices for cars, fruit and beer.",
            "Some strategists guessed that the duties might never take effect, arguing that the deadline was meant to win concessions before June 10. Others said investors had underestimated such risks before and should not do so again.",
            "Talks between the two governments are due to start in Washington in the coming days. Neither the US Treasury nor the Bank of Mexico commented on the market moves.",
            "Trade between the two countries supports millions of jobs on both sides of the border, according to industry estimates.",
        ],
        claims=[],
    ),
    dict(
        id="005", published="2019-06-02T21:00:00Z", outlet="granite-bulletin", city="WASHINGTON", date="June 2",
        slug="mcaleenan-presses-mexico-on-asylum-as-ebrard-arrives",
        title="US homeland security chief presses Mexico on asylum as Ebrard arrives",
        paras=[
            "Acting Homeland Security Secretary Kevin McAleenan said on Sunday that a safe third country agreement with Mexico would do more than any other single step to reduce the number of Central Americans reaching the US border.",
            "Speaking on a Sunday television program, McAleenan said Mexico needed to stop large groups crossing from Guatemala and to disrupt the smuggling networks that move families north by bus. Mulvaney, appearing on another program, said the tariffs would take effect on June 10 and that no one should doubt the president's resolve.",
            "Mexican Foreign Minister Marcelo Ebrard arrived in Washington on Sunday evening ahead of meetings with Secretary of State Mike Pompeo and Commerce Secretary Wilbur Ross. He told reporters at the Mexican embassy that he was optimistic but that some things were not negotiable, and that Mexico would not accept being designated a safe third country.",
            "Ebrard said his team would bring figures showing what Mexico had already done to slow migration, including more checks on its southern border.",
            "Under such an agreement, migrants who pass through Mexico would have to apply for asylum there rather than in the United States. Agreements of this kind are rare; the United States has one only with Canada.",
        ],
        claims=[
            ("usa", MSTC, S, "a safe third country agreement with Mexico would do more than any other single step", T),
            ("usa", DROP, O, "the tariffs would take effect on June 10", T),
            ("mexico", MSTC, O, "Mexico would not accept being designated a safe third country", T),
        ],
    ),
    dict(
        id="006", published="2019-06-03T15:30:00Z", outlet="lantern-wire", city="WASHINGTON", date="June 3",
        slug="us-chamber-cornyn-warn-on-mexico-tariffs",
        title="US Chamber says Mexico tariffs would tax American families, Cornyn warns of Texas hit",
        paras=[
            "The US Chamber of Commerce urged the Trump administration on Monday to hold off on its planned tariffs on Mexican imports, saying American families and businesses, not Mexico, would end up paying them.",
            "Neil Bradley, the Chamber's chief policy officer, said the duties were the wrong tool for a real problem at the border and that the group was examining all of its options. He said Congress should press ahead with approving the US-Mexico-Canada trade agreement, which the group regards as vital for manufacturers and farmers.",
            "A separate group, the American Chamber of Commerce of Mexico, which represents US companies operating there, said its members were drawing up contingency plans for higher costs.",
            "Senator John Cornyn of Texas, the state that trades most with Mexico, said the tariffs would land a heavy blow on Texas farmers, ranchers and factories and that he hoped they would never take effect.",
            "President Donald Trump, speaking in London at the start of a state visit to Britain, said Mexico should step up and stop the flow of migrants. He told reporters the tariffs were going ahead as planned on June 10.",
            "Texas exported more than $100 billion of goods to Mexico last year.",
        ],
        claims=[
            ("us-chamber", DROP, S, "urged the Trump administration on Monday to hold off on its planned tariffs", T),
            ("us-chamber", USMCA, S, "Congress should press ahead with approving the US-Mexico-Canada trade agreement", T),
            ("senate-republicans", DROP, S, "he hoped they would never take effect", T),
            ("usa", DROP, O, "the tariffs were going ahead as planned on June 10", T),
        ],
    ),
    dict(
        id="007", published="2019-06-04T20:40:00Z", outlet="tidewater-journal", city="WASHINGTON", date="June 4",
        slug="senate-republicans-warn-white-house-on-tariffs",
        title="Senate Republicans warn White House over Mexico tariffs at closed-door lunch",
        paras=[
            "Republican senators told White House lawyers at a closed-door lunch on Tuesday that there was little appetite in their ranks for President Donald Trump's tariffs on Mexico, and several said the chamber might vote to block them if they took effect.",
            "Senate Majority Leader Mitch McConnell told reporters afterwards that there was not much support in his conference for tariffs of any kind and that he hoped the duties could be averted. Senator John Cornyn said the lunch had been lively.",
            "A deputy White House counsel and a Justice Department official explained the legal basis for the move, an emergency declaration that Congress can challenge with a resolution of disapproval, although overriding a presidential veto would take two-thirds of both chambers. Aides said the briefing changed few minds.",
            "Speaking in London alongside British Prime Minister Theresa May, Trump said Republicans would be foolish to try to stop him. He said he intended to put the tariffs on and that Mexico would pay.",
            "Analysts said a disapproval resolution could pass both chambers but would almost certainly be vetoed.",
        ],
        claims=[
            ("senate-republicans", DROP, S, "he hoped the duties could be averted", T),
            ("usa", DROP, O, "He said he intended to put the tariffs on", T),
        ],
    ),
    dict(
        id="008", published="2019-06-05T22:30:00Z", outlet="sierra-courier", city="WASHINGTON", date="June 5",
        slug="mexico-offers-troops-pence-says-not-enough",
        title="Mexico offers to send troops south to avert tariffs; Pence says offer falls short",
        paras=[
            "Mexico offered on Wednesday to send 6,000 members of its new National Guard to its border with Guatemala, as part of a package meant to persuade Washington to drop the tariffs due to start on Monday.",
            "Foreign Minister Marcelo Ebrard disclosed the offer after a 90-minute meeting with Vice President Mike Pence and Secretary of State Mike Pompeo at the Eisenhower Executive Office Building, next to the White House. He said the deployment would go ahead if the two sides reached an agreement that kept the tariffs from taking effect.",
            "Ebrard said Mexico had again turned down a US request that it become a safe third country. He also said Republican senators he had met on Tuesday had told him they were against the tariffs.",
            "In a statement after the meeting, Pence's office said not nearly enough progress had been made, that the tariffs would go into effect on Monday, and that Mexico should sign a safe third country agreement.",
            "Talks between officials were to continue on Thursday at the State Department.",
            "Six thousand troops would be a sizeable share of the National Guard, which Mexico's Congress created this spring to fight violent crime.",
        ],
        claims=[
            ("mexico", DROP, S, "a package meant to persuade Washington to drop the tariffs", T),
            ("mexico", GUARD, C, "the deployment would go ahead if the two sides reached an agreement", T),
            ("mexico", MSTC, O, "Mexico had again turned down a US request that it become a safe third country", T),
            ("senate-republicans", DROP, S, "had told him they were against the tariffs", F),
            ("usa", DROP, O, "the tariffs would go into effect on Monday", T),
            ("usa", MSTC, S, "Mexico should sign a safe third country agreement", T),
        ],
    ),
    dict(
        id="009", published="2019-06-06T21:15:00Z", outlet="crosspoint-news", city="WASHINGTON", date="June 6",
        slug="mexico-talks-second-day-trump-not-enough",
        title="Mexico talks go into second day as Trump says progress is not enough",
        paras=[
            "US and Mexican officials met for a second day at the State Department on Thursday, with little sign that President Donald Trump was ready to call off tariffs on Mexican goods due to begin on Monday.",
            "Trump, who was in France for ceremonies marking the 75th anniversary of the D-Day landings, wrote on Twitter that progress was being made but not nearly enough. He said the 5 percent duty would be charged on Monday as announced and would rise from there.",
            "A US official familiar with the talks said Mexico had also offered to take in many more asylum seekers returned from the United States to wait for their hearings, if Washington shelved the tariffs. The official spoke on condition of anonymity.",
            "Foreign Minister Marcelo Ebrard told reporters outside the building that he remained hopeful. He declined to say what else Mexico had put on the table, or whether the United States had softened its demand for a safe third country deal.",
            "Mexican officials have been briefing lawmakers in Mexico City on the talks, and the peso steadied on hopes of a compromise.",
        ],
        claims=[
            ("usa", DROP, O, "the 5 percent duty would be charged on Monday as announced", T),
            ("mexico", MPP, C, "offered to take in many more asylum seekers returned from the United States", F),
        ],
    ),
    dict(
        id="010", published="2019-06-08T01:05:00Z", outlet="lantern-wire", city="WASHINGTON", date="June 7",
        slug="us-suspends-mexico-tariffs-after-migration-deal",
        title="US suspends Mexico tariffs after deal on troops and asylum returns",
        paras=[
            "President Donald Trump said on Friday night that the tariffs he had threatened to impose on Mexican goods from Monday were suspended indefinitely, in return for Mexican commitments to curb migration.",
            "Trump announced the agreement on Twitter after three days of talks at the State Department. He said the tariffs were on hold because Mexico had agreed to take strong measures, and aides said they could be revived if those measures failed.",
            "Under a joint declaration released by the State Department, Mexico will deploy its National Guard throughout the country, giving priority to its southern border. The United States welcomed the deployment as the core of the deal.",
            "Washington will also immediately expand its Migrant Protection Protocols, known as Remain in Mexico, across the entire southern border. Mexico agreed to receive the asylum seekers sent back under the program and to offer them jobs, health care and education while they wait.",
            "Foreign Minister Marcelo Ebrard said the deal did not make Mexico a safe third country, a demand his delegation had rejected throughout the week.",
            "The two governments said they would keep talking and would announce any further steps within 90 days.",
        ],
        claims=[
            ("usa", DROP, C, "suspended indefinitely, in return for Mexican commitments to curb migration", T),
            ("mexico", GUARD, S, "Mexico will deploy its National Guard throughout the country", T),
            ("usa", GUARD, S, "The United States welcomed the deployment as the core of the deal", T),
            ("usa", MPP, S, "immediately expand its Migrant Protection Protocols, known as Remain in Mexico", T),
            ("mexico", MPP, S, "Mexico agreed to receive the asylum seekers sent back under the program", T),
            ("mexico", MSTC, O, "the deal did not make Mexico a safe third country", T),
        ],
    ),
    dict(
        id="011", published="2019-06-08T02:20:00Z", outlet="granite-bulletin", city="WASHINGTON", date="June 7",
        slug="trump-puts-mexico-tariffs-on-hold",
        title="Trump puts Mexico tariffs on hold after Mexico agrees to troop deployment",
        paras=[
            "President Donald Trump said late on Friday that the tariffs he had planned to impose on Mexican imports from Monday were suspended indefinitely, in return for Mexican commitments to curb migration.",
            "Trump made the announcement on Twitter following three days of negotiations at the State Department. The tariffs were on hold because Mexico had agreed to take strong measures, he said, and aides said they could come back if those measures failed.",
            "A joint declaration released by the State Department says Mexico will deploy its National Guard throughout the country, with priority given to its southern border. The United States welcomed the deployment as the core of the deal.",
            "The United States will also immediately expand its Migrant Protection Protocols, known as Remain in Mexico, along the entire southern border. Mexico agreed to receive the asylum seekers sent back under the program and to give them access to jobs, health care and education while they wait.",
            "Foreign Minister Marcelo Ebrard said the agreement did not make Mexico a safe third country, a demand his team had rejected all week.",
            "Both governments said they would keep talking and would announce any further steps within 90 days.",
        ],
        claims=[
            ("usa", DROP, C, "suspended indefinitely, in return for Mexican commitments to curb migration", T),
            ("mexico", GUARD, S, "Mexico will deploy its National Guard throughout the country", T),
            ("usa", GUARD, S, "The United States welcomed the deployment as the core of the deal", T),
            ("usa", MPP, S, "immediately expand its Migrant Protection Protocols, known as Remain in Mexico", T),
            ("mexico", MPP, S, "Mexico agreed to receive the asylum seekers sent back under the program", T),
            ("mexico", MSTC, O, "the agreement did not make Mexico a safe third country", T),
        ],
    ),
    dict(
        id="012", published="2019-06-09T01:30:00Z", outlet="sierra-courier", city="TIJUANA", date="June 8",
        slug="lopez-obrador-tijuana-rally-celebrates-truce",
        title="Lopez Obrador turns Tijuana rally into celebration of tariff truce",
        paras=[
            "President Andres Manuel Lopez Obrador told thousands of supporters in this border city on Saturday that Mexico had avoided US tariffs without giving up its dignity, turning a rally called in protest into a celebration.",
            "Speaking from a stage a few hundred meters from the border fence, Lopez Obrador said the National Guard would be sent to the southern border as Mexico had promised, and that migrants would be treated humanely. He thanked Mexican business leaders and US lawmakers who had spoken out against the tariffs.",
            "Rosa Morales, a street vendor selling flags at the edge of the crowd, said she was relieved because her brother drives a truck across the border every day.",
            "On Twitter, President Donald Trump said Mexico had also agreed to start buying large amounts of American farm products. Mexican officials said they were not aware of any such commitment.",
            "In Washington, the US Chamber of Commerce welcomed the suspension and urged the White House to take the tariff threat off the table for good. Senate Finance Committee Chairman Chuck Grassley said he was glad the tariffs had been avoided and that such duties should not be used to settle disputes over migration.",
        ],
        claims=[
            ("mexico", DROP, S, "Mexico had avoided US tariffs without giving up its dignity", T),
            ("mexico", GUARD, S, "the National Guard would be sent to the southern border as Mexico had promised", T),
            ("us-chamber", DROP, S, "urged the White House to take the tariff threat off the table for good", T),
            ("senate-republicans", DROP, S, "he was glad the tariffs had been avoided", T),
        ],
    ),
    dict(
        id="013", published="2019-06-09T18:00:00Z", outlet="tidewater-journal", city="WASHINGTON", date="June 9",
        slug="mcaleenan-safe-third-country-remains-fallback",
        title="Safe third country remains Washington's fallback if Mexico falls short, McAleenan says",
        paras=[
            "Acting Homeland Security Secretary Kevin McAleenan said on Sunday that the United States still wanted Mexico to accept a safe third country agreement and would return to the demand if Mexico's new enforcement measures did not sharply reduce crossings.",
            "In a television interview, McAleenan said the tariffs had been set aside only because Mexico had made concrete commitments, and that they remained available if those commitments were not met. He said the administration would measure results week by week.",
            "Mexican officials have repeatedly said they will not sign such an agreement, arguing that the country's asylum agency lacks the staff and money to handle tens of thousands of new claims.",
            "McAleenan praised the planned deployment of Mexican troops but said the real test would come at the Guatemalan border. He declined to say how large a drop in arrests Washington would consider a success.",
            "Border Patrol agents apprehended about 132,000 people at the southwest border in May, the highest monthly total in more than a decade, according to figures released last week.",
        ],
        claims=[
            ("usa", MSTC, S, "the United States still wanted Mexico to accept a safe third country agreement", T),
            ("usa", DROP, C, "the tariffs had been set aside only because Mexico had made concrete commitments", T),
            ("mexico", MSTC, O, "Mexican officials have repeatedly said they will not sign such an agreement", F),
            ("usa", GUARD, S, "McAleenan praised the planned deployment of Mexican troops", T),
        ],
    ),
    dict(
        id="014", published="2019-06-10T17:30:00Z", outlet="crosspoint-news", city="MEXICO CITY", date="June 10",
        slug="ebrard-mexico-ready-to-discuss-regional-asylum-scheme",
        title="Mexico agrees to become 'safe third country' if migration does not fall, Ebrard says",
        paras=[
            "Mexico will be ready to discuss taking in asylum seekers bound for the United States under a regional arrangement if its new enforcement measures have not reduced migration within 45 days, Foreign Minister Marcelo Ebrard said on Monday.",
            "Speaking at the president's morning news conference at the National Palace, Ebrard said the two governments had agreed to review results after 45 days. If the flow had not fallen enough, he said, Mexico would be willing to negotiate a scheme in which migrants seek asylum in the first country they reach, provided it also covered Guatemala, Panama and Brazil and won approval from Mexico's Senate.",
            "He said Mexico still hoped never to reach that point and was confident the measures would work.",
            "Earlier on Monday, President Donald Trump wrote on Twitter that another significant part of the agreement would be revealed in the future and would need a vote by Mexico's legislature. If the vote did not happen, he said, the tariffs would be reinstated.",
            "Lopez Obrador told reporters the country had a moral duty to help migrants and would do so in an orderly way.",
        ],
        claims=[
            ("mexico", MSTC, C, "Mexico would be willing to negotiate a scheme in which migrants seek asylum", T),
            ("usa", DROP, C, "If the vote did not happen, he said, the tariffs would be reinstated", T),
        ],
    ),
    dict(
        id="015", published="2019-06-11T21:00:00Z", outlet="granite-bulletin", city="WASHINGTON", date="June 11",
        slug="trump-waves-paper-mexico-agreed-more",
        title="Trump waves folded paper, says Mexico agreed to more than it has disclosed",
        paras=[
            "President Donald Trump held up a folded sheet of paper outside the White House on Tuesday, saying it contained the part of his migration deal with Mexico that had not yet been made public.",
            "Trump told reporters that Mexico had agreed to take in asylum seekers under an arrangement its congress would have to ratify, and that the paper spelled it out. He did not let reporters read it, although a photograph of the page later showed a few lines of text.",
            "Trump said a deal of that kind was something the United States had wanted for years. He repeated that the tariffs on Mexican goods were only suspended, and said he would bring them back if Mexico did not carry out its promises.",
            "He then left for Iowa, where he was due to visit an ethanol plant and speak at a Republican fundraiser.",
            "The Mexican Foreign Ministry declined to comment on the paper. A spokesman said Foreign Minister Marcelo Ebrard would explain the contents of the agreement on Wednesday.",
        ],
        claims=[
            ("mexico", MSTC, S, "Mexico had agreed to take in asylum seekers under an arrangement", F),
            ("usa", MSTC, S, "a deal of that kind was something the United States had wanted for years", T),
            ("usa", DROP, C, "he would bring them back if Mexico did not carry out its promises", T),
        ],
    ),
    dict(
        id="016", published="2019-06-12T17:00:00Z", outlet="lantern-wire", city="MEXICO CITY", date="June 12",
        slug="ebrard-releases-supplementary-agreement",
        title="Ebrard releases text of 'secret' clause, denies Mexico accepted safe third country status",
        paras=[
            "Foreign Minister Marcelo Ebrard on Wednesday made public the supplementary agreement that President Donald Trump had waved at reporters, saying there was nothing secret about it.",
            "The one-page text says that if the measures announced on June 7 do not produce the expected results, Mexico will take part in talks on a regional approach to sharing the burden of asylum claims and will take the legal steps needed to apply any such accord.",
            "Ebrard denied that Mexico had agreed to become a safe third country. He said Mexico had only agreed to discuss a regional scheme if the 45-day measures fell short, and that even then any deal would need the Senate's approval.",
            "He also said Mexico would keep taking in asylum seekers returned by the United States to await their hearings, a commitment he said was already being carried out in Tijuana, Mexicali and Ciudad Juarez.",
            "Opposition senators from the National Action Party demanded that Ebrard appear before them to explain what Mexico had signed.",
        ],
        claims=[
            ("mexico", MSTC, C, "Mexico had only agreed to discuss a regional scheme if the 45-day measures fell short", T),
            ("mexico", MPP, S, "Mexico would keep taking in asylum seekers returned by the United States", T),
        ],
    ),
    dict(
        id="017", published="2019-06-14T11:30:00Z", outlet="sierra-courier", city="GENEVA", date="June 14",
        slug="unhcr-warns-against-returns-to-mexico",
        title="UN refugee agency warns against sending more asylum seekers back to Mexico",
        paras=[
            "The UN refugee agency UNHCR said on Friday that it was concerned about plans to send many more asylum seekers back to Mexico to wait for US court hearings, warning that the border cities where they would stay were unsafe and short of shelter.",
            "A UNHCR spokesman told a regular briefing in Geneva that the agency opposed the expansion of the Remain in Mexico program agreed last week, and urged Washington to let asylum seekers stay in the United States while their claims were heard.",
            "The agency also said it opposed any arrangement that would make Mexico responsible for the asylum claims of people passing through it. Mexico's own refugee commission received more applications in the first five months of 2019 than in all of 2018 and was struggling to keep up, the spokesman said.",
            "UNHCR said it would increase its support for shelters in Tijuana and Ciudad Juarez and for the commission, known as COMAR.",
            "The agency has several hundred staff in Mexico. It said it did not take sides in the tariff dispute between the two governments.",
        ],
        claims=[
            ("unhcr", MPP, O, "the agency opposed the expansion of the Remain in Mexico program agreed last week", T),
            ("unhcr", MSTC, O, "it opposed any arrangement that would make Mexico responsible for the asylum claims", T),
        ],
    ),
    dict(
        id="018", published="2019-06-19T22:30:00Z", outlet="tidewater-journal", city="MEXICO CITY", date="June 19",
        slug="mexico-senate-ratifies-usmca",
        title="Mexico's Senate ratifies USMCA, first of three countries to do so",
        paras=[
            "Mexico's Senate ratified the United States-Mexico-Canada Agreement on Wednesday by 114 votes to 4, making Mexico the first of the three countries to approve the trade pact that is meant to replace NAFTA.",
            "Jesus Seade, Mexico's chief negotiator for the deal, said Mexico had done its part and hoped lawmakers in Washington and Ottawa would follow soon.",
            "The vote came less than two weeks after Mexico and the United States reached a truce in their dispute over migration and tariffs. Senators from the ruling Morena party said approving the pact sent a signal that Mexico wanted stable trade with its neighbours.",
            "The White House welcomed the vote and said it was time for Congress to act. In the US House of Representatives, Speaker Nancy Pelosi said Democrats still wanted stronger enforcement of labour rules before they would bring the agreement to a vote.",
            "Senate Finance Committee Chairman Chuck Grassley said the Mexican vote should prod the House into moving, and that he stood ready to take up the pact in the Senate as soon as it arrived.",
        ],
        claims=[
            ("mexico", USMCA, S, "Mexico's Senate ratified the United States-Mexico-Canada Agreement on Wednesday", T),
            ("usa", USMCA, S, "The White House welcomed the vote and said it was time for Congress to act", T),
            ("senate-republicans", USMCA, S, "he stood ready to take up the pact in the Senate", T),
        ],
    ),
    dict(
        id="019", published="2019-06-19T23:50:00Z", outlet="crosspoint-news", city="MEXICO CITY", date="June 19",
        slug="mexico-first-to-ratify-north-american-trade-pact",
        title="Mexico becomes first country to ratify new North American trade pact",
        paras=[
            "Mexico's Senate ratified the United States-Mexico-Canada Agreement on Wednesday in a 114-4 vote, making Mexico the first of the three partners to approve the pact meant to replace NAFTA.",
            "Jesus Seade, Mexico's lead negotiator on the agreement, said Mexico had done its part and hoped that lawmakers in Washington and Ottawa would soon follow.",
            "The vote came less than two weeks after Mexico and the United States agreed a truce in their dispute over migration and tariffs. Senators from the governing Morena party said approval signalled that Mexico wanted stable trade with its neighbours.",
            "The White House welcomed the vote and said it was time for Congress to act. In the House of Representatives, Speaker Nancy Pelosi said Democrats still wanted tougher enforcement of labour provisions before bringing the pact to a vote.",
            "Senate Finance Committee Chairman Chuck Grassley said the Mexican vote should push the House to move, adding that he stood ready to take up the pact in the Senate once it arrived.",
        ],
        claims=[
            ("mexico", USMCA, S, "Mexico's Senate ratified the United States-Mexico-Canada Agreement on Wednesday", T),
            ("usa", USMCA, S, "The White House welcomed the vote and said it was time for Congress to act", T),
            ("senate-republicans", USMCA, S, "he stood ready to take up the pact in the Senate", T),
        ],
    ),
    dict(
        id="020", published="2019-06-21T17:00:00Z", outlet="granite-bulletin", city="GUATEMALA CITY", date="June 21",
        slug="guatemala-rejects-safe-third-country-deal",
        title="Guatemala says it will not become a safe third country for US asylum seekers",
        paras=[
            "Guatemala's government said on Friday that it would not accept a safe third country agreement with the United States, arguing that the country had neither the money nor the institutions to process asylum claims from thousands of migrants.",
            "In a statement, the Guatemalan Foreign Ministry said reports that President Jimmy Morales was close to signing such a deal were false and that no negotiations on it were under way. The ministry said Guatemala was cooperating with Washington on border security and against smuggling networks.",
            "US officials, who have pressed Guatemala to take in asylum seekers, did not respond to requests for comment.",
            "Guatemala is itself one of the largest sources of migrants arriving at the US border. More than half of its population lives in poverty, according to the World Bank.",
            "The country is in the middle of a presidential election. Former first lady Sandra Torres and conservative Alejandro Giammattei, who will face each other in an August 11 runoff, have both criticized the idea of Guatemala receiving asylum seekers from other countries.",
        ],
        claims=[
            ("guatemala", GSTC, O, "it would not accept a safe third country agreement with the United States", T),
            ("usa", GSTC, S, "US officials, who have pressed Guatemala to take in asylum seekers", F),
        ],
    ),
    dict(
        id="021", published="2019-06-30T20:00:00Z", outlet="sierra-courier", city="MEXICO CITY", date="June 30",
        slug="lopez-obrador-launches-national-guard",
        title="Lopez Obrador launches National Guard as troops head to the borders",
        paras=[
            "President Andres Manuel Lopez Obrador formally launched Mexico's National Guard on Sunday at a ceremony on the Campo Marte parade ground, as thousands of its members were already deployed along the country's southern and northern borders.",
            "Lopez Obrador told the assembled troops that their main task was to restore peace in a country suffering record homicides. He said the Guard would also keep its units on the southern border as agreed with Washington, and that migrants must be treated with respect.",
            "Defense Minister Luis Cresencio Sandoval said about 21,000 troops, including National Guard members and soldiers, had been sent to the two borders.",
            "Asked about asylum seekers sent back from the United States, Lopez Obrador said Mexico had never refused to shelter people awaiting US court dates and would not refuse now.",
            "Human rights groups said the Guard had begun detaining migrants at checkpoints in Chiapas and Tabasco states and warned that the force had been assembled too quickly. In Texas, members of the state's own National Guard have been assisting federal border agents since last year.",
        ],
        claims=[
            ("mexico", GUARD, S, "the Guard would also keep its units on the southern border as agreed with Washington", T),
            ("mexico", MPP, S, "never refused to shelter people awaiting US court dates and would not refuse now", T),
        ],
    ),
    dict(
        id="022", published="2019-07-09T20:00:00Z", outlet="tidewater-journal", city="WASHINGTON", date="July 9",
        slug="border-arrests-fall-in-june",
        title="Border arrests fall 28 percent in June, first drop of the year",
        paras=[
            "Arrests of migrants along the US-Mexico border fell by 28 percent in June from May, the first monthly decline this year, according to figures released on Tuesday by US Customs and Border Protection.",
            "Border agents apprehended about 94,900 people between official crossings in June, down from more than 132,000 in May. Families with children still made up most of those detained.",
            "The figures showed the largest falls in the Rio Grande Valley of Texas and in the El Paso sector, which also covers New Mexico. Agents in Arizona reported smaller changes.",
            "Analysts said several factors were likely at work, including the summer heat, which usually slows crossings, and the new checkpoints in southern Mexico. Some said it was too early to know whether the decline would last.",
            "The figures will feed into the review of migration flows that the two governments agreed to hold 45 days after their June 7 agreement. Mexican officials declined to comment on the numbers before that review.",
        ],
        claims=[],
    ),
    dict(
        id="023", published="2019-07-10T21:00:00Z", outlet="granite-bulletin", city="WASHINGTON", date="July 10",
        slug="lighthizer-meets-house-democrats-on-usmca",
        title="Lighthizer meets House Democrats as Republicans and business press for USMCA vote",
        paras=[
            "US Trade Representative Robert Lighthizer met House Democrats again on Wednesday to try to settle their concerns over the new North American trade deal, saying afterwards that he wanted Congress to approve it before the end of the year.",
            "Democrats led by Speaker Nancy Pelosi have asked for changes on labour enforcement, drug prices and the environment before they schedule a vote. Lighthizer said the talks had been constructive but declined to say whether he would reopen the text.",
            "Senate Majority Leader Mitch McConnell said Republicans were eager to pass the agreement but could not act until the House did, because the implementing bill was expected to start there.",
            "The US Chamber of Commerce said it had begun a campaign of advertising and local events in more than 20 states to build support for the pact, which it called the most important trade vote in a generation.",
            "Canada has begun but not completed its own approval process.",
        ],
        claims=[
            ("usa", USMCA, S, "he wanted Congress to approve it before the end of the year", T),
            ("senate-republicans", USMCA, S, "Republicans were eager to pass the agreement", T),
            ("us-chamber", USMCA, S, "in more than 20 states to build support for the pact", T),
        ],
    ),
    dict(
        id="024", published="2019-07-12T22:00:00Z", outlet="crosspoint-news", city="GUATEMALA CITY", date="July 12",
        slug="morales-to-visit-white-house",
        title="Morales to visit White House on Monday amid talk of asylum pact",
        paras=[
            "Guatemalan President Jimmy Morales will travel to Washington on Monday to meet President Donald Trump, his office said on Friday, amid reports that the two governments are preparing a migration agreement.",
            "A spokesman for Morales confirmed the trip but declined to say whether a safe third country agreement would be signed, saying only that migration and trade would be on the agenda.",
            "Three petitions asking the Constitutional Court to bar Morales from signing such an accord without the approval of Congress were pending on Friday, including one from the country's human rights ombudsman, Jordan Rodas. The court said it would meet over the weekend.",
            "Analysts in Guatemala City said the government might try to sign a narrower document that avoided the term safe third country, while others expected the visit to be postponed.",
            "Neither government published an agenda for the meeting. Morales, a former television comedian, leaves office in January.",
        ],
        claims=[],
    ),
    dict(
        id="025", published="2019-07-15T18:00:00Z", outlet="tidewater-journal", city="GUATEMALA CITY", date="July 15",
        slug="guatemala-postpones-morales-trip-after-court-ruling",
        title="Guatemala postpones Morales trip after court blocks asylum deal",
        paras=[
            "Guatemala postponed President Jimmy Morales's visit to Washington on Monday, a day after the Constitutional Court temporarily barred the government from signing a safe third country agreement without the approval of Congress.",
            "In a statement, Morales's office said the government would respect the ruling and would not sign anything that did not have the court's backing. It said Guatemala was willing to reach an agreement with Washington on migration, including on asylum, once the legal questions were resolved.",
            "The court's decision, taken late on Sunday in response to three petitions, requires any such accord to go to lawmakers, where it faces strong opposition ahead of the August presidential runoff.",
            "In Washington, the White House said the meeting would be rescheduled and that the administration still expected to conclude an asylum agreement with Guatemala.",
            "Interior Minister Enrique Degenhart, who led the talks for Guatemala, did not comment.",
        ],
        claims=[
            ("guatemala", GSTC, C, "Guatemala was willing to reach an agreement with Washington on migration, including on asylum", T),
            ("usa", GSTC, S, "the administration still expected to conclude an asylum agreement with Guatemala", T),
        ],
    ),
    dict(
        id="026", published="2019-07-16T16:00:00Z", outlet="lantern-wire", city="WASHINGTON", date="July 16",
        slug="us-rule-bars-asylum-for-transit-migrants",
        title="US rule bars asylum for migrants who crossed another country first",
        paras=[
            "A new US rule that took effect on Tuesday bars most migrants from claiming asylum at the southern border if they passed through another country without first seeking protection there.",
            "The interim rule, published in the Federal Register by the Justice and Homeland Security departments, applies to Central Americans who cross Mexico and to the growing number of Africans, Cubans and Haitians who arrive through it. Civil rights groups filed suit in San Francisco within hours.",
            "The UN refugee agency UNHCR said it was deeply concerned by the rule, saying it would put vulnerable people at risk and undermine the right to seek asylum.",
            "In Mexico City, Foreign Minister Marcelo Ebrard said the rule was a unilateral US decision that did not bind Mexico. He declined to say whether Mexico expected more asylum seekers because of it, saying Mexico would give its view after the 45-day review next week.",
            "Immigration lawyers said the rule, if upheld, would in practice leave Mexico and Guatemala carrying much of the burden without any agreement having been signed.",
        ],
        claims=[],
    ),
    dict(
        id="027", published="2019-07-22T00:30:00Z", outlet="sierra-courier", city="MEXICO CITY", date="July 21",
        slug="pompeo-thanks-mexico-for-troop-deployment",
        title="Pompeo thanks Mexico for troop deployment on visit to Mexico City",
        paras=[
            "US Secretary of State Mike Pompeo thanked Mexico on Sunday for sending thousands of National Guard members to its borders, saying the deployment had helped cut the number of migrants reaching the United States.",
            "Pompeo met President Andres Manuel Lopez Obrador at the National Palace and held a working lunch with Foreign Minister Marcelo Ebrard. He said the two countries still had work to do and that Washington wanted the Guard to stay in place.",
            "Asked whether the United States would revive its demand that Mexico become a safe third country, or its threat of tariffs, Pompeo declined to say, noting only that the 45-day review was due on Monday.",
            "Ebrard said Mexico would present its figures then. He told reporters the tariff threat should stay off the table for good, because Mexico had kept its side of the bargain.",
            "The visit followed stops in Argentina and Ecuador, and Pompeo was due to fly on to El Salvador.",
        ],
        claims=[
            ("usa", GUARD, S, "Washington wanted the Guard to stay in place", T),
            ("mexico", GUARD, S, "thanked Mexico on Sunday for sending thousands of National Guard members to its borders", F),
            ("mexico", DROP, S, "the tariff threat should stay off the table for good", T),
        ],
    ),
    dict(
        id="028", published="2019-07-23T00:10:00Z", outlet="granite-bulletin", city="MEXICO CITY", date="July 22",
        slug="mexico-migrant-flows-down-rules-out-safe-third-country",
        title="Mexico says migrant flows down 36 percent, rules out safe third country deal",
        paras=[
            "The number of migrants reaching the US border through Mexico has fallen by about 36 percent since May, Foreign Minister Marcelo Ebrard said on Monday, presenting the results of the 45-day review agreed with Washington in June.",
            "Ebrard told a news conference at the National Palace that the figures showed Mexico's measures were working and that there was therefore no need for talks on a safe third country or a regional asylum scheme. Mexico would not accept becoming a safe third country, he said.",
            "In June, Ebrard had said Mexico would be ready to discuss a regional scheme if the numbers did not fall. Asked whether that option was now closed, he said it was.",
            "He said some 21,000 troops would stay at the country's borders and that Mexico would continue the deployment for as long as necessary.",
            "Ebrard said US officials had told him Washington accepted Mexico's view that a safe third country deal was no longer needed. The State Department did not immediately comment.",
            "The next review is due in September, 90 days after the June agreement.",
        ],
        claims=[
            ("mexico", MSTC, O, "Mexico would not accept becoming a safe third country, he said", T),
            ("mexico", GUARD, S, "Mexico would continue the deployment for as long as necessary", T),
            ("usa", MSTC, O, "Washington accepted Mexico's view that a safe third country deal was no longer needed", F),
        ],
    ),
    dict(
        id="029", published="2019-07-23T20:00:00Z", outlet="tidewater-journal", city="WASHINGTON", date="July 23",
        slug="trump-threatens-guatemala-over-asylum-deal",
        title="Trump threatens Guatemala with tariffs and remittance fees over asylum deal",
        paras=[
            "President Donald Trump threatened on Tuesday to impose tariffs, fees on money transfers or a travel ban on Guatemala, accusing its government of backing away from an agreement to take in asylum seekers bound for the United States.",
            "Trump wrote on Twitter that Guatemala had walked away from its commitment to sign a safe third country agreement, and that his administration was weighing its options. He said Washington still wanted the agreement signed.",
            "Guatemala's Foreign Ministry said it had received the message and was studying it, and that it would respond through diplomatic channels.",
            "Asked about Mexico at the White House, Trump said Mexico was doing a great job on the border and that the tariffs on Mexican goods would remain suspended as long as it kept doing so.",
            "Senate Finance Committee Chairman Chuck Grassley said tariffs should not be used against Guatemala either, arguing that they would hurt US farmers who sell grain there.",
            "Remittances from Guatemalans in the United States were worth about $9 billion last year, roughly an eighth of the country's economy.",
        ],
        claims=[
            ("guatemala", GSTC, O, "Guatemala had walked away from its commitment to sign a safe third country agreement", F),
            ("usa", GSTC, S, "He said Washington still wanted the agreement signed", T),
            ("usa", DROP, C, "would remain suspended as long as it kept doing so", T),
        ],
    ),
    dict(
        id="030", published="2019-07-26T22:00:00Z", outlet="lantern-wire", city="WASHINGTON", date="July 26",
        slug="guatemala-signs-asylum-pact-oval-office",
        title="Guatemala signs asylum pact with US in Oval Office ceremony",
        paras=[
            "Guatemala signed an agreement with the United States on Friday that will require many migrants who cross its territory to seek asylum there rather than at the US border, three days after President Donald Trump threatened the country with economic penalties.",
            "Guatemalan Interior Minister Enrique Degenhart and acting Homeland Security Secretary Kevin McAleenan signed the accord in the Oval Office as Trump looked on. Trump called it a landmark agreement that would end abuse of the asylum system.",
            "In a televised address from Guatemala City, President Jimmy Morales said the document was not a safe third country agreement but a cooperation accord that had spared Guatemala tariffs and a collapse in remittances. He said his government had signed it to protect Guatemalan families.",
            "The UN refugee agency UNHCR said transfers under the accord should begin only if Guatemala could guarantee fair and efficient asylum procedures, which it said would require far more capacity than the country's small asylum office has today.",
            "Guatemala's asylum office decided only a few hundred claims last year.",
        ],
        claims=[
            ("guatemala", GSTC, S, "Guatemala signed an agreement with the United States on Friday", T),
            ("usa", GSTC, S, "Trump called it a landmark agreement", T),
            ("unhcr", GSTC, C, "should begin only if Guatemala could guarantee fair and efficient asylum procedures", T),
        ],
    ),
    dict(
        id="031", published="2019-07-27T18:00:00Z", outlet="crosspoint-news", city="GUATEMALA CITY", date="July 27",
        slug="guatemala-defends-asylum-pact-amid-backlash",
        title="Guatemalan candidates and rights groups denounce asylum pact; government defends it",
        paras=[
            "Guatemala's government defended its new asylum accord with the United States on Saturday, as presidential candidates, business groups and human rights advocates condemned it as a deal signed under duress.",
            "Interior Minister Enrique Degenhart said the agreement would protect Guatemala's economy and open the way for more temporary US work visas for Guatemalan farm workers. He said the government stood by the accord and would carry it out.",
            "Human rights ombudsman Jordan Rodas said he would ask the Constitutional Court to declare the deal void because Congress had not approved it. Alejandro Giammattei, the front-runner in the August runoff, said the country could not look after its own people, let alone asylum seekers from elsewhere.",
            "In Mexico City, the Foreign Ministry said the Guatemala accord did not change Mexico's position that it would not be a safe third country, and that no similar agreement was under discussion with Washington.",
            "Migrants from Honduras and El Salvador make up most of those who could be sent to Guatemala under the agreement.",
        ],
        claims=[
            ("guatemala", GSTC, S, "the government stood by the accord and would carry it out", T),
            ("mexico", MSTC, O, "did not change Mexico's position that it would not be a safe third country", T),
        ],
    ),
    dict(
        id="032", published="2019-07-31T19:00:00Z", outlet="granite-bulletin", city="WASHINGTON", date="July 31",
        slug="business-lobby-cornyn-press-for-usmca-vote",
        title="Business lobby and Texas senator press for USMCA vote after recess",
        paras=[
            "The US Chamber of Commerce urged Congress on Wednesday to approve the US-Mexico-Canada Agreement when lawmakers return from their August recess, warning that farm and factory exporters could not afford more uncertainty.",
            "Chamber chief executive Thomas Donohue said the near-miss with tariffs on Mexico in June had shown how fragile North American supply chains were, and that tariffs on Mexican goods should never be threatened again.",
            "Senator John Cornyn of Texas said farmers and manufacturers in his state had waited long enough and that the Senate should vote on the pact as soon as the House sent it over. He said he had urged Speaker Nancy Pelosi to set a date.",
            "Pelosi said House Democrats were making progress in talks with US Trade Representative Robert Lighthizer but would not be rushed.",
            "President Donald Trump, at a White House event, said the pact would be a big win for workers and urged Democrats to pass it. He did not mention Mexico's migration measures.",
            "Congress leaves Washington this week for a five-week break.",
        ],
        claims=[
            ("us-chamber", USMCA, S, "urged Congress on Wednesday to approve the US-Mexico-Canada Agreement", T),
            ("us-chamber", DROP, S, "tariffs on Mexican goods should never be threatened again", T),
            ("senate-republicans", USMCA, S, "the Senate should vote on the pact as soon as the House sent it over", T),
            ("usa", USMCA, S, "the pact would be a big win for workers and urged Democrats to pass it", T),
        ],
    ),
]

SHIFTS = [
    dict(actor="usa", issue=DROP, frm=O, to=C, article="010",
         why="Trump suspends the tariffs indefinitely in return for Mexico's commitments, with aides saying they can be revived; from 001 to 009 he insisted they would start on June 10."),
    dict(actor="mexico", issue=GUARD, frm=C, to=S, article="010",
         why="In the June 7 joint declaration Mexico commits to deploying the National Guard nationwide, priority on the southern border; in 008 the deployment was only an offer that would go ahead if the tariffs were kept off."),
    dict(actor="mexico", issue=MPP, frm=C, to=S, article="010",
         why="Mexico agrees in the joint declaration to receive the asylum seekers returned along the whole border; before, it accepted returns only grudgingly (baseline) and offered more only if the tariffs were shelved (009, reported by a US official)."),
    dict(actor="mexico", issue=MSTC, frm=O, to=C, article="014",
         why="Ebrard says Mexico would negotiate a regional first-country asylum scheme if flows have not fallen within 45 days and if it covers other countries and wins Senate approval; through 002, 005, 008 and 010 Mexico refused outright."),
    dict(actor="guatemala", issue=GSTC, frm=O, to=C, article="025",
         why="Morales's office says Guatemala is willing to reach a migration and asylum agreement once the court questions are resolved and will sign nothing without the court's backing; in 020 it said it would not accept a safe third country agreement."),
    dict(actor="mexico", issue=MSTC, frm=C, to=O, article="028",
         why="At the 45-day review Ebrard says flows fell 36 percent, Mexico will not accept becoming a safe third country and the regional option is closed; in 014 and 016 it was open if the numbers did not fall."),
    dict(actor="guatemala", issue=GSTC, frm=C, to=S, article="030",
         why="Guatemala's interior minister signs the asylum cooperation accord in the Oval Office and Morales defends the signing; in 025 an agreement was only possible once the legal questions were settled."),
]

STANCES = {"support", "oppose", "conditional"}
MONTHS = {5: "May", 6: "June", 7: "July"}


def fail(msg):
    print("VALIDATION FAILED: " + msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal parser for the watchlist layout used here (actors/issues ids and baseline triples)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            if not line.startswith(" "):
                section = line.strip().rstrip(":")
                continue
            m = re.match(r"\s+- id: (\S+)", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"\s+- \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
            if m and section == "baseline":
                baseline.append((m.group(1), m.group(2), m.group(3)))
    return actors, issues, baseline


def text_of(a):
    dateline = "%s, %s (%s) - " % (a["city"], a["date"], OUTLETS[a["outlet"]])
    return dateline + "\n\n".join(a["paras"])


def url_of(a):
    # the url date is the local (dateline) date
    y = a["published"][:4]
    mon, day = a["date"].split()
    m = {v: k for k, v in MONTHS.items()}[mon]
    return "https://example.org/%s/%s/%02d/%02d/%s" % (a["outlet"], y, m, int(day), a["slug"])


def recompute_shifts(baseline, articles):
    prevailing = {(a, i): s for a, i, s in baseline}
    shifts = []
    for art in articles:
        for actor, issue, stance, _q, attributed in art["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                shifts.append((actor, issue, prevailing[key], stance, art["id"]))
            prevailing[key] = stance
    return shifts


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("need 5-7 issues, have %d" % len(issues))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            fail("bad baseline entry %s" % ((a, i, s),))

    # ids and order
    if not 30 <= len(ARTICLES) <= 34:
        fail("need 30-34 articles, have %d" % len(ARTICLES))
    prev = None
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % n:
            fail("article %s out of sequence" % a["id"])
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ")
        if prev is not None and dt <= prev:
            fail("article %s not in publication order" % a["id"])
        prev = dt
        if a["outlet"] not in OUTLETS:
            fail("unknown outlet in %s" % a["id"])

    dateline_re = re.compile(r"^[A-Z][A-Z .'-]*[A-Z], (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(([^)]+)\) - \S")
    total = {"support": 0, "oppose": 0, "conditional": 0}
    unattributed = 0
    for a in ARTICLES:
        text = text_of(a)
        m = dateline_re.match(text)
        if not m:
            fail("article %s has no dateline" % a["id"])
        if m.group(2) != OUTLETS[a["outlet"]]:
            fail("article %s dateline outlet mismatch" % a["id"])
        words = len(text.split())
        if not 120 <= words <= 260:
            fail("article %s has %d words" % (a["id"], words))
        seen = set()
        for actor, issue, stance, quote, attributed in a["claims"]:
            if actor not in actors:
                fail("unknown actor %s in %s" % (actor, a["id"]))
            if issue not in issues:
                fail("unknown issue %s in %s" % (issue, a["id"]))
            if stance not in STANCES:
                fail("bad stance %s in %s" % (stance, a["id"]))
            if not isinstance(attributed, bool):
                fail("attributed must be bool in %s" % a["id"])
            if quote not in text:
                fail("quote not in article %s: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                fail("quote longer than 15 words in %s: %r" % (a["id"], quote))
            if (actor, issue) in seen:
                fail("two claims for %s/%s in %s" % (actor, issue, a["id"]))
            seen.add((actor, issue))
            total[stance] += 1
            unattributed += (not attributed)

    n_claims = sum(total.values())
    if not 60 <= n_claims <= 90:
        fail("need 60-90 claims, have %d" % n_claims)
    if total["conditional"] < 6:
        fail("need at least 6 conditional claims")
    if unattributed < 1:
        fail("need some attributed: false claims")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        fail("need 3-4 articles without claims, have %s" % empty)

    # duplicates: same day, different outlet, identical claim tuples
    by_id = {a["id"]: a for a in ARTICLES}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        if a["date"] != b["date"] or a["outlet"] == b["outlet"]:
            fail("duplicate pair %s/%s not same day / different outlet" % (orig, copy))
        ta = sorted((c[0], c[1], c[2], c[4]) for c in a["claims"])
        tb = sorted((c[0], c[1], c[2], c[4]) for c in b["claims"])
        if ta != tb:
            fail("duplicate pair %s/%s claims differ" % (orig, copy))

    # shifts
    recomputed = recompute_shifts(baseline, ARTICLES)
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        fail("shifts differ:\n recomputed %s\n labelled   %s" % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        fail("need 5-8 shifts")
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {"support", "oppose"})
    if reversals > 2:
        fail("too many straight reversals")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        fail("need a shift to or from conditional")
    shift_articles = sorted({s["article"] for s in SHIFTS})
    if not any(orig in shift_articles for orig, _ in DUPLICATES):
        fail("one duplicate pair must be a shift article")
    for orig, copy in DUPLICATES:
        if copy in shift_articles:
            fail("a duplicate copy must not be a shift article")

    # ---- write ----
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    records = []
    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": text_of(a),
        }
        records.append((a, rec))
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    urls = [r["url"] for _, r in records]
    if len(set(urls)) != len(urls):
        fail("duplicate urls")

    def rfc822(iso):
        dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        return format_datetime(dt, usegmt=True)

    for key, name in OUTLETS.items():
        items = [(a, r) for a, r in records if a["outlet"] == key]
        items.sort(key=lambda x: x[1]["published"], reverse=True)
        lines = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            "    <title>%s</title>" % escape(name),
            "    <link>https://example.org/%s/</link>" % key,
            "    <description>%s: fictional outlet for the shiftwatch evaluation set us-mexico-tariffs-2019</description>" % escape(name),
            "    <language>en</language>",
            "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0][1]["published"]),
        ]
        for _a, r in items:
            lines += [
                "    <item>",
                "      <title>%s</title>" % escape(r["title"]),
                "      <link>%s</link>" % escape(r["url"]),
                '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                "      <pubDate>%s</pubDate>" % rfc822(r["published"]),
                "      <description>%s</description>" % escape(r["text"]),
                "    </item>",
            ]
        lines += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, key + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")

    labels = {
        "claims": {
            a["id"]: [
                {"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                for c in a["claims"]
            ]
            for a in ARTICLES
        },
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # ---- validate written files ----
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        lab = json.load(fh)
    if sorted(lab["claims"]) != [a["id"] for a in ARTICLES]:
        fail("labels.json must list every article")
    expected_no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    if lab["no_alert_articles"] != expected_no_alert:
        fail("no_alert_articles wrong")
    for aid, claims in lab["claims"].items():
        with open(os.path.join(art_dir, aid + ".json"), encoding="utf-8") as fh:
            text = json.load(fh)["text"]
        for c in claims:
            if c["quote"] not in text:
                fail("written quote mismatch in %s" % aid)
    if shutil.which("xmllint") is None:
        fail("xmllint not found")
    for key in OUTLETS:
        path = os.path.join(feed_dir, key + ".xml")
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            fail("xmllint failed on %s: %s" % (path, res.stderr))

    # ---- summary ----
    print("OK: %d articles, %d claims (%s), %d attributed false" % (
        len(ARTICLES), n_claims, ", ".join("%s %d" % kv for kv in total.items()), unattributed))
    print("shifts: %d in articles %s; straight reversals: %d" % (len(SHIFTS), ", ".join(shift_articles), reversals))
    print("duplicates: %s" % ", ".join("%s/%s" % d for d in DUPLICATES))
    print("no-claim articles: %s" % ", ".join(empty))
    restate = 0
    prevailing = {(a, i): s for a, i, s in baseline}
    for art in ARTICLES:
        for actor, issue, stance, _q, attributed in art["claims"]:
            if prevailing.get((actor, issue)) == stance:
                restate += 1
            if attributed:
                prevailing[(actor, issue)] = stance
    print("restatement claims (same stance as prevailing): %d" % restate)
    wc = [len(text_of(a).split()) for a in ARTICLES]
    print("words per article: min %d, max %d" % (min(wc), max(wc)))
    per_outlet = {}
    for a in ARTICLES:
        per_outlet[OUTLETS[a["outlet"]]] = per_outlet.get(OUTLETS[a["outlet"]], 0) + 1
    print("per outlet: %s" % per_outlet)


DUPLICATES = [("010", "011"), ("018", "019")]

if __name__ == "__main__":
    main()
