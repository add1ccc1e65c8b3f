#!/usr/bin/env python3
"""Build the windsor-framework-2023 blind evaluation set (articles, feeds, labels) and validate it.

Self-contained: run `python3 build.py` from this folder. Written blind: the author did not read the reader.
"""
import json
import os
import subprocess
import sys
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    'causeway-wire': 'Causeway Wire',
    'estuary-post': 'Estuary Post',
    'lantern-dispatch': 'Lantern Dispatch',
    'ridgeway-herald': 'Ridgeway Herald',
}

ARTICLES = []


def art(outlet, published, slug, title, text, claims):
    ARTICLES.append(dict(outlet=outlet, published=published, slug=slug, title=title, text=text.strip(), claims=claims))


def c(actor, issue, stance, quote, attributed=True):
    return dict(actor=actor, issue=issue, stance=stance, quote=quote, attributed=attributed)


# ---------------------------------------------------------------- 2022
art('causeway-wire', '2022-05-13T15:40:00Z', 'dup-blocks-assembly-speaker',
    'DUP blocks election of Stormont speaker over post-Brexit trade rules',
    """BELFAST, May 13 (Causeway Wire) - The Democratic Unionist Party on Friday blocked the election of a speaker for Northern Ireland's new assembly, leaving the legislature unable to sit a week after Sinn Fein became its largest party.

DUP leader Jeffrey Donaldson told the chamber his party would not support the election of a speaker until the British government took decisive action on the Northern Ireland Protocol, the post-Brexit arrangement that places checks on goods arriving from Great Britain.

He said the checks on goods crossing the Irish Sea had to be removed, arguing that they had damaged Northern Ireland's place in the United Kingdom's internal market.

Sinn Fein vice-president Michelle O'Neill, who is in line to become first minister, accused the DUP of punishing the public. She said the party should return to work and form an executive without delay.

Members of the smaller Alliance Party said the stalemate could last for months.""",
    [c('dup', 'dup-returns-stormont', 'conditional', 'would not support the election of a speaker until the British government took decisive action'),
     c('dup', 'scrap-irish-sea-checks', 'support', 'the checks on goods crossing the Irish Sea had to be removed'),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'the party should return to work and form an executive without delay')])

art('estuary-post', '2022-05-17T16:20:00Z', 'truss-announces-protocol-legislation',
    'Truss announces law to rewrite parts of Northern Ireland deal; EU warns of response',
    """LONDON, May 17 (Estuary Post) - Britain will bring forward legislation to change parts of the Northern Ireland Protocol without the European Union's agreement, Foreign Secretary Liz Truss told parliament on Tuesday.

Truss said the government's preference was still a negotiated solution, but that it could not wait while the protocol's trade checks undermined the peace settlement. Officials said a bill would be published within weeks.

European Commission Vice-President Maros Sefcovic said the plan was a matter of significant concern. He said the EU would not renegotiate the protocol and that a unilateral law setting aside an international agreement was not acceptable.

In Dublin, Foreign Minister Simon Coveney called the announcement deeply regrettable and urged London to step back from legislating and return to talks.

The pound was little changed after the statement.""",
    [c('uk-government', 'drop-protocol-bill', 'oppose', 'Britain will bring forward legislation to change parts of the Northern Ireland Protocol'),
     c('eu', 'drop-protocol-bill', 'support', 'a unilateral law setting aside an international agreement was not acceptable'),
     c('ireland', 'drop-protocol-bill', 'support', 'urged London to step back from legislating and return to talks')])

art('ridgeway-herald', '2022-06-13T18:05:00Z', 'protocol-bill-published',
    'UK publishes Northern Ireland Protocol Bill; Brussels says it has no justification',
    """LONDON, June 13 (Ridgeway Herald) - The British government on Monday published the Northern Ireland Protocol Bill, which would let ministers switch off parts of the post-Brexit trade arrangements for the region.

Truss described the bill as "a reasonable, practical solution" to the problems the protocol had caused, and said the government would press ahead with it while remaining open to talks.

The European Commission reacted within hours. Sefcovic said there was "no legal nor political justification" for unilaterally changing an international agreement and called on London to abandon the plan.

DUP leader Jeffrey Donaldson welcomed the bill as a significant step and said it must be passed quickly. He said the party would judge the government by its actions and would not return to the executive until the legislation made progress.

The bill creates a green lane for goods staying in Northern Ireland and removes the role of the European Court of Justice.""",
    [c('uk-government', 'drop-protocol-bill', 'oppose', 'the government would press ahead with it while remaining open to talks'),
     c('eu', 'drop-protocol-bill', 'support', 'called on London to abandon the plan'),
     c('dup', 'drop-protocol-bill', 'oppose', 'welcomed the bill as a significant step and said it must be passed quickly'),
     c('dup', 'dup-returns-stormont', 'conditional', 'would not return to the executive until the legislation made progress')])

