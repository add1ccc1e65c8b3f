#!/usr/bin/env python3
"""Builds the black-sea-grain-2023 labelled timeline (articles, feeds, labels) and validates it.

Self-contained: python3 build.py  (writes articles/, feeds/, labels.json next to this file, then checks them).
watchlist.yaml and README.md are hand-written; this script reads watchlist.yaml only to validate ids.
"""
import json, os, re, sys, subprocess
from email.utils import format_datetime
from datetime import datetime, timezone
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

OUTLETS = {
    "pontus-wire": "Pontus Wire",
    "bosporus-ledger": "Bosporus Ledger",
    "tidewater-news": "Tidewater News",
    "harvest-daily": "Harvest Daily",
    "crossroads-post": "Crossroads Post",
}

S, O, C = "support", "oppose", "conditional"

# (id, published UTC, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
A = []
def art(i, pub, outlet, slug, title, text, claims):
    A.append(dict(id=i, published=pub, outlet=outlet, slug=slug, title=title, text=text.strip(), claims=claims))

art("001", "2022-07-22T15:30:00Z", "pontus-wire", "russia-ukraine-sign-grain-deals",
    "Russia and Ukraine sign separate deals to reopen Black Sea grain ports",
"""ISTANBUL, July 22 (Pontus Wire) - Russia and Ukraine signed separate agreements with Turkey and the United Nations on Friday to reopen three Ukrainian Black Sea ports to grain shipments, the first significant accord between the warring sides since the invasion in February.

The Black Sea Grain Initiative, signed at a ceremony in Istanbul's Dolmabahce Palace, provides for safe passage of ships carrying grain and fertiliser from Odesa, Chornomorsk and Pivdennyi. Vessels will be inspected by joint teams in Turkish waters, and a coordination centre staffed by all four parties will oversee the route. The arrangement runs for 120 days and can be rolled over.

UN Secretary-General Antonio Guterres called the deal "a beacon of hope" for countries facing hunger. President Tayyip Erdogan said Turkey would do its part to keep the corridor running for as long as it was needed.

Defence Minister Sergei Shoigu signed for Russia and Infrastructure Minister Oleksandr Kubrakov for Ukraine; the two delegations did not sign the same document.

In a separate memorandum, the United Nations committed itself to helping Russian food and fertiliser reach world markets without obstruction.""",
[("un", "grain-deal-renewed", S, 'called the deal "a beacon of hope" for countries facing hunger', True),
 ("turkey", "grain-deal-renewed", S, "Turkey would do its part to keep the corridor running", True),
 ("russia", "grain-deal-renewed", S, "Defence Minister Sergei Shoigu signed for Russia", True),
 ("ukraine", "grain-deal-renewed", S, "Infrastructure Minister Oleksandr Kubrakov for Ukraine", True),
 ("un", "ease-russian-farm-curbs", S, "the United Nations committed itself to helping Russian food and fertiliser reach world markets", True)])

art("002", "2022-07-24T09:00:00Z", "bosporus-ledger", "missiles-hit-odesa-port-after-deal",
    "Missiles hit Odesa port a day after grain deal signed",
"""ODESA, Ukraine, July 24 (Bosporus Ledger) - Russian cruise missiles struck the port of Odesa on Saturday, less than a day after Moscow signed a deal to let Ukrainian grain leave the city's docks, drawing accusations from Kyiv that Russia could not be trusted to keep its word.

President Volodymyr Zelensky called the strike barbarism. His government nevertheless said it would press ahead with preparations to restart exports under the agreement, and Infrastructure Minister Oleksandr Kubrakov said technical work at the ports was continuing.

In Ankara, Turkish Defence Minister Hulusi Akar said Russian officials had told him Moscow had nothing to do with the attack. On Sunday, however, Russian Foreign Ministry spokeswoman Maria Zakharova said the missiles had destroyed a Ukrainian warship and a store of US-supplied weapons in the port.

Kremlin spokesman Dmitry Peskov said the strike was aimed only at military infrastructure and should not affect the start of grain shipments.

Some shipping insurers said they would wait to see the first convoys move before quoting cover for the route.""",
[("ukraine", "grain-deal-renewed", S, "it would press ahead with preparations to restart exports under the agreement", True),
 ("russia", "grain-deal-renewed", S, "should not affect the start of grain shipments", True)])

art("003", "2022-08-01T08:45:00Z", "tidewater-news", "first-grain-ship-leaves-odesa",
    "First grain ship leaves Odesa under UN-brokered deal",
"""ODESA, Aug 1 (Tidewater News) - The Sierra Leone-flagged Razoni left Odesa on Monday with about 26,000 tonnes of maize bound for Lebanon, the first cargo ship to sail from a Ukrainian port under the Black Sea grain deal.

Turkey's defence ministry said the ship would be inspected off Istanbul by the joint coordination centre before continuing its journey. Ukraine's infrastructure minister, Oleksandr Kubrakov, said 16 more loaded vessels were waiting their turn and that Kyiv expected the corridor to carry millions of tonnes in the coming months.

The Kremlin welcomed the departure. Spokesman Dmitry Peskov called it "very positive" news and said it was a chance to test how well the mechanisms agreed in Istanbul would work.

Traders in Europe said it was too early to tell whether shipowners would come back to the route in numbers, and several said war-risk insurance would decide how quickly volumes recovered.""",
[("ukraine", "grain-deal-renewed", S, "Kyiv expected the corridor to carry millions of tonnes in the coming months", True),
 ("russia", "grain-deal-renewed", S, 'Peskov called it "very positive" news', True)])

art("004", "2022-08-18T16:20:00Z", "harvest-daily", "erdogan-guterres-meet-zelensky-lviv",
    "Erdogan and Guterres meet Zelensky in Lviv, vow to keep grain flowing",
"""LVIV, Ukraine, Aug 18 (Harvest Daily) - Turkish President Tayyip Erdogan and UN Secretary-General Antonio Guterres met President Volodymyr Zelensky in the western Ukrainian city of Lviv on Thursday, their first joint visit since the grain corridor opened.

Erdogan said the corridor had shown what diplomacy could achieve and that Turkey wanted it to continue. Guterres, who travels to Odesa on Friday to watch grain being loaded, said the deal had to be protected for the sake of the world's poorest.

Zelensky said Ukraine would keep its side of the agreement. He said the talks had focused more on the Zaporizhzhia nuclear plant than on shipping, and that he had asked Erdogan to raise the fate of prisoners of war with Moscow.

The meeting came as the number of ships leaving Ukrainian ports under the arrangement climbed past 25. Guterres's trip to Odesa will be his first visit to the port city since the war began.""",
[("turkey", "grain-deal-renewed", S, "Turkey wanted it to continue", True),
 ("un", "grain-deal-renewed", S, "said the deal had to be protected for the sake of the world's poorest", True),
 ("ukraine", "grain-deal-renewed", S, "Ukraine would keep its side of the agreement", True)])

