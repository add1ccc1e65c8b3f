#!/usr/bin/env python3
"""Build and validate the blind shiftwatch evaluation set canada-digital-services-tax-2025.

Standard library only. Run from anywhere:  python3 build.py
Writes, next to this file: watchlist.yaml, articles/NNN.json, feeds/<outlet>.xml, labels.json.
Then validates the written files and exits non-zero on any problem.
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

# --------------------------------------------------------------------------------------------
# Outlets (all fictional)
# --------------------------------------------------------------------------------------------
OUTLETS = {
    "borealis-wire": "Borealis Wire",
    "lakeshore-courier": "Lakeshore Courier",
    "potomac-ledger": "Potomac Ledger",
    "prairie-signal": "Prairie Signal",
    "harbourline-news": "Harbourline News",
}

# --------------------------------------------------------------------------------------------
# Watchlist
# --------------------------------------------------------------------------------------------
ACTORS = [
    {
        "id": "canada-government",
        "name": "Government of Canada (prime minister, cabinet and Finance Canada)",
        "aliases": ["Canada", "Canadian government", "Government of Canada", "Ottawa", "federal government",
                    "Mark Carney", "Carney", "Prime Minister Carney", "Prime Minister's Office",
                    "François-Philippe Champagne", "Francois-Philippe Champagne", "Champagne",
                    "Finance Canada", "Finance Department", "Department of Finance",
                    "Dominic LeBlanc", "LeBlanc"],
    },
    {
        "id": "us-administration",
        "name": "United States (the Trump administration)",
        "aliases": ["United States", "US", "U.S.", "Washington", "White House", "Trump administration",
                    "Donald Trump", "Trump", "President Trump", "Office of the US Trade Representative", "USTR",
                    "US Trade Representative", "Jamieson Greer", "Greer", "Howard Lutnick", "Lutnick",
                    "Scott Bessent", "Bessent", "Karoline Leavitt", "Leavitt"],
    },
    {
        "id": "tech-industry",
        "name": "US technology companies and their trade groups",
        "aliases": ["tech companies", "technology companies", "tech giants", "Big Tech",
                    "Computer & Communications Industry Association", "Computer and Communications Industry Association",
                    "CCIA", "Matt Schruers", "Schruers", "Amazon", "Google", "Meta"],
    },
    {
        "id": "canadian-business",
        "name": "Canadian business groups",
        "aliases": ["Canadian Chamber of Commerce", "the Chamber", "Candace Laing", "Laing",
                    "Business Council of Canada", "Goldy Hyder", "Hyder", "Canadian business groups",
                    "business lobbies"],
    },
    {
        "id": "conservatives",
        "name": "Conservative Party of Canada (official opposition)",
        "aliases": ["Conservatives", "Conservative Party", "Conservative Party of Canada", "Tories",
                    "official opposition", "Pierre Poilievre", "Poilievre", "Andrew Scheer", "Scheer",
                    "Jasraj Singh Hallan", "Hallan"],
    },
    {
        "id": "ndp",
        "name": "New Democratic Party",
        "aliases": ["NDP", "New Democrats", "New Democratic Party", "Jagmeet Singh", "Singh",
                    "Don Davies", "Davies"],
    },
]

ISSUES = [
    {
        "id": "rescind-dst",
        "name": "Canada scraps its digital services tax",
        "description": "Ottawa withdraws the 3% digital services tax on large platforms' Canadian revenue and repeals the law instead of keeping it in force.",
        "terms": ["digital services tax", "DST", "digital tax", "scrap the tax", "rescind", "repeal", "drop the tax", "withdraw the tax"],
    },
    {
        "id": "pause-dst-collection",
        "name": "Canada suspends collection of the digital services tax payments due on June 30, 2025",
        "description": "The first payments under the tax, backdated to 2022 and due on June 30, 2025, are paused, deferred or not collected.",
        "terms": ["June 30", "first payments", "payment deadline", "pause", "delay", "defer", "collection", "retroactive"],
    },
    {
        "id": "trade-talks",
        "name": "The United States and Canada keep negotiating a new trade and security agreement",
        "description": "The two governments pursue or resume talks toward a bilateral economic and security deal (the 30-day goal set at the June 2025 G7, July 21).",
        "terms": ["trade talks", "negotiations", "trade deal", "economic and security relationship", "30 days", "July 21", "back to the table"],
    },
    {
        "id": "us-retaliation",
        "name": "The United States retaliates against Canada's digital services tax with tariffs or other trade penalties",
        "description": "Washington answers the tax with new tariffs, a trade action under US trade law or similar penalties aimed at Canada.",
        "terms": ["retaliate", "retaliation", "tariff", "section 301", "section 899", "trade action", "countermeasures", "penalty"],
    },
    {
        "id": "multilateral-deal",
        "name": "Digital taxation is settled through the OECD multilateral agreement (Pillar One) rather than national digital taxes",
        "description": "Countries rely on the OECD/G20 Pillar One treaty for taxing large digital companies where their users are, instead of unilateral digital services taxes.",
        "terms": ["Pillar One", "OECD", "multilateral", "global tax deal", "international agreement", "international solution"],
    },
]

BASELINE = [
    ("canada-government", "rescind-dst", "oppose"),
    ("canada-government", "multilateral-deal", "support"),
    ("canada-government", "us-retaliation", "oppose"),
    ("us-administration", "rescind-dst", "support"),
    ("us-administration", "multilateral-deal", "oppose"),
    ("tech-industry", "rescind-dst", "support"),
    ("canadian-business", "rescind-dst", "support"),
    ("conservatives", "rescind-dst", "support"),
    ("ndp", "rescind-dst", "oppose"),
]

# --------------------------------------------------------------------------------------------
# Articles, in publication order. claims: (actor, issue, stance, quote, attributed)
# --------------------------------------------------------------------------------------------
A = []


def art(id_, published, outlet, slug, title, text, claims):
    A.append({"id": id_, "published": published, "outlet": outlet, "slug": slug, "title": title,
              "text": text.strip(), "claims": claims})


art("001", "2025-03-10T19:30:00Z", "borealis-wire", "carney-inherits-digital-tax-row",
    "Carney inherits digital tax row as he prepares to take office",
    """
OTTAWA, March 10 (Borealis Wire) - Mark Carney, who won the Liberal Party leadership on Sunday and is due to be sworn in as prime minister within days, will inherit a simmering dispute with Washington over Canada's digital services tax.

The 3% levy applies to revenue that large online platforms earn from Canadian users above C$20 million a year. It reaches back to the start of 2022, and the first payments are due on June 30.

A spokesperson for Finance Minister Dominic LeBlanc said on Monday that the tax would be collected as the law requires and that the government had no plans to change it.

Carney's transition team declined to say whether the new prime minister would review the levy once his cabinet is in place.

The tax has also drawn fire at home from the Conservatives, who voted against it last year and want it scrapped.

Former US trade officials said they expected the administration of President Donald Trump to treat the levy as a target in any wider trade fight with Canada.
""",
    [("canada-government", "rescind-dst", "oppose", "the tax would be collected as the law requires", True),
     ("conservatives", "rescind-dst", "support", "the Conservatives, who voted against it last year and want it scrapped", False)])

art("002", "2025-03-14T18:00:00Z", "lakeshore-courier", "carney-sworn-in-champagne-finance",
    "Carney sworn in as prime minister; Champagne takes finance",
    """