art('lantern-dispatch', '2022-06-15T12:30:00Z', 'eu-relaunches-legal-action',
    'EU revives legal case against Britain and opens two new ones over protocol',
    """BRUSSELS, June 15 (Lantern Dispatch) - The European Commission on Wednesday restarted legal proceedings against Britain that it had put on hold last year and opened two new infringement cases, two days after London published a bill to override parts of the Northern Ireland Protocol.

Speaking at a news conference in Brussels, Sefcovic said the Commission had no choice but to act, accusing Britain of failing to carry out border checks it had signed up to. He said the bill was illegal and that the EU's door remained open to dialogue.

A British government spokesperson said it was disappointed by the move and called on the Commission to withdraw the proceedings, saying legal action would do nothing to fix the problems facing businesses in Northern Ireland.

The Irish government said it understood why the Commission had acted. Some lawyers noted that the cases could take years to reach the European Court of Justice.""",
    [c('eu', 'eu-drops-legal-action', 'oppose', 'restarted legal proceedings against Britain that it had put on hold last year'),
     c('eu', 'drop-protocol-bill', 'support', 'He said the bill was illegal'),
     c('uk-government', 'eu-drops-legal-action', 'support', 'called on the Commission to withdraw the proceedings')])

art('estuary-post', '2022-06-27T22:15:00Z', 'protocol-bill-clears-first-commons-vote',
    'Protocol Bill clears first Commons hurdle as Theresa May warns it breaks the law',
    """LONDON, June 27 (Estuary Post) - British lawmakers voted 295 to 221 on Monday to give the Northern Ireland Protocol Bill a second reading, its first major test in parliament.

Prime Minister Boris Johnson has described the changes as a relatively trivial set of adjustments, and his office said on Monday that the government was determined to get the bill on the statute book.

Former prime minister Theresa May, who negotiated an earlier Brexit deal, told the chamber she could not support the bill, saying it would not achieve its aims and was not legal under international law. Several other Conservatives abstained.

Opposition parties voted against. The bill now goes to detailed scrutiny, and ministers hope it will clear the Commons before the summer recess in July.""",
    [c('uk-government', 'drop-protocol-bill', 'oppose', 'the government was determined to get the bill on the statute book')])

art('causeway-wire', '2022-07-22T11:50:00Z', 'eu-opens-four-new-cases',
    'EU opens four more infringement cases against UK over Northern Ireland',
    """BRUSSELS, July 22 (Causeway Wire) - The European Commission said on Friday it had opened four new infringement procedures against Britain for failing to meet its obligations under the Northern Ireland Protocol, stepping up a legal fight that began last month.

The Commission said Britain had not notified it of new rules for goods and had failed to apply some excise and VAT provisions. It gave London two months to reply.

Sefcovic said the Commission would continue to defend the protocol in court for as long as Britain kept pushing its bill through parliament. The bill cleared the House of Commons earlier in the week and now goes to the House of Lords.

A Foreign Office source said the latest cases were disappointing. Diplomats in Brussels said the timing was intended to send a message to the candidates running to succeed Johnson, among them Truss.""",
    [c('eu', 'eu-drops-legal-action', 'oppose', 'it had opened four new infringement procedures against Britain'),
     c('eu', 'drop-protocol-bill', 'support', 'for as long as Britain kept pushing its bill through parliament')])

art('ridgeway-herald', '2022-10-28T17:30:00Z', 'stormont-deadline-passes',
    'Stormont deadline passes with no executive; election looms',
    """BELFAST, Oct 28 (Ridgeway Herald) - A legal deadline for restoring Northern Ireland's power-sharing government passed at midnight on Thursday, leaving Northern Ireland Secretary Chris Heaton-Harris under a duty to call a fresh election.

Heaton-Harris said he was deeply disappointed and urged the parties to get back into the executive, but he declined to say when the election would be held.

A last-ditch sitting of the assembly at Stormont on Thursday collapsed when the DUP again refused to back the election of a speaker. Donaldson said the party would not return to the executive until the protocol had been replaced by arrangements unionists could support.

Sinn Fein president Mary Lou McDonald said voters would not forgive the DUP for walking away, and that power-sharing should be restored immediately.

Some political scientists predicted that another election would produce much the same result.""",
    [c('uk-government', 'dup-returns-stormont', 'support', 'urged the parties to get back into the executive'),
     c('dup', 'dup-returns-stormont', 'conditional', 'would not return to the executive until the protocol had been replaced'),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'power-sharing should be restored immediately')])

# ---------------------------------------------------------------- 2023
art('lantern-dispatch', '2023-01-09T19:10:00Z', 'data-sharing-deal',
    'UK and EU reach deal on trade data, first step in Northern Ireland talks',
    """LONDON, Jan 9 (Lantern Dispatch) - Britain and the European Union agreed on Monday to give EU officials live access to British customs data on goods moving into Northern Ireland, the first concrete step in months of talks over the region's post-Brexit trade rules.

Foreign Secretary James Cleverly and Sefcovic met in London and said in a joint statement that the agreement gave a new basis for discussions. Neither side set a date for a wider deal.

Asked whether the government would now drop its bill to override the protocol, Cleverly declined to say, telling reporters that the talks were at a sensitive stage.

Trade groups in Belfast welcomed the step. Analysts said it could pave the way for a broader agreement within weeks, though one warned that the hardest issues, including the role of EU law, had not been touched.""",
    [])

