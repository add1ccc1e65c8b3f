#!/usr/bin/env python3
"""Build the shiftwatch evaluation set thailand-cambodia-border-2025.

Standard library only. Holds the articles and labels as data, writes articles/NNN.json,
feeds/<outlet>.xml, labels.json, and validates everything (see README.md).
Run from anywhere:  python3 build.py
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
TOPIC = "thailand-cambodia-border-2025"

OUTLETS = {
    "lotus-wire": "Lotus Wire",
    "mekong-dispatch": "Mekong Dispatch",
    "straits-ledger": "Straits Ledger",
    "monsoon-herald": "Monsoon Herald",
    "equator-bulletin": "Equator Bulletin",
}

T, F = True, False

# Each article: published (UTC), outlet slug, url slug, title, text, claims.
# A claim is (actor, issue, stance, quote, attributed).
ARTICLES = [
    # 001
    dict(published="2025-05-28T09:30:00Z", outlet="lotus-wire", slug="cambodian-soldier-killed-border-shootout",
         title="Cambodian soldier killed in border shootout with Thai troops",
         text="""BANGKOK, May 28 (Lotus Wire) - A Cambodian soldier was killed early on Wednesday when Thai and Cambodian troops exchanged fire for about ten minutes in a contested stretch of forest near the point where Thailand, Cambodia and Laos meet, officials on both sides said.

The Thai army said its soldiers had fired back after Cambodian troops opened fire on a patrol in the Chong Bok area of Ubon Ratchathani province. Cambodia's defence ministry gave the opposite account, saying its troops had been attacked while on a routine patrol in territory that belongs to Cambodia.

Prime Minister Paetongtarn Shinawatra told reporters in Bangkok that the situation had calmed and that commanders from both armies were talking to prevent another clash. She urged the public not to share unverified claims online.

The 817-km frontier has never been fully demarcated, and sovereignty over several ancient temples along it has been disputed for more than a century. Thailand, which has long refused to recognise the authority of the International Court of Justice over the border, has favoured handling disputes through a joint boundary commission set up in 2000.

The last deadly clashes, around the Preah Vihear temple between 2008 and 2011, killed at least 28 people.""",
         claims=[
             ("thailand", "icj-referral", "oppose", "has long refused to recognise the authority of the International Court of Justice", F),
         ]),
    # 002
    dict(published="2025-05-29T11:00:00Z", outlet="mekong-dispatch", slug="hun-manet-world-court-border-flashpoints",
         title="Hun Manet says Cambodia will ask world court to settle border flashpoints",
         text="""PHNOM PENH, May 29 (Mekong Dispatch) - Cambodian Prime Minister Hun Manet said on Thursday that his government would ask the International Court of Justice to rule on four disputed areas along the border with Thailand, a day after a Cambodian soldier was killed in a brief firefight.

Speaking at a ceremony in the capital, Hun Manet said Cambodia wanted a lasting legal answer rather than another round of confrontation. The request would cover the Mom Bei area where Wednesday's clash took place and the temples of Ta Moan Thom, Ta Moan Toch and Ta Krabei, he said. He added that Cambodia did not want an armed conflict with its neighbour.

The court ruled in 1962 that the Preah Vihear temple belongs to Cambodia, and clarified the scope of that judgment in 2013 after Phnom Penh went back to it following the clashes of 2008 to 2011.

Thai officials are expected to push instead for talks through the two countries' joint boundary commission. A Thai government spokesman said on Thursday that Bangkok would study Hun Manet's remarks before responding.""",
         claims=[
             ("cambodia", "icj-referral", "support", "his government would ask the International Court of Justice to rule on four disputed areas", T),
         ]),
    # 003
    dict(published="2025-06-01T10:00:00Z", outlet="straits-ledger", slug="thailand-rejects-world-court-agrees-pullback",
         title="Thailand says it will not go to world court, agrees troop pullback",
         text="""BANGKOK, Jun 1 (Straits Ledger) - Thailand does not recognise the jurisdiction of the International Court of Justice over its border with Cambodia and wants the dispute handled through the two countries' joint boundary commission, Defence Minister Phumtham Wechayachai said on Sunday.

Phumtham said the commission should convene in mid-June and that Thailand had written to Phnom Penh proposing a date. The commission, he told reporters after meeting army commanders, was the right place to settle such questions.

He also said the two armies had agreed to pull their troops back from the spot where last week's clash took place and return to the positions they held last year. According to Phumtham, Cambodian commanders had accepted the arrangement at a meeting on Saturday.

Cambodian officials did not immediately comment on the pullback.

Army chief General Pana Claewplodtook said separately that Thai units would remain on alert but would avoid any step that could inflame the situation. Villagers in Ubon Ratchathani province said they had heard no gunfire since Wednesday.""",
         claims=[
             ("thailand", "icj-referral", "oppose", "Thailand does not recognise the jurisdiction of the International Court of Justice", T),
             ("thailand", "troop-withdrawal", "support", "the two armies had agreed to pull their troops back", T),
             ("cambodia", "troop-withdrawal", "support", "Cambodian commanders had accepted the arrangement", F),
         ]),
    # 004
    dict(published="2025-06-02T12:00:00Z", outlet="monsoon-herald", slug="cambodian-lawmakers-back-icj-case",
         title="Cambodian lawmakers back ICJ case as Hun Sen rules out talks on temples",
         text="""PHNOM PENH, Jun 2 (Monsoon Herald) - Cambodia's National Assembly and Senate met in a joint session on Monday and unanimously endorsed the government's plan to bring four disputed border areas before the International Court of Justice.

Senate President Hun Sen, who led the country for almost four decades before handing the premiership to his son, told lawmakers that Cambodia would not discuss the four areas in any bilateral forum. Only a court ruling, he said, could give an answer that both sides would be obliged to respect.

Prime Minister Hun Manet told the session that talks with Thailand could continue on other sections of the frontier that are not in dispute. He said Cambodia had no wish for a confrontation with its neighbour.

In Bangkok, opposition politicians urged Prime Minister Paetongtarn Shinawatra to take a firmer line with Phnom Penh and to tighten controls at the border crossings. The Thai government has asked for a meeting of the joint boundary commission later this month.""",
         claims=[
             ("cambodia", "icj-referral", "support", "endorsed the government's plan to bring four disputed border areas before", T),
         ]),
    # 005
    dict(published="2025-06-04T08:00:00Z", outlet="equator-bulletin", slug="anwar-offers-asean-help-bangkok-says-no",
         title="Anwar offers ASEAN help on border row; Bangkok says no outside role needed",
         text="""KUALA LUMPUR, Jun 4 (Equator Bulletin) - Malaysian Prime Minister Anwar Ibrahim said on Wednesday that he had spoken to the leaders of Thailand and Cambodia about their border dispute and that Malaysia, as this year's chair of ASEAN, stood ready to help the two neighbours find a peaceful way out.

Anwar told reporters in Putrajaya that he had encouraged both governments to keep talking and that Malaysia could facilitate discussions if they wished.

Thailand's foreign ministry said later that it appreciated the concern of friendly countries but that the existing bilateral mechanisms were sufficient and no third party needed to be involved. Spokesman Nikorndej Balankura said the joint boundary commission would meet in Phnom Penh on June 14.

A Cambodian government spokesman said Phnom Penh welcomed any help from ASEAN partners in lowering tensions, while stressing that sovereignty over the four disputed areas would be settled in The Hague.

