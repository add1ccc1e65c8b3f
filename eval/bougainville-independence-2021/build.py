#!/usr/bin/env python3
"""Build the shiftwatch evaluation set bougainville-independence-2021.

Self-contained (standard library only). Holds the articles and the labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates the result.
Run from anywhere: python3 build.py
"""
import datetime
import json
import os
import re
import shutil
import subprocess
import sys
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "outrigger-wire": "Outrigger Wire",
    "coralline-times": "Coralline Times",
    "highland-ledger": "Highland Ledger",
    "reefline-bulletin": "Reefline Bulletin",
    "tasman-gazette": "Tasman Gazette",
}
MONTHS = ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"]

S, O, C = "support", "oppose", "conditional"

# Each article: outlet, published (UTC), city, slug, title, body (text after the dateline), claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(outlet="outrigger-wire", published="2019-11-23T02:30:00Z", city="BUKA",
         slug="bougainville-begins-two-weeks-of-voting",
         title="Bougainville begins two weeks of voting on its future",
         body="""Voters in Bougainville began casting ballots on Saturday in a long-promised referendum on whether the island region should become independent from Papua New Guinea or remain part of it with greater autonomy.

The vote is the centrepiece of the 2001 peace agreement that ended nearly a decade of war, a conflict that began around the Panguna copper mine and killed thousands of people. Polling will stay open for two weeks, with extra stations for Bougainvilleans living elsewhere in Papua New Guinea and at a few places abroad.

Bertie Ahern, the former Irish prime minister who chairs the Bougainville Referendum Commission, opened a polling station in Buka and said preparations had gone smoothly. Observers from several Pacific countries are monitoring the vote.

The result will not be binding. Under the peace agreement, the Autonomous Bougainville Government and the national government must consult on the outcome, and the national parliament in Port Moresby has the final say.

Analysts expect a strong vote for independence, though they say turnout and the pace of counting could still surprise. Results are expected in the second week of December.""",
         claims=[]),
    # 002
    dict(outlet="coralline-times", published="2019-12-11T05:40:00Z", city="BUKA",
         slug="bougainville-votes-almost-98-percent-for-independence",
         title="Bougainville votes almost 98 percent for independence",
         body="""Bougainville voted overwhelmingly for independence from Papua New Guinea, the referendum commission announced on Wednesday, setting up talks between the regional and national governments on what happens next.

Commission chairman Bertie Ahern told a crowd in Buka that 176,928 people, or 97.7 percent of those voting, chose independence, while 3,043 chose greater autonomy. Turnout was about 87 percent.

Bougainville President John Momis said the people had made their choice peacefully and clearly. He said he expected the national parliament to ratify the outcome and called on Port Moresby to begin consultations without delay.

Puka Temu, the national minister for Bougainville affairs, told the same ceremony that the government respected the vote. But he said the referendum was not binding, and that the result would go to parliament only after consultations between the two governments.

The vote was held under the 2001 peace agreement that ended a civil war fought partly over the Panguna copper mine. Crowds sang and waved flags in Buka after the announcement.""",
         claims=[
             ("abg", "independence-ratified", S, "he expected the national parliament to ratify the outcome", True),
             ("png-government", "independence-ratified", C, "the result would go to parliament only after consultations between the two governments", True),
         ]),
    # 003 (duplicate of 002)
    dict(outlet="highland-ledger", published="2019-12-11T09:15:00Z", city="BUKA",
         slug="bougainville-backs-independence-by-97-7-percent",
         title="Bougainville backs independence by 97.7 percent in landmark vote",
         body="""Almost 98 percent of Bougainville's voters chose independence from Papua New Guinea, the referendum commission said on Wednesday, handing the result to the regional and national governments for consultation.

Bertie Ahern, who chairs the commission, told a crowd in Buka that 176,928 voters, or 97.7 percent, backed independence and 3,043 backed greater autonomy. Turnout was around 87 percent.

Bougainville President John Momis said his people had made a clear and peaceful choice. He said he expected the national parliament to ratify the result and urged Port Moresby to open consultations without delay.

National Bougainville affairs minister Puka Temu told the ceremony the government respected the vote, but said the referendum was not binding and the result would go to parliament only after consultations between the two governments.

The referendum was promised in the 2001 peace deal that ended a war fought partly over the Panguna copper mine. People danced and waved flags in the streets of Buka after the announcement.""",
         claims=[
             ("abg", "independence-ratified", S, "he expected the national parliament to ratify the result", True),
             ("png-government", "independence-ratified", C, "the result would go to parliament only after consultations between the two governments", True),
         ]),
    # 004
    dict(outlet="reefline-bulletin", published="2019-12-12T07:00:00Z", city="PORT MORESBY",
         slug="marape-asks-for-time-on-bougainville",
         title="Marape asks for time on Bougainville, says parliament will decide",
         body="""Prime Minister James Marape asked Bougainvilleans on Thursday to give the national government time to digest the referendum result, saying the consultation it triggers could not be rushed.

In a statement, Marape said the national government was not closing the door on independence, but that it would put the question to parliament only once both governments had consulted in full, as the peace agreement requires. He said the views of the whole country would also have to be weighed, and he appealed for calm on both sides.

Leaders in Buka, who have called for a swift handover of power, said they would wait for a formal invitation to talks.

In Canberra, a spokesperson for Australia's foreign ministry said the result was a matter for the two governments to settle under the peace agreement, which Australia had helped to monitor. New Zealand, whose soldiers led a truce monitoring group on the island in the late 1990s, said much the same.

The referendum commission reported on Wednesday that 97.7 percent of voters had chosen independence.""",
         claims=[
             ("png-government", "independence-ratified", C, "the national government was not closing the door on independence", True),
             ("abg", "independence-ratified", S, "Leaders in Buka, who have called for a swift handover of power", False),
         ]),
    # 005
    dict(outlet="tasman-gazette", published="2019-12-13T16:00:00Z", city="NEW YORK",
         slug="un-chief-welcomes-peaceful-bougainville-vote",
         title="UN chief welcomes peaceful Bougainville vote",
         body="""United Nations Secretary-General Antonio Guterres welcomed the peaceful conduct of Bougainville's referendum on Friday and praised voters and officials for a process he described as credible.

In a statement issued by his spokesman, Guterres said the UN would keep supporting peacebuilding in Bougainville, including through its Peacebuilding Fund, which helped pay for parts of the referendum preparations. He encouraged the Autonomous Bougainville Government and the national government to continue their dialogue under the 2001 peace agreement.

Asked whether the world body had a view on independence itself, the spokesman declined to say, noting that the agreement left the next steps to the two governments and the national parliament.

Diplomats at UN headquarters said the consultations could take years. Some expected the question to reach the General Assembly's decolonisation committee eventually, although Bougainville is not on its list of territories.

The referendum commission announced on Wednesday that 97.7 percent of voters had chosen independence.""",
         claims=[]),
    # 006
    dict(outlet="highland-ledger", published="2020-03-10T04:00:00Z", city="ARAWA",
         slug="panguna-landowners-say-mine-stays-shut",
         title="Panguna landowners say the mine stays shut",
         body="""Landowners around the abandoned Panguna copper mine said on Tuesday they would not allow the mine to reopen, pointing to polluted rivers and waste from its last period of operation that have never been cleaned up.

A spokesman for the Panguna Mine Affected Landowners Association told reporters in Arawa that villages downstream still lived with the damage three decades after the pit closed. New mining was not something the villages could accept, he said.

The mine, once one of the world's largest open-cut copper operations, closed in 1989 when landowner protests turned into a war. The regional government declared a moratorium on mining at Panguna in 2018 after disputes among landowner groups.

A separate group of Me'ekamui leaders, who control some roads near the pit, said they also opposed any return of mining. Bougainville Copper, the former operator, said it was not in talks with anyone about reopening.

Analysts say the mine's copper could one day help fund an independent Bougainville, if the region's leaders can win over the landowners.""",
         claims=[
             ("panguna-landowners", "panguna-reopening", O, "they would not allow the mine to reopen", True),
         ]),
    # 007
    dict(outlet="reefline-bulletin", published="2020-09-22T08:00:00Z", city="BUKA",
         slug="former-rebel-commander-leads-presidential-count",
         title="Former rebel commander leads Bougainville presidential count",
         body="""Ishmael Toroama, a former commander of the Bougainville Revolutionary Army, held a commanding lead on Tuesday as counting in the region's presidential election entered its final rounds, electoral officials said.

The winner will succeed John Momis, who served two terms and could not stand again after the courts ruled out a third. The new president will lead Bougainville's side in consultations with the national government on the referendum result.

Counting under the preferential system has been slow, with ballot boxes brought by boat and truck to centres in Buka, Arawa and Buin. Officials said a declaration could come within days.

Analysts in Port Moresby said whoever wins will face pressure from voters to move quickly on independence, and some expect a tougher tone in talks with the national government. Others said the new leader would need national support for any timetable.

There were no reports of serious violence during polling, which observers described as largely orderly. More than twenty candidates stood for the post.""",
         claims=[]),
    # 008
    dict(outlet="outrigger-wire", published="2020-09-25T06:00:00Z", city="BUKA",
         slug="toroama-sworn-in-vows-independence",
         title="Toroama sworn in as Bougainville president, vows independence",
         body="""Ishmael Toroama was sworn in as president of the Autonomous Bougainville Government on Friday, pledging to deliver the independence that voters chose in last year's referendum.

In his first speech as president, Toroama said independence was not up for negotiation and that his task was to see the referendum result ratified by the national parliament. He said he wanted Bougainville to be independent by 2025 and would raise the timetable with Prime Minister James Marape at their first meeting.

Toroama, a former rebel commander who later became a peace campaigner, also said he wanted the Panguna copper mine reopened so that an independent Bougainville could pay its own way. He did not say who would operate it.

Landowners around the mine, who have refused to let mining resume, citing environmental damage from the old operation, were not represented at the ceremony.

Marape sent his congratulations and said he looked forward to working with the new president.""",
         claims=[
             ("abg", "independence-ratified", S, "independence was not up for negotiation", True),
             ("abg", "independence-timetable", S, "He said he wanted Bougainville to be independent by 2025", True),
             ("abg", "panguna-reopening", S, "he wanted the Panguna copper mine reopened", True),
             ("panguna-landowners", "panguna-reopening", O, "who have refused to let mining resume", False),
         ]),
    # 009
    dict(outlet="coralline-times", published="2020-10-14T05:30:00Z", city="PORT MORESBY",
         slug="marape-says-independence-cannot-be-put-on-a-clock",
         title="Marape says Bougainville independence cannot be put on a clock",
         body="""Prime Minister James Marape said on Wednesday he would not be bound by any independence date set in Buka, pushing back against the new Bougainville president's call for independence by 2025.

Speaking to reporters after a cabinet meeting, Marape said the consultation between the two governments had to run its course before anyone talked about timetables. He said his government was prepared to consider independence, provided consultations ran their course and parliament had the final word.

Toroama, who has said he wants Bougainville independent within five years, met Marape briefly in Port Moresby earlier this month. Officials from both sides are preparing the first formal consultation.

Marape declined to say whether he would vote for independence himself if the question reached parliament. He said the unity of Papua New Guinea was something every member would have to weigh.

Opposition lawmakers have accused the government of dragging its feet, while some members from other provinces have warned that a rapid break could encourage similar demands elsewhere.""",
         claims=[
             ("png-government", "independence-timetable", O, "he would not be bound by any independence date set in Buka", True),
             ("png-government", "independence-ratified", C, "prepared to consider independence, provided consultations ran their course", True),
             ("abg", "independence-timetable", S, "Toroama, who has said he wants Bougainville independent within five years", False),
         ]),
    # 010
    dict(outlet="tasman-gazette", published="2020-12-11T04:00:00Z", city="BUKA",
         slug="a-year-after-referendum-bougainville-presses-for-talks",
         title="A year after referendum, Bougainville presses for talks to start",
         body="""Bougainville marked the first anniversary of its independence vote on Friday with a call from President Ishmael Toroama for the national government to open formal consultations early next year.

Addressing a gathering outside the regional parliament in Buka, Toroama said Bougainville's people had waited long enough and that the vote for independence had to be honoured in full. He said he would keep pressing Port Moresby until the result was ratified.

In Port Moresby, a statement from the prime minister's office said the national government would weigh Bougainville's wishes in good faith and remained open to the outcome the consultation produced, as long as it went to parliament as the peace agreement sets out.

Both governments have named teams for the consultation, but no date has been fixed. The coronavirus pandemic and Bougainville's election this year delayed preparations.

Church groups held services across the region to mark the anniversary, and schools in Buka and Arawa closed for the day.""",
         claims=[
             ("abg", "independence-ratified", S, "the vote for independence had to be honoured in full", True),
             ("png-government", "independence-ratified", C, "remained open to the outcome the consultation produced, as long as it went to parliament", True),
         ]),
    # 011
    dict(outlet="highland-ledger", published="2021-03-18T03:00:00Z", city="CANBERRA",
         slug="canberra-says-bougainville-status-is-for-png-and-buka",
         title="Canberra says Bougainville's status is for PNG and Buka to settle",
         body="""Australia will respect whatever outcome Papua New Guinea and the Autonomous Bougainville Government reach on Bougainville's future, a senior foreign affairs official told a Senate committee on Thursday.

The official from the Department of Foreign Affairs and Trade said the status question was for the two governments to settle through the consultation required by the 2001 peace agreement, and that Australia would keep funding support for the process. Senators from two parties pressed her on whether Canberra would recognise an independent Bougainville; she said it would be wrong to speculate.

Bougainville's minister for the independence mission, Ezekiel Masatt, said separately in Buka that his government wanted independence no later than 2025 and expected the national parliament to ratify the vote. He said Bougainville would welcome Australian help in building its public service.

The first formal consultation between Prime Minister James Marape and President Ishmael Toroama is expected in Port Moresby in the coming months.""",
         claims=[
             ("abg", "independence-timetable", S, "his government wanted independence no later than 2025", True),
             ("abg", "independence-ratified", S, "expected the national parliament to ratify the vote", True),
         ]),
    # 012
    dict(outlet="reefline-bulletin", published="2021-05-19T09:00:00Z", city="PORT MORESBY",
         slug="bougainville-and-png-leaders-open-first-talks",
         title="Bougainville and PNG leaders open first talks on referendum result",
         body="""Leaders of Papua New Guinea and Bougainville ended their first formal consultation on the referendum result on Wednesday with an agreement to keep talking, but no date for independence.

President Ishmael Toroama told the meeting at a hotel in the capital that Bougainville wanted to be independent by 2025 and that the result of the vote could not be set aside. His delegation presented a paper on how a handover could work.

Prime Minister James Marape said his government would respect the process and keep an open mind on the outcome. But he told reporters afterwards that it was too early to fix a date, and that he would not commit the country to any timetable before the consultation had finished its work.

A joint statement said officials would meet again within weeks and that the next session would be held in Bougainville.

Analysts said the two sides appeared far apart on timing, and some predicted that any compromise would involve a window of years rather than a single date.""",
         claims=[
             ("abg", "independence-timetable", S, "Bougainville wanted to be independent by 2025", True),
             ("abg", "independence-ratified", S, "the result of the vote could not be set aside", True),
             ("png-government", "independence-ratified", C, "would respect the process and keep an open mind on the outcome", True),
             ("png-government", "independence-timetable", O, "he would not commit the country to any timetable", True),
         ]),
    # 013  SHIFT png-government independence-timetable oppose -> conditional
    dict(outlet="outrigger-wire", published="2021-07-07T07:30:00Z", city="WAKUNAI",
         slug="png-agrees-to-bougainville-independence-by-2027",
         title="PNG agrees to Bougainville independence by 2027",
         body="""Papua New Guinea and Bougainville signed a covenant on Wednesday that sets a window of 2025 to 2027 for Bougainville's independence, though the deal leaves the final decision with the national parliament.

Under the agreement, signed at Wakunai in central Bougainville and known as the Era Kone covenant, the outcome of the consultation is to be tabled in the national parliament by 2023, with independence to take effect no earlier than 2025 and no later than 2027 if parliament ratifies it.

Prime Minister James Marape said his government would work toward the window, as long as the national parliament ratified the result. He said he would not stand in the way of Bougainville's aspiration, but that the decision belonged to parliament under the constitution.

President Ishmael Toroama called the covenant a firm commitment and said Bougainville was ready to be independent from 2025. He said his government would follow the path agreed with Port Moresby and had no intention of going it alone.

Only two months ago Marape had refused to commit to any timetable.""",
         claims=[
             ("png-government", "independence-timetable", C, "would work toward the window, as long as the national parliament ratified the result", True),
             ("png-government", "independence-ratified", C, "he would not stand in the way of Bougainville's aspiration", True),
             ("abg", "independence-timetable", S, "Bougainville was ready to be independent from 2025", True),
             ("abg", "abandon-udi", S, "had no intention of going it alone", True),
         ]),
    # 014
    dict(outlet="coralline-times", published="2021-07-09T03:00:00Z", city="BUKA",
         slug="covenant-buys-time-but-parliament-vote-uncertain",
         title="Covenant buys time but leaves parliament vote uncertain, analysts say",
         body="""The covenant signed this week by Bougainville and Papua New Guinea gives both sides a timetable to work towards, but the hardest step, a vote in the national parliament, is still two years away and far from certain, analysts said on Friday.

Some observers in Port Moresby suggested the national government may eventually argue that ratification needs a two-thirds majority, as a change to the constitution would. Others said Marape would be reluctant to risk a fight with Bougainville before next year's national election.

In Canberra, Australia's foreign ministry welcomed the covenant in a short statement and said the timing of any change was for the two governments to settle.

President Ishmael Toroama told local radio on Thursday that 2025 remained Bougainville's goal and that he expected parliament to honour the referendum. He said Bougainvilleans had shown great patience and would keep showing it.

Church leaders in Bougainville held prayers for the next round of consultations, which has not yet been scheduled.""",
         claims=[
             ("abg", "independence-timetable", S, "2025 remained Bougainville's goal", True),
             ("abg", "independence-ratified", S, "he expected parliament to honour the referendum", True),
         ]),
    # 015
    dict(outlet="tasman-gazette", published="2021-11-16T05:00:00Z", city="ARAWA",
         slug="toroama-ties-panguna-reopening-to-independence",
         title="Toroama ties Panguna reopening to independence as landowners hold out",
         body="""Bougainville President Ishmael Toroama said on Tuesday that reopening the Panguna copper mine was the surest way to pay for independence, but the landowners whose consent is needed said the pit would stay closed.

Toroama told a meeting of business leaders in Arawa that an independent Bougainville could not live on grants and that Panguna had to be part of its economic future. He said his government, the largest shareholder in Bougainville Copper, wanted the mine reopened in the next few years.

The chairman of the Panguna Mine Affected Landowners Association said the association rejected any reopening, and that villages along the Jaba river still lacked safe drinking water.

Local residents filed a complaint last year with Australia's national contact point for the OECD guidelines, accusing Rio Tinto, the mine's former majority owner, of leaving behind pollution. Rio Tinto has said it is willing to take part in dialogue on the complaint.

The mine closed in 1989 at the start of the conflict.""",
         claims=[
             ("abg", "panguna-reopening", S, "wanted the mine reopened in the next few years", True),
             ("panguna-landowners", "panguna-reopening", O, "the association rejected any reopening", True),
         ]),
    # 016
    dict(outlet="highland-ledger", published="2022-04-12T06:00:00Z", city="PORT MORESBY",
         slug="png-and-bougainville-agree-steps-but-not-size-of-vote",
         title="PNG and Bougainville agree steps to parliament but not the size of the vote",
         body="""Papua New Guinea and Bougainville agreed on Tuesday on the steps for taking the referendum result to the national parliament, but left open how large a majority will be needed to ratify it.

At a meeting of the Joint Supervisory Body, the two governments agreed that the consultation outcome would be presented to parliament together with the referendum result, in line with the covenant signed last year.

Prime Minister James Marape said the voting threshold was a matter the two governments would settle together, and that he was open to hearing Bougainville's case before any decision. He said the national government remained committed to the 2025 to 2027 window, provided parliament ratified the outcome.

President Ishmael Toroama said a simple majority of members was all the peace agreement required, and that Bougainville would resist any attempt to raise the bar. He said the people had voted for independence and the parliament's task was to ratify it.

The meeting was held at a hotel near the parliament building in Waigani.""",
         claims=[
             ("png-government", "simple-majority-vote", C, "he was open to hearing Bougainville's case before any decision", True),
             ("png-government", "independence-timetable", C, "remained committed to the 2025 to 2027 window, provided parliament ratified the outcome", True),
             ("abg", "simple-majority-vote", S, "a simple majority of members was all the peace agreement required", True),
             ("abg", "independence-ratified", S, "the parliament's task was to ratify it", True),
         ]),
    # 017  SHIFT panguna-landowners panguna-reopening oppose -> conditional
    dict(outlet="outrigger-wire", published="2022-07-21T05:00:00Z", city="ARAWA",
         slug="panguna-landowners-open-door-to-mine-talks",
         title="Panguna landowners open door to mine talks after Rio Tinto deal",
         body="""Landowners around the closed Panguna copper mine said on Thursday they were now prepared to discuss reopening it, but only if a clean-up of the old site and compensation for affected villages came first.

The change followed an agreement under which Rio Tinto, the mine's former majority owner, will fund an independent assessment of the environmental and human rights impacts left by the operation. The deal settles a complaint brought on behalf of local residents in 2020.

A spokesman for the Panguna Mine Affected Landowners Association said villages had rejected any talk of mining for decades, but that the assessment gave them a reason to come to the table.

President Ishmael Toroama welcomed the agreement and said he still wanted Panguna reopened to help pay for an independent Bougainville. Me'ekamui leaders near the pit said their opposition to mining was unchanged.

The assessment is expected to take at least two years, and its findings will be made public.""",
         claims=[
             ("panguna-landowners", "panguna-reopening", C, "prepared to discuss reopening it, but only if a clean-up of the old site", True),
             ("abg", "panguna-reopening", S, "he still wanted Panguna reopened", True),
         ]),
    # 018
    dict(outlet="reefline-bulletin", published="2022-08-09T07:00:00Z", city="PORT MORESBY",
         slug="marape-returns-as-png-prime-minister",
         title="Marape returns as PNG prime minister after troubled election",
         body="""James Marape was re-elected prime minister of Papua New Guinea on Tuesday when the newly sworn-in parliament voted him back into office, after a national election marred by violence and complaints about the electoral roll.

Members voted 97 to zero for Marape, with opposition members absent from the chamber. He thanked voters and promised to focus on the economy and on restoring order in the Highlands, where dozens of people were killed during the polls.

The new parliament is the one expected to take up the Bougainville referendum result under the timetable agreed last year, and Bougainville's members of parliament were sworn in with the rest of the house. Analysts said Marape's large majority could help him steer any ratification vote, though many new members are untested on the issue.

Marape did not mention Bougainville in his acceptance speech. President Ishmael Toroama congratulated him in a statement from Buka and said he looked forward to resuming consultations.""",
         claims=[]),
    # 019
    dict(outlet="tasman-gazette", published="2022-11-22T04:30:00Z", city="BUKA",
         slug="toroama-tells-new-parliament-to-ratify-next-year",
         title="Toroama tells new PNG parliament to ratify Bougainville vote next year",
         body="""President Ishmael Toroama on Tuesday urged Papua New Guinea's new parliament to ratify Bougainville's independence vote in 2023, as promised in the covenant the two governments signed last year.

Addressing Bougainville's House of Representatives in Buka, Toroama said there could be no going back on the referendum and that his government expected the result to be tabled and ratified on time. A simple majority of members present was the only test the peace agreement set, he said, and Bougainville would not agree to any higher bar.

Asked by reporters afterwards whether Bougainville might act on its own if parliament failed to ratify, Toroama declined to answer, saying he would not deal in hypotheticals.

The national government has not said when it will table the result. Officials in Port Moresby said a date would be set after the next meeting of the Joint Supervisory Body, which has not yet been called.""",
         claims=[
             ("abg", "independence-ratified", S, "his government expected the result to be tabled and ratified on time", True),
             ("abg", "simple-majority-vote", S, "A simple majority of members present was the only test the peace agreement set", True),
         ]),
    # 020
    dict(outlet="highland-ledger", published="2023-02-15T05:00:00Z", city="BUKA",
         slug="bougainville-says-port-moresby-moving-goalposts",
         title="Bougainville says Port Moresby is moving the goalposts on ratification",
         body="""Bougainville's government accused national officials on Wednesday of trying to change the rules for ratifying the independence referendum, saying Port Moresby now wanted the result approved by a two-thirds majority of parliament.

Ezekiel Masatt, the minister for the independence mission, said national officials had told Bougainville negotiators that the government considered a two-thirds absolute majority necessary because ratification would change the constitution. He said Bougainville would never accept a threshold that was not in the peace agreement, and that a simple majority was enough.

The prime minister's office did not respond to requests for comment. A national official, speaking on condition of anonymity, said no final decision had been taken.

Constitutional lawyers are divided on the question. Some say independence would require amending the constitution, which needs a two-thirds vote; others say the peace agreement only requires parliament to make a decision on the result.""",
         claims=[
             ("png-government", "simple-majority-vote", O, "the government considered a two-thirds absolute majority necessary", False),
             ("abg", "simple-majority-vote", S, "a simple majority was enough", True),
         ]),
    # 021  SHIFT png-government simple-majority-vote conditional -> oppose
    dict(outlet="coralline-times", published="2023-03-09T06:00:00Z", city="PORT MORESBY",
         slug="marape-says-ratification-needs-two-thirds",
         title="Marape says Bougainville ratification needs two-thirds of parliament",
         body="""Prime Minister James Marape told parliament on Thursday that the Bougainville referendum result could only be ratified by a two-thirds absolute majority, ending weeks of uncertainty over his government's position in the way Bougainville had feared.

Answering questions in the chamber, Marape said independence for any part of the country would change the constitution, and the constitution demanded a two-thirds vote for that. A simple majority would not be enough, he said.

He said he was not against Bougainville's aspiration and would present the result to parliament as agreed, but that members had to vote with the whole nation in mind. He noted that leaders in other provinces were watching closely.

The Speaker allowed a short debate. Several members from Bougainville said the two-thirds rule would make ratification almost impossible.

Bougainville officials said last month that national negotiators had already raised the higher threshold in private talks.""",
         claims=[
             ("png-government", "simple-majority-vote", O, "A simple majority would not be enough", True),
             ("png-government", "independence-ratified", C, "he was not against Bougainville's aspiration and would present the result to parliament", True),
         ]),
    # 022  SHIFT abg abandon-udi support -> oppose
    dict(outlet="outrigger-wire", published="2023-04-18T06:30:00Z", city="BUKA",
         slug="bougainville-threatens-to-declare-independence-on-its-own",
         title="Bougainville threatens to declare independence on its own by 2027",
         body="""President Ishmael Toroama said on Tuesday that Bougainville would not give up the option of declaring independence on its own if the national parliament blocked ratification, raising the stakes in a dispute over how the vote should be counted.

In a statement, Toroama said the two-thirds threshold announced by Prime Minister James Marape last month had no basis in the peace agreement and that a simple majority was the agreed test. He said Bougainville still expected independence within the 2025 to 2027 window. If parliament refused to ratify, he said, Bougainville would be entitled to decide its own future.

He also called for an independent moderator from outside Papua New Guinea to help the two governments resolve the dispute, saying the talks had reached a deadlock.

Two years ago, at Wakunai, Toroama had said Bougainville had no intention of going it alone.

Marape's office said it would respond in due course. Church leaders urged both sides to keep talking.""",
         claims=[
             ("abg", "abandon-udi", O, "Bougainville would not give up the option of declaring independence on its own", True),
             ("abg", "simple-majority-vote", S, "a simple majority was the agreed test", True),
             ("abg", "independence-timetable", S, "Bougainville still expected independence within the 2025 to 2027 window", True),
             ("abg", "independent-moderator", S, "He also called for an independent moderator from outside Papua New Guinea", True),
         ]),
    # 023
    dict(outlet="reefline-bulletin", published="2023-04-20T07:00:00Z", city="PORT MORESBY",
         slug="marape-urges-bougainville-to-drop-unilateral-talk",
         title="Marape urges Bougainville to drop unilateral talk, rejects outside moderator",
         body="""Prime Minister James Marape urged Bougainville's leaders on Thursday to abandon talk of a unilateral declaration of independence, saying any change in the island's status had to come through parliament.

Marape told reporters that threats would not help the process and that the peace agreement gave neither government the right to act alone. He also rejected Bougainville's call for an outside moderator, saying the dispute was a family matter that Papua New Guinea could settle without foreign help.

The door to independence remained open through parliament, he said, if Bougainville made its case to members and the constitutional test was met.

Bougainville's government did not immediately respond. On Tuesday President Ishmael Toroama had said the region would not give up the option of deciding its own future if parliament blocked ratification.

Diplomats in Port Moresby said the exchange was the sharpest between the two leaders since the referendum.""",
         claims=[
             ("png-government", "abandon-udi", S, "urged Bougainville's leaders on Thursday to abandon talk of a unilateral declaration of independence", True),
             ("png-government", "independent-moderator", O, "He also rejected Bougainville's call for an outside moderator", True),
             ("png-government", "independence-ratified", C, "The door to independence remained open through parliament, he said", True),
         ]),
    # 024
    dict(outlet="tasman-gazette", published="2023-06-06T03:00:00Z", city="CANBERRA",
         slug="australia-backs-moderator-for-bougainville-dispute",
         title="Australia backs moderator for Bougainville dispute, urges no unilateral steps",
         body="""Australia said on Tuesday it would support the appointment of an independent moderator to help Papua New Guinea and Bougainville settle their dispute over ratifying the 2019 referendum, and offered to help pay for one.

In a statement, the Department of Foreign Affairs and Trade urged both governments to avoid unilateral steps and to resolve their differences within the peace agreement, which Australia and New Zealand supported from the start. It said Australia had no position on Bougainville's future status, which was for the parties to decide.

Asked whether Canberra would recognise a unilateral declaration by Bougainville, a department spokesperson declined to comment.

Prime Minister James Marape, who opposes bringing in a foreign mediator, was not available for comment. Bougainville, which wants a moderator from outside the country, did not comment either.

Australia is Papua New Guinea's largest aid donor and a major funder of Bougainville's public services.""",
         claims=[
             ("australia", "independent-moderator", S, "it would support the appointment of an independent moderator", True),
             ("australia", "abandon-udi", S, "urged both governments to avoid unilateral steps", True),
             ("png-government", "independent-moderator", O, "James Marape, who opposes bringing in a foreign mediator", False),
             ("abg", "independent-moderator", S, "Bougainville, which wants a moderator from outside the country", False),
         ]),
    # 025
    dict(outlet="coralline-times", published="2023-07-12T02:00:00Z", city="WELLINGTON",
         slug="new-zealand-and-un-offer-help-with-moderator",
         title="New Zealand and UN offer to help find Bougainville moderator",
         body="""New Zealand said on Wednesday it supported bringing in an independent moderator to help resolve the impasse between Papua New Guinea and Bougainville, and that it was ready to suggest suitable candidates if both governments asked.

A spokesperson for the Ministry of Foreign Affairs and Trade said New Zealand, which hosted the Burnham talks that led to the 1997 truce, wanted to see the dispute settled through dialogue. The ministry took no position on the voting threshold in the national parliament.

In Port Moresby, the United Nations resident coordinator said the UN stood ready to provide technical and financial support to a moderation process, and that a neutral moderator could help rebuild trust between the two governments.

Bougainville's government, which wants a moderator from outside Papua New Guinea, has yet to comment. Officials in Port Moresby hinted that the national government's view was under review.""",
         claims=[
             ("new-zealand", "independent-moderator", S, "it supported bringing in an independent moderator", True),
             ("un", "independent-moderator", S, "a neutral moderator could help rebuild trust between the two governments", True),
             ("abg", "independent-moderator", S, "Bougainville's government, which wants a moderator from outside Papua New Guinea", False),
         ]),
    # 026  SHIFT png-government independent-moderator oppose -> conditional
    dict(outlet="highland-ledger", published="2023-09-27T06:00:00Z", city="PORT MORESBY",
         slug="marape-open-to-bougainville-moderator-with-conditions",
         title="Marape open to Bougainville moderator, with conditions",
         body="""Prime Minister James Marape said on Wednesday he was not opposed in principle to an independent moderator for the Bougainville talks, as long as the moderator only facilitated and the national parliament kept the final word on ratification.

Marape told reporters that he had listened to the views of Pacific partners, and that he would discuss the idea with President Ishmael Toroama at the next meeting of the Joint Supervisory Body. He said the national government's view that ratification needs a two-thirds majority had not changed.

In April, Marape had dismissed calls for outside mediation as unnecessary.

A senior Bougainville official said Buka would study the remarks before responding. Diplomats said a retired senior figure from a Pacific country was among the names under discussion, though no choice had been made.

The Joint Supervisory Body has not met since last year.""",
         claims=[
             ("png-government", "independent-moderator", C, "not opposed in principle to an independent moderator", True),
             ("png-government", "simple-majority-vote", O, "the national government's view that ratification needs a two-thirds majority had not changed", True),
         ]),
    # 027
    dict(outlet="reefline-bulletin", published="2023-11-08T05:00:00Z", city="ARAWA",
         slug="panguna-landowners-back-independence-keep-conditions-on-mine",
         title="Panguna landowners back independence, keep conditions on mine",
         body="""The association representing landowners at the Panguna mine said on Wednesday it backed Bougainville's push for independence and wanted the national parliament to ratify the referendum without further delay.

But its chairman told a meeting in Arawa that the landowners' position on the mine itself had not changed: they would talk about reopening only if the clean-up and compensation came first. The independent impact assessment funded by Rio Tinto is still under way.

President Ishmael Toroama, who attended the meeting, said Panguna remained central to his plans for a self-reliant Bougainville and that he wanted mining at Panguna to resume as soon as possible. He said no company had been chosen.

Leaders of the Me'ekamui group, which controls access to parts of the mine area, said they would resist any return of mining. Women's groups from villages along the Jaba river called for health checks before any decision.""",
         claims=[
             ("panguna-landowners", "independence-ratified", S, "wanted the national parliament to ratify the referendum without further delay", True),
             ("panguna-landowners", "panguna-reopening", C, "they would talk about reopening only if the clean-up and compensation came first", True),
             ("abg", "panguna-reopening", S, "he wanted mining at Panguna to resume as soon as possible", True),
         ]),
    # 028  SHIFT png-government independent-moderator conditional -> support
    dict(outlet="outrigger-wire", published="2023-12-06T07:00:00Z", city="PORT MORESBY",
         slug="png-and-bougainville-agree-to-independent-moderator",
         title="PNG and Bougainville agree to bring in independent moderator",
         body="""Papua New Guinea and Bougainville agreed on Wednesday to appoint an independent moderator to help settle their dispute over ratifying Bougainville's independence vote, breaking a deadlock that had stalled talks for most of the year.

After a meeting of the Joint Supervisory Body, Prime Minister James Marape said his government accepted the appointment of a moderator and would work with whoever was chosen. He said the national government still held that ratification needed a two-thirds majority, but that the moderator could look at the question.

President Ishmael Toroama said a moderator was what Bougainville had asked for and that the agreement showed the process could still work.

The two governments said the moderator would be named early next year after consultations with both sides. Two Pacific partners have offered to help with the costs.

The covenant signed at Wakunai in 2021 had called for the result to be tabled in parliament by 2023, a deadline that will now be missed.""",
         claims=[
             ("png-government", "independent-moderator", S, "his government accepted the appointment of a moderator", True),
             ("png-government", "simple-majority-vote", O, "the national government still held that ratification needed a two-thirds majority", True),
             ("abg", "independent-moderator", S, "a moderator was what Bougainville had asked for", True),
         ]),
    # 029 (duplicate of 028)
    dict(outlet="tasman-gazette", published="2023-12-06T11:30:00Z", city="PORT MORESBY",
         slug="bougainville-and-png-break-deadlock-with-moderator-deal",
         title="Bougainville and PNG break deadlock with deal on moderator",
         body="""Bougainville and Papua New Guinea agreed on Wednesday to bring in an independent moderator to help resolve their dispute over ratifying the independence vote, ending a deadlock that had held up talks for most of the year.

Speaking after a meeting of the Joint Supervisory Body, Prime Minister James Marape said his government accepted the appointment of a moderator and would cooperate with whoever was chosen. He said the national government still held that ratification needed a two-thirds majority, though the moderator was free to examine the issue.

President Ishmael Toroama said a moderator was what Bougainville had asked for, and that the deal showed the process could still deliver.

The moderator is to be named early next year after consultations with both governments. Two Pacific partners have offered to help with the costs.

Under the covenant signed at Wakunai in 2021, the result was due to be tabled in parliament by 2023, a deadline that will now be missed.""",
         claims=[
             ("png-government", "independent-moderator", S, "his government accepted the appointment of a moderator", True),
             ("png-government", "simple-majority-vote", O, "the national government still held that ratification needed a two-thirds majority", True),
             ("abg", "independent-moderator", S, "a moderator was what Bougainville had asked for", True),
         ]),
    # 030  SHIFT abg abandon-udi oppose -> conditional
    dict(outlet="highland-ledger", published="2023-12-12T04:00:00Z", city="BUKA",
         slug="toroama-says-bougainville-will-hold-off-on-going-it-alone",
         title="Toroama says Bougainville will hold off on going it alone while moderator works",
         body="""President Ishmael Toroama said on Tuesday that Bougainville would set aside the option of a unilateral declaration of independence, but only as long as the new moderation process led to a ratification vote in parliament within the agreed window.

Speaking at a ceremony marking four years since the referendum result was announced, Toroama said Bougainville had chosen patience. If the process stalled again, he said, the option would return.

He said the referendum result had to be ratified and that Bougainville still expected to be independent no later than 2027. He thanked New Zealand, Australia and the United Nations for their support.

Earlier this year Toroama had warned that Bougainville would not give up the option of deciding its own future if parliament blocked ratification.

National officials did not comment. The Bougainville House of Representatives is expected to debate a draft constitution for an independent Bougainville next year.""",
         claims=[
             ("abg", "abandon-udi", C, "set aside the option of a unilateral declaration of independence, but only as long as", True),
             ("abg", "independence-ratified", S, "the referendum result had to be ratified", True),
             ("abg", "independence-timetable", S, "Bougainville still expected to be independent no later than 2027", True),
         ]),
    # 031
    dict(outlet="coralline-times", published="2023-12-20T01:00:00Z", city="SYDNEY",
         slug="bougainville-enters-2024-with-threshold-fight-unresolved",
         title="Bougainville enters 2024 with moderator deal but threshold fight unresolved",
         body="""Four years after Bougainville voted for independence, the region heads into 2024 with a moderator on the way but no agreement on the question that matters most: how many votes in the national parliament it will take.

Port Moresby, which insists on a two-thirds majority, and Bougainville, which wants independence by 2027 at the latest, remain far apart. Canberra, which has offered money for the moderation, has kept out of the substance.

A spokesman for Prime Minister James Marape declined to say whether the government would accept the moderator's view if it favoured a simple majority. Bougainville officials said they expected the moderator to be named in the first months of the year.

Analysts at Australian universities said Marape might eventually soften on the threshold to avoid a confrontation, but others thought the government would prefer to let the clock run past 2027. Some warned that if ratification failed, pressure in Bougainville for a unilateral declaration would return.

The Era Kone covenant of 2021 had called for the result to be tabled in parliament this year.""",
         claims=[
             ("png-government", "simple-majority-vote", O, "Port Moresby, which insists on a two-thirds majority", False),
             ("abg", "independence-timetable", S, "Bougainville, which wants independence by 2027 at the latest", False),
             ("australia", "independent-moderator", S, "Canberra, which has offered money for the moderation", False),
         ]),
]