art("005", "2022-09-07T11:10:00Z", "pontus-wire", "putin-says-grain-deal-favours-europe",
    "Putin says grain deal favours Europe, complains Russian exports still blocked",
"""VLADIVOSTOK, Russia, Sept 7 (Pontus Wire) - President Vladimir Putin said on Wednesday that most of the grain leaving Ukraine under the Black Sea deal was going to the European Union rather than to the poorest countries, and that he would raise the question of limiting the cargoes' destinations with Turkey's Tayyip Erdogan.

Speaking at an economic forum in Vladivostok, Putin said Western promises to remove obstacles to Russia's own grain and fertiliser exports had not been kept. He said those exports should be freed from the restrictions that were still blocking them.

UN figures published the same week showed about 30 percent of the shipments had gone to low- and lower-middle-income countries, and UN officials noted that much of the rest was animal feed bought on commercial terms.

Grain analysts in Paris said Putin's remarks could be an opening bid before the deal comes up for renewal in November, and that Moscow might try to trade its consent for relief on payments.""",
[("russia", "ease-russian-farm-curbs", S, "those exports should be freed from the restrictions that were still blocking them", True)])

art("006", "2022-09-22T19:30:00Z", "crossroads-post", "zelensky-ammonia-for-prisoners",
    "Zelensky says Ukraine could let Russian ammonia through in exchange for prisoners",
"""NEW YORK, Sept 22 (Crossroads Post) - Ukraine would consider letting Russia pump ammonia through its territory to the Black Sea again, but only in exchange for the release of Ukrainian prisoners of war, President Volodymyr Zelensky said on Thursday.

Russia has pressed for the reopening of the pipeline that carried ammonia from Togliatti on the Volga to the Odesa area before the war, and the United Nations has been working to add the chemical, a key fertiliser ingredient, to the grain arrangement.

Zelensky, who addressed the UN General Assembly by video this week, said he was against helping Russia earn money from ammonia while it waged war on Ukraine. He said the only deal he could accept would be ammonia for prisoners.

UN officials said talks on the pipeline were continuing. The Kremlin did not immediately respond.

Ukraine shut the pipeline after Russia's invasion in February. Restarting it would also require repairs and the agreement of the operators on both sides.""",
[("ukraine", "ammonia-pipeline", C, "would consider letting Russia pump ammonia through its territory to the Black Sea again", True),
 ("russia", "ammonia-pipeline", S, "Russia has pressed for the reopening of the pipeline", False),
 ("un", "ammonia-pipeline", S, "the United Nations has been working to add the chemical", False)])

art("007", "2022-10-12T17:00:00Z", "harvest-daily", "grynspan-vershinin-geneva-talks",
    "UN trade chief presses for Russian ammonia exports in Geneva talks",
"""GENEVA, Oct 12 (Harvest Daily) - UN trade chief Rebeca Grynspan held talks with Russian Deputy Foreign Minister Sergei Vershinin in Geneva on Wednesday on removing obstacles to Russian grain and fertiliser exports, five weeks before the Black Sea grain deal is due to expire.

Grynspan, who leads the UN's work on the Russian side of the July package, said the organisation was pushing banks, insurers and shipping firms to handle Russian farm goods, which Western governments say are not covered by their sanctions. She said restarting ammonia exports through the pipeline to Odesa was a priority.

Vershinin said Moscow expected its own exports to be unblocked in practice, not only on paper. Asked whether Russia would agree to renew the corridor when it runs out in November, he declined to say.

A diplomat in Geneva familiar with the talks said Moscow appeared to be collecting leverage ahead of the deadline.""",
[("un", "ease-russian-farm-curbs", S, "pushing banks, insurers and shipping firms to handle Russian farm goods", True),
 ("un", "ammonia-pipeline", S, "restarting ammonia exports through the pipeline to Odesa was a priority", True),
 ("russia", "ease-russian-farm-curbs", S, "Moscow expected its own exports to be unblocked in practice", True)])

art("008", "2022-10-29T13:40:00Z", "bosporus-ledger", "russia-suspends-grain-deal",
    "Russia suspends participation in Black Sea grain deal after Sevastopol attack",
"""MOSCOW, Oct 29 (Bosporus Ledger) - Russia said on Saturday it was suspending its participation in the Black Sea grain deal indefinitely, after what it called a massive drone attack on its Black Sea Fleet in Sevastopol in Russian-annexed Crimea.

The Russian defence ministry said it could no longer guarantee the safety of civilian ships using the corridor and accused Ukraine of using it to cover the attack, which it said had been prepared with British help. London denied the claim.

Ukrainian Foreign Minister Dmytro Kuleba accused Moscow of using a false pretext and urged all states to press Russia to stop its "hunger games" and recommit to the deal. Ukraine neither confirmed nor denied a role in the attack.

The United Nations said it was in contact with Russian officials and hoped the suspension would be short. More than 200 ships had been waiting off Istanbul for inspection when the announcement came.""",
[("russia", "grain-deal-renewed", O, "suspending its participation in the Black Sea grain deal indefinitely", True),
 ("ukraine", "grain-deal-renewed", S, 'press Russia to stop its "hunger games" and recommit to the deal', True),
 ("un", "grain-deal-renewed", S, "hoped the suspension would be short", True)])

