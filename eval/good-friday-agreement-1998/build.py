#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set good-friday-agreement-1998.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml and labels.json, then validates everything (see README.md).
Run from anywhere: python3 build.py
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

OUTLETS = {
    "causeway-wire": "Causeway Wire",
    "harpstone-gazette": "Harpstone Gazette",
    "northlight-review": "Northlight Review",
    "tidewater-post": "Tidewater Post",
    "kestrel-news": "Kestrel News",
}

S, O, C = "support", "oppose", "conditional"

# Each article: published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(
        published="1998-01-12T15:20:00Z", outlet="causeway-wire", slug="london-dublin-table-heads-of-agreement",
        title="London and Dublin table outline deal with North-South council",
        text="""LONDON, Jan 12 (Causeway Wire) - The British and Irish governments on Monday handed the parties at the Northern Ireland talks a two-page outline of a possible settlement, proposing a new elected assembly in Belfast, a North-South ministerial council and a council linking the islands of Britain and Ireland.

Irish Prime Minister Bertie Ahern said his government was willing to change Articles 2 and 3 of the constitution, which lay claim to the whole island, but only in exchange for equivalent changes on the British side and as part of an overall agreement. He added that Dublin would insist the cross-border council had real executive functions and was not a talking shop.

Ulster Unionist leader David Trimble welcomed the paper as a shift away from the 1995 framework documents. He told reporters his party would never accept cross-border bodies with powers of their own outside the control of a Northern assembly.

Sinn Fein reacted angrily. Its president, Gerry Adams, said the document had been tilted toward unionists under pressure from Downing Street and could not be the basis of a lasting deal.""",
        claims=[
            ("uk-government", "north-south-bodies", S, "proposing a new elected assembly in Belfast, a North-South ministerial council", True),
            ("ireland", "articles-2-3", C, "but only in exchange for equivalent changes on the British side", True),
            ("ireland", "north-south-bodies", S, "Dublin would insist the cross-border council had real executive functions", True),
            ("uup", "north-south-bodies", O, "never accept cross-border bodies with powers of their own outside the control", True),
        ]),
    # 002
    dict(
        published="1998-01-26T17:45:00Z", outlet="harpstone-gazette", slug="talks-move-to-lancaster-house",
        title="Northern Ireland talks move to Lancaster House for two days",
        text="""LONDON, Jan 26 (Harpstone Gazette) - The Northern Ireland multi-party talks opened a two-day session at Lancaster House in central London on Monday, the first time the negotiations have left Belfast since they began.

Delegations from eight parties arrived at the mansion near St James's Park under heavy police guard. Prime Minister Tony Blair was due to host party leaders at Downing Street in the evening, officials said, although they would not say who had accepted the invitation.

The session was expected to be dominated by a row over the Ulster Democratic Party, the small loyalist party linked to the Ulster Freedom Fighters, which has been blamed for a series of recent killings. The two governments must decide whether to exclude it.

The talks chairman, former US Senator George Mitchell, declined to say whether the agenda would reach the outline published by London and Dublin two weeks ago. Diplomats said they expected little more than an exchange of papers this week.

The talks move to Dublin next month before returning to Stormont in March.""",
        claims=[]),
    # 003
    dict(
        published="1998-02-20T16:10:00Z", outlet="northlight-review", slug="sinn-fein-suspended-from-talks",
        title="Sinn Fein suspended from peace talks over IRA killings",
        text="""DUBLIN, Feb 20 (Northlight Review) - Sinn Fein was suspended from the Northern Ireland peace talks on Friday after the British and Irish governments concluded that the IRA had been involved in two killings in Belfast earlier this month.

The decision, announced at Dublin Castle where the talks are meeting this week, bars the party from the negotiations until March 9. Officials said Sinn Fein would be allowed back if there were no further breaches of the ceasefire.

Gerry Adams called the suspension unjust and said his party had done nothing wrong. He said Sinn Fein would not be cowed and that its negotiators would return to the table when the suspension ended. He declined to say whether the party would challenge the ruling in court.

The killings of a suspected drug dealer and a loyalist figure prompted the governments to act under the talks' rules on non-violence. The Ulster Democratic Party was excluded for similar reasons last month.

Some analysts said the suspension could harden republican attitudes in the final weeks of the negotiations.""",
        claims=[]),
    # 004
    dict(
        published="1998-03-25T18:30:00Z", outlet="tidewater-post", slug="mitchell-sets-april-9-deadline",
        title="Mitchell gives Northern Ireland parties until April 9 to strike a deal",
        text="""BELFAST, March 25 (Tidewater Post) - George Mitchell, the former US Senator who chairs the Northern Ireland talks, told the parties on Wednesday that they had until midnight on April 9 to reach an agreement, setting the first firm deadline in nearly two years of negotiations.

Speaking at Castle Buildings on the Stormont estate, Mitchell said the outlines of a settlement were visible and that further delay would only help those who wanted the process to fail. He said he would give the parties a draft text early next month.

Ian Paisley, whose Democratic Unionist Party walked out of the talks last year when Sinn Fein was admitted, said he would campaign against any deal that came out of what he called a process of surrender.

Ulster Unionist negotiators repeated that they would not sign a deal giving cross-border bodies executive powers that did not answer to a Belfast assembly.

Sinn Fein chairman Mitchel McLaughlin said nationalists would judge the outcome by the strength of the all-Ireland institutions, adding that anything less than bodies with real powers would fail.""",
        claims=[
            ("dup", "endorse-agreement", O, "he would campaign against any deal that came out of", True),
            ("uup", "north-south-bodies", O, "would not sign a deal giving cross-border bodies executive powers", True),
            ("sinn-fein", "north-south-bodies", S, "anything less than bodies with real powers would fail", True),
        ]),
    # 005
    dict(
        published="1998-04-07T21:15:00Z", outlet="kestrel-news", slug="unionists-reject-mitchell-draft-blair-arrives",
        title="Unionists reject Mitchell draft as Blair flies in to rescue talks",
        text="""BELFAST, April 7 (Kestrel News) - The Northern Ireland peace talks were thrown into crisis on Tuesday after David Trimble's Ulster Unionists rejected the draft settlement tabled by George Mitchell, saying its plans for cross-border cooperation went far beyond anything they could sell to their voters.

Mitchell's draft, circulated to the parties late on Monday, proposes a North-South ministerial council overseeing a long list of cross-border bodies with executive powers.

Trimble said the cross-border section amounted to a blueprint for joint authority and that his party could not accept it. He asked Prime Minister Tony Blair to have it redrawn.

Blair flew into Belfast on Tuesday evening and told reporters he felt the hand of history on his shoulder. He did not say whether he would ask Dublin to reopen the text, and his aides would only say that he intended to stay as long as it took.

Mitchell has kept his deadline of midnight on Thursday. Talks sources said the next 24 hours would decide whether there would be an agreement at all.""",
        claims=[
            ("uup", "north-south-bodies", O, "his party could not accept it", True),
            ("mitchell", "north-south-bodies", S, "overseeing a long list of cross-border bodies with executive powers", True),
        ]),
    # 006
    dict(
        published="1998-04-08T19:40:00Z", outlet="causeway-wire", slug="ahern-offers-to-rework-cross-border-plan",
        title="Ahern returns from mother's funeral, offers to rework cross-border plan",
        text="""BELFAST, April 8 (Causeway Wire) - Irish Prime Minister Bertie Ahern flew back to Belfast on Wednesday, hours after burying his mother in Dublin, and told the talks that his government was prepared to redraw the disputed plans for cross-border bodies.

After an early meeting with Tony Blair at Hillsborough Castle, Ahern said Dublin could accept a shorter list of North-South bodies and would agree that they answer to the new assembly, as long as the ministerial council kept a genuine role. Until now, the Irish government had insisted that the bodies be set up by the two parliaments with powers of their own.

Ahern said he had spoken to David Trimble, and that the Ulster Unionist leader had told him unionists could live with cross-border bodies accountable to the assembly. An Ulster Unionist spokesman declined to say whether the offer would be enough.

Gerry Adams warned the Irish government not to give away too much. He said Sinn Fein's bottom line remained all-Ireland bodies with executive powers that no assembly could veto.

Negotiators worked through the night at Castle Buildings ahead of Thursday's deadline.""",
        claims=[
            ("ireland", "north-south-bodies", C, "as long as the ministerial council kept a genuine role", True),
            ("uup", "north-south-bodies", C, "unionists could live with cross-border bodies accountable to the assembly", False),
            ("sinn-fein", "north-south-bodies", S, "bottom line remained all-Ireland bodies with executive powers", True),
        ]),
    # 007
    dict(
        published="1998-04-10T18:05:00Z", outlet="tidewater-post", slug="good-friday-peace-deal-struck",
        title="Northern Ireland parties strike Good Friday peace deal",
        text="""BELFAST, April 10 (Tidewater Post) - Northern Ireland's political parties and the British and Irish governments reached a peace agreement on Friday afternoon, after talks at Castle Buildings ran some 17 hours past George Mitchell's midnight deadline.

The deal creates a 108-member assembly with a power-sharing executive, a North-South ministerial council and a British-Irish council. Bertie Ahern said his government would ask voters on May 22 to amend Articles 2 and 3 of the constitution, replacing the territorial claim with an aspiration to unity by consent, and that he would campaign for a yes.

David Trimble said he had agreed to the North-South council only because it would be accountable to the assembly and could not act without its approval. He said he would recommend the whole package to his party's executive on Saturday.

Several of Trimble's own negotiators, including the MP Jeffrey Donaldson, left Castle Buildings before the final session, unhappy that Sinn Fein could enter government before IRA weapons were handed over.

Ian Paisley, whose party stayed out of the talks, denounced the deal as the worst betrayal since partition and said he would campaign for a No vote.""",
        claims=[
            ("ireland", "articles-2-3", S, "would ask voters on May 22 to amend Articles 2 and 3", True),
            ("uup", "north-south-bodies", C, "only because it would be accountable to the assembly", True),
            ("uup", "endorse-agreement", S, "he would recommend the whole package to his party's executive", True),
            ("dup", "endorse-agreement", O, "he would campaign for a No vote", True),
        ]),
    # 008
    dict(
        published="1998-04-11T16:50:00Z", outlet="harpstone-gazette", slug="adams-to-consult-blair-letter-on-arms",
        title="Adams puts deal to party as Blair letter reassures Trimble on arms",
        text="""BELFAST, April 11 (Harpstone Gazette) - Sinn Fein will not decide whether to back the Good Friday agreement until a special party conference next month, Gerry Adams said on Saturday, adding that he was ready to recommend it if it was judged to serve the republican goal of a united Ireland.

Adams welcomed the provision for paramilitary prisoners to be released within two years, saying it was an essential part of any settlement. He also said the agreement nowhere made the handover of IRA weapons a condition for taking seats in the new executive, and that unionists had no right to add one.

That reading was contradicted by a letter Prime Minister Tony Blair sent to David Trimble in the final hours of the talks. In it, Blair said his view was that decommissioning should begin straight away, and promised to support changes to the rules if parties linked to armed groups failed to act.

The letter helped persuade Trimble to sign up, unionist sources said. Nationalist politicians said a side letter could not change what the parties had signed.""",
        claims=[
            ("sinn-fein", "endorse-agreement", C, "ready to recommend it if it was judged to serve the republican goal", True),
            ("sinn-fein", "prisoner-release", S, "saying it was an essential part of any settlement", True),
            ("sinn-fein", "uup-drops-prior-decommissioning", S, "nowhere made the handover of IRA weapons a condition for taking seats", True),
            ("uk-government", "uup-drops-prior-decommissioning", O, "his view was that decommissioning should begin straight away", True),
        ]),
    # 009
    dict(
        published="1998-04-18T19:00:00Z", outlet="northlight-review", slug="ulster-unionist-council-backs-trimble",
        title="Ulster Unionist ruling council backs Trimble on peace deal",
        text="""BELFAST, April 18 (Northlight Review) - The Ulster Unionist Council, the party's ruling body, backed the Good Friday agreement by 540 votes to 210 on Saturday, handing David Trimble a clear mandate to campaign for a yes vote in next month's referendum.

Speaking after the vote, Trimble sought to reassure doubters. He said the early release of prisoners would only go ahead for groups whose ceasefires held, and that the party would press for releases to stop if weapons were not handed over.

He also repeated the party's line on Sinn Fein. No Ulster Unionist would sit in an executive with Sinn Fein until the IRA had begun to decommission, he said.

Opponents inside the party, led by several of its Westminster MPs, vowed to keep fighting. Officials at Glengall Street said the margin had been wider than they expected.

Ian Paisley's Democratic Unionists, along with Robert McCartney's UK Unionists, are organising a campaign against the deal. The referendum will be held on both sides of the border on May 22.""",
        claims=[
            ("uup", "endorse-agreement", S, "backed the Good Friday agreement by 540 votes to 210", True),
            ("uup", "prisoner-release", C, "would only go ahead for groups whose ceasefires held", True),
            ("uup", "uup-drops-prior-decommissioning", O, "No Ulster Unionist would sit in an executive with Sinn Fein until", True),
            ("dup", "endorse-agreement", O, "are organising a campaign against the deal", False),
        ]),
    # 010
    dict(
        published="1998-05-10T20:30:00Z", outlet="kestrel-news", slug="sinn-fein-votes-to-back-deal",
        title="Sinn Fein votes to back peace deal and take assembly seats",
        text="""DUBLIN, May 10 (Kestrel News) - Sinn Fein delegates voted overwhelmingly on Sunday to endorse the Good Friday agreement and to allow the party's elected members to take their seats in the new Northern Ireland assembly, ending a long-standing refusal to sit in Belfast institutions.

Hundreds of delegates at the special conference at the RDS in Dublin backed the leadership, and only a handful voted against. Gerry Adams told them the agreement was not a final settlement but a basis for advancing toward Irish unity, and he urged republicans to vote yes on May 22.

The conference gave a rapturous welcome to four IRA men, the so-called Balcombe Street gang, who had been granted temporary leave from an Irish prison to attend. John O'Donoghue, the Irish justice minister, said the leave had been granted to support the peace process and that his government remained committed to early releases under the agreement.

Unionist politicians condemned the scenes. David Trimble said they would make it harder to win unionist votes in the referendum.""",
        claims=[
            ("sinn-fein", "endorse-agreement", S, "voted overwhelmingly on Sunday to endorse the Good Friday agreement", True),
            ("ireland", "prisoner-release", S, "remained committed to early releases under the agreement", True),
        ]),
    # 011
    dict(
        published="1998-05-15T17:25:00Z", outlet="causeway-wire", slug="ahern-urges-yes-sinn-fein-backs-articles-change",
        title="Ahern urges yes to dropping territorial claim; Sinn Fein swallows Articles 2 and 3 change",
        text="""DUBLIN, May 15 (Causeway Wire) - Bertie Ahern urged voters in the Republic on Friday to approve the rewriting of Articles 2 and 3 of the constitution, telling a rally in Dublin that the change would replace a legal claim with a promise of unity by consent.

The Taoiseach said the amendment was the price of a settlement in which unionists accepted a North-South council and nationalists in the North gained a share of power. He also urged voters to endorse the agreement as a whole, calling it the best chance for peace in a generation.

Sinn Fein, which had long defended the articles as a statement of Ireland's right to unity, has now told its supporters to back the amendment. Party chairman Mitchel McLaughlin said on Friday that Sinn Fein was urging a yes vote on the constitutional change, while regretting that the old wording was being lost.

Small anti-agreement groups, including the 32 County Sovereignty Committee, are campaigning for a No vote. Polls suggest the amendment will pass by a wide margin on May 22.""",
        claims=[
            ("ireland", "articles-2-3", S, "approve the rewriting of Articles 2 and 3 of the constitution", True),
            ("ireland", "endorse-agreement", S, "urged voters to endorse the agreement as a whole", True),
            ("sinn-fein", "articles-2-3", S, "Sinn Fein was urging a yes vote on the constitutional change", True),
        ]),
    # 012
    dict(
        published="1998-05-19T23:10:00Z", outlet="tidewater-post", slug="trimble-hume-u2-paisley-rally",
        title="Trimble and Hume share stage with U2 as Paisley rallies No camp",
        text="""BELFAST, May 19 (Tidewater Post) - David Trimble and John Hume appeared together on stage with the rock band U2 at the Waterfront Hall on Tuesday night, a rare joint appeal by the leaders of unionism and nationalism for a yes vote in Friday's referendum.

The band's singer, Bono, stood between the two men and raised their hands to loud cheers from an audience of schoolchildren. Earlier in the day Hume, the SDLP leader, said the agreement offered the first chance in generations for the two communities to govern together, and urged people to vote for it.

Across the city, Ian Paisley told a rally of No campaigners that the deal rewarded terrorism and put gunmen on the road to government. He said the early release of prisoners was a disgrace.

Paisley's deputy, Peter Robinson, said the No campaign was gaining ground among unionists, citing the party's canvass returns. Opinion polls suggest the agreement will be approved, though the size of the unionist yes vote remains in doubt.""",
        claims=[
            ("uup", "endorse-agreement", S, "a rare joint appeal by the leaders of unionism and nationalism for a yes vote", True),
            ("sdlp", "endorse-agreement", S, "urged people to vote for it", True),
            ("dup", "endorse-agreement", O, "told a rally of No campaigners that the deal rewarded terrorism", True),
            ("dup", "prisoner-release", O, "the early release of prisoners was a disgrace", True),
        ]),
    # 013
    dict(
        published="1998-05-23T15:00:00Z", outlet="harpstone-gazette", slug="voters-north-and-south-endorse-agreement",
        title="Voters North and South endorse Good Friday agreement",
        text="""BELFAST, May 23 (Harpstone Gazette) - Voters on both sides of the Irish border overwhelmingly endorsed the Good Friday agreement, results showed on Saturday, with 71 percent voting yes in Northern Ireland and 94 percent in the Republic.

Turnout in the North reached 81 percent, the highest there for decades. In the Republic, the same vote approved the change to Articles 2 and 3 of the constitution.

Prime Minister Tony Blair, speaking in Belfast, said the result was a clear instruction to politicians to make the agreement work, and promised his government would implement it in full. In Dublin, Bertie Ahern welcomed the outcome and said his government would move quickly to set up the new institutions.

The count in Belfast was held at the King's Hall, where party workers from both communities watched the returns come in.

Analysts estimated that just over half of unionist voters had backed the deal, a margin that leaves David Trimble exposed ahead of the assembly election on June 25.""",
        claims=[
            ("uk-government", "endorse-agreement", S, "promised his government would implement it in full", True),
            ("ireland", "endorse-agreement", S, "his government would move quickly to set up the new institutions", True),
        ]),
    # 014
    dict(
        published="1998-06-27T18:20:00Z", outlet="kestrel-news", slug="ulster-unionists-largest-party-in-assembly",
        title="Ulster Unionists emerge as largest party in new assembly",
        text="""BELFAST, June 27 (Kestrel News) - David Trimble's Ulster Unionists emerged as the largest party in Northern Ireland's new assembly on Saturday, winning 28 of the 108 seats after two days of counting under proportional representation.

The SDLP took 24 seats, Ian Paisley's Democratic Unionists 20 and Sinn Fein 18, its best result in the North. The cross-community Alliance party won six, and the remaining seats went to smaller unionist and loyalist parties and independents.

Trimble is expected to be elected First Minister when the assembly meets for the first time on July 1, with the SDLP's deputy leader, Seamus Mallon, as his deputy. Neither man would comment on the make-up of the executive, which is not due to be formed for some months.

Officials said the assembly would meet at Castle Buildings until Parliament Buildings at Stormont were ready.

Analysts said the unionist members in favour of the agreement would outnumber its unionist opponents only narrowly, leaving Trimble vulnerable to pressure from inside his own party.""",
        claims=[]),
    # 015
    dict(
        published="1998-07-28T16:40:00Z", outlet="causeway-wire", slug="prisoner-release-law-passes",
        title="Early release law passes; first prisoners to go free in September",
        text="""LONDON, July 28 (Causeway Wire) - Legislation allowing the early release of paramilitary prisoners became law on Tuesday, clearing the way for the first inmates to walk free from the Maze prison in September.

Northern Ireland Secretary Mo Mowlam said the releases were a difficult but necessary part of the Good Friday agreement and that the government would see them through. Only prisoners belonging to groups that maintain a complete ceasefire will qualify, and licences can be revoked.

The Democratic Unionists, who fought the bill at every stage in the Commons, said the measure was a betrayal of the victims of violence. Their deputy leader, Peter Robinson, said it would free killers without a single weapon being surrendered.

David Trimble told the Commons that his party had always said releases must be tied to the ending of violence and the handover of arms, and that it would hold ministers to that.

About 400 prisoners are expected to qualify for release by the summer of 2000.""",
        claims=[
            ("uk-government", "prisoner-release", S, "were a difficult but necessary part of the Good Friday agreement", True),
            ("dup", "prisoner-release", O, "said the measure was a betrayal of the victims of violence", True),
            ("uup", "prisoner-release", C, "releases must be tied to the ending of violence and the handover of arms", True),
        ]),
    # 016
    dict(
        published="1998-09-10T17:55:00Z", outlet="northlight-review", slug="trimble-signals-arms-climbdown-after-adams-meeting",
        title="Trimble signals arms climbdown after historic meeting with Adams",
        text="""BELFAST, Sept 10 (Northlight Review) - David Trimble and Gerry Adams held their first face-to-face meeting on Thursday, sitting down together at Stormont in what both sides described as a businesslike encounter.

Trimble said afterwards that the meeting had been useful but that nothing had changed on weapons. He had not abandoned his party's position, he said, and Sinn Fein could still not take seats in the executive before the IRA began to disarm.

Adams said he had told Trimble that the agreement set no such precondition and that the Ulster Unionists should stop trying to rewrite it.

Earlier this month Adams said that violence must be a thing of the past, and Sinn Fein named Martin McGuinness as its contact with the international body overseeing decommissioning.

Some officials at Stormont suggested the two gestures might give Trimble room to move later in the year. Neither side would say when the two leaders would meet again.""",
        claims=[
            ("uup", "uup-drops-prior-decommissioning", O, "could still not take seats in the executive before the IRA began to disarm", True),
            ("sinn-fein", "uup-drops-prior-decommissioning", S, "the agreement set no such precondition", True),
        ]),
    # 017
    dict(
        published="1998-09-11T14:35:00Z", outlet="tidewater-post", slug="first-prisoners-freed-from-maze",
        title="First prisoners freed early from the Maze under peace deal",
        text="""LISBURN, Sept 11 (Tidewater Post) - The first paramilitary prisoners to be freed early under the Good Friday agreement walked out of the Maze prison near Lisburn on Friday, greeted by relatives and by a small protest from victims' campaigners.

The Northern Ireland Office said the releases were taking place in line with the agreement and the law passed by parliament in July, and that more would follow over the coming months.

Ian Paisley, the Democratic Unionist leader, said it was a black day for the families of victims and that his party would never accept the release of terrorists.

The Ulster Unionists, who have argued that releases should be linked to progress on disarmament, were more muted. A party spokesman declined to comment.

A group representing families of police officers killed during the conflict said the releases reopened old wounds. The loyalist politician David Ervine said the men deserved a chance to rebuild their lives.""",
        claims=[
            ("uk-government", "prisoner-release", S, "the releases were taking place in line with the agreement", True),
            ("dup", "prisoner-release", O, "his party would never accept the release of terrorists", True),
            ("uup", "prisoner-release", C, "who have argued that releases should be linked to progress on disarmament", False),
        ]),
    # 018
    dict(
        published="1998-10-16T12:30:00Z", outlet="kestrel-news", slug="hume-and-trimble-win-nobel-peace-prize",
        title="Hume and Trimble win Nobel Peace Prize",
        text="""OSLO, Oct 16 (Kestrel News) - John Hume and David Trimble were awarded the 1998 Nobel Peace Prize on Friday for their efforts to find a peaceful solution to the conflict in Northern Ireland.

The Norwegian Nobel Committee praised Hume as the most consistent of Northern Ireland's political leaders in his work for peace, and said Trimble had shown great political courage at a critical stage. The two men will share the prize money.

Hume, the SDLP leader, said in Londonderry that the prize belonged to the people. Trimble, speaking in Belfast, said he hoped it had not come too early, given the work still to be done.

Irish President Mary McAleese and Prime Minister Tony Blair sent their congratulations, and Sinn Fein, which was not named in the award, did the same.

The award comes as the parties remain deadlocked over the formation of the executive. Commentators in Belfast wondered aloud whether the prize would make either man more willing to take risks.""",
        claims=[]),
    # 019
    dict(
        published="1998-12-18T13:15:00Z", outlet="harpstone-gazette", slug="parties-agree-departments-and-cross-border-bodies",
        title="Parties agree new departments and six cross-border bodies",
        text="""BELFAST, Dec 18 (Harpstone Gazette) - Northern Ireland's parties agreed early on Friday to create 10 government departments and six cross-border implementation bodies, breaking a deadlock that had held up the Good Friday agreement for months.

The six bodies will cover inland waterways, food safety, trade and business development, special European Union programmes, the Irish and Ulster-Scots languages, and aquaculture and marine matters. A further six areas will be handled through existing departments on both sides of the border.

David Trimble said the bodies were acceptable because every decision they took would have to be approved by ministers answerable to the assembly. But he said the deal did nothing to change his demand that the IRA begin to disarm before Sinn Fein took up ministerial posts.

Seamus Mallon, the deputy First Minister, said the cross-border bodies would do real work and were a foundation to build on.

Sinn Fein's Martin McGuinness said the list was more modest than nationalists had wanted but welcomed the bodies as a start toward all-Ireland structures with real powers.""",
        claims=[
            ("uup", "north-south-bodies", C, "acceptable because every decision they took would have to be approved by ministers", True),
            ("uup", "uup-drops-prior-decommissioning", O, "did nothing to change his demand that the IRA begin to disarm", True),
            ("sdlp", "north-south-bodies", S, "the cross-border bodies would do real work", True),
            ("sinn-fein", "north-south-bodies", S, "welcomed the bodies as a start toward all-Ireland structures with real powers", True),
        ]),
    # 020
    dict(
        published="1999-03-08T17:00:00Z", outlet="northlight-review", slug="blair-ahern-sign-cross-border-treaties",
        title="Blair and Ahern sign treaties creating cross-border bodies",
        text="""DUBLIN, March 8 (Northlight Review) - Tony Blair and Bertie Ahern signed four treaties in Dublin on Monday that will set up the North-South implementation bodies and the British-Irish council created by the Good Friday agreement.

Ahern said the signing put the cross-border bodies on a firm legal footing and that his government wanted them working as soon as possible, with real executive functions in the six agreed areas.

The bodies cannot begin work until power is transferred to a Northern Ireland executive, which remains stalled over IRA weapons. Asked at a news conference whether Sinn Fein could take its seats before any arms were handed over, Blair said the agreement's obligation on decommissioning had to be met and that he would not ask unionists to ignore it. Downing Street later denied a newspaper report that London was ready to drop the requirement.

Sinn Fein accused Blair of moving the goalposts. Gerry Adams said the agreement contained no precondition and that unionists must form the executive now.

Both governments want the executive in place by Easter.""",
        claims=[
            ("uk-government", "north-south-bodies", S, "signed four treaties in Dublin on Monday that will set up the North-South implementation bodies", True),
            ("ireland", "north-south-bodies", S, "his government wanted them working as soon as possible, with real executive functions", True),
            ("uk-government", "uup-drops-prior-decommissioning", O, "he would not ask unionists to ignore it", True),
            ("sinn-fein", "uup-drops-prior-decommissioning", S, "the agreement contained no precondition and that unionists must form the executive now", True),
        ]),
    # 021
    dict(
        published="1999-04-01T19:30:00Z", outlet="causeway-wire", slug="hillsborough-declaration-arms-plan",
        title="Blair and Ahern propose arms gesture after executive nominations",
        text="""HILLSBOROUGH, April 1 (Causeway Wire) - Tony Blair and Bertie Ahern proposed on Thursday that ministers of a Northern Ireland executive be nominated, Sinn Fein included, before any IRA weapons are handed over, provided that some arms are put beyond use within about a month and before powers are transferred.

The plan, set out in a joint declaration after three days of talks at Hillsborough Castle, calls for a collective act of reconciliation in which paramilitary groups would put some weapons beyond use, overseen by the independent decommissioning body.

Blair said the declaration gave every side something and asked each of them to take a risk. He said the government could accept nominations ahead of decommissioning only if disarmament began before devolution.

David Trimble welcomed the declaration. He said it respected the principle of no government with Sinn Fein without decommissioning, which his party would not abandon.

Sinn Fein said it would study the text, but Martin McGuinness said the agreement set no precondition and that republicans would not accept one imposed through the back door.""",
        claims=[
            ("uk-government", "uup-drops-prior-decommissioning", C, "could accept nominations ahead of decommissioning only if disarmament began before devolution", True),
            ("ireland", "uup-drops-prior-decommissioning", C, "proposed on Thursday that ministers of a Northern Ireland executive be nominated", True),
            ("uup", "uup-drops-prior-decommissioning", O, "no government with Sinn Fein without decommissioning, which his party would not abandon", True),
            ("sinn-fein", "uup-drops-prior-decommissioning", S, "would not accept one imposed through the back door", True),
        ]),
    # 022
    dict(
        published="1999-04-13T18:45:00Z", outlet="kestrel-news", slug="ira-rejects-arms-demand-hillsborough",
        title="IRA rejects arms handover as Hillsborough plan falters",
        text="""DUBLIN, April 13 (Kestrel News) - The IRA said on Tuesday that it would not hand over weapons as a precondition for the formation of Northern Ireland's executive, in a statement that appeared to rule out the plan unveiled by the British and Irish governments at Hillsborough two weeks ago.

The statement said the demand for decommissioning was an attempt to humiliate republicans and would not be met.

Gerry Adams declined to say whether Sinn Fein would reject the Hillsborough declaration outright, telling reporters that the party was still consulting its members.

Bertie Ahern said Sinn Fein's right to sit in the executive could not be denied forever, but that the arms question had to be settled in a way unionists could live with. His officials said Dublin was ready to look at new ideas on timing.

SDLP leader John Hume appealed to unionists not to let the argument over guns block the executive any longer, saying the people had endorsed the agreement without any such precondition.""",
        claims=[
            ("ireland", "uup-drops-prior-decommissioning", C, "could not be denied forever, but that the arms question had to be settled", True),
            ("sdlp", "uup-drops-prior-decommissioning", S, "not to let the argument over guns block the executive any longer", True),
        ]),
    # 023
    dict(
        published="1999-07-02T20:10:00Z", outlet="tidewater-post", slug="way-forward-plan-executive-first",
        title="Governments propose executive first, IRA arms by May 2000",
        text="""BELFAST, July 2 (Tidewater Post) - Tony Blair and Bertie Ahern unveiled a plan on Friday under which Northern Ireland's power-sharing executive would be formed on July 15, before the IRA has handed over any weapons, with all paramilitary arms to be put beyond use by May 2000.

Under the plan, called The Way Forward, Britain would pass legislation to suspend the executive automatically if the decommissioning body reported that paramilitaries had failed to meet their obligations. Blair said the failsafe meant nobody would be asked to take the IRA on trust.

Ahern said Dublin backed devolution first only because the guarantee on suspension was in place.

The Ulster Unionists were unconvinced. David Trimble said there was no guarantee that a single gun would ever be handed over and that his party could not go into government on a promise. Party officers will meet next week to give a formal answer.

Sinn Fein is expected to respond after a meeting of its leadership over the weekend.""",
        claims=[
            ("uk-government", "uup-drops-prior-decommissioning", C, "Blair said the failsafe meant nobody would be asked to take the IRA on trust", True),
            ("ireland", "uup-drops-prior-decommissioning", C, "Dublin backed devolution first only because the guarantee on suspension was in place", True),
            ("uup", "uup-drops-prior-decommissioning", O, "his party could not go into government on a promise", True),
        ]),
    # 024
    dict(
        published="1999-07-15T16:20:00Z", outlet="harpstone-gazette", slug="executive-collapses-mallon-resigns",
        title="Executive bid collapses as unionists stay away; Mallon resigns",
        text="""BELFAST, July 15 (Harpstone Gazette) - Northern Ireland's attempt to form a power-sharing executive collapsed on Thursday when David Trimble's Ulster Unionists stayed away from the assembly, leaving the unionist benches empty as ministers were nominated.

Trimble said his party would not serve alongside Sinn Fein until the IRA had started to disarm, and that he would not apologise for keeping faith with the voters.

Earlier in the sitting, Seamus Mallon announced his resignation as deputy First Minister. He accused the Ulster Unionists of dishonouring the agreement and of using the weapons issue to block the institutions, and said the agreement had never required decommissioning before the executive was formed.

Northern Ireland Secretary Mo Mowlam said the government would now review how the agreement was working. She would not say whether the failsafe legislation now before parliament would ever be used.

The two governments are expected to ask George Mitchell to return and lead the review. Officials at Downing Street declined to comment on the timing.""",
        claims=[
            ("uup", "uup-drops-prior-decommissioning", O, "would not serve alongside Sinn Fein until the IRA had started to disarm", True),
            ("sdlp", "uup-drops-prior-decommissioning", S, "the agreement had never required decommissioning before the executive was formed", True),
        ]),
    # 025
    dict(
        published="1999-09-06T18:00:00Z", outlet="causeway-wire", slug="mitchell-opens-review",
        title="Mitchell opens review of stalled peace deal",
        text="""BELFAST, Sept 6 (Causeway Wire) - George Mitchell reopened talks on rescuing the Good Friday agreement on Monday, meeting the main parties one by one at Castle Buildings in a review expected to last several weeks.

Mitchell, who chaired the negotiations that produced the agreement, declined to say how long he would give the parties or whether he had a plan of his own. He told reporters he would listen before he spoke.

Sinn Fein chairman Mitchel McLaughlin said after his party's session that the Ulster Unionists must let the executive be formed without a prior handover of IRA arms, as the agreement intended.

According to McLaughlin, the Ulster Unionists still insisted in the meeting that decommissioning start before Sinn Fein could take its seats. The Ulster Unionist delegation left without speaking to reporters.

The review is expected to move to London later in the month. Diplomats said a deal was possible but unlikely before the autumn party conferences were over.""",
        claims=[
            ("sinn-fein", "uup-drops-prior-decommissioning", S, "must let the executive be formed without a prior handover of IRA arms", True),
            ("uup", "uup-drops-prior-decommissioning", O, "the Ulster Unionists still insisted in the meeting that decommissioning start", False),
        ]),
    # 026
    dict(
        published="1999-09-09T13:30:00Z", outlet="kestrel-news", slug="patten-report-rename-ruc",
        title="Patten report calls for RUC to be renamed and cut",
        text="""BELFAST, Sept 9 (Kestrel News) - An independent commission led by former Hong Kong governor Chris Patten recommended on Thursday that the Royal Ulster Constabulary be renamed, given a new badge and cut to about 7,500 full-time officers, with Catholics and Protestants recruited in equal numbers for at least ten years.

The report proposes that the force be called the Police Service of Northern Ireland and be overseen by a new policing board.

David Trimble called the report shoddy and said his party would fight the loss of the RUC's name, which he said insulted officers who had died in the conflict. Ian Paisley's Democratic Unionists said they rejected it outright.

Seamus Mallon of the SDLP welcomed the report as the basis for a police service both communities could support.

Sinn Fein, which has demanded that the RUC be disbanded, said the report fell short but that it would study it closely and judge the government on how far it was implemented.

Mo Mowlam said the government would consult on the recommendations until the end of November before reaching a decision.""",
        claims=[
            ("uup", "patten-policing", O, "his party would fight the loss of the RUC's name", True),
            ("dup", "patten-policing", O, "said they rejected it outright", True),
            ("sdlp", "patten-policing", S, "welcomed the report as the basis for a police service", True),
            ("sinn-fein", "patten-policing", C, "would study it closely and judge the government on how far it was implemented", True),
        ]),
    # 027 (duplicate of 026)
    dict(
        published="1999-09-09T15:05:00Z", outlet="northlight-review", slug="patten-proposes-new-name-for-ruc",
        title="Patten proposes new name and smaller force for RUC",
        text="""BELFAST, Sept 9 (Northlight Review) - The Royal Ulster Constabulary should be renamed, given a new badge and reduced to about 7,500 full-time officers, an independent commission chaired by former Hong Kong governor Chris Patten recommended on Thursday, with equal numbers of Catholics and Protestants recruited for at least ten years.

Under the report, the force would become the Police Service of Northern Ireland, answerable to a new policing board.

Ulster Unionist leader David Trimble described the report as shoddy and said his party would fight the loss of the RUC's name, which he called an insult to officers who had died in the conflict. Ian Paisley's Democratic Unionists said they rejected it outright.

The SDLP's Seamus Mallon welcomed the report as the basis for a police service both communities could support.

Sinn Fein, which wants the RUC disbanded, said the report fell short but added that it would study it closely and judge the government on how far it was implemented.

Northern Ireland Secretary Mo Mowlam said the government would take views until the end of November before deciding.""",
        claims=[
            ("uup", "patten-policing", O, "his party would fight the loss of the RUC's name", True),
            ("dup", "patten-policing", O, "said they rejected it outright", True),
            ("sdlp", "patten-policing", S, "welcomed the report as the basis for a police service", True),
            ("sinn-fein", "patten-policing", C, "would study it closely and judge the government on how far it was implemented", True),
        ]),
    # 028
    dict(
        published="1999-10-11T14:50:00Z", outlet="tidewater-post", slug="mandelson-replaces-mowlam",
        title="Mandelson replaces Mowlam as Northern Ireland Secretary",
        text="""LONDON, Oct 11 (Tidewater Post) - Peter Mandelson was appointed Northern Ireland Secretary on Monday, replacing Mo Mowlam, who moves to the Cabinet Office in a government reshuffle announced by Downing Street.

Mowlam, popular with nationalists and with the public but distrusted by many unionists, had reportedly wanted to stay until the Mitchell review was finished.

Mandelson said his first task was to help George Mitchell's review succeed, and that the government remained committed to implementing the Good Friday agreement in all its parts. He declined to say whether he would accept the Patten report's proposal to rename the RUC, saying the consultation had to run its course.

Ulster Unionists said privately they hoped for a more even-handed approach from the new minister. Sinn Fein said a change of personnel should not mean a change of policy.

Analysts said Mandelson's closeness to Tony Blair could make it easier to deliver a deal before Christmas.""",
        claims=[
            ("uk-government", "endorse-agreement", S, "remained committed to implementing the Good Friday agreement in all its parts", True),
        ]),
    # 029
    dict(
        published="1999-11-16T17:30:00Z", outlet="causeway-wire", slug="trimble-ready-to-share-power-before-disarmament",
        title="Trimble ready to share power before IRA disarms as Mitchell review ends",
        text="""BELFAST, Nov 16 (Causeway Wire) - David Trimble said on Tuesday that his Ulster Unionists were ready to form a government with Sinn Fein before the IRA hands over any weapons, provided the IRA appoints a representative to the disarmament commission and decommissioning follows quickly.

Trimble said his party was taking a risk for peace and would put the proposal to its ruling council. His statement came shortly after Sinn Fein said decommissioning was an essential part of the peace process, and that the executive must now be formed without any precondition.

Mitchell, winding up ten weeks of talks, said he believed the basis now existed for the executive to be set up first and for decommissioning to take place as soon as possible afterward.

Ian Paisley said Trimble had abandoned the pledge of no guns, no government, and that the Democratic Unionists would never accept Sinn Fein ministers while the IRA stayed armed.

The IRA is expected to confirm this week that it will name a representative to the commission.""",
        claims=[
            ("uup", "uup-drops-prior-decommissioning", C, "provided the IRA appoints a representative to the disarmament commission and decommissioning follows quickly", True),
            ("sinn-fein", "uup-drops-prior-decommissioning", S, "the executive must now be formed without any precondition", True),
            ("mitchell", "uup-drops-prior-decommissioning", S, "the basis now existed for the executive to be set up first", True),
            ("dup", "uup-drops-prior-decommissioning", O, "would never accept Sinn Fein ministers while the IRA stayed armed", True),
        ]),
    # 030 (duplicate of 029)
    dict(
        published="1999-11-16T19:05:00Z", outlet="harpstone-gazette", slug="unionists-offer-to-govern-with-sinn-fein",
        title="Unionists offer to govern with Sinn Fein ahead of disarmament",
        text="""BELFAST, Nov 16 (Harpstone Gazette) - The Ulster Unionists are ready to form a government with Sinn Fein before the IRA hands over any weapons, David Trimble said on Tuesday, provided the IRA appoints a representative to the disarmament commission and decommissioning follows quickly.

Trimble said the party was taking a risk for peace and that the proposal would go to its ruling council. He spoke shortly after Sinn Fein said decommissioning was an essential part of the peace process and that the executive must now be formed without any precondition.

George Mitchell, closing ten weeks of talks, said he believed the basis now existed for the executive to be set up first and for weapons to be dealt with as soon as possible afterward.

Ian Paisley accused Trimble of abandoning the pledge of no guns, no government, and said the Democratic Unionists would never accept Sinn Fein ministers while the IRA stayed armed.

The IRA is expected to say this week that it will appoint a representative to the commission.""",
        claims=[
            ("uup", "uup-drops-prior-decommissioning", C, "provided the IRA appoints a representative to the disarmament commission and decommissioning follows quickly", True),
            ("sinn-fein", "uup-drops-prior-decommissioning", S, "the executive must now be formed without any precondition", True),
            ("mitchell", "uup-drops-prior-decommissioning", S, "the basis now existed for the executive to be set up first", True),
            ("dup", "uup-drops-prior-decommissioning", O, "would never accept Sinn Fein ministers while the IRA stayed armed", True),
        ]),
    # 031
    dict(
        published="1999-11-27T18:40:00Z", outlet="northlight-review", slug="ulster-unionist-council-backs-trimble-deal",
        title="Ulster Unionists back Trimble, with February review",
        text="""BELFAST, Nov 27 (Northlight Review) - The Ulster Unionist Council voted by 480 to 349 on Saturday to let David Trimble enter a power-sharing executive with Sinn Fein before IRA disarmament begins, on condition that the party meets again in February to review whether weapons have been handed over.

Trimble told the council, meeting at the Waterfront Hall, that he had lodged a signed, undated letter of resignation as First Minister with the party president, to be used if the IRA failed to deliver.

Jeffrey Donaldson, the Lagan Valley MP who led the opposition, said the party was jumping first into the dark.

Tony Blair welcomed the vote. Downing Street said the government would stand by its commitment to suspend the institutions if the IRA did not begin to disarm.

Ian Paisley's party said it would take up its two seats in the executive but that its ministers would not sit at the same table as Sinn Fein.

The executive is expected to be nominated on Monday, with power transferred from London later in the week.""",
        claims=[
            ("uup", "uup-drops-prior-decommissioning", C, "on condition that the party meets again in February to review whether weapons", True),
            ("uk-government", "uup-drops-prior-decommissioning", C, "would stand by its commitment to suspend the institutions if the IRA did not", True),
        ]),
    # 032
    dict(
        published="1999-12-02T16:15:00Z", outlet="kestrel-news", slug="dublin-amends-articles-2-and-3",
        title="Dublin amends Articles 2 and 3 as power passes to Belfast",
        text="""DUBLIN, Dec 2 (Kestrel News) - The Irish government formally amended Articles 2 and 3 of the constitution on Thursday, removing the state's territorial claim to Northern Ireland, hours after power was transferred to the new executive in Belfast at midnight.

Bertie Ahern signed the declaration that brought the new wording into force, and the two governments exchanged notifications activating the British-Irish agreement. He called it a day of new beginnings for the whole island.

In Belfast, David Trimble said the end of the claim was something unionists had sought for six decades, and that a long-standing grievance had been removed.

Martin McGuinness, the new education minister, was at his desk in Belfast early on Thursday morning, an appointment that drew protests from some unionists.

The North-South ministerial council is due to meet for the first time in Armagh later this month, and the British-Irish council in London shortly afterwards.""",
        claims=[
            ("ireland", "articles-2-3", S, "formally amended Articles 2 and 3 of the constitution on Thursday", True),
            ("uup", "articles-2-3", S, "the end of the claim was something unionists had sought for six decades", True),
        ]),
    # 033
    dict(
        published="1999-12-13T17:05:00Z", outlet="tidewater-post", slug="north-south-council-meets-in-armagh",
        title="North-South council meets for first time in Armagh",
        text="""ARMAGH, Dec 13 (Tidewater Post) - The North-South Ministerial Council met for the first time on Monday, bringing ministers from Dublin and the new Northern Ireland executive together in Armagh, the seat of the island's two main churches.

Bertie Ahern said the six implementation bodies would start work immediately and would bring real benefits to people on both sides of the border.

David Trimble said the council was a practical body that answered to the assembly, and that unionists had nothing to fear from it as long as that remained the case.

The Democratic Unionists' two ministers, Peter Robinson and Nigel Dodds, stayed away, saying their party would have nothing to do with cross-border bodies it regarded as a step toward a united Ireland.

Martin McGuinness, attending as education minister, said the council should in time gain wider powers.

Ministers are to meet in smaller sectoral groups from the new year.""",
        claims=[
            ("ireland", "north-south-bodies", S, "would start work immediately and would bring real benefits", True),
            ("uup", "north-south-bodies", C, "unionists had nothing to fear from it as long as that remained the case", True),
            ("dup", "north-south-bodies", O, "would have nothing to do with cross-border bodies", True),
            ("sinn-fein", "north-south-bodies", S, "the council should in time gain wider powers", True),
        ]),
]