# Shift rationales (the shift tuples themselves are checked against a recomputation).
SHIFTS = [
    dict(actor="png-government", issue="independence-timetable", frm=O, to=C, article="013",
         why="Marape signs the Era Kone covenant and says his government will work toward the 2025-2027 window as long as parliament ratifies; in 009 and 012 he refused to be bound by any date."),
    dict(actor="panguna-landowners", issue="panguna-reopening", frm=O, to=C, article="017",
         why="After Rio Tinto agrees to fund an impact assessment, the landowners' association says it will discuss reopening only if clean-up and compensation come first; in 006 and 015 it rejected any reopening."),
    dict(actor="png-government", issue="simple-majority-vote", frm=C, to=O, article="021",
         why="Marape tells parliament a simple majority would not be enough and ratification needs two-thirds; in 016 he was open to settling the threshold jointly. Bougainville's report of the two-thirds position in 020 is not attributed and does not move the stance."),
    dict(actor="abg", issue="abandon-udi", frm=S, to=O, article="022",
         why="Toroama says Bougainville will not give up the option of declaring independence on its own; at Wakunai (013) he said Bougainville had no intention of going it alone."),
    dict(actor="png-government", issue="independent-moderator", frm=O, to=C, article="026",
         why="Marape is not opposed in principle to a moderator as long as it only facilitates and parliament keeps the final word; in 023 he rejected an outside moderator."),
    dict(actor="png-government", issue="independent-moderator", frm=C, to=S, article="028",
         why="At the Joint Supervisory Body Marape says his government accepts the appointment of a moderator; in 026 he was only open to one under conditions. 029 is a same-day copy and must not alert again."),
    dict(actor="abg", issue="abandon-udi", frm=O, to=C, article="030",
         why="Toroama will set aside the unilateral option only as long as the moderation leads to a ratification vote within the window; in 022 he refused to give it up."),
]

