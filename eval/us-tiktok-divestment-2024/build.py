#!/usr/bin/env python3
"""Build the us-tiktok-divestment-2024 eval set (articles, feeds, labels) and validate it.

Self-contained: run `python3 build.py` from this folder. Written blind (no reader code consulted).
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    'pacific-wire': 'Pacific Wire',
    'lantern-post': 'Lantern Post',
    'ridgeline-courier': 'Ridgeline Courier',
    'summit-gazette': 'Summit Gazette',
    'harborlight-news': 'Harborlight News',
}

# (published, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(published, outlet, slug, title, text, claims):
    A.append(dict(published=published, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

DB, SELL, TX, DELAY = 'divest-or-ban', 'bytedance-sells', 'project-texas', 'enforcement-delay'

art('2024-03-05T20:00:00Z', 'pacific-wire', 'house-bill-tiktok-sell-or-ban',
 'House lawmakers unveil bill to force TikTok sale or ban',
 """WASHINGTON, Mar 5 (Pacific Wire) - A bipartisan group of House lawmakers introduced a bill on Tuesday that would force China-based ByteDance to sell TikTok within about six months or see the short-video app dropped from US app stores and web-hosting services.

Republican Mike Gallagher, who chairs the House select committee on China, said the app had a simple choice: cut its ties to the Chinese Communist Party or lose access to American users. Democrat Raja Krishnamoorthi, the panel's senior Democrat, said the measure was not a ban but a requirement that the app be separated from its Chinese owner.

Gallagher also dismissed TikTok's Project Texas, a plan to store American users' data on servers run by Oracle, saying it left ByteDance in control of the algorithm that decides what Americans see.

TikTok said the bill was an outright ban in disguise that would trample the free speech of 170 million Americans.

The Energy and Commerce Committee is expected to take up the measure on Thursday. An earlier effort to force a sale, ordered by then-President Donald Trump in 2020, stalled in the courts.""",
 [('house', DB, 'support', 'introduced a bill on Tuesday that would force China-based ByteDance to sell TikTok', True),
  ('house', SELL, 'support', 'a requirement that the app be separated from its Chinese owner', True),
  ('house', TX, 'oppose', 'it left ByteDance in control of the algorithm that decides what Americans see', True),
  ('tiktok', DB, 'oppose', 'the bill was an outright ban in disguise', True)])

art('2024-03-07T21:30:00Z', 'lantern-post', 'energy-commerce-50-0-tiktok',
 'House panel votes 50-0 to advance TikTok bill after app rallies users',
 """WASHINGTON, Mar 7 (Lantern Post) - The House Energy and Commerce Committee voted 50-0 on Thursday to advance a bill requiring ByteDance to divest TikTok or face a ban in the United States, hours after the app flooded its users with pop-up messages urging them to call their representatives.

Congressional offices reported a surge of calls, some of them from teenagers. Committee chair Cathy McMorris Rodgers said the campaign showed how easily the app could be turned into a tool to pressure lawmakers, and that the bill would protect Americans from the influence of a foreign adversary.

In a statement, TikTok said the government was attempting to strip 170 million Americans of their constitutional right to free expression. It said the bill would damage millions of small businesses that sell through the app.

Supporters of the bill said it left the app free to keep operating under a new owner. Critics, including some civil-liberties groups that are not part of the debate in Congress, said the six-month window was far too short for any realistic sale.""",
 [('house', DB, 'support', 'voted 50-0 on Thursday to advance a bill requiring ByteDance to divest TikTok', True),
  ('tiktok', DB, 'oppose', 'the government was attempting to strip 170 million Americans of their constitutional right', True)])

art('2024-03-08T02:00:00Z', 'ridgeline-courier', 'trump-turns-against-tiktok-ban',
 'Trump turns against TikTok ban he once pursued',
 """PALM BEACH, Mar 7 (Ridgeline Courier) - Donald Trump came out against the House bill targeting TikTok on Thursday, writing on his social media site that a ban on TikTok would only make Facebook bigger, a company he called an enemy of the people.

The former president, who is seeking the Republican nomination, said young people would go crazy without the app and that he did not want to hand Meta's founder more business. He did not say whether he had spoken to Republican leaders in the House about the bill.

As president, Trump signed orders in August 2020 that would have banned the app unless ByteDance sold its US operations, arguing that it let Beijing collect data on Americans. Courts blocked those orders, and President Joe Biden revoked them in 2021.

The shift puts Trump at odds with many Republicans in the House, where the bill passed committee unanimously on Thursday. Gallagher said the bill was about the Chinese Communist Party, not about any rival platform.""",
 [('trump', DB, 'oppose', 'a ban on TikTok would only make Facebook bigger', True),
  ('house', DB, 'support', 'the bill was about the Chinese Communist Party, not about any rival platform', True)])

art('2024-03-08T06:30:00Z', 'summit-gazette', 'trump-opposes-tiktok-bill',
 'Trump now opposes bill that could ban TikTok',
 """PALM BEACH, Mar 7 (Summit Gazette) - Former President Donald Trump said on Thursday that he opposed the House bill aimed at TikTok, posting that a ban on TikTok would only make Facebook bigger and calling the social network an enemy of the people.

Trump, the likely Republican nominee, wrote that many young people would go crazy without the app and that he had no wish to give Meta's founder more business. He did not say whether he had discussed the bill with Republican leaders.

In 2020, as president, Trump tried to ban the app unless its Chinese parent ByteDance sold its US business, saying Beijing could use it to gather data on Americans. Judges blocked the orders, and Biden revoked them in 2021.

The reversal sets Trump against much of his own party in the House, where a committee approved the bill 50-0 on Thursday. Gallagher said the bill was about the Chinese Communist Party, not about any rival platform.""",
 [('trump', DB, 'oppose', 'he opposed the House bill aimed at TikTok', True),
  ('house', DB, 'support', 'the bill was about the Chinese Communist Party, not about any rival platform', True)])

art('2024-03-08T18:00:00Z', 'pacific-wire', 'biden-would-sign-tiktok-bill',
 'Biden says he would sign bill forcing TikTok sale',
 """WASHINGTON, Mar 8 (Pacific Wire) - President Joe Biden said on Friday he would sign the bill requiring ByteDance to sell TikTok or face a ban if Congress sent it to him.

"If they pass it, I'll sign it," Biden told reporters as he left the White House for a campaign trip to Pennsylvania.

Press secretary Karine Jean-Pierre said the administration had given lawmakers technical help in drafting the measure and wanted it to move quickly. She said the goal was to make sure the app's ownership did not give a foreign adversary access to Americans' data.

