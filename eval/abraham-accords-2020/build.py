#!/usr/bin/env python3
"""Build and validate the shiftwatch blind evaluation set abraham-accords-2020.

Standard library only. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json next to this
script, reads watchlist.yaml, and validates everything (see README.md). Exits non-zero on any error.
"""
import email.utils
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "atlas-wire": "Atlas Wire",
    "bayline-post": "Bayline Post",
    "cedar-ledger": "Cedar Ledger",
    "orbit-dispatch": "Orbit Dispatch",
    "pillar-news": "Pillar News",
}

S, O, C = "support", "oppose", "conditional"

# Each article: id, published (UTC), outlet, slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", published="2020-06-12T15:30:00Z", outlet="atlas-wire",
        slug="uae-envoy-annexation-or-normalisation",
        title="UAE envoy tells Israelis annexation would end hopes of warmer ties",
        text="""ABU DHABI, June 12 (Atlas Wire) - The United Arab Emirates' ambassador in Washington has warned Israelis directly that annexing parts of the occupied West Bank would wreck any prospect of normal relations with the Arab world.

In an opinion article published in Hebrew by a leading Israeli newspaper on Friday, Yousef Al Otaiba wrote that Israel could have annexation or normalisation, but not both. Closer security, economic and cultural ties with the Gulf were within reach, he argued, and would bring Israelis trade, tourism and cooperation against shared threats.

He urged Israel's leaders to put the plan aside, calling a unilateral move an illegal seizure of Palestinian land that would inflame extremists on all sides.

Prime Minister Benjamin Netanyahu, who has promised to begin applying Israeli sovereignty to settlements and the Jordan Valley as early as July 1, did not respond to the article. His office declined to comment.

Diplomats in the region said it was the first time a senior Gulf official had made such a direct public appeal to Israeli readers, and some wondered whether other Gulf capitals had been consulted.""",
        claims=[
            ("uae", "uae-israel-normalisation", C, "Israel could have annexation or normalisation, but not both", True),
            ("uae", "israel-suspends-annexation", S, "He urged Israel's leaders to put the plan aside", True),
            ("israel", "israel-suspends-annexation", O,
             "who has promised to begin applying Israeli sovereignty to settlements and the Jordan Valley", False),
        ],
    ),
    dict(
        id="002", published="2020-07-01T17:00:00Z", outlet="bayline-post",
        slug="annexation-start-date-passes-without-vote",
        title="Annexation start date passes without a cabinet vote",
        text="""JERUSALEM, July 1 (Bayline Post) - The date Israel's coalition had set for starting to annex parts of the occupied West Bank passed on Wednesday without a cabinet vote, a published map or a bill before parliament.

Officials said meetings with a visiting US team led by envoy Avi Berkowitz had continued into the evening at the prime minister's office in Jerusalem, but gave no timetable. The coalition agreement allowed a proposal to be brought from July 1 without requiring one.

In Gaza, several thousand people joined a rally against annexation organised by Hamas, and a small group of settler leaders gathered outside the office with banners.

Analysts in Tel Aviv said the delay could reflect the coronavirus crisis, divisions inside the coalition or hesitation in Washington, where officials have sent mixed signals. Some predicted a smaller, symbolic step in the coming weeks; others thought the plan might be shelved for good.

A spokesman for the US embassy declined to say when the talks would resume.""",
        claims=[],
    ),
    dict(
        id="003", published="2020-08-13T16:40:00Z", outlet="cedar-ledger",
        slug="israel-uae-full-relations-annexation-suspended",
        title="Israel scraps West Bank annexation in historic accord with UAE",
        text="""WASHINGTON, Aug 13 (Cedar Ledger) - Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations, in a deal brokered by President Donald Trump under which Israel will suspend its plan to annex parts of the occupied West Bank.

A joint statement issued by the United States, Israel and the UAE said delegations would meet in the coming weeks to sign agreements on investment, tourism, direct flights, security and the opening of embassies. It said that, as a result of the breakthrough, Israel will suspend declaring sovereignty over areas outlined in Trump's peace plan and focus on expanding ties with other countries in the Arab and Muslim world.

Trump announced the agreement from the Oval Office after a call with Prime Minister Benjamin Netanyahu and Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed. He called it a historic step toward peace and said annexation was off the table for now.

Sheikh Mohammed wrote on Twitter that the two sides had agreed to stop further Israeli annexation of Palestinian territories and to set a roadmap toward bilateral relations.

The UAE becomes the third Arab country, after Egypt and Jordan, to establish full ties with Israel.""",
        claims=[
            ("uae", "uae-israel-normalisation", S,
             "Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations", True),
            ("israel", "uae-israel-normalisation", S,
             "Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations", True),
            ("usa", "uae-israel-normalisation", S, "He called it a historic step toward peace", True),
            ("israel", "israel-suspends-annexation", S,
             "Israel will suspend declaring sovereignty over areas outlined in Trump's peace plan", True),
            ("usa", "israel-suspends-annexation", S, "said annexation was off the table for now", True),
            ("uae", "israel-suspends-annexation", S,
             "had agreed to stop further Israeli annexation of Palestinian territories", True),
        ],
    ),
    dict(
        id="004", published="2020-08-13T18:05:00Z", outlet="orbit-dispatch",
        slug="uae-israel-normalise-annexation-on-hold",
        title="UAE and Israel to normalise ties as Israel puts annexation on hold",
        text="""WASHINGTON, Aug 13 (Orbit Dispatch) - Israel and the United Arab Emirates agreed on Thursday to establish full diplomatic relations under an accord brokered by US President Donald Trump, with Israel agreeing to put on hold its plan to annex parts of the occupied West Bank.

According to a joint statement from the three countries, Israeli and Emirati delegations will meet in the coming weeks to sign deals covering investment, tourism, direct flights, security and embassies. The statement said that Israel will suspend declaring sovereignty over areas outlined in Trump's peace plan and will concentrate on widening its ties with the Arab and Muslim world.

Speaking in the Oval Office after a three-way call with Prime Minister Benjamin Netanyahu and Sheikh Mohammed bin Zayed, the crown prince of Abu Dhabi, Trump said annexation was off the table for now. He called it a historic step toward peace.

In a post on Twitter, Sheikh Mohammed said the sides had agreed to stop further Israeli annexation of Palestinian territories.

Egypt and Jordan are the only other Arab states with full diplomatic ties to Israel.""",
        claims="copy:003",
    ),
    dict(
        id="005", published="2020-08-13T20:30:00Z", outlet="pillar-news",
        slug="netanyahu-annexation-delayed-palestinians-denounce",
        title="Netanyahu says annexation delayed, not cancelled; Palestinians denounce deal",
        text="""JERUSALEM, Aug 13 (Pillar News) - Prime Minister Benjamin Netanyahu said on Thursday evening that he had agreed only to a temporary suspension of his plan to apply Israeli sovereignty in the West Bank, and that the plan had not been taken off the table.

Speaking at a news conference hours after the accord with the United Arab Emirates was announced, Netanyahu said he had been asked by Washington to wait and had agreed to delay the step. There was no change in his commitment to sovereignty, he said, which would be pursued only in full coordination with the United States. He called the deal with the Emiratis a historic day and said full peace with an Arab state would bring Israelis investment and tourism.

The Palestinian leadership in Ramallah reacted with anger. In a statement read on official television, President Mahmoud Abbas's office rejected the accord and called it a betrayal of Jerusalem, Al-Aqsa and the Palestinian cause. It demanded that the UAE retract it.

Settler leaders, who had pressed Netanyahu to annex, accused him of trading sovereignty for a deal with a distant Gulf state.""",
        claims=[
            ("israel", "israel-suspends-annexation", S, "he had agreed only to a temporary suspension of his plan", True),
            ("usa", "israel-suspends-annexation", S, "he had been asked by Washington to wait", False),
            ("israel", "uae-israel-normalisation", S, "He called the deal with the Emiratis a historic day", True),
            ("palestinian-authority", "uae-israel-normalisation", O,
             "rejected the accord and called it a betrayal of Jerusalem", True),
        ],
    ),
    dict(
        id="006", published="2020-08-14T10:15:00Z", outlet="atlas-wire",
        slug="palestinians-recall-envoy-from-abu-dhabi",
        title="Palestinians recall envoy from Abu Dhabi over Israel accord",
        text="""RAMALLAH, West Bank, Aug 14 (Atlas Wire) - The Palestinian Authority recalled its ambassador to the United Arab Emirates on Friday in protest at the Gulf state's agreement to normalise relations with Israel.

Nabil Abu Rudeineh, a spokesman for President Mahmoud Abbas, said no one had the right to speak on behalf of the Palestinian people. Foreign Minister Riyad al-Maliki said the envoy had been ordered home with immediate effect.

The 2002 Arab Peace Initiative offered Arab recognition of Israel in return for its withdrawal from land occupied in 1967 and the creation of a Palestinian state.

Hamas, the Islamist group that runs Gaza, also condemned the agreement, and Iran's foreign ministry called it a dagger in the back of Muslims. Turkey's president said Ankara was considering suspending diplomatic ties with Abu Dhabi.

In Amman, Jordan's foreign minister, Ayman Safadi, said the deal's value would depend on whether Israel ended annexation for good. In Cairo, by contrast, President Abdel Fattah al-Sisi praised the accord and thanked those who had made it possible.""",
        claims=[
            ("palestinian-authority", "uae-israel-normalisation", O,
             "recalled its ambassador to the United Arab Emirates on Friday in protest", True),
        ],
    ),
    dict(
        id="007", published="2020-08-14T14:00:00Z", outlet="bayline-post",
        slug="gargash-deal-froze-annexation-bahrain-welcomes",
        title="Gargash says UAE deal froze annexation; Bahrain welcomes move",
        text="""ABU DHABI, Aug 14 (Bayline Post) - The United Arab Emirates' minister of state for foreign affairs, Anwar Gargash, said on Friday that the accord with Israel had taken annexation off the table and bought time for a negotiated two-state solution.

Gargash told reporters in a video briefing that the decision to establish ties was a sovereign one and was not directed against the Palestinians. He said the UAE would open an embassy in Israel but not in Jerusalem, and that its support for a Palestinian state was unchanged. Asked about Netanyahu's remarks on Thursday evening, he said the UAE regarded the commitment as one made to Washington as well as to Abu Dhabi.

Neighbouring Bahrain welcomed the agreement. In a statement carried by the state news agency, Manama praised the UAE for a step it said would strengthen stability and peace in the region.

Oman also welcomed the deal. Saudi Arabia, the largest Gulf power, had still not commented by Friday evening.""",
        claims=[
            ("uae", "israel-suspends-annexation", S, "the accord with Israel had taken annexation off the table", True),
            ("uae", "uae-israel-normalisation", S, "the decision to establish ties was a sovereign one", True),
            ("bahrain", "uae-israel-normalisation", S,
             "Manama praised the UAE for a step it said would strengthen stability", True),
        ],
    ),
    dict(
        id="008", published="2020-08-17T21:00:00Z", outlet="cedar-ledger",
        slug="kushner-no-annexation-without-us-consent",
        title="Kushner says Israel will not annex without US consent for some time",
        text="""WASHINGTON, Aug 17 (Cedar Ledger) - Israel has committed not to move ahead with annexing West Bank land without the consent of the United States, and Washington will not give that consent for some time, White House senior adviser Jared Kushner said on Monday.

Speaking to reporters at the White House, Kushner said the administration had asked Israel to put the plan aside so that it could concentrate on building ties with Arab states. He said he hoped more countries would follow the UAE, and that it was in Saudi Arabia's interest to normalise relations with Israel, which would be good for the kingdom's economy and its defence.

Would Riyadh be next? Kushner would not be drawn on timing, and declined to say whether any Gulf government had given the United States a commitment.

He said a request by the Emiratis to buy F-35 fighter jets was a separate matter that the administration was looking at, and that Washington remained committed to Israel's military edge.""",
        claims=[
            ("israel", "israel-suspends-annexation", S,
             "Israel has committed not to move ahead with annexing West Bank land", False),
            ("usa", "israel-suspends-annexation", S, "the administration had asked Israel to put the plan aside", True),
            ("usa", "saudi-israel-normalisation", S,
             "it was in Saudi Arabia's interest to normalise relations with Israel", True),
            ("uae", "f35-sale-to-uae", S, "a request by the Emiratis to buy F-35 fighter jets", False),
            ("usa", "f35-sale-to-uae", C, "a separate matter that the administration was looking at", True),
        ],
    ),
    dict(
        id="009", published="2020-08-18T12:30:00Z", outlet="orbit-dispatch",
        slug="netanyahu-opposes-f35-sale-denies-secret-clause",
        title="Netanyahu says Israel opposes F-35 sale to UAE, denies secret clause",
        text="""JERUSALEM, Aug 18 (Orbit Dispatch) - Prime Minister Benjamin Netanyahu said on Tuesday that Israel opposed any sale of F-35 stealth fighters to the United Arab Emirates, and denied a newspaper report that he had quietly agreed to one as part of last week's accord.

In a statement, Netanyahu's office said the agreement with Abu Dhabi did not contain any Israeli consent to an arms deal, and that he had made clear to Washington from the start that Israel would not accept the sale of such weapons to any country in the Middle East. He said Israel's qualitative military edge had to be preserved.

The report, in the Yedioth Ahronoth daily, said the prime minister had dropped his objection in private to smooth the way for the deal. Netanyahu called the report completely false.

The F-35 is the most advanced jet in the US arsenal and, in the region, is flown only by Israel. US law requires Washington to preserve Israel's military advantage over its neighbours.

Emirati officials did not respond to requests for comment.""",
        claims=[
            ("israel", "f35-sale-to-uae", O,
             "Israel opposed any sale of F-35 stealth fighters to the United Arab Emirates", True),
        ],
    ),
    dict(
        id="010", published="2020-08-19T15:00:00Z", outlet="pillar-news",
        slug="saudi-no-ties-before-palestinian-peace",
        title="Saudi Arabia says no ties with Israel before peace with Palestinians",
        text="""BERLIN, Aug 19 (Pillar News) - Saudi Arabia will not follow the United Arab Emirates in establishing relations with Israel until Israel has made peace with the Palestinians, Foreign Minister Prince Faisal bin Farhan said on Wednesday.

Speaking at a news conference in Berlin with his German counterpart, Heiko Maas, the prince said the kingdom remained committed to the Arab Peace Initiative, under which Arab states would recognise Israel in return for a Palestinian state on land Israel captured in 1967. Once that happened, he said, all things would be possible.

Asked about the Emirati accord, he said any effort that held back annexation could be seen as positive, but he did not endorse the agreement itself. Israel's unilateral policies of annexation and settlement building were illegitimate and harmful to a two-state solution, he added.

It was the first public response from Riyadh, which had stayed silent for almost a week after the deal was announced. Maas said Germany welcomed any step that reduced tensions in the region.""",
        claims=[
            ("saudi-arabia", "saudi-israel-normalisation", C,
             "in establishing relations with Israel until Israel has made peace with the Palestinians", True),
            ("saudi-arabia", "israel-suspends-annexation", S,
             "any effort that held back annexation could be seen as positive", True),
        ],
    ),
    dict(
        id="011", published="2020-08-19T22:30:00Z", outlet="atlas-wire",
        slug="trump-uae-f35-request-under-review",
        title="Trump says UAE request for F-35 jets is under review",
        text="""WASHINGTON, Aug 19 (Atlas Wire) - President Donald Trump said on Wednesday that a request by the United Arab Emirates to buy F-35 stealth fighters was under review, and suggested he was open to the sale.

Asked at a White House news briefing whether the jets were part of the accord with Israel, Trump said they had nothing to do with it. The Emiratis had made a lot of progress in the Middle East and would like to buy a great many of the planes, he said, adding that a sale would mean money and jobs for American manufacturers. He said the administration would see what happened.

Secretary of State Mike Pompeo said separately that the United States had a legal commitment to maintain Israel's qualitative military edge and would honour it while weighing the Emirati request, which he said had been under discussion for years.

Israeli officials have said they will lobby Congress against the sale.""",
        claims=[
            ("usa", "f35-sale-to-uae", C, "was under review, and suggested he was open to the sale", True),
            ("uae", "f35-sale-to-uae", S, "would like to buy a great many of the planes", False),
            ("israel", "f35-sale-to-uae", O, "Israeli officials have said they will lobby Congress against the sale", True),
        ],
    ),
    dict(
        id="012", published="2020-08-21T11:00:00Z", outlet="cedar-ledger",
        slug="uae-calls-off-meeting-over-f35-objection",
        title="UAE calls off meeting with Israel over F-35 objection, officials say",
        text="""JERUSALEM, Aug 21 (Cedar Ledger) - The United Arab Emirates called off a planned meeting with Israeli and American officials this week in protest at Prime Minister Benjamin Netanyahu's public opposition to its purchase of F-35 fighter jets, Israeli officials and media reports said on Friday.

The meeting, which was to have been held at the United Nations in New York with the US ambassador, Kelly Craft, had been meant to showcase the new relationship. According to two Israeli officials, Abu Dhabi was angered that Netanyahu had spoken out against a purchase the Emiratis regard as a long-standing and legitimate request.

The Emirati foreign ministry did not comment on the cancellation, and the US mission to the United Nations said only that the meeting had been postponed for scheduling reasons.

Analysts said the dispute was unlikely to derail the normalisation accord itself, but that it could slow plans for a signing ceremony in Washington.""",
        claims=[
            ("uae", "f35-sale-to-uae", S, "a purchase the Emiratis regard as a long-standing and legitimate request", False),
            ("israel", "f35-sale-to-uae", O, "Netanyahu's public opposition to its purchase of F-35 fighter jets", False),
        ],
    ),
    dict(
        id="013", published="2020-08-24T14:20:00Z", outlet="bayline-post",
        slug="pompeo-in-israel-pledges-military-edge",
        title="Pompeo in Israel pledges to protect military edge as F-35 row simmers",
        text="""JERUSALEM, Aug 24 (Bayline Post) - US Secretary of State Mike Pompeo began a Middle East tour in Israel on Monday, promising Prime Minister Benjamin Netanyahu that Washington would preserve Israel's military superiority in the region even as it considers selling F-35 jets to the United Arab Emirates.

Pompeo told a joint news conference in Jerusalem that the United States had reviewed arms sales to the Gulf for two decades and would keep doing so in a way that honoured its commitment to Israel. He said the relationship with the UAE had been a security partnership for more than 20 years and that Washington would continue to look at what it needed.

Netanyahu, standing beside him, repeated that the accord with the Emiratis did not include Israeli agreement to any arms sale. He said Israel's position had not changed.

Pompeo said he hoped other Arab countries would follow the UAE's example. He was due to fly to Sudan on Tuesday on what officials said would be the first official direct flight from Israel to Khartoum.""",
        claims=[
            ("usa", "f35-sale-to-uae", C, "even as it considers selling F-35 jets to the United Arab Emirates", True),
            ("israel", "f35-sale-to-uae", O,
             "the accord with the Emiratis did not include Israeli agreement to any arms sale", True),
        ],
    ),
    dict(
        id="014", published="2020-08-25T16:00:00Z", outlet="pillar-news",
        slug="hamdok-tells-pompeo-no-mandate-for-israel-ties",
        title="Sudan's Hamdok tells Pompeo government has no mandate for Israel ties",
        text="""KHARTOUM, Aug 25 (Pillar News) - Sudanese Prime Minister Abdalla Hamdok told US Secretary of State Mike Pompeo on Tuesday that his transitional government did not have a mandate to normalise relations with Israel, government spokesman Faisal Saleh said.

Pompeo, who flew to Khartoum directly from Tel Aviv, had urged Sudan's leaders to follow the United Arab Emirates and establish ties with Israel. Hamdok replied that the transitional authorities' task was limited to steering the country to elections, and that such a decision would be for a future elected government, the spokesman said.

Hamdok also asked Pompeo to separate Sudan's removal from the US list of state sponsors of terrorism from the question of relations with Israel. Sudan has been pressing for years to be taken off the list, which blocks debt relief and foreign investment.

The head of the Sovereign Council, General Abdel Fattah al-Burhan, met Netanyahu in Uganda in February, a meeting that caused an outcry at home. Burhan did not speak publicly after Tuesday's talks.""",
        claims=[
            ("sudan", "sudan-israel-normalisation", O, "did not have a mandate to normalise relations with Israel", True),
            ("usa", "sudan-israel-normalisation", S,
             "had urged Sudan's leaders to follow the United Arab Emirates and establish ties with Israel", True),
        ],
    ),
    dict(
        id="015", published="2020-08-26T13:00:00Z", outlet="orbit-dispatch",
        slug="bahrain-king-tells-pompeo-palestinian-state-first",
        title="Bahrain's king tells Pompeo a Palestinian state must come first",
        text="""MANAMA, Aug 26 (Orbit Dispatch) - Bahrain's King Hamad bin Isa Al Khalifa told visiting US Secretary of State Mike Pompeo on Wednesday that Bahrain remained committed to the creation of an independent Palestinian state, in a response widely read as a polite refusal to be the next Gulf country to recognise Israel.

According to the state news agency, the king said Bahrain would only move toward ties with Israel in line with the Arab Peace Initiative, which makes recognition conditional on a Palestinian state with East Jerusalem as its capital. He also praised US efforts for peace.

Pompeo had pressed the king to establish relations with Israel, a State Department official said, adding that the secretary was encouraged by the conversation.

Later in Abu Dhabi, Pompeo met Crown Prince Mohammed bin Zayed. Emirati Minister of State Anwar Gargash said the UAE's request for F-35 jets was legitimate, predated the accord with Israel and should not be held hostage to it.""",
        claims=[
            ("bahrain", "bahrain-israel-normalisation", C,
             "Bahrain would only move toward ties with Israel in line with the Arab Peace Initiative", True),
            ("usa", "bahrain-israel-normalisation", S, "Pompeo had pressed the king to establish relations with Israel", True),
            ("uae", "f35-sale-to-uae", S, "the UAE's request for F-35 jets was legitimate", True),
        ],
    ),
    dict(
        id="016", published="2020-08-29T13:30:00Z", outlet="atlas-wire",
        slug="uae-abolishes-israel-boycott-law",
        title="UAE scraps decades-old boycott of Israel",
        text="""ABU DHABI, Aug 29 (Atlas Wire) - The United Arab Emirates on Saturday abolished a 1972 law that boycotted Israel, allowing Israelis and Israeli companies to trade and do business in the country.

A decree issued by the president, Sheikh Khalifa bin Zayed, and reported by the state news agency said the move was part of the UAE's efforts to expand diplomatic and commercial cooperation with Israel and to set a roadmap toward bilateral ties. Goods from Israel may now be imported and sold, and agreements can be signed with Israeli individuals and companies.

The decision came two days before a delegation of US and Israeli officials was due to arrive in Abu Dhabi on the first commercial flight between the two countries.

In Jerusalem, the Israeli foreign ministry welcomed the decree, calling it an important step toward peace. Several Israeli banks and technology firms said they had already begun talks with Emirati partners.""",
        claims=[
            ("uae", "uae-israel-normalisation", S, "abolished a 1972 law that boycotted Israel", True),
            ("israel", "uae-israel-normalisation", S,
             "the Israeli foreign ministry welcomed the decree, calling it an important step toward peace", True),
        ],
    ),
    dict(
        id="017", published="2020-08-31T14:00:00Z", outlet="bayline-post",
        slug="first-israeli-airliner-lands-in-abu-dhabi",
        title="First Israeli airliner lands in Abu Dhabi after crossing Saudi airspace",
        text="""ABU DHABI, Aug 31 (Bayline Post) - An El Al airliner carrying Israeli and American officials landed in Abu Dhabi on Monday, the first direct commercial flight from Israel to the United Arab Emirates.

The Boeing 737, with the word peace painted above the cockpit in Arabic, English and Hebrew, flew over Saudi Arabia on a route that cut several hours from the journey. Israeli officials said Saudi authorities had given permission for the crossing, but Riyadh made no announcement.

On board were White House adviser Jared Kushner, US national security adviser Robert O'Brien and Israeli national security adviser Meir Ben-Shabbat, who were greeted on the tarmac by Emirati officials before talks on aviation, trade, health and visas. The flight number, LY971, was a nod to the UAE's international dialling code.

Working groups were to meet for two days at a hotel in the capital. No documents were expected to be signed during the visit, officials said.

Ticket sales for regular flights have not yet begun.""",
        claims=[],
    ),
    dict(
        id="018", published="2020-09-09T18:00:00Z", outlet="cedar-ledger",
        slug="arab-league-drops-palestinian-bid-to-condemn-deal",
        title="Arab League drops Palestinian bid to condemn UAE-Israel deal",
        text="""CAIRO, Sept 9 (Cedar Ledger) - Arab League foreign ministers failed on Wednesday to agree on a Palestinian draft resolution condemning the United Arab Emirates' decision to normalise relations with Israel, in a setback for the Palestinian leadership.

The Palestinian Authority had asked the League to denounce the accord as a breach of the Arab Peace Initiative. Foreign Minister Riyad al-Maliki told the virtual meeting that any Arab state that normalised with Israel before the occupation ended would be turning its back on the Palestinians, and he warned that silence would be read as approval.

After several hours of debate, the ministers issued a statement that reaffirmed support for a Palestinian state but made no mention of the Emirati accord. Diplomats said several Gulf states had opposed the Palestinian text.

Anwar Gargash, the UAE's minister of state, told the meeting that his country's decision was sovereign and had stopped annexation, according to a readout issued in Abu Dhabi.""",
        claims=[
            ("palestinian-authority", "uae-israel-normalisation", O, "had asked the League to denounce the accord", True),
            ("uae", "uae-israel-normalisation", S, "his country's decision was sovereign and had stopped annexation", True),
            ("uae", "israel-suspends-annexation", S, "his country's decision was sovereign and had stopped annexation", True),
        ],
    ),
    dict(
        id="019", published="2020-09-11T18:30:00Z", outlet="pillar-news",
        slug="bahrain-agrees-to-normalise-ties-with-israel",
        title="Bahrain agrees to normalise ties with Israel, a month after UAE",
        text="""WASHINGTON, Sept 11 (Pillar News) - Bahrain will establish full diplomatic relations with Israel, President Donald Trump announced on Friday, making the small Gulf kingdom the second Arab state in a month to agree to normalise ties with the Jewish state.

A joint statement by the United States, Bahrain and Israel said King Hamad bin Isa Al Khalifa and Prime Minister Benjamin Netanyahu had agreed in a call with Trump to open embassies and begin cooperation in trade, health, technology and security. Bahrain's state news agency said the step would reinforce stability and that Manama remained committed to a just and lasting solution for the Palestinians.

Trump called it another historic breakthrough and said he expected other countries to follow. Netanyahu said in a video message that Israel had waited many years for this moment and that it marked a new era of peace.

Bahrain's foreign minister, Abdullatif al-Zayani, is to join the Emirati and Israeli delegations at a signing ceremony at the White House on Tuesday.""",
        claims=[
            ("bahrain", "bahrain-israel-normalisation", S, "Bahrain will establish full diplomatic relations with Israel", True),
            ("israel", "bahrain-israel-normalisation", S, "Israel had waited many years for this moment", True),
            ("usa", "bahrain-israel-normalisation", S, "Trump called it another historic breakthrough", True),
        ],
    ),
    dict(
        id="020", published="2020-09-12T12:00:00Z", outlet="atlas-wire",
        slug="palestinians-recall-ambassador-from-bahrain",
        title="Palestinians recall ambassador from Bahrain over Israel deal",
        text="""RAMALLAH, West Bank, Sept 12 (Atlas Wire) - The Palestinian Authority recalled its ambassador to Bahrain on Saturday and condemned the kingdom's decision to normalise relations with Israel as a betrayal of Jerusalem and of the Palestinian cause.

A statement from the leadership, read by a spokesman for President Mahmoud Abbas, said the move lent legitimacy to Israel's occupation and urged Manama to reverse it. Prime Minister Mohammad Shtayyeh told his cabinet it was a dark day, saying Arab solidarity was being chipped away one capital at a time.

In Abu Dhabi, the UAE government welcomed Bahrain's decision, saying it would contribute to peace and open new horizons in the region.

Saudi Arabia, which has close ties with Bahrain's ruling family and sent troops to the island during the 2011 protests, made no comment. Egypt and Oman welcomed the announcement. Iran accused Manama of becoming an accomplice in Israel's crimes.

A signing ceremony is planned in Washington on Tuesday.""",
        claims=[
            ("palestinian-authority", "bahrain-israel-normalisation", O,
             "condemned the kingdom's decision to normalise relations with Israel", True),
            ("uae", "bahrain-israel-normalisation", S, "the UAE government welcomed Bahrain's decision", True),
        ],
    ),
    dict(
        id="021", published="2020-09-15T19:30:00Z", outlet="cedar-ledger",
        slug="israel-uae-bahrain-sign-accords-at-white-house",
        title="Israel, UAE and Bahrain sign accords at White House",
        text="""WASHINGTON, Sept 15 (Cedar Ledger) - Israel, the United Arab Emirates and Bahrain signed agreements on Tuesday to normalise relations, at a ceremony on the South Lawn of the White House hosted by President Donald Trump.

Prime Minister Benjamin Netanyahu, Emirati Foreign Minister Sheikh Abdullah bin Zayed and Bahraini Foreign Minister Abdullatif al-Zayani signed the documents, which the Trump administration has named the Abraham Accords. The UAE and Israel signed a full treaty of peace; Bahrain and Israel signed a shorter declaration committing them to establish relations.

Sheikh Abdullah thanked Netanyahu for halting the annexation of Palestinian territories, a step he said would strengthen the prospects of a Palestinian state. Zayani called the declaration a historic step toward lasting peace. Netanyahu did not mention annexation in his remarks.

Trump told the audience that the day marked the dawn of a new Middle East and said several other countries were close to joining, without naming them.

Several hundred guests attended, most without masks, despite the coronavirus pandemic.""",
        claims=[
            ("israel", "uae-israel-normalisation", S, "The UAE and Israel signed a full treaty of peace", True),
            ("uae", "uae-israel-normalisation", S, "The UAE and Israel signed a full treaty of peace", True),
            ("bahrain", "bahrain-israel-normalisation", S, "Zayani called the declaration a historic step toward lasting peace", True),
            ("israel", "bahrain-israel-normalisation", S,
             "Bahrain and Israel signed a shorter declaration committing them to establish relations", True),
            ("usa", "uae-israel-normalisation", S, "the day marked the dawn of a new Middle East", True),
            ("usa", "bahrain-israel-normalisation", S, "the day marked the dawn of a new Middle East", True),
            ("uae", "israel-suspends-annexation", S,
             "thanked Netanyahu for halting the annexation of Palestinian territories", True),
        ],
    ),
    dict(
        id="022", published="2020-09-15T21:10:00Z", outlet="orbit-dispatch",
        slug="uae-bahrain-sign-normalisation-deals-with-israel",
        title="UAE and Bahrain sign normalisation deals with Israel at White House",
        text="""WASHINGTON, Sept 15 (Orbit Dispatch) - The United Arab Emirates and Bahrain signed agreements to normalise relations with Israel on Tuesday at a White House ceremony presided over by President Donald Trump.

On the South Lawn, Prime Minister Benjamin Netanyahu signed alongside Emirati Foreign Minister Sheikh Abdullah bin Zayed and Bahraini Foreign Minister Abdullatif al-Zayani. The UAE and Israel signed a full treaty of peace, while Bahrain and Israel signed a shorter declaration committing them to establish relations. The administration calls the set of documents the Abraham Accords.

In his speech, Sheikh Abdullah thanked Netanyahu for halting the annexation of Palestinian territories, saying the step strengthened hopes for a Palestinian state. Zayani called the declaration a historic step toward lasting peace. Netanyahu made no reference to annexation.

Trump said the day marked the dawn of a new Middle East and that more countries were close to signing up, though he did not name them.

Most of the several hundred guests on the lawn did not wear masks.""",
        claims="copy:021",
    ),
    dict(
        id="023", published="2020-09-16T09:00:00Z", outlet="pillar-news",
        slug="abbas-says-accords-bring-no-peace",
        title="Abbas says accords will bring no peace while occupation lasts",
        text="""RAMALLAH, West Bank, Sept 16 (Pillar News) - Palestinian President Mahmoud Abbas said the agreements signed at the White House would not bring peace, security or stability to the region as long as Israel's occupation continued.

In a statement issued by his office late on Tuesday, Abbas said the Palestinians would not accept any arrangement that bypassed their right to a state, and he rejected the normalisation agreements signed by the UAE and Bahrain as worthless. The Palestinian Authority would not be dragged down a path that ignored international law, he said.

While the ceremony was under way, militants in Gaza fired two rockets into southern Israel, wounding two people in Ashdod, Israel's military said. Israeli aircraft struck Hamas targets overnight. No group claimed the rocket fire.

Protesters in Ramallah, Nablus and Gaza burned pictures of Trump, Netanyahu and the Emirati and Bahraini leaders.

Palestinian officials have said they will not return to US-led peace talks while the Trump administration is in office.""",
        claims=[
            ("palestinian-authority", "uae-israel-normalisation", O,
             "rejected the normalisation agreements signed by the UAE and Bahrain as worthless", True),
            ("palestinian-authority", "bahrain-israel-normalisation", O,
             "rejected the normalisation agreements signed by the UAE and Bahrain as worthless", True),
        ],
    ),
    dict(
        id="024", published="2020-09-22T20:00:00Z", outlet="atlas-wire",
        slug="us-israel-sign-military-edge-pledge-gantz-silent-on-f35",
        title="US and Israel sign pledge on military edge; Gantz silent on F-35",
        text="""WASHINGTON, Sept 22 (Atlas Wire) - Israeli Defence Minister Benny Gantz and US Defense Secretary Mark Esper signed a joint declaration at the Pentagon on Tuesday reaffirming Washington's commitment to preserving Israel's qualitative military edge in the Middle East.

Esper said the United States would consult closely with Israel on any arms sale to countries in the region and would make sure that any F-35 deal with the Emiratis left Israel's advantage intact. He said any decision would be taken in that light.

Gantz called the declaration an important step. Asked repeatedly whether Israel still objected to the sale of the stealth jets to the UAE, he declined to say, telling reporters only that the details would be discussed by professional teams in the weeks ahead.

Israeli media said Gantz had also presented a list of weapons systems Israel hoped to acquire. A spokesman for his ministry would not confirm the report.""",
        claims=[
            ("usa", "f35-sale-to-uae", C,
             "would make sure that any F-35 deal with the Emiratis left Israel's advantage intact", True),
        ],
    ),
    dict(
        id="025", published="2020-09-23T17:00:00Z", outlet="bayline-post",
        slug="saudi-king-un-palestinian-state-basis-for-peace",
        title="Saudi king tells UN a Palestinian state is the basis for peace",
        text="""RIYADH, Sept 23 (Bayline Post) - Saudi Arabia's King Salman told the United Nations General Assembly on Wednesday that a just and comprehensive peace with Israel must rest on the creation of an independent Palestinian state with East Jerusalem as its capital.

In a recorded speech, his first to the assembly, the king said the kingdom supported US efforts to bring Palestinians and Israelis back to the negotiating table, and that the Arab Peace Initiative remained the basis for any settlement. He did not mention the agreements signed by the UAE and Bahrain the previous week.

Most of the speech was devoted to Iran, which the king accused of spreading chaos in the region, and to the coronavirus pandemic.

Officials in Riyadh have said in recent weeks that there would be no Saudi recognition of Israel before a Palestinian settlement. Prince Turki al-Faisal, a former intelligence chief, wrote in a newspaper column that any Arab state wishing to follow the UAE should demand a high price.""",
        claims=[
            ("saudi-arabia", "saudi-israel-normalisation", C,
             "peace with Israel must rest on the creation of an independent Palestinian state", True),
        ],
    ),
    dict(
        id="026", published="2020-09-23T19:45:00Z", outlet="cedar-ledger",
        slug="sudan-seeks-aid-in-abu-dhabi-talks-sources",
        title="Sudan seeks aid package in Abu Dhabi talks on Israel ties, sources say",
        text="""ABU DHABI, Sept 23 (Cedar Ledger) - Sudan is seeking billions of dollars in economic aid and its removal from the US terrorism list in return for establishing relations with Israel, according to people familiar with talks held in Abu Dhabi this week.

A Sudanese delegation led by General Abdel Fattah al-Burhan, head of the ruling Sovereign Council, met US officials in the Emirati capital. Two people briefed on the meetings said the Sudanese side had asked for more than $3 billion in fuel, wheat and budget support, and that it had signalled it could accept normalisation if the package was large enough.

A spokesman for the Sovereign Council said the talks had focused on Sudan's economic crisis and the terrorism listing. He declined to say whether relations with Israel had been discussed.

The UAE, which hosted the meetings, did not comment. Sudan's annual inflation has passed 160 percent, and the country faces bread and fuel shortages.""",
        claims=[
            ("sudan", "sudan-israel-normalisation", C,
             "it had signalled it could accept normalisation if the package was large enough", False),
        ],
    ),
    dict(
        id="027", published="2020-10-19T23:00:00Z", outlet="orbit-dispatch",
        slug="sudan-poised-to-recognise-israel-trump-terror-list",
        title="Sudan poised to recognise Israel as Trump moves to lift terror label",
        text="""WASHINGTON, Oct 19 (Orbit Dispatch) - President Donald Trump said on Monday that he would remove Sudan from the US list of state sponsors of terrorism once it had paid $335 million to American victims of attacks and their families.

In a post on Twitter, Trump said Sudan's new government had agreed to pay the money and that the delisting would follow. Sudanese Prime Minister Abdalla Hamdok welcomed the announcement, saying Sudan looked forward to rejoining the international financial system.

Neither man mentioned Israel. But US and regional officials have said for weeks that a Sudanese announcement on relations with Israel could follow a delisting, and Israeli media reported that a delegation was preparing to travel to Khartoum.

The compensation relates to the 1998 bombings of the US embassies in Kenya and Tanzania, carried out by al Qaeda when its leader, Osama bin Laden, had been based in Sudan. Removal from the list would open the way to debt relief and international loans.

Congress must still be notified, and the delisting would take effect after 45 days unless lawmakers object.""",
        claims=[],
    ),
    dict(
        id="028", published="2020-10-23T19:00:00Z", outlet="atlas-wire",
        slug="sudan-agrees-to-normalise-relations-with-israel",
        title="Sudan agrees to normalise relations with Israel in US-brokered deal",
        text="""WASHINGTON, Oct 23 (Atlas Wire) - Sudan and Israel have agreed to normalise relations, the White House said on Friday, making Sudan the third Arab country in two months to set aside its hostility toward Israel under agreements brokered by the Trump administration.

A joint statement by the United States, Sudan and Israel said the leaders had agreed to end the state of belligerence between their nations and to begin economic and trade ties, starting with agriculture. Trump hailed the deal in the Oval Office during a speakerphone call with Prime Minister Benjamin Netanyahu, Sudanese Prime Minister Abdalla Hamdok and General Abdel Fattah al-Burhan.

Earlier on Friday Trump formally notified Congress of his intention to take Sudan off the terrorism list. Netanyahu called the agreement a dramatic breakthrough for peace and said Israeli delegations would travel to Khartoum in the coming weeks.

In Ramallah, the office of President Mahmoud Abbas condemned the agreement as yet another stab in the back for the Palestinian people.

Sudan had been formally at war with Israel since 1948, and Khartoum hosted the 1967 Arab summit that adopted the three noes: no peace with Israel, no recognition and no negotiations.""",
        claims=[
            ("sudan", "sudan-israel-normalisation", S,
             "the leaders had agreed to end the state of belligerence between their nations", True),
            ("israel", "sudan-israel-normalisation", S, "Netanyahu called the agreement a dramatic breakthrough for peace", True),
            ("usa", "sudan-israel-normalisation", S, "Trump hailed the deal in the Oval Office", True),
            ("palestinian-authority", "sudan-israel-normalisation", O,
             "condemned the agreement as yet another stab in the back", True),
        ],
    ),
    dict(
        id="029", published="2020-10-23T21:30:00Z", outlet="bayline-post",
        slug="israel-will-not-oppose-f35-sale-after-upgrade",
        title="Israel says it will not oppose US F-35 sale to UAE after defence upgrade",
        text="""JERUSALEM, Oct 23 (Bayline Post) - Israel will not oppose a US sale of advanced weapons systems, including F-35 fighter jets, to the United Arab Emirates, because Washington has agreed to upgrade Israel's own military capabilities, Prime Minister Benjamin Netanyahu and Defence Minister Benny Gantz said on Friday.

In a rare joint statement, the two rivals said the United States had committed to preserving Israel's qualitative military edge and that, in light of that commitment, Israel would not stand in the way of the Emirati purchase. The statement followed talks in Washington between Gantz and US Defense Secretary Mark Esper earlier in the week.

It was a climbdown for Netanyahu, who in August had called the sale unacceptable and denied he had ever agreed to it. Opposition leader Yair Lapid said Israel had given up its veto in exchange for promises.

Israeli officials said the upgrade would include new weapons and systems but gave no details. Emirati officials welcomed the statement, according to Israeli media.""",
        claims=[
            ("israel", "f35-sale-to-uae", C, "in light of that commitment, Israel would not stand in the way", True),
            ("uae", "f35-sale-to-uae", S, "Emirati officials welcomed the statement, according to Israeli media", False),
        ],
    ),
    dict(
        id="030", published="2020-11-10T22:00:00Z", outlet="pillar-news",
        slug="us-moves-ahead-with-uae-arms-sale-including-f35",
        title="US moves ahead with $23 billion arms sale to UAE, including F-35s",
        text="""WASHINGTON, Nov 10 (Pillar News) - The Trump administration formally notified Congress on Tuesday that it intends to sell the United Arab Emirates up to 50 F-35 stealth fighters as part of arms packages worth $23.37 billion.

Secretary of State Mike Pompeo said in a statement that the sale recognised the UAE's deepening partnership with the United States and its need for advanced defence capabilities to deter threats from Iran. He said the decision followed the UAE's agreement with Israel and was consistent with Washington's commitment to Israel's military edge.

The package also includes up to 18 MQ-9B Reaper drones and a large consignment of munitions.

The UAE's ambassador in Washington, Yousef Al Otaiba, welcomed the notification and said the jets would allow the country to shoulder more of the burden of regional security.

Several Democratic senators said they would try to block the sale, arguing it had been rushed through before President Donald Trump leaves office in January. Senator Bob Menendez said the administration had given Congress too little information.""",
        claims=[
            ("usa", "f35-sale-to-uae", S, "intends to sell the United Arab Emirates up to 50 F-35 stealth fighters", True),
            ("uae", "f35-sale-to-uae", S,
             "welcomed the notification and said the jets would allow the country to shoulder", True),
        ],
    ),
    dict(
        id="031", published="2020-11-23T15:00:00Z", outlet="cedar-ledger",
        slug="netanyahu-flew-to-saudi-arabia-media-say",
        title="Netanyahu flew to Saudi Arabia to meet crown prince, Israeli media say",
        text="""JERUSALEM, Nov 23 (Cedar Ledger) - Prime Minister Benjamin Netanyahu secretly flew to Saudi Arabia on Sunday and met Crown Prince Mohammed bin Salman and US Secretary of State Mike Pompeo in the Red Sea city of Neom, Israeli media reported on Monday.

Flight-tracking data showed a business jet often used by Netanyahu taking off from Tel Aviv, spending about five hours on the ground at Neom and returning after midnight. The head of the Mossad spy agency was also on board, according to the reports.

Netanyahu's office declined to comment. Saudi Foreign Minister Prince Faisal bin Farhan wrote on Twitter that no such meeting had taken place and that only American and Saudi officials had been present during Pompeo's visit.

Pompeo, who was on a farewell tour of the region, told reporters on his plane that he had held productive talks with the crown prince, without giving details.

Analysts said the trip, if confirmed, would be the first known visit by an Israeli leader to the kingdom and could signal that Riyadh was edging closer to ties with Israel, though probably not before President-elect Joe Biden takes office.""",
        claims=[],
    ),
    dict(
        id="032", published="2020-12-06T14:00:00Z", outlet="orbit-dispatch",
        slug="saudi-minister-open-to-ties-with-palestinian-state",
        title="Saudi minister says kingdom open to ties with Israel, but only with Palestinian state",
        text="""MANAMA, Dec 6 (Orbit Dispatch) - Saudi Arabia is open to full normalisation with Israel, but only once a Palestinian state has been established under a peace deal, Foreign Minister Prince Faisal bin Farhan told the Manama Dialogue security conference.

The kingdom had always envisaged normal relations as the outcome of a settlement, the prince told the annual gathering in the Bahraini capital on Saturday, adding that a Palestinian state was the key to lasting stability in the region.

On Sunday, a former Saudi intelligence chief, Prince Turki al-Faisal, attacked Israel in unusually harsh terms from the same podium, calling it a colonial power and accusing it of locking Palestinians in camps. Israeli Foreign Minister Gabi Ashkenazi, who addressed the conference by video, said he regretted the remarks and that they did not reflect the spirit of change in the region.

Bahrain's foreign minister, Abdullatif al-Zayani, used his own speech to defend his government's accord with Israel, saying it served the region's security and prosperity.""",
        claims=[
            ("saudi-arabia", "saudi-israel-normalisation", C,
             "open to full normalisation with Israel, but only once a Palestinian state has been established", True),
            ("bahrain", "bahrain-israel-normalisation", S, "defend his government's accord with Israel", True),
        ],
    ),
    dict(
        id="033", published="2020-12-10T19:30:00Z", outlet="bayline-post",
        slug="morocco-to-normalise-ties-us-recognises-western-sahara",
        title="Morocco to normalise ties with Israel as US recognises Western Sahara claim",
        text="""RABAT, Dec 10 (Bayline Post) - Morocco agreed on Thursday to establish diplomatic relations with Israel, and the United States in return recognised Moroccan sovereignty over the disputed territory of Western Sahara, President Donald Trump announced.

A statement from the Royal Cabinet said King Mohammed VI had told Trump in a phone call that Morocco would resume official contacts with Israel, reopen liaison offices in Rabat and Tel Aviv and allow direct flights. In a separate call, the king told Palestinian President Mahmoud Abbas that Morocco's support for the Palestinian cause was unchanged and that the steps would not affect its commitment to a two-state solution.

Trump signed a proclamation recognising Morocco's claim to Western Sahara, where the Algeria-backed Polisario Front seeks independence. Netanyahu thanked the king and called it another historic peace.

Prime Minister Saad-Eddine El Othmani, who had said in August that Morocco rejected any normalisation with Israel, made no comment on Thursday.

Palestinian officials declined to comment on the decision.""",
        claims=[
            ("morocco", "morocco-israel-normalisation", S, "Morocco would resume official contacts with Israel", True),
            ("usa", "morocco-israel-normalisation", S, "the United States in return recognised Moroccan sovereignty", True),
            ("israel", "morocco-israel-normalisation", S, "Netanyahu thanked the king and called it another historic peace", True),
        ],
    ),
    dict(
        id="034", published="2020-12-22T16:00:00Z", outlet="pillar-news",
        slug="israel-morocco-sign-declaration-in-rabat",
        title="Israel and Morocco sign declaration as Kushner leads first direct flight to Rabat",
        text="""RABAT, Dec 22 (Pillar News) - Israel and Morocco signed a joint declaration in Rabat on Tuesday committing them to restore full diplomatic contacts, after a US and Israeli delegation arrived on the first direct commercial flight between the two countries.

Moroccan Prime Minister Saad-Eddine El Othmani signed the declaration with Israeli national security adviser Meir Ben-Shabbat and White House adviser Jared Kushner at the royal palace, in the presence of King Mohammed VI. Othmani told reporters afterwards that it had been a difficult decision, but that he had signed as head of government in Morocco's national interest.

Kushner said the agreement would strengthen the region's stability and that the United States would open a consulate in Dakhla, in Western Sahara. Ben-Shabbat said Israel hoped to open embassies within months.

The two countries also signed agreements on aviation, water management and visa exemptions for diplomats. The El Al flight carrying the delegation flew over Saudi Arabia.

Morocco had opened liaison offices with Israel in the 1990s but closed them in 2000 after the second Palestinian uprising.""",
        claims=[
            ("morocco", "morocco-israel-normalisation", S,
             "he had signed as head of government in Morocco's national interest", True),
            ("israel", "morocco-israel-normalisation", S, "Israel hoped to open embassies within months", True),
            ("usa", "morocco-israel-normalisation", S, "the agreement would strengthen the region's stability", True),
        ],
    ),
]

