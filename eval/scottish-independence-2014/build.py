#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set scottish-independence-2014.

Standard library only. Holds the articles and labels as data and writes:
  articles/NNN.json, feeds/<outlet>.xml, labels.json
then validates the set (quotes, word counts, datelines, ids, watchlist references,
shift recomputation, no_alert_articles, duplicates, xmllint). Exits non-zero on any error.

Usage: python3 build.py
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
BASE_URL = "https://example.org"

OUTLETS = {
    "firth-wire": "Firth Wire",
    "castlegate-review": "Castlegate Review",
    "tolbooth-times": "Tolbooth Times",
    "meadowbank-bulletin": "Meadowbank Bulletin",
    "north-channel-press": "North Channel Press",
}

# ---------------------------------------------------------------------------
# Articles, in publication order. Each text is a list of paragraphs.
# ---------------------------------------------------------------------------
ARTICLES = [
    {
        "id": "001", "published": "2014-01-13T16:20:00Z", "outlet": "firth-wire",
        "slug": "treasury-to-honour-all-uk-debt",
        "title": "Treasury pledges to honour all UK debt whatever Scotland decides",
        "text": [
            "LONDON, Jan 13 (Firth Wire) - The Treasury said on Monday that the UK government would stand behind every gilt it has issued, even if Scots vote for independence in September, in a move meant to calm bond investors.",
            "In a statement, the Treasury said the continuing UK would honour the debt in full and would expect an independent Scotland to negotiate a fair and proportionate share of the repayments.",
            "Chief Secretary to the Treasury Danny Alexander said a formal currency union with an independent Scotland would only be considered if Edinburgh accepted tight limits on its borrowing, and even then it was far from clear that it would serve the rest of the country.",
            "Scotland's Finance Secretary John Swinney welcomed the clarity on debt. He said an independent Scotland would pay its share, and that keeping the pound in a formal currency union remained the best arrangement for both sides.",
            "The Scottish government set out its plan to share sterling and the Bank of England in a white paper published in November.",
            "Investors had asked for clarity after warnings that doubts over the debt could push up borrowing costs.",
        ],
    },
    {
        "id": "002", "published": "2014-01-29T15:05:00Z", "outlet": "tolbooth-times",
        "slug": "carney-shared-pound-needs-sovereignty-ceded",
        "title": "Carney says a shared pound would need Scotland to give up some sovereignty",
        "text": [
            "EDINBURGH, Jan 29 (Tolbooth Times) - Bank of England Governor Mark Carney said on Wednesday that a lasting currency union between an independent Scotland and the rest of the UK would require Edinburgh to cede some national sovereignty.",
            "Speaking to business leaders in Edinburgh, Carney stressed that the choice of monetary arrangements was for elected governments, not for the central bank. The Bank would implement whatever the two governments agreed, he said, but a durable union would need shared rules on tax and spending, a common backstop for banks and a way to pool fiscal risks.",
            "He pointed to the euro zone, where countries had shared a currency without those foundations and had suffered for it.",
            "First Minister Alex Salmond, who met Carney before the speech, said the governor had made a practical and technical contribution. He said the speech showed the Scottish government's plan for a sterling currency union could work, and that it remained the right choice for Scotland and for the rest of the UK.",
            "Carney did not say how the Bank would respond to a vote for independence, and he declined to comment on the Treasury's debt statement earlier this month.",
        ],
    },
    {
        "id": "003", "published": "2014-02-07T13:40:00Z", "outlet": "meadowbank-bulletin",
        "slug": "cameron-appeals-to-rest-of-uk",
        "title": "Cameron appeals to rest of UK to urge Scots to stay",
        "text": [
            "LONDON, Feb 7 (Meadowbank Bulletin) - Prime Minister David Cameron on Friday urged people in England, Wales and Northern Ireland to tell friends and relatives in Scotland that they wanted them to remain part of the United Kingdom.",
            "Speaking at the Olympic Park in east London, Cameron said the UK was stronger together and that losing Scotland would diminish the whole country. He said he would fight with everything he had to keep the union intact.",
            "Asked whether the government would rule out sharing the pound, Cameron declined to say, telling reporters that the chancellor would set out the Treasury's analysis in due course. He said his government was open to looking at further powers for Holyrood, but only once the referendum had been settled.",
            "In Edinburgh, Scottish Labour leader Johann Lamont said her party's devolution commission would back new tax powers for the Scottish Parliament only where they did not break the pooling of resources across the UK.",
            "Alex Salmond said the speech had been delivered from 400 miles away by a prime minister who refused to debate him on television. Independence, the First Minister said, was the only way to ensure that Scotland always got the governments it voted for.",
        ],
    },
    {
        "id": "004", "published": "2014-02-13T10:45:00Z", "outlet": "firth-wire",
        "slug": "osborne-rules-out-currency-union",
        "title": "Osborne rules out currency union with an independent Scotland",
        "text": [
            "EDINBURGH, Feb 13 (Firth Wire) - Chancellor George Osborne said on Thursday that an independent Scotland would not be able to keep the pound in a formal currency union with the rest of the UK, hardening a position the Treasury had until now left open.",
            "In a speech in Edinburgh, Osborne said that if Scotland walked away from the UK it would be walking away from the pound. He said the Scottish government should now tell voters what currency it would use instead.",
            "He published advice from the Treasury's most senior civil servant arguing that a currency union would expose taxpayers in the rest of the UK to unacceptable risks.",
            "Danny Alexander, the Liberal Democrat chief secretary to the Treasury, endorsed the decision. Labour's shadow chancellor Ed Balls said a Labour government would not agree to a currency union either.",
            "A spokesman for First Minister Alex Salmond called the speech a campaign of bluff and bullying. He said the Scottish government had no intention of abandoning its plan to share sterling, which he said was as much in England's interest as Scotland's.",
        ],
    },
    {
        "id": "005", "published": "2014-02-13T14:30:00Z", "outlet": "castlegate-review",
        "slug": "osborne-scotland-would-lose-the-pound",
        "title": "Osborne says Scotland would lose the pound if it leaves the UK",
        "text": [
            "EDINBURGH, Feb 13 (Castlegate Review) - An independent Scotland could not keep the pound in a formal currency union with the remaining UK, Chancellor George Osborne said on Thursday, toughening a stance the Treasury had previously left open.",
            "Osborne told an audience in Edinburgh that a Scotland which walked away from the UK would also walk away from the pound, and he said the Scottish government should now tell voters what currency it would use instead.",
            "He released advice from the Treasury's top civil servant, who said a currency union would leave taxpayers in the rest of the UK exposed to unacceptable risks.",
            "The Liberal Democrat Danny Alexander, chief secretary to the Treasury, backed the decision, and Labour's Ed Balls, the shadow chancellor, said a Labour government would not agree to a currency union either.",
            "A spokesman for First Minister Alex Salmond dismissed the speech as bluff and bullying, and said the Scottish government had no intention of abandoning its plan to share sterling, which he argued suited England as much as Scotland.",
        ],
    },
    {
        "id": "006", "published": "2014-02-16T11:50:00Z", "outlet": "north-channel-press",
        "slug": "barroso-scotland-would-struggle-to-join-eu",
        "title": "Barroso says independent Scotland would struggle to join EU",
        "text": [
            "LONDON, Feb 16 (North Channel Press) - European Commission President Jose Manuel Barroso said on Sunday it would be extremely difficult, if not impossible, for an independent Scotland to join the European Union.",
            "In a television interview, Barroso said a new state emerging from an existing member would have to apply for membership like any other candidate, and that its application would need the approval of every existing member.",
            "He compared the situation with that of Kosovo, which several EU governments still refuse to recognise. Spain, which faces a separatist challenge in Catalonia, has said a breakaway region would have to apply from outside the bloc.",
            "Scotland's Finance Secretary John Swinney called the remarks preposterous. He said the Scottish government still expected an independent Scotland to negotiate its terms from inside the EU during an 18-month transition, without leaving and reapplying.",
            "The UK government's own legal advice, published last year, concluded that Scotland would be a new state. A Downing Street spokesman declined to comment on Barroso's remarks.",
        ],
    },
    {
        "id": "007", "published": "2014-02-16T15:35:00Z", "outlet": "tolbooth-times",
        "slug": "barroso-scottish-eu-membership-extremely-difficult",
        "title": "EU's Barroso: Scottish membership would be 'extremely difficult'",
        "text": [
            "LONDON, Feb 16 (Tolbooth Times) - An independent Scotland would find it extremely difficult, if not impossible, to become a member of the European Union, European Commission President Jose Manuel Barroso said on Sunday.",
            "Barroso told a television interviewer that a new state carved out of an existing member would have to apply for membership like any other candidate, and that every member state would have to approve its application.",
            "He drew a comparison with Kosovo, which a number of EU governments have still not recognised. Spain, which is facing a separatist movement in Catalonia, has said a breakaway region would have to apply from outside the bloc.",
            "John Swinney, Scotland's Finance Secretary, described the comments as preposterous, saying the Scottish government still expected an independent Scotland to negotiate its terms from inside the EU during an 18-month transition rather than leave and reapply.",
            "Legal advice published by the UK government last year found that Scotland would be a new state. Downing Street declined to comment on Barroso's interview.",
        ],
    },
    {
        "id": "008", "published": "2014-02-17T18:00:00Z", "outlet": "castlegate-review",
        "slug": "salmond-warns-on-debt-if-denied-pound",
        "title": "Salmond warns Scotland could walk away from UK debt if denied the pound",
        "text": [
            "ABERDEEN, Feb 17 (Castlegate Review) - First Minister Alex Salmond said on Monday that his government would not drop its plan for a currency union, and warned that an independent Scotland might refuse to take on its share of UK debt if London persisted in blocking it.",
            "In a speech in Aberdeen, Salmond said the chancellor had ruled out sharing the pound as a campaign tactic and would think again after a Yes vote. He said a currency union was in the interests of businesses on both sides of the border, which trade tens of billions of pounds of goods and services with each other every year.",
            "Salmond said his warning on debt was not a threat but a matter of fairness: Scotland would accept a share of the liabilities only if it also received a share of the assets, including the Bank of England.",
            "His advisers said the Scottish government had modelled several options but that none was as good for Scottish exporters as a shared currency.",
            "Business groups said the row was adding to uncertainty for companies that sell goods across the border.",
        ],
    },
    {
        "id": "009", "published": "2014-03-18T12:15:00Z", "outlet": "meadowbank-bulletin",
        "slug": "scottish-labour-backs-income-tax-powers",
        "title": "Scottish Labour backs handing Holyrood more income tax powers",
        "text": [
            "EDINBURGH, March 18 (Meadowbank Bulletin) - Scottish Labour on Tuesday came out in favour of giving the Scottish Parliament control over three quarters of basic-rate income tax, ending two years of internal debate over how far devolution should go.",
            "Presenting the final report of the party's devolution commission in Edinburgh, leader Johann Lamont said Labour would hand Holyrood the power to raise or cut income tax rates and to take over housing benefit and attendance allowance. She said the plan would make the parliament more accountable for the money it spends.",
            "Until now the party had said only that it was willing to consider new tax powers if they did not weaken the sharing of resources across the UK.",
            "Lamont said the proposals proved that Scots could have a stronger parliament without leaving the United Kingdom.",
            "Deputy First Minister Nicola Sturgeon said the report showed that Labour was split over devolution. She said only independence would give Scotland's parliament the tools to grow the economy and protect the welfare state.",
        ],
    },
    {
        "id": "010", "published": "2014-03-29T11:30:00Z", "outlet": "firth-wire",
        "slug": "uk-minister-concedes-currency-union-report",
        "title": "UK minister concedes Scotland would keep the pound - report",
        "text": [
            "LONDON, March 29 (Firth Wire) - An unnamed UK government minister has predicted that London and Edinburgh would end up agreeing to share the pound if Scotland voted for independence, according to a newspaper report published on Saturday, contradicting the chancellor's public position.",
            "The minister was quoted as suggesting that a currency deal might be struck in exchange for allowing Trident submarines to stay at Faslane, on the Clyde.",
            "The Treasury said the report was wrong. A spokesman said there would be no currency union, and that the position set out by George Osborne in February had not changed. The Ministry of Defence said there were no plans to move the nuclear deterrent from Scotland.",
            "Alistair Darling, who leads the Better Together campaign, said whoever the minister was, they were mistaken, and that a Labour government would not share the pound either.",
            "Alex Salmond said the report exposed the No campaign's bluff and showed that a currency union would be agreed after a Yes vote because it suited both countries. His deputy, Nicola Sturgeon, said the removal of Trident from Scottish waters was not up for negotiation under any circumstances.",
        ],
    },
    {
        "id": "011", "published": "2014-06-02T14:00:00Z", "outlet": "north-channel-press",
        "slug": "tory-commission-proposes-income-tax-powers",
        "title": "Tory commission proposes full income tax powers for Holyrood",
        "text": [
            "EDINBURGH, June 2 (North Channel Press) - A Conservative commission led by former cabinet minister Lord Strathclyde recommended on Monday that the Scottish Parliament should set all income tax rates and bands, a significant shift for a party that opposed devolution in the 1990s.",
            "Scottish Conservative leader Ruth Davidson, who set up the review, said the proposals would make Holyrood responsible for raising much of the money it spends and called them the boldest her party had ever put forward.",
            "Prime Minister David Cameron said he was open to giving the Scottish Parliament greater control over tax, but that any package would come only after Scots had voted to remain in the UK and once the parties had agreed the details. He said the proposals would be considered for the Conservative manifesto.",
            "Scotland's Finance Secretary John Swinney said the three unionist parties were offering different and vague promises. He said the only guarantee of real change was a Yes vote in September.",
            "Campaigners on the No side have been under pressure to agree a single offer on new powers before polling day, and the three unionist leaders in Scotland are due to meet this month.",
        ],
    },
    {
        "id": "012", "published": "2014-06-16T10:30:00Z", "outlet": "tolbooth-times",
        "slug": "draft-constitution-would-bar-nuclear-weapons",
        "title": "Draft Scottish constitution would bar nuclear weapons",
        "text": [
            "EDINBURGH, June 16 (Tolbooth Times) - The Scottish government on Monday published draft legislation for an interim constitution that would take effect on the day of independence, including a duty to pursue the removal of nuclear weapons from Scotland.",
            "Deputy First Minister Nicola Sturgeon said the bill showed that a Yes vote would lead to a smooth transfer of power, with an independent Scotland declared in March 2016. She said the government would negotiate the safe and speedy removal of Trident from the Clyde within the first term of an independent parliament.",
            "The draft also assumes that Scotland would remain a member of the European Union throughout the transition. Sturgeon said Scotland would continue in the EU without any break in its membership.",
            "A Scotland Office spokesman said the UK government was making no contingency plans and that the submarines would stay at Faslane, which supports thousands of jobs. He said it was presumptuous to publish a constitution before Scots had voted.",
            "The interim text would be replaced by a permanent constitution drawn up by a convention after independence.",
        ],
    },
    {
        "id": "013", "published": "2014-06-16T17:20:00Z", "outlet": "north-channel-press",
        "slug": "unionist-leaders-pledge-more-powers",
        "title": "Unionist leaders pledge more powers for Holyrood after No vote",
        "text": [
            "EDINBURGH, June 16 (North Channel Press) - The Scottish leaders of Labour, the Conservatives and the Liberal Democrats signed a joint declaration on Monday promising that the Scottish Parliament would gain more powers if Scots rejected independence.",
            "Standing on Calton Hill, a short walk from Holyrood, Labour's Johann Lamont said the three parties were united in wanting a stronger Scottish Parliament inside the UK, and that more powers would be delivered whatever the outcome of next year's general election.",
            "Conservative leader Ruth Davidson and Liberal Democrat leader Willie Rennie said the parties would work together on the details after September. Labour's election strategist Douglas Alexander, speaking in London, said the declaration showed voters that a No vote was not a vote for no change.",
            "Alex Salmond dismissed the pledge as the same kind of promise Scots had been given before the 1979 devolution vote, and said it would not be kept. He said the referendum was a choice between running Scotland's own affairs and leaving them to Westminster, and urged voters to choose independence.",
        ],
    },
    {
        "id": "014", "published": "2014-07-23T21:30:00Z", "outlet": "north-channel-press",
        "slug": "rivals-share-stage-as-games-open",
        "title": "Referendum rivals share Games stage as Glasgow opens Commonwealth event",
        "text": [
            "GLASGOW, July 23 (North Channel Press) - Alex Salmond and David Cameron sat in the same stadium on Wednesday night as the Queen opened the Commonwealth Games at Celtic Park, with both sides in the independence referendum promising to keep politics out of the 11-day event.",
            "The First Minister and the Prime Minister arrived separately and did not speak publicly about the vote. Aides to both men said campaigning would be scaled back while the Games were under way.",
            "Around 40,000 spectators watched the ceremony, which featured a tribute to Scottish culture and a fundraising appeal for children's charities.",
            "Asked whether the Games might lift support for independence, a spokesman for Salmond declined to say, saying the event belonged to the athletes. Downing Street also declined to comment on the politics of the occasion.",
            "Political analysts said a strong showing by Scottish athletes could lift the national mood, but cautioned that there was little evidence that sporting events shift voting intentions.",
            "The referendum takes place on Sept 18. The first televised debate between Salmond and Alistair Darling is scheduled for Aug 5 in Glasgow.",
        ],
    },
    {
        "id": "015", "published": "2014-08-05T22:40:00Z", "outlet": "castlegate-review",
        "slug": "darling-presses-salmond-on-plan-b",
        "title": "Darling presses Salmond on currency Plan B in first TV debate",
        "text": [
            "GLASGOW, Aug 5 (Castlegate Review) - Alistair Darling, leader of the Better Together campaign, repeatedly challenged Alex Salmond on Tuesday to say what currency an independent Scotland would use if the rest of the UK refused to share the pound, in the first televised debate of the referendum campaign.",
            "Darling said the First Minister had to tell voters what his Plan B was, arguing that no future UK government would sign up to a currency union. He said even a child could name a country's flag, capital and currency, yet Salmond could not name the third.",
            "Salmond refused to set out an alternative. He insisted the pound was as much Scotland's as England's and that a formal currency union would be agreed after a Yes vote because it was in everyone's interest.",
            "Asked by Salmond whether Scotland could be a successful independent country, Darling agreed that it could, but said the real question was whether it should, and that it would be better off in the UK.",
            "A snap poll after the debate at the Royal Conservatoire of Scotland suggested that Darling had won narrowly.",
        ],
    },
    {
        "id": "016", "published": "2014-08-25T22:50:00Z", "outlet": "meadowbank-bulletin",
        "slug": "salmond-reveals-currency-plan-b",
        "title": "Salmond reveals currency Plan B in second debate",
        "text": [
            "GLASGOW, Aug 25 (Meadowbank Bulletin) - Alex Salmond listed three alternatives to a formal currency union on Monday night, but insisted in the second televised referendum debate that sharing the pound with the rest of the UK remained his government's plan and would not be dropped.",
            "Facing Alistair Darling at Kelvingrove Art Gallery, the First Minister said Scotland could use sterling without a formal agreement, adopt its own currency or join the euro, but that none was as good as a currency union, which he predicted Westminster would accept once the referendum was over.",
            "Salmond said the pound belonged to Scotland as much as to anyone else and that no one could stop Scots using it.",
            "Darling said the First Minister should stop pretending a currency union was available and tell voters which option he would actually choose. Better Together said a currency union was off the table whatever happened.",
            "A snap poll for the broadcaster found that most viewers thought Salmond had won the debate, reversing the result of the first encounter three weeks earlier.",
        ],
    },
    {
        "id": "017", "published": "2014-09-07T10:55:00Z", "outlet": "firth-wire",
        "slug": "osborne-promises-plan-for-more-powers",
        "title": "Osborne promises plan for more Scottish powers as polls tighten",
        "text": [
            "LONDON, Sept 7 (Firth Wire) - Chancellor George Osborne said on Sunday that a plan to give the Scottish Parliament more powers over tax, spending and welfare would be published within days, after an opinion poll put the pro-independence campaign ahead for the first time.",
            "Osborne told a television interviewer that a No vote would bring more devolution and a timetable for delivering it, adding that Scots would gain more control over their own affairs under the plan.",
            "Until now, ministers had said only that they were open to discussing further powers once the referendum was over.",
            "The YouGov survey showed 51 percent backing independence and 49 percent against, once undecided voters were excluded. Other recent polls have shown the No side ahead, but with a shrinking lead.",
            "Alex Salmond said the offer was a panicked attempt to bribe voters at the last minute. He urged undecided voters to back independence, saying the poll showed that Scots were ready to take their future into their own hands.",
        ],
    },
    {
        "id": "018", "published": "2014-09-08T16:45:00Z", "outlet": "tolbooth-times",
        "slug": "pound-slides-after-independence-poll",
        "title": "Pound slides after poll shows independence campaign ahead",
        "text": [
            "LONDON, Sept 8 (Tolbooth Times) - Sterling fell to a ten-month low against the dollar on Monday after a weekend poll showed the campaign for Scottish independence in the lead for the first time, and shares in Scottish-based banks and companies dropped.",
            "The pound lost more than one percent at one point in Asian trading before recovering some ground in London. Shares in the two big Scottish-based banks fell by around 3 percent.",
            "Currency strategists said investors were pricing in a greater chance of a Yes vote and warned that uncertainty over which currency an independent Scotland would use could keep the pound volatile until the result is known on Sept 19. Some analysts said the selling might be overdone if other polls failed to confirm the shift.",
            "Downing Street declined to comment on market movements. A Bank of England spokesman also declined to comment, saying the Bank did not discuss currency levels.",
            "Traders said they would watch for new polls this week and for details of a package of powers for Scotland trailed at the weekend.",
        ],
    },
    {
        "id": "019", "published": "2014-09-08T19:10:00Z", "outlet": "north-channel-press",
        "slug": "brown-sets-out-timetable-for-powers",
        "title": "Brown sets out fast timetable for new Scottish powers",
        "text": [
            "LOANHEAD, Sept 8 (North Channel Press) - Former Prime Minister Gordon Brown on Monday set out a timetable for handing the Scottish Parliament new powers over tax and welfare, with draft legislation to be ready by January if Scots vote No.",
            "Speaking at a miners' welfare club on the edge of Edinburgh, Brown said work would begin the day after the referendum, with a command paper by the end of October and draft clauses published around Burns Night.",
            "Downing Street said the prime minister supported the timetable and that all three main UK parties were committed to it. Labour leader Ed Miliband said the plan showed that change was coming for Scotland, and quickly.",
            "Yes Scotland chief executive Blair Jenkins said nothing in the timetable was new, and that the unionist parties had been promising more powers for two years without delivering them.",
            "Alex Salmond said Brown was in no position to promise anything because he was not in government, and that voters had heard such promises before.",
        ],
    },
    {
        "id": "020", "published": "2014-09-09T14:20:00Z", "outlet": "castlegate-review",
        "slug": "carney-currency-union-incompatible-with-sovereignty",
        "title": "Carney says currency union incompatible with sovereignty",
        "text": [
            "LIVERPOOL, Sept 9 (Castlegate Review) - Bank of England Governor Mark Carney said on Tuesday that a currency union between an independent Scotland and the rest of the UK would be incompatible with full sovereignty, repeating his warning that such an arrangement would require Scotland to cede powers over tax and spending.",
            "Speaking to the Trades Union Congress in Liverpool, Carney said the Bank would put in place whatever arrangements the two governments agreed after a Yes vote, but that any lasting union would need common rules on budgets and banking.",
            "He confirmed that the Bank had contingency plans for the days after the referendum but declined to give details, saying it would be irresponsible to discuss them.",
            "The chancellor, George Osborne, has ruled out a currency union if Scotland votes to leave.",
            "Scotland's Finance Secretary John Swinney said the governor's remarks were consistent with the Scottish government's proposals, which already include a fiscal framework, and that a currency union remained the best option for both countries.",
        ],
    },
    {
        "id": "021", "published": "2014-09-10T17:30:00Z", "outlet": "meadowbank-bulletin",
        "slug": "party-leaders-skip-commons-to-campaign",
        "title": "Party leaders skip Commons questions to campaign in Scotland",
        "text": [
            "EDINBURGH, Sept 10 (Meadowbank Bulletin) - David Cameron, Ed Miliband and Nick Clegg abandoned the weekly prime minister's questions session on Wednesday and travelled to Scotland to make a last-ditch appeal for the union.",
            "Cameron told staff at an insurance company in Edinburgh that he would be heartbroken if the family of nations were torn apart, and that a No vote would bring more powers for the Scottish Parliament quickly. He said the decision was irreversible: if Scots voted to leave, there would be no going back.",
            "Miliband, speaking in Cumbernauld, said Labour wanted Scotland to stay and would work for social justice across the UK. Clegg visited Selkirk in the Borders.",
            "A spokesman for Alex Salmond said the visit showed the No campaign was in disarray. Salmond said the arrival of the Westminster leaders was the best thing that could have happened to the Yes side, and urged Scots to vote for independence next week.",
            "Senior officials in the three parties said privately that they had not expected the contest to be so close.",
        ],
    },
    {
        "id": "022", "published": "2014-09-12T13:00:00Z", "outlet": "tolbooth-times",
        "slug": "spain-scotland-would-join-eu-queue",
        "title": "Spain says independent Scotland would have to join EU queue",
        "text": [
            "MADRID, Sept 12 (Tolbooth Times) - Spain's foreign minister said on Friday that an independent Scotland would find itself outside the European Union and would have to apply to join from scratch, a day after hundreds of thousands of Catalans rallied in Barcelona for their own vote on independence.",
            "Jose Manuel Garcia-Margallo told a news conference in Madrid that a Scotland that left the UK would have to take its place in the queue behind other candidates. He said Spain would not necessarily block a Scottish application, but that membership would require a full accession process and the agreement of every member state.",
            "Catalan regional leader Artur Mas has called a non-binding vote on independence for Nov 9, which the Spanish government says is illegal.",
            "Scotland's External Affairs Secretary Fiona Hyslop said the comments changed nothing. She said an independent Scotland would negotiate its continued membership from within the EU.",
            "A European Commission spokeswoman declined to comment on what she called a hypothetical situation. EU diplomats said Madrid's main concern was the precedent a Scottish vote might set for Catalonia.",
        ],
    },
    {
        "id": "023", "published": "2014-09-16T09:15:00Z", "outlet": "north-channel-press",
        "slug": "uk-leaders-sign-vow-on-new-powers",
        "title": "UK party leaders sign 'vow' of extensive new powers for Scotland",
        "text": [
            "EDINBURGH, Sept 16 (North Channel Press) - David Cameron, Ed Miliband and Nick Clegg signed a joint pledge published on the front page of a Scottish newspaper on Tuesday, promising extensive new powers for the Scottish Parliament if Scots reject independence on Thursday.",
            "The statement, quickly dubbed the vow, commits the three leaders to deliver the new powers on the timetable set out by Gordon Brown, to keep the Barnett formula that determines Scotland's public spending, and to give Holyrood the final say on funding for the health service in Scotland.",
            "A Downing Street spokesman said the prime minister would stand by every word. Labour said Miliband had signed because the party wanted a stronger Scottish Parliament within a strong UK.",
            "Alex Salmond said the pledge was a desperate, last-minute offer from parties that had panicked. He said Scots should not be taken in by it and that a Yes vote was the only way to secure Scotland's future.",
            "Polls published this week show the two sides within a few points of each other.",
        ],
    },
    {
        "id": "024", "published": "2014-09-18T12:00:00Z", "outlet": "castlegate-review",
        "slug": "scots-vote-in-record-numbers",
        "title": "Scots vote in record numbers in independence referendum",
        "text": [
            "EDINBURGH, Sept 18 (Castlegate Review) - Scots turned out in large numbers on Thursday to vote in the referendum on independence, with queues forming at some polling stations across the country before they opened at 7 a.m.",
            "A record 4.28 million people, around 97 percent of those eligible, had registered to vote, including 16- and 17-year-olds for the first time in a major UK vote.",
            "First Minister Alex Salmond cast his vote in the village of Strichen in Aberdeenshire, while Alistair Darling voted at a primary school in Edinburgh. Neither man spoke to reporters at the polling station.",
            "Polling stations close at 10 p.m. and the 32 local counts will begin immediately. The chief counting officer will declare the national result at a conference centre outside Edinburgh, probably around breakfast time on Friday.",
            "Police said voting had passed off peacefully. There will be no exit poll, and both campaigns said they would not comment on turnout until the count was under way.",
            "Downing Street said the prime minister would make a statement once the result was known.",
        ],
    },
    {
        "id": "025", "published": "2014-09-19T07:40:00Z", "outlet": "firth-wire",
        "slug": "scotland-rejects-independence-cameron-links-english-votes",
        "title": "Scotland rejects independence; Cameron links new powers to English votes",
        "text": [
            "LONDON, Sept 19 (Firth Wire) - Scotland voted by 55 percent to 45 percent to remain in the United Kingdom, and Prime Minister David Cameron said on Friday that new powers for the Scottish Parliament must now move in step with a new settlement for England.",
            "Speaking outside Downing Street, Cameron said the three main parties would honour their commitments, with Lord Smith of Kelvin overseeing the process. But he said Scottish reform would have to proceed alongside, and at the same pace as, changes giving English MPs the decisive say on English laws.",
            "Labour leader Ed Miliband said the promises made to Scotland had to be delivered in full and on time, and warned against making them dependent on other reforms.",
            "In Edinburgh, Alex Salmond said he accepted the verdict of the people. He called on the Westminster parties to deliver the powers they had promised, and said Scotland would hold them to it.",
            "Turnout was 84.6 percent, the highest in a UK-wide or national vote since the introduction of universal suffrage.",
        ],
    },
    {
        "id": "026", "published": "2014-09-19T15:50:00Z", "outlet": "north-channel-press",
        "slug": "salmond-to-step-down",
        "title": "Salmond to step down as First Minister after referendum defeat",
        "text": [
            "EDINBURGH, Sept 19 (North Channel Press) - Alex Salmond said on Friday he would stand down as First Minister and leader of the Scottish National Party in November, hours after Scots rejected independence.",
            "Speaking at Bute House, his official residence, Salmond said his time as leader was nearly over but that for Scotland the campaign continued. He said he still believed Scotland would one day become an independent country.",
            "Salmond said the Scottish government would hold Westminster to the promise of more powers and would take part in the process led by Lord Smith. The 1.6 million people who voted Yes would make sure the pledges were kept, he said.",
            "Nicola Sturgeon, his deputy, is widely expected to succeed him, though she declined to say on Friday whether she would stand.",
            "Salmond, who has led the SNP for a total of 20 years, took the party from opposition to a majority government at Holyrood in 2011.",
        ],
    },
    {
        "id": "027", "published": "2014-09-19T18:20:00Z", "outlet": "meadowbank-bulletin",
        "slug": "spain-and-eu-welcome-scottish-vote",
        "title": "Spain and EU welcome Scotland's vote to stay in the UK",
        "text": [
            "MADRID, Sept 19 (Meadowbank Bulletin) - Spanish Prime Minister Mariano Rajoy welcomed Scotland's decision to remain in the United Kingdom on Friday, saying Scots had avoided grave economic, social and political consequences.",
            "In a video message, Rajoy said the result was good news for Europe and that Scots had chosen to stay together rather than be divided. He did not mention Catalonia by name, but said the Spanish constitution did not allow any region to hold a unilateral vote on breaking away.",
            "In Brussels, European Commission President Jose Manuel Barroso said the result was good news for a united and stronger Europe.",
            "Catalan leader Artur Mas said the Scottish vote showed that such questions could be settled at the ballot box, and that Catalonia's own consultation would go ahead on Nov 9.",
            "David Cameron telephoned several European leaders during the day. Downing Street did not give details of the calls.",
        ],
    },
    {
        "id": "028", "published": "2014-09-22T13:10:00Z", "outlet": "firth-wire",
        "slug": "scottish-powers-will-not-wait-for-english-reform",
        "title": "Downing Street says Scottish powers will not wait for English reform",
        "text": [
            "LONDON, Sept 22 (Firth Wire) - Downing Street said on Monday that new powers for the Scottish Parliament would be delivered on the promised timetable whatever happened to plans for English votes on English laws, after opposition leaders accused the prime minister of backtracking on his pledge.",
            "The prime minister's spokesman said the commitment to Scotland was not conditional on any other reform and that draft legislation would be published by January as planned. Commons Leader William Hague, who will chair a cabinet committee on the English question, said the two processes would run separately.",
            "Labour leader Ed Miliband, speaking at his party's conference in Manchester, said Labour would not allow the vow to be held hostage to Conservative party politics, and that the powers must be delivered as promised.",
            "Conservative backbenchers have demanded that English MPs be given a veto over English legislation before any further Scottish devolution.",
            "Lord Smith of Kelvin has asked the parties at Holyrood to submit their proposals by Oct 10.",
        ],
    },
    {
        "id": "029", "published": "2014-09-24T12:30:00Z", "outlet": "tolbooth-times",
        "slug": "sturgeon-launches-snp-leadership-bid",
        "title": "Sturgeon launches bid to lead SNP, says independence still the goal",
        "text": [
            "GLASGOW, Sept 24 (Tolbooth Times) - Deputy First Minister Nicola Sturgeon formally launched her campaign to succeed Alex Salmond as leader of the Scottish National Party on Wednesday, saying she still believed Scotland would become independent.",
            "Speaking in Glasgow, where a majority voted Yes last week, Sturgeon said the SNP must respect the referendum result. She said there would be no second referendum unless there was clear evidence that opinion had changed, and that it was not her decision alone to call one.",
            "In the meantime, she said, the Scottish government would push in the Smith Commission talks for the maximum possible powers for Holyrood, including control over most taxes and welfare.",
            "Sturgeon also repeated her party's opposition to Trident, saying nuclear weapons had no place on the Clyde.",
            "No other candidate has come forward. SNP membership has more than doubled since the referendum, the party said.",
        ],
    },
    {
        "id": "030", "published": "2014-10-10T16:00:00Z", "outlet": "castlegate-review",
        "slug": "snp-seeks-near-total-devolution",
        "title": "SNP seeks near-total devolution in Smith Commission submission",
        "text": [
            "EDINBURGH, Oct 10 (Castlegate Review) - The Scottish government called on Friday for Holyrood to be given control of all taxes and most spending apart from defence and foreign affairs, in its submission to the Smith Commission on new powers for Scotland.",
            "Finance Secretary John Swinney said the proposals amounted to home rule and reflected what Scots had been promised in the final days of the campaign.",
            "Scottish Labour proposed a more limited package, including powers to set income tax rates, and said it wanted the UK to keep pooling resources for pensions and welfare. A Labour spokesman said the party backed a substantial transfer of powers.",
            "The Scottish Conservatives proposed full control over income tax, in line with the Strathclyde review. The commission's chairman, Lord Smith of Kelvin, said he hoped for cross-party agreement by St Andrew's Day on Nov 30.",
            "Downing Street, which has promised draft clauses by January, will receive the commission's report.",
            "Analysts said the gap between the SNP and the unionist parties made it unlikely that the final package would satisfy everyone.",
        ],
    },
    {
        "id": "031", "published": "2014-10-24T21:30:00Z", "outlet": "north-channel-press",
        "slug": "lamont-quits-as-scottish-labour-leader",
        "title": "Scottish Labour leader Lamont quits, attacks London party",
        "text": [
            "GLASGOW, Oct 24 (North Channel Press) - Johann Lamont resigned as leader of Scottish Labour on Friday, accusing the party's leadership in London of treating Scotland like a branch office and undermining her authority.",
            "In a newspaper interview announcing her departure, Lamont said senior figures at Westminster had failed to recognise that Scottish politics had changed since the referendum. She complained that the party's Scottish general secretary had been removed without her being consulted.",
            "Lamont, who became leader in 2011, said she was stepping down to allow a new leader to take the party forward before next May's general election.",
            "Labour leader Ed Miliband thanked her for her service. A spokesman for Miliband declined to respond to her criticism of the London leadership.",
            "Deputy leader Anas Sarwar will act as interim leader. Analysts said the resignation exposed strains within the party after a campaign in which many of its traditional voters in Glasgow and Dundee had backed Yes.",
        ],
    },
    {
        "id": "032", "published": "2014-11-14T15:30:00Z", "outlet": "firth-wire",
        "slug": "sturgeon-takes-snp-helm",
        "title": "Sturgeon takes SNP helm, vows to hold Westminster to its promises",
        "text": [
            "PERTH, Nov 14 (Firth Wire) - Nicola Sturgeon was confirmed as leader of the Scottish National Party on Friday, telling a packed conference in Perth that the Scottish government would demand the powers Scots had been promised and would keep making the case for independence.",
            "Sturgeon, who will be elected First Minister by Holyrood next week, said she would judge the Smith Commission by whether it delivered real home rule. She said anything less than what had been promised in the final days of the campaign would be a betrayal.",
            "She said independence remained the SNP's goal, and that the party would win the argument by persuading people rather than by forcing another vote.",
            "Turning to defence, Sturgeon said SNP MPs would vote against renewing Trident at Westminster and that she still wanted the submarines removed from Scottish waters.",
            "Alex Salmond, who received a standing ovation, said he would consider standing for Westminster in next year's general election.",
        ],
    },
    {
        "id": "033", "published": "2014-11-27T13:30:00Z", "outlet": "meadowbank-bulletin",
        "slug": "smith-commission-income-tax-powers",
        "title": "Smith Commission hands Holyrood power over income tax",
        "text": [
            "EDINBURGH, Nov 27 (Meadowbank Bulletin) - The Scottish Parliament should be given the power to set income tax rates and bands, keep a share of VAT and control some welfare benefits, the cross-party Smith Commission recommended on Thursday.",
            "Presenting the report at the National Museum of Scotland, Lord Smith of Kelvin said all five parties at Holyrood had signed up to the package, which he called a durable settlement.",
            "Prime Minister David Cameron said the UK government was keeping its promise and would publish draft legislation by the end of January. Labour leader Ed Miliband said the vow had been delivered and that Labour would put the new powers into law.",
            "First Minister Nicola Sturgeon welcomed the extra powers but said they fell short of what Scots had been promised. She said her government would use every new power and keep pushing for Holyrood to control all welfare and tax.",
            "Several Conservative MPs said the package should not go ahead until English MPs were given the final say on English laws. Downing Street said the two issues were separate.",
        ],
    },
]