Biden's re-election campaign, which opened a TikTok account last month to reach younger voters, said it would keep posting on the app for now. A campaign spokesman declined to say whether it would leave the platform if the bill became law.

The House is expected to vote on the bill next week. It is not clear when the Senate would take it up.""",
 [('biden', DB, 'support', "If they pass it, I'll sign it", True)])

art('2024-03-12T10:00:00Z', 'lantern-post', 'trump-tiktok-security-risk-facebook',
 'Trump calls TikTok a security risk but says a ban would help Facebook',
 """NEW YORK, Mar 11 (Lantern Post) - Donald Trump said on Monday he still considered TikTok a national security risk, but argued in a television interview that banning it would mainly benefit Facebook.

The former president said there was a lot of good and a lot of bad with the app. He said many young people loved it and that without TikTok, Facebook would grow bigger, adding that he considered Facebook a greater danger to the country.

He said he did not want the app shut down, though he stopped short of saying how Republican lawmakers should vote on the House bill this week.

Trump denied that his new position had anything to do with a meeting last week with Jeff Yass, a Republican donor whose investment firm owns a large stake in ByteDance. He said Yass had not raised TikTok with him.

Some Republicans who back the bill said privately they expected the former president's comments to cost them a few votes but not change the outcome.""",
 [('trump', DB, 'oppose', 'He said he did not want the app shut down', True)])

art('2024-03-12T14:00:00Z', 'ridgeline-courier', 'china-calls-us-tiktok-push-bullying',
 'China calls US push against TikTok bullying',
 """BEIJING, Mar 12 (Ridgeline Courier) - China accused the United States on Tuesday of bullying TikTok, as the House prepared to vote on a bill that would force the app's Chinese owner to sell it.

Foreign ministry spokesman Wang Wenbin said Washington had never found any evidence that TikTok threatened US national security, yet kept suppressing the company. He said such bullying behaviour, which could not win in fair competition, would eventually come back to bite the United States.

Wang declined to say whether Beijing would allow ByteDance to sell the app, referring questions on export rules to the commerce ministry. A year ago the commerce ministry said a forced sale would need Chinese government approval because it would involve exporting technology, and that China would firmly oppose it.

Analysts in Beijing said they expected the government to use its export-control rules to keep TikTok's recommendation algorithm in China whatever happened in Washington.""",
 [('china', DB, 'oppose', 'such bullying behaviour, which could not win in fair competition', True)])

art('2024-03-13T19:00:00Z', 'pacific-wire', 'house-passes-tiktok-bill-352-65',
 'House passes TikTok divest-or-ban bill 352-65',
 """WASHINGTON, Mar 13 (Pacific Wire) - The House of Representatives voted 352-65 on Wednesday to pass a bill that would force ByteDance to sell TikTok or see the app banned in the United States, sending the measure to an uncertain future in the Senate.

Fifteen Republicans and 50 Democrats voted against it. Republican Thomas Massie, one of the no votes, said the bill gave the president too much power to decide which apps Americans could use.

Speaker Mike Johnson said the bill would stop the Chinese Communist Party from using the app to spy on and influence Americans. Krishnamoorthi said it was now up to ByteDance to choose a sale.

TikTok said the process had been secret and that the bill had been jammed through the House. It urged senators to consider the facts and listen to their constituents.

Senate Majority Leader Chuck Schumer said only that the Senate would review the legislation, without committing to a vote.""",
 [('house', DB, 'support', 'voted 352-65 on Wednesday to pass a bill that would force ByteDance to sell TikTok', True),
  ('tiktok', DB, 'oppose', 'the bill had been jammed through the House', True)])

art('2024-03-13T23:00:00Z', 'harborlight-news', 'house-approves-tiktok-bill',
 'House approves bill that could ban TikTok, 352-65',
 """WASHINGTON, Mar 13 (Harborlight News) - The House voted 352-65 on Wednesday for a bill that would force ByteDance to sell TikTok or face a US ban, leaving the measure's fate in the hands of the Senate.

Fifty Democrats and 15 Republicans opposed it. Republican Thomas Massie, who voted no, said the bill handed the president too much power over which apps Americans could use.

Speaker Mike Johnson said the bill would stop the Chinese Communist Party from using the app to spy on and influence Americans. Krishnamoorthi said the choice of a sale now lay with ByteDance.

TikTok said the process had been secret and that the bill had been jammed through the chamber. It asked senators to look at the facts and listen to their voters.

Senate Majority Leader Chuck Schumer said only that the Senate would review the legislation, and did not commit to holding a vote.""",
 [('house', DB, 'support', 'voted 352-65 on Wednesday for a bill that would force ByteDance to sell TikTok', True),
  ('tiktok', DB, 'oppose', 'the bill had been jammed through the chamber', True)])

art('2024-03-14T16:00:00Z', 'summit-gazette', 'senate-cautious-chew-vows-fight',
 'Senate signals caution on TikTok bill as Chew vows to fight',
 """WASHINGTON, Mar 14 (Summit Gazette) - The TikTok bill that sailed through the House ran into caution in the Senate on Thursday, where the chair of the Commerce Committee said it needed work before she could back it.

Senator Maria Cantwell said she wanted to find a path forward that was constitutional and would hold up in court, and suggested the six-month deadline for a sale might be too short. Republican Senator Rand Paul said he would try to block the bill, calling it an attack on free speech.

In a video posted on the app, TikTok chief executive Shou Zi Chew asked users to make their voices heard and said the company would not stop fighting for them. He said TikTok would use all of its legal rights to protect the platform.

Dozens of content creators who travelled to the Capitol this week said the bill threatened their livelihoods and the small businesses that depend on the app. Krishnamoorthi urged the Senate to act quickly, saying the threat from Beijing would not wait.""",
 [('senate', DB, 'conditional', 'a path forward that was constitutional and would hold up in court', True),
  ('tiktok', DB, 'oppose', 'the company would not stop fighting for them', True),
  ('creators', DB, 'oppose', 'the bill threatened their livelihoods', True),
  ('house', DB, 'support', 'Krishnamoorthi urged the Senate to act quickly', True)])