art("009", "2022-10-30T21:15:00Z", "tidewater-news", "un-turkey-ukraine-keep-ships-moving",
    "UN, Turkey and Ukraine plan sailings without Russia; Biden calls suspension outrageous",
"""WASHINGTON/ISTANBUL, Oct 30 (Tidewater News) - The United Nations, Turkey and Ukraine agreed on Sunday on a plan to keep ships moving through the Black Sea grain corridor on Monday despite Russia's suspension, the UN coordinator for the initiative said.

Sixteen vessels were set to sail, and inspectors from the three delegations would check ten inbound ships without Russian teams. Moscow had been informed of the plan, the coordinator said.

US President Joe Biden called Russia's move "purely outrageous" and said it would increase starvation. Secretary of State Antony Blinken said Washington urged Moscow to reverse its decision and resume its part in the arrangement.

In Ankara, Defence Minister Hulusi Akar said Turkey was in contact with both sides and was working to keep the deal going.

Analysts at a Paris consultancy said Russia might return within days if it received guarantees about the use of the corridor, but cautioned that Moscow could also use the pause to press its own export demands.""",
[("un", "grain-deal-renewed", S, "agreed on Sunday on a plan to keep ships moving", True),
 ("ukraine", "grain-deal-renewed", S, "agreed on Sunday on a plan to keep ships moving", True),
 ("usa", "grain-deal-renewed", S, "urged Moscow to reverse its decision and resume its part in the arrangement", True),
 ("turkey", "grain-deal-renewed", S, "was working to keep the deal going", True)])

art("010", "2022-10-31T16:50:00Z", "harvest-daily", "ships-sail-without-russia",
    "Grain ships sail without Russia as Erdogan vows to press on",
"""ISTANBUL, Oct 31 (Harvest Daily) - A dozen cargo ships sailed through the Black Sea grain corridor on Monday without Russia's participation, as Turkey said it would keep the arrangement going even though Moscow had walked away.

President Tayyip Erdogan told a business forum in Istanbul that Turkey would press on with its efforts even if Russia hesitated, and said he expected to speak to Vladimir Putin about the corridor.

Kremlin spokesman Dmitry Peskov said the deal was hardly feasible while Russia was warning that it could not guarantee the safety of shipping, and described the sailings as a much riskier affair.

Wheat futures in Chicago, which jumped on Monday morning, eased later in the session.

Shipbrokers said a handful of owners had pulled out of charters fixed for November, citing uncertainty over insurance cover.""",
[("turkey", "grain-deal-renewed", S, "Turkey would press on with its efforts even if Russia hesitated", True),
 ("russia", "grain-deal-renewed", O, "the deal was hardly feasible", True)])

art("011", "2022-11-02T12:30:00Z", "pontus-wire", "russia-resumes-grain-deal",
    "Russia rejoins Black Sea grain deal after Ukrainian guarantees",
"""MOSCOW, Nov 2 (Pontus Wire) - Russia said on Wednesday it would resume its participation in the Black Sea grain deal, four days after suspending it, saying it had received written guarantees from Ukraine that the corridor would not be used for military operations.

The Russian defence ministry said the guarantees had been obtained with the help of the United Nations and Turkey and that Moscow considered them sufficient for now.

President Vladimir Putin said later that Russia reserved the right to withdraw again if Ukraine broke its commitments. He said Russia would in any case be willing to supply grain free of charge to the poorest countries.

Turkish President Tayyip Erdogan disclosed the Russian decision before Moscow did, telling lawmakers in Ankara that shipments would resume from midday. He said he had spoken to Putin the day before.

Ukraine's government did not comment on the guarantees. Officials in Kyiv said shipping had continued throughout the suspension.""",
[("russia", "grain-deal-renewed", S, "it would resume its participation in the Black Sea grain deal", True)])

art("012", "2022-11-02T14:05:00Z", "crossroads-post", "moscow-returns-to-grain-corridor",
    "Moscow returns to grain corridor, citing Kyiv's guarantees",
"""MOSCOW, Nov 2 (Crossroads Post) - Russia said on Wednesday it would resume its participation in the Black Sea grain deal, reversing a suspension announced four days earlier, after receiving written guarantees from Ukraine that the sea lane would not be used for military purposes.

According to the Russian defence ministry, the guarantees were secured with the help of the United Nations and Turkey, and Moscow regarded them as sufficient for the time being.

President Vladimir Putin later said Russia kept the right to pull out again if Ukraine broke its word. He added that Russia would supply grain to the poorest countries free of charge in any case.

Turkish President Tayyip Erdogan announced the Russian decision ahead of Moscow, telling lawmakers in Ankara that shipments would restart at midday, and said he had talked to Putin the previous day.

There was no comment from Ukraine's government on the guarantees. Officials in Kyiv said ships had kept sailing throughout the suspension.""",
[("russia", "grain-deal-renewed", S, "it would resume its participation in the Black Sea grain deal", True)])

art("013", "2022-11-17T10:20:00Z", "bosporus-ledger", "grain-deal-extended-120-days",
    "Black Sea grain deal rolled over for 120 days",
"""ISTANBUL, Nov 17 (Bosporus Ledger) - The Black Sea grain deal will be extended for another 120 days from Saturday, the United Nations and Turkey said on Thursday, allowing Ukrainian grain exports to continue through the winter.

UN Secretary-General Antonio Guterres welcomed the agreement of all parties to continue the initiative and said the UN remained fully committed to removing the remaining obstacles to exports of Russian food and fertilisers.

Shipping through the corridor is now set to continue into March. Ukraine had asked for a longer term and for the port of Mykolaiv to be added, but neither request was taken up.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Russia had not objected to the rollover but that the part of the package covering Russian exports still needed to be carried out.

The deal had been due to expire on Nov 19. It has carried more than 11 million tonnes of grain and other food since August.""",
[("un", "grain-deal-renewed", S, "welcomed the agreement of all parties to continue the initiative", True),
 ("un", "ease-russian-farm-curbs", S, "remained fully committed to removing the remaining obstacles to exports of Russian food", True),
 ("russia", "grain-deal-renewed", S, "Russia had not objected to the rollover", True),
 ("russia", "ease-russian-farm-curbs", S, "the part of the package covering Russian exports still needed to be carried out", True)])

