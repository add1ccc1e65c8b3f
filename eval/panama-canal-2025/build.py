#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set panama-canal-2025.

Standard library only. Holds the articles and the labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file, then
validates the result (see validate()). Exits non-zero on any failure.

All article wording is original paraphrase of real, public events. The set is
not a source of facts.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
SET_NAME = "panama-canal-2025"

OUTLETS = {
    "Isthmus Wire": "isthmus-wire",
    "Lockgate News": "lockgate-news",
    "Tidewater Times": "tidewater-times",
    "Cordillera Post": "cordillera-post",
    "Pacific Ledger": "pacific-ledger",
}

# Duplicate pairs: (original, copy). The copy is published later the same day by another outlet.
DUPLICATES = [("012", "013"), ("018", "019")]

S, O, C = "support", "oppose", "conditional"


def A(published, source, title, text, claims):
    return {"published": published, "source": source, "title": title,
            "text": text.strip("\n"), "claims": claims}


def c(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


ARTICLES = [
    # 001
    A("2024-12-21T18:30:00Z", "Tidewater Times",
      "Trump says US could demand Panama Canal back over 'ridiculous' fees",
      """
PALM BEACH, Dec 21 (Tidewater Times) - President-elect Donald Trump accused Panama on Saturday of overcharging American ships to use the Panama Canal and said the United States could demand that the waterway be handed back if the situation did not change.

In a lengthy post on his social media platform, Trump called the tolls charged by Panama "ridiculous" and said they amounted to a rip-off of the US Navy and of American business. He said the fees should be brought down.

The canal had been given to Panama as a gesture of goodwill, Trump wrote, and if the moral and legal principles behind that gift were not respected, Washington would insist that the canal be returned in full and without delay. He also said the canal must never fall into the wrong hands, a remark widely read as a reference to China.

The United States built the canal in the early 20th century and handed it over to Panama at the end of 1999 under treaties signed by President Jimmy Carter in 1977. It carries about 5 percent of global seaborne trade, and the United States is its largest user.

Panama's government did not immediately respond to requests for comment. Trump takes office on Jan 20.
""",
      [c("usa", "us-control-of-canal", C, "if the moral and legal principles behind that gift were not respected"),
       c("usa", "lower-us-fees", S, "He said the fees should be brought down.")]),

    # 002
    A("2024-12-22T23:00:00Z", "Isthmus Wire",
      "Panama's Mulino rejects Trump: canal belongs to Panama",
      """
PANAMA CITY, Dec 22 (Isthmus Wire) - Panamanian President Jose Raul Mulino on Sunday rejected a suggestion by US President-elect Donald Trump that the United States could take back the Panama Canal, saying the waterway and the land around it would stay in Panamanian hands.

In a recorded statement released by his office, Mulino said every square metre of the canal and its adjacent zone belonged to Panama, and that the country's sovereignty and independence were not up for negotiation.

He also defended the tolls, saying they were not set on a whim but through a public process that takes account of market conditions and of the cost of running and expanding the canal. Mulino said Panama would not be lowering them to suit any one customer.

Hours later Trump replied on his own platform with a short message: "We'll see about that!" He did not elaborate.

The exchange followed a post on Saturday in which Trump complained about the cost of using the canal. Panama's opposition parties, which rarely agree with Mulino, issued statements backing the government on sovereignty.

Mulino, a conservative who took office in July, has sought close ties with Washington, particularly on migration through the Darien jungle.
""",
      [c("panama", "us-control-of-canal", O, "every square metre of the canal and its adjacent zone belonged to Panama"),
       c("panama", "lower-us-fees", O, "Panama would not be lowering them to suit any one customer")]),

    # 003
    A("2024-12-23T14:00:00Z", "Cordillera Post",
      "Trump doubles down on canal threat, names envoy to Panama",
      """
PHOENIX, Dec 23 (Cordillera Post) - Donald Trump used a speech to young conservatives in Phoenix on Sunday night to repeat his warning to Panama, telling the crowd that the United States was being ripped off at the Panama Canal.

The president-elect said American ships were paying far more than they should and called for the charges to be cut. Unless Panama changed course, he said, the United States would demand the canal's return, quickly and without question.

He also said the waterway had not been handed over for the benefit of others, adding that it must not be allowed to fall into the hands of China.

Trump separately announced that he had chosen Kevin Marino Cabrera, a Miami-Dade county commissioner, as his ambassador to Panama.

In Panama City, Mulino's office pointed reporters to his statement from earlier in the day. Panama, which insists the canal's status is settled by the 1977 treaties, will mark the 25th anniversary of the handover on Dec 31.

Legal scholars said the treaties contain no mechanism for the United States to reclaim the canal, although the Neutrality Treaty allows Washington to act to defend the waterway's neutrality.
""",
      [c("usa", "lower-us-fees", S, "called for the charges to be cut"),
       c("usa", "us-control-of-canal", C, "Unless Panama changed course, he said, the United States would demand the canal's return"),
       c("panama", "us-control-of-canal", O, "Panama, which insists the canal's status is settled by the 1977 treaties", False)]),

    # 004
    A("2024-12-26T16:00:00Z", "Pacific Ledger",
      "China says it respects Panama's sovereignty over canal after Trump remarks",
      """
BEIJING, Dec 26 (Pacific Ledger) - China said on Thursday it had never interfered in the running of the Panama Canal and would continue to respect Panama's sovereignty over it, after US President-elect Donald Trump accused Chinese soldiers of operating the waterway.

Foreign ministry spokeswoman Mao Ning told a regular news briefing that Beijing regarded the canal as a permanently neutral international passage and that its management was a matter for the Panamanian people. She said China had made positive contributions to the canal's operation.

In a Christmas Day message, Trump had claimed that Chinese troops were running the canal illegally and that the United States paid billions for repairs while having no say in how it was run.

In Panama City, Mulino told his weekly news conference that there were no Chinese soldiers anywhere near the canal, calling the assertion nonsense. The canal, he said, was Panamanian and would stay that way.

A Hong Kong company, CK Hutchison, has run the ports at the Pacific and Atlantic entrances since 1997 under a concession from Panama. The canal itself is managed by the Panama Canal Authority, an autonomous government agency.
""",
      [c("china", "us-control-of-canal", O, "would continue to respect Panama's sovereignty over it"),
       c("panama", "us-control-of-canal", O, "The canal, he said, was Panamanian and would stay that way.")]),

    # 005
    A("2025-01-03T19:00:00Z", "Lockgate News",
      "Canal chief says no discounts for any flag, US Navy included",
      """
PANAMA CITY, Jan 3 (Lockgate News) - The head of the Panama Canal Authority said on Friday the waterway could not offer cheaper rates or exemptions to ships of any one nationality, including American vessels, because the treaties that govern it require equal treatment.

Administrator Ricaurte Vasquez told reporters that tolls were published in advance, approved after public consultation and applied to all customers alike. Granting the United States a discount would break the neutrality regime that Washington itself helped to write, he said.

Asked about US warships, Vasquez said they already had the right to transit expeditiously under the Neutrality Treaty, but that they paid tolls like any other vessel and there was no basis for waiving them.

He also rejected claims of Chinese control, saying no Chinese company or official was involved in operating the locks, and that the two ports at either end of the canal run by a Hong Kong firm were outside the authority's remit.

The canal is recovering from a drought in 2023 and 2024 that forced the authority to limit daily transits. Vasquez said traffic was back near normal levels and that the agency was pressing ahead with plans for a new reservoir on the Indio River.
""",
      [c("canal-authority", "lower-us-fees", O, "could not offer cheaper rates or exemptions to ships of any one nationality"),
       c("canal-authority", "free-passage-us-warships", O, "there was no basis for waiving them")]),

    # 006
    A("2025-01-07T22:30:00Z", "Isthmus Wire",
      "Trump won't rule out force to take Panama Canal, Greenland",
      """
PALM BEACH, Jan 7 (Isthmus Wire) - Donald Trump declined on Tuesday to rule out the use of military or economic pressure to bring the Panama Canal back under US control, in the most forceful version yet of his demand that Panama give up the waterway.

Speaking at a news conference at his Mar-a-Lago resort two weeks before his inauguration, Trump said the canal was vital to the United States and that it should be returned. He made no mention of the conditions he had attached to the demand last month, and repeated that the fees were unfair to American shipping.

Asked whether he would exclude military action over the canal or over Greenland, the Danish territory he also says Washington should acquire, he said he would not commit to that.

Panama's Foreign Minister Javier Martinez-Acha responded within hours, telling a news conference in Panama City that the sovereignty of the canal was not negotiable and was part of the country's history of struggle. Only Panamanian hands controlled the canal, he said, and that would not change.

The exchange rattled shipping analysts, who said uncertainty over the canal's future could eventually push up insurance costs, although traffic has so far been unaffected.
""",
      [c("usa", "us-control-of-canal", S, "said the canal was vital to the United States and that it should be returned"),
       c("usa", "lower-us-fees", S, "repeated that the fees were unfair to American shipping"),
       c("panama", "us-control-of-canal", O, "the sovereignty of the canal was not negotiable")]),

    # 007 (no claims)
    A("2025-01-09T20:00:00Z", "Tidewater Times",
      "Panama's Mulino joins mourners at Carter funeral in Washington",
      """
WASHINGTON, Jan 9 (Tidewater Times) - Panamanian President Jose Raul Mulino was among the foreign leaders who attended the state funeral of former President Jimmy Carter at Washington National Cathedral on Thursday.

Carter, who died last month at the age of 100, signed the 1977 treaties with Panamanian leader Omar Torrijos under which the United States handed over the canal at the end of 1999. Many Panamanians regard him as a friend of the country, and Mulino's government declared a day of national mourning.

President-elect Donald Trump, who sat with former presidents near the front of the cathedral, did not meet Mulino, according to people familiar with the arrangements. Mulino's office declined to say whether he would hold talks with members of the incoming administration during the trip.

The president was due to fly back to Panama on Friday. Panama's foreign ministry described the visit as purely ceremonial.

Some Panamanian commentators had urged Mulino to use the trip to seek a meeting with Trump's team, while others argued that doing so would suggest the canal's status was open to discussion. The funeral was also attended by President Joe Biden and four former presidents.
""",
      []),

    # 008 (no claims)
    A("2025-01-15T21:00:00Z", "Cordillera Post",
      "Rubio flags Chinese port presence at Panama Canal in confirmation hearing",
      """
WASHINGTON, Jan 15 (Cordillera Post) - Senator Marco Rubio, Donald Trump's choice for secretary of state, told lawmakers on Wednesday that the presence of Chinese-linked companies at the ports on both ends of the Panama Canal was a legitimate national security concern.

At his confirmation hearing before the Senate Foreign Relations Committee, Rubio said that in a conflict Beijing could order those companies to obstruct traffic through the waterway, which he called vital to US commerce and to naval movements.

Pressed by a Democratic senator on whether the new administration would use force to regain control of the canal, Rubio declined to say, answering that he would not get ahead of the president on a hypothetical question.

Several Republican senators praised Trump for drawing attention to the canal, while Democrats warned that threats against a friendly democracy risked pushing Latin American governments closer to China.

Rubio, the son of Cuban immigrants and a longtime China hawk, is expected to be confirmed easily. Analysts in Panama City said his nomination could open a more conventional diplomatic channel, and some speculated that he would make Central America the destination of his first trip abroad.
""",
      []),

    # 009
    A("2025-01-20T23:30:00Z", "Pacific Ledger",
      "'We're taking it back': Trump uses inaugural address to claim canal",
      """
WASHINGTON, Jan 20 (Pacific Ledger) - President Donald Trump vowed in his inaugural address on Monday that the United States would take back the Panama Canal, accusing Panama of breaking its promises and saying China now operated the waterway.

Trump told the audience in the Capitol Rotunda that American ships were being badly overcharged and that the canal had been given to Panama, not to China. "We're taking it back," he said, drawing a standing ovation.

Mulino answered within the hour. In a statement read on national television, he said the canal was and would remain Panama's, and that his government rejected every word of Trump's remarks about the waterway. There was no Chinese presence in its administration, he added.

Panama would continue to run the canal responsibly for the benefit of world trade, including US trade, Mulino said.

The inauguration was moved indoors because of extreme cold. Trump also announced that the Gulf of Mexico would be renamed and signed a series of executive orders later in the day, none of which related to Panama.
""",
      [c("usa", "us-control-of-canal", S, "the United States would take back the Panama Canal"),
       c("usa", "lower-us-fees", S, "American ships were being badly overcharged"),
       c("panama", "us-control-of-canal", O, "the canal was and would remain Panama's")]),

    # 010
    A("2025-01-22T17:00:00Z", "Lockgate News",
      "Panama takes canal dispute to UN, orders audit of Hutchison-run ports",
      """
PANAMA CITY, Jan 22 (Lockgate News) - Panama has written to United Nations Secretary-General Antonio Guterres to complain about President Donald Trump's inaugural remarks on the Panama Canal, citing the UN Charter's ban on the threat or use of force against another state's territorial integrity.

The letter, delivered by Panama's ambassador to the UN, Eloy Alfaro de Alba, asks for it to be circulated to the Security Council. It states that the canal is Panamanian and that Panama will not accept any arrangement that does not recognise its sovereignty over the canal.

Separately, Panama's comptroller general announced an audit of Panama Ports Company, the CK Hutchison subsidiary that operates the ports of Balboa and Cristobal, to check whether the firm had paid the state what it owed under its concession, which was renewed in 2021 for 25 years. Panama Ports said it would cooperate fully.

The moves come as pressure builds from Washington, where Trump, who wants the canal back under American control, has accused China of running it. Officials in Panama City said privately that the audit was unrelated to Trump's comments, although the timing was widely seen as a gesture to the new US administration.

Trump has not responded to the letter.
""",
      [c("panama", "us-control-of-canal", O, "will not accept any arrangement that does not recognise its sovereignty over the canal"),
       c("usa", "us-control-of-canal", S, "Trump, who wants the canal back under American control", False)]),

    # 011
    A("2025-01-30T22:00:00Z", "Tidewater Times",
      "Mulino says canal ownership not on the table for Rubio visit",
      """
PANAMA CITY, Jan 30 (Tidewater Times) - President Jose Raul Mulino said on Thursday he would not negotiate over the Panama Canal with US Secretary of State Marco Rubio, who is due in Panama City this weekend on his first foreign trip in the job.

Mulino told his weekly news conference that ownership of the canal was settled and that there was nothing to discuss on that subject. He said he hoped to talk with Rubio about migration, drug trafficking and US investment instead.

Asked whether Panama's membership of China's Belt and Road Initiative would come up, Mulino declined to say, telling reporters to wait for the meeting. Panama signed up to the Chinese infrastructure scheme in 2017, when it also switched diplomatic recognition from Taiwan to Beijing.

In Washington, Rubio told a radio interviewer that the administration regarded Chinese influence over the canal's ports as a threat and a breach of the neutrality arrangement, and that the status quo could not continue. He did not say what steps the United States might take.

The State Department said Rubio would also visit El Salvador, Costa Rica, Guatemala and the Dominican Republic. Panamanian unions have called a protest against the visit for Sunday.
""",
      [c("panama", "us-control-of-canal", O, "ownership of the canal was settled and that there was nothing to discuss")]),

    # 012 (shift; duplicated by 013)
    A("2025-02-02T21:00:00Z", "Isthmus Wire",
      "Panama to quit China's Belt and Road after Rubio visit",
      """
PANAMA CITY, Feb 2 (Isthmus Wire) - Panama will not renew its agreement to take part in China's Belt and Road Initiative, President Jose Raul Mulino said on Sunday after meeting US Secretary of State Marco Rubio, and may move to end it before it expires.

Mulino told reporters at the presidential palace that the 2017 memorandum would be allowed to lapse and that his government would study whether it could be terminated early. He described his talks with Rubio as respectful and positive.

The president said the sovereignty of the canal had not been questioned at the meeting and remained beyond discussion. He said he did not believe there was any real threat to the treaty that guarantees its neutrality, and offered technical talks with Washington to clear up US doubts about Chinese influence.

According to a State Department account of the meeting, Rubio told Mulino that President Donald Trump had made a preliminary determination that China's presence in the canal area threatened the waterway and violated the Neutrality Treaty. Unless Panama made immediate changes, Rubio said, the United States would take the steps needed to protect its rights.

Outside, several hundred protesters marched through the capital, burning effigies and chanting against the visit. Police kept them away from the palace.
""",
      [c("panama", "panama-quits-bri", S, "Panama will not renew its agreement to take part in China's Belt and Road Initiative"),
       c("panama", "us-control-of-canal", O, "had not been questioned at the meeting and remained beyond discussion")]),

    # 013 (duplicate of 012)
    A("2025-02-02T23:40:00Z", "Cordillera Post",
      "Panama won't renew Belt and Road pact, Mulino says after Rubio talks",
      """
PANAMA CITY, Feb 2 (Cordillera Post) - Panama will not renew its agreement to participate in China's Belt and Road Initiative, President Jose Raul Mulino said on Sunday after talks with US Secretary of State Marco Rubio, adding that it might even end the arrangement early.

Speaking to reporters at the presidential palace, Mulino said the 2017 memorandum would be left to lapse and that officials would examine whether it could be terminated ahead of time. He called the meeting with Rubio respectful and positive.

Mulino said the sovereignty of the canal had not been questioned at the meeting and remained beyond discussion. He said he saw no real threat to the treaty guaranteeing its neutrality, and proposed technical talks to address Washington's doubts about Chinese influence.

The State Department said in its account of the meeting that Rubio had told Mulino that President Donald Trump had made a preliminary determination that China's presence in the canal area posed a threat and breached the Neutrality Treaty. Unless there were immediate changes, Rubio said, Washington would take the measures needed to protect its rights.

Several hundred demonstrators protested against the visit in the streets of the capital and were held back by police.
""",
      [c("panama", "panama-quits-bri", S, "Panama will not renew its agreement to participate in China's Belt and Road Initiative"),
       c("panama", "us-control-of-canal", O, "had not been questioned at the meeting and remained beyond discussion")]),

    # 014
    A("2025-02-03T20:00:00Z", "Pacific Ledger",
      "Trump warns of 'something very powerful' as Rubio hails Panama's Belt and Road exit",
      """
WASHINGTON, Feb 3 (Pacific Ledger) - President Donald Trump said on Monday that the United States would take back the Panama Canal or that "something very powerful" would happen, a day after his secretary of state pressed Panama's leader over Chinese influence around the waterway.

Speaking to reporters at the White House, Trump said China had violated the agreement under which the canal was handed over and that the United States was going to reclaim it. He gave no details.

Rubio, travelling in El Salvador, struck a warmer tone. He called Panama's exit from the Belt and Road Initiative a great step and thanked Mulino for it.

In Panama City, Mulino said on Monday that the decision to leave the Chinese initiative had been Panama's own and was not a concession to anyone. He added that no threat would change who owned the canal.

Asked whether Washington was now satisfied, a State Department spokeswoman said the department would not comment on private diplomatic discussions. Chinese officials have not commented publicly on the decision.
""",
      [c("usa", "us-control-of-canal", S, "the United States was going to reclaim it"),
       c("usa", "panama-quits-bri", S, "He called Panama's exit from the Belt and Road Initiative a great step"),
       c("panama", "panama-quits-bri", S, "the decision to leave the Chinese initiative had been Panama's own"),
       c("panama", "us-control-of-canal", O, "no threat would change who owned the canal")]),

    # 015 (shift)
    A("2025-02-05T23:50:00Z", "Lockgate News",
      "US says its government ships now transit Panama Canal free; canal authority says nothing has changed",
      """
PANAMA CITY, Feb 5 (Lockgate News) - The US State Department said on Wednesday that American government vessels could now pass through the Panama Canal without paying fees, a claim the canal's operator quickly disputed.

In a post on social media, the department said the Panamanian government had agreed to stop charging US government ships, saving Washington millions of dollars a year. It did not say when or how the agreement had been reached.

The Panama Canal Authority, which sets tolls independently of the government, said it had made no adjustment to its charges. In a brief statement, it said it was prepared to open a dialogue with US officials about the transit of American warships, but gave no further details.

US warships already receive expedited passage under the 1977 Neutrality Treaty, but they pay tolls. Navy vessels account for a tiny share of canal traffic and revenue.

Mulino's office had no immediate comment. A senior Panamanian official, speaking on condition of anonymity, said the US post had taken the government by surprise.

The exchange came three days after Secretary of State Marco Rubio met Mulino in Panama City and warned that Washington would act if China's influence around the canal was not curbed.
""",
      [c("usa", "free-passage-us-warships", S, "American government vessels could now pass through the Panama Canal without paying fees"),
       c("panama", "free-passage-us-warships", S, "the Panamanian government had agreed to stop charging US government ships", False),
       c("canal-authority", "free-passage-us-warships", C, "prepared to open a dialogue with US officials about the transit of American warships")]),

    # 016
    A("2025-02-06T22:00:00Z", "Tidewater Times",
      "Mulino calls US free-passage claim intolerable, formalises Belt and Road exit",
      """
PANAMA CITY, Feb 6 (Tidewater Times) - Panamanian President Jose Raul Mulino on Thursday rejected a US statement that American government ships would no longer pay to use the Panama Canal, calling it an intolerable falsehood and saying no such deal existed.

Mulino told his weekly news conference that he had not agreed to waive tolls for US vessels and would not do so, and that he planned to raise the matter directly with Washington. The canal, he said, was not part of any negotiation.

He also said Panama had formally notified China through its embassy that it was leaving the Belt and Road Initiative, a step he had signalled after meeting Secretary of State Marco Rubio on Sunday. Under the memorandum's terms, the exit takes effect after 90 days' notice.

Mulino said he would not allow the row over tolls to spoil a relationship he described as essential, and that cooperation with Washington on migration would continue.

Analysts in Panama City said the public contradiction suggested the two governments had left the Rubio meeting with very different understandings of what had been agreed. The State Department did not respond to a request for comment on Mulino's remarks.
""",
      [c("panama", "free-passage-us-warships", O, "he had not agreed to waive tolls for US vessels and would not do so"),
       c("panama", "panama-quits-bri", S, "it was leaving the Belt and Road Initiative"),
       c("panama", "us-control-of-canal", O, "The canal, he said, was not part of any negotiation.")]),

    # 017 (headline overstates)
    A("2025-02-07T10:30:00Z", "Pacific Ledger",
      "Beijing warns Panama after Belt and Road exit",
      """
BEIJING, Feb 7 (Pacific Ledger) - China said on Friday it deeply regretted Panama's decision to withdraw from the Belt and Road Initiative, and accused the United States of using pressure and coercion to undermine cooperation between the two countries.

Foreign ministry spokesman Lin Jian told a daily briefing that Beijing firmly opposed Washington's attempts to smear the initiative, and said he hoped Panama would make the right decision with the long-term interests of the relationship in mind, free from outside interference.

Lin said China's position on the canal had not changed: it respected Panama's sovereignty over the waterway and regarded it as a permanently neutral international passage.

He did not say whether Beijing would take any measures in response, and he made no explicit threat despite pointed questions from reporters.

Washington, which has pressed Panama for months to cut its ties with the Chinese scheme, has not commented on Lin's remarks. Panama is the first Latin American country to announce its departure from the initiative, which Beijing has promoted across the region for a decade.
""",
      [c("china", "panama-quits-bri", O, "deeply regretted Panama's decision to withdraw from the Belt and Road Initiative"),
       c("china", "us-control-of-canal", O, "it respected Panama's sovereignty over the waterway"),
       c("usa", "panama-quits-bri", S, "Washington, which has pressed Panama for months to cut its ties with the Chinese scheme", False)]),

    # 018 (duplicated by 019)
    A("2025-03-04T12:00:00Z", "Isthmus Wire",
      "CK Hutchison to sell Panama Canal ports in $22.8 billion deal with BlackRock group",
      """
HONG KONG, March 4 (Isthmus Wire) - CK Hutchison Holdings agreed on Tuesday to sell most of its global ports business, including the two terminals it runs at either end of the Panama Canal, to a consortium led by BlackRock, in a deal valuing the assets at $22.8 billion including debt.

The Hong Kong conglomerate said the buyers, who also include BlackRock's Global Infrastructure Partners and Terminal Investment Limited, the port arm of the Mediterranean Shipping Company, would acquire a 90% stake in Panama Ports Company, operator of Balboa and Cristobal, along with 43 ports in 23 countries.

Co-managing director Frank Sixt said the transaction was purely commercial in nature and wholly unrelated to recent political news about the Panama ports. The company expects to receive about $19 billion in cash.

BlackRock chief executive Larry Fink said in a statement that the ports were world-class assets that would help the group support global trade, and that he was delighted to be acquiring them.

CK Hutchison's ports in Hong Kong and mainland China are not part of the deal. The announcement came after the close of trading in Hong Kong.
""",
      [c("ck-hutchison", "ports-sale-to-blackrock", S, "CK Hutchison Holdings agreed on Tuesday to sell most of its global ports business"),
       c("blackrock-consortium", "ports-sale-to-blackrock", S, "he was delighted to be acquiring them")]),

    # 019 (duplicate of 018)
    A("2025-03-04T14:30:00Z", "Tidewater Times",
      "BlackRock-led group to buy Hutchison ports, including Panama Canal terminals",
      """
HONG KONG, March 4 (Tidewater Times) - CK Hutchison Holdings agreed on Tuesday to sell the bulk of its global ports business, among them the two terminals at either end of the Panama Canal, to a group led by BlackRock, in a transaction that values the assets at $22.8 billion including debt.

The buyers, who also include BlackRock's Global Infrastructure Partners and Terminal Investment Limited, the ports arm of the Mediterranean Shipping Company, will take a 90% stake in Panama Ports Company, which runs Balboa and Cristobal, and 43 ports in 23 countries, the Hong Kong group said.

Frank Sixt, the co-managing director, said the deal was purely commercial and had nothing to do with recent political reports about the Panama ports. CK Hutchison expects about $19 billion in cash from the sale.

In a statement, BlackRock chief executive Larry Fink called the ports world-class assets and said he was delighted to be acquiring them.

The sale does not include CK Hutchison's ports in Hong Kong and mainland China. It was announced after trading had closed in Hong Kong.
""",
      [c("ck-hutchison", "ports-sale-to-blackrock", S, "CK Hutchison Holdings agreed on Tuesday to sell the bulk of its global ports business"),
       c("blackrock-consortium", "ports-sale-to-blackrock", S, "he was delighted to be acquiring them")]),

    # 020
    A("2025-03-05T21:00:00Z", "Cordillera Post",
      "Mulino accuses Trump of lying after he says US is reclaiming canal",
      """
PANAMA CITY, March 5 (Cordillera Post) - President Jose Raul Mulino accused Donald Trump on Wednesday of lying after the US president told Congress that his administration was reclaiming the Panama Canal.

In his address to a joint session on Tuesday night, Trump said the United States had already begun taking the canal back, and he cited the sale of the two Panama ports by CK Hutchison to a US-led group as evidence. He welcomed the deal as good news for American security.

Mulino wrote on social media that Trump was once again not telling the truth, and that the canal was not in any process of being reclaimed by anyone. The canal, he said, remained Panamanian.

On the ports deal, Mulino told reporters that the sale was a matter between private companies, but that any transfer of the concession would need the approval of the Panamanian state, which would grant it only after the audit of Panama Ports was complete and the buyer met every legal requirement.

The Panama Ports concession was extended in 2021 for another 25 years. BlackRock and its partners have not commented on Mulino's remarks.
""",
      [c("usa", "us-control-of-canal", S, "the United States had already begun taking the canal back"),
       c("usa", "ports-sale-to-blackrock", S, "He welcomed the deal as good news for American security."),
       c("panama", "us-control-of-canal", O, "the canal was not in any process of being reclaimed by anyone"),
       c("panama", "ports-sale-to-blackrock", C, "which would grant it only after the audit of Panama Ports was complete")]),

    # 021
    A("2025-03-06T09:00:00Z", "Pacific Ledger",
      "China sidesteps questions on Hutchison port sale, restates canal stance",
      """
BEIJING, March 6 (Pacific Ledger) - China's foreign ministry declined on Thursday to give a view on CK Hutchison's agreement to sell its Panama Canal ports to a BlackRock-led consortium, saying questions about specific commercial deals should go to the competent authorities.

Spokeswoman Mao Ning said that as a general principle China opposed the use of economic coercion and bullying to infringe on other countries' legitimate rights, without saying whether she was referring to the port sale.

Mao said Beijing would continue to respect Panama's sovereignty over the canal, which she described as a permanently neutral waterway, and rejected President Donald Trump's assertion that China controlled it.

In Hong Kong, the city's leader John Lee said foreign governments should not use coercion against Hong Kong companies, but added that the government would handle the deal in accordance with the law.

Analysts said Beijing's caution reflected the difficulty of criticising a private Hong Kong company whose founder, Li Ka-shing, remains one of the most prominent businessmen in the Chinese-speaking world. Some speculated that Chinese regulators could still find grounds to scrutinise the transaction.
""",
      [c("china", "us-control-of-canal", O, "Beijing would continue to respect Panama's sovereignty over the canal")]),

    # 022
    A("2025-03-14T16:00:00Z", "Tidewater Times",
      "White House seeks military options for Panama, sources say; Panama rejects foreign troops",
      """
WASHINGTON, March 14 (Tidewater Times) - The White House has asked the US military to draw up options for increasing the American troop presence in Panama to secure the Panama Canal, according to two people familiar with the planning.

The options range from closer cooperation with Panama's security forces, considered the most likely course, to the far less likely seizure of the canal by force, the people said. The administration wants more American troops on the ground in Panama, they said, though no decisions have been made.

The White House and the Pentagon declined to comment.

In Panama City, Foreign Minister Javier Martinez-Acha said Panama, which has had no army since 1990, would not accept the presence of foreign troops on its soil, and that its security was guaranteed by its own institutions and by the neutrality treaty.

Security analysts said sending troops without Panama's consent would breach the 1977 treaties and could provoke the kind of backlash that preceded the handover. President Donald Trump has not publicly discussed military deployments to Panama since January.
""",
      [c("usa", "us-troops-in-panama", S, "The administration wants more American troops on the ground in Panama, they said", False),
       c("panama", "us-troops-in-panama", O, "would not accept the presence of foreign troops on its soil")]),

    # 023
    A("2025-03-20T10:00:00Z", "Lockgate News",
      "CK Hutchison stands by port sale despite pro-Beijing criticism",
      """
HONG KONG, March 20 (Lockgate News) - CK Hutchison said on Thursday it remained committed to selling its ports business, including its Panama Canal terminals, to a group led by BlackRock, despite a barrage of criticism from pro-Beijing media in Hong Kong.

Co-managing director Frank Sixt told analysts on a call after the company's annual results that the deal was a commercial decision taken for commercial reasons and that the group intended to complete it. He did not address the criticism directly.

Ta Kung Pao, a Beijing-controlled newspaper in Hong Kong, has run a string of commentaries calling the sale a betrayal of Chinese interests and accusing the company of bowing to US pressure. Beijing's office for Hong Kong affairs reposted them on its website.

Beijing, which sees the deal as a strategic gift to Washington, has not made its formal position public. Legal experts said Chinese authorities had few clear levers over the sale, since the ports involved are outside mainland China.

The consortium said separately that it remained committed to the transaction. The company's shares have fallen about 10% since March 4, and the deal had been expected to be signed by April 2.
""",
      [c("ck-hutchison", "ports-sale-to-blackrock", S, "the group intended to complete it"),
       c("china", "ports-sale-to-blackrock", O, "Beijing, which sees the deal as a strategic gift to Washington", False),
       c("blackrock-consortium", "ports-sale-to-blackrock", S, "The consortium said separately that it remained committed to the transaction.")]),

    # 024
    A("2025-03-28T13:00:00Z", "Lockgate News",
      "China's market regulator to review Hutchison ports deal as Beijing voices opposition",
      """
BEIJING, March 28 (Lockgate News) - China's market regulator said on Friday it would review CK Hutchison's planned sale of its ports business, including two terminals on the Panama Canal, to a BlackRock-led group, in the clearest sign yet that Beijing intends to have a say in the deal.

The State Administration for Market Regulation said in a brief statement that it was aware of the transaction and would examine it in accordance with the law to protect fair competition and the public interest.

Hours later, foreign ministry spokesman Guo Jiakun said China opposed the sale, arguing that a deal struck under American pressure would damage the interests of Chinese companies and the stability of global supply chains.

CK Hutchison declined to say whether it still expected to sign the final agreements on April 2, as planned. A person familiar with the matter said the signing was unlikely to go ahead on that date. The buyers also declined to comment.

The Panamanian government, which must approve any transfer of the concession, has said it will wait for the results of an audit of the ports operator before deciding.
""",
      [c("china", "ports-sale-to-blackrock", O, "said China opposed the sale, arguing that a deal struck under American pressure"),
       c("panama", "ports-sale-to-blackrock", C, "has said it will wait for the results of an audit", False)]),

    # 025 (no claims)
    A("2025-04-07T22:00:00Z", "Isthmus Wire",
      "Panama audit finds Hutchison port unit owes state hundreds of millions",
      """
PANAMA CITY, April 7 (Isthmus Wire) - Panama's comptroller general said on Monday that an audit of Panama Ports Company, the CK Hutchison unit that runs the Balboa and Cristobal terminals, had found that the company owed the state more than $300 million and that there were irregularities in the renewal of its concession.

Comptroller Anel Flores told reporters that the 2021 extension had been granted without proper approval and that the company had not paid the full share of revenue due to the state since 1997. His office would send its findings to prosecutors, he said.

Panama Ports Company said in a statement that it had complied with its contract and had invested more than $1.8 billion in the ports. It said it had not yet received the audit report.

Flores declined to say whether the findings could lead to the cancellation of the concession, which is among the assets covered by the ports deal announced in March.

Lawyers in Panama City said the results could complicate the sale, but that any move to annul the concession would probably be challenged in court. The audit was released a day before US Defense Secretary Pete Hegseth was due to arrive in Panama for talks on security and the canal.
""",
      []),

    # 026
    A("2025-04-08T23:00:00Z", "Lockgate News",
      "Hegseth vows to 'take back' canal from China's influence, says US troops will rotate through Panama",
      """
PANAMA CITY, April 8 (Lockgate News) - US Defense Secretary Pete Hegseth said on Tuesday that the United States would not allow China to threaten the Panama Canal, and that Washington and Panama would together take back the waterway from Chinese influence.

Speaking at a ceremony on a pier built by the US military at the former Rodman naval station, Hegseth said American troops would return to Panama on a rotating basis for training and joint exercises, and that he wanted that presence to grow. Security, he said, was the foundation of the canal's future.

Mulino, who welcomed Hegseth at the presidential palace earlier in the day, told him that the sovereignty of the canal was not up for discussion, according to a statement from his office. The two men also discussed migration and drug trafficking.

The speech was Hegseth's first in the region. He did not say how many troops would be sent or where they would be housed, and a Panamanian official said details were still being negotiated.

The visit has drawn protests from unions and student groups in Panama, which has had no army since 1990 and where the decades-long US military presence in the former Canal Zone remains a sensitive subject.
""",
      [c("usa", "us-troops-in-panama", S, "American troops would return to Panama on a rotating basis for training and joint exercises"),
       c("panama", "us-control-of-canal", O, "the sovereignty of the canal was not up for discussion")]),

    # 027 (shift)
    A("2025-04-09T21:00:00Z", "Cordillera Post",
      "Panama, US sign security pact allowing rotating US troop deployments",
      """
PANAMA CITY, April 9 (Cordillera Post) - Panama and the United States signed a memorandum of understanding on Wednesday that allows US troops to deploy on a rotating basis to three Panamanian facilities that once served as American military bases, for training, exercises and other joint activities.

Panama's Public Security Minister Frank Abrego, who signed the document with US Defense Secretary Pete Hegseth, said the arrangement would not create permanent bases and that the sites would remain under Panamanian control. Panama would allow the rotations, he said, only as long as they respected its constitution and the neutrality of the canal.

The sites include the former Howard air base, Fort Sherman and the Rodman naval station, all handed over in 1999.

Hegseth said the agreement would strengthen security around the canal and that the United States intended to expand its presence under it. He also said the two countries had agreed on a framework for US warships to move through the canal 'first and free'.

Abrego declined to say whether Panama had agreed to waive tolls, saying only that a separate arrangement on warships was still being worked out.
""",
      [c("panama", "us-troops-in-panama", C, "only as long as they respected its constitution and the neutrality of the canal"),
       c("usa", "us-troops-in-panama", S, "the United States intended to expand its presence under it"),
       c("usa", "free-passage-us-warships", S, "a framework for US warships to move through the canal 'first and free'"),
       c("panama", "free-passage-us-warships", S, "the two countries had agreed on a framework for US warships", False)]),

    # 028
    A("2025-04-10T09:30:00Z", "Pacific Ledger",
      "China accuses US of using canal as pretext, backs Panama's sovereignty",
      """
BEIJING, April 10 (Pacific Ledger) - China accused the United States on Thursday of using the Panama Canal as a pretext to expand its military footprint in Latin America, after Defense Secretary Pete Hegseth said Washington would take back the waterway from Chinese influence.

Foreign ministry spokesman Lin Jian said the US was smearing China and sowing discord, and that American talk of a Chinese threat to the canal was groundless. China had never controlled or interfered in the canal's operations, he said.

Lin said Beijing continued to support Panama's sovereignty over the canal and would keep respecting its status as a neutral international waterway. The canal's future was a matter for the Panamanian people, not for outsiders to decide, he added.

Asked about the security memorandum signed in Panama City on Wednesday, which allows rotating deployments of US troops, Lin said China had taken note of it and urged the United States to respect the will of the Panamanian people. He did not say whether Beijing objected to the deployments as such.

China's embassy in Panama had issued a statement overnight describing Washington's warnings about China as a form of blackmail.
""",
      [c("china", "us-control-of-canal", O, "Beijing continued to support Panama's sovereignty over the canal")]),

    # 029 (shift)
    A("2025-04-10T22:30:00Z", "Isthmus Wire",
      "Mulino: no free passage for US warships, but priority and compensation",
      """
PANAMA CITY, April 10 (Isthmus Wire) - President Jose Raul Mulino said on Thursday that US warships would not get free passage through the Panama Canal, but that Panama was willing to give them priority in the queue and to set up a cost-neutral scheme to compensate for their tolls.

The ships would pay like everyone else, Mulino told his weekly news conference, and Panama would offset the cost in exchange for security services and equipment it receives from the United States. He said this was as far as Panama could go and that the canal's revenue would not suffer.

Mulino also said he had turned down repeated US requests for permanent military bases, and that troops would only come for training on a temporary basis at sites controlled by Panama. There would be no bases, he said.

He complained that the English-language version of a joint statement issued by Washington had left out a passage recognising Panama's sovereignty over the canal. The canal belonged to Panama, he said, and no memorandum could change that.

Opposition lawmakers said the memorandum signed on Wednesday should be put to a vote in the National Assembly, a demand the government has rejected.
""",
      [c("panama", "free-passage-us-warships", C, "willing to give them priority in the queue and to set up a cost-neutral scheme"),
       c("panama", "us-troops-in-panama", C, "troops would only come for training on a temporary basis at sites controlled by Panama"),
       c("panama", "us-control-of-canal", O, "The canal belonged to Panama, he said, and no memorandum could change that.")]),

    # 030
    A("2025-04-15T20:00:00Z", "Tidewater Times",
      "Canal authority says US warships will keep paying tolls under new arrangement",
      """
PANAMA CITY, April 15 (Tidewater Times) - The Panama Canal Authority will keep charging US warships the same tolls as other vessels, its administrator said on Tuesday, but it is ready to work with whatever payment arrangement the two governments agree on to cover those costs.

Ricaurte Vasquez told reporters that the authority must receive payment for every transit, and that it was up to the Panamanian and US governments to decide who ultimately bore the expense. As long as the canal was paid in full, he said, the authority would accommodate the priority passage for warships outlined last week.

Vasquez also said the canal would not offer reduced rates to any country's ships, the United States included, describing the toll schedule as a cornerstone of its neutrality.

The authority is drawing up a new toll structure to take effect in 2026, and Vasquez said it would apply equally to all users.

Last week Hegseth said US warships would travel first and free, a phrase Panamanian officials have since played down. The US embassy in Panama did not respond to a request for comment on the administrator's remarks.
""",
      [c("canal-authority", "free-passage-us-warships", C, "As long as the canal was paid in full, he said, the authority would accommodate"),
       c("canal-authority", "lower-us-fees", O, "the canal would not offer reduced rates to any country's ships, the United States included")]),

    # 031
    A("2025-05-01T21:00:00Z", "Cordillera Post",
      "Thousands march in Panama against US troop pact and pension law",
      """
PANAMA CITY, May 1 (Cordillera Post) - Thousands of workers and students marched through Panama City on Thursday against a pension reform and against the security memorandum that lets US troops rotate through Panamanian facilities, which union leaders called a return of the old bases by the back door.

The leader of the construction workers' union said the memorandum violated the neutrality treaty and demanded that it be scrapped. Protesters carried banners rejecting foreign bases and burned a US flag outside the National Assembly.

Mulino said on Wednesday that the agreement did not hand any territory to the United States. Panama would keep hosting US troops for training and exercises only under Panamanian command, with no permanent installations, he said, and he would not cancel the memorandum.

The president also said the government would not negotiate the pension law with what he called violent groups.

The teachers' union has been on strike for a week over the pension changes. Washington's embassy said in a statement that it respected the right of Panamanians to protest peacefully.
""",
      [c("panama", "us-troops-in-panama", C, "Panama would keep hosting US troops for training and exercises only under Panamanian command")]),

    # 032 (no claims)
    A("2025-07-27T15:00:00Z", "Lockgate News",
      "Exclusive talks on Hutchison ports sale lapse; buyers' next move unclear",
      """
HONG KONG, July 27 (Lockgate News) - The 145-day period of exclusive talks between CK Hutchison and the BlackRock-led consortium over the sale of the Hong Kong company's ports business, including its two Panama Canal terminals, expired on Sunday without a signed agreement.

The expiry leaves CK Hutchison free to negotiate with other parties. Neither the company nor the buyers made any public statement, and a spokesman for CK Hutchison declined to say whether talks would continue.

Analysts and bankers have speculated for weeks that China's state-owned shipping group COSCO could join the buyers, a change that some said might make the deal more palatable in Beijing but harder to defend in Washington. Others have suggested that the deal could be split, with the Panama ports handled separately.

The State Administration for Market Regulation has not said whether its review of the transaction has concluded.

The deal's original timetable had envisaged signing the final agreements in early April.
""",
      []),

    # 033 (shift)
    A("2025-07-28T11:00:00Z", "Isthmus Wire",
      "CK Hutchison seeks major Chinese investor for ports deal, says sale needs all approvals",
      """
HONG KONG, July 28 (Isthmus Wire) - CK Hutchison said on Monday that it would only go ahead with the sale of its ports business, including its Panama Canal terminals, if a major Chinese strategic investor joined the buying group and all relevant authorities approved the deal.

In a statement to the Hong Kong stock exchange, the company said it was in talks to bring such an investor into the consortium led by BlackRock and Terminal Investment Limited, and that it would not proceed with any transaction that lacked the required approvals. The structure of the deal was likely to change, it said.

The company did not name the investor, but people familiar with the talks have said it is COSCO, the Chinese state shipping giant.

The statement marked a change in tone from March, when CK Hutchison presented the sale as a straightforward commercial agreement it intended to complete.

BlackRock and Terminal Investment Limited declined to comment. At a briefing in Beijing, a foreign ministry spokesman said questions about the deal should be directed to the relevant authorities.

The Trump administration, which hailed the deal as a win for US security when it was announced, has not commented on the changes.
""",
      [c("ck-hutchison", "ports-sale-to-blackrock", C, "if a major Chinese strategic investor joined the buying group")]),
]

SHIFTS = [
    {"actor": "usa", "issue": "us-control-of-canal", "from": C, "to": S, "article": "006",
     "why": "Trump says the canal should be returned and will not rule out force, dropping the 'if the principles are not respected' condition of his December posts (001, 003)."},
    {"actor": "panama", "issue": "panama-quits-bri", "from": O, "to": S, "article": "012",
     "why": "Mulino announces after meeting Rubio that Panama will not renew its 2017 Belt and Road memorandum and may end it early; Panama had been a member since 2017 (baseline) and in 011 he declined to say whether it was on the table."},
    {"actor": "canal-authority", "issue": "free-passage-us-warships", "from": O, "to": C, "article": "015",
     "why": "The canal authority says it is prepared to open a dialogue with US officials on the transit of US warships; in 005 Vasquez said there was no basis for waiving their tolls."},
    {"actor": "panama", "issue": "us-troops-in-panama", "from": O, "to": C, "article": "027",
     "why": "Panama signs the memorandum allowing rotating US troop deployments, only as long as they respect its constitution and the canal's neutrality; in 022 the foreign minister said Panama would not accept foreign troops."},
    {"actor": "panama", "issue": "free-passage-us-warships", "from": O, "to": C, "article": "029",
     "why": "Mulino offers US warships priority and a cost-neutral compensation scheme for their tolls; in 016 he said he had not agreed to waive tolls and would not."},
    {"actor": "ck-hutchison", "issue": "ports-sale-to-blackrock", "from": S, "to": C, "article": "033",
     "why": "CK Hutchison says it will only proceed if a major Chinese strategic investor joins the buyers and all approvals are obtained; in 018 and 023 it had agreed to the sale and intended to complete it."},
]

STANCES = {S, O, C}
DATELINE = re.compile(
    r"^([A-Z][A-Z .'-]+), (Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - ")
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def slugify(title):
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    words = s.split("-")
    out = []
    for w in words:
        if len("-".join(out + [w])) > 70:
            break
        out.append(w)
    return "-".join(out)


def parse_dt(iso):
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(iso):
    return format_datetime(parse_dt(iso), usegmt=True)


def build_records():
    records = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = "%03d" % i
        slug = OUTLETS[a["source"]]
        d = parse_dt(a["published"])
        url = "https://example.org/%s/%04d/%02d/%02d/%s" % (slug, d.year, d.month, d.day, slugify(a["title"]))
        records.append({"id": aid, "published": a["published"], "source": a["source"], "url": url,
                        "title": a["title"], "text": a["text"]})
    return records


def labels_from(records):
    claims = {}
    for rec, a in zip(records, ARTICLES):
        claims[rec["id"]] = [dict(x) for x in a["claims"]]
    shift_articles = {s["article"] for s in SHIFTS}
    no_alert = [r["id"] for r in records if r["id"] not in shift_articles]
    return {"claims": claims, "shifts": SHIFTS, "no_alert_articles": no_alert}


def feed_xml(outlet, items):
    slug = OUTLETS[outlet]
    items = sorted(items, key=lambda r: r["published"], reverse=True)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
             "    <title>%s</title>" % escape(outlet),
             "    <link>https://example.org/%s/</link>" % slug,
             "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
             % (escape(outlet), SET_NAME),
             "    <language>en</language>",
             "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
    for r in items:
        lines += ["    <item>",
                  "      <title>%s</title>" % escape(r["title"]),
                  "      <link>%s</link>" % escape(r["url"]),
                  '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                  "      <pubDate>%s</pubDate>" % rfc822(r["published"]),
                  "      <description>%s</description>" % escape(r["text"]),
                  "    </item>"]
    lines += ["  </channel>", "</rss>"]
    return "\n".join(lines) + "\n"


def write_all(records, labels):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for r in records:
        with open(os.path.join(art_dir, r["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(r, f, indent=2, ensure_ascii=False)
            f.write("\n")
    by_outlet = {}
    for r in records:
        by_outlet.setdefault(r["source"], []).append(r)
    for outlet, items in by_outlet.items():
        with open(os.path.join(feed_dir, OUTLETS[outlet] + ".xml"), "w", encoding="utf-8") as f:
            f.write(feed_xml(outlet, items))
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")


def read_watchlist():
    """Minimal reader for this set's watchlist.yaml (flow lists, flow maps); standard library only."""
    path = os.path.join(HERE, "watchlist.yaml")
    section = None
    actors, issues, baseline = {}, {}, []
    current = None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)$", line)
            if m and section in ("actors", "issues"):
                current = {"id": m.group(1)}
                (actors if section == "actors" else issues)[m.group(1)] = current
                continue
            m = re.match(r"^    ([a-z_]+): (.*)$", line)
            if m and current is not None and section in ("actors", "issues"):
                current[m.group(1)] = m.group(2)
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
                continue
            raise ValueError("watchlist.yaml: cannot read line: %r" % line)
    return actors, issues, baseline


def recompute_shifts(baseline, records, claims):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for r in records:
        for cl in claims[r["id"]]:
            if not cl["attributed"]:
                continue
            key = (cl["actor"], cl["issue"])
            old = prevailing.get(key)
            if old is not None and old != cl["stance"]:
                shifts.append((cl["actor"], cl["issue"], old, cl["stance"], r["id"]))
            prevailing[key] = cl["stance"]
    return shifts


def validate(records, labels):
    errors = []
    actors, issues, baseline = read_watchlist()
    ids = [r["id"] for r in records]

    # watchlist shape
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues (want 5-7)" % len(issues))
    for a in actors.values():
        if set(a) != {"id", "name", "aliases"}:
            errors.append("actor %s has fields %s" % (a["id"], sorted(a)))
    for i in issues.values():
        if set(i) != {"id", "name", "description", "terms"}:
            errors.append("issue %s has fields %s" % (i["id"], sorted(i)))
    if not any(re.search(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces|quits)\b", i["name"])
               for i in issues.values()):
        errors.append("watchlist: no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            errors.append("baseline entry invalid: %s" % b)

    # ids and order
    if ids != ["%03d" % i for i in range(1, len(records) + 1)]:
        errors.append("ids are not 001.. in sequence")
    pubs = [r["published"] for r in records]
    if any(pubs[i] >= pubs[i + 1] for i in range(len(pubs) - 1)):
        errors.append("articles are not in strictly increasing publication order")
    if not 30 <= len(records) <= 34:
        errors.append("%d articles (want 30-34)" % len(records))
    if len({r["url"] for r in records}) != len(records):
        errors.append("urls are not unique")

    # articles: length and dateline
    for r in records:
        n = len(r["text"].split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words (want 120-260)" % (r["id"], n))
        m = DATELINE.match(r["text"])
        if not m:
            errors.append("%s: no dateline" % r["id"])
            continue
        d = parse_dt(r["published"])
        if MONTHS[m.group(2)] != d.month or int(m.group(3)) != d.day:
            errors.append("%s: dateline date %s %s does not match published %s"
                          % (r["id"], m.group(2), m.group(3), r["published"]))
        if m.group(4) != r["source"]:
            errors.append("%s: dateline outlet %r != source %r" % (r["id"], m.group(4), r["source"]))
        if r["source"] not in OUTLETS:
            errors.append("%s: unknown outlet %s" % (r["id"], r["source"]))

    # claims
    claims = labels["claims"]
    if sorted(claims) != ids:
        errors.append("claims keys do not cover every article exactly")
    text_by_id = {r["id"]: r["text"] for r in records}
    total = 0
    by_stance = {S: 0, O: 0, C: 0}
    unattributed = 0
    for aid, lst in claims.items():
        seen = set()
        for cl in lst:
            total += 1
            if set(cl) != {"actor", "issue", "stance", "quote", "attributed"}:
                errors.append("%s: claim fields %s" % (aid, sorted(cl)))
            if cl["actor"] not in actors:
                errors.append("%s: unknown actor %s" % (aid, cl["actor"]))
            if cl["issue"] not in issues:
                errors.append("%s: unknown issue %s" % (aid, cl["issue"]))
            if cl["stance"] not in STANCES:
                errors.append("%s: bad stance %s" % (aid, cl["stance"]))
            else:
                by_stance[cl["stance"]] += 1
            if not isinstance(cl["attributed"], bool):
                errors.append("%s: attributed is not a boolean" % aid)
            elif not cl["attributed"]:
                unattributed += 1
            if cl["quote"] not in text_by_id[aid]:
                errors.append("%s: quote not in text: %r" % (aid, cl["quote"]))
            if len(cl["quote"].split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (aid, cl["quote"]))
            key = (cl["actor"], cl["issue"])
            if key in seen:
                errors.append("%s: two claims for %s" % (aid, key))
            seen.add(key)
    if not 60 <= total <= 90:
        errors.append("%d claims (want 60-90)" % total)
    if by_stance[C] < 6:
        errors.append("only %d conditional claims (want >= 6)" % by_stance[C])
    if unattributed < 1:
        errors.append("no attributed:false claims")
    empty = [aid for aid in ids if not claims[aid]]
    if not 3 <= len(empty) <= 4:
        errors.append("%d articles without claims (want 3-4): %s" % (len(empty), empty))

    # duplicates
    for orig, copy in DUPLICATES:
        ro, rc = records[int(orig) - 1], records[int(copy) - 1]
        if ro["published"][:10] != rc["published"][:10] or ro["source"] == rc["source"]:
            errors.append("duplicate %s/%s: not same day from another outlet" % (orig, copy))
        t = lambda aid: sorted((x["actor"], x["issue"], x["stance"], x["attributed"]) for x in claims[aid])
        if t(orig) != t(copy):
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))

    # shifts
    expected = recompute_shifts(baseline, records, claims)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(expected) != sorted(labelled):
        errors.append("shifts differ from recomputation:\n  recomputed %s\n  labelled   %s" % (expected, labelled))
    if not 5 <= len(labelled) <= 8:
        errors.append("%d shifts (want 5-8)" % len(labelled))
    if not any(C in (s[2], s[3]) for s in labelled):
        errors.append("no shift to or from conditional")
    reversals = sum(1 for s in labelled if {s[2], s[3]} == {S, O})
    if reversals > 2:
        errors.append("%d straight support/oppose reversals (want <= 2)" % reversals)
    shift_articles = {s["article"] for s in labels["shifts"]}
    if not any(orig in shift_articles for orig, _ in DUPLICATES):
        errors.append("no duplicate pair contains a shift article")
    for orig, copy in DUPLICATES:
        if copy in shift_articles:
            errors.append("duplicate copy %s is labelled as a shift article" % copy)
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_articles]:
        errors.append("no_alert_articles is not every article except the shift articles")

    # feeds
    xmllint = shutil.which("xmllint")
    if not xmllint:
        errors.append("xmllint not found (install libxml2-utils)")
    else:
        feed_dir = os.path.join(HERE, "feeds")
        for name in sorted(os.listdir(feed_dir)):
            p = subprocess.run([xmllint, "--noout", os.path.join(feed_dir, name)], capture_output=True, text=True)
            if p.returncode != 0:
                errors.append("xmllint failed on %s: %s" % (name, p.stderr.strip()))
        if sorted(os.listdir(feed_dir)) != sorted(v + ".xml" for v in OUTLETS.values()):
            errors.append("feeds do not match outlets")

    stats = {"articles": len(records), "claims": total, "by_stance": by_stance, "attributed_false": unattributed,
             "shifts": len(labelled), "no_claim_articles": empty,
             "words": (min(len(r["text"].split()) for r in records), max(len(r["text"].split()) for r in records))}
    return errors, stats


def main():
    records = build_records()
    labels = labels_from(records)
    write_all(records, labels)
    errors, stats = validate(records, labels)
    print(json.dumps(stats))
    if errors:
        for e in errors:
            print("ERROR:", e)
        sys.exit(1)
    print("OK: %s validated" % SET_NAME)


if __name__ == "__main__":
    main()