art('2024-03-15T13:00:00Z', 'lantern-post', 'mnuchin-investor-group-tiktok',
 'Mnuchin says he is building investor group to bid for TikTok',
 """NEW YORK, Mar 14 (Lantern Post) - Former Treasury Secretary Steven Mnuchin said on Thursday he was putting together a group of investors to buy TikTok if the House bill forcing its sale becomes law.

Mnuchin told a financial news channel that the business should be owned by Americans and that he would rebuild its technology in the United States if necessary. He did not name his partners.

Several bankers said any deal would be among the most complicated in recent memory. The app's US business could be worth well over $100 billion, and it was unclear whether a sale would include the recommendation algorithm, which analysts regard as the heart of the product.

Some analysts said Beijing was likely to block the export of the algorithm, which would leave a buyer with little more than a brand and a user list. Others said ByteDance might eventually prefer a sale to losing the US market.

TikTok declined to comment on Mnuchin's plan. ByteDance did not respond to a request for comment.""",
 [])

art('2024-04-17T22:00:00Z', 'ridgeline-courier', 'tiktok-in-aid-package-cantwell-backs',
 'TikTok bill rides on foreign aid package; Senate Commerce chair now backs it',
 """WASHINGTON, Apr 17 (Ridgeline Courier) - House Republican leaders folded a revised TikTok bill into a package of foreign aid for Ukraine, Israel and Taiwan on Wednesday, giving ByteDance nine months to sell the app, with a possible 90-day extension, instead of six.

Senator Maria Cantwell, who chairs the Senate Commerce Committee, said she now supported the measure after House leaders adopted her recommendation to lengthen the deadline. She said the extra time was needed to make a sale possible.

Speaker Mike Johnson said the House would vote on the package on Saturday. Johnson said the revised bill kept the core requirement that TikTok be separated from its Chinese parent.

TikTok said lawmakers were using the cover of aid to allies to push through a ban. Aid supporters in Kyiv, who have waited months for US weapons, welcomed the timetable but said nothing about the app.""",
 [('senate', DB, 'support', 'she now supported the measure', True),
  ('house', DB, 'support', 'folded a revised TikTok bill into a package of foreign aid', True),
  ('house', SELL, 'support', 'kept the core requirement that TikTok be separated from its Chinese parent', True),
  ('tiktok', DB, 'oppose', 'lawmakers were using the cover of aid to allies to push through a ban', True)])

art('2024-04-20T21:00:00Z', 'pacific-wire', 'house-passes-aid-package-tiktok',
 'House approves aid package that includes TikTok deadline',
 """WASHINGTON, Apr 20 (Pacific Wire) - The House voted 360-58 on Saturday to approve legislation giving ByteDance up to a year to sell TikTok or face a US ban, one of several measures in a $95 billion foreign aid package.

The chamber passed aid for Ukraine, Israel and Taiwan in separate votes during a rare weekend session. The bills now go to the Senate as a single package.

TikTok said it was unfortunate that the House was using the cover of important foreign and humanitarian aid to jam through a ban bill that would trample the free speech rights of 170 million Americans.

Some creators who had lobbied against the bill in March said they were preparing for the worst. Several Democrats who backed the aid package said they had voted for it despite misgivings about the TikTok provision, which they considered rushed.""",
 [('house', DB, 'support', 'voted 360-58 on Saturday to approve legislation giving ByteDance up to a year to sell', True),
  ('tiktok', DB, 'oppose', 'jam through a ban bill that would trample the free speech rights', True)])

art('2024-04-23T23:30:00Z', 'lantern-post', 'senate-passes-aid-tiktok-79-18',
 'Senate passes foreign aid package with TikTok measure, 79-18',
 """WASHINGTON, Apr 23 (Lantern Post) - The Senate voted 79-18 on Tuesday to pass a $95 billion foreign aid package that also requires ByteDance to sell TikTok within nine months or see the app banned, sending the bill to President Joe Biden.

Senator Mark Warner, the Democratic chair of the intelligence committee, said the law was not aimed at the app's users but at the Chinese government's ability to reach into their phones. Cantwell said the longer deadline gave a sale a real chance.

Rand Paul, who voted no, said Congress was setting a dangerous precedent by letting the government shut down a communications platform used by millions.

The White House said Biden would sign the package on Wednesday. TikTok did not immediately comment after the vote.""",
 [('senate', DB, 'support', 'voted 79-18 on Tuesday to pass a $95 billion foreign aid package', True),
  ('biden', DB, 'support', 'Biden would sign the package on Wednesday', True)])

art('2024-04-24T16:00:00Z', 'harborlight-news', 'biden-signs-tiktok-law-chew-vows-court',
 'Biden signs TikTok law; Chew vows to fight in court',
 """WASHINGTON, Apr 24 (Harborlight News) - President Joe Biden signed a law on Wednesday that gives ByteDance until January 19 to sell TikTok or see it banned from US app stores, along with aid for Ukraine, Israel and Taiwan.

Press secretary Karine Jean-Pierre said the aim was to end Chinese ownership of the app, not to ban it. The administration wanted the app to be available to Americans under new owners, she said.

TikTok chief executive Shou Zi Chew responded in a video, telling users that the company was not going anywhere. He called the law a ban and said TikTok was confident it would win in court. "The facts and the Constitution are on our side," he said.

The law takes effect in 270 days. The president can extend the deadline by 90 days if a sale is under way.""",
 [('biden', DB, 'support', 'signed a law on Wednesday that gives ByteDance until January 19 to sell TikTok', True),
  ('biden', SELL, 'support', 'the aim was to end Chinese ownership of the app, not to ban it', True),
  ('tiktok', DB, 'oppose', 'The facts and the Constitution are on our side', True)])

art('2024-04-25T12:00:00Z', 'ridgeline-courier', 'bytedance-no-plans-to-sell-tiktok',
 'ByteDance says it has no plans to sell TikTok',
 """BEIJING, Apr 25 (Ridgeline Courier) - ByteDance said on Thursday it had no plans to sell TikTok, a day after President Joe Biden signed a law requiring the Chinese company to divest the app's US business or face a ban.

In a post on its Chinese news platform Toutiao, ByteDance said foreign media reports that it was exploring a sale of TikTok without its algorithm were untrue.

Asked about the law, foreign ministry spokesman Wang Wenbin said the United States should stop unreasonably suppressing foreign companies and provide a fair and non-discriminatory environment. He said Beijing would firmly safeguard its legitimate rights.

Analysts said ByteDance's statement was partly aimed at a domestic audience and that a sale could not be ruled out if a court challenge failed. They said any deal would still need approval from Beijing.""",
 [('tiktok', SELL, 'oppose', 'it had no plans to sell TikTok', True),
  ('china', DB, 'oppose', 'the United States should stop unreasonably suppressing foreign companies', True)])