art("014", "2023-01-18T15:00:00Z", "tidewater-news", "ukraine-accuses-russia-slowing-inspections",
    "Ukraine accuses Russia of slowing grain ship inspections",
"""KYIV, Jan 18 (Tidewater News) - Ukraine accused Russia on Wednesday of deliberately slowing inspections of ships under the Black Sea grain deal, saying more than 100 vessels were waiting in Turkish waters and exports had fallen sharply since the autumn.

Infrastructure Minister Oleksandr Kubrakov said Russian inspectors at the joint centre in Istanbul were holding up the checks and called on the United Nations and Turkey to make sure the corridor worked at full capacity. He said Ukraine was losing millions of dollars a month in lost exports.

Russian diplomats rejected the accusation, saying delays were caused by the number of ships and by Ukraine's own demands. They did not say whether Moscow would accept more inspection teams.

Moscow, which agreed in November to roll the deal over, has complained for months that its own farm exports still face obstacles. The current term ends in mid-March.

A UN spokesperson said the organisation was working with all parties to reduce the backlog.""",
[("ukraine", "grain-deal-renewed", S, "make sure the corridor worked at full capacity", True),
 ("russia", "ease-russian-farm-curbs", S, "has complained for months that its own farm exports still face obstacles", False)])

art("015", "2023-02-22T12:00:00Z", "harvest-daily", "traders-brace-for-grain-deal-deadline",
    "Traders brace for another grain-deal deadline",
"""LONDON, Feb 22 (Harvest Daily) - Grain traders and shipowners are bracing for another round of brinkmanship over the Black Sea corridor, which expires in less than a month, with no sign yet of formal talks on a further extension.

Several analysts said they expected Moscow to use the deadline to press again for relief for its farm exports, and one London broker put the chance of a smooth rollover at no better than even. Others argued that Russia's interest in keeping Turkey on side would make a walkout unlikely.

Asked about the deal's prospects, Kremlin spokesman Dmitry Peskov told reporters it was too early to say and declined to comment further. The UN said discussions with all sides were continuing but gave no details.

The corridor has carried more than 20 million tonnes of foodstuffs since August, according to UN data. Insurance rates for the route have fallen since the autumn but remain well above pre-war levels.""",
[])

art("016", "2023-03-13T18:30:00Z", "pontus-wire", "russia-offers-60-day-extension",
    "Russia says it will extend grain deal only for 60 days",
"""GENEVA, March 13 (Pontus Wire) - Russia is willing to extend the Black Sea grain deal beyond March 18, but only for 60 days, Deputy Foreign Minister Sergei Vershinin said on Monday after talks with senior UN officials in Geneva.

Vershinin said any later extension would depend on concrete progress on Russia's own agricultural exports, including payments, logistics and insurance, and the reconnection of the state farm lender Rosselkhozbank to the SWIFT payments system.

He said Moscow had seen no real change on those points since the package was signed in July.

The talks were held with UN aid chief Martin Griffiths and UN trade chief Rebeca Grynspan. A UN spokesman confirmed the meeting had taken place but did not comment on the 60-day proposal.

The original deal and its November rollover each ran for 120 days.""",
[("russia", "grain-deal-renewed", C, "any later extension would depend on concrete progress on Russia's own agricultural exports", True),
 ("russia", "rosselkhozbank-swift", S, "the reconnection of the state farm lender Rosselkhozbank to the SWIFT payments system", True),
 ("russia", "ease-russian-farm-curbs", S, "progress on Russia's own agricultural exports, including payments, logistics and insurance", True)])

art("017", "2023-03-14T11:45:00Z", "crossroads-post", "kyiv-rejects-60-day-term",
    "Kyiv rejects Moscow's 60-day grain deal offer",
"""KYIV, March 14 (Crossroads Post) - Ukraine rejected on Tuesday Russia's offer to extend the Black Sea grain deal for only 60 days, saying the agreement signed in Istanbul provided for a rollover of at least 120 days and could not be rewritten by one party.

Infrastructure Minister Oleksandr Kubrakov said Kyiv would keep working with the United Nations and Turkey on a full extension. He said a shorter term would only add to the uncertainty that was already keeping shipowners away.

Ukrainian officials also dismissed Moscow's attempt to tie the corridor to the easing of sanctions, saying the grain deal was a humanitarian arrangement and not a bargaining chip.

Ankara, which hosts the coordination centre, has not commented on the length of the next term. Turkish officials have said privately that they expect a compromise before the deadline on Saturday.""",
[("ukraine", "grain-deal-renewed", S, "Kyiv would keep working with the United Nations and Turkey on a full extension", True),
 ("ukraine", "ease-russian-farm-curbs", O, "dismissed Moscow's attempt to tie the corridor to the easing of sanctions", True)])

art("018", "2023-03-18T17:10:00Z", "bosporus-ledger", "grain-deal-extended-length-disputed",
    "Grain deal extended, but Moscow and Kyiv differ on how long",
"""ANKARA, March 18 (Bosporus Ledger) - The Black Sea grain deal was extended on Saturday, hours before it was due to expire, but the parties gave conflicting accounts of how long the new term would last.

President Tayyip Erdogan announced the extension without giving a length. Ukrainian Infrastructure Minister Oleksandr Kubrakov said the deal had been renewed for 120 days, and UN Secretary-General Antonio Guterres welcomed the continuation of the initiative, which he said was critical to global food security.

Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow had informed all sides that it agreed to a 60-day extension only. Further steps would depend on whether the obstacles to Russian exports were removed, she said.

Diplomats in Geneva said the ambiguity had been left deliberately so that none of the parties had to back down before the deadline.""",
[("turkey", "grain-deal-renewed", S, "President Tayyip Erdogan announced the extension without giving a length", True),
 ("ukraine", "grain-deal-renewed", S, "the deal had been renewed for 120 days", True),
 ("un", "grain-deal-renewed", S, "welcomed the continuation of the initiative", True),
 ("russia", "grain-deal-renewed", C, "it agreed to a 60-day extension only", True),
 ("russia", "ease-russian-farm-curbs", S, "Further steps would depend on whether the obstacles to Russian exports were removed", True)])