Diplomats in the region said ASEAN had traditionally avoided taking sides in territorial quarrels between its members, and that Anwar's role would probably stay limited unless Bangkok changed its mind.""",
         claims=[
             ("malaysia", "third-party-mediation", "support", "stood ready to help the two neighbours find a peaceful way out", T),
             ("thailand", "third-party-mediation", "oppose", "the existing bilateral mechanisms were sufficient and no third party needed to be involved", T),
             ("cambodia", "third-party-mediation", "support", "Phnom Penh welcomed any help from ASEAN partners in lowering tensions", T),
             ("cambodia", "icj-referral", "support", "sovereignty over the four disputed areas would be settled in The Hague", T),
         ]),
    # 006
    dict(published="2025-06-07T13:00:00Z", outlet="lotus-wire", slug="thai-army-takes-control-border-crossings",
         title="Thai army takes control of border crossings, cuts opening hours",
         text="""BANGKOK, Jun 7 (Lotus Wire) - Thailand put its army in charge of all crossings on the Cambodian border on Saturday and shortened their opening hours, after a meeting of the National Security Council chaired by Prime Minister Paetongtarn Shinawatra.

Government spokesman Jirayu Houngsub said the army would decide when each crossing opened and closed. Normal hours would return, he said, once Cambodian forces stopped moving into disputed areas and tensions eased.

Paetongtarn said Thailand still preferred dialogue and would attend the joint boundary commission meeting in Phnom Penh next week. She repeated that Thailand does not accept the jurisdiction of the International Court of Justice over the border.

Traders in Sa Kaeo province, home to the busy Aranyaprathet crossing, said the shorter hours would hit deliveries of fruit and consumer goods. Cambodia's commerce ministry declined to say whether it would take countermeasures.

Army units along the frontier were told to avoid any action that could be seen as a provocation, the spokesman said.""",
         claims=[
             ("thailand", "border-crossings-reopen", "conditional", "Normal hours would return, he said, once Cambodian forces stopped moving into disputed areas", T),
             ("thailand", "icj-referral", "oppose", "Thailand does not accept the jurisdiction of the International Court of Justice", T),
         ]),
    # 007
    dict(published="2025-06-14T12:30:00Z", outlet="mekong-dispatch", slug="border-commission-phnom-penh-four-areas-off-table",
         title="Border commission meets in Phnom Penh but Cambodia keeps four areas off the table",
         text="""PHNOM PENH, Jun 14 (Mekong Dispatch) - Thai and Cambodian officials held their first joint boundary commission meeting in years in Phnom Penh on Saturday, but the talks made no progress on the four areas at the centre of the latest tensions.

Cambodia's delegation said it would not discuss Mom Bei or the three temples at the commission because the government had already decided to put them before the International Court of Justice. It proposed that survey work continue on other stretches of the border.

The Thai side, led by a senior foreign ministry official, said Thailand would not take part in any case at the court and wanted every disputed point settled through the commission, according to a statement issued by the Thai embassy.

The meeting, held at a hotel near the Royal Palace, ended without a joint statement. Officials said the two delegations would report back to their governments and meet again, without setting a date.

Thai and Cambodian media gave sharply different accounts of the mood in the room.""",
         claims=[
             ("cambodia", "icj-referral", "support", "the government had already decided to put them before the International Court of Justice", T),
             ("thailand", "icj-referral", "oppose", "Thailand would not take part in any case at the court", T),
         ]),
    # 008
    dict(published="2025-06-16T07:00:00Z", outlet="lotus-wire", slug="cambodia-asks-world-court-thailand-will-not-take-part",
         title="Cambodia formally asks world court to rule on border; Thailand says it will not take part",
         text="""PHNOM PENH, Jun 16 (Lotus Wire) - Cambodia has formally asked the International Court of Justice to settle its dispute with Thailand over four border areas, Prime Minister Hun Manet said, two days after bilateral talks failed to narrow the gap.

Hun Manet said on social media late on Sunday that the government had sent a letter to the court requesting a ruling on sovereignty over the Ta Moan Thom, Ta Moan Toch and Ta Krabei temples and the Mom Bei area. He said Cambodia was choosing a peaceful and legal path and hoped Thailand would join the case.

In Bangkok, foreign ministry spokesman Nikorndej Balankura said on Monday that Thailand had not accepted the court's compulsory jurisdiction and would not join the proceedings. He said the joint boundary commission remained the proper forum for the four areas.

Legal experts said the case could stall, since the court normally needs the consent of both parties before it can hear a dispute of this kind.

Thousands of soldiers from both countries remain deployed near the disputed sites.""",
         claims=[
             ("cambodia", "icj-referral", "support", "the government had sent a letter to the court requesting a ruling on sovereignty", T),
             ("thailand", "icj-referral", "oppose", "had not accepted the court's compulsory jurisdiction and would not join the proceedings", T),
         ]),
    # 009 (duplicate of 008)
    dict(published="2025-06-16T09:30:00Z", outlet="straits-ledger", slug="cambodia-files-icj-request-thailand-refuses",
         title="Cambodia files world court request on border areas; Thailand refuses to join",
         text="""PHNOM PENH, Jun 16 (Straits Ledger) - Cambodia has formally asked the International Court of Justice to resolve its dispute with Thailand over four areas on their shared border, Prime Minister Hun Manet said, two days after bilateral talks failed.

In a social media post late on Sunday, Hun Manet said the government had sent a letter to the court requesting a ruling on sovereignty over the Mom Bei area and the Ta Moan Thom, Ta Moan Toch and Ta Krabei temples. Cambodia was choosing a peaceful and legal path, he said, and hoped Thailand would join the case.

Thai foreign ministry spokesman Nikorndej Balankura said in Bangkok on Monday that Thailand had not accepted the court's compulsory jurisdiction and would not join the proceedings. The joint boundary commission, he said, remained the proper forum for the four areas.

Legal experts said the case could stall, because the court normally needs the consent of both parties to hear such a dispute.

Thousands of troops from the two countries remain deployed near the disputed sites.""",
         claims=[
             ("cambodia", "icj-referral", "support", "the government had sent a letter to the court requesting a ruling on sovereignty", T),
             ("thailand", "icj-referral", "oppose", "Thailand had not accepted the court's compulsory jurisdiction and would not join", T),
         ]),
    # 010
    dict(published="2025-06-19T10:00:00Z", outlet="monsoon-herald", slug="paetongtarn-apologises-leaked-call",
         title="Paetongtarn apologises over leaked call with Hun Sen as coalition partner walks out",
         text="""BANGKOK, Jun 19 (Monsoon Herald) - Thai Prime Minister Paetongtarn Shinawatra apologised on Thursday for remarks she made in a telephone call with Cambodia's former leader Hun Sen, after a recording of the conversation was leaked and the second-largest party in her coalition quit the government.

In the call, made on June 15, Paetongtarn addressed Hun Sen as "uncle" and appeared to cast a senior Thai army commander in the northeast as an adversary. At a news conference at Government House, she said her words had been a negotiating tactic and that she had no quarrel with the army.

Hun Sen, who now heads Cambodia's Senate, posted the full recording of about 17 minutes online on Wednesday evening, saying he wanted to prevent any distortion of what had been said.

The Bhumjaithai Party announced late on Wednesday that it was leaving the coalition, leaving Paetongtarn with a thin majority in parliament. Her father, former prime minister Thaksin Shinawatra, has known Hun Sen for decades.

Analysts said the government could face a no-confidence motion within weeks and that Bangkok might now feel pressed to take a tougher line on the border. Cambodian officials declined to comment on the political fallout in Thailand.""",
         claims=[]),
    # 011
    dict(published="2025-06-23T12:00:00Z", outlet="equator-bulletin", slug="thailand-seals-cambodia-border",
         title="Thailand seals Cambodia border to tourists and traders",
         text="""BANGKOK, Jun 23 (Equator Bulletin) - Thailand closed all of its land border crossings with Cambodia to tourists and traders on Monday, tightening restrictions imposed earlier this month as relations between the neighbours soured further.

The army, which has run the checkpoints since June 7, said the crossings would remain shut to ordinary travellers and goods until further notice, with exceptions only for students, patients seeking medical treatment and other humanitarian cases. Officials gave no date for a review.

The order came after Cambodia halted imports of Thai fuel, fruit and vegetables and banned Thai films and television dramas, in a widening economic standoff.

A Cambodian government spokesman said the closure was a one-sided decision that punished ordinary people on both sides, and called on Bangkok to let traders and workers cross again.

Thousands of Cambodian migrant workers have returned home from Thailand in recent weeks, and traders at Aranyaprathet and Poipet said business had slowed to a trickle.""",
         claims=[
             ("thailand", "border-crossings-reopen", "oppose", "the crossings would remain shut to ordinary travellers and goods until further notice", T),
             ("cambodia", "border-crossings-reopen", "support", "called on Bangkok to let traders and workers cross again", T),
         ]),
    # 012
    dict(published="2025-07-01T09:00:00Z", outlet="straits-ledger", slug="thai-court-suspends-paetongtarn",
         title="Thai court suspends Paetongtarn over Hun Sen call",
         text="""BANGKOK, Jul 1 (Straits Ledger) - Thailand's Constitutional Court suspended Prime Minister Paetongtarn Shinawatra from duty on Tuesday while it considers a petition accusing her of breaching ethical standards in her leaked telephone call with Cambodia's Hun Sen.

The court voted 7-2 to suspend her after accepting the petition, filed by 36 senators, and gave her 15 days to respond. Deputy Prime Minister Suriya Juangroongruangkit will serve as acting prime minister, the government said. A cabinet reshuffle endorsed earlier moves Deputy Prime Minister Phumtham Wechayachai from the defence ministry to the interior ministry.

Paetongtarn, who stays in the cabinet as culture minister under the reshuffle, said she accepted the court's decision and apologised again to the public.

Legal experts said a final ruling could take several weeks. Some analysts said a caretaker leadership might be reluctant to make concessions to Phnom Penh while the case was pending, but officials at Government House declined to say whether border policy would change.

The Cambodian foreign ministry had no immediate comment.""",
         claims=[]),
    # 013
    dict(published="2025-07-17T08:00:00Z", outlet="monsoon-herald", slug="thai-army-will-not-pull-back-after-mine",
         title="Thai army says troops will not pull back after mine wounds soldiers",
         text="""UBON RATCHATHANI, Jul 17 (Monsoon Herald) - Three Thai soldiers were wounded by a landmine while on patrol near the Chong Bok area on Wednesday, the Thai army said, adding that its troops would stay where they are.

Army spokesman Major General Winthai Suvaree said one soldier lost a foot in the blast. He said the army believed the mine had been laid recently, because the area had been cleared and was patrolled regularly.

Thai units would not be pulled back from positions the army regards as Thai territory, he said. The army had stepped up patrols and ordered de-mining teams into the area.

Cambodia's defence ministry denied laying new mines and said the border zone was still littered with explosives left over from decades of war.

It was the most serious casualty on the Thai side since the May clash. Acting Prime Minister Phumtham Wechayachai, who took over the government's leadership after Paetongtarn Shinawatra's suspension, said Thailand would lodge a formal protest with Phnom Penh.""",
         claims=[
             ("thailand", "troop-withdrawal", "oppose", "Thai units would not be pulled back from positions the army regards as Thai territory", T),
         ]),
    # 014
    dict(published="2025-07-23T14:00:00Z", outlet="mekong-dispatch", slug="thailand-expels-cambodian-ambassador",
         title="Thailand expels Cambodian ambassador after second mine blast",
         text="""BANGKOK, Jul 23 (Mekong Dispatch) - Thailand said on Wednesday it would expel Cambodia's ambassador and recall its own envoy from Phnom Penh after five Thai soldiers were wounded by a landmine in a disputed border area, one of them losing a leg.

Acting Prime Minister Phumtham Wechayachai said the mines had been newly laid and that the government would downgrade diplomatic relations. Thailand would also close the remaining crossings in the northeast, the army said, and would not reopen any of them for now.

Cambodia rejected what it called baseless accusations, saying the soldiers had strayed off agreed routes into old minefields. Phnom Penh responded late on Wednesday by downgrading ties to the lowest level and recalling its diplomats from Bangkok.

The diplomatic rupture is the worst between the neighbours since the Preah Vihear fighting of 2008 to 2011. Analysts said the risk of an armed clash had risen sharply, and residents of border villages in Surin and Sisaket provinces said they had begun preparing bunkers.""",
         claims=[
             ("thailand", "border-crossings-reopen", "oppose", "would not reopen any of them for now", T),
         ]),
    # 015
    dict(published="2025-07-24T11:00:00Z", outlet="lotus-wire", slug="thai-jets-strike-border-fighting-erupts",
         title="Thai jets strike Cambodian targets as border fighting erupts",
         text="""SURIN, Jul 24 (Lotus Wire) - Thailand sent F-16 fighter jets to strike military targets in Cambodia on Thursday after fighting broke out at several points along the border, and Cambodian rockets landed in Thai villages, killing at least 11 people, most of them civilians, Thai officials said.

The clashes began near the Ta Moan Thom temple early in the morning, with each side accusing the other of firing first. Thailand closed every land crossing on the frontier, and the army said none would reopen until further notice.

Cambodian Prime Minister Hun Manet asked the United Nations Security Council to hold an urgent meeting, saying outside intervention was needed to halt what he called Thai aggression. His defence ministry said Cambodian troops had acted in self-defence.

Malaysian Prime Minister Anwar Ibrahim, who chairs ASEAN this year, said he had contacted both leaders and urged them to stand down and stop the fighting. He said Malaysia was prepared to help bring the two sides to the table.

Hospitals in Surin and Sisaket provinces said they were treating dozens of wounded.""",
         claims=[
             ("thailand", "border-crossings-reopen", "oppose", "none would reopen until further notice", T),
             ("cambodia", "third-party-mediation", "support", "saying outside intervention was needed to halt what he called Thai aggression", T),
             ("malaysia", "immediate-ceasefire", "support", "urged them to stand down and stop the fighting", T),
             ("malaysia", "third-party-mediation", "support", "Malaysia was prepared to help bring the two sides to the table", T),
         ]),
    # 016
    dict(published="2025-07-25T09:00:00Z", outlet="straits-ledger", slug="thailand-spurns-peace-push",
         title="Thailand spurns peace push as border fighting spreads",
         text="""BANGKOK, Jul 25 (Straits Ledger) - Thailand said on Friday it saw no need for outside mediation in its conflict with Cambodia, as fighting spread to new areas along the border for a second day and the number of people displaced on the Thai side passed 100,000.

Foreign ministry spokesman Nikorndej Balankura said Thailand wanted to resolve the conflict through bilateral channels and did not think a third country needed to mediate at this stage.

The ministry said separately that Thailand agreed in principle to Malaysia's proposal for a ceasefire, but that Cambodia had to stop its attacks on Thai territory and show sincerity before any halt could take effect. It did not say what such a demonstration would involve.

Cambodia said it had accepted Anwar Ibrahim's ceasefire proposal on Thursday evening and accused Bangkok of going back on an understanding to stop the fighting.

Thailand declared martial law in eight border districts of Chanthaburi and Trat provinces. The death toll rose to at least 16, most of them Thai civilians, officials said.""",
         claims=[
             ("thailand", "third-party-mediation", "oppose", "did not think a third country needed to mediate at this stage", T),
             ("thailand", "immediate-ceasefire", "conditional", "agreed in principle to Malaysia's proposal for a ceasefire, but that Cambodia had to stop", T),
             ("malaysia", "immediate-ceasefire", "support", "Malaysia's proposal for a ceasefire", F),
             ("cambodia", "immediate-ceasefire", "support", "it had accepted Anwar Ibrahim's ceasefire proposal", T),
         ]),
    # 017
    dict(published="2025-07-26T00:30:00Z", outlet="mekong-dispatch", slug="cambodia-urges-unconditional-ceasefire-security-council",
         title="Cambodia urges unconditional ceasefire at closed Security Council meeting",
         text="""UNITED NATIONS, Jul 25 (Mekong Dispatch) - Cambodia called on Friday for an immediate and unconditional ceasefire with Thailand after the UN Security Council met behind closed doors in New York to discuss the fighting.

Cambodia's ambassador to the United Nations, Chhea Keo, told reporters after the meeting that his country wanted the dispute settled peacefully. Asked about Thai accusations that Cambodia had started the clashes, he said a small country with no air force would not attack a much larger neighbour.

Thailand's mission said in a statement that Bangkok was ready to stop the fighting only if Cambodia ended its attacks and returned to talks in good faith.

The council issued no statement. Diplomats said members had urged both sides to show restraint and had encouraged ASEAN to help resolve the conflict.

In Beijing, foreign ministry spokesman Guo Jiakun said China was deeply concerned, hoped both sides would cease hostilities and settle their differences through dialogue, and supported Malaysia's efforts as ASEAN chair to calm the situation.""",
         claims=[
             ("cambodia", "immediate-ceasefire", "support", "Cambodia called on Friday for an immediate and unconditional ceasefire", T),
             ("thailand", "immediate-ceasefire", "conditional", "ready to stop the fighting only if Cambodia ended its attacks", T),
             ("china", "immediate-ceasefire", "support", "hoped both sides would cease hostilities", T),
             ("china", "third-party-mediation", "support", "supported Malaysia's efforts as ASEAN chair to calm the situation", T),
         ]),
    # 018
    dict(published="2025-07-26T21:00:00Z", outlet="equator-bulletin", slug="trump-ties-tariff-deals-to-end-of-fighting",
         title="Trump ties tariff deals to end of Thai-Cambodian fighting",
         text="""WASHINGTON, Jul 26 (Equator Bulletin) - President Donald Trump said on Saturday he had spoken to the leaders of Cambodia and Thailand and told them the United States would not conclude trade deals with either country while the fighting on their border went on.

In posts on his social media platform during a visit to Scotland, Trump said he had urged both leaders to agree to an immediate ceasefire, and presented his calls as an effort to broker peace between the two. He would hold off on trade talks until the fighting stopped, he said.

Both Southeast Asian countries are due to face tariffs of 36% on their exports to the United States from Aug. 1, and both have been pressing for a deal to lower the rate.

The White House did not say whether Secretary of State Marco Rubio would take part in follow-up contacts with the two governments.

The fighting has killed more than 30 people and displaced over 130,000 on both sides of the border since Thursday.""",
         claims=[
             ("usa", "us-tariff-deals", "conditional", "He would hold off on trade talks until the fighting stopped", T),
             ("usa", "immediate-ceasefire", "support", "he had urged both leaders to agree to an immediate ceasefire", T),
             ("usa", "third-party-mediation", "support", "presented his calls as an effort to broker peace between the two", T),
             ("thailand", "us-tariff-deals", "support", "both have been pressing for a deal to lower the rate", F),
             ("cambodia", "us-tariff-deals", "support", "both have been pressing for a deal to lower the rate", F),
         ]),
    # 019
    dict(published="2025-07-27T03:00:00Z", outlet="lotus-wire", slug="thailand-agrees-malaysia-talks-after-trump-calls",
         title="Thailand agrees to Malaysia talks after Trump calls, wants Cambodian sincerity",
         text="""BANGKOK, Jul 27 (Lotus Wire) - Thailand's acting prime minister Phumtham Wechayachai said on Sunday he would travel to Malaysia for talks with Cambodian Prime Minister Hun Manet, a day after President Donald Trump called both leaders and urged them to stop fighting.

Phumtham said Thailand would attend Monday's meeting as long as it remained a direct negotiation between the two governments, with Malaysia acting as host and facilitator. He thanked Trump for his concern and said Thailand agreed in principle to a ceasefire, but wanted to see sincere intention from the Cambodian side first.

He also asked Washington to resume tariff negotiations with Thailand as soon as possible, saying Thai exporters needed certainty before the Aug. 1 deadline.

Only two days earlier, his foreign ministry had said it saw no need for third-country mediation.

Fighting continued on Sunday near the Ta Kwai and Ta Moan Thom temples, the Thai army said, and more villages in Surin province were evacuated.""",
         claims=[
             ("thailand", "third-party-mediation", "conditional", "as long as it remained a direct negotiation between the two governments", T),
             ("thailand", "immediate-ceasefire", "conditional", "agreed in principle to a ceasefire, but wanted to see sincere intention", T),
             ("thailand", "us-tariff-deals", "support", "asked Washington to resume tariff negotiations with Thailand as soon as possible", T),
         ]),
    # 020
    dict(published="2025-07-27T06:00:00Z", outlet="mekong-dispatch", slug="hun-manet-accepts-unconditional-truce",
         title="Hun Manet says Cambodia accepts unconditional truce, accuses Thailand of mixed signals",
         text="""PHNOM PENH, Jul 27 (Mekong Dispatch) - Cambodian Prime Minister Hun Manet said on Sunday that Cambodia had agreed to an immediate and unconditional ceasefire and would send a delegation to talks in Malaysia on Monday.

Hun Manet said Trump had told him during their call that Thailand, too, had agreed to halt the fighting. He said Cambodia welcomed the help of Trump and of Malaysia's Anwar Ibrahim in bringing the two sides together, and that he had been told Secretary of State Marco Rubio would coordinate with the foreign ministers of both countries.

He accused the Thai side of sending mixed signals, agreeing to peace in calls with foreign leaders while its troops kept attacking. Thailand's army said Cambodian forces had shelled civilian areas overnight.

Hun Manet also said he hoped trade talks with the United States would resume quickly once the guns fell silent, as Cambodian garment factories faced steep tariffs from Aug. 1.

Cambodia's defence ministry said its forces would keep defending the country's territory until a ceasefire took effect.""",
         claims=[
             ("cambodia", "immediate-ceasefire", "support", "Cambodia had agreed to an immediate and unconditional ceasefire", T),
             ("thailand", "immediate-ceasefire", "support", "Thailand, too, had agreed to halt the fighting", F),
             ("cambodia", "third-party-mediation", "support", "Cambodia welcomed the help of Trump and of Malaysia's Anwar Ibrahim", T),
             ("usa", "third-party-mediation", "support", "Secretary of State Marco Rubio would coordinate with the foreign ministers", F),
             ("cambodia", "us-tariff-deals", "support", "hoped trade talks with the United States would resume quickly", T),
         ]),
    # 021
    dict(published="2025-07-28T02:00:00Z", outlet="monsoon-herald", slug="leaders-head-to-putrajaya",
         title="Thai, Cambodian leaders head to Putrajaya as fighting enters fifth day",
         text="""PUTRAJAYA, Jul 28 (Monsoon Herald) - Thai and Cambodian leaders were due to meet in Malaysia's administrative capital on Monday afternoon, as artillery fire continued along their border for a fifth day.

The meeting is scheduled at Seri Perdana, the Malaysian prime minister's official residence in Putrajaya. The United States ambassador to Malaysia and China's ambassador were expected to attend, Malaysian officials said, without giving details of their role.

Thai acting prime minister Phumtham Wechayachai left Bangkok in the morning. Government House declined to say what proposals he would bring or whether he was authorised to sign a written agreement. Cambodian officials also declined to comment on their plans.

Analysts in Kuala Lumpur said pressure from Washington over trade had made a deal more likely, but warned that any truce would be fragile. Some expected the talks to produce a commitment to stop firing but little on the disputed temples.

The conflict has killed more than 35 people and displaced more than 260,000 on both sides, according to official figures.""",
         claims=[]),
    # 022
    dict(published="2025-07-28T11:30:00Z", outlet="lotus-wire", slug="thailand-cambodia-agree-unconditional-ceasefire",
         title="Thailand and Cambodia agree to unconditional ceasefire at Malaysia talks",
         text="""PUTRAJAYA, Jul 28 (Lotus Wire) - Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire from midnight, Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two countries' leaders.

Speaking at a joint news conference flanked by Cambodian Prime Minister Hun Manet and Thailand's acting prime minister Phumtham Wechayachai, Anwar said the truce was a first vital step towards rebuilding trust and that Malaysia would keep working with both sides.

Phumtham said Thailand accepted the ceasefire without conditions and that its forces would stop firing at midnight. He said Thailand would judge Cambodia by its actions.

Hun Manet said he hoped the agreement would allow displaced families on both sides to go home, and thanked Anwar and Trump for their help.

Under the deal, military commanders from both sides will hold informal talks on Tuesday morning, and the two countries' General Border Committee will meet on Aug. 4 in a session hosted by Malaysia. The US and Chinese ambassadors attended the talks.""",
         claims=[
             ("thailand", "immediate-ceasefire", "support", "Thailand accepted the ceasefire without conditions", T),
             ("cambodia", "immediate-ceasefire", "support", "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire", T),
             ("malaysia", "immediate-ceasefire", "support", "the truce was a first vital step towards rebuilding trust", T),
             ("malaysia", "third-party-mediation", "support", "Malaysia would keep working with both sides", T),
             ("cambodia", "third-party-mediation", "support", "thanked Anwar and Trump for their help", T),
         ]),
    # 023 (duplicate of 022)
    dict(published="2025-07-28T13:00:00Z", outlet="equator-bulletin", slug="thai-cambodian-leaders-agree-truce-putrajaya",
         title="Thai and Cambodian leaders agree to ceasefire in Putrajaya",
         text="""PUTRAJAYA, Jul 28 (Equator Bulletin) - Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire taking effect at midnight, Malaysian Prime Minister Anwar Ibrahim announced after hosting the two countries' leaders.

At a joint news conference with Cambodian Prime Minister Hun Manet and Thai acting prime minister Phumtham Wechayachai beside him, Anwar described the truce as a first vital step towards rebuilding trust and said Malaysia would keep working with both sides.

Phumtham said Thailand accepted the ceasefire without conditions and that Thai forces would stop firing at midnight. Thailand would judge Cambodia by its actions, he added.

Hun Manet expressed hope that displaced families on both sides could now return home, and thanked Anwar and Trump for their help.

The agreement provides for informal talks between military commanders on Tuesday morning and a meeting of the two countries' General Border Committee, hosted by Malaysia, on Aug. 4. The ambassadors of the United States and China attended.""",
         claims=[
             ("thailand", "immediate-ceasefire", "support", "Thailand accepted the ceasefire without conditions", T),
             ("cambodia", "immediate-ceasefire", "support", "Thailand and Cambodia agreed on Monday to an immediate and unconditional ceasefire", T),
             ("malaysia", "immediate-ceasefire", "support", "the truce as a first vital step towards rebuilding trust", T),
             ("malaysia", "third-party-mediation", "support", "Malaysia would keep working with both sides", T),
             ("cambodia", "third-party-mediation", "support", "thanked Anwar and Trump for their help", T),
         ]),
    # 024
    dict(published="2025-07-29T08:00:00Z", outlet="straits-ledger", slug="trump-restarts-trade-talks-truce-breaches",
         title="Trump restarts trade talks as Thailand accuses Cambodia of truce breaches",
         text="""BANGKOK, Jul 29 (Straits Ledger) - President Donald Trump said he had told his trade team to restart negotiations with Thailand and Cambodia now that the two countries had agreed to stop fighting, and that he looked forward to concluding deals with both.

Secretary of State Marco Rubio said in a statement that Washington expected the governments of both countries to honour their commitments to end the conflict in full.

In Bangkok, the Thai army said Cambodian troops had attacked Thai positions at several locations after the ceasefire took effect at midnight, an accusation Phnom Penh denied. Army spokesman Winthai Suvaree said Thailand remained committed to the ceasefire and had responded only as necessary.

Cambodia's defence ministry spokeswoman Maly Socheata said there had been no armed clashes anywhere along the border overnight and that Cambodia was fully respecting the truce.

Regional army commanders from the two sides met on Tuesday morning as agreed in Putrajaya, with military attaches from several countries present, and agreed to keep lines of communication open.""",
         claims=[
             ("usa", "us-tariff-deals", "support", "he looked forward to concluding deals with both", T),
             ("usa", "immediate-ceasefire", "support", "Washington expected the governments of both countries to honour their commitments", T),
             ("thailand", "immediate-ceasefire", "support", "Thailand remained committed to the ceasefire", T),
             ("cambodia", "immediate-ceasefire", "support", "Cambodia was fully respecting the truce", T),
         ]),
    # 025
    dict(published="2025-07-30T10:00:00Z", outlet="monsoon-herald", slug="china-hosts-informal-talks-shanghai",
         title="China hosts informal talks with Thai, Cambodian envoys in Shanghai",
         text="""SHANGHAI, Jul 30 (Monsoon Herald) - China hosted an informal meeting with senior Thai and Cambodian diplomats in Shanghai on Wednesday, two days after the two countries agreed to a ceasefire in Malaysia, China's foreign ministry said.

In a statement, the ministry said China welcomed the ceasefire and hoped it would hold, and that Beijing was willing to play a constructive role in bringing the two neighbours together while supporting the efforts of Malaysia as ASEAN chair.

A Cambodian official who attended said Phnom Penh appreciated China's support and welcomed any partner that could help consolidate peace.

Thailand's foreign ministry confirmed that a deputy minister had taken part but gave no details. Thai officials declined to say whether Bangkok regarded the meeting as mediation.

China is Cambodia's closest ally and biggest investor, and also one of Thailand's largest trading partners. Analysts said Beijing wanted to show it could match the diplomatic role played by Washington in securing the truce.""",
         claims=[
             ("china", "immediate-ceasefire", "support", "China welcomed the ceasefire and hoped it would hold", T),
             ("china", "third-party-mediation", "support", "willing to play a constructive role in bringing the two neighbours together", T),
             ("cambodia", "third-party-mediation", "support", "welcomed any partner that could help consolidate peace", T),
         ]),
    # 026
    dict(published="2025-08-01T04:00:00Z", outlet="equator-bulletin", slug="us-settles-19-percent-tariffs-thailand-cambodia",
         title="US settles on 19% tariffs for Thailand and Cambodia after truce",
         text="""BANGKOK, Aug 1 (Equator Bulletin) - The United States will apply a 19% tariff to goods from Thailand and Cambodia, down from the 36% it had threatened, under an executive order signed by President Donald Trump that sets new rates for dozens of trading partners.

The White House said the lower rates for the two Southeast Asian countries reflected framework trade agreements reached with each of them. The order takes effect in seven days.

Thai Finance Minister Pichai Chunhavajira said Thailand welcomed the outcome, which put it on a par with neighbouring exporters, and that negotiators would keep working to finalise the full agreement.

Cambodian Prime Minister Hun Manet thanked Trump and said the deal would protect hundreds of thousands of jobs in the garment and footwear industries. Cambodia would lower duties on a range of American goods in exchange for the reduced rate, he said.

Both governments had worried that Trump's warning during last week's border fighting would leave them facing the higher rate.""",
         claims=[
             ("usa", "us-tariff-deals", "support", "reflected framework trade agreements reached with each of them", T),
             ("thailand", "us-tariff-deals", "support", "Thailand welcomed the outcome", T),
             ("cambodia", "us-tariff-deals", "support", "said the deal would protect hundreds of thousands of jobs", T),
         ]),
    # 027
    dict(published="2025-08-03T09:00:00Z", outlet="mekong-dispatch", slug="cambodia-seeks-asean-observers-world-court",
         title="Cambodia seeks ASEAN observers, says it has not given up on world court",
         text="""PHNOM PENH, Aug 3 (Mekong Dispatch) - Cambodia wants observers from ASEAN countries deployed along the border to verify that the ceasefire with Thailand is being respected, Prime Minister Hun Manet said on Sunday, ahead of a meeting of the two countries' General Border Committee in Kuala Lumpur.

Hun Manet said Cambodia would be ready to pull its troops back from the front line if Thailand did the same and observers were in place to check both sides. He said the truce had largely held despite accusations from Bangkok.

He also said Cambodia had not dropped and would never drop its request to the International Court of Justice, whatever was agreed on the ceasefire.

In Bangkok, a Thai foreign ministry spokesman said Thailand was open to an observer arrangement only if it was limited to defence attaches from ASEAN countries already posted in the region and did not bring foreign troops onto Thai soil.

Malaysia's defence minister said last week that his country could lead such a team if both sides agreed.""",
         claims=[
             ("cambodia", "asean-observers", "support", "Cambodia wants observers from ASEAN countries deployed along the border", T),
             ("cambodia", "troop-withdrawal", "conditional", "ready to pull its troops back from the front line if Thailand did the same", T),
             ("cambodia", "icj-referral", "support", "Cambodia had not dropped and would never drop its request", T),
             ("thailand", "asean-observers", "conditional", "open to an observer arrangement only if it was limited to defence attaches", T),
         ]),
    # 028
    dict(published="2025-08-04T10:00:00Z", outlet="straits-ledger", slug="border-committee-opens-kuala-lumpur",
         title="Thai-Cambodian border committee opens in Kuala Lumpur with US, Chinese observers",
         text="""KUALA LUMPUR, Aug 4 (Straits Ledger) - Senior defence officials from Thailand and Cambodia began four days of talks in Kuala Lumpur on Monday on how to put last week's ceasefire into practice, at an extraordinary meeting of their General Border Committee.

The meeting is being held at a hotel in the Malaysian capital, with officials from the United States and China attending as observers, Malaysian officials said. The two countries' defence ministers are due to join on Thursday.

Officials said the agenda included troop positions, the return of displaced civilians and a possible monitoring mechanism. Neither delegation made a public statement on Monday, and a Thai defence ministry spokesman declined to say what Thailand would propose.

Analysts said the talks could struggle to agree on verification because of deep mistrust on both sides. Some predicted that the border crossings would stay closed for months.

Each side continued to accuse the other of minor violations of the truce over the weekend, though no heavy fighting was reported.""",
         claims=[]),
    # 029
    dict(published="2025-08-05T08:30:00Z", outlet="monsoon-herald", slug="thai-army-rules-out-pullback",
         title="Thai army rules out pullback, keeps border closed",
         text="""BANGKOK, Aug 5 (Monsoon Herald) - Thailand's army said on Tuesday it had no intention of withdrawing troops from positions along the Cambodian border, rejecting calls for a mutual pullback while the General Border Committee meets in Kuala Lumpur.

Army spokesman Winthai Suvaree said Thai forces were deployed on Thai soil and would stay there. Pulling them back, he said, would leave villages exposed to the kind of rocket fire that hit them last month.

He said the land crossings with Cambodia would remain closed and that no date had been set for reopening them. Thousands of traders in Sa Kaeo and Surin provinces have been without income since the closures.

Acting Prime Minister Phumtham Wechayachai, asked whether Thailand would accept foreign observers, said the question was being discussed in Kuala Lumpur and that he would not pre-empt the talks.

Cambodia's defence ministry did not respond to requests for comment. Displaced families on both sides have begun returning to some villages away from the front.""",
         claims=[
             ("thailand", "troop-withdrawal", "oppose", "no intention of withdrawing troops from positions along the Cambodian border", T),
             ("thailand", "border-crossings-reopen", "oppose", "the land crossings with Cambodia would remain closed", T),
         ]),
    # 030
    dict(published="2025-08-07T12:00:00Z", outlet="lotus-wire", slug="thailand-cambodia-agree-asean-observers-troop-freeze",
         title="Thailand, Cambodia agree to ASEAN observer team and troop freeze",
         text="""KUALA LUMPUR, Aug 7 (Lotus Wire) - Thailand and Cambodia agreed on Thursday to let a team of ASEAN observers monitor their ceasefire and to stop sending reinforcements to the border, in a 13-point agreement reached at the end of four days of talks in Kuala Lumpur.

Thailand's acting defence minister Nattaphon Narkphanit said Thailand accepted an interim team of defence attaches from ASEAN member states, coordinated by Malaysia, until a full observer mission could be set up. Cambodian Defence Minister Tea Seiha said Cambodia remained committed to keeping the truce.

Malaysian Defence Minister Mohamed Khaled Nordin said Malaysia would lead the interim team and hoped it could begin work within days.

The agreement commits both sides to keep troops where they are and not to move forces forward, but it contains no pullback. Nattaphon said withdrawing Thai troops was not on the table.

The two sides also agreed to exchange information on landmines and to let displaced civilians return home safely.""",
         claims=[
             ("thailand", "asean-observers", "support", "Thailand accepted an interim team of defence attaches from ASEAN member states", T),
             ("cambodia", "asean-observers", "support", "agreed on Thursday to let a team of ASEAN observers monitor their ceasefire", T),
             ("malaysia", "asean-observers", "support", "Malaysia would lead the interim team", T),
             ("thailand", "troop-withdrawal", "oppose", "withdrawing Thai troops was not on the table", T),
             ("cambodia", "immediate-ceasefire", "support", "Cambodia remained committed to keeping the truce", T),
         ]),
    # 031
    dict(published="2025-08-08T15:00:00Z", outlet="equator-bulletin", slug="us-backs-asean-monitors",
         title="US backs ASEAN monitors for Thai-Cambodian truce",
         text="""WASHINGTON, Aug 8 (Equator Bulletin) - The United States supports the deployment of ASEAN observers to monitor the ceasefire between Thailand and Cambodia and is ready to help with equipment and training, the State Department said on Friday.

Spokeswoman Tammy Bruce said Washington welcomed the agreement reached in Kuala Lumpur and that a durable ceasefire was essential for the region. She said Secretary of State Marco Rubio had spoken with the Thai and Cambodian foreign ministers this week and urged them to implement the deal in full.

China's foreign ministry also welcomed the observer arrangement and said Beijing backed ASEAN's leading role in keeping the peace between its members.

The interim team is expected to reach the border within days. Its members will be drawn from the defence attaches of ASEAN embassies in Bangkok and Phnom Penh.

The ceasefire has largely held since July 29, despite mutual accusations of violations, and the number of displaced people has fallen sharply.""",
         claims=[
             ("usa", "asean-observers", "support", "supports the deployment of ASEAN observers to monitor the ceasefire", T),
             ("usa", "immediate-ceasefire", "support", "a durable ceasefire was essential for the region", T),
             ("china", "asean-observers", "support", "China's foreign ministry also welcomed the observer arrangement", T),
         ]),
    # 032
    dict(published="2025-08-12T09:00:00Z", outlet="straits-ledger", slug="thailand-accuses-cambodia-new-mines",
         title="Thailand accuses Cambodia of laying new mines, says troops will stay put",
         text="""SISAKET, Aug 12 (Straits Ledger) - Thailand accused Cambodia on Tuesday of breaching the ceasefire by laying new landmines, after a blast at the weekend wounded three Thai soldiers on patrol in Sisaket province, one of them seriously.

The army said it had found mines of a type it did not use and that the area had been cleared before. Thai troops would hold their current positions and would not withdraw, it said, and the border crossings would stay shut.

Cambodia's defence ministry denied laying any new mines and said Cambodia remained committed to the ceasefire and to the agreement reached in Kuala Lumpur. It said the soldiers had walked into an old minefield.

Thailand said it would raise the incident with states party to the Ottawa Convention, which bans anti-personnel mines.

The four disputed border areas are also the subject of a letter sent in June to the International Court of Justice, whose judges sit in the Peace Palace in The Hague. Thailand rejects the court's jurisdiction.""",
         claims=[
             ("thailand", "troop-withdrawal", "oppose", "Thai troops would hold their current positions and would not withdraw", T),
             ("thailand", "border-crossings-reopen", "oppose", "the border crossings would stay shut", T),
             ("cambodia", "immediate-ceasefire", "support", "Cambodia remained committed to the ceasefire", T),
             ("thailand", "icj-referral", "oppose", "Thailand rejects the court's jurisdiction", F),
         ]),
]