art('causeway-wire', '2023-02-07T14:25:00Z', 'cleverly-bill-may-not-be-needed',
    'Cleverly says protocol bill would not be needed if talks succeed',
    """LONDON, Feb 7 (Causeway Wire) - Britain would no longer need its legislation to override the Northern Ireland Protocol if negotiations with the European Union produced an agreement that fixed the region's trade problems, Foreign Secretary James Cleverly said on Tuesday.

He told broadcasters that the bill would stay in reserve in the House of Lords until a deal was done, but that it could be set aside once the government was satisfied that an agreement met its aims.

The comments drew a sharp reaction from Conservative Brexit supporters. Mark Francois, chairman of the European Research Group of Eurosceptic lawmakers, said the bill must not be ditched and warned ministers against giving away their only leverage.

The DUP's Brexit spokesman Sammy Wilson said the legislation had to be kept and passed, not traded away in return for promises from Brussels.""",
    [c('uk-government', 'drop-protocol-bill', 'conditional', 'could be set aside once the government was satisfied that an agreement met its aims'),
     c('erg', 'drop-protocol-bill', 'oppose', 'the bill must not be ditched'),
     c('dup', 'drop-protocol-bill', 'oppose', 'the legislation had to be kept and passed')])

art('ridgeway-herald', '2023-02-17T20:40:00Z', 'sunak-belfast-talks-seven-tests',
    'Sunak meets Northern Ireland parties as DUP restates its seven tests',
    """BELFAST, Feb 17 (Ridgeway Herald) - Prime Minister Rishi Sunak met Northern Ireland's main parties at a hotel outside Belfast on Friday, fuelling speculation that a deal with the European Union on post-Brexit trade was close.

Sunak said there were still issues to work through and would not be drawn on timing.

After the meeting, Donaldson said any agreement would be judged against the seven tests his party set out in 2021. He said there could be no border in the Irish Sea, meaning no checks on goods moving from Great Britain to Northern Ireland. The party would go back into power-sharing only if those tests were met, he added.

Sinn Fein's O'Neill said she had told Sunak a deal must be followed at once by the restoration of the executive.

Brussels has long insisted that some checks must stay to protect the EU single market.

Commentators in London speculated that Sunak could announce an agreement as early as next week, while some unionists said any deal would fall short.""",
    [c('dup', 'scrap-irish-sea-checks', 'support', 'no checks on goods moving from Great Britain to Northern Ireland'),
     c('dup', 'dup-returns-stormont', 'conditional', 'go back into power-sharing only if those tests were met'),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'a deal must be followed at once by the restoration of the executive'),
     c('eu', 'scrap-irish-sea-checks', 'oppose', 'Brussels has long insisted that some checks must stay', False)])

art('estuary-post', '2023-02-21T09:15:00Z', 'deal-speculation-von-der-leyen-trip',
    'Speculation grows over Brexit trade deal for Northern Ireland',
    """LONDON, Feb 21 (Estuary Post) - Diplomats in London and Brussels said on Tuesday that negotiators were close to settling the last details of a new arrangement for Northern Ireland's trade, although officials on both sides insisted that nothing was agreed until everything was agreed.

A European Commission spokesperson declined to say whether Commission President Ursula von der Leyen would travel to Britain this week. Downing Street said it did not comment on the prime minister's diary.

Analysts said a deal might soften the role of EU law in the region but was unlikely to satisfy every demand of the DUP, which has boycotted the Stormont assembly for a year. One former negotiator said Brussels could agree to drop its court cases as part of a package.

Sterling edged higher against the euro on the reports.""",
    [])

art('causeway-wire', '2023-02-27T16:45:00Z', 'windsor-framework-agreed',
    'Sunak and von der Leyen agree Windsor Framework; UK drops protocol bill',
    """WINDSOR, England, Feb 27 (Causeway Wire) - Prime Minister Rishi Sunak and European Commission President Ursula von der Leyen on Monday agreed a new deal for Northern Ireland's post-Brexit trade, which they called the Windsor Framework.

Sunak hailed "a decisive breakthrough". Under the deal, goods that are destined to stay in Northern Ireland will use a green lane with minimal paperwork, while goods heading on into Ireland and the EU go through a red lane with full checks. A new Stormont brake will let Northern Ireland's assembly object to changes to EU goods rules.

Sunak told a news conference that his government would not proceed with the Northern Ireland Protocol Bill now that a negotiated agreement was in place.

Von der Leyen said the framework opened a new chapter, and that the Commission would close the legal proceedings it had brought against Britain over the protocol.

The framework still needs to be formally adopted by both sides.""",
    [c('uk-government', 'windsor-framework', 'support', 'Sunak hailed "a decisive breakthrough"'),
     c('eu', 'windsor-framework', 'support', 'Von der Leyen said the framework opened a new chapter'),
     c('uk-government', 'drop-protocol-bill', 'support', 'his government would not proceed with the Northern Ireland Protocol Bill'),
     c('eu', 'eu-drops-legal-action', 'support', 'the Commission would close the legal proceedings it had brought against Britain')])

art('lantern-dispatch', '2023-02-27T18:20:00Z', 'windsor-deal-struck',
    'Windsor Framework struck: UK shelves protocol bill, EU to end court cases',
    """WINDSOR, England, Feb 27 (Lantern Dispatch) - Rishi Sunak and Ursula von der Leyen sealed a new agreement on Northern Ireland's trade on Monday, naming it the Windsor Framework after the town where they met.

The British prime minister hailed "a decisive breakthrough". Goods staying in Northern Ireland will travel through a green lane with light paperwork; goods moving on to Ireland and the wider EU will take a red lane with full checks. A Stormont brake gives the region's assembly a way to object to new EU goods rules.

Sunak told reporters that his government would not proceed with the Northern Ireland Protocol Bill now that a negotiated deal existed.

Von der Leyen said the framework opened a new chapter. She added that the Commission would close the legal proceedings it had opened against Britain over the protocol.

Both sides must still adopt the framework formally.""",
    [c('uk-government', 'windsor-framework', 'support', 'hailed "a decisive breakthrough"'),
     c('eu', 'windsor-framework', 'support', 'Von der Leyen said the framework opened a new chapter'),
     c('uk-government', 'drop-protocol-bill', 'support', 'his government would not proceed with the Northern Ireland Protocol Bill'),
     c('eu', 'eu-drops-legal-action', 'support', 'the Commission would close the legal proceedings it had opened against Britain')])

