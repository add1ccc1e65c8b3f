#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set german-coalition-talks-2017.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates everything (including `xmllint --noout` on every feed).
watchlist.yaml is maintained by hand and only read here.

Usage: python3 build.py
"""

import datetime as dt
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
TOPIC = "german-coalition-talks-2017"

OUTLETS = {
    "Atlas Wire": "atlas-wire",
    "Elbe Observer": "elbe-observer",
    "Kestrel News": "kestrel-news",
    "Linden Report": "linden-report",
    "Tidewater Post": "tidewater-post",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, slug, title, paragraphs, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="2017-09-25T10:30:00Z",
        source="Atlas Wire",
        slug="battered-spd-heads-for-opposition",
        title="Battered SPD heads for opposition as Merkel looks to FDP and Greens",
        paras=[
            "BERLIN, Sept 25 (Atlas Wire) - Germany's Social Democrats will not serve another term as junior partner to Chancellor Angela Merkel, party leader Martin Schulz confirmed on Monday, a day after the SPD slumped to its worst result since the Second World War.",
            "Schulz told reporters at the party's Willy-Brandt-Haus headquarters that voters had handed the SPD the job of leading the opposition and that the grand coalition had run its course. The party's leadership backed that line unanimously, he said.",
            "The decision leaves Merkel, whose conservative bloc came first despite heavy losses, with one realistic route to a majority. She said her Christian Democrats would seek talks with both the Free Democrats and the Greens on forming a government together, an untested alliance nicknamed 'Jamaica' after the colours of the Caribbean country's flag.",
            "FDP leader Christian Lindner, whose party returns to the Bundestag after four years outside it, struck a cautious note. The Free Democrats would join only if a coalition delivered a real change of course on education, digital infrastructure and taxes, he said, adding that his party did not need to govern at any price.",
            "The far-right Alternative for Germany entered parliament as the third-largest force, a result that has unsettled all of the established parties.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", O, "Germany's Social Democrats will not serve another term as junior partner", True),
            ("cdu", "jamaica-coalition", S, "her Christian Democrats would seek talks with both the Free Democrats and the Greens", True),
            ("fdp", "jamaica-coalition", C, "The Free Democrats would join only if a coalition delivered a real change of course", True),
        ],
    ),
    # 002
    dict(
        published="2017-09-26T14:00:00Z",
        source="Elbe Observer",
        slug="seehofer-makes-refugee-cap-price-of-coalition",
        title="Seehofer makes refugee cap the price of CSU's entry into government",
        paras=[
            "MUNICH, Sept 26 (Elbe Observer) - Bavaria's Christian Social Union will insist on a fixed annual limit of 200,000 refugees in any talks on a new German government, party chairman Horst Seehofer said on Tuesday after a tense meeting of the CSU leadership.",
            "The CSU, sister party to Chancellor Angela Merkel's Christian Democrats, lost more than ten points in its Bavarian heartland on Sunday, much of it to the far right. Seehofer, under pressure from critics who want him to step aside, said the result showed that voters wanted the conservatives to close their right flank.",
            "He said the CSU would not enter any coalition that did not include an upper limit on refugee numbers, a demand Merkel has resisted for two years. Asked whether that applied to a partnership with the FDP and the Greens, he said it applied to every possible partner.",
            "The Greens dismissed the idea on Tuesday. Co-leader Katrin Goering-Eckardt said a cap on the right to asylum was incompatible with the constitution and that her party would never agree to one.",
            "Bavaria holds a state election next autumn, and several CSU lawmakers said privately that the party could not afford to be seen giving ground on migration.",
        ],
        claims=[
            ("csu", "refugee-cap", S, "will insist on a fixed annual limit of 200,000 refugees", True),
            ("csu", "jamaica-coalition", C, "the CSU would not enter any coalition that did not include an upper limit", True),
            ("cdu", "refugee-cap", O, "a demand Merkel has resisted for two years", False),
            ("greens", "refugee-cap", O, "her party would never agree to one", True),
        ],
    ),
    # 003
    dict(
        published="2017-09-30T17:45:00Z",
        source="Kestrel News",
        slug="greens-vote-to-explore-jamaica-coalition",
        title="Greens vote to explore coalition with Merkel and the FDP",
        paras=[
            "BERLIN, Sept 30 (Kestrel News) - Germany's Greens cleared the way on Saturday for exploratory talks with Chancellor Angela Merkel's conservatives and the pro-business FDP, after delegates at a small party congress backed the leadership's course by a wide margin.",
            "Co-leader Cem Ozdemir told the meeting that the Greens were ready to sound out a so-called Jamaica coalition but would sign up to one only if it set Germany on a credible path away from coal. He said the 20 most polluting coal-fired power plants had to come off the grid quickly and that a firm end date for coal power was a core demand.",
            "The motion adopted by the delegates also called for a resumption of family reunification for refugees with subsidiary protection. The right of this group to bring relatives was suspended in 2016 and is due to return in March unless parliament extends the freeze.",
            "Some members of the party's left wing warned that the Greens risked selling out their principles in a government with the Bavarian CSU. Ozdemir acknowledged the distance between the parties on migration but said it would be irresponsible to refuse to talk.",
            "The Greens won 8.9 percent of the vote last Sunday, slightly more than four years ago.",
        ],
        claims=[
            ("greens", "jamaica-coalition", C, "would sign up to one only if it set Germany on a credible path", True),
            ("greens", "coal-phase-out", S, "a firm end date for coal power was a core demand", True),
            ("greens", "family-reunification", S, "The motion adopted by the delegates also called for a resumption of family reunification", True),
        ],
    ),
    # 004
    dict(
        published="2017-10-09T16:20:00Z",
        source="Linden Report",
        slug="merkel-bows-to-bavarian-allies-on-refugee-limit",
        title="Merkel bows to Bavarian allies with 200,000 refugee limit",
        paras=[
            "BERLIN, Oct 9 (Linden Report) - Chancellor Angela Merkel's Christian Democrats and their Bavarian sister party have settled a two-year feud over migration, agreeing late on Sunday that Germany should take in no more than 200,000 people a year on humanitarian grounds.",
            "The compromise, reached after ten hours of talks at the CDU's Konrad-Adenauer-Haus headquarters, gives the CSU the number it had campaigned for. But at Merkel's insistence the word cap appears nowhere in the text. Presenting the paper on Monday, Merkel said the two parties had agreed on a flexible framework rather than a rigid upper limit. The government and the Bundestag could raise the figure if a new crisis required it, she said, and nobody would be turned away at the border.",
            "For two years Merkel had rejected any fixed ceiling as incompatible with the right to asylum.",
            "CSU leader Horst Seehofer called the deal a success and said the 200,000 figure was the limit his party had demanded all along.",
            "The Greens reacted coolly. Cem Ozdemir said the paper was the position of two parties and not a basis for coalition talks, and that the Greens continued to reject a cap in any form.",
            "Exploratory talks with the FDP and the Greens are expected to begin next week.",
        ],
        claims=[
            ("cdu", "refugee-cap", C, "agreed on a flexible framework rather than a rigid upper limit", True),
            ("csu", "refugee-cap", S, "the 200,000 figure was the limit his party had demanded all along", True),
            ("greens", "refugee-cap", O, "the Greens continued to reject a cap in any form", True),
        ],
    ),
    # 005 (no claims)
    dict(
        published="2017-10-18T18:00:00Z",
        source="Tidewater Post",
        slug="jamaica-talks-open-next-to-reichstag",
        title="Four-party talks open in building next to the Reichstag",
        paras=[
            "BERLIN, Oct 18 (Tidewater Post) - Negotiators from four German parties sat down on Wednesday for the first formal round of exploratory talks on a possible government, meeting in the German Parliamentary Society's building next to the Reichstag.",
            "The conservatives met the FDP in the afternoon and the Greens in the evening. All four delegations, more than fifty people in total, are due to gather around one table on Friday. Photographers camped outside the building, where delegates stepped onto a balcony during breaks.",
            "No timetable has been agreed. A spokesman for the chancellery declined to say when the parties hoped to finish, and participants were asked not to brief journalists on the content.",
            "Political scientists said the talks were likely to run until at least mid-November, and some predicted that a government would not be in place before Christmas. A coalition of the same three colours has governed the northern state of Schleswig-Holstein since the summer, but analysts cautioned that the differences at federal level were far larger.",
            "Merkel stays in office as caretaker chancellor until a new government is sworn in. The newly elected Bundestag meets for its first session next Tuesday.",
        ],
        claims=[],
    ),
    # 006
    dict(
        published="2017-10-20T20:30:00Z",
        source="Atlas Wire",
        slug="first-four-party-round-exposes-coal-rift",
        title="First four-party round exposes rifts over coal and taxes",
        paras=[
            "BERLIN, Oct 20 (Atlas Wire) - The first round of talks between all four would-be partners in a German 'Jamaica' coalition ended on Friday with an agreement to keep talking and little else, as the FDP and the Greens clashed openly over coal.",
            "Greens negotiator Juergen Trittin said his party would not leave the climate chapter without a plan to switch off the oldest coal-fired plants, calling the closures essential if Germany was to meet its climate goals.",
            "Christian Lindner rejected that approach. The FDP leader said setting political deadlines for individual power plants amounted to a planned economy and would put jobs and a secure power supply at risk.",
            "Lindner also repeated the FDP's demand to abolish the solidarity surcharge, the income-tax levy introduced after reunification, and said the Free Democrats would stay at the table only as long as the talks promised tax relief for the middle class.",
            "FDP deputy leader Wolfgang Kubicki was more blunt. He told a broadcaster that he could not yet rule out the talks failing and put the chances of success at barely better than even.",
            "The parties plan to work through a dozen policy areas over the next two weeks before deciding whether to open formal coalition negotiations.",
        ],
        claims=[
            ("greens", "coal-phase-out", S, "would not leave the climate chapter without a plan to switch off the oldest coal-fired", True),
            ("fdp", "coal-phase-out", O, "setting political deadlines for individual power plants amounted to a planned economy", True),
            ("fdp", "jamaica-coalition", C, "would stay at the table only as long as the talks promised tax relief", True),
        ],
    ),
    # 007 (shift: greens coal-phase-out support -> conditional)
    dict(
        published="2017-11-02T19:10:00Z",
        source="Elbe Observer",
        slug="greens-drop-insistence-on-coal-exit-date",
        title="Greens drop insistence on coal exit date to rescue Jamaica talks",
        paras=[
            "BERLIN, Nov 2 (Elbe Observer) - Germany's Greens signalled on Thursday that they would give up two signature campaign demands, a fixed end date for coal power and a ban on new combustion-engine cars from 2030, in an effort to keep coalition talks with Chancellor Angela Merkel's conservatives and the FDP alive.",
            "Co-leader Katrin Goering-Eckardt said the Greens no longer insisted on a date for the coal exit but expected a substantial number of coal plants to be shut in the coming term. The party was ready to compromise on the path as long as Germany's climate targets were met, she said.",
            "According to participants, Merkel has proposed in the talks to cut coal capacity by up to seven gigawatts, roughly the output of a dozen large plants, provided that the power supply remains secure. Her office declined to confirm the figure.",
            "The FDP was unmoved. Lindner said switching off plants by political decision would drive up electricity prices and that his party saw no need for such closures.",
            "The IG BCE mining and energy union warned that tens of thousands of jobs in the Lusatia and Rhineland coal regions were at stake.",
            "The parties want to decide by mid-November whether to open formal coalition negotiations.",
        ],
        claims=[
            ("greens", "coal-phase-out", C, "ready to compromise on the path as long as Germany's climate targets were met", True),
            ("cdu", "coal-phase-out", C, "Merkel has proposed in the talks to cut coal capacity by up to seven gigawatts", False),
            ("fdp", "coal-phase-out", O, "his party saw no need for such closures", True),
        ],
    ),
    # 008
    dict(
        published="2017-11-09T15:30:00Z",
        source="Kestrel News",
        slug="family-reunification-toughest-hurdle",
        title="Refugee families emerge as toughest hurdle in Jamaica talks",
        paras=[
            "BERLIN, Nov 9 (Kestrel News) - Whether refugees with limited protection status should be allowed to bring their families to Germany has become the most bitter dispute in the talks on a 'Jamaica' coalition, negotiators said on Thursday.",
            "CSU parliamentary group leader Alexander Dobrindt said the suspension of family reunification for this group had to be extended beyond March. Letting relatives follow would overwhelm towns and cities that were still struggling to integrate the arrivals of 2015, he said.",
            "The Greens took the opposite view. Katrin Goering-Eckardt said that families belonged together and that children could not be left for years in war zones, adding that the suspension must end on schedule.",
            "The FDP has tried to position itself between the two camps. Its migration spokesman proposed extending the freeze, but said the Free Democrats could accept letting families join refugees in hardship cases and where the refugee could support them.",
            "Interior Minister Thomas de Maiziere, a Christian Democrat, said in the summer that the suspension had served its purpose.",
            "About 60,000 people could be eligible to join relatives in Germany, according to government estimates, though researchers at a labour market institute put the figure considerably lower.",
        ],
        claims=[
            ("csu", "family-reunification", O, "the suspension of family reunification for this group had to be extended beyond March", True),
            ("greens", "family-reunification", S, "adding that the suspension must end on schedule", True),
            ("fdp", "family-reunification", C, "the Free Democrats could accept letting families join refugees in hardship cases", True),
        ],
    ),
    # 009 (no claims)
    dict(
        published="2017-11-17T06:40:00Z",
        source="Linden Report",
        slug="jamaica-negotiators-miss-deadline",
        title="Jamaica negotiators blow through deadline, talk on into Friday",
        paras=[
            "BERLIN, Nov 17 (Linden Report) - German coalition negotiators missed their own deadline early on Friday, breaking up after more than 15 hours of talks without agreeing whether to open formal negotiations on a four-party government.",
            "Party leaders left the German Parliamentary Society's building shortly before dawn and said they would resume at midday. Delegates described the mood as exhausted and irritable. Participants said migration, climate policy and the budget remained the main sticking points, but gave no details of any movement.",
            "A spokesman for the chancellery declined to say whether Chancellor Angela Merkel had set a new cut-off date. Several delegates said privately that the talks could run into the weekend.",
            "Commentators in several newspapers asked whether four parties that struggled to agree on an exploratory paper would be able to govern together for four years. A poll for a public broadcaster showed that a majority of voters still expected the talks to succeed.",
            "The negotiations had been due to wrap up on Thursday evening, so that each party could consult its members before formal coalition talks began. The Greens have scheduled a party congress for next weekend to vote on the outcome.",
        ],
        claims=[],
    ),
    # 010
    dict(
        published="2017-11-17T19:20:00Z",
        source="Tidewater Post",
        slug="greens-draw-line-on-refugee-families",
        title="Greens draw line on refugee families as talks drag on",
        paras=[
            "BERLIN, Nov 17 (Tidewater Post) - The Greens will not put their name to any coalition agreement that keeps refugees apart from their families, co-leader Cem Ozdemir said on Friday, as talks on a new German government stretched past their deadline.",
            "Speaking outside the building where negotiators were meeting, Ozdemir said his party had already made painful concessions in other areas and now expected the conservatives to move on migration. He said a 'Jamaica' government remained possible if the other side showed the same willingness.",
            "CSU leader Horst Seehofer showed no sign of giving way. He told reporters that a resumption of family reunification would send the wrong signal and that the CSU would not accept it.",
            "Merkel did not speak to journalists. Lindner said the FDP was still weighing whether a deal was within reach and would make up its mind over the weekend.",
            "The dispute over refugee families hardened overnight, when a compromise drafted by officials failed to win approval. Talks are now scheduled to continue until Sunday evening.",
        ],
        claims=[
            ("greens", "family-reunification", S, "not put their name to any coalition agreement that keeps refugees apart from their families", True),
            ("greens", "jamaica-coalition", C, "a 'Jamaica' government remained possible if the other side showed the same willingness", True),
            ("csu", "family-reunification", O, "a resumption of family reunification would send the wrong signal", True),
        ],
    ),
    # 011 (shift: fdp jamaica-coalition conditional -> oppose)
    dict(
        published="2017-11-20T00:10:00Z",
        source="Atlas Wire",
        slug="fdp-walks-out-of-coalition-talks",
        title="FDP walks out of German coalition talks, plunging Merkel into crisis",
        paras=[
            "BERLIN, Nov 20 (Atlas Wire) - Germany's Free Democrats broke off talks on forming a government with Chancellor Angela Merkel's conservatives and the Greens late on Sunday, leaving Europe's largest economy without a clear path to a new administration.",
            "FDP leader Christian Lindner told reporters shortly before midnight that the four parties did not share a common vision for modernising the country or a basis of trust. His party would not enter such a coalition, he said, because it was better not to govern than to govern badly.",
            "The walkout came after more than four weeks of exploratory talks and a weekend of last-ditch negotiations at the German Parliamentary Society. Negotiators from the other parties said they had been close to an agreement on migration and climate.",
            "Merkel said she regretted the FDP's decision and would inform President Frank-Walter Steinmeier on Monday. The Greens accused Lindner of having planned the exit in advance.",
            "CSU leader Horst Seehofer, whose party wants a cap on refugee numbers, said the CSU leadership would meet in Munich to assess the situation.",
            "The collapse raises the prospect of a new election or a minority government, neither of which Germany has experienced at the national level since the war.",
        ],
        claims=[
            ("fdp", "jamaica-coalition", O, "His party would not enter such a coalition", True),
            ("cdu", "jamaica-coalition", S, "Merkel said she regretted the FDP's decision", True),
            ("csu", "refugee-cap", S, "whose party wants a cap on refugee numbers", False),
        ],
    ),
    # 012 (duplicate of 011)
    dict(
        published="2017-11-20T01:35:00Z",
        source="Kestrel News",
        slug="lindner-fdp-quits-jamaica-talks",
        title="Lindner's FDP quits Jamaica talks, leaving Merkel without a majority",
        paras=[
            "BERLIN, Nov 20 (Kestrel News) - The Free Democrats walked out of negotiations on a new German government with Chancellor Angela Merkel's conservatives and the Greens late on Sunday, leaving the country without an obvious route to a governing majority.",
            "Shortly before midnight, FDP leader Christian Lindner told journalists that the four parties lacked a shared vision for modernising Germany and a basis of trust. His party would not enter such a coalition, he said, because it was better not to govern than to govern badly.",
            "The move ended more than four weeks of exploratory talks and a weekend of final negotiations at the German Parliamentary Society. Negotiators from the other three parties said they had been close to agreement on migration and climate.",
            "Merkel said she regretted the FDP's decision and would brief President Frank-Walter Steinmeier on Monday. The Greens accused Lindner of having prepared his exit well in advance.",
            "CSU leader Horst Seehofer, whose party wants a cap on refugee numbers, said the CSU leadership would meet in Munich to take stock.",
            "A new election or a minority government now look possible, options Germany has not faced at the federal level since the war.",
        ],
        claims=[
            ("fdp", "jamaica-coalition", O, "His party would not enter such a coalition", True),
            ("cdu", "jamaica-coalition", S, "Merkel said she regretted the FDP's decision", True),
            ("csu", "refugee-cap", S, "whose party wants a cap on refugee numbers", False),
        ],
    ),
    # 013
    dict(
        published="2017-11-20T15:45:00Z",
        source="Elbe Observer",
        slug="steinmeier-parties-cannot-hand-back-mandate",
        title="Steinmeier tells parties they cannot hand their mandate back to voters",
        paras=[
            "BERLIN, Nov 20 (Elbe Observer) - President Frank-Walter Steinmeier urged Germany's parties on Monday to make another attempt at forming a government, saying that those elected in September could not simply hand the responsibility back to the voters.",
            "Speaking at Bellevue Palace after meeting Chancellor Angela Merkel, the head of state said he expected all parties to be ready for talks and that he would meet the leaders of every party that could take part in a government over the coming days. Under the constitution, parliament can only be dissolved after a failed series of votes for a chancellor.",
            "Merkel, who remains caretaker chancellor, said she was sceptical about leading a minority government. If it came to a choice, she would rather see new elections than govern without a stable majority, she told a broadcaster in the evening.",
            "She also said she was ready to stand again as the conservatives' lead candidate if there were a new vote.",
            "Her spokesman said the chancellor would stay in close contact with the president. Financial markets took the collapse of the talks calmly, and the euro recovered its early losses.",
        ],
        claims=[
            ("steinmeier", "snap-election", O, "could not simply hand the responsibility back to the voters", True),
            ("cdu", "snap-election", C, "she would rather see new elections than govern without a stable majority", True),
        ],
    ),
    # 014
    dict(
        published="2017-11-20T18:30:00Z",
        source="Linden Report",
        slug="spd-slams-door-on-grand-coalition",
        title="SPD slams door on new grand coalition after Jamaica collapse",
        paras=[
            "BERLIN, Nov 20 (Linden Report) - Germany's Social Democrats on Monday ruled out a return to government with Chancellor Angela Merkel, saying they would rather face the voters again than rescue her after the failure of her talks with the FDP and the Greens.",
            "After a meeting of the party leadership at Willy-Brandt-Haus, SPD leader Martin Schulz said the board had voted unanimously against a new grand coalition. The SPD was not available for such a government, he said, and believed that voters should be allowed to reassess the situation in a new election.",
            "Kevin Kuehnert, leader of the SPD youth wing, welcomed the decision and said the party's renewal could only succeed in opposition.",
            "Conservative politicians reacted with frustration, and several complained that the Social Democrats had not even waited for the president to speak.",
            "Some SPD lawmakers privately questioned whether the party had acted too hastily, and polls suggest it would gain little from a repeat election. Schulz, the party's candidate for chancellor in September, has been under pressure since the result.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", O, "the board had voted unanimously against a new grand coalition", True),
            ("spd", "snap-election", S, "voters should be allowed to reassess the situation in a new election", True),
            ("jusos", "spd-grand-coalition", O, "welcomed the decision and said the party's renewal could only succeed in opposition", True),
        ],
    ),
    # 015
    dict(
        published="2017-11-23T17:00:00Z",
        source="Tidewater Post",
        slug="steinmeier-receives-schulz-at-bellevue",
        title="Steinmeier receives Schulz as pressure mounts on SPD",
        paras=[
            "BERLIN, Nov 23 (Tidewater Post) - President Frank-Walter Steinmeier received SPD leader Martin Schulz at Bellevue Palace on Thursday, the latest in a series of meetings the head of state is holding to find a way out of Germany's political impasse.",
            "A spokeswoman for the president declined to say what was discussed, and Schulz left without speaking to reporters. Steinmeier, a former Social Democrat foreign minister, had already met the leaders of the Greens and the FDP this week.",
            "Christian Lindner used his own meeting with the president on Tuesday to rule out a return to the talks. The FDP would not reopen negotiations on a Jamaica coalition, he said afterwards, adding that nothing had changed since Sunday. He also claimed that the Greens had been ready to give way on the refugee limit in the final hours, an account the Greens did not confirm.",
            "CSU leader Horst Seehofer said on Wednesday that a renewed coalition of the conservatives and the SPD would be the best option for Germany.",
            "Steinmeier is expected to invite Merkel, Seehofer and Schulz to a joint meeting next week.",
        ],
        claims=[
            ("fdp", "jamaica-coalition", O, "The FDP would not reopen negotiations on a Jamaica coalition", True),
            ("greens", "refugee-cap", C, "the Greens had been ready to give way on the refugee limit", False),
            ("csu", "spd-grand-coalition", S, "a renewed coalition of the conservatives and the SPD would be the best option", True),
        ],
    ),
    # 016 (shift: spd spd-grand-coalition oppose -> conditional)
    dict(
        published="2017-11-24T09:15:00Z",
        source="Atlas Wire",
        slug="spd-u-turn-clears-way-for-merkel-schulz-coalition",
        title="SPD U-turn clears way for new Merkel-Schulz coalition",
        paras=[
            "BERLIN, Nov 24 (Atlas Wire) - Germany's Social Democrats softened their refusal to deal with Chancellor Angela Merkel early on Friday, saying after an eight-hour leadership meeting that they would not close the door to talks on how to form a government.",
            "SPD general secretary Hubertus Heil told reporters at Willy-Brandt-Haus shortly after 1 a.m. that the party was firmly convinced talks had to take place, following a personal appeal from President Frank-Walter Steinmeier. Heil denied that the party had agreed to a grand coalition. Any form of cooperation with the conservatives would only happen if party members approved it in a vote, he said, and several options remained open.",
            "The statement marks a clear retreat from Monday, when the leadership voted unanimously against renewing the alliance. Martin Schulz, who had championed that line, did not appear before the cameras.",
            "The party's youth wing was dismayed. Its leader Kevin Kuehnert said a new grand coalition would be a disaster for the SPD and that the Young Socialists would fight it.",
            "Merkel's Christian Democrats said their leadership would discuss the situation on Monday.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", C, "would only happen if party members approved it in a vote", True),
            ("jusos", "spd-grand-coalition", O, "a new grand coalition would be a disaster for the SPD", True),
        ],
    ),
    # 017 (no claims)
    dict(
        published="2017-11-30T19:00:00Z",
        source="Kestrel News",
        slug="merkel-seehofer-schulz-meet-president",
        title="Merkel, Seehofer and Schulz meet president behind closed doors",
        paras=[
            "BERLIN, Nov 30 (Kestrel News) - Chancellor Angela Merkel, CSU leader Horst Seehofer and SPD leader Martin Schulz met President Frank-Walter Steinmeier at Bellevue Palace on Thursday evening for talks on ending Germany's political deadlock.",
            "The three arrived separately and left after about two hours without speaking to waiting reporters. A statement issued afterwards by the president's office said only that the meeting had taken place in a good atmosphere and that the participants had agreed to keep its content confidential. Government spokesman Steffen Seibert declined to comment.",
            "It was the first time the three party leaders had sat down together since the election. Political analysts said the meeting was probably meant to let each side float its conditions without the risk of public commitments, and some expected formal contacts between the parties to begin before Christmas.",
            "The SPD holds its party congress in Berlin next week, where delegates will debate how to respond to the president's appeal. The FDP and the Greens were not invited to Thursday's meeting.",
            "Merkel's caretaker cabinet continues to run the government's day-to-day business in the meantime.",
        ],
        claims=[],
    ),
    # 018
    dict(
        published="2017-12-07T17:30:00Z",
        source="Elbe Observer",
        slug="spd-congress-backs-open-ended-talks",
        title="SPD congress backs open-ended talks with Merkel's bloc",
        paras=[
            "BERLIN, Dec 7 (Elbe Observer) - Delegates at the Social Democrats' party congress in Berlin voted on Thursday to open talks with Chancellor Angela Merkel's conservatives, but insisted that the outcome was open and could fall short of a formal coalition.",
            "Party leader Martin Schulz, re-elected with 82 percent of the vote, told delegates that the SPD did not have to govern at any price but should not refuse to govern at any price either. Any result would be put to the members, he said.",
            "Schulz also set out what the SPD would bring to the table. A citizens' insurance to end what he called two-class medicine was a core demand, he said, along with better pensions and more money for schools.",
            "A motion from the Young Socialists to rule out a grand coalition altogether was defeated. Their leader Kevin Kuehnert told the congress that the SPD would lose its soul in another alliance with Merkel and urged delegates to stay in opposition.",
            "Schulz also called for a 'United States of Europe' by 2025, a proposal that conservative politicians dismissed as unrealistic.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", C, "insisted that the outcome was open and could fall short of a formal coalition", True),
            ("spd", "spd-drops-citizens-insurance", O, "A citizens' insurance to end what he called two-class medicine was a core demand", True),
            ("jusos", "spd-grand-coalition", O, "A motion from the Young Socialists to rule out a grand coalition altogether", True),
        ],
    ),
    # 019
    dict(
        published="2017-12-15T16:00:00Z",
        source="Linden Report",
        slug="merkel-rejects-cooperation-coalition",
        title="Merkel rejects SPD's 'cooperation coalition' idea as talks are agreed",
        paras=[
            "BERLIN, Dec 15 (Linden Report) - The SPD leadership voted on Friday to begin exploratory talks with Chancellor Angela Merkel's conservatives in early January, but stressed that it had not yet decided whether it wanted to govern with them.",
            "New general secretary Lars Klingbeil said the party would enter the talks without any predetermined outcome. Some SPD officials have floated a looser 'cooperation coalition' in which the parties would agree on a few projects and leave everything else to parliament.",
            "Merkel dismissed the idea. Germany needed a stable government, not a half-way arrangement, she said, and her Christian Democrats wanted a proper coalition with the SPD.",
            "Both conservative parties also made clear where they would not move. The CDU would not agree to a citizens' insurance that did away with private health insurance, Merkel said, while CSU parliamentary leader Alexander Dobrindt said a single health insurance system was out of the question with his party.",
            "Exploratory talks are due to start on January 7 and to last five days. Both sides have promised to keep their contents confidential until they end.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", C, "would enter the talks without any predetermined outcome", True),
            ("cdu", "spd-grand-coalition", S, "her Christian Democrats wanted a proper coalition with the SPD", True),
            ("cdu", "spd-drops-citizens-insurance", S, "The CDU would not agree to a citizens' insurance that did away with private", True),
            ("csu", "spd-drops-citizens-insurance", S, "a single health insurance system was out of the question with his party", True),
        ],
    ),
    # 020
    dict(
        published="2018-01-03T12:00:00Z",
        source="Tidewater Post",
        slug="spd-youth-leader-takes-nogroko-on-the-road",
        title="SPD youth leader takes 'NoGroKo' campaign on the road",
        paras=[
            "BERLIN, Jan 3 (Tidewater Post) - Kevin Kuehnert, the 28-year-old head of the Social Democrats' youth wing, is touring party branches this month to rally opposition to another grand coalition, days before SPD leaders begin talks with Chancellor Angela Merkel's conservatives.",
            "Kuehnert told an audience of young members in Berlin on Wednesday that the SPD had lost credibility in two coalitions with Merkel and would not win it back in a third. The Young Socialists would campaign against any coalition deal that came out of the talks, he said.",
            "He also warned the leadership against bargaining away its health policy. Giving up the citizens' insurance in return for a few concessions would be a betrayal of the party's voters, he said.",
            "Party officials said applications for membership had picked up since the youth wing launched its campaign, though they declined to give figures. Critics inside the party accuse Kuehnert of trying to recruit new members only to vote down a deal.",
            "The Young Socialists count about 70,000 members, all of them under 35, and have become the most visible voice of the party's left.",
        ],
        claims=[
            ("jusos", "spd-grand-coalition", O, "would campaign against any coalition deal that came out of the talks", True),
            ("jusos", "spd-drops-citizens-insurance", O, "Giving up the citizens' insurance in return for a few concessions would be a betrayal", True),
        ],
    ),
    # 021
    dict(
        published="2018-01-04T14:30:00Z",
        source="Atlas Wire",
        slug="csu-hardens-migration-stance-before-talks",
        title="CSU hardens migration stance before talks with SPD",
        paras=[
            "SEEON, Jan 4 (Atlas Wire) - Bavaria's CSU demanded on Thursday that refugees with limited protection remain barred from bringing their families to Germany, staking out a hard line on migration three days before exploratory talks with the Social Democrats.",
            "At the start of the annual retreat of the party's federal lawmakers at Seeon monastery, parliamentary leader Alexander Dobrindt said the suspension of family reunification should be extended indefinitely. He also said the limit of 200,000 agreed with the CDU in October was the CSU's benchmark for any coalition deal.",
            "The SPD should not expect the conservatives to give ground on migration, he said, according to excerpts of his remarks handed to reporters.",
            "The Social Democrats reacted angrily. SPD parliamentary leader Andrea Nahles said the CSU was making the talks harder before they had even begun and that the SPD would insist on letting refugees bring their families.",
            "The retreat, held every January, is traditionally used by the CSU to stake out positions beyond Bavaria. Party chairman Horst Seehofer, who is due to hand the post of Bavarian premier to Markus Soeder, is expected on Friday.",
        ],
        claims=[
            ("csu", "family-reunification", O, "the suspension of family reunification should be extended indefinitely", True),
            ("csu", "refugee-cap", S, "the limit of 200,000 agreed with the CDU in October was the CSU's benchmark", True),
            ("spd", "family-reunification", S, "the SPD would insist on letting refugees bring their families", True),
        ],
    ),
    # 022
    dict(
        published="2018-01-07T18:00:00Z",
        source="Kestrel News",
        slug="exploratory-talks-open-at-spd-headquarters",
        title="Merkel and Schulz open exploratory talks at SPD headquarters",
        paras=[
            "BERLIN, Jan 7 (Kestrel News) - Chancellor Angela Merkel's conservatives and the Social Democrats began five days of exploratory talks at the SPD's Willy-Brandt-Haus headquarters on Sunday, with both sides promising to keep quiet about the details.",
            "Merkel said on arrival that she went into the talks optimistic and that her party wanted to form a stable government with the SPD quickly. Germany and Europe were waiting for a functioning government in Berlin, she said.",
            "SPD leader Martin Schulz said his party would negotiate seriously but would only back a coalition if the talks produced real improvements for ordinary people. He named pensions, care and education as priorities. Schulz did not say whether the SPD would still make a citizens' insurance a condition.",
            "CSU leader Horst Seehofer arrived last and did not comment.",
            "The 39 negotiators are split into 15 working groups. The talks are due to move between the headquarters of the CDU and the SPD and the Bundestag during the week, and the leaders hope to present a paper by Thursday evening.",
            "French President Emmanuel Macron said last week that Europe needed Germany to have a government soon.",
        ],
        claims=[
            ("cdu", "spd-grand-coalition", S, "her party wanted to form a stable government with the SPD quickly", True),
            ("spd", "spd-grand-coalition", C, "would only back a coalition if the talks produced real improvements", True),
        ],
    ),
    # 023 (shifts: spd family-reunification support -> conditional; csu family-reunification oppose -> conditional)
    dict(
        published="2018-01-12T11:30:00Z",
        source="Elbe Observer",
        slug="spd-caves-on-refugee-families-in-outline-deal",
        title="SPD caves on refugee families as Merkel and Schulz strike outline deal",
        paras=[
            "BERLIN, Jan 12 (Elbe Observer) - Germany's Social Democrats and Chancellor Angela Merkel's conservatives wrapped up their exploratory talks on Friday with a 28-page paper, after a final session that ran for more than 24 hours.",
            "On migration, the SPD accepted that refugees with subsidiary protection will be allowed to bring relatives to Germany only in limited numbers once the current suspension ends, with a ceiling of 1,000 people a month. Schulz said the party had made sure that families would be reunited again, even if not on the scale it had wanted.",
            "CSU leader Horst Seehofer said his party could live with the limited resumption because the monthly ceiling would hold. He said the paper also kept total humanitarian immigration within a corridor of 180,000 to 220,000 a year, which amounted to the cap his party had demanded.",
            "Schulz disputed that reading. There was no upper limit in the paper, he said, because the individual right to asylum remained untouched.",
            "Schulz described the results as excellent and said he would recommend them to a special party congress on January 21, which must approve the start of formal talks.",
        ],
        claims=[
            ("spd", "family-reunification", C, "allowed to bring relatives to Germany only in limited numbers", True),
            ("csu", "family-reunification", C, "his party could live with the limited resumption because the monthly ceiling would hold", True),
            ("csu", "refugee-cap", S, "which amounted to the cap his party had demanded", True),
            ("spd", "refugee-cap", O, "There was no upper limit in the paper, he said", True),
            ("spd", "spd-grand-coalition", C, "would recommend them to a special party congress on January 21, which must approve", True),
        ],
    ),
    # 024
    dict(
        published="2018-01-12T17:45:00Z",
        source="Linden Report",
        slug="blueprint-gives-up-2020-climate-goal",
        title="Coalition blueprint gives up 2020 climate goal, sets up coal commission",
        paras=[
            "BERLIN, Jan 12 (Linden Report) - Germany's would-be coalition partners have quietly given up the country's goal of cutting greenhouse gas emissions by 40 percent by 2020, according to the exploratory paper agreed on Friday by the conservatives and the Social Democrats.",
            "Instead, a commission of politicians, industry, unions and regional representatives is to draw up a plan by the end of the year for reducing coal-fired power generation, including a date for ending it and money for the affected regions. Peter Altmaier, Merkel's chief of staff, said his Christian Democrats could accept an end date for coal provided jobs were protected.",
            "SPD leader Martin Schulz said his party would back an exit from coal only if the affected regions received lasting help, and that nobody in Lusatia or the Rhineland would be left behind.",
            "On health, the paper contains no citizens' insurance. Schulz acknowledged the gap but said the SPD had not given up its demand for a citizens' insurance and would raise it again in formal negotiations.",
            "Environmental groups said abandoning the 2020 target sent a disastrous signal to the rest of Europe. Business associations welcomed the absence of new tax increases and a plan to phase out the solidarity surcharge for most taxpayers.",
        ],
        claims=[
            ("cdu", "coal-phase-out", C, "his Christian Democrats could accept an end date for coal provided jobs were protected", True),
            ("spd", "coal-phase-out", C, "would back an exit from coal only if the affected regions received lasting help", True),
            ("spd", "spd-drops-citizens-insurance", O, "the SPD had not given up its demand for a citizens' insurance", True),
        ],
    ),
    # 025
    dict(
        published="2018-01-15T13:00:00Z",
        source="Tidewater Post",
        slug="spd-grassroots-revolt-grows",
        title="SPD grassroots revolt grows as CSU rules out changes",
        paras=[
            "BERLIN, Jan 15 (Tidewater Post) - Opposition inside Germany's Social Democrats to a new coalition with Chancellor Angela Merkel gathered pace over the weekend, after the party's branch in Saxony-Anhalt voted narrowly against entering formal talks.",
            "The regional vote is not binding, but it adds to the pressure on party leader Martin Schulz ahead of the special congress in Bonn on Sunday. Kevin Kuehnert, head of the Young Socialists, said the exploratory paper had confirmed his fears and that the youth wing would fight formal talks to the last vote. He also rejected the migration corridor agreed with the conservatives, calling it an upper limit in disguise.",
            "Schulz and SPD parliamentary leader Andrea Nahles have called for changes to the paper in the coming negotiations. But CSU parliamentary leader Alexander Dobrindt said the paper would not be reopened, and that the annual limit of up to 220,000 humanitarian migrants was not up for discussion.",
            "Officials in Merkel's party said privately that small clarifications might be possible. The chancellor herself said only that the paper spoke for itself.",
        ],
        claims=[
            ("jusos", "spd-grand-coalition", O, "the youth wing would fight formal talks to the last vote", True),
            ("jusos", "refugee-cap", O, "rejected the migration corridor agreed with the conservatives, calling it an upper limit in disguise", True),
            ("csu", "refugee-cap", S, "the annual limit of up to 220,000 humanitarian migrants was not up for discussion", True),
        ],
    ),
    # 026
    dict(
        published="2018-01-21T16:40:00Z",
        source="Atlas Wire",
        slug="spd-narrowly-backs-formal-coalition-talks",
        title="SPD narrowly backs formal coalition talks with Merkel",
        paras=[
            "BONN, Jan 21 (Atlas Wire) - Germany's Social Democrats voted on Sunday to open formal coalition negotiations with Chancellor Angela Merkel's conservatives, but only by a narrow margin and with a list of demands their negotiators must still win.",
            "Of the delegates at a special congress in Bonn, 362 backed the leadership's motion and 279 voted against. The motion instructs negotiators to secure further improvements, among them limits on fixed-term job contracts and concrete steps towards a citizens' insurance, and says the members will decide on any final agreement.",
            "Party leader Martin Schulz had pleaded with delegates for nearly an hour, promising that the SPD would not sign a deal that failed to deliver on these points.",
            "Kevin Kuehnert, leader of the Young Socialists, said the vote showed how divided the party was and that his organisation would now campaign for a No in the member ballot.",
            "Merkel welcomed the result, saying she looked forward to talks that would be tough but should be concluded quickly. Formal negotiations are expected to begin on Friday.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", C, "the SPD would not sign a deal that failed to deliver on these points", True),
            ("spd", "spd-drops-citizens-insurance", O, "concrete steps towards a citizens' insurance", True),
            ("jusos", "spd-grand-coalition", O, "his organisation would now campaign for a No in the member ballot", True),
            ("cdu", "spd-grand-coalition", S, "Merkel welcomed the result", True),
        ],
    ),
    # 027 (duplicate of 026)
    dict(
        published="2018-01-21T18:05:00Z",
        source="Kestrel News",
        slug="spd-delegates-approve-coalition-negotiations",
        title="SPD delegates approve coalition negotiations by slim margin",
        paras=[
            "BONN, Jan 21 (Kestrel News) - Germany's Social Democrats on Sunday approved formal coalition negotiations with Chancellor Angela Merkel's conservatives, but only by a slim margin and with a list of demands that their negotiators must still win.",
            "At a special party congress in Bonn, 362 delegates supported the leadership's motion and 279 opposed it. The motion tells negotiators to obtain further improvements, including limits on fixed-term job contracts and concrete steps towards a citizens' insurance, and leaves the final word on any agreement to the members.",
            "Party leader Martin Schulz spent almost an hour pleading with delegates, promising that the SPD would not sign a deal that failed to deliver on these points.",
            "Kevin Kuehnert, head of the Young Socialists, said the result showed how split the party was and that his organisation would now campaign for a No in the member ballot.",
            "Merkel welcomed the result and said she expected tough talks that should nevertheless be concluded quickly. Formal negotiations are due to start on Friday.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", C, "the SPD would not sign a deal that failed to deliver on these points", True),
            ("spd", "spd-drops-citizens-insurance", O, "concrete steps towards a citizens' insurance", True),
            ("jusos", "spd-grand-coalition", O, "his organisation would now campaign for a No in the member ballot", True),
            ("cdu", "spd-grand-coalition", S, "Merkel welcomed the result", True),
        ],
    ),
    # 028
    dict(
        published="2018-01-30T20:00:00Z",
        source="Elbe Observer",
        slug="negotiators-settle-family-reunification-row",
        title="Coalition negotiators settle refugee family row",
        paras=[
            "BERLIN, Jan 30 (Elbe Observer) - Negotiators in Germany's coalition talks settled their dispute over refugee families on Tuesday, agreeing that relatives of refugees with subsidiary protection may again come to Germany from August, up to 1,000 a month, plus hardship cases.",
            "SPD parliamentary leader Andrea Nahles said the hardship rule went beyond the exploratory paper and that the SPD had delivered on its congress mandate. The party could support the arrangement, she said, because families in especially difficult circumstances would no longer be left waiting.",
            "CSU parliamentary leader Alexander Dobrindt presented the deal differently. The ceiling of 1,000 a month remained in place, he said, and the hardship rule that already existed would simply continue to apply. The CSU could accept it on that basis.",
            "The Bundestag is due to vote on Thursday on a bill extending the current suspension until the end of July, when the new rules are to take effect.",
            "Refugee organisations said the monthly quota was far too low, and the Left party called the compromise cynical. A handful of SPD lawmakers said they would vote against the extension.",
        ],
        claims=[
            ("spd", "family-reunification", C, "The party could support the arrangement, she said", True),
            ("csu", "family-reunification", C, "The CSU could accept it on that basis", True),
        ],
    ),
    # 029 (shifts: spd spd-grand-coalition conditional -> support; spd spd-drops-citizens-insurance oppose -> support)
    dict(
        published="2018-02-07T13:30:00Z",
        source="Linden Report",
        slug="merkel-and-spd-seal-coalition-deal",
        title="Merkel and SPD seal coalition deal; Schulz to be foreign minister",
        paras=[
            "BERLIN, Feb 7 (Linden Report) - Chancellor Angela Merkel's conservatives and the Social Democrats agreed on Wednesday on a deal for a new grand coalition, more than four months after Germany's election and after a final round of talks that ran through the night.",
            "SPD leader Martin Schulz said the leadership fully backed the 177-page agreement and would urge the party's 463,000 members to approve it. The SPD will take the finance, foreign and labour ministries. Schulz said he would join the cabinet as foreign minister and hand the party leadership to Andrea Nahles.",
            "Nahles acknowledged that the SPD had let go of its demand for a citizens' insurance in this round, settling instead for a commission to look at bringing doctors' fees for public and private patients closer together. The party had put the idea aside in exchange for gains on pensions and jobs, she said.",
            "Merkel called the agreement a sound basis for a stable government. Horst Seehofer, who will head an expanded interior ministry, said the CSU leadership would approve it on Thursday.",
            "Kevin Kuehnert of the Young Socialists said nothing in the deal changed his view and that his group would campaign hard for a No.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", S, "the leadership fully backed the 177-page agreement", True),
            ("spd", "spd-drops-citizens-insurance", S, "the SPD had let go of its demand for a citizens' insurance in this round", True),
            ("cdu", "spd-grand-coalition", S, "Merkel called the agreement a sound basis for a stable government", True),
            ("csu", "spd-grand-coalition", S, "said the CSU leadership would approve it on Thursday", True),
            ("jusos", "spd-grand-coalition", O, "his group would campaign hard for a No", True),
        ],
    ),
    # 030 (no claims)
    dict(
        published="2018-02-09T15:00:00Z",
        source="Tidewater Post",
        slug="schulz-gives-up-foreign-ministry",
        title="Schulz gives up foreign ministry after party backlash",
        paras=[
            "BERLIN, Feb 9 (Tidewater Post) - Martin Schulz said on Friday that he would not become Germany's foreign minister after all, two days after announcing that he would take the post, bowing to a storm of criticism inside his own party.",
            "In a short written statement, Schulz said the debate about his person was overshadowing the member vote and that he was therefore giving up any place in the cabinet. He had already agreed to hand the party chairmanship to Andrea Nahles.",
            "The retreat followed an outburst from Sigmar Gabriel, the outgoing foreign minister, who told a newspaper that Schulz had broken his word. Schulz had said after the election that he would never serve in a cabinet under Merkel.",
            "The decision leaves open who will run the foreign ministry if the coalition takes office. Party officials declined to speculate on a successor, and an SPD spokesman would not say whether the timetable for the membership vote would change.",
            "Ballots are due to go out to members from February 20, with the result expected in early March.",
        ],
        claims=[],
    ),
    # 031
    dict(
        published="2018-02-20T11:00:00Z",
        source="Atlas Wire",
        slug="spd-member-ballot-opens",
        title="SPD leaders and youth wing fight for votes as member ballot opens",
        paras=[
            "BERLIN, Feb 20 (Atlas Wire) - Germany's Social Democrats began sending ballots to their 463,723 members on Tuesday, starting a two-week vote that will decide whether Chancellor Angela Merkel gets a fourth term at the head of another grand coalition.",
            "Andrea Nahles, the designated party leader, is touring regional conferences to make the case for a Yes. She told members at the weekend that the deal carried a clear Social Democratic signature and that the SPD should enter the government to put it into practice.",
            "Kevin Kuehnert is campaigning against her. The Young Socialists leader argued in a newspaper interview that the party could only recover in opposition, and that a new grand coalition would hand the far right the role of main opposition party.",
            "Acting party chairman Olaf Scholz said the leadership would respect whatever the members decided. Asked what would happen in the event of a No, he declined to speculate.",
            "A poll by the INSA institute this week put the SPD narrowly behind the far-right AfD for the first time.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", S, "the SPD should enter the government to put it into practice", True),
            ("jusos", "spd-grand-coalition", O, "a new grand coalition would hand the far right the role of main opposition", True),
        ],
    ),
    # 032
    dict(
        published="2018-02-26T17:30:00Z",
        source="Kestrel News",
        slug="cdu-congress-approves-coalition-deal",
        title="CDU congress approves coalition deal as Merkel brings in new faces",
        paras=[
            "BERLIN, Feb 26 (Kestrel News) - Delegates of Chancellor Angela Merkel's Christian Democrats approved the coalition agreement with the Social Democrats on Monday with only a handful of votes against, at a one-day party congress in Berlin.",
            "Merkel told the congress that the deal was good for the country and that the CDU was ready to govern with the SPD again if the Social Democrats' members agreed. She defended the decision to hand the finance ministry to the SPD, which many delegates had criticised.",
            "Merkel also rejected complaints that she had given too much away on health. The agreement contained no end to private health insurance, she said, and the CDU had made sure there would be no citizens' insurance.",
            "The congress also elected Annegret Kramp-Karrenbauer, premier of the state of Saarland, as the party's new general secretary, a move widely seen as positioning her as a possible successor to Merkel. Merkel had named Jens Spahn, one of her most outspoken critics, as health minister on Sunday.",
            "The SPD will announce the result of its member ballot on Sunday.",
        ],
        claims=[
            ("cdu", "spd-grand-coalition", S, "approved the coalition agreement with the Social Democrats on Monday", True),
            ("cdu", "spd-drops-citizens-insurance", S, "the CDU had made sure there would be no citizens' insurance", True),
        ],
    ),
    # 033
    dict(
        published="2018-03-04T10:30:00Z",
        source="Linden Report",
        slug="spd-members-clear-way-for-merkel-fourth-term",
        title="SPD members clear way for Merkel's fourth term",
        paras=[
            "BERLIN, March 4 (Linden Report) - Members of Germany's Social Democrats voted by a two-thirds majority to join another coalition with Chancellor Angela Merkel's conservatives, ending more than five months of political uncertainty in Europe's largest economy.",
            "Of the votes cast, 66.02 percent backed the coalition agreement, acting party leader Olaf Scholz announced at Willy-Brandt-Haus on Sunday morning. Turnout was 78 percent. The SPD would now enter the government, Scholz said, and name its ministers in the coming days.",
            "Kevin Kuehnert, whose Young Socialists led the campaign against the deal, said he accepted the result but remained convinced that the coalition was the wrong choice for the party. The youth wing would hold the leadership to its promise of renewal, he said.",
            "Merkel congratulated the SPD and said she looked forward to working together for the good of the country. President Frank-Walter Steinmeier is expected to propose her to the Bundestag for election as chancellor, with a vote likely on March 14.",
            "Bavaria's CSU is due to name its three cabinet ministers on Monday.",
        ],
        claims=[
            ("spd", "spd-grand-coalition", S, "voted by a two-thirds majority to join another coalition", True),
            ("jusos", "spd-grand-coalition", O, "remained convinced that the coalition was the wrong choice for the party", True),
            ("cdu", "spd-grand-coalition", S, "she looked forward to working together for the good of the country", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="cdu", issue="refugee-cap", frm=O, to=C, article="004",
         why="Merkel signs up to the 200,000 figure agreed with the CSU but only as a flexible framework that parliament can raise in a crisis; for two years she had rejected any ceiling (baseline, restated as background in 002)."),
    dict(actor="greens", issue="coal-phase-out", frm=S, to=C, article="007",
         why="Goering-Eckardt says the Greens no longer insist on an end date for coal and are ready to compromise as long as the climate targets are met; in 003 and 006 a firm end date and switching off the oldest plants were core demands."),
    dict(actor="fdp", issue="jamaica-coalition", frm=C, to=O, article="011",
         why="Lindner walks out and says the FDP will not enter such a coalition; in 001 and 006 the FDP would join or stay at the table only if its conditions were met."),
    dict(actor="spd", issue="spd-grand-coalition", frm=O, to=C, article="016",
         why="After Steinmeier's appeal the SPD leadership says talks must take place and any cooperation needs a member vote; on Monday (014) the board had voted unanimously against a grand coalition."),
    dict(actor="spd", issue="family-reunification", frm=S, to=C, article="023",
         why="In the exploratory deal the SPD accepts a resumption only in limited numbers (1,000 a month); in 021 Nahles said the SPD would insist on letting refugees bring their families."),
    dict(actor="csu", issue="family-reunification", frm=O, to=C, article="023",
         why="Seehofer says the CSU can live with a limited resumption as long as the monthly ceiling holds; in 008, 010 and 021 the CSU wanted the suspension extended, indefinitely in 021."),
    dict(actor="spd", issue="spd-grand-coalition", frm=C, to=S, article="029",
         why="Schulz says the leadership fully backs the coalition agreement and will urge members to approve it; since 016 the SPD had only agreed to open-ended talks subject to conditions and a member vote."),
    dict(actor="spd", issue="spd-drops-citizens-insurance", frm=O, to=S, article="029",
         why="Nahles acknowledges the SPD let go of its citizens' insurance demand in exchange for a commission on doctors' fees; in 018, 024 and 026 it was a core demand the party had not given up."),
]

DUPLICATES = [("011", "012"), ("026", "027")]
EXPECTED_NO_CLAIM = ["005", "009", "017", "030"]

GIVE_UP_VERBS = ("drops", "abandons", "withdraws", "scraps", "suspends", "gives up", "renounces")
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def fail(errors):
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal reader for the block/flow subset used in watchlist.yaml."""
    actors, issues, baseline = [], [], []
    section = None
    current = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.split(":")[0].strip()
                current = None
                continue
            if section == "baseline":
                m = re.match(r"^\s*-\s*\{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
                if not m:
                    raise ValueError("bad baseline line: " + line)
                baseline.append(dict(actor=m.group(1), issue=m.group(2), stance=m.group(3)))
                continue
            m = re.match(r"^\s*-\s*id:\s*(\S+)\s*$", line)
            if m:
                current = {"id": m.group(1)}
                (actors if section == "actors" else issues).append(current)
                continue
            m = re.match(r"^\s+(\w+):\s*(.*)$", line)
            if m and current is not None:
                key, val = m.group(1), m.group(2)
                if val.startswith("["):
                    items = re.findall(r'"[^"]*"|[^,\[\]]+', val.strip()[1:-1])
                    val = [i.strip().strip('"') for i in items if i.strip()]
                current[key] = val
                continue
            raise ValueError("unparsed line: " + line)
    return actors, issues, baseline


def word_count(text):
    return len(text.split())


def build():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    actor_ids = [a["id"] for a in actors]
    issue_ids = [i["id"] for i in issues]

    # --- watchlist checks
    if not 5 <= len(actors) <= 8:
        errors.append("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("need 5-7 issues, have %d" % len(issues))
    for a in actors:
        if set(a) != {"id", "name", "aliases"} or not a["aliases"]:
            errors.append("actor %s fields %s" % (a["id"], sorted(a)))
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"} or not i["terms"]:
            errors.append("issue %s fields %s" % (i["id"], sorted(i)))
    if not any(any(v in i["name"].lower() for v in GIVE_UP_VERBS) for i in issues):
        errors.append("no issue is phrased with a give-up verb")
    seen_base = set()
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in (S, O, C):
            errors.append("bad baseline entry %s" % b)
        key = (b["actor"], b["issue"])
        if key in seen_base:
            errors.append("duplicate baseline %s" % (key,))
        seen_base.add(key)

    # --- articles
    arts = []
    prev_time = None
    for n, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % n
        when = dt.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        if prev_time is not None and when <= prev_time:
            errors.append("%s not in publication order" % aid)
        prev_time = when
        if a["source"] not in OUTLETS:
            errors.append("%s unknown outlet %s" % (aid, a["source"]))
        outlet = OUTLETS.get(a["source"], "x")
        text = "\n\n".join(a["paras"])
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (outlet, when.year, when.month, when.day, a["slug"])
        dl = re.match(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", text)
        if not dl:
            errors.append("%s bad dateline" % aid)
        else:
            if dl.group(4) != a["source"]:
                errors.append("%s dateline outlet %s != %s" % (aid, dl.group(4), a["source"]))
            if dl.group(2) != MONTHS[when.month] or int(dl.group(3)) != when.day:
                errors.append("%s dateline date %s %s != published %s" % (aid, dl.group(2), dl.group(3), a["published"]))
        wc = word_count(text)
        if not 120 <= wc <= 260:
            errors.append("%s has %d words" % (aid, wc))
        if '"' in text:
            errors.append("%s uses double quotation marks; keep to paraphrase" % aid)
        pairs = set()
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if actor not in actor_ids:
                errors.append("%s unknown actor %s" % (aid, actor))
            if issue not in issue_ids:
                errors.append("%s unknown issue %s" % (aid, issue))
            if stance not in (S, O, C):
                errors.append("%s bad stance %s" % (aid, stance))
            if not isinstance(attributed, bool):
                errors.append("%s attributed not bool" % aid)
            if quote not in text:
                errors.append("%s quote not in text: %r" % (aid, quote))
            if word_count(quote) > 15:
                errors.append("%s quote has %d words: %r" % (aid, word_count(quote), quote))
            if (actor, issue) in pairs:
                errors.append("%s has two claims for %s/%s" % (aid, actor, issue))
            pairs.add((actor, issue))
        arts.append(dict(id=aid, when=when, published=a["published"], source=a["source"], outlet=outlet,
                         url=url, title=a["title"], text=text, claims=a["claims"], words=wc))

    ids = [a["id"] for a in arts]
    by_id = {a["id"]: a for a in arts}
    if not 30 <= len(arts) <= 34:
        errors.append("need 30-34 articles, have %d" % len(arts))
    if not 4 <= len(set(a["source"] for a in arts)) <= 5:
        errors.append("need 4-5 outlets")

    # --- shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for a in arts:
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                recomputed.append((actor, issue, prevailing[key], stance, a["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (sorted(recomputed), sorted(labelled)))
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("need 5-8 shifts")
    reversals = [s for s in SHIFTS if {s["frm"], s["to"]} == {S, O}]
    if len(reversals) > 2:
        errors.append("more than two straight support/oppose reversals")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    shift_articles = sorted(set(s["article"] for s in SHIFTS))

    # --- duplicates, no-claim articles, counts
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        if o["when"].date() != c["when"].date() or o["when"] >= c["when"] or o["source"] == c["source"]:
            errors.append("duplicate pair %s/%s not same day, later copy, other outlet" % (orig, copy))
        strip = lambda cl: sorted((x[0], x[1], x[2], x[4]) for x in cl)
        if strip(o["claims"]) != strip(c["claims"]):
            errors.append("duplicate pair %s/%s claims differ" % (orig, copy))
    if not any(o in shift_articles for o, _ in DUPLICATES):
        errors.append("no duplicate pair contains a shift article")
    for _, copy in DUPLICATES:
        if copy in shift_articles:
            errors.append("duplicate copy %s must not be a shift article" % copy)
    no_claim = [a["id"] for a in arts if not a["claims"]]
    if no_claim != EXPECTED_NO_CLAIM or not 3 <= len(no_claim) <= 4:
        errors.append("no-claim articles %s" % no_claim)
    all_claims = [c for a in arts for c in a["claims"]]
    n_claims = len(all_claims)
    by_stance = {st: sum(1 for c in all_claims if c[2] == st) for st in (S, O, C)}
    n_unattr = sum(1 for c in all_claims if not c[4])
    if not 60 <= n_claims <= 90:
        errors.append("need 60-90 claims, have %d" % n_claims)
    if min(by_stance.values()) == 0 or by_stance[C] < 6:
        errors.append("stance distribution %s" % by_stance)
    if n_unattr < 3:
        errors.append("need a few attributed:false claims")

    if errors:
        fail(errors)

    # --- write outputs
    adir = os.path.join(HERE, "articles")
    fdir = os.path.join(HERE, "feeds")
    for d in (adir, fdir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in arts:
        rec = {"id": a["id"], "published": a["published"], "source": a["source"], "url": a["url"],
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(adir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [i for i in ids if i not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    feed_paths = []
    for name, slug in OUTLETS.items():
        items = sorted([a for a in arts if a["source"] == name], key=lambda a: a["when"], reverse=True)
        if not items:
            continue
        rfc = lambda t: email.utils.format_datetime(t, usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), TOPIC),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc(items[0]["when"])]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % rfc(a["when"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        path = os.path.join(fdir, slug + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        feed_paths.append(path)

    # --- post-write checks
    for path in feed_paths:
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr.strip()))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        back = json.load(fh)
    if sorted(back["claims"]) != ids:
        errors.append("labels.json claims keys differ from article ids")
    if errors:
        fail(errors)

    # --- summary
    words = [a["words"] for a in arts]
    print("OK: %d articles (%d-%d words), %d outlets, %d feeds pass xmllint" % (
        len(arts), min(words), max(words), len(set(a["source"] for a in arts)), len(feed_paths)))
    print("claims: %d (support %d, oppose %d, conditional %d; attributed false %d)" % (
        n_claims, by_stance[S], by_stance[O], by_stance[C], n_unattr))
    print("shifts: %d in articles %s; reversals %d" % (len(SHIFTS), ", ".join(shift_articles), len(reversals)))
    print("duplicates: %s; no-claim articles: %s" % (", ".join("/".join(p) for p in DUPLICATES), ", ".join(no_claim)))
    print("no_alert_articles: %d" % len(labels["no_alert_articles"]))


if __name__ == "__main__":
    build()