SHIFTS = [
    dict(actor="thailand", issue="border-crossings-reopen", frm="conditional", to="oppose", article="011",
         why="The army closes all crossings to tourists and traders until further notice; in 006 the government only shortened opening hours and said normal hours would return once Cambodian forces stopped moving into disputed areas."),
    dict(actor="thailand", issue="troop-withdrawal", frm="support", to="oppose", article="013",
         why="The army spokesman says Thai units will not be pulled back from positions it regards as Thai territory; in 003 Defence Minister Phumtham said the two armies had agreed to pull troops back."),
    dict(actor="usa", issue="us-tariff-deals", frm="support", to="conditional", article="018",
         why="Trump says the US will not conclude trade deals with either country while the fighting goes on (baseline: Washington was negotiating deals with both)."),
    dict(actor="thailand", issue="third-party-mediation", frm="oppose", to="conditional", article="019",
         why="Phumtham agrees to talks in Malaysia as long as they stay a direct negotiation with Malaysia as host and facilitator; in 005 and 016 Thailand said no third party was needed."),
    dict(actor="thailand", issue="immediate-ceasefire", frm="conditional", to="support", article="022",
         why="In Putrajaya Phumtham says Thailand accepts the ceasefire without conditions; in 016, 017 and 019 Thailand agreed only in principle and demanded Cambodian sincerity first."),
    dict(actor="usa", issue="us-tariff-deals", frm="conditional", to="support", article="024",
         why="After the ceasefire Trump tells his trade team to restart negotiations and looks forward to concluding deals with both."),
    dict(actor="thailand", issue="asean-observers", frm="conditional", to="support", article="030",
         why="At the General Border Committee Thailand accepts an interim team of ASEAN defence attaches; in 027 it was open to observers only under conditions."),
]