# ---------------------------------------------------------------------------
# Claims: article id -> list of (actor, issue, stance, quote, attributed)
# ---------------------------------------------------------------------------
SG, UK, LAB, BOE, EU, ES = ("scottish-government", "uk-government", "labour",
                            "bank-of-england", "eu", "spain")
CUR, DROP, IND, MORE, EUM, TRI = ("currency-union", "snp-drops-currency-union",
                                  "scottish-independence", "more-powers",
                                  "eu-automatic-membership", "trident-removal")
S, O, C = "support", "oppose", "conditional"

CLAIMS = {
    "001": [
        (UK, CUR, C, "a formal currency union with an independent Scotland would only be considered if Edinburgh", True),
        (SG, CUR, S, "keeping the pound in a formal currency union remained the best arrangement", True),
    ],
    "002": [
        (BOE, CUR, C, "a durable union would need shared rules on tax and spending", True),
        (SG, CUR, S, "it remained the right choice for Scotland and for the rest of the UK", True),
    ],
    "003": [
        (UK, IND, O, "he would fight with everything he had to keep the union intact", True),
        (UK, MORE, C, "further powers for Holyrood, but only once the referendum had been settled", True),
        (LAB, MORE, C, "only where they did not break the pooling of resources across the UK", True),
        (SG, IND, S, "Independence, the First Minister said, was the only way", True),
    ],
    "004": [
        (UK, CUR, O, "would not be able to keep the pound in a formal currency union", True),
        (UK, DROP, S, "the Scottish government should now tell voters what currency it would use instead", True),
        (LAB, CUR, O, "a Labour government would not agree to a currency union either", True),
        (SG, CUR, S, "plan to share sterling, which he said was as much in England's interest", True),
        (SG, DROP, O, "had no intention of abandoning its plan to share sterling", True),
    ],
    "005": [
        (UK, CUR, O, "An independent Scotland could not keep the pound in a formal currency union", True),
        (UK, DROP, S, "the Scottish government should now tell voters what currency it would use instead", True),
        (LAB, CUR, O, "a Labour government would not agree to a currency union either", True),
        (SG, CUR, S, "plan to share sterling, which he argued suited England as much as Scotland", True),
        (SG, DROP, O, "had no intention of abandoning its plan to share sterling", True),
    ],
    "006": [
        (EU, EUM, O, "would have to apply for membership like any other candidate", True),
        (ES, EUM, O, "has said a breakaway region would have to apply from outside the bloc", False),
        (SG, EUM, S, "negotiate its terms from inside the EU during an 18-month transition", True),
    ],
    "007": [
        (EU, EUM, O, "would have to apply for membership like any other candidate", True),
        (ES, EUM, O, "has said a breakaway region would have to apply from outside the bloc", False),
        (SG, EUM, S, "negotiate its terms from inside the EU during an 18-month transition", True),
    ],
    "008": [
        (SG, CUR, S, "a currency union was in the interests of businesses on both sides of the border", True),
        (SG, DROP, O, "his government would not drop its plan for a currency union", True),
        (UK, CUR, O, "the chancellor had ruled out sharing the pound as a campaign tactic", False),
    ],
    "009": [
        (LAB, MORE, S, "Labour would hand Holyrood the power to raise or cut income tax rates", True),
        (LAB, IND, O, "Scots could have a stronger parliament without leaving the United Kingdom", True),
        (SG, IND, S, "only independence would give Scotland's parliament the tools", True),
    ],
    "010": [
        (UK, CUR, O, "A spokesman said there would be no currency union", True),
        (UK, TRI, O, "there were no plans to move the nuclear deterrent from Scotland", True),
        (LAB, CUR, O, "a Labour government would not share the pound either", True),
        (SG, CUR, S, "a currency union would be agreed after a Yes vote because it suited both countries", True),
        (SG, TRI, S, "the removal of Trident from Scottish waters was not up for negotiation", True),
    ],
    "011": [
        (UK, MORE, C, "any package would come only after Scots had voted to remain in the UK", True),
        (SG, IND, S, "the only guarantee of real change was a Yes vote in September", True),
    ],
    "012": [
        (SG, TRI, S, "negotiate the safe and speedy removal of Trident from the Clyde", True),
        (SG, IND, S, "a Yes vote would lead to a smooth transfer of power", True),
        (SG, EUM, S, "Scotland would continue in the EU without any break in its membership", True),
        (UK, TRI, O, "the submarines would stay at Faslane", True),
    ],
    "013": [
        (LAB, MORE, S, "more powers would be delivered whatever the outcome of next year's general election", True),
        (SG, IND, S, "urged voters to choose independence", True),
    ],
    "014": [],
    "015": [
        (LAB, DROP, S, "the First Minister had to tell voters what his Plan B was", True),
        (LAB, CUR, O, "no future UK government would sign up to a currency union", True),
        (LAB, IND, O, "it would be better off in the UK", True),
        (SG, DROP, O, "Salmond refused to set out an alternative", True),
        (SG, CUR, S, "a formal currency union would be agreed after a Yes vote", True),
    ],
    "016": [
        (SG, CUR, S, "sharing the pound with the rest of the UK remained his government's plan", True),
        (SG, DROP, O, "remained his government's plan and would not be dropped", True),
        (LAB, DROP, S, "should stop pretending a currency union was available", True),
        (LAB, CUR, O, "Better Together said a currency union was off the table whatever happened", True),
    ],
    "017": [
        (UK, MORE, S, "a No vote would bring more devolution and a timetable for delivering it", True),
        (SG, IND, S, "He urged undecided voters to back independence", True),
    ],
    "018": [],
    "019": [
        (LAB, MORE, S, "a timetable for handing the Scottish Parliament new powers over tax and welfare", True),
        (UK, MORE, S, "Downing Street said the prime minister supported the timetable", True),
    ],
    "020": [
        (BOE, CUR, C, "the Bank would put in place whatever arrangements the two governments agreed", True),
        (UK, CUR, O, "has ruled out a currency union if Scotland votes to leave", False),
        (SG, CUR, S, "a currency union remained the best option for both countries", True),
    ],
    "021": [
        (UK, IND, O, "he would be heartbroken if the family of nations were torn apart", True),
        (UK, MORE, S, "a No vote would bring more powers for the Scottish Parliament quickly", True),
        (LAB, IND, O, "Labour wanted Scotland to stay", True),
        (SG, IND, S, "urged Scots to vote for independence next week", True),
    ],
    "022": [
        (ES, EUM, O, "would have to take its place in the queue behind other candidates", True),
        (SG, EUM, S, "an independent Scotland would negotiate its continued membership from within the EU", True),
    ],
    "023": [
        (UK, MORE, S, "promising extensive new powers for the Scottish Parliament if Scots reject independence", True),
        (LAB, MORE, S, "the party wanted a stronger Scottish Parliament within a strong UK", True),
        (SG, IND, S, "a Yes vote was the only way to secure Scotland's future", True),
    ],
    "024": [],
    "025": [
        (UK, MORE, C, "Scottish reform would have to proceed alongside, and at the same pace as, changes", True),
        (LAB, MORE, S, "the promises made to Scotland had to be delivered in full and on time", True),
        (SG, MORE, S, "He called on the Westminster parties to deliver the powers they had promised", True),
    ],
    "026": [
        (SG, IND, S, "he still believed Scotland would one day become an independent country", True),
        (SG, MORE, S, "would hold Westminster to the promise of more powers", True),
    ],
    "027": [
        (ES, IND, O, "Scots had avoided grave economic, social and political consequences", True),
        (EU, IND, O, "the result was good news for a united and stronger Europe", True),
    ],
    "028": [
        (UK, MORE, S, "the commitment to Scotland was not conditional on any other reform", True),
        (LAB, MORE, S, "the powers must be delivered as promised", True),
    ],
    "029": [
        (SG, IND, S, "she still believed Scotland would become independent", True),
        (SG, MORE, S, "push in the Smith Commission talks for the maximum possible powers for Holyrood", True),
        (SG, TRI, S, "nuclear weapons had no place on the Clyde", True),
    ],
    "030": [
        (SG, MORE, S, "called on Friday for Holyrood to be given control of all taxes", True),
        (LAB, MORE, S, "the party backed a substantial transfer of powers", True),
        (UK, MORE, S, "Downing Street, which has promised draft clauses by January", False),
    ],
    "031": [],
    "032": [
        (SG, MORE, S, "the Scottish government would demand the powers Scots had been promised", True),
        (SG, IND, S, "independence remained the SNP's goal", True),
        (SG, TRI, S, "she still wanted the submarines removed from Scottish waters", True),
    ],
    "033": [
        (UK, MORE, S, "the UK government was keeping its promise and would publish draft legislation", True),
        (LAB, MORE, S, "Labour would put the new powers into law", True),
        (SG, MORE, S, "keep pushing for Holyrood to control all welfare and tax", True),
    ],
}

