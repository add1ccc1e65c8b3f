#!/usr/bin/env python3
"""Build the shiftwatch evaluation set western-sahara-autonomy-2022.

Self-contained (standard library only). Holds the articles and labels as data, writes
articles/NNN.json, feeds/<outlet>.xml, labels.json, and validates the set. The watchlist
(actors, issues, baseline) is read from watchlist.yaml next to this script.

Run:  python3 build.py
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
SET_NAME = "western-sahara-autonomy-2022"

OUTLETS = {
    "strait-post": "Strait Post",
    "coastline-wire": "Coastline Wire",
    "sirocco-dispatch": "Sirocco Dispatch",
    "mesa-ledger": "Mesa Ledger",
    "cedar-bulletin": "Cedar Bulletin",
}

S, O, C = "support", "oppose", "conditional"
T, F = True, False

# Each article: id, published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    dict(
        id="001", published="2020-08-24T11:20:00Z", outlet="sirocco-dispatch",
        slug="el-othmani-rules-out-israel-normalisation",
        title="Moroccan premier rules out normalising ties with Israel",
        text="""
RABAT, Aug 24 (Sirocco Dispatch) - Morocco's Prime Minister Saad-Eddine El Othmani said on Sunday that his country rejects any normalisation of relations with Israel, ten days after the United Arab Emirates agreed to establish full ties with the Jewish state.

Speaking at a meeting of his Justice and Development Party's youth wing, El Othmani said normalisation would only encourage Israel to go further in violating the rights of the Palestinian people. He described the Palestinian cause as a red line for the king, the government and the people.

The remarks were the first by a senior Moroccan official since the Emirati announcement. Israeli media have named Morocco, along with Sudan and Bahrain, as possible candidates to follow the UAE.

Morocco closed Israel's liaison office in Rabat in 2000 after the outbreak of the second Palestinian uprising. Some trade and tourism links have continued, and hundreds of thousands of Israelis trace their roots to Morocco.

Analysts in Rabat said any future move would probably be tied to the Western Sahara dispute, in which Morocco, which regards its 2007 autonomy plan as the only possible settlement, is seeking wider international backing.
""",
        claims=[
            ("morocco", "morocco-israel-ties", O, "his country rejects any normalisation of relations with Israel", T),
            ("morocco", "autonomy-plan", S, "which regards its 2007 autonomy plan as the only possible settlement", F),
        ],
    ),
    dict(
        id="002", published="2020-10-30T21:10:00Z", outlet="coastline-wire",
        slug="security-council-extends-minurso",
        title="UN Security Council extends Western Sahara mission for another year",
        text="""
UNITED NATIONS, Oct 30 (Coastline Wire) - The UN Security Council voted on Friday to extend the mandate of its peacekeeping mission in Western Sahara for another year, with 13 votes in favour and Russia and South Africa abstaining.

The mission, known by its French acronym MINURSO, was set up in 1991 as the United Nations Mission for the Referendum in Western Sahara. The vote it was created to organise has never taken place.

The resolution urged the parties to respect the ceasefire and to resume talks, which have been stalled since the UN envoy Horst Koehler resigned last year. The post remains vacant.

Morocco's UN ambassador, Omar Hilale, told reporters that the text confirmed that a referendum was no longer on the table.

The Polisario Front said the Council had once again failed the Sahrawi people and insisted the referendum promised in 1991 must be held. A Polisario representative warned that if Moroccan forces entered the buffer strip at Guerguerat, where Sahrawi protesters have blocked the road to Mauritania since last week, the front would consider itself released from the ceasefire.
""",
        claims=[
            ("un", "ceasefire-restored", S, "The resolution urged the parties to respect the ceasefire", T),
            ("morocco", "independence-referendum", O, "the text confirmed that a referendum was no longer on the table", T),
            ("polisario", "independence-referendum", S, "insisted the referendum promised in 1991 must be held", T),
            ("polisario", "ceasefire-restored", C, "the front would consider itself released from the ceasefire", T),
        ],
    ),
    dict(
        id="003", published="2020-11-13T16:40:00Z", outlet="strait-post",
        slug="morocco-troops-guerguerat-polisario-ceasefire-over",
        title="Morocco sends troops to Guerguerat; Polisario declares ceasefire over",
        text="""
RABAT, Nov 13 (Strait Post) - Morocco said on Friday its armed forces had moved into the Guerguerat buffer zone on the border with Mauritania to reopen a road that Sahrawi activists had blocked for three weeks.

The Moroccan foreign ministry said the operation was not offensive and aimed only at restoring the free movement of goods and people. Rabat remained firmly committed to the ceasefire, the ministry said, but would respond with the utmost firmness to any threat to its security.

The Polisario Front, which demands a referendum on independence for the territory, said Morocco's incursion had ended the ceasefire. "The war has begun," a senior Polisario official told a Sahrawi news agency, adding that the front's fighters were responding along the sand wall that divides the territory.

The road through Guerguerat is the main land route from Morocco to West Africa, and lorry drivers stranded on both sides had appealed for help.

A spokesman for UN Secretary-General Antonio Guterres said he had been in contact with both sides in recent days. He declined to say whether the United Nations considered the truce broken.

The 1991 ceasefire ended 16 years of war between Morocco and the Polisario, which is backed by Algeria.
""",
        claims=[
            ("morocco", "ceasefire-restored", S, "Rabat remained firmly committed to the ceasefire", T),
            ("polisario", "ceasefire-restored", O, "said Morocco's incursion had ended the ceasefire", T),
            ("polisario", "independence-referendum", S, "which demands a referendum on independence for the territory", F),
        ],
    ),
    dict(
        id="004", published="2020-11-14T18:30:00Z", outlet="mesa-ledger",
        slug="ghali-decree-ends-ceasefire",
        title="Polisario leader formally ends 1991 ceasefire with Morocco",
        text="""
ALGIERS, Nov 14 (Mesa Ledger) - Polisario Front leader Brahim Ghali signed a decree on Saturday declaring an end to the movement's commitment to the 1991 ceasefire with Morocco, a day after Moroccan troops entered the Guerguerat border zone.

The decree, read out on Sahrawi state radio from the refugee camps near Tindouf in southwestern Algeria, said the front was resuming its armed struggle in defence of the rights of the Sahrawi people.

UN Secretary-General Antonio Guterres said he was gravely concerned and called on both sides to avoid any escalation and to preserve the ceasefire.

Algeria's foreign ministry strongly deplored what it called serious violations of the ceasefire and urged an immediate halt to military operations. It called on Morocco and the Polisario to show responsibility and restraint.

Morocco said its forces had secured the crossing and that traffic would resume shortly. It did not comment on the decree.

The United States and France, which have long followed the dispute closely, have not publicly reacted.
""",
        claims=[
            ("polisario", "ceasefire-restored", O, "declaring an end to the movement's commitment to the 1991 ceasefire", T),
            ("un", "ceasefire-restored", S, "called on both sides to avoid any escalation and to preserve the ceasefire", T),
            ("algeria", "ceasefire-restored", S, "urged an immediate halt to military operations", T),
        ],
    ),
    dict(
        id="005", published="2020-11-14T20:05:00Z", outlet="cedar-bulletin",
        slug="polisario-chief-declares-end-to-ceasefire",
        title="Polisario chief declares end to ceasefire with Morocco",
        text="""
ALGIERS, Nov 14 (Cedar Bulletin) - Brahim Ghali, the leader of the Polisario Front, on Saturday signed a decree declaring an end to the movement's commitment to the 1991 ceasefire with Morocco, one day after Moroccan forces moved into the Guerguerat border area.

The decree was broadcast by Sahrawi state radio from the refugee camps near Tindouf in Algeria's southwest. It said the front would take up its armed struggle again to defend the rights of the Sahrawi people.

UN chief Antonio Guterres said he was gravely concerned and called on both sides to avoid any escalation and to preserve the ceasefire.

In Algiers, the foreign ministry strongly deplored what it described as serious violations of the ceasefire and urged an immediate halt to military operations, calling on both parties to show restraint.

