#!/usr/bin/env python3
"""Build and validate the eu-oil-price-cap-2022 evaluation set (self-contained).

Usage: python3 build.py   (writes articles/, feeds/, labels.json; then validates)
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {
    "CW": ("Continental Wire", "continental-wire"),
    "EP": ("Eastgate Post", "eastgate-post"),
    "SC": ("Strait Courier", "strait-courier"),
    "LL": ("Ledgerline", "ledgerline"),
    "RT": ("Riverbank Times", "riverbank-times"),
}

# Each article: (published, outlet, slug, title, text, claims, shifts)
# claim: (actor, issue, stance, quote, attributed)
# shift: (actor, issue, from, to, why)
A = []

def art(published, outlet, slug, title, text, claims=(), shifts=()):
    A.append(dict(published=published, outlet=outlet, slug=slug, title=title,
                  text=text.strip(), claims=list(claims), shifts=list(shifts)))

S, O, C = "support", "oppose", "conditional"

# ---------------------------------------------------------------- May 2022: sixth package
art("2022-05-04T11:30:00Z", "CW", "von-der-leyen-proposes-russian-oil-ban",
    "Von der Leyen proposes phasing out Russian oil within six months",
    """STRASBOURG, May 4 (Continental Wire) - European Commission President Ursula von der Leyen on Wednesday proposed a ban on Russian oil imports, asking the 27 member states to phase out crude supplies within six months and refined products by the end of the year.

"This will not be easy," she told the European Parliament, adding that the bloc had to cut its dependence on Russian oil in an orderly way that gave buyers time to find other suppliers.

The proposal, part of a sixth package of sanctions over the invasion of Ukraine, would also bar European shipping, insurance and brokering firms from serving tankers that carry Russian oil anywhere in the world. Hungary and Slovakia, which rely on the Soviet-era Druzhba pipeline, would get until the end of 2023 to comply.

The package needs unanimity. Within hours, Hungarian Foreign Minister Peter Szijjarto said Budapest could not vote for the plan in its current form, arguing that it would destroy the security of Hungary's energy supply.

Oil prices rose about 5% on the news.""",
    [("eu-commission", "oil-embargo", S, "proposed a ban on Russian oil imports", True),
     ("eu-commission", "tanker-ban", O, "would also bar European shipping, insurance and brokering firms from serving tankers", True),
     ("hungary", "oil-embargo", O, "Budapest could not vote for the plan in its current form", True)])

art("2022-05-05T16:20:00Z", "RT", "shipping-states-uneasy-over-tanker-ban",
    "Shipping nations uneasy over plan to bar EU tankers from Russian oil trade",
    """ATHENS, May 5 (Riverbank Times) - Greece, Malta and Cyprus have raised concerns about the part of the European Union's new sanctions plan that would stop EU-owned tankers from carrying Russian oil, diplomats said on Thursday.

The three countries, whose fleets carry a large share of the world's seaborne crude, want the shipping ban removed from the package, according to two diplomats who attended a meeting of EU ambassadors in Brussels. They argue that the cargoes would simply move to vessels registered in Asia or the Middle East.

A Greek government spokesman declined to say what Athens had told its partners, saying only that talks were continuing in a constructive spirit. The Union of Greek Shipowners said a unilateral European ban would hurt Europe's merchant fleet without cutting Russia's revenue.

A European Commission spokesperson said the shipping measures were an essential part of the proposal and that the Commission stood by them.""",
    [("greece", "tanker-ban", S, "want the shipping ban removed from the package", False),
     ("eu-commission", "tanker-ban", O, "the shipping measures were an essential part of the proposal", True)])

art("2022-05-06T09:45:00Z", "EP", "orban-atomic-bomb-oil-ban",
    "Orban likens EU oil ban to an 'atomic bomb' for Hungary's economy",
    """BUDAPEST, May 6 (Eastgate Post) - Hungarian Prime Minister Viktor Orban said on Friday that the European Commission's proposed ban on Russian oil would be like dropping an "atomic bomb" on the Hungarian economy, and that Hungary would not accept it.

Speaking on state radio, Orban said landlocked Hungary gets most of its crude through the Druzhba pipeline from Russia and could not switch to other sources in a year and a half. He said the country would need five years and huge investments in its refineries and pipelines.

He said that Hungary wanted the oil that arrives through pipelines to be left out of any ban, so that only deliveries by sea would be covered.

Orban has kept close ties with Moscow while backing earlier rounds of EU sanctions. His government says it pays for Russian oil at market prices and has no alternative route at present.""",
    [("hungary", "oil-embargo", O, "Hungary would not accept it", True),
     ("hungary", "pipeline-exemption", S, "Hungary wanted the oil that arrives through pipelines to be left out of any ban", True)])

art("2022-05-09T19:10:00Z", "SC", "von-der-leyen-flies-to-budapest",
    "Von der Leyen flies to Budapest as oil ban talks stall",
    """BUDAPEST, May 9 (Strait Courier) - Ursula von der Leyen travelled to Budapest on Monday for dinner with Viktor Orban, the latest attempt to unblock the European Union's proposed embargo on Russian oil.

After the meeting the Commission president wrote that the talks had been helpful to clarify questions related to sanctions and energy security, and that progress had been made. She gave no details. Orban's press chief said the two had agreed to keep talking.

Diplomats in Brussels said they still hoped for a deal within days, while analysts at two Budapest think tanks said the government might eventually settle for a longer transition period and EU money for its refineries. A spokesman for the Hungarian government declined to say whether such an offer had been discussed.

EU ambassadors are due to meet again on Wednesday.""",
    [])

art("2022-05-11T13:00:00Z", "LL", "kremlin-says-oil-ban-will-backfire",
    "Kremlin says EU oil ban would hurt Europeans most",
    """MOSCOW, May 11 (Ledgerline) - The Kremlin said on Wednesday that a European ban on Russian oil would hit European consumers harder than Russia, and that Moscow would find other buyers for its crude.

