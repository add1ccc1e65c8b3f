# Builds articles/*.json, labels.json and feeds/*.xml for the eu-mercosur timeline from the inline source below.
# Run: python3 eval/eu-mercosur/build.py   (the generated files are committed; this script is their source)
import json, os, html, email.utils, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {'atlantic-wire': 'Atlantic Wire', 'river-plate-courier': 'River Plate Courier', 'continental-ledger': 'Continental Ledger'}

A = []  # (id, published, outlet, slug, title, text, claims[(actor, issue, stance, quote, attributed)])
def art(i, when, outlet, slug, title, text, claims=()):
    A.append((i, when, outlet, slug, title, text.strip(), list(claims)))

art('001', '2023-03-07T09:30:00Z', 'atlantic-wire', 'eu-sends-side-letter',
 'EU sends Mercosur a draft environmental annex',
 """BRUSSELS, March 7 (Atlantic Wire) - The European Commission has sent the Mercosur bloc a draft side letter that would bind both sides to deforestation commitments before the trade agreement can be ratified, officials said on Tuesday.

Trade Commissioner Valdis Dombrovskis said the additional instrument was needed to win over member states and the European Parliament, and that the Commission wanted the trade deal signed this year.

The draft was handed to Mercosur negotiators at a technical meeting in Buenos Aires last week.""",
 [('eu', 'environmental-instrument', 'support', 'The European Commission has sent the Mercosur bloc a draft side letter', True),
  ('eu', 'mercosur-deal', 'support', 'the Commission wanted the trade deal signed this year', True)])

art('002', '2023-03-20T14:00:00Z', 'river-plate-courier', 'milei-not-yet',
 'Argentine candidates split over Mercosur pact',
 """BUENOS AIRES, March 20 (River Plate Courier) - Argentina's government said on Monday it remained committed to concluding the trade agreement with the European Union, despite criticism from industrial groups who fear European competition.

Economist Javier Milei, then a presidential hopeful, told a radio station that he would prefer to leave Mercosur altogether. Analysts said his rise in the polls could complicate the talks.""",
 [('argentina', 'mercosur-deal', 'support', "Argentina's government said on Monday it remained committed to concluding the trade agreement", True)])

art('003', '2023-04-12T11:15:00Z', 'continental-ledger', 'lula-rejects-side-letter',
 'Lula calls EU side letter a threat',
 """BRASILIA, April 12 (Continental Ledger) - Brazilian President Luiz Inacio Lula da Silva on Wednesday rejected the European Union's proposed side letter on deforestation, saying partners should not threaten each other with sanctions.

"A strategic partner does not make threats," Lula told reporters after meeting Spanish Prime Minister Pedro Sanchez. He said Brazil still wanted to sign the trade agreement with the EU this year.

Argentina's environment secretary said separately that Argentina would stay in the Paris Agreement and meet its climate targets.""",
 [('brazil', 'environmental-instrument', 'oppose', "rejected the European Union's proposed side letter on deforestation", True),
  ('brazil', 'mercosur-deal', 'support', 'Brazil still wanted to sign the trade agreement with the EU this year', True),
  ('argentina', 'argentina-leaves-paris', 'oppose', 'Argentina would stay in the Paris Agreement and meet its climate targets', True)])

art('004', '2023-05-02T08:45:00Z', 'atlantic-wire', 'paris-farmers',
 'French farmers rally in Paris against Mercosur imports',
 """PARIS, May 2 (Atlantic Wire) - Several thousand farmers drove tractors into central Paris on Tuesday to protest against the EU-Mercosur trade deal, which they say would expose them to cheap beef and poultry produced under weaker rules.

The FNSEA farmers' union demanded that the government block the agreement. Ministers met union leaders at the Elysee in the afternoon, but no statement followed.""")

art('005', '2023-05-16T16:20:00Z', 'continental-ledger', 'poland-wants-guarantees',
 'Poland wants farm guarantees before backing Mercosur pact',
 """WARSAW, May 16 (Continental Ledger) - Poland would support the EU-Mercosur trade agreement only if the European Commission guaranteed protection for Polish poultry and sugar producers, the agriculture minister said on Tuesday.

The minister said Warsaw was open to the deal provided that tariff quotas for sensitive products were kept small. Germany, which has pushed for the agreement for years, welcomed the remarks.""",
 [('poland', 'mercosur-deal', 'conditional', 'Poland would support the EU-Mercosur trade agreement only if', True),
  ('germany', 'mercosur-deal', 'support', 'Germany, which has pushed for the agreement for years', False)])

