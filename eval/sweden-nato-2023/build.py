#!/usr/bin/env python3
"""Build the sweden-nato-2023 blind evaluation set: articles/*.json, feeds/*.xml, labels.json.

Self-contained (stdlib only). Run from anywhere: python3 build.py
Also validates: quotes are exact substrings (<= 15 words), ids match files, actors/issues exist
in watchlist.yaml, shifts rest on attributed claims and follow the prevailing stance, JSON is valid.
"""
import json
import os
import re
import sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "baltic-wire": "Baltic Wire",
    "lantern-post": "Lantern Post",
    "northline-news": "Northline News",
    "tidewater-report": "Tidewater Report",
    "compass-daily": "Compass Daily",
}

S, O, C = "support", "oppose", "conditional"

# Each article: (id, published UTC, outlet slug, url slug, title, text, claims)
# claim: (actor, issue, stance, quote, attributed)
ARTICLES = []


def art(aid, published, outlet, slug, title, text, claims):
    ARTICLES.append(dict(id=aid, published=published, outlet=outlet, slug=slug,
                         title=title, text=text.strip(), claims=claims))


# ---------------------------------------------------------------- 2022
art("001", "2022-05-18T08:30:00Z", "baltic-wire", "sweden-finland-hand-in-nato-applications",
    "Sweden and Finland hand in NATO applications together",
    """
BRUSSELS, May 18 (Baltic Wire) - Sweden and Finland formally applied to join NATO on Wednesday, when their ambassadors handed their letters of application to Secretary-General Jens Stoltenberg at the alliance's headquarters in Brussels.

Stoltenberg said he warmly welcomed the two requests and called the day a historic moment for European security. He said the alliance wanted to move quickly and hoped the accession process could be completed within weeks.

In Stockholm, Prime Minister Magdalena Andersson said Sweden was applying because it wanted the security guarantees that only full membership could bring. Finnish President Sauli Niinisto said the two Nordic neighbours had chosen to walk this road hand in hand and would cross the finish line together.

The first step stalled within hours. Diplomats said Turkey had blocked an early decision by NATO ambassadors to start formal accession talks, objecting to what it describes as Nordic tolerance of Kurdish militant groups.
""",
    [("nato", "sweden-in-nato", S, "Stoltenberg said he warmly welcomed the two requests", True),
     ("sweden", "sweden-in-nato", S, "Sweden was applying because it wanted the security guarantees", True),
     ("finland", "finland-decouples", O, "had chosen to walk this road hand in hand", True),
     ("finland", "sweden-in-nato", S, "would cross the finish line together", True),
     ("turkey", "sweden-in-nato", O, "Diplomats said Turkey had blocked an early decision by NATO ambassadors", False)])

art("002", "2022-05-19T14:10:00Z", "lantern-post", "erdogan-says-no-to-nordic-applications",
    "Erdogan says Turkey will not approve Nordic NATO bids, demands return of suspects",
    """
ANKARA, May 19 (Lantern Post) - President Tayyip Erdogan said on Thursday that Turkey would not say yes to Sweden and Finland joining NATO, accusing both countries of sheltering members of groups that Ankara regards as terrorist organisations.

Swedish and Finnish delegations need not bother travelling to Ankara to change his mind, Erdogan told members of his party. He said Sweden had turned down dozens of requests to hand over people wanted by Turkish courts and said Turkey expected those people to be sent back.

Foreign Minister Mevlut Cavusoglu declined to say what steps by the two countries would satisfy Ankara.

Several European diplomats said privately that they expected Ankara to use its veto as leverage over Washington, where a request to buy new fighter jets has been pending for months.
""",
    [("turkey", "sweden-in-nato", O, "Turkey would not say yes to Sweden and Finland joining NATO", True),
     ("turkey", "pkk-extraditions", S, "said Turkey expected those people to be sent back", True)])

art("003", "2022-06-28T20:45:00Z", "baltic-wire", "turkey-lifts-veto-madrid-memorandum",
    "Turkey lifts veto on Nordic invitation after three-way memorandum in Madrid",
    """
MADRID, June 28 (Baltic Wire) - Turkey agreed on Tuesday to let NATO invite Sweden and Finland to join the alliance, after the three countries signed a memorandum on the eve of a leaders' summit in Madrid.

Erdogan's office said Turkey was backing the invitation in return for commitments on counter-terrorism and arms exports, and that it had "got what it wanted." Under the memorandum, Sweden and Finland will address Turkey's pending deportation and extradition requests expeditiously and thoroughly, in line with the European Convention on Extradition, and will not support Kurdish militias in Syria.

"I'm pleased," Stoltenberg told reporters, adding that the door was now open for the two countries to become full members.

Swedish Prime Minister Magdalena Andersson called the agreement a very important step towards membership. Niinisto said Finland was glad its neighbour would now move forward at the same pace.
""",
    [("turkey", "sweden-in-nato", C, "Turkey was backing the invitation in return for commitments", True),
     ("sweden", "pkk-extraditions", C, "address Turkey's pending deportation and extradition requests expeditiously and thoroughly", True),
     ("nato", "sweden-in-nato", S, "the door was now open for the two countries to become full members", True),
     ("sweden", "sweden-in-nato", S, "called the agreement a very important step towards membership", True),
     ("finland", "sweden-in-nato", S, "Finland was glad its neighbour would now move forward at the same pace", True)])

art("004", "2022-06-28T22:20:00Z", "tidewater-report", "ankara-drops-veto-nordic-invitation",
    "Ankara drops block on NATO invitation to Sweden and Finland after Madrid deal",
    """
MADRID, June 28 (Tidewater Report) - Turkey on Tuesday allowed NATO to invite Sweden and Finland into the alliance, after the three governments signed a memorandum in Madrid just before a summit of allied leaders.

Turkey was backing the invitation in return for commitments on counter-terrorism and arms exports, Erdogan's office said, and it had "got what it wanted." The memorandum commits Sweden and Finland to address Turkey's pending deportation and extradition requests expeditiously and thoroughly, under the European Convention on Extradition, and not to support Kurdish militias in Syria.

"I'm pleased," Stoltenberg said, telling reporters that the door was now open for the two countries to become full members.

Magdalena Andersson, Sweden's prime minister, called the agreement a very important step towards membership, while Niinisto said Finland was glad its neighbour would now move forward at the same pace.
""",
    [("turkey", "sweden-in-nato", C, "Turkey was backing the invitation in return for commitments", True),
     ("sweden", "pkk-extraditions", C, "address Turkey's pending deportation and extradition requests expeditiously and thoroughly", True),
     ("nato", "sweden-in-nato", S, "the door was now open for the two countries to become full members", True),
     ("sweden", "sweden-in-nato", S, "called the agreement a very important step towards membership", True),
     ("finland", "sweden-in-nato", S, "Finland was glad its neighbour would now move forward at the same pace", True)])