OTTAWA, March 14 (Lakeshore Courier) - Mark Carney was sworn in as Canada's 24th prime minister on Friday at Rideau Hall, the governor general's residence, at the head of a smaller cabinet than his predecessor's.

François-Philippe Champagne, previously industry minister, becomes finance minister. Dominic LeBlanc, who held the finance portfolio for three months, moves to international trade and intergovernmental affairs, where he will handle much of the relationship with the United States.

Carney told reporters the new cabinet was built to deal with the tariff dispute with Washington and to grow the economy. He did not mention the digital services tax, whose first payments fall due at the end of June, and Champagne's office declined to say whether the file would be reviewed.

Some tax lawyers in Toronto said a new finance minister could look again at the timing of the levy, though they noted that a repeal would need a vote in Parliament.

An election is widely expected to be called within days.
""",
    [])

art("003", "2025-03-21T15:00:00Z", "prairie-signal", "us-tech-lobby-urges-action-canada-digital-tax",
    "US tech lobby urges Trump team to target Canada's digital tax",
    """
WASHINGTON, March 21 (Prairie Signal) - A leading US technology trade group has urged the Trump administration to make Canada's digital services tax a priority as it prepares a wave of trade measures due in early April.

In comments filed with the Office of the US Trade Representative, the Computer & Communications Industry Association said Canada should withdraw the tax, which it called discriminatory because it falls mostly on American companies.

The group, whose members include Amazon, Google and Meta, asked trade officials to respond with the tools available under US trade law.

The US Chamber of Commerce, the country's largest business lobby, made a similar request in its own filing.

The comments were submitted as the administration reviews what it calls unfair foreign trade practices ahead of the announcement of so-called reciprocal tariffs on April 2. Canada's Finance Department did not respond to a request for comment.

The tax, which came into force last June, charges 3% on certain digital revenue earned from Canadian users. Industry estimates put the first bill for US companies at about $2 billion.
""",
    [("tech-industry", "rescind-dst", "support", "said Canada should withdraw the tax", True),
     ("tech-industry", "us-retaliation", "support", "asked trade officials to respond with the tools available under US trade law", True)])

art("004", "2025-03-31T21:00:00Z", "potomac-ledger", "us-trade-report-lists-canada-digital-tax",
    "US trade report lists Canada's digital tax among barriers",
    """
WASHINGTON, March 31 (Potomac Ledger) - The Office of the US Trade Representative on Monday named Canada's digital services tax as a barrier to American commerce in its annual report on foreign trade practices, saying the levy unfairly targets US firms and should be withdrawn.

Trade Representative Jamieson Greer's office said in a statement that it would consider all options, including tariffs, if Canada went ahead with collecting the tax in June.

The report runs to several hundred pages and covers dozens of countries. It comes two days before President Donald Trump is due to unveil a new round of tariffs at the White House.

The administration, which rejects the OECD's planned global approach to taxing large multinationals as an intrusion on US sovereignty, has made digital taxes abroad a recurring target.

Canada's Finance Department said the tax was in force and would stay, adding that Ottawa had raised its own concerns about US trade measures with Washington.
""",
    [("us-administration", "rescind-dst", "support", "saying the levy unfairly targets US firms and should be withdrawn", True),
     ("us-administration", "us-retaliation", "conditional", "would consider all options, including tariffs, if Canada went ahead with collecting the tax", True),
     ("us-administration", "multilateral-deal", "oppose", "rejects the OECD's planned global approach to taxing large multinationals", False),
     ("canada-government", "rescind-dst", "oppose", "the tax was in force and would stay", True)])

art("005", "2025-04-03T14:00:00Z", "harbourline-news", "canada-spared-reciprocal-tariffs",
    "Canada spared new 'reciprocal' tariffs; digital tax not mentioned",
    """
OTTAWA, April 3 (Harbourline News) - Canada was left off the list of countries hit by President Donald Trump's new so-called reciprocal tariffs, announced in the White House Rose Garden on Wednesday, though earlier US duties on Canadian steel, aluminium, autos and goods outside the continental trade pact remain in place.

The White House fact sheet did not mention Canada's digital services tax, which US trade officials had described only days earlier as a barrier to American business.

Prime Minister Mark Carney, campaigning ahead of the April 28 election, said Ottawa would answer the auto tariffs with countermeasures of its own.

Economists in Toronto said it was too early to tell whether Washington was holding the digital tax in reserve for a later round of talks. Some speculated that the levy could become a bargaining chip once a new government is formed.

A spokesperson for the Finance Department declined to comment on the tax during the election campaign, citing the caretaker convention.
""",
    [])

art("006", "2025-04-08T20:00:00Z", "prairie-signal", "singh-vows-keep-digital-tax",
    "NDP's Singh vows to keep tech giants paying Canada's digital tax",
    """
BURNABY, British Columbia, April 8 (Prairie Signal) - New Democratic Party Leader Jagmeet Singh said on Tuesday that Canada must keep its digital services tax and not let US pressure force it to back down.

Speaking at a campaign stop in his home riding, Singh said large technology companies earned billions from Canadians and should pay their fair share. He said any party that offered to drop the tax to please Washington would be handing a gift to some of the richest corporations in the world.

The levy is among several irritants in the relationship with the United States. The Liberal government, which has kept the tax in place despite repeated US objections, has said little about it since the campaign began.

Polls suggest the NDP is at risk of losing official party status in the House of Commons in the April 28 vote.

Canadians for Tax Fairness, an advocacy group, also urged all parties to commit to keeping the tax.
""",
    [("ndp", "rescind-dst", "oppose", "Canada must keep its digital services tax", True),
     ("canada-government", "rescind-dst", "oppose", "which has kept the tax in place despite repeated US objections", False)])

art("007", "2025-04-22T16:00:00Z", "harbourline-news", "business-groups-press-to-shelve-digital-tax",
    "Business groups press next government to shelve digital tax",
    """
TORONTO, April 22 (Harbourline News) - Canada's main business lobbies on Tuesday urged whichever party wins next week's election to scrap the digital services tax, or at the very least to delay the first payments due on June 30.

Candace Laing, president of the Canadian Chamber of Commerce, said in a statement that the retroactive levy would raise costs for Canadian businesses and consumers who rely on digital services. Laing said Washington had made clear it wanted the tax gone, and that keeping it would make any trade negotiation harder.

Goldy Hyder, head of the Business Council of Canada, said the next prime minister should clear away irritants before sitting down with the Trump administration.

Neither the Liberals nor the Conservatives responded directly to the appeal.

The Parliamentary Budget Officer has estimated that the tax would raise about C$7.2 billion over five years.
""",
    [("canadian-business", "rescind-dst", "support", "urged whichever party wins next week's election to scrap the digital services tax", True),
     ("canadian-business", "pause-dst-collection", "support", "or at the very least to delay the first payments due on June 30", True),
     ("us-administration", "rescind-dst", "support", "Washington had made clear it wanted the tax gone", False)])

art("008", "2025-04-29T06:00:00Z", "borealis-wire", "carney-liberals-win-minority",
    "Carney's Liberals win election, fall short of majority",
    """
