#!/usr/bin/env python3
"""Build and validate the shiftwatch evaluation set eu-turkey-migration-deal-2016.

Standard library only. Run from anywhere:  python3 build.py
Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates the set (quotes, ids, watchlist, datelines, word counts, shifts,
no_alert_articles, duplicates, xmllint). Exits non-zero on any problem.
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
SET_NAME = "eu-turkey-migration-deal-2016"

OUTLETS = {
    "Keystone Wire": "keystone-wire",
    "Tidewater Post": "tidewater-post",
    "Lodestar News": "lodestar-news",
    "Cobalt Courier": "cobalt-courier",
    "Ridgeline Report": "ridgeline-report",
}

S, O, C = "support", "oppose", "conditional"


def P(*paragraphs):
    return "\n\n".join(paragraphs)


# Each article: id, published (UTC), source, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # ------------------------------------------------------------------ 2015
    dict(
        id="001", published="2015-10-05T17:40:00Z", source="Keystone Wire",
        slug="eu-hands-erdogan-draft-refugee-plan",
        title="EU hands Erdogan draft plan on refugees during Brussels visit",
        text=P(
            "BRUSSELS, Oct 5 (Keystone Wire) - The European Union handed Turkish President Tayyip Erdogan a draft plan on Monday "
            "aimed at slowing the flow of refugees crossing from Turkey to the Greek islands, during a visit in which both sides "
            "said they needed each other.",
            "European Commission President Jean-Claude Juncker and European Council President Donald Tusk received Erdogan in "
            "Brussels for several hours of talks. Under the draft, Turkey would tighten controls on its coast and do more to "
            "register and house the two million Syrians it hosts.",
            "Erdogan told reporters that Turkey had spent close to 8 billion dollars on refugees and that Europe had left it to "
            "carry the burden almost alone. He said any cooperation had to include real financial support from the bloc.",
            "Juncker said the Commission was prepared to speed up talks on easing visa rules for Turkish citizens, provided Ankara "
            "met the conditions already set out in the roadmap agreed in 2013.",
            "Erdogan also pressed his call for a safe zone inside northern Syria, an idea EU officials have treated with caution. "
            "Officials will keep working on the text, and Tusk said he hoped for results before leaders meet later this month.",
        ),
        claims=[
            ("turkey", "eu-refugee-funding", S, "any cooperation had to include real financial support from the bloc", True),
            ("eu", "visa-free-travel", C, "prepared to speed up talks on easing visa rules for Turkish citizens, provided Ankara met", True),
        ],
    ),
    dict(
        id="002", published="2015-10-15T23:50:00Z", source="Tidewater Post",
        slug="eu-leaders-back-turkey-plan-tie-money-to-arrivals",
        title="EU leaders back Turkey plan, tie money to fall in arrivals",
        text=P(
            "BRUSSELS, Oct 15 (Tidewater Post) - European Union leaders endorsed a joint action plan with Turkey on Thursday night, "
            "but made clear that any money for Ankara would depend on a visible fall in the number of people reaching Greece.",
            "Council President Donald Tusk told a news conference after the summit that the bloc would put up money for refugees in "
            "Turkey only if the number of crossings actually fell. He said the plan was a first step and that much remained to be "
            "negotiated.",
            "Diplomats said Ankara was asking for 3 billion euros in the first year alone, far more than the roughly 500 million "
            "euros the Commission had pencilled in from the EU budget. Commission President Jean-Claude Juncker confirmed that 3 "
            "billion euros was the figure under discussion but declined to say how it would be split between Brussels and national "
            "capitals.",
            "Turkish Foreign Minister Feridun Sinirlioglu said in Ankara that the text was still a draft and that Turkey would not "
            "accept any plan that did not include visa-free travel for its citizens.",
            "Analysts said the summit had given Turkey leverage it had not enjoyed in a decade of stalled membership talks. German "
            "Chancellor Angela Merkel is due in Istanbul on Sunday.",
        ),
        claims=[
            ("eu", "eu-refugee-funding", C, "put up money for refugees in Turkey only if the number of crossings actually fell", True),
            ("turkey", "eu-refugee-funding", S, "Ankara was asking for 3 billion euros in the first year alone", False),
            ("turkey", "visa-free-travel", S, "would not accept any plan that did not include visa-free travel for its citizens", True),
        ],
    ),
    dict(
        id="003", published="2015-10-18T16:20:00Z", source="Lodestar News",
        slug="merkel-offers-turkey-movement-on-eu-talks",
        title="Merkel offers Turkey movement on EU talks in exchange for help on migrants",
        text=P(
            "ISTANBUL, Oct 18 (Lodestar News) - German Chancellor Angela Merkel said on Sunday that Germany was prepared to help "
            "open a new chapter in Turkey's stalled EU membership talks this year, as part of a package in which Ankara would do "
            "more to keep refugees from setting out for Europe.",
            "Speaking after talks with Prime Minister Ahmet Davutoglu at a palace on the Bosphorus, Merkel said Berlin could also "
            "support preparatory work on two further chapters covering justice and fundamental rights. She added that she still "
            "had doubts about eventual full membership, a view she has held for a decade.",
            "On visas, she said Germany would back a faster timetable for Turkish citizens to travel without visas, but only if "
            "Turkey met every condition on the list.",
            "Davutoglu said Turkey had taken in more refugees than any other country and that the crisis would only end with the "
            "war in Syria. He said Turkish citizens should be able to travel to the Schengen area without visas by next July, and that Turkey expected "
            "the accession process to be re-energised, not merely discussed.",
            "The visit, two weeks before a Turkish parliamentary election, drew criticism from German opposition politicians, who "
            "said Merkel was lending Erdogan legitimacy at a sensitive moment.",
        ),
        claims=[
            ("germany", "accession-chapters", C, "prepared to help open a new chapter in Turkey's stalled EU membership talks this year", True),
            ("germany", "visa-free-travel", C, "but only if Turkey met every condition on the list", True),
            ("turkey", "visa-free-travel", S, "citizens should be able to travel to the Schengen area without visas by next July", True),
            ("turkey", "accession-chapters", S, "Turkey expected the accession process to be re-energised, not merely discussed", True),
        ],
    ),
    dict(
        id="004", published="2015-11-18T15:00:00Z", source="Cobalt Courier",
        slug="tsipras-in-ankara-seeks-faster-returns",
        title="Tsipras in Ankara seeks faster returns of migrants who fail asylum test",
        text=P(
            "ANKARA, Nov 18 (Cobalt Courier) - Greek Prime Minister Alexis Tsipras asked Turkey on Wednesday to take back more of "
            "the migrants who reach the Greek islands and do not qualify for asylum, on his first official visit to the Turkish "
            "capital.",
            "Tsipras, who met Prime Minister Ahmet Davutoglu, said Greece wanted people who were not refugees to be returned to "
            "Turkey quickly under the bilateral readmission protocol, which Athens says Ankara has applied only sparingly. He also "
            "proposed closer contacts between the two coastguards in the Aegean.",
            "Davutoglu said Turkey was ready to step up readmissions, but only as part of a wider arrangement with the European "
            "Union. He did not give figures or say what such an arrangement should contain.",
            "Greek officials have complained that of thousands of requests made under the protocol, only a few hundred people were "
            "actually sent back. Turkish officials say many requests lacked the necessary documents.",
            "The two leaders also discussed energy links and Cyprus, according to a joint statement. Tsipras travels on Thursday to "
            "Izmir, the coastal city from which many smugglers launch their boats.",
        ),
        claims=[
            ("greece", "returns-to-turkey", S, "Greece wanted people who were not refugees to be returned to Turkey quickly", True),
            ("turkey", "returns-to-turkey", C, "ready to step up readmissions, but only as part of a wider arrangement", True),
        ],
    ),
    dict(
        id="005", published="2015-11-29T19:30:00Z", source="Keystone Wire",
        slug="eu-turkey-summit-3-billion-euros",
        title="EU and Turkey seal deal: 3 billion euros, visa talks and a restart of accession",
        text=P(
            "BRUSSELS, Nov 29 (Keystone Wire) - The European Union agreed on Sunday to give Turkey 3 billion euros to improve "
            "conditions for the Syrian refugees it hosts, in return for Ankara's help in cutting the number of migrants heading to "
            "Europe.",
            "After a summit of the 28 EU leaders with Prime Minister Ahmet Davutoglu, Council President Donald Tusk said the money "
            "would be paid through a new facility and that the bloc stood ready to start disbursing early next year. The leaders "
            "also agreed to open a new chapter of Turkey's membership talks in December.",
            "Davutoglu called the day historic and said it marked a new beginning in relations between Turkey and Europe.",
            "The joint statement said the visa requirement for Turks could be lifted by October 2016 once Turkey had fulfilled all "
            "the benchmarks of the existing roadmap. Commission President Jean-Claude Juncker said there would be no shortcuts.",
            "How the 3 billion euros will be split between the EU budget and national governments remains unsettled. Several "
            "governments said they were not yet ready to commit their share, diplomats said, and Italy has asked for its "
            "contribution to be kept out of deficit calculations.",
        ),
        claims=[
            ("eu", "eu-refugee-funding", S, "The European Union agreed on Sunday to give Turkey 3 billion euros", True),
            ("eu", "accession-chapters", S, "also agreed to open a new chapter of Turkey's membership talks in December", True),
            ("eu", "visa-free-travel", C, "could be lifted by October 2016 once Turkey had fulfilled all the benchmarks", True),
        ],
    ),
    dict(
        id="006", published="2015-12-14T16:00:00Z", source="Ridgeline Report",
        slug="eu-opens-economic-chapter-with-turkey",
        title="EU opens economic chapter with Turkey, first step in two years",
        text=P(
            "BRUSSELS, Dec 14 (Ridgeline Report) - The European Union and Turkey opened a new chapter in their membership "
            "negotiations on Monday, the first such step in more than two years and one of the rewards promised to Ankara at last "
            "month's migration summit.",
            "Chapter 17, which covers economic and monetary policy, was opened at an intergovernmental conference in Brussels "
            "attended by Turkey's EU Affairs Minister Volkan Bozkir and by the foreign minister of Luxembourg, which holds the "
            "rotating EU presidency.",
            "Bozkir said Turkey wanted further chapters opened in the first months of 2016, naming those on the judiciary and "
            "fundamental rights, and said the day should be the start of a new phase rather than a one-off gesture.",
            "Cyprus still blocks six chapters, and the two on justice and fundamental rights are among those it has frozen. "
            "Diplomats said there was little sign that Nicosia would lift its veto soon, and one predicted that the next opening "
            "would take months.",
            "Turkey applied to join in 1987 and began negotiating in 2005. Only one of the 35 chapters has been provisionally closed.",
        ),
        claims=[
            ("eu", "accession-chapters", S, "The European Union and Turkey opened a new chapter in their membership negotiations", True),
            ("turkey", "accession-chapters", S, "Turkey wanted further chapters opened in the first months of 2016", True),
        ],
    ),
    # ------------------------------------------------------------------ 2016
    dict(
        id="007", published="2016-02-03T14:00:00Z", source="Tidewater Post",
        slug="eu-governments-settle-turkey-facility-funding",
        title="EU governments settle funding row over Turkey refugee facility",
        text=P(
            "BRUSSELS, Feb 3 (Tidewater Post) - European Union governments agreed on Wednesday how to pay for the 3 billion euro "
            "refugee facility for Turkey, ending weeks of wrangling that had held up the money promised to Ankara in November.",
            "Ambassadors of the 28 member states signed off on a plan under which 1 billion euros will come from the EU budget and "
            "the remaining 2 billion from national contributions based on the size of each economy. Berlin said it would "
            "contribute about 427 million euros, the largest share.",
            "Italy had held up the deal for weeks, demanding that its contribution be kept outside EU deficit rules. Rome lifted "
            "its objection after receiving assurances from the Commission, diplomats said.",
            "Commission First Vice-President Frans Timmermans said the money would now start flowing to projects for Syrian "
            "children's schooling and health care. He said Brussels would also watch the number of crossings closely, noting "
            "that more than 2,000 people were still reaching Greece every day.",
            "In Ankara, Prime Minister Ahmet Davutoglu said Turkey expected the money to arrive without further delay, adding that "
            "the funds were not a favour to Turkey but a contribution to the refugees themselves.",
        ),
        claims=[
            ("eu", "eu-refugee-funding", S, "the money would now start flowing to projects for Syrian children's schooling", True),
            ("germany", "eu-refugee-funding", S, "Berlin said it would contribute about 427 million euros, the largest share", True),
            ("turkey", "eu-refugee-funding", S, "Turkey expected the money to arrive without further delay", True),
        ],
    ),
    dict(
        id="008", published="2016-02-09T12:30:00Z", source="Cobalt Courier",
        slug="leaked-notes-erdogan-threatened-to-send-migrants",
        title="Leaked notes say Erdogan threatened to send migrants on to Europe",
        text=P(
            "ATHENS, Feb 9 (Cobalt Courier) - President Tayyip Erdogan told the heads of the EU's two main institutions last "
            "November that Turkey could open its doors and put migrants on buses to Greece and Bulgaria if it did not get a better "
            "offer, according to what a Greek financial website said were minutes of the meeting.",
            "The notes, published on Monday, describe a tense exchange on the sidelines of the G20 summit in Antalya in which "
            "Erdogan is said to have dismissed an early offer of 3 billion euros over two years as inadequate and to have asked what "
            "the EU would do about refugees if Turkey stopped holding them back.",
            "Neither the European Commission nor the Council confirmed that the document was genuine. A Commission spokesman said "
            "it did not comment on leaks. Erdogan's office declined to comment on Tuesday.",
            "The report came as European officials grow frustrated that crossings to the Greek islands have stayed high through the "
            "winter. Some diplomats said privately that Ankara was using the refugees as leverage to extract more money, while "
            "others said the notes reflected negotiating bluster that had since passed.",
        ),
        claims=[
            ("turkey", "eu-refugee-funding", S, "dismissed an early offer of 3 billion euros over two years as inadequate", False),
            ("turkey", "turkey-scraps-deal", C, "Turkey could open its doors and put migrants on buses to Greece and Bulgaria", False),
        ],
    ),
    dict(
        id="009", published="2016-02-11T18:00:00Z", source="Lodestar News",
        slug="nato-to-send-ships-to-aegean",
        title="NATO to send ships to Aegean to watch for migrant smugglers",
        text=P(
            "BRUSSELS, Feb 11 (Lodestar News) - NATO defence ministers agreed on Thursday to send a naval group to the Aegean Sea "
            "to help monitor the smuggling networks that ferry migrants from the Turkish coast to the Greek islands.",
            "The request came jointly from Germany, Greece and Turkey, whose ministers met on the sidelines of the two-day meeting "
            "at the alliance's headquarters in Brussels. German Defence Minister Ursula von der Leyen said the ships would gather "
            "information and pass it to the Turkish and Greek coastguards.",
            "The alliance's secretary-general, Jens Stoltenberg, said the mission was not about stopping or pushing back refugee "
            "boats. Three ships already in the region under German command will be redirected within days, officials said.",
            "Where exactly the ships may operate remains to be settled, because Greece and Turkey have long disputed each other's "
            "territorial waters and airspace. Officials in Athens said they expected the vessels to stay clear of contested areas.",
            "Analysts said the mission was more symbolic than practical, but that it showed a new readiness among European capitals "
            "to lean on Ankara for help.",
        ),
        claims=[],
    ),
    dict(
        id="010", published="2016-03-07T23:30:00Z", source="Keystone Wire",
        slug="turkey-stuns-eu-summit-offer-to-take-back-migrants",
        title="Turkey stuns EU summit with offer to take back all migrants",
        text=P(
            "BRUSSELS, March 7 (Keystone Wire) - Turkey offered on Monday to take back every migrant who crosses illegally to the "
            "Greek islands, including Syrians, in exchange for the European Union resettling one Syrian refugee from Turkish camps "
            "for each Syrian returned.",
            "Prime Minister Ahmet Davutoglu laid out the proposal at an emergency summit in Brussels, catching many leaders by "
            "surprise. He also asked for a further 3 billion euros on top of the sum already promised, for visa-free travel to be "
            "brought forward to June and for five more chapters of Turkey's membership talks to be opened.",
            "German Chancellor Angela Merkel, who worked on the offer with Davutoglu the night before, called it a breakthrough and "
            "said the returns scheme would cut the smugglers' business model at its root.",
            "Council President Donald Tusk said leaders welcomed the returns proposal in principle, but that any returns would have "
            "to respect European and international law. The details are to be settled at a summit on March 17-18.",
            "Several leaders complained privately that they had been presented with a done deal. Diplomats said Cyprus was unhappy "
            "with the demand to open more chapters.",
        ),
        claims=[
            ("turkey", "returns-to-turkey", S, "offered on Monday to take back every migrant who crosses illegally to the Greek islands", True),
            ("turkey", "eu-refugee-funding", S, "asked for a further 3 billion euros on top of the sum already promised", True),
            ("turkey", "visa-free-travel", S, "for visa-free travel to be brought forward to June", True),
            ("turkey", "accession-chapters", S, "for five more chapters of Turkey's membership talks to be opened", True),
            ("germany", "returns-to-turkey", S, "called it a breakthrough and said the returns scheme would cut the smugglers' business model", True),
            ("eu", "returns-to-turkey", C, "leaders welcomed the returns proposal in principle", True),
        ],
    ),
    dict(
        id="011", published="2016-03-08T14:45:00Z", source="Tidewater Post",
        slug="un-refugee-chief-warns-blanket-returns",
        title="UN refugee chief warns blanket returns to Turkey would break the law",
        text=P(
            "STRASBOURG, March 8 (Tidewater Post) - The head of the UN refugee agency said on Tuesday he was deeply concerned by the "
            "plan for Turkey to take back all migrants reaching Greece, warning that sending people back wholesale without "
            "examining their cases would breach international law.",
            "Filippo Grandi, the UN High Commissioner for Refugees, told members of the European Parliament that the collective "
            "expulsion of foreigners was prohibited under the European Convention on Human Rights. He said that trading returns "
            "for resettlement in this way risked hollowing out the right to seek asylum.",
            "Grandi said more resettlement of Syrians from Turkey was long overdue, but that it must not be made the price of "
            "returns. The agency has also urged the EU to speed up the 3 billion euros promised to help refugees inside Turkey.",
            "Lawmakers from the main political groups raised similar doubts in the debate that followed. In Brussels, Council "
            "President Donald Tusk said the scheme had to be legally sound before leaders signed it.",
            "More than 130,000 people have crossed the Aegean since January, according to UNHCR figures.",
        ),
        claims=[
            ("unhcr", "returns-to-turkey", O, "sending people back wholesale without examining their cases would breach international law", True),
            ("unhcr", "eu-refugee-funding", S, "urged the EU to speed up the 3 billion euros promised to help refugees", True),
            ("eu", "returns-to-turkey", C, "the scheme had to be legally sound before leaders signed it", True),
        ],
    ),
    dict(
        id="012", published="2016-03-17T09:00:00Z", source="Ridgeline Report",
        slug="eu-leaders-gather-turkey-deal-final-details",
        title="EU leaders gather in Brussels as Turkey deal hangs on final details",
        text=P(
            "BRUSSELS, March 17 (Ridgeline Report) - European Union leaders arrive in Brussels on Thursday for a two-day summit at "
            "which they hope to turn last week's outline with Turkey into a final text, with diplomats divided over whether it can "
            "be done by Friday.",
            "Prime Minister Ahmet Davutoglu is expected at the Justus Lipsius building on Friday morning for a breakfast meeting "
            "with Council President Donald Tusk and Commission President Jean-Claude Juncker, before joining the 28 leaders for "
            "lunch.",
            "Officials working on the draft said late on Wednesday that the legal wording on returns and the question of which "
            "accession chapters could be opened were still unresolved. One diplomat said the gap was narrow; another said he could "
            "imagine the talks collapsing over Cyprus.",
            "A Council spokesman declined to say whether a text would be put to leaders on Thursday evening or only on Friday. "
            "Greek officials were not available for comment.",
            "Police closed several streets around the Schuman roundabout. Analysts at two Brussels think tanks predicted that "
            "Turkey would win most of what it had asked for, but said carrying the deal out would be the real test.",
        ),
        claims=[],
    ),
    dict(
        id="013", published="2016-03-18T17:10:00Z", source="Cobalt Courier",
        slug="eu-turkey-agree-migrant-returns-from-sunday",
        title="EU and Turkey agree migrant returns from Sunday",
        text=P(
            "BRUSSELS, March 18 (Cobalt Courier) - The European Union and Turkey agreed on Friday that migrants who cross "
            "irregularly from Turkey to the Greek islands from Sunday onwards will be sent back, with the EU resettling one Syrian "
            "from Turkey for every Syrian returned.",
            "The agreement, adopted as a joint statement by the 28 EU leaders and Prime Minister Ahmet Davutoglu, also commits the "
            "bloc to mobilise a further 3 billion euros for refugees in Turkey up to the end of 2018.",
            "Visa requirements for Turks could be lifted by the end of June, but only provided that all remaining benchmarks have "
            "been met, the statement said.",
            "Davutoglu told reporters that Turkey would take back the migrants as agreed. He said his government would carry out its "
            "side of the agreement in full and would not back out, whatever its critics predicted.",
            "German Chancellor Angela Merkel said the returns were the key to ending the smugglers' trade, while acknowledging that "
            "putting the scheme into practice would be a huge task for Greece.",
            "Council President Donald Tusk said each case would be handled individually, so that there would be no collective "
            "expulsions. Rights groups, which had campaigned against the plan, said they were not reassured.",
        ),
        claims=[
            ("eu", "returns-to-turkey", S, "with the EU resettling one Syrian from Turkey for every Syrian returned", True),
            ("eu", "eu-refugee-funding", S, "commits the bloc to mobilise a further 3 billion euros for refugees in Turkey", True),
            ("eu", "visa-free-travel", C, "but only provided that all remaining benchmarks have been met", True),
            ("turkey", "returns-to-turkey", S, "Turkey would take back the migrants as agreed", True),
            ("turkey", "turkey-scraps-deal", O, "carry out its side of the agreement in full and would not back out", True),
            ("germany", "returns-to-turkey", S, "said the returns were the key to ending the smugglers' trade", True),
        ],
    ),
    dict(
        id="014", published="2016-03-20T11:00:00Z", source="Ridgeline Report",
        slug="greece-starts-applying-turkey-deal-short-of-staff",
        title="Greece starts applying Turkey deal with too few staff, officials admit",
        text=P(
            "MYTILENE, March 20 (Ridgeline Report) - Greece began applying the EU-Turkey agreement on Sunday, but officials on "
            "Lesbos admitted they did not yet have the asylum staff, interpreters or police escorts needed to process and send back "
            "the hundreds of people still landing every day.",
            "Prime Minister Alexis Tsipras said in Athens that Greece would apply the agreement in full, including the returns to "
            "Turkey, and that his government had fought for a European solution rather than closed borders. He acknowledged that "
            "the first weeks would be difficult.",
            "Migration Minister Ioannis Mouzalas said about 2,300 officials, security staff and translators promised by other EU "
            "countries had yet to arrive. Greece could not do the job alone, he said.",
            "More than 800 people reached the islands in the first hours after midnight, when the deal took effect. They were "
            "taken to the Moria camp, which officials said would now work as a closed registration centre.",
            "The UN refugee agency said it was reviewing its role on the islands in light of the changes and would announce a "
            "decision within days.",
        ),
        claims=[
            ("greece", "returns-to-turkey", S, "Greece would apply the agreement in full, including the returns to Turkey", True),
        ],
    ),
    dict(
        id="015", published="2016-03-22T16:30:00Z", source="Keystone Wire",
        slug="unhcr-pulls-back-from-greek-island-centres",
        title="UN refugee agency pulls back from Greek island centres, sets terms for returns",
        text=P(
            "GENEVA, March 22 (Keystone Wire) - The UN refugee agency said on Tuesday it was suspending some of its activities at "
            "the centres on the Greek islands, which it said had become places of detention under the EU-Turkey agreement.",
            "UNHCR spokeswoman Melissa Fleming told reporters that the agency was not a party to the agreement and would not take "
            "part in returns or detention. She said, however, that UNHCR could accept returns to Turkey going ahead if every "
            "asylum request was examined individually and if people sent back were guaranteed protection in Turkey.",
            "The agency will keep staff on the islands to monitor conditions and inform new arrivals of their rights, she said, "
            "and remains ready to help resettle Syrians from Turkey to Europe.",
            "Fleming said the agency's concerns were practical as much as legal: Greece had not yet put in place the asylum "
            "officers, appeal boards and reception conditions the scheme required.",
            "Greek officials said they regretted the decision. The European Commission said the agreement fully respected EU and "
            "international law.",
        ),
        claims=[
            ("unhcr", "returns-to-turkey", C, "could accept returns to Turkey going ahead if every asylum request was examined individually", True),
            ("eu", "returns-to-turkey", S, "the agreement fully respected EU and international law", True),
        ],
    ),
    dict(
        id="016", published="2016-04-04T10:30:00Z", source="Tidewater Post",
        slug="first-boats-carry-migrants-back-to-turkey",
        title="First boats carry migrants from Greece back to Turkey under EU deal",
        text=P(
            "DIKILI, April 4 (Tidewater Post) - Two ferries carrying 202 migrants from the Greek islands of Lesbos and Chios docked "
            "in the Turkish port of Dikili on Monday, the first returns under the agreement between the European Union and Turkey.",
            "Most of those on board were Pakistanis and Afghans who had not applied for asylum in Greece, Greek officials said. "
            "Each was escorted by an officer of the EU border agency Frontex.",
            "Turkish Interior Minister Efkan Ala said Turkey was ready to take in everyone returned under the deal, and that the "
            "returnees would be registered and moved to a centre in the northwest of the country.",
            "Greek Migration Minister Ioannis Mouzalas said the operation had gone smoothly and that Greece would keep sending back "
            "those with no right to stay.",
            "In Germany, the first Syrians resettled from Turkey under the one-for-one scheme landed in Hanover. The Interior "
            "Ministry in Berlin said the country would take its share of further resettlements.",
            "A few dozen protesters gathered at the port on Lesbos as the first boat left before dawn.",
        ),
        claims=[
            ("turkey", "returns-to-turkey", S, "Turkey was ready to take in everyone returned under the deal", True),
            ("greece", "returns-to-turkey", S, "Greece would keep sending back those with no right to stay", True),
            ("germany", "returns-to-turkey", S, "the country would take its share of further resettlements", True),
        ],
    ),
    dict(
        id="017", published="2016-04-04T13:05:00Z", source="Lodestar News",
        slug="first-migrants-returned-to-turkey-from-lesbos-chios",
        title="First migrants returned to Turkey from Lesbos and Chios",
        text=P(
            "DIKILI, April 4 (Lodestar News) - Two ferries docked in the Turkish port of Dikili on Monday with 202 migrants sent "
            "back from the Greek islands of Lesbos and Chios, the first returns carried out under the EU-Turkey agreement.",
            "Greek officials said most of the returnees were Pakistanis and Afghans who had not sought asylum in Greece. Officers "
            "of Frontex, the EU border agency, escorted them one by one.",
            "Interior Minister Efkan Ala said Turkey was ready to take in everyone returned under the deal. The migrants will be "
            "registered and taken to a centre in the northwest, he said.",
            "In Athens, Migration Minister Ioannis Mouzalas said there had been no problems and that Greece would keep sending back "
            "those with no right to stay.",
            "The first Syrians to be resettled from Turkey under the one-for-one scheme arrived in Hanover on the same day. "
            "Germany's Interior Ministry said the country would take its share of further resettlements.",
            "Protesters on Lesbos waved banners at the harbour as the first ferry sailed in the early morning.",
        ),
        claims=[
            ("turkey", "returns-to-turkey", S, "Turkey was ready to take in everyone returned under the deal", True),
            ("greece", "returns-to-turkey", S, "Greece would keep sending back those with no right to stay", True),
            ("germany", "returns-to-turkey", S, "the country would take its share of further resettlements", True),
        ],
    ),
    dict(
        id="018", published="2016-04-23T15:30:00Z", source="Cobalt Courier",
        slug="merkel-tusk-tour-turkish-camp",
        title="Merkel and Tusk tour Turkish camp; visa waiver hinges on criteria",
        text=P(
            "GAZIANTEP, April 23 (Cobalt Courier) - German Chancellor Angela Merkel and European Council President Donald Tusk "
            "visited a refugee camp near the Syrian border on Saturday, a month after the EU-Turkey agreement took effect, and "
            "praised Turkey's efforts. Merkel warned that visa-free travel was not yet certain.",
            "Merkel said it was up to Turkey whether the visa requirement was lifted in June, since the decision depended on Ankara "
            "meeting all the conditions. There would be no discount on the criteria, she said.",
            "Prime Minister Ahmet Davutoglu, who accompanied the visitors, said Turkey had done what it promised and that Europe "
            "should now keep its word on visas. He also said the first money from the 3 billion euro facility had arrived far too "
            "slowly.",
            "Tusk spent much of the visit at a school for Syrian children and did not take questions on the visa timetable.",
            "Rights groups and some European lawmakers criticised the trip, saying it lent credibility to a government that was "
            "cracking down on journalists. Turkish officials said the criticism ignored the three million refugees the country was "
            "sheltering.",
        ),
        claims=[
            ("germany", "visa-free-travel", C, "the decision depended on Ankara meeting all the conditions", True),
            ("turkey", "visa-free-travel", S, "Europe should now keep its word on visas", True),
            ("turkey", "eu-refugee-funding", S, "the first money from the 3 billion euro facility had arrived far too slowly", True),
        ],
    ),
    dict(
        id="019", published="2016-05-04T13:00:00Z", source="Keystone Wire",
        slug="commission-backs-visa-free-travel-for-turks",
        title="Commission backs visa-free travel for Turks, with five conditions left",
        text=P(
            "BRUSSELS, May 4 (Keystone Wire) - The European Commission proposed on Wednesday that Turkish citizens be allowed to "
            "travel to the Schengen area without visas, but said Ankara still had to meet five of the 72 benchmarks before the "
            "waiver could take effect.",
            "The outstanding conditions include bringing Turkey's anti-terror legislation into line with European standards, which "
            "the Commission said meant narrowing the definition of terrorism so that it could not be used against journalists and "
            "academics.",
            "Migration Commissioner Dimitris Avramopoulos said the waiver would apply only once Turkey had completed all the "
            "remaining steps, and that the Commission was not lowering the bar.",
            "Prime Minister Ahmet Davutoglu said in Ankara that Turkey was ready to work on the remaining benchmarks, including the "
            "anti-terror law, as long as any changes did not weaken its fight against the Kurdish militant group PKK and Islamic "
            "State.",
            "European Parliament President Martin Schulz said lawmakers would examine the proposal carefully and would not rush. "
            "The proposal needs the approval of both the parliament and the member states.",
        ),
        claims=[
            ("eu", "visa-free-travel", C, "the waiver would apply only once Turkey had completed all the remaining steps", True),
            ("eu", "anti-terror-law-change", S, "the Commission said meant narrowing the definition of terrorism", True),
            ("turkey", "anti-terror-law-change", C, "ready to work on the remaining benchmarks, including the anti-terror law, as long as", True),
        ],
    ),
    dict(
        id="020", published="2016-05-05T16:40:00Z", source="Tidewater Post",
        slug="davutoglu-to-step-down",
        title="Davutoglu to step down as Turkish premier after rift with Erdogan",
        text=P(
            "ANKARA, May 5 (Tidewater Post) - Turkish Prime Minister Ahmet Davutoglu said on Thursday he would step down as leader "
            "of the ruling AK Party at an extraordinary congress this month, which will also end his time as head of government, "
            "after weeks of tension with President Tayyip Erdogan.",
            "Davutoglu told a news conference at the party's headquarters in Ankara that he was leaving out of necessity rather than "
            "choice and that he would not stand again. He said he would never speak a word against the president.",
            "The congress will be held on May 22. Party officials said a candidate would be named in the days before, and several "
            "ministers are seen as possible successors, including Transport Minister Binali Yildirim.",
            "Davutoglu was the Turkish leader most closely involved in negotiating the March agreement with the EU. Analysts said "
            "his exit could make Ankara less willing to compromise, and one European diplomat said the deal might not survive the "
            "change. A Commission spokeswoman declined to speculate on what it meant for the agreement.",
            "The lira fell sharply this week as investors weighed the prospect of a more powerful presidency.",
        ),
        claims=[],
    ),
    dict(
        id="021", published="2016-05-06T12:20:00Z", source="Cobalt Courier",
        slug="erdogan-rips-up-eu-terms",
        title="Erdogan rips up EU terms, says Turkey will go its own way",
        text=P(
            "ISTANBUL, May 6 (Cobalt Courier) - President Tayyip Erdogan said on Friday that Turkey would not change its "
            "anti-terror laws to win visa-free travel for its citizens, rejecting one of the last conditions the European Union has "
            "set.",
            "Speaking at a ceremony in Istanbul, Erdogan said the EU was asking Turkey to soften its laws while militants were "
            "attacking Turkish cities. If Europe insisted, he said, Turkey and the bloc would simply have to part ways on the "
            "matter, each going its own way.",
            "He accused European governments of allowing supporters of the PKK, which Turkey, the EU and the United States list as "
            "a terrorist group, to pitch tents near the European Parliament building in Brussels.",
            "Only two days earlier, Prime Minister Ahmet Davutoglu, who is stepping down, had said Ankara was open to working on "
            "the law. Erdogan did not mention the migration agreement itself, and his spokesman, Ibrahim Kalin, declined to say "
            "whether Turkey would keep taking back migrants if the visa waiver stalled.",
            "Diplomats in Brussels said the comments put the June target for the waiver in serious doubt.",
        ),
        claims=[
            ("turkey", "anti-terror-law-change", O, "Turkey would not change its anti-terror laws to win visa-free travel for its citizens", True),
        ],
    ),
    dict(
        id="022", published="2016-05-06T14:50:00Z", source="Ridgeline Report",
        slug="erdogan-refuses-terror-law-change-for-visas",
        title="Erdogan refuses to change terror law for EU visas",
        text=P(
            "ISTANBUL, May 6 (Ridgeline Report) - Turkish President Tayyip Erdogan said on Friday that Turkey would not change its "
            "anti-terror laws to win visa-free travel for its citizens, turning down one of the final conditions set by the "
            "European Union.",
            "Erdogan told a ceremony in Istanbul that the EU wanted Turkey to water down its laws at a time when militants were "
            "striking Turkish cities. Should Europe insist, he said, the two sides would have to go their separate ways on the "
            "issue.",
            "He also accused European governments of letting supporters of the PKK, which Turkey, the EU and the United States "
            "consider a terrorist group, set up tents close to the European Parliament building in Brussels.",
            "Outgoing Prime Minister Ahmet Davutoglu had said only two days earlier that Ankara was open to working on the law. "
            "Erdogan made no reference to the migration agreement, and his spokesman, Ibrahim Kalin, declined to say whether Turkey "
            "would continue to take back migrants if the visa waiver was delayed.",
            "Diplomats in Brussels said the remarks cast serious doubt on the June target for the waiver.",
        ),
        claims=[
            ("turkey", "anti-terror-law-change", O, "Turkey would not change its anti-terror laws to win visa-free travel for its citizens", True),
        ],
    ),
    dict(
        id="023", published="2016-05-12T15:30:00Z", source="Lodestar News",
        slug="european-parliament-puts-turkey-visa-file-on-hold",
        title="European Parliament puts Turkey visa file on hold",
        text=P(
            "STRASBOURG, May 12 (Lodestar News) - The European Parliament will not begin work on lifting visas for Turkish "
            "citizens until Ankara has met all 72 of the EU's conditions, its leaders decided on Thursday, freezing the file after "
            "President Tayyip Erdogan refused to change Turkey's anti-terror law.",
            "Parliament President Martin Schulz said the assembly would not take up the proposal until the Commission confirmed in "
            "writing that every benchmark had been fulfilled, including the revision of the terrorism legislation. Without that, "
            "he said, there was nothing to vote on.",
            "The decision means the June target for the waiver is almost certain to slip.",
            "In Ankara, Burhan Kuzu, an adviser to Erdogan and a ruling party lawmaker, wrote on social media that if the "
            "parliament took the wrong decision, Turkey would send the refugees on. EU Affairs Minister Volkan Bozkir said Turkey "
            "had done its part and expected Europe to keep its promise on visas.",
            "The Socialist lawmaker who will steer the file through the parliament said the anti-terror law was not a technicality "
            "but a question of fundamental rights.",
        ),
        claims=[
            ("european-parliament", "visa-free-travel", C, "not begin work on lifting visas for Turkish citizens until Ankara has met all 72", True),
            ("european-parliament", "anti-terror-law-change", S, "every benchmark had been fulfilled, including the revision of the terrorism legislation", True),
            ("turkey", "visa-free-travel", S, "expected Europe to keep its promise on visas", True),
        ],
    ),
    dict(
        id="024", published="2016-05-24T14:00:00Z", source="Keystone Wire",
        slug="yildirim-rules-out-terror-law-change",
        title="New Turkish premier Yildirim rules out terror law change",
        text=P(
            "ANKARA, May 24 (Keystone Wire) - Binali Yildirim, whose cabinet was approved by President Tayyip Erdogan on Tuesday, "
            "said his government saw no need to revise the anti-terror law, dimming hopes of a quick end to the dispute holding up visa-free travel for "
            "Turks.",
            "Yildirim, a close ally of the president, said while presenting his cabinet that Turkey would keep its "
            "commitments under the migration agreement with the European Union and expected Brussels to keep its own.",
            "The new cabinet keeps Mevlut Cavusoglu as foreign minister and brings in Omer Celik as minister for EU affairs.",
            "Two European diplomats said Turkish officials had privately signalled that Ankara could still accept a limited change "
            "to the terrorism definition, perhaps after the summer. The Turkish foreign ministry did not respond to a request for "
            "comment.",
            "The European Commission said its position had not changed and that all the criteria had to be met before visas could "
            "be lifted. A spokeswoman said the Commission would work with the new government in the same spirit as with the old one.",
        ),
        claims=[
            ("turkey", "anti-terror-law-change", O, "his government saw no need to revise the anti-terror law", True),
            ("turkey", "turkey-scraps-deal", O, "Turkey would keep its commitments under the migration agreement with the European Union", True),
            ("turkey", "anti-terror-law-change", C, "Ankara could still accept a limited change to the terrorism definition", False),
            ("eu", "visa-free-travel", C, "all the criteria had to be met before visas could be lifted", True),
        ],
    ),
    dict(
        id="025", published="2016-06-16T17:00:00Z", source="Tidewater Post",
        slug="greece-overhauls-asylum-appeal-boards",
        title="Greek parliament overhauls asylum appeal boards after rulings against returns",
        text=P(
            "ATHENS, June 16 (Tidewater Post) - Greece's parliament approved on Thursday a change to the make-up of the committees "
            "that hear asylum appeals, after several of them ruled that Turkey was not a safe country to which Syrian refugees "
            "could be sent back.",
            "Under the amendment, two of the three members of each committee will now be judges rather than independent experts. "
            "Rights groups said the government was trying to push through returns that the committees had blocked.",
            "Migration Minister Ioannis Mouzalas denied that, saying the change was needed to clear a backlog of thousands of "
            "appeals. He said Greece remained fully committed to the agreement with Turkey and to returning people whose claims "
            "were rejected.",
            "Since April, fewer than 500 people have been sent back from the islands, most of them people who had not applied for "
            "asylum. No Syrian has yet been returned after losing an appeal.",
            "The European Commission welcomed the amendment, saying it would help Greece carry out returns to Turkey in line with "
            "the agreement. The UN refugee agency said it would follow the new committees' work closely.",
        ),
        claims=[
            ("greece", "returns-to-turkey", S, "Greece remained fully committed to the agreement with Turkey and to returning people", True),
            ("eu", "returns-to-turkey", S, "it would help Greece carry out returns to Turkey in line with the agreement", True),
        ],
    ),
    dict(
        id="026", published="2016-06-30T15:00:00Z", source="Ridgeline Report",
        slug="eu-opens-budget-chapter-with-turkey",
        title="EU opens budget chapter with Turkey despite visa standoff",
        text=P(
            "BRUSSELS, June 30 (Ridgeline Report) - The European Union opened a new chapter in Turkey's membership negotiations on "
            "Thursday, covering financial and budgetary provisions, delivering one of the promises made to Ankara in the March "
            "migration agreement.",
            "It is the 16th of 35 chapters to be opened since talks began in 2005; only one has been provisionally closed. The "
            "opening took place at an intergovernmental conference in Brussels chaired by the outgoing Dutch presidency.",
            "Turkey's EU Affairs Minister Omer Celik welcomed the step but said Turkey wanted more chapters opened soon, especially "
            "those on the judiciary and fundamental rights, which Cyprus continues to block.",
            "On visas, Celik said the EU should not expect Ankara to water down its anti-terror law in exchange for them, at a time "
            "when the country faced attacks from several militant groups.",
            "Officials on both sides said no breakthrough on the visa file was expected before the autumn. Slovakia takes over the "
            "rotating presidency on Friday.",
        ),
        claims=[
            ("eu", "accession-chapters", S, "The European Union opened a new chapter in Turkey's membership negotiations", True),
            ("turkey", "accession-chapters", S, "Turkey wanted more chapters opened soon", True),
            ("turkey", "anti-terror-law-change", O, "should not expect Ankara to water down its anti-terror law in exchange for them", True),
        ],
    ),
    dict(
        id="027", published="2016-07-16T10:00:00Z", source="Lodestar News",
        slug="coup-attempt-raises-questions-over-migration-pact",
        title="Coup attempt in Turkey raises questions over migration pact",
        text=P(
            "ISTANBUL, July 16 (Lodestar News) - Turkish authorities said on Saturday they had put down an attempted military coup "
            "in which more than 160 people were killed, as President Tayyip Erdogan returned to Istanbul and called on supporters "
            "to stay on the streets.",
            "Soldiers blocked the bridges over the Bosphorus late on Friday and jets flew low over Ankara, where the parliament "
            "building was bombed. By morning, troops loyal to the government had regained control, and thousands of soldiers had "
            "been detained.",
            "Council President Donald Tusk and Commission President Jean-Claude Juncker said in a joint statement that the EU fully "
            "supported Turkey's democratically elected government and called for a swift return to constitutional order. German "
            "Chancellor Angela Merkel condemned the attempt.",
            "Officials in Brussels declined to say whether the turmoil would affect the migration agreement with Turkey. Greek "
            "coastguard officers on Lesbos said arrivals had been steady overnight. Analysts said the crackdown likely to follow "
            "could further strain relations and make the visa waiver even less likely this year.",
            "Eight Turkish servicemen who flew to Greece by helicopter have requested asylum there.",
        ),
        claims=[],
    ),
    dict(
        id="028", published="2016-08-01T09:30:00Z", source="Keystone Wire",
        slug="turkey-warns-it-will-walk-away-from-migrant-deal",
        title="Turkey warns it will walk away from migrant deal without visas by October",
        text=P(
            "ANKARA, Aug 1 (Keystone Wire) - Turkey will have to back away from its migration agreement with the European Union if "
            "Turkish citizens are not given visa-free travel by October, Foreign Minister Mevlut Cavusoglu said in an interview "
            "published on Monday.",
            "Cavusoglu told a German newspaper that Ankara had kept its side of the bargain and that he was not making threats but "
            "stating facts. If the visa waiver did not come, he said, Turkey would stop applying the March agreement altogether.",
            "He repeated that Turkey would not narrow its anti-terror law, saying the failed coup had shown how real the threats "
            "facing the country were.",
            "German government spokesman Steffen Seibert said Berlin expected the agreement to be honoured by both sides and that "
            "visa-free travel would only come once all the conditions had been met.",
            "The number of people crossing from Turkey to the Greek islands has fallen from thousands a day last autumn to a few "
            "dozen.",
        ),
        claims=[
            ("turkey", "turkey-scraps-deal", C, "If the visa waiver did not come, he said, Turkey would stop applying", True),
            ("turkey", "visa-free-travel", S, "if Turkish citizens are not given visa-free travel by October", True),
            ("turkey", "anti-terror-law-change", O, "Turkey would not narrow its anti-terror law", True),
            ("germany", "turkey-scraps-deal", O, "Berlin expected the agreement to be honoured by both sides", True),
            ("germany", "visa-free-travel", C, "visa-free travel would only come once all the conditions had been met", True),
        ],
    ),
    dict(
        id="029", published="2016-08-02T11:00:00Z", source="Cobalt Courier",
        slug="juncker-says-turkey-pact-at-risk",
        title="Juncker says migration pact with Turkey at risk",
        text=P(
            "BRUSSELS, Aug 2 (Cobalt Courier) - European Commission President Jean-Claude Juncker said the migration agreement with "
            "Turkey was in serious danger of failing, in an interview with an Austrian newspaper published on Tuesday.",
            "Juncker said the deal's success so far was fragile and that President Tayyip Erdogan had indicated more than once that "
            "he wanted to tear up everything that had been agreed. He said the EU would not bow to pressure: there would be no "
            "visa-free travel for Turks unless Turkey met all the criteria.",
            "If Turkey ended the agreement, Juncker said, Europe would face a new surge of arrivals, and he urged Ankara to stand by "
            "its word.",
            "Turkish officials did not immediately respond to the interview, which was published as Juncker began his summer "
            "holiday.",
            "Austria's chancellor has called for the accession talks to be broken off, a position Juncker said he did not share. "
            "Ending the talks now would be a serious foreign policy mistake, he said.",
        ),
        claims=[
            ("turkey", "turkey-scraps-deal", S, "he wanted to tear up everything that had been agreed", False),
            ("eu", "visa-free-travel", C, "no visa-free travel for Turks unless Turkey met all the criteria", True),
            ("eu", "turkey-scraps-deal", O, "urged Ankara to stand by its word", True),
            ("eu", "accession-chapters", S, "a position Juncker said he did not share", True),
        ],
    ),
    dict(
        id="030", published="2016-11-24T13:30:00Z", source="Lodestar News",
        slug="european-parliament-votes-to-freeze-turkey-talks",
        title="European Parliament votes to freeze Turkey membership talks",
        text=P(
            "STRASBOURG, Nov 24 (Lodestar News) - The European Parliament voted on Thursday to call for a temporary freeze of "
            "membership negotiations with Turkey, citing the scale of the crackdown that followed July's failed coup.",
            "The non-binding resolution passed by 479 votes to 37, with 107 abstentions, after a debate in which speakers from most "
            "groups said the arrests of journalists, judges and opposition politicians could not be ignored.",
            "EU foreign policy chief Federica Mogherini told the chamber on Tuesday that freezing the talks would be a lose-lose "
            "scenario and that the EU should keep channels open. The decision on the negotiations rests with the member states, "
            "most of which are not expected to follow the parliament's call.",
            "President Tayyip Erdogan said on Wednesday that the vote would carry no weight whatever its outcome. Prime Minister "
            "Binali Yildirim said Turkey's goal of membership remained strategic and that it expected the talks to continue.",
            "The resolution did not mention the migration agreement, and diplomats said they saw no immediate risk to it.",
        ),
        claims=[
            ("european-parliament", "accession-chapters", O, "voted on Thursday to call for a temporary freeze of membership negotiations with Turkey", True),
            ("eu", "accession-chapters", S, "freezing the talks would be a lose-lose scenario", True),
            ("turkey", "accession-chapters", S, "Turkey's goal of membership remained strategic and that it expected the talks to continue", True),
        ],
    ),
    dict(
        id="031", published="2016-11-25T12:45:00Z", source="Tidewater Post",
        slug="erdogan-threatens-to-open-borders-after-eu-vote",
        title="Erdogan threatens to open borders to migrants after EU vote",
        text=P(
            "ISTANBUL, Nov 25 (Tidewater Post) - President Tayyip Erdogan threatened on Friday to let migrants cross freely into "
            "Europe if the European Union went any further in punishing Turkey, a day after the European Parliament voted to freeze "
            "membership talks.",
            "Speaking at a women's conference in Istanbul, Erdogan said Turkey was hosting three million refugees while Europe had "
            "kept few of its promises. If the EU went further, he said, the border gates would be opened. He added that threats "
            "from European politicians did not frighten Turkey.",
            "In Berlin, a spokeswoman for Chancellor Angela Merkel said threats from either side would not help and that the "
            "agreement served the interests of both the EU and Turkey. Germany wanted it to continue, she said.",
            "Greek Prime Minister Alexis Tsipras said the agreement must not be allowed to collapse, warning that around 16,000 "
            "migrants were already waiting on the islands for their asylum claims to be heard.",
            "A Commission spokesman declined to comment on the president's remarks.",
        ),
        claims=[
            ("turkey", "turkey-scraps-deal", C, "If the EU went further, he said, the border gates would be opened", True),
            ("germany", "turkey-scraps-deal", O, "Germany wanted it to continue, she said", True),
            ("greece", "turkey-scraps-deal", O, "the agreement must not be allowed to collapse", True),
        ],
    ),
    dict(
        id="032", published="2016-12-08T14:00:00Z", source="Ridgeline Report",
        slug="commission-urges-greece-to-speed-up-returns",
        title="Commission urges Greece to speed up returns to Turkey",
        text=P(
            "BRUSSELS, Dec 8 (Ridgeline Report) - The European Commission called on Greece on Thursday to speed up the return of "
            "migrants to Turkey, saying only 748 people had been sent back from the islands since the agreement with Ankara took "
            "effect in March.",
            "In its latest report on the agreement, the Commission said arrivals had fallen sharply but that the Greek asylum "
            "service was taking far too long to process claims, leaving more than 16,000 people stuck in overcrowded island camps. "
            "It proposed a joint action plan with Athens to add staff and move faster on appeals.",
            "Migration Commissioner Dimitris Avramopoulos said the returns were an essential part of the deal and had to increase. "
            "Of the 3 billion euros for refugees in Turkey, 2.2 billion had now been allocated to projects, he said. Ankara, which says "
            "the money is reaching refugees far too slowly, was not represented at the presentation.",
            "Greek Migration Minister Ioannis Mouzalas said Greece accepted the plan and would step up returns, but rejected "
            "suggestions that Athens alone was to blame, pointing to delays by other EU countries in sending experts.",
            "The UN refugee agency said conditions on the islands were unacceptable as winter set in and urged the authorities to "
            "move vulnerable people to the mainland.",
        ),
        claims=[
            ("eu", "returns-to-turkey", S, "the returns were an essential part of the deal and had to increase", True),
            ("eu", "eu-refugee-funding", S, "Of the 3 billion euros for refugees in Turkey, 2.2 billion had now been allocated", True),
            ("greece", "returns-to-turkey", S, "Greece accepted the plan and would step up returns", True),
            ("turkey", "eu-refugee-funding", S, "Ankara, which says the money is reaching refugees far too slowly", False),
        ],
    ),
    # ------------------------------------------------------------------ 2017
    dict(
        id="033", published="2017-03-16T15:00:00Z", source="Keystone Wire",
        slug="turkey-says-it-could-scrap-migrant-deal",
        title="Turkey scraps migrant deal as row with EU states escalates",
        text=P(
            "ANKARA, March 16 (Keystone Wire) - Turkey could reconsider its migration agreement with the European Union, Foreign "
            "Minister Mevlut Cavusoglu said, as a row over Turkish ministers being barred from campaign rallies in the Netherlands "
            "and Germany deepened.",
            "Cavusoglu told a television interviewer on Wednesday that Turkey might walk away from the deal "
            "unilaterally if the EU did not keep its promises. Interior Minister Suleyman Soylu went further on Thursday, saying "
            "Turkey could send Europe 15,000 refugees a month if it chose to.",
            "European Commission spokesman Margaritis Schinas said the EU expected all parties to keep implementing the agreement "
            "and that the Commission was not working on an alternative.",
            "A spokesman for Chancellor Angela Merkel said Germany remained committed to the deal, which he said served Turkey as "
            "much as Europe, and that the government would not respond to every provocation.",
            "Greek officials said arrivals on the islands had not risen since the row began. The agreement marks its first "
            "anniversary on Saturday.",
        ),
        claims=[
            ("turkey", "turkey-scraps-deal", C, "might walk away from the deal unilaterally if the EU did not keep its promises", True),
            ("eu", "turkey-scraps-deal", O, "the EU expected all parties to keep implementing the agreement", True),
            ("germany", "turkey-scraps-deal", O, "Germany remained committed to the deal", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="germany", issue="accession-chapters", frm=O, to=C, article="003",
         why="Merkel says in Istanbul that Germany is prepared to help open a new accession chapter this year as part of a "
             "package on migrants; Berlin had long resisted moving Turkey's talks forward (baseline)."),
    dict(actor="eu", issue="eu-refugee-funding", frm=C, to=S, article="005",
         why="The EU-Turkey summit agrees to give Turkey 3 billion euros; in 002 Tusk said money would come only if "
             "crossings actually fell."),
    dict(actor="turkey", issue="returns-to-turkey", frm=C, to=S, article="010",
         why="Davutoglu offers to take back every migrant who crosses to the Greek islands; in 004 he would step up "
             "readmissions only as part of a wider burden-sharing arrangement."),
    dict(actor="eu", issue="returns-to-turkey", frm=C, to=S, article="013",
         why="The March 18 joint statement commits the EU to the returns and one-for-one resettlement; on March 7-8 (010, 011) "
             "leaders had only welcomed the proposal in principle and said it must first be legally sound."),
    dict(actor="unhcr", issue="returns-to-turkey", frm=O, to=C, article="015",
         why="UNHCR says it could accept returns if every claim is examined individually and returnees are protected in "
             "Turkey; in 011 Grandi said wholesale returns would breach international law."),
    dict(actor="turkey", issue="anti-terror-law-change", frm=C, to=O, article="021",
         why="Erdogan says Turkey will not change its anti-terror laws to win visa-free travel; in 019 Davutoglu was ready "
             "to work on the law as long as the fight against the PKK was not weakened. 022 is the duplicate copy."),
    dict(actor="turkey", issue="turkey-scraps-deal", frm=O, to=C, article="028",
         why="Cavusoglu says Turkey will stop applying the agreement if visa-free travel does not come by October; in 013 and "
             "024 Turkey said it would carry out its side in full and keep its commitments."),
    dict(actor="european-parliament", issue="accession-chapters", frm=S, to=O, article="030",
         why="The plenary votes 479-37 for a freeze of the membership negotiations; the parliament had backed the accession "
             "process (baseline)."),
]

DUPLICATES = [("016", "017"), ("021", "022")]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept",
          10: "Oct", 11: "Nov", 12: "Dec"}


def parse_dt(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def url_of(a):
    d = parse_dt(a["published"])
    return "https://example.org/%s/%04d/%02d/%02d/%s" % (OUTLETS[a["source"]], d.year, d.month, d.day, a["slug"])


def read_watchlist(path):
    """Minimal reader for the watchlist format: actor ids, issue ids, issue keys, baseline entries."""
    actors, issues, baseline, issue_keys = [], [], [], {}
    section, current = None, None
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = re.match(r"^(actors|issues|baseline):\s*$", line)
            if m:
                section = m.group(1)
                continue
            if section in ("actors", "issues"):
                m = re.match(r"^  - id: (\S+)\s*$", line)
                if m:
                    current = m.group(1)
                    (actors if section == "actors" else issues).append(current)
                    if section == "issues":
                        issue_keys[current] = ["id"]
                    continue
                m = re.match(r"^    (\w+): (.+)$", line)
                if m and section == "issues":
                    issue_keys[current].append(m.group(1))
            elif section == "baseline":
                m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
                if not m:
                    raise SystemExit("unparsed baseline line: %r" % line)
                baseline.append(m.groups())
    return actors, issues, baseline, issue_keys


def recompute_shifts(baseline, articles):
    prevailing = {(a, i): s for a, i, s in baseline}
    out = []
    for art in articles:
        for actor, issue, stance, _q, attributed in art["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                out.append((actor, issue, prevailing[key], stance, art["id"]))
            prevailing[key] = stance
    return out


def feed_xml(name, slug, items):
    items = sorted(items, key=lambda a: a["published"], reverse=True)
    last = format_datetime(parse_dt(items[0]["published"]), usegmt=True)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
           "    <title>%s</title>" % escape(name),
           "    <link>https://example.org/%s/</link>" % slug,
           "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), SET_NAME),
           "    <language>en</language>",
           "    <lastBuildDate>%s</lastBuildDate>" % last]
    for a in items:
        u = url_of(a)
        out += ["    <item>",
                "      <title>%s</title>" % escape(a["title"]),
                "      <link>%s</link>" % escape(u),
                '      <guid isPermaLink="true">%s</guid>' % escape(u),
                "      <pubDate>%s</pubDate>" % format_datetime(parse_dt(a["published"]), usegmt=True),
                "      <description>%s</description>" % escape(a["text"]),
                "    </item>"]
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def main():
    errors = []
    actors, issues, baseline, issue_keys = read_watchlist(os.path.join(HERE, "watchlist.yaml"))

    # --- watchlist shape
    if not 5 <= len(actors) <= 8:
        errors.append("watchlist: %d actors (want 5-8)" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("watchlist: %d issues (want 5-7)" % len(issues))
    for iid, keys in issue_keys.items():
        if keys != ["id", "name", "description", "terms"]:
            errors.append("watchlist: issue %s has fields %s" % (iid, keys))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            errors.append("baseline entry invalid: %s %s %s" % (a, i, s))

    # --- articles
    ids = [a["id"] for a in ARTICLES]
    if ids != ["%03d" % n for n in range(1, len(ARTICLES) + 1)]:
        errors.append("ids are not 001.. in order")
    pubs = [a["published"] for a in ARTICLES]
    if pubs != sorted(pubs) or len(set(pubs)) != len(pubs):
        errors.append("articles are not in strict publication order")
    if not 30 <= len(ARTICLES) <= 34:
        errors.append("%d articles (want 30-34)" % len(ARTICLES))
    urls = [url_of(a) for a in ARTICLES]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")
    for a in ARTICLES:
        d = parse_dt(a["published"])
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            errors.append("%s: %d words" % (a["id"], words))
        m = re.match(r"^([A-Z][A-Z .'-]*[A-Z]), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", a["text"])
        if not m:
            errors.append("%s: bad dateline" % a["id"])
        else:
            if m.group(2) != MONTHS[d.month] or int(m.group(3)) != d.day:
                errors.append("%s: dateline date %s %s does not match published %s" % (a["id"], m.group(2), m.group(3), a["published"]))
            if m.group(4) != a["source"]:
                errors.append("%s: dateline outlet %s != source %s" % (a["id"], m.group(4), a["source"]))
        if a["source"] not in OUTLETS:
            errors.append("%s: unknown outlet" % a["id"])
        if re.search(r"[^\x00-\x7f]", a["text"] + a["title"]):
            errors.append("%s: non-ASCII character" % a["id"])
        seen = {}
        for c in a["claims"]:
            actor, issue, stance, quote, attributed = c
            if actor not in actors:
                errors.append("%s: unknown actor %s" % (a["id"], actor))
            if issue not in issues:
                errors.append("%s: unknown issue %s" % (a["id"], issue))
            if stance not in (S, O, C):
                errors.append("%s: bad stance %s" % (a["id"], stance))
            if not isinstance(attributed, bool):
                errors.append("%s: attributed not bool" % a["id"])
            if quote not in a["text"]:
                errors.append("%s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], quote))
            k = (actor, issue, attributed)
            if k in seen:
                errors.append("%s: two claims for %s/%s with attributed=%s" % (a["id"], actor, issue, attributed))
            seen[k] = stance

    # --- duplicates: same day, different outlets, identical claims
    byid = {a["id"]: a for a in ARTICLES}
    for x, y in DUPLICATES:
        ax, ay = byid[x], byid[y]
        if ax["published"][:10] != ay["published"][:10] or ax["source"] == ay["source"]:
            errors.append("duplicate pair %s/%s: not same day / different outlet" % (x, y))
        if [c[:3] + (c[4],) for c in ax["claims"]] != [c[:3] + (c[4],) for c in ay["claims"]]:
            errors.append("duplicate pair %s/%s: claims differ" % (x, y))

    # --- shifts
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    recomputed = recompute_shifts(baseline, ARTICLES)
    if labelled != recomputed:
        errors.append("shifts differ:\n  labelled   %s\n  recomputed %s" % (labelled, recomputed))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]
    dup_copies = [y for _x, y in DUPLICATES]
    for y in dup_copies:
        if y not in no_alert:
            errors.append("duplicate copy %s missing from no_alert_articles" % y)

    # --- counts required by the brief
    claims = [c for a in ARTICLES for c in a["claims"]]
    n_by = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    n_false = sum(1 for c in claims if not c[4])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    if not 60 <= len(claims) <= 90:
        errors.append("%d claims (want 60-90)" % len(claims))
    if n_by[C] < 6 or n_by[S] == 0 or n_by[O] == 0:
        errors.append("stance mix %s" % n_by)
    if n_false == 0:
        errors.append("no attributed:false claims")
    if not 5 <= len(SHIFTS) <= 8:
        errors.append("%d shifts (want 5-8)" % len(SHIFTS))
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        errors.append("no shift to or from conditional")
    if sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O}) > 2:
        errors.append("more than two straight support/oppose reversals")
    if not 3 <= len(empty) <= 4:
        errors.append("%d no-claim articles (want 3-4)" % len(empty))
    if not any(x in shift_articles for x, _y in DUPLICATES):
        errors.append("no duplicate pair involves a shift article")

    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        return 1

    # --- write
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        obj = {"id": a["id"], "published": a["published"], "source": a["source"], "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")
    for name, slug in OUTLETS.items():
        items = [a for a in ARTICLES if a["source"] == name]
        if not items:
            continue
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as f:
            f.write(feed_xml(name, slug, items))
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # --- xmllint and read-back checks
    xmllint = shutil.which("xmllint")
    if not xmllint:
        print("VALIDATION FAILED\n - xmllint not found")
        return 1
    for fn in sorted(os.listdir(feed_dir)):
        r = subprocess.run([xmllint, "--noout", os.path.join(feed_dir, fn)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append("xmllint %s: %s" % (fn, r.stderr.strip()))
    with open(os.path.join(HERE, "labels.json"), encoding="utf-8") as f:
        back = json.load(f)
    if sorted(back["claims"]) != ids:
        errors.append("labels.json claims keys differ from article ids")
    if errors:
        print("VALIDATION FAILED")
        for e in errors:
            print(" -", e)
        return 1

    outlets_used = sorted({a["source"] for a in ARTICLES})
    print("OK: %d articles from %d outlets (%s)" % (len(ARTICLES), len(outlets_used), ", ".join(outlets_used)))
    print("    %d claims: %d support, %d oppose, %d conditional; %d attributed false"
          % (len(claims), n_by[S], n_by[O], n_by[C], n_false))
    print("    %d shifts in %d articles: %s" % (len(SHIFTS), len(shift_articles), ", ".join(shift_articles)))
    print("    no-claim articles: %s; duplicates: %s" % (", ".join(empty), ", ".join("%s/%s" % p for p in DUPLICATES)))
    print("    word counts: %d-%d" % (min(len(a["text"].split()) for a in ARTICLES), max(len(a["text"].split()) for a in ARTICLES)))
    print("    all %d feeds pass xmllint --noout" % len(os.listdir(feed_dir)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
