#!/usr/bin/env python3
"""Build the blind shiftwatch evaluation set us-mexico-water-treaty-2025.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates the result.
Run from anywhere: python3 build.py
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
    "border-wire": "Border Wire",
    "gulf-courier": "Gulf Courier",
    "sierra-post": "Sierra Post",
    "plains-ledger": "Plains Ledger",
    "continental-desk": "Continental Desk",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet, slug, title, text, claims = [(actor, issue, stance, quote, attributed)].
# Ids are assigned in list order, which must be publication order.
ARTICLES = [
    # 001
    dict(
        published="2025-03-20T22:10:00Z", outlet="border-wire",
        slug="us-denies-mexico-tijuana-water-request",
        title="US turns down Mexico's request for extra Colorado River water for Tijuana",
        text="""WASHINGTON, Mar 20 (Border Wire) - The United States has refused a Mexican request for a special delivery of Colorado River water to the border city of Tijuana, the State Department said on Thursday, the first time Washington has turned down such a request under the 1944 water treaty.

In a post on social media, the department's Western Hemisphere bureau said Mexico's repeated shortfalls in Rio Grande deliveries were devastating farmers in the Rio Grande Valley. The department said Mexico had to meet its treaty obligations to Texas users.

The request fell outside the treaty's regular terms, which oblige the United States to send 1.5 million acre-feet of Colorado River water to Mexico each year. In return Mexico must deliver an average of 350,000 acre-feet a year from six Rio Grande tributaries, measured over five-year cycles. The current cycle ends in October, and Mexico is far behind.

Asked about the decision at her morning news conference, President Claudia Sheinbaum said the matter was important and was being handled by the national water agency Conagua and the boundary commission. There had simply been less water, she said.