art("005", "2022-06-30T16:05:00Z", "lantern-post", "erdogan-warns-parliament-will-wait",
    "Erdogan warns Nordic membership will not reach parliament unless promises are kept",
    """
MADRID, June 30 (Lantern Post) - Erdogan said on Thursday that Turkey's parliament would not be asked to ratify Sweden's and Finland's membership unless the two countries kept the promises they made in this week's memorandum.

He told a closing news conference that Sweden had promised to hand over 73 people Turkey regards as terrorists, and that Ankara would keep count. He said Turkey expected every one of them to be sent back.

In Stockholm, Andersson said no such number appeared in the memorandum. She told Swedish radio that people living in Sweden need not worry: Sweden would follow Swedish and international law, no one would be extradited without a court's review, and Swedish citizens would never be handed over.

Finland's Niinisto said the memorandum did not list any individuals.
""",
    [("turkey", "sweden-in-nato", C, "unless the two countries kept the promises they made", True),
     ("turkey", "pkk-extraditions", S, "He said Turkey expected every one of them to be sent back", True),
     ("sweden", "pkk-extraditions", C, "no one would be extradited without a court's review", True)])

art("006", "2022-10-18T12:00:00Z", "compass-daily", "kristersson-takes-office-nato-priority",
    "Kristersson takes office in Sweden, names NATO membership his first priority",
    """
STOCKHOLM, Oct 18 (Compass Daily) - Ulf Kristersson took office as Sweden's prime minister on Tuesday and said completing the country's entry into NATO would be his government's most urgent foreign-policy task.

Kristersson named Tobias Billstrom as foreign minister. Billstrom told reporters the new government would honour every line of the Madrid memorandum and would keep a greater distance from Kurdish groups in Syria than its predecessor had.

Magdalena Andersson, who led the previous government and is now leader of the opposition Social Democrats, warned the new cabinet against offering Ankara anything beyond the memorandum. She said nobody should be sent to Turkey unless a Swedish court had approved it.

Turkey has so far ratified neither application. Twenty-eight of the thirty allies have completed ratification; Hungary's parliament has also yet to vote.
""",
    [("sweden", "sweden-in-nato", S, "completing the country's entry into NATO would be his government's most urgent", True)])

art("007", "2022-11-08T17:30:00Z", "lantern-post", "kristersson-erdogan-ankara-meeting",
    "Erdogan presses Kristersson for more steps during Ankara visit",
    """
ANKARA, Nov 8 (Lantern Post) - Erdogan told Swedish Prime Minister Ulf Kristersson on Tuesday that Turkey's approval of Sweden's membership would depend on further concrete steps, including the return of people Turkey accuses of terrorism.

At a joint news conference in the Turkish capital, Erdogan said Turkey wanted Sweden to hand over those suspects and would judge Stockholm by its deeds. He praised the new government's tone.

Kristersson said Sweden would fulfil all of its commitments under the memorandum. Asked about the extradition requests, he said those decisions belonged to independent Swedish courts applying Swedish law, and that the government could not override them.

Officials in Ankara said a joint mechanism set up under the memorandum would meet again in Stockholm before the end of the month. Analysts expect Turkey to hold off until after its elections next year.
""",
    [("turkey", "sweden-in-nato", C, "approval of Sweden's membership would depend on further concrete steps", True),
     ("turkey", "pkk-extraditions", S, "Turkey wanted Sweden to hand over those suspects", True),
     ("sweden", "pkk-extraditions", C, "those decisions belonged to independent Swedish courts applying Swedish law", True),
     ("sweden", "sweden-in-nato", S, "Sweden would fulfil all of its commitments under the memorandum", True)])

art("008", "2022-11-24T11:15:00Z", "baltic-wire", "orban-says-hungary-will-ratify-early-next-year",
    "Orban says Hungary will ratify Nordic NATO bids early next year",
    """
KOSICE, Slovakia, Nov 24 (Baltic Wire) - Hungarian Prime Minister Viktor Orban said on Thursday that Hungary supports Sweden and Finland joining NATO and that his parliament would approve their accession at the start of its first session next year.

Orban made the remarks after a meeting of Central European leaders, telling reporters the delay was technical and had nothing to do with the candidates.

Hungary and Turkey are the only two of NATO's 30 members that have not yet ratified the applications. The Hungarian parliament's spring session usually begins in February.

Opposition lawmakers in Budapest have tabled their own motions to speed up the vote, but none has been put on the agenda by the ruling Fidesz majority. The Finnish and Swedish ambassadors in Budapest have met parliamentary leaders several times since the summer.
""",
    [("hungary", "sweden-in-nato", S, "Hungary supports Sweden and Finland joining NATO", True)])

art("009", "2022-12-20T09:40:00Z", "compass-daily", "supreme-court-blocks-kenes-extradition",
    "Swedish Supreme Court blocks extradition of journalist sought by Turkey",
    """
STOCKHOLM, Dec 20 (Compass Daily) - Sweden's Supreme Court on Monday blocked the extradition of Bulent Kenes, a journalist Turkey accuses of involvement in the 2016 coup attempt, saying the charges concerned political offences and that he risked persecution.

Erdogan named Kenes during Kristersson's visit to Ankara last month as one of the people Turkey expects Sweden to return. Foreign Minister Mevlut Cavusoglu called the ruling a very negative development and said Ankara still wanted him handed over.

Foreign Minister Tobias Billstrom said the government was bound by the court's ruling. Sweden would keep processing Turkey's requests one by one, he said, and would extradite where the law and the courts allowed it.

The ruling is final. Earlier this month Sweden deported a Turkish man convicted in Turkey of PKK membership, a step Turkish officials welcomed.
""",
    [("turkey", "pkk-extraditions", S, "Ankara still wanted him handed over", True),
     ("sweden", "pkk-extraditions", C, "would extradite where the law and the courts allowed it", True)])