OTTAWA, April 29 (Borealis Wire) - Prime Minister Mark Carney's Liberals won Monday's federal election but appeared set to fall just short of a majority in the House of Commons, after a campaign dominated by the trade war with the United States.

Conservative Leader Pierre Poilievre lost the Ottawa-area seat he had held for two decades, although his party increased its share of the vote. New Democratic Party Leader Jagmeet Singh also lost his seat and said he would step down.

In a victory speech, Carney said the old relationship with the United States, built on ever closer integration, was over.

Trade lawyers said the new government would soon have to decide whether to go ahead with the first digital services tax payments on June 30, a question the Liberals largely avoided during the campaign. Some predicted the levy would end up folded into a wider deal with Washington.

Officials said Carney expected to speak with Trump in the coming days.
""",
    [])

art("009", "2025-05-06T19:30:00Z", "potomac-ledger", "trump-carney-first-white-house-meeting",
    "Trump, Carney keep door open to talks at first White House meeting",
    """
WASHINGTON, May 6 (Potomac Ledger) - President Donald Trump and Canadian Prime Minister Mark Carney held their first face-to-face meeting at the White House on Tuesday, with Trump saying he was open to further talks but that tariffs on Canada would not be lifted for now.

Speaking in the Oval Office with Carney beside him, Trump said a deal was possible if it was good for the United States, adding that nothing the prime minister could say that day would change his mind on the duties.

Carney told reporters afterwards that the two sides had agreed to hold further discussions in the coming weeks and that he expected the talks to be difficult.

He said Canada was not for sale, after the president again raised his idea of making the country a US state.

Neither leader referred to Canada's digital services tax in public remarks, and a Canadian official said it had not been a focus of the meeting.
""",
    [("us-administration", "trade-talks", "conditional", "he was open to further talks but that tariffs on Canada would not be lifted", True),
     ("canada-government", "trade-talks", "support", "the two sides had agreed to hold further discussions in the coming weeks", True)])

art("010", "2025-05-06T21:45:00Z", "harbourline-news", "trump-open-to-talks-tariffs-stay",
    "Trump says open to talks with Carney, tariffs stay for now",
    """
WASHINGTON, May 6 (Harbourline News) - US President Donald Trump said on Tuesday that he was open to further talks but that tariffs on Canada would not be lifted for now, after a first meeting with Prime Minister Mark Carney at the White House.

In the Oval Office, with Carney seated beside him, Trump said a deal could be reached if it was good for the United States, but that nothing Carney could say that day would change his position on the duties.

After the meeting, Carney told reporters the two sides had agreed to hold further discussions in the coming weeks. He said he expected the talks to be difficult.

He said Canada was not for sale, after Trump again floated the idea of making the country a US state.

The digital services tax did not come up in either leader's public comments, and a Canadian official said it had not been a focus of the talks.
""",
    [("us-administration", "trade-talks", "conditional", "he was open to further talks but that tariffs on Canada would not be lifted", True),
     ("canada-government", "trade-talks", "support", "the two sides had agreed to hold further discussions in the coming weeks", True)])

art("011", "2025-05-22T18:00:00Z", "potomac-ledger", "house-bill-section-899-canada-digital-levy",
    "House tax bill's 'revenge' clause puts Canada's digital levy in crosshairs",
    """
WASHINGTON, May 22 (Potomac Ledger) - The US House of Representatives on Thursday narrowly passed a sweeping tax and spending bill that includes a provision allowing higher taxes on investors and companies from countries that impose what it calls unfair foreign taxes, including digital services taxes such as Canada's.

The provision, known as section 899, was written by Republicans on the House Ways and Means Committee, who say it is meant to give the United States leverage against such levies.

The Computer & Communications Industry Association, which represents Amazon, Google and Meta among others, welcomed the provision and called on the administration to use it against countries that tax American tech firms.

The group said Canada in particular should scrap its tax before the first payments come due next month.

The bill now goes to the Senate, where changes are expected. A spokesperson for Canada's finance minister said Ottawa was following the legislation closely and declined to comment further.
""",
    [("tech-industry", "us-retaliation", "support", "called on the administration to use it against countries that tax American tech firms", True),
     ("tech-industry", "rescind-dst", "support", "Canada in particular should scrap its tax before the first payments come due", True)])

art("012", "2025-06-04T20:30:00Z", "lakeshore-courier", "scheer-presses-champagne-scrap-digital-tax",
    "Scheer presses Champagne to scrap digital tax; minister says it stays",
    """
OTTAWA, June 4 (Lakeshore Courier) - Andrew Scheer, who leads the Conservatives in the House of Commons while Pierre Poilievre seeks a new seat, demanded on Wednesday that the government scrap the digital services tax before the first payments fall due at the end of the month.

Scheer raised the levy during question period in the Commons chamber, saying the cost would be passed on to Canadian consumers and was poisoning relations with Washington.

Finance Minister François-Philippe Champagne replied that the tax was the law of the land and that Canada would not let other countries decide its tax policy.

He said Canada had always preferred a multilateral agreement on taxing digital giants and would keep working for one at the OECD, where talks on the matter have stalled.

Outside the chamber, Conservative MPs told reporters the party would keep pressing the issue until Parliament rises for the summer later this month.
""",
    [("conservatives", "rescind-dst", "support", "demanded on Wednesday that the government scrap the digital services tax", True),
     ("canada-government", "rescind-dst", "oppose", "Canada would not let other countries decide its tax policy", True),
     ("canada-government", "multilateral-deal", "support", "Canada had always preferred a multilateral agreement on taxing digital giants", True)])

art("013", "2025-06-10T15:30:00Z", "prairie-signal", "chamber-renews-call-to-pause-digital-tax",
    "Chamber renews call to pause digital tax as deadline nears",
    """
OTTAWA, June 10 (Prairie Signal) - The Canadian Chamber of Commerce renewed its call on Tuesday for Ottawa to pause the digital services tax, warning that the first payments due on June 30 would land at the worst possible moment for relations with the United States.

In a letter to Finance Minister François-Philippe Champagne, the Chamber said the retroactive charge, covering three and a half years of revenue, would hit companies all at once. It said the government should ultimately repeal the measure and rely on an international solution instead.

A Finance Canada spokesperson said the government had no plans to repeal the tax, but declined to say whether the June 30 payment date could be moved.

The levy's first bill for US companies is estimated at about $2 billion.

Analysts said Ottawa was unlikely to make any move before the G7 summit it hosts next week in Kananaskis, Alberta.
""",
    [("canadian-business", "pause-dst-collection", "support", "renewed its call on Tuesday for Ottawa to pause the digital services tax", True),
     ("canadian-business", "rescind-dst", "support", "the government should ultimately repeal the measure", True),
     ("canadian-business", "multilateral-deal", "support", "rely on an international solution instead", True),
     ("canada-government", "rescind-dst", "oppose", "the government had no plans to repeal the tax", True)])

art("014", "2025-06-12T19:00:00Z", "harbourline-news", "us-warns-ottawa-digital-tax-before-g7",
    "US warns Ottawa over digital tax ahead of G7",
    """