Kremlin spokesman Dmitry Peskov told reporters that the sanctions plan was illegal and that Russia rejected it, adding that the costs would be paid by Europeans at the petrol pump. Russian crude was already flowing in larger volumes to India and China, he said.

In Bratislava and Prague, officials said Slovakia and the Czech Republic also needed more time than the Commission had offered, and would push for extra months before their refineries stop taking Russian crude.

Traders in Moscow said Urals crude was selling at a discount of more than $30 a barrel to Brent.""",
    [("russia", "oil-embargo", O, "the sanctions plan was illegal and that Russia rejected it", True)])

art("2022-05-16T15:40:00Z", "CW", "szijjarto-names-price-for-oil-ban",
    "Hungary names its price for backing EU oil ban",
    """BRUSSELS, May 16 (Continental Wire) - Hungary signalled on Monday that it could lift its veto on a European Union ban on Russian oil, but only if the bloc pays to modernise the country's energy system and leaves its pipeline supplies untouched.

Foreign Minister Peter Szijjarto said before a meeting of EU foreign ministers that Hungary would need between 15 and 18 billion euros to rebuild its refineries and expand a pipeline from Croatia. He said Hungary could support the embargo if those costs were covered and the Druzhba pipeline was exempted.

Lithuania's foreign minister said the whole union was being held hostage by one member state. The ministers ended their meeting without a deal.

The Commission declined to comment on the sums mentioned by Szijjarto.""",
    [("hungary", "oil-embargo", C, "Hungary could support the embargo if those costs were covered", True),
     ("hungary", "pipeline-exemption", S, "the Druzhba pipeline was exempted", True)],
    [("hungary", "oil-embargo", O, C, "Szijjarto says Hungary could support the embargo if the EU covers 15-18 billion euros of modernisation costs and exempts the pipeline; on May 4 and 6 Budapest refused the plan outright.")])

art("2022-05-16T18:05:00Z", "RT", "hungary-wants-billions-for-oil-ban",
    "Hungary wants billions before it backs Russian oil ban",
    """BRUSSELS, May 16 (Riverbank Times) - Hungary indicated on Monday that it could drop its veto of the European Union's planned Russian oil ban, on condition that the EU pays for its energy overhaul and spares its pipeline supplies.

Speaking ahead of talks among EU foreign ministers, Foreign Minister Peter Szijjarto put the cost of modernising Hungary's refineries and enlarging a pipeline from Croatia at 15 to 18 billion euros. He said Hungary could support the embargo if those costs were covered and the Druzhba pipeline was exempted.

The foreign minister of Lithuania accused Budapest of holding the entire union hostage. The meeting broke up without agreement.

A Commission spokesperson declined to comment on the figures.

EU sanctions require the unanimous agreement of all member states, and ambassadors were due to resume talks later in the week.""",
    [("hungary", "oil-embargo", C, "Hungary could support the embargo if those costs were covered", True),
     ("hungary", "pipeline-exemption", S, "the Druzhba pipeline was exempted", True)])

art("2022-05-19T10:15:00Z", "LL", "yellen-floats-price-cap",
    "Yellen floats cap on Russian oil price as alternative to cutting supply",
    """KOENIGSWINTER, Germany, May 19 (Ledgerline) - U.S. Treasury Secretary Janet Yellen on Thursday pressed her Group of Seven counterparts to consider a cap on the price paid for Russian oil, arguing it would cut Moscow's revenue without driving world prices higher.

Yellen told reporters on the sidelines of a G7 finance ministers' meeting that a price cap was one of the options Washington was discussing with its allies. She said it would keep Russian barrels flowing to the world market while limiting what Russia earns from them.

Asked whether Europe's planned embargo could push prices up, she said it was for the European Union to decide how to cut its own imports.

The German hosts said no decision was expected at the meeting, held at a hotel near Bonn.""",
    [("usa", "price-cap", S, "a price cap was one of the options Washington was discussing", True)])

art("2022-05-23T17:25:00Z", "SC", "eu-draft-drops-tanker-ban",
    "EU set to drop tanker ban to win over shipping nations, diplomats say",
    """BRUSSELS, May 23 (Strait Courier) - A revised draft of the European Union's sixth sanctions package no longer includes a ban on EU ships carrying Russian oil, two diplomats said on Monday, in a concession to Greece, Malta and Cyprus.

The diplomats said the Commission had removed the measure after the three shipping states argued it would only hand business to non-European fleets. The draft keeps a ban on EU firms insuring such cargoes, they said. A Commission spokesperson declined to comment on drafts under discussion.

Greek Foreign Minister Nikos Dendias said in Athens that Greece had been clear from the start that the shipping ban must go, because it would move the trade to other flags without hurting Russia.

The Hungarian dispute over the oil embargo itself remained unresolved.""",
    [("eu-commission", "tanker-ban", S, "the Commission had removed the measure", False),
     ("greece", "tanker-ban", S, "Greece had been clear from the start that the shipping ban must go", True)])

art("2022-05-24T20:30:00Z", "EP", "orban-letter-oil-ban-off-agenda",
    "Orban asks EU leaders to keep oil ban off summit agenda",
    """BUDAPEST, May 24 (Eastgate Post) - Viktor Orban has asked European Council President Charles Michel to keep the Russian oil embargo off the agenda of next week's summit, saying Hungary cannot accept the ban and that debating it among leaders would be counterproductive.

In a letter seen by reporters, Orban wrote that the proposal offered no answer to Hungary's problems. Szijjarto said separately that the talks on EU money had come to nothing and that Hungary was rejecting the embargo.

Michel's office said the letter had been received. Diplomats said several capitals were now discussing a narrower ban that would cover only oil shipped by sea, although none would say who had proposed it.

