#!/usr/bin/env python3
"""Build and validate the twitter-musk-acquisition-2022 labelled timeline.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then checks that every quote is an exact substring (<= 15 words), every actor/issue exists in
watchlist.yaml, ids match files, shifts follow the prevailing-stance rule and feeds are well formed.
Run: python3 build.py
"""
import json, os, re, sys
from email.utils import format_datetime
from datetime import datetime
from xml.sax.saxutils import escape
import xml.dom.minidom

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    'bayline-wire': 'Bayline Wire',
    'ledgerpoint-news': 'Ledgerpoint News',
    'coastal-courier': 'Coastal Courier',
    'summit-business-daily': 'Summit Business Daily',
    'pinecrest-herald': 'Pinecrest Herald',
}

B, A, T, F, S = 'musk-buys-twitter', 'musk-abandons-deal', 'fast-track-trial', 'bank-financing', 'zatko-investigation'

ARTICLES = [
# 001
dict(published='2022-04-14T13:10:00Z', outlet='bayline-wire', slug='musk-offers-to-buy-twitter',
title='Musk offers to buy Twitter for $54.20 a share in cash',
text="""SAN FRANCISCO, Apr 14 (Bayline Wire) - Elon Musk offered on Thursday to buy Twitter outright for $54.20 a share in cash, valuing the social media company at about $43 billion, days after he disclosed a stake of more than 9 percent.

In a letter to Twitter's chair Bret Taylor filed with regulators, the Tesla chief executive called it his best and final offer and said he would reconsider his position as a shareholder if the board turned it down. Musk said Twitter needed to be taken private to become a genuine platform for free speech.

Twitter said its board would carefully review the proposal to decide on the course of action in the best interest of the company and all of its shareholders. It gave no timetable.

The offer is a premium of 38 percent over the share price on April 1, the last trading day before Musk's stake became public. Twitter shares rose about 2 percent in early trading as some investors questioned whether he could raise the money. Analysts said the board was likely to look for a higher bidder or a way to hold Musk off.""",
claims=[('musk', B, 'support', 'Elon Musk offered on Thursday to buy Twitter outright', True)]),
# 002
dict(published='2022-04-14T18:30:00Z', outlet='pinecrest-herald', slug='saudi-prince-rejects-musk-offer',
title="Saudi investor Prince Alwaleed rejects Musk's Twitter bid",
text="""RIYADH, Apr 14 (Pinecrest Herald) - Saudi Prince Alwaleed bin Talal, one of Twitter's longest-standing investors, rejected Elon Musk's offer to buy the company on Thursday, saying it fell well short of the company's value.

Alwaleed, who together with his investment firm Kingdom Holding owns a stake of about 5 percent, said in a post on Twitter that he did not believe the $54.20 a share bid came close to the intrinsic value of the company given its growth prospects. As one of the largest and long-term shareholders, he said, he and Kingdom Holding rejected the offer.

Musk replied hours later with two questions for the prince, asking how much of Twitter the kingdom owned directly and indirectly and what its views were on journalistic freedom of speech. He did not say whether he would raise his price.

Kingdom Holding first invested in Twitter in 2011. Shares of the Riyadh-listed firm were little changed.""",
claims=[('kingdom-holding', B, 'oppose', 'he and Kingdom Holding rejected the offer', True)]),
# 003
dict(published='2022-04-15T14:00:00Z', outlet='ledgerpoint-news', slug='twitter-adopts-poison-pill',
title='Twitter board adopts poison pill to fend off Musk',
text="""SAN FRANCISCO, Apr 15 (Ledgerpoint News) - Twitter's board on Friday unanimously adopted a one-year shareholder rights plan, a so-called poison pill meant to stop Elon Musk from building a controlling stake without its approval, a day after he offered to buy the company.

Under the plan, if any person or group buys 15 percent or more of Twitter's stock without the board's blessing, other shareholders can buy new shares at a steep discount, diluting the buyer. The company said the plan would guard against anyone gaining control through open market purchases without paying all shareholders an appropriate control premium.

The board did not publicly respond to the offer itself, and Musk did not immediately comment on the move.

Corporate lawyers said poison pills rarely stop a determined bidder outright but usually push the bidder to negotiate with the board or take the offer straight to shareholders. Twitter shares ended the week at $45.08, well below the offer price.""",
claims=[('twitter', B, 'oppose', 'a so-called poison pill meant to stop Elon Musk from building a controlling stake', True)]),
# 004
dict(published='2022-04-21T12:30:00Z', outlet='summit-business-daily', slug='musk-lines-up-financing-for-twitter-bid',
title='Musk lines up $46.5 billion, including $13 billion of bank loans, for Twitter bid',
text="""NEW YORK, Apr 21 (Summit Business Daily) - Elon Musk said on Thursday he had secured $46.5 billion in financing for his bid for Twitter, including $13 billion of debt from a group of banks led by Morgan Stanley, and was exploring a tender offer to take his proposal directly to shareholders.

According to a regulatory filing, Morgan Stanley, Bank of America, Barclays, MUFG and other lenders signed commitment letters to provide the $13 billion in loans secured against Twitter itself, plus a $12.5 billion margin loan backed by Musk's Tesla shares. Musk would put up about $21 billion in equity.

The filing said Musk was still seeking to negotiate a merger agreement with Twitter and had not yet decided whether to launch a tender offer.

Twitter declined to comment. Morgan Stanley declined to comment beyond the filing.

The financing answered one of the main doubts investors had raised about the bid, analysts said, and raised pressure on Twitter's board to engage.""",
claims=[('musk', B, 'support', 'was exploring a tender offer to take his proposal directly to shareholders', True),
        ('musk', F, 'support', 'including $13 billion of debt from a group of banks led by Morgan Stanley', True),
        ('banks', F, 'support', 'signed commitment letters to provide the $13 billion in loans', True)]),
# 005
dict(published='2022-04-25T20:00:00Z', outlet='bayline-wire', slug='twitter-accepts-musk-takeover',
title="Twitter accepts Musk's $44 billion takeover offer",
text="""SAN FRANCISCO, Apr 25 (Bayline Wire) - Twitter agreed on Monday to be bought by Elon Musk for $54.20 a share in cash, about $44 billion, ending a 10-day standoff in which its board had first tried to hold him off with a poison pill.

The board unanimously approved the agreement after meeting Musk's advisers over the weekend. Chair Bret Taylor said the board had run a thoughtful and comprehensive process focused on value, certainty and financing, and that the deal was the best path forward for Twitter's shareholders.

Musk said in a statement that free speech was the bedrock of a functioning democracy. He said Twitter had tremendous potential and that he looked forward to working with the company to unlock it. Once the deal closes, Twitter will become a private company.

Chief Executive Parag Agrawal told staff at an all-hands meeting that the future of the platform was uncertain once the deal closes. The agreement includes a $1 billion break fee payable by either side in certain circumstances. Twitter shares rose 5.6 percent.""",
claims=[('twitter', B, 'support', 'Twitter agreed on Monday to be bought by Elon Musk for $54.20 a share', True),
        ('musk', B, 'support', 'he looked forward to working with the company to unlock it', True)]),
# 006 duplicate of 005
dict(published='2022-04-25T21:15:00Z', outlet='coastal-courier', slug='twitter-board-agrees-to-musk-buyout',
title='Twitter board agrees to Musk buyout at $54.20 a share',
text="""SAN FRANCISCO, Apr 25 (Coastal Courier) - Twitter's board agreed on Monday to sell the company to Elon Musk for $54.20 a share in cash, or about $44 billion, ten days after it had tried to hold him off with a poison pill.

Directors approved the deal unanimously following weekend talks with Musk's advisers. Bret Taylor, the board's chair, said it had run a thoughtful and comprehensive process focused on value, certainty and financing, and called the deal the best path forward for Twitter's shareholders.

In a statement, Musk said free speech was the bedrock of a functioning democracy. He said Twitter had tremendous potential and that he looked forward to working with the company to unlock it. The company will go private once the deal closes.

Parag Agrawal, the chief executive, told employees at an all-hands meeting that the platform's future was uncertain after the deal closes. Either side may owe a $1 billion break fee in certain circumstances. Twitter's shares gained 5.6 percent.""",
claims=[('twitter', B, 'support', "Twitter's board agreed on Monday to sell the company to Elon Musk", True),
        ('musk', B, 'support', 'he looked forward to working with the company to unlock it', True)]),
# 007
dict(published='2022-04-26T15:00:00Z', outlet='summit-business-daily', slug='tesla-shares-slide-on-twitter-deal',
title="Tesla shares slide as investors weigh cost of Musk's Twitter deal",
text="""AUSTIN, Texas, Apr 26 (Summit Business Daily) - Tesla shares fell 12 percent on Tuesday, wiping about $126 billion off the carmaker's market value, as investors worried that Elon Musk might sell Tesla stock to fund his purchase of Twitter or be distracted from running the company.

The deal calls for about $21 billion of equity from Musk. Analysts at one brokerage said he might have to sell Tesla shares to raise it, while others said he could bring in outside investors instead.

Twitter co-founder Jack Dorsey, who stepped down as chief executive in November, wrote that he supported Musk taking the company private and that, in principle, nobody should own or run Twitter.

Some analysts said the $1 billion break fee could tempt Musk to walk away if markets slumped, though none suggested he was considering it. Twitter's stock closed at $48.64, below the offer price, a gap that signals some doubt the deal will close.""",
claims=[]),
# 008
dict(published='2022-05-05T21:00:00Z', outlet='pinecrest-herald', slug='alwaleed-to-roll-over-twitter-stake',
title='Saudi prince to roll over Twitter stake into Musk deal as new investors sign on',
text="""SAN FRANCISCO, May 5 (Pinecrest Herald) - Elon Musk has lined up $7.1 billion from a group of investors including Oracle co-founder Larry Ellison and Sequoia Capital to help fund his Twitter purchase, a regulatory filing showed on Thursday, and Saudi Prince Alwaleed bin Talal will keep his stake in the company after it goes private.

Alwaleed, who three weeks ago had rejected the offer as too low, said he and Kingdom Holding would roll over their Twitter holding, worth about $1.9 billion, into the new private company. In a post addressed to Musk, he said he was delighted to partner with him and believed he would be an excellent leader for the platform.

The new equity commitments allowed Musk to cut the margin loan backed by his Tesla shares to $6.25 billion from $12.5 billion. The $13 billion of bank debt was unchanged.

Musk said in the filing that he was in talks with other holders, including Twitter co-founder Jack Dorsey, about rolling over their shares.""",
claims=[('musk', B, 'support', 'Elon Musk has lined up $7.1 billion from a group of investors', True),
        ('kingdom-holding', B, 'support', 'he and Kingdom Holding would roll over their Twitter holding', True)]),
# 009
dict(published='2022-05-13T10:30:00Z', outlet='ledgerpoint-news', slug='musk-puts-twitter-deal-on-hold',
title="Musk says Twitter deal 'temporarily on hold' over fake accounts",
text="""SAN FRANCISCO, May 13 (Ledgerpoint News) - Elon Musk said on Friday his $44 billion deal to buy Twitter was "temporarily on hold" until he received details backing up the company's estimate that spam and fake accounts make up fewer than 5 percent of its users.

Musk made the announcement in a tweet before US markets opened, linking to a news report on the estimate, which Twitter published in a filing earlier this month. Two hours later he added that he was still committed to the acquisition.

Twitter shares fell as much as 20 percent in premarket trading. Twitter did not comment on his remarks. Lawyers who have read the merger agreement said it contains no due diligence condition that would let Musk walk away over the bot count.

Some analysts said the move looked like an attempt to push the price down, given the fall in technology stocks since April. Others said Musk might simply want more information before closing. He did not say what figure would satisfy him.""",
claims=[('musk', B, 'conditional', 'his $44 billion deal to buy Twitter was "temporarily on hold" until he received details', True)]),
# 010
dict(published='2022-05-17T16:00:00Z', outlet='coastal-courier', slug='musk-says-twitter-deal-cannot-move-forward',
title="Musk says Twitter deal 'cannot move forward' without proof on spam accounts",
text="""SAN FRANCISCO, May 17 (Coastal Courier) - Elon Musk said on Tuesday his purchase of Twitter could not move forward until the company's chief executive showed public proof that fewer than 5 percent of its accounts were fake or spam.

"This deal cannot move forward until he does," Musk wrote, a day after Parag Agrawal set out in a series of tweets how Twitter estimates the share of spam accounts and why the figure cannot be verified from the outside. Musk replied to that thread with a poo emoji. He has suggested the true share could be 20 percent or higher.

Twitter said in a statement that it remained committed to completing the transaction at the agreed price and terms as promptly as practicable. In a filing the same day it said it intended to close the deal and enforce the merger agreement.

At a conference in Miami on Monday, Musk said a deal at a lower price was not out of the question, without giving details.""",
claims=[('musk', B, 'conditional', 'This deal cannot move forward until he does', True),
        ('twitter', B, 'support', 'it remained committed to completing the transaction at the agreed price', True),
        ('twitter', A, 'oppose', 'it intended to close the deal and enforce the merger agreement', True)]),
# 011
dict(published='2022-06-08T19:00:00Z', outlet='summit-business-daily', slug='twitter-to-give-musk-firehose',
title='Twitter to give Musk full stream of tweet data, people familiar say',
text="""SAN FRANCISCO, Jun 8 (Summit Business Daily) - Twitter plans to give Elon Musk access to its full stream of tweets, known as the firehose, to try to settle his complaints about spam accounts, two people familiar with the matter said on Wednesday.

The move comes two days after Musk's lawyers wrote to Twitter saying that it was resisting his requests for data, which they called a clear material breach of the merger agreement. Musk would not be bound to close unless Twitter handed over the data, the letter said.

Twitter has said it has cooperatively shared information with Musk and will continue to do so, and that it intends to close the transaction and enforce the merger agreement at the agreed price.

Neither Twitter nor Musk's lawyers commented on Wednesday. Analysts said the raw data was unlikely to settle the dispute because Twitter's 5 percent estimate relies on human review of samples of accounts, which outsiders cannot repeat. Twitter shares closed at $40.32, well below the $54.20 offer.""",
claims=[('musk', B, 'conditional', 'Musk would not be bound to close unless Twitter handed over the data', True),
        ('twitter', B, 'support', 'it intends to close the transaction and enforce the merger agreement at the agreed price', True),
        ('twitter', A, 'oppose', 'it intends to close the transaction and enforce the merger agreement', True)]),
# 012
dict(published='2022-06-16T18:00:00Z', outlet='pinecrest-herald', slug='musk-addresses-twitter-staff',
title='Musk addresses Twitter staff, sidesteps question on deal timing',
text="""SAN FRANCISCO, Jun 16 (Pinecrest Herald) - Elon Musk spoke to Twitter employees for the first time on Thursday, telling them in a virtual meeting that he wanted the platform to reach a billion users and that some job cuts might be needed, according to three people who attended.

Asked whether the acquisition would be completed on schedule, Musk declined to say, staff said. He talked at length about aliens, free speech and his plans for the service, but did not address the dispute over spam accounts.

Twitter's chief marketing officer, Leslie Berland, hosted the session and read out questions that employees had submitted in advance. Some staff said in internal chat channels that they were frustrated by his answers.

Twitter shares closed at $37.83, more than $16 below the offer price, a sign that investors saw a growing risk the deal would fall apart.""",
claims=[]),
# 013
dict(published='2022-07-08T21:30:00Z', outlet='bayline-wire', slug='musk-moves-to-terminate-twitter-deal',
title='Musk moves to end $44 billion Twitter deal; Twitter vows to sue',
text="""SAN FRANCISCO, Jul 8 (Bayline Wire) - Elon Musk said on Friday he was terminating his $44 billion agreement to buy Twitter, accusing the company of making false and misleading statements about the number of spam and fake accounts on its service.

In a letter to Twitter filed with regulators, Musk's lawyer Mike Ringler said Twitter had failed to provide the information Musk had asked for to assess the spam figure, and that the company had breached several provisions of the merger agreement. Musk is therefore ending the deal, the letter said.

Twitter chair Bret Taylor responded within hours. He said the board was committed to closing the transaction on the price and terms agreed with Musk and planned to take legal action to enforce the merger agreement. He said he was confident Twitter would prevail in the Delaware Court of Chancery.

The agreement obliges the walking-away party in some cases to pay a $1 billion fee, but Twitter is expected to seek an order forcing Musk to complete the purchase instead. Twitter shares fell 5 percent in after-hours trading.""",
claims=[('musk', A, 'support', 'he was terminating his $44 billion agreement to buy Twitter', True),
        ('musk', B, 'oppose', 'Musk is therefore ending the deal, the letter said', True),
        ('twitter', B, 'support', 'committed to closing the transaction on the price and terms agreed', True),
        ('twitter', A, 'oppose', 'planned to take legal action to enforce the merger agreement', True)]),
# 014
dict(published='2022-07-12T22:00:00Z', outlet='ledgerpoint-news', slug='twitter-sues-musk-in-delaware',
title='Twitter sues Musk in Delaware to force completion of $44 billion deal',
text="""WILMINGTON, Delaware, Jul 12 (Ledgerpoint News) - Twitter sued Elon Musk on Tuesday in the Delaware Court of Chancery, asking the court to order him to complete his $44 billion purchase of the company at the agreed price of $54.20 a share.

In its complaint, Twitter said Musk had refused to honour his obligations because the deal no longer served his personal interests, and that his claims about spam accounts were a pretext. It asked for an expedited four-day trial in September, arguing that delay would harm the company and its employees.

Musk responded on Twitter with a short post that read "Oh the irony lol". His lawyers did not immediately comment.

Legal experts said Delaware judges had ordered reluctant buyers to close before, most notably in a 2001 case involving Tyson Foods, but that a settlement at a lower price remained a common outcome in such disputes. The court has not yet scheduled a hearing.""",
claims=[('twitter', B, 'support', 'asking the court to order him to complete his $44 billion purchase', True),
        ('twitter', A, 'oppose', 'his claims about spam accounts were a pretext', True),
        ('twitter', T, 'support', 'It asked for an expedited four-day trial in September', True)]),
# 015
dict(published='2022-07-15T20:00:00Z', outlet='coastal-courier', slug='musk-asks-court-for-2023-trial',
title='Musk asks court to push Twitter trial to next year',
text="""WILMINGTON, Delaware, Jul 15 (Coastal Courier) - Elon Musk's lawyers asked the Delaware Court of Chancery on Friday to reject Twitter's request for a September trial and to schedule the case for February 2023 instead.

In a filing, they said there was no reason for the speed Twitter was seeking, calling its proposed timetable unjustified, and argued that investigating the spam question would require extensive data analysis. They repeated that Musk had validly terminated the merger agreement.

Twitter's lawyers told the court in a separate filing that Musk wanted to run out the clock until his financing expired in April, and said each day of delay inflicted further harm on the company.

A hearing on the schedule is set for Tuesday before Chancellor Kathaleen McCormick, the court's chief judge. McCormick, who took up the post in 2021, is the first woman to lead the court.""",
claims=[('musk', T, 'oppose', "to reject Twitter's request for a September trial", True),
        ('musk', A, 'support', 'Musk had validly terminated the merger agreement', True),
        ('musk', B, 'oppose', 'Musk had validly terminated the merger agreement', True),
        ('twitter', T, 'support', 'each day of delay inflicted further harm on the company', True)]),
# 016
dict(published='2022-07-19T18:30:00Z', outlet='summit-business-daily', slug='judge-fast-tracks-twitter-trial',
title="Delaware judge fast-tracks Twitter's lawsuit against Musk for October trial",
text="""WILMINGTON, Delaware, Jul 19 (Summit Business Daily) - A Delaware judge on Tuesday granted Twitter's request for an expedited trial in its lawsuit against Elon Musk, ordering a five-day trial to begin in October and rejecting Musk's bid to wait until next year.

Chancellor Kathaleen McCormick said that delay threatened irreparable harm to Twitter, noting that uncertainty over the deal was weighing on the company. She said Musk's lawyers had overstated the complexity of the case.

Twitter's lead lawyer, William Savitt, had told the hearing that Musk was acting like a buyer with remorse and that the company needed a swift resolution. Musk's lawyer Andrew Rossman argued the case needed more time because of the volume of data involved.

The judge did not set an exact date. Legal experts said the decision was a setback for Musk and made a settlement before the trial more likely, though both sides said they were ready to go to court.""",
claims=[('delaware-court', T, 'support', "granted Twitter's request for an expedited trial", True),
        ('twitter', T, 'support', 'the company needed a swift resolution', True),
        ('musk', T, 'oppose', 'argued the case needed more time because of the volume of data involved', True)]),
# 017 duplicate of 016
dict(published='2022-07-19T20:00:00Z', outlet='pinecrest-herald', slug='court-grants-twitter-fast-track-trial',
title='Court grants Twitter a fast-track trial against Musk in October',
text="""WILMINGTON, Delaware, Jul 19 (Pinecrest Herald) - The Delaware Court of Chancery on Tuesday granted Twitter's request to fast-track its lawsuit against Elon Musk, ordering a five-day trial in October and turning down Musk's request to wait until 2023.

Chancellor Kathaleen McCormick said delay threatened irreparable harm to Twitter, as uncertainty over the deal weighed on the company, and said Musk's lawyers had overstated how complex the case was.

At the hearing, Twitter's lawyer William Savitt said Musk was behaving like a buyer with remorse and that the company needed a swift resolution. Andrew Rossman, representing Musk, argued the case needed more time because of the volume of data involved.

No exact start date was set. Legal experts called the ruling a setback for Musk that made a settlement before trial more likely, although both sides said they were prepared for court.""",
claims=[('delaware-court', T, 'support', "granted Twitter's request to fast-track its lawsuit against Elon Musk", True),
        ('twitter', T, 'support', 'the company needed a swift resolution', True),
        ('musk', T, 'oppose', 'argued the case needed more time because of the volume of data involved', True)]),
# 018
dict(published='2022-07-29T23:00:00Z', outlet='bayline-wire', slug='musk-countersues-twitter',
title='Musk countersues Twitter, keeps claims under seal',
text="""WILMINGTON, Delaware, Jul 29 (Bayline Wire) - Elon Musk filed a countersuit against Twitter on Friday, repeating that he was entitled to walk away from his $44 billion deal and accusing the company of hiding information about fake accounts.

The 164-page filing was submitted confidentially to the Delaware Court of Chancery, and a public version is expected in the coming days. Musk's legal team said the countersuit supported his decision to end the merger agreement.

Twitter said in a response that Musk's claims were implausible and contrary to the facts, and that it looked forward to holding him to the deal. It also asked the court to rule that his termination was invalid.

Shares in Twitter rose 0.6 percent. Analysts said the case would probably turn on whether any misstatement about bots amounted to a material adverse effect, a bar that Delaware courts have rarely found met.""",
claims=[('musk', A, 'support', 'he was entitled to walk away from his $44 billion deal', True),
        ('musk', B, 'oppose', 'the countersuit supported his decision to end the merger agreement', True),
        ('twitter', A, 'oppose', 'asked the court to rule that his termination was invalid', True),
        ('twitter', B, 'support', 'it looked forward to holding him to the deal', True)]),
# 019
dict(published='2022-08-23T17:00:00Z', outlet='ledgerpoint-news', slug='twitter-whistleblower-zatko-complaint',
title='Former Twitter security chief alleges lapses; senators take up complaint',
text="""WASHINGTON, Aug 23 (Ledgerpoint News) - Twitter's former head of security, Peiter Zatko, has accused the company of misleading regulators about its defences against hackers and spam accounts, according to a whistleblower complaint made public on Tuesday.

Zatko, a well-known hacker who goes by the name Mudge and was fired in January, filed the complaint with the Securities and Exchange Commission, the Federal Trade Commission and the Justice Department. It was also sent to congressional committees.

Senator Dick Durbin, who chairs the Senate Judiciary Committee, said the allegations raised serious concerns and that the committee would look into them. The panel's senior Republican, Chuck Grassley, said they required an immediate investigation, and the committee asked Zatko to testify.

Twitter said the complaint was a false narrative riddled with inconsistencies and lacking important context. Chief Executive Parag Agrawal told staff the company would pursue all paths to defend its integrity.

Musk's lawyers said they had already subpoenaed Zatko in the Delaware case. The FTC declined to comment.""",
claims=[('us-senators', S, 'support', 'the committee would look into them', True)]),
# 020
dict(published='2022-08-30T13:00:00Z', outlet='coastal-courier', slug='musk-sends-new-termination-notice',
title='Musk sends Twitter new termination notice citing whistleblower',
text="""SAN FRANCISCO, Aug 30 (Coastal Courier) - Elon Musk sent Twitter a second notice on Tuesday that he was ending their merger agreement, citing the whistleblower claims of the company's former security chief as fresh grounds for walking away.

The letter, from Musk's lawyer Mike Ringler, said Twitter had failed to disclose Peiter Zatko's allegations, which it said would have given Musk grounds to terminate. It described the letter as additional to the first notice sent on July 8, not a replacement for it.

Twitter said in a filing that Musk's purported termination was invalid and wrongful, just like the first one, and that the company remained committed to closing the deal at the agreed terms.

The trial in Delaware is scheduled to begin on October 17. Musk's lawyers have asked Chancellor Kathaleen McCormick to push it back by about a month so they can examine Zatko's claims.""",
claims=[('musk', A, 'support', 'a second notice on Tuesday that he was ending their merger agreement', True),
        ('musk', B, 'oppose', 'a second notice on Tuesday that he was ending their merger agreement', True),
        ('twitter', A, 'oppose', "Musk's purported termination was invalid and wrongful", True),
        ('twitter', B, 'support', 'the company remained committed to closing the deal at the agreed terms', True),
        ('musk', T, 'oppose', 'asked Chancellor Kathaleen McCormick to push it back by about a month', True)]),
# 021
dict(published='2022-09-07T22:00:00Z', outlet='summit-business-daily', slug='judge-keeps-october-trial-date',
title='Judge lets Musk add whistleblower claims, keeps October trial date',
text="""WILMINGTON, Delaware, Sep 7 (Summit Business Daily) - Chancellor Kathaleen McCormick on Wednesday allowed Elon Musk to add the allegations of Twitter's whistleblower to his case for ending the $44 billion takeover, but refused his request to delay the trial.

McCormick said in her ruling that pushing the trial back would risk further harm to Twitter, and that the October 17 start date would stand. She gave Musk's lawyers permission to amend their counterclaims to include Peiter Zatko's allegations, finding the request was not futile.

Musk's team had argued that it needed more time to examine the claims. Twitter had opposed both the amendment and any delay, saying Musk was trying to throw new arguments at the wall to see what stuck.

Legal experts said the ruling gave each side something, but that the judge's refusal to move the date kept pressure on Musk to settle or prepare for trial.""",
claims=[('delaware-court', T, 'support', 'refused his request to delay the trial', True),
        ('musk', T, 'oppose', 'it needed more time to examine the claims', True),
        ('twitter', T, 'support', 'Twitter had opposed both the amendment and any delay', True)]),
# 022
dict(published='2022-09-13T19:00:00Z', outlet='bayline-wire', slug='twitter-shareholders-approve-musk-deal',
title="Twitter shareholders approve Musk's $44 billion buyout",
text="""SAN FRANCISCO, Sep 13 (Bayline Wire) - Twitter's shareholders voted overwhelmingly on Tuesday to approve Elon Musk's $44 billion takeover of the company, even as Musk tries to walk away from the deal.

More than 98 percent of the votes cast were in favour of the sale at $54.20 a share, according to a preliminary count announced at a virtual meeting that lasted only a few minutes. Proxy advisers ISS and Glass Lewis had recommended that investors back the deal.

Twitter said the vote was an important step and that it remained ready to close the transaction. Musk, who still owns about 9 percent of Twitter's stock, did not vote his shares, according to a person familiar with the matter.

The vote has no effect on Musk's attempt to terminate the agreement, which is due to be decided at trial in Delaware next month. Twitter shares were little changed at about $41.""",
claims=[('twitter-shareholders', B, 'support', "Twitter's shareholders voted overwhelmingly on Tuesday to approve Elon Musk's $44 billion takeover", True),
        ('twitter', B, 'support', 'it remained ready to close the transaction', True),
        ('musk', A, 'support', 'even as Musk tries to walk away from the deal', False),
        ('musk', B, 'oppose', 'even as Musk tries to walk away from the deal', False)]),
# 023
dict(published='2022-09-13T21:30:00Z', outlet='ledgerpoint-news', slug='zatko-testifies-to-senators',
title='Twitter whistleblower tells senators company is a decade behind on security',
text="""WASHINGTON, Sep 13 (Ledgerpoint News) - Twitter's former security chief Peiter Zatko told a Senate committee on Tuesday that the company was a decade behind industry security standards and that its executives had chosen profits over protecting users' data.

Zatko said there were foreign agents on Twitter's payroll and that engineers had broad access to user accounts. He testified before the Senate Judiciary Committee on the same day that Twitter's shareholders approved the sale of the company to Elon Musk.

Committee chairman Dick Durbin said the testimony showed that Congress needed to look harder at how Twitter protected its users, and he called on the FTC to act. Grassley said the committee's inquiry would continue and that Twitter's chief executive should have appeared to answer for the claims.

Twitter said Agrawal had declined an invitation to testify because of the pending litigation. The company has disputed Zatko's account. Musk, who is not a party to the hearing, posted a popcorn emoji on Twitter during the session.""",
claims=[('us-senators', S, 'support', "Grassley said the committee's inquiry would continue", True),
        ('twitter-shareholders', B, 'support', "Twitter's shareholders approved the sale of the company to Elon Musk", False)]),
# 024
dict(published='2022-09-29T16:00:00Z', outlet='coastal-courier', slug='musk-texts-made-public',
title="Court filing shows Musk's texts with Dorsey, Ellison before Twitter bid",
text="""WILMINGTON, Delaware, Sep 29 (Coastal Courier) - Hundreds of text messages between Elon Musk and tech executives, bankers and friends were made public on Thursday in a court filing ahead of the Twitter trial, offering a rare look at how he assembled his bid.

The messages show Twitter co-founder Jack Dorsey encouraging Musk's interest and Oracle's Larry Ellison offering to invest a billion dollars or whatever amount Musk recommended. In other messages, Morgan Stanley banker Michael Grimes pressed Musk on the financing plan and on how to approach Twitter's board.

Several friends urged Musk on, while others warned him about the cost of the deal. Musk's deposition, which had been scheduled for this week, was postponed.

Neither Musk's lawyers nor Twitter commented on the texts. The judge has not ruled on how much of the material will be used at trial, which is set to start on Oct. 17.""",
claims=[]),
# 025
dict(published='2022-10-04T17:30:00Z', outlet='pinecrest-herald', slug='musk-offers-to-proceed-at-original-price',
title='Musk offers to go ahead with Twitter deal at original price',
text="""SAN FRANCISCO, Oct 4 (Pinecrest Herald) - Elon Musk has offered to go ahead with his purchase of Twitter at the original price of $54.20 a share, a sharp reversal less than two weeks before the two sides were due to face each other at trial.

In a letter to Twitter disclosed in a filing on Tuesday, Musk's lawyers said he would complete the deal on the agreed terms, provided the Delaware Court of Chancery halted the lawsuit and pending receipt of the debt financing. The letter did not mention spam accounts.

Twitter confirmed it had received the letter and said its intention was to close the transaction at $54.20 a share. It did not say whether it would agree to pause the case.

Trading in Twitter shares was halted twice during the day. They closed up 22 percent at $52, close to the offer price. Analysts said Musk had concluded he was likely to lose at trial, though his lawyers gave no reason for the change.""",
claims=[('musk', B, 'conditional', 'he would complete the deal on the agreed terms, provided the Delaware Court', True),
        ('musk', A, 'oppose', 'Elon Musk has offered to go ahead with his purchase of Twitter', True),
        ('musk', T, 'oppose', 'provided the Delaware Court of Chancery halted the lawsuit', True),
        ('musk', F, 'support', 'pending receipt of the debt financing', True),
        ('twitter', B, 'support', 'its intention was to close the transaction at $54.20 a share', True)]),
# 026
dict(published='2022-10-05T22:00:00Z', outlet='ledgerpoint-news', slug='twitter-opposes-musk-stay-request',
title="Twitter tells court Musk's offer cannot be trusted, wants trial kept on track",
text="""WILMINGTON, Delaware, Oct 5 (Ledgerpoint News) - Twitter told the Delaware Court of Chancery on Wednesday that it would not agree to halt its lawsuit against Elon Musk on the strength of his latest offer, saying the case should go on until the deal actually closes.

In a filing, Twitter's lawyers said Musk's proposal was conditional on his financing coming through and that he had shown before that he could not be trusted to keep his word. They said the court should keep the October 17 trial date while the parties worked toward closing.

Musk's lawyers asked Chancellor Kathaleen McCormick to stay the case, arguing that going ahead with a trial would waste the court's time and resources.

Morgan Stanley and the other banks financing the deal have been preparing to provide the $13 billion in loans, people familiar with the matter said, even though they face large losses on the debt. The banks declined to comment.""",
claims=[('twitter', T, 'support', 'the court should keep the October 17 trial date', True),
        ('musk', T, 'oppose', "Musk's lawyers asked Chancellor Kathaleen McCormick to stay the case", True),
        ('banks', F, 'support', 'have been preparing to provide the $13 billion in loans', False)]),
# 027
dict(published='2022-10-06T21:00:00Z', outlet='bayline-wire', slug='judge-pauses-twitter-case-until-oct-28',
title='Judge pauses Twitter case until Oct. 28 to let Musk close the deal',
text="""WILMINGTON, Delaware, Oct 6 (Bayline Wire) - Chancellor Kathaleen McCormick on Thursday put Twitter's lawsuit against Elon Musk on hold until Oct. 28 to give him time to close his $44 billion purchase of the company, calling off the trial that was due to start in less than two weeks.

In a brief order, McCormick said that if the deal had not closed by 5 p.m. on Oct. 28, the parties should contact the court to set trial dates in November. She granted the stay at Musk's request, over Twitter's objection.

Musk's lawyers had told the court that Twitter would not take yes for an answer and was pressing for a trial it no longer needed. Twitter declined to comment on the ruling.

Lawyers following the case said the order put the burden on Musk to finish the deal in three weeks. A person familiar with the financing said lenders were working on the final loan documents.""",
claims=[('delaware-court', T, 'conditional', 'if the deal had not closed by 5 p.m. on Oct. 28', True),
        ('musk', T, 'oppose', 'Twitter would not take yes for an answer', True),
        ('twitter', T, 'support', "over Twitter's objection", False),
        ('banks', F, 'support', 'lenders were working on the final loan documents', False)]),
# 028
dict(published='2022-10-26T22:00:00Z', outlet='summit-business-daily', slug='musk-carries-sink-into-twitter-hq',
title="Musk walks into Twitter headquarters carrying a sink ahead of deal deadline",
text="""SAN FRANCISCO, Oct 26 (Summit Business Daily) - Elon Musk walked into Twitter's San Francisco headquarters on Wednesday carrying a porcelain sink, two days before the deadline set by the Delaware judge for closing his $44 billion purchase of the company.

Musk posted a video of his arrival with a pun about letting that sink in, and changed his Twitter profile to describe himself as Chief Twit. Employees said he toured the building and chatted with staff in the cafe.

Banks led by Morgan Stanley began sending the $13 billion of loans for the deal to a holding account earlier in the week, according to people familiar with the matter. Musk has also told co-investors that he expects to complete the purchase by Friday, the people said.

Twitter did not comment. The company's shares closed at $53.35, just below the deal price, as investors bet the takeover would finally go through.""",
claims=[('banks', F, 'support', 'began sending the $13 billion of loans for the deal', False),
        ('musk', B, 'support', 'he expects to complete the purchase by Friday', False)]),
# 029
dict(published='2022-10-28T03:00:00Z', outlet='bayline-wire', slug='musk-completes-twitter-takeover',
title='Musk takes control of Twitter, ousts top executives',
text="""SAN FRANCISCO, Oct 27 (Bayline Wire) - Elon Musk completed his $44 billion takeover of Twitter on Thursday and immediately fired Chief Executive Parag Agrawal, finance chief Ned Segal and legal and policy head Vijaya Gadde, ending six months of public and legal fighting over the deal.

"The bird is freed," Musk wrote shortly after the deal closed. Earlier in the day he wrote to advertisers that he had bought Twitter because it was important for civilization to have a common digital town square, not to make more money.

The banks led by Morgan Stanley provided $13 billion in debt for the purchase, and Twitter's shares will stop trading on the New York Stock Exchange on Friday. The lawsuit in the Delaware Court of Chancery is expected to be dismissed now that the deal has closed.

Some of Twitter's former executives will receive large payouts under their contracts. Bret Taylor, who chaired the board, said on Twitter that he was grateful to the company's employees.""",
claims=[('musk', B, 'support', 'Elon Musk completed his $44 billion takeover of Twitter on Thursday', True),
        ('banks', F, 'support', 'The banks led by Morgan Stanley provided $13 billion in debt for the purchase', True)]),
# 030
dict(published='2022-10-28T12:00:00Z', outlet='pinecrest-herald', slug='kingdom-holding-second-largest-twitter-investor',
title="Saudi prince's Kingdom Holding becomes Twitter's second-largest investor",
text="""RIYADH, Oct 28 (Pinecrest Herald) - Prince Alwaleed bin Talal's Kingdom Holding said on Friday it had rolled over its stake of nearly 35 million Twitter shares, worth about $1.89 billion, into the newly private company, making it the second-largest shareholder after Elon Musk.

Alwaleed congratulated Musk on completing the acquisition and said he looked forward to working with him. Kingdom Holding said it had backed the deal since it first agreed in May to roll over its holding.

The prince was among the first investors to reject Musk's approach in April, when he said the $54.20 a share offer was far below the company's value.

Kingdom Holding shares rose 1.5 percent in Riyadh. The company did not say whether it would add to its investment or seek a seat on the board of the new private company.""",
claims=[('kingdom-holding', B, 'support', 'Alwaleed congratulated Musk on completing the acquisition', True)]),
# 031
dict(published='2022-10-28T20:00:00Z', outlet='coastal-courier', slug='how-the-musk-twitter-saga-unfolded',
title="From poison pill to 'the bird is freed': how the Musk-Twitter saga unfolded",
text="""SAN FRANCISCO, Oct 28 (Coastal Courier) - Elon Musk's takeover of Twitter, completed late on Thursday, followed six months in which the deal was agreed, put on hold, abandoned and revived.

Twitter's board first met Musk's April offer with a poison pill before agreeing to sell ten days later. In May, Musk said the deal was on hold over spam accounts, and in July he sent notice that he was ending it. Twitter sued in the Delaware Court of Chancery, which ordered a fast-tracked trial for October.

Shareholders approved the sale in September, and in early October Musk offered to close at the original price. Chancellor Kathaleen McCormick then paused the case to let the deal go through.

Twitter's shares were delisted from the New York Stock Exchange on Friday. Lawyers for both sides are expected to ask the court to dismiss the litigation in the coming days. Musk has not said what he plans to do with the company's staff of about 7,500.""",
claims=[]),
# 032
dict(published='2022-10-31T15:00:00Z', outlet='ledgerpoint-news', slug='senator-seeks-review-of-saudi-stake-in-twitter',
title="Senator seeks security review of Saudi stake in Musk's Twitter",
text="""WASHINGTON, Oct 31 (Ledgerpoint News) - Senator Chris Murphy called for a national security review of Saudi Arabia's investment in Twitter, saying the United States should look at whether foreign investors in Elon Musk's newly private company could gain access to sensitive user data.

Murphy, a Democrat who does not sit on the Senate Judiciary Committee, pointed to the stake held by Prince Alwaleed bin Talal's Kingdom Holding. Kingdom Holding did not respond to a request for comment.

The Senate Judiciary Committee, which heard from whistleblower Peiter Zatko in September, has said its inquiry into Twitter's security is continuing under the new owner.

Musk, who fired most of Twitter's top executives last week, has not said how he will respond to lawmakers. Twitter's press office, which has lost much of its staff, did not answer questions on Monday.""",
claims=[('us-senators', S, 'support', "has said its inquiry into Twitter's security is continuing", True)]),
]