SHIFTS = [
    {"actor": UK, "issue": CUR, "from": C, "to": O, "article": "004",
     "why": "Osborne rules out a formal currency union outright and tells the SNP to name another currency; in 001 the Treasury would only consider one if Edinburgh accepted tight borrowing limits (baseline conditional)."},
    {"actor": LAB, "issue": MORE, "from": C, "to": S, "article": "009",
     "why": "Scottish Labour's devolution commission backs handing Holyrood three quarters of basic-rate income tax; in 003 Lamont would back new tax powers only where they did not break the UK-wide pooling of resources."},
    {"actor": UK, "issue": MORE, "from": C, "to": S, "article": "017",
     "why": "Osborne commits to a plan of new tax, spending and welfare powers with a timetable after a No vote; in 003 and 011 Cameron was only open to it once the referendum was settled and the details agreed."},
    {"actor": UK, "issue": MORE, "from": S, "to": C, "article": "025",
     "why": "On the morning after the vote Cameron says Scottish reform must proceed alongside and at the same pace as English votes for English laws, making the promised powers depend on another reform; in 017-023 the commitment was unconditional."},
    {"actor": UK, "issue": MORE, "from": C, "to": S, "article": "028",
     "why": "Downing Street says the commitment to Scotland is not conditional on any other reform and that draft legislation will come by January as planned, reversing the linkage made in 025."},
]