# Duplicate pairs (original, copy): same story, same day, identical claims.
DUPLICATES = [("026", "027"), ("029", "030")]

SHIFTS = [
    dict(actor="ireland", issue="north-south-bodies", frm=S, to=C, article="006",
         why="Ahern offers a shorter list of North-South bodies answerable to the assembly, as long as the council keeps a genuine role; in 001 Dublin insisted on real executive functions."),
    dict(actor="uup", issue="north-south-bodies", frm=O, to=C, article="007",
         why="Trimble agrees to the North-South council only because it is accountable to the assembly; in 001, 004 and 005 the UUP rejected cross-border bodies with executive powers. Ahern's report in 006 is attributed false and does not move it."),
    dict(actor="ireland", issue="articles-2-3", frm=C, to=S, article="007",
         why="Ahern commits to a May 22 referendum to amend Articles 2 and 3 and to campaign for it; in 001 he offered the change only in exchange for British concessions within an overall deal."),
    dict(actor="sinn-fein", issue="endorse-agreement", frm=C, to=S, article="010",
         why="The Sinn Fein conference votes to endorse the agreement; in 008 Adams deferred the decision and would recommend it only if it served the republican goal."),
    dict(actor="sinn-fein", issue="articles-2-3", frm=O, to=S, article="011",
         why="McLaughlin says Sinn Fein urges a yes vote on the constitutional change; the party had defended the articles (baseline)."),
    dict(actor="ireland", issue="north-south-bodies", frm=C, to=S, article="020",
         why="Ahern signs the treaties and says Dublin wants the bodies working as soon as possible with real executive functions; since 006 it had offered to scale them back."),
    dict(actor="uk-government", issue="uup-drops-prior-decommissioning", frm=O, to=C, article="021",
         why="At Hillsborough Blair accepts executive nominations before decommissioning if disarmament begins before devolution; in 008 and 020 he backed the demand that decommissioning begin straight away."),
    dict(actor="uup", issue="uup-drops-prior-decommissioning", frm=O, to=C, article="029",
         why="Trimble is ready to form a government with Sinn Fein before any weapons are handed over, provided the IRA names a representative and decommissioning follows; until 024 the UUP said no government before disarmament. 025's report is attributed false. The copy 030 must not alert again."),
]