art("019", "2023-04-07T14:25:00Z", "tidewater-news", "lavrov-warns-in-ankara",
    "Lavrov warns in Ankara that grain deal will lapse without progress on Russian exports",
"""ANKARA, April 7 (Tidewater News) - Russian Foreign Minister Sergei Lavrov warned on Friday that Moscow would not agree to extend the Black Sea grain deal again in May unless obstacles to Russia's own farm exports were removed.

Speaking after talks in Ankara with his Turkish counterpart Mevlut Cavusoglu, Lavrov said the part of the package dealing with Russian grain and fertiliser had not been implemented. He said Russia would decide on its next steps only when it saw results.

Cavusoglu said Turkey wanted the corridor to continue and believed it should run for a longer term. He also said the remaining obstacles to Russian grain and fertiliser exports should be removed so that the arrangement could work as a whole.

The 60-day term agreed by Moscow in March runs out on May 18. Grain loadings at Ukrainian ports have slowed since February, according to UN data.""",
[("russia", "grain-deal-renewed", C, "would not agree to extend the Black Sea grain deal again in May unless", True),
 ("russia", "ease-russian-farm-curbs", S, "the part of the package dealing with Russian grain and fertiliser had not been implemented", True),
 ("turkey", "grain-deal-renewed", S, "Turkey wanted the corridor to continue", True),
 ("turkey", "ease-russian-farm-curbs", S, "the remaining obstacles to Russian grain and fertiliser exports should be removed", True)])

art("020", "2023-04-24T22:00:00Z", "harvest-daily", "russia-hands-un-list-of-demands",
    "Russia hands UN its list of demands for keeping grain deal alive",
"""UNITED NATIONS, April 24 (Harvest Daily) - Russia set out on Monday what it would need to keep the Black Sea grain deal alive beyond May 18, handing UN officials a list that begins with reconnecting its agricultural bank, Rosselkhozbank, to the SWIFT system.

Foreign Minister Sergei Lavrov, in New York to chair a Security Council meeting, said the list also covered spare parts for farm machinery, insurance for Russian ships, access to foreign ports, the unfreezing of Russian fertiliser companies' assets and the restart of the Togliatti-Odesa ammonia pipeline.

US Ambassador Linda Thomas-Greenfield said Russian food and fertiliser were not under US sanctions and that Washington would not back lifting sanctions on a Russian bank to buy Moscow's cooperation. She said Russia was free to sell its grain.

A European diplomat said the EU was unlikely to reconsider its own restrictions on the bank before the summer.""",
[("russia", "rosselkhozbank-swift", S, "a list that begins with reconnecting its agricultural bank, Rosselkhozbank, to the SWIFT system", True),
 ("russia", "ammonia-pipeline", S, "the restart of the Togliatti-Odesa ammonia pipeline", True),
 ("russia", "ease-russian-farm-curbs", S, "spare parts for farm machinery, insurance for Russian ships, access to foreign ports", True),
 ("russia", "grain-deal-renewed", C, "what it would need to keep the Black Sea grain deal alive", True),
 ("usa", "rosselkhozbank-swift", O, "would not back lifting sanctions on a Russian bank to buy Moscow's cooperation", True)])

art("021", "2023-05-05T13:30:00Z", "crossroads-post", "kyiv-offers-ammonia-talks-for-wider-corridor",
    "Kyiv offers ammonia talks if grain corridor is widened",
"""KYIV, May 5 (Crossroads Post) - Ukraine is ready to discuss letting Russian ammonia flow to the Black Sea through its territory if the grain corridor is widened to include the ports of the Mykolaiv region and a broader range of goods, Infrastructure Minister Oleksandr Kubrakov said on Friday.

The offer came as the United Nations sought a formula to keep the grain deal going beyond May 18. Russia has made the reopening of the Togliatti-Odesa ammonia pipeline one of its conditions.

Kubrakov said Ukraine wanted the initiative extended for a longer period rather than held hostage every two months. He said Kyiv had put its proposals to the UN and Turkey in writing.

A Russian diplomat in Geneva dismissed the idea of adding ports as an attempt to shift the discussion away from Moscow's demands. The UN declined to comment on the details of the talks.""",
[("ukraine", "ammonia-pipeline", C, "ready to discuss letting Russian ammonia flow to the Black Sea through its territory", True),
 ("ukraine", "grain-deal-renewed", S, "Ukraine wanted the initiative extended for a longer period", True),
 ("russia", "ammonia-pipeline", S, "Russia has made the reopening of the Togliatti-Odesa ammonia pipeline one of its conditions", False)])

art("022", "2023-05-17T10:05:00Z", "pontus-wire", "erdogan-announces-two-month-extension",
    "Erdogan announces two-month extension of Black Sea grain deal",
"""ANKARA, May 17 (Pontus Wire) - The Black Sea grain deal has been extended for another two months, President Tayyip Erdogan said on Wednesday, a day before it was due to expire.

Erdogan thanked Russia, Ukraine and the United Nations for their efforts and said Turkey would keep working for the corridor to continue.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Russia had agreed to the 60-day extension to give the deal another chance, but that its demands over Russian agricultural exports still stood and had to be met.

The extension keeps ships moving from Odesa, Chornomorsk and Pivdennyi until mid-July, though the number of inspections carried out each day in Turkish waters has fallen sharply since the winter.

The announcement came as Erdogan campaigned ahead of the May 28 presidential run-off. Shipping data show loadings in Ukrainian ports have fallen to their lowest level since the corridor opened.""",
[("turkey", "grain-deal-renewed", S, "Turkey would keep working for the corridor to continue", True),
 ("russia", "grain-deal-renewed", C, "agreed to the 60-day extension to give the deal another chance, but", True),
 ("russia", "ease-russian-farm-curbs", S, "its demands over Russian agricultural exports still stood and had to be met", True),
])

art("023", "2023-05-17T12:40:00Z", "tidewater-news", "grain-corridor-gets-two-more-months",
    "Grain corridor gets two more months, Erdogan says",
"""ANKARA, May 17 (Tidewater News) - President Tayyip Erdogan said on Wednesday that the Black Sea grain deal had been extended by two months, one day before it was set to lapse.

Erdogan thanked Russia, Ukraine and the United Nations for their efforts, and said Turkey would keep working for the corridor to continue.

Russian Foreign Ministry spokeswoman Maria Zakharova said in Moscow that Russia had agreed to the 60-day extension to give the deal another chance, but that its demands over Russian agricultural exports still stood and had to be met.

The rollover lets ships keep sailing from Odesa, Chornomorsk and Pivdennyi until mid-July, although daily inspections in Turkish waters have dropped sharply since the winter.

Erdogan made the announcement while campaigning for the May 28 presidential run-off. Loadings in Ukrainian ports have dropped to their lowest since the corridor opened, shipping data show.""",
[("turkey", "grain-deal-renewed", S, "Turkey would keep working for the corridor to continue", True),
 ("russia", "grain-deal-renewed", C, "agreed to the 60-day extension to give the deal another chance, but", True),
 ("russia", "ease-russian-farm-curbs", S, "its demands over Russian agricultural exports still stood and had to be met", True),
])