WASHINGTON, June 12 (Harbourline News) - The United States has raised Canada's digital services tax repeatedly with Ottawa and expects it to be dropped, a spokesperson for the US Trade Representative said on Thursday, days before President Donald Trump travels to Canada for the G7 summit.

The spokesperson said the administration would respond with whatever measures it judged necessary if Canada collected the tax at the end of the month.

Several members of Congress have urged Trade Representative Jamieson Greer to make the tax a priority in dealings with Canada, and some have called for an investigation under US trade law.

The Canadian embassy in Washington did not respond to a request for comment.

Trump is due to arrive in Kananaskis, Alberta, on Sunday for the three-day meeting of leaders. It will be his first visit to Canada since returning to office in January.
""",
    [("us-administration", "rescind-dst", "support", "has raised Canada's digital services tax repeatedly with Ottawa and expects it to be dropped", True),
     ("us-administration", "us-retaliation", "conditional", "would respond with whatever measures it judged necessary if Canada collected the tax", True)])

art("015", "2025-06-17T01:30:00Z", "borealis-wire", "carney-trump-30-day-goal-g7",
    "Carney, Trump set 30-day goal for trade deal at G7",
    """
KANANASKIS, Alberta, June 16 (Borealis Wire) - Prime Minister Mark Carney and President Donald Trump agreed on Monday to aim for a new trade and security agreement within 30 days, Carney's office said after the two met on the sidelines of the G7 summit in the Rocky Mountains.

Trump told reporters before the meeting that he wanted a deal with Canada and that negotiators would keep at it. He said the two sides had different ideas about how a deal should work, with Washington favouring tariffs and Ottawa something more complex.

Trump left the summit early on Monday evening, citing the conflict between Israel and Iran, and skipped meetings planned for Tuesday.

Officials on both sides declined to say whether Canada's digital services tax was discussed. Carney's office said the leaders' teams would step up their talks in the coming weeks.
""",
    [("canada-government", "trade-talks", "support", "agreed on Monday to aim for a new trade and security agreement within 30 days", True),
     ("us-administration", "trade-talks", "support", "he wanted a deal with Canada and that negotiators would keep at it", True)])

art("016", "2025-06-19T14:00:00Z", "prairie-signal", "tech-firms-brace-ndp-urges-hold-firm",
    "Tech firms brace for Canadian tax bill as NDP urges Ottawa to hold firm",
    """
TORONTO, June 19 (Prairie Signal) - Large technology companies are preparing to file their first Canadian digital services tax returns by June 30, with industry groups still lobbying against the levy itself.

Matt Schruers, president of the Computer & Communications Industry Association, said on Thursday that the retroactive charge was unfair and that Canada should drop it before the deadline.

Some platforms have already told Canadian advertisers and sellers that they will pass part of the cost on through higher fees.

Interim NDP Leader Don Davies said Ottawa must not blink. He said the tax should stay and that the government should collect every dollar owed on time, arguing that the companies had made enormous profits in Canada.

Tax analysts in Toronto said they expected the government to hold firm at least until the payments were made, though one said a last-minute delay could not be ruled out.
""",
    [("tech-industry", "rescind-dst", "support", "Canada should drop it before the deadline", True),
     ("ndp", "rescind-dst", "oppose", "the tax should stay", True),
     ("ndp", "pause-dst-collection", "oppose", "the government should collect every dollar owed on time", True)])

art("017", "2025-06-23T17:00:00Z", "harbourline-news", "carney-ready-to-scrap-digital-tax",
    "Carney ready to scrap digital tax to save US talks",
    """
BRUSSELS, June 23 (Harbourline News) - Prime Minister Mark Carney said on Monday that Canada's digital services tax was one of the issues in its wider negotiations with the United States, and did not rule out changes to it as part of an overall deal.

Carney spoke to reporters in Brussels after a summit with European Union leaders at which the two sides signed a security and defence partnership. He travels on to The Hague for a NATO summit.

He said Canada would only make concessions on the tax if they brought a better agreement for Canadians as a whole, and that no decision had been taken.

The Canadian Chamber of Commerce welcomed what it called a sensible signal and said the tax should go.

Conservative Leader Pierre Poilievre, who is seeking a return to Parliament through a by-election in Alberta, said on social media that the Liberals should simply scrap the tax rather than use it as a bargaining chip.

Finance Minister François-Philippe Champagne's office declined to say whether the June 30 payments would go ahead.
""",
    [("canada-government", "rescind-dst", "conditional", "would only make concessions on the tax if they brought a better agreement", True),
     ("canadian-business", "rescind-dst", "support", "said the tax should go", True),
     ("conservatives", "rescind-dst", "support", "the Liberals should simply scrap the tax rather than use it as a bargaining chip", True)])

art("018", "2025-06-26T22:00:00Z", "potomac-ledger", "g7-minimum-tax-understanding",
    "G7 reaches global minimum tax understanding; digital levies left aside",
    """
WASHINGTON, June 26 (Potomac Ledger) - Treasury Secretary Scott Bessent said on Thursday that the Group of Seven had reached an understanding that would shield US companies from parts of the global minimum tax, calling it a win for American sovereignty.

The arrangement concerns the 15% minimum tax agreed at the OECD in 2021, known as Pillar Two. It does not cover digital services taxes, which belong to a separate OECD track, Pillar One, that has been stalled for more than a year.

Canada, which holds the G7 presidency this year, helped broker the text. A Canadian finance official said the understanding was a welcome step toward tax certainty but would not say whether it had any bearing on Ottawa's own digital tax.

Some tax experts said the deal could ease the wider quarrel over how multinationals are taxed, while others said it changed nothing for countries with digital levies.

The understanding still needs the backing of the roughly 140 countries that negotiated the minimum tax.
""",
    [])

art("019", "2025-06-27T19:30:00Z", "borealis-wire", "trump-ends-trade-talks-canada-digital-tax",
    "Trump ends trade talks with Canada over digital tax, threatens tariffs",
    """
WASHINGTON, June 27 (Borealis Wire) - President Donald Trump said on Friday he was ending all trade talks with Canada with immediate effect because of its digital services tax, and that Washington would tell Ottawa within seven days what tariff it would face.

In a social media post, Trump called the levy a blatant attack on the United States and accused Canada of copying the European Union. He said Canada had just told Washington it was sticking with the tax. He also cited Canadian tariffs on US dairy products, which he has long criticised.

Speaking in Ottawa, Prime Minister Mark Carney said Canada would keep negotiating in the best interests of Canadians. He described the talks as complex and said they would be conducted calmly.

He declined to say whether the tax would be collected as scheduled on Monday.

The tax had been expected to cost US firms about $2 billion in its first year, since it reaches back to 2022. The Canadian dollar weakened after the post.
""",
    [("us-administration", "trade-talks", "oppose", "he was ending all trade talks with Canada with immediate effect", True),
     ("us-administration", "us-retaliation", "support", "Washington would tell Ottawa within seven days what tariff it would face", True),
     ("us-administration", "rescind-dst", "support", "called the levy a blatant attack on the United States", True),
     ("canada-government", "rescind-dst", "oppose", "He said Canada had just told Washington it was sticking with the tax", False),
     ("canada-government", "trade-talks", "support", "Canada would keep negotiating in the best interests of Canadians", True)])

art("020", "2025-06-28T16:00:00Z", "potomac-ledger", "white-house-says-canada-must-drop-tax",
    "White House says Canada must drop tax; Trump says no point in talking",
    """