# ---------------------------------------------------------------- 2023
art("010", "2023-01-09T10:20:00Z", "northline-news", "kristersson-turkey-wants-too-much",
    "Kristersson says Turkey is asking for things Sweden cannot give",
    """
SALEN, Sweden, Jan 9 (Northline News) - Prime Minister Ulf Kristersson said on Sunday that Turkey was asking for things Sweden could not and would not give, but that he remained confident Ankara would eventually approve Sweden's membership.

Speaking at an annual defence conference at a ski resort in Salen, Kristersson said Turkey acknowledged that Sweden had done what it promised in Madrid. Extradition requests would continue to be decided by the courts under Swedish law, he said, and only cases that met the law's requirements could lead to a handover.

Kristersson said he was convinced Turkey would make a decision on ratification but did not know when. He added that he hoped Sweden would be a member by the NATO summit in Vilnius in July.

A new Swedish anti-terror law criminalising participation in terrorist organisations is expected to go to parliament in the spring.
""",
    [("sweden", "pkk-extraditions", C, "only cases that met the law's requirements could lead to a handover", True),
     ("sweden", "sweden-in-nato", S, "he hoped Sweden would be a member by the NATO summit in Vilnius", True)])

art("011", "2023-01-13T15:50:00Z", "lantern-post", "erdogan-effigy-stockholm-ambassador-summoned",
    "Turkey summons Swedish ambassador after effigy of Erdogan hung in Stockholm",
    """
ANKARA, Jan 13 (Lantern Post) - Turkey summoned Sweden's ambassador on Thursday after a Kurdish protest group hung an effigy of President Tayyip Erdogan by its feet from a lamppost outside Stockholm City Hall.

The foreign ministry in Ankara condemned the stunt in the strongest terms, according to state media. The speaker of Turkey's parliament cancelled a planned visit by his Swedish counterpart.

Swedish Foreign Minister Tobias Billstrom called the act abhorrent and said it put people in danger. Stockholm police said they had opened a preliminary investigation.

The group behind the protest posted a video of the stunt online and said it was aimed at what it called Sweden's bargaining with Ankara. Kurdish groups in Sweden have staged frequent protests against the Madrid memorandum since the summer.
""",
    [])

art("012", "2023-01-23T18:35:00Z", "baltic-wire", "erdogan-quran-burning-no-support",
    "Erdogan says Sweden should not expect Turkish support after Quran burning",
    """
ANKARA, Jan 23 (Baltic Wire) - Erdogan said on Monday that Sweden should no longer expect Turkey's support for its NATO membership, two days after a far-right activist burned a copy of the Quran outside the Turkish embassy in Stockholm.

Speaking after a cabinet meeting, Erdogan called the burning an insult to all Muslims. He said Sweden's authorities had allowed it to happen in front of the embassy and that Stockholm must stop permitting such acts against the holy book.

Turkey postponed a planned meeting of the three-way mechanism with Sweden and Finland.

Prime Minister Ulf Kristersson had called the burning deeply disrespectful. But he said freedom of expression was protected by the constitution and the government had no plans to outlaw such protests. The activist, Rasmus Paludan, holds Danish and Swedish citizenship and had police permission for the demonstration.
""",
    [("turkey", "sweden-in-nato", O, "Sweden should no longer expect Turkey's support for its NATO membership", True),
     ("turkey", "quran-burning-ban", S, "Stockholm must stop permitting such acts against the holy book", True),
     ("sweden", "quran-burning-ban", O, "the government had no plans to outlaw such protests", True)])

art("013", "2023-01-25T13:00:00Z", "compass-daily", "haavisto-walks-back-finland-alone-remark",
    "Haavisto says joining with Sweden is still Finland's first option",
    """
HELSINKI, Jan 25 (Compass Daily) - Finnish Foreign Minister Pekka Haavisto said on Wednesday that joining NATO together with Sweden remained Finland's first option, a day after remarks that some took as a hint Finland might go ahead alone.

On Tuesday Haavisto told a broadcaster that Finland might have to reassess the situation if Sweden's application stayed blocked for a long time. He said on Wednesday that the comment had been misread and that Helsinki had not changed its position.

Haavisto said Finland's security was tied to Sweden's, adding that Finland would keep working for both countries to be ratified.

Some Finnish commentators argued that Helsinki should be ready to accept membership on its own if Turkey offered it. President Sauli Niinisto's office declined to comment.
""",
    [("finland", "finland-decouples", O, "joining NATO together with Sweden remained Finland's first option", True),
     ("finland", "sweden-in-nato", S, "Finland would keep working for both countries to be ratified", True)])

art("014", "2023-01-26T16:45:00Z", "northline-news", "stoltenberg-quran-not-illegal-time-to-ratify",
    "Stoltenberg says it is time for Turkey to ratify, calls Quran burning offensive",
    """
BRUSSELS, Jan 26 (Northline News) - NATO Secretary-General Jens Stoltenberg said on Thursday that Sweden and Finland had delivered on their commitments and that it was time for Turkey to ratify their membership.

Stoltenberg said the Quran burning in Stockholm was offensive and objectionable. But freedom of expression was precious in all allied countries, he said, and inappropriate acts were not automatically illegal. Whether to change Swedish law was for Sweden alone to decide, he said.

Asked whether Finland could enter first, Stoltenberg said the alliance would not stand in the way of Finland's ratification going ahead separately, as long as Sweden was not left behind for long. The main goal, he said, was that both countries became members as soon as possible.
""",
    [("nato", "sweden-in-nato", S, "it was time for Turkey to ratify their membership", True),
     ("nato", "finland-decouples", C, "as long as Sweden was not left behind for long", True)])