art('ridgeway-herald', '2023-02-28T13:00:00Z', 'windsor-reactions-dup-erg-study',
    'DUP and Brexit hardliners withhold verdict on Windsor deal; Dublin and Sinn Fein welcome it',
    """BELFAST, Feb 28 (Ridgeway Herald) - The Democratic Unionist Party said on Tuesday it would take its time to study the Windsor Framework, as reaction in Northern Ireland and Westminster split along familiar lines.

Donaldson said there had been significant progress in some areas, but that key issues of concern remained. The party could back the framework only if the legal text showed that EU law no longer applied to Northern Ireland's internal trade with Britain, he said.

At Westminster, the European Research Group of Conservative Brexit supporters said it had asked a panel of lawyers, chaired by veteran MP Bill Cash, to examine the text. Mark Francois said the group would support the deal only if that panel concluded it restored British sovereignty.

Sinn Fein leader Mary Lou McDonald welcomed the agreement and said it should be implemented in full. Taoiseach Leo Varadkar called it a very good deal for Northern Ireland and for the island as a whole.""",
    [c('dup', 'windsor-framework', 'conditional', 'could back the framework only if the legal text showed that EU law'),
     c('erg', 'windsor-framework', 'conditional', 'the group would support the deal only if that panel concluded'),
     c('sinn-fein', 'windsor-framework', 'support', 'welcomed the agreement and said it should be implemented in full'),
     c('ireland', 'windsor-framework', 'support', 'called it a very good deal for Northern Ireland')])

art('estuary-post', '2023-03-02T19:35:00Z', 'johnson-difficult-to-vote-for-deal',
    'Johnson says he would struggle to vote for Windsor deal; Sunak unmoved',
    """LONDON, March 2 (Estuary Post) - Former prime minister Boris Johnson said on Thursday he would find it very difficult to vote for the Windsor Framework, and that he had been wrong to let the original protocol Bill go.

Johnson, now a backbench MP, told a conference that Britain should instead have pressed on with the legislation his own government introduced last year.

Downing Street brushed off the intervention. Sunak said the framework was the right deal for Northern Ireland and that he would not reopen it. Northern Ireland Secretary Chris Heaton-Harris said MPs would get a vote on the Stormont brake.

Jim Allister, leader of the small Traditional Unionist Voice party, said the framework left an Irish Sea border in place and should be rejected outright.

The DUP's Sammy Wilson declined to say how the party would vote, saying its review was not finished.""",
    [c('uk-government', 'windsor-framework', 'support', 'Sunak said the framework was the right deal for Northern Ireland')])

art('causeway-wire', '2023-03-20T12:10:00Z', 'dup-to-vote-against-brake',
    'DUP will vote against Stormont brake, says framework does not go far enough',
    """BELFAST, March 20 (Causeway Wire) - The Democratic Unionist Party will vote against the Stormont brake when it comes before the British parliament this week, leader Jeffrey Donaldson said on Monday, dealing a blow to Sunak's hopes of winning unionist support for his Windsor Framework.

Donaldson said the party's officers had concluded after a three-week review that the framework did not deal with the fundamental problems created by the protocol. He said EU law would still apply in Northern Ireland and that the party could not accept that.

He said there were still checks on goods moving from Great Britain, and that unionists had been promised there would be none.

A government source said the vote would go ahead regardless. Labour said it would back the government.""",
    [c('dup', 'windsor-framework', 'oppose', 'The Democratic Unionist Party will vote against the Stormont brake'),
     c('dup', 'scrap-irish-sea-checks', 'support', 'unionists had been promised there would be none')])

art('lantern-dispatch', '2023-03-21T15:55:00Z', 'erg-verdict-against-framework',
    "Brexit hardliners' lawyers reject Windsor Framework; ERG to vote against",
    """LONDON, March 21 (Lantern Dispatch) - The European Research Group of Eurosceptic Conservative MPs said on Tuesday it would vote against the Stormont brake, after its panel of lawyers concluded the Windsor Framework left EU law in control of much of Northern Ireland's economy.

The panel, which the group calls its star chamber, said in its report that the brake was practically useless. Francois told a news conference that the ERG recommended that members vote against the government on Wednesday and that the group could not support the framework.

The ERG's opposition is not expected to threaten the vote's outcome, with the opposition Labour Party committed to backing the deal.

A government spokesperson said the framework had been widely welcomed and that the brake was a real safeguard.""",
    [c('erg', 'windsor-framework', 'oppose', 'the group could not support the framework'),
     c('uk-government', 'windsor-framework', 'support', 'the framework had been widely welcomed and that the brake was a real safeguard')])