WASHINGTON, June 28 (Potomac Ledger) - A senior White House official said on Saturday that Canada should drop its digital services tax, a day after President Donald Trump cut off trade negotiations with Ottawa over the levy.

The official, who spoke on condition of anonymity, called the tax an unacceptable grab at American companies and would not say whether the president could change his mind.

Trump told reporters in the Oval Office late on Friday that there was no point in talking to Canada for now. He said Canada would pay a heavy tariff to do business with the United States and that the economic power was on Washington's side.

Washington-based trade lawyers said the administration could invoke section 301 of US trade law to justify new duties. Others guessed the threat was a negotiating tactic aimed at forcing a quick retreat.

Canadian officials remained in contact with their US counterparts on Saturday, a government source in Ottawa said, without giving details.
""",
    [("us-administration", "rescind-dst", "support", "Canada should drop its digital services tax", True),
     ("us-administration", "trade-talks", "oppose", "there was no point in talking to Canada for now", True),
     ("us-administration", "us-retaliation", "support", "He said Canada would pay a heavy tariff to do business with the United States", True)])

art("021", "2025-06-28T21:00:00Z", "prairie-signal", "business-urges-drop-tax-ndp-hold-line",
    "Canadian business urges Ottawa to drop tax as NDP says hold the line",
    """
TORONTO, June 28 (Prairie Signal) - Canadian business groups on Saturday urged the government to scrap the digital services tax immediately, saying the levy was not worth a trade war, while the New Democrats warned Prime Minister Mark Carney against giving in.

Goldy Hyder of the Business Council of Canada said the tax had never been worth the damage it was now doing to the country's most important trading relationship.

Interim NDP Leader Don Davies said Canada should keep the tax and that backing down would only reward bullying.

In Washington, the Computer & Communications Industry Association said it backed Trump's tariff threat, calling it an overdue response to a discriminatory tax.

Dominic LeBlanc, the minister in charge of Canada-US trade, said Ottawa would defend Canadian workers against any new tariffs and was in touch with US officials.

An economist at a Toronto bank said the government faced a stark choice between collecting the tax on Monday and keeping its biggest export market open.
""",
    [("canadian-business", "rescind-dst", "support", "urged the government to scrap the digital services tax immediately", True),
     ("ndp", "rescind-dst", "oppose", "Canada should keep the tax", True),
     ("tech-industry", "us-retaliation", "support", "it backed Trump's tariff threat, calling it an overdue response", True),
     ("canada-government", "us-retaliation", "oppose", "Ottawa would defend Canadian workers against any new tariffs", True)])

art("022", "2025-06-30T03:15:00Z", "harbourline-news", "canada-rescinds-digital-services-tax",
    "Canada rescinds digital services tax to restart US trade talks",
    """
OTTAWA, June 29 (Harbourline News) - Canada will rescind its digital services tax and has halted collection of the payments due on Monday, the government said late on Sunday, in a bid to revive trade talks that President Donald Trump broke off two days earlier.

Finance Minister François-Philippe Champagne said in a statement that he would bring in legislation to repeal the law, and that the step was taken in anticipation of a mutually beneficial trade arrangement with the United States.

Ottawa said Prime Minister Mark Carney and Trump had agreed in a phone call on Sunday that negotiations would resume, with the goal of reaching a deal by July 21.

Carney said the decision was in the interests of Canadians and that the talks could now move forward.

The White House did not immediately respond to a request for comment.

The tax, approved last year, would have charged 3% on some of the revenue that large platforms earn from Canadian users, backdated to 2022.
""",
    [("canada-government", "rescind-dst", "support", "Canada will rescind its digital services tax", True),
     ("canada-government", "pause-dst-collection", "support", "has halted collection of the payments due on Monday", True),
     ("canada-government", "trade-talks", "support", "negotiations would resume, with the goal of reaching a deal by July 21", True),
     ("us-administration", "trade-talks", "support", "Carney and Trump had agreed in a phone call on Sunday that negotiations would resume", False)])

art("023", "2025-06-30T04:40:00Z", "borealis-wire", "ottawa-drops-digital-tax-talks-to-resume",
    "Ottawa drops digital tax, says talks with Washington to resume",
    """
OTTAWA, June 29 (Borealis Wire) - The Canadian government said late on Sunday that Canada will rescind its digital services tax and that it has halted collection of the payments due on Monday, as it seeks to restart trade negotiations that President Donald Trump ended on Friday.

In a statement, Finance Minister François-Philippe Champagne said legislation to repeal the law would be introduced, and that the move anticipated a mutually beneficial trade arrangement with the United States.

According to Ottawa, Prime Minister Mark Carney and Trump had agreed in a phone call on Sunday that negotiations would resume, with the goal of reaching a deal by July 21.

Carney said the step served the interests of Canadians and would allow the talks to move ahead.

There was no immediate response from the White House.

The tax was passed last year and would have charged 3% on certain revenue that large platforms earn from Canadian users, applied back to 2022.
""",
    [("canada-government", "rescind-dst", "support", "Canada will rescind its digital services tax", True),
     ("canada-government", "pause-dst-collection", "support", "has halted collection of the payments due on Monday", True),
     ("canada-government", "trade-talks", "support", "negotiations would resume, with the goal of reaching a deal by July 21", True),
     ("us-administration", "trade-talks", "support", "Carney and Trump had agreed in a phone call on Sunday that negotiations would resume", False)])

art("024", "2025-06-30T19:00:00Z", "potomac-ledger", "white-house-confirms-canada-talks-resume",
    "White House says Canada 'caved', confirms trade talks back on",
    """
WASHINGTON, June 30 (Potomac Ledger) - The White House confirmed on Monday that trade negotiations with Canada had resumed, a day after Ottawa said it would rescind the digital services tax that had prompted President Donald Trump to break off the talks.

Press secretary Karoline Leavitt told reporters that Canada had "caved" to the president, who had insisted that the tax be dropped.

Asked whether the tariff threat Trump made on Friday had been withdrawn, Leavitt declined to say.

The Computer & Communications Industry Association welcomed the decision, saying it would save American companies billions of dollars, and urged other governments with similar levies to take note.

Canada's decision came only hours before the first payments under the tax were due. Canadian officials said no money would be collected while the repeal legislation is prepared.
""",
    [("us-administration", "trade-talks", "support", "The White House confirmed on Monday that trade negotiations with Canada had resumed", True),
     ("us-administration", "rescind-dst", "support", "the president, who had insisted that the tax be dropped", True),
     ("tech-industry", "rescind-dst", "support", "welcomed the decision, saying it would save American companies billions of dollars", True),
     ("canada-government", "pause-dst-collection", "support", "Canadian officials said no money would be collected while the repeal legislation is prepared", True)])

art("025", "2025-06-30T22:30:00Z", "lakeshore-courier", "opposition-splits-over-digital-tax-reversal",
    "Opposition splits over Carney's reversal on digital tax",
    """