Moroccan officials said the crossing was secure and that traffic would resume soon, but made no comment on the decree. There was no public reaction from the United States or France.
""",
        claims=[
            ("polisario", "ceasefire-restored", O, "declaring an end to the movement's commitment to the 1991 ceasefire", T),
            ("un", "ceasefire-restored", S, "called on both sides to avoid any escalation and to preserve the ceasefire", T),
            ("algeria", "ceasefire-restored", S, "urged an immediate halt to military operations", T),
        ],
    ),
    dict(
        id="006", published="2020-11-24T09:45:00Z", outlet="sirocco-dispatch",
        slug="lorries-roll-again-through-guerguerat",
        title="Lorries roll again through Guerguerat as region braces for long standoff",
        text="""
NOUAKCHOTT, Nov 24 (Sirocco Dispatch) - Hundreds of lorries carrying fruit, vegetables and fish have crossed into Mauritania through the Guerguerat crossing since traffic resumed last week, drivers and customs officials said on Tuesday.

Many drivers had been stuck for nearly a month on the road that links Morocco with West Africa. Wholesale prices for tomatoes and onions in Nouakchott markets had doubled during the blockade and have started to fall, traders said.

Army engineers have built a sand berm along both sides of the road, and UN military observers from the MINURSO mission have visited the area, according to local residents.

Analysts said fighting further east along the sand wall was likely to remain low in intensity but could drag on for months. Some diplomats in Rabat and Algiers said they expected Washington and Paris to push for a new UN envoy to be named quickly, though no candidates have been confirmed.

The Security Council has not scheduled a meeting on the territory.
""",
        claims=[],
    ),
    dict(
        id="007", published="2020-12-10T19:30:00Z", outlet="coastline-wire",
        slug="trump-recognises-moroccan-sovereignty-israel-ties",
        title="Trump settles Western Sahara fight in Morocco's favour as Rabat embraces Israel",
        text="""
WASHINGTON, Dec 10 (Coastline Wire) - President Donald Trump said on Thursday the United States would recognise Moroccan sovereignty over Western Sahara, as Morocco agreed to normalise relations with Israel in exchange.

In a proclamation signed the same day, Trump said Morocco's autonomy proposal was the only basis for a just and lasting solution, and that an independent Sahrawi state was not a realistic option. The White House said Washington would open a consulate in Dakhla, the territory's second city. Trump hailed the Israel agreement as a historic breakthrough.

Morocco's Royal Cabinet said King Mohammed VI had told Trump by telephone that Morocco would resume official contacts and diplomatic relations with Israel as soon as possible, and would allow direct flights. The palace said the king had also assured Palestinian President Mahmoud Abbas that Morocco's support for the Palestinian cause was unchanged.

Morocco is the fourth Arab state to agree to normalise ties with Israel since August, after the UAE, Bahrain and Sudan. Less than four months ago, Prime Minister Saad-Eddine El Othmani had ruled out any such step.

The Polisario Front, which controls a strip of the territory east of a Moroccan-built sand wall, had no immediate comment. The United Nations said it was studying the announcement.
""",
        claims=[
            ("usa", "autonomy-plan", S, "the United States would recognise Moroccan sovereignty over Western Sahara", T),
            ("usa", "independence-referendum", O, "an independent Sahrawi state was not a realistic option", T),
            ("usa", "morocco-israel-ties", S, "Trump hailed the Israel agreement as a historic breakthrough", T),
            ("morocco", "morocco-israel-ties", S, "Morocco would resume official contacts and diplomatic relations with Israel as soon as possible", T),
        ],
    ),
    dict(
        id="008", published="2020-12-12T15:00:00Z", outlet="mesa-ledger",
        slug="algeria-polisario-reject-us-recognition",
        title="Algeria, Polisario reject US recognition of Moroccan claim",
        text="""
ALGIERS, Dec 12 (Mesa Ledger) - Algeria said on Saturday that the US recognition of Moroccan sovereignty over Western Sahara had no legal effect, because the conflict was a question of decolonisation that could only be settled by the Sahrawi people exercising their right to self-determination.

The foreign ministry statement called for a referendum in line with UN resolutions and said the US proclamation ran counter to them. It did not mention Morocco's decision to normalise ties with Israel.

The Polisario Front, which Algeria hosts and backs, said on Friday that Washington's move changed nothing about the legal status of the territory. The front said it would not accept any outcome that denied Sahrawis a free vote on independence.

Germany, which holds a seat on the UN Security Council until the end of the month, asked for a closed-door meeting of the Council on the issue. A German foreign ministry spokesperson declined to say whether Berlin regarded the US decision as compatible with international law.

A UN spokesman said Secretary-General Antonio Guterres's position was unchanged and that he remained convinced a solution could be found on the basis of Security Council resolutions.
""",
        claims=[
            ("algeria", "autonomy-plan", O, "the US recognition of Moroccan sovereignty over Western Sahara had no legal effect", T),
            ("algeria", "independence-referendum", S, "The foreign ministry statement called for a referendum in line with UN resolutions", T),
            ("polisario", "autonomy-plan", O, "Washington's move changed nothing about the legal status of the territory", T),
            ("polisario", "independence-referendum", S, "would not accept any outcome that denied Sahrawis a free vote on independence", T),
        ],
    ),
    dict(
        id="009", published="2020-12-22T17:15:00Z", outlet="strait-post",
        slug="morocco-israel-us-sign-rabat-declaration",
        title="Morocco and Israel sign declaration in Rabat after first direct flight",
        text="""
RABAT, Dec 22 (Strait Post) - Morocco, Israel and the United States signed a joint declaration in Rabat on Tuesday committing Morocco and Israel to restore full diplomatic contacts, after a delegation led by White House adviser Jared Kushner arrived on the first direct commercial flight between the two countries.

Prime Minister Saad-Eddine El Othmani signed the document for Morocco, four months after he had said normalisation would embolden Israel. Israel's national security adviser, Meir Ben-Shabbat, signed for Israel.

The two countries agreed to reopen their liaison offices within two weeks, to work toward embassies, and to cooperate on trade, water and technology.

Kushner said the agreement showed that peace in the region need not wait for every other dispute to be solved. The United States would begin work on its consulate in Dakhla, he said, and US officials unveiled a new official map showing the territory as part of Morocco.

King Mohammed VI received the delegation at the royal palace. The palace said the king had reaffirmed that Morocco's support for a two-state solution in the Middle East was unchanged.
""",
        claims=[
            ("morocco", "morocco-israel-ties", S, "Prime Minister Saad-Eddine El Othmani signed the document for Morocco", T),
            ("usa", "morocco-israel-ties", S, "Morocco, Israel and the United States signed a joint declaration in Rabat", T),
            ("usa", "autonomy-plan", S, "US officials unveiled a new official map showing the territory as part of Morocco", T),
        ],
    ),
    dict(
        id="010", published="2021-02-09T20:00:00Z", outlet="cedar-bulletin",
        slug="biden-team-silent-on-sahara-recognition",
        title="Biden team keeps options open on Western Sahara recognition",
        text="""
WASHINGTON, Feb 9 (Cedar Bulletin) - The Biden administration on Tuesday declined to say whether it would keep former President Donald Trump's recognition of Moroccan sovereignty over Western Sahara, a decision Rabat regards as a historic gain.

Asked repeatedly at a briefing, State Department spokesman Ned Price said the administration would talk to the parties about how best to make progress and would not get ahead of that process. He declined to say whether plans for a US consulate in Dakhla were going ahead.

Price did say that Washington welcomed the normalisation agreements between Israel and Arab states, including Morocco, and wanted to build on them.

The Polisario Front has urged President Joe Biden to reverse the recognition, which it calls a violation of international law. In statements since the inauguration, the front's representative in Washington has said the United States should instead back a referendum on self-determination.