Senator Ted Cruz of Texas, who hosted Rio Grande Valley growers in Washington this week, welcomed the refusal and called the farmers' situation dire.""",
        claims=[
            ("usa", "tijuana-delivery", O, "The United States has refused a Mexican request for a special delivery", True),
            ("usa", "extra-deliveries", S, "The department said Mexico had to meet its treaty obligations to Texas users", True),
        ],
    ),
    # 002
    dict(
        published="2025-03-21T17:30:00Z", outlet="plains-ledger",
        slug="texas-cheers-tijuana-refusal-farm-groups-warn",
        title="Texas cheers Tijuana water refusal as farm groups warn of another lost season",
        text="""AUSTIN, Mar 21 (Plains Ledger) - Texas officials on Friday applauded the decision to deny Mexico extra Colorado River water for Tijuana, saying the move was overdue.

Agriculture Commissioner Sid Miller said Mexico should not receive any special favours on the Colorado while it was shorting Texas on the Rio Grande. He said Mexico needed to start releasing the water it owed now, not at the end of the cycle.

The Texas Farm Bureau said irrigation districts in the lower Rio Grande Valley were rationing water for a third straight year and that many growers were deciding whether to plant at all. The group urged Mexico to send water immediately so that spring crops could be saved.

Last year the valley's only sugar mill closed after nearly half a century, a loss growers blame largely on the lack of irrigation water. Citrus and vegetable farmers say their own margins are thinning.

In Tijuana, city officials said their supply was secure for now and that they would look at other sources. Mexico's foreign ministry did not respond to a request for comment.

The treaty's current five-year cycle runs until October 24.""",
        claims=[
            ("texas", "tijuana-delivery", O, "Mexico should not receive any special favours on the Colorado while it was shorting Texas", True),
            ("texas", "extra-deliveries", S, "He said Mexico needed to start releasing the water it owed now", True),
            ("texas-farmers", "extra-deliveries", S, "The group urged Mexico to send water immediately", True),
        ],
    ),
    # 003
    dict(
        published="2025-04-10T23:05:00Z", outlet="gulf-courier",
        slug="trump-threatens-mexico-tariffs-sanctions-water",
        title="Trump threatens Mexico with tariffs, sanctions over Rio Grande water",
        text="""WASHINGTON, Apr 10 (Gulf Courier) - President Donald Trump on Thursday threatened Mexico with tariffs and possibly sanctions unless it sends Texas the Rio Grande water it owes under a 1944 treaty.

In a post on his social media platform, Trump said Mexico owed Texas 1.3 million acre-feet of water and was violating the treaty, hurting farmers in South Texas. He said his administration would keep escalating the consequences, tariffs and maybe even sanctions among them, until Mexico honoured the agreement and gave Texas its water.

Trump also noted that he had halted water shipments to Tijuana last month and said they would stay halted until Mexico complied. He praised Agriculture Secretary Brooke Rollins for standing up for growers.

Mexico has delivered only about a third of the water due in the five-year cycle that closes in October. Mexican officials blame a prolonged drought in the northern states that feed the Rio Grande.

The threat comes days after Mexico was left off the list of countries hit by the administration's sweeping reciprocal tariffs. Analysts said the water dispute could become a new lever in broader trade and security talks between the neighbours.

The Mexican government did not immediately comment.""",
        claims=[
            ("usa", "drop-water-tariffs", O, "his administration would keep escalating the consequences, tariffs and maybe even sanctions among them", True),
            ("usa", "extra-deliveries", S, "unless it sends Texas the Rio Grande water it owes under a 1944 treaty", True),
            ("usa", "tijuana-delivery", O, "they would stay halted until Mexico complied", True),
        ],
    ),
    # 004 (duplicate of 003)
    dict(
        published="2025-04-10T23:50:00Z", outlet="continental-desk",
        slug="trump-warns-mexico-tariffs-sanctions-rio-grande",
        title="Trump warns Mexico of tariffs and sanctions in Texas water row",
        duplicate_of=3,
        text="""WASHINGTON, Apr 10 (Continental Desk) - President Donald Trump on Thursday threatened Mexico with tariffs and possibly sanctions, accusing it of holding back Rio Grande water that it owes Texas under a 1944 treaty.

Writing on his social media platform, Trump said Mexico owed Texas 1.3 million acre-feet and was breaking the treaty at the expense of South Texas farmers. His administration would keep escalating the consequences, tariffs and maybe even sanctions among them, until Mexico honoured the pact and Texas got its water, he wrote.

The president added that he had stopped water shipments to Tijuana in March and that they would stay halted until Mexico complied. He singled out Agriculture Secretary Brooke Rollins for praise.

Under the treaty Mexico has sent only about a third of the water due in the five-year cycle ending in October, a gap Mexican officials attribute to years of drought in the northern border states.

Mexico was spared from the administration's reciprocal tariffs announced last week. Analysts said the water row could now be folded into wider trade and security negotiations between the two neighbours.

Mexico's government had no immediate comment.""",
        claims=[
            ("usa", "drop-water-tariffs", O, "His administration would keep escalating the consequences, tariffs and maybe even sanctions among them", True),
            ("usa", "extra-deliveries", S, "until Mexico honoured the pact and Texas got its water", True),
            ("usa", "tijuana-delivery", O, "they would stay halted until Mexico complied", True),
        ],
    ),
    # 005
    dict(
        published="2025-04-11T21:40:00Z", outlet="sierra-post",
        slug="sheinbaum-offers-immediate-delivery-trump-says-mexico-agreed",
        title="Sheinbaum offers immediate water delivery as Trump says Mexico has agreed",
        text="""MEXICO CITY, Apr 11 (Sierra Post) - President Claudia Sheinbaum said on Friday that Mexico had sent Washington a proposal to settle the dispute over Rio Grande water and would make an immediate delivery as far as its reservoirs allowed.

Speaking at the National Palace, Sheinbaum said three years of severe drought in the north had made it impossible to keep pace with the treaty's schedule. She said the proposal had gone to the State Department and that she had told her agriculture, foreign and environment ministers to contact their US counterparts right away. She called for the matter to be handled with mutual respect.

Hours later, Sheinbaum and Trump spoke by phone. Trump wrote afterwards that the call had been very good and that Mexico had agreed to give Texas water. He thanked her for her cooperation.

Mexican officials did not say how much water would be sent or from which dams. The country's Rio Grande reservoirs are near historic lows, and farmers in Chihuahua have warned that they will resist any attempt to draw down their dams, as they did in 2020.""",
        claims=[
            ("mexico", "extra-deliveries", C, "would make an immediate delivery as far as its reservoirs allowed", True),
            ("mexico", "extra-deliveries", S, "Mexico had agreed to give Texas water", False),
        ],
    ),
    # 006
    dict(
        published="2025-04-14T19:00:00Z", outlet="continental-desk",
        slug="chihuahua-governor-no-water-to-give",
        title="Chihuahua governor says state has no water to give the United States",
        text="""CHIHUAHUA, Apr 14 (Continental Desk) - Chihuahua Governor Maru Campos said on Monday that her state could not hand water to the United States when it did not have enough for itself, stiffening resistance to pressure from Washington over the 1944 treaty.

No one can be required to do the impossible, Campos told reporters, noting that Conagua rates Chihuahua as the only state in extreme drought. The state's dams are holding only a fraction of their capacity, and the 2024 farming cycle in several irrigation districts was cancelled.

The Conchos River, which rises in Chihuahua, supplies more than half of the water Mexico counts toward its treaty deliveries. That makes the state's reservoirs, La Boquilla above all, the obvious target whenever the federal government needs to catch up.

Santiago De la Pena, the state's government secretary, said separately that protecting Chihuahua's water was the administration's priority, whatever the outside pressure.

In 2020, farmers occupied La Boquilla to stop federal releases, and a woman was killed in a clash with the National Guard. State officials say they want to avoid a repeat.

The governor is due to meet federal officials in Mexico City this week.""",
        claims=[
            ("chihuahua", "chihuahua-dams", O, "could not hand water to the United States when it did not have enough", True),
        ],
    ),
    # 007
    dict(
        published="2025-04-15T18:20:00Z", outlet="border-wire",
        slug="sheinbaum-denies-northern-states-refusing-water",
        title="Sheinbaum denies northern states are refusing to release water",
        text="""MEXICO CITY, Apr 15 (Border Wire) - President Claudia Sheinbaum said on Tuesday it was false that Mexico's northern states were refusing to deliver water to the United States, and that the shortfall under the 1944 treaty was the result of drought.

Sheinbaum said her government had reached an understanding with the governors of Tamaulipas, Coahuila and Chihuahua to work out jointly how much water could really be delivered without harming Mexican farmers. She said Chihuahua's governor had agreed to that joint review.

Water from the states' dams would be sent only where there was water to spare, she said, and never at the cost of drinking supplies.

Sheinbaum said the technical proposals sent to Washington included a partial delivery right away, with later volumes depending on how much rain fell this summer. She added that Mexico was not giving away more than it should.

She was due to meet the governor of Coahuila later in the day and Chihuahua Governor Maru Campos in the coming days. The Chihuahua government did not comment on the president's remarks on Tuesday.""",
        claims=[
            ("mexico", "chihuahua-dams", C, "Water from the states' dams would be sent only where there was water to spare", True),
            ("chihuahua", "chihuahua-dams", C, "Chihuahua's governor had agreed to that joint review", False),
            ("mexico", "extra-deliveries", C, "included a partial delivery right away, with later volumes depending on how much rain fell", True),
        ],
    ),
    # 008
    dict(
        published="2025-04-16T16:45:00Z", outlet="sierra-post",
        slug="chihuahua-open-to-release-if-farmers-compensated",
        title="Chihuahua open to releasing dam water if farmers are compensated, governor says",
        text="""CHIHUAHUA, Apr 16 (Sierra Post) - Chihuahua Governor Maru Campos said on Wednesday her government would be willing to release water from the state's dams toward the United States, but only under an emergency plan that fairly compensates the farmers who would lose it.

In a radio interview, Campos said President Claudia Sheinbaum had not pressured her on water, security or any other subject, and that the two women wanted the best for Chihuahua. Asked directly whether she would let water go if producers were paid for their losses, she said yes, provided the compensation was guaranteed in advance.

It was not reasonable, she said, to ask the countryside for sacrifices without offering guarantees in return.

Campos stressed that the state's reservoirs were at about 15 percent of capacity and that nearly half of the cattle herd had been lost in four years of drought. She said Chihuahua, with the longest stretch of the border, would do its part in the wider relationship with Washington.

Farm leaders in the Delicias irrigation district said they had not been consulted and would oppose any release. The governor is expected in Mexico City later this week.""",
        claims=[
            ("chihuahua", "chihuahua-dams", C, "only under an emergency plan that fairly compensates the farmers who would lose it", True),
        ],
    ),
    # 009 (no claims)
    dict(
        published="2025-04-22T20:00:00Z", outlet="gulf-courier",
        slug="us-mexican-water-officials-resume-talks",
        title="US and Mexican water officials resume talks in Washington",
        text="""WASHINGTON, Apr 22 (Gulf Courier) - Officials from the United States and Mexico met in Washington on Tuesday for a further round of talks on Rio Grande water deliveries, the latest in a series of sessions since the dispute flared earlier this month.

The delegations included staff from the State Department, the Agriculture Department and the International Boundary and Water Commission, along with Mexico's national water agency, Conagua. Neither side released a statement after the meeting, and a State Department spokeswoman said she would not get ahead of the negotiations.

Hydrologists following the talks said any deal would likely hinge on the two international reservoirs on the border, Amistad and Falcon, where Mexico holds water that could be credited to the United States with a simple accounting transfer. Whether that would be enough to satisfy the US side was unclear, they said.

Some analysts in Mexico City speculated that the government could offer water from the share of Coahuila and Tamaulipas rather than from Chihuahua, to avoid a confrontation with farmers there.

The five-year cycle ends on October 24. Another round of talks is expected in early May, although no date has been announced.""",
        claims=[],
    ),
    # 010
    dict(
        published="2025-04-28T22:30:00Z", outlet="plains-ledger",
        slug="mexico-agrees-immediate-water-transfers",
        title="Mexico agrees to immediate water transfers in deal with Washington",
        text="""WASHINGTON, Apr 28 (Plains Ledger) - Mexico has agreed to transfer water to the United States immediately from the two international reservoirs on the Rio Grande and to raise the US share of flows from six Mexican tributaries until the current treaty cycle ends in October, the State Department said on Monday.

The department said Washington also wanted a long-term plan that would clear Mexico's accumulated water debt, with monthly transfers and regular consultations that take account of Texas users. It thanked President Claudia Sheinbaum for her personal involvement.

Mexico's foreign ministry confirmed the arrangement in a statement of its own, saying Mexico would begin the transfers from the Amistad and Falcon reservoirs at once and would protect water for human consumption in the border states.

Agriculture Secretary Brooke Rollins said the deal showed that the president's pressure was working for Texas growers.

The agreement came after weeks of negotiation led on the US side by Deputy Secretary of State Christopher Landau. Officials from both countries plan to review the hydrology of the basin together in July.""",
        claims=[
            ("mexico", "extra-deliveries", S, "Mexico would begin the transfers from the Amistad and Falcon reservoirs at once", True),
            ("usa", "extra-deliveries", S, "Rollins said the deal showed that the president's pressure was working for Texas growers", True),
            ("usa", "repay-deficit", S, "a long-term plan that would clear Mexico's accumulated water debt", True),
        ],
    ),
    # 011
    dict(
        published="2025-04-29T15:10:00Z", outlet="gulf-courier",
        slug="texas-welcomes-water-deal-wants-debt-schedule",
        title="Texas welcomes water deal but wants a schedule for Mexico's debt",
        text="""MCALLEN, Apr 29 (Gulf Courier) - Governor Greg Abbott on Tuesday welcomed Mexico's promise of immediate water transfers, but said Texas would judge the deal by whether Mexico also paid back the water it has owed for years on a firm timetable.

Abbott said the transfers from the border reservoirs were a good first step and thanked President Donald Trump for forcing the issue. Mexico's old debt had to be cleared on a schedule that farmers could plan around, not whenever rain happened to fall, he said.

Growers' groups were more guarded. Texas Citrus Mutual said the valley had heard promises before, and that what the valley needed was a guaranteed volume of water every year rather than a five-year total that Mexico could leave until the last minute.

Irrigation district managers in Hidalgo County said they had not yet seen any additional water in their canals. One district manager said farmers were watching the gauges daily.

The treaty counts Mexico's deliveries over five-year cycles, which critics in Texas say lets shortfalls build up for years before anyone can call a breach.""",
        claims=[
            ("texas", "extra-deliveries", S, "welcomed Mexico's promise of immediate water transfers", True),
            ("texas", "repay-deficit", S, "Mexico's old debt had to be cleared on a schedule that farmers could plan around", True),
            ("texas-farmers", "annual-minimum", S, "what the valley needed was a guaranteed volume of water every year", True),
        ],
    ),
    # 012
    dict(
        published="2025-05-20T14:00:00Z", outlet="continental-desk",
        slug="valley-growers-wait-for-promised-water",
        title="In the Rio Grande Valley, growers wait for the water Mexico promised",
        text="""WESLACO, May 20 (Continental Desk) - Three weeks after Mexico promised immediate transfers of Rio Grande water, growers in the lower valley say the extra water is arriving, but slowly, and that it comes too late for much of this year's planting.

The Texas Farm Bureau said on Tuesday that members were still being held to a fraction of their usual irrigation allotments. The group repeated its call for Mexico to keep the transfers flowing through the summer, and said it would keep pressing federal officials to hold Mexico to its word.

Washington, which wants the transfers stepped up before October, has said little publicly about their pace.

Across the border, the picture is shaped by Chihuahua, which has resisted opening its dams to pay the treaty debt since the deadly clashes at La Boquilla in 2020. Most of the water moving so far has come from the international reservoirs rather than from upstream.

A sorghum grower near Raymondville said he had left half his land fallow this spring. Analysts said the summer rains would decide whether Mexico could close much of the gap before October.""",
        claims=[
            ("texas-farmers", "extra-deliveries", S, "repeated its call for Mexico to keep the transfers flowing through the summer", True),
            ("usa", "extra-deliveries", S, "Washington, which wants the transfers stepped up before October", False),
            ("chihuahua", "chihuahua-dams", O, "Chihuahua, which has resisted opening its dams to pay the treaty debt", False),
        ],
    ),
    # 013
    dict(
        published="2025-07-17T19:30:00Z", outlet="border-wire",
        slug="us-presses-mexico-more-water-midyear-review",
        title="US presses Mexico for more water at mid-year treaty review",
        text="""CIUDAD JUAREZ, Jul 17 (Border Wire) - US and Mexican officials reviewed Rio Grande hydrology on Thursday at a mid-year meeting agreed in April, with Washington pressing for the largest deliveries Mexico could make before the treaty cycle closes in October.

A State Department official said the United States wanted the transfers from the international reservoirs to continue every month and had asked Mexico for more water from the tributaries. The official spoke on condition of anonymity because the talks were private.

Efrain Morales, head of Mexico's national water agency Conagua, said afterwards that Mexico would keep making the agreed transfers and that rains in parts of Coahuila and Nuevo Leon had improved the outlook. He did not say whether Chihuahua's reservoirs would contribute.

Morales said Mexico had already sent more water in this treaty year than in several previous years combined, though he acknowledged that the country would still end the cycle with a large deficit.

The meeting was held at the offices of the Mexican section of the boundary commission. A further review is expected in the autumn, once the hurricane season has run its course.""",
        claims=[
            ("usa", "extra-deliveries", S, "the United States wanted the transfers from the international reservoirs to continue every month", True),
            ("mexico", "extra-deliveries", S, "Mexico would keep making the agreed transfers", True),
        ],
    ),
    # 014 (no claims)
    dict(
        published="2025-08-26T15:20:00Z", outlet="sierra-post",
        slug="late-summer-storms-raise-hopes-water-gap",
        title="Late-summer storms raise hopes of narrowing Mexico's water gap",
        text="""MONTERREY, Aug 26 (Sierra Post) - Heavy rains from a string of tropical systems have lifted reservoir levels in parts of northeastern Mexico in recent weeks, and hydrologists say they could help Mexico narrow, though not close, its treaty shortfall before the five-year cycle ends on October 24.

The El Cuchillo and Marte R. Gomez dams in Nuevo Leon and Tamaulipas have risen sharply since July, according to public data. Upstream in Chihuahua, the picture is more mixed, with La Boquilla still well below half its capacity.

Two water engineers in Monterrey said the rains could allow Conagua to release more water down the San Juan River without cutting city supplies. Whether the agency would do so, and whether the US side would count such releases toward the debt, remained open questions, they said.

North of the border, Elephant Butte reservoir in New Mexico, which stores Rio Grande water for farms in New Mexico and far West Texas, remains low despite the summer storms.

Forecasters expect more rain in September, the height of the hurricane season. Farmers on both sides of the river said they had learned not to count on it.""",
        claims=[],
    ),
    # 015
    dict(
        published="2025-09-18T16:00:00Z", outlet="plains-ledger",
        slug="texas-agriculture-chief-no-rollover-water-debt",
        title="Texas agriculture chief says Mexico must not roll its water debt forward",
        text="""AUSTIN, Sep 18 (Plains Ledger) - Texas Agriculture Commissioner Sid Miller said on Thursday that Mexico must repay its entire Rio Grande water debt before the treaty cycle closes next month, and urged federal officials not to let the shortfall slide into the next five-year period.

Miller said the treaty's drought clause had become a standing excuse and that Texas farmers could not wait another five years. He said the tariff threat should stay on the table until the water arrived.

Mexico has stepped up deliveries since April, mostly by transferring water it holds in the Amistad and Falcon reservoirs to the US account. The Texas Commission on Environmental Quality estimates that Mexico will still finish the cycle several hundred thousand acre-feet short.

Under the treaty, a shortfall caused by extraordinary drought can be made up in the following cycle. Mexico has relied on that provision before, and many in Texas expect it to do so again.

Mexico's foreign ministry declined to comment on Miller's remarks.

The new cycle starts on October 25 and runs for five years.""",
        claims=[
            ("texas", "repay-deficit", S, "must repay its entire Rio Grande water debt before the treaty cycle closes", True),
            ("texas", "drop-water-tariffs", O, "He said the tariff threat should stay on the table until the water arrived", True),
        ],
    ),
    # 016
    dict(
        published="2025-10-23T18:10:00Z", outlet="continental-desk",
        slug="sheinbaum-says-mexico-will-settle-water-governors-on-board",
        title="Sheinbaum says Mexico will settle water owed to US, says governors are on board",
        text="""MEXICO CITY, Oct 23 (Continental Desk) - President Claudia Sheinbaum said on Thursday that Mexico would deliver the water still pending under the 1944 treaty, helped by this year's heavy rains, one day before the five-year delivery cycle closes.

Because of a drought that lasted almost five years, Mexico formally had a debt, Sheinbaum said at her morning news conference, but the recent storms had changed the situation. She said the water would be delivered.

The president said her government had reached an understanding with the governors of Chihuahua, Nuevo Leon, Coahuila and Tamaulipas, whose states border the Rio Grande. Each state had agreed to contribute water from dams that had water available, she said.

Federal officials said contributions would come only from reservoirs with a surplus and would not touch drinking water or the coming planting season.

The foreign ministry said talks with Washington on the details were continuing. Conagua has not published figures on how much water has been transferred since April.

Chihuahua's state government did not immediately respond to a request for comment on the president's account.""",
        claims=[
            ("mexico", "extra-deliveries", S, "She said the water would be delivered.", True),
            ("chihuahua", "chihuahua-dams", S, "Each state had agreed to contribute water from dams that had water available", False),
            ("mexico", "chihuahua-dams", C, "contributions would come only from reservoirs with a surplus", True),
        ],
    ),
    # 017
    dict(
        published="2025-10-24T20:40:00Z", outlet="gulf-courier",
        slug="chihuahua-governor-denies-water-agreement",
        title="Chihuahua governor denies any deal to release dam water",
        text="""CHIHUAHUA, Oct 24 (Gulf Courier) - Chihuahua Governor Maru Campos flatly denied on Friday that her state had agreed to release water from its dams to help Mexico meet its treaty obligations to the United States, contradicting President Claudia Sheinbaum.

There had been no agreement, Campos told local reporters, neither on water nor on corn, adding that she said so with all respect. Talks might produce agreements in the future, she said, but none existed.

Campos said her government had not signed and would not sign any arrangement that put Chihuahua's water at risk, and that any future discussion would be held in the open.

A day earlier Sheinbaum had said the four Mexican states along the Rio Grande had agreed to contribute water from dams with available supplies.

The dispute comes as the treaty's five-year cycle closes on Friday with Mexico still short. Farmers in the Conchos basin, who remember the 2020 confrontation at La Boquilla, have held meetings this week to plan a response if federal authorities try to open the dams.

The president's office did not reply to a request for comment on the governor's remarks.""",
        claims=[
            ("chihuahua", "chihuahua-dams", O, "had not signed and would not sign any arrangement that put Chihuahua's water at risk", True),
        ],
    ),
    # 018 (no claims)
    dict(
        published="2025-10-25T15:00:00Z", outlet="border-wire",
        slug="treaty-cycle-closes-mexico-short",
        title="Treaty cycle closes with Mexico hundreds of thousands of acre-feet short",
        text="""EL PASO, Oct 25 (Border Wire) - The five-year accounting cycle under the 1944 US-Mexico water treaty closed at midnight on Friday with Mexico well short of the 1.75 million acre-feet it was due to deliver from its Rio Grande tributaries, according to figures kept by the International Boundary and Water Commission.

Preliminary data suggest the gap is in the range of 800,000 to 900,000 acre-feet, although both sections of the commission said the numbers would be revised over the coming weeks as gauge readings are reconciled.

Under the treaty, a shortfall caused by extraordinary drought is carried into the following cycle and must be made up then. The new cycle began on Saturday and runs until October 2030.

The commission, which is headquartered in El Paso and has its Mexican section across the river in Ciudad Juarez, does not rule on whether a drought was extraordinary. That question is left to the two governments.

Farm groups on both sides of the river are expected to react once final figures are published. The commission said it would release them in November, after a joint review of the measurements.""",
        claims=[],
    ),
    # 019
    dict(
        published="2025-11-13T21:00:00Z", outlet="plains-ledger",
        slug="us-says-mexico-must-make-up-865000-acre-feet",
        title="US says Mexico must make up 865,000 acre-feet, weighs all options",
        text="""WASHINGTON, Nov 13 (Plains Ledger) - The United States said on Thursday that Mexico must make up a shortfall of roughly 865,000 acre-feet left over from the treaty cycle that ended in October, and that it was weighing every option available to secure compliance.

In a statement after a meeting of State Department, Agriculture Department and boundary commission officials with their Mexican counterparts, the department said it had pressed for the maximum possible deliveries to Texas users and had asked Mexico for more information before the two sides reconvene.

The statement said Mexico had delivered more water in the past year than in the previous four years combined, but that the shortfalls had deepened scarcity in Texas and cost farmers hundreds of millions of dollars in lost crops. Washington wants a plan that clears the old deficit and meets the requirements of the new 2025-2030 cycle, it said.

The statement did not mention tariffs. Asked whether the administration was considering trade measures, a department spokeswoman said she would not speculate.

Mexico's foreign ministry said the meeting had been constructive and that technical work would continue.""",
        claims=[
            ("usa", "repay-deficit", S, "Washington wants a plan that clears the old deficit", True),
            ("usa", "extra-deliveries", S, "it had pressed for the maximum possible deliveries to Texas users", True),
        ],
    ),
    # 020 (no claims)
    dict(
        published="2025-11-28T17:00:00Z", outlet="sierra-post",
        slug="chihuahua-farmers-protest-water-law",
        title="Chihuahua farmers keep up protests over new national water law",
        text="""CHIHUAHUA, Nov 28 (Sierra Post) - Farmers in Chihuahua kept up road and border-crossing blockades on Friday in protest at a proposed national water law, a day after federal officials and farm leaders signed an agreement meant to end the demonstrations.

Governor Maru Campos posted a video addressed to producers in which she said there were still no clear written commitments on the law and that the state's representatives had not been heard as promised. She urged farmers to look for ways to keep the local economy moving but said that did not mean giving up.

The bill, which changes how water concessions are granted and transferred, is separate from the dispute with the United States over the 1944 treaty, though many growers see the two as linked. Protest leaders said federal control of concessions would make it easier to send the state's water across the border in future.

Interior Minister Rosa Icela Rodriguez said the dialogue with farm groups would continue. Lawmakers in Mexico City are expected to vote on the bill next week.

Traffic at two crossings into Texas was disrupted for several hours.""",
        claims=[],
    ),
    # 021
    dict(
        published="2025-12-08T22:15:00Z", outlet="gulf-courier",
        slug="trump-5-percent-tariff-mexico-water",
        title="Trump imposes 5% tariff on Mexico over water debt",
        text="""WASHINGTON, Dec 8 (Gulf Courier) - President Donald Trump said on Monday he had authorised the paperwork for a 5% tariff on Mexican goods if Mexico does not quickly release Rio Grande water owed to Texas under the 1944 treaty.

In a social media post, Trump said Mexico still owed more than 800,000 acre-feet from the past five years and was hurting Texas crops and livestock. He demanded that Mexico release 200,000 acre-feet before December 31 and the remainder soon afterwards. The longer Mexico waited, he wrote, the more American farmers would suffer.

No tariff has yet been put in place, and the White House did not say when one might take effect.

The post came as the administration announced a $12 billion aid package for farmers hit by trade disruptions. It also comes as the three North American partners prepare for next year's review of the USMCA trade agreement.

Economy Minister Marcelo Ebrard said he expected the water talks to make any tariff unnecessary. President Claudia Sheinbaum is expected to respond at her news conference on Tuesday.""",
        claims=[
            ("usa", "drop-water-tariffs", O, "he had authorised the paperwork for a 5% tariff on Mexican goods", True),
            ("usa", "extra-deliveries", S, "He demanded that Mexico release 200,000 acre-feet before December 31", True),
            ("usa", "repay-deficit", S, "before December 31 and the remainder soon afterwards", True),
            ("mexico", "drop-water-tariffs", S, "he expected the water talks to make any tariff unnecessary", True),
        ],
    ),
    # 022
    dict(
        published="2025-12-09T17:30:00Z", outlet="continental-desk",
        slug="sheinbaum-water-offer-must-not-put-towns-farms-at-risk",
        title="Sheinbaum says water offer must not put Mexican towns and farms at risk",
        text="""MEXICO CITY, Dec 9 (Continental Desk) - President Claudia Sheinbaum said on Tuesday that Mexico would offer the United States a set of proposals for delivering water between now and the end of December and in later years, but only in ways that did not endanger Mexican households or farm output.

Asked at the National Palace whether President Donald Trump's threatened 5% tariff was justified, Sheinbaum said that was a question for the US president to answer. She said Mexico had delivered more water in 2025 than in previous years and that the treaty had to be honoured according to the water that existed and the amount the channels could physically carry.

She said she was confident of a good agreement. Officials from the foreign ministry, the agriculture ministry, Conagua and the boundary commission were to hold a virtual meeting with US counterparts later in the day.

In a separate note, the foreign ministry said Mexico was entitled under the treaty to make up the drought shortfall in the following cycle, and argued that the last five years had met the treaty's definition of extraordinary drought in northern Mexico.

Chihuahua's governor, Maru Campos, said she would comment after the meeting.""",
        claims=[
            ("mexico", "extra-deliveries", C, "but only in ways that did not endanger Mexican households or farm output", True),
            ("mexico", "repay-deficit", O, "entitled under the treaty to make up the drought shortfall in the following cycle", True),
        ],
    ),
    # 023
    dict(
        published="2025-12-10T19:45:00Z", outlet="plains-ledger",
        slug="abbott-backs-trump-tariff-threat-valley-losses",
        title="Abbott backs Trump tariff threat as valley farmers count losses",
        text="""HARLINGEN, Dec 10 (Plains Ledger) - Texas Governor Greg Abbott on Wednesday backed President Donald Trump's threat of a 5% tariff on Mexican goods, saying pressure was the only language that had ever moved Mexico on water.

Abbott said Mexico had to pay back the full water debt from the last cycle and should not be allowed to hide behind the drought clause again. He said Texas farmers had carried the cost of Mexico's shortfalls for too long.

The Texas Farm Bureau said it supported using every tool available, tariffs included, to get the water flowing before spring planting. The group said growers in Cameron and Hidalgo counties faced another season of rationing.

Senators John Cornyn and Ted Cruz issued a joint statement calling on Mexico to release the 200,000 acre-feet before the end of the month.

Not everyone in the valley welcomed the tariff talk. A Harlingen produce importer said a tariff on Mexican goods would raise costs for Texas businesses that depend on cross-border trade.

Mexican officials were holding talks with US counterparts on Wednesday.""",
        claims=[
            ("texas", "drop-water-tariffs", O, "backed President Donald Trump's threat of a 5% tariff on Mexican goods", True),
            ("texas", "repay-deficit", S, "Mexico had to pay back the full water debt from the last cycle", True),
            ("texas-farmers", "drop-water-tariffs", O, "it supported using every tool available, tariffs included, to get the water flowing", True),
        ],
    ),
    # 024
    dict(
        published="2025-12-11T18:00:00Z", outlet="sierra-post",
        slug="chihuahua-says-deadline-will-not-be-met-with-its-dams",
        title="Chihuahua says Trump's deadline will not be met with its dams",
        text="""CHIHUAHUA, Dec 11 (Sierra Post) - Chihuahua's state government said on Thursday that it would not allow the Conchos River dams to be opened to meet the December 31 deadline set by President Donald Trump, as federal negotiators worked on an offer to Washington.

Governor Maru Campos said the state's farmers had already given up two planting seasons and that La Boquilla was not a savings account for the federal government to empty whenever Washington demanded. Whatever Mexico sent this month, she said, would not come out of La Boquilla.

The mayor of Camargo, a farm town downstream of La Boquilla, said opening the Conchos would be the worst mistake the federal government could make. An opposition lawmaker in Mexico City questioned where the government would find the water, given the low levels in the Amistad and Falcon reservoirs.

Analysts said the federal government was likely to rely on the international reservoirs and the San Juan basin in Nuevo Leon and Tamaulipas, where storage has recovered after the autumn rains.

Conagua did not respond to questions about which dams would be used.""",
        claims=[
            ("chihuahua", "chihuahua-dams", O, "it would not allow the Conchos River dams to be opened", True),
        ],
    ),
    # 025
    dict(
        published="2025-12-12T21:30:00Z", outlet="border-wire",
        slug="mexico-to-release-202000-acre-feet-tariff-in-reserve",
        title="Mexico to release 202,000 acre-feet as US holds tariff in reserve",
        text="""WASHINGTON, Dec 12 (Border Wire) - Mexico has agreed to release about 202,000 acre-feet of Rio Grande water to the United States starting next week, the US Agriculture Department said on Friday, in a deal that for now keeps President Donald Trump's threatened 5% tariff off the table.

Mexico's foreign ministry confirmed in a joint statement that it would make staged releases totalling 249 million cubic metres, beginning in the week of December 15. The two governments said they would finalise a plan by January 31 covering the rest of the deliveries.

Agriculture Secretary Brooke Rollins said the tariff would not be imposed as long as Mexico kept to the understanding, but that the administration reserved the right to apply it if Mexico fell short again. She did not say how compliance would be measured.

According to the department's statement, Mexico understands that the outstanding deficit from the previous cycle must be repaid in a timely way.

Deputy Secretary of State Christopher Landau credited the president's direct involvement for the result.""",
        claims=[
            ("mexico", "extra-deliveries", S, "it would make staged releases totalling 249 million cubic metres", True),
            ("usa", "drop-water-tariffs", C, "the tariff would not be imposed as long as Mexico kept to the understanding", True),
            ("mexico", "repay-deficit", S, "the outstanding deficit from the previous cycle must be repaid in a timely way", False),
        ],
    ),
    # 026 (duplicate of 025)
    dict(
        published="2025-12-12T23:55:00Z", outlet="gulf-courier",
        slug="mexico-agrees-202000-acre-feet-washington-shelves-tariff",
        title="Mexico agrees to send 202,000 acre-feet; Washington shelves tariff for now",
        duplicate_of=25,
        text="""WASHINGTON, Dec 12 (Gulf Courier) - Mexico will release about 202,000 acre-feet of Rio Grande water to the United States from next week, the US Agriculture Department said on Friday, under an understanding that holds President Donald Trump's threatened 5% tariff in abeyance.

In a joint statement, Mexico's foreign ministry said it would make staged releases totalling 249 million cubic metres, starting in the week of December 15. Both governments said a plan for the remaining deliveries would be finalised by January 31.

Agriculture Secretary Brooke Rollins said the tariff would not be imposed as long as Mexico kept to the understanding, though Washington reserved the right to use it should Mexico fall short again. She gave no details on how compliance would be judged.

The department's statement also said Mexico understands that the outstanding deficit from the previous cycle must be repaid in a timely way.

Deputy Secretary of State Christopher Landau said the president's personal involvement had produced the deal.""",
        claims=[
            ("mexico", "extra-deliveries", S, "it would make staged releases totalling 249 million cubic metres", True),
            ("usa", "drop-water-tariffs", C, "the tariff would not be imposed as long as Mexico kept to the understanding", True),
            ("mexico", "repay-deficit", S, "the outstanding deficit from the previous cycle must be repaid in a timely way", False),
        ],
    ),
    # 027
    dict(
        published="2025-12-13T16:20:00Z", outlet="continental-desk",
        slug="texas-growers-welcome-release-want-debt-plan",
        title="Texas growers welcome water release, want debt plan in writing",
        text="""MCALLEN, Dec 13 (Continental Desk) - Texas officials and farm groups on Saturday welcomed Mexico's promise to release about 202,000 acre-feet of Rio Grande water, while warning that the bigger test would be next month's plan for repaying the rest of Mexico's debt.

Governor Greg Abbott thanked President Donald Trump for securing the water and said Texas would be watching the gauges to make sure every acre-foot arrived. He said the remainder of the old deficit had to be repaid on a fixed schedule, not left to the next drought.

The Texas Farm Bureau called the release a relief for growers facing spring planting decisions. It said the January plan must set out firm dates for clearing the deficit from the last cycle.

Deputy Secretary of State Christopher Landau said on social media that the United States would keep engaging with Mexico to make sure it received all the water due under the treaty.

Irrigation districts said the first water could reach their canals before Christmas if the releases begin on schedule. In Chihuahua, the state government repeated that none of the water would come from its dams.""",
        claims=[
            ("texas", "extra-deliveries", S, "Texas would be watching the gauges to make sure every acre-foot arrived", True),
            ("texas", "repay-deficit", S, "the remainder of the old deficit had to be repaid on a fixed schedule", True),
            ("texas-farmers", "extra-deliveries", S, "called the release a relief for growers facing spring planting decisions", True),
            ("texas-farmers", "repay-deficit", S, "the January plan must set out firm dates for clearing the deficit", True),
            ("usa", "extra-deliveries", S, "would keep engaging with Mexico to make sure it received all the water due", True),
            ("chihuahua", "chihuahua-dams", O, "the state government repeated that none of the water would come from its dams", True),
        ],
    ),
    # 028
    dict(
        published="2025-12-15T18:00:00Z", outlet="sierra-post",
        slug="sheinbaum-mexico-never-refused-water-lack-of-rain",
        title="Sheinbaum says Mexico never refused to send water, blames lack of rain",
        text="""MEXICO CITY, Dec 15 (Sierra Post) - President Claudia Sheinbaum said on Monday that water releases to the United States under last week's understanding would begin this week and would not affect drinking water supplies in any Mexican city.

It was not that Mexico had refused to deliver the water it owed, Sheinbaum said at her morning news conference; it had simply not rained enough. Washington had asked for a set volume by the end of December, she said, and Mexico had replied that moving that much so quickly was not physically possible and could cause harm, so the deliveries would be spread out over several weeks.

Sheinbaum did not say which reservoirs would supply the water. Federico Doring, an opposition deputy, said the government had not explained how it could send more water than the international reservoirs currently hold.

The foreign ministry said technical teams would meet again this week to work on the plan due by January 31.

Mexico's northern states received well above average rainfall this year, but storage in several reservoirs on the Rio Grande's tributaries remains low after five dry years.""",
        claims=[
            ("mexico", "extra-deliveries", S, "It was not that Mexico had refused to deliver the water it owed", True),
            ("usa", "extra-deliveries", S, "Washington had asked for a set volume by the end of December", False),
        ],
    ),
    # 029
    dict(
        published="2026-01-29T20:00:00Z", outlet="plains-ledger",
        slug="us-mexico-near-water-plan-deadline",
        title="US and Mexico near water plan as January 31 deadline approaches",
        text="""MEXICO CITY, Jan 29 (Plains Ledger) - US and Mexican negotiators were working on Thursday to finish a plan for Rio Grande water deliveries before the January 31 deadline set in December, with Washington pressing for a guaranteed minimum volume every year.

US Ambassador Ronald Johnson said after meeting Foreign Minister Juan Ramon de la Fuente that the United States wanted deliveries that farmers could count on each year, not a five-year total that let debts pile up. He said the talks had been productive.

Mexico's foreign ministry declined to say whether it would accept a fixed annual minimum, saying only that any plan would respect the treaty and the human right to water.

Mexican officials said the releases agreed in December were under way, with water moving from the international reservoirs and the San Juan system. Texas irrigation districts reported the first increases in their allocations this month.

Chihuahua Governor Maru Campos said she had asked for state representatives to have a seat at the table. People familiar with the talks said the deadline could slip by a few days.""",
        claims=[
            ("usa", "annual-minimum", S, "the United States wanted deliveries that farmers could count on each year", True),
            ("mexico", "extra-deliveries", S, "the releases agreed in December were under way", True),
        ],
    ),
    # 030
    dict(
        published="2026-02-03T22:00:00Z", outlet="border-wire",
        slug="mexico-commits-minimum-yearly-water-deliveries",
        title="Mexico commits to minimum yearly water deliveries to US and a plan to repay its debt",
        text="""WASHINGTON, Feb 3 (Border Wire) - Mexico will deliver at least 350,000 acre-feet of Rio Grande water to the United States in each year of the current five-year treaty cycle, US officials said on Tuesday, after a call between President Donald Trump and President Claudia Sheinbaum.

Secretary of State Marco Rubio called the outcome a win for American farmers and ranchers and said the plan would eliminate the deficit left from the previous cycle. Officials from the two countries will meet monthly to keep deliveries on track.

In a joint statement, Mexico's foreign, environment and agriculture ministries said Mexico was willing to guarantee an agreed minimum delivery every year. They said the debt from the last cycle would be paid off as the basin's hydrology allowed, through the mechanisms in the treaty, with priority for human consumption and farming.

The ministries described the plan as the result of sustained technical and political work carried out with full respect for both countries' sovereignty.

The treaty itself counts deliveries over five years, averaging 350,000 acre-feet annually. US officials have long complained that Mexico lets debts build in the early years of each cycle.""",
        claims=[
            ("mexico", "annual-minimum", S, "Mexico was willing to guarantee an agreed minimum delivery every year", True),
            ("mexico", "repay-deficit", C, "the debt from the last cycle would be paid off as the basin's hydrology allowed", True),
            ("usa", "repay-deficit", S, "said the plan would eliminate the deficit left from the previous cycle", True),
            ("usa", "annual-minimum", S, "Rubio called the outcome a win for American farmers and ranchers", True),
        ],
    ),
    # 031
    dict(
        published="2026-02-04T19:00:00Z", outlet="gulf-courier",
        slug="texas-hails-yearly-water-guarantee-chihuahua-dams-not-in-deal",
        title="Texas hails yearly water guarantee; Chihuahua says its dams are not part of the deal",
        text="""AUSTIN, Feb 4 (Gulf Courier) - Governor Greg Abbott on Wednesday praised Mexico's commitment to deliver a minimum of 350,000 acre-feet of water every year, saying a yearly floor was what Texas had sought for a decade.

Abbott said the guarantee would let growers plan their crops for the first time in years, and he credited President Donald Trump's pressure for the result.

The Texas Farm Bureau also welcomed the annual minimum but said farmers would believe it when they saw the water in their canals. Texas Citrus Mutual said the monthly meetings would be the real test.

In Chihuahua, Governor Maru Campos said the state had not been consulted on the plan and that its dams would not be used to pay the United States. Chihuahua was still in drought and had nothing to spare, she said.

Mexico's agriculture secretary, Julio Berdegue, said the plan protected Mexican farmers and would not require any state to give up water it needed.

The first of the monthly binational meetings is expected in March.""",
        claims=[
            ("texas", "annual-minimum", S, "a yearly floor was what Texas had sought for a decade", True),
            ("texas-farmers", "annual-minimum", S, "The Texas Farm Bureau also welcomed the annual minimum", True),
            ("chihuahua", "chihuahua-dams", O, "its dams would not be used to pay the United States", True),
            ("mexico", "chihuahua-dams", C, "would not require any state to give up water it needed", True),
        ],
    ),
    # 032
    dict(
        published="2026-02-05T17:40:00Z", outlet="continental-desk",
        slug="sheinbaum-defends-water-plan-no-new-treaty",
        title="Sheinbaum defends water plan, says it is no new treaty",
        text="""MEXICO CITY, Feb 5 (Continental Desk) - President Claudia Sheinbaum defended the water plan agreed with the United States on Thursday, saying it did not amend the 1944 treaty and would not take drinking water from any Mexican city.

Sheinbaum said Mexico would meet the agreed yearly minimum and that the figure was the same annual average the treaty had always implied. She said the old debt would be cleared gradually, depending on how much rain fell in the basin, and that no fixed dates had been set that could force Mexico to empty its dams in a dry year.

Opposition senators said the government had conceded too much and asked for the full text to be sent to Congress. Sheinbaum said the plan was a technical arrangement and did not require Senate approval.

Asked whether the threat of a tariff had now been withdrawn, she said that was for Washington to say.

In Washington, the State Department said the first monthly review would take place in March, with officials from both countries' water agencies taking part.""",
        claims=[
            ("mexico", "annual-minimum", S, "Mexico would meet the agreed yearly minimum", True),
            ("mexico", "repay-deficit", C, "would be cleared gradually, depending on how much rain fell in the basin", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="chihuahua", issue="chihuahua-dams", **{"from": O}, to=C, article="008",
         why="Campos says Chihuahua would release dam water under an emergency plan that compensates farmers in advance; in 006 she said the state could not hand over water it did not have (baseline oppose). Sheinbaum's report in 007 is attributed: false and does not move it."),
    dict(actor="mexico", issue="extra-deliveries", **{"from": C}, to=S, article="010",
         why="Mexico's foreign ministry confirms it will begin transfers from Amistad and Falcon at once; in 005 and 007 Sheinbaum offered only a delivery as far as reservoirs allowed, with later volumes depending on rain."),
    dict(actor="chihuahua", issue="chihuahua-dams", **{"from": C}, to=O, article="017",
         why="Campos denies any agreement and says Chihuahua has not signed and will not sign anything putting its water at risk; the conditional opening of 008 is withdrawn. Sheinbaum's claim in 016 that the governors agreed is attributed: false."),
    dict(actor="mexico", issue="extra-deliveries", **{"from": S}, to=C, article="022",
         why="Facing Trump's 200,000 acre-foot demand, Sheinbaum offers deliveries only in ways that do not endanger households or farm output and only as channels allow; since 010 (restated in 013, 016) Mexico had committed to the transfers outright."),
    dict(actor="mexico", issue="extra-deliveries", **{"from": C}, to=S, article="025",
         why="Mexico's foreign ministry confirms in a joint statement staged releases of 249 million cubic metres from the week of December 15; in 022 the offer was still hedged."),
    dict(actor="usa", issue="drop-water-tariffs", **{"from": O}, to=C, article="025",
         why="Rollins says the 5% tariff will not be imposed as long as Mexico keeps to the understanding, while reserving the right to apply it; in 003 and 021 the threat was being issued and escalated."),
    dict(actor="mexico", issue="repay-deficit", **{"from": O}, to=C, article="030",
         why="Mexico's ministries accept a plan to pay off the last cycle's debt, but only as the basin's hydrology allows; in 022 the foreign ministry insisted the treaty entitled Mexico to make the drought shortfall up in the following cycle. The USDA's report in 025/026 that Mexico understood timely repayment is attributed: false."),
]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_watchlist(path):
    """Minimal parser for the watchlist format: returns (actor ids, issue ids, baseline list)."""
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^actors:\s*$", line):
                section = "actors"
                continue
            if re.match(r"^issues:\s*$", line):
                section = "issues"
                continue
            if re.match(r"^baseline:\s*$", line):
                section = "baseline"
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section == "actors":
                actors.add(m.group(1))
            elif m and section == "issues":
                issues.add(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(dict(actor=m.group(1), issue=m.group(2), stance=m.group(3)))
    return actors, issues, baseline


def parse_ts(ts):
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(dt):
    return format_datetime(dt, usegmt=True)


def main():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not (5 <= len(actors) <= 8):
        errors.append(f"watchlist has {len(actors)} actors, expected 5-8")
    if not (5 <= len(issues) <= 7):
        errors.append(f"watchlist has {len(issues)} issues, expected 5-7")

    # ---- assign ids, build article records
    records = []
    prev = None
    for i, a in enumerate(ARTICLES, start=1):
        aid = f"{i:03d}"
        dt = parse_ts(a["published"])
        if prev is not None and dt <= prev:
            errors.append(f"{aid}: not in publication order")
        prev = dt
        outlet_name = OUTLETS[a["outlet"]]
        url = f"https://example.org/{a['outlet']}/{dt:%Y/%m/%d}/{a['slug']}"
        records.append(dict(id=aid, dt=dt, outlet=a["outlet"], source=outlet_name, url=url,
                            title=a["title"], text=a["text"], claims=a["claims"],
                            duplicate_of=a.get("duplicate_of")))

    urls = [r["url"] for r in records]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")

    # ---- per-article validation
    valid_stances = {S, O, C}
    for r in records:
        text = r["text"]
        n_words = len(text.split())
        if not (120 <= n_words <= 260):
            errors.append(f"{r['id']}: {n_words} words (need 120-260)")
        dl = re.match(r"^([A-Z][A-Z .'\-]*[A-Z]), ([A-Z][a-z]{2}) (\d{1,2}) \((.+?)\) - \S", text)
        if not dl:
            errors.append(f"{r['id']}: bad dateline")
        else:
            if dl.group(4) != r["source"]:
                errors.append(f"{r['id']}: dateline outlet {dl.group(4)!r} != {r['source']!r}")
            if dl.group(2) != MONTHS[r["dt"].month - 1] or int(dl.group(3)) != r["dt"].day:
                errors.append(f"{r['id']}: dateline date does not match published")
        seen_tuple, seen_attr = set(), set()
        for (actor, issue, stance, quote, attributed) in r["claims"]:
            if actor not in actors:
                errors.append(f"{r['id']}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{r['id']}: unknown issue {issue}")
            if stance not in valid_stances:
                errors.append(f"{r['id']}: bad stance {stance}")
            if quote not in text:
                errors.append(f"{r['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{r['id']}: quote over 15 words: {quote!r}")
            if not isinstance(attributed, bool):
                errors.append(f"{r['id']}: attributed must be bool")
            t = (actor, issue, stance)
            if t in seen_tuple:
                errors.append(f"{r['id']}: repeated claim tuple {t}")
            seen_tuple.add(t)
            if attributed:
                if (actor, issue) in seen_attr:
                    errors.append(f"{r['id']}: two attributed claims for {actor}/{issue}")
                seen_attr.add((actor, issue))

    # ---- duplicates: same day, different outlet, later, identical claims
    dup_pairs = []
    for r in records:
        if r["duplicate_of"]:
            orig = records[r["duplicate_of"] - 1]
            dup_pairs.append((orig["id"], r["id"]))
            if orig["dt"].date() != r["dt"].date() or orig["dt"] >= r["dt"]:
                errors.append(f"{r['id']}: duplicate must be later on the same day as {orig['id']}")
            if orig["outlet"] == r["outlet"]:
                errors.append(f"{r['id']}: duplicate must come from another outlet")
            key = lambda cl: sorted((c[0], c[1], c[2], c[4]) for c in cl)
            if key(orig["claims"]) != key(r["claims"]):
                errors.append(f"{r['id']}: duplicate claims differ from {orig['id']}")
            if orig["text"] == r["text"]:
                errors.append(f"{r['id']}: duplicate must be reworded")

    # ---- baseline sanity
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in valid_stances:
            errors.append(f"bad baseline entry {b}")

    # ---- recompute shifts
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    computed = []
    for r in records:
        for (actor, issue, stance, quote, attributed) in r["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                computed.append((actor, issue, prevailing[key], stance, r["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        errors.append("recomputed shifts differ from labelled shifts:\n  computed=%s\n  labelled=%s"
                      % (computed, labelled))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [r["id"] for r in records if r["id"] not in shift_articles]
    for orig, copy in dup_pairs:
        if copy in shift_articles:
            errors.append(f"duplicate copy {copy} must not be a shift article")

    # ---- counts against the brief
    n_claims = sum(len(r["claims"]) for r in records)
    by_stance = {st: sum(1 for r in records for c in r["claims"] if c[2] == st) for st in (S, O, C)}
    n_false = sum(1 for r in records for c in r["claims"] if not c[4])
    empty = [r["id"] for r in records if not r["claims"]]
    straight = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    checks = [
        (30 <= len(records) <= 34, f"{len(records)} articles (need 30-34)"),
        (4 <= len(OUTLETS) <= 5, "4-5 outlets"),
        (60 <= n_claims <= 90, f"{n_claims} claims (need 60-90)"),
        (by_stance[C] >= 6, f"{by_stance[C]} conditional claims (need >= 6)"),
        (all(by_stance[s] > 0 for s in (S, O, C)), "all three stances present"),
        (n_false >= 2, f"{n_false} attributed false claims"),
        (5 <= len(SHIFTS) <= 8, f"{len(SHIFTS)} shifts (need 5-8)"),
        (any(C in (s["from"], s["to"]) for s in SHIFTS), "a shift to or from conditional"),
        (straight <= 2, f"{straight} straight support/oppose reversals (max 2)"),
        (len(dup_pairs) == 2, f"{len(dup_pairs)} duplicate pairs (need 2)"),
        (any(o in shift_articles for o, _ in dup_pairs), "one duplicate original is a shift article"),
        (3 <= len(empty) <= 4, f"{len(empty)} no-claim articles (need 3-4)"),
    ]
    for ok, msg in checks:
        if not ok:
            errors.append("brief check failed: " + msg)

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # ---- write articles
    art_dir = os.path.join(HERE, "articles")
    os.makedirs(art_dir, exist_ok=True)
    for fn in os.listdir(art_dir):
        if fn.endswith(".json"):
            os.remove(os.path.join(art_dir, fn))
    for r in records:
        doc = {"id": r["id"], "published": r["dt"].strftime("%Y-%m-%dT%H:%M:%SZ"), "source": r["source"],
               "url": r["url"], "title": r["title"], "text": r["text"]}
        with open(os.path.join(art_dir, f"{r['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # ---- write feeds (newest first)
    feed_dir = os.path.join(HERE, "feeds")
    os.makedirs(feed_dir, exist_ok=True)
    for fn in os.listdir(feed_dir):
        if fn.endswith(".xml"):
            os.remove(os.path.join(feed_dir, fn))
    feed_paths = []
    for key, name in OUTLETS.items():
        items = sorted([r for r in records if r["outlet"] == key], key=lambda r: r["dt"], reverse=True)
        if not items:
            errors.append(f"outlet {key} has no articles")
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch blind evaluation set us-mexico-water-treaty-2025</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{rfc822(items[0]['dt'])}</lastBuildDate>"]
        for r in items:
            out += ["    <item>",
                    f"      <title>{escape(r['title'])}</title>",
                    f"      <link>{escape(r['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(r["url"])}</guid>',
                    f"      <pubDate>{rfc822(r['dt'])}</pubDate>",
                    f"      <description>{escape(r['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        path = os.path.join(feed_dir, f"{key}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        feed_paths.append(path)

    # ---- write labels
    labels = {
        "claims": {r["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in r["claims"]] for r in records},
        "shifts": SHIFTS,
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # ---- xmllint
    for p in feed_paths:
        res = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"xmllint failed on {p}: {res.stderr.strip()}")
    # re-read written files to check round trip
    for r in records:
        with open(os.path.join(art_dir, f"{r['id']}.json"), encoding="utf-8") as fh:
            doc = json.load(fh)
        for c in labels["claims"][r["id"]]:
            if c["quote"] not in doc["text"]:
                errors.append(f"{r['id']}: quote lost on write")
    if errors:
        print("VALIDATION FAILED AFTER WRITE:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # ---- summary
    restate = 0
    first_obs = 0
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    for r in records:
        for (actor, issue, stance, quote, attributed) in r["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key not in prevailing:
                first_obs += 1
            elif prevailing[key] == stance:
                restate += 1
            prevailing[key] = stance
    print(f"OK: {len(records)} articles, {n_claims} claims "
          f"({by_stance[S]} support, {by_stance[O]} oppose, {by_stance[C]} conditional; {n_false} attributed false)")
    print(f"    {len(SHIFTS)} shifts in {len(shift_articles)} articles: {', '.join(shift_articles)}")
    print(f"    attributed restatements: {restate}; attributed first observations: {first_obs}")
    print(f"    duplicates: {dup_pairs}; no-claim articles: {', '.join(empty)}")
    per_outlet = {k: sum(1 for r in records if r['outlet'] == k) for k in OUTLETS}
    print(f"    per outlet: {per_outlet}")
    print(f"    words: min {min(len(r['text'].split()) for r in records)}, max {max(len(r['text'].split()) for r in records)}")
    print("    feeds pass xmllint --noout")


if __name__ == "__main__":
    main()