art("015", "2023-01-30T19:10:00Z", "lantern-post", "erdogan-different-message-for-finland",
    "Erdogan signals Turkey could ratify Finland without Sweden",
    """
ANKARA, Jan 30 (Lantern Post) - Erdogan said on Sunday that Turkey might give Finland a different answer from Sweden, the strongest hint yet that Ankara could approve the Finnish application on its own.

"Sweden will be shocked," he told young supporters. He said Finland's membership could go ahead without its neighbour, while Sweden should not expect a yes from Turkey after the attacks on Turkish and Muslim values in Stockholm.

In Helsinki, Foreign Minister Pekka Haavisto said Finland and Sweden had applied together and still wanted to enter together, and that Finland would make no decision without first talking to Stockholm.

Diplomats in Brussels said the Turkish remarks were probably aimed at voters ahead of the May elections, and that the alliance was unlikely to pressure Finland to move first.
""",
    [("turkey", "finland-decouples", S, "Finland's membership could go ahead without its neighbour", True),
     ("turkey", "sweden-in-nato", O, "Sweden should not expect a yes from Turkey", True),
     ("finland", "finland-decouples", O, "still wanted to enter together", True)])

art("016", "2023-01-31T21:30:00Z", "tidewater-report", "menendez-f16-block-administration-backs-sale",
    "Administration backs F-16 sale to Turkey as Senator Menendez vows to block it",
    """
WASHINGTON, Jan 31 (Tidewater Report) - The Biden administration said on Tuesday it still supported selling new F-16 fighter jets and modernisation kits to Turkey, despite a threat from the chairman of the Senate Foreign Relations Committee to block the deal.

Senator Bob Menendez said he would not approve the roughly $20 billion sale until Turkey ratified Sweden's and Finland's membership and stopped threatening its neighbour Greece.

A State Department spokesman said the administration regarded a modern Turkish air force as in the interest of NATO, and that the sale was not tied to the Nordic applications.

In Ankara, Foreign Minister Mevlut Cavusoglu said Turkey would not accept any defence package that did not include the new jets. Analysts said Congress's resistance could push Ankara to look at European alternatives.
""",
    [("usa", "f16-sale", S, "it still supported selling new F-16 fighter jets and modernisation kits to Turkey", True),
     ("turkey", "f16-sale", S, "Turkey would not accept any defence package that did not include the new jets", True)])

art("017", "2023-03-17T16:00:00Z", "baltic-wire", "turkey-starts-finland-ratification-niinisto-ankara",
    "Turkey moves to ratify Finland's membership; Niinisto accepts going ahead alone",
    """
ANKARA, March 17 (Baltic Wire) - Erdogan said on Friday that Turkey would start ratifying Finland's NATO membership, and that a decision on Sweden would depend on the steps Stockholm takes against groups Ankara considers terrorist.

He spoke at a news conference with Finnish President Sauli Niinisto at the presidential palace in Ankara. Finland had taken concrete steps to meet its commitments, Erdogan said, and its application could now go to parliament on its own.

Niinisto thanked Erdogan and said Finland would go ahead with its accession as soon as both remaining parliaments voted, even if Sweden had to wait. He added that Finland's membership would not be complete without Sweden, and that Helsinki would keep pushing for its neighbour to follow.

Turkey's parliament is expected to vote before it breaks for the May 14 elections.
""",
    [("turkey", "sweden-in-nato", C, "a decision on Sweden would depend on the steps Stockholm takes", True),
     ("turkey", "finland-decouples", S, "its application could now go to parliament on its own", True),
     ("finland", "finland-decouples", S, "Finland would go ahead with its accession as soon as both remaining parliaments voted", True),
     ("finland", "sweden-in-nato", S, "Finland's membership would not be complete without Sweden", True)])

art("018", "2023-03-17T19:25:00Z", "northline-news", "kristersson-accepts-finland-first",
    "Kristersson says Sweden accepts Finland joining first",
    """
STOCKHOLM, March 17 (Northline News) - Prime Minister Ulf Kristersson said on Friday that Sweden accepted Finland entering NATO ahead of it, calling it a scenario the government had prepared for since January.

Kristersson told reporters in Stockholm that it was not the situation Sweden had hoped for, but one it had anticipated. He said Sweden would not stand in Finland's way, and that Finnish membership also strengthened Sweden's security.

Kristersson said Sweden's goal had not changed and that it still aimed to join before the Vilnius summit in July. Foreign Minister Tobias Billstrom said the new anti-terror bill would reach parliament within weeks.

Opposition politicians accused the government of having made too many concessions to Ankara without getting anything in return.
""",
    [("sweden", "finland-decouples", S, "Sweden accepted Finland entering NATO ahead of it", True),
     ("sweden", "sweden-in-nato", S, "it still aimed to join before the Vilnius summit in July", True)])

art("019", "2023-03-24T12:30:00Z", "lantern-post", "hungary-sweden-must-wait-grievances",
    "Hungary to vote on Finland first, says Sweden must address grievances",
    """
BUDAPEST, March 24 (Lantern Post) - Hungary will vote on Finland's NATO membership on Monday but keep Sweden waiting, government spokesman Zoltan Kovacs said on Friday, saying Swedish politicians had spent years insulting Hungary.

Budapest would put Sweden's application to a vote only once those grievances had been cleared up, Kovacs said. He cited statements by Swedish politicians questioning the rule of law in Hungary, which he said painted the country in a false light.

Mate Kocsis, who leads the ruling Fidesz party's group in parliament, said lawmakers would decide on Sweden "later."

Swedish Foreign Minister Tobias Billstrom said Stockholm had received no explanation of what Budapest wanted and had asked for clarity. In Helsinki, Foreign Minister Pekka Haavisto said he hoped Sweden would not be kept waiting long.
""",
    [("hungary", "sweden-in-nato", C, "only once those grievances had been cleared up", True),
     ("finland", "sweden-in-nato", S, "he hoped Sweden would not be kept waiting long", True)])

