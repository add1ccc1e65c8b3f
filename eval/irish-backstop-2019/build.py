#!/usr/bin/env python3
"""Build the shiftwatch evaluation set irish-backstop-2019.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates the whole set.
watchlist.yaml is written by hand next to this script and is only read here.

Run:  python3 build.py
"""
import datetime as dt
import email.utils
import json
import os
import re
import subprocess
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "tidewater-wire": "Tidewater Wire",
    "granite-post": "Granite Post",
    "fenwick-herald": "Fenwick Herald",
    "causeway-report": "Causeway Report",
    "bellmoor-dispatch": "Bellmoor Dispatch",
}

T = True
F = False

# Each article: published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(published="2019-01-15T22:30:00Z", outlet="tidewater-wire", slug="commons-rejects-may-deal-by-230",
         title="Commons rejects May's Brexit deal by 230 votes as backstop revolt sinks it",
         text="""LONDON, Jan 15 (Tidewater Wire) - British lawmakers threw out Prime Minister Theresa May's Brexit withdrawal agreement on Tuesday by 432 votes to 202, the heaviest defeat for a government in modern parliamentary history.

May had urged the House of Commons to back the deal, telling lawmakers it was the best agreement available and that rejecting it would leave the country facing deep uncertainty. After the result she said the government would listen and hold talks with senior figures from all parties.

The Democratic Unionist Party, whose ten members prop up May's minority government, voted against the agreement. Its Westminster leader Nigel Dodds said the Irish backstop had to be taken out of the treaty because it would treat Northern Ireland differently from the rest of the United Kingdom.

Labour leader Jeremy Corbyn, whose party voted against the deal, tabled a motion of no confidence in the government, to be debated on Wednesday.

More than 100 Conservatives joined the revolt, many of them members of the European Research Group of Brexit-supporting lawmakers, which has argued that the backstop could trap Britain in the EU's customs rules indefinitely.

Analysts said May might return to Brussels to seek further reassurances, though it was unclear what the EU could offer.""",
         claims=[
             ("uk-government", "commons-approves-may-deal", "support", "May had urged the House of Commons to back the deal", T),
             ("dup", "commons-approves-may-deal", "oppose", "voted against the agreement", T),
             ("dup", "scrap-backstop", "support", "the Irish backstop had to be taken out of the treaty", T),
             ("labour", "commons-approves-may-deal", "oppose", "whose party voted against the deal", T),
             ("erg", "commons-approves-may-deal", "oppose", "many of them members of the European Research Group", F),
             ("erg", "scrap-backstop", "support", "which has argued that the backstop could trap Britain in the EU's customs rules", F),
         ]),
    # 002
    dict(published="2019-01-16T11:00:00Z", outlet="causeway-report", slug="dublin-says-backstop-stays",
         title="Dublin says backstop stays despite Westminster defeat",
         text="""DUBLIN, Jan 16 (Causeway Report) - Ireland said on Wednesday that the crushing defeat of the Brexit deal in London did not change its position on the Irish border guarantee, and that the backstop remained an essential part of any withdrawal agreement.

Prime Minister Leo Varadkar told reporters the backstop could not be removed from the agreement, and said the European Union would stand behind Ireland on the issue. He urged British lawmakers to say what they wanted rather than only what they were against.

Foreign Minister Simon Coveney dismissed a suggestion, floated in recent days by Poland's foreign minister, that the backstop could be limited to five years. A backstop with an expiry date would no longer be a backstop, Coveney said, because it would offer no guarantee once the clock ran out.

Dublin has stepped up preparations for a disorderly British exit, hiring customs staff and urging businesses to check their supply chains. Officials stressed that no planning was being done for physical checks on the border with Northern Ireland.

Some diplomats in Brussels said privately that EU governments might eventually offer Britain more comfort on the temporary nature of the backstop, but none said the text itself could be reopened.""",
         claims=[
             ("ireland", "scrap-backstop", "oppose", "the backstop could not be removed from the agreement", T),
             ("ireland", "backstop-time-limit", "oppose", "A backstop with an expiry date would no longer be a backstop", T),
             ("eu", "scrap-backstop", "oppose", "the European Union would stand behind Ireland on the issue", F),
         ]),
    # 003 (shift; duplicated by 004)
    dict(published="2019-01-29T21:40:00Z", outlet="granite-post", slug="may-backs-plan-to-replace-backstop",
         title="May backs plan to replace Irish backstop, will seek new deal in Brussels",
         text="""LONDON, Jan 29 (Granite Post) - Prime Minister Theresa May will return to Brussels to reopen the Brexit deal after the House of Commons voted on Tuesday for the Irish backstop to be replaced with unspecified alternative arrangements.

Lawmakers passed an amendment tabled by Conservative Graham Brady by 317 votes to 301 after May asked her party to support it. She told the house she was now ready to replace the backstop, provided any alternative still ruled out a hard border, and would seek legally binding changes to the agreement.

Only weeks ago May had defended the backstop as an insurance policy that Britain had to accept.

The Democratic Unionist Party, which voted for the amendment, said it was the first time parliament had spelled out what it wanted. Its leader Arlene Foster said the backstop had to be removed, not tinkered with.

Within minutes, a spokesman for European Council President Donald Tusk said the withdrawal agreement, backstop included, was not open for renegotiation, and that the EU27 would stand by it.

Labour leader Jeremy Corbyn agreed to meet May for talks now that parliament had also voted against leaving without a deal.""",
         claims=[
             ("uk-government", "scrap-backstop", "conditional", "ready to replace the backstop, provided any alternative still ruled out a hard border", T),
             ("dup", "scrap-backstop", "support", "the backstop had to be removed, not tinkered with", T),
             ("eu", "scrap-backstop", "oppose", "the withdrawal agreement, backstop included, was not open for renegotiation", T),
         ]),
    # 004 (duplicate of 003)
    dict(published="2019-01-29T22:15:00Z", outlet="bellmoor-dispatch", slug="parliament-tells-may-to-swap-out-backstop",
         title="Parliament tells May to swap out Irish backstop; EU says no renegotiation",
         text="""LONDON, Jan 29 (Bellmoor Dispatch) - British Prime Minister Theresa May will go back to Brussels to reopen her Brexit agreement after parliament voted on Tuesday for the Irish backstop to be replaced by alternative arrangements that have yet to be defined.

The amendment, put forward by senior Conservative Graham Brady, passed by 317 votes to 301 with May's backing. She told lawmakers she was ready to replace the backstop, provided any alternative still ruled out a hard border, and that she would pursue legally binding changes.

Just weeks earlier, May had described the backstop as an insurance policy the country needed.

Arlene Foster, leader of the Democratic Unionist Party, which supported the amendment, said the backstop had to be removed, not tinkered with.

A spokesman for Donald Tusk, who chairs EU summits, responded quickly that the withdrawal agreement, backstop included, was not open for renegotiation, adding that the EU27 stood by the text.

Labour leader Jeremy Corbyn said he would now meet May, since lawmakers had also voted to reject a no-deal exit.""",
         claims=[
             ("uk-government", "scrap-backstop", "conditional", "ready to replace the backstop, provided any alternative still ruled out a hard border", T),
             ("dup", "scrap-backstop", "support", "the backstop had to be removed, not tinkered with", T),
             ("eu", "scrap-backstop", "oppose", "the withdrawal agreement, backstop included, was not open for renegotiation", T),
         ]),
    # 005
    dict(published="2019-01-30T13:00:00Z", outlet="fenwick-herald", slug="barnier-varadkar-rule-out-reopening-backstop",
         title="Barnier and Varadkar rule out reopening the backstop",
         text="""BRUSSELS, Jan 30 (Fenwick Herald) - The European Union's chief Brexit negotiator Michel Barnier told the European Parliament on Wednesday that the backstop was part of the withdrawal agreement and would not be renegotiated, a day after British lawmakers instructed Theresa May to seek its replacement.

Barnier said the guarantee had been designed together with Britain and was the only workable way found so far to keep the Irish border open. He also rejected the idea of putting a time limit on it, saying an insurance policy that expired would not be an insurance policy.

In Dublin, Prime Minister Leo Varadkar said Ireland would never sign off on an agreement that did not contain a workable backstop, and noted that the treaty had been endorsed by all 28 governments after more than a year of talks.

Irish officials said the amendment passed in London gave no indication of what the alternative arrangements might look like. They pointed out that the technology often cited by Brexit supporters for border checks was not in use anywhere in the world.

May is expected to travel to Brussels in the coming weeks. Her spokesman declined to say when she would meet Jean-Claude Juncker, the president of the European Commission.""",
         claims=[
             ("eu", "scrap-backstop", "oppose", "the backstop was part of the withdrawal agreement and would not be renegotiated", T),
             ("eu", "backstop-time-limit", "oppose", "rejected the idea of putting a time limit on it", T),
             ("ireland", "scrap-backstop", "oppose", "Ireland would never sign off on an agreement that did not contain a workable backstop", T),
         ]),
    # 006
    dict(published="2019-02-06T19:00:00Z", outlet="tidewater-wire", slug="corbyn-letter-customs-union",
         title="Corbyn sends May five Brexit demands, led by a permanent customs union",
         text="""LONDON, Feb 6 (Tidewater Wire) - Labour leader Jeremy Corbyn wrote to Prime Minister Theresa May on Wednesday setting out five changes his party wants to Britain's Brexit plans, the first of which is a permanent and comprehensive customs union covering the whole of the United Kingdom.

In the letter, Corbyn argued that a customs union with the European Union would make it far less likely that the Irish backstop would ever be used, because goods would not need to be checked at the border. The other four demands cover close alignment with the single market, workers' rights, EU agencies and security cooperation.

Downing Street said the prime minister would study the letter but reiterated that the government's policy was for Britain to leave the customs union so it could strike its own trade deals.

In Brussels, a European Commission spokesman said the EU would be ready to offer a customs union if London changed its red lines.

Steve Baker, deputy chairman of the European Research Group of Brexit-supporting Conservatives, said staying in a customs union would betray the referendum result.

Some Labour lawmakers who favour a second referendum criticised the letter for leaving out a public vote.""",
         claims=[
             ("labour", "uk-customs-union", "support", "a permanent and comprehensive customs union covering the whole of the United Kingdom", T),
             ("uk-government", "uk-customs-union", "oppose", "the government's policy was for Britain to leave the customs union", T),
             ("eu", "uk-customs-union", "conditional", "ready to offer a customs union if London changed its red lines", T),
             ("erg", "uk-customs-union", "oppose", "staying in a customs union would betray the referendum result", T),
         ]),
    # 007 (duplicated by 008)
    dict(published="2019-02-07T17:30:00Z", outlet="fenwick-herald", slug="juncker-tells-may-no-reopening",
         title="Juncker tells May the withdrawal agreement will not be reopened",
         text="""BRUSSELS, Feb 7 (Fenwick Herald) - European Commission President Jean-Claude Juncker told Theresa May on Thursday that the EU27 would not reopen the withdrawal agreement, as the British prime minister pressed in Brussels for changes to the Irish backstop.

May said she had asked for legally binding changes that would stop the backstop from lasting indefinitely, such as an end date or a way for Britain to leave it on its own. She said she was determined to deliver Brexit on time.

In a joint statement after their meeting, the two leaders said their teams would hold further talks and that they would meet again before the end of February. Juncker was willing to add wording to the political declaration on future ties, the statement said, but he underlined that the backstop would stay in the treaty.

The meeting came a day after European Council President Donald Tusk said there was a special place in hell for those who had promoted Brexit without a plan to carry it out, a remark that angered Conservative lawmakers.

Irish Prime Minister Leo Varadkar is due in Brussels on Thursday evening for talks with Tusk.""",
         claims=[
             ("eu", "scrap-backstop", "oppose", "underlined that the backstop would stay in the treaty", T),
             ("uk-government", "backstop-time-limit", "support", "legally binding changes that would stop the backstop from lasting indefinitely", T),
         ]),
    # 008 (duplicate of 007)
    dict(published="2019-02-07T18:10:00Z", outlet="causeway-report", slug="eu-refuses-to-reopen-brexit-treaty",
         title="EU refuses to reopen Brexit treaty as May seeks backstop changes",
         text="""BRUSSELS, Feb 7 (Causeway Report) - The European Union will not reopen the Brexit withdrawal agreement, Commission President Jean-Claude Juncker told Theresa May on Thursday during talks in Brussels at which she sought changes to the Irish backstop.

The British prime minister said she had requested legally binding changes that would stop the backstop from lasting indefinitely, for example an expiry date or a route for Britain to leave it unilaterally. She said she still intended to deliver Brexit on time.

A joint statement issued after the meeting said negotiators would keep talking and that the two leaders would meet again before the end of the month. It said Juncker was prepared to add wording to the political declaration, but underlined that the backstop would stay in the treaty.

The talks took place a day after Donald Tusk, the European Council president, said there was a special place in hell for people who had promoted Brexit with no plan to deliver it. Conservative lawmakers called the comment insulting.

Irish Prime Minister Leo Varadkar is due to meet Tusk in Brussels later on Thursday.""",
         claims=[
             ("eu", "scrap-backstop", "oppose", "underlined that the backstop would stay in the treaty", T),
             ("uk-government", "backstop-time-limit", "support", "legally binding changes that would stop the backstop from lasting indefinitely", T),
         ]),
    # 009 (no claims)
    dict(published="2019-03-05T18:00:00Z", outlet="granite-post", slug="cox-barclay-talks-with-barnier",
         title="Cox and Barclay hold talks with Barnier as March 29 deadline nears",
         text="""BRUSSELS, Mar 5 (Granite Post) - Britain's attorney general Geoffrey Cox and Brexit Secretary Stephen Barclay met the EU's chief negotiator Michel Barnier in Brussels on Tuesday for another round of talks on the legal wording Theresa May hopes will win over her lawmakers.

The meeting at the European Commission's Berlaymont headquarters lasted around three hours. Neither side briefed reporters afterwards, and a Commission spokesman declined to say whether any progress had been made, describing the discussions only as technical.

Cox, a barrister, has been looking for wording that would allow him to change his own legal advice to parliament, which in December warned that Britain could be held in the backstop indefinitely. His office declined to comment on reports that he had dropped his demand for a time limit.

Officials on both sides said further meetings were likely later in the week. With 24 days left before Britain is due to leave, diplomats said EU leaders could be asked at a summit on March 21 to approve whatever text emerges.

Some analysts in London said the government might delay the second vote on the deal if the talks stalled.""",
         claims=[]),
    # 010
    dict(published="2019-03-08T16:00:00Z", outlet="causeway-report", slug="barnier-offers-northern-ireland-only-backstop",
         title="Barnier offers UK exit from customs part of backstop; DUP cries foul",
         text="""BRUSSELS, Mar 8 (Causeway Report) - The European Union offered on Friday to let Britain leave the UK-wide customs arrangement in the backstop on its own, while keeping a guarantee that would apply to Northern Ireland alone.

Chief negotiator Michel Barnier said the bloc was ready to return to a backstop covering only Northern Ireland, under which goods arriving from Great Britain would be checked at the province's ports and airports, as a way to help Theresa May win over lawmakers. He repeated that the EU would not accept a backstop with an end date.

The Democratic Unionist Party rejected the idea within hours. Its deputy leader Nigel Dodds said a border down the Irish Sea was exactly what his party had been fighting against, and called the offer neither realistic nor serious.

May had said last year that no British prime minister could ever agree to such an arrangement. Downing Street declined to comment on the details, and a spokesman said talks would continue over the weekend.

British and EU officials are expected to meet again on Saturday, with a second vote in parliament due on Tuesday.""",
         claims=[
             ("eu", "irish-sea-checks", "support", "ready to return to a backstop covering only Northern Ireland", T),
             ("eu", "backstop-time-limit", "oppose", "the EU would not accept a backstop with an end date", T),
             ("dup", "irish-sea-checks", "oppose", "a border down the Irish Sea was exactly what his party had been fighting against", T),
         ]),
    # 011
    dict(published="2019-03-11T23:30:00Z", outlet="tidewater-wire", slug="may-juncker-strasbourg-assurances",
         title="May and Juncker agree legally binding backstop assurances in Strasbourg",
         text="""STRASBOURG, Mar 11 (Tidewater Wire) - Theresa May and Jean-Claude Juncker agreed late on Monday on new legal assurances about the Irish backstop, a day before British lawmakers vote again on the Brexit deal they rejected in January.

Speaking at a joint news conference in the French city, May said the new documents amounted to legally binding changes that strengthened the withdrawal agreement, and she urged the House of Commons to approve the deal on Tuesday.

The texts include a joint legal instrument that both sides say carries the same force as the treaty, and a unilateral British declaration that it could start proceedings to leave the backstop if talks on future ties broke down through EU bad faith.

Juncker said the EU would not put an expiry date on the backstop, and that the bloc had gone as far as it could. He told reporters there would be no third chance.

Lawyers advising the European Research Group said they would examine the documents overnight before telling the group's members how to vote. Attorney general Geoffrey Cox is due to publish his legal opinion on Tuesday morning.""",
         claims=[
             ("uk-government", "commons-approves-may-deal", "support", "she urged the House of Commons to approve the deal on Tuesday", T),
             ("uk-government", "backstop-time-limit", "support", "a unilateral British declaration that it could start proceedings to leave the backstop", T),
             ("eu", "backstop-time-limit", "oppose", "the EU would not put an expiry date on the backstop", T),
         ]),
    # 012
    dict(published="2019-03-12T21:00:00Z", outlet="bellmoor-dispatch", slug="may-deal-crushed-again",
         title="May's Brexit deal crushed again as DUP and hardliners reject new assurances",
         text="""LONDON, Mar 12 (Bellmoor Dispatch) - The House of Commons rejected Theresa May's Brexit deal for a second time on Tuesday, voting 391 to 242 against it despite the legal changes she secured in Strasbourg the night before.

The vote followed advice from attorney general Geoffrey Cox that the new assurances reduced, but did not remove, the risk that Britain could be held in the backstop indefinitely.

The Democratic Unionist Party said before the vote that sufficient progress had not been made and that its lawmakers would oppose the deal. A panel of lawyers convened by the European Research Group reached a similar verdict, and the group's chairman Jacob Rees-Mogg said he would vote against it.

May, her voice strained, told lawmakers she still believed the deal was the best available and that the alternatives were no deal or no Brexit.

Labour's Brexit spokesman Keir Starmer, whose party voted against the deal, said the government had run down the clock and wasted two months.

Lawmakers will vote on Wednesday on whether to rule out leaving without an agreement.""",
         claims=[
             ("dup", "commons-approves-may-deal", "oppose", "its lawmakers would oppose the deal", T),
             ("erg", "commons-approves-may-deal", "oppose", "the group's chairman Jacob Rees-Mogg said he would vote against it", T),
             ("uk-government", "commons-approves-may-deal", "support", "she still believed the deal was the best available", T),
             ("labour", "commons-approves-may-deal", "oppose", "whose party voted against the deal", T),
         ]),
    # 013 (shift)
    dict(published="2019-03-27T18:00:00Z", outlet="granite-post", slug="rees-mogg-could-back-deal-with-dup",
         title="Rees-Mogg signals he could back May's deal, but only with the DUP on board",
         text="""LONDON, Mar 27 (Granite Post) - Jacob Rees-Mogg, who chairs the European Research Group of Brexit-supporting Conservatives, said on Wednesday he would back May's withdrawal agreement only if the Democratic Unionist Party did not oppose it, softening the hard line he took in the two earlier votes.

He told a podcast that the deal was now better than the risk of no Brexit at all, but that he would not abandon the DUP, and said he hoped the party would at least abstain.

Hours later Theresa May told Conservative lawmakers she would step down if they approved the deal, a move aimed at winning over the remaining rebels.

The DUP said its position had not changed. In a statement, the party said it would vote against the agreement again because the backstop still threatened the union with Great Britain.

Speaker John Bercow has ruled that the government cannot bring the same motion back a third time without substantial changes, and ministers were looking at ways to separate the treaty from the declaration on future ties.

Lawmakers also held a series of indicative votes on alternatives on Wednesday evening, none of which won a majority.""",
         claims=[
             ("erg", "commons-approves-may-deal", "conditional", "would back May's withdrawal agreement only if the Democratic Unionist Party did not oppose it", T),
             ("uk-government", "commons-approves-may-deal", "support", "she would step down if they approved the deal", T),
             ("dup", "commons-approves-may-deal", "oppose", "it would vote against the agreement again", T),
         ]),
    # 014
    dict(published="2019-03-29T16:30:00Z", outlet="fenwick-herald", slug="third-defeat-for-may-deal",
         title="Third defeat for May's deal on the day Britain was meant to leave",
         text="""LONDON, Mar 29 (Fenwick Herald) - British lawmakers rejected the Brexit withdrawal agreement for a third time on Friday, the day the country had originally been due to leave the European Union, voting 344 to 286 against it.

The government had separated the treaty from the political declaration on future ties to get around a ruling by the Speaker. Theresa May told lawmakers that this was the last opportunity to guarantee Britain's departure, and urged them to back it.

The margin was narrower than in January and March, as dozens of Conservatives who had twice opposed the deal switched sides. But 34 Conservatives still voted against it, along with the ten lawmakers of the Democratic Unionist Party. DUP leader Arlene Foster said the backstop remained a trap for Northern Ireland.

Labour voted against. Its leader Jeremy Corbyn said May should make way for a general election if she could not change course.

European Council President Donald Tusk called an emergency summit for April 10. It was not clear what May would ask the other 27 leaders for.""",
         claims=[
             ("uk-government", "commons-approves-may-deal", "support", "urged them to back it", T),
             ("dup", "commons-approves-may-deal", "oppose", "along with the ten lawmakers of the Democratic Unionist Party", T),
             ("dup", "scrap-backstop", "support", "the backstop remained a trap for Northern Ireland", T),
             ("labour", "commons-approves-may-deal", "oppose", "Labour voted against", T),
         ]),
    # 015 (no claims)
    dict(published="2019-04-11T01:30:00Z", outlet="tidewater-wire", slug="eu-gives-britain-until-october-31",
         title="EU leaders give Britain until Oct. 31 to leave",
         text="""BRUSSELS, Apr 11 (Tidewater Wire) - European Union leaders agreed early on Thursday to push back Britain's departure until Oct. 31, after a summit in Brussels that ran past midnight.

Theresa May had asked for a delay only until June 30. French President Emmanuel Macron argued for a much shorter extension, while German Chancellor Angela Merkel favoured a longer one, diplomats said. The compromise allows Britain to leave earlier if parliament ratifies an agreement, and the situation will be reviewed at a summit in June.

European Council President Donald Tusk urged London not to waste the extra time. May, speaking at a news conference in the Europa building, said Britain would have to take part in European Parliament elections in May unless it left before then.

Cross-party talks between the government and Labour on a way forward are due to resume in London on Thursday. Neither side has given details of what has been discussed so far.

Sterling was little changed in Asian trading.""",
         claims=[]),
    # 016 (no claims)
    dict(published="2019-05-24T11:30:00Z", outlet="causeway-report", slug="may-to-quit-june-7",
         title="May to quit as Conservative leader on June 7 after failing to deliver Brexit",
         text="""LONDON, May 24 (Causeway Report) - Theresa May said on Friday she would resign as leader of the Conservative Party on June 7, opening the way for a contest to choose a new prime minister who will take over the stalled Brexit process.

Speaking outside her Downing Street residence, May said it was a matter of deep regret that she had been unable to deliver Brexit. Her voice broke as she finished the statement.

Former foreign minister Boris Johnson, the favourite to succeed her, has said Britain must leave on Oct. 31 with or without a deal. Other contenders are expected to declare in the coming days.

Analysts said any successor would face the same arithmetic in parliament. Some speculated that a new leader might try to scrap the backstop altogether, while others said the EU might eventually offer changes to the political declaration on future ties.

Leaders in Brussels said they respected her decision. Irish Prime Minister Leo Varadkar thanked her for her efforts and said he looked forward to working with her successor.""",
         claims=[]),
    # 017 (shift)
    dict(published="2019-07-25T15:00:00Z", outlet="granite-post", slug="johnson-backstop-must-be-abolished",
         title="Johnson tells parliament the backstop must be abolished",
         text="""LONDON, Jul 25 (Granite Post) - Boris Johnson, in his first appearance in the House of Commons as prime minister, said on Thursday that the Irish backstop had to be abolished before any new Brexit deal could be agreed.

Johnson told lawmakers the withdrawal agreement negotiated by his predecessor had been rejected three times and was unacceptable to the house and to the country. He said he was ready to meet EU leaders, but not simply to be told that the treaty could never be changed.

Under Theresa May, the government had been prepared to replace the backstop only if an alternative kept the border open.

In Brussels, the EU's chief negotiator Michel Barnier told envoys of the 27 remaining member states that Johnson's demand to remove the backstop was unacceptable, according to an internal note seen by reporters.

Members of the European Research Group, several of whom now sit in Johnson's cabinet, welcomed the speech. Mark Francois, the group's deputy chairman, said the backstop had always been the poison pill in the deal.

Johnson also said the government would step up preparations for leaving without a deal on Oct. 31.""",
         claims=[
             ("uk-government", "scrap-backstop", "support", "the Irish backstop had to be abolished", T),
             ("eu", "scrap-backstop", "oppose", "Johnson's demand to remove the backstop was unacceptable", T),
             ("erg", "scrap-backstop", "support", "the backstop had always been the poison pill in the deal", T),
         ]),
    # 018
    dict(published="2019-07-26T17:00:00Z", outlet="bellmoor-dispatch", slug="varadkar-tells-johnson-no-reopening",
         title="Varadkar tells Johnson the backstop is not up for negotiation",
         text="""DUBLIN, Jul 26 (Bellmoor Dispatch) - Irish Prime Minister Leo Varadkar told Boris Johnson in their first phone call on Friday that the backstop was not up for negotiation, and that the European Union would not reopen the withdrawal agreement, the Irish government said.

According to a readout from Varadkar's office, the Taoiseach said the backstop existed only because of the British government's own red lines, and that Ireland would not agree to remove it.

Johnson told Varadkar that the withdrawal agreement must be renegotiated and the backstop dropped, a Downing Street spokesman said, adding that the prime minister wanted a deal but would prepare to leave without one if necessary.

The call lasted about 20 minutes. Varadkar invited Johnson to visit Dublin, and officials said a meeting could take place in the autumn.

Democratic Unionist Party leader Arlene Foster, who met Johnson in London on Thursday, said she was encouraged that the new prime minister shared her party's view that the backstop had to be removed.""",
         claims=[
             ("ireland", "scrap-backstop", "oppose", "Ireland would not agree to remove it", T),
             ("eu", "scrap-backstop", "oppose", "the European Union would not reopen the withdrawal agreement", F),
             ("uk-government", "scrap-backstop", "support", "the withdrawal agreement must be renegotiated and the backstop dropped", T),
             ("dup", "scrap-backstop", "support", "her party's view that the backstop had to be removed", T),
         ]),
    # 019
    dict(published="2019-08-20T10:00:00Z", outlet="fenwick-herald", slug="tusk-rebuffs-johnson-backstop-letter",
         title="Tusk rebuffs Johnson's call to ditch the backstop",
         text="""BRUSSELS, Aug 20 (Fenwick Herald) - European Council President Donald Tusk on Tuesday rejected Boris Johnson's request to strip the Irish backstop from the Brexit treaty, saying that those who opposed it without offering realistic alternatives were in effect supporting the return of a border.

In a four-page letter to Tusk on Monday, Johnson called the backstop anti-democratic and said it must be removed from the withdrawal agreement. He proposed replacing it with a commitment to put alternative arrangements in place by the end of the transition period.

Tusk wrote on Twitter that the backstop was an insurance against a hard border on the island of Ireland until an alternative was found.

A spokeswoman for the European Commission said the letter did not offer a legal and operational solution to prevent a hard border, and did not say what the alternative arrangements would be.

The exchange came as Johnson prepared to travel to Berlin and Paris for his first meetings with European leaders since taking office.

In Dublin, government officials declined to comment beyond saying that the Irish position was well known.""",
         claims=[
             ("eu", "scrap-backstop", "oppose", "rejected Boris Johnson's request to strip the Irish backstop from the Brexit treaty", T),
             ("uk-government", "scrap-backstop", "support", "said it must be removed from the withdrawal agreement", T),
         ]),
    # 020
    dict(published="2019-08-22T18:00:00Z", outlet="tidewater-wire", slug="macron-backstop-indispensable",
         title="Macron tells Johnson backstop is indispensable as Merkel sets 30-day challenge",
         text="""PARIS, Aug 22 (Tidewater Wire) - French President Emmanuel Macron told Boris Johnson on Thursday that the Irish backstop was indispensable to protect the single market and peace on the island of Ireland, a day after German Chancellor Angela Merkel suggested a solution might be found within 30 days.

Johnson, speaking alongside Macron at the Elysee Palace, said the backstop had to come out of the deal and that Britain would never put checks on the Irish border. He said he had been encouraged by the chancellor's remarks in Berlin.

Macron said there would be no new withdrawal agreement very different from the existing one, though he said the political declaration on future ties could be reworked.

Several British newspapers read Merkel's comment as a deadline and a softening of the EU line. German officials said she had only meant that it was up to London to come forward with workable proposals.

Johnson flies to the G7 summit in Biarritz on Saturday, where he is expected to meet Donald Tusk.""",
         claims=[
             ("uk-government", "scrap-backstop", "support", "the backstop had to come out of the deal", T),
         ]),
    # 021
    dict(published="2019-09-09T14:30:00Z", outlet="causeway-report", slug="varadkar-johnson-no-clean-break",
         title="Varadkar tells Johnson in Dublin there is no clean break",
         text="""DUBLIN, Sep 9 (Causeway Report) - Irish Prime Minister Leo Varadkar told Boris Johnson on Monday that Ireland would not trade the legal guarantee of the backstop for a promise, as the two leaders met for the first time at Government Buildings in Dublin.

Speaking at a joint news conference, Varadkar said there was no such thing as a clean break from the EU and warned that a no-deal exit would cause severe disruption on both islands.

Johnson said he wanted a deal and believed one could be done by the Oct. 17 summit of EU leaders, but repeated that the backstop had to be removed. He said Britain would find a way to avoid checks at the border under any outcome.

The meeting took place as lawmakers in London prepared for the suspension of parliament for five weeks. Johnson's government was expected to lose a second vote on an early election on Monday night.

Irish officials described the talks as useful but said there had been no breakthrough, and that Britain had not yet put forward written proposals.""",
         claims=[
             ("ireland", "scrap-backstop", "oppose", "Ireland would not trade the legal guarantee of the backstop for a promise", T),
             ("uk-government", "scrap-backstop", "support", "repeated that the backstop had to be removed", T),
         ]),
    # 022
    dict(published="2019-09-10T12:00:00Z", outlet="bellmoor-dispatch", slug="dup-denies-softening",
         title="DUP denies softening its stance on Northern Ireland-only rules",
         text="""BELFAST, Sep 10 (Bellmoor Dispatch) - The Democratic Unionist Party on Tuesday denied reports that it was ready to let Northern Ireland follow European Union rules on food and animal health, saying it would reject any arrangement that set the province apart from the rest of the United Kingdom.

Party leader Arlene Foster called the reports nonsense and said the DUP had not dropped its opposition to checks between Northern Ireland and Great Britain. The party would not accept a Northern Ireland-only backstop in any guise, she said.

A London newspaper had reported that the party could tolerate some regulatory alignment on agriculture, an idea said to have been floated by advisers to Boris Johnson as a way around the backstop.

Downing Street declined to say on Tuesday whether an all-island zone for food and farm products was among the options it was discussing with Brussels.

Nigel Dodds, who leads the party at Westminster, said the DUP would keep working with the government to remove the backstop.""",
         claims=[
             ("dup", "irish-sea-checks", "oppose", "had not dropped its opposition to checks between Northern Ireland and Great Britain", T),
             ("dup", "scrap-backstop", "support", "the DUP would keep working with the government to remove the backstop", T),
         ]),
    # 023 (no claims)
    dict(published="2019-09-16T15:00:00Z", outlet="bellmoor-dispatch", slug="bettel-empty-podium",
         title="Luxembourg's Bettel speaks beside empty podium after Johnson skips news conference",
         text="""LUXEMBOURG, Sep 16 (Bellmoor Dispatch) - Boris Johnson pulled out of a planned news conference with Luxembourg's Prime Minister Xavier Bettel on Monday, leaving Bettel to address reporters beside an empty lectern after a lunch meeting with Jean-Claude Juncker.

British officials said noise from protesters gathered outside made the outdoor event impractical. Bettel, who was visibly frustrated, said people needed to know what Britain wanted, and that the future of British citizens could not be held hostage to party politics.

Johnson and Juncker had earlier met over lunch at a restaurant in the city, their first face-to-face talks. A Commission spokeswoman declined to say whether Johnson had brought written proposals, and said only that it was up to the British side to come forward with ideas.

Johnson told British broadcasters afterwards that there was a good chance of a deal, but gave no details. Diplomats in Brussels said there had been little sign of movement.

Brexit negotiators Stephen Barclay and Michel Barnier also attended the lunch.""",
         claims=[]),
    # 024 (shift)
    dict(published="2019-10-02T16:00:00Z", outlet="granite-post", slug="johnson-unveils-backstop-replacement",
         title="Johnson unveils plan to replace backstop; DUP signals it can live with it",
         text="""MANCHESTER, Oct 2 (Granite Post) - Boris Johnson sent the European Union his plan to replace the Irish backstop on Wednesday, proposing that Northern Ireland follow EU rules for goods, with checks on goods arriving from Great Britain, provided the province's assembly agreed.

Under the proposal, set out in a letter to Jean-Claude Juncker and in a speech to the Conservative Party conference in Manchester, Northern Ireland would leave the EU customs union along with the rest of the United Kingdom. The assembly at Stormont would have to consent to the arrangement before it took effect and every four years afterwards. Johnson told the conference the backstop had to be scrapped, and officials described the plan as a final offer.

The Democratic Unionist Party, which for two years rejected any rules specific to Northern Ireland, said it could support regulatory checks across the Irish Sea because Stormont would hold the final say. Party leader Arlene Foster called the plan a serious and sensible way forward.

The European Commission said it would examine the text objectively but declined to say whether it could form the basis for negotiations. Irish officials said they were studying the letter.

Johnson's negotiators are due to begin technical talks with Michel Barnier's team in Brussels on Thursday.""",
         claims=[
             ("uk-government", "irish-sea-checks", "conditional", "with checks on goods arriving from Great Britain, provided the province's assembly agreed", T),
             ("uk-government", "scrap-backstop", "support", "the backstop had to be scrapped", T),
             ("uk-government", "uk-customs-union", "oppose", "would leave the EU customs union along with the rest of the United Kingdom", T),
             ("dup", "irish-sea-checks", "conditional", "could support regulatory checks across the Irish Sea because Stormont would hold the final say", T),
         ]),
    # 025
    dict(published="2019-10-03T14:00:00Z", outlet="causeway-report", slug="dublin-says-proposals-fall-short",
         title="Dublin says Johnson's proposals fall short of the backstop",
         text="""DUBLIN, Oct 3 (Causeway Report) - Irish Prime Minister Leo Varadkar said on Thursday that Boris Johnson's proposals did not fully meet the objectives of the backstop, and that Ireland would not give up the backstop in exchange for these proposals.

Varadkar said he was concerned that a single party in Northern Ireland could block the arrangement through the consent mechanism, and that customs posts anywhere on the island would be unacceptable to his government.

In Brussels, Michel Barnier told leaders of the European Parliament's political groups that there was still a lot of work to do, according to people who attended.

In Belfast, DUP deputy leader Nigel Dodds said his party's backing for the plan rested on the assembly having a veto, and warned that the party would not accept any watering down of the consent arrangements.

Downing Street said it was waiting for a formal response from Brussels and that Johnson would speak to several EU leaders by phone over the coming days.""",
         claims=[
             ("ireland", "scrap-backstop", "oppose", "Ireland would not give up the backstop in exchange for these proposals", T),
             ("dup", "irish-sea-checks", "conditional", "his party's backing for the plan rested on the assembly having a veto", T),
         ]),
    # 026
    dict(published="2019-10-08T13:00:00Z", outlet="fenwick-herald", slug="talks-near-collapse-blame-game",
         title="Brexit talks near collapse as Downing Street and Tusk trade blame",
         text="""LONDON, Oct 8 (Fenwick Herald) - Brexit talks appeared close to collapse on Tuesday after a Downing Street source said a deal was essentially impossible, following a phone call between Boris Johnson and German Chancellor Angela Merkel.

The source, who briefed reporters on condition of anonymity, said Merkel had told Johnson that Northern Ireland would have to stay in the EU customs union for any deal to be done. The German government did not confirm that account.

European Council President Donald Tusk accused Johnson on Twitter of playing a stupid blame game, and asked him where he wanted to go from here.

In Dublin, Irish Prime Minister Leo Varadkar said it would be very difficult to reach an agreement by next week's summit, and that Ireland would not accept any plan that weakened the backstop.

Johnson and Varadkar are expected to meet later this week at a venue in the north-west of England, officials said.

DUP leader Arlene Foster said she would not take lectures from Dublin on what was good for Northern Ireland.""",
         claims=[
             ("ireland", "scrap-backstop", "oppose", "Ireland would not accept any plan that weakened the backstop", T),
         ]),
    # 027 (shift)
    dict(published="2019-10-10T17:30:00Z", outlet="tidewater-wire", slug="johnson-varadkar-pathway-to-deal",
         title="Johnson and Varadkar see a pathway to a Brexit deal after Wirral talks",
         text="""LIVERPOOL, Oct 10 (Tidewater Wire) - Boris Johnson and Irish Prime Minister Leo Varadkar said on Thursday they could see a pathway to a possible Brexit deal after nearly three hours of talks at Thornton Manor, a country house and wedding venue on the Wirral peninsula near Liverpool.

Speaking afterwards at Liverpool airport, Varadkar said he was now open to an agreement that replaced the backstop, as long as it worked for the people of Northern Ireland and kept the border free of checks. He said a deal by the end of October was possible, but cautioned that many issues remained to be resolved.

A joint statement said both leaders agreed that a deal was in the interests of Ireland and the United Kingdom. It gave no details of what had been discussed, and officials on both sides declined to say whether Britain had moved on customs.

Some commentators speculated that Johnson had offered to let Northern Ireland apply EU customs rules in some form. Downing Street would not confirm this.

Brexit Secretary Stephen Barclay is due to meet Michel Barnier in Brussels on Friday morning.""",
         claims=[
             ("ireland", "scrap-backstop", "conditional", "open to an agreement that replaced the backstop, as long as it worked", T),
         ]),
    # 028
    dict(published="2019-10-11T15:00:00Z", outlet="bellmoor-dispatch", slug="dublin-drops-backstop-demand-tunnel",
         title="Dublin drops backstop demand as Brexit talks enter the tunnel",
         text="""DUBLIN, Oct 11 (Bellmoor Dispatch) - Ireland's Foreign Minister Simon Coveney said on Friday that Dublin could accept an alternative to the backstop, but only if it gave the same protection against a hard border and for the all-island economy, as EU and British negotiators agreed to intensify talks.

Coveney said the mood had changed after Thursday's meeting between the two prime ministers, but warned that the hard work was still ahead. He said Ireland was not walking away from the principles the backstop had been designed to protect.

In Brussels, Michel Barnier described his breakfast meeting with Brexit Secretary Stephen Barclay as constructive. EU ambassadors later gave him the green light to begin intensive technical negotiations, a phase diplomats call the tunnel, in which few details are expected to leak.

Diplomats said the talks could run through the weekend, with leaders due to meet in Brussels next Thursday and Friday.

Sterling had its best two-day rise in a decade on hopes of a deal.""",
         claims=[
             ("ireland", "scrap-backstop", "conditional", "could accept an alternative to the backstop, but only if it gave the same protection", T),
         ]),
    # 029 (shift)
    dict(published="2019-10-17T07:30:00Z", outlet="granite-post", slug="dup-cannot-support-customs-consent",
         title="DUP says it cannot support deal terms on customs and consent",
         text="""LONDON, Oct 17 (Granite Post) - The Democratic Unionist Party said on Thursday it could not support what was being proposed on customs and consent in the Brexit deal taking shape in Brussels, dealing a blow to Boris Johnson hours before a summit of EU leaders.

In a statement issued early in the morning, party leader Arlene Foster and Westminster leader Nigel Dodds said that, as things stood, the arrangements would put a customs border in the Irish Sea, and that the consent vote planned for the Stormont assembly did not give unionists the protection they had been promised. They also said there was a lack of clarity on value-added tax.

The DUP had backed Johnson's plan of Oct. 2 because it gave the assembly a veto. Under the text now under discussion, the arrangements would be renewed by a simple majority of assembly members.

Downing Street said talks were continuing and declined to say whether Johnson would press ahead without the DUP's support.

The party's ten votes could matter if the government tries to pass a deal in parliament on Saturday.""",
         claims=[
             ("dup", "irish-sea-checks", "oppose", "it could not support what was being proposed on customs and consent", T),
         ]),
    # 030 (shift)
    dict(published="2019-10-17T12:30:00Z", outlet="fenwick-herald", slug="uk-eu-strike-deal-replacing-backstop",
         title="Britain and EU strike Brexit deal that replaces the Irish backstop",
         text="""BRUSSELS, Oct 17 (Fenwick Herald) - Britain and the European Union agreed a new Brexit deal on Thursday that scraps the Irish backstop, hours before EU leaders gathered for a summit in Brussels, though Boris Johnson's Northern Irish allies said they would not back it.

European Commission President Jean-Claude Juncker said he was recommending that leaders endorse the agreement, which replaces the backstop with a revised protocol on Ireland and Northern Ireland. Where there is a will, there is a deal, he wrote on Twitter.

Under the protocol, Northern Ireland stays in the UK customs territory but applies EU customs rules, with checks on goods arriving from Great Britain. Johnson said the deal let the whole country leave the EU together, and defended the checks on goods crossing the Irish Sea as a reasonable price for getting rid of the backstop.

Michel Barnier said the EU had agreed to replace the backstop because the new text met the same goals: no hard border, protection of the single market and of the all-island economy.

The assembly at Stormont will vote every four years on whether to keep the arrangements, by a simple majority.

The Democratic Unionist Party reaffirmed its opposition to the customs arrangements after the deal was announced.""",
         claims=[
             ("eu", "scrap-backstop", "support", "the EU had agreed to replace the backstop", T),
             ("eu", "irish-sea-checks", "support", "he was recommending that leaders endorse the agreement", T),
             ("uk-government", "irish-sea-checks", "support", "defended the checks on goods crossing the Irish Sea", T),
             ("uk-government", "scrap-backstop", "support", "a reasonable price for getting rid of the backstop", T),
             ("dup", "irish-sea-checks", "oppose", "reaffirmed its opposition to the customs arrangements", T),
         ]),
    # 031
    dict(published="2019-10-19T17:00:00Z", outlet="tidewater-wire", slug="parliament-delays-verdict-erg-backs-deal",
         title="Parliament delays verdict on Johnson's deal as hardline Brexiteers fall in behind it",
         text="""LONDON, Oct 19 (Tidewater Wire) - Britain's parliament put off a decision on Boris Johnson's Brexit deal on Saturday, voting 322 to 306 to withhold approval until the legislation needed to implement it has passed.

The amendment, tabled by former Conservative minister Oliver Letwin, requires Johnson to ask the EU for a delay. The Democratic Unionist Party voted for it, a sign of its anger over the new protocol. Nigel Dodds told the Commons the deal would leave Northern Ireland separated from Great Britain by a customs border.

Steve Baker, chairman of the European Research Group, said the group's members would vote for the deal, including its Irish Sea arrangements, because it freed the whole of the UK from the EU customs union and got rid of the backstop.

Labour leader Jeremy Corbyn called the agreement a sell-out. Keir Starmer, the party's Brexit spokesman, said Labour would keep pushing for Britain to stay in a customs union with the EU to protect jobs.

Johnson told lawmakers he would not negotiate a delay with the EU and would bring the legislation forward next week.""",
         claims=[
             ("dup", "irish-sea-checks", "oppose", "separated from Great Britain by a customs border", T),
             ("erg", "irish-sea-checks", "support", "the group's members would vote for the deal, including its Irish Sea arrangements", T),
             ("erg", "uk-customs-union", "oppose", "it freed the whole of the UK from the EU customs union", T),
             ("erg", "scrap-backstop", "support", "got rid of the backstop", T),
             ("labour", "uk-customs-union", "support", "Labour would keep pushing for Britain to stay in a customs union with the EU", T),
         ]),
    # 032
    dict(published="2019-10-22T20:30:00Z", outlet="causeway-report", slug="commons-backs-bill-rejects-timetable",
         title="Lawmakers back Johnson's Brexit bill in principle but reject fast-track timetable",
         text="""LONDON, Oct 22 (Causeway Report) - British lawmakers approved Boris Johnson's Brexit legislation in principle on Tuesday by 329 votes to 299, the first time the House of Commons has backed a withdrawal agreement, but then rejected his plan to push it through in three days.

Johnson said he would pause the bill until the EU decided whether to grant a delay. He said the government's position remained that Britain should leave on Oct. 31 under the new deal, with the backstop gone.

The Democratic Unionist Party's ten lawmakers voted against the bill at second reading. Sammy Wilson, the party's Brexit spokesman, said it would create an economic border in the Irish Sea that no unionist could accept.

The deal has the backing of the Irish government and of the 27 other EU states, according to diplomats in Brussels.

European Council President Donald Tusk said he would recommend that EU leaders accept Britain's request for an extension, and was consulting capitals on its length.

Labour leader Jeremy Corbyn offered to work with Johnson on an agreed timetable for the bill.""",
         claims=[
             ("uk-government", "scrap-backstop", "support", "Britain should leave on Oct. 31 under the new deal, with the backstop gone", T),
             ("dup", "irish-sea-checks", "oppose", "an economic border in the Irish Sea that no unionist could accept", T),
             ("ireland", "scrap-backstop", "support", "The deal has the backing of the Irish government", F),
             ("eu", "scrap-backstop", "support", "and of the 27 other EU states", F),
         ]),
]