art('ridgeway-herald', '2023-03-22T19:50:00Z', 'commons-backs-stormont-brake',
    'Commons backs Stormont brake by large margin despite DUP, Johnson and Truss',
    """LONDON, March 22 (Ridgeway Herald) - British lawmakers on Wednesday approved the Stormont brake, a central part of the Windsor Framework, by 515 votes to 29.

Former prime ministers Boris Johnson and Liz Truss were among 22 Conservatives who voted against, along with DUP lawmakers. Dozens more Conservatives abstained.

Sunak said after the result that the framework had now been endorsed by parliament and that it gave Northern Ireland the best of both worlds. He said the government would now move to implement it.

DUP MP Sammy Wilson said the party had voted against because the brake was not a veto. He said the vote did not change the party's view.

The framework will be formally adopted at a meeting in London on Friday.""",
    [c('uk-government', 'windsor-framework', 'support', 'the government would now move to implement it'),
     c('dup', 'windsor-framework', 'oppose', 'the party had voted against because the brake was not a veto')])

art('causeway-wire', '2023-03-24T13:20:00Z', 'framework-formally-adopted',
    'UK and EU formally adopt Windsor Framework in London',
    """LONDON, March 24 (Causeway Wire) - Britain and the European Union formally adopted the Windsor Framework on Friday, bringing the new trade arrangements for Northern Ireland into international law.

Cleverly and Sefcovic signed the decision at a meeting of the joint committee that oversees the Brexit withdrawal treaty. In a joint statement, the two sides said they were committed to implementing the framework in full and in good faith.

Sefcovic said the Commission had now begun closing its infringement cases against Britain, as promised when the deal was announced. Cleverly said the signing marked a new relationship between London and Brussels.

The green lane arrangements begin to apply later this year. Some business groups said they still needed more detail on the paperwork.""",
    [c('uk-government', 'windsor-framework', 'support', 'committed to implementing the framework in full and in good faith'),
     c('eu', 'windsor-framework', 'support', 'committed to implementing the framework in full and in good faith'),
     c('eu', 'eu-drops-legal-action', 'support', 'the Commission had now begun closing its infringement cases against Britain')])

art('lantern-dispatch', '2023-04-12T17:05:00Z', 'biden-belfast-visit',
    'Biden urges Northern Ireland leaders to revive power-sharing',
    """BELFAST, April 12 (Lantern Dispatch) - U.S. President Joe Biden urged Northern Ireland's politicians on Wednesday to restore their power-sharing government, in a speech at Ulster University marking 25 years since the Good Friday Agreement.

Biden said he hoped the assembly and executive would be restored soon, and praised the Windsor Framework as an important step. He met Sunak briefly in Belfast on Tuesday evening.

The DUP's Sammy Wilson repeated his view that Biden was hostile to unionists, a remark that drew criticism from other parties.

Donaldson told reporters in Belfast that he would not be giving a running commentary on the party's talks with the government.

Political analysts said the visit was unlikely to shift the DUP quickly, and that the party would wait to see what further assurances London offered.""",
    [])

art('ridgeway-herald', '2023-05-21T16:30:00Z', 'dup-rules-out-return',
    "Donaldson rules out Stormont return after Sinn Fein's council gains",
    """BELFAST, May 21 (Ridgeway Herald) - DUP leader Jeffrey Donaldson said on Sunday his party would not be going back into the Northern Ireland executive, rejecting calls to end its boycott after Sinn Fein became the largest party in local government for the first time.

He said the Windsor Framework had left the Irish Sea border in place and that there was no case for returning to Stormont now. He dismissed Sinn Fein's demand as an attempt to distract from the framework's flaws.

O'Neill, whose party won 144 council seats, said the DUP was holding the public to ransom and must return immediately. McDonald said voters had sent a clear message.

Sinn Fein, which has demanded that the assembly sit since last year, is also pressing the British government to set a deadline.

Some DUP councillors privately said they expected the boycott to last into the autumn.""",
    [c('dup', 'dup-returns-stormont', 'oppose', 'his party would not be going back into the Northern Ireland executive'),
     c('dup', 'scrap-irish-sea-checks', 'support', 'the Windsor Framework had left the Irish Sea border in place'),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'the DUP was holding the public to ransom and must return immediately')])

art('estuary-post', '2023-09-12T11:40:00Z', 'heaton-harris-framework-not-reopened',
    'London and Brussels say Windsor Framework will not be reopened for DUP',
    """LONDON, Sept 12 (Estuary Post) - Northern Ireland Secretary Chris Heaton-Harris said on Tuesday the Windsor Framework would not be renegotiated, but that the government was ready to give unionists further legal assurances about Northern Ireland's place in the United Kingdom.

He said the framework was working and that he wanted the executive restored as soon as possible.

In Brussels, Sefcovic told reporters the EU would not reopen the deal. He said checks on goods at risk of entering the EU single market would remain, rejecting the DUP's demand that every check on goods from Great Britain be removed.

DUP MP Gavin Robinson said the checks still faced by traders in Great Britain sending goods to Northern Ireland had to end. He would not say whether the party's talks with the government were close to a conclusion.""",
    [c('uk-government', 'windsor-framework', 'support', 'the framework was working'),
     c('uk-government', 'dup-returns-stormont', 'support', 'he wanted the executive restored as soon as possible'),
     c('eu', 'windsor-framework', 'support', 'the EU would not reopen the deal'),
     c('eu', 'scrap-irish-sea-checks', 'oppose', "rejecting the DUP's demand that every check on goods from Great Britain be removed"),
     c('dup', 'scrap-irish-sea-checks', 'support', 'sending goods to Northern Ireland had to end')])