SHIFTS = [
    dict(actor='twitter', issue=B, frm='oppose', to='support', article='005',
         why="The board accepts Musk's $54.20 offer; in 003 it had adopted a poison pill to stop him building a controlling stake."),
    dict(actor='kingdom-holding', issue=B, frm='oppose', to='support', article='008',
         why="Alwaleed says he and Kingdom Holding will roll over their stake into Musk's private Twitter; in 002 he rejected the offer."),
    dict(actor='musk', issue=B, frm='support', to='conditional', article='009',
         why="Musk puts the deal 'temporarily on hold' until he gets details on spam accounts; in 001-008 he was pursuing the purchase."),
    dict(actor='musk', issue=B, frm='conditional', to='oppose', article='013',
         why="Musk's lawyer sends notice terminating the merger agreement; since 009 he had only made closing depend on spam data."),
    dict(actor='musk', issue=B, frm='oppose', to='conditional', article='025',
         why="Musk offers to close at $54.20 provided the court halts the lawsuit and the debt financing arrives; since 013 he had sought to end the deal."),
    dict(actor='musk', issue=A, frm='support', to='oppose', article='025',
         why="Musk offers to go ahead with the purchase instead of walking away; from 013 to 022 he maintained he had validly terminated."),
    dict(actor='delaware-court', issue=T, frm='support', to='conditional', article='027',
         why="McCormick stays the case until Oct 28 and will set trial dates only if the deal has not closed; in 016 and 021 she fast-tracked and held the October trial."),
    dict(actor='musk', issue=B, frm='conditional', to='support', article='029',
         why="Musk completes the takeover and says the bird is freed; in 025 his offer to close was conditional (028's support was only reported by others)."),
]