SHIFTS = [
    dict(actor="uae", issue="uae-israel-normalisation", frm=C, to=S, article="003",
         why="The UAE signs up to full diplomatic relations in the joint statement; in 001 Otaiba offered normal ties "
             "only if Israel dropped annexation ('annexation or normalisation, but not both')."),
    dict(actor="israel", issue="israel-suspends-annexation", frm=O, to=S, article="003",
         why="The joint statement says Israel will suspend declaring sovereignty; before this (baseline, 001) "
             "Netanyahu was pushing to annex from July 1."),
    dict(actor="bahrain", issue="bahrain-israel-normalisation", frm=C, to=S, article="019",
         why="Bahrain agrees in a joint statement to establish full relations; in 015 King Hamad tied any ties to the "
             "Arab Peace Initiative and a Palestinian state."),
    dict(actor="sudan", issue="sudan-israel-normalisation", frm=O, to=S, article="028",
         why="Sudan signs the joint statement ending the state of belligerence; in 014 Hamdok said the transitional "
             "government had no mandate to normalise. The conditional report in 026 came from unnamed sources "
             "(attributed false) and does not move the prevailing stance."),
    dict(actor="israel", issue="f35-sale-to-uae", frm=O, to=C, article="029",
         why="Netanyahu and Gantz say Israel will not stand in the way of the sale in light of the US commitment to "
             "upgrade its capabilities; in 009, 011 and 013 Israel opposed any F-35 sale to the UAE."),
    dict(actor="usa", issue="f35-sale-to-uae", frm=C, to=S, article="030",
         why="The administration formally notifies Congress of the sale of up to 50 F-35s; in 008, 011, 013 and 024 "
             "the request was only under review, tied to preserving Israel's military edge."),
]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug",
          9: "Sept", 10: "Oct", 11: "Nov", 12: "Dec"}