art("020", "2023-03-27T18:50:00Z", "compass-daily", "hungarian-parliament-ratifies-finland",
    "Hungarian parliament ratifies Finland's NATO accession; Swedish bill stays on hold",
    """
BUDAPEST, March 27 (Compass Daily) - Hungary's parliament voted 182-6 on Monday to ratify Finland's accession to NATO, leaving Turkey as the only ally yet to approve the Finnish application.

The bill on Sweden's accession remains on the parliament's agenda but no date has been set for a vote. A spokesman for Prime Minister Viktor Orban declined to say when it would be scheduled.

Several opposition lawmakers said the delay on Sweden damaged Hungary's standing in the alliance. The small far-right Our Homeland party voted against Finland's membership.

Earlier this month Fidesz lawmakers said they wanted to hear from Swedish and Finnish officials about criticism of Hungary's democracy before voting. Turkish lawmakers are expected to vote on Finland later this week.
""",
    [])

art("021", "2023-06-29T14:20:00Z", "baltic-wire", "quran-burning-eid-stockholm-mosque",
    "Quran burned outside Stockholm mosque on Eid; Ankara condemns",
    """
STOCKHOLM, June 29 (Baltic Wire) - A man tore pages from a Quran and set them alight outside Stockholm's largest mosque on Wednesday, the first day of the Eid al-Adha holiday, prompting condemnation from Turkey and other Muslim-majority countries.

Police had granted the protest a permit after a court ruled that earlier bans breached the right to demonstrate. The organiser, an Iraqi man living in Sweden, was later reported for agitation against an ethnic group.

Turkish Foreign Minister Hakan Fidan said it was unacceptable to allow anti-Islamic acts under the pretext of freedom of expression and said Sweden must prevent them.

Prime Minister Ulf Kristersson said the burning was legal but not appropriate. Foreign Minister Tobias Billstrom said the government had no plans to change the constitution's protections for assembly and speech.

The burning came two weeks before the NATO summit in Vilnius.
""",
    [("turkey", "quran-burning-ban", S, "said Sweden must prevent them", True),
     ("sweden", "quran-burning-ban", O, "the government had no plans to change the constitution's protections", True)])

art("022", "2023-07-10T21:40:00Z", "northline-news", "vilnius-erdogan-agrees-forward-protocol",
    "Erdogan agrees in Vilnius to send Sweden's protocol to parliament",
    """
VILNIUS, July 10 (Northline News) - Turkey agreed on Monday evening to send Sweden's NATO accession protocol to its parliament, NATO Secretary-General Jens Stoltenberg announced after a meeting with Erdogan and Kristersson on the eve of the alliance's summit.

Stoltenberg called it a historic step and said Sweden's full membership was now within reach. Under a joint statement, Sweden will support efforts to revive Turkey's bid to join the European Union and step up counter-terrorism cooperation.

Erdogan's office said in its own readout that ratification would depend on Sweden carrying out the steps it had agreed to. Kristersson said it was a very good day for Sweden.

In a separate statement, White House national security adviser Jake Sullivan said the United States would move forward with the transfer of F-16s to Turkey in consultation with Congress.
""",
    [("nato", "sweden-in-nato", S, "Sweden's full membership was now within reach", True),
     ("turkey", "sweden-in-nato", C, "ratification would depend on Sweden carrying out the steps it had agreed to", True),
     ("sweden", "sweden-in-nato", S, "Kristersson said it was a very good day for Sweden", True),
     ("usa", "f16-sale", S, "would move forward with the transfer of F-16s to Turkey", True)])

art("023", "2023-07-12T17:05:00Z", "compass-daily", "erdogan-parliament-october-szijjarto",
    "Erdogan says parliament will take up Sweden in autumn; Hungary says it will not hold out",
    """
VILNIUS, July 12 (Compass Daily) - Erdogan said on Wednesday that Turkey's parliament would not take up Sweden's accession before October, and that the vote would depend on Stockholm keeping its promises.

He told a closing news conference that Sweden had to show it would act against Kurdish militants. He said Turkey also expected Washington to deliver the F-16 jets it had requested, while insisting the two matters were separate.

Hungarian Foreign Minister Peter Szijjarto said Hungary would not be the last country to ratify and that its vote would follow once Turkey's was settled.

Diplomats said they expected the Turkish vote to slip further if Congress kept delaying the jets. The summit ended with a promise to invite Ukraine when allies agree and conditions are met.
""",
    [("turkey", "sweden-in-nato", C, "the vote would depend on Stockholm keeping its promises", True),
     ("turkey", "f16-sale", S, "Turkey also expected Washington to deliver the F-16 jets it had requested", True),
     ("hungary", "sweden-in-nato", C, "its vote would follow once Turkey's was settled", True)])

art("024", "2023-08-01T13:45:00Z", "lantern-post", "sweden-reviews-public-order-law-quran",
    "Sweden to review law so police can stop Quran burnings that threaten security",
    """
STOCKHOLM, Aug 1 (Lantern Post) - Sweden will consider changing its public order law so that police can refuse permits for protests involving the burning of holy books when they pose a clear threat to national security, Prime Minister Ulf Kristersson said on Tuesday.

Kristersson said Sweden would not reintroduce a blasphemy law, but that such burnings could be stopped if they put Swedes at risk. The justice ministry would report back within months, he said.

The announcement followed weeks of anger in Muslim countries over a string of burnings in Stockholm.

In Copenhagen, the Danish government said it was drafting a law to criminalise the improper treatment of religious texts.

Turkey had repeatedly urged Sweden to act. Fidan told Billstrom by phone last month that such acts were poisoning relations.
""",
    [("sweden", "quran-burning-ban", C, "such burnings could be stopped if they put Swedes at risk", True)])

art("025", "2023-10-23T20:15:00Z", "baltic-wire", "erdogan-sends-sweden-protocol-to-parliament",
    "Erdogan sends Sweden's NATO protocol to Turkish parliament",
    """
ANKARA, Oct 23 (Baltic Wire) - Erdogan signed Sweden's NATO accession protocol on Monday and sent it to parliament, more than three months after promising to do so at the Vilnius summit.

The protocol will first go to the foreign affairs committee. Foreign Minister Hakan Fidan said lawmakers would examine whether Sweden had met its commitments before any vote. He declined to say when the full assembly would take it up.

NATO Secretary-General Jens Stoltenberg welcomed the move and said he looked forward to a swift vote and to Sweden's membership.

Analysts in Ankara said the government was likely to time the final vote to progress on the F-16 request in Washington. Sweden's foreign ministry said it welcomed the news.
""",
    [("turkey", "sweden-in-nato", C, "lawmakers would examine whether Sweden had met its commitments before any vote", True),
     ("nato", "sweden-in-nato", S, "looked forward to a swift vote and to Sweden's membership", True)])