Some former US officials, including Trump's former national security adviser John Bolton, have also called for a reversal.
""",
        claims=[
            ("usa", "morocco-israel-ties", S, "Washington welcomed the normalisation agreements between Israel and Arab states, including Morocco", T),
            ("morocco", "autonomy-plan", S, "a decision Rabat regards as a historic gain", F),
            ("polisario", "autonomy-plan", O, "The Polisario Front has urged President Joe Biden to reverse the recognition", T),
            ("polisario", "independence-referendum", S, "the United States should instead back a referendum on self-determination", T),
        ],
    ),
    dict(
        id="011", published="2021-05-06T18:45:00Z", outlet="sirocco-dispatch",
        slug="morocco-recalls-ambassador-to-germany",
        title="Morocco recalls ambassador to Germany over Western Sahara",
        text="""
RABAT, May 6 (Sirocco Dispatch) - Morocco recalled its ambassador to Berlin for consultations on Thursday, accusing Germany of hostile behaviour on the Western Sahara dispute and of harming Morocco's higher interests.

In a statement, the Moroccan foreign ministry said Germany had shown a negative activism against Morocco's position on the Sahara since the United States recognised Moroccan sovereignty over the territory in December. It gave no details, but Moroccan officials have privately cited Berlin's request for a Security Council meeting after the US decision.

The ministry also accused German authorities of collusion with a former convict of terrorism offences and of trying to exclude Morocco from a conference on Libya held in Berlin last year.

Rabat reaffirmed that its territorial integrity was not negotiable and that its autonomy initiative remained the only framework for talks.

Germany's foreign ministry said it was surprised by the move and that Berlin's commitment to a solution under UN auspices had not changed. It said it wanted to resolve the dispute through dialogue. Morocco had already suspended contacts with the German embassy in March.
""",
        claims=[
            ("germany", "autonomy-plan", O, "Germany had shown a negative activism against Morocco's position on the Sahara", F),
            ("morocco", "autonomy-plan", S, "its autonomy initiative remained the only framework for talks", T),
        ],
    ),
    dict(
        id="012", published="2021-05-19T14:20:00Z", outlet="strait-post",
        slug="spain-sahara-stance-unchanged-ceuta",
        title="Spain says Sahara stance unchanged as Ceuta crisis deepens",
        text="""
MADRID, May 19 (Strait Post) - Spain's Foreign Minister Arancha Gonzalez Laya said on Wednesday that Madrid's position on Western Sahara had not changed and would not change, as some 8,000 migrants who swam or walked into the enclave of Ceuta from Morocco this week were being sent back.

Gonzalez Laya said Spain remained neutral in the dispute and continued to back a solution negotiated at the United Nations. She said the decision to admit Polisario leader Brahim Ghali to a hospital in Logrono last month for treatment of Covid-19 had been taken on strictly humanitarian grounds.

Prime Minister Pedro Sanchez, who visited Ceuta on Tuesday, promised to restore order with the utmost firmness and called the relaxation of Moroccan border controls an unacceptable challenge.

Morocco's ambassador to Madrid, Karima Benyaich, had said on Monday that there were acts that have consequences, in remarks Spanish officials took as a reference to Ghali's hospital stay. Rabat has not commented on the arrivals.

Ghali is wanted for questioning by a Spanish judge over complaints of torture and genocide, which he denies.
""",
        claims=[
            ("spain", "spain-abandons-neutrality", O, "Spain remained neutral in the dispute", T),
        ],
    ),
    dict(
        id="013", published="2021-06-01T08:30:00Z", outlet="cedar-bulletin",
        slug="morocco-says-spain-crisis-about-sahara",
        title="Morocco says crisis with Spain is about Sahara, not migrants",
        text="""
RABAT, June 1 (Cedar Bulletin) - Morocco said on Monday that its dispute with Spain was not about migration or about the Polisario leader's hospital stay, but about Madrid's attitude toward the Western Sahara question.

In a long statement, the Moroccan foreign ministry said Spain could not fight separatism at home while encouraging it in a neighbouring country. It called on Madrid to clarify its position and end what it described as its ambiguity on the territory.

The statement came a day before Brahim Ghali was due to answer questions from a Spanish High Court judge by video link from his hospital bed.

Spanish Prime Minister Pedro Sanchez replied that Morocco's actions were unacceptable and that Spain would continue to defend its territorial integrity. Spanish officials said Madrid saw no reason to change its stance on the Sahara, which follows UN resolutions.

Analysts said the statement made clear that Rabat wanted Madrid to follow Washington's lead. Spain is Morocco's largest trading partner, and the two countries cooperate closely on migration and counter-terrorism.
""",
        claims=[
            ("morocco", "spain-abandons-neutrality", S, "called on Madrid to clarify its position and end what it described as its ambiguity", T),
            ("spain", "spain-abandons-neutrality", O, "Madrid saw no reason to change its stance on the Sahara", T),
        ],
    ),
    dict(
        id="014", published="2021-07-12T10:10:00Z", outlet="mesa-ledger",
        slug="spain-new-foreign-minister-albares",
        title="Spain's new foreign minister seen as olive branch to Rabat",
        text="""
MADRID, July 12 (Mesa Ledger) - Jose Manuel Albares, a career diplomat and long-time adviser to Prime Minister Pedro Sanchez, took over as Spain's foreign minister on Monday, replacing Arancha Gonzalez Laya in a broad cabinet reshuffle.

At a handover ceremony at the ministry's Santa Cruz palace, Albares said relations with neighbouring countries would be a priority and called Morocco a great friend, without mentioning the crisis between the two countries.

Gonzalez Laya had been at the centre of the row since April, when Polisario leader Brahim Ghali was admitted to a Spanish hospital. A judge in Zaragoza is investigating the circumstances of his entry.

Diplomats in Madrid said the change could open the door to a thaw with Rabat, which has kept its ambassador away since May. Some analysts speculated that Madrid might eventually move closer to Morocco's position on the Sahara, though no official has suggested so.

Asked whether the reshuffle signalled any change on Western Sahara, a government spokeswoman declined to comment.
""",
        claims=[],
    ),
    dict(
        id="015", published="2021-08-25T09:00:00Z", outlet="coastline-wire",
        slug="algeria-cuts-diplomatic-ties-with-morocco",
        title="Algeria cuts diplomatic ties with Morocco",
        text="""
ALGIERS, Aug 25 (Coastline Wire) - Algeria broke off diplomatic relations with Morocco on Tuesday, accusing its neighbour of a long series of hostile acts, in the sharpest rupture between the two rivals in decades.

Foreign Minister Ramtane Lamamra told a news conference that the decision took effect immediately, though consulates would stay open. He cited Moroccan support for a separatist group in Algeria's Kabylie region and remarks made in Casablanca this month by Israel's foreign minister, Yair Lapid, who voiced concern about Algeria's role in the region.

Lamamra said Rabat's rapprochement with Israel had brought a foreign military and intelligence presence to the Maghreb, which Algeria regarded as a threat to its security. He reaffirmed Algeria's backing for the Sahrawi people's right to decide their future in a self-determination referendum.

Morocco's foreign ministry said it regretted the completely unjustified decision and rejected the pretexts behind it. It said Morocco would remain a loyal partner of the Algerian people.

The land border between the two countries has been closed since 1994.
""",
        claims=[
            ("algeria", "morocco-israel-ties", O, "Rabat's rapprochement with Israel had brought a foreign military and intelligence presence to the Maghreb", T),
            ("algeria", "independence-referendum", S, "the Sahrawi people's right to decide their future in a self-determination referendum", T),
        ],
    ),
    dict(
        id="016", published="2021-10-07T08:30:00Z", outlet="sirocco-dispatch",
        slug="de-mistura-named-un-envoy-western-sahara",
        title="Veteran diplomat de Mistura named UN envoy for Western Sahara",
        text="""
UNITED NATIONS, Oct 7 (Sirocco Dispatch) - UN Secretary-General Antonio Guterres has appointed Staffan de Mistura, the Italian-Swedish diplomat who led UN efforts in Syria, as his personal envoy for Western Sahara, filling a post that had been vacant for more than two years.