art('2024-05-07T15:00:00Z', 'summit-gazette', 'tiktok-bytedance-sue-to-block-law',
 'TikTok and ByteDance sue to block US divest-or-ban law',
 """WASHINGTON, May 7 (Summit Gazette) - TikTok and ByteDance sued on Tuesday to block the law that would force the sale of the app or ban it, arguing it violates the First Amendment rights of the company and its users.

In a petition filed with the federal appeals court in Washington, the companies said a sale was simply not possible, not commercially, not technologically and not legally, within the law's timeline. They said the law would shut down TikTok by January 19.

The petition said TikTok had spent more than $2 billion on Project Texas and had offered the government a draft national security agreement that would let US officials oversee its data and code. TikTok said the plan addressed every concern the government had raised, but officials had stopped engaging with it.

The Justice Department declined to comment on the lawsuit. Legal scholars said the case was likely to reach the Supreme Court.""",
 [('tiktok', DB, 'oppose', 'sued on Tuesday to block the law', True),
  ('tiktok', SELL, 'oppose', 'a sale was simply not possible', True),
  ('tiktok', TX, 'support', 'the plan addressed every concern the government had raised', True)])

art('2024-05-14T17:00:00Z', 'pacific-wire', 'creators-sue-over-tiktok-law',
 'TikTok creators file their own lawsuit against the law',
 """WASHINGTON, May 14 (Pacific Wire) - Eight content creators sued the US government on Tuesday to stop the law that could ban TikTok, saying it would cut them off from their audiences and their income.

The creators, who include a rancher, a baker and a former Marine, said in their petition that the app had let them reach millions of people and build businesses that could not simply move to another platform. They asked the court to strike the law down as a violation of their free speech rights.

TikTok is covering the creators' legal costs, their lawyers said. A similar arrangement was used against a Montana law that a federal judge blocked last year before it could take effect.

The appeals court in Washington is expected to hear the challenges together. The Justice Department has not yet filed its response.""",
 [('creators', DB, 'oppose', 'asked the court to strike the law down', True)])

art('2024-06-02T22:00:00Z', 'lantern-post', 'trump-joins-tiktok',
 'Trump joins TikTok as campaign courts young voters',
 """NEWARK, June 2 (Lantern Post) - Donald Trump opened an account on TikTok on Saturday, posting a video from a mixed martial arts event in Newark that drew millions of views within hours.

His campaign said the account was part of an effort to reach younger voters where they spend their time. Senior adviser Chris LaCivita said the campaign would go wherever voters were.

The move came just over a month after Biden signed a law that could ban the app in January. A campaign spokesperson declined to say whether Trump would enforce the law if he won the November election.

Biden's campaign has had its own account since February. Several Republican lawmakers who voted for the law said they found Trump's decision puzzling but that the law stood regardless of who used the app.

Trump has criticised the law in recent months without saying what he would do about it.""",
 [])

art('2024-07-27T01:00:00Z', 'harborlight-news', 'justice-department-tiktok-project-texas-falls-short',
 'Justice Department tells court TikTok data plan falls short',
 """WASHINGTON, July 26 (Harborlight News) - The Justice Department told a federal appeals court on Friday that TikTok's proposed security arrangement, known as Project Texas, could not resolve the national security risks posed by its Chinese ownership.

In a filing defending the divest-or-ban law, government lawyers said the plan would still leave the app's source code and recommendation engine under the control of engineers in China. They said the government could not accept any arrangement that did not end ByteDance's control of the app.

The filing said TikTok's China-based employees had access to sensitive data on US users and that Beijing could compel ByteDance to manipulate what Americans see.

TikTok said the government had never presented proof of its claims and that the Constitution was on its side. It said Project Texas was the most robust data protection system in the industry.""",
 [('biden', TX, 'oppose', 'could not resolve the national security risks posed by its Chinese ownership', True),
  ('biden', DB, 'support', 'In a filing defending the divest-or-ban law', True),
  ('biden', SELL, 'support', 'could not accept any arrangement that did not end ByteDance\'s control', True),
  ('tiktok', TX, 'support', 'Project Texas was the most robust data protection system in the industry', True),
  ('tiktok', DB, 'oppose', 'the government had never presented proof of its claims', True)])

art('2024-09-05T14:00:00Z', 'ridgeline-courier', 'trump-vote-for-me-to-save-tiktok',
 'Trump tells voters who want to save TikTok to vote for him',
 """WASHINGTON, Sept 5 (Ridgeline Courier) - Donald Trump urged Americans who want to save TikTok to vote for him in November, in a post on his social media site on Wednesday that blamed Democrats for the law that could ban the app.

He said he would not let the app be shut down, and accused his opponents of wanting to close it so that Facebook could grow. He did not mention that many Republicans in Congress had voted for the law, or that he had tried to ban the app himself in 2020.

Vice President Kamala Harris's campaign, which also uses TikTok, did not respond. The White House has said the law is about ownership, not about the app's users.

The appeals court in Washington is due to hear arguments in TikTok's challenge on Sept 16.""",
 [('trump', DB, 'oppose', 'He said he would not let the app be shut down', True),
  ('biden', DB, 'support', 'The White House has said the law is about ownership', False)])

art('2024-12-06T18:00:00Z', 'pacific-wire', 'appeals-court-upholds-tiktok-law',
 'Appeals court upholds law that could ban TikTok',
 """WASHINGTON, Dec 6 (Pacific Wire) - A federal appeals court on Friday upheld the law requiring ByteDance to sell TikTok by Jan 19 or face a US ban, rejecting the company's argument that it violated the First Amendment.

The three-judge panel ruled unanimously that the government had acted to protect free speech from a foreign adversary, not to suppress it.

Attorney General Merrick Garland called the ruling an important step in blocking the Chinese government from weaponising TikTok. TikTok said it expected the Supreme Court to side with it, noting that the justices had a long record of protecting Americans' right to free speech.

The ruling leaves little time before the deadline. Trump, who takes office on Jan 20, has said he wants to save the app, though he has not said how. Legal experts said a president could decline to enforce the law, but that app stores might still be unwilling to take the risk.""",
 [('biden', DB, 'support', 'an important step in blocking the Chinese government from weaponising TikTok', True),
  ('tiktok', DB, 'oppose', 'it expected the Supreme Court to side with it', True),
  ('trump', DB, 'oppose', 'has said he wants to save the app', False)])

