#!/usr/bin/env python3
"""Build and validate the chagos-sovereignty-2024 labelled timeline.

Self-contained: writes articles/NNN.json, feeds/<outlet>.xml and labels.json
next to this file, then checks quotes, ids, actors/issues and duplicate pairs.
Run: python3 eval/chagos-sovereignty-2024/build.py
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
    "coral-wire": "Coral Wire",
    "atoll-post": "Atoll Post",
    "westbridge-courier": "Westbridge Courier",
    "lantern-report": "Lantern Report",
    "ridgeway-times": "Ridgeway Times",
}

T, F = True, False
TR = "chagos-sovereignty-transfer"
LE = "diego-garcia-lease"
RN = "mauritius-drops-renegotiation"
SAY = "chagossian-say"
RET = "chagossian-return"


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# (published, outlet, slug, title, text, claims)
ARTICLES = [
    ("2024-10-03T13:30:00Z", "coral-wire", "britain-agrees-to-hand-chagos-to-mauritius",
     "Britain agrees to hand Chagos Islands to Mauritius, keeps Diego Garcia base",
     "LONDON, Oct 3 (Coral Wire) - Britain agreed on Thursday to give Mauritius sovereignty over the Chagos Islands, its last colony in Africa, while keeping the joint UK-US military base on Diego Garcia under a lease of at least 99 years.\n\n"
     "In a joint statement after two years of talks, Prime Minister Keir Starmer and his Mauritian counterpart Pravind Jugnauth said the treaty would settle a dispute that has dragged on for more than half a century. The statement said the UK would exercise the sovereign rights of Mauritius over Diego Garcia for an initial period of 99 years.\n\n"
     "Jugnauth called the accord the completion of Mauritius's decolonisation. Foreign Secretary David Lammy said it secured the base's future, which he described as vital to British and American security.\n\n"
     "US President Joe Biden welcomed the agreement within hours, saying it put the operation of the facility on a secure footing well into the next century.\n\n"
     "The deal still has to be finalised in a treaty. Britain will also pay Mauritius an annual sum that neither government has disclosed.",
     [c("uk-government", TR, "support", "Britain agreed on Thursday to give Mauritius sovereignty over the Chagos Islands"),
      c("uk-government", LE, "support", "the UK would exercise the sovereign rights of Mauritius over Diego Garcia"),
      c("mauritius", TR, "support", "Jugnauth called the accord the completion of Mauritius's decolonisation"),
      c("mauritius", LE, "support", "the UK would exercise the sovereign rights of Mauritius over Diego Garcia"),
      c("united-states", TR, "support", "US President Joe Biden welcomed the agreement within hours"),
      c("united-states", LE, "support", "put the operation of the facility on a secure footing")]),

    ("2024-10-03T17:05:00Z", "atoll-post", "conservatives-call-chagos-deal-surrender",
     "Conservatives call Chagos deal a surrender; Chagossians say they were shut out",
     "LONDON, Oct 3 (Atoll Post) - Britain's opposition Conservative Party condemned the government's agreement to hand the Chagos Islands to Mauritius on Thursday, calling it a surrender that would weaken the country's hand in the Indian Ocean.\n\n"
     "The party said in a statement that ministers had given away British territory without a vote in parliament and without a clear guarantee over what Mauritius might allow on the outer islands. Robert Jenrick, one of four candidates in the race to succeed Rishi Sunak as party leader, went further, saying he would try to undo the agreement if he became prime minister.\n\n"
     "Chagossian Voices, a group representing islanders and their descendants living in Britain, said the community had learned of the deal from the news. It said Chagossians had been denied any say over the future of their homeland and called for them to be consulted before a treaty was signed.\n\n"
     "The Chagos Refugees Group, which is based in Mauritius, welcomed the agreement as a step towards going home.",
     [c("conservatives", TR, "oppose", "condemned the government's agreement to hand the Chagos Islands to Mauritius"),
      c("chagossian-voices", SAY, "support", "called for them to be consulted before a treaty was signed")]),

    ("2024-10-03T18:40:00Z", "westbridge-courier", "tories-condemn-chagos-handover-islanders-shut-out",
     "Tories condemn Chagos handover as islanders complain of being shut out",
     "LONDON, Oct 3 (Westbridge Courier) - The opposition Conservative Party on Thursday condemned the government's agreement to hand the Chagos Islands to Mauritius, describing it as a surrender that would weaken Britain in the Indian Ocean.\n\n"
     "In a statement, the party said ministers had given away British territory without a parliamentary vote and without a firm guarantee about what Mauritius might permit on the outer islands. Leadership contender Robert Jenrick, one of four people hoping to succeed Rishi Sunak, said he would try to reverse the deal if he became prime minister.\n\n"
     "Chagossian Voices, which speaks for islanders and their descendants in Britain, said the community had found out about the deal from news reports. Chagossians had been denied any say over their homeland, the group said, and it called for them to be consulted before a treaty was signed.\n\n"
     "The Mauritius-based Chagos Refugees Group welcomed the agreement as a step towards going home.",
     [c("conservatives", TR, "oppose", "condemned the government's agreement to hand the Chagos Islands to Mauritius"),
      c("chagossian-voices", SAY, "support", "it called for them to be consulted before a treaty was signed")]),

    ("2024-10-04T09:20:00Z", "lantern-report", "india-welcomes-chagos-agreement",
     "India welcomes Chagos agreement as end of Mauritius's decolonisation",
     "NEW DELHI, Oct 4 (Lantern Report) - India welcomed the agreement between Britain and Mauritius on the Chagos Islands, saying it completed the decolonisation of Mauritius and respected the rule of law in the Indian Ocean.\n\n"
     "The foreign ministry said in a statement that New Delhi had consistently backed Mauritius's claim to the archipelago, in line with its support for decolonisation and for the sovereignty of nations. It said India stood ready to work with Mauritius to strengthen maritime security in the region.\n\n"
     "Mauritius and India have close ties, and Indian officials have long regarded the island state as a partner in watching shipping lanes that Chinese vessels increasingly use.\n\n"
     "Some commentators in New Delhi said India's quiet diplomacy had helped nudge London towards a settlement, though the foreign ministry did not say what role, if any, it had played. Officials in London declined to say whether India had been briefed before the announcement.",
     [c("india", TR, "support", "India welcomed the agreement between Britain and Mauritius on the Chagos Islands")]),

    ("2024-10-07T16:45:00Z", "ridgeway-times", "lammy-defends-chagos-deal-in-parliament",
     "Lammy defends Chagos deal as Conservative MPs jeer",
     "LONDON, Oct 7 (Ridgeway Times) - Foreign Secretary David Lammy defended the Chagos agreement in parliament on Monday, telling lawmakers that without it the base on Diego Garcia would have faced years of legal challenges that could have made it unworkable.\n\n"
     "He said the treaty placed the base on a secure legal footing for the long term and that the United States had been closely involved at every step. Handing over the archipelago was the right decision, he said, and it would not be reversed.\n\n"
     "On the islanders' hopes of going home, Lammy said Mauritius would be free to carry out a resettlement programme on the outer islands, but not on Diego Garcia itself, which would stay closed for security reasons. Britain will put money into a new trust fund for Chagossians.\n\n"
     "Conservative lawmakers jeered from their benches, and several shouted \"surrender\" as he spoke. Lammy accused the previous government of having opened the talks in the first place.",
     [c("uk-government", LE, "support", "the treaty placed the base on a secure legal footing for the long term"),
      c("uk-government", TR, "support", "Handing over the archipelago was the right decision, he said"),
      c("uk-government", RET, "conditional", "Mauritius would be free to carry out a resettlement programme on the outer islands"),
      c("conservatives", TR, "oppose", "several shouted \"surrender\" as he spoke")]),

    ("2024-10-10T11:00:00Z", "coral-wire", "mauritius-cautious-as-election-nears",
     "Mauritius cautious on Chagos details as election nears",
     "PORT LOUIS, Oct 10 (Coral Wire) - A week after the Chagos announcement, the mood in the Mauritian capital is more cautious than the celebrations on the night suggested, with a general election due on Nov 10 and the treaty text still unpublished.\n\n"
     "Opposition politicians have asked what Mauritius gave up in return for the 99-year arrangement on Diego Garcia and how much Britain will pay. Several analysts in Port Louis said a change of government could slow the process or bring demands for better terms, though none expected a new administration to walk away from the principle of sovereignty.\n\n"
     "The government's spokesman declined to say when the text would be released or whether it would be put to the National Assembly before signature. Officials said only that work on the treaty was continuing with British negotiators in London.\n\n"
     "Navin Ramgoolam, the former prime minister who leads the opposition alliance, has not set out his own view of the terms in detail, saying he wants to read the document first.",
     []),

    ("2024-10-15T14:20:00Z", "westbridge-courier", "chagossian-voices-demands-return-and-vote",
     "Chagossian group demands right of return and a vote on the deal",
     "CRAWLEY, England, Oct 15 (Westbridge Courier) - Chagossian Voices has written to Foreign Secretary David Lammy demanding that islanders be given the right to return to every island in the archipelago, including Diego Garcia, and a vote on the agreement before it becomes a treaty.\n\n"
     "The letter, signed by the group's organisers in this town near Gatwick Airport, home to the largest Chagossian community in Britain, said decisions about the islands had once again been taken about Chagossians without them. Frankie Bontemps, a member of the group, said Chagossians did not want to swap one government they had not chosen for another.\n\n"
     "Bontemps added that the community would not accept any settlement that did not let families decide for themselves whether to go back.\n\n"
     "The Foreign Office said ministers had met Chagossian representatives and would continue to do so. It did not respond directly to the call for a vote.\n\n"
     "About 1,500 islanders were removed from the Chagos archipelago between 1967 and 1973 to make way for the base.",
     [c("chagossian-voices", RET, "support", "demanding that islanders be given the right to return to every island"),
      c("chagossian-voices", SAY, "support", "a vote on the agreement before it becomes a treaty"),
      c("chagossian-voices", TR, "oppose", "did not want to swap one government they had not chosen for another")]),

    ("2024-11-06T12:10:00Z", "lantern-report", "patel-says-conservatives-will-oppose-chagos-treaty",
     "New shadow foreign secretary Patel says Tories will oppose Chagos treaty",
     "LONDON, Nov 6 (Lantern Report) - Priti Patel, the new shadow foreign secretary, said on Wednesday the Conservatives would oppose the Chagos treaty in parliament and urged the government to halt it before it was signed.\n\n"
     "In her first interview since Kemi Badenoch named her to the post, Patel said handing the islands to Mauritius was a surrender that put a vital base at risk and rewarded a country with close ties to China. She said Chagossians should have been given a say, and that the party would press for them to be heard before any treaty reached parliament.\n\n"
     "Badenoch, who won the Conservative leadership on Saturday, criticised the deal during her campaign. Her allies said fighting it would be one of the party's early tests in opposition.\n\n"
     "Government sources said the treaty was expected to be signed in the coming months and that the new Tory leadership had not changed the calculation. The White House has not commented on the change of leadership in the opposition.",
     [c("conservatives", TR, "oppose", "the Conservatives would oppose the Chagos treaty in parliament"),
      c("conservatives", SAY, "support", "She said Chagossians should have been given a say")]),

    ("2024-11-11T15:30:00Z", "ridgeway-times", "ramgoolam-sweeps-mauritius-election",
     "Ramgoolam sweeps Mauritius election; Chagos treaty plans uncertain",
     "PORT LOUIS, Nov 11 (Ridgeway Times) - Navin Ramgoolam's Alliance du Changement swept Mauritius's general election, winning all 60 directly elected seats on the main island and ending Prime Minister Pravind Jugnauth's seven years in office.\n\n"
     "Jugnauth conceded on Monday and thanked voters. His government negotiated the Chagos agreement with Britain, but the campaign turned mainly on the cost of living and on leaked recordings of private conversations that embarrassed the outgoing administration.\n\n"
     "Asked by reporters whether he would sign the treaty as negotiated, Ramgoolam declined to say, answering only that his team would study every clause. Diplomats in Port Louis said a pause was likely while the new cabinet settles in.\n\n"
     "In London, a government spokesperson congratulated Ramgoolam and said Britain looked forward to working with him to conclude the treaty.",
     [c("uk-government", TR, "support", "Britain looked forward to working with him to conclude the treaty")]),

    ("2024-11-14T20:00:00Z", "coral-wire", "rubio-pick-revives-chagos-questions",
     "Rubio pick revives questions over Chagos deal; State Department stands by it",
     "WASHINGTON, Nov 14 (Coral Wire) - President-elect Donald Trump's choice of Senator Marco Rubio as secretary of state has revived questions in London about the Chagos agreement, which Rubio criticised last month as a threat to American security that could benefit China.\n\n"
     "The senator's remarks came while he held no role in the executive branch, and his office did not respond to a request for comment this week on whether his view had changed.\n\n"
     "The State Department said on Thursday that the Biden administration continued to support the agreement, which it said secured the effective operation of the base on Diego Garcia. A spokesperson said the United States looked forward to the conclusion of a treaty.\n\n"
     "British officials said they expected to brief the incoming team in detail. Rubio's confirmation hearing is expected in January.",
     [c("united-states", TR, "support", "the Biden administration continued to support the agreement"),
      c("united-states", LE, "support", "secured the effective operation of the base on Diego Garcia")]),

    ("2024-12-17T13:00:00Z", "atoll-post", "ramgoolam-wont-sign-chagos-treaty-as-it-stands",
     "Ramgoolam says Mauritius will not sign Chagos treaty as it stands",
     "PORT LOUIS, Dec 17 (Atoll Post) - Prime Minister Navin Ramgoolam told the National Assembly on Tuesday that Mauritius would not sign the Chagos treaty in the form agreed by his predecessor and had sent Britain counter-proposals.\n\n"
     "Ramgoolam said the draft left too many questions open on the Diego Garcia lease, including a clause he said could let Britain extend it beyond 99 years. He said Mauritius could accept a long lease for the base only if the terms were tightened and the payments reflected the true value of the island.\n\n"
     "He insisted that sovereignty itself was not in doubt. Mauritius would never accept any arrangement that did not recognise its full sovereignty over the whole archipelago, he said.\n\n"
     "Britain's envoy for the talks, national security adviser Jonathan Powell, was expected in Port Louis within days, officials said. Opposition lawmakers accused Ramgoolam of putting the agreement at risk for domestic political gain.",
     [c("mauritius", RN, "oppose", "would not sign the Chagos treaty in the form agreed by his predecessor"),
      c("mauritius", LE, "conditional", "could accept a long lease for the base only if the terms were tightened"),
      c("mauritius", TR, "support", "would never accept any arrangement that did not recognise its full sovereignty")]),

    ("2024-12-18T10:30:00Z", "westbridge-courier", "downing-street-says-chagos-terms-settled",
     "Downing Street says Chagos terms are settled after Mauritian objections",
     "LONDON, Dec 18 (Westbridge Courier) - Downing Street said on Wednesday that the core of the Chagos agreement was settled and would not be reopened, after Mauritius's new prime minister told lawmakers he would not sign it as it stood.\n\n"
     "A spokesperson for Prime Minister Keir Starmer said the deal was good for Britain and for the security of the base, and that London expected Port Louis to stand by the terms both sides had agreed in October. Officials were ready to explain the text to the new Mauritian government but not to renegotiate it, the spokesperson said.\n\n"
     "Conservative leader Kemi Badenoch said on social media that the episode proved the deal should be scrapped, arguing that Britain was paying to give away its own territory.\n\n"
     "Jonathan Powell, who led the British side in the original negotiations, is travelling to the region this week.",
     [c("uk-government", RN, "support", "London expected Port Louis to stand by the terms both sides had agreed"),
      c("uk-government", TR, "support", "the deal was good for Britain and for the security of the base"),
      c("conservatives", TR, "oppose", "the episode proved the deal should be scrapped")]),

    ("2025-01-15T18:20:00Z", "ridgeway-times", "britain-to-wait-for-trump-on-chagos",
     "Britain to hold Chagos signing until Trump administration can review it",
     "LONDON, Jan 15 (Ridgeway Times) - Britain will not sign the Chagos treaty before Donald Trump takes office next week, giving the incoming US administration time to study it, a government spokesperson said on Wednesday.\n\n"
     "The spokesperson said the government remained committed to the agreement and was confident it would be finalised, but that it was right for the new administration to have the chance to consider a deal that affected a shared base.\n\n"
     "Two people familiar with the transition said senior figures in Trump's team, including his pick for national security adviser, had raised concerns about Chinese influence in Mauritius. The transition team did not comment.\n\n"
     "Mauritian officials said talks on their counter-proposals were continuing and that a further round had taken place in London this month. They declined to say whether the two sides had agreed on the level of payments.",
     [c("uk-government", TR, "support", "the government remained committed to the agreement")]),

    ("2025-01-22T13:40:00Z", "coral-wire", "badenoch-starmer-clash-over-chagos",
     "Badenoch and Starmer clash over cost of Chagos deal",
     "LONDON, Jan 22 (Coral Wire) - Conservative leader Kemi Badenoch accused Prime Minister Keir Starmer on Wednesday of paying billions of pounds to give away British territory, in a heated exchange over the Chagos Islands in parliament.\n\n"
     "Badenoch said her party would fight the treaty at every stage and demanded that the government publish what it would cost. Starmer replied that the base on Diego Garcia was essential to British and American security and that the agreement was the best way to protect it. He said he would only sign a deal that was in the national interest, and that this one was.\n\n"
     "He also accused the Conservatives of forgetting that their own government had opened the negotiations in 2022.\n\n"
     "The government has not said how much it will pay Mauritius each year. Estimates running into billions of pounds over the life of the lease have appeared in newspapers, none of them confirmed.",
     [c("conservatives", TR, "oppose", "her party would fight the treaty at every stage"),
      c("uk-government", TR, "support", "the agreement was the best way to protect it")]),

    ("2025-01-30T16:00:00Z", "atoll-post", "new-round-of-chagos-talks-in-port-louis",
     "New round of Chagos talks held in Port Louis, no date for signing",
     "PORT LOUIS, Jan 30 (Atoll Post) - British and Mauritian negotiators met in Port Louis this week for a fresh round of talks on the Chagos treaty, the first since the new administration in Washington took office.\n\n"
     "Foreign Minister Dhananjay Ramful said the discussions had been frank and useful but declined to say whether the two sides had settled the level of the annual payment for Diego Garcia. He said he would report to cabinet before making any statement.\n\n"
     "A British official who attended the talks said they had covered legal drafting and the management of the marine protected area. Neither side set a date for signing.\n\n"
     "Diplomats in the capital said a deal could come together quickly once officials in Washington had looked at the text.",
     []),

    ("2025-02-04T21:15:00Z", "lantern-report", "us-reviewing-chagos-deal-state-department",
     "US reviewing Chagos deal, will back it only if base is guaranteed",
     "WASHINGTON, Feb 4 (Lantern Report) - The Trump administration is reviewing the agreement under which Britain would hand the Chagos Islands to Mauritius and will back it only if it guarantees the long-term operation of the base on Diego Garcia, the State Department said on Tuesday.\n\n"
     "A department spokesperson said the United States had not yet reached a view on the text and wanted to be sure that no foreign power could gain a foothold on the outer islands. Secretary of State Marco Rubio had discussed the issue with British Foreign Secretary David Lammy, the spokesperson said.\n\n"
     "The previous administration of Joe Biden welcomed the deal last October.\n\n"
     "British officials said they expected the review to take weeks rather than months.",
     [c("united-states", TR, "conditional", "will back it only if it guarantees the long-term operation of the base")]),

    ("2025-02-06T12:00:00Z", "westbridge-courier", "ramgoolam-ready-to-settle-if-payments-indexed",
     "Ramgoolam says Mauritius close to Chagos deal if payments rise with inflation",
     "PORT LOUIS, Feb 6 (Westbridge Courier) - Mauritius is ready to drop its push to reopen the Chagos agreement once Britain confirms that lease payments for Diego Garcia will rise with inflation, Prime Minister Navin Ramgoolam told the National Assembly on Thursday.\n\n"
     "Ramgoolam said the two governments had made good progress since December and that most of Mauritius's counter-proposals had been accepted in principle. The remaining point was the indexation of the annual payment, he said, adding that he expected a written answer from London within weeks.\n\n"
     "He said his concerns about the length of the lease had largely been met but that he would not put his name to the treaty until the extension clause was spelled out in the text.\n\n"
     "Former prime minister Pravind Jugnauth, whose party lost every directly elected seat in November, said the government was wasting time renegotiating what he called an excellent deal. Analysts in Port Louis said the two sides appeared close but that the review in Washington could still delay a signing.",
     [c("mauritius", RN, "conditional", "ready to drop its push to reopen the Chagos agreement once Britain confirms"),
      c("mauritius", LE, "conditional", "would not put his name to the treaty until the extension clause was spelled out")]),

    ("2025-02-12T15:10:00Z", "atoll-post", "chagossians-rally-in-parliament-square",
     "Chagossians rally in London for a vote and the right to go home",
     "LONDON, Feb 12 (Atoll Post) - Several hundred Chagossians and supporters rallied in Parliament Square on Wednesday, demanding a vote on the future of the islands and the right to return to them.\n\n"
     "Chagossian Voices, which organised the protest, said the treaty should be torn up and that Britain had no right to hand the islands to a state that had never governed them. Frankie Bontemps told the crowd that the community wanted to go home and would keep fighting until it could.\n\n"
     "The group said the government's offer of a trust fund was no substitute for a say in the islands' future.\n\n"
     "A handful of Conservative lawmakers addressed the rally. Some protesters carried placards appealing to Donald Trump to block the deal; the White House did not respond to a request for comment.\n\n"
     "Stephen Doughty, the Foreign Office minister responsible for overseas territories, said this month that the government understood the community's strength of feeling.",
     [c("chagossian-voices", TR, "oppose", "said the treaty should be torn up"),
      c("chagossian-voices", RET, "support", "the community wanted to go home and would keep fighting until it could"),
      c("chagossian-voices", SAY, "support", "no substitute for a say in the islands' future")]),

    ("2025-02-27T19:30:00Z", "coral-wire", "trump-inclined-to-go-along-with-chagos-deal",
     "Trump says he is inclined to go along with Britain on Chagos",
     "WASHINGTON, Feb 27 (Coral Wire) - President Donald Trump signalled on Thursday that he was likely to accept Britain's agreement to hand the Chagos Islands to Mauritius, saying he had a feeling it would work out very well.\n\n"
     "Speaking alongside Prime Minister Keir Starmer at the White House, Trump said his administration would be inclined to go along with Britain on the issue, though he gave no timetable and said officials were still looking at the lease.\n\n"
     "Starmer, who raised the base during talks in the Oval Office, said the deal would secure Diego Garcia for generations and that Britain and the United States would go on running it together. He said the agreement had strong support across the US security establishment.\n\n"
     "The two leaders also discussed trade and Ukraine. Asked about the cost to British taxpayers, Starmer said the figures would be published when the treaty was signed.",
     [c("united-states", TR, "conditional", "would be inclined to go along with Britain on the issue"),
      c("uk-government", LE, "support", "the deal would secure Diego Garcia for generations")]),

    ("2025-03-04T10:00:00Z", "ridgeway-times", "tories-and-reform-step-up-chagos-campaign",
     "Conservatives and Reform step up campaign against Chagos treaty",
     "LONDON, March 4 (Ridgeway Times) - The Conservatives and Reform UK stepped up their campaign against the Chagos agreement on Tuesday, days after President Donald Trump's comments on the deal at the White House.\n\n"
     "Shadow foreign secretary Priti Patel said Trump's remarks changed nothing and that her party would vote against any treaty that handed the islands over. She said Britain should not pay a single penny to give away territory it had held since 1814.\n\n"
     "Reform UK leader Nigel Farage said his party would repeal the treaty if it came to power. Reform, which has five lawmakers, has no formal role in the ratification process.\n\n"
     "A government spokesperson said the agreement would protect the base and that ministers would not be deflected by what it called political point-scoring from a party that had begun the negotiations itself. The treaty will be laid before parliament after signing under the usual procedure.",
     [c("conservatives", TR, "oppose", "her party would vote against any treaty that handed the islands over"),
      c("uk-government", TR, "support", "the agreement would protect the base")]),

    ("2025-03-12T08:45:00Z", "lantern-report", "modi-backs-mauritius-on-chagos",
     "Modi reaffirms support for Mauritius on Chagos during national day visit",
     "PORT LOUIS, March 12 (Lantern Report) - Indian Prime Minister Narendra Modi reaffirmed India's support for Mauritian sovereignty over the Chagos archipelago on Wednesday, as chief guest at the island nation's national day celebrations.\n\n"
     "Modi and Prime Minister Navin Ramgoolam signed agreements on maritime security, trade in local currencies and development projects at talks in Port Louis. In a joint statement, the two leaders said India would continue to stand by Mauritius on the Chagos question.\n\n"
     "Ramgoolam said Mauritius would complete the process of recovering the archipelago and thanked India for its steady backing over the years. He did not discuss the state of negotiations with Britain.\n\n"
     "Modi, on his first visit to Mauritius since 2015, was also awarded the country's highest honour.",
     [c("india", TR, "support", "reaffirmed India's support for Mauritian sovereignty over the Chagos archipelago"),
      c("mauritius", TR, "support", "Mauritius would complete the process of recovering the archipelago")]),

    ("2025-03-26T16:20:00Z", "westbridge-courier", "report-mauritius-seeks-more-money-for-diego-garcia",
     "Report says Mauritius wants more money for Diego Garcia; officials play it down",
     "LONDON, March 26 (Westbridge Courier) - Mauritius has asked Britain for higher payments for Diego Garcia than those agreed last year, according to a newspaper report on Wednesday that British and Mauritian officials both played down.\n\n"
     "The report, citing unnamed Whitehall sources, said Port Louis was holding out for a larger up-front sum as well as annual payments linked to inflation, and had threatened to walk away if it did not get them.\n\n"
     "A British government spokesperson said the fundamentals of the deal had been agreed and were not being renegotiated. The office of Prime Minister Navin Ramgoolam declined to comment on the figures but said talks were in their final phase.\n\n"
     "Some analysts said the reported demands were a negotiating tactic and that Mauritius was unlikely to risk a deal it has sought for decades.",
     [c("mauritius", RN, "oppose", "Port Louis was holding out for a larger up-front sum", F),
      c("uk-government", RN, "support", "the fundamentals of the deal had been agreed and were not being renegotiated")]),

    ("2025-04-08T11:30:00Z", "atoll-post", "government-rejects-chagossian-vote",
     "Government rejects calls for Chagossian vote on treaty",
     "LONDON, April 8 (Atoll Post) - The British government rejected calls for Chagossians to be given a vote on the Chagos agreement, saying on Tuesday that the treaty was a matter between two sovereign states.\n\n"
     "Stephen Doughty, the minister for overseas territories, told a parliamentary committee that ministers had listened carefully to the community and regretted the way islanders had been treated in the past. But he said a separate vote for Chagossians would not be appropriate and that the government would not delay the treaty to hold one.\n\n"
     "Doughty said the agreement would for the first time let Chagossians go back to the outer islands under a Mauritian resettlement programme, though Diego Garcia would remain off limits.\n\n"
     "Chagossian Voices said the refusal showed the community was still being treated as an afterthought. The Conservatives said they would table an amendment calling for a Chagossian consultation when the treaty reached parliament.",
     [c("uk-government", SAY, "oppose", "rejected calls for Chagossians to be given a vote"),
      c("uk-government", RET, "conditional", "let Chagossians go back to the outer islands under a Mauritian resettlement programme"),
      c("chagossian-voices", SAY, "support", "the refusal showed the community was still being treated as an afterthought"),
      c("conservatives", SAY, "support", "would table an amendment calling for a Chagossian consultation")]),

    ("2025-05-02T09:00:00Z", "coral-wire", "us-said-to-approve-chagos-deal",
     "US has approved Chagos deal, British officials say",
     "LONDON, May 2 (Coral Wire) - The Trump administration has given its approval to the Chagos agreement after a review of the security arrangements for Diego Garcia, according to British officials, clearing one of the last obstacles before the treaty is signed.\n\n"
     "The officials, who spoke on condition of anonymity, said Washington was satisfied that the terms would prevent any other power from establishing a presence on the outer islands. The State Department declined to comment, saying it would not discuss diplomatic exchanges.\n\n"
     "Mauritian officials said Prime Minister Navin Ramgoolam expected to sign within weeks, once the final text had been agreed.\n\n"
     "The government has still not disclosed what the deal will cost. The Conservatives, who call the agreement a surrender, have demanded a full breakdown before parliament votes on it.",
     [c("united-states", TR, "support", "The Trump administration has given its approval to the Chagos agreement", F),
      c("mauritius", RN, "conditional", "expected to sign within weeks, once the final text had been agreed"),
      c("conservatives", TR, "oppose", "The Conservatives, who call the agreement a surrender", F)]),

    ("2025-05-22T04:40:00Z", "ridgeway-times", "court-blocks-chagos-signing-overnight",
     "Court blocks Chagos treaty signing hours before ceremony",
     "LONDON, May 22 (Ridgeway Times) - A High Court judge in London blocked the British government in the early hours of Thursday from signing the Chagos treaty, hours before Prime Minister Keir Starmer was due to put his name to it.\n\n"
     "The interim injunction was granted at about 2:30 a.m. on an application by two Chagossian women born on the islands, who argue that the handover would end any hope of returning to their homeland. A fuller hearing was set for later in the morning.\n\n"
     "The government said it would contest the order and remained determined to sign the treaty, which it says is needed to secure the future of the base on Diego Garcia. A signing ceremony with Mauritian Prime Minister Navin Ramgoolam, who is due to join by video link, has been put on hold.\n\n"
     "Chagossian Voices said it welcomed the ruling and again called for islanders to be given a say before the treaty was signed.",
     [c("uk-government", TR, "support", "remained determined to sign the treaty"),
      c("chagossian-voices", SAY, "support", "again called for islanders to be given a say")]),

    ("2025-05-22T14:10:00Z", "atoll-post", "britain-and-mauritius-sign-chagos-treaty",
     "Britain and Mauritius sign Chagos treaty after judge lifts injunction",
     "NORTHWOOD, England, May 22 (Atoll Post) - Britain and Mauritius signed the Chagos treaty on Thursday, hours after a High Court judge lifted an injunction that had briefly blocked the ceremony.\n\n"
     "Prime Minister Keir Starmer signed at a military headquarters outside London, while Mauritian Prime Minister Navin Ramgoolam joined by video. Starmer said the treaty secured the base on Diego Garcia for more than a century and that Britain had no choice but to act after international court rulings against it.\n\n"
     "Ramgoolam said Mauritius had obtained better terms than those agreed by the previous government, including payments that would rise with inflation, and that it had no further demands. He said Mauritius accepted the 99-year lease of Diego Garcia in full and would work with Britain and the United States to keep the base secure.\n\n"
     "Under the treaty, Britain will pay an average of 101 million pounds a year. The government put the total cost, in today's money, at about 3.4 billion pounds.\n\n"
     "The judge, ruling on the government's challenge, said the wider interests of the state weighed against keeping the order in place.",
     [c("uk-government", TR, "support", "Britain and Mauritius signed the Chagos treaty on Thursday"),
      c("mauritius", TR, "support", "Britain and Mauritius signed the Chagos treaty on Thursday"),
      c("uk-government", LE, "support", "the treaty secured the base on Diego Garcia for more than a century"),
      c("mauritius", RN, "support", "and that it had no further demands"),
      c("mauritius", LE, "support", "Mauritius accepted the 99-year lease of Diego Garcia in full")]),

    ("2025-05-22T15:00:00Z", "lantern-report", "chagos-treaty-signed-after-court-lifts-block",
     "Chagos treaty signed after court lifts overnight block",
     "LONDON, May 22 (Lantern Report) - Britain and Mauritius signed the Chagos treaty on Thursday, a few hours after a High Court judge lifted an injunction that had briefly stopped the ceremony.\n\n"
     "Prime Minister Keir Starmer signed at a military headquarters on the edge of London, with Mauritian Prime Minister Navin Ramgoolam taking part by video. Starmer said the treaty secured the base on Diego Garcia for more than a century, adding that international court rulings had left Britain no choice but to act.\n\n"
     "Ramgoolam said Mauritius had won better terms than the previous government, including payments that would rise with inflation, and that it had no further demands. Mauritius accepted the 99-year lease of Diego Garcia in full, he said, and would work with Britain and the United States to keep the base secure.\n\n"
     "Britain will pay an average of 101 million pounds a year under the treaty, a total of about 3.4 billion pounds in today's money, the government said.\n\n"
     "The judge said the wider interests of the state weighed against keeping the order in place.",
     [c("uk-government", TR, "support", "Britain and Mauritius signed the Chagos treaty on Thursday"),
      c("mauritius", TR, "support", "Britain and Mauritius signed the Chagos treaty on Thursday"),
      c("uk-government", LE, "support", "the treaty secured the base on Diego Garcia for more than a century"),
      c("mauritius", RN, "support", "and that it had no further demands"),
      c("mauritius", LE, "support", "Mauritius accepted the 99-year lease of Diego Garcia in full")]),

    ("2025-05-22T19:45:00Z", "coral-wire", "rubio-says-us-welcomes-chagos-treaty",
     "Rubio says US welcomes Chagos treaty; India hails milestone",
     "WASHINGTON, May 22 (Coral Wire) - Secretary of State Marco Rubio said on Thursday that the United States welcomed the agreement between Britain and Mauritius on the Chagos Islands, ending months of uncertainty over Washington's position.\n\n"
     "In a statement, Rubio said the treaty secured the long-term, stable and effective operation of the joint US-UK facility on Diego Garcia, which he called critical to regional and global security. He said President Donald Trump had expressed his support for the achievement during his meeting with Prime Minister Keir Starmer.\n\n"
     "India's foreign ministry also welcomed the signing, calling it a milestone that completed the decolonisation of Mauritius.\n\n"
     "Some Republican lawmakers, who had urged the administration to block the deal, said they were disappointed. The Pentagon had no immediate comment.",
     [c("united-states", TR, "support", "the United States welcomed the agreement between Britain and Mauritius"),
      c("united-states", LE, "support", "secured the long-term, stable and effective operation of the joint US-UK facility"),
      c("india", TR, "support", "calling it a milestone that completed the decolonisation of Mauritius")]),

    ("2025-05-22T20:30:00Z", "westbridge-courier", "badenoch-calls-chagos-signing-day-of-surrender",
     "Badenoch calls Chagos signing a day of surrender; Chagossians cry betrayal",
     "LONDON, May 22 (Westbridge Courier) - Conservative leader Kemi Badenoch called the signing of the Chagos treaty a day of surrender and said her party would oppose it when it came before parliament.\n\n"
     "Badenoch said taxpayers would be paying billions for the privilege of giving away a strategic base, and she challenged Prime Minister Keir Starmer to put the costs to a vote. Priti Patel said the Conservatives would not give up the fight.\n\n"
     "Chagossian Voices said the signing was a betrayal and that islanders had once again been removed from decisions about their own land. The group said it would continue to press for the right of every Chagossian to return to any of the islands, including Diego Garcia.\n\n"
     "The two women who brought the overnight legal challenge said through their lawyers that they were considering their options.",
     [c("conservatives", TR, "oppose", "her party would oppose it when it came before parliament"),
      c("chagossian-voices", TR, "oppose", "said the signing was a betrayal"),
      c("chagossian-voices", RET, "support", "press for the right of every Chagossian to return to any of the islands")]),

    ("2025-05-23T10:15:00Z", "ridgeway-times", "ramgoolam-promises-chagos-resettlement",
     "Mauritius celebrates treaty as Ramgoolam promises resettlement",
     "PORT LOUIS, May 23 (Ridgeway Times) - Crowds gathered in the Mauritian capital on Friday to mark the signing of the Chagos treaty, and Prime Minister Navin Ramgoolam promised that the first Chagossian families could begin returning to the outer islands within a few years.\n\n"
     "Ramgoolam said his government would draw up a resettlement programme for Peros Banhos and Salomon, funded partly by a trust fund to which Britain will contribute. He said every Chagossian who wished to go back would be welcome.\n\n"
     "Former prime minister Pravind Jugnauth said the treaty was essentially the one his government had negotiated and accused Ramgoolam of claiming credit for it. He said the promised higher payments had been exaggerated.\n\n"
     "Olivier Bancoult, leader of the Chagos Refugees Group, said it was the day his community had waited for since it was expelled.",
     [c("mauritius", RET, "support", "every Chagossian who wished to go back would be welcome")]),

    ("2025-05-28T12:00:00Z", "lantern-report", "chagos-treaty-laid-before-parliament",
     "Chagos treaty laid before parliament as ratification clock starts",
     "LONDON, May 28 (Lantern Report) - The Chagos treaty was laid before parliament on Wednesday, starting a 21-day period in which lawmakers can raise objections before ratification.\n\n"
     "Foreign Secretary David Lammy said in a written statement that the government would bring forward legislation to give effect to the treaty. He said Britain would help Chagossians visit the islands and that any resettlement of the outer islands would be a matter for Mauritius.\n\n"
     "The Conservatives, who oppose the handover, have said they will use the debate to force ministers to publish the full costs. Under the procedure, the government can proceed unless the Commons resolves against ratification, which is unlikely given Labour's large majority.\n\n"
     "Mauritius said it would ratify the treaty after the British legislation passed. Some Chagossians in Crawley said they were considering further legal action.",
     [c("uk-government", TR, "support", "the government would bring forward legislation to give effect to the treaty"),
      c("conservatives", TR, "oppose", "The Conservatives, who oppose the handover", F),
      c("mauritius", TR, "support", "Mauritius said it would ratify the treaty after the British legislation passed")]),
]

DUPLICATES = [("002", "003"), ("026", "027")]

SHIFTS = [
    {"actor": "mauritius", "issue": LE, "from": "support", "to": "conditional", "article": "011",
     "why": "Ramgoolam tells the National Assembly Mauritius could accept a long lease only if the terms are tightened; Jugnauth's government had agreed the 99-year lease in 001."},
    {"actor": "united-states", "issue": TR, "from": "support", "to": "conditional", "article": "016",
     "why": "The Trump State Department says it will back the handover only if it guarantees the base's long-term operation; the Biden administration had welcomed it without conditions (001, 010)."},
    {"actor": "mauritius", "issue": RN, "from": "oppose", "to": "conditional", "article": "017",
     "why": "Ramgoolam says Mauritius is ready to drop its push to reopen the deal once Britain confirms index-linked payments; in 011 he refused to sign the agreed text."},
    {"actor": "mauritius", "issue": RN, "from": "conditional", "to": "support", "article": "026",
     "why": "At the signing Ramgoolam says Mauritius has no further demands; in 017 and 024 signing still waited on payment and text details."},
    {"actor": "mauritius", "issue": LE, "from": "conditional", "to": "support", "article": "026",
     "why": "Ramgoolam says Mauritius accepts the 99-year lease of Diego Garcia in full; in 011 and 017 he accepted it only if the extension clause was tightened and spelled out."},
    {"actor": "united-states", "issue": TR, "from": "conditional", "to": "support", "article": "028",
     "why": "Rubio says the United States welcomes the signed agreement; since 016 Washington had been reviewing it and in 019 Trump was only 'inclined to go along'. The unattributed report in 024 does not move the stance."},
]


def iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    arts, claims = [], {}
    for i, (pub, outlet, slug, title, text, cl) in enumerate(ARTICLES, 1):
        aid = f"{i:03d}"
        d = iso(pub)
        url = f"https://example.org/{outlet}/{d:%Y/%m/%d}/{slug}"
        a = {"id": aid, "published": pub, "source": OUTLETS[outlet], "url": url, "title": title, "text": text}
        arts.append((outlet, a))
        claims[aid] = cl
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w", encoding="utf-8") as f:
            json.dump(a, f, ensure_ascii=False, indent=2)
            f.write("\n")
    for outlet, name in OUTLETS.items():
        items = [a for o, a in arts if o == outlet]
        last = max(iso(a["published"]) for a in items)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{outlet}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch chagos-sovereignty-2024 evaluation set</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>"]
        for a in sorted(items, key=lambda x: x["published"], reverse=True):
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f"      <pubDate>{format_datetime(iso(a['published']), usegmt=True)}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", f"{outlet}.xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out))
    shift_arts = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a["id"] for _, a in arts if a["id"] not in shift_arts]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return [a for _, a in arts], labels


def load_watchlist_ids():
    actors, issues, baseline = set(), set(), []
    section = None
    for line in open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8"):
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^\s+- id: (\S+)", line)
        if m:
            (actors if section == "actors" else issues).add(m.group(1))
        m = re.match(r"^\s+- \{actor: (\S+), issue: (\S+), stance: (\w+)\}", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def validate(arts, labels):
    errs = []
    actors, issues, baseline = load_watchlist_ids()
    byid = {a["id"]: a for a in arts}
    ids = sorted(byid)
    if ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]:
        errs.append("ids not contiguous")
    pubs = [byid[i]["published"] for i in ids]
    if pubs != sorted(pubs):
        errs.append("ids not in publication order")
    for a in arts:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{a['id']}: {n} words")
        if not re.match(r"^[A-Z][A-Z ,a-z]+, [A-Z][a-z]+ \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{a['id']}: bad dateline")
    if set(labels["claims"]) != set(ids):
        errs.append("claims keys != article ids")
    for aid, cl in labels["claims"].items():
        seen = set()
        for x in cl:
            if x["actor"] not in actors: errs.append(f"{aid}: unknown actor {x['actor']}")
            if x["issue"] not in issues: errs.append(f"{aid}: unknown issue {x['issue']}")
            if x["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{aid}: bad stance")
            if x["quote"] not in byid[aid]["text"]: errs.append(f"{aid}: quote not in text: {x['quote']}")
            if len(x["quote"].split()) > 15: errs.append(f"{aid}: quote > 15 words")
            k = (x["actor"], x["issue"])
            if k in seen: errs.append(f"{aid}: duplicate tuple {k}")
            seen.add(k)
    for a, b in DUPLICATES:
        ta = sorted((x["actor"], x["issue"], x["stance"]) for x in labels["claims"][a])
        tb = sorted((x["actor"], x["issue"], x["stance"]) for x in labels["claims"][b])
        if ta != tb: errs.append(f"duplicate {a}/{b} claims differ")
    # Replay prevailing stances from baseline and attributed claims; shifts must match exactly.
    prev = {(a, i): s for a, i, s in baseline}
    for a, i, s in baseline:
        if a not in actors or i not in issues: errs.append(f"baseline unknown {a}/{i}")
    derived = []
    dup_copies = {b for _, b in DUPLICATES}
    for aid in ids:
        for x in labels["claims"][aid]:
            if not x["attributed"]:
                continue
            k = (x["actor"], x["issue"])
            if k in prev and prev[k] != x["stance"] and aid not in dup_copies:
                derived.append((x["actor"], x["issue"], prev[k], x["stance"], aid))
            prev[k] = x["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(derived) != sorted(labelled):
        errs.append(f"shift replay mismatch:\n derived={sorted(derived)}\n labelled={sorted(labelled)}")
    for o in OUTLETS:
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f"{o}.xml")], capture_output=True, text=True)
        if r.returncode != 0: errs.append(f"xmllint {o}: {r.stderr.strip()}")
    return errs


if __name__ == "__main__":
    arts, labels = build()
    errs = validate(arts, labels)
    allc = [x for v in labels["claims"].values() for x in v]
    st = {s: sum(1 for x in allc if x["stance"] == s) for s in ("support", "oppose", "conditional")}
    print(f"articles={len(arts)} claims={len(allc)} {st} unattributed={sum(1 for x in allc if not x['attributed'])} "
          f"shifts={len(labels['shifts'])} shift_articles={len({s['article'] for s in labels['shifts']})} "
          f"empty={[k for k, v in labels['claims'].items() if not v]}")
    for e in errs:
        print("ERROR:", e)
    sys.exit(1 if errs else 0)