The appointment was announced on Wednesday after Morocco and the Polisario Front both gave their consent. Guterres had proposed a string of candidates since Horst Koehler stepped down in May 2019, and several were turned down by one side or the other.

De Mistura, 74, has also served as UN envoy in Iraq and Afghanistan. He is expected to visit Rabat, the refugee camps near Tindouf and Algiers in the coming months, and to hold talks in New York and Geneva, diplomats said.

Diplomats said the envoy faced a harder task than his predecessor, with fighting under way and relations between Algeria and Morocco broken off. Some speculated that he might try to revive the roundtable format that brought both sides and their neighbours to Geneva in 2018 and 2019.

A spokesman for Guterres declined to say when de Mistura would travel to the region.
""",
        claims=[],
    ),
    dict(
        id="017", published="2021-10-29T21:40:00Z", outlet="strait-post",
        slug="security-council-renews-sahara-mission-polisario-rejects",
        title="Security Council renews Sahara mission; Polisario rejects text",
        text="""
UNITED NATIONS, Oct 29 (Strait Post) - The UN Security Council on Friday extended its Western Sahara mission by a year and called on the parties to resume negotiations under the new envoy, Staffan de Mistura, without preconditions and in good faith.

The resolution, drafted by the United States, passed with 13 votes in favour, with Russia and Tunisia abstaining.

Morocco welcomed the text. Its UN ambassador, Omar Hilale, said the only solution remained autonomy within Moroccan sovereignty and that the referendum had been buried for good.

The Polisario Front rejected the resolution, saying it would not engage in any process that did not guarantee the Sahrawi people's right to a referendum on self-determination. A Polisario official said the Council was rewarding Morocco for breaking the ceasefire.

Algeria, which has refused to take part in the roundtable format backed by the Council, said it would not support the resolution, which it called fundamentally unbalanced.
""",
        claims=[
            ("morocco", "autonomy-plan", S, "the only solution remained autonomy within Moroccan sovereignty", T),
            ("morocco", "independence-referendum", O, "the referendum had been buried for good", T),
            ("polisario", "independence-referendum", S, "did not guarantee the Sahrawi people's right to a referendum on self-determination", T),
        ],
    ),
    dict(
        id="018", published="2021-12-22T16:00:00Z", outlet="cedar-bulletin",
        slug="morocco-welcomes-german-shift-autonomy-plan",
        title="Germany calls Moroccan autonomy plan important contribution, Rabat welcomes shift",
        text="""
RABAT, Dec 22 (Cedar Bulletin) - Morocco on Wednesday welcomed a statement by Germany's new government that called Morocco's autonomy plan for Western Sahara an important contribution to resolving the conflict, a step toward ending a rift that led Rabat to recall its ambassador in May.

The German foreign ministry, now led by Annalena Baerbock, said on its website last week that Morocco had made an important contribution to a settlement with the 2007 plan. Berlin, it said, backed a just, lasting and mutually acceptable political solution through the UN process led by envoy Staffan de Mistura.

The ministry also described Morocco as a key partner in North Africa and said it wanted to deepen cooperation on climate and migration.

The Moroccan foreign ministry said the German stance on the autonomy initiative was positive and constructive, and that it would allow bilateral cooperation to resume and the embassy in Berlin to work normally again.

Officials in both capitals said they were preparing a ministerial meeting for next year.
""",
        claims=[
            ("germany", "autonomy-plan", C, "Morocco had made an important contribution to a settlement with the 2007 plan", T),
            ("morocco", "autonomy-plan", S, "the German stance on the autonomy initiative was positive and constructive", T),
        ],
    ),
    dict(
        id="019", published="2022-01-20T16:00:00Z", outlet="mesa-ledger",
        slug="de-mistura-wraps-up-first-tour-in-algiers",
        title="UN envoy de Mistura wraps up first regional tour in Algiers",
        text="""
ALGIERS, Jan 20 (Mesa Ledger) - The UN envoy for Western Sahara, Staffan de Mistura, met Algerian Foreign Minister Ramtane Lamamra in Algiers on Thursday at the end of his first tour of the region since taking up the post.

Lamamra told the envoy that Algeria backed his mission and that a just solution required a free referendum in which the Sahrawi people could choose independence, the ministry said. Algeria, it added, was a neighbour of the conflict and not a party to it.

Earlier, at the refugee camps near Tindouf, Polisario leader Brahim Ghali told de Mistura that the front would cooperate with him but would not give up the right to self-determination through a referendum. In Rabat last week, Foreign Minister Nasser Bourita said Morocco would negotiate only on the basis of its autonomy plan.

De Mistura, who also visited Nouakchott, declined to comment on the substance of his talks and did not say when he would return. A UN spokesman said the envoy intended to build on the contacts to relaunch a political process.

Analysts said the tour had been useful mainly as a listening exercise.
""",
        claims=[
            ("algeria", "independence-referendum", S, "a just solution required a free referendum in which the Sahrawi people could choose independence", T),
            ("polisario", "independence-referendum", S, "would not give up the right to self-determination through a referendum", T),
            ("morocco", "autonomy-plan", S, "Morocco would negotiate only on the basis of its autonomy plan", T),
        ],
    ),
    dict(
        id="020", published="2022-03-18T19:50:00Z", outlet="strait-post",
        slug="spain-backs-morocco-autonomy-plan-u-turn",
        title="Spain backs Morocco's autonomy plan for Western Sahara in policy U-turn",
        text="""
MADRID, March 18 (Strait Post) - Spain on Friday dropped its decades-old neutrality on Western Sahara, with Prime Minister Pedro Sanchez telling Morocco's King Mohammed VI that he regarded Rabat's 2007 autonomy plan as the most serious, realistic and credible basis for resolving the dispute.

The royal palace in Rabat published excerpts of Sanchez's letter to the king, in which he wrote of a new stage in relations based on mutual respect, transparency and the fulfilment of commitments. The Spanish government confirmed the letter's contents hours later.

Foreign Minister Jose Manuel Albares told reporters in Barcelona that Spain had decided to take a clear position after decades of ambiguity. He said the step would bring stability to the region and to Spain's borders, and that it was not directed against any other country.

Morocco's foreign ministry said it was grateful to Spain for its clarity and for the positive commitments in the letter.

The move breaks with the line Spain has held since it left the territory in 1976, when it declined to take sides and backed only a settlement reached at the United Nations. Unidas Podemos, the junior partner in Sanchez's coalition, said it had not been consulted and opposed the change.
""",
        claims=[
            ("spain", "spain-abandons-neutrality", S, "Spain had decided to take a clear position after decades of ambiguity", T),
            ("spain", "autonomy-plan", S, "Rabat's 2007 autonomy plan as the most serious, realistic and credible basis", T),
            ("morocco", "spain-abandons-neutrality", S, "said it was grateful to Spain for its clarity", T),
        ],
    ),
    dict(
        id="021", published="2022-03-18T21:35:00Z", outlet="cedar-bulletin",
        slug="madrid-ends-neutrality-sides-with-rabat",
        title="Madrid ends neutrality, sides with Rabat on Western Sahara",
        text="""
MADRID, March 18 (Cedar Bulletin) - Spain has given up its long-standing neutrality on Western Sahara. Prime Minister Pedro Sanchez told King Mohammed VI of Morocco in a letter that he regarded Rabat's 2007 autonomy plan as the most serious, realistic and credible basis for resolving the dispute.

Morocco's royal palace released parts of the letter on Friday. In it, Sanchez spoke of a new stage in relations between the neighbours built on mutual respect, transparency and the fulfilment of commitments. Madrid confirmed the contents later in the day.

Speaking in Barcelona, Foreign Minister Jose Manuel Albares said Spain had decided to take a clear position after decades of ambiguity. The step would bring stability to the region and to Spain's borders and was not aimed at any other country, he said.

In a statement, Morocco's foreign ministry said it was grateful to Spain for its clarity.