art('2024-12-10T16:00:00Z', 'lantern-post', 'tiktok-asks-court-to-pause-law',
 'TikTok asks court to pause law while Supreme Court weighs case',
 """WASHINGTON, Dec 9 (Lantern Post) - TikTok asked a federal appeals court on Monday to put the divest-or-ban law on hold until the Supreme Court can review its challenge, warning that the app would otherwise shut down for 170 million American users on Jan 19.

The company said a short pause would also give the incoming administration time to decide its approach. Without it, TikTok said, the app would be removed from app stores even if the justices later found the law unconstitutional.

The Justice Department said it would oppose the request. Government lawyers argued that the law already gave ByteDance nine months to arrange a sale, and that it had made no serious attempt to do so.

Trump's transition team declined to comment on whether the president-elect supported a pause.""",
 [('tiktok', DELAY, 'support', 'asked a federal appeals court on Monday to put the divest-or-ban law on hold', True),
  ('biden', DELAY, 'oppose', 'The Justice Department said it would oppose the request', True)])

art('2024-12-13T20:00:00Z', 'ridgeline-courier', 'court-denies-pause-lawmakers-warn-apple-google',
 'Court denies TikTok pause; lawmakers tell Apple and Google to be ready',
 """WASHINGTON, Dec 13 (Ridgeline Courier) - A federal appeals court on Friday refused TikTok's request to pause the law that could ban it, leaving the Supreme Court as the company's last hope before the Jan 19 deadline.

Hours earlier, the chair of the House select committee on China, John Moolenaar, and Krishnamoorthi wrote to the chief executives of Apple and Google telling them to be ready to remove TikTok from their app stores on Jan 19. They said the deadline was the law of the land.

The two lawmakers also wrote to TikTok's Chew, urging ByteDance to carry out a qualified divestiture immediately. They said a sale to a trusted buyer was the only way for the app to stay available.

TikTok said it would ask the Supreme Court for emergency relief. Apple and Google did not respond.""",
 [('house', DELAY, 'oppose', 'telling them to be ready to remove TikTok from their app stores on Jan 19', True),
  ('house', SELL, 'support', 'urging ByteDance to carry out a qualified divestiture immediately', True)])

art('2024-12-17T03:00:00Z', 'summit-gazette', 'trump-meets-chew-mar-a-lago',
 'Trump meets TikTok chief at Mar-a-Lago, says he has warm spot for app',
 """PALM BEACH, Dec 16 (Summit Gazette) - President-elect Donald Trump met TikTok chief executive Shou Zi Chew at his Mar-a-Lago club on Monday, hours after telling reporters he had a warm spot in his heart for the app.

Trump said at a news conference that TikTok had helped him win young voters in the election and that his team would take a look at the app. He did not say whether he would try to delay the Jan 19 deadline or how he might do so.

Neither side gave details of the meeting. TikTok had asked the Supreme Court earlier on Monday to block the law temporarily.

Lawmakers who wrote the law said it gave the president little room to act once the deadline had passed. Some Republican senators said they hoped the president-elect would not try to go around it.""",
 [])

art('2024-12-18T22:00:00Z', 'harborlight-news', 'supreme-court-to-hear-tiktok-case',
 'Supreme Court agrees to hear TikTok case on Jan 10',
 """WASHINGTON, Dec 18 (Harborlight News) - The Supreme Court agreed on Wednesday to hear TikTok's challenge to the law that could ban it, scheduling arguments for Jan 10, nine days before the deadline for ByteDance to sell.

The justices did not immediately act on TikTok's request for an injunction, saying they would consider the case on an expedited basis.

TikTok welcomed the decision and said it was confident the court would find the ban unconstitutional. The creators who filed a separate suit said they hoped the justices would protect the voices of millions of Americans.

The Justice Department has argued that the law targets foreign control of the app, not speech. Legal experts said the court's speed suggested it wanted to decide before the deadline.""",
 [('tiktok', DB, 'oppose', 'confident the court would find the ban unconstitutional', True),
  ('creators', DB, 'oppose', 'hoped the justices would protect the voices of millions of Americans', True),
  ('biden', DB, 'support', 'the law targets foreign control of the app, not speech', True)])

art('2024-12-28T02:00:00Z', 'pacific-wire', 'trump-asks-supreme-court-to-pause-tiktok-deadline',
 'Trump asks Supreme Court to pause TikTok deadline',
 """WASHINGTON, Dec 27 (Pacific Wire) - President-elect Donald Trump asked the Supreme Court on Friday to pause the Jan 19 deadline in the TikTok law so that he could seek a negotiated solution once he takes office.

In a friend-of-the-court brief, Trump's nominee for solicitor general, D. John Sauer, said Trump took no position on the underlying merits of the case. The brief said the president-elect alone had the dealmaking skill and political mandate to reach a resolution that would save the platform while addressing national security concerns.

The brief asked the justices to put the deadline on hold while they considered the case.

Krishnamoorthi, a sponsor of the bill, said the law was clear and that any sale would have to cut the app's ties to ByteDance. The Justice Department, still under Biden, has until next week to file its final brief.""",
 [('trump', DELAY, 'support', 'asked the Supreme Court on Friday to pause the Jan 19 deadline', True),
  ('house', SELL, 'support', 'any sale would have to cut the app\'s ties to ByteDance', True)])

art('2025-01-10T20:00:00Z', 'lantern-post', 'supreme-court-justices-skeptical-tiktok',
 'Supreme Court justices appear skeptical of TikTok challenge',
 """WASHINGTON, Jan 10 (Lantern Post) - Supreme Court justices appeared inclined on Friday to uphold the law that could ban TikTok, questioning the company's lawyer closely about its ties to China.

Noel Francisco, arguing for TikTok and ByteDance, said the law singled out one speaker and would shut down one of the most popular platforms in the country. He asked the court at a minimum to pause the deadline so the incoming administration could weigh in.

Solicitor General Elizabeth Prelogar, defending the law for the Biden administration, said Chinese control of TikTok posed a grave threat to national security. She said the law left the app free to keep operating if ByteDance sold it.

Several justices asked why the government could not simply require a warning label. Others pressed Francisco on whether China could use the app to collect data on Americans. A ruling is expected before Jan 19.""",
 [('tiktok', DB, 'oppose', 'the law singled out one speaker', True),
  ('tiktok', DELAY, 'support', 'asked the court at a minimum to pause the deadline', True),
  ('biden', DB, 'support', 'Chinese control of TikTok posed a grave threat to national security', True),
  ('biden', SELL, 'support', 'the law left the app free to keep operating if ByteDance sold it', True)])