art("024", "2023-06-13T19:20:00Z", "bosporus-ledger", "putin-says-russia-thinking-of-quitting",
    "Putin says Russia is thinking about quitting grain deal",
"""MOSCOW, June 13 (Bosporus Ledger) - President Vladimir Putin said on Tuesday that Russia was thinking about quitting the Black Sea grain deal because promises made to Moscow in return had not been kept, casting doubt on a renewal when the current term ends on July 17.

He told a meeting with Russian war correspondents that the corridor had mostly fed rich countries rather than Africa and that Russia had been cheated.

Kremlin spokesman Dmitry Peskov said later that Moscow could still agree to another extension if its conditions were met, but that the outlook was not good.

The Togliatti-Odesa ammonia pipeline, which Russia wants reopened, was damaged in the Kharkiv region last week. Moscow blamed Ukrainian saboteurs; Kyiv said Russian forces had shelled it themselves.

Shipping data show the number of vessels using the corridor has dropped to its lowest since the deal began.""",
[("russia", "grain-deal-renewed", C, "Moscow could still agree to another extension if its conditions were met", True),
 ("russia", "ammonia-pipeline", S, "which Russia wants reopened", False)])

art("025", "2023-07-12T16:45:00Z", "harvest-daily", "guterres-letter-to-putin-swift-subsidiary",
    "Guterres writes to Putin with SWIFT workaround to save grain deal",
"""NEW YORK, July 12 (Harvest Daily) - UN Secretary-General Antonio Guterres has written to Russian President Vladimir Putin with a proposal to reconnect Russian farm trade to the SWIFT network, in a last effort to keep the Black Sea grain deal alive beyond July 17, his spokesman said on Wednesday.

The proposal would let a subsidiary of the state lender Rosselkhozbank link up to SWIFT for food and fertiliser transactions, an arrangement that would need the backing of the European Union, which cut the bank off last year.

Spokesman Stephane Dujarric said the letter aimed to remove obstacles to Russian exports while keeping Ukrainian grain moving, and that the UN wanted the initiative to continue.

Kremlin spokesman Dmitry Peskov confirmed the letter had arrived but declined to say whether it would change Moscow's decision.

EU officials, speaking privately, said the bloc was weighing the idea but had not taken a decision. The European Commission had no formal comment.""",
[("un", "rosselkhozbank-swift", C, "let a subsidiary of the state lender Rosselkhozbank link up to SWIFT", True),
 ("un", "ease-russian-farm-curbs", S, "remove obstacles to Russian exports while keeping Ukrainian grain moving", True),
 ("un", "grain-deal-renewed", S, "the UN wanted the initiative to continue", True)])

art("026", "2023-07-17T11:15:00Z", "pontus-wire", "russia-refuses-to-extend-grain-deal",
    "Russia refuses to extend Black Sea grain deal",
"""MOSCOW, July 17 (Pontus Wire) - Russia refused on Monday to extend the Black Sea grain deal, letting the year-old arrangement that allowed Ukraine to ship grain by sea expire at the end of the day.

Kremlin spokesman Dmitry Peskov said the agreements had effectively ended because the part concerning Russia had not been carried out. He said the decision was not linked to an attack on the Crimean bridge hours earlier.

The Russian Foreign Ministry said it had formally notified Turkey, Ukraine and the UN Secretariat that Moscow objected to any further extension, and that security guarantees for shipping in the northwest of the Black Sea were being withdrawn.

Grain and shipping markets had largely priced in the move. The last ship to leave under the deal, the TQ Samsun, sailed from Odesa on Sunday with rapeseed for the Netherlands.""",
[("russia", "grain-deal-renewed", O, "Russia refused on Monday to extend the Black Sea grain deal", True),
 ("russia", "ease-russian-farm-curbs", S, "the part concerning Russia had not been carried out", True)])

art("027", "2023-07-17T20:30:00Z", "crossroads-post", "kyiv-un-west-condemn-russian-exit",
    "Kyiv wants corridor kept open as UN and West condemn Russian exit",
"""KYIV, July 17 (Crossroads Post) - Ukraine, the United Nations and Western governments condemned Russia's decision on Monday to end the Black Sea grain deal, and Kyiv said it wanted to keep shipping grain regardless.

President Volodymyr Zelensky said the corridor could and should continue without Russia, and that he had written to Turkey's Tayyip Erdogan and UN Secretary-General Antonio Guterres proposing to keep it running in a three-way format.

Guterres said he deeply regretted the decision and that hundreds of millions of people facing hunger would pay the price.

US Secretary of State Antony Blinken called the move unconscionable and said Russia was using food as a weapon. He urged Moscow to return to the deal at once and dismissed its complaints about its own exports, saying Russian grain and fertiliser had never been under US sanctions.

EU foreign policy chief Josep Borrell said the bloc would not bargain over its sanctions in exchange for food security.""",
[("ukraine", "grain-deal-renewed", S, "the corridor could and should continue without Russia", True),
 ("un", "grain-deal-renewed", S, "he deeply regretted the decision", True),
 ("usa", "grain-deal-renewed", S, "He urged Moscow to return to the deal at once", True),
 ("usa", "russia-drops-conditions", S, "urged Moscow to return to the deal at once and dismissed its complaints", True),
 ("eu", "ease-russian-farm-curbs", O, "the bloc would not bargain over its sanctions in exchange for food security", True),
 ("eu", "russia-drops-conditions", S, "the bloc would not bargain over its sanctions in exchange for food security", True)])