The summit opens on Monday. Slovakia and the Czech Republic, which also rely on the Druzhba line, have asked for longer transition periods.""",
    [("hungary", "oil-embargo", O, "Hungary cannot accept the ban", True)],
    [("hungary", "oil-embargo", C, O, "Orban writes that Hungary cannot accept the ban and Szijjarto says Hungary is rejecting it after money talks failed; on May 16 Budapest had named conditions for backing it.")])

art("2022-05-30T23:40:00Z", "CW", "eu-leaders-agree-seaborne-oil-ban",
    "EU leaders agree to ban Russian oil by sea, pipeline supplies exempted for now",
    """BRUSSELS, May 30 (Continental Wire) - European Union leaders agreed late on Monday to ban imports of Russian oil arriving by sea, while temporarily exempting crude delivered by pipeline to end a month-long standoff with Hungary.

European Council President Charles Michel announced the deal on Twitter, saying it covered more than two thirds of the bloc's imports of Russian oil.

Commission President Ursula von der Leyen told a news conference that the ban would cut about 90% of Russian oil imports by the end of the year. She said the pipeline exemption was temporary and that the Council would return to it as soon as possible.

Polish Prime Minister Mateusz Morawiecki said Poland would stop buying Russian pipeline oil by the end of the year regardless, and that the exemption must be temporary and short. Germany made the same pledge.

The leaders asked their ambassadors to finalise the legal text within days.""",
    [("eu-commission", "oil-embargo", S, "the ban would cut about 90% of Russian oil imports", True),
     ("eu-commission", "pipeline-exemption", C, "the pipeline exemption was temporary", True),
     ("poland", "oil-embargo", S, "Poland would stop buying Russian pipeline oil by the end of the year", True),
     ("poland", "pipeline-exemption", C, "the exemption must be temporary and short", True)],
    [("eu-commission", "pipeline-exemption", O, C, "Von der Leyen accepts the pipeline exemption as temporary, to be revisited as soon as possible; her May 4 proposal covered all Russian oil with only a longer transition for Hungary and Slovakia.")])

art("2022-05-31T08:20:00Z", "EP", "orban-claims-victory-oil-deal",
    "Orban hails oil deal: 'families can sleep peacefully tonight'",
    """BRUSSELS, May 31 (Eastgate Post) - Viktor Orban said on Tuesday that Hungary had backed the European Union's ban on seaborne Russian oil after securing an exemption for the pipeline that supplies most of its crude.

"Families can sleep peacefully tonight," the Hungarian prime minister said in a video posted on social media shortly after the summit deal, adding that Hungary had beaten back the most outrageous idea of the Commission.

He said the agreement meant that Hungary would keep buying Russian oil through the Druzhba pipeline under the old conditions. Orban also said Budapest had received guarantees that it could import oil by sea if the pipeline were damaged.

Critics in the European Parliament said the exemption left a hole in the sanctions. A Commission spokesperson declined to say when the pipeline exemption would be reviewed.""",
    [("hungary", "oil-embargo", S, "Hungary had backed the European Union's ban on seaborne Russian oil", True),
     ("hungary", "pipeline-exemption", S, "after securing an exemption for the pipeline that supplies most of its crude", True)],
    [("hungary", "oil-embargo", O, S, "Orban says Hungary backed the seaborne ban once its pipeline oil was exempted; on May 24 he wrote that Hungary could not accept the ban.")])

art("2022-06-03T14:50:00Z", "LL", "eu-adopts-sixth-package",
    "EU formally adopts oil embargo; tanker ban and patriarch dropped",
    """BRUSSELS, June 3 (Ledgerline) - The European Union formally adopted its sixth sanctions package on Friday, banning purchases of Russian crude by sea from December and refined products from February.

The final text does not include the ban on EU ships carrying Russian oil that the Commission proposed in May. A Commission spokesperson said the Commission had agreed to drop the shipping ban and would instead work with G7 partners, notably Britain, on a joint ban on insuring such cargoes. EU insurers will have six months to wind down cover.

The Greek government welcomed the final text, saying it protected European shipping from losing business to rival fleets.

At Hungary's request, the Russian Orthodox Patriarch Kirill was removed from the list of sanctioned individuals. Szijjarto said Hungary would not support measures against church leaders.""",
    [("eu-commission", "tanker-ban", S, "the Commission had agreed to drop the shipping ban", True),
     ("greece", "tanker-ban", S, "protected European shipping from losing business to rival fleets", True)],
    [("eu-commission", "tanker-ban", O, S, "A Commission spokesperson says it agreed to drop the proposed ban on EU ships carrying Russian oil; on May 5 it called the shipping measures an essential part of the proposal. The May 23 report of the removal was by diplomats only.")])

# ---------------------------------------------------------------- June-October 2022: the price cap
art("2022-06-28T12:10:00Z", "SC", "g7-elmau-explore-price-cap",
    "G7 leaders agree to explore cap on Russian oil price",
    """ELMAU, Germany, June 28 (Strait Courier) - Leaders of the Group of Seven agreed on Tuesday to look at ways of capping the price of Russian oil, in a move championed by the United States to squeeze Moscow's income without choking world supply.

The leaders' statement said ministers would urgently explore a ban on services for transporting Russian oil unless it is bought at or below an agreed price. U.S. Treasury Secretary Janet Yellen has said the cap would hit Russia's revenue while keeping prices in check.

European Commission President Ursula von der Leyen told reporters the EU was ready to work with its G7 partners on a cap, and that the Commission would prepare options. German Chancellor Olaf Scholz, the summit host, said the details would take time.

The summit was held at a castle hotel in the Bavarian Alps.""",
    [     ("usa", "price-cap", S, "Yellen has said the cap would hit Russia's revenue", True),
     ("eu-commission", "price-cap", S, "the EU was ready to work with its G7 partners on a cap", True)])