art('2025-01-14T12:00:00Z', 'ridgeline-courier', 'tiktok-dismisses-musk-sale-report',
 'TikTok dismisses report of sale to Musk as pure fiction',
 """BEIJING, Jan 14 (Ridgeline Courier) - TikTok on Tuesday dismissed as pure fiction a media report that Chinese officials were weighing a sale of its US operations to Elon Musk if the Supreme Court upholds the law.

The report, which cited people familiar with the talks, said officials in Beijing preferred that TikTok stay with ByteDance but were discussing contingency plans, one of which involved Musk, who is close to President-elect Donald Trump.

Asked about the report, a foreign ministry spokesperson said he had no information to offer and declined to comment on what China would do.

Analysts said Beijing was likely to insist on keeping control of the recommendation algorithm in any deal. Musk did not respond to requests for comment.""",
 [('tiktok', SELL, 'oppose', 'dismissed as pure fiction a media report', True),
  ('china', SELL, 'oppose', 'officials in Beijing preferred that TikTok stay with ByteDance', False)])

art('2025-01-16T21:00:00Z', 'summit-gazette', 'schumer-urges-tiktok-deadline-extension',
 'Schumer urges extension of TikTok deadline as Waltz says Trump will keep app alive',
 """WASHINGTON, Jan 16 (Summit Gazette) - Senate Majority Leader Chuck Schumer urged the Biden administration on Thursday to extend the TikTok deadline by 90 days, saying more time was needed to find an American buyer and protect the jobs of creators.

Two Republican senators, Tom Cotton and Pete Ricketts, said there was no legal basis for any extension because no sale was under way.

Moolenaar, the House China committee chair, said the law was clear: TikTok had to be sold by Jan 19 or go dark.

Trump's incoming national security adviser, Mike Waltz, said the president-elect would put measures in place to keep TikTok from going dark.

Content creators posting under hashtags lamenting the app's possible end urged their followers to call Congress for a delay.""",
 [('senate', DELAY, 'support', 'urged the Biden administration on Thursday to extend the TikTok deadline by 90 days', True),
  ('house', DELAY, 'oppose', 'TikTok had to be sold by Jan 19 or go dark', True),
  ('trump', DELAY, 'support', 'would put measures in place to keep TikTok from going dark', True),
  ('creators', DELAY, 'support', 'urged their followers to call Congress for a delay', True)])

art('2025-01-17T16:00:00Z', 'pacific-wire', 'supreme-court-upholds-tiktok-law',
 'Supreme Court upholds TikTok law; White House leaves enforcement to Trump',
 """WASHINGTON, Jan 17 (Pacific Wire) - The Supreme Court unanimously upheld the law on Friday that requires ByteDance to sell TikTok or see it banned in the United States from Sunday, rejecting the company's free speech challenge.

The justices said Congress had a sufficient national security justification for singling out the app.

White House press secretary Karine Jean-Pierre said the president's position was that TikTok should remain available to Americans, but under American ownership. She said that given the timing, the administration would leave the law's implementation to the next administration, which takes office on Monday.

Trump wrote on his social media site that the ruling was expected and that everyone must respect it. He said his decision on TikTok would come in the not too distant future, without giving details.

TikTok said the court's ruling would force it to go dark unless it received assurances from the government.""",
 [('biden', SELL, 'support', 'TikTok should remain available to Americans, but under American ownership', True),
  ('biden', DELAY, 'conditional', "the administration would leave the law's implementation to the next administration", True),
  ('tiktok', DELAY, 'support', 'would force it to go dark unless it received assurances from the government', True)])

art('2025-01-17T22:30:00Z', 'lantern-post', 'tiktok-threatens-to-go-dark',
 'TikTok says it will go dark on Sunday without clear assurances',
 """WASHINGTON, Jan 17 (Lantern Post) - TikTok said on Friday it would be forced to go dark in the United States on Sunday unless the Biden administration immediately gave a definitive statement that it would not enforce the law.

The company said statements from the White House and the Justice Department had failed to give the clarity and assurance that app stores and cloud providers needed to keep the service available.

The White House called TikTok's statement a stunt. It said there was no reason for the company to take any action in the next few days, because enforcement would fall to the next administration.

Trump said he had discussed TikTok with Chinese leader Xi Jinping in a phone call on Friday, but did not say what was agreed. Beijing's readout of the call did not mention the app.""",
 [('tiktok', DELAY, 'support', 'a definitive statement that it would not enforce the law', True),
  ('biden', DELAY, 'conditional', 'enforcement would fall to the next administration', True)])

art('2025-01-19T05:00:00Z', 'ridgeline-courier', 'tiktok-goes-dark-us',
 'TikTok goes dark for US users ahead of ban',
 """LOS ANGELES, Jan 18 (Ridgeline Courier) - TikTok stopped working for users in the United States late on Saturday, hours before the law banning it took effect, and disappeared from the Apple and Google app stores.

Users who opened the app saw a message saying a law banning TikTok had been enacted and that they could not use it for now. The message said the company was fortunate that President-elect Trump had indicated he would work with it on a solution once he took office.

Trump told a television interviewer earlier on Saturday that he would most likely give TikTok a 90-day reprieve after his inauguration on Monday.

Many creators posted farewell videos. Some had already moved to RedNote, another Chinese-owned app, which shot to the top of the download charts this week.""",
 [('trump', DELAY, 'support', 'he would most likely give TikTok a 90-day reprieve', True)])

art('2025-01-19T18:00:00Z', 'summit-gazette', 'trump-promises-order-tiktok-half-stake',
 'Trump promises order to revive TikTok and wants US to own half',
 """WASHINGTON, Jan 19 (Summit Gazette) - President-elect Donald Trump said on Sunday he would issue an executive order on Monday to extend the period before the TikTok law's ban takes effect, and asked companies not to let the app stay dark.

He also said he would like the United States to have a 50% ownership position in a joint venture, so that the app could stay up under the protection of the United States. He did not say who would own the rest.

TikTok said it was restoring service and thanked Trump for giving service providers the clarity they needed. The app began working again for many US users within hours.

Cotton and Ricketts, the Republican senators, repeated that the law did not allow an extension without a signed deal. House Speaker Mike Johnson said Congress would enforce the law but expected Trump to push for a real change of ownership.""",
 [('trump', DELAY, 'support', 'extend the period before the TikTok law\'s ban takes effect', True),
  ('trump', SELL, 'conditional', 'a 50% ownership position in a joint venture', True),
  ('tiktok', DELAY, 'support', 'thanked Trump for giving service providers the clarity they needed', True),
  ('house', DB, 'support', 'Congress would enforce the law', True),
  ('house', SELL, 'support', 'expected Trump to push for a real change of ownership', True)])