art('006', '2023-06-14T10:00:00Z', 'atlantic-wire', 'macron-no-deal-as-is',
 'Macron: France will not sign Mercosur deal as it stands',
 """PARIS, June 14 (Atlantic Wire) - President Emmanuel Macron said on Wednesday that France would not sign the EU-Mercosur trade agreement as it stands, because it did not hold South American producers to the same environmental and health standards as European farmers.

"We cannot ask our farmers to make efforts and then import products that do not respect the same rules," Macron said during a visit to a dairy farm in Brittany.

Asked whether France would use its veto in the Council, an aide declined to say.""",
 [('france', 'mercosur-deal', 'oppose', 'France would not sign the EU-Mercosur trade agreement as it stands', True)])

art('007', '2023-07-05T13:30:00Z', 'river-plate-courier', 'mercosur-summit-puerto-iguazu',
 'Mercosur leaders meet in Puerto Iguazu; EU pact dominates',
 """PUERTO IGUAZU, July 5 (River Plate Courier) - Mercosur presidents met in Puerto Iguazu on Tuesday for a summit dominated by the stalled trade agreement with the European Union.

Diplomats said a joint counter-proposal to the EU side letter could be ready within weeks, and some predicted that Brazil might eventually soften its position. Talks were also held in Brasilia last month between EU and Brazilian negotiators.

Uruguay's president complained that the bloc was moving too slowly.""")

art('008', '2023-09-12T09:00:00Z', 'continental-ledger', 'brazil-open-commitments',
 'Brazil ready to accept environmental commitments if sanctions dropped',
 """BRASILIA, Sept 12 (Continental Ledger) - Brazil is ready to accept binding environmental commitments in the EU-Mercosur agreement as long as they do not include trade sanctions, Foreign Minister Mauro Vieira said on Tuesday, softening months of resistance to the European side letter.

Vieira said Mercosur would send its counter-proposal to Brussels within days. Brazil wanted the trade agreement signed by the end of the year, he added.""",
 [('brazil', 'environmental-instrument', 'conditional', 'Brazil is ready to accept binding environmental commitments in the EU-Mercosur agreement', True),
  ('brazil', 'mercosur-deal', 'support', 'Brazil wanted the trade agreement signed by the end of the year', True)])

art('009', '2023-09-12T12:40:00Z', 'atlantic-wire', 'brazil-softens-annex',
 'Brazil softens stance on EU environmental annex',
 """BRASILIA, Sept 12 (Atlantic Wire) - Brazil said on Tuesday it is ready to accept binding environmental commitments in the trade pact with the European Union as long as these carry no trade sanctions, a shift after months of opposition to the EU's side letter.

Foreign Minister Mauro Vieira said the Mercosur counter-proposal would reach Brussels within days, and that Brazil wanted the trade agreement signed by the end of the year.""",
 [('brazil', 'environmental-instrument', 'conditional', 'it is ready to accept binding environmental commitments in the trade pact', True),
  ('brazil', 'mercosur-deal', 'support', 'Brazil wanted the trade agreement signed by the end of the year', True)])

art('010', '2023-10-03T15:10:00Z', 'atlantic-wire', 'meloni-conditions',
 'Italy sets conditions for Mercosur approval',
 """ROME, Oct 3 (Atlantic Wire) - Italy could back the EU-Mercosur trade agreement if farmers received adequate safeguards, Prime Minister Giorgia Meloni said on Tuesday, adding that the conditions for signing were not yet met.

Meloni did not say what safeguards she had in mind. Italian farm lobby Coldiretti rejected the agreement outright.""",
 [('italy', 'mercosur-deal', 'conditional', 'Italy could back the EU-Mercosur trade agreement if farmers received adequate safeguards', True)])

art('011', '2023-11-20T18:00:00Z', 'river-plate-courier', 'milei-wins',
 'Milei wins Argentine presidency; trade partners watch',
 """BUENOS AIRES, Nov 20 (River Plate Courier) - Javier Milei won Argentina's presidential run-off on Sunday. During the campaign he called climate change a socialist lie, and commentators said his government may pull Argentina out of the Paris climate agreement.

Milei's team did not comment on the agreement with the European Union on Monday. Officials in Brussels said they expected talks to continue.""")