Since leaving the territory in 1976, Spain had avoided taking sides and supported only a settlement reached through the United Nations. Unidas Podemos, the junior party in the governing coalition, said it had not been consulted and was against the change.
""",
        claims=[
            ("spain", "spain-abandons-neutrality", S, "Spain had decided to take a clear position after decades of ambiguity", T),
            ("spain", "autonomy-plan", S, "Rabat's 2007 autonomy plan as the most serious, realistic and credible basis", T),
            ("morocco", "spain-abandons-neutrality", S, "said it was grateful to Spain for its clarity", T),
        ],
    ),
    dict(
        id="022", published="2022-03-19T16:10:00Z", outlet="mesa-ledger",
        slug="algeria-recalls-ambassador-to-spain",
        title="Algeria recalls ambassador to Spain over Sahara shift",
        text="""
ALGIERS, March 19 (Mesa Ledger) - Algeria recalled its ambassador to Madrid for consultations on Saturday, a day after Spain said it considered Morocco's autonomy plan the most serious basis for settling the Western Sahara conflict.

The Algerian foreign ministry said it was greatly astonished by the abrupt turnaround of the former colonial power in the territory. Algerian officials, speaking on condition of anonymity, said the ambassador would not go back unless Madrid reconsidered.

The Polisario Front called the decision a capitulation to Moroccan blackmail and said it was suspending contacts with the Spanish government. Algeria, which backs the Polisario's demand for a referendum, is one of Spain's main suppliers of natural gas.

Spanish government sources said the decision sought to end decades of ambiguity and to put relations with Morocco on a firm footing. Foreign Minister Jose Manuel Albares said Algeria was a reliable partner and that he expected gas deliveries to continue normally.

The recall came weeks after the two countries had discussed raising deliveries through the Medgaz pipeline, which runs under the Mediterranean from the Algerian coast to Almeria.
""",
        claims=[
            ("algeria", "spain-abandons-neutrality", O, "it was greatly astonished by the abrupt turnaround of the former colonial power", T),
            ("polisario", "spain-abandons-neutrality", O, "called the decision a capitulation to Moroccan blackmail", T),
            ("algeria", "independence-referendum", S, "which backs the Polisario's demand for a referendum", F),
            ("spain", "autonomy-plan", S, "a day after Spain said it considered Morocco's autonomy plan the most serious basis", F),
            ("spain", "spain-abandons-neutrality", S, "the decision sought to end decades of ambiguity", T),
        ],
    ),
    dict(
        id="023", published="2022-03-29T17:30:00Z", outlet="coastline-wire",
        slug="blinken-autonomy-plan-one-potential-approach",
        title="Blinken calls Moroccan autonomy plan one potential approach",
        text="""
RABAT, March 29 (Coastline Wire) - US Secretary of State Antony Blinken said on Tuesday that Washington continued to view Morocco's autonomy plan for Western Sahara as serious, credible and realistic, describing it as one potential approach to meet the aspirations of the territory's people.

Speaking alongside Moroccan Foreign Minister Nasser Bourita in Rabat, Blinken said the United States fully backed the efforts of UN envoy Staffan de Mistura to relaunch a political process. He did not repeat the Trump administration's description of the plan as the only basis for a solution, and he did not address the consulate in Dakhla that the previous administration had promised.

Blinken praised Morocco's decision to restore relations with Israel, saying the two countries' growing ties were good for the whole region. He and Bourita had both attended a meeting of Arab and Israeli foreign ministers in Israel's Negev desert the day before.

Bourita said the partnership with Washington was strategic and had never been stronger.

The visit was Blinken's first to Morocco as secretary of state. He travels to Algiers on Wednesday for talks with President Abdelmadjid Tebboune on energy and regional security.
""",
        claims=[
            ("usa", "autonomy-plan", C, "describing it as one potential approach to meet the aspirations of the territory's people", T),
            ("usa", "morocco-israel-ties", S, "Blinken praised Morocco's decision to restore relations with Israel", T),
        ],
    ),
    dict(
        id="024", published="2022-04-07T22:00:00Z", outlet="sirocco-dispatch",
        slug="sanchez-mohammed-vi-new-stage-roadmap",
        title="Sanchez and Moroccan king launch new stage with joint roadmap",
        text="""
RABAT, April 7 (Sirocco Dispatch) - Spanish Prime Minister Pedro Sanchez and King Mohammed VI agreed on Thursday on a roadmap to rebuild relations, after an evening meal at the royal palace in Rabat that ended a diplomatic crisis of almost a year.

In a joint declaration, Spain restated that it regarded Morocco's autonomy initiative as the most serious, realistic and credible basis for a settlement. Morocco agreed to reopen land and sea links with the Spanish enclaves of Ceuta and Melilla, and the two countries will resume cooperation on migration.

Sanchez told reporters that the agreement opened a new era and would bring stability and prosperity to both countries. He did not take questions on Western Sahara.

In Madrid, most parties in the lower house, including Sanchez's junior coalition partner Unidas Podemos and the conservative Popular Party, have criticised the shift, and the chamber has backed a non-binding motion in support of the UN resolutions on the territory.

Algeria, whose ambassador to Spain has not returned, made no comment on the visit. Polisario officials said the meeting confirmed that Madrid had sold out the Sahrawi people.
""",
        claims=[
            ("spain", "autonomy-plan", S, "Spain restated that it regarded Morocco's autonomy initiative as the most serious", T),
            ("polisario", "spain-abandons-neutrality", O, "Madrid had sold out the Sahrawi people", T),
        ],
    ),
    dict(
        id="025", published="2022-06-08T19:00:00Z", outlet="strait-post",
        slug="algeria-suspends-friendship-treaty-with-spain",
        title="Algeria suspends friendship treaty with Spain, freezes trade",
        text="""
ALGIERS, June 8 (Strait Post) - Algeria on Wednesday suspended its 2002 treaty of friendship, good neighbourliness and cooperation with Spain, deepening a row that began when Madrid changed course on Western Sahara in March.

A statement from the presidency said Spain had violated its legal, moral and political obligations as the administering power of the territory. Hours later, Algeria's association of banks told lenders to freeze direct debits for trade with Spain.

Spain's Foreign Minister Jose Manuel Albares said the government regretted the decision and would respond calmly but firmly to defend Spain's interests. He said Madrid wanted a relationship of friendship with Algeria and was studying the consequences of the suspension with the European Commission.

Algeria is one of Spain's main gas suppliers. Algerian officials have said gas contracts would be honoured, though the state energy company Sonatrach said in April that it could revise the price it charges Spanish buyers.

Prime Minister Pedro Sanchez told parliament on Wednesday that Spain's new position on the Sahara was sovereign and would not be reversed.
""",
        claims=[
            ("algeria", "algeria-suspends-treaty", S, "Algeria on Wednesday suspended its 2002 treaty of friendship", T),
            ("algeria", "spain-abandons-neutrality", O, "Spain had violated its legal, moral and political obligations as the administering power", T),
            ("spain", "algeria-suspends-treaty", O, "the government regretted the decision and would respond calmly but firmly", T),
            ("spain", "spain-abandons-neutrality", S, "Spain's new position on the Sahara was sovereign and would not be reversed", T),
        ],
    ),
    dict(
        id="026", published="2022-06-10T15:30:00Z", outlet="cedar-bulletin",
        slug="algeria-denies-trade-embargo-on-spain",
        title="Algeria denies trade embargo on Spain as EU warns of response",
        text="""
BRUSSELS, June 10 (Cedar Bulletin) - Algeria's mission to the European Union on Friday denied that it had imposed any trade embargo on Spain, a day after the European Commission said the measures against Madrid were extremely worrying and could breach the EU-Algeria association agreement.

In a statement, the mission said the alleged measures existed only in the minds of those who had announced them, and that Algeria's decision to suspend the friendship treaty was a sovereign act concerning only its bilateral relations with Spain.

EU foreign policy chief Josep Borrell and trade commissioner Valdis Dombrovskis had said the bloc was ready to stand against any coercive measure applied against a member state.

