#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set australia-voice-referendum-2023.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml and labels.json next to this file, then validates the set against
watchlist.yaml. Exits non-zero on any validation failure.

All article wording is original paraphrase written for this set; the set is not a source of facts.
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
    "tasman-wire": "Tasman Wire",
    "harbourline-post": "Harbourline Post",
    "redgum-ledger": "Redgum Ledger",
    "capital-circuit": "Capital Circuit",
    "bightwater-dispatch": "Bightwater Dispatch",
}

GOV = "albanese-government"
LIB = "liberals"
NAT = "nationals"
GRN = "greens"
THO = "lidia-thorpe"
ONE = "one-nation"

VOICE = "voice-in-constitution"
EXEC = "drop-executive-clause"
LEGIS = "legislated-voice-instead"
TREATY = "treaty-first"
RECOG = "recognition-only"
ABANDON = "abandon-referendum"


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Each article: published (UTC), outlet, slug, title, text, claims.
# Published times are chosen so that the UTC date equals the local (Australian) date in the dateline.
ARTICLES = [
    # 001
    dict(
        published="2023-01-13T02:30:00Z", outlet="tasman-wire", slug="dutton-wants-voice-detail-before-deciding",
        title="Dutton says Liberals open to Voice but need detail first",
        text=(
            "CANBERRA, Jan 13 (Tasman Wire) - Opposition Leader Peter Dutton said on Friday that his Liberal Party was "
            "open to backing an Indigenous Voice to Parliament but could not do so unless the government released far "
            "more detail on how the body would work, stepping up pressure on Prime Minister Anthony Albanese ahead of a "
            "referendum expected later this year.\n\n"
            "Dutton, who sent the prime minister a list of questions about the advisory body earlier in the week, said a "
            "draft bill setting out its membership and powers should be published well before voters went to the polls. "
            "Australians would be reluctant to approve a change nobody had explained to them, he said.\n\n"
            "Albanese said the government remained committed to putting a Voice in the constitution and accused his "
            "opponent of playing politics. He said the principles of the model were already public and that parliament "
            "would settle the details after a successful vote, as it does for other institutions.\n\n"
            "The Liberals' coalition partner, the Nationals, is already campaigning against the proposal. Party leader "
            "David Littleproud announced that decision in November.\n\n"
            "A spokesperson for Indigenous Australians Minister Linda Burney said the minister would keep meeting "
            "opposition MPs."
        ),
        claims=[
            c(LIB, VOICE, "conditional", "open to backing an Indigenous Voice to Parliament but could not do so unless"),
            c(GOV, VOICE, "support", "the government remained committed to putting a Voice in the constitution"),
            c(NAT, VOICE, "oppose", "the Nationals, is already campaigning against the proposal", False),
        ],
    ),
    # 002
    dict(
        published="2023-01-20T05:00:00Z", outlet="harbourline-post", slug="greens-let-thorpe-break-ranks-on-voice",
        title="Greens let Thorpe break ranks on Voice as party weighs its stance",
        text=(
            "CANBERRA, Jan 20 (Harbourline Post) - The Australian Greens have agreed that Senator Lidia Thorpe may vote "
            "differently from her colleagues on the Indigenous Voice to Parliament, formalising a rare split in a party "
            "that has yet to declare its own position on the referendum.\n\n"
            "Acting leader Mehreen Faruqi said on Friday that the Greens wanted the best outcome for First Nations people "
            "and would keep examining the government's plan constructively before making a final call. Leader Adam Bandt, "
            "who is on leave, took part in the party room discussion.\n\n"
            "Thorpe, the party's First Nations spokesperson, has argued that a treaty with Aboriginal nations must come "
            "before any advisory body. She said on Friday she would not back a Voice unless it protected the sovereignty "
            "of First Peoples.\n\n"
            "Prime Minister Anthony Albanese urged both the Greens and the opposition to get behind the change. He said "
            "the Voice was about recognising Indigenous Australians and listening to them, and that the referendum would "
            "go ahead this year.\n\n"
            "The Greens and the crossbench hold the balance of power in the Senate, and their votes may be needed to pass "
            "the bill that triggers the vote if the Coalition withholds support."
        ),
        claims=[
            c(GRN, VOICE, "conditional", "would keep examining the government's plan constructively before making a final call"),
            c(THO, TREATY, "support", "a treaty with Aboriginal nations must come before any advisory body"),
            c(THO, VOICE, "conditional", "she would not back a Voice unless it protected the sovereignty of First Peoples"),
            c(GOV, VOICE, "support", "urged both the Greens and the opposition to get behind the change"),
            c(GOV, ABANDON, "oppose", "the referendum would go ahead this year"),
        ],
    ),
    # 003
    dict(
        published="2023-01-26T06:10:00Z", outlet="redgum-ledger", slug="thorpe-tells-rally-treaty-must-come-first",
        title="Thorpe tells Invasion Day rally a treaty must come first",
        text=(
            "MELBOURNE, Jan 26 (Redgum Ledger) - Greens senator Lidia Thorpe told thousands of people marching through "
            "central Melbourne on Thursday that a treaty should be negotiated with First Nations before Australians were "
            "asked to vote on an Indigenous Voice.\n\n"
            "Speaking from the steps of the state parliament, Thorpe said she could not support the proposed Voice unless "
            "the government first committed to a treaty process. She drew loud cheers when she said her people had been "
            "asked to wait long enough.\n\n"
            "Her remarks put her at odds with several party colleagues, including Senator Sarah Hanson-Young, who have "
            "spoken warmly about the proposal. The Greens have said they will announce a formal position when parliament "
            "resumes next month.\n\n"
            "In Canberra, Albanese used his Australia Day address to say the nation had a chance this year to honour its "
            "first peoples. He did not mention the Voice by name.\n\n"
            "Marches were also held in Sydney, Brisbane and Perth. Police said the events passed largely without incident."
        ),
        claims=[
            c(THO, TREATY, "support", "a treaty should be negotiated with First Nations before Australians were asked to vote"),
            c(THO, VOICE, "conditional", "could not support the proposed Voice unless the government first committed to a treaty"),
        ],
    ),
    # 004 (shift: greens voice conditional -> support)
    dict(
        published="2023-02-06T09:30:00Z", outlet="capital-circuit", slug="greens-back-voice-after-thorpe-quits",
        title="Greens back Voice hours after Thorpe quits party",
        text=(
            "CANBERRA, Feb 6 (Capital Circuit) - The Australian Greens will campaign for a Yes vote in this year's "
            "referendum on an Indigenous Voice to Parliament, leader Adam Bandt said on Monday night, hours after Senator "
            "Lidia Thorpe quit the party to sit on the crossbench.\n\n"
            "Bandt said the party room had agreed to support the bill needed to hold the referendum and to back the Voice "
            "at the ballot box. He said the party had secured funding for truth-telling and treaty work and assurances that "
            "First Nations sovereignty would not be ceded, in exchange for its backing.\n\n"
            "The Greens still believed a treaty should come before a Voice, Bandt said, but opposing the referendum would "
            "not bring a treaty any closer.\n\n"
            "Thorpe told reporters at Parliament House that she wanted to represent the Blak sovereign movement and could "
            "not do so inside the Greens. She said she had not yet settled on her own position on the referendum.\n\n"
            "The decision gives the government a clearer path through the Senate if the Coalition opposes the bill. "
            "Government ministers have said the Voice would come first, with treaty and truth-telling to follow."
        ),
        claims=[
            c(GRN, VOICE, "support", "will campaign for a Yes vote in this year's referendum"),
            c(GRN, TREATY, "support", "The Greens still believed a treaty should come before a Voice"),
            c(GOV, TREATY, "oppose", "Government ministers have said the Voice would come first"),
        ],
    ),
    # 005 (duplicate of 004)
    dict(
        published="2023-02-06T11:45:00Z", outlet="bightwater-dispatch", slug="greens-to-campaign-for-yes-after-thorpe-exit",
        title="Greens to campaign for Yes after Thorpe walks out",
        text=(
            "CANBERRA, Feb 6 (Bightwater Dispatch) - The Greens will campaign for a Yes vote in this year's referendum on "
            "an Indigenous Voice to Parliament, party leader Adam Bandt announced on Monday night, only hours after Senator "
            "Lidia Thorpe left the party for the crossbench.\n\n"
            "According to Bandt, the party room agreed to support the bill required to hold the referendum and to back the "
            "Voice when Australians vote. He said the Greens had won funding for truth-telling and treaty work and "
            "assurances that First Nations sovereignty would not be ceded, in exchange for its backing.\n\n"
            "The Greens still believed a treaty should come before a Voice, he said, but voting against the referendum "
            "would not bring a treaty nearer.\n\n"
            "Thorpe told reporters at Parliament House that she wanted to speak for the Blak sovereign movement, which she "
            "said she could not do as a Greens senator. She had not yet settled on her own position on the vote, she "
            "added.\n\n"
            "The move eases the government's path through the Senate should the Coalition oppose the bill. Government "
            "ministers have said the Voice would come first, with treaty and truth-telling to follow."
        ),
        claims=[
            c(GRN, VOICE, "support", "will campaign for a Yes vote in this year's referendum"),
            c(GRN, TREATY, "support", "The Greens still believed a treaty should come before a Voice"),
            c(GOV, TREATY, "oppose", "Government ministers have said the Voice would come first"),
        ],
    ),
    # 006 (no claims)
    dict(
        published="2023-02-23T04:00:00Z", outlet="tasman-wire", slug="voice-working-group-meets-in-canberra",
        title="Voice working group meets in Canberra as wording decision nears",
        text=(
            "CANBERRA, Feb 23 (Tasman Wire) - Members of the government's Referendum Working Group met at Parliament House "
            "on Thursday to go over legal advice on the draft amendment, as officials prepared to settle the final wording "
            "of the referendum question within weeks.\n\n"
            "The group, made up of Indigenous leaders from around the country, has been examining whether the proposed "
            "words could invite court challenges. Several constitutional lawyers appeared before it, according to a person "
            "who attended.\n\n"
            "An official said no decision had been taken on when the final text would be announced. Commentators in "
            "Canberra have speculated that the Liberals could allow their MPs a free vote if the party room remains "
            "divided, and that the announcement might slip into April.\n\n"
            "Asked on Thursday when his party would decide its position, Opposition Leader Peter Dutton declined to say. "
            "The Greens did not send a representative to the meeting.\n\n"
            "The working group is expected to meet again in March, possibly outside the capital."
        ),
        claims=[],
    ),
    # 007
    dict(
        published="2023-03-09T03:00:00Z", outlet="redgum-ledger", slug="hanson-vows-to-fight-voice-and-treaty",
        title="Hanson vows One Nation will fight Voice and any treaty",
        text=(
            "CANBERRA, March 9 (Redgum Ledger) - One Nation leader Pauline Hanson said on Thursday her party would "
            "campaign against the Indigenous Voice to Parliament in every state and would oppose any move towards a "
            "treaty, calling both ideas divisive.\n\n"
            "Hanson told a press conference that writing a body for one group of Australians into the constitution would "
            "split the country along racial lines. She said her fellow senator Malcolm Roberts would help run the party's "
            "No effort in Queensland.\n\n"
            "Greens senator Sarah Hanson-Young responded that One Nation had always tried to divide people, and said the "
            "Greens would be out campaigning for Yes in every suburb. A successful referendum would be a first step, not "
            "the last word, on justice for First Nations people, she said.\n\n"
            "The Nationals and One Nation are so far the only parties in federal parliament to have formally declared "
            "against the proposal. The Liberals have said they will announce their position after the wording is "
            "finalised."
        ),
        claims=[
            c(ONE, VOICE, "oppose", "her party would campaign against the Indigenous Voice to Parliament"),
            c(ONE, TREATY, "oppose", "would oppose any move towards a treaty"),
            c(GRN, VOICE, "support", "Greens would be out campaigning for Yes in every suburb"),
            c(NAT, VOICE, "oppose", "to have formally declared against the proposal", False),
        ],
    ),
    # 008
    dict(
        published="2023-03-23T05:00:00Z", outlet="tasman-wire", slug="albanese-unveils-final-voice-question",
        title="Albanese unveils final Voice question, keeps executive government role",
        text=(
            "CANBERRA, March 23 (Tasman Wire) - Prime Minister Anthony Albanese on Thursday unveiled the question "
            "Australians will answer in the Voice referendum, struggling to hold back tears as he described it as a chance "
            "to recognise the First Peoples of Australia by giving them a say. He urged voters to say yes.\n\n"
            "The final text keeps the body's power to make representations to parliament and to the executive government, "
            "despite calls from some conservative lawyers to drop the second reference. Albanese said the words had been "
            "tested by the Solicitor-General and would stay. He also ruled out asking recognition and the Voice as two "
            "separate questions, saying Indigenous leaders had asked for recognition through a Voice.\n\n"
            "Julian Leeser, the opposition's spokesman on Indigenous Australians, said the Liberals would study the text "
            "closely. He said the party could still back a Voice if the reference to executive government was removed.\n\n"
            "The bill to set up the referendum will be introduced into parliament next week and then examined by a joint "
            "committee."
        ),
        claims=[
            c(GOV, VOICE, "support", "He urged voters to say yes"),
            c(GOV, EXEC, "oppose", "the words had been tested by the Solicitor-General and would stay"),
            c(GOV, RECOG, "oppose", "ruled out asking recognition and the Voice as two separate questions"),
            c(LIB, VOICE, "conditional", "the party could still back a Voice if the reference to executive government was removed"),
            c(LIB, EXEC, "support", "if the reference to executive government was removed"),
        ],
    ),
    # 009
    dict(
        published="2023-03-24T02:00:00Z", outlet="harbourline-post", slug="albanese-abandons-hope-of-dutton-deal",
        title="Albanese abandons hope of Dutton deal on Voice",
        text=(
            "MELBOURNE, March 24 (Harbourline Post) - Anthony Albanese said on Friday he no longer expected Peter Dutton to "
            "back the Indigenous Voice, accusing the opposition leader of demanding ever more detail as a way of avoiding a "
            "decision.\n\n"
            "Campaigning in the Melbourne seat of Aston ahead of a by-election, the prime minister said no amount of "
            "information would ever satisfy his opponent. The referendum would be held in the second half of the year "
            "whatever the Liberals decided, he said.\n\n"
            "Dutton made no public appearances on Friday. His office said he would talk to colleagues over the coming "
            "fortnight.\n\n"
            "Bridget Archer, a Liberal backbencher from Tasmania, said she would vote Yes regardless of what her party "
            "decided. Some moderate Liberals said privately that the final wording had not eased their concerns.\n\n"
            "Analysts said the government appeared to be preparing for a campaign without bipartisan support, something no "
            "successful referendum in Australia has managed."
        ),
        claims=[
            c(GOV, ABANDON, "oppose", "would be held in the second half of the year whatever the Liberals decided"),
        ],
    ),
    # 010
    dict(
        published="2023-03-30T01:30:00Z", outlet="capital-circuit", slug="dreyfus-introduces-voice-bill",
        title="Dreyfus introduces Voice bill, says only the constitution can protect it",
        text=(
            "CANBERRA, March 30 (Capital Circuit) - Attorney-General Mark Dreyfus introduced the bill for the Voice "
            "referendum into the House of Representatives on Thursday, telling MPs that the power to advise the executive "
            "government was central to the proposal.\n\n"
            "Dreyfus said a Voice created by ordinary legislation could be abolished by any future parliament, which was why "
            "the government wanted it written into the constitution. Laws setting out the body's make-up would follow a "
            "successful vote, he said.\n\n"
            "The bill will be examined by a joint select committee, which is due to report in May. Debate is expected to "
            "resume after the committee hands down its findings.\n\n"
            "The Nationals, who are campaigning against the Voice, said they would put their case to the committee. The "
            "Liberals, still undecided, want more detail before they can back it. Their party room is due to meet next "
            "week."
        ),
        claims=[
            c(GOV, EXEC, "oppose", "the power to advise the executive government was central to the proposal"),
            c(GOV, LEGIS, "oppose", "a Voice created by ordinary legislation could be abolished by any future parliament"),
            c(NAT, VOICE, "oppose", "The Nationals, who are campaigning against the Voice", False),
            c(LIB, VOICE, "conditional", "want more detail before they can back it", False),
        ],
    ),
    # 011 (shift: liberals voice conditional -> oppose)
    dict(
        published="2023-04-05T07:00:00Z", outlet="tasman-wire", slug="liberals-to-campaign-against-voice",
        title="Liberals to campaign against Voice, Dutton offers legislated regional bodies",
        text=(
            "CANBERRA, April 5 (Tasman Wire) - The Liberal Party will oppose the Indigenous Voice to Parliament at the "
            "referendum, Opposition Leader Peter Dutton said on Wednesday after a long party room meeting, ending months "
            "in which the opposition had kept its options open.\n\n"
            "Dutton said the proposal was divisive and short on detail, and that the party would campaign for a No vote. "
            "Instead, a Coalition government would set up local and regional Indigenous voices through ordinary "
            "legislation, he said.\n\n"
            "He said the Liberals still supported recognising Aboriginal and Torres Strait Islander people in the "
            "constitution, and would back a referendum on recognition alone. The party would not obstruct the bill needed "
            "to hold the vote, he added, because Australians deserved to have their say.\n\n"
            "Frontbenchers will be bound by the decision, while backbenchers may campaign as they wish.\n\n"
            "Albanese called the decision disappointing but said it did not surprise him."
        ),
        claims=[
            c(LIB, VOICE, "oppose", "The Liberal Party will oppose the Indigenous Voice to Parliament at the referendum"),
            c(LIB, LEGIS, "support", "would set up local and regional Indigenous voices through ordinary legislation"),
            c(LIB, RECOG, "support", "would back a referendum on recognition alone"),
            c(LIB, ABANDON, "oppose", "would not obstruct the bill needed to hold the vote"),
        ],
    ),
    # 012
    dict(
        published="2023-04-06T03:30:00Z", outlet="redgum-ledger", slug="wyatt-quits-liberals-over-voice",
        title="Wyatt quits Liberals over Voice decision",
        text=(
            "PERTH, April 6 (Redgum Ledger) - Ken Wyatt, the first Aboriginal person to serve in a federal cabinet, has "
            "resigned from the Liberal Party in protest at its stance on the Indigenous Voice, he said on Thursday.\n\n"
            "Wyatt, who was minister for Indigenous Australians in the Morrison government and lost his seat at last year's "
            "election, said the party had failed to listen to Indigenous communities. He said he would campaign for Yes in "
            "Western Australia.\n\n"
            "Western Australia's Labor premier, Mark McGowan, said his government would back the Yes campaign and urged "
            "state Liberals to do the same. Tasmania's Liberal premier, Jeremy Rockliff, has also said he supports the "
            "change.\n\n"
            "The federal Liberals resolved on Wednesday to campaign for No and to offer legislated regional bodies instead. "
            "A party spokesperson said Wyatt's decision was a matter for him."
        ),
        claims=[
            c(LIB, VOICE, "oppose", "The federal Liberals resolved on Wednesday to campaign for No", False),
            c(LIB, LEGIS, "support", "to offer legislated regional bodies instead", False),
        ],
    ),
    # 013
    dict(
        published="2023-04-11T06:00:00Z", outlet="harbourline-post", slug="leeser-quits-frontbench-to-back-voice",
        title="Leeser quits frontbench to campaign for Voice",
        text=(
            "CANBERRA, April 11 (Harbourline Post) - Julian Leeser resigned on Tuesday as the opposition's spokesman for "
            "Indigenous Australians and as shadow attorney-general so that he could campaign for the Voice, breaking with "
            "the Liberal Party's decision of last week.\n\n"
            "Leeser said he would argue for a Yes vote from the backbench and would put forward changes to the wording that "
            "he believed would win over wavering voters, including removing the reference to the executive government.\n\n"
            "Peter Dutton said he respected his colleague's choice. He denied that the resignation would soften the party's "
            "line, saying the Liberals remained opposed to the Voice and would campaign against it.\n\n"
            "Senator Michaelia Cash will take over as shadow attorney-general, and Senator Jacinta Nampijinpa Price, who "
            "sits in the Nationals party room, becomes the opposition's spokeswoman for Indigenous Australians."
        ),
        claims=[
            c(LIB, VOICE, "oppose", "the Liberals remained opposed to the Voice and would campaign against it"),
        ],
    ),
    # 014
    dict(
        published="2023-04-17T04:30:00Z", outlet="bightwater-dispatch", slug="government-rejects-leeser-wording-plan",
        title="Government rejects Leeser's plan to rewrite Voice amendment",
        text=(
            "CANBERRA, April 17 (Bightwater Dispatch) - The government on Monday rejected proposals from Liberal MP Julian "
            "Leeser to change the Voice amendment, saying the text had been settled after months of work with Indigenous "
            "leaders and legal experts.\n\n"
            "Leeser, who quit the opposition frontbench last week, had suggested removing the body's power to make "
            "representations to the executive government and giving parliament explicit control over its role. He said the "
            "changes would bring more conservative voters to the Yes side.\n\n"
            "Indigenous Australians Minister Linda Burney said the government would not reopen the wording. The Greens also "
            "said they would resist any attempt to weaken the amendment, with leader Adam Bandt warning that dropping the "
            "executive government would leave the body talking only to parliament.\n\n"
            "Opposition Leader Peter Dutton said the suggested changes would not alter the Liberals' view that the Voice "
            "should be rejected."
        ),
        claims=[
            c(GOV, EXEC, "oppose", "the government would not reopen the wording"),
            c(GRN, EXEC, "oppose", "would resist any attempt to weaken the amendment"),
            c(LIB, VOICE, "oppose", "would not alter the Liberals' view that the Voice should be rejected"),
        ],
    ),
    # 015
    dict(
        published="2023-05-12T03:00:00Z", outlet="capital-circuit", slug="committee-backs-voice-bill-unchanged",
        title="Committee backs Voice bill unchanged; Liberal members dissent",
        text=(
            "CANBERRA, May 12 (Capital Circuit) - A parliamentary committee has recommended that the bill for the Indigenous "
            "Voice referendum be passed without amendment, rejecting calls to strip out the body's power to advise the "
            "executive government.\n\n"
            "The committee's majority endorsed the text in its final report on Friday. Liberal members issued a dissenting "
            "report arguing that the reference to the executive government should be deleted because it would invite legal "
            "challenges and slow decisions.\n\n"
            "Attorney-General Mark Dreyfus welcomed the majority findings and said the government would bring the bill back "
            "to the House unchanged later this month.\n\n"
            "The Nationals were not part of the dissent. Speaking separately on Friday, party leader David Littleproud said the "
            "Nationals still opposed a constitutional Voice and that legislated local bodies would do more for remote "
            "communities."
        ),
        claims=[
            c(LIB, EXEC, "support", "the reference to the executive government should be deleted"),
            c(GOV, EXEC, "oppose", "would bring the bill back to the House unchanged"),
            c(NAT, VOICE, "oppose", "Nationals still opposed a constitutional Voice"),
            c(NAT, LEGIS, "support", "legislated local bodies would do more for remote communities"),
        ],
    ),
    # 016 (shift: thorpe voice conditional -> oppose)
    dict(
        published="2023-05-28T02:00:00Z", outlet="tasman-wire", slug="thorpe-cannot-back-powerless-voice",
        title="Thorpe turns on Voice, says she may abstain in Senate",
        text=(
            "MELBOURNE, May 28 (Tasman Wire) - Independent senator Lidia Thorpe said on Sunday she could not support the "
            "Indigenous Voice because it would give First Nations people no real power, but she ruled out joining the No "
            "campaign, which she said had been fuelled by racist rhetoric.\n\n"
            "Thorpe told a television interviewer that she was considering abstaining when the Senate votes next month on "
            "the bill to trigger the referendum. She said she would move an amendment recognising the sovereignty of First "
            "Nations peoples.\n\n"
            "What her people wanted, she said, was a treaty, and she would keep pressing for one ahead of any change to the "
            "constitution.\n\n"
            "The former Greens senator, who left the party in February, said she was in neither camp. She denied that she "
            "was helping the No side by criticising the proposal.\n\n"
            "Greens leader Adam Bandt said his party's position had not changed and it would vote for the bill."
        ),
        claims=[
            c(THO, VOICE, "oppose", "she could not support the Indigenous Voice"),
            c(THO, TREATY, "support", "she would keep pressing for one ahead of any change to the constitution"),
            c(GRN, VOICE, "support", "his party's position had not changed and it would vote for the bill"),
        ],
    ),
    # 017
    dict(
        published="2023-05-31T09:00:00Z", outlet="redgum-ledger", slug="house-passes-voice-referendum-bill",
        title="House passes Voice referendum bill 121-25",
        text=(
            "CANBERRA, May 31 (Redgum Ledger) - The House of Representatives passed the bill for a referendum on an "
            "Indigenous Voice to Parliament on Wednesday by 121 votes to 25, sending it to the Senate, which is expected to "
            "deal with it in June.\n\n"
            "Labor, the Greens and the crossbench voted in favour, as did most Liberals including Opposition Leader Peter "
            "Dutton, whose party will campaign for No but says voters should be allowed to decide. All of the Nationals' "
            "MPs voted against the bill.\n\n"
            "Ten Liberals also voted no so that they could help draft the official No case in the pamphlet to be mailed to "
            "every household, a step the party had arranged in advance.\n\n"
            "Amendments from Liberal backbencher Julian Leeser to remove the Voice's power to advise the executive "
            "government were defeated. Attorney-General Mark Dreyfus said the changes were neither needed nor wise.\n\n"
            "Indigenous Australians Minister Linda Burney said parliament had done its job and the campaign could now begin."
        ),
        claims=[
            c(GOV, VOICE, "support", "Labor, the Greens and the crossbench voted in favour"),
            c(GRN, VOICE, "support", "Labor, the Greens and the crossbench voted in favour"),
            c(LIB, ABANDON, "oppose", "as did most Liberals including Opposition Leader Peter Dutton"),
            c(LIB, VOICE, "oppose", "whose party will campaign for No", False),
            c(NAT, VOICE, "oppose", "All of the Nationals' MPs voted against the bill"),
            c(GOV, EXEC, "oppose", "the changes were neither needed nor wise"),
        ],
    ),
    # 018
    dict(
        published="2023-06-19T03:00:00Z", outlet="harbourline-post", slug="senate-passes-voice-bill",
        title="Senate passes Voice bill, referendum to be held by year's end",
        text=(
            "CANBERRA, June 19 (Harbourline Post) - The Senate passed the bill for the Voice referendum on Monday by 52 votes "
            "to 19, clearing the way for Australians to vote on the proposal before the end of the year.\n\n"
            "Shadow attorney-general Michaelia Cash said the change would undermine equal citizenship and that the Liberals "
            "would campaign hard against it. Most Liberal senators nonetheless voted for the bill, which Cash said reflected "
            "the party's belief that the people should have their say.\n\n"
            "Independent senator Lidia Thorpe voted against the bill after telling the chamber it offered her people nothing "
            "but an advisory body without power. Pauline Hanson and Senator Jacinta Nampijinpa Price of the Nationals also "
            "voted no.\n\n"
            "Indigenous Australians Minister Linda Burney, watching from the floor of the chamber, said the question was now "
            "in the hands of voters.\n\n"
            "The government must now set a date for the referendum, which by law has to be held between two and six months "
            "from now."
        ),
        claims=[
            c(LIB, VOICE, "oppose", "the Liberals would campaign hard against it"),
            c(LIB, ABANDON, "oppose", "the people should have their say"),
            c(THO, VOICE, "oppose", "Lidia Thorpe voted against the bill"),
            c(ONE, VOICE, "oppose", "Pauline Hanson and Senator Jacinta Nampijinpa Price of the Nationals also voted no"),
            c(NAT, VOICE, "oppose", "Pauline Hanson and Senator Jacinta Nampijinpa Price of the Nationals also voted no"),
        ],
    ),
    # 019 (shift: liberals abandon-referendum oppose -> support)
    dict(
        published="2023-06-22T01:30:00Z", outlet="redgum-ledger", slug="dutton-urges-albanese-to-call-off-voice-vote",
        title="Dutton urges Albanese to call off Voice referendum",
        text=(
            "SYDNEY, June 22 (Redgum Ledger) - Opposition Leader Peter Dutton called on Thursday for Prime Minister Anthony "
            "Albanese to call off the referendum on an Indigenous Voice, saying opinion polls showed the proposal was "
            "heading for defeat and the campaign was dividing the country.\n\n"
            "Speaking on Sydney radio, Dutton said the prime minister should make a decision in the national interest and "
            "drop the vote, and put his energy into practical help for Indigenous communities and into the cost of living.\n\n"
            "Only three days earlier, most Liberal senators had voted to let the referendum proceed, saying Australians "
            "should have their say.\n\n"
            "He also repeated his criticism of the Voice itself, saying it could slow government decisions across every "
            "portfolio and that his party would keep campaigning against it.\n\n"
            "A spokesperson for the prime minister said the government had no intention of changing course."
        ),
        claims=[
            c(LIB, ABANDON, "support", "call off the referendum on an Indigenous Voice"),
            c(LIB, VOICE, "oppose", "his party would keep campaigning against it"),
            c(GOV, ABANDON, "oppose", "the government had no intention of changing course"),
        ],
    ),
    # 020
    dict(
        published="2023-06-25T04:00:00Z", outlet="bightwater-dispatch", slug="albanese-rejects-call-to-shelve-voice",
        title="Albanese rejects Dutton call to shelve Voice vote",
        text=(
            "CANBERRA, June 25 (Bightwater Dispatch) - Prime Minister Anthony Albanese on Sunday dismissed Peter Dutton's "
            "call to put the Voice referendum on ice, saying a side that never leaves the dressing room cannot expect to win "
            "a match.\n\n"
            "Albanese acknowledged that a No result would be a setback for reconciliation, but said there was no "
            "circumstance in which he would not put the question to the Australian people this year. He said the "
            "opposition leader wanted the vote scrapped because he feared the public would back it.\n\n"
            "Indigenous Australians Minister Linda Burney said treaty and truth-telling work would follow the Voice, in the "
            "order the Uluru Statement from the Heart had set out, and that putting the Voice first was right.\n\n"
            "Polls published this month suggest support for the change has slipped below 50 per cent in several states."
        ),
        claims=[
            c(GOV, ABANDON, "oppose", "no circumstance in which he would not put the question to the Australian people"),
            c(LIB, ABANDON, "support", "the opposition leader wanted the vote scrapped", False),
            c(GOV, TREATY, "oppose", "treaty and truth-telling work would follow the Voice"),
        ],
    ),
    # 021 (no claims)
    dict(
        published="2023-07-24T02:00:00Z", outlet="capital-circuit", slug="aec-begins-printing-voice-pamphlet",
        title="Electoral commission starts printing Yes and No pamphlet",
        text=(
            "CANBERRA, July 24 (Capital Circuit) - The Australian Electoral Commission said on Monday it had begun printing "
            "the official pamphlet setting out the Yes and No cases for the Voice referendum and expected to deliver it to "
            "more than 12 million households before voting begins.\n\n"
            "Electoral commissioner Tom Rogers told a briefing at the commission's offices in Canberra that it was recruiting "
            "tens of thousands of temporary staff and would run polling places in remote communities over several weeks.\n\n"
            "Each case runs to about 2,000 words and was written by the parliamentarians who voted for and against the bill. "
            "The commission does not check the content of either case.\n\n"
            "The referendum date has not yet been set. A government source said an announcement was likely before the end "
            "of August, and commentators expect a date in mid-October. Asked whether the opposition would seek any change to "
            "the timetable, a spokesperson for Peter Dutton declined to comment."
        ),
        claims=[],
    ),
    # 022
    dict(
        published="2023-08-30T04:00:00Z", outlet="tasman-wire", slug="voice-referendum-set-for-october-14",
        title="Voice referendum set for October 14",
        text=(
            "ADELAIDE, Aug 30 (Tasman Wire) - Australians will vote on October 14 on whether to write an Indigenous Voice to "
            "Parliament into the constitution, Prime Minister Anthony Albanese announced on Wednesday at a rally in "
            "Adelaide's northern suburbs.\n\n"
            "Albanese told a crowd of supporters that the change was a modest request from Indigenous Australians to be "
            "heard on matters that affect them, and that a Yes vote would bring the country together. He said the "
            "government would campaign for it in every corner of the country.\n\n"
            "In Brisbane, Opposition Leader Peter Dutton said he would be voting No and urged Australians with doubts about "
            "the proposal to do the same. He said the change would divide the country by race.\n\n"
            "Polls show the No side ahead in most states. To succeed, the proposal needs a majority of voters nationally "
            "and in at least four of the six states."
        ),
        claims=[
            c(GOV, VOICE, "support", "government would campaign for it in every corner of the country"),
            c(LIB, VOICE, "oppose", "he would be voting No"),
        ],
    ),
    # 023 (duplicate of 022)
    dict(
        published="2023-08-30T06:30:00Z", outlet="harbourline-post", slug="albanese-names-october-14-for-voice-vote",
        title="Albanese names October 14 for Voice vote",
        text=(
            "ADELAIDE, Aug 30 (Harbourline Post) - The referendum on an Indigenous Voice to Parliament will be held on "
            "October 14, Prime Minister Anthony Albanese told a rally of supporters in Adelaide's northern suburbs on "
            "Wednesday.\n\n"
            "Albanese described the change as a modest request from Indigenous Australians to be heard on the matters that "
            "affect them, and said a Yes vote would unite the country. He said the government would campaign for it in "
            "every corner of the country.\n\n"
            "Speaking in Brisbane, Opposition Leader Peter Dutton said he would be voting No and called on Australians who "
            "had doubts to do likewise. The change would divide Australians by race, he said.\n\n"
            "Published polls put the No side in front in most states. The proposal needs a national majority as well as "
            "majorities in at least four of the six states to pass."
        ),
        claims=[
            c(GOV, VOICE, "support", "government would campaign for it in every corner of the country"),
            c(LIB, VOICE, "oppose", "he would be voting No"),
        ],
    ),
    # 024
    dict(
        published="2023-09-03T03:00:00Z", outlet="bightwater-dispatch", slug="dutton-pledges-second-referendum-on-recognition",
        title="Dutton pledges second referendum on recognition if Voice fails",
        text=(
            "BRISBANE, Sept 3 (Bightwater Dispatch) - Peter Dutton said on Sunday that a Coalition government would hold a "
            "second referendum, this time on recognising Indigenous Australians in the constitution without a Voice, if the "
            "October 14 vote fails.\n\n"
            "The opposition leader told a television interview that recognition was the right and respectful thing to do, "
            "but that enshrining an advisory body would split the nation in two. He said he would also be happy to work "
            "with Labor on legislated regional voices.\n\n"
            "Nationals leader David Littleproud said his party would support another referendum on recognition so long as "
            "due process was followed, including a constitutional convention to settle the words. He said the Nationals had "
            "always been willing to be constructive on recognition but remained opposed to the Voice.\n\n"
            "Supporters of the Yes campaign said Indigenous communities had already rejected symbolic recognition on its "
            "own during consultations before the Uluru Statement."
        ),
        claims=[
            c(LIB, RECOG, "support", "on recognising Indigenous Australians in the constitution without a Voice"),
            c(LIB, VOICE, "oppose", "enshrining an advisory body would split the nation in two"),
            c(LIB, LEGIS, "support", "happy to work with Labor on legislated regional voices"),
            c(NAT, RECOG, "conditional", "would support another referendum on recognition so long as due process was followed"),
            c(NAT, VOICE, "oppose", "remained opposed to the Voice"),
        ],
    ),
    # 025
    dict(
        published="2023-09-07T03:30:00Z", outlet="redgum-ledger", slug="albanese-mocks-dutton-second-referendum",
        title="Albanese mocks Dutton's second referendum; Price will not commit",
        text=(
            "CANBERRA, Sept 7 (Redgum Ledger) - Prime Minister Anthony Albanese on Thursday rejected Peter Dutton's plan for "
            "a second referendum on recognition alone, saying the opposition leader was already drafting a second act while "
            "trying to wreck the first.\n\n"
            "Albanese said the best way to recognise Indigenous Australians was through the Voice on October 14 and that he "
            "believed in getting things right the first time. A recognition-only question was not something Indigenous "
            "leaders had asked for, he said.\n\n"
            "Senator Jacinta Nampijinpa Price, the opposition's spokeswoman for Indigenous Australians and a leader of the "
            "No campaign, was asked repeatedly in a television interview whether she backed Dutton's plan. She declined to "
            "say, telling the interviewer the idea needed further discussion in the party rooms and that her focus was on "
            "the current vote.\n\n"
            "Liberal MPs Bridget Archer and Julian Leeser, who back the Voice, also criticised the idea of a second vote."
        ),
        claims=[
            c(GOV, RECOG, "oppose", "rejected Peter Dutton's plan for a second referendum on recognition alone"),
            c(LIB, RECOG, "support", "Peter Dutton's plan for a second referendum on recognition alone", False),
            c(GOV, VOICE, "support", "the best way to recognise Indigenous Australians was through the Voice on October 14"),
        ],
    ),
    # 026
    dict(
        published="2023-09-11T05:00:00Z", outlet="tasman-wire", slug="dutton-demands-pm-pull-voice-referendum",
        title="Voice vote in doubt as Dutton demands PM pull referendum",
        text=(
            "CANBERRA, Sept 11 (Tasman Wire) - Opposition Leader Peter Dutton on Monday urged Anthony Albanese in parliament "
            "to withdraw the Voice referendum, accusing the prime minister of mishandling the proposal and warning that a "
            "failed vote would set back reconciliation.\n\n"
            "Dutton used the first question of Question Time to ask whether Albanese would pull what the opposition calls "
            "the Canberra Voice so the country could avoid a divisive result. Polls published on the weekend showed the No "
            "side well ahead.\n\n"
            "Albanese, who returned from overseas summits on Monday morning, said the timetable had been clear for more than "
            "a year and the vote would go ahead on October 14 as planned. It was up to Australians, not politicians, to "
            "decide, he said.\n\n"
            "Greens leader Adam Bandt was not in the chamber for the exchange."
        ),
        claims=[
            c(LIB, ABANDON, "support", "urged Anthony Albanese in parliament to withdraw the Voice referendum"),
            c(GOV, ABANDON, "oppose", "the vote would go ahead on October 14 as planned"),
        ],
    ),
    # 027
    dict(
        published="2023-09-14T04:00:00Z", outlet="bightwater-dispatch", slug="price-makes-no-case-at-press-club",
        title="Price tells Press Club a Voice would entrench division",
        text=(
            "CANBERRA, Sept 14 (Bightwater Dispatch) - Nationals senator Jacinta Nampijinpa Price told the National Press "
            "Club on Thursday that a Voice in the constitution would entrench division and do nothing for children in remote "
            "communities, as she made the case for a No vote a month before the referendum.\n\n"
            "Price, who leads the Coalition's Indigenous affairs portfolio, said she also saw no need for a treaty, arguing "
            "that Australians were already one people under the law. Her comments about the effects of colonisation drew "
            "criticism from Yes campaigners and several Labor ministers.\n\n"
            "Indigenous Australians Minister Linda Burney said later that the remarks were hurtful to many Aboriginal "
            "families. She did not take questions.\n\n"
            "Nationals leader David Littleproud said Price had his full support."
        ),
        claims=[
            c(NAT, VOICE, "oppose", "a Voice in the constitution would entrench division"),
            c(NAT, TREATY, "oppose", "she also saw no need for a treaty"),
        ],
    ),
    # 028 (no claims)
    dict(
        published="2023-10-02T01:00:00Z", outlet="capital-circuit", slug="early-voting-opens-in-voice-referendum",
        title="Early voting opens in Voice referendum",
        text=(
            "SYDNEY, Oct 2 (Capital Circuit) - Early voting in the Voice referendum opened on Monday in most of the country, "
            "with queues forming outside some pre-polling centres in Sydney, Melbourne and Perth before the doors opened.\n\n"
            "The electoral commission said about 17.6 million people had enrolled, a record share of eligible Australians. "
            "Mobile teams have been visiting remote communities in the Northern Territory and Western Australia since "
            "mid-September.\n\n"
            "Volunteers from both campaigns handed out leaflets outside polling places, and organisers on both sides said "
            "they expected a high turnout. The commission has put the price of running the vote at several hundred million "
            "dollars.\n\n"
            "Analysts said the result could hinge on outer-suburban and regional seats in Queensland and Western Australia, "
            "and that the No campaign's lead in published polls might narrow in the final fortnight. The prime minister was "
            "in Sydney and the opposition leader in Brisbane, though neither held a press conference."
        ),
        claims=[],
    ),
    # 029
    dict(
        published="2023-10-09T03:00:00Z", outlet="tasman-wire", slug="thorpe-will-not-vote-yes",
        title="Thorpe says she will not vote Yes as campaign enters final week",
        text=(
            "MELBOURNE, Oct 9 (Tasman Wire) - With five days left before the referendum, independent senator Lidia Thorpe "
            "said on Monday she would not be voting Yes and repeated her call for a treaty and a national truth-telling "
            "process to come before any constitutional change.\n\n"
            "Thorpe told a small gathering outside the Victorian parliament that she wanted her supporters to think about "
            "sovereignty when they voted, but she would not tell them how to fill in their ballots.\n\n"
            "Greens senator Dorinda Cox, who took over the party's First Nations portfolio after Thorpe left, said the Greens "
            "remained firmly behind the Yes campaign and would push for treaty and truth-telling whatever the outcome.\n\n"
            "In Queensland, Pauline Hanson handed out leaflets at a pre-polling centre and said a Yes vote would divide "
            "Australians by race."
        ),
        claims=[
            c(THO, VOICE, "oppose", "she would not be voting Yes"),
            c(THO, TREATY, "support", "a treaty and a national truth-telling process to come before any constitutional change"),
            c(GRN, VOICE, "support", "the Greens remained firmly behind the Yes campaign"),
            c(ONE, VOICE, "oppose", "a Yes vote would divide Australians by race"),
        ],
    ),
    # 030
    dict(
        published="2023-10-14T11:30:00Z", outlet="redgum-ledger", slug="australians-reject-voice",
        title="Australians reject Indigenous Voice in referendum",
        text=(
            "CANBERRA, Oct 14 (Redgum Ledger) - Australians on Saturday rejected a proposal to write an Indigenous Voice to "
            "Parliament into the constitution, with the No side winning a clear majority nationally and in every state.\n\n"
            "Prime Minister Anthony Albanese said he accepted the verdict and that the government would not try to set up a "
            "Voice through legislation after voters had turned it down. He said he remained proud to have put the question "
            "and that the search for better ways to close the gap would continue.\n\n"
            "Opposition Leader Peter Dutton said in Brisbane that the result was good for the country and that Australians "
            "had been right to reject a change that would have divided them.\n\n"
            "Independent senator Lidia Thorpe said in a television interview that the country had needed truth-telling and "
            "healing first, not a yes-or-no vote.\n\n"
            "Counting will continue over the coming days, but the electoral commission said the outcome was not in doubt."
        ),
        claims=[
            c(GOV, LEGIS, "oppose", "the government would not try to set up a Voice through legislation"),
            c(LIB, VOICE, "oppose", "had been right to reject a change that would have divided them"),
            c(THO, TREATY, "support", "the country had needed truth-telling and healing first"),
        ],
    ),
    # 031 (shift: liberals recognition-only support -> conditional)
    dict(
        published="2023-10-16T00:30:00Z", outlet="harbourline-post", slug="dutton-steps-back-from-second-referendum",
        title="Dutton steps back from second referendum pledge",
        text=(
            "BRISBANE, Oct 16 (Harbourline Post) - Opposition Leader Peter Dutton on Monday stepped back from his pledge to "
            "hold a second referendum on Indigenous recognition, saying Australians were probably tired of referendums for "
            "some time after Saturday's defeat of the Voice.\n\n"
            "Dutton told a breakfast television program that recognition remained Coalition policy, but that no leader "
            "should take a question to the people unless confident it would pass. He said he did not regret campaigning "
            "against the Voice.\n\n"
            "He said the policy would be reviewed by Senator Jacinta Nampijinpa Price and Senator Kerrynne Liddle.\n\n"
            "Nationals leader David Littleproud said the result had to be accepted and that the government should now turn "
            "to the cost of living. The prime minister's office declined to comment on the opposition's change of heart."
        ),
        claims=[
            c(LIB, RECOG, "conditional", "no leader should take a question to the people unless confident it would pass"),
            c(LIB, VOICE, "oppose", "he did not regret campaigning against the Voice"),
        ],
    ),
    # 032 (no claims)
    dict(
        published="2023-10-22T02:00:00Z", outlet="bightwater-dispatch", slug="voice-leaders-end-week-of-silence",
        title="Indigenous Yes leaders end week of silence with open letter",
        text=(
            "SYDNEY, Oct 22 (Bightwater Dispatch) - Indigenous leaders who campaigned for the Voice ended a week of silence "
            "on Sunday with an open letter describing the referendum result as deeply wounding and saying reconciliation "
            "had been set back.\n\n"
            "The letter, signed by dozens of community leaders, academics and members of land councils, was released "
            "without a press conference. Its authors said they would not be commenting further for now.\n\n"
            "Flags at several Aboriginal community organisations flew at half-mast during the week. Some leaders said they "
            "would turn their attention to state-based treaty processes.\n\n"
            "Asked on Sunday whether the government would now pursue a treaty, a spokesperson for the prime minister "
            "declined to say. The Lodge issued no statement. Political analysts in Canberra said the government was likely "
            "to focus on economic issues for the rest of the year."
        ),
        claims=[],
    ),
]