OTTAWA, June 30 (Lakeshore Courier) - Canada's opposition parties attacked Prime Minister Mark Carney's decision to rescind the digital services tax from opposite directions on Monday.

Interim NDP Leader Don Davies called it a capitulation that let the largest tech companies off the hook and said the tax should have stayed. Davies said Canada should stay at the negotiating table only if Washington stopped extracting one-sided concessions.

Conservative MP Jasraj Singh Hallan said his party had called for the tax to be scrapped for years and that the Liberals had acted only once Trump forced their hand.

The Business Council of Canada's Goldy Hyder welcomed the decision as a sensible step that removed an irritant from the talks.

Canadians for Tax Fairness, an advocacy group, said the government had given away billions in revenue without getting anything in return.

Some Liberal backbenchers privately expressed unease about the reversal, according to two party sources.
""",
    [("ndp", "rescind-dst", "oppose", "said the tax should have stayed", True),
     ("ndp", "trade-talks", "conditional", "Canada should stay at the negotiating table only if Washington stopped extracting one-sided concessions", True),
     ("conservatives", "rescind-dst", "support", "his party had called for the tax to be scrapped for years", True),
     ("canadian-business", "rescind-dst", "support", "welcomed the decision as a sensible step that removed an irritant", True)])

art("026", "2025-07-02T16:00:00Z", "prairie-signal", "ottawa-sets-out-digital-tax-unwinding",
    "Ottawa to return digital tax payments; Champagne rejects 'caved' charge",
    """
OTTAWA, July 2 (Prairie Signal) - Canada will not collect any digital services tax and will return amounts some companies have already paid, the Finance Department said on Wednesday, setting out how it will unwind the levy.

Finance Minister François-Philippe Champagne rejected suggestions that Ottawa had caved to Washington, saying the tax was being withdrawn to move the broader negotiation forward. Legislation to repeal the law will be introduced when Parliament returns in the autumn, he said.

He added that Canada still wanted a multilateral solution for taxing the digital economy and would keep pressing for one at the OECD.

Tax advisers said returning the money could take several months. Some companies had filed returns before collection was halted, they said.

Opposition parties have demanded that the government publish any commitments it made to Washington. Champagne said there were none beyond those already announced.
""",
    [("canada-government", "pause-dst-collection", "support", "Canada will not collect any digital services tax", True),
     ("canada-government", "rescind-dst", "support", "saying the tax was being withdrawn to move the broader negotiation forward", True),
     ("canada-government", "multilateral-deal", "support", "Canada still wanted a multilateral solution for taxing the digital economy", True)])

art("027", "2025-07-08T15:00:00Z", "harbourline-news", "tech-lobby-presses-others-follow-canada",
    "US tech lobby presses other countries to follow Canada on digital taxes",
    """
WASHINGTON, July 8 (Harbourline News) - A major US technology trade group on Tuesday called on Britain, France and other countries with digital services taxes to follow Canada's decision to scrap its levy.

Matt Schruers, president of the Computer & Communications Industry Association, said the industry could accept a shared international approach to taxing digital companies, but only if it treated US firms no differently from their local rivals.

He said Canada's move showed that national taxes aimed at American companies could not withstand determined pressure from Washington.

European governments have given no sign of following Ottawa's lead, and Britain has said its own tax remains in place.

The group's members include Amazon, Google and Meta, which had been among the companies expected to pay most of the Canadian levy.
""",
    [("tech-industry", "rescind-dst", "support", "follow Canada's decision to scrap its levy", True),
     ("tech-industry", "multilateral-deal", "conditional", "could accept a shared international approach to taxing digital companies, but only if", True)])

art("028", "2025-07-11T01:30:00Z", "potomac-ledger", "trump-sets-35-percent-tariff-canada",
    "Trump sets 35% tariff on Canada despite digital tax retreat",
    """
WASHINGTON, July 10 (Potomac Ledger) - President Donald Trump said on Thursday he would raise tariffs on Canadian goods not covered by the North American trade pact to 35% from August 1, in a letter to Prime Minister Mark Carney posted on social media.

The letter cited the flow of fentanyl across the border and Canada's own retaliatory duties. It did not mention the digital services tax, which Ottawa dropped late last month.

Trump wrote that the rate could be adjusted up or down depending on the relationship with Canada.

A White House official said negotiations with Ottawa were continuing ahead of the deadline.

Carney said on social media that Canada had defended its workers and businesses throughout the talks, and that Canada would keep negotiating ahead of the new August 1 deadline.

Goods that comply with the continental trade pact's rules remain exempt from the tariffs.
""",
    [("us-administration", "trade-talks", "support", "negotiations with Ottawa were continuing ahead of the deadline", True),
     ("canada-government", "trade-talks", "support", "Canada would keep negotiating ahead of the new August 1 deadline", True)])

art("029", "2025-07-14T17:00:00Z", "borealis-wire", "repeal-bill-digital-tax-autumn",
    "Repeal of digital tax must wait for autumn sitting, government says",
    """
OTTAWA, July 14 (Borealis Wire) - The bill to repeal Canada's digital services tax will be tabled when the House of Commons returns in September, a spokesperson for Finance Minister François-Philippe Champagne said on Monday, confirming the government's commitment to scrap the levy.

Conservative MP Jasraj Singh Hallan said the government should recall Parliament early to pass the repeal and give companies certainty.

The New Democrats said they would not support any bill that did not keep the tax on the books.

With the Liberals a few seats short of a majority, the repeal bill will need support from at least one opposition party, or abstentions, to pass. Conservative backing alone would be enough.

The Bloc Quebecois has not said how it will vote.

No money is being collected under the tax in the meantime, officials said.
""",
    [("canada-government", "rescind-dst", "support", "confirming the government's commitment to scrap the levy", True),
     ("conservatives", "rescind-dst", "support", "the government should recall Parliament early to pass the repeal", True),
     ("ndp", "rescind-dst", "oppose", "would not support any bill that did not keep the tax on the books", True),
     ("canada-government", "pause-dst-collection", "support", "No money is being collected under the tax in the meantime, officials said", True)])

art("030", "2025-07-22T20:00:00Z", "prairie-signal", "canada-us-miss-july-21-target",
    "Canada, US miss July 21 target as talks grind on",
    """
OTTAWA, July 22 (Prairie Signal) - Canada and the United States missed their July 21 target for a trade deal, with Prime Minister Mark Carney saying on Tuesday that Ottawa would keep negotiating but would not accept a bad agreement.

Dominic LeBlanc, the minister responsible for Canada-US trade, has made several trips to Washington this month for meetings with Commerce Secretary Howard Lutnick.

Canadian officials said their US counterparts remained engaged and that both sides wanted to avoid the August 1 tariff increase.

The digital services tax, rescinded last month, no longer figures in the talks, the officials said. The two sides are focused on steel, aluminium, autos and dairy.

Analysts said a comprehensive deal before August 1 looked unlikely, and some suggested the two sides might settle for a partial arrangement.
""",
    [("canada-government", "trade-talks", "support", "Ottawa would keep negotiating but would not accept a bad agreement", True),
     ("us-administration", "trade-talks", "support", "their US counterparts remained engaged", False)])

art("031", "2025-07-25T15:00:00Z", "lakeshore-courier", "ottawa-weighs-revival-digital-tax",
    "Ottawa weighs revival of digital tax as NDP pushes back",
    """
