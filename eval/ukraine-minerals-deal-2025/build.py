#!/usr/bin/env python3
"""Build the shiftwatch blind evaluation set ukraine-minerals-deal-2025.

Standard library only. Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml and labels.json next to this file,
then validates the set (quotes, ids, watchlist, word counts, datelines,
recomputed shifts, no_alert_articles, duplicates, xmllint). Exit code 0
means every check passed.

All article wording is original paraphrase written for this set. The
events are real and public; the set is not a source of facts.
"""

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "lantern-wire": "Lantern Wire",
    "eastbridge-post": "Eastbridge Post",
    "compass-newswire": "Compass Newswire",
    "riverline-times": "Riverline Times",
    "bellwether-report": "Bellwether Report",
}

S, O, C = "support", "oppose", "conditional"


def claim(actor, issue, stance, quote, attributed=True):
    return {"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed}


# Articles in publication order. ids are assigned 001.. from this order.
ARTICLES = [
    # 001
    dict(
        published="2025-02-03T22:10:00Z", outlet="lantern-wire",
        slug="trump-wants-ukraine-rare-earths-for-aid",
        title="Trump wants Ukraine's rare earths in return for US aid",
        paras=[
            "WASHINGTON, Feb 3 (Lantern Wire) - President Donald Trump said on Monday that he wanted Ukraine to guarantee the United States a supply of rare earths and other minerals in return for the aid Washington has sent Kyiv since Russia's full-scale invasion.",
            "Speaking to reporters in the Oval Office, Trump said the United States had put far more money into the war than its European allies and should get something back for it. He said he was looking for a deal with Ukraine under which its mineral wealth would secure continued American support.",
            "Ukraine holds deposits of lithium, titanium, graphite and several rare earth elements, though a large share lies in areas now under Russian occupation or close to the front line.",
            "Kyiv, which offered allies joint development of its critical minerals in exchange for protection in its so-called victory plan last autumn, did not comment on Monday. The plan also asked partners for stronger security ties and an invitation to join NATO.",
            "Analysts said the remarks signalled that the new administration would tie future help to commercial returns.",
        ],
        claims=[
            claim("usa", "aid-repaid-from-minerals", S, "in return for the aid Washington has sent Kyiv since Russia's full-scale invasion"),
            claim("usa", "sign-minerals-deal", S, "He said he was looking for a deal with Ukraine"),
            claim("ukraine", "sign-minerals-deal", C, "offered allies joint development of its critical minerals in exchange for protection", False),
        ],
    ),
    # 002
    dict(
        published="2025-02-07T15:40:00Z", outlet="eastbridge-post",
        slug="zelensky-open-to-minerals-deal-if-it-brings-security",
        title="Zelensky open to minerals deal with US if it comes with security",
        paras=[
            "KYIV, Feb 7 (Eastbridge Post) - President Volodymyr Zelensky said on Friday that Ukraine was open to a deal giving American companies a share in its mineral resources, but only as part of an arrangement that helped keep the country safe.",
            "In an interview at his office, Zelensky said Ukraine would be glad to develop its deposits with the partners who had helped defend it, and that the United States, as the largest of them, should be first in line. He said any such agreement had to include guarantees for Ukraine's security, because investors would not come to a country that could be attacked again.",
            "He said he did not want Russia and its allies, among them North Korea and Iran, to profit from the reserves that now sit in occupied territory. By his estimate, about a fifth of the country's critical minerals are under Russian control.",
            "His office said no draft had yet been exchanged with Washington. A US official, speaking on condition of anonymity, said only that the talks were at an early stage.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", C, "but only as part of an arrangement that helped keep the country safe"),
            claim("ukraine", "kyiv-drops-guarantees", O, "any such agreement had to include guarantees for Ukraine's security"),
        ],
    ),
    # 003
    dict(
        published="2025-02-10T23:30:00Z", outlet="compass-newswire",
        slug="trump-says-he-wants-500-billion-in-rare-earths",
        title="Trump says he wants $500 billion worth of Ukrainian rare earths",
        paras=[
            "WASHINGTON, Feb 10 (Compass Newswire) - President Donald Trump said he had told Ukraine that he wanted the equivalent of 500 billion dollars in rare earths in return for the support the United States has given it.",
            "In a television interview broadcast on Monday, Trump said Kyiv had essentially agreed to the idea, a claim Ukrainian officials did not confirm. He said American taxpayers deserved security for the money they had spent and that he wanted the minerals deal done.",
            "Treasury Secretary Scott Bessent is due to travel to Kyiv this week, and officials said he would take a draft of the agreement with him.",
            "The figure far exceeds the roughly 175 billion dollars that Congress has approved for Ukraine-related spending since 2022, according to US government figures. Senator Lindsey Graham, a Republican ally of the president, said last week that Ukraine was sitting on minerals worth trillions of dollars and that the United States should not leave them to Russia.",
            "Ukraine's presidential office said it would study any proposal once it arrived.",
        ],
        claims=[
            claim("usa", "aid-repaid-from-minerals", S, "wanted the equivalent of 500 billion dollars in rare earths"),
            claim("usa", "sign-minerals-deal", S, "he wanted the minerals deal done"),
            claim("ukraine", "aid-repaid-from-minerals", S, "Kyiv had essentially agreed to the idea", False),
        ],
    ),
    # 004
    dict(
        published="2025-02-12T17:20:00Z", outlet="riverline-times",
        slug="bessent-brings-minerals-draft-to-kyiv",
        title="Bessent brings minerals draft to Kyiv; Zelensky wants security in it",
        paras=[
            "KYIV, Feb 12 (Riverline Times) - US Treasury Secretary Scott Bessent handed President Volodymyr Zelensky a draft agreement on Ukraine's mineral resources on Wednesday, the first visit to Kyiv by a cabinet member of the new administration.",
            "Bessent told a news conference that he hoped Ukraine would sign the document soon. He said an economic partnership with the United States would act as a shield for Ukraine after the war, but he did not say whether Washington would offer any separate security commitment.",
            "Zelensky said his team would study the text quickly and that Kyiv was ready to sign a document that also served Ukraine's security. Ukraine's interest was to have the minerals deal tied to concrete security guarantees, he said, adding that he hoped to discuss them with US officials at the Munich Security Conference on Friday.",
            "The visit came on the day Trump spoke by telephone with Russian President Vladimir Putin, a call that Ukrainian officials said they learned about only afterwards.",
        ],
        claims=[
            claim("usa", "sign-minerals-deal", S, "he hoped Ukraine would sign the document soon"),
            claim("ukraine", "sign-minerals-deal", C, "Kyiv was ready to sign a document that also served Ukraine's security"),
            claim("ukraine", "kyiv-drops-guarantees", O, "to have the minerals deal tied to concrete security guarantees"),
        ],
    ),
    # 005
    dict(
        published="2025-02-15T14:00:00Z", outlet="bellwether-report",
        slug="zelensky-stopped-ministers-signing-minerals-deal",
        title="Zelensky says he stopped ministers signing US minerals deal",
        paras=[
            "MUNICH, Feb 15 (Bellwether Report) - President Volodymyr Zelensky said on Saturday that he had told his ministers not to sign the US proposal for access to Ukraine's minerals, because the draft did not protect Ukraine's interests.",
            "Speaking on the sidelines of the Munich Security Conference, Zelensky said the document was mainly about American interests and was not ready. He said it contained no security guarantees and that he could not agree to a text that offered Ukraine nothing in return for its resources.",
            "Zelensky met US Vice President JD Vance in the Bavarian capital on Friday. Vance's speech to the conference, in which he criticised European governments over free speech and migration, dominated the gathering. Asked whether Washington would revise the minerals draft, a member of Vance's delegation declined to say.",
            "A Western diplomat said the two sides remained far apart on what Ukraine would get in return, and that a new round of talks was unlikely before the end of the month.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", O, "he had told his ministers not to sign the US proposal"),
            claim("ukraine", "kyiv-drops-guarantees", O, "it contained no security guarantees and that he could not agree"),
        ],
    ),
    # 006 (no claims)
    dict(
        published="2025-02-18T16:00:00Z", outlet="lantern-wire",
        slug="us-russia-delegations-meet-in-riyadh",
        title="US and Russian delegations meet in Riyadh without Ukraine",
        paras=[
            "RIYADH, Feb 18 (Lantern Wire) - Senior US and Russian officials met in the Saudi capital on Tuesday for their first substantive talks since Russia's full-scale invasion of Ukraine, with no Ukrainian or European representatives at the table.",
            "Secretary of State Marco Rubio, national security adviser Mike Waltz and envoy Steve Witkoff sat opposite Foreign Minister Sergei Lavrov and Kremlin aide Yuri Ushakov for about four and a half hours at Diriyah Palace. Both sides said afterwards that they had agreed to restore staffing at their embassies and to set up teams to work towards ending the war.",
            "Kyiv was not invited. President Volodymyr Zelensky, who was visiting Turkey, put off a planned trip to Saudi Arabia so as not to lend the meeting legitimacy, his aides said.",
            "Neither delegation said whether the proposed US-Ukraine minerals agreement had been raised. Diplomats in the Gulf said a second round could take place within weeks, and some analysts speculated that Washington might try to fold the minerals question into a wider settlement.",
        ],
        claims=[],
    ),
    # 007
    dict(
        published="2025-02-19T13:30:00Z", outlet="eastbridge-post",
        slug="zelensky-cannot-sell-ukraine-rejects-500-billion",
        title="Zelensky says he 'can't sell' Ukraine, rejects $500 billion claim",
        paras=[
            "KYIV, Feb 19 (Eastbridge Post) - President Volodymyr Zelensky said on Wednesday that he could not sell his country, rejecting a US proposal that would hand Washington 500 billion dollars of Ukraine's mineral wealth as payback for wartime support.",
            "Zelensky told reporters the United States had delivered about 67 billion dollars in weapons and some 31.5 billion dollars in budget support, nowhere near the figure in the draft. He said the money had been provided as grants, not loans, and that Ukraine would not accept them being turned into a debt. He added that he would not sign the draft in its current form.",
            "President Donald Trump, speaking in Florida on Tuesday, repeated that the United States should get back some of the money it had spent on the war.",
            "Zelensky also said Trump was living in a disinformation space created by Moscow. Hours later, Trump called him a dictator without elections in a post on social media.",
        ],
        claims=[
            claim("ukraine", "aid-repaid-from-minerals", O, "Ukraine would not accept them being turned into a debt"),
            claim("ukraine", "sign-minerals-deal", O, "he would not sign the draft in its current form"),
            claim("usa", "aid-repaid-from-minerals", S, "the United States should get back some of the money it had spent"),
        ],
    ),
    # 008 (no claims)
    dict(
        published="2025-02-20T18:45:00Z", outlet="compass-newswire",
        slug="kellogg-meets-zelensky-news-conference-called-off",
        title="Kellogg meets Zelensky in Kyiv; news conference called off",
        paras=[
            "KYIV, Feb 20 (Compass Newswire) - US envoy Keith Kellogg met President Volodymyr Zelensky in Kyiv on Thursday, a day after a bitter public exchange between Zelensky and President Donald Trump.",
            "A joint news conference that had been planned after the talks was cancelled at the request of the American side, according to Ukrainian officials. Kellogg did not speak to reporters as he left the presidential office on Bankova Street, and a US embassy spokesperson declined to say whether the minerals agreement had been discussed.",
            "Andriy Yermak, Zelensky's chief of staff, wrote on social media that the meeting had been long and substantive and that it had covered the battlefield, the return of prisoners of war and security guarantees. He gave no details.",
            "Kellogg, a retired general, had travelled to Ukraine by train from Poland. Analysts in Kyiv said the tone of the visit would show whether the White House wanted to repair relations or keep up the pressure, but several said it was too early to tell.",
        ],
        claims=[],
    ),
    # 009
    dict(
        published="2025-02-21T20:15:00Z", outlet="riverline-times",
        slug="white-house-presses-zelensky-to-sign",
        title="White House presses Zelensky to sign minerals deal",
        paras=[
            "WASHINGTON, Feb 21 (Riverline Times) - National security adviser Mike Waltz urged President Volodymyr Zelensky to tone down his criticism of Donald Trump and to sign the minerals agreement, which he called a historic opportunity for Ukraine.",
            "Waltz told a conservative conference outside Washington on Thursday that Kyiv should take a close look at the offer and sign it. He did not say whether the United States would change any of the terms.",
            "Trump said on Friday that talks with Kyiv were going well and that he expected a deal soon. He told reporters he wanted the money back, adding that Ukraine had resources the United States could use in return for what it had paid.",
            "Ukrainian officials said their negotiators were working on a revised text with the American side. Senator Lindsey Graham said the deal would give Washington a lasting stake in Ukraine's future and urged Kyiv to take it.",
        ],
        claims=[
            claim("usa", "sign-minerals-deal", S, "Kyiv should take a close look at the offer and sign it"),
            claim("usa", "aid-repaid-from-minerals", S, "he wanted the money back"),
        ],
    ),
    # 010
    dict(
        published="2025-02-23T14:30:00Z", outlet="bellwether-report",
        slug="zelensky-refuses-to-recognise-500-billion-debt",
        title="Zelensky refuses to recognise $500 billion 'debt' to US",
        paras=[
            "KYIV, Feb 23 (Bellwether Report) - President Volodymyr Zelensky said on Sunday that he would not recognise a 500 billion dollar debt to the United States, and that he would not saddle generations of Ukrainians with repaying it.",
            "Speaking at a forum in the capital on the eve of the third anniversary of Russia's invasion, Zelensky said the aid Ukraine had received from Washington under former President Joe Biden had been given as grants. It would be wrong, he said, to treat that help as a loan after the fact.",
            "He said the talks on the minerals text were moving forward and that the latest draft was better than the first one, but that it was not yet acceptable. He did not say which clauses were still in dispute.",
            "Zelensky also said he was ready to step down as president if that brought peace to Ukraine or membership of NATO, an offer he described as serious.",
        ],
        claims=[
            claim("ukraine", "aid-repaid-from-minerals", O, "he would not recognise a 500 billion dollar debt to the United States"),
            claim("ukraine", "sign-minerals-deal", O, "but that it was not yet acceptable"),
        ],
    ),
    # 011
    dict(
        published="2025-02-24T11:30:00Z", outlet="compass-newswire",
        slug="european-leaders-in-kyiv-eu-pitches-raw-materials-partnership",
        title="European leaders in Kyiv on anniversary; EU pitches its own raw materials partnership",
        paras=[
            "KYIV, Feb 24 (Compass Newswire) - European leaders gathered in Kyiv on Monday to mark three years since Russia's full-scale invasion, as the European Commission promoted its own offer of a raw materials partnership with Ukraine.",
            "Commission President Ursula von der Leyen announced a further 3.5 billion euros in support, to be paid out in March. Stephane Sejourne, the Commission's executive vice-president for industrial strategy, said Brussels was proposing a partnership that would benefit both sides, noting that Ukraine could supply 21 of the 30 critical raw materials Europe needs. He did not comment on the talks with Washington.",
            "President Volodymyr Zelensky told the gathering that talks with the United States on minerals were continuing. He said that for Ukraine any such agreement had to contain security guarantees, and that Kyiv would not give up on them.",
            "More than a dozen leaders attended in person, and others joined by video link.",
        ],
        claims=[
            claim("ukraine", "kyiv-drops-guarantees", O, "and that Kyiv would not give up on them"),
        ],
    ),
    # 012
    dict(
        published="2025-02-24T19:00:00Z", outlet="lantern-wire",
        slug="putin-offers-us-russian-rare-earths",
        title="Putin offers US access to Russian rare earths, including in occupied areas",
        paras=[
            "MOSCOW, Feb 24 (Lantern Wire) - President Vladimir Putin said on Monday that Russia was ready to work with American companies on developing its rare earth deposits, including in the Ukrainian regions that Moscow claims to have annexed.",
            "In a television interview, Putin said Russia had far larger reserves of rare earth metals than Ukraine and that it was prepared to offer US partners joint projects both in Russia proper and in what he called the new territories. He also said foreign investors, Americans among them, would be welcome in aluminium production in Siberia.",
            "Asked about the talks between Washington and Kyiv on Ukraine's minerals, Putin said the agreement did not concern Russia and was a matter for the two countries.",
            "In Kyiv, Foreign Minister Andrii Sybiha said the resources in the occupied regions belonged to Ukraine and that Moscow had no right to offer them to anyone. Ukraine would never recognise any deal over them, he said.",
        ],
        claims=[
            claim("russia", "us-russia-rare-earths", S, "it was prepared to offer US partners joint projects"),
            claim("ukraine", "us-russia-rare-earths", O, "Moscow had no right to offer them to anyone"),
        ],
    ),
    # 013
    dict(
        published="2025-02-24T23:00:00Z", outlet="eastbridge-post",
        slug="trump-says-minerals-deal-close-eyes-russia-business",
        title="Trump says minerals deal close, eyes business with Russia after the war",
        paras=[
            "WASHINGTON, Feb 24 (Eastbridge Post) - President Donald Trump said on Monday that the United States was very close to a minerals agreement with Ukraine and that he wanted it signed quickly, possibly during a visit to Washington by President Volodymyr Zelensky.",
            "Speaking alongside French President Emmanuel Macron at the White House, Trump said the deal would let the United States recover the money it had given Kyiv. Macron, who disputed Trump's description of European aid as loans, said Europe had paid its share.",
            "Asked about President Vladimir Putin's offer of Russian rare earths, Trump said he would be glad to do economic development deals with Russia, which he said had very valuable resources, but only once the war was settled. He gave no timetable.",
            "Earlier in the day the United States voted against a United Nations General Assembly resolution that named Russia as the aggressor. European diplomats said the vote showed how far Washington's position had moved.",
        ],
        claims=[
            claim("usa", "sign-minerals-deal", S, "he wanted it signed quickly"),
            claim("usa", "aid-repaid-from-minerals", S, "the deal would let the United States recover the money it had given Kyiv"),
            claim("usa", "us-russia-rare-earths", C, "but only once the war was settled"),
        ],
    ),
    # 014 (headline overstates; everything comes from unnamed sources)
    dict(
        published="2025-02-25T15:20:00Z", outlet="riverline-times",
        slug="ukraine-agrees-minerals-deal-drops-guarantees",
        title="Ukraine agrees minerals deal with US, drops demand for guarantees",
        paras=[
            "KYIV, Feb 25 (Riverline Times) - Ukraine has accepted the main terms of a US framework deal on its mineral resources, two people familiar with the negotiations said on Tuesday, after weeks of tense exchanges between the two governments.",
            "According to the sources, Kyiv has agreed to sign a shortened text, and Washington has dropped its demand for 500 billion dollars of revenue from Ukrainian resources. The draft they described contains no explicit American security guarantees, an omission that Ukrainian negotiators had accepted could be dealt with later, one of them said.",
            "The text would set up a jointly owned fund into which Ukraine would pay half of future earnings from state-owned natural resources, the sources said. It was not clear whether the document had been cleared by President Volodymyr Zelensky.",
            "Zelensky's office did not comment. A White House spokeswoman said only that the president would have more to say soon.",
            "Analysts said a signature could come within days if the two leaders met.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", S, "Kyiv has agreed to sign a shortened text", False),
            claim("usa", "aid-repaid-from-minerals", O, "Washington has dropped its demand for 500 billion dollars of revenue", False),
            claim("ukraine", "kyiv-drops-guarantees", C, "Ukrainian negotiators had accepted could be dealt with later", False),
        ],
    ),
    # 015 (shift x2)
    dict(
        published="2025-02-26T14:00:00Z", outlet="bellwether-report",
        slug="zelensky-minerals-framework-only-a-start",
        title="Zelensky says minerals framework is only a start, wants security answer from Trump",
        paras=[
            "KYIV, Feb 26 (Bellwether Report) - President Volodymyr Zelensky said on Wednesday that Ukraine would sign the minerals framework only if it opened the way to talks on security guarantees, calling the text a first step rather than a final deal.",
            "Zelensky told a news conference that he was prepared to travel to Washington this week. He said he wanted to hear from President Donald Trump whether US military aid would continue, and that the success of the framework would depend on that conversation.",
            "Prime Minister Denys Shmyhal said the framework did not contain security guarantees, but that the government could accept leaving them out of this document provided they were addressed in a broader agreement afterwards.",
            "He said Ukraine would put half of its future revenues from new state-owned mineral, oil and gas projects into a fund owned jointly by the two countries and run on an equal footing. The fund would invest in projects in Ukraine, he said.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", C, "would sign the minerals framework only if it opened the way to talks"),
            claim("ukraine", "kyiv-drops-guarantees", C, "could accept leaving them out of this document provided they were addressed"),
            claim("ukraine", "equal-fund-governance", S, "a fund owned jointly by the two countries and run on an equal footing"),
        ],
    ),
    # 016
    dict(
        published="2025-02-26T21:00:00Z", outlet="lantern-wire",
        slug="trump-no-big-security-guarantees-zelensky-to-visit",
        title="Trump rules out big US security guarantees; Zelensky to visit Friday to sign",
        paras=[
            "WASHINGTON, Feb 26 (Lantern Wire) - President Donald Trump said on Wednesday that he would not make security guarantees to Ukraine beyond very much, and that Europe should take on that role, as he confirmed that President Volodymyr Zelensky would come to the White House on Friday.",
            "At the first cabinet meeting of his term, Trump said the minerals agreement would be a very big deal and that American workers would be on the ground in Ukraine digging for minerals, which he suggested would itself help keep the country safe. He said he was looking forward to signing it with Zelensky.",
            "Trump added that the agreement would allow American taxpayers to get their money back, and then some. He put the value of past US support at 350 billion dollars, a figure well above official estimates.",
            "Treasury Secretary Scott Bessent was expected to sign on behalf of the United States, officials said.",
        ],
        claims=[
            claim("usa", "kyiv-drops-guarantees", S, "he would not make security guarantees to Ukraine beyond very much"),
            claim("usa", "sign-minerals-deal", S, "He said he was looking forward to signing it with Zelensky"),
            claim("usa", "aid-repaid-from-minerals", S, "allow American taxpayers to get their money back, and then some"),
        ],
    ),
    # 017 (shift; headline overstates)
    dict(
        published="2025-02-28T21:30:00Z", outlet="eastbridge-post",
        slug="trump-scraps-minerals-deal-after-oval-office-clash",
        title="Trump scraps minerals deal after Oval Office shouting match",
        paras=[
            "WASHINGTON, Feb 28 (Eastbridge Post) - A planned signing of the US-Ukraine minerals agreement was called off on Friday after a heated exchange in the Oval Office between President Donald Trump, Vice President JD Vance and President Volodymyr Zelensky.",
            "In front of television cameras, Vance accused Zelensky of being disrespectful, and Trump told him he was gambling with the lives of millions of people. Zelensky warned that a ceasefire without security guarantees would not hold, saying Putin had broken earlier agreements many times.",
            "Zelensky and his delegation left the White House shortly afterwards without signing and without the joint news conference that had been scheduled. Trump later told reporters that the deal could still happen, but only if Zelensky was ready to make peace with Russia.",
            "European leaders rallied behind Zelensky. EU foreign policy chief Kaja Kallas said the free world needed a new leader. British Prime Minister Keir Starmer spoke to both presidents by phone but declined to say which side he took.",
        ],
        claims=[
            claim("usa", "sign-minerals-deal", C, "the deal could still happen, but only if Zelensky was ready to make peace"),
        ],
    ),
    # 018 (shift; duplicated by 019)
    dict(
        published="2025-03-02T18:30:00Z", outlet="compass-newswire",
        slug="zelensky-ready-to-sign-minerals-deal-london-summit",
        title="Zelensky says Ukraine ready to sign minerals deal as London summit backs Kyiv",
        paras=[
            "LONDON, March 2 (Compass Newswire) - President Volodymyr Zelensky said on Sunday that Ukraine was ready to sign the minerals agreement with the United States, two days after his meeting with Donald Trump at the White House ended in a shouting match.",
            "Speaking after a summit of European leaders at Lancaster House, Zelensky said the agreement that had been prepared would be signed and that Kyiv's side was ready. He said he believed his relationship with Trump could be saved.",
            "British Prime Minister Keir Starmer, who hosted the summit, said he wanted the minerals deal back on track and signed, and that he had discussed it with Trump by phone. He said Britain, France and other countries would form a coalition of the willing to defend any ceasefire in Ukraine, with American backing.",
            "The leaders also agreed to keep up military aid to Ukraine and to increase pressure on Russia. NATO Secretary General Mark Rutte said the meeting had shown Europe was ready to step up.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", S, "Ukraine was ready to sign the minerals agreement with the United States"),
            claim("uk", "sign-minerals-deal", S, "he wanted the minerals deal back on track and signed"),
        ],
    ),
    # 019 (duplicate of 018)
    dict(
        published="2025-03-02T20:10:00Z", outlet="riverline-times",
        slug="ukraine-ready-to-sign-us-minerals-deal-after-london-summit",
        title="Ukraine ready to sign US minerals deal, Zelensky says after London summit",
        paras=[
            "LONDON, March 2 (Riverline Times) - Ukraine was ready to sign the minerals agreement with the United States, President Volodymyr Zelensky said on Sunday, two days after his White House meeting with Donald Trump descended into a shouting match.",
            "Zelensky spoke to reporters after European leaders met at Lancaster House in central London. He said the prepared agreement would be signed and that the Ukrainian side was ready, and he said he believed his relationship with Trump could still be repaired.",
            "Summit host Keir Starmer, the British prime minister, said he wanted the minerals deal back on track and signed, and that he had raised it with Trump in a telephone call. Britain, France and other countries would form a coalition of the willing to defend any ceasefire, with US backing, he said.",
            "Leaders at the meeting also agreed to keep military aid flowing to Ukraine and to step up pressure on Moscow. NATO Secretary General Mark Rutte said Europe had shown it was ready to do more.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", S, "Ukraine was ready to sign the minerals agreement with the United States"),
            claim("uk", "sign-minerals-deal", S, "he wanted the minerals deal back on track and signed"),
        ],
    ),
    # 020
    dict(
        published="2025-03-04T14:00:00Z", outlet="bellwether-report",
        slug="us-pauses-military-aid-to-ukraine",
        title="US pauses military aid to Ukraine after Oval Office clash",
        paras=[
            "WASHINGTON, March 4 (Bellwether Report) - The United States has paused all military aid to Ukraine, a White House official said, as President Donald Trump pressed Kyiv to commit to peace talks with Russia after Friday's confrontation in the Oval Office.",
            "The official said the president was focused on reaching peace and wanted Ukraine to share that goal, and that the aid was being paused and reviewed to make sure it contributed to a solution. Deliveries would stay on hold until Trump decided Kyiv had shown a real commitment to negotiations, the official said.",
            "Vice President JD Vance said on Monday evening that the minerals agreement would be a better security guarantee than 20,000 troops from some country that had not fought a war in decades.",
            "Prime Minister Denys Shmyhal said Ukraine would keep working with Washington and that the front could hold, but he urged the United States to restore the deliveries, which he said were saving lives.",
            "The pause covers weapons already in transit, including shipments waiting in Poland.",
        ],
        claims=[
            claim("usa", "us-aid-suspended", S, "The United States has paused all military aid to Ukraine"),
            claim("usa", "kyiv-drops-guarantees", S, "the minerals agreement would be a better security guarantee than 20,000 troops"),
            claim("ukraine", "us-aid-suspended", O, "he urged the United States to restore the deliveries"),
        ],
    ),
    # 021
    dict(
        published="2025-03-04T17:00:00Z", outlet="lantern-wire",
        slug="kremlin-welcomes-us-aid-pause-europe-vows-to-fill-gap",
        title="Kremlin welcomes US aid pause; Europe vows to fill the gap",
        paras=[
            "MOSCOW, March 4 (Lantern Wire) - The Kremlin said on Tuesday that a halt to US weapons deliveries to Ukraine would be the best contribution to peace, if reports of the pause were confirmed.",
            "Kremlin spokesman Dmitry Peskov told reporters that Washington had been the main supplier of arms to Kyiv and that stopping those supplies would push the Ukrainian leadership towards a peace process. He said Moscow was still studying the details.",
            "In Brussels, EU foreign policy chief Kaja Kallas said she regretted the US decision and that Europe would try to make up for the missing aid. The European Commission was due to present a plan to raise defence spending later in the day.",
            "Downing Street declined to comment directly on the pause, saying only that Britain remained committed to a lasting peace in Ukraine.",
            "Ukraine's defence ministry said it was assessing the impact on the front line.",
        ],
        claims=[
            claim("russia", "us-aid-suspended", S, "a halt to US weapons deliveries to Ukraine would be the best contribution to peace"),
            claim("eu", "us-aid-suspended", O, "Kallas said she regretted the US decision"),
        ],
    ),
    # 022 (shift)
    dict(
        published="2025-03-05T12:00:00Z", outlet="eastbridge-post",
        slug="zelensky-letter-ready-to-sign-minerals-deal-any-time",
        title="Zelensky tells Trump Ukraine is ready to sign minerals deal 'at any time'",
        paras=[
            "WASHINGTON, March 5 (Eastbridge Post) - President Volodymyr Zelensky has told Donald Trump that Ukraine is ready to sign the minerals agreement at any time and in any format convenient to Washington, in a letter that Trump read out to Congress on Tuesday night.",
            "In the letter, which Zelensky also set out in a longer statement on social media, he said Ukraine was ready to come to the negotiating table and regretted the way Friday's meeting had gone. He said Kyiv was willing to sign the agreement as it stood, even though the text contains none of the US security guarantees he had sought.",
            "Trump told lawmakers he appreciated the letter. He did not say when a signing could take place.",
            "National security adviser Mike Waltz said on Wednesday that the United States had also paused intelligence sharing with Ukraine. He said Washington was looking at the letter closely.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", S, "Ukraine is ready to sign the minerals agreement at any time"),
            claim("ukraine", "kyiv-drops-guarantees", S, "willing to sign the agreement as it stood, even though the text contains none"),
            claim("usa", "us-aid-suspended", S, "the United States had also paused intelligence sharing with Ukraine"),
        ],
    ),
    # 023 (shift x2)
    dict(
        published="2025-03-11T20:00:00Z", outlet="compass-newswire",
        slug="us-to-resume-ukraine-aid-after-kyiv-backs-ceasefire-plan",
        title="US to resume Ukraine aid after Kyiv backs 30-day ceasefire plan",
        paras=[
            "JEDDAH, Saudi Arabia, March 11 (Compass Newswire) - The United States will immediately lift its pause on intelligence sharing and resume security assistance to Ukraine, the two countries said in a joint statement on Tuesday, after Kyiv accepted a US proposal for a 30-day ceasefire with Russia.",
            "The statement, issued after more than eight hours of talks in the Saudi city, said the two presidents had agreed that their negotiating teams would conclude a comprehensive agreement on developing Ukraine's critical mineral resources as soon as possible.",
            "Secretary of State Marco Rubio said the ball was now in Russia's court. Andriy Yermak, who led the Ukrainian delegation, said Ukraine wanted peace and that the talks had been constructive.",
            "The Kremlin said it would wait for details from Washington before commenting on the ceasefire proposal. Saudi Crown Prince Mohammed bin Salman hosted the meeting.",
        ],
        claims=[
            claim("usa", "us-aid-suspended", O, "will immediately lift its pause on intelligence sharing and resume security assistance to Ukraine"),
            claim("usa", "sign-minerals-deal", S, "would conclude a comprehensive agreement on developing Ukraine's critical mineral resources as soon as possible"),
            claim("ukraine", "sign-minerals-deal", S, "would conclude a comprehensive agreement on developing Ukraine's critical mineral resources as soon as possible"),
        ],
    ),
    # 024
    dict(
        published="2025-03-27T11:00:00Z", outlet="riverline-times",
        slug="new-us-draft-treats-aid-as-debt-us-controls-fund",
        title="New US draft would treat Ukraine aid as debt and give Washington control of fund",
        paras=[
            "KYIV, March 27 (Riverline Times) - A new US draft of the minerals agreement would require Ukraine to pay back the value of American aid since 2022 out of its resource revenues and would hand Washington control of the joint investment fund, according to two Ukrainian lawmakers and a person close to the talks who have seen the text.",
            "Under the draft, which runs to more than 50 pages, the fund would be governed by a five-member board on which the United States would name three members, giving it a majority. Past aid would be counted as a US contribution to be recovered, with interest of 4 percent a year, before Ukraine received any profits, the person said.",
            "Yaroslav Zhelezniak, an opposition member of parliament, called the draft a colonial document and said lawmakers would never ratify it.",
            "The US Treasury did not respond to a request for comment. Ukrainian officials said they were still studying the text.",
        ],
        claims=[
            claim("usa", "aid-repaid-from-minerals", S, "would require Ukraine to pay back the value of American aid since 2022", False),
            claim("usa", "equal-fund-governance", O, "the United States would name three members, giving it a majority", False),
        ],
    ),
    # 025
    dict(
        published="2025-03-28T15:00:00Z", outlet="bellwether-report",
        slug="zelensky-ukraine-will-not-accept-aid-as-loan",
        title="Zelensky says Ukraine will not accept US aid as a loan",
        paras=[
            "KYIV, March 28 (Bellwether Report) - President Volodymyr Zelensky said on Friday that Ukraine would not accept US military aid being counted as a loan, responding to a new American draft of the minerals agreement that Kyiv received this week.",
            "Zelensky told reporters that Ukraine was grateful for the support but that it had been provided as grants and could not be rewritten as a debt. He said Kyiv still wanted to conclude an agreement with the United States and did not want Washington to think Ukraine was against it.",
            "Ukraine's lawyers were going through the new text, which he said was completely different from the framework agreed in February, and he would set out a detailed position once they had finished. Ukrainian officials said Kyiv would insist that any fund be run jointly and equally.",
            "He declined to say whether the new draft crossed any of Ukraine's red lines.",
        ],
        claims=[
            claim("ukraine", "aid-repaid-from-minerals", O, "Ukraine would not accept US military aid being counted as a loan"),
            claim("ukraine", "sign-minerals-deal", S, "Kyiv still wanted to conclude an agreement with the United States"),
            claim("ukraine", "equal-fund-governance", S, "Kyiv would insist that any fund be run jointly and equally"),
        ],
    ),
    # 026
    dict(
        published="2025-03-31T01:30:00Z", outlet="lantern-wire",
        slug="trump-says-zelensky-trying-to-back-out-of-minerals-deal",
        title="Trump says Zelensky trying to back out of minerals deal, warns of 'big problems'",
        paras=[
            "WASHINGTON, March 30 (Lantern Wire) - President Donald Trump said on Sunday that Volodymyr Zelensky was trying to back out of the minerals agreement, and warned that the Ukrainian leader would face big problems if he did.",
            "Speaking to reporters aboard Air Force One, Trump said Zelensky wanted to renegotiate the deal and that Washington expected Kyiv to honour what had been agreed. He said Zelensky was trying to get into NATO, which he said would never happen.",
            "In Kyiv, First Deputy Prime Minister Yulia Svyrydenko said Ukraine was not walking away from the agreement and that talks were continuing at a technical level.",
            "Trump also said he was very angry with President Vladimir Putin over remarks questioning Zelensky's legitimacy, and threatened secondary tariffs on buyers of Russian oil if Moscow blocked a ceasefire.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", O, "Zelensky was trying to back out of the minerals agreement", False),
            claim("usa", "sign-minerals-deal", S, "Washington expected Kyiv to honour what had been agreed"),
            claim("ukraine", "sign-minerals-deal", S, "Ukraine was not walking away from the agreement"),
        ],
    ),
    # 027
    dict(
        published="2025-04-03T18:00:00Z", outlet="eastbridge-post",
        slug="putin-envoy-dmitriev-rare-earths-on-table",
        title="Putin envoy Dmitriev says rare earths on the table in US talks",
        paras=[
            "WASHINGTON, April 3 (Eastbridge Post) - Kirill Dmitriev, the head of Russia's sovereign wealth fund and President Vladimir Putin's envoy for economic cooperation, said after two days of meetings in Washington that Russia and the United States had begun discussing joint projects in rare earth metals.",
            "Dmitriev, the most senior Russian official to visit the US capital since the 2022 invasion, said Moscow was ready to work with American companies on rare earths and in the Arctic. He said such cooperation would benefit both countries.",
            "The White House declined to say whether any understanding on rare earths had been reached. Dmitriev met US envoy Steve Witkoff, according to people familiar with the schedule.",
            "Russian officials have said the offer covers deposits in Russia and in the occupied Ukrainian regions that Moscow says are now part of Russia. Ukraine's foreign ministry said in February that any such projects on its territory would be illegal.",
        ],
        claims=[
            claim("russia", "us-russia-rare-earths", S, "Moscow was ready to work with American companies on rare earths"),
        ],
    ),
    # 028 (no claims)
    dict(
        published="2025-04-12T19:00:00Z", outlet="compass-newswire",
        slug="minerals-negotiators-meet-at-treasury-no-breakthrough",
        title="Minerals negotiators meet at US Treasury; no breakthrough reported",
        paras=[
            "WASHINGTON, April 12 (Compass Newswire) - Ukrainian and US negotiators held a second day of technical talks on the minerals agreement at the Treasury building on Saturday, with neither side announcing a result.",
            "The Ukrainian delegation, which included officials from the economy, finance, justice and foreign ministries, was led by Deputy Economy Minister Taras Kachka. The talks followed the delivery of the latest US draft in late March and a first round held by video link.",
            "People briefed on the meetings described the atmosphere as businesslike and said lawyers had gone through the text clause by clause. They declined to say which issues remained open.",
            "Analysts said the fact that the talks were now being held in person suggested both sides wanted to avoid another public rupture, but cautioned that a signature could still be weeks away. One Washington-based analyst said the outcome might depend on progress in the separate ceasefire talks with Russia.",
            "The delegations are expected to meet again, officials said, without giving a date.",
        ],
        claims=[],
    ),
    # 029
    dict(
        published="2025-04-17T22:00:00Z", outlet="riverline-times",
        slug="us-ukraine-sign-memorandum-aim-to-seal-minerals-deal",
        title="US and Ukraine sign memorandum, aim to seal minerals deal next week",
        paras=[
            "WASHINGTON, April 17 (Riverline Times) - The United States and Ukraine signed a memorandum of intent on Thursday setting out their plan to conclude the minerals agreement and create a reconstruction investment fund, and President Donald Trump said the full deal would be signed next week.",
            "First Deputy Prime Minister Yulia Svyrydenko signed the memorandum by video link with Treasury Secretary Scott Bessent. She wrote on social media that the fund would be run by the two countries as equal partners, and that the document showed Kyiv's readiness to finalise the agreement.",
            "Bessent said in a statement that the memorandum reflected the administration's commitment to a lasting economic partnership, and that the fund would be jointly managed by both governments.",
            "Speaking alongside Italian Prime Minister Giorgia Meloni at the White House, Trump said the agreement would be signed on Thursday next week and that he expected Ukraine to stick to it. He gave no further details of its terms.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", S, "the document showed Kyiv's readiness to finalise the agreement"),
            claim("ukraine", "equal-fund-governance", S, "the fund would be run by the two countries as equal partners"),
            claim("usa", "equal-fund-governance", S, "the fund would be jointly managed by both governments"),
            claim("usa", "sign-minerals-deal", S, "Trump said the agreement would be signed on Thursday next week"),
        ],
    ),
    # 030
    dict(
        published="2025-04-23T20:30:00Z", outlet="bellwether-report",
        slug="bessent-says-ukraine-pushed-back-on-minerals-terms",
        title="Bessent says Ukraine has pushed back on minerals deal terms",
        paras=[
            "WASHINGTON, April 23 (Bellwether Report) - Treasury Secretary Scott Bessent said on Wednesday that Ukraine had pushed back on parts of the minerals agreement and wanted changes before it would sign, casting doubt on a signing that President Donald Trump had promised for this week.",
            "Bessent told an event in Washington that the Ukrainians had reopened terms the two sides had already settled and that the signing would have to wait. He said the United States was ready to sign the agreement as it stood and that the next move was up to Kyiv.",
            "Ukrainian officials declined to say when a signature might happen. A Ukrainian delegation was expected to return to Washington for further talks in the coming days.",
            "Trump, meanwhile, criticised Zelensky for ruling out recognition of Crimea as Russian, saying such statements made it harder to reach peace.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", C, "wanted changes before it would sign", False),
            claim("usa", "sign-minerals-deal", S, "the United States was ready to sign the agreement as it stood"),
        ],
    ),
    # 031 (no claims)
    dict(
        published="2025-04-26T14:00:00Z", outlet="lantern-wire",
        slug="trump-zelensky-meet-in-st-peters-before-funeral",
        title="Trump and Zelensky meet in St Peter's before pope's funeral",
        paras=[
            "VATICAN CITY, April 26 (Lantern Wire) - Presidents Donald Trump and Volodymyr Zelensky held a brief one-on-one meeting inside St Peter's Basilica on Saturday before the funeral of Pope Francis, their first encounter since the clash in the Oval Office in February.",
            "Photographs released by Zelensky's office showed the two men sitting face to face on chairs in the basilica. The White House described the talk as very productive, and Zelensky said it had been a good meeting that could become historic if it brought results.",
            "Neither side said whether the minerals agreement had come up. A spokesperson for Zelensky declined to say whether the Ukrainian delegation in Washington had been given new instructions.",
            "Analysts said the meeting could help unblock the deal, but some cautioned that the remaining differences over the text were legal rather than political and would take time to resolve.",
        ],
        claims=[],
    ),
    # 032
    dict(
        published="2025-04-30T09:00:00Z", outlet="eastbridge-post",
        slug="ukraine-cabinet-clears-minerals-deal-brussels-checks",
        title="Ukraine's cabinet clears minerals deal text; Brussels checks EU compatibility",
        paras=[
            "KYIV, April 30 (Eastbridge Post) - Ukraine's government approved the text of the minerals agreement with the United States on Wednesday and authorised First Deputy Prime Minister Yulia Svyrydenko to sign it, Prime Minister Denys Shmyhal said.",
            "Shmyhal told a cabinet meeting that Kyiv had held from the start that it would not repay past US aid as a debt, and that the agreement contained no such obligation. The deal would also respect Ukraine's commitments on its path to EU membership, he said.",
            "In Brussels, a European Commission spokesperson said the Commission had no objection to the agreement in principle, but that it would have to be compatible with Ukraine's obligations as a candidate for membership. The Commission was studying the text, the spokesperson added.",
            "Svyrydenko was already in Washington. Officials in Kyiv said last-minute disagreements over two accompanying technical documents could still delay the signing.",
        ],
        claims=[
            claim("ukraine", "sign-minerals-deal", S, "authorised First Deputy Prime Minister Yulia Svyrydenko to sign it"),
            claim("ukraine", "aid-repaid-from-minerals", O, "Kyiv had held from the start that it would not repay past US aid"),
            claim("eu", "sign-minerals-deal", C, "no objection to the agreement in principle, but that it would have to be compatible"),
        ],
    ),
    # 033 (duplicated by 034)
    dict(
        published="2025-04-30T23:10:00Z", outlet="compass-newswire",
        slug="us-ukraine-sign-minerals-deal-set-up-reconstruction-fund",
        title="US and Ukraine sign minerals deal, set up reconstruction fund",
        paras=[
            "WASHINGTON, April 30 (Compass Newswire) - The United States and Ukraine signed an agreement on Wednesday to set up a joint fund for investment in Ukraine's reconstruction, giving Washington a share in future revenues from Ukrainian minerals, oil and gas after more than two months of fraught negotiations.",
            "Treasury Secretary Scott Bessent and First Deputy Prime Minister Yulia Svyrydenko signed the deal in Washington. Bessent said in a statement that the agreement signalled clearly to Russia that the Trump administration was committed to a peace process centred on a free, sovereign and prosperous Ukraine.",
            "Svyrydenko said the fund would be managed on an equal basis by the two countries and that Ukraine kept full ownership of its resources. She said the United States had agreed that past aid would not be counted as debt, and that future US military assistance, including air defence, would count as its contribution to the fund.",
            "The agreement contains no explicit US security guarantee, Svyrydenko acknowledged, but she said it sent a signal of long-term American commitment. It still has to be ratified by Ukraine's parliament.",
        ],
        claims=[
            claim("usa", "sign-minerals-deal", S, "The United States and Ukraine signed an agreement on Wednesday"),
            claim("ukraine", "sign-minerals-deal", S, "The United States and Ukraine signed an agreement on Wednesday"),
            claim("ukraine", "equal-fund-governance", S, "the fund would be managed on an equal basis by the two countries"),
            claim("usa", "aid-repaid-from-minerals", O, "the United States had agreed that past aid would not be counted as debt", False),
            claim("ukraine", "kyiv-drops-guarantees", S, "The agreement contains no explicit US security guarantee, Svyrydenko acknowledged"),
        ],
    ),
    # 034 (duplicate of 033)
    dict(
        published="2025-05-01T00:45:00Z", outlet="riverline-times",
        slug="ukraine-us-sign-long-delayed-minerals-agreement",
        title="Ukraine and US sign long-delayed minerals agreement",
        paras=[
            "WASHINGTON, April 30 (Riverline Times) - Ukraine and the United States signed their long-delayed minerals agreement on Wednesday, creating a joint reconstruction investment fund that gives Washington a stake in future Ukrainian revenues from minerals, oil and gas.",
            "The deal was signed in Washington by Treasury Secretary Scott Bessent and First Deputy Prime Minister Yulia Svyrydenko. In a statement, Bessent said it signalled clearly to Russia that the Trump administration was committed to a peace process centred on a free, sovereign and prosperous Ukraine.",
            "According to Svyrydenko, the fund would be managed on an equal basis by the two countries, and Ukraine would keep full ownership of its resources. She said the United States had agreed that past aid would not be counted as debt, while future US military assistance, including air defence, would count as Washington's contribution to the fund.",
            "The agreement contains no explicit US security guarantee, Svyrydenko acknowledged, though she said it signalled a long-term American commitment. Ukraine's parliament must still ratify it.",
        ],
        claims=[
            claim("usa", "sign-minerals-deal", S, "Ukraine and the United States signed their long-delayed minerals agreement on Wednesday"),
            claim("ukraine", "sign-minerals-deal", S, "Ukraine and the United States signed their long-delayed minerals agreement on Wednesday"),
            claim("ukraine", "equal-fund-governance", S, "the fund would be managed on an equal basis by the two countries"),
            claim("usa", "aid-repaid-from-minerals", O, "the United States had agreed that past aid would not be counted as debt", False),
            claim("ukraine", "kyiv-drops-guarantees", S, "The agreement contains no explicit US security guarantee, Svyrydenko acknowledged"),
        ],
    ),
]