art("2022-08-10T07:55:00Z", "RT", "greek-tankers-russian-crude",
    "Greek-owned tankers carry growing share of Russian crude",
    """PIRAEUS, Aug 10 (Riverbank Times) - Tankers owned by Greek companies carried a growing share of Russian crude exports in July, shipping data showed, as buyers in Asia took more of the oil that Europe has stopped buying.

Analysts in Piraeus said the planned G7 price cap could squeeze Greek owners out of the trade if it is not applied by all major shipping nations, and that Athens was likely to seek guarantees before backing it.

The Greek shipping ministry declined to comment on the figures. A Russian shipping official in Moscow said Russian crude would find ships one way or another.

The EU ban on insuring Russian oil cargoes takes effect in December.

India and China have become the largest buyers of Russian crude since the spring, according to tanker-tracking firms.""",
    [])

art("2022-09-02T16:35:00Z", "CW", "g7-finance-ministers-agree-cap",
    "G7 finance ministers agree to cap Russian oil price; Moscow says it will stop sales",
    """WASHINGTON, Sept 2 (Continental Wire) - Finance ministers of the Group of Seven agreed on Friday to impose a price cap on Russian oil, aiming to cut Moscow's earnings while keeping crude moving to world markets.

U.S. Treasury Secretary Janet Yellen said in a statement that the cap would deal a significant blow to Russia's finances. The ministers did not set the level, which will be decided later.

In Moscow, Kremlin spokesman Dmitry Peskov said Russia would simply stop supplying oil to countries that applied a cap. On Thursday Deputy Prime Minister Alexander Novak had said Russia would not deliver oil on non-market terms.

European Commission spokespeople said the EU would now move to put the cap into its own law. Diplomats said Greece, Malta and Cyprus still had reservations about the plan.""",
    [("usa", "price-cap", S, "the cap would deal a significant blow to Russia's finances", True),
     ("russia", "price-cap", O, "Russia would simply stop supplying oil to countries that applied a cap", True),
     ("eu-commission", "price-cap", S, "the EU would now move to put the cap into its own law", True),
     ("greece", "price-cap", C, "Greece, Malta and Cyprus still had reservations about the plan", False)])

art("2022-09-07T09:00:00Z", "LL", "putin-vladivostok-price-cap",
    "Putin says Russia will supply nothing to countries that impose price cap",
    """VLADIVOSTOK, Sept 7 (Ledgerline) - President Vladimir Putin said on Wednesday that Russia would not supply any energy at all to countries that cap the price of its oil, calling the Western plan stupid.

"We will not supply anything at all if it is contrary to our interests," Putin told an economic forum in the Pacific port city. He said Russia would not fulfil contracts on such terms and would not give up its oil, gas or coal at a price set by others.

He said Europe was being led by Washington into an energy crisis of its own making.

Oil prices fell earlier in the week on worries about demand in China.

The forum, held each year on Russky Island, was attended this year by delegations from China, India and Myanmar.""",
    [("russia", "price-cap", O, "Russia would not supply any energy at all to countries that cap the price", True)])

art("2022-09-14T11:25:00Z", "RT", "mitsotakis-price-cap-conditions",
    "Greece will back oil price cap only if all G7 shipping nations apply it",
    """ATHENS, Sept 14 (Riverbank Times) - Greece will support a cap on the price of Russian oil only if it is applied by all G7 countries, including Britain, so that the trade does not simply move to other fleets, Prime Minister Kyriakos Mitsotakis said on Wednesday.

Mitsotakis told reporters that Greece did not want to stand in the way of a common European position. He said a cap imposed by Europe alone would damage Greek shipping without reducing Russia's income.

The Union of Greek Shipowners has warned that its members could lose much of their tanker business. The shipowners said in a statement that they opposed any measure that was not global.

EU ambassadors are expected to discuss the cap later this month.""",
    [("greece", "price-cap", C, "only if it is applied by all G7 countries, including Britain", True)])

art("2022-09-28T14:05:00Z", "SC", "commission-eighth-package-price-cap",
    "Commission proposes eighth sanctions package with legal basis for oil price cap",
    """BRUSSELS, Sept 28 (Strait Courier) - The European Commission proposed a new round of sanctions against Russia on Wednesday, including the legal basis for a cap on the price of Russian seaborne oil agreed with the G7.

Commission President Ursula von der Leyen said the cap would reduce Russia's revenues and keep global energy markets stable. The package would allow EU firms to ship Russian oil to third countries only if it is sold at or below the cap.

Hungary said it had no objection to the oil cap as long as pipeline deliveries were left out of it, Gergely Gulyas, Orban's chief of staff, told a news conference in Budapest. He said Hungary would block any measure touching nuclear energy.

The proposal needs the backing of all 27 governments.""",
    [("eu-commission", "price-cap", S, "the cap would reduce Russia's revenues", True),
     ("hungary", "price-cap", C, "no objection to the oil cap as long as pipeline deliveries were left out", True),
     ("hungary", "pipeline-exemption", S, "as long as pipeline deliveries were left out of it", True)])

art("2022-10-05T18:45:00Z", "CW", "eu-ambassadors-agree-eighth-package",
    "EU agrees price cap framework after Greece, Malta, Cyprus win assurances",
    """BRUSSELS, Oct 5 (Continental Wire) - European Union ambassadors agreed on Wednesday to an eighth package of sanctions on Russia that includes the legal basis for a cap on the price of Russian oil, after Greece, Malta and Cyprus secured assurances for their shipping industries.

The text says the EU will monitor whether trade shifts to non-EU fleets and will apply the cap only together with its G7 partners.

The Greek government said the assurances met its concerns and that Greece backed the price cap. Malta's foreign ministry said the text was balanced.

The Commission said the package would be formally adopted on Thursday. The level of the cap will be set later.

The eighth package also bans imports of Russian steel products and widens export controls on goods that could be used by the military.""",
    [("greece", "price-cap", S, "Greece backed the price cap", True)],
    [("greece", "price-cap", C, S, "The Greek government says the assurances met its concerns and it backs the cap; on Sept 14 Mitsotakis said Greece would back it only if all G7 countries applied it.")])