art('012', '2023-11-29T11:00:00Z', 'continental-ledger', 'poland-joins-france',
 'Poland joins France in opposing Mercosur deal',
 """WARSAW, Nov 29 (Continental Ledger) - Poland will vote against the EU-Mercosur trade agreement in its current form, the Polish government said on Wednesday, siding with France after weeks of farmer protests at the border.

Prime Minister Donald Tusk said Poland rejected the deal because it would hurt Polish farmers. "We will not accept this agreement," he told parliament.

France, which has long opposed the pact, said it welcomed the decision.""",
 [('poland', 'mercosur-deal', 'oppose', 'Poland will vote against the EU-Mercosur trade agreement in its current form', True),
  ('france', 'mercosur-deal', 'oppose', 'France, which has long opposed the pact, said it welcomed the decision', True)])

art('013', '2023-12-06T20:30:00Z', 'atlantic-wire', 'rio-summit-no-signature',
 'No signature at Rio summit as EU deal slips again',
 """RIO DE JANEIRO, Dec 6 (Atlantic Wire) - Mercosur leaders ended their summit in Rio de Janeiro on Thursday without signing the trade agreement with the European Union, which had been expected to be wrapped up this week.

Lula said Brazil would keep negotiating and still wanted the trade deal. He blamed the delay on France, saying Macron had told him that France would never accept the agreement.

Commission President Ursula von der Leyen had cancelled a trip to Rio earlier in the week.""",
 [('brazil', 'mercosur-deal', 'support', 'Brazil would keep negotiating and still wanted the trade deal', True),
  ('france', 'mercosur-deal', 'oppose', 'Macron had told him that France would never accept the agreement', False)])

art('014', '2024-02-01T10:30:00Z', 'continental-ledger', 'brussels-summit-farmers',
 'Tractors block Brussels as EU leaders meet',
 """BRUSSELS, Feb 1 (Continental Ledger) - Farmers blocked streets around the European Parliament in Brussels on Thursday as EU leaders met for a summit on the budget.

Will the Mercosur deal survive the farm protests? Diplomats speculated that the Commission might offer farmers an emergency brake on imports, but no proposal was tabled.""")

art('015', '2024-03-14T09:00:00Z', 'atlantic-wire', 'commission-agrees-safeguard',
 'Commission agrees to add farm safeguard to Mercosur deal',
 """BRUSSELS, March 14 (Atlantic Wire) - The European Commission agreed on Thursday to add a safeguard clause to the EU-Mercosur agreement that would let Brussels suspend tariff cuts on beef, poultry and sugar if imports surge, reversing its earlier refusal to reopen the text.

Commission spokesman Olof Gill said the safeguard mechanism would protect European farmers and that the Commission still wanted the trade deal concluded this year.""",
 [('eu', 'farm-safeguard', 'support', 'The European Commission agreed on Thursday to add a safeguard clause', True),
  ('eu', 'mercosur-deal', 'support', 'the Commission still wanted the trade deal concluded this year', True)])

art('016', '2024-03-14T11:20:00Z', 'continental-ledger', 'brussels-safeguard-u-turn',
 'Brussels backs safeguard clause in Mercosur U-turn',
 """BRUSSELS, March 14 (Continental Ledger) - The European Commission on Thursday agreed to add a safeguard clause to the Mercosur agreement allowing it to suspend tariff cuts on farm goods if imports surge, after long refusing to reopen the text.

A spokesman said the mechanism would protect farmers and that the Commission still wanted the trade deal concluded this year.""",
 [('eu', 'farm-safeguard', 'support', 'The European Commission on Thursday agreed to add a safeguard clause', True),
  ('eu', 'mercosur-deal', 'support', 'the Commission still wanted the trade deal concluded this year', True)])

art('017', '2024-04-22T14:45:00Z', 'river-plate-courier', 'brazil-reaction-safeguard',
 'Brazil wary of EU safeguard plan',
 """SAO PAULO, April 22 (River Plate Courier) - Brazil's agriculture minister said on Monday the proposed EU safeguard clause should not become a hidden barrier to South American beef, but stopped short of rejecting it.

Brazilian officials declined to say whether Brazil would accept the safeguard mechanism. The minister said Brazil remained committed to the trade agreement.""",
 [('brazil', 'mercosur-deal', 'support', 'Brazil remained committed to the trade agreement', True)])