# Same story, same day, second outlet: (original, copy).
DUPLICATES = [("018", "019"), ("033", "034")]

SHIFTS = [
    dict(actor="ukraine", issue="sign-minerals-deal", frm=C, to=O, article="005",
         why="Zelensky says he told his ministers not to sign the US draft; in 002 and 004 Kyiv was open to a deal tied to its security (baseline conditional)."),
    dict(actor="ukraine", issue="sign-minerals-deal", frm=O, to=C, article="015",
         why="Zelensky says Ukraine would sign the framework only if it opens talks on security guarantees; in 005, 007 and 010 he refused to sign the draft."),
    dict(actor="ukraine", issue="kyiv-drops-guarantees", frm=O, to=C, article="015",
         why="Shmyhal says the government could leave guarantees out of the framework provided a later agreement covers them; until then Kyiv insisted on guarantees in the deal (002, 004, 005, 011). The 014 report from sources is attributed false and does not count."),
    dict(actor="usa", issue="sign-minerals-deal", frm=S, to=C, article="017",
         why="After the Oval Office clash Trump says the deal could still happen, but only if Zelensky is ready to make peace; before, Washington pressed for a signature (001-016)."),
    dict(actor="ukraine", issue="sign-minerals-deal", frm=C, to=S, article="018",
         why="Zelensky says in London that Ukraine is ready to sign the minerals agreement, with no condition attached; in 015 he tied signing to talks on guarantees. 019 is the duplicate copy."),
    dict(actor="ukraine", issue="kyiv-drops-guarantees", frm=C, to=S, article="022",
         why="Zelensky's letter: Kyiv is willing to sign the agreement as it stands although it contains no US security guarantees; in 015 leaving them out was conditional on a later agreement."),
    dict(actor="usa", issue="us-aid-suspended", frm=S, to=O, article="023",
         why="The Jeddah joint statement says Washington will immediately lift the pause and resume security assistance; in 020 and 022 it had paused military aid and intelligence sharing."),
    dict(actor="usa", issue="sign-minerals-deal", frm=C, to=S, article="023",
         why="In the Jeddah joint statement the US agrees to conclude the minerals agreement as soon as possible, with no condition; in 017 signing was conditional on Zelensky being ready for peace."),
]

