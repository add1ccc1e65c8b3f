#!/usr/bin/env python3
"""Build the shiftwatch evaluation set wto-fisheries-subsidies-2022.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this script, then validates
the set against watchlist.yaml. Run: python3 build.py  (exit status 0 = all checks passed).

The events are real and public; all wording is original paraphrase. Not a source of facts.
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
TOPIC = "wto-fisheries-subsidies-2022"

OUTLETS = {
    "saltmarsh-wire": "Saltmarsh Wire",
    "cape-observer": "Cape Observer",
    "tradewinds-report": "Tradewinds Report",
    "lighthouse-courier": "Lighthouse Courier",
    "quayside-journal": "Quayside Journal",
}

S, O, C = "support", "oppose", "conditional"

# Each claim: (actor, issue, stance, quote, attributed)
ARTICLES = [
    {
        "id": "001",
        "published": "2021-05-11T15:20:00Z",
        "outlet": "saltmarsh-wire",
        "slug": "wto-fisheries-chair-tables-draft-deal",
        "title": "WTO fisheries chair tables draft deal, Okonjo-Iweala sets July target",
        "text": (
            "GENEVA, May 11 (Saltmarsh Wire) - The diplomat steering the World Trade Organization's talks on "
            "fishing subsidies sent members a fresh draft agreement on Tuesday, opening what officials hope is "
            "the final stretch of negotiations that began two decades ago.\n\n"
            "The text from Santiago Wills, Colombia's ambassador and chair of the negotiating group, would "
            "prohibit subsidies for illegal, unreported and unregulated fishing and for fishing stocks already "
            "judged to be overfished. A separate section would curb support that helps fleets grow beyond what "
            "the oceans can bear, with flexibilities for developing countries whose length and scope are left "
            "open. Wills told delegates the draft reflected his own reading of where compromise might lie.\n\n"
            "Director-General Ngozi Okonjo-Iweala said she wanted members to agree both the ban on subsidies "
            "for illegal fishing and overfished stocks and the limits on capacity-boosting support at a meeting "
            "of trade ministers in July. The oceans could not wait for another decade of talks, she told "
            "ambassadors.\n\n"
            "A United Nations goal of ending the most harmful fishing subsidies by 2020 has already been missed. "
            "Governments spend an estimated $35 billion a year supporting their fleets, according to academic "
            "studies.\n\n"
            "A spokesperson for India's mission in Geneva declined to comment on the draft."
        ),
        "claims": [
            ("wto", "iuu-overfished-ban", S,
             "wanted members to agree both the ban on subsidies for illegal fishing and overfished stocks", True),
            ("wto", "overcapacity-disciplines", S,
             "and the limits on capacity-boosting support at a meeting of trade ministers in July", True),
        ],
    },
    {
        "id": "002",
        "published": "2021-05-26T19:40:00Z",
        "outlet": "cape-observer",
        "slug": "us-asks-wto-to-tackle-forced-labour-on-fishing-boats",
        "title": "US asks WTO to tackle forced labour on fishing boats",
        "text": (
            "WASHINGTON, May 26 (Cape Observer) - The United States on Wednesday asked members of the World "
            "Trade Organization to make forced labour on fishing vessels part of the agreement they are "
            "negotiating on fisheries subsidies.\n\n"
            "In a proposal submitted in Geneva, the Office of the US Trade Representative said the deal should "
            "explicitly recognise the link between forced labour and illegal fishing, and should require "
            "governments to report each year the vessels and operators they suspect of using forced labour.\n\n"
            "Trade Representative Katherine Tai said forced labour at sea had to be eliminated and that the WTO "
            "had a chance to show it could deliver for working people. She said the administration wanted a "
            "strong ban on subsidies to illegal, unreported and unregulated fishing, adding that boats crewed "
            "by forced labour also enjoyed an unfair cost advantage.\n\n"
            "A report by the Commerce and State departments last year named Chinese-flagged and Chinese-owned "
            "boats among the worst offenders.\n\n"
            "Trade lawyers said the proposal could slow the talks, since several developing countries have long "
            "argued that labour standards fall outside the WTO's remit. Other members had not formally responded "
            "by Wednesday evening."
        ),
        "claims": [
            ("usa", "us-drops-forced-labour", O,
             "make forced labour on fishing vessels part of the agreement they are negotiating", True),
            ("usa", "iuu-overfished-ban", S,
             "the administration wanted a strong ban on subsidies to illegal, unreported and unregulated fishing", True),
        ],
    },
    {
        "id": "003",
        "published": "2021-05-26T22:15:00Z",
        "outlet": "lighthouse-courier",
        "slug": "washington-wants-forced-labour-in-wto-fish-deal",
        "title": "Washington wants forced labour covered by WTO fish subsidy deal",
        "text": (
            "WASHINGTON, May 26 (Lighthouse Courier) - Washington on Wednesday urged World Trade Organization "
            "members to make forced labour on fishing vessels part of the agreement they are negotiating on "
            "fisheries subsidies.\n\n"
            "The proposal, filed in Geneva by the Office of the US Trade Representative, asks members to "
            "recognise explicitly that forced labour and illegal fishing often go together, and to notify every "
            "year any vessels and operators they suspect of using forced labour.\n\n"
            "Trade Representative Katherine Tai said forced labour on fishing boats must be eliminated and that "
            "the WTO could show it was able to deliver for workers. She said the administration wanted a strong "
            "ban on subsidies to illegal, unreported and unregulated fishing, and that fleets relying on forced "
            "labour gained an unfair cost advantage over others.\n\n"
            "Last year a joint report of the Commerce and State departments listed boats flying the Chinese flag "
            "or owned by Chinese companies among the worst offenders.\n\n"
            "Trade lawyers said the move could slow the negotiations, because several developing countries have "
            "long held that labour standards fall outside the WTO's remit. No other member had formally "
            "responded by Wednesday night."
        ),
        "claims": [
            ("usa", "us-drops-forced-labour", O,
             "make forced labour on fishing vessels part of the agreement they are negotiating", True),
            ("usa", "iuu-overfished-ban", S,
             "the administration wanted a strong ban on subsidies to illegal, unreported and unregulated fishing", True),
        ],
    },
    {
        "id": "004",
        "published": "2021-06-30T18:00:00Z",
        "outlet": "tradewinds-report",
        "slug": "revised-fish-subsidy-text-keeps-gaps",
        "title": "Revised fish subsidy text keeps gaps as India presses for carve-outs",
        "text": (
            "GENEVA, June 30 (Tradewinds Report) - The chair of the WTO fisheries talks issued a revised draft "
            "on Wednesday, two weeks before ministers are due to meet, but left the most contentious questions "
            "for them to settle.\n\n"
            "The new version keeps the proposed prohibitions on support for illegal fishing and for overfished "
            "stocks, and a ban on subsidies that contribute to overcapacity, with room for countries that can "
            "show their stocks are sustainably managed.\n\n"
            "India's ambassador, Brajendra Navnit, told a meeting of heads of delegation that subsidies to "
            "low-income and resource-poor fishers should stay entirely outside the disciplines. He said India "
            "could accept limits on capacity-enhancing subsidies only if the big industrial subsidisers cut "
            "theirs first and deepest.\n\n"
            "The Pew Charitable Trusts, which has campaigned on the issue for more than a decade, said the "
            "draft's curbs on overcapacity were essential and had to survive the ministerial meeting. Pew warned "
            "that loopholes for large fleets would undercut the whole effort.\n\n"
            "The African Group and the group of least developed countries asked for more generous transition "
            "periods, delegates said."
        ),
        "claims": [
            ("india", "small-scale-exemption", S,
             "subsidies to low-income and resource-poor fishers should stay entirely outside the disciplines", True),
            ("india", "overcapacity-disciplines", C,
             "could accept limits on capacity-enhancing subsidies only if the big industrial subsidisers cut", True),
            ("env-groups", "overcapacity-disciplines", S,
             "draft's curbs on overcapacity were essential and had to survive the ministerial meeting", True),
        ],
    },
    {
        "id": "005",
        "published": "2021-07-15T19:30:00Z",
        "outlet": "lighthouse-courier",
        "slug": "ministers-fail-to-seal-fish-deal",
        "title": "Ministers fail to seal fish deal but back text as basis for talks",
        "text": (
            "GENEVA, July 15 (Lighthouse Courier) - Trade ministers from more than 100 countries ended a day of "
            "talks on fishing subsidies on Thursday without a deal, but Director-General Ngozi Okonjo-Iweala "
            "said they had agreed to use the chair's draft as the basis for the final stretch.\n\n"
            "Okonjo-Iweala said she remained convinced members could conclude an agreement banning subsidies "
            "for illegal fishing and overfished stocks before the end of the year.\n\n"
            "India's commerce minister Piyush Goyal told the meeting that New Delhi would sign up only if the "
            "agreement left room for its millions of poor fishers and put the heaviest obligations on the "
            "nations that had subsidised large fleets for decades. He said subsidies for small-scale and "
            "artisanal fishing should be permanently exempt.\n\n"
            "US Trade Representative Katherine Tai repeated Washington's call for the agreement to address "
            "forced labour on fishing vessels, saying a text that ignored the issue would be incomplete.\n\n"
            "European Trade Commissioner Valdis Dombrovskis said the European Union wanted an ambitious outcome "
            "that tackled subsidies driving overcapacity and overfishing.\n\n"
            "China and India have argued that labour rights belong in the International Labour Organization "
            "rather than in a trade agreement on fish."
        ),
        "claims": [
            ("wto", "iuu-overfished-ban", S,
             "members could conclude an agreement banning subsidies for illegal fishing and overfished stocks", True),
            ("india", "iuu-overfished-ban", C,
             "New Delhi would sign up only if the agreement left room for its millions", True),
            ("india", "small-scale-exemption", S,
             "subsidies for small-scale and artisanal fishing should be permanently exempt", True),
            ("usa", "us-drops-forced-labour", O,
             "repeated Washington's call for the agreement to address forced labour on fishing vessels", True),
            ("eu", "overcapacity-disciplines", S,
             "wanted an ambitious outcome that tackled subsidies driving overcapacity and overfishing", True),
            ("china", "us-drops-forced-labour", S,
             "China and India have argued that labour rights belong in the International Labour Organization", False),
            ("india", "us-drops-forced-labour", S,
             "China and India have argued that labour rights belong in the International Labour Organization", False),
        ],
    },
    {
        "id": "006",
        "published": "2021-07-16T10:00:00Z",
        "outlet": "saltmarsh-wire",
        "slug": "diplomats-see-ministerial-as-last-chance-for-fish-deal",
        "title": "Diplomats see year-end ministerial as last chance for fish deal",
        "text": (
            "GENEVA, July 16 (Saltmarsh Wire) - A day after trade ministers failed to close a fisheries "
            "subsidies deal, diplomats in Geneva were already looking to the WTO's ministerial conference at "
            "the end of November as the next, and perhaps last, realistic deadline.\n\n"
            "Several ambassadors said privately that the gaps had narrowed but that the remaining ones were "
            "political. One Asian diplomat guessed that India might eventually settle for a shorter grace period "
            "if its small fishers were protected, while a European negotiator speculated that the forced labour "
            "language could end up in a preamble rather than in binding text.\n\n"
            "Neither guess could be confirmed. An official in the chair's office declined to say when a revised "
            "draft would be circulated, saying only that consultations would continue through the summer in "
            "smaller groups.\n\n"
            "Trade analysts noted that the WTO has missed every fisheries deadline since 2001, including a 2017 "
            "pledge made in Buenos Aires and the 2020 United Nations target. Some questioned whether a deal "
            "struck under time pressure would be strong enough to make a difference at sea.\n\n"
            "Ministerial conferences are the WTO's top decision-making body and usually meet every two years."
        ),
        "claims": [],
    },
    {
        "id": "007",
        "published": "2021-10-12T12:45:00Z",
        "outlet": "cape-observer",
        "slug": "india-says-it-will-not-trade-away-fishers-support",
        "title": "India says it will not trade away fishers' support at WTO",
        "text": (
            "NEW DELHI, Oct 12 (Cape Observer) - India will not accept any fisheries agreement at the World "
            "Trade Organization that takes away the support its poorest fishers depend on, the commerce and "
            "industry ministry said in a statement on Tuesday after consultations with coastal states and "
            "fishing unions.\n\n"
            "The ministry said subsidies for fuel, boats and nets given to traditional fishing families must "
            "stay outside any new rules. It repeated that nations with large industrial fleets should carry the "
            "burden of cuts, and said India was not opposed to disciplines on capacity as long as they did not "
            "reach the small boats working India's coasts.\n\n"
            "New Delhi also rejected bringing labour standards into the fisheries text, saying such questions "
            "were a matter for the International Labour Organization.\n\n"
            "Representatives of fishing unions at the meeting in New Delhi urged the government to walk away "
            "from the talks altogether. The opposition Congress party accused the government of failing to brief "
            "parliament on the negotiations.\n\n"
            "India has about four million marine fishers, most of them working from small craft close to shore, "
            "according to government figures."
        ),
        "claims": [
            ("india", "iuu-overfished-ban", C,
             "will not accept any fisheries agreement at the World Trade Organization that takes away", True),
            ("india", "small-scale-exemption", S,
             "subsidies for fuel, boats and nets given to traditional fishing families must", True),
            ("india", "overcapacity-disciplines", C,
             "India was not opposed to disciplines on capacity as long as they did not reach", True),
            ("india", "us-drops-forced-labour", S,
             "New Delhi also rejected bringing labour standards into the fisheries text", True),
        ],
    },
    {
        "id": "008",
        "published": "2021-11-08T17:00:00Z",
        "outlet": "tradewinds-report",
        "slug": "new-fish-subsidy-draft-lands-before-ministerial",
        "title": "New fish subsidy draft lands three weeks before ministerial",
        "text": (
            "GENEVA, Nov 8 (Tradewinds Report) - WTO members received a new draft fisheries subsidies agreement "
            "on Monday, the text that ministers are expected to work from when they meet in Geneva from Nov. "
            "30.\n\n"
            "Director-General Ngozi Okonjo-Iweala said the draft gave members what they needed to agree curbs "
            "on subsidies that drive overcapacity and overfishing at the conference, and urged capitals to give "
            "their negotiators room to move.\n\n"
            "An Indian commerce ministry official, speaking on condition of anonymity, called the text weak and "
            "unbalanced and said it asked almost nothing of the biggest fishing nations. India backed the idea "
            "of an agreement, the official said, but only one that answered the concerns of developing "
            "countries.\n\n"
            "Fiji, speaking for a group of Pacific island states, said the Pacific supported strong disciplines "
            "on subsidies that allow foreign fleets to overfish its waters and wanted them adopted at the "
            "ministerial. The group has long complained that subsidised distant-water fleets take a large share "
            "of the region's tuna.\n\n"
            "The draft leaves the length of transition periods for developing countries in square brackets."
        ),
        "claims": [
            ("wto", "overcapacity-disciplines", S,
             "agree curbs on subsidies that drive overcapacity and overfishing at the conference", True),
            ("india", "iuu-overfished-ban", C,
             "India backed the idea of an agreement, the official said, but only one", True),
            ("pacific-islands", "overcapacity-disciplines", S,
             "the Pacific supported strong disciplines on subsidies that allow foreign fleets to overfish its waters",
             True),
        ],
    },
    {
        "id": "009",
        "published": "2021-11-26T16:30:00Z",
        "outlet": "lighthouse-courier",
        "slug": "wto-postpones-ministerial-as-omicron-spreads",
        "title": "WTO postpones ministerial conference as Omicron variant spreads",
        "text": (
            "GENEVA, Nov 26 (Lighthouse Courier) - The World Trade Organization on Friday called off its "
            "ministerial conference, due to open in Geneva on Tuesday, after Switzerland imposed travel "
            "restrictions in response to the newly identified Omicron coronavirus variant.\n\n"
            "Members agreed at an emergency meeting of the General Council to postpone the gathering "
            "indefinitely. Director-General Ngozi Okonjo-Iweala said the decision was the right one given the "
            "uncertainty over the variant, and that the safety of delegations had to come first.\n\n"
            "The conference was expected to be the venue for a final push on a fisheries subsidies agreement, as "
            "well as talks on a pandemic response and food security. No new date was set. Officials said "
            "negotiations would continue in Geneva at ambassador level in the meantime.\n\n"
            "Hotels near the Palexpo conference centre reported a wave of cancellations on Friday afternoon, and "
            "several delegations that had already travelled began arranging flights home.\n\n"
            "It is the second time the meeting has been put off because of the pandemic. It was first scheduled "
            "to take place in Kazakhstan in June 2020."
        ),
        "claims": [],
    },
    {
        "id": "010",
        "published": "2022-03-15T08:30:00Z",
        "outlet": "quayside-journal",
        "slug": "indonesia-says-small-fishers-must-be-shielded",
        "title": "Indonesia says small fishers must be shielded in WTO deal",
        "text": (
            "JAKARTA, March 15 (Quayside Journal) - Indonesia will back a global ban on subsidies for illegal "
            "fishing only if the rules spare the millions of small-scale fishers who make up most of its fishing "
            "workforce, a senior trade ministry official said on Tuesday.\n\n"
            "The official told reporters in Jakarta that Indonesia wanted subsidies for traditional and "
            "artisanal fishers working within its waters to be exempt from the disciplines without a time "
            "limit. The current draft confines that exemption to fishing close to shore, which he said did not "
            "reflect how Indonesian fishers actually work.\n\n"
            "Indonesia, one of the world's largest producers of marine fish, is among several developing "
            "countries seeking broader flexibilities in the text.\n\n"
            "Fishing community groups have urged the government to reject any deal that touches fuel subsidies "
            "for small boats. The official said those concerns were being heard, but would not say whether "
            "Jakarta had set a deadline for its decision.\n\n"
            "Talks resumed in Geneva this month after the postponement of the ministerial conference, and the "
            "chair hopes to produce a cleaner text before members set a new date."
        ),
        "claims": [
            ("indonesia", "iuu-overfished-ban", C,
             "Indonesia will back a global ban on subsidies for illegal fishing only if", True),
            ("indonesia", "small-scale-exemption", S,
             "wanted subsidies for traditional and artisanal fishers working within its waters to be exempt", True),
        ],
    },
    {
        "id": "011",
        "published": "2022-05-19T18:10:00Z",
        "outlet": "saltmarsh-wire",
        "slug": "us-says-china-cannot-claim-developing-country-breaks",
        "title": "US says China cannot claim developing-country breaks in fish deal",
        "text": (
            "WASHINGTON, May 19 (Saltmarsh Wire) - The United States will not accept a fisheries subsidies "
            "agreement that lets the world's biggest subsidiser claim the flexibilities meant for poor "
            "countries, a senior official at the Office of the US Trade Representative said on Thursday, in a "
            "clear reference to China.\n\n"
            "The official told reporters that China, which operates the largest distant-water fleet in the "
            "world, should take on the same obligations as other major fishing powers. Beijing has insisted it "
            "remains a developing country entitled to special treatment, a status it defends across the "
            "WTO.\n\n"
            "The official also said Washington could not support transition periods of decades for developing "
            "countries, calling grace periods of 25 years, as some members have sought, incompatible with the "
            "goal of protecting fish stocks.\n\n"
            "Asked whether the United States would still insist on its forced labour proposal at next month's "
            "ministerial conference, the official declined to say, noting only that consultations were "
            "continuing.\n\n"
            "The WTO has rescheduled its ministerial conference for June 12 to 15 in Geneva."
        ),
        "claims": [
            ("usa", "china-gives-up-sdt", S,
             "should take on the same obligations as other major fishing powers", True),
            ("china", "china-gives-up-sdt", O,
             "Beijing has insisted it remains a developing country entitled to special treatment", False),
            ("usa", "long-transition", O,
             "Washington could not support transition periods of decades for developing countries", True),
        ],
    },
    {
        "id": "012",
        "published": "2022-06-09T13:00:00Z",
        "outlet": "tradewinds-report",
        "slug": "goyal-heads-to-geneva-vowing-to-defend-fishers",
        "title": "Goyal heads to Geneva vowing to defend India's fishers",
        "text": (
            "NEW DELHI, June 9 (Tradewinds Report) - Commerce Minister Piyush Goyal said on Thursday that India "
            "would insist at next week's WTO ministerial conference on a 25-year transition period before any "
            "curbs on fishing subsidies apply to developing countries.\n\n"
            "Speaking to reporters in New Delhi before leaving for Geneva, Goyal said India was not against an "
            "agreement that did not hurt its fishermen, and that the country had never subsidised illegal "
            "fishing. He said the poorest fishing families must be able to keep receiving state support for as "
            "long as they need it.\n\n"
            "Goyal said the United States and the European Union had told him they could not accept transitions "
            "that long, but that India would keep making its case. He said India would protect the interests of "
            "its fishermen whatever the pressure.\n\n"
            "India's delegation will include officials from the fisheries department as well as its mission in "
            "Geneva, and the minister is due to hold meetings with several African and Caribbean counterparts "
            "on the sidelines of the conference."
        ),
        "claims": [
            ("india", "long-transition", S,
             "India would insist at next week's WTO ministerial conference on a 25-year transition period", True),
            ("india", "iuu-overfished-ban", C,
             "India was not against an agreement that did not hurt its fishermen", True),
            ("india", "small-scale-exemption", S,
             "the poorest fishing families must be able to keep receiving state support", True),
            ("usa", "long-transition", O,
             "the United States and the European Union had told him they could not accept", False),
            ("eu", "long-transition", O,
             "the United States and the European Union had told him they could not accept", False),
        ],
    },
    {
        "id": "013",
        "published": "2022-06-12T17:00:00Z",
        "outlet": "lighthouse-courier",
        "slug": "wto-ministerial-opens-with-fish-deal-in-sight",
        "title": "WTO ministerial opens with fish deal in sight, Okonjo-Iweala says",
        "text": (
            "GENEVA, June 12 (Lighthouse Courier) - The World Trade Organization's first ministerial conference "
            "in more than four years opened in Geneva on Sunday, with Director-General Ngozi Okonjo-Iweala "
            "telling ministers that an agreement curbing harmful fishing subsidies was within reach if they "
            "were willing to compromise.\n\n"
            "Okonjo-Iweala said a ban on support for illegal fishing and for overfished stocks would be the "
            "first WTO agreement with sustainability at its heart. She said she would be happy to leave Geneva "
            "with even a few successes, and urged members to keep their expectations realistic.\n\n"
            "Outside the conference centre, campaigners from environmental groups set up an ice sculpture of a "
            "fish that slowly melted during the day, with banners urging ministers to end subsidies that fuel "
            "overfishing and overcapacity.\n\n"
            "The meeting, planned for four days, is also discussing a waiver of patents on COVID-19 vaccines, "
            "food security and reform of the organisation. More than 100 ministers are attending. Kazakhstan, "
            "which was to have hosted the conference in 2020, holds its chair."
        ),
        "claims": [
            ("wto", "iuu-overfished-ban", S,
             "an agreement curbing harmful fishing subsidies was within reach", True),
            ("env-groups", "overcapacity-disciplines", S,
             "urging ministers to end subsidies that fuel overfishing and overcapacity", True),
        ],
    },
    {
        "id": "014",
        "published": "2022-06-14T20:00:00Z",
        "outlet": "quayside-journal",
        "slug": "india-digs-in-on-25-year-exemption",
        "title": "India digs in on 25-year exemption as fish talks stall",
        "text": (
            "GENEVA, June 14 (Quayside Journal) - India said on Tuesday it would not sign up to a fisheries "
            "subsidies agreement unless developing countries got a 25-year exemption, a demand that left the "
            "WTO's flagship negotiation close to collapse on the third day of its ministerial conference.\n\n"
            "Commerce Minister Piyush Goyal told a meeting of ministers that the proposed two-year grace period "
            "for developing countries was unacceptable and that India's fishers could not be asked to pay for "
            "damage done by industrial fleets. He also sought an exemption for traditional fishers across "
            "India's 200-mile exclusive economic zone.\n\n"
            "European Commissioner Valdis Dombrovskis said a quarter of a century was far too long and would "
            "defeat the purpose of the agreement. The EU was ready to show flexibility on the length of "
            "transitions, he said, but not to that extent.\n\n"
            "Pacific island states pleaded with ministers not to let the ban on subsidies for illegal fishing "
            "fall victim to the dispute. Tonga's delegation said small island nations had waited 20 years for "
            "it.\n\n"
            "Several ministers said talks would continue through the night."
        ),
        "claims": [
            ("india", "iuu-overfished-ban", C,
             "would not sign up to a fisheries subsidies agreement unless", True),
            ("india", "long-transition", S,
             "unless developing countries got a 25-year exemption", True),
            ("india", "small-scale-exemption", S,
             "sought an exemption for traditional fishers across India's 200-mile exclusive economic zone", True),
            ("eu", "long-transition", O,
             "a quarter of a century was far too long", True),
            ("pacific-islands", "iuu-overfished-ban", S,
             "not to let the ban on subsidies for illegal fishing fall victim to the dispute", True),
        ],
    },
    {
        "id": "015",
        "published": "2022-06-16T02:30:00Z",
        "outlet": "saltmarsh-wire",
        "slug": "india-demands-overcapacity-rules-be-cut",
        "title": "India demands overcapacity rules be cut from WTO fish package",
        "text": (
            "GENEVA, June 16 (Saltmarsh Wire) - India hardened its position in the WTO fisheries talks early on "
            "Thursday, telling the conference it could not accept any disciplines on subsidies linked to "
            "overcapacity and overfishing at this meeting and that the section should be taken out of the "
            "package.\n\n"
            "Commerce Minister Piyush Goyal said the chapter had been drafted to suit rich countries and would "
            "lock developing nations out of building their own fleets. He said the rules on illegal fishing and "
            "overfished stocks could go ahead on their own if members wanted an outcome.\n\n"
            "Until now New Delhi had said it could live with capacity rules provided its fishers were protected "
            "and it received a long transition.\n\n"
            "The European Union and several Latin American members argued for keeping the overcapacity "
            "provisions, diplomats said. Negotiators worked on a slimmed-down text through the night, and the "
            "conference, which had been due to end on Wednesday, was extended.\n\n"
            "Okonjo-Iweala declined to say whether she expected the section to survive, telling reporters only "
            "that members were working very hard."
        ),
        "claims": [
            ("india", "overcapacity-disciplines", O,
             "could not accept any disciplines on subsidies linked to overcapacity and overfishing at this meeting",
             True),
            ("india", "iuu-overfished-ban", C,
             "the rules on illegal fishing and overfished stocks could go ahead on their own", True),
            ("eu", "overcapacity-disciplines", S,
             "argued for keeping the overcapacity provisions, diplomats said", False),
        ],
    },
    {
        "id": "016",
        "published": "2022-06-17T09:30:00Z",
        "outlet": "cape-observer",
        "slug": "wto-seals-first-fisheries-subsidies-deal",
        "title": "WTO seals first fisheries subsidies deal; India says its fishers are safe",
        "text": (
            "GENEVA, June 17 (Cape Observer) - WTO members agreed early on Friday to ban subsidies for illegal, "
            "unreported and unregulated fishing and for fishing overfished stocks, the first multilateral "
            "agreement on the issue after more than 20 years of talks.\n\n"
            "The deal, adopted by consensus after five nights of negotiations, leaves out the disputed rules on "
            "subsidies that contribute to overcapacity and overfishing. Members committed to keep negotiating "
            "them, and the agreement will lapse four years after it enters into force unless those rules are "
            "adopted or members decide otherwise.\n\n"
            "India's commerce minister Piyush Goyal, who had held out for most of the week, said India fully "
            "backed the agreement because it protected the livelihoods of its fishermen. He told reporters that "
            "India had not had to give ground on a single issue.\n\n"
            "Director-General Ngozi Okonjo-Iweala called the agreement a first step that would help make the "
            "oceans healthier.\n\n"
            "Valdis Dombrovskis, the EU trade commissioner, said the bloc would keep pushing for binding limits "
            "on overcapacity in the next phase."
        ),
        "claims": [
            ("india", "iuu-overfished-ban", S,
             "India fully backed the agreement because it protected the livelihoods of its fishermen", True),
            ("wto", "iuu-overfished-ban", S,
             "called the agreement a first step that would help make the oceans healthier", True),
            ("eu", "overcapacity-disciplines", S,
             "would keep pushing for binding limits on overcapacity in the next phase", True),
        ],
    },
    {
        "id": "017",
        "published": "2022-06-17T11:10:00Z",
        "outlet": "tradewinds-report",
        "slug": "fish-subsidy-ban-agreed-at-wto-india-on-board",
        "title": "WTO members agree fish subsidy ban after India comes on board",
        "text": (
            "GENEVA, June 17 (Tradewinds Report) - Members of the WTO agreed in the early hours of Friday to "
            "prohibit subsidies for illegal, unreported and unregulated fishing and for fishing stocks that are "
            "already overfished, the first multilateral deal on the subject after two decades of "
            "negotiation.\n\n"
            "The agreement, reached by consensus after five nights of talks, drops the contested rules on "
            "subsidies that feed overcapacity and overfishing. Members promised to keep negotiating them, and "
            "the deal will expire four years after entering into force unless those rules are agreed or members "
            "decide otherwise.\n\n"
            "Commerce Minister Piyush Goyal, who had held out for most of the week, said India fully backed the "
            "agreement because it protected the livelihoods of its fishermen. India had not been forced to give "
            "ground on any issue, he told reporters.\n\n"
            "WTO Director-General Ngozi Okonjo-Iweala called the agreement a first step that would help make the "
            "oceans healthier.\n\n"
            "EU trade commissioner Valdis Dombrovskis said the bloc would keep pushing for binding limits on "
            "overcapacity in the next phase."
        ),
        "claims": [
            ("india", "iuu-overfished-ban", S,
             "India fully backed the agreement because it protected the livelihoods of its fishermen", True),
            ("wto", "iuu-overfished-ban", S,
             "called the agreement a first step that would help make the oceans healthier", True),
            ("eu", "overcapacity-disciplines", S,
             "would keep pushing for binding limits on overcapacity in the next phase", True),
        ],
    },
    {
        "id": "018",
        "published": "2022-06-17T21:00:00Z",
        "outlet": "lighthouse-courier",
        "slug": "us-backs-wto-fish-deal-without-forced-labour-clause",
        "title": "US backs WTO fish deal without forced labour clause, vows to return to it",
        "text": (
            "WASHINGTON, June 17 (Lighthouse Courier) - The United States welcomed the WTO's new agreement on "
            "fisheries subsidies on Friday and accepted that it does not contain the forced labour provisions "
            "Washington had sought, on the understanding that the issue would come back in later talks.\n\n"
            "Trade Representative Katherine Tai said in a statement that the ban on subsidies for illegal "
            "fishing, overfished stocks and fishing on the unregulated high seas would target the worst "
            "practices at sea. She said the agreement's coverage of fishing-related activities was a step "
            "against forced labour, and that the United States would seek more transparency on the issue in "
            "future negotiations.\n\n"
            "Tai said Washington would also keep working for new disciplines on subsidies that contribute to "
            "overfishing and overcapacity, which members agreed to keep negotiating.\n\n"
            "US officials had pushed since May last year for members to report vessels suspected of using "
            "forced labour. Several developing countries resisted, arguing the topic belonged elsewhere.\n\n"
            "Some US lawmakers said the agreement fell short of what the administration had promised."
        ),
        "claims": [
            ("usa", "us-drops-forced-labour", C,
             "accepted that it does not contain the forced labour provisions Washington had sought", True),
            ("usa", "iuu-overfished-ban", S,
             "The United States welcomed the WTO's new agreement on fisheries subsidies", True),
            ("usa", "overcapacity-disciplines", S,
             "would also keep working for new disciplines on subsidies that contribute to overfishing and overcapacity",
             True),
        ],
    },
    {
        "id": "019",
        "published": "2022-06-18T12:00:00Z",
        "outlet": "quayside-journal",
        "slug": "green-groups-slam-wto-fish-deal",
        "title": "Green groups slam WTO fish deal as too weak",
        "text": (
            "GENEVA, June 18 (Quayside Journal) - Environmental groups gave a mixed verdict on Saturday on the "
            "fisheries agreement reached at the WTO, welcoming the ban on the most damaging subsidies while "
            "warning that the biggest source of harm had been left untouched.\n\n"
            "The Pew Charitable Trusts said the agreement was a historic first step that would stop governments "
            "paying for illegal fishing and for catching depleted stocks. Isabel Jarrett, who leads Pew's work "
            "on the issue, said members now had to finish the job by agreeing limits on subsidies that drive "
            "overcapacity, which account for most of the money.\n\n"
            "Oceana called the outcome a partial win. The group said that without rules on fuel subsidies and "
            "vessel construction, large industrial fleets would keep fishing at levels the oceans cannot "
            "sustain.\n\n"
            "WWF said the four-year deadline written into the agreement gave negotiators a strong reason to "
            "return to the table quickly.\n\n"
            "Fishing industry associations in Europe were more cautious, saying they would study the details "
            "before taking a position."
        ),
        "claims": [
            ("env-groups", "iuu-overfished-ban", S,
             "the agreement was a historic first step that would stop governments paying for illegal fishing", True),
            ("env-groups", "overcapacity-disciplines", S,
             "members now had to finish the job by agreeing limits on subsidies that drive overcapacity", True),
        ],
    },
    {
        "id": "020",
        "published": "2022-06-21T09:00:00Z",
        "outlet": "saltmarsh-wire",
        "slug": "indonesia-backs-wto-fish-deal",
        "title": "Indonesia backs WTO fish deal, says small fishers keep their support",
        "text": (
            "JAKARTA, June 21 (Saltmarsh Wire) - Indonesia supports the fisheries subsidies agreement reached at "
            "the WTO last week and will not have to cut support for its small-scale fishers, a member of its "
            "negotiating team said on Tuesday.\n\n"
            "Nilanto Perbowo, a fisheries official who was part of the delegation in Geneva, told a briefing "
            "that the country had secured what it needed because its fishers could keep receiving subsidies "
            "under the agreement's provisions for developing countries and for sustainably managed fisheries. "
            "Indonesia had fought from the beginning for exemptions for traditional fishers, he said, and would "
            "keep doing so in the next phase.\n\n"
            "Fishing community groups criticised the outcome, saying the exemptions were too narrow and would "
            "not protect boats that venture beyond the 12-mile limit. They urged parliament not to ratify the "
            "agreement.\n\n"
            "Indonesia's fleet works waters stretching from the Indian Ocean to the Pacific, and the country is "
            "among the world's largest producers of wild-caught fish."
        ),
        "claims": [
            ("indonesia", "iuu-overfished-ban", S,
             "Indonesia supports the fisheries subsidies agreement reached at the WTO last week", True),
            ("indonesia", "small-scale-exemption", S,
             "Indonesia had fought from the beginning for exemptions for traditional fishers", True),
        ],
    },
    {
        "id": "021",
        "published": "2022-06-24T14:00:00Z",
        "outlet": "cape-observer",
        "slug": "explainer-four-year-clock-in-wto-fish-deal",
        "title": "Explainer: the four-year clock ticking inside the WTO fish deal",
        "text": (
            "GENEVA, June 24 (Cape Observer) - The fisheries subsidies agreement adopted at the WTO last week "
            "contains an unusual clause: it will end automatically unless members finish the job they left "
            "undone.\n\n"
            "Under the text, the agreement terminates four years after it enters into force if comprehensive "
            "disciplines have not been adopted by then, unless the General Council decides otherwise. The clause "
            "was written in because the rules on subsidies that contribute to overcapacity and overfishing were "
            "removed in the final hours of the conference.\n\n"
            "Before any of that, the agreement must enter into force, which requires formal acceptance by "
            "two-thirds of the WTO's 164 members. Trade lawyers expect that to take at least a year and probably "
            "longer, since many governments need parliamentary approval.\n\n"
            "The deal also creates a voluntary fund to help developing and least developed countries apply the "
            "rules, financed by contributions from richer members.\n\n"
            "Some analysts think the clock will focus minds before the next ministerial conference. Others "
            "suspect members will simply agree to extend it if the talks stall again."
        ),
        "claims": [],
    },
    {
        "id": "022",
        "published": "2022-06-28T11:30:00Z",
        "outlet": "tradewinds-report",
        "slug": "goyal-denies-india-gave-ground-at-wto",
        "title": "Goyal denies India gave ground at WTO, says fish rules protect its fleet",
        "text": (
            "NEW DELHI, June 28 (Tradewinds Report) - Commerce Minister Piyush Goyal on Tuesday rejected "
            "opposition claims that India had made concessions on fisheries at the WTO, saying the agreement "
            "reached in Geneva fully protected the country's fishing communities.\n\n"
            "Goyal told a news conference that India had kept its right to support traditional and small-scale "
            "fishers, and denied that the government had agreed to any cut in the support they receive. He said "
            "India had been right to keep the overcapacity rules out of the package, because the draft would "
            "have frozen the advantage of rich fishing nations.\n\n"
            "He said India stood by the agreement adopted in Geneva and would help bring it into force.\n\n"
            "The opposition Congress party said fishermen's unions had not been consulted and that the "
            "government should publish the full text with an explanation of its obligations. Several coastal "
            "state governments have asked for briefings.\n\n"
            "Goyal also dismissed suggestions that India had isolated itself during the conference, saying "
            "dozens of developing countries had shared its concerns."
        ),
        "claims": [
            ("india", "small-scale-exemption", S,
             "India had kept its right to support traditional and small-scale fishers", True),
            ("india", "overcapacity-disciplines", O,
             "India had been right to keep the overcapacity rules out of the package", True),
            ("india", "iuu-overfished-ban", S,
             "India stood by the agreement adopted in Geneva and would help bring it into force", True),
        ],
    },
    {
        "id": "023",
        "published": "2022-12-20T10:00:00Z",
        "outlet": "quayside-journal",
        "slug": "wto-chief-scolds-members-over-stalled-fish-talks",
        "title": "WTO chief scolds members over stalled fisheries talks",
        "text": (
            "GENEVA, Dec 20 (Quayside Journal) - Director-General Ngozi Okonjo-Iweala told WTO members on "
            "Monday that six months without negotiations on fisheries subsidies was unacceptable, as a dispute "
            "over who should chair the talks kept the second phase from starting.\n\n"
            "Okonjo-Iweala told a closed meeting of the General Council that members had promised in June to "
            "finish rules on subsidies that contribute to overcapacity, and that fish stocks kept declining "
            "while they argued, according to remarks relayed by a spokesperson.\n\n"
            "The fisheries group has had no chair since Santiago Wills left Geneva. Delegates said India had "
            "objected to candidates put forward for the fisheries and agriculture posts, while Pakistan "
            "favoured a different nominee. An Indian official said the selection process had not been "
            "transparent.\n\n"
            "The agreement reached in June has so far been formally accepted by only a handful of members, far "
            "short of the two-thirds needed for it to take effect."
        ),
        "claims": [
            ("wto", "overcapacity-disciplines", S,
             "members had promised in June to finish rules on subsidies that contribute to overcapacity", True),
        ],
    },
    {
        "id": "024",
        "published": "2023-04-14T19:00:00Z",
        "outlet": "saltmarsh-wire",
        "slug": "us-formally-accepts-wto-fisheries-agreement",
        "title": "US formally accepts WTO fisheries subsidies agreement",
        "text": (
            "WASHINGTON, April 14 (Saltmarsh Wire) - The United States has formally accepted the WTO agreement "
            "banning subsidies for illegal fishing and for fishing overfished stocks, becoming one of the first "
            "major fishing nations to complete the process.\n\n"
            "The Office of the US Trade Representative said the step showed Washington's commitment to ending "
            "harmful subsidies and urged other members to follow quickly so the agreement could take "
            "effect.\n\n"
            "USTR said it wanted the second phase to deliver strong disciplines on subsidies that fuel "
            "overcapacity and overfishing, and that the biggest subsidisers, including China, should not be "
            "able to escape them by claiming developing-country status.\n\n"
            "A USTR spokesperson declined to say whether Washington would again table forced labour language in "
            "the second phase of the talks.\n\n"
            "The agreement needs acceptance by two-thirds of WTO members to enter into force. Switzerland, "
            "Singapore and the Seychelles were among the first to deposit their instruments of acceptance with "
            "the WTO secretariat in Geneva."
        ),
        "claims": [
            ("usa", "iuu-overfished-ban", S,
             "The United States has formally accepted the WTO agreement banning subsidies for illegal fishing", True),
            ("usa", "overcapacity-disciplines", S,
             "wanted the second phase to deliver strong disciplines on subsidies that fuel overcapacity", True),
            ("usa", "china-gives-up-sdt", S,
             "should not be able to escape them by claiming developing-country status", True),
        ],
    },
    {
        "id": "025",
        "published": "2023-06-27T12:00:00Z",
        "outlet": "cape-observer",
        "slug": "china-accepts-wto-fish-subsidy-pact",
        "title": "China accepts WTO fish subsidy pact, signals flexibility on special treatment",
        "text": (
            "TIANJIN, China, June 27 (Cape Observer) - China formally accepted the WTO agreement on fisheries "
            "subsidies on Tuesday, with Commerce Minister Wang Wentao handing the instrument of acceptance to "
            "Director-General Ngozi Okonjo-Iweala at a meeting in the northern port city.\n\n"
            "Wang said China, as the world's largest developing country, would handle special and differential "
            "treatment in the talks autonomously and pragmatically, and would take on obligations in line with "
            "its level of development and capacity. Beijing had previously insisted on the full flexibilities "
            "available to developing members.\n\n"
            "He said China wanted the agreement in force before the next ministerial conference, due in Abu "
            "Dhabi in February.\n\n"
            "Okonjo-Iweala said China's support was critical because it is the world's leading marine fishing "
            "nation, and she welcomed its acceptance as a boost for the agreement.\n\n"
            "China's distant-water fleet, active from West Africa to the South China Sea and the southeast "
            "Pacific, is the largest in the world."
        ),
        "claims": [
            ("china", "iuu-overfished-ban", S,
             "China formally accepted the WTO agreement on fisheries subsidies on Tuesday", True),
            ("china", "china-gives-up-sdt", C,
             "would handle special and differential treatment in the talks autonomously and pragmatically", True),
            ("wto", "iuu-overfished-ban", S,
             "welcomed its acceptance as a boost for the agreement", True),
        ],
    },
    {
        "id": "026",
        "published": "2023-07-17T15:00:00Z",
        "outlet": "tradewinds-report",
        "slug": "indonesia-tables-polluter-pays-plan",
        "title": "Indonesia tables 'polluter pays' plan for second-phase fish rules",
        "text": (
            "GENEVA, July 17 (Tradewinds Report) - Indonesia has proposed a new framework for the unfinished WTO "
            "rules on subsidies that contribute to overcapacity and overfishing, arguing that countries which "
            "built up industrial fleets with public money should carry most of the burden.\n\n"
            "The paper, circulated to members last week, says Indonesia could support disciplines on "
            "capacity-enhancing subsidies provided they follow the principles of common but differentiated "
            "responsibilities and polluter pays, and respect coastal states' rights under the law of the "
            "sea.\n\n"
            "Several developing countries welcomed the proposal during a week of negotiations that ended on "
            "Friday, according to trade officials. A European diplomat said the paper revived ideas that had "
            "already been debated at length.\n\n"
            "The WTO's fisheries chair, Iceland's ambassador Einar Gunnarsson, said he would present his "
            "assessment of where members stood before the summer break. Members are aiming to conclude the "
            "second phase at the ministerial conference in Abu Dhabi next February."
        ),
        "claims": [
            ("indonesia", "overcapacity-disciplines", C,
             "Indonesia could support disciplines on capacity-enhancing subsidies provided they follow the principles",
             True),
        ],
    },
    {
        "id": "027",
        "published": "2023-12-01T16:00:00Z",
        "outlet": "lighthouse-courier",
        "slug": "fish-talks-chair-issues-new-draft-ahead-of-abu-dhabi",
        "title": "Fish talks chair issues new draft ahead of Abu Dhabi",
        "text": (
            "GENEVA, Dec 1 (Lighthouse Courier) - The chair of the WTO fisheries negotiations circulated a "
            "revised draft for the second phase of the talks on Friday, setting out rules on subsidies that "
            "contribute to overcapacity and overfishing for ministers to consider in Abu Dhabi in February.\n\n"
            "Einar Gunnarsson, Iceland's ambassador, said the text was not agreed by anyone but reflected his "
            "judgement of what could attract consensus. It would let developing countries keep certain "
            "subsidies for a transition period and exempt low-income fishers operating close to shore, with the "
            "exact limits left in brackets.\n\n"
            "Pacific island states said in a joint statement that the draft was a sound basis and that they "
            "wanted the disciplines concluded at the ministerial. They also asked for assurance that fees paid "
            "by foreign fleets for access to their waters would not be treated as subsidies.\n\n"
            "Director-General Ngozi Okonjo-Iweala said the second phase was needed to save the first, pointing "
            "to the four-year clock written into last year's agreement.\n\n"
            "The draft was also discussed informally on the sidelines of an Asia-Pacific Economic Cooperation "
            "meeting last month, officials said."
        ),
        "claims": [
            ("pacific-islands", "overcapacity-disciplines", S,
             "wanted the disciplines concluded at the ministerial", True),
            ("wto", "overcapacity-disciplines", S,
             "the second phase was needed to save the first", True),
        ],
    },
    {
        "id": "028",
        "published": "2024-02-15T14:30:00Z",
        "outlet": "quayside-journal",
        "slug": "china-says-it-will-give-up-special-treatment-in-fish-talks",
        "title": "China says it will give up special treatment in WTO fish talks",
        "text": (
            "GENEVA, Feb 15 (Quayside Journal) - China will not compete with other developing countries for "
            "flexibilities under the WTO's new fisheries rules, its ambassador Li Chenggang said on Thursday, "
            "in the clearest signal yet of how Beijing will approach the talks in Abu Dhabi this month.\n\n"
            "Li told a news conference that China, which remains registered as a developing member, would not "
            "use its status to crowd out poorer countries, but he did not say that China would forgo special "
            "treatment altogether. Asked directly, he said China would decide for itself how to apply the "
            "flexibilities.\n\n"
            "He said China was ready to accept the chair's draft disciplines on subsidies that drive overcapacity "
            "and overfishing, and wanted them adopted at the ministerial conference.\n\n"
            "Diplomats said China's position would be closely watched, since it is the world's biggest "
            "subsidiser of fishing. The United States has long argued that China should not receive the "
            "flexibilities meant for poorer members."
        ),
        "claims": [
            ("china", "china-gives-up-sdt", C,
             "would not use its status to crowd out poorer countries", True),
            ("china", "overcapacity-disciplines", S,
             "China was ready to accept the chair's draft disciplines on subsidies that drive overcapacity", True),
            ("usa", "china-gives-up-sdt", S,
             "The United States has long argued that China should not receive the flexibilities", False),
        ],
    },
    {
        "id": "029",
        "published": "2024-02-26T12:00:00Z",
        "outlet": "saltmarsh-wire",
        "slug": "wto-ministers-gather-in-abu-dhabi",
        "title": "WTO ministers gather in Abu Dhabi with fish deal on the line",
        "text": (
            "ABU DHABI, Feb 26 (Saltmarsh Wire) - Trade ministers from the WTO's 164 members opened their 13th "
            "ministerial conference in Abu Dhabi on Monday, with a second agreement on fishing subsidies among "
            "the few outcomes officials consider within reach.\n\n"
            "The United Arab Emirates' trade minister, Thani bin Ahmed Al Zeyoudi, who chairs the conference, "
            "told delegates the meeting should show that the organisation can still deliver. Ministers approved "
            "the accession of Comoros and Timor-Leste at the opening session.\n\n"
            "Delegates said fisheries, agriculture and a moratorium on customs duties on electronic transmissions "
            "would dominate the four days of talks. Several predicted late nights, and some expected the "
            "conference to run beyond its scheduled close on Thursday.\n\n"
            "Analysts said the outcome on fish could hinge on India, whose position was seen as pivotal, and on "
            "how far the largest subsidisers are prepared to go. Neither the Indian nor the US delegation "
            "commented on its plans on Monday.\n\n"
            "The conference is being held at the Abu Dhabi National Exhibition Centre."
        ),
        "claims": [],
    },
    {
        "id": "030",
        "published": "2024-02-28T21:15:00Z",
        "outlet": "cape-observer",
        "slug": "india-sticks-to-25-year-demand-in-abu-dhabi",
        "title": "India sticks to 25-year demand as fish talks enter final stretch",
        "text": (
            "ABU DHABI, Feb 28 (Cape Observer) - India told ministers in Abu Dhabi on Wednesday that it could "
            "sign up to the new rules on subsidies driving overcapacity and overfishing only if nations with big "
            "distant-water fleets stopped subsidising fishing beyond their own waters for 25 years.\n\n"
            "Commerce Minister Piyush Goyal also repeated India's call for a 25-year transition before developing "
            "countries must cut their own support, and for a full exemption for low-income fishers anywhere "
            "within a 200-mile exclusive economic zone. He said India would not compromise on the livelihoods of "
            "its fishing families.\n\n"
            "The European Union said it could accept an exemption for poor fishers working close to shore, but "
            "not one stretching across entire economic zones, which it said would empty the disciplines of "
            "meaning.\n\n"
            "A US trade official said Washington could not accept a transition of a quarter of a century. The "
            "official said the chair's draft already gave developing countries generous flexibility.\n\n"
            "Talks on the fisheries text continued late into the night."
        ),
        "claims": [
            ("india", "overcapacity-disciplines", C,
             "could sign up to the new rules on subsidies driving overcapacity and overfishing only if", True),
            ("india", "long-transition", S,
             "repeated India's call for a 25-year transition before developing countries must cut", True),
            ("india", "small-scale-exemption", S,
             "a full exemption for low-income fishers anywhere within a 200-mile exclusive economic zone", True),
            ("eu", "small-scale-exemption", C,
             "could accept an exemption for poor fishers working close to shore, but not one", True),
            ("usa", "long-transition", O,
             "Washington could not accept a transition of a quarter of a century", True),
        ],
    },
    {
        "id": "031",
        "published": "2024-03-02T08:00:00Z",
        "outlet": "tradewinds-report",
        "slug": "wto-talks-end-without-second-fisheries-deal",
        "title": "WTO talks end in Abu Dhabi without second fisheries deal",
        "text": (
            "ABU DHABI, March 2 (Tradewinds Report) - The WTO's ministerial conference ended early on Saturday, "
            "more than a day late, without agreement on new rules for fishing subsidies that contribute to "
            "overcapacity and overfishing.\n\n"
            "Director-General Ngozi Okonjo-Iweala said she was disappointed, but that members had come close and "
            "should finish the disciplines in Geneva as soon as possible.\n\n"
            "Several diplomats said India had refused to join a consensus on the text in the final hours, though "
            "at least one other delegation was also said to have raised late objections.\n\n"
            "Pacific island states said they were dismayed that the talks had again ended without rules on "
            "subsidised industrial fleets, which they said were emptying their waters. Vanuatu's delegation said "
            "small island states would keep pushing for the disciplines in Geneva.\n\n"
            "The Pew Charitable Trusts called the failure a missed opportunity and urged governments to conclude "
            "the disciplines this year.\n\n"
            "Ministers did agree to extend the moratorium on customs duties on electronic transmissions until "
            "the next ministerial conference."
        ),
        "claims": [
            ("wto", "overcapacity-disciplines", S,
             "members had come close and should finish the disciplines in Geneva as soon as possible", True),
            ("india", "overcapacity-disciplines", O,
             "Several diplomats said India had refused to join a consensus on the text", False),
            ("pacific-islands", "overcapacity-disciplines", S,
             "small island states would keep pushing for the disciplines in Geneva", True),
            ("env-groups", "overcapacity-disciplines", S,
             "urged governments to conclude the disciplines this year", True),
        ],
    },
    {
        "id": "032",
        "published": "2024-03-02T15:00:00Z",
        "outlet": "quayside-journal",
        "slug": "goyal-says-india-blocked-nothing",
        "title": "Goyal says India blocked nothing, only defended its fishers",
        "text": (
            "ABU DHABI, March 2 (Quayside Journal) - Commerce Minister Piyush Goyal on Saturday rejected "
            "suggestions that India had sunk the fisheries talks, saying it had only stood up for millions of "
            "poor fishers.\n\n"
            "Goyal told reporters that India remained ready to agree disciplines on subsidies that drive "
            "overcapacity in exchange for heavier cuts by the big subsidising nations, provided developing "
            "countries kept their policy space. He said India's demands for a 25-year transition and for a "
            "carve-out for small fishers within the exclusive economic zone were fair and would stay on the "
            "table.\n\n"
            "He said the United States and the European Union had ignored India's proposals, though neither "
            "commented on his remarks.\n\n"
            "India's opposition parties accused the government of isolating the country, while fishermen's "
            "unions in Kerala and Tamil Nadu praised Goyal for holding firm.\n\n"
            "Negotiations are expected to resume in Geneva after the conference."
        ),
        "claims": [
            ("india", "overcapacity-disciplines", C,
             "India remained ready to agree disciplines on subsidies that drive overcapacity in exchange for", True),
            ("india", "long-transition", S,
             "India's demands for a 25-year transition", True),
            ("india", "small-scale-exemption", S,
             "a carve-out for small fishers within the exclusive economic zone were fair", True),
        ],
    },
]

# Duplicate pairs: (original, copy). The copy is the same story the same day from another outlet.
DUPLICATES = [("002", "003"), ("016", "017")]

SHIFTS = [
    {"actor": "india", "issue": "overcapacity-disciplines", "from": C, "to": O, "article": "015",
     "why": "Goyal says India cannot accept any overcapacity disciplines at MC12 and wants the section taken out; "
            "in 004 and 007 India would accept capacity limits if big subsidisers cut first and small boats were spared."},
    {"actor": "india", "issue": "iuu-overfished-ban", "from": C, "to": S, "article": "016",
     "why": "Goyal says India fully backs the adopted agreement; until 015 India would sign only if its fishers were "
            "protected and developing countries got a 25-year exemption. 017 is the duplicate copy and must not alert again."},
    {"actor": "usa", "issue": "us-drops-forced-labour", "from": O, "to": C, "article": "018",
     "why": "Washington accepts the agreement without the forced-labour provisions it had sought, on the understanding "
            "that the issue returns later; in 002, 003 and 005 it asked for forced labour to be part of the deal."},
    {"actor": "indonesia", "issue": "iuu-overfished-ban", "from": C, "to": S, "article": "020",
     "why": "An Indonesian negotiator says Indonesia supports the agreement; in 010 Jakarta would back the ban only if "
            "small-scale fishers were spared."},
    {"actor": "china", "issue": "china-gives-up-sdt", "from": O, "to": C, "article": "025",
     "why": "Wang Wentao says China will handle special treatment autonomously and pragmatically and take on obligations "
            "matching its capacity; the baseline (and 011's background) is Beijing insisting on full developing-country flexibilities."},
    {"actor": "china", "issue": "overcapacity-disciplines", "from": C, "to": S, "article": "028",
     "why": "Li Chenggang says China is ready to accept the chair's overcapacity disciplines and wants them adopted at "
            "MC13; the baseline is China's conditional engagement."},
    {"actor": "india", "issue": "overcapacity-disciplines", "from": O, "to": C, "article": "030",
     "why": "India says it could sign the overcapacity rules only if distant-water nations halt subsidies beyond their "
            "waters for 25 years; in 015 and 022 it rejected the disciplines outright."},
]

STANCES = {S, O, C}
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]*[A-Z](, [A-Z][A-Za-z .'-]+)?, "
    r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - "
)
MONTHS = {"Jan": 1, "Feb": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "Aug": 8,
          "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12}


def parse_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    for line in open(path, encoding="utf-8"):
        raw = line.rstrip("\n")
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        if re.match(r"^[a-z]+:\s*$", raw):
            section = raw.split(":")[0]
            continue
        m = re.match(r"^\s*-\s*id:\s*(\S+)\s*$", raw)
        if m and section == "actors":
            actors.append(m.group(1))
        elif m and section == "issues":
            issues.append(m.group(1))
        m = re.match(r"^\s*-\s*\{actor:\s*([^,]+),\s*issue:\s*([^,]+),\s*stance:\s*([^}]+)\}\s*$", raw)
        if m and section == "baseline":
            baseline.append(tuple(x.strip() for x in m.groups()))
    return actors, issues, baseline


def rfc822(iso):
    dt = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    return format_datetime(dt, usegmt=True)


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def write_outputs():
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        rec = {
            "id": a["id"],
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": url_of(a),
            "title": a["title"],
            "text": a["text"],
        }
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
               % (escape(name), TOPIC),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % rfc822(items[0]["published"])]
        for a in items:
            u = url_of(a)
            out += ["    <item>",
                    "      <title>%s</title>" % escape(a["title"]),
                    "      <link>%s</link>" % escape(u),
                    '      <guid isPermaLink="true">%s</guid>' % escape(u),
                    "      <pubDate>%s</pubDate>" % rfc822(a["published"]),
                    "      <description>%s</description>" % escape(a["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>"]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(out) + "\n")
    shift_ids = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {
            a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                      for c in a["claims"]]
            for a in ARTICLES
        },
        "shifts": [dict(s) for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_ids],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")
    return labels


def validate(labels):
    errors = []
    err = errors.append
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        err("watchlist: %d issues (want 5-7)" % len(issues))
    for b in baseline:
        if b[0] not in actors or b[1] not in issues or b[2] not in STANCES:
            err("baseline entry invalid: %r" % (b,))
    if len({(b[0], b[1]) for b in baseline}) != len(baseline):
        err("baseline has a repeated (actor, issue)")

    # articles: ids, order, dateline, length, ascii
    if not 30 <= len(ARTICLES) <= 34:
        err("%d articles (want 30-34)" % len(ARTICLES))
    prev = None
    for i, a in enumerate(ARTICLES, 1):
        if a["id"] != "%03d" % i:
            err("article %s: id out of sequence (expected %03d)" % (a["id"], i))
        if prev and not a["published"] > prev:
            err("article %s: not in publication order" % a["id"])
        prev = a["published"]
        text = a["text"]
        m = DATELINE.match(text)
        if not m:
            err("article %s: bad dateline: %r" % (a["id"], text[:60]))
        else:
            if m.group(4) != OUTLETS[a["outlet"]]:
                err("article %s: dateline outlet %r != source" % (a["id"], m.group(4)))
            month, day = MONTHS[m.group(2)], int(m.group(3))
            y, mo, d = (int(x) for x in a["published"][:10].split("-"))
            if (mo, d) != (month, day):
                err("article %s: dateline date %s %s != published %s" % (a["id"], m.group(2), day, a["published"]))
        n = len(text.split())
        if not 120 <= n <= 260:
            err("article %s: %d words (want 120-260)" % (a["id"], n))
        for field in ("text", "title"):
            if any(ord(ch) > 127 for ch in a[field]):
                err("article %s: non-ASCII character in %s" % (a["id"], field))
        if '"' in text:
            err("article %s: contains a double quotation mark (keep direct quotes out)" % a["id"])

    # claims
    by_id = {a["id"]: a for a in ARTICLES}
    if set(labels["claims"]) != set(by_id):
        err("labels.claims does not list every article")
    total = 0
    for a in ARTICLES:
        seen = set()
        for c in a["claims"]:
            total += 1
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                err("article %s: unknown actor %s" % (a["id"], actor))
            if issue not in issues:
                err("article %s: unknown issue %s" % (a["id"], issue))
            if stance not in STANCES:
                err("article %s: bad stance %s" % (a["id"], stance))
            if not isinstance(attributed, bool):
                err("article %s: attributed must be a boolean" % a["id"])
            if quote not in a["text"]:
                err("article %s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                err("article %s: quote over 15 words: %r" % (a["id"], quote))
            if (actor, issue) in seen:
                err("article %s: two claims for %s/%s" % (a["id"], actor, issue))
            seen.add((actor, issue))
    if not 60 <= total <= 90:
        err("%d claims (want 60-90)" % total)
    stances = [c[2] for a in ARTICLES for c in a["claims"]]
    if stances.count(C) < 6:
        err("fewer than 6 conditional claims")
    if not all(stances.count(s) for s in STANCES):
        err("not all three stances present")
    if not any(c[4] is False for a in ARTICLES for c in a["claims"]):
        err("no attributed:false claims")
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 3 <= len(empty) <= 4:
        err("%d no-claim articles (want 3-4)" % len(empty))

    # duplicates
    shift_ids = [s["article"] for s in SHIFTS]
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        if a["published"][:10] != b["published"][:10] or not b["published"] > a["published"]:
            err("duplicate %s/%s: not same day or copy not later" % (orig, copy))
        if a["outlet"] == b["outlet"]:
            err("duplicate %s/%s: same outlet" % (orig, copy))
        if a["claims"] != b["claims"]:
            err("duplicate %s/%s: claims differ" % (orig, copy))
        if a["text"] == b["text"]:
            err("duplicate %s/%s: text not reworded" % (orig, copy))
        if copy in shift_ids:
            err("duplicate copy %s must not be a shift article" % copy)
    if not any(orig in shift_ids for orig, _ in DUPLICATES):
        err("no duplicate pair has a shift article as its original")

    # shifts recomputed from baseline + attributed claims in article order
    prevailing = {(b[0], b[1]): b[2] for b in baseline}
    recomputed = []
    for a in ARTICLES:
        for actor, issue, stance, quote, attributed in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                recomputed.append((actor, issue, prevailing[key], stance, a["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if recomputed != labelled:
        err("shifts differ from recomputation:\n  recomputed %s\n  labelled   %s" % (recomputed, labelled))
    if not 5 <= len(SHIFTS) <= 8:
        err("%d shifts (want 5-8)" % len(SHIFTS))
    if not any(C in (s["from"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    if sum(1 for s in SHIFTS if {s["from"], s["to"]} == {S, O}) > 2:
        err("more than two straight support/oppose reversals")
    expected_no_alert = [a["id"] for a in ARTICLES if a["id"] not in set(shift_ids)]
    if labels["no_alert_articles"] != expected_no_alert:
        err("no_alert_articles mismatch")

    # feeds
    feed_dir = os.path.join(HERE, "feeds")
    for slug in OUTLETS:
        path = os.path.join(feed_dir, slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            err("xmllint failed on %s: %s" % (path, r.stderr.strip()))
    return errors, total, stances, empty


def main():
    labels = write_outputs()
    errors, total, stances, empty = validate(labels)
    n_false = sum(1 for a in ARTICLES for c in a["claims"] if c[4] is False)
    print("articles: %d  claims: %d (support %d, oppose %d, conditional %d; attributed false %d)"
          % (len(ARTICLES), total, stances.count(S), stances.count(O), stances.count(C), n_false))
    print("shifts: %d in articles %s" % (len(SHIFTS), ", ".join(s["article"] for s in SHIFTS)))
    print("no-claim articles: %s" % ", ".join(empty))
    for a in ARTICLES:
        print("  %s %s %-18s %3d words %d claims" % (a["id"], a["published"], a["outlet"],
                                                  len(a["text"].split()), len(a["claims"])))
    if errors:
        print("\nVALIDATION FAILED:")
        for e in errors:
            print(" - " + e)
        return 1
    print("\nall checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