art('018', '2024-06-05T08:30:00Z', 'atlantic-wire', 'france-softens',
 'France could accept Mercosur deal with safeguard, minister says',
 """PARIS, June 5 (Atlantic Wire) - France could accept the EU-Mercosur trade agreement if the safeguard clause is legally binding and South American imports meet European production standards, Agriculture Minister Annie Genevard said on Wednesday, the first sign of flexibility from Paris.

Genevard said France supported the safeguard clause and wanted it written into the regulation itself. Farm unions said they were disappointed.""",
 [('france', 'mercosur-deal', 'conditional', 'France could accept the EU-Mercosur trade agreement if the safeguard clause is legally binding', True),
  ('france', 'farm-safeguard', 'support', 'France supported the safeguard clause', True)])

art('019', '2024-06-05T17:00:00Z', 'continental-ledger', 'france-veto-denial',
 'Elysee denies dropping opposition to Mercosur pact',
 """PARIS, June 5 (Continental Ledger) - The Elysee on Wednesday denied that France had dropped its opposition to the EU-Mercosur agreement, hours after the agriculture minister said Paris could accept the deal under conditions.

"Nothing has changed: the conditions are not met today," a presidential adviser said. A German government spokesman said Berlin hoped France would now help conclude the agreement.""",
 [('france', 'mercosur-deal', 'oppose', 'denied that France had dropped its opposition to the EU-Mercosur agreement', True),
  ('germany', 'mercosur-deal', 'support', 'Berlin hoped France would now help conclude the agreement', True)])

art('020', '2024-07-10T12:00:00Z', 'river-plate-courier', 'milei-mercosur-summit',
 'Milei skips Mercosur summit; Argentina still backs EU deal',
 """ASUNCION, July 10 (River Plate Courier) - President Javier Milei skipped the Mercosur summit in Asuncion on Monday, but Foreign Minister Diana Mondino said Argentina supported the trade agreement with the EU and wanted it signed quickly.

Mondino told reporters that Argentina had no plans to leave the Paris Agreement.""",
 [('argentina', 'mercosur-deal', 'support', 'Argentina supported the trade agreement with the EU and wanted it signed quickly', True),
  ('argentina', 'argentina-leaves-paris', 'oppose', 'Argentina had no plans to leave the Paris Agreement', True)])

art('021', '2024-11-14T19:30:00Z', 'atlantic-wire', 'argentina-cop29-walkout',
 'Argentina pulls COP29 delegation, fuelling Paris exit talk',
 """BAKU, Nov 14 (Atlantic Wire) - Argentina withdrew its negotiators from the COP29 climate conference in Baku on Wednesday on orders from Buenos Aires, prompting speculation that the country could leave the Paris Agreement.

Analysts said a withdrawal from the Paris accord would put the EU-Mercosur trade agreement at risk, since the deal's text refers to the climate accord. The Argentine foreign ministry refused to say whether Argentina would leave.""")

art('022', '2024-11-15T09:10:00Z', 'continental-ledger', 'macron-paris-warning',
 'Macron: no deal with a partner that quits Paris accord',
 """BUENOS AIRES, Nov 15 (Continental Ledger) - French President Emmanuel Macron said on Friday that France opposed any Argentine withdrawal from the Paris Agreement and that a trade partner leaving the climate accord could not expect a trade deal with Europe.

Macron, speaking on a visit to Buenos Aires, repeated that France would not sign the Mercosur agreement as it stands.""",
 [('france', 'argentina-leaves-paris', 'oppose', 'France opposed any Argentine withdrawal from the Paris Agreement', True),
  ('france', 'mercosur-deal', 'oppose', 'France would not sign the Mercosur agreement as it stands', True)])

art('023', '2024-11-26T13:00:00Z', 'atlantic-wire', 'french-assembly-vote',
 'French lawmakers vote against Mercosur deal',
 """PARIS, Nov 26 (Atlantic Wire) - The French government won a symbolic vote in the National Assembly on Tuesday after ministers set out their opposition to the EU-Mercosur trade agreement, with 484 lawmakers backing the government line.

Prime Minister Michel Barnier told the chamber that France rejected the agreement in its current form and would seek allies to block it in the Council. Poland and Italy were courted as partners, officials said.""",
 [('france', 'mercosur-deal', 'oppose', 'France rejected the agreement in its current form', True)])