SHIFTS = [
    dict(actor=GRN, issue=VOICE, frm="conditional", to="support", article="004",
         why="Bandt announces after the party room meeting that the Greens will campaign for Yes; in 002 the party was still "
             "only examining the plan constructively before a final call. 005 is the same story and must not alert again."),
    dict(actor=LIB, issue=VOICE, frm="conditional", to="oppose", article="011",
         why="The Liberal party room decides to oppose the Voice; in 001 and 008 the party was open to it on conditions "
             "(more detail; dropping the executive-government words)."),
    dict(actor=THO, issue=VOICE, frm="conditional", to="oppose", article="016",
         why="Thorpe says she cannot support the Voice because it gives no real power; in 002 and 003 she would back it only "
             "with sovereignty protected or a treaty first. Refusing to join the No campaign does not make her position conditional."),
    dict(actor=LIB, issue=ABANDON, frm="oppose", to="support", article="019",
         why="Dutton calls on Albanese to call off the referendum; in 011 and 018 the Liberals would not obstruct the vote "
             "because the people should have their say."),
    dict(actor=LIB, issue=RECOG, frm="support", to="conditional", article="031",
         why="After the defeat Dutton says no leader should put a question unless confident it would pass; in 011 and 024 "
             "he promised a recognition-only referendum outright."),
]