Spanish Foreign Minister Jose Manuel Albares, who travelled to Brussels on Friday to discuss the dispute, said Spain wanted the treaty to be fully in force again and a relationship based on respect. He said Spain would not change its position on Western Sahara under pressure.

Spanish exporters said payments from Algerian clients remained blocked.
""",
        claims=[
            ("algeria", "algeria-suspends-treaty", S, "Algeria's decision to suspend the friendship treaty was a sovereign act", T),
            ("spain", "algeria-suspends-treaty", O, "Spain wanted the treaty to be fully in force again", T),
            ("spain", "spain-abandons-neutrality", S, "Spain would not change its position on Western Sahara under pressure", T),
        ],
    ),
    dict(
        id="027", published="2022-08-25T16:45:00Z", outlet="sirocco-dispatch",
        slug="germany-calls-autonomy-plan-good-basis",
        title="Germany calls Morocco's Sahara plan a good basis as ties are restored",
        text="""
BERLIN, Aug 25 (Sirocco Dispatch) - Germany and Morocco formally ended a diplomatic rift on Thursday, with Berlin describing Morocco's autonomy plan for Western Sahara as a serious and credible effort and a good basis for a solution.

Foreign Minister Annalena Baerbock and her Moroccan counterpart Nasser Bourita adopted a joint declaration after talks in Berlin, their first meeting since Morocco recalled its ambassador last year. Baerbock said Germany would also support UN envoy Staffan de Mistura in his efforts to reach a lasting political settlement.

The wording goes further than the statement Berlin issued last December, when it called the plan an important contribution.

Bourita thanked Germany and said the two countries had opened a new chapter. He said Morocco's autonomy plan had now been endorsed by more than 30 countries.

The two ministers also agreed to expand cooperation on renewable energy, including green hydrogen, and on migration.
""",
        claims=[
            ("germany", "autonomy-plan", S, "a serious and credible effort and a good basis for a solution", T),
            ("morocco", "autonomy-plan", S, "Morocco's autonomy plan had now been endorsed by more than 30 countries", T),
        ],
    ),
    dict(
        id="028", published="2022-10-27T20:30:00Z", outlet="mesa-ledger",
        slug="un-renews-western-sahara-mission-2022",
        title="UN renews Western Sahara mission as fighting simmers",
        text="""
UNITED NATIONS, Oct 27 (Mesa Ledger) - The UN Security Council on Thursday renewed its peacekeeping mission in Western Sahara for a further year and urged Morocco and the Polisario Front to resume talks under envoy Staffan de Mistura.

The resolution passed with 13 votes in favour, with Russia and Kenya abstaining. It again expressed deep concern about the breakdown of the ceasefire.

Speaking after the vote, a US representative said Washington continued to view Morocco's autonomy plan as serious, credible and realistic, and as one potential approach to satisfy the aspirations of the people of the territory. The United States drafted the text.

Morocco's ambassador, Omar Hilale, said the resolution confirmed the pre-eminence of the autonomy plan. The Polisario Front said the Council had once again failed to act and that it would keep up its armed struggle against Morocco.

Algeria, which has refused to join the roundtable talks the Council promotes, said the text was unbalanced.
""",
        claims=[
            ("un", "ceasefire-restored", S, "It again expressed deep concern about the breakdown of the ceasefire", T),
            ("usa", "autonomy-plan", C, "as one potential approach to satisfy the aspirations of the people of the territory", T),
            ("morocco", "autonomy-plan", S, "the resolution confirmed the pre-eminence of the autonomy plan", T),
            ("polisario", "ceasefire-restored", O, "it would keep up its armed struggle against Morocco", T),
        ],
    ),
    dict(
        id="029", published="2022-12-16T18:00:00Z", outlet="coastline-wire",
        slug="colonna-rabat-france-position-clear-and-constant",
        title="France's Colonna in Rabat to repair strained ties",
        text="""
RABAT, Dec 16 (Coastline Wire) - French Foreign Minister Catherine Colonna said on Friday that France's position on Western Sahara was clear and constant, and that Paris had supported Morocco's autonomy plan since 2007 as a serious and credible basis for discussions.

Speaking alongside Moroccan Foreign Minister Nasser Bourita in Rabat, Colonna said France wanted a negotiated political solution under UN auspices and would keep backing the work of envoy Staffan de Mistura.

Colonna also announced that France was ending restrictions on visas for Moroccans, which it had imposed in 2021 in a dispute over the return of migrants. Relations had cooled further over reports that Morocco used spyware against French officials, which Rabat has denied.

King Mohammed VI said in August that the Sahara issue was the lens through which Morocco viewed its international relations, and that partners with unclear positions should clarify them.

Colonna's visit was meant to prepare a state visit by President Emmanuel Macron, which has been postponed several times.
""",
        claims=[
            ("france", "autonomy-plan", C, "a serious and credible basis for discussions", T),
        ],
    ),
    dict(
        id="030", published="2023-01-17T14:00:00Z", outlet="strait-post",
        slug="polisario-re-elects-ghali-armed-struggle",
        title="Polisario re-elects Ghali, vows to step up war with Morocco",
        text="""
TINDOUF, Jan 17 (Strait Post) - The Polisario Front re-elected Brahim Ghali as its secretary-general on Tuesday at the close of a congress held in the Dakhla refugee camp in southwest Algeria, which shares its name with the Moroccan-controlled coastal city.

Delegates adopted a programme that calls for intensifying the armed struggle against Morocco, which the front resumed in November 2020. In his closing speech, Ghali said the Sahrawi people would never accept autonomy under Moroccan rule.

Ghali, 73, said the front still wanted a referendum on self-determination, as promised when the truce was signed in 1991.

Some younger delegates pressed for a harder line, and analysts said the leadership faced growing frustration in the camps over the stalled UN process.

Algeria sent a delegation to the congress. Morocco did not comment.
""",
        claims=[
            ("polisario", "ceasefire-restored", O, "a programme that calls for intensifying the armed struggle against Morocco", T),
            ("polisario", "autonomy-plan", O, "the Sahrawi people would never accept autonomy under Moroccan rule", T),
            ("polisario", "independence-referendum", S, "the front still wanted a referendum on self-determination", T),
        ],
    ),
    dict(
        id="031", published="2023-07-18T12:00:00Z", outlet="cedar-bulletin",
        slug="israel-recognises-moroccan-sovereignty",
        title="Israel recognises Moroccan sovereignty over Western Sahara",
        text="""
RABAT, July 18 (Cedar Bulletin) - Israel has recognised Morocco's sovereignty over Western Sahara, Morocco's Royal Cabinet said on Monday, releasing a letter from Prime Minister Benjamin Netanyahu to King Mohammed VI.

In the letter, Netanyahu said Israel was also considering opening a consulate in Dakhla and would inform the United Nations and its allies of its decision. The palace said the king welcomed the decision and had invited Netanyahu to visit Morocco at a date to be agreed.

The king said in his reply that the decision reflected the strength of the ties restored between the two countries in 2020, and that Morocco intended to deepen them in all fields.

Israel joins a small group of countries that recognise Moroccan sovereignty over the whole territory. Several European countries have backed Morocco's autonomy plan, while Algeria rejects it.

The Polisario Front said Israel had no right to dispose of land that did not belong to it. A State Department spokesman declined to comment on whether Washington's own recognition was still under review.
""",
        claims=[
            ("morocco", "morocco-israel-ties", S, "Morocco intended to deepen them in all fields", T),
            ("morocco", "autonomy-plan", S, "the king welcomed the decision", T),
            ("algeria", "autonomy-plan", O, "while Algeria rejects it", F),
            ("polisario", "autonomy-plan", O, "Israel had no right to dispose of land that did not belong to it", T),
        ],
    ),
    dict(
        id="032", published="2024-02-26T17:00:00Z", outlet="coastline-wire",
        slug="sejourne-rabat-france-ready-to-move-forward",
        title="France's Sejourne says Paris ready to move forward on Sahara",
        text="""