art("028", "2023-07-20T07:55:00Z", "bosporus-ledger", "russia-warns-ships-strikes-odesa",
    "Russia warns ships bound for Ukraine as strikes hit Odesa ports",
"""ODESA, Ukraine, July 20 (Bosporus Ledger) - Russian missiles and drones hit port facilities in Odesa and Chornomorsk for a third night, destroying grain stores, a day after Moscow said it would treat ships heading for Ukrainian ports as possible carriers of military cargo.

The Russian defence ministry said that from Thursday all vessels sailing to Ukrainian Black Sea ports would be regarded as potential military targets, and that the countries whose flags they flew would be considered parties to the conflict.

Ukraine's defence ministry answered with a mirror-image warning for ships bound for Russian ports. Kubrakov said about 60,000 tonnes of grain had been destroyed in the Chornomorsk attack.

The White House said it had information that Russia had laid more sea mines near the approaches to Ukrainian ports.

Turkey's Erdogan said he believed Putin wanted the humanitarian corridor to continue and that he would discuss it with him.""",
[("russia", "grain-deal-renewed", O, "all vessels sailing to Ukrainian Black Sea ports would be regarded as potential military targets", True)])

art("029", "2023-07-28T09:30:00Z", "tidewater-news", "putin-offers-africa-free-grain",
    "Putin offers African states free grain after ending Black Sea deal",
"""ST PETERSBURG, July 28 (Tidewater News) - President Vladimir Putin told African leaders on Thursday that Russia would send six of their countries free grain in the coming months and could replace Ukrainian supplies on commercial terms, after Moscow let the Black Sea grain deal lapse.

Putin said Russia would ship 25,000 to 50,000 tonnes free of charge each to Burkina Faso, Zimbabwe, Mali, Somalia, the Central African Republic and Eritrea. He said the grain corridor had lost its meaning because it had mostly fed rich countries and enriched Western companies.

Several African leaders at the summit, including the head of the African Union, Comoros President Azali Assoumani, urged Moscow to consider reviving the corridor. South Africa's Cyril Ramaphosa said the continent was not asking for gifts.

UN officials said the volumes offered were small compared with the more than 32 million tonnes shipped under the deal.""",
[("russia", "grain-deal-renewed", O, "the grain corridor had lost its meaning", True)])

art("030", "2023-08-16T15:10:00Z", "harvest-daily", "turkey-works-to-revive-grain-deal",
    "Turkey works to bring Russia back to grain deal as first ship uses Ukrainian route",
"""ANKARA, Aug 16 (Harvest Daily) - Turkey is working to bring Russia back into the Black Sea grain deal, Foreign Minister Hakan Fidan said on Wednesday, as the first merchant ship used a temporary route announced by Ukraine to leave Odesa.

Fidan said Ankara was in close contact with Moscow, Kyiv and the United Nations and believed the initiative could be revived.

In Moscow, Foreign Ministry spokeswoman Maria Zakharova denied reports that Russia was ready to drop its demands in order to return, saying nothing had changed in Moscow's position.

The Hong Kong-flagged container ship Joseph Schulte left Odesa through the new Ukrainian corridor, which hugs the coasts of Romania and Bulgaria. Kyiv said the route was meant for ships stuck in port since the war began. Russia's defence ministry did not comment on the sailing.""",
[("turkey", "grain-deal-renewed", S, "Turkey is working to bring Russia back into the Black Sea grain deal", True),
 ("russia", "russia-drops-conditions", O, "denied reports that Russia was ready to drop its demands in order to return", True)])

art("031", "2023-09-04T17:40:00Z", "pontus-wire", "putin-erdogan-sochi-grain",
    "Putin tells Erdogan Russia could revive grain deal once its demands are met",
"""SOCHI, Russia, Sept 4 (Pontus Wire) - President Vladimir Putin said on Monday that Russia would be ready to consider reviving the Black Sea grain deal once the West met its obligations on Russian agricultural exports, but he gave no ground on his demands after talks with Turkey's Tayyip Erdogan.

At a joint news conference at his residence in Sochi, Putin said Russia would return as soon as the commitments to Russia were fully met.

Erdogan said he believed a solution could be found soon and that Turkey would keep up its efforts with the United Nations to restore the corridor.

Putin also said Russia was close to a deal to ship up to one million tonnes of cheap grain to Turkey for processing and onward delivery to poorer countries, with financial help from Qatar.

Analysts in Ankara said the meeting had produced no breakthrough.""",
[("russia", "grain-deal-renewed", C, "ready to consider reviving the Black Sea grain deal once the West met its obligations", True),
 ("russia", "russia-drops-conditions", O, "he gave no ground on his demands", True),
 ("russia", "ease-russian-farm-curbs", S, "the West met its obligations on Russian agricultural exports", True),
 ("turkey", "grain-deal-renewed", S, "Turkey would keep up its efforts with the United Nations to restore the corridor", True)])

art("032", "2023-09-22T21:00:00Z", "crossroads-post", "lavrov-dismisses-un-grain-proposals",
    "Lavrov says UN grain proposals give Russia nothing to rely on",
"""NEW YORK, Sept 22 (Crossroads Post) - Russian Foreign Minister Sergei Lavrov said on Friday that the latest United Nations proposals for reviving the Black Sea grain deal offered nothing Russia could rely on, and that Moscow's conditions for returning were unchanged.

Lavrov met UN Secretary-General Antonio Guterres on the sidelines of the General Assembly. Guterres, who sent Lavrov a set of proposals last month, said he would not give up on restoring the corridor.

Lavrov said the UN had tried hard but that the West had not let it deliver, and he repeated Russia's demand for the reconnection of Rosselkhozbank to SWIFT.

Ukrainian President Volodymyr Zelensky, who spoke at the Security Council earlier in the week, said Ukraine's own corridor was already working and that Kyiv would not wait for Moscow.

Grain prices were little changed on the news.""",
[("russia", "russia-drops-conditions", O, "Moscow's conditions for returning were unchanged", True),
 ("russia", "grain-deal-renewed", C, "Moscow's conditions for returning were unchanged", True),
 ("russia", "rosselkhozbank-swift", S, "repeated Russia's demand for the reconnection of Rosselkhozbank to SWIFT", True),
 ("un", "grain-deal-renewed", S, "he would not give up on restoring the corridor", True)])