art('causeway-wire', '2023-12-18T18:15:00Z', 'government-offers-package-dup-silent',
    'UK offers 3.3 billion pounds to restore Stormont; DUP weighs response',
    """BELFAST, Dec 18 (Causeway Wire) - The British government has offered Northern Ireland a package worth 3.3 billion pounds to settle public-sector pay claims and stabilise its finances, but only once a power-sharing executive is back in place, Heaton-Harris said on Monday.

He said the government had concluded its talks with the DUP and that it was now for the party to decide. He wanted the institutions back, he added.

Donaldson declined to say whether the party would accept the offer. According to two DUP members briefed on the discussions, he had told colleagues he was ready to go back if the government delivered the promised legislation.

McDonald said the DUP had run out of excuses and must return to Stormont before Christmas.

Trade unions said strike action would go ahead in January if pay was not settled.""",
    [c('uk-government', 'dup-returns-stormont', 'support', 'He wanted the institutions back, he added.'),
     c('dup', 'dup-returns-stormont', 'conditional', 'he was ready to go back if the government delivered the promised legislation', False),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'the DUP had run out of excuses and must return to Stormont')])

# ---------------------------------------------------------------- 2024
art('causeway-wire', '2024-01-30T07:30:00Z', 'dup-executive-backs-deal',
    'DUP backs deal to return to Stormont once new laws are passed',
    """BELFAST, Jan 30 (Causeway Wire) - The Democratic Unionist Party's ruling executive has backed a deal with the British government that would end the party's two-year boycott of Northern Ireland's power-sharing institutions, leader Jeffrey Donaldson said early on Tuesday.

Speaking after a meeting that ran past midnight, Donaldson said the party would return to the assembly once the government had passed the legislation it had agreed to bring forward. He said the deal would remove checks on goods moving within the UK and end the automatic application of new EU laws.

Some party officers opposed the package at the meeting, which was held behind closed doors near Belfast.

Heaton-Harris said the conditions were now in place for the assembly to return. O'Neill said Sinn Fein was ready to lead a new executive.""",
    [c('dup', 'dup-returns-stormont', 'conditional', 'would return to the assembly once the government had passed the legislation'),
     c('dup', 'scrap-irish-sea-checks', 'support', 'the deal would remove checks on goods moving within the UK'),
     c('uk-government', 'dup-returns-stormont', 'support', 'the conditions were now in place for the assembly to return'),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'Sinn Fein was ready to lead a new executive')])

art('estuary-post', '2024-01-30T10:05:00Z', 'dup-agrees-deal-end-boycott',
    'DUP agrees deal to end Stormont boycott, subject to new legislation',
    """BELFAST, Jan 30 (Estuary Post) - The DUP's executive has endorsed a deal with London that would bring the party back into Northern Ireland's power-sharing government, Jeffrey Donaldson announced in the early hours of Tuesday.

Donaldson told reporters after a meeting that lasted beyond midnight that the party would return to the assembly once the government had passed the legislation agreed between them. The deal would remove checks on goods moving within the UK, he said, and end the automatic application of new EU laws.

Some senior members voted against the package at the closed meeting near Belfast.

Northern Ireland Secretary Chris Heaton-Harris said the conditions were now in place for the assembly to return, while Sinn Fein's Michelle O'Neill said her party was ready to lead a new executive.""",
    [c('dup', 'dup-returns-stormont', 'conditional', 'the party would return to the assembly once the government had passed the legislation'),
     c('dup', 'scrap-irish-sea-checks', 'support', 'The deal would remove checks on goods moving within the UK'),
     c('uk-government', 'dup-returns-stormont', 'support', 'the conditions were now in place for the assembly to return'),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'her party was ready to lead a new executive')])

art('ridgeway-herald', '2024-01-31T16:10:00Z', 'safeguarding-the-union-published',
    "UK publishes 'Safeguarding the Union' paper; Brussels says framework unchanged",
    """LONDON, Jan 31 (Ridgeway Herald) - The British government on Wednesday published a command paper titled Safeguarding the Union, setting out the measures agreed with the DUP to restore power-sharing in Northern Ireland.

Heaton-Harris told parliament that the paper would end routine checks on goods moving from Great Britain and staying in Northern Ireland, and that he looked forward to the executive being restored within days.

A European Commission spokesperson said the Windsor Framework had not been changed and that the EU expected it to be fully respected. Sefcovic said checks would still apply to goods at risk of moving into the EU single market, a point he said was not up for negotiation.

Jim Allister of the Traditional Unionist Voice said the paper was a sham and that the Irish Sea border remained. The ERG had not given a view by Wednesday evening.""",
    [c('uk-government', 'dup-returns-stormont', 'support', 'he looked forward to the executive being restored within days'),
     c('eu', 'windsor-framework', 'support', 'the EU expected it to be fully respected'),
     c('eu', 'scrap-irish-sea-checks', 'oppose', 'a point he said was not up for negotiation')])