art('024', '2024-12-02T10:45:00Z', 'river-plate-courier', 'argentina-stays-paris',
 'Argentina rules out leaving Paris climate accord for now',
 """BUENOS AIRES, Dec 2 (River Plate Courier) - Argentina's government ruled out leaving the Paris Agreement on Monday, after weeks of speculation, saying the country would keep its commitments while it reviewed its climate policy.

Presidential spokesman Manuel Adorni said the government was focused on closing the trade deal with the European Union, which Argentina wanted signed at the Montevideo summit.""",
 [('argentina', 'argentina-leaves-paris', 'oppose', "Argentina's government ruled out leaving the Paris Agreement on Monday", True),
  ('argentina', 'mercosur-deal', 'support', 'the trade deal with the European Union, which Argentina wanted signed', True)])

art('025', '2024-12-06T15:30:00Z', 'continental-ledger', 'montevideo-conclusion',
 'EU and Mercosur conclude talks in Montevideo',
 """MONTEVIDEO, Dec 6 (Continental Ledger) - The European Union and Mercosur concluded negotiations on their trade agreement in Montevideo on Friday after 25 years, with Ursula von der Leyen hailing a "win-win" deal.

Brazil accepted the revised environmental instrument, which links the agreement to the Paris climate goals without sanctions, Lula said, adding that Brazil would push for the trade deal to be ratified quickly.

Macron said the deal was unacceptable in its current form. Germany's Olaf Scholz welcomed the agreement and urged member states to approve it.""",
 [('eu', 'mercosur-deal', 'support', 'concluded negotiations on their trade agreement in Montevideo', True),
  ('brazil', 'environmental-instrument', 'support', 'Brazil accepted the revised environmental instrument', True),
  ('brazil', 'mercosur-deal', 'support', 'Brazil would push for the trade deal to be ratified quickly', True),
  ('france', 'mercosur-deal', 'oppose', 'Macron said the deal was unacceptable in its current form', True),
  ('germany', 'mercosur-deal', 'support', 'Scholz welcomed the agreement and urged member states to approve it', True)])

art('026', '2025-01-15T09:20:00Z', 'atlantic-wire', 'eu-environment-instrument-stays',
 'EU insists climate annex stays in Mercosur deal',
 """BRUSSELS, Jan 15 (Atlantic Wire) - The European Commission insisted on Wednesday that the environmental instrument must remain part of the Mercosur agreement, dismissing calls from some lawmakers to drop it to speed up ratification.

Trade Commissioner Maros Sefcovic said the Commission would not give up the additional instrument. He said he expected member states to vote later in the year.""",
 [('eu', 'environmental-instrument', 'support', 'the environmental instrument must remain part of the Mercosur agreement', True)])

art('027', '2025-02-18T16:00:00Z', 'continental-ledger', 'france-hardens',
 'France says it will block Mercosur deal despite safeguard',
 """PARIS, Feb 18 (Continental Ledger) - France will vote against the EU-Mercosur agreement even with the new safeguard clause, Agriculture Minister Annie Genevard said on Tuesday, ending the government's openness to a compromise.

Genevard said the safeguard was welcome but insufficient. "We will not support this agreement," she told a farm fair. Only a year ago France had said it could accept the deal under conditions.""",
 [('france', 'mercosur-deal', 'oppose', 'France will vote against the EU-Mercosur agreement', True),
  ('france', 'farm-safeguard', 'support', 'the safeguard was welcome but insufficient', True)])

art('028', '2025-02-18T18:30:00Z', 'atlantic-wire', 'france-poland-blocking',
 'France and Poland seek blocking minority',
 """WARSAW, Feb 18 (Atlantic Wire) - France and Poland are trying to assemble a blocking minority against the EU-Mercosur trade agreement, diplomats said on Tuesday, but they would need Italy or Austria to succeed.

Would Rome join them? Italian officials have not said. Tusk met Macron in Warsaw, where the two leaders discussed farm policy.""",
 [('france', 'mercosur-deal', 'oppose', 'France and Poland are trying to assemble a blocking minority against', False),
  ('poland', 'mercosur-deal', 'oppose', 'France and Poland are trying to assemble a blocking minority against', False)])

art('029', '2025-03-04T11:00:00Z', 'river-plate-courier', 'italy-backs-deal',
 'Italy backs Mercosur deal after safeguard added',
 """ROME, March 4 (River Plate Courier) - Italy will support the EU-Mercosur trade agreement, Foreign Minister Antonio Tajani said on Tuesday, after the Commission added a safeguard clause for farm imports and promised a crisis fund for farmers.

Tajani said the agreement was good for Italian exporters. The decision leaves France and Poland short of a blocking minority, according to diplomats.""",
 [('italy', 'mercosur-deal', 'support', 'Italy will support the EU-Mercosur trade agreement', True),
  ('eu', 'farm-safeguard', 'support', 'after the Commission added a safeguard clause for farm imports', False)])