art("026", "2023-12-08T11:00:00Z", "tidewater-report", "erdogan-links-sweden-vote-f16",
    "Erdogan ties Sweden vote to US action on F-16s",
    """
ANKARA, Dec 8 (Tidewater Report) - Erdogan on Friday openly tied his parliament's vote on Sweden's NATO membership to US approval of the F-16 jets Turkey has sought for two years.

If the US Congress approves the F-16 sale, he told reporters, Turkey's parliament would act on Sweden. He said Washington and Ottawa, which restricts some defence exports to Turkey, should lift the obstacles at the same time.

He said Turkey still wanted the new jets and modernisation kits, and that it had waited patiently.

The parliament's foreign affairs committee postponed a debate on the protocol last month, with its chairman saying lawmakers wanted to hear more from Sweden. Sweden says it has done its part. Greek officials have long opposed the sale, and analysts said the linkage had been an open secret for months.
""",
    [("turkey", "sweden-in-nato", C, "Turkey's parliament would act on Sweden", True),
     ("turkey", "f16-sale", S, "Turkey still wanted the new jets and modernisation kits", True)])

# ---------------------------------------------------------------- 2024
art("027", "2024-01-23T21:10:00Z", "baltic-wire", "turkish-parliament-ratifies-sweden",
    "Turkish parliament ratifies Sweden's NATO membership",
    """
ANKARA, Jan 23 (Baltic Wire) - Turkey's parliament voted 287-55 on Tuesday to ratify Sweden's accession to NATO, 20 months after the Nordic country applied.

Erdogan is expected to sign the law within days. Kristersson welcomed the vote, saying Sweden was now one step away from membership, and NATO Secretary-General Jens Stoltenberg said he looked forward to Sweden becoming an ally very soon.

The vote came four weeks after the foreign affairs committee approved the protocol. Lawmakers from the governing party and its nationalist ally backed it, while some opposition and pro-Kurdish deputies voted against.

Only Hungary has yet to ratify. Hungarian officials have said Hungary will not be the last to approve, but the parliament in Budapest is in recess until mid-February.
""",
    [("turkey", "sweden-in-nato", S, "Turkey's parliament voted 287-55 on Tuesday to ratify Sweden's accession to NATO", True),
     ("sweden", "sweden-in-nato", S, "Sweden was now one step away from membership", True),
     ("nato", "sweden-in-nato", S, "he looked forward to Sweden becoming an ally very soon", True)])

art("028", "2024-01-24T15:35:00Z", "tidewater-report", "orban-invites-kristersson-to-negotiate",
    "Orban invites Kristersson to Budapest to negotiate on accession",
    """
BUDAPEST, Jan 24 (Tidewater Report) - Hungarian Prime Minister Viktor Orban said on Tuesday he had sent a letter inviting Swedish Prime Minister Ulf Kristersson to Budapest to negotiate over Sweden's NATO accession.

Orban wrote on social media that he had spoken with Stoltenberg and that Hungary would move on ratification once the two sides had talked. He did not name a date.

Stoltenberg said he expected Hungary to complete ratification quickly.

In Stockholm, Foreign Minister Tobias Billstrom said he saw no reason to negotiate with Hungary at this point, though Sweden was happy to keep a dialogue going. The opposition in Budapest accused Orban of stalling. Hungary's parliament is not due to meet until late February, and the government has not called a special session.
""",
    [("hungary", "sweden-in-nato", C, "Hungary would move on ratification once the two sides had talked", True),
     ("nato", "sweden-in-nato", S, "he expected Hungary to complete ratification quickly", True)])

art("029", "2024-01-26T22:10:00Z", "northline-news", "state-department-notifies-f16-sale",
    "US formally notifies Congress of $23 billion F-16 sale to Turkey",
    """
WASHINGTON, Jan 26 (Northline News) - The State Department formally notified Congress on Friday of a $23 billion sale of 40 new F-16 fighter jets and 79 modernisation kits to Turkey, hours after Ankara deposited its instrument ratifying Sweden's NATO membership.

The department also notified Congress of an $8.6 billion sale of F-35 jets to Greece.

Senator Ben Cardin, who now chairs the Senate Foreign Relations Committee, said he had cleared the Turkish sale after receiving assurances from the administration. Senator Bob Menendez, his predecessor, said he still had doubts about Turkey's record.

Turkish Foreign Minister Hakan Fidan welcomed the notification and said Turkey looked forward to taking delivery of the jets. Turkey first asked to buy the jets in October 2021, after being removed from the F-35 programme.
""",
    [("usa", "f16-sale", S, "The State Department formally notified Congress on Friday of a $23 billion sale", True),
     ("turkey", "f16-sale", S, "Turkey looked forward to taking delivery of the jets", True)])

art("030", "2024-01-26T23:50:00Z", "compass-daily", "washington-clears-turkey-f16-deal",
    "Washington clears $23 billion F-16 deal for Turkey after Sweden ratification",
    """
WASHINGTON, Jan 26 (Compass Daily) - The State Department formally notified Congress on Friday of a $23 billion sale of 40 new F-16 jets and 79 modernisation kits to Turkey, hours after Ankara lodged its instrument ratifying Sweden's membership of NATO.

It also told Congress of an $8.6 billion sale of F-35 fighters to Greece.

Senator Ben Cardin, the current chairman of the Senate Foreign Relations Committee, said he had cleared the Turkish sale after receiving assurances from the administration, while Senator Bob Menendez, the previous chairman, said he still doubted Turkey's record.

Hakan Fidan, Turkey's foreign minister, welcomed the step and said Turkey looked forward to taking delivery of the jets. Ankara first requested them in October 2021, after its removal from the F-35 programme.
""",
    [("usa", "f16-sale", S, "The State Department formally notified Congress on Friday of a $23 billion sale", True),
     ("turkey", "f16-sale", S, "Turkey looked forward to taking delivery of the jets", True)])