DUPLICATES = [("002", "003"), ("028", "029")]


def parse_watchlist(path):
    actors, issues, baseline = set(), set(), []
    section = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^  - id: (\S+)\s*$", line)
                if m:
                    (actors if section == "actors" else issues).add(m.group(1))
            elif section == "baseline":
                m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
                if m:
                    baseline.append(m.groups())
    return actors, issues, baseline


def rfc822(dt):
    return format_datetime(dt, usegmt=True)


def build():
    errors = []
    articles = []
    prev = None
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        dt = datetime.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=datetime.timezone.utc)
        if prev is not None and dt <= prev:
            errors.append("%s: not in publication order" % aid)
        prev = dt
        outlet_name = OUTLETS[a["outlet"]]
        # The dateline uses the local date of the city; all PNG datelines are published between 00:00 and 13:59 UTC.
        dateline = "%s, %s %d (%s) - " % (a["city"], MONTHS[dt.month - 1], dt.day, outlet_name)
        text = dateline + a["body"]
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        articles.append(dict(id=aid, published=a["published"], source=outlet_name, url=url,
                             title=a["title"], text=text, _outlet=a["outlet"], _dt=dt, _claims=a["claims"]))
    return articles, errors


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    articles, errors = build()
    by_id = {a["id"]: a for a in articles}

    # --- validate articles ---
    dl = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([A-Za-z ]+)\) - \S")
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    for a in articles:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words (need 120-260)" % (a["id"], n))
        m = dl.match(a["text"])
        if not m:
            errors.append("%s: bad dateline" % a["id"])
        elif m.group(3) != a["source"]:
            errors.append("%s: dateline outlet mismatch" % a["id"])
        # a weekday in the lead must match the publication date
        lead = a["text"].split("\n")[0]
        for wd in weekdays:
            if ("on %s" % wd) in lead and a["_dt"].strftime("%A") != wd:
                errors.append("%s: lead says %s but published on %s" % (a["id"], wd, a["_dt"].strftime("%A")))

    # --- validate claims ---
    claims_out = {}
    for a in articles:
        lst = []
        seen = set()
        for (actor, issue, stance, quote, attributed) in a["_claims"]:
            if actor not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], actor))
            if issue not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], issue))
            if stance not in (S, O, C):
                errors.append("%s: bad stance %s" % (a["id"], stance))
            if quote not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], quote))
            if (actor, issue) in seen:
                errors.append("%s: two claims for %s/%s" % (a["id"], actor, issue))
            seen.add((actor, issue))
            lst.append(dict(actor=actor, issue=issue, stance=stance, quote=quote, attributed=attributed))
        claims_out[a["id"]] = lst

    # --- duplicates carry identical claims ---
    for x, y in DUPLICATES:
        cx = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[x])
        cy = sorted((c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[y])
        if cx != cy:
            errors.append("duplicates %s/%s differ in claims" % (x, y))
        if by_id[x]["source"] == by_id[y]["source"] or by_id[x]["_dt"].date() != by_id[y]["_dt"].date():
            errors.append("duplicates %s/%s must be same day, different outlets" % (x, y))

    # --- recompute shifts ---
    prevailing = {(ac, iss): st for (ac, iss, st) in baseline}
    for (ac, iss, st) in baseline:
        if ac not in actors or iss not in issues:
            errors.append("baseline refers to unknown actor/issue %s/%s" % (ac, iss))
    recomputed = []
    for a in articles:
        for c in claims_out[a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                recomputed.append((c["actor"], c["issue"], old, c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shift mismatch:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in articles if a["id"] not in shift_articles]

    if errors:
        print("VALIDATION FAILED (before writing):")
        for e in errors:
            print(" -", e)
        return 1

    # --- write files ---
    for sub in ("articles", "feeds"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    for a in articles:
        rec = {k: a[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    labels = {
        "claims": claims_out,
        "shifts": [dict(actor=s["actor"], issue=s["issue"], **{"from": s["frm"]}, to=s["to"],
                        article=s["article"], why=s["why"]) for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    for slug, name in OUTLETS.items():
        items = sorted([a for a in articles if a["_outlet"] == slug], key=lambda a: a["_dt"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set bougainville-independence-2021</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["_dt"])]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % rfc822(a["_dt"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")

    # --- validate written files ---
    post = []
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            post.append("xmllint failed on %s: %s" % (path, r.stderr.strip()))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        back = json.load(fh)
    if sorted(back["claims"]) != [a["id"] for a in articles]:
        post.append("labels.json claims keys do not cover every article")
    if set(back["no_alert_articles"]) | set(shift_articles) != set(by_id) or set(back["no_alert_articles"]) & set(shift_articles):
        post.append("no_alert_articles is not the complement of the shift articles")
    if post:
        print("VALIDATION FAILED (after writing):")
        for e in post:
            print(" -", e)
        return 1

    # --- summary ---
    allc = [c for a in articles for c in claims_out[a["id"]]]
    counts = {st: sum(1 for c in allc if c["stance"] == st) for st in (S, O, C)}
    print("OK: %d articles, %d claims (%s), %d attributed false" % (
        len(articles), len(allc), ", ".join("%d %s" % (counts[k], k) for k in (S, O, C)),
        sum(1 for c in allc if not c["attributed"])))
    print("shifts: %d in articles %s" % (len(SHIFTS), ", ".join(shift_articles)))
    print("no-claim articles: %s" % ", ".join(a["id"] for a in articles if not claims_out[a["id"]]))
    print("word counts: %s" % ", ".join("%s=%d" % (a["id"], len(a["text"].split())) for a in articles))
    return 0


if __name__ == "__main__":
    sys.exit(main())