art('030', '2025-03-04T13:15:00Z', 'continental-ledger', 'berlin-welcomes-rome',
 'Berlin welcomes Rome decision on Mercosur',
 """BERLIN, March 4 (Continental Ledger) - Germany welcomed Italy's decision on Tuesday and said it wanted the Mercosur agreement ratified before the summer, Chancellor Friedrich Merz said in Berlin.

Merz said he was not worried about the safeguard clause. Asked if Germany would support a larger crisis fund for farmers, he said that was for the Commission to decide.""",
 [('germany', 'mercosur-deal', 'support', 'said it wanted the Mercosur agreement ratified before the summer', True)])

SHIFTS = [
  ('brazil', 'environmental-instrument', 'oppose', 'conditional', '008', 'Vieira says Brazil is ready to accept binding commitments as long as they carry no sanctions; in 003 Lula rejected the side letter.'),
  ('poland', 'mercosur-deal', 'conditional', 'oppose', '012', 'The government says Poland will vote against the deal; in 005 it would support it only under conditions.'),
  ('eu', 'farm-safeguard', 'oppose', 'support', '015', 'The Commission agrees to add a safeguard clause, reversing its refusal to reopen the text (baseline oppose).'),
  ('france', 'mercosur-deal', 'oppose', 'conditional', '018', 'Genevard says France could accept the deal if the safeguard is binding; earlier restatements were oppose.'),
  ('france', 'mercosur-deal', 'conditional', 'oppose', '019', 'The Elysee denies France dropped its opposition, the same day: the prevailing attributed stance returns to oppose.'),
  ('brazil', 'environmental-instrument', 'conditional', 'support', '025', 'Lula says Brazil accepted the revised instrument.'),
  ('italy', 'mercosur-deal', 'conditional', 'support', '029', 'Tajani says Italy will support the agreement; in 010 Meloni set conditions.'),
]

def main():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    claims = {}
    feeds = {k: [] for k in OUTLETS}
    for (i, when, outlet, slug, title, text, cl) in A:
        url = f'https://example.org/{outlet}/{when[:10].replace("-", "/")}/{slug}'
        doc = {'id': i, 'published': when, 'source': OUTLETS[outlet], 'url': url, 'title': title, 'text': text}
        with open(os.path.join(HERE, 'articles', f'{i}.json'), 'w') as f:
            json.dump(doc, f, indent=2, ensure_ascii=False); f.write('\n')
        out = []
        for (actor, issue, stance, quote, attributed) in cl:
            assert quote in text, (i, quote)
            assert len(quote.split()) <= 15, (i, quote)
            out.append({'actor': actor, 'issue': issue, 'stance': stance, 'quote': quote, 'attributed': attributed})
        claims[i] = out
        feeds[outlet].append(doc)
    shift_articles = {s[4] for s in SHIFTS}
    labels = {
        'claims': claims,
        'shifts': [{'actor': a, 'issue': iss, 'from': fr, 'to': to, 'article': art_id, 'why': why} for (a, iss, fr, to, art_id, why) in SHIFTS],
        'no_alert_articles': [a[0] for a in A if a[0] not in shift_articles],
        'duplicates': {'009': '008', '016': '015'},
    }
    with open(os.path.join(HERE, 'labels.json'), 'w') as f:
        json.dump(labels, f, indent=2, ensure_ascii=False); f.write('\n')
    for outlet, docs in feeds.items():
        items = []
        for d in docs:
            dt = datetime.datetime.strptime(d['published'], '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=datetime.timezone.utc)
            items.append(f"""    <item>
      <title>{html.escape(d['title'], quote=False)}</title>
      <link>{html.escape(d['url'])}</link>
      <guid isPermaLink="true">{html.escape(d['url'])}</guid>
      <pubDate>{email.utils.format_datetime(dt, usegmt=True)}</pubDate>
      <description>{html.escape(d['text'], quote=False)}</description>
    </item>""")
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>{OUTLETS[outlet]}</title>
    <link>https://example.org/{outlet}/</link>
    <description>{OUTLETS[outlet]}: EU-Mercosur coverage (shiftwatch test timeline)</description>
    <language>en</language>
{chr(10).join(items)}
  </channel>
</rss>
"""
        with open(os.path.join(HERE, 'feeds', f'{outlet}.xml'), 'w') as f:
            f.write(xml)

main()