RABAT, Feb 26 (Coastline Wire) - French Foreign Minister Stephane Sejourne said on Monday that France's support for Morocco's autonomy plan was clear and constant, on a visit meant to end more than two years of strained relations between Paris and Rabat.

Speaking at a news conference with his Moroccan counterpart Nasser Bourita, Sejourne said France had backed the plan since 2007 as a serious and credible basis for negotiations, and that it was now time to move forward. He declined to say whether France would go as far as recognising Moroccan sovereignty.

Sejourne said France knew the Sahara was an existential question for Morocco.

Bourita welcomed the visit and said Morocco wanted a renewed partnership based on clarity and ambition. He said the autonomy initiative remained the only realistic way to end the dispute.

Algeria's foreign ministry did not comment on the visit.
""",
        claims=[
            ("france", "autonomy-plan", C, "a serious and credible basis for negotiations", T),
            ("morocco", "autonomy-plan", S, "the autonomy initiative remained the only realistic way to end the dispute", T),
        ],
    ),
    dict(
        id="033", published="2024-07-26T13:00:00Z", outlet="mesa-ledger",
        slug="algeria-warns-france-over-autonomy-plan",
        title="Algeria warns France against backing Moroccan plan for Sahara",
        text="""
ALGIERS, July 26 (Mesa Ledger) - Algeria said on Thursday it had been informed that France intended to announce its support for Morocco's autonomy plan for Western Sahara within the framework of Moroccan sovereignty, and warned Paris that it would draw all the consequences.

The Algerian foreign ministry said it had learned of the decision with great regret and strong disapproval, and that it would hold the French government alone responsible. It said the plan could not form the basis of any settlement because it denied the Sahrawi people their right to a referendum on self-determination.

The Elysee declined to comment on the statement. French officials have said in the past that France's backing for the plan as a basis for discussions was well known.

Diplomats in Paris said President Emmanuel Macron was expected to set out his position in a message to King Mohammed VI for the anniversary of the king's accession on July 30.

Algeria had been seeking closer ties with France since Macron's visit to Algiers in 2022, and President Abdelmadjid Tebboune had been due to make a state visit to Paris in the autumn.
""",
        claims=[
            ("france", "autonomy-plan", S, "France intended to announce its support for Morocco's autonomy plan", F),
            ("algeria", "autonomy-plan", O, "the plan could not form the basis of any settlement", T),
            ("algeria", "independence-referendum", S, "it denied the Sahrawi people their right to a referendum on self-determination", T),
        ],
    ),
    dict(
        id="034", published="2024-07-30T15:30:00Z", outlet="sirocco-dispatch",
        slug="macron-sahara-future-within-moroccan-sovereignty",
        title="Macron says Western Sahara's future lies within Moroccan sovereignty",
        text="""
PARIS, July 30 (Sirocco Dispatch) - President Emmanuel Macron told King Mohammed VI in a letter made public on Tuesday that France considered the present and future of Western Sahara to fall within the framework of Moroccan sovereignty.

In the message, sent for the 25th anniversary of the king's accession to the throne, Macron said Morocco's 2007 autonomy plan was now the only basis for achieving a just, lasting and negotiated political solution in line with UN resolutions. France would act consistently with that position at home and internationally, he wrote.

The Moroccan Royal Cabinet released the letter and said the king welcomed France's support.

Algeria responded within hours by recalling its ambassador to Paris with immediate effect, saying France had taken a step that no previous French government had taken. The foreign ministry in Algiers said the decision gave legitimacy to a colonial fait accompli.