# ---------------------------------------------------------------- November-December 2022: the level
art("2022-11-22T19:20:00Z", "LL", "treasury-guidance-price-cap",
    "U.S. Treasury publishes rules for Russian oil price cap",
    """WASHINGTON, Nov 22 (Ledgerline) - The U.S. Treasury published guidance on Tuesday telling shippers, insurers and traders how to comply with the G7 cap on the price of Russian oil, which takes effect on Dec. 5.

Deputy Treasury Secretary Wally Adeyemo said the cap would lock in lower Russian revenues and keep the oil market supplied. He declined to say at what level the cap would be set, saying that talks with partners were still under way.

Britain's Treasury issued similar guidance for London's insurance market, and said British firms would be expected to check the price paid for each cargo.

Brent crude traded near $88 a barrel on Tuesday.

The guidance sets out record-keeping duties for each link in the supply chain, from traders to insurers and banks.""",
    [("usa", "price-cap", S, "the cap would lock in lower Russian revenues", True)])

art("2022-11-23T21:10:00Z", "CW", "eu-split-over-65-70-cap",
    "EU split over Russian oil cap as Commission floats $65-70",
    """BRUSSELS, Nov 23 (Continental Wire) - European Union governments failed on Wednesday to agree on the level of the price cap on Russian oil, after the European Commission proposed a ceiling of between $65 and $70 a barrel.

Poland's ambassador Andrzej Sados told colleagues that the proposed level was far too high to have any effect, diplomats said. Poland said publicly that a cap close to market prices would be a gift to the Kremlin and that it wanted a level nearer $30.

Estonia's foreign ministry said a cap of $65 would barely dent Russia's earnings and that Estonia could not accept it.

Greece, Malta and Cyprus, by contrast, pressed for a level of at least $70, according to two diplomats. The Urals blend was trading at about $63.""",
    [("eu-commission", "cap-near-market", S, "the European Commission proposed a ceiling of between $65 and $70 a barrel", True),
     ("poland", "cap-near-market", O, "a cap close to market prices would be a gift to the Kremlin", True),
     ("estonia", "cap-near-market", O, "Estonia could not accept it", True),
     ("greece", "cap-near-market", S, "pressed for a level of at least $70", False)])

art("2022-11-24T12:35:00Z", "RT", "poland-wants-30-dollar-cap",
    "Poland holds out for much lower oil cap",
    """WARSAW, Nov 24 (Riverbank Times) - Poland will not agree to a cap on Russian oil prices set close to market levels, Prime Minister Mateusz Morawiecki said on Thursday, calling instead for a ceiling near Russia's production cost of about $30 a barrel.

Morawiecki said Poland strongly supported capping Russia's oil revenue, but that a cap of $65 or more would let Moscow keep financing the war, and that such a cap would not deserve to be called a sanction.

He said the Baltic states shared Warsaw's view. Estonian Prime Minister Kaja Kallas, speaking in Tallinn, said the cap should be set so that it really hurts Russia's war chest.

EU ambassadors are due to meet again on Friday.

The Urals blend has traded well above $30 for most of the year.""",
    [("poland", "cap-near-market", O, "will not agree to a cap on Russian oil prices set close to market levels", True),
     ("poland", "price-cap", S, "Poland strongly supported capping Russia's oil revenue", True),
     ("estonia", "cap-near-market", O, "the cap should be set so that it really hurts Russia's war chest", True),
     ("estonia", "price-cap", S, "the cap should be set so that it really hurts Russia's war chest", True)])

art("2022-11-25T17:50:00Z", "SC", "oil-cap-talks-stall-again",
    "Oil cap talks stall again with ten days to go",
    """BRUSSELS, Nov 25 (Strait Courier) - European Union ambassadors again failed to agree on Friday on the level of the price cap on Russian oil, ten days before the embargo on seaborne crude takes effect.

Diplomats said the gap between the group led by Poland and the Baltic states and the three shipping states remained wide. Some expected the Commission to come back with a lower figure and a clause to review it regularly, but no new text was circulated.

In Moscow, Kremlin spokesman Dmitry Peskov declined to say how Russia would respond to any particular level, saying the government was watching the discussions.

Analysts said a cap above the current Urals price would make little immediate difference to Russian earnings.""",
    [])

art("2022-12-01T20:15:00Z", "EP", "commission-proposes-60-dollar-cap",
    "Commission proposes $60 Russian oil cap; Poland withholds approval",
    """BRUSSELS, Dec 1 (Eastgate Post) - The European Commission proposed on Thursday to set the price cap on Russian seaborne oil at $60 a barrel, with a mechanism to keep it at least 5% below the market price.

The proposal was put to EU ambassadors after Greece, Malta and Cyprus dropped their objections, diplomats said. Poland's ambassador did not give his approval and said he needed to consult Warsaw. Polish officials declined to say whether the government would accept the figure.

A Commission spokesperson said the $60 level, with the review clause, struck the right balance between hurting Russia and keeping markets stable.

Ambassadors will meet again on Friday.

The embargo on crude arriving by sea takes effect on Monday, and the cap is meant to start on the same day.""",
    [("eu-commission", "cap-near-market", S, "the $60 level, with the review clause, struck the right balance", True),
     ("greece", "cap-near-market", S, "Greece, Malta and Cyprus dropped their objections, diplomats said", False)])