SHIFTS = [
    dict(actor="uk-government", issue="scrap-backstop", frm="oppose", to="conditional", article="003",
         why="May backs the Brady amendment and says she is ready to replace the backstop provided any alternative rules out a hard border; the baseline is the government defending the backstop it signed in November 2018 (recalled as background in 003)."),
    dict(actor="erg", issue="commons-approves-may-deal", frm="oppose", to="conditional", article="013",
         why="ERG chairman Rees-Mogg says he would back the withdrawal agreement only if the DUP did not oppose it; in 012 he said he would vote against it."),
    dict(actor="uk-government", issue="scrap-backstop", frm="conditional", to="support", article="017",
         why="New prime minister Johnson tells the Commons the backstop has to be abolished; under May (003/004) the government would replace it only under a condition."),
    dict(actor="dup", issue="irish-sea-checks", frm="oppose", to="conditional", article="024",
         why="The DUP says it could support regulatory checks across the Irish Sea because Stormont would have the final say; in 010 and 022 it rejected any checks between Great Britain and Northern Ireland."),
    dict(actor="ireland", issue="scrap-backstop", frm="oppose", to="conditional", article="027",
         why="After Thornton Manor Varadkar says he is open to an agreement that replaces the backstop as long as it works for Northern Ireland and keeps the border open; through 026 Dublin refused to give it up."),
    dict(actor="dup", issue="irish-sea-checks", frm="conditional", to="oppose", article="029",
         why="The DUP says it cannot support what is proposed on customs and consent; its conditional backing (024, 025) rested on a Stormont veto the new text does not give."),
    dict(actor="eu", issue="scrap-backstop", frm="oppose", to="support", article="030",
         why="The EU agrees the new protocol and Barnier says it agreed to replace the backstop; through 019 Brussels refused to remove it."),
    dict(actor="uk-government", issue="irish-sea-checks", frm="conditional", to="support", article="030",
         why="Johnson accepts and defends checks on goods crossing the Irish Sea in the agreed protocol, without the Stormont consent condition of his 024 plan."),
]