art('2025-01-21T03:00:00Z', 'pacific-wire', 'trump-signs-tiktok-order-75-days',
 'Trump signs order delaying TikTok ban for 75 days',
 """WASHINGTON, Jan 20 (Pacific Wire) - President Donald Trump signed an executive order on Monday directing the attorney general not to enforce the TikTok law for 75 days while his administration seeks a deal.

Trump signed the order at the White House hours after his inauguration. He told reporters that TikTok was worthless without his approval and that the United States should be entitled to half of it in return.

The order also tells the Justice Department to inform app stores and cloud companies that they will face no penalties for serving TikTok during the delay.

Legal experts said companies still faced risk, because the law allows penalties for up to five years. ByteDance did not comment on Trump's ownership idea.""",
 [('trump', DELAY, 'support', 'directing the attorney general not to enforce the TikTok law for 75 days', True),
  ('trump', SELL, 'conditional', 'the United States should be entitled to half of it in return', True)])

art('2025-01-21T10:00:00Z', 'lantern-post', 'china-says-companies-decide-tiktok',
 'China says TikTok deal should be decided by the companies',
 """BEIJING, Jan 21 (Lantern Post) - China signalled on Tuesday it could live with a deal over TikTok's US business, saying the fate of companies should be decided by the companies themselves.

Foreign ministry spokeswoman Mao Ning said decisions on the operation and acquisition of companies should be made independently by companies in line with market principles. She said that where Chinese companies were involved, China's laws and regulations must be followed.

She said Beijing hoped the United States would provide an open, fair, just and non-discriminatory environment for Chinese businesses.

In 2023 the commerce ministry said it would firmly oppose a forced sale. Analysts said the new wording left room for a deal, as long as Beijing kept a say over the algorithm under its export-control rules.""",
 [('china', SELL, 'conditional', 'should be made independently by companies in line with market principles', True)])

WATCHLIST = """# us-tiktok-divestment-2024 eval set: tracked actors and issues.
# An issue is a proposition under negotiation; a stance is an actor's position on that proposition
# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.
# Capitals and buildings also appear as plain locations ("signed the order at the White House");
# such mentions carry no stance.

actors:
  - id: house
    name: US House of Representatives (the majority and sponsors behind the divest-or-ban law)
    aliases: [House, House of Representatives, House Energy and Commerce Committee, Energy and Commerce Committee, House select committee on China, Mike Gallagher, Gallagher, Raja Krishnamoorthi, Krishnamoorthi, John Moolenaar, Moolenaar, Cathy McMorris Rodgers, McMorris Rodgers, Mike Johnson, Speaker Mike Johnson]
  - id: senate
    name: US Senate (majority leadership and the Commerce Committee)
    aliases: [Senate, US Senate, Senate Commerce Committee, Maria Cantwell, Cantwell, Chuck Schumer, Schumer, Senate Majority Leader, Mark Warner, Warner]
  - id: biden
    name: President Joe Biden and his administration (White House, Justice Department) until Jan 20, 2025
    aliases: [Joe Biden, Biden, President Biden, Biden administration, White House, Karine Jean-Pierre, Jean-Pierre, Justice Department, Department of Justice, Merrick Garland, Garland, Elizabeth Prelogar, Prelogar]
  - id: trump
    name: Donald Trump (candidate, president-elect, then president from Jan 20, 2025)
    aliases: [Donald Trump, Trump, President-elect Trump, President Trump, Trump transition team, Mike Waltz, Waltz, D. John Sauer, Sauer]
  - id: tiktok
    name: TikTok and its owner ByteDance
    aliases: [TikTok, ByteDance, Shou Zi Chew, Chew, Noel Francisco, Francisco]
  - id: china
    name: China (government, foreign and commerce ministries)
    aliases: [China, Chinese government, Beijing, foreign ministry, commerce ministry, Ministry of Commerce, Wang Wenbin, Mao Ning, Xi Jinping, Xi]
  - id: creators
    name: TikTok content creators (as a group, incl. those who sued)
    aliases: [content creators, creators, TikTok creators, influencers]

issues:
  - id: divest-or-ban
    name: The US forces ByteDance to sell TikTok or face a ban
    description: The divest-or-ban law (Protecting Americans from Foreign Adversary Controlled Applications Act) is passed, signed, upheld and stays in force.
    terms: [TikTok ban, ban TikTok, divest-or-ban, sell or be banned, forced sale law, TikTok bill]
  - id: bytedance-sells
    name: ByteDance gives up ownership of TikTok's US business
    description: ByteDance sells or spins off TikTok's US operations to owners not controlled from China.
    terms: [sell TikTok, sale, divestiture, divest, new owner, American ownership]
  - id: project-texas
    name: TikTok's Project Texas data arrangement is accepted in place of a sale
    description: The US accepts TikTok's plan to wall off American user data (Oracle-run servers, oversight of code) as a substitute for divestiture.
    terms: [Project Texas, Oracle, data security, national security agreement, US user data]
  - id: enforcement-delay
    name: Enforcement of the TikTok law is postponed past the January 19, 2025 deadline
    description: The ban's start is paused, extended or not enforced beyond Jan 19, 2025 (court injunction, extension or executive non-enforcement).
    terms: [delay, extension, extend the deadline, pause, injunction, not enforce, reprieve]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: tiktok, issue: divest-or-ban, stance: oppose}
  - {actor: tiktok, issue: bytedance-sells, stance: oppose}
  - {actor: tiktok, issue: project-texas, stance: support}
  - {actor: house, issue: project-texas, stance: oppose}
  - {actor: china, issue: bytedance-sells, stance: oppose}
  - {actor: trump, issue: divest-or-ban, stance: support}
  - {actor: trump, issue: bytedance-sells, stance: support}
  - {actor: biden, issue: bytedance-sells, stance: support}
"""