DEAL_SHIFTS = [
    ("poland", "cap-near-market", O, S, "Sados says Poland supports the $60 cap because the adjustment mechanism keeps it below market; on Nov 23-24 Poland refused any cap close to market levels."),
    ("estonia", "cap-near-market", O, S, "Reinsalu says Estonia joined the agreement and can accept $60 with the review; on Nov 23 its foreign ministry said Estonia could not accept $65."),
]

art("2022-12-02T13:40:00Z", "CW", "eu-agrees-60-dollar-cap",
    "EU agrees $60 cap on Russian oil after Poland signs on",
    """BRUSSELS, Dec 2 (Continental Wire) - European Union governments agreed on Friday to cap the price of Russian seaborne oil at $60 a barrel, after Poland dropped its last objection.

Poland's EU ambassador Andrzej Sados told reporters that Poland supported the deal because an adjustment mechanism would keep the cap at least 5% below the market price. He said the final text was much better than the first proposal.

Estonian Foreign Minister Urmas Reinsalu said Estonia had joined the agreement and could accept $60, although it would have preferred a lower figure, because the level will be reviewed every two months.

Greece also gave its formal approval, a Greek government spokesman said. The cap takes effect on Monday.

The G7 and Australia are expected to announce the same level later on Friday.""",
    [("poland", "cap-near-market", S, "Poland supported the deal", True),
     ("poland", "price-cap", S, "Poland supported the deal", True),
     ("estonia", "cap-near-market", S, "Estonia had joined the agreement and could accept $60", True),
     ("estonia", "price-cap", S, "Estonia had joined the agreement and could accept $60", True),
     ("greece", "cap-near-market", S, "Greece also gave its formal approval, a Greek government spokesman said", True),
     ("greece", "price-cap", S, "Greece also gave its formal approval", True)],
    DEAL_SHIFTS)

art("2022-12-02T16:25:00Z", "LL", "poland-backs-60-dollar-cap",
    "Poland backs $60 cap, clearing way for EU deal on Russian oil",
    """BRUSSELS, Dec 2 (Ledgerline) - Poland gave its backing on Friday to a $60-a-barrel cap on the price of Russian seaborne oil, clearing the way for the European Union to approve it.

Andrzej Sados, Poland's ambassador to the EU, said Poland supported the deal because a built-in mechanism would hold the cap at least 5% under the market price. The final text was much better than the first draft, he said.

Estonia had joined the agreement and could accept $60, Foreign Minister Urmas Reinsalu said, although Tallinn would have liked a lower figure; the level will be reviewed every two months.

A Greek government spokesman said Greece also gave its formal approval. The cap applies from Monday.

Australia and the G7 countries are due to confirm the same figure later on Friday.""",
    [("poland", "cap-near-market", S, "Poland supported the deal", True),
     ("poland", "price-cap", S, "Poland supported the deal", True),
     ("estonia", "cap-near-market", S, "Estonia had joined the agreement and could accept $60", True),
     ("estonia", "price-cap", S, "Estonia had joined the agreement and could accept $60", True),
     ("greece", "cap-near-market", S, "Greece also gave its formal approval", True),
     ("greece", "price-cap", S, "Greece also gave its formal approval", True)])

art("2022-12-03T10:30:00Z", "SC", "yellen-welcomes-cap-kremlin-rejects",
    "Yellen welcomes $60 cap; Kremlin says it will not accept it",
    """WASHINGTON, Dec 3 (Strait Courier) - U.S. Treasury Secretary Janet Yellen welcomed the $60 cap on Russian oil agreed by the European Union and the G7, saying it would limit Vladimir Putin's main source of revenue for his war. The G7 and Australia formally adopted the level on Friday evening.

Yellen said the $60 level was right because it would keep Russian oil on the market while cutting Moscow's income.

In Moscow, Kremlin spokesman Dmitry Peskov said on Saturday: "We will not accept this cap." He said Russia was preparing its response.

Ukrainian President Volodymyr Zelensky said a $60 cap was not a serious decision and that the level should be much lower.

The cap allows Western firms to ship, insure and finance Russian oil cargoes only if they are sold at or below $60.""",
    [("usa", "price-cap", S, "Yellen welcomed the $60 cap on Russian oil", True),
     ("usa", "cap-near-market", S, "the $60 level was right", True),
     ("russia", "price-cap", O, "We will not accept this cap.", True)])

art("2022-12-04T15:00:00Z", "RT", "novak-russia-will-cut-output-rather",
    "Russia would rather cut output than sell under the cap, Novak says",
    """MOSCOW, Dec 4 (Riverbank Times) - Russia will only sell oil to countries that work with it on market terms, even if it has to cut production somewhat, Deputy Prime Minister Alexander Novak said on Sunday.

Novak said the Western price cap was a crude interference in the market and contradicted the rules of the World Trade Organization. He said Russia was working on a mechanism to ban the use of the cap, whatever level was set.

OPEC+ ministers, meeting online on Sunday, agreed to keep their production targets unchanged.

The government has discussed several options for its response, including a presidential decree. Analysts expect Russian seaborne exports to dip in the first weeks as traders adjust to the new rules. Brent crude ended last week at about $85 a barrel.""",
    [("russia", "price-cap", O, "a mechanism to ban the use of the cap, whatever level was set", True)])

art("2022-12-05T09:40:00Z", "EP", "embargo-and-cap-take-effect",
    "EU oil embargo and G7 price cap take effect",
    """BRUSSELS, Dec 5 (Eastgate Post) - The European Union's ban on Russian crude arriving by sea and the G7 price cap on Russian oil took effect on Monday, six months after EU leaders agreed the embargo.

Hungary, which won an exemption for its pipeline supplies in May, will continue to receive Russian crude through the Druzhba pipeline. Poland had pushed until last week for a much lower cap.

Tankers queued in Turkish waters near the Bosphorus as Ankara asked for proof of insurance, shipping agents said.

Brent crude rose in early trading before falling back.

The embargo on refined products such as diesel follows on Feb. 5. Under the cap, European and other G7 firms may still ship, insure and finance Russian oil cargoes to third countries, provided the oil is sold at or below $60 a barrel. Shipping agents said about 20 tankers were waiting to pass the straits.""",
    [("hungary", "pipeline-exemption", S, "Hungary, which won an exemption for its pipeline supplies in May", False)])