OTTAWA, July 25 (Lakeshore Courier) - New Democrats on Friday urged the government to reverse course and bring back the digital services tax, arguing that Canada had given up its leverage for nothing after President Donald Trump announced a 35% tariff on many Canadian goods.

A spokesperson for Finance Minister François-Philippe Champagne said the government had no plans to revive the tax and that repeal legislation would go ahead as announced.

The NDP, reduced to seven seats in April's election, does not have official party status in the Commons and has few ways to force a debate.

Canadians for Tax Fairness said the government had walked away from about C$7 billion in expected revenue over five years.

Some economists said Ottawa might look at other ways to tax large platforms in future, but none expected the levy itself to return.
""",
    [("ndp", "rescind-dst", "oppose", "urged the government to reverse course and bring back the digital services tax", True),
     ("canada-government", "rescind-dst", "support", "the government had no plans to revive the tax", True)])

# --------------------------------------------------------------------------------------------
# Shifts and duplicates
# --------------------------------------------------------------------------------------------
SHIFTS = [
    {"actor": "us-administration", "issue": "trade-talks", "from": "conditional", "to": "support", "article": "015",
     "why": "At the G7 Trump says he wants a deal and negotiators will keep at it, with a 30-day goal; at the White House in 009/010 he was only open to talks while refusing to lift tariffs."},
    {"actor": "canada-government", "issue": "rescind-dst", "from": "oppose", "to": "conditional", "article": "017",
     "why": "Carney says the tax is part of the wider negotiation and Canada would make concessions on it only if they bring a better overall deal; until 013 Finance said it had no plans to repeal the tax."},
    {"actor": "us-administration", "issue": "trade-talks", "from": "support", "to": "oppose", "article": "019",
     "why": "Trump says he is ending all trade talks with Canada immediately over the tax, after agreeing a 30-day goal in 015."},
    {"actor": "us-administration", "issue": "us-retaliation", "from": "conditional", "to": "support", "article": "019",
     "why": "Trump says Washington will tell Ottawa within seven days what tariff it will face; in 004 and 014 US trade officials only threatened measures if Canada collected the tax."},
    {"actor": "canada-government", "issue": "rescind-dst", "from": "conditional", "to": "support", "article": "022",
     "why": "The government announces it will rescind the tax and repeal the law; in 017 Carney only offered concessions on it in exchange for a better deal (Trump's claim in 019 that Canada was sticking with the tax is a third-party report and does not count)."},
    {"actor": "us-administration", "issue": "trade-talks", "from": "oppose", "to": "support", "article": "024",
     "why": "The White House confirms negotiations with Canada have resumed; 019 and 020 had Trump ending the talks. Ottawa's report in 022/023 that the leaders agreed to resume is attributed false and does not move the stance."},
]

DUPLICATES = [("009", "010"), ("022", "023")]

# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------
SITE = "https://example.org"


def url_of(a):
    d = a["published"][:10].split("-")
    # dateline date may be the previous local day; url uses the local (dateline) date
    m = re.match(r"^[^,]+(?:, [^,]+)?, (\w+) (\d{1,2}) \(", a["text"])
    months = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
              "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}
    mon, day = months[m.group(1)], int(m.group(2))
    return f"{SITE}/{a['outlet']}/{d[0]}/{mon:02d}/{day:02d}/{a['slug']}"


def yaml_list(items):
    out = []
    for x in items:
        if re.search(r"[:#,\[\]{}&*!|>'\"%@`]", x) or x != x.strip():
            out.append('"' + x.replace('\\', '\\\\').replace('"', '\\"') + '"')
        else:
            out.append(x)
    return "[" + ", ".join(out) + "]"


def yaml_scalar(x):
    if re.search(r"[:#\[\]{}&*!|>'\"%@`]", x) or x.startswith(("-", "?")):
        return '"' + x.replace('\\', '\\\\').replace('"', '\\"') + '"'
    return x


def write_watchlist():
    lines = [
        "# shiftwatch blind evaluation set canada-digital-services-tax-2025: tracked actors and issues.",
        "# An issue is a proposition under negotiation; a stance is an actor's position on that proposition",
        "# (support | oppose | conditional). Aliases include people, capitals and institutions used as metonyms.",
        "# Capitals and buildings are also used as plain locations in the articles (\"met at the White House\");",
        "# such mentions carry no stance.",
        "# Note the give-up framings: rescind-dst (Canada scraps its tax) and pause-dst-collection (Canada suspends",
        "# collection). Supporting them means wanting the tax gone or paused; Ottawa defending the tax is `oppose`.",
        "",
        "actors:",
    ]
    for a in ACTORS:
        lines += [f"  - id: {a['id']}", f"    name: {yaml_scalar(a['name'])}", f"    aliases: {yaml_list(a['aliases'])}"]
    lines += ["", "issues:"]
    for i in ISSUES:
        lines += [f"  - id: {i['id']}", f"    name: {yaml_scalar(i['name'])}",
                  f"    description: {yaml_scalar(i['description'])}", f"    terms: {yaml_list(i['terms'])}"]
    lines += ["", "# Known starting positions before the first article (all consistent with the articles; none implies a shift).",
              "baseline:"]
    for actor, issue, stance in BASELINE:
        lines.append(f"  - {{actor: {actor}, issue: {issue}, stance: {stance}}}")
    with open(os.path.join(HERE, "watchlist.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_articles():
    d = os.path.join(HERE, "articles")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for a in A:
        obj = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(d, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")


def rfc822(iso):
    t = dt.datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.timezone.utc)
    return email.utils.format_datetime(t, usegmt=True)


def write_feeds():
    d = os.path.join(HERE, "feeds")
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    for slug, name in OUTLETS.items():
        items = sorted([a for a in A if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>{SITE}/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch blind evaluation set canada-digital-services-tax-2025</description>",
               "    <language>en</language>", f"    <lastBuildDate>{rfc822(items[0]['published'])}</lastBuildDate>"]
        for a in items:
            u = escape(url_of(a))
            out += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{u}</link>",
                    f'      <guid isPermaLink="true">{u}</guid>', f"      <pubDate>{rfc822(a['published'])}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(d, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")


def labels_obj():
    claims = {}
    for a in A:
        claims[a["id"]] = [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                           for c in a["claims"]]
    shift_articles = {s["article"] for s in SHIFTS}
    return {"claims": claims, "shifts": SHIFTS,
            "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles]}


def write_labels():
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels_obj(), f, indent=2, ensure_ascii=False)
        f.write("\n")


# --------------------------------------------------------------------------------------------
# Validation (reads back the written files)
# --------------------------------------------------------------------------------------------
DATELINE = re.compile(r"^[A-Z][A-Z .'-]*[A-Z](?:, [A-Z][A-Za-z .]+)?, "
                      r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) \d{1,2} \(([^)]+)\) - \S")
STANCES = {"support", "oppose", "conditional"}


def parse_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    for line in open(path, encoding="utf-8"):
        s = line.rstrip("\n")
        if not s or s.lstrip().startswith("#"):
            continue
        if re.match(r"^\w+:\s*$", s):
            section = s[:-1].strip()
            continue
        m = re.match(r"^  - id: (\S+)$", s)
        if m:
            (actors if section == "actors" else issues).append(m.group(1))
            continue
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", s)
        if m and section == "baseline":
            baseline.append(m.groups())
            continue
        m = re.match(r"^    (\w+): ", s)
        if m:
            allowed = {"actors": {"name", "aliases"}, "issues": {"name", "description", "terms"}}[section]
            if m.group(1) not in allowed:
                raise ValueError(f"unexpected field {m.group(1)} in {section}")
            continue
        raise ValueError(f"unparsed watchlist line: {s!r}")
    return actors, issues, baseline


def recompute_shifts(labels, baseline):
    prev = {(a, i): s for a, i, s in baseline}
    shifts = []
    for aid in sorted(labels["claims"]):
        for c in labels["claims"][aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in prev and prev[k] != c["stance"]:
                shifts.append((c["actor"], c["issue"], prev[k], c["stance"], aid))
            prev[k] = c["stance"]
    return shifts


def validate():
    errs = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errs.append(f"{len(actors)} actors")
    if not 5 <= len(issues) <= 7:
        errs.append(f"{len(issues)} issues")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in STANCES:
            errs.append(f"bad baseline {a} {i} {s}")

    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    arts = {}
    for fn in sorted(os.listdir(os.path.join(HERE, "articles"))):
        o = json.load(open(os.path.join(HERE, "articles", fn), encoding="utf-8"))
        arts[o["id"]] = o
    ids = sorted(arts)
    if ids != [f"{n:03d}" for n in range(1, len(ids) + 1)]:
        errs.append("ids are not 001..N")
    if not 30 <= len(ids) <= 34:
        errs.append(f"{len(ids)} articles")
    pubs = [arts[i]["published"] for i in ids]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errs.append("ids not in strict publication order")
    urls = [arts[i]["url"] for i in ids]
    if len(set(urls)) != len(urls):
        errs.append("duplicate urls")
    for i in ids:
        o = arts[i]
        if set(o) != {"id", "published", "source", "url", "title", "text"}:
            errs.append(f"{i}: fields {sorted(o)}")
        n = len(o["text"].split())
        if not 120 <= n <= 260:
            errs.append(f"{i}: {n} words")
        m = DATELINE.match(o["text"])
        if not m:
            errs.append(f"{i}: bad dateline {o['text'][:60]!r}")
        elif m.group(2) != o["source"]:
            errs.append(f"{i}: dateline outlet {m.group(2)} != source {o['source']}")
        if o["source"] not in OUTLETS.values():
            errs.append(f"{i}: unknown outlet")

    if sorted(labels["claims"]) != ids:
        errs.append("claims keys != article ids")
    total = 0
    for i, cs in labels["claims"].items():
        seen = set()
        for c in cs:
            total += 1
            if set(c) != {"actor", "issue", "stance", "quote", "attributed"}:
                errs.append(f"{i}: claim fields {sorted(c)}")
            if c["actor"] not in actors:
                errs.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errs.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in STANCES:
                errs.append(f"{i}: bad stance {c['stance']}")
            if not isinstance(c["attributed"], bool):
                errs.append(f"{i}: attributed not bool")
            if c["quote"] not in arts[i]["text"]:
                errs.append(f"{i}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errs.append(f"{i}: quote over 15 words: {c['quote']!r}")
            k = (c["actor"], c["issue"])
            if k in seen:
                errs.append(f"{i}: two claims for {k}")
            seen.add(k)

    # shifts
    got = recompute_shifts(labels, baseline)
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(got) != sorted(want):
        errs.append(f"recomputed shifts differ:\n  got  {sorted(got)}\n  want {sorted(want)}")
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errs.append(f"shift with unknown actor/issue {s}")
        if not s.get("why"):
            errs.append(f"shift without why {s}")
    shift_articles = {s["article"] for s in labels["shifts"]}
    if labels["no_alert_articles"] != [i for i in ids if i not in shift_articles]:
        errs.append("no_alert_articles != all articles minus shift articles")

    # duplicates: same day, later, different outlet, identical claim tuples
    for orig, copy in DUPLICATES:
        o, c = arts[orig], arts[copy]
        if o["source"] == c["source"] or o["published"][:10] != c["published"][:10] or c["published"] <= o["published"]:
            errs.append(f"duplicate pair {orig}/{copy} not same-day later copy from another outlet")
        t = lambda x: sorted((y["actor"], y["issue"], y["stance"], y["attributed"]) for y in labels["claims"][x])
        if t(orig) != t(copy):
            errs.append(f"duplicate pair {orig}/{copy} claims differ")
    if not any(o in shift_articles for o, _ in DUPLICATES):
        errs.append("no duplicate pair is a shift article")

    # feeds
    feed_dir = os.path.join(HERE, "feeds")
    for fn in sorted(os.listdir(feed_dir)):
        r = subprocess.run(["xmllint", "--noout", os.path.join(feed_dir, fn)], capture_output=True, text=True)
        if r.returncode != 0:
            errs.append(f"xmllint {fn}: {r.stderr.strip()}")
    n_items = sum(open(os.path.join(feed_dir, fn), encoding="utf-8").read().count("<item>") for fn in os.listdir(feed_dir))
    if n_items != len(ids):
        errs.append(f"{n_items} feed items for {len(ids)} articles")

    # summary counts
    allc = [c for cs in labels["claims"].values() for c in cs]
    by = {s: sum(1 for c in allc if c["stance"] == s) for s in STANCES}
    nofalse = sum(1 for c in allc if not c["attributed"])
    empty = [i for i in ids if not labels["claims"][i]]
    if not 60 <= total <= 90:
        errs.append(f"{total} claims")
    if by["conditional"] < 6:
        errs.append("fewer than 6 conditional claims")
    if not 5 <= len(labels["shifts"]) <= 8:
        errs.append(f"{len(labels['shifts'])} shifts")
    straight = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {"support", "oppose"})
    if straight > 2:
        errs.append(f"{straight} straight support/oppose reversals")
    if not any("conditional" in (s["from"], s["to"]) for s in labels["shifts"]):
        errs.append("no shift to or from conditional")
    if not 3 <= len(empty) <= 4:
        errs.append(f"{len(empty)} no-claim articles")

    print(f"articles: {len(ids)}; claims: {total} (support {by['support']}, oppose {by['oppose']}, "
          f"conditional {by['conditional']}; attributed false {nofalse})")
    print(f"shifts: {len(labels['shifts'])} in articles {sorted(shift_articles)}; straight reversals: {straight}")
    print(f"no-claim articles: {empty}; duplicates: {DUPLICATES}")
    print(f"outlets: " + ", ".join(f"{s}={sum(1 for i in ids if arts[i]['source'] == n)}" for s, n in OUTLETS.items()))
    print("words: min %d max %d" % (min(len(arts[i]['text'].split()) for i in ids), max(len(arts[i]['text'].split()) for i in ids)))
    return errs


def main():
    write_watchlist()
    write_articles()
    write_feeds()
    write_labels()
    errs = validate()
    if errs:
        print("VALIDATION FAILED:")
        for e in errs:
            print("  -", e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