art("031", "2024-02-05T16:25:00Z", "lantern-post", "fidesz-boycotts-special-session-sweden",
    "Hungarian ruling party boycotts special session on Sweden's NATO bid",
    """
BUDAPEST, Feb 5 (Lantern Post) - An extraordinary session of Hungary's parliament called by opposition parties to vote on Sweden's NATO accession failed on Monday after lawmakers of the ruling Fidesz party stayed away, leaving the chamber without a quorum.

Opposition leaders accused the government of embarrassing Hungary in front of its allies. Fidesz lawmakers said the session was a political stunt and that the question would be settled in the regular spring session.

A government spokesman declined to comment on the timing of a vote.

The US ambassador in Budapest attended the session from the gallery. In Stockholm, Foreign Minister Tobias Billstrom said he had noted the outcome and had nothing to add. The regular spring session opens on February 26.
""",
    [])

art("032", "2024-02-19T10:55:00Z", "baltic-wire", "us-senators-budapest-orban-no-meeting",
    "US senators visit Budapest to press for Sweden vote; Orban does not meet them",
    """
BUDAPEST, Feb 19 (Baltic Wire) - A bipartisan delegation of US senators visited Budapest on Sunday to urge Hungary to ratify Sweden's NATO membership, but no member of Orban's government met them.

Senator Jeanne Shaheen said Hungary was isolating itself. US Ambassador David Pressman said the United States wanted Hungary to ratify Sweden's accession without further delay.

Orban said in his annual state-of-the-nation address on Saturday that Kristersson's visit to Budapest on Friday would help restore the trust needed before parliament could vote. He said the two leaders would also discuss defence cooperation.

Analysts said a vote could come as early as next week. Kristersson's office confirmed the trip but gave no details of the agenda, and Swedish officials repeated that their membership was not up for negotiation.
""",
    [("usa", "sweden-in-nato", S, "the United States wanted Hungary to ratify Sweden's accession without further delay", True),
     ("hungary", "sweden-in-nato", C, "would help restore the trust needed before parliament could vote", True)])

art("033", "2024-02-23T15:40:00Z", "northline-news", "kristersson-orban-budapest-gripen",
    "Orban backs Sweden's NATO entry after Kristersson visit, Gripen deal",
    """
BUDAPEST, Feb 23 (Northline News) - Viktor Orban said on Friday that Hungary now supports Sweden's membership of NATO and that his parliament would ratify it on Monday, after a meeting with Ulf Kristersson in Budapest.

The two leaders announced that Hungary would buy four more Swedish-made Gripen fighter jets. Orban said trust between the two countries had been restored and that they were ready to fight and die for each other.

Kristersson said the meeting had not been a negotiation about Sweden's membership, but a discussion between future allies. He said Sweden looked forward to joining.

Hungary's parliament has been the last obstacle since Turkey ratified last month. The deal also extends a service contract for the 14 Gripens Hungary already leases.
""",
    [("hungary", "sweden-in-nato", S, "Hungary now supports Sweden's membership of NATO", True),
     ("sweden", "sweden-in-nato", S, "He said Sweden looked forward to joining", True)])

art("034", "2024-02-26T17:30:00Z", "tidewater-report", "hungary-parliament-ratifies-sweden",
    "Hungary's parliament approves Sweden's NATO membership",
    """
BUDAPEST, Feb 26 (Tidewater Report) - Hungary's parliament voted 188-6 on Monday to approve Sweden's membership of NATO, clearing the last hurdle to the alliance's expansion to 32 members.

Kristersson called it a historic day. Stoltenberg said Sweden's membership would make the whole alliance stronger and safer.

The bill still needs the signature of Hungary's president, a formality expected within days. Six deputies of the far-right Our Homeland party voted against.

Sweden can formally join once it deposits its instrument of accession in Washington. Orban's Fidesz party and its junior partner voted in favour after weeks of delay.

In Moscow, the Kremlin said it would watch how allied forces were deployed in Sweden and respond accordingly. The alliance had 30 members when Russia launched its full-scale invasion of Ukraine in February 2022.
""",
    [("hungary", "sweden-in-nato", S, "voted 188-6 on Monday to approve Sweden's membership of NATO", True),
     ("sweden", "sweden-in-nato", S, "Kristersson called it a historic day", True),
     ("nato", "sweden-in-nato", S, "Sweden's membership would make the whole alliance stronger and safer", True)])

art("035", "2024-03-07T18:15:00Z", "compass-daily", "sweden-becomes-32nd-ally",
    "Sweden becomes NATO's 32nd member",
    """
WASHINGTON, March 7 (Compass Daily) - Sweden became NATO's 32nd member on Thursday when Prime Minister Ulf Kristersson handed the instrument of accession to Secretary of State Antony Blinken at the State Department in Washington.

"Good things come to those who wait," Blinken said, welcoming Sweden into the alliance. Kristersson said Sweden was now ready to share burdens, responsibilities and risks with its allies.

President Joe Biden was due to welcome Sweden's entry in his State of the Union address later in the day. The Swedish flag will be raised at NATO headquarters in Brussels on Monday.

Finland joined the alliance last April, after Turkey ratified its membership separately. Hungary's president signed the ratification law on Tuesday. Sweden had applied to join nearly 22 months earlier.
""",
    [("usa", "sweden-in-nato", S, "welcoming Sweden into the alliance", True),
     ("sweden", "sweden-in-nato", S, "Sweden was now ready to share burdens, responsibilities and risks", True)])