DUPLICATES = [("004", "005"), ("006", "007")]
NO_CLAIM_ARTICLES = ["014", "018", "024", "031"]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
ERRORS = []


def err(msg):
    ERRORS.append(msg)


def parse_watchlist(path):
    """Minimal parser for the watchlist format used here (no PyYAML in the stdlib)."""
    actors, issues, baseline = {}, {}, []
    section = None
    current = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^(actors|issues|baseline):\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^\s+- id:\s*(\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                current = {"id": m.group(1)}
                (actors if section == "actors" else issues)[current["id"]] = current
                continue
            m = re.match(r"^\s+(name|description|aliases|terms):\s*(.*)$", line)
            if m and current is not None and section in ("actors", "issues"):
                key, val = m.group(1), m.group(2).strip()
                if key in ("aliases", "terms"):
                    if not (val.startswith("[") and val.endswith("]")):
                        err(f"watchlist: {current['id']}.{key} is not a flow list")
                    val = [v.strip() for v in val[1:-1].split(",") if v.strip()]
                current[key] = val
                continue
            m = re.match(r"^\s+- \{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append({"actor": m.group(1).strip(), "issue": m.group(2).strip(),
                                 "stance": m.group(3).strip()})
                continue
            err(f"watchlist: unparsed line: {line!r}")
    for kind, table, fields in (("actor", actors, {"id", "name", "aliases"}),
                                ("issue", issues, {"id", "name", "description", "terms"})):
        for ident, entry in table.items():
            if set(entry) != fields:
                err(f"watchlist: {kind} {ident} has fields {sorted(entry)}, expected {sorted(fields)}")
    return actors, issues, baseline