art('lantern-dispatch', '2024-02-01T21:00:00Z', 'laws-pass-dup-to-return',
    'Parliament passes Stormont laws; DUP says it will return on Saturday',
    """LONDON, Feb 1 (Lantern Dispatch) - Britain's parliament on Thursday passed the two pieces of legislation agreed with the DUP, clearing the way for Northern Ireland's assembly to sit again.

Donaldson said there was now no obstacle that would prevent his party from returning, and that the DUP would nominate ministers to a new executive when the assembly met on Saturday. He said the party had secured changes that no one had thought possible.

He said the new laws guaranteed Northern Ireland's place in the UK internal market and would stop the automatic application of future EU rules. Critics inside unionism, including Jim Allister, said the changes were cosmetic.

Heaton-Harris thanked MPs and peers for moving quickly. In Dublin, Varadkar said he was looking forward to working with the new executive. The two bills passed the House of Lords without a vote.

Some grassroots unionist groups said they would continue to campaign against the Windsor Framework.""",
    [c('dup', 'dup-returns-stormont', 'support', 'the DUP would nominate ministers to a new executive when the assembly met'),
     c('dup', 'dup-returns-stormont', 'support', 'there was now no obstacle that would prevent his party from returning')])

art('causeway-wire', '2024-02-03T15:25:00Z', 'oneill-first-minister',
    "O'Neill becomes first nationalist first minister as Stormont returns",
    """BELFAST, Feb 3 (Causeway Wire) - Michelle O'Neill of Sinn Fein became Northern Ireland's first nationalist first minister on Saturday as the region's power-sharing government returned after a two-year boycott by the Democratic Unionist Party.

The DUP nominated Emma Little-Pengelly as deputy first minister, and the assembly elected a speaker at its first sitting since 2022.

O'Neill told the chamber she would be a first minister for all. Donaldson said it was a good day for Northern Ireland and that the party had returned because the union was now safeguarded.

Sunak welcomed the return of the executive. Varadkar said in Dublin that the restoration of the institutions was very good news.

The new executive faces an immediate budget squeeze and strike threats across the public sector.""",
    [c('dup', 'dup-returns-stormont', 'support', 'The DUP nominated Emma Little-Pengelly as deputy first minister'),
     c('sinn-fein', 'dup-returns-stormont', 'support', 'she would be a first minister for all'),
     c('uk-government', 'dup-returns-stormont', 'support', 'Sunak welcomed the return of the executive'),
     c('ireland', 'dup-returns-stormont', 'support', 'the restoration of the institutions was very good news')])

art('estuary-post', '2024-02-05T13:45:00Z', 'sunak-varadkar-stormont-visit',
    'Sunak and Varadkar visit restored Stormont; framework stays, both say',
    """BELFAST, Feb 5 (Estuary Post) - Rishi Sunak and Leo Varadkar visited Stormont on Monday to meet the leaders of Northern Ireland's new executive, two days after power-sharing was restored.

Sunak said the Windsor Framework remained the basis of trade with the European Union and that the command paper sat alongside it. Varadkar said the paper had not changed the framework in any way, and that Dublin welcomed that.

Asked about remarks by Sinn Fein leaders that a referendum on Irish unity could come within a decade, Sunak said such a vote was not in prospect. Varadkar declined to be drawn.

The DUP, which had refused to nominate ministers for two years, sent Little-Pengelly to every one of Monday's meetings.

Unionist critics of the DUP held a small protest outside the building.""",
    [c('uk-government', 'windsor-framework', 'support', 'the Windsor Framework remained the basis of trade with the European Union'),
     c('ireland', 'windsor-framework', 'support', 'the paper had not changed the framework in any way, and that Dublin welcomed that')])

SHIFTS = [
    # (actor, issue, from, to, article slug, why)
    ('uk-government', 'drop-protocol-bill', 'oppose', 'conditional', 'cleverly-bill-may-not-be-needed',
     'Cleverly says the bill could be set aside once an agreement meets the government\'s aims; in 2022 the government was determined to press ahead with it.'),
    ('uk-government', 'drop-protocol-bill', 'conditional', 'support', 'windsor-framework-agreed',
     'Sunak says the government will not proceed with the Protocol Bill now that the Windsor Framework is agreed.'),
    ('eu', 'eu-drops-legal-action', 'oppose', 'support', 'windsor-framework-agreed',
     'Von der Leyen says the Commission will close the legal proceedings; in 2022 it restarted one case and opened six new ones.'),
    ('dup', 'windsor-framework', 'conditional', 'oppose', 'dup-to-vote-against-brake',
     'Donaldson announces the DUP will vote against the Stormont brake; on Feb 28 the party could back the framework only under a condition.'),
    ('erg', 'windsor-framework', 'conditional', 'oppose', 'erg-verdict-against-framework',
     'Francois says the ERG cannot support the framework after its lawyers\' verdict; on Feb 28 support depended on that verdict.'),
    ('dup', 'dup-returns-stormont', 'conditional', 'oppose', 'dup-rules-out-return',
     'Donaldson flatly says the DUP will not go back into the executive and rejects calls to end the boycott; earlier refusals were tied to stated conditions.'),
    ('dup', 'dup-returns-stormont', 'oppose', 'conditional', 'dup-executive-backs-deal',
     'Donaldson says the party will return once the agreed legislation is passed (reversal of the May 2023 refusal); the Dec 2023 report of the same position was unattributed.'),
    ('dup', 'dup-returns-stormont', 'conditional', 'support', 'laws-pass-dup-to-return',
     'With the laws passed, Donaldson says the DUP will nominate ministers on Saturday, with no obstacle left.'),
]