SHIFTS = [
 ("ukraine", "ammonia-pipeline", O, C, "006", "Zelensky says Ukraine would consider letting Russian ammonia through, but only in exchange for prisoners; Kyiv had kept the pipeline shut since the invasion (baseline)."),
 ("russia", "grain-deal-renewed", S, O, "008", "Russia announces it is suspending its participation indefinitely after the Sevastopol drone attack; it had signed (001) and welcomed the first sailing (003)."),
 ("russia", "grain-deal-renewed", O, S, "011", "Russia says it will resume its participation after Ukraine's written guarantees, four days after the suspension (008, 010)."),
 ("russia", "grain-deal-renewed", S, C, "016", "Vershinin offers only a 60-day extension and ties any later one to progress on Russia's own exports; in November (013) Moscow had not objected to a plain 120-day rollover."),
 ("russia", "grain-deal-renewed", C, O, "026", "Russia refuses to extend the deal and formally notifies the parties of its objection; since March it had agreed to extensions on conditions (016-024)."),
 ("russia", "grain-deal-renewed", O, C, "031", "Putin says Russia would be ready to consider reviving the deal once the West meets its obligations; since July 17 it had refused the deal outright (026, 028, 029)."),
]

DUPES = {"012": "011", "023": "022"}

def words(s):
    return len(s.split())

def write():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for a in A:
        d = a["published"][:10].split("-")
        url = f"https://example.org/{a['outlet']}/{d[0]}/{d[1]}/{d[2]}/{a['slug']}"
        a["url"] = url
        out = {"id": a["id"], "published": a["published"], "source": OUTLETS[a["outlet"]], "url": url,
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", a["id"] + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2); f.write("\n")
    for slug, name in OUTLETS.items():
        items = sorted([a for a in A if a["outlet"] == slug], key=lambda a: a["published"], reverse=True)
        def rfc(p):
            return format_datetime(datetime.strptime(p, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc), usegmt=True)
        parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
                 f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
                 f'    <description>{escape(name)}: fictional outlet for the shiftwatch black-sea-grain-2023 evaluation set</description>',
                 '    <language>en</language>', f'    <lastBuildDate>{rfc(items[0]["published"])}</lastBuildDate>']
        for a in items:
            parts += ['    <item>', f'      <title>{escape(a["title"])}</title>', f'      <link>{a["url"]}</link>',
                      f'      <guid isPermaLink="true">{a["url"]}</guid>', f'      <pubDate>{rfc(a["published"])}</pubDate>',
                      f'      <description>{escape(a["text"])}</description>', '    </item>']
        parts += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w", encoding="utf-8") as f:
            f.write("\n".join(parts))
    shift_articles = sorted({s[4] for s in SHIFTS})
    labels = {
        "claims": {a["id"]: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]] for a in A},
        "shifts": [dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=s[4], why=s[5]) for s in SHIFTS],
        "no_alert_articles": [a["id"] for a in A if a["id"] not in shift_articles],
    }
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=2); f.write("\n")

def read_watchlist():
    # tiny parser sufficient for our own hand-written watchlist.yaml
    txt = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    sec, actors, issues, base = None, set(), set(), []
    for line in txt.splitlines():
        if re.match(r"^(actors|issues|baseline):", line): sec = line.split(":")[0]; continue
        m = re.match(r"^\s*- id: (\S+)", line)
        if m and sec == "actors": actors.add(m.group(1))
        if m and sec == "issues": issues.add(m.group(1))
        m = re.match(r"^\s*- \{actor: (\S+), issue: (\S+), stance: (\S+)\}", line)
        if m and sec == "baseline": base.append(m.groups())
    return actors, issues, base

def validate():
    errs = []
    actors, issues, base = read_watchlist()
    labels = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")))
    if files != sorted(labels["claims"]): errs.append("article files != label ids")
    prev = None
    for a in A:
        art_ = json.load(open(os.path.join(HERE, "articles", a["id"] + ".json"), encoding="utf-8"))
        if prev and art_["published"] < prev: errs.append(f"{a['id']}: not in publication order")
        prev = art_["published"]
        n = words(art_["text"])
        if not 120 <= n <= 260: errs.append(f"{a['id']}: {n} words")
        if f"({art_['source']}) - " not in art_["text"].split("\n")[0]: errs.append(f"{a['id']}: dateline")
        for c in labels["claims"][a["id"]]:
            if c["quote"] not in art_["text"]: errs.append(f"{a['id']}: quote not in text: {c['quote']}")
            if words(c["quote"]) > 15: errs.append(f"{a['id']}: quote too long: {c['quote']}")
            if c["actor"] not in actors: errs.append(f"{a['id']}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{a['id']}: unknown issue {c['issue']}")
            if c["stance"] not in (S, O, C): errs.append(f"{a['id']}: bad stance")
    for b in base:
        if b[0] not in actors or b[1] not in issues: errs.append(f"baseline: unknown {b}")
    for dup, orig in DUPES.items():
        k = lambda cs: sorted((c["actor"], c["issue"], c["stance"]) for c in cs)
        if k(labels["claims"][dup]) != k(labels["claims"][orig]): errs.append(f"dup {dup} claims differ from {orig}")
    # recompute shifts from baseline + attributed claims and compare with the labelled list
    cur = {(b[0], b[1]): b[2] for b in base}
    computed = []
    for a in A:
        for c in labels["claims"][a["id"]]:
            if not c["attributed"]: continue
            key = (c["actor"], c["issue"])
            if key in cur and cur[key] != c["stance"]:
                computed.append((key[0], key[1], cur[key], c["stance"], a["id"]))
            cur[key] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in labels["shifts"]]
    if sorted(computed) != sorted(labelled): errs.append(f"shifts mismatch: computed {computed}")
    ids = {a["id"] for a in A}
    if set(labels["no_alert_articles"]) | {s[4] for s in labelled} != ids: errs.append("no_alert coverage")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    from collections import Counter
    st = Counter(c["stance"] for cs in labels["claims"].values() for c in cs)
    print(f"articles={len(A)} claims={sum(st.values())} {dict(st)} unattributed={sum(1 for cs in labels['claims'].values() for c in cs if not c['attributed'])} shifts={len(labels['shifts'])} empty={[k for k,v in labels['claims'].items() if not v]}")
    print("outlets:", dict(Counter(a["outlet"] for a in A)))
    for e in errs: print("ERROR", e)
    return not errs

if __name__ == "__main__":
    write()
    sys.exit(0 if validate() else 1)