SHIFTS = [
    dict(actor="turkey", issue="sweden-in-nato", **{"from": O}, to=C, article="003",
         why="Erdogan's office says Turkey backs the invitation in return for commitments (Madrid memorandum); in 002 Erdogan said Turkey would not say yes."),
    dict(actor="turkey", issue="sweden-in-nato", **{"from": C}, to=O, article="012",
         why="After the Quran burning Erdogan says Sweden should no longer expect Turkey's support, with no condition attached; since 003 (005, 007) approval was tied to promises and steps."),
    dict(actor="turkey", issue="sweden-in-nato", **{"from": O}, to=C, article="017",
         why="Erdogan says a decision on Sweden would depend on the steps Stockholm takes; in 012 and 015 he ruled out support."),
    dict(actor="finland", issue="finland-decouples", **{"from": O}, to=S, article="017",
         why="Niinisto says Finland will go ahead with its accession even if Sweden has to wait; baseline and 001/013/015 insisted on joining together."),
    dict(actor="hungary", issue="sweden-in-nato", **{"from": S}, to=C, article="019",
         why="Government spokesman Kovacs says Budapest will vote on Sweden only once grievances are cleared up; in 008 Orban said Hungary supports and would ratify early in the year."),
    dict(actor="sweden", issue="quran-burning-ban", **{"from": O}, to=C, article="024",
         why="Kristersson says burnings could be stopped if they put Swedes at risk (public order law review); in 012 and 021 the government ruled out outlawing such protests or changing the law."),
    dict(actor="turkey", issue="sweden-in-nato", **{"from": C}, to=S, article="027",
         why="Turkey's parliament ratifies Sweden's accession 287-55 (formal act); from 017 to 026 the vote was tied to Sweden's steps and then to the F-16s."),
    dict(actor="hungary", issue="sweden-in-nato", **{"from": C}, to=S, article="033",
         why="Orban says Hungary now supports Sweden's membership and parliament will ratify on Monday; in 019, 023, 028 and 032 the vote waited on grievances, Turkey, talks or trust."),
]


# ---------------------------------------------------------------- build + validate
def url_of(a):
    y, m, d = a["published"][:10].split("-")
    return f"https://example.org/{a['outlet']}/{y}/{m}/{d}/{a['slug']}"


def load_watchlist_ids(path):
    """Tiny reader for our own watchlist.yaml (no PyYAML dependency)."""
    text = open(path, encoding="utf-8").read()
    actors_part = text.split("\nissues:")[0]
    issues_part = text.split("\nissues:")[1].split("\nbaseline:")[0]
    baseline_part = text.split("\nbaseline:")[1]
    actors = re.findall(r"^  - id: (\S+)", actors_part, re.M)
    issues = re.findall(r"^  - id: (\S+)", issues_part, re.M)
    baseline = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\w+)\}", baseline_part)
    return set(actors), set(issues), {(a, i): s for a, i, s in baseline}


def main():
    errors = []
    actors, issues, baseline = load_watchlist_ids(os.path.join(HERE, "watchlist.yaml"))
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        os.remove(os.path.join(HERE, "articles", f))

    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]:
        errors.append("ids not consecutive")
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs):
        errors.append("ids not in publication order")

    claims = {}
    for a in ARTICLES:
        n = len(a["text"].split())
        if not 120 <= n <= 260:
            errors.append(f"{a['id']}: {n} words")
        src = OUTLETS[a["outlet"]]
        if f"({src}) - " not in a["text"].split("\n")[0]:
            errors.append(f"{a['id']}: dateline outlet mismatch")
        doc = {"id": a["id"], "published": a["published"], "source": src, "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        out = []
        seen = set()
        for actor, issue, stance, quote, attributed in a["claims"]:
            if actor not in actors:
                errors.append(f"{a['id']}: unknown actor {actor}")
            if issue not in issues:
                errors.append(f"{a['id']}: unknown issue {issue}")
            if stance not in (S, O, C):
                errors.append(f"{a['id']}: bad stance {stance}")
            if quote not in a["text"]:
                errors.append(f"{a['id']}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{a['id']}: quote > 15 words: {quote!r}")
            if (actor, issue) in seen:
                errors.append(f"{a['id']}: two claims for {actor}/{issue}")
            seen.add((actor, issue))
            out.append({"actor": actor, "issue": issue, "stance": stance, "quote": quote,
                        "attributed": attributed})
        claims[a["id"]] = out

    # replay prevailing stances: every change of an attributed stance must be a labelled shift, and vice versa
    dup_of = {"004": "003", "030": "029"}
    prevailing = dict(baseline)
    derived = []
    for a in ARTICLES:
        if a["id"] in dup_of:
            if claims[a["id"]] != claims[dup_of[a["id"]]]:
                errors.append(f"{a['id']}: duplicate claims differ from {dup_of[a['id']]}")
            continue
        for c in claims[a["id"]]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            if key in prevailing and prevailing[key] != c["stance"]:
                derived.append((c["actor"], c["issue"], prevailing[key], c["stance"], a["id"]))
            prevailing[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(derived) != sorted(labelled):
        errors.append(f"shift replay mismatch:\n derived {derived}\n labelled {labelled}")

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [i for i in ids if i not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))

    for slug, name in OUTLETS.items():
        items = [a for a in ARTICLES if a["outlet"] == slug]
        last = max(datetime.fromisoformat(a["published"].replace("Z", "+00:00")) for a in items)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>",
                 f"    <link>https://example.org/{slug}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch sweden-nato-2023 evaluation set</description>",
                 "    <language>en</language>",
                 f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>"]
        for a in sorted(items, key=lambda x: x["published"], reverse=True):
            when = datetime.fromisoformat(a["published"].replace("Z", "+00:00")).astimezone(timezone.utc)
            u = url_of(a)
            lines += ["    <item>",
                      f"      <title>{escape(a['title'])}</title>",
                      f"      <link>{escape(u)}</link>",
                      f'      <guid isPermaLink="true">{escape(u)}</guid>',
                      f"      <pubDate>{format_datetime(when, usegmt=True)}</pubDate>",
                      f"      <description>{escape(a['text'])}</description>",
                      "    </item>"]
        lines += ["  </channel>", "</rss>", ""]
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))

    n_claims = sum(len(v) for v in claims.values())
    by = {st: sum(1 for v in claims.values() for c in v if c["stance"] == st) for st in (S, O, C)}
    unattr = sum(1 for v in claims.values() for c in v if not c["attributed"])
    empty = [k for k, v in claims.items() if not v]
    print(f"articles {len(ARTICLES)}, claims {n_claims} {by}, unattributed {unattr}, "
          f"shifts {len(SHIFTS)} in {len(shift_articles)} articles, empty {empty}")
    if errors:
        print("ERRORS:\n" + "\n".join(errors))
        sys.exit(1)
    print("validation OK")


if __name__ == "__main__":
    main()