DUPLICATES = [('windsor-framework-agreed', 'windsor-deal-struck'), ('dup-executive-backs-deal', 'dup-agrees-deal-end-boycott')]


def build():
    ARTICLES.sort(key=lambda a: a['published'])
    slug_to_id = {}
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    claims = {}
    for n, a in enumerate(ARTICLES, 1):
        aid = f'{n:03d}'
        a['id'] = aid
        slug_to_id[a['slug']] = aid
        ymd = a['published'][:10].replace('-', '/')
        a['url'] = f"https://example.org/{a['outlet']}/{ymd}/{a['slug']}"
        doc = {'id': aid, 'published': a['published'], 'source': OUTLETS[a['outlet']], 'url': a['url'],
               'title': a['title'], 'text': a['text']}
        with open(os.path.join(HERE, 'articles', f'{aid}.json'), 'w', encoding='utf-8') as f:
            json.dump(doc, f, ensure_ascii=False, indent=2)
            f.write('\n')
        claims[aid] = a['claims']
    shifts = [{'actor': s[0], 'issue': s[1], 'from': s[2], 'to': s[3], 'article': slug_to_id[s[4]], 'why': s[5]}
              for s in SHIFTS]
    shift_articles = {s['article'] for s in shifts}
    labels = {'claims': claims, 'shifts': shifts,
              'no_alert_articles': [a['id'] for a in ARTICLES if a['id'] not in shift_articles]}
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for key, name in OUTLETS.items():
        items = [a for a in ARTICLES if a['outlet'] == key]
        items.sort(key=lambda a: a['published'], reverse=True)
        dt = lambda a: format_datetime(datetime.strptime(a['published'], '%Y-%m-%dT%H:%M:%SZ').replace(
            tzinfo=__import__('datetime').timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{key}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch windsor-framework-2023 blind set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{dt(items[0])}</lastBuildDate>']
        for a in items:
            out += ['    <item>', f"      <title>{escape(a['title'])}</title>", f"      <link>{escape(a['url'])}</link>",
                    f"      <guid isPermaLink=\"true\">{escape(a['url'])}</guid>", f'      <pubDate>{dt(a)}</pubDate>',
                    f"      <description>{escape(a['text'])}</description>", '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', f'{key}.xml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))
    return labels, slug_to_id


def validate(labels, slug_to_id):
    import re
    errors = []
    wl = open(os.path.join(HERE, 'watchlist.yaml'), encoding='utf-8').read()
    actors = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    aliases:', wl, re.M))
    issues = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    description:', wl, re.M))
    stances = {'support', 'oppose', 'conditional'}
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    if files != sorted(labels['claims']):
        errors.append('article files and label ids differ')
    for aid, cl in labels['claims'].items():
        doc = json.load(open(os.path.join(HERE, 'articles', f'{aid}.json'), encoding='utf-8'))
        if doc['id'] != aid:
            errors.append(f'{aid}: id mismatch')
        words = len(doc['text'].split())
        if not 120 <= words <= 260:
            errors.append(f'{aid}: {words} words')
        for x in cl:
            if x['quote'] not in doc['text']:
                errors.append(f"{aid}: quote not in text: {x['quote']}")
            if len(x['quote'].split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {x['quote']}")
            if x['actor'] not in actors or x['issue'] not in issues or x['stance'] not in stances:
                errors.append(f'{aid}: unknown actor/issue/stance {x}')
    # shift chain: replay attributed claims from the baseline and compare with the labelled shifts
    base = {(a, i): s for a, i, s in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\S+)\}', wl)}
    for a, i in base:
        if a not in actors or i not in issues:
            errors.append(f'baseline unknown {a} {i}')
    cur, replay = dict(base), []
    for aid in sorted(labels['claims']):
        seen = set()
        for x in labels['claims'][aid]:
            k = (x['actor'], x['issue'])
            if not x['attributed'] or k in seen:
                continue
            seen.add(k)
            if k in cur and cur[k] != x['stance']:
                replay.append((x['actor'], x['issue'], cur[k], x['stance'], aid))
            cur[k] = x['stance']
    dup_ids = {slug_to_id[b] for _, b in DUPLICATES}
    replay = [r for r in replay if r[4] not in dup_ids]
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(replay) != sorted(labelled):
        errors.append(f'shift replay differs:\n  replay={replay}\n  labels={labelled}')
    for f in os.listdir(os.path.join(HERE, 'feeds')):
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f)], capture_output=True, text=True)
        if r.returncode:
            errors.append(f'xmllint {f}: {r.stderr.strip()}')
    return errors


if __name__ == '__main__':
    labels, slug_to_id = build()
    errs = validate(labels, slug_to_id)
    n_claims = sum(len(v) for v in labels['claims'].values())
    by = {}
    for v in labels['claims'].values():
        for x in v:
            by[x['stance']] = by.get(x['stance'], 0) + 1
    print(f"articles={len(labels['claims'])} claims={n_claims} {by} "
          f"unattributed={sum(1 for v in labels['claims'].values() for x in v if not x['attributed'])} "
          f"shifts={len(labels['shifts'])} empty={[k for k, v in labels['claims'].items() if not v]}")
    for e in errs:
        print('ERROR', e)
    sys.exit(1 if errs else 0)