STANCES = {"support", "oppose", "conditional"}
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def parse_watchlist(path):
    """Minimal parser for the watchlist format used here (flow lists and flow mappings)."""
    actors, issues, baseline = {}, {}, []
    section, cur = None, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            s = line.strip()
            if not s or s.startswith("#"):
                continue
            if not line.startswith(" "):
                section = s.rstrip(":")
                cur = None
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^\s*-\s+id:\s*(\S+)\s*$", line)
                if m:
                    cur = {"id": m.group(1)}
                    (actors if section == "actors" else issues)[cur["id"]] = cur
                    continue
                m = re.match(r"^\s+(\w+):\s*(.*)$", line)
                if m and cur is not None:
                    key, val = m.group(1), m.group(2).strip()
                    if val.startswith("[") and val.endswith("]"):
                        val = [v.strip() for v in val[1:-1].split(",") if v.strip()]
                    cur[key] = val
                    continue
                raise SystemExit("watchlist: cannot parse line: %r" % line)
            if section == "baseline":
                m = re.match(r"^\s*-\s*\{actor:\s*([\w-]+),\s*issue:\s*([\w-]+),\s*stance:\s*(\w+)\}\s*$", line)
                if not m:
                    raise SystemExit("watchlist: cannot parse baseline line: %r" % line)
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
    return actors, issues, baseline


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))

    # ---- watchlist checks
    if not 5 <= len(actors) <= 8:
        err("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("need 5-7 issues, have %d" % len(issues))
    for a in actors.values():
        if set(a) != {"id", "name", "aliases"} or not isinstance(a["aliases"], list):
            err("actor %s must have exactly id, name, aliases (list)" % a["id"])
    for i in issues.values():
        if set(i) != {"id", "name", "description", "terms"} or not isinstance(i["terms"], list):
            err("issue %s must have exactly id, name, description, terms (list)" % i["id"])
    giveup = re.compile(r"\b(drops|dropped|abandons|abandoned|withdraws|withdrawn|scraps|scrapped|suspends|suspended|gives up|given up|removed)\b")
    if not any(giveup.search(i["name"]) for i in issues.values()):
        err("no issue is phrased with a give-up verb")
    seen_base = set()
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            err("bad baseline entry %r" % b)
        if (b["actor"], b["issue"]) in seen_base:
            err("duplicate baseline entry %r" % b)
        seen_base.add((b["actor"], b["issue"]))

    # ---- articles
    n = len(ARTICLES)
    if not 30 <= n <= 34:
        err("need 30-34 articles, have %d" % n)
    prev = None
    built = []
    for idx, a in enumerate(ARTICLES, 1):
        aid = "%03d" % idx
        pub = dt.datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
        if prev and pub <= prev:
            err("%s: not in publication order" % aid)
        prev = pub
        source = OUTLETS[a["outlet"]]
        url = "https://example.org/%s/%s/%s" % (a["outlet"], pub.strftime("%Y/%m/%d"), a["slug"])
        text = a["text"]
        words = len(text.split())
        if not 120 <= words <= 260:
            err("%s: %d words (need 120-260)" % (aid, words))
        m = re.match(r"^([A-Z][A-Z .'-]*), (%s) (\d{1,2}) \((.+?)\) - \S" % "|".join(MONTHS), text)
        if not m:
            err("%s: bad dateline" % aid)
        else:
            if m.group(4) != source:
                err("%s: dateline outlet %r != %r" % (aid, m.group(4), source))
            if MONTHS.index(m.group(2)) + 1 != pub.month or int(m.group(3)) != pub.day:
                err("%s: dateline date does not match published" % aid)
        if any(ord(c) > 127 for c in text + a["title"]):
            err("%s: non-ASCII character" % aid)
        seen = set()
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if actor not in actors:
                err("%s: unknown actor %s" % (aid, actor))
            if issue not in issues:
                err("%s: unknown issue %s" % (aid, issue))
            if stance not in STANCES:
                err("%s: bad stance %s" % (aid, stance))
            if quote not in text:
                err("%s: quote not in text: %r" % (aid, quote))
            if len(quote.split()) > 15:
                err("%s: quote longer than 15 words: %r" % (aid, quote))
            if not isinstance(attributed, bool):
                err("%s: attributed must be bool" % aid)
            key = (actor, issue, stance)
            if key in seen:
                err("%s: duplicate claim tuple %r" % (aid, key))
            seen.add(key)
        built.append(dict(id=aid, pub=pub, source=source, outlet=a["outlet"], url=url,
                          title=a["title"], text=text, claims=a["claims"]))

    urls = [b["url"] for b in built]
    if len(set(urls)) != len(urls):
        err("duplicate urls")

    # ---- recompute shifts from baseline + attributed claims in article order
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    recomputed = []
    for b in built:
        for (actor, issue, stance, quote, attributed) in b["claims"]:
            if not attributed:
                continue
            old = prevailing.get((actor, issue))
            if old is not None and old != stance:
                recomputed.append((actor, issue, old, stance, b["id"]))
            prevailing[(actor, issue)] = stance
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(recomputed) != sorted(labelled):
        err("shifts mismatch:\n  recomputed %r\n  labelled   %r" % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        err("need 5-8 shifts, have %d" % len(SHIFTS))
    if not any("conditional" in (s["frm"], s["to"]) for s in SHIFTS):
        err("need a shift to or from conditional")
    straight = [s for s in SHIFTS if {s["frm"], s["to"]} == {"support", "oppose"}]
    if len(straight) > 2:
        err("too many straight support/oppose reversals: %d" % len(straight))

    # ---- claim totals
    allc = [c for b in built for c in b["claims"]]
    by = {s: sum(1 for c in allc if c[2] == s) for s in STANCES}
    if not 60 <= len(allc) <= 90:
        err("need 60-90 claims, have %d" % len(allc))
    if by["conditional"] < 6:
        err("need at least 6 conditional claims")
    if min(by.values()) == 0:
        err("all three stances must be present")
    if not any(c[4] is False for c in allc):
        err("need some attributed:false claims")
    empty = [b["id"] for b in built if not b["claims"]]
    if not 3 <= len(empty) <= 4:
        err("need 3-4 no-claim articles, have %r" % empty)

    # duplicates: identical claims, same day, different outlet
    for orig, copy in DUPLICATES:
        bo, bc = built[int(orig) - 1], built[int(copy) - 1]
        if bo["pub"].date() != bc["pub"].date() or bo["outlet"] == bc["outlet"] or not bc["pub"] > bo["pub"]:
            err("duplicate pair %s/%s: must be same day, later, different outlet" % (orig, copy))
        if [c[:3] + (c[4],) for c in bo["claims"]] != [c[:3] + (c[4],) for c in bc["claims"]]:
            err("duplicate pair %s/%s: claims differ" % (orig, copy))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    if not any(o in shift_articles for o, _ in DUPLICATES):
        err("one duplicate pair must be a shift article")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # ---- write files
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        if f.endswith(".json"):
            os.remove(os.path.join(HERE, "articles", f))
    for f in os.listdir(os.path.join(HERE, "feeds")):
        if f.endswith(".xml"):
            os.remove(os.path.join(HERE, "feeds", f))
    for b in built:
        doc = {"id": b["id"], "published": b["pub"].strftime("%Y-%m-%dT%H:%M:%SZ"), "source": b["source"],
               "url": b["url"], "title": b["title"], "text": b["text"]}
        with open(os.path.join(HERE, "articles", b["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    labels = {
        "claims": {b["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in b["claims"]] for b in built},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": [b["id"] for b in built if b["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted([b for b in built if b["outlet"] == slug], key=lambda b: b["pub"], reverse=True)
        if not items:
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set irish-backstop-2019</description>" % escape(name),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % email.utils.format_datetime(items[0]["pub"], usegmt=True)]
        for b in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(b["title"]),
                    "      <link>%s</link>" % escape(b["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(b["url"]),
                    "      <pubDate>%s</pubDate>" % email.utils.format_datetime(b["pub"], usegmt=True),
                    "      <description>%s</description>" % escape(b["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        p = os.path.join(HERE, "feeds", slug + ".xml")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")
        feed_paths.append(p)

    # ---- post-write checks
    if len(feed_paths) != len(OUTLETS):
        print("VALIDATION FAILED: an outlet has no articles")
        sys.exit(1)
    for p in feed_paths:
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            print("VALIDATION FAILED: xmllint %s\n%s" % (p, r.stderr))
            sys.exit(1)
    reread = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    assert sorted(reread["claims"]) == [b["id"] for b in built]
    assert sorted(reread["no_alert_articles"]) == sorted(set(reread["claims"]) - set(shift_articles))

    print("OK: %d articles, %d claims (support %d, oppose %d, conditional %d; attributed false %d), "
          "%d shifts in %d articles, %d no-claim articles %s, %d feeds pass xmllint"
          % (len(built), len(allc), by["support"], by["oppose"], by["conditional"],
             sum(1 for c in allc if c[4] is False), len(SHIFTS), len(shift_articles), len(empty), empty, len(feed_paths)))
    for b in built:
        print("  %s %s %-18s %3d words %d claims" % (b["id"], b["pub"].strftime("%Y-%m-%d"), b["outlet"],
                                                     len(b["text"].split()), len(b["claims"])))


# (original, copy) duplicate pairs
DUPLICATES = [("003", "004"), ("007", "008")]

if __name__ == "__main__":
    main()