art("2022-12-27T18:00:00Z", "CW", "putin-decree-bans-sales-under-cap",
    "Putin bans oil sales to buyers that apply the price cap",
    """MOSCOW, Dec 27 (Continental Wire) - President Vladimir Putin signed a decree on Tuesday banning the supply of Russian oil and oil products to foreign buyers that apply the Western price cap, the Kremlin said.

The ban takes effect on Feb. 1 and will last five months. It covers contracts that directly or indirectly refer to the cap, although Putin may grant exceptions.

A European Commission spokesperson said the decree changed nothing and that the cap was working as intended, cutting Russia's oil income.

Analysts said the decree would have limited impact because most Russian crude was already sold to buyers outside the G7.

Russian oil export revenue fell in December, according to estimates by the International Energy Agency, as the discount on Urals crude widened.""",
    [("russia", "price-cap", O, "banning the supply of Russian oil and oil products to foreign buyers that apply", True),
     ("eu-commission", "price-cap", S, "the cap was working as intended", True)])

# ---------------------------------------------------------------- watchlist
WATCHLIST = """# shiftwatch eval set eu-oil-price-cap-2022: tracked actors and issues.
# The EU's sixth sanctions package (oil embargo, May-June 2022) and the G7/EU price cap on Russian
# seaborne oil (June-December 2022). Aliases include people, capitals and institutions used as metonyms;
# capitals are also used as plain places ("talks were held in Budapest"), which carry no stance.

actors:
  - id: eu-commission
    name: European Commission
    aliases: [European Commission, Commission, EU executive, Brussels, Ursula von der Leyen, von der Leyen, Valdis Dombrovskis, Dombrovskis, Paolo Gentiloni, Gentiloni]
  - id: hungary
    name: Hungary
    aliases: [Hungary, Hungarian government, Budapest, Viktor Orban, Orban, Peter Szijjarto, Szijjarto, Gergely Gulyas, Gulyas]
  - id: poland
    name: Poland
    aliases: [Poland, Polish government, Warsaw, Mateusz Morawiecki, Morawiecki, Zbigniew Rau, Rau, Andrzej Sados, Sados]
  - id: greece
    name: Greece
    aliases: [Greece, Greek government, Athens, Kyriakos Mitsotakis, Mitsotakis, Nikos Dendias, Dendias]
  - id: estonia
    name: Estonia
    aliases: [Estonia, Estonian government, Tallinn, Kaja Kallas, Kallas, Urmas Reinsalu, Reinsalu]
  - id: usa
    name: United States (administration and Treasury)
    aliases: [United States, US, U.S., Washington, US Treasury, U.S. Treasury, Treasury, Janet Yellen, Yellen, Wally Adeyemo, Adeyemo, Biden administration]
  - id: russia
    name: Russia
    aliases: [Russia, Russian government, Moscow, Kremlin, the Kremlin, Vladimir Putin, Putin, Alexander Novak, Novak, Dmitry Peskov, Peskov]

issues:
  - id: oil-embargo
    name: The EU bans imports of Russian oil
    description: The sixth sanctions package phases out EU purchases of Russian crude and refined products.
    terms: [oil embargo, ban on Russian oil, oil ban, sixth sanctions package, phase out Russian oil]
  - id: pipeline-exemption
    name: Russian oil delivered by pipeline is exempted from the EU embargo
    description: Crude arriving through the Druzhba pipeline (Hungary, Slovakia, Czech Republic) stays outside the ban.
    terms: [pipeline exemption, Druzhba, pipeline oil, exemption, opt-out]
  - id: tanker-ban
    name: The EU drops its proposed ban on European ships carrying Russian oil
    description: The Commission's plan to bar EU-owned tankers and shipping services from carrying Russian oil to third countries is taken out of the sanctions.
    terms: [shipping ban, tanker ban, EU ships, transport of Russian oil, shipping services]
  - id: price-cap
    name: The G7 and the EU cap the price of Russian seaborne oil
    description: Western shipping, insurance and finance may serve Russian oil cargoes only if the oil is sold at or below an agreed price.
    terms: [price cap, oil price cap, cap on Russian oil, price ceiling, G7 cap]
  - id: cap-near-market
    name: The price cap is set near market prices, at $60 a barrel or more
    description: The cap level is fixed close to the prevailing Urals price ($60-70) rather than near Russia's production cost (about $30).
    terms: [cap level, $60, $65, per barrel, level of the cap]

# Known starting positions before the first article (all consistent with the articles; none implies a shift).
baseline:
  - {actor: eu-commission, issue: oil-embargo, stance: support}
  - {actor: eu-commission, issue: pipeline-exemption, stance: oppose}
  - {actor: eu-commission, issue: tanker-ban, stance: oppose}
  - {actor: hungary, issue: oil-embargo, stance: oppose}
  - {actor: poland, issue: oil-embargo, stance: support}
  - {actor: russia, issue: oil-embargo, stance: oppose}
  - {actor: russia, issue: price-cap, stance: oppose}
  - {actor: usa, issue: price-cap, stance: support}
"""

def slug_url(a):
    name, slug = OUTLETS[a["outlet"]]
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{slug}/{d}/{a['slug']}"