def parse_watchlist(path):
    """Minimal parser for the watchlist layout used here (stdlib only)."""
    actors, issues, baseline, issue_fields = [], [], [], {}
    section, current = None, None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)\s*$", line)
            if m and section in ("actors", "issues"):
                current = m.group(1)
                (actors if section == "actors" else issues).append(current)
                if section == "issues":
                    issue_fields[current] = ["id"]
                continue
            m = re.match(r"^    ([a-z_]+):", line)
            if m and section == "issues":
                issue_fields[current].append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}\s*$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
    return actors, issues, baseline, issue_fields


def main():
    errors = []

    def err(msg):
        errors.append(msg)

    actors, issues, baseline, issue_fields = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        err(f"watchlist has {len(actors)} actors (want 5-8)")
    if not 5 <= len(issues) <= 7:
        err(f"watchlist has {len(issues)} issues (want 5-7)")
    for iid, fields in issue_fields.items():
        if fields != ["id", "name", "description", "terms"]:
            err(f"issue {iid} has fields {fields}")
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in (S, O, C):
            err(f"bad baseline entry {a} {i} {s}")

    # resolve duplicate copies
    by_id = {a["id"]: a for a in ARTICLES}
    duplicates = []
    for a in ARTICLES:
        if isinstance(a["claims"], str):
            src = a["claims"].split(":")[1]
            duplicates.append((src, a["id"]))
            a["claims"] = list(by_id[src]["claims"])

    # ids and order
    prev = None
    for n, a in enumerate(ARTICLES, 1):
        if a["id"] != f"{n:03d}":
            err(f"article {a['id']} out of sequence (expected {n:03d})")
        ts = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev and ts <= prev:
            err(f"article {a['id']} not in publication order")
        prev = ts
        a["_ts"] = ts
        if a["outlet"] not in OUTLETS:
            err(f"article {a['id']} unknown outlet {a['outlet']}")
        a["source"] = OUTLETS[a["outlet"]]
        a["url"] = f"https://example.org/{a['outlet']}/{ts:%Y/%m/%d}/{a['slug']}"
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            err(f"article {a['id']} has {words} words")
        dl = re.match(r"^([A-Z][A-Z .'-]*(?:, [A-Za-z .]+)?), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", a["text"])
        if not dl:
            err(f"article {a['id']} lacks a dateline")
        else:
            if dl.group(4) != a["source"]:
                err(f"article {a['id']} dateline outlet {dl.group(4)} != {a['source']}")
            if dl.group(2) != MONTHS[ts.month] or int(dl.group(3)) != ts.day:
                err(f"article {a['id']} dateline date {dl.group(2)} {dl.group(3)} != {ts:%Y-%m-%d}")
        if '"' in a["text"] or "\u201c" in a["text"]:
            err(f"article {a['id']} contains quotation marks")
        seen = set()
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if actor not in actors:
                err(f"article {a['id']}: unknown actor {actor}")
            if issue not in issues:
                err(f"article {a['id']}: unknown issue {issue}")
            if stance not in (S, O, C):
                err(f"article {a['id']}: bad stance {stance}")
            if quote not in a["text"]:
                err(f"article {a['id']}: quote not found: {quote!r}")
            if len(quote.split()) > 15:
                err(f"article {a['id']}: quote over 15 words: {quote!r}")
            if not isinstance(attributed, bool):
                err(f"article {a['id']}: attributed not bool")
            if (actor, issue) in seen:
                err(f"article {a['id']}: two claims for {actor}/{issue}")
            seen.add((actor, issue))

    # duplicates: same day, later, other outlet
    for src, cp in duplicates:
        a, b = by_id[src], by_id[cp]
        if a["_ts"].date() != b["_ts"].date() or b["_ts"] <= a["_ts"] or a["outlet"] == b["outlet"]:
            err(f"duplicate pair {src}/{cp} malformed")

    # recompute shifts
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for a in ARTICLES:
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if not attributed:
                continue
            old = prevailing.get((actor, issue))
            if old is not None and old != stance:
                computed.append((actor, issue, old, stance, a["id"]))
            prevailing[(actor, issue)] = stance
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if computed != labelled:
        err("recomputed shifts differ from labels:\n  computed " + repr(computed) + "\n  labelled " + repr(labelled))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [a["id"] for a in ARTICLES if a["id"] not in shift_articles]

    # set-level checks from the brief
    claims_all = [c for a in ARTICLES for c in a["claims"]]
    stances = {k: sum(1 for c in claims_all if c[2] == k) for k in (S, O, C)}
    unattributed = sum(1 for c in claims_all if not c[4])
    empty = [a["id"] for a in ARTICLES if not a["claims"]]
    reversals = sum(1 for s in SHIFTS if {s["frm"], s["to"]} == {S, O})
    if not 30 <= len(ARTICLES) <= 34:
        err(f"{len(ARTICLES)} articles")
    if not 60 <= len(claims_all) <= 90:
        err(f"{len(claims_all)} claims")
    if stances[C] < 6 or min(stances.values()) == 0:
        err(f"stance counts {stances}")
    if not 5 <= len(SHIFTS) <= 8:
        err(f"{len(SHIFTS)} shifts")
    if reversals > 2:
        err(f"{reversals} straight support/oppose reversals")
    if not any(C in (s["frm"], s["to"]) for s in SHIFTS):
        err("no shift to or from conditional")
    if not 3 <= len(empty) <= 4:
        err(f"{len(empty)} no-claim articles")
    if len(duplicates) != 2 or not any(src in shift_articles for src, _ in duplicates):
        err("need 2 duplicate pairs, one of them a shift article")
    if unattributed == 0:
        err("no attributed:false claims")

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # write articles
    art_dir, feed_dir = os.path.join(HERE, "articles"), os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        rec = {"id": a["id"], "published": a["published"], "source": a["source"], "url": a["url"],
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # write labels
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # write feeds (newest first)
    for slug, name in OUTLETS.items():
        items = sorted((a for a in ARTICLES if a["outlet"] == slug), key=lambda a: a["_ts"], reverse=True)
        if not items:
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>",
               f"    <link>https://example.org/{slug}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch blind evaluation set "
               f"abraham-accords-2020</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{email.utils.format_datetime(items[0]['_ts'], usegmt=True)}</lastBuildDate>"]
        for a in items:
            out += ["    <item>",
                    f"      <title>{escape(a['title'])}</title>",
                    f"      <link>{escape(a['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(a["url"])}</guid>',
                    f"      <pubDate>{email.utils.format_datetime(a['_ts'], usegmt=True)}</pubDate>",
                    f"      <description>{escape(a['text'])}</description>",
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        path = os.path.join(feed_dir, slug + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            print("xmllint failed on", path, res.stderr)
            sys.exit(1)

    # summary
    print(f"OK: {len(ARTICLES)} articles, {len(claims_all)} claims {stances}, "
          f"{unattributed} attributed:false, {len(SHIFTS)} shifts in articles {shift_articles}")
    print(f"duplicates {duplicates}; no-claim articles {empty}; straight reversals {reversals}")
    for a in ARTICLES:
        print(a["id"], a["published"], a["outlet"], len(a["text"].split()), "words,", len(a["claims"]), "claims")


if __name__ == "__main__":
    main()