STANCES = {S, O, C}
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \((?P<outlet>[^)]+)\) - ")
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    """Minimal parser for this file's fixed layout (no PyYAML in the standard library)."""
    actors, issues, baseline, section = [], [], [], None
    issue_fields = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if re.match(r"^(actors|issues|baseline):", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                if section == "issues":
                    issue_fields[m.group(1)] = []
                continue
            m = re.match(r"^    (\w+):", line)
            if m and section == "issues":
                issue_fields[issues[-1]].append(m.group(1))
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline, issue_fields


def to_dt(iso):
    return dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)


def build():
    errors = []
    art_dir, feed_dir = os.path.join(HERE, "articles"), os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist: {len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist: {len(issues)} issues, want 5-7")
    for iid, fields in issue_fields.items():
        if sorted(fields) != sorted(["name", "description", "terms"]):
            errors.append(f"watchlist: issue {iid} has fields {fields}")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errors.append(f"watchlist: bad baseline entry {a} {i} {s}")

    records, claims_out = [], {}
    prev = None
    for n, art in enumerate(ARTICLES, start=1):
        aid = f"{n:03d}"
        when = to_dt(art["published"])
        if prev is not None and when <= prev:
            errors.append(f"{aid}: not in publication order")
        prev = when
        outlet = OUTLETS[art["outlet"]]
        text = art["text"]
        m = DATELINE.match(text)
        if not m:
            errors.append(f"{aid}: bad dateline: {text[:60]!r}")
        else:
            if m.group("outlet") != outlet:
                errors.append(f"{aid}: dateline outlet {m.group('outlet')} != {outlet}")
            want = f"{MONTHS[when.month]} {when.day} "
            if want not in text[:m.end()]:
                errors.append(f"{aid}: dateline date does not match {art['published']}")
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words, want 120-260")
        url = f"https://example.org/{art['outlet']}/{when:%Y/%m/%d}/{art['slug']}"
        rec = {"id": aid, "published": art["published"], "source": outlet, "url": url,
               "title": art["title"], "text": text}
        records.append((art["outlet"], when, rec))
        with open(os.path.join(art_dir, f"{aid}.json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
        seen_pairs = set()
        out = []
        for actor, issue, stance, quote, attributed in art["claims"]:
            if actor not in actors:
                errors.append(f"{aid}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{aid}: unknown issue {issue}")
            if stance not in STANCES:
                errors.append(f"{aid}: bad stance {stance}")
            if quote not in text:
                errors.append(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {quote!r}")
            if (actor, issue) in seen_pairs:
                errors.append(f"{aid}: two claims for {actor}/{issue}")
            seen_pairs.add((actor, issue))
            out.append({"actor": actor, "issue": issue, "stance": stance, "quote": quote,
                        "attributed": attributed})
        claims_out[aid] = out

    ids = [r["id"] for _, _, r in records]
    by_id = {r["id"]: r for _, _, r in records}

    # Duplicates: same day, different outlet, later copy, identical claims.
    for a, b in DUPLICATES:
        ra, rb = by_id[a], by_id[b]
        if ra["published"][:10] != rb["published"][:10] or ra["source"] == rb["source"] or rb["published"] <= ra["published"]:
            errors.append(f"duplicate {a}/{b}: not same day / different outlet / later copy")
        ta = [(c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[a]]
        tb = [(c["actor"], c["issue"], c["stance"], c["attributed"]) for c in claims_out[b]]
        if ta != tb:
            errors.append(f"duplicate {a}/{b}: claims differ")

    # Recompute shifts: prevailing stance = last attributed labelled stance, from baseline.
    prevailing = {(a, i): s for a, i, s in baseline}
    recomputed = []
    for aid in ids:
        for c in claims_out[aid]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                recomputed.append((c["actor"], c["issue"], prevailing[key], c["stance"], aid))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        errors.append("shifts differ from recomputation:\n  recomputed " + repr(sorted(recomputed))
                      + "\n  labelled   " + repr(sorted(labelled)))

    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [i for i in ids if i not in shift_articles]
    labels = {
        "claims": claims_out,
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    if set(no_alert) | set(shift_articles) != set(ids) or set(no_alert) & set(shift_articles):
        errors.append("no_alert_articles is not every article except the shift articles")

    # Feeds: one per outlet, newest first.
    for slug, name in OUTLETS.items():
        items = sorted([(w, r) for s, w, r in records if s == slug], key=lambda x: x[0], reverse=True)
        if not items:
            errors.append(f"feed {slug}: no items")
            continue
        parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{slug}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set good-friday-agreement-1998</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{email.utils.format_datetime(items[0][0], usegmt=True)}</lastBuildDate>"]
        for when, r in items:
            parts += ["    <item>",
                      f"      <title>{escape(r['title'])}</title>",
                      f"      <link>{escape(r['url'])}</link>",
                      f'      <guid isPermaLink="true">{escape(r["url"])}</guid>',
                      f"      <pubDate>{email.utils.format_datetime(when, usegmt=True)}</pubDate>",
                      f"      <description>{escape(r['text'])}</description>",
                      "    </item>"]
        parts += ["  </channel>", "</rss>", ""]
        path = os.path.join(feed_dir, f"{slug}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(parts))
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(f"xmllint failed on {path}: {res.stderr.strip()}")

    # Set-level targets from the brief.
    all_claims = [c for aid in ids for c in claims_out[aid]]
    counts = {st: sum(1 for c in all_claims if c["stance"] == st) for st in (S, O, C)}
    unattributed = sum(1 for c in all_claims if not c["attributed"])
    empty = [i for i in ids if not claims_out[i]]
    if not 30 <= len(ids) <= 34:
        errors.append(f"{len(ids)} articles, want 30-34")
    if not 60 <= len(all_claims) <= 90:
        errors.append(f"{len(all_claims)} claims, want 60-90")
    if counts[C] < 6 or counts[S] == 0 or counts[O] == 0:
        errors.append(f"stance counts {counts}")
    if unattributed == 0:
        errors.append("no attributed:false claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append(f"{len(SHIFTS)} shifts, want 5-8")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    if sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O}) > 2:
        errors.append("more than two straight support/oppose reversals")
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} articles with no claims, want 3-4")
    if len(DUPLICATES) != 2 or not any(b in shift_articles or a in shift_articles for a, b in DUPLICATES):
        errors.append("need 2 duplicate pairs, one of them a shift article")
    if len(OUTLETS) not in (4, 5):
        errors.append("want 4-5 outlets")

    print(f"articles: {len(ids)}; claims: {len(all_claims)} {counts}; attributed false: {unattributed}")
    print(f"shifts: {len(SHIFTS)} in articles {shift_articles}; no-claim articles: {empty}")
    print("words per article: min %d, max %d" % (min(len(r['text'].split()) for _, _, r in records),
                                                 max(len(r['text'].split()) for _, _, r in records)))
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(build())