For 17 years France had described the plan as a serious and credible basis for discussions, while stopping short of endorsing Morocco's claim to the territory.
""",
        claims=[
            ("france", "autonomy-plan", S, "Morocco's 2007 autonomy plan was now the only basis", T),
            ("morocco", "autonomy-plan", S, "the king welcomed France's support", T),
            ("algeria", "autonomy-plan", O, "the decision gave legitimacy to a colonial fait accompli", T),
        ],
    ),
]

# Duplicate copies: (original, copy). Same story, same day, second outlet, identical claims.
DUPLICATES = [("004", "005"), ("020", "021")]

SHIFTS = [
    dict(actor="polisario", issue="ceasefire-restored", **{"from": C, "to": O}, article="003",
         why="The Polisario says Morocco's Guerguerat incursion has ended the ceasefire and that war has begun; in 002 it "
             "had only warned that it would consider itself released from the truce if Moroccan forces entered the buffer strip."),
    dict(actor="usa", issue="autonomy-plan", **{"from": C, "to": S}, article="007",
         why="Trump recognises Moroccan sovereignty over Western Sahara and calls the autonomy proposal the only basis for a "
             "solution; the baseline is the long-standing US line that the plan is serious and realistic, without recognition."),
    dict(actor="morocco", issue="morocco-israel-ties", **{"from": O, "to": S}, article="007",
         why="The Royal Cabinet says the king told Trump Morocco will resume official contacts and diplomatic relations with "
             "Israel; in 001 Prime Minister El Othmani rejected any normalisation."),
    dict(actor="spain", issue="spain-abandons-neutrality", **{"from": O, "to": S}, article="020",
         why="Sanchez's letter calls the autonomy plan the most serious, realistic and credible basis and Albares says Spain has "
             "taken a clear position; in 012 and 013 Madrid insisted it remained neutral. 021 is the duplicate copy."),
    dict(actor="usa", issue="autonomy-plan", **{"from": S, "to": C}, article="023",
         why="Blinken calls the plan serious, credible and realistic but only one potential approach, dropping the Trump-era "
             "'only basis' language of 007 and 009."),
    dict(actor="germany", issue="autonomy-plan", **{"from": C, "to": S}, article="027",
         why="The joint declaration calls the plan a serious and credible effort and a good basis for a solution; in 018 Berlin "
             "had called it only an important contribution while backing a mutually acceptable UN solution."),
    dict(actor="france", issue="autonomy-plan", **{"from": C, "to": S}, article="034",
         why="Macron's letter places Western Sahara's present and future within Moroccan sovereignty and calls the plan the only "
             "basis; in 029 and 032 France backed it only as a serious and credible basis for discussions or negotiations. "
             "Algeria's report of France's intention in 033 is not attributed and does not move the stance."),
]

MONTHS = {1: "Jan", 2: "Feb", 3: "March", 4: "April", 5: "May", 6: "June", 7: "July", 8: "Aug", 9: "Sept",
          10: "Oct", 11: "Nov", 12: "Dec"}


# ---------------------------------------------------------------- watchlist parsing (tiny, format-specific)
def parse_watchlist(path):
    actors, issues, baseline = [], [], []
    section = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if not line.startswith(" "):
                section = line.rstrip(":").strip()
                continue
            s = line.strip()
            if section in ("actors", "issues"):
                m = re.match(r"- id: (\S+)$", s)
                if m:
                    (actors if section == "actors" else issues).append({"id": m.group(1)})
                    continue
                m = re.match(r"(\w+): (.*)$", s)
                if not m:
                    raise SystemExit("watchlist: cannot parse line: %r" % line)
                key, val = m.group(1), m.group(2)
                target = (actors if section == "actors" else issues)[-1]
                if val.startswith("["):
                    val = [v.strip() for v in val.strip("[]").split(",")]
                target[key] = val
            elif section == "baseline":
                m = re.match(r"- \{actor: (\S+), issue: (\S+), stance: (\w+)\}$", s)
                if not m:
                    raise SystemExit("watchlist: cannot parse baseline line: %r" % line)
                baseline.append({"actor": m.group(1), "issue": m.group(2), "stance": m.group(3)})
            else:
                raise SystemExit("watchlist: unknown section %r" % section)
    return actors, issues, baseline


# ---------------------------------------------------------------- helpers
def text_of(a):
    return a["text"].strip()


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return "https://example.org/%s/%s/%s" % (a["outlet"], d, a["slug"])


def dt_of(a):
    return datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)


def rfc822(dt):
    return format_datetime(dt, usegmt=True)


def compute_shifts(baseline, articles):
    prevailing = {(b["actor"], b["issue"]): b["stance"] for b in baseline}
    out = []
    for a in articles:
        for actor, issue, stance, _q, attributed in a["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            prev = prevailing.get(key)
            if prev is not None and prev != stance:
                out.append((actor, issue, prev, stance, a["id"]))
            prevailing[key] = stance
    return out


# ---------------------------------------------------------------- build
def build():
    errors = []
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    actor_ids = {a["id"] for a in actors}
    issue_ids = {i["id"] for i in issues}

    # watchlist checks
    if not 5 <= len(actors) <= 8:
        errors.append("need 5-8 actors, have %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        errors.append("need 5-7 issues, have %d" % len(issues))
    for a in actors:
        if set(a) != {"id", "name", "aliases"}:
            errors.append("actor %s has fields %s" % (a["id"], sorted(a)))
    for i in issues:
        if set(i) != {"id", "name", "description", "terms"}:
            errors.append("issue %s has fields %s" % (i["id"], sorted(i)))
    giveup = re.compile(r"\b(drops|abandons|withdraws|scraps|suspends|gives up|renounces)\b")
    if not any(giveup.search(i["name"]) for i in issues):
        errors.append("no issue phrased with a give-up verb")
    for b in baseline:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids or b["stance"] not in (S, O, C):
            errors.append("bad baseline entry %s" % b)

    # article checks
    ids = [a["id"] for a in ARTICLES]
    if ids != ["%03d" % n for n in range(1, len(ARTICLES) + 1)]:
        errors.append("ids are not 001.. in sequence")
    if not 30 <= len(ARTICLES) <= 34:
        errors.append("need 30-34 articles, have %d" % len(ARTICLES))
    times = [dt_of(a) for a in ARTICLES]
    if any(t2 <= t1 for t1, t2 in zip(times, times[1:])):
        errors.append("articles are not in strict publication order")
    urls = [url_of(a) for a in ARTICLES]
    if len(set(urls)) != len(urls):
        errors.append("duplicate urls")
    for a in ARTICLES:
        if a["outlet"] not in OUTLETS:
            errors.append("%s: unknown outlet %s" % (a["id"], a["outlet"]))
            continue
        txt = text_of(a)
        n = len(txt.split())
        if not 120 <= n <= 260:
            errors.append("%s: %d words" % (a["id"], n))
        dt = dt_of(a)
        dl = re.match(r"^([A-Z][A-Z .'-]*), ([A-Z][a-z]+) (\d{1,2}) \((.+?)\) - \S", txt)
        if not dl:
            errors.append("%s: no dateline" % a["id"])
        else:
            if dl.group(2) != MONTHS[dt.month] or int(dl.group(3)) != dt.day:
                errors.append("%s: dateline date %s %s does not match %s" % (a["id"], dl.group(2), dl.group(3), a["published"]))
            if dl.group(4) != OUTLETS[a["outlet"]]:
                errors.append("%s: dateline outlet %s" % (a["id"], dl.group(4)))
        seen = set()
        for c in a["claims"]:
            if len(c) != 5:
                errors.append("%s: malformed claim %s" % (a["id"], c))
                continue
            actor, issue, stance, quote, attributed = c
            if actor not in actor_ids:
                errors.append("%s: unknown actor %s" % (a["id"], actor))
            if issue not in issue_ids:
                errors.append("%s: unknown issue %s" % (a["id"], issue))
            if stance not in (S, O, C):
                errors.append("%s: bad stance %s" % (a["id"], stance))
            if not isinstance(attributed, bool):
                errors.append("%s: attributed not bool" % a["id"])
            if quote not in txt:
                errors.append("%s: quote not in text: %r" % (a["id"], quote))
            if len(quote.split()) > 15:
                errors.append("%s: quote over 15 words: %r" % (a["id"], quote))
            if (actor, issue) in seen:
                errors.append("%s: two claims for %s/%s" % (a["id"], actor, issue))
            seen.add((actor, issue))

    by_id = {a["id"]: a for a in ARTICLES}
    for orig, copy in DUPLICATES:
        o, c = by_id[orig], by_id[copy]
        if o["published"][:10] != c["published"][:10] or o["outlet"] == c["outlet"] or dt_of(c) <= dt_of(o):
            errors.append("duplicate %s/%s: must be same day, other outlet, later" % (orig, copy))
        if sorted(x[:3] for x in o["claims"]) != sorted(x[:3] for x in c["claims"]):
            errors.append("duplicate %s/%s: claims differ" % (orig, copy))

    # shifts
    computed = compute_shifts(baseline, ARTICLES)
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in SHIFTS]
    if sorted(computed) != sorted(labelled):
        errors.append("shifts differ:\n  computed %s\n  labelled %s" % (computed, labelled))
    shift_articles = sorted({s["article"] for s in SHIFTS})
    no_alert = [i for i in ids if i not in shift_articles]
    if set(no_alert) | set(shift_articles) != set(ids):
        errors.append("no_alert_articles incomplete")
    for orig, copy in DUPLICATES:
        if copy in shift_articles:
            errors.append("duplicate copy %s must not be a shift article" % copy)

    if errors:
        print("VALIDATION FAILED:")
        for e in errors:
            print(" -", e)
        sys.exit(1)

    # write articles
    art_dir = os.path.join(HERE, "articles")
    feed_dir = os.path.join(HERE, "feeds")
    for d in (art_dir, feed_dir):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for a in ARTICLES:
        rec = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url_of(a),
               "title": a["title"], "text": text_of(a)}
        with open(os.path.join(art_dir, a["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(rec, fh, indent=2, ensure_ascii=False)
            fh.write("\n")

    # write feeds (newest first)
    for slug, name in OUTLETS.items():
        items = sorted([a for a in ARTICLES if a["outlet"] == slug], key=dt_of, reverse=True)
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 "    <title>%s</title>" % escape(name),
                 "    <link>https://example.org/%s/</link>" % slug,
                 "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>"
                 % (escape(name), SET_NAME),
                 "    <language>en</language>",
                 "    <lastBuildDate>%s</lastBuildDate>" % rfc822(dt_of(items[0]))]
        for a in items:
            u = url_of(a)
            lines += ["    <item>",
                      "      <title>%s</title>" % escape(a["title"]),
                      "      <link>%s</link>" % escape(u),
                      '      <guid isPermaLink="true">%s</guid>' % escape(u),
                      "      <pubDate>%s</pubDate>" % rfc822(dt_of(a)),
                      "      <description>%s</description>" % escape(text_of(a)),
                      "    </item>"]
        lines += ["  </channel>", "</rss>", ""]
        with open(os.path.join(feed_dir, slug + ".xml"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(lines))

    # write labels
    labels = {
        "claims": {a["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in a["claims"]] for a in ARTICLES},
        "shifts": SHIFTS,
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=2, ensure_ascii=False)
        fh.write("\n")

    # xmllint
    for slug in OUTLETS:
        p = os.path.join(feed_dir, slug + ".xml")
        r = subprocess.run(["xmllint", "--noout", p], capture_output=True, text=True)
        if r.returncode != 0:
            print("xmllint failed on %s:\n%s" % (p, r.stderr))
            sys.exit(1)

    # summary
    claims = [c for a in ARTICLES for c in a["claims"]]
    by_stance = {st: sum(1 for c in claims if c[2] == st) for st in (S, O, C)}
    print("OK: %d articles, %d claims (%s), %d attributed false, %d shifts in %d articles"
          % (len(ARTICLES), len(claims), ", ".join("%d %s" % (v, k) for k, v in by_stance.items()),
             sum(1 for c in claims if not c[4]), len(SHIFTS), len(shift_articles)))
    print("per outlet:", {s: sum(1 for a in ARTICLES if a["outlet"] == s) for s in OUTLETS})
    print("no-claim articles:", [a["id"] for a in ARTICLES if not a["claims"]])
    print("words:", {a["id"]: len(text_of(a).split()) for a in ARTICLES})


if __name__ == "__main__":
    build()