def article_text(a):
    return "\n\n".join(a["text"])


def article_url(a):
    d = a["published"][:10].replace("-", "/")
    return f"{BASE_URL}/{a['outlet']}/{d}/{a['slug']}"


def parse_ts(ts):
    return datetime.strptime(ts, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July",
          8: "Aug", 9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def recompute_shifts(baseline, claims, order):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for aid in order:
        for (actor, issue, stance, _quote, attributed) in claims[aid]:
            if not attributed:
                continue
            key = (actor, issue)
            prev = prevailing.get(key)
            if prev is not None and prev != stance:
                shifts.append({"actor": actor, "issue": issue, "from": prev, "to": stance, "article": aid})
            prevailing[key] = stance
    return shifts


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------
def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err(f"watchlist: {len(actors)} actors, expected 5-8")
    if not 5 <= len(issues) <= 7:
        err(f"watchlist: {len(issues)} issues, expected 5-7")
    give_up = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces)\b")
    if not any(give_up.search(i.get("name", "")) for i in issues.values()):
        err("watchlist: no issue is phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in (S, O, C):
            err(f"watchlist: bad baseline entry {b}")

    # --- articles --------------------------------------------------------
    ids = [a["id"] for a in ARTICLES]
    if ids != [f"{i:03d}" for i in range(1, len(ARTICLES) + 1)]:
        err(f"ids are not 001..{len(ARTICLES):03d} in order: {ids}")
    if not 30 <= len(ARTICLES) <= 34:
        err(f"{len(ARTICLES)} articles, expected 30-34")
    times = [parse_ts(a["published"]) for a in ARTICLES]
    for i in range(1, len(times)):
        if not times[i] > times[i - 1]:
            err(f"article {ids[i]} is not later than {ids[i - 1]}")
    urls = set()
    for a, t in zip(ARTICLES, times):
        if a["outlet"] not in OUTLETS:
            err(f"{a['id']}: unknown outlet {a['outlet']}")
            continue
        text = article_text(a)
        n = len(text.split())
        if not 120 <= n <= 260:
            err(f"{a['id']}: {n} words, expected 120-260")
        m = re.match(r"^([A-Z][A-Z .'-]+), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", text)
        if not m:
            err(f"{a['id']}: text does not start with a dateline 'CITY, Mon DD (Outlet) - '")
        else:
            if m.group(4) != OUTLETS[a["outlet"]]:
                err(f"{a['id']}: dateline outlet {m.group(4)!r} != {OUTLETS[a['outlet']]!r}")
            if m.group(2) != MONTHS[t.month] or int(m.group(3)) != t.day:
                err(f"{a['id']}: dateline date {m.group(2)} {m.group(3)} != published {a['published']}")
        url = article_url(a)
        if url in urls:
            err(f"{a['id']}: duplicate url")
        urls.add(url)
        for ch in text + a["title"]:
            if ord(ch) > 127:
                err(f"{a['id']}: non-ASCII character {ch!r}")
                break

    # --- claims ----------------------------------------------------------
    if set(CLAIMS) != set(ids):
        err(f"claims keys differ from article ids: {sorted(set(CLAIMS) ^ set(ids))}")
    by_id = {a["id"]: a for a in ARTICLES}
    counts = {S: 0, O: 0, C: 0}
    unattributed = 0
    for aid in ids:
        seen = set()
        text = article_text(by_id[aid])
        for (actor, issue, stance, quote, attributed) in CLAIMS.get(aid, []):
            if actor not in actors:
                err(f"{aid}: unknown actor {actor}")
            if issue not in issues:
                err(f"{aid}: unknown issue {issue}")
            if stance not in counts:
                err(f"{aid}: bad stance {stance}")
                continue
            counts[stance] += 1
            if not attributed:
                unattributed += 1
            if quote not in text:
                err(f"{aid}: quote not found in text: {quote!r}")
            if len(quote.split()) > 15:
                err(f"{aid}: quote longer than 15 words ({len(quote.split())}): {quote!r}")
            if (actor, issue) in seen:
                err(f"{aid}: more than one claim for {actor}/{issue}")
            seen.add((actor, issue))
            if actor in actors and not any(al in text for al in actors[actor].get("aliases", [])):
                err(f"{aid}: no alias of {actor} appears in the text")
    total = sum(counts.values())
    if not 60 <= total <= 90:
        err(f"{total} claims, expected 60-90")
    if counts[C] < 6:
        err(f"only {counts[C]} conditional claims, expected at least 6")
    if unattributed < 2:
        err("expected a few attributed: false claims")
    empty = [aid for aid in ids if not CLAIMS.get(aid)]
    if sorted(empty) != sorted(NO_CLAIM_ARTICLES):
        err(f"no-claim articles {empty} != declared {NO_CLAIM_ARTICLES}")
    if not 3 <= len(empty) <= 4:
        err(f"{len(empty)} no-claim articles, expected 3-4")

    # --- duplicates ------------------------------------------------------
    shift_articles = {s["article"] for s in SHIFTS}
    dup_has_shift = False
    for first, second in DUPLICATES:
        a1, a2 = by_id[first], by_id[second]
        if a1["published"][:10] != a2["published"][:10]:
            err(f"duplicates {first}/{second} are not from the same day")
        if a1["outlet"] == a2["outlet"]:
            err(f"duplicates {first}/{second} come from the same outlet")
        t1 = {c[:3] for c in CLAIMS[first]}
        t2 = {c[:3] for c in CLAIMS[second]}
        if t1 != t2:
            err(f"duplicates {first}/{second} carry different claims")
        if second in shift_articles:
            err(f"duplicate copy {second} must not be a shift article")
        if first in shift_articles:
            dup_has_shift = True
    if not dup_has_shift:
        err("no duplicate pair contains a shift article")

    # --- shifts ----------------------------------------------------------
    recomputed = recompute_shifts(baseline, CLAIMS, ids)
    labelled = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in SHIFTS]
    if recomputed != labelled:
        err("recomputed shifts differ from labelled shifts:\n  recomputed: "
            + json.dumps(recomputed) + "\n  labelled:   " + json.dumps(labelled))
    if not 5 <= len(SHIFTS) <= 8:
        err(f"{len(SHIFTS)} shifts, expected 5-8")
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift moves to or from conditional")
    reversals = sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        err(f"{reversals} straight support/oppose reversals, at most 2 allowed")

    no_alert = [aid for aid in ids if aid not in shift_articles]

    if ERRORS:
        print("VALIDATION FAILED before writing:", file=sys.stderr)
        for e in ERRORS:
            print("  - " + e, file=sys.stderr)
        return 1

    # --- write articles --------------------------------------------------
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]],
               "url": article_url(a), "title": a["title"], "text": article_text(a)}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # --- write feeds (newest first, as in the dev set) --------------------
    for slug, name in OUTLETS.items():
        items = [a for a in ARTICLES if a["outlet"] == slug]
        items.sort(key=lambda a: a["published"], reverse=True)
        if not items:
            err(f"outlet {slug} has no articles")
            continue
        last = format_datetime(parse_ts(items[0]["published"]), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>{BASE_URL}/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch blind evaluation set scottish-independence-2014</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{last}</lastBuildDate>"]
        for a in items:
            url = article_url(a)
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{escape(url)}</link>",
                    f'      <guid isPermaLink="true">{escape(url)}</guid>',
                    f"      <pubDate>{format_datetime(parse_ts(a['published']), usegmt=True)}</pubDate>",
                    f"      <description>{escape(article_text(a))}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    # --- write labels ----------------------------------------------------
    labels = {
        "claims": {aid: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                         for c in CLAIMS[aid]] for aid in ids},
        "shifts": SHIFTS,
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # --- post-write validation -------------------------------------------
    for slug in OUTLETS:
        path = os.path.join(feed_dir, slug + ".xml")
        try:
            res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
            if res.returncode != 0:
                err(f"xmllint failed on {slug}.xml: {res.stderr.strip()}")
        except FileNotFoundError:
            err("xmllint is not installed")
            break
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as fh:
        reread = json.load(fh)
    if set(reread["no_alert_articles"]) | shift_articles != set(ids):
        err("no_alert_articles plus shift articles do not cover every article")
    written = sorted(os.listdir(art_dir))
    if written != [i + ".json" for i in ids]:
        err("articles directory does not match ids")

    if ERRORS:
        print("VALIDATION FAILED:", file=sys.stderr)
        for e in ERRORS:
            print("  - " + e, file=sys.stderr)
        return 1

    words = [len(article_text(a).split()) for a in ARTICLES]
    print(f"OK: {len(ARTICLES)} articles ({min(words)}-{max(words)} words), "
          f"{total} claims ({counts[S]} support, {counts[O]} oppose, {counts[C]} conditional; "
          f"{unattributed} attributed false), {len(SHIFTS)} shifts in "
          f"{len(shift_articles)} articles, {len(no_alert)} no-alert articles, "
          f"{len(empty)} no-claim articles, feeds: "
          + ", ".join(f"{s}={sum(1 for a in ARTICLES if a['outlet'] == s)}" for s in OUTLETS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