DUPLICATES = [("008", "009"), ("022", "023")]

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fail(msg):
    print("VALIDATION FAILED: " + msg)
    sys.exit(1)


def parse_watchlist(path):
    """Minimal reader for the watchlist format (stdlib only)."""
    actors, issues, baseline = [], {}, []
    section = None
    current_issue = None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            if re.match(r"^[a-z_]+:\s*$", line):
                section = line.split(":")[0]
                continue
            m = re.match(r"^  - id: (\S+)$", line)
            if m and section == "actors":
                actors.append(m.group(1))
                continue
            if m and section == "issues":
                current_issue = m.group(1)
                issues[current_issue] = []
                continue
            m = re.match(r"^    ([a-z_]+): ", line)
            if m and section == "issues":
                issues[current_issue].append(m.group(1))
                continue
            m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\S+)\}$", line)
            if m and section == "baseline":
                baseline.append(m.groups())
                continue
    return actors, issues, baseline


def main():
    actors, issues, baseline = parse_watchlist(os.path.join(HERE, "watchlist.yaml"))
    if not 5 <= len(actors) <= 8:
        fail("need 5-8 actors, got %d" % len(actors))
    if not 5 <= len(issues) <= 7:
        fail("need 5-7 issues, got %d" % len(issues))
    for iid, fields in issues.items():
        if fields != ["name", "description", "terms"]:
            fail("issue %s has fields %s" % (iid, fields))
    for a, i, s in baseline:
        if a not in actors or i not in issues or s not in ("support", "oppose", "conditional"):
            fail("bad baseline entry %s %s %s" % (a, i, s))

    n = len(ARTICLES)
    if not 30 <= n <= 34:
        fail("need 30-34 articles, got %d" % n)
    ids = ["%03d" % (k + 1) for k in range(n)]
    records = []
    prev = None
    for aid, art in zip(ids, ARTICLES):
        pub = datetime.strptime(art["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev is not None and pub <= prev:
            fail("%s is not in publication order" % aid)
        prev = pub
        source = OUTLETS[art["outlet"]]
        text = art["text"]
        words = len(text.split())
        if not 120 <= words <= 260:
            fail("%s has %d words" % (aid, words))
        m = re.match(r"^([A-Z][A-Z .'-]*), (%s) (\d{1,2}) \((.+?)\) - \S" % "|".join(MONTHS), text)
        if not m:
            fail("%s has no dateline" % aid)
        if m.group(4) != source:
            fail("%s dateline outlet %s != %s" % (aid, m.group(4), source))
        dl_month = MONTHS.index(m.group(2)) + 1
        dl_day = int(m.group(3))
        try:
            dl_date = datetime(pub.year, dl_month, dl_day, tzinfo=timezone.utc)
        except ValueError:
            fail("%s dateline date invalid" % aid)
        if abs((pub.date() - dl_date.date()).days) > 1:
            fail("%s dateline date %s far from published %s" % (aid, dl_date.date(), pub.date()))
        url = "https://example.org/%s/%s/%s" % (art["outlet"], pub.strftime("%Y/%m/%d"), art["slug"])
        seen_pairs = set()
        for (actor, issue, stance, quote, attributed) in art["claims"]:
            if actor not in actors:
                fail("%s: unknown actor %s" % (aid, actor))
            if issue not in issues:
                fail("%s: unknown issue %s" % (aid, issue))
            if stance not in ("support", "oppose", "conditional"):
                fail("%s: bad stance %s" % (aid, stance))
            if quote not in text:
                fail("%s: quote not in text: %r" % (aid, quote))
            if len(quote.split()) > 15:
                fail("%s: quote longer than 15 words: %r" % (aid, quote))
            if not isinstance(attributed, bool):
                fail("%s: attributed must be bool" % aid)
            if (actor, issue) in seen_pairs:
                fail("%s: two claims for %s/%s" % (aid, actor, issue))
            seen_pairs.add((actor, issue))
        records.append(dict(id=aid, pub=pub, source=source, outlet=art["outlet"], url=url,
                            title=art["title"], text=text, claims=art["claims"]))

    # Duplicates: same day, different outlet, later copy, identical claim tuples.
    by_id = {r["id"]: r for r in records}
    for a, b in DUPLICATES:
        ra, rb = by_id[a], by_id[b]
        if ra["pub"].date() != rb["pub"].date() or ra["outlet"] == rb["outlet"] or rb["pub"] <= ra["pub"]:
            fail("duplicate pair %s/%s malformed" % (a, b))
        ta = sorted((c[0], c[1], c[2], c[4]) for c in ra["claims"])
        tb = sorted((c[0], c[1], c[2], c[4]) for c in rb["claims"])
        if ta != tb:
            fail("duplicate pair %s/%s has different claims" % (a, b))

    # Recompute shifts: prevailing = last attributed labelled stance, starting from baseline.
    prevailing = {(a, i): s for a, i, s in baseline}
    computed = []
    for r in records:
        for (actor, issue, stance, quote, attributed) in r["claims"]:
            if not attributed:
                continue
            key = (actor, issue)
            if key in prevailing and prevailing[key] != stance:
                computed.append((actor, issue, prevailing[key], stance, r["id"]))
            prevailing[key] = stance
    labelled = [(s["actor"], s["issue"], s["frm"], s["to"], s["article"]) for s in SHIFTS]
    if computed != labelled:
        fail("shifts differ:\n computed %s\n labelled %s" % (computed, labelled))
    shift_articles = sorted(set(s["article"] for s in SHIFTS))
    dup_shift = [b for a, b in DUPLICATES if a in shift_articles]
    if not dup_shift:
        fail("no duplicate pair contains a shift article")
    no_alert = [i for i in ids if i not in shift_articles]

    # Write articles.
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for r in records:
        obj = {"id": r["id"], "published": r["pub"].strftime("%Y-%m-%dT%H:%M:%SZ"), "source": r["source"],
               "url": r["url"], "title": r["title"], "text": r["text"]}
        with open(os.path.join(HERE, "articles", r["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(obj, fh, ensure_ascii=False, indent=2)
            fh.write("\n")

    # Write feeds (newest first).
    feed_paths = []
    for slug, name in OUTLETS.items():
        items = sorted([r for r in records if r["outlet"] == slug], key=lambda r: r["pub"], reverse=True)
        if not items:
            fail("outlet %s has no articles" % slug)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               "    <title>%s</title>" % escape(name),
               "    <link>https://example.org/%s/</link>" % slug,
               "    <description>%s: fictional outlet for the shiftwatch evaluation set %s</description>" % (escape(name), TOPIC),
               "    <language>en</language>",
               "    <lastBuildDate>%s</lastBuildDate>" % format_datetime(items[0]["pub"], usegmt=True)]
        for r in items:
            out += ["    <item>",
                    "      <title>%s</title>" % escape(r["title"]),
                    "      <link>%s</link>" % escape(r["url"]),
                    '      <guid isPermaLink="true">%s</guid>' % escape(r["url"]),
                    "      <pubDate>%s</pubDate>" % format_datetime(r["pub"], usegmt=True),
                    "      <description>%s</description>" % escape(r["text"]),
                    "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        path = os.path.join(HERE, "feeds", slug + ".xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out))
        feed_paths.append(path)

    # Write labels.
    labels = {
        "claims": {r["id"]: [{"actor": c[0], "issue": c[1], "stance": c[2], "quote": c[3], "attributed": c[4]}
                             for c in r["claims"]] for r in records},
        "shifts": [{"actor": s["actor"], "issue": s["issue"], "from": s["frm"], "to": s["to"],
                    "article": s["article"], "why": s["why"]} for s in SHIFTS],
        "no_alert_articles": no_alert,
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    # Validate feeds with xmllint.
    for path in feed_paths:
        res = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if res.returncode != 0:
            fail("xmllint failed on %s: %s" % (path, res.stderr))

    # Set-level requirements.
    all_claims = [c for r in records for c in r["claims"]]
    stance_counts = {s: sum(1 for c in all_claims if c[2] == s) for s in ("support", "oppose", "conditional")}
    n_false = sum(1 for c in all_claims if not c[4])
    empty = [r["id"] for r in records if not r["claims"]]
    reversals = [s for s in SHIFTS if {s["frm"], s["to"]} == {"support", "oppose"}]
    if not 60 <= len(all_claims) <= 90:
        fail("need 60-90 claims, got %d" % len(all_claims))
    if stance_counts["conditional"] < 6 or min(stance_counts.values()) == 0:
        fail("stance mix %s" % stance_counts)
    if not 5 <= len(SHIFTS) <= 8:
        fail("need 5-8 shifts")
    if len(reversals) > 2:
        fail("more than two straight support/oppose reversals")
    if not any("conditional" in (s["frm"], s["to"]) for s in SHIFTS):
        fail("no shift to or from conditional")
    if not 3 <= len(empty) <= 4:
        fail("need 3-4 articles without claims, got %s" % empty)
    if n_false == 0:
        fail("need some attributed: false claims")

    words = [len(r["text"].split()) for r in records]
    print("OK: %d articles (%d-%d words), %d claims %s, %d attributed false, %d shifts in %d articles, "
          "%d no-alert articles, no-claim articles %s, %d feeds pass xmllint"
          % (n, min(words), max(words), len(all_claims), stance_counts, n_false, len(SHIFTS),
             len(shift_articles), len(no_alert), empty, len(feed_paths)))


if __name__ == "__main__":
    main()