SHIFTS = [
    dict(actor='trump', issue=DB, **{'from': 'support'}, to='oppose', slug='trump-turns-against-tiktok-ban',
         why='Trump writes that a TikTok ban would only make Facebook bigger; in 2020 (baseline) he ordered a ban unless ByteDance sold.'),
    dict(actor='senate', issue=DB, **{'from': 'conditional'}, to='support', slug='tiktok-in-aid-package-cantwell-backs',
         why='Commerce chair Cantwell says she now supports the measure after the deadline was lengthened; in March she wanted changes so it would hold up in court.'),
    dict(actor='biden', issue=DELAY, **{'from': 'oppose'}, to='conditional', slug='supreme-court-upholds-tiktok-law',
         why='The White House says it will leave implementation to the next administration; in December the Justice Department opposed TikTok\'s request for a pause.'),
    dict(actor='trump', issue=SELL, **{'from': 'support'}, to='conditional', slug='trump-promises-order-tiktok-half-stake',
         why='Trump now wants a joint venture with a 50% US stake instead of the full sale he ordered in 2020 (baseline).'),
    dict(actor='china', issue=SELL, **{'from': 'oppose'}, to='conditional', slug='china-says-companies-decide-tiktok',
         why='Mao Ning says acquisitions are for companies to decide under market principles, subject to Chinese law; the 2023 baseline was firm opposition to a forced sale.'),
]

WORD_MIN, WORD_MAX = 120, 260

def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    A.sort(key=lambda a: a['published'])
    slug2id, arts, claims = {}, [], {}
    for i, a in enumerate(A, 1):
        aid = f'{i:03d}'
        y, m, d = a['published'][:10].split('-')
        url = f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"
        obj = {'id': aid, 'published': a['published'], 'source': OUTLETS[a['outlet']], 'url': url,
               'title': a['title'], 'text': a['text']}
        arts.append((a['outlet'], obj))
        slug2id[a['slug']] = aid
        claims[aid] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']]
        with open(os.path.join(HERE, 'articles', aid + '.json'), 'w') as f:
            json.dump(obj, f, indent=2, ensure_ascii=False); f.write('\n')
    shifts = []
    for s in SHIFTS:
        s = dict(s); slug = s.pop('slug'); why = s.pop('why')
        shifts.append(dict(actor=s['actor'], issue=s['issue'], **{'from': s['from']}, to=s['to'], article=slug2id[slug], why=why))
    shift_ids = {s['article'] for s in shifts}
    labels = {'claims': claims, 'shifts': shifts,
              'no_alert_articles': [o['id'] for _, o in arts if o['id'] not in shift_ids]}
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False); f.write('\n')
    with open(os.path.join(HERE, 'watchlist.yaml'), 'w') as f:
        f.write(WATCHLIST)
    for outlet, name in OUTLETS.items():
        items = [o for ol, o in arts if ol == outlet]
        items.sort(key=lambda o: o['published'], reverse=True)
        dt = lambda o: datetime.strptime(o['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=timezone.utc)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{outlet}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch us-tiktok-divestment-2024 eval set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{format_datetime(dt(items[0]), usegmt=True)}</lastBuildDate>']
        for o in items:
            out += ['    <item>', f"      <title>{escape(o['title'])}</title>", f"      <link>{escape(o['url'])}</link>",
                    f"      <guid isPermaLink=\"true\">{escape(o['url'])}</guid>",
                    f"      <pubDate>{format_datetime(dt(o), usegmt=True)}</pubDate>",
                    f"      <description>{escape(o['text'])}</description>", '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', outlet + '.xml'), 'w') as f:
            f.write('\n'.join(out))
    return arts, labels

def validate(arts, labels):
    errs = []
    wl = WATCHLIST
    actors = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    aliases', wl, re.M))
    issues = set(re.findall(r'^  - id: (\S+)\n    name: .*\n    description', wl, re.M))
    ids = [o['id'] for _, o in arts]
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')))
    if files != ids: errs.append(f'article files {files} != ids {ids}')
    if set(labels['claims']) != set(ids): errs.append('claims keys != article ids')
    text = {o['id']: o['text'] for _, o in arts}
    for o in [o for _, o in arts]:
        n = len(o['text'].split())
        if not WORD_MIN <= n <= WORD_MAX: errs.append(f"{o['id']}: {n} words")
        if not re.match(r'^[A-Z][A-Z .,]+, [A-Z][a-z]+\.? \d{1,2} \(' + re.escape(o['source']) + r'\) - ', o['text']):
            errs.append(f"{o['id']}: bad dateline")
    for aid, cl in labels['claims'].items():
        seen = set()
        for c in cl:
            if c['actor'] not in actors: errs.append(f'{aid}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{aid}: unknown issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f'{aid}: bad stance')
            if c['quote'] not in text[aid]: errs.append(f'{aid}: quote not in text: {c["quote"]!r}')
            if len(c['quote'].split()) > 15: errs.append(f'{aid}: quote > 15 words: {c["quote"]!r}')
            if (c['actor'], c['issue']) in seen: errs.append(f'{aid}: duplicate pair {c["actor"]}/{c["issue"]}')
            seen.add((c['actor'], c['issue']))
    # Replay prevailing stances: every shift must match an attributed change, and vice versa.
    base = {(b[0], b[1]): b[2] for b in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\S+)\}', wl)}
    for b in base:
        if b[0] not in actors or b[1] not in issues: errs.append(f'baseline unknown {b}')
    prev, derived = dict(base), []
    for aid in ids:
        for c in labels['claims'][aid]:
            if not c['attributed']: continue
            k = (c['actor'], c['issue'])
            if k in prev and prev[k] != c['stance']:
                derived.append((c['actor'], c['issue'], prev[k], c['stance'], aid))
            prev[k] = c['stance']
    got = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(derived) != sorted(got): errs.append(f'shift mismatch derived={derived} labelled={got}')
    for _, o in arts:
        pass
    for outlet in OUTLETS:
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', outlet + '.xml')], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {outlet}: {r.stderr.strip()}')
    return errs

def stats(arts, labels):
    from collections import Counter
    cl = [c for v in labels['claims'].values() for c in v]
    st = Counter(c['stance'] for c in cl)
    print(f"articles={len(arts)} claims={len(cl)} {dict(st)} unattributed={sum(not c['attributed'] for c in cl)} "
          f"shifts={len(labels['shifts'])} empty={[k for k, v in labels['claims'].items() if not v]}")
    print('per outlet', Counter(ol for ol, _ in arts))
    print('words', min(len(o['text'].split()) for _, o in arts), max(len(o['text'].split()) for _, o in arts))
    for s in labels['shifts']: print('shift', s['article'], s['actor'], s['issue'], s['from'], '->', s['to'])
    for _, o in arts: print(o['id'], o['published'], o['source'], o['title'])

if __name__ == '__main__':
    arts, labels = build()
    errs = validate(arts, labels)
    stats(arts, labels)
    if errs:
        print('\n'.join('ERROR ' + e for e in errs)); sys.exit(1)
    print('OK: all checks passed')