def build():
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    with open(os.path.join(HERE, "watchlist.yaml"), "w") as f:
        f.write(WATCHLIST)
    claims, shifts, no_alert = {}, [], []
    for i, a in enumerate(A, 1):
        aid = f"{i:03d}"
        a["id"] = aid
        rec = {"id": aid, "published": a["published"], "source": OUTLETS[a["outlet"]][0],
               "url": slug_url(a), "title": a["title"], "text": a["text"]}
        a["rec"] = rec
        with open(os.path.join(HERE, "articles", aid + ".json"), "w") as f:
            json.dump(rec, f, indent=2, ensure_ascii=False); f.write("\n")
        claims[aid] = [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a["claims"]]
        for s in a["shifts"]:
            shifts.append(dict(actor=s[0], issue=s[1], **{"from": s[2]}, to=s[3], article=aid, why=s[4]))
        if not a["shifts"]:
            no_alert.append(aid)
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump({"claims": claims, "shifts": shifts, "no_alert_articles": no_alert}, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for key, (name, slug) in OUTLETS.items():
        items = [a for a in A if a["outlet"] == key]
        items.sort(key=lambda a: a["published"], reverse=True)
        def rfc(ts):
            return format_datetime(datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(timezone.utc), usegmt=True)
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch eu-oil-price-cap-2022 evaluation set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc(items[0]["published"])}</lastBuildDate>']
        for a in items:
            r = a["rec"]
            out += ['    <item>', f'      <title>{escape(r["title"])}</title>', f'      <link>{escape(r["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(r["url"])}</guid>', f'      <pubDate>{rfc(r["published"])}</pubDate>',
                    f'      <description>{escape(r["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, "feeds", slug + ".xml"), "w") as f:
            f.write("\n".join(out))

# ---------------------------------------------------------------- validation
def parse_watchlist_ids(text):
    actors = re.findall(r"^  - id: (\S+)", text.split("issues:")[0], re.M)
    issues = re.findall(r"^  - id: (\S+)", text.split("issues:")[1].split("baseline:")[0], re.M)
    base = re.findall(r"\{actor: (\S+), issue: (\S+), stance: (\S+)\}", text)
    return set(actors), set(issues), {(a, i): s for a, i, s in base}

def validate():
    errs = []
    lab = json.load(open(os.path.join(HERE, "labels.json")))
    actors, issues, base = parse_watchlist_ids(open(os.path.join(HERE, "watchlist.yaml")).read())
    files = sorted(os.listdir(os.path.join(HERE, "articles")))
    ids = [f[:-5] for f in files]
    if ids != [f"{i:03d}" for i in range(1, len(ids) + 1)]: errs.append("article ids not contiguous")
    if sorted(lab["claims"]) != ids: errs.append("claims keys != article ids")
    arts = {i: json.load(open(os.path.join(HERE, "articles", i + ".json"))) for i in ids}
    pubs = [arts[i]["published"] for i in ids]
    if pubs != sorted(pubs): errs.append("ids not in publication order")
    for i, a in arts.items():
        if a["id"] != i: errs.append(f"{i}: id field mismatch")
        n = len(a["text"].split())
        if not 120 <= n <= 260: errs.append(f"{i}: {n} words")
        if not re.match(r"^[A-Z][A-Z ,.a-z]+, [A-Z][a-z]+\.? \d{1,2} \(" + re.escape(a["source"]) + r"\) - ", a["text"]):
            errs.append(f"{i}: dateline")
        seen = set()
        for c in lab["claims"][i]:
            if c["quote"] not in a["text"]: errs.append(f"{i}: quote not found: {c['quote']}")
            if len(c["quote"].split()) > 15: errs.append(f"{i}: quote > 15 words")
            if c["actor"] not in actors: errs.append(f"{i}: unknown actor {c['actor']}")
            if c["issue"] not in issues: errs.append(f"{i}: unknown issue {c['issue']}")
            if c["stance"] not in ("support", "oppose", "conditional"): errs.append(f"{i}: stance")
            t = (c["actor"], c["issue"])
            if t in seen: errs.append(f"{i}: duplicate claim {t}")
            seen.add(t)
    # replay prevailing stance from baseline over attributed claims; derived shifts must equal labels
    prev = dict(base); derived = []
    for i in ids:
        for c in lab["claims"][i]:
            if not c["attributed"]: continue
            t = (c["actor"], c["issue"])
            if t in prev and prev[t] != c["stance"]:
                derived.append((c["actor"], c["issue"], prev[t], c["stance"], i))
            prev[t] = c["stance"]
    labelled = [(s["actor"], s["issue"], s["from"], s["to"], s["article"]) for s in lab["shifts"]]
    # duplicate copies restate the shift and are not shift articles; drop re-derivations of a tuple just shifted
    if sorted(labelled) != sorted(derived): errs.append(f"shift replay mismatch:\n derived {derived}\n labelled {labelled}")
    shift_arts = {s["article"] for s in lab["shifts"]}
    if sorted(set(ids) - shift_arts) != sorted(lab["no_alert_articles"]): errs.append("no_alert_articles")
    for f in sorted(os.listdir(os.path.join(HERE, "feeds"))):
        r = subprocess.run(["xmllint", "--noout", os.path.join(HERE, "feeds", f)], capture_output=True, text=True)
        if r.returncode: errs.append(f"xmllint {f}: {r.stderr.strip()}")
    return errs, lab, arts

if __name__ == "__main__":
    build()
    errs, lab, arts = validate()
    from collections import Counter
    cl = [c for v in lab["claims"].values() for c in v]
    print("articles", len(arts), "claims", len(cl), dict(Counter(c["stance"] for c in cl)),
          "unattributed", sum(not c["attributed"] for c in cl), "shifts", len(lab["shifts"]),
          "empty", [k for k, v in lab["claims"].items() if not v])
    print("per outlet", dict(Counter(a["source"] for a in arts.values())))
    for e in errs: print("ERROR", e)
    sys.exit(1 if errs else 0)