STANCES = {"support", "oppose", "conditional"}
DATELINE = re.compile(r"^[A-Z][A-Z .'-]+, (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(([^)]+)\) - ")
MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
    return actors, issues, baseline


def build():
    arts = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        dt = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (a["outlet"], dt.year, dt.month, dt.day, a["slug"])
        arts.append(dict(id=aid, dt=dt, published=a["published"], outlet=a["outlet"], source=OUTLETS[a["outlet"]],
                         url=url, title=a["title"], text=a["text"], claims=a["claims"]))
    return arts


def write(arts):
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in arts:
        obj = {"id": a["id"], "published": a["published"], "source": a["source"], "url": a["url"],
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in arts if a["outlet"] == slug], key=lambda a: a["dt"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set "
               "australia-voice-referendum-2023</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["dt"], usegmt=True)]
        for a in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(a["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(a["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(a["dt"], usegmt=True),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
    shift_ids = sorted({s["article"] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: a["claims"] for a in arts},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in arts if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return labels


def validate(arts, labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist has %d actors" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist has %d issues" % len(issues))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES:
            errors.append("bad baseline row %r" % (b,))
    # ids and order
    prev = None
    for i, a in enumerate(arts, start=1):
        if a["id"] != "%03d" % i:
            errors.append("id out of sequence: %s" % a["id"])
        if prev and a["dt"] < prev:
            errors.append("%s published before the previous article" % a["id"])
        prev = a["dt"]
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append("%s has %d words" % (a["id"], words))
        m = DATELINE.match(a["text"])
        if not m:
            errors.append("%s lacks a dateline" % a["id"])
        else:
            if m.group(2) != a["source"]:
                errors.append("%s dateline outlet %r != %r" % (a["id"], m.group(2), a["source"]))
            expect = "%s %d" % (MONTHS[a["dt"].month], a["dt"].day)
            if expect not in a["text"][: m.end()]:
                errors.append("%s dateline date does not match %s" % (a["id"], expect))
        for cl in a["claims"]:
            if cl["actor"] not in actors:
                errors.append("%s unknown actor %s" % (a["id"], cl["actor"]))
            if cl["issue"] not in issues:
                errors.append("%s unknown issue %s" % (a["id"], cl["issue"]))
            if cl["stance"] not in STANCES:
                errors.append("%s bad stance %s" % (a["id"], cl["stance"]))
            if not isinstance(cl["attributed"], bool):
                errors.append("%s attributed not bool" % a["id"])
            if cl["quote"] not in a["text"]:
                errors.append("%s quote not in text: %r" % (a["id"], cl["quote"]))
            if len(cl["quote"].split()) > 15:
                errors.append("%s quote over 15 words: %r" % (a["id"], cl["quote"]))
        keys = [(cl["actor"], cl["issue"]) for cl in a["claims"]]
        if len(keys) != len(set(keys)):
            errors.append("%s has two claims for the same actor and issue" % a["id"])
    # labels shape
    if sorted(labels["claims"]) != [a["id"] for a in arts]:
        errors.append("labels.claims does not cover every article")
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append("shift with unknown actor/issue %r" % s)
    # recompute shifts
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in arts:
        for cl in a["claims"]:
            if not cl["attributed"]:
                continue
            key = (cl["actor"], cl["issue"])
            old = prevailing.get(key)
            if old is not None and old != cl["stance"]:
                recomputed.append((cl["actor"], cl["issue"], old, cl["stance"], a["id"]))
            prevailing[key] = cl["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(recomputed) != sorted(labelled):
        errors.append("recomputed shifts differ from labels:\n  recomputed=%r\n  labelled=%r" % (recomputed, labelled))
    shift_articles = {s["article"] for s in labels["shifts"]}
    expect_no_alert = [a["id"] for a in arts if a["id"] not in shift_articles]
    if labels["no_alert_articles"] != expect_no_alert:
        errors.append("no_alert_articles is wrong")
    # duplicates: same claims
    for x, y in DUPLICATES:
        cx = {(c_["actor"], c_["issue"], c_["stance"]) for c_ in labels["claims"][x]}
        cy = {(c_["actor"], c_["issue"], c_["stance"]) for c_ in labels["claims"][y]}
        ax = next(a for a in arts if a["id"] == x)
        ay = next(a for a in arts if a["id"] == y)
        if cx != cy:
            errors.append("duplicates %s/%s carry different claims" % (x, y))
        if ax["dt"].date() != ay["dt"].date() or ax["outlet"] == ay["outlet"] or ay["dt"] <= ax["dt"]:
            errors.append("duplicates %s/%s not same day, later, different outlet" % (x, y))
    # feeds
    for slug in OUTLETS:
        path = os.path.join(HERE, "feeds", slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint failed on %s: %s" % (path, r.stderr.strip()))
    return errors


DUPLICATES = [("004", "005"), ("022", "023")]


def summary(arts, labels):
    claims = [cl for a in arts for cl in a["claims"]]
    by = {s: sum(1 for cl in claims if cl["stance"] == s) for s in sorted(STANCES)}
    print("articles: %d" % len(arts))
    print("claims: %d %s; attributed false: %d" % (len(claims), by, sum(1 for cl in claims if not cl["attributed"])))
    print("shifts: %d in articles %s" % (len(labels["shifts"]), sorted({s["article"] for s in labels["shifts"]})))
    print("no-claim articles: %s" % [a["id"] for a in arts if not a["claims"]])
    print("words: min %d max %d" % (min(len(a["text"].split()) for a in arts), max(len(a["text"].split()) for a in arts)))


def main():
    arts = build()
    labels = write(arts)
    errors = validate(arts, labels)
    summary(arts, labels)
    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