STANCES = {S, O, C}
DATELINE = re.compile(
    r"^[A-Z][A-Z .'-]+(, [A-Z][A-Za-z .'-]+)?, "
    r"(Jan|Feb|March|April|May|June|July|Aug|Sept|Oct|Nov|Dec) (\d{1,2}) \(([^)]+)\) - "
)


def parse_watchlist(path):
    """Minimal reader for the watchlist format used here (stdlib only)."""
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line[:-1].strip()
                continue
            m = re.match(r"^\s*- id:\s*(\S+)\s*$", line)
            if m:
                (actors if section == "actors" else issues).append(m.group(1))
                continue
            if section == "baseline":
                m = re.match(r"^\s*- \{actor: ([\w-]+), issue: ([\w-]+), stance: (\w+)\}\s*$", line)
                if not m:
                    raise ValueError(f"unreadable baseline line: {line!r}")
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
    return actors, issues, baseline


def build():
    articles = []
    for i, a in enumerate(ARTICLES, start=1):
        aid = f"{i:03d}"
        day = a["published"][:10].replace("-", "/")
        articles.append({
            "id": aid,
            "published": a["published"],
            "source": OUTLETS[a["outlet"]],
            "url": f"https://example.org/{a['outlet']}/{day}/{a['slug']}",
            "title": a["title"],
            "text": "\n\n".join(a["paras"]),
            "_outlet": a["outlet"],
            "_claims": a["claims"],
        })
    return articles