def load_watchlist_ids(path):
    """Tiny YAML reader for the watchlist shape (avoids a PyYAML dependency)."""
    actors, issues, baseline = set(), set(), []
    section = None
    for line in open(path, encoding='utf-8'):
        s = line.rstrip('\n')
        if re.match(r'^(actors|issues|baseline):', s):
            section = s.split(':')[0]
            continue
        m = re.match(r'^\s*- id: (\S+)', s)
        if m and section == 'actors':
            actors.add(m.group(1))
        elif m and section == 'issues':
            issues.add(m.group(1))
        m = re.match(r'^\s*- \{actor: (\S+), issue: (\S+), stance: (\S+)\}', s)
        if m and section == 'baseline':
            baseline.append(m.groups())
    return actors, issues, baseline


def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    arts, claims = [], {}
    for i, a in enumerate(ARTICLES, 1):
        aid = f'{i:03d}'
        y, mth, d = a['published'][:10].split('-')
        url = f"https://example.org/{a['outlet']}/{y}/{mth}/{d}/{a['slug']}"
        rec = dict(id=aid, published=a['published'], source=OUTLETS[a['outlet']], url=url,
                   title=a['title'], text=a['text'])
        arts.append((a['outlet'], rec))
        with open(os.path.join(HERE, 'articles', f'{aid}.json'), 'w', encoding='utf-8') as f:
            json.dump(rec, f, ensure_ascii=False, indent=2)
            f.write('\n')
        claims[aid] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']]
    shift_articles = sorted({s['article'] for s in SHIFTS})
    labels = dict(
        claims=claims,
        shifts=[{'actor': s['actor'], 'issue': s['issue'], 'from': s['frm'], 'to': s['to'],
                 'article': s['article'], 'why': s['why']} for s in SHIFTS],
        no_alert_articles=[a for a in claims if a not in shift_articles],
    )
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')
    for slug, name in OUTLETS.items():
        items = sorted([r for o, r in arts if o == slug], key=lambda r: r['published'], reverse=True)
        last = datetime.strptime(items[0]['published'], '%Y-%m-%dT%H:%M:%SZ')
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch twitter-musk-acquisition-2022 set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc822(last)}</lastBuildDate>']
        for r in items:
            dt = datetime.strptime(r['published'], '%Y-%m-%dT%H:%M:%SZ')
            out += ['    <item>', f"      <title>{escape(r['title'])}</title>", f"      <link>{escape(r['url'])}</link>",
                    f"      <guid isPermaLink=\"true\">{escape(r['url'])}</guid>", f'      <pubDate>{rfc822(dt)}</pubDate>',
                    f"      <description>{escape(r['text'])}</description>", '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', f'{slug}.xml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))
    return labels


def rfc822(dt):
    return dt.strftime('%a, %d %b %Y %H:%M:%S GMT')


def validate(labels):
    errors = []
    actors, issues, baseline = load_watchlist_ids(os.path.join(HERE, 'watchlist.yaml'))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    if files != sorted(labels['claims']):
        errors.append(f'article files {files} != label ids')
    prev_pub = ''
    texts = {}
    for aid in files:
        rec = json.load(open(os.path.join(HERE, 'articles', f'{aid}.json'), encoding='utf-8'))
        if rec['id'] != aid:
            errors.append(f'{aid}: id field {rec["id"]}')
        if rec['published'] < prev_pub:
            errors.append(f'{aid}: published out of order')
        prev_pub = rec['published']
        n = len(rec['text'].split())
        if not 120 <= n <= 260:
            errors.append(f'{aid}: {n} words')
        if not re.match(r'^[A-Z][A-Z ,.a-z]+, [A-Z][a-z]{2} \d{1,2} \(' + re.escape(rec['source']) + r'\) - ', rec['text']):
            errors.append(f'{aid}: dateline')
        texts[aid] = rec['text']
    for aid, cl in labels['claims'].items():
        seen = set()
        for c in cl:
            if c['actor'] not in actors: errors.append(f'{aid}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errors.append(f'{aid}: unknown issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'): errors.append(f'{aid}: stance {c["stance"]}')
            if c['quote'] not in texts.get(aid, ''): errors.append(f'{aid}: quote not found: {c["quote"]}')
            if len(c['quote'].split()) > 15: errors.append(f'{aid}: quote too long: {c["quote"]}')
            if (c['actor'], c['issue']) in seen: errors.append(f'{aid}: two claims for {c["actor"]}/{c["issue"]}')
            seen.add((c['actor'], c['issue']))
    # Replay the prevailing-stance rule and compare with the labelled shifts.
    prevailing = {(a, i): s for a, i, s in baseline}
    derived = []
    for aid in files:
        for c in labels['claims'][aid]:
            if not c['attributed']:
                continue
            k = (c['actor'], c['issue'])
            if k in prevailing and prevailing[k] != c['stance']:
                derived.append((c['actor'], c['issue'], prevailing[k], c['stance'], aid))
            prevailing[k] = c['stance']
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    # Duplicate copies restate their original's shift and must not count as a new one.
    dups = {'006': '005', '017': '016'}
    derived = [d for d in derived if d[4] not in dups]
    if sorted(derived) != sorted(labelled):
        errors.append(f'shift mismatch:\n derived {sorted(derived)}\n labelled {sorted(labelled)}')
    for aid, orig in dups.items():
        a = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][aid])
        b = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][orig])
        if a != b: errors.append(f'duplicate {aid} claims differ from {orig}')
    for fn in os.listdir(os.path.join(HERE, 'feeds')):
        try:
            xml.dom.minidom.parse(os.path.join(HERE, 'feeds', fn))
        except Exception as e:
            errors.append(f'feed {fn}: {e}')
    return errors


def summary(labels):
    from collections import Counter
    cl = [c for v in labels['claims'].values() for c in v]
    st = Counter(c['stance'] for c in cl)
    print(f"articles {len(labels['claims'])}, claims {len(cl)} ({dict(st)}), unattributed {sum(not c['attributed'] for c in cl)}, "
          f"shifts {len(labels['shifts'])} in {len({s['article'] for s in labels['shifts']})} articles, "
          f"empty {[a for a, v in labels['claims'].items() if not v]}")


if __name__ == '__main__':
    labels = build()
    errs = validate(labels)
    summary(labels)
    if errs:
        print('\n'.join(errs)); sys.exit(1)
    print('OK')