def recompute_shifts(articles, baseline):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    shifts = []
    for art in articles:
        for c in art["_claims"]:
            if not c["attributed"]:
                continue
            key = (c["actor"], c["issue"])
            old = prevailing.get(key)
            if old is not None and old != c["stance"]:
                shifts.append((c["actor"], c["issue"], old, c["stance"], art["id"]))
            prevailing[key] = c["stance"]
    return shifts


def write_outputs(articles):
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)

    for art in articles:
        public = {k: art[k] for k in ("id", "published", "source", "url", "title", "text")}
        with open(os.path.join(art_dir, f"{art['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(public, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    for slug, name in OUTLETS.items():
        items = [a for a in articles if a["_outlet"] == slug]
        items.sort(key=lambda a: a["published"], reverse=True)  # newest first
        latest = _dt(items[0]["published"])
        out = [
            '<?xml version="1.0" encoding="UTF-8"?>',
            '<rss version="2.0">',
            "  <channel>",
            f"    <title>{escape(name)}</title>",
            f"    <link>https://example.org/{slug}/</link>",
            f"    <description>{escape(name)}: fictional outlet for the shiftwatch evaluation set ukraine-minerals-deal-2025</description>",
            "    <language>en</language>",
            f"    <lastBuildDate>{format_datetime(latest, usegmt=True)}</lastBuildDate>",
        ]
        for a in items:
            out += [
                "    <item>",
                f"      <title>{escape(a['title'])}</title>",
                f"      <link>{escape(a['url'])}</link>",
                f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                f"      <pubDate>{format_datetime(_dt(a['published']), usegmt=True)}</pubDate>",
                f"      <description>{escape(a['text'])}</description>",
                "    </item>",
            ]
        out += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, f"{slug}.xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {
        "claims": {a["id"]: a["_claims"] for a in articles},
        "shifts": [
            {"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
             "article": s["article"], "why": s["why"]}
            for s in SHIFTS
        ],
        "no_alert_articles": [a["id"] for a in articles if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return labels


def _dt(iso):
    return datetime.strptime(iso, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def validate(articles, labels):
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        errors.append(f"watchlist has {len(actors)} actors, want 5-8")
    if not 5 <= len(issues) <= 7:
        errors.append(f"watchlist has {len(issues)} issues, want 5-7")
    for b in baseline:
        if b["actor"] not in actors or b["issue"] not in issues or b["stance"] not in STANCES:
            errors.append(f"bad baseline entry {b}")

    if not 30 <= len(articles) <= 34:
        errors.append(f"{len(articles)} articles, want 30-34")

    prev = ""
    urls = set()
    for i, art in enumerate(articles, start=1):
        aid = art["id"]
        if aid != f"{i:03d}":
            errors.append(f"{aid}: id out of sequence")
        if art["published"] < prev:
            errors.append(f"{aid}: not in publication order")
        prev = art["published"]
        if art["url"] in urls:
            errors.append(f"{aid}: duplicate url")
        urls.add(art["url"])
        words = len(art["text"].split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words, want 120-260")
        m = DATELINE.match(art["text"])
        if not m:
            errors.append(f"{aid}: text does not start with a dateline")
        elif m.group(4) != art["source"]:
            errors.append(f"{aid}: dateline outlet {m.group(4)!r} != source {art['source']!r}")
        seen = set()
        for c in art["_claims"]:
            if c["actor"] not in actors:
                errors.append(f"{aid}: unknown actor {c['actor']}")
            if c["issue"] not in issues:
                errors.append(f"{aid}: unknown issue {c['issue']}")
            if c["stance"] not in STANCES:
                errors.append(f"{aid}: bad stance {c['stance']}")
            if not isinstance(c["attributed"], bool):
                errors.append(f"{aid}: attributed must be a boolean")
            if c["quote"] not in art["text"]:
                errors.append(f"{aid}: quote not in text: {c['quote']!r}")
            if len(c["quote"].split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {c['quote']!r}")
            t = (c["actor"], c["issue"], c["stance"])
            if t in seen:
                errors.append(f"{aid}: repeated claim tuple {t}")
            seen.add(t)

    # Shifts recomputed from baseline + attributed claims must equal the labelled ones.
    want = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    got = recompute_shifts(articles, baseline)
    if sorted(got) != sorted(want):
        errors.append("recomputed shifts differ from labels:\n  recomputed: %s\n  labelled:   %s" % (got, want))
    shift_ids = {s["article"] for s in labels["shifts"]}
    expected_no_alert = [a["id"] for a in articles if a["id"] not in shift_ids]
    if labels["no_alert_articles"] != expected_no_alert:
        errors.append("no_alert_articles is not every article except the shift articles")
    if set(labels["claims"]) != {a["id"] for a in articles}:
        errors.append("claims must list every article")
    for s in labels["shifts"]:
        if s["actor"] not in actors or s["issue"] not in issues:
            errors.append(f"shift with unknown actor/issue {s}")

    # Duplicates: same day, different outlet, identical claims, copy published later.
    by_id = {a["id"]: a for a in articles}
    for orig, copy in DUPLICATES:
        a, b = by_id[orig], by_id[copy]
        key = lambda c: (c["actor"], c["issue"], c["stance"], c["attributed"])
        if sorted(map(key, a["_claims"])) != sorted(map(key, b["_claims"])):
            errors.append(f"duplicate pair {orig}/{copy} has different claims")
        if a["source"] == b["source"] or a["published"] >= b["published"]:
            errors.append(f"duplicate pair {orig}/{copy}: needs another outlet and a later copy")
        if DATELINE.match(a["text"]).group(3) != DATELINE.match(b["text"]).group(3):
            errors.append(f"duplicate pair {orig}/{copy}: datelines differ in day")
        if copy not in labels["no_alert_articles"]:
            errors.append(f"duplicate copy {copy} must be in no_alert_articles")
    if not any(o in shift_ids for o, _ in DUPLICATES):
        errors.append("one duplicate pair must be a shift article")

    # Overall shape required by the brief.
    all_claims = [c for a in articles for c in a["_claims"]]
    stance_counts = Counter(c["stance"] for c in all_claims)
    if not 60 <= len(all_claims) <= 90:
        errors.append(f"{len(all_claims)} claims, want 60-90")
    if stance_counts[C] < 6 or stance_counts[S] == 0 or stance_counts[O] == 0:
        errors.append(f"stance mix {dict(stance_counts)}")
    if not 5 <= len(labels["shifts"]) <= 8:
        errors.append(f"{len(labels['shifts'])} shifts, want 5-8")
    reversals = sum(1 for s in labels["shifts"] if {s["from"], s["to"]} == {S, O})
    if reversals > 2:
        errors.append(f"{reversals} straight support/oppose reversals, want at most 2")
    if not any(C in (s["from"], s["to"]) for s in labels["shifts"]):
        errors.append("need a shift to or from conditional")
    empty = [a["id"] for a in articles if not a["_claims"]]
    if not 3 <= len(empty) <= 4:
        errors.append(f"{len(empty)} no-claim articles, want 3-4")

    # Feeds must be well-formed.
    feed_dir = os.path.join(HERE, "feeds")
    for name in sorted(os.listdir(feed_dir)):
        r = subprocess.run(["xmllint", "--noout", os.path.join(feed_dir, name)], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint failed on {name}: {r.stderr.strip()}")

    summary = {
        "articles": len(articles),
        "claims": len(all_claims),
        "by_stance": dict(stance_counts),
        "attributed_false": sum(1 for c in all_claims if not c["attributed"]),
        "shifts": len(labels["shifts"]),
        "shift_articles": sorted(shift_ids),
        "no_claim_articles": empty,
        "words": [len(a["text"].split()) for a in articles],
        "per_outlet": dict(Counter(a["source"] for a in articles)),
    }
    return errors, summary


def main():
    articles = build()
    labels = write_outputs(articles)
    errors, summary = validate(articles, labels)
    print(json.dumps(summary))
    if errors:
        print("FAILED:", file=sys.stderr)
        for e in errors:
            print(" -", e, file=sys.stderr)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
