# Builds articles/*.json, labels.json and feeds/*.xml for the iran-talks timeline (same format as the dev set).
import json, os, html, email.utils, datetime
HERE = os.path.dirname(os.path.abspath(__file__))
OUTLETS = {'gulf-wire': 'Gulf Wire', 'north-sea-times': 'North Sea Times'}
A = []
def art(i, when, outlet, slug, title, text, claims=()):
    A.append((i, when, outlet, slug, title, text.strip(), list(claims)))

art('001', '2025-04-12T15:00:00Z', 'gulf-wire', 'talks-in-muscat', 'US and Iran hold first round of talks in Muscat',
 """MUSCAT, April 12 (Gulf Wire) - Envoys from the United States and Iran held indirect talks in Muscat on Saturday, with Omani mediators carrying messages between the two rooms.

Foreign Minister Abbas Araghchi said the atmosphere was constructive. He said Iran's right to enrichment was not up for negotiation. A White House statement said the talks were a step forward.""",
 [('iran', 'zero-enrichment', 'oppose', "Iran's right to enrichment was not up for negotiation", True)])

art('002', '2025-04-20T09:00:00Z', 'north-sea-times', 'witkoff-zero-enrichment', 'Witkoff says any deal must end enrichment',
 """WASHINGTON, April 20 (North Sea Times) - US envoy Steve Witkoff said on Sunday that any agreement with Iran must stop enrichment on Iranian soil and that Iran should ship its stockpile of highly enriched uranium abroad.

Analysts said Washington might accept low-level enrichment under strict monitoring. Israeli Prime Minister Benjamin Netanyahu insisted that Iran must not be allowed to enrich uranium at all.""",
 [('usa', 'zero-enrichment', 'support', 'any agreement with Iran must stop enrichment on Iranian soil', True),
  ('usa', 'stockpile', 'support', 'Iran should ship its stockpile of highly enriched uranium abroad', True),
  ('israel', 'zero-enrichment', 'support', 'Iran must not be allowed to enrich uranium at all', True)])

art('003', '2025-05-02T12:30:00Z', 'gulf-wire', 'tehran-rejects-zero', 'Tehran rejects zero-enrichment demand',
 """TEHRAN, May 2 (Gulf Wire) - Iran rejected the US demand to end enrichment on Friday, with Araghchi saying that Iran would never give up enrichment.

Araghchi said Iran was ready to accept limits on its stockpile in exchange for the lifting of sanctions. Talks were held in Rome last week.""",
 [('iran', 'zero-enrichment', 'oppose', 'Iran rejected the US demand to end enrichment on Friday', True),
  ('usa', 'zero-enrichment', 'support', 'Iran rejected the US demand to end enrichment', False),
  ('iran', 'stockpile', 'conditional', 'Iran was ready to accept limits on its stockpile in exchange for', True)])

art('004', '2025-06-28T08:00:00Z', 'north-sea-times', 'iran-suspends-iaea', 'Iran suspends cooperation with IAEA inspectors',
 """TEHRAN, June 28 (North Sea Times) - Iran's parliament voted to suspend cooperation with the UN nuclear watchdog, and President Masoud Pezeshkian said inspectors would not return until the safety of Iran's nuclear sites was guaranteed.

Would inspectors be back by the autumn? Diplomats said that was unlikely.""",
 [('iran', 'inspections', 'conditional', 'inspectors would not return until the safety of Iran\'s nuclear sites was guaranteed', True)])

art('005', '2025-07-17T10:00:00Z', 'gulf-wire', 'e3-snapback-warning', 'European powers warn of snapback',
 """BRUSSELS, July 17 (Gulf Wire) - The E3 said on Thursday they would trigger the snapback of UN sanctions by the end of August unless Iran resumed talks and restored access for IAEA inspectors.

Iran's foreign ministry dismissed the threat and said the European powers had no legal right to reimpose sanctions.""",
 [('e3', 'snapback', 'conditional', 'they would trigger the snapback of UN sanctions by the end of August unless', True),
  ('iran', 'snapback', 'oppose', 'the European powers had no legal right to reimpose sanctions', True)])

art('006', '2025-08-28T16:00:00Z', 'north-sea-times', 'e3-trigger-snapback', 'E3 trigger snapback of UN sanctions',
 """NEW YORK, Aug 28 (North Sea Times) - France, Germany and Britain formally triggered the snapback of UN sanctions on Iran on Thursday, the European powers said in a letter to the Security Council.

Araghchi called the move unlawful. The State Department welcomed the decision.""",
 [('e3', 'snapback', 'support', 'formally triggered the snapback of UN sanctions on Iran on Thursday', True),
  ('iran', 'snapback', 'oppose', 'Araghchi called the move unlawful', True),
  ('usa', 'snapback', 'support', 'The State Department welcomed the decision', True)])

art('007', '2025-08-28T18:30:00Z', 'gulf-wire', 'europe-reimposes', 'Europeans move to reimpose UN sanctions on Iran',
 """NEW YORK, Aug 28 (Gulf Wire) - France, Germany and Britain on Thursday triggered the snapback of UN sanctions on Iran, the European powers said in a letter to the Security Council.

Araghchi called the move unlawful, while the State Department welcomed the decision.""",
 [('e3', 'snapback', 'support', 'triggered the snapback of UN sanctions on Iran', True),
  ('iran', 'snapback', 'oppose', 'Araghchi called the move unlawful', True),
  ('usa', 'snapback', 'support', 'the State Department welcomed the decision', True)])

art('008', '2025-09-09T11:00:00Z', 'north-sea-times', 'cairo-inspections-deal', 'Iran agrees to let inspectors back under Cairo framework',
 """CAIRO, Sept 9 (North Sea Times) - Iran agreed on Tuesday to restore access for IAEA inspectors under a framework signed in Cairo, Araghchi said, but warned the deal would be void if the UN sanctions were reimposed.

Israel said the framework was not enough.""",
 [('iran', 'inspections', 'conditional', 'Iran agreed on Tuesday to restore access for IAEA inspectors', True)])

art('009', '2025-09-20T14:00:00Z', 'gulf-wire', 'khamenei-no-talks', 'Khamenei rules out talks on enrichment',
 """TEHRAN, Sept 20 (Gulf Wire) - Ayatollah Ali Khamenei said on Saturday that Iran would not negotiate with Washington over enrichment, calling the US demand for zero enrichment an insult.

Some officials in Tehran had hoped for a compromise. Rubio said the United States still insisted that Iran end enrichment.""",
 [('iran', 'zero-enrichment', 'oppose', 'Iran would not negotiate with Washington over enrichment', True),
  ('usa', 'zero-enrichment', 'support', 'the United States still insisted that Iran end enrichment', True)])

art('010', '2025-10-05T09:30:00Z', 'north-sea-times', 'stockpile-offer', 'Iran signals openness on stockpile',
 """TEHRAN, Oct 5 (North Sea Times) - Iran could hand over part of its stockpile of highly enriched uranium if the sanctions were lifted, Pezeshkian told state television on Sunday.

He said enrichment itself would continue. Washington did not comment.""",
 [('iran', 'stockpile', 'conditional', 'Iran could hand over part of its stockpile of highly enriched uranium', True),
  ('iran', 'zero-enrichment', 'oppose', 'enrichment itself would continue', True)])

SHIFTS = [
  ('iran', 'inspections', 'conditional', 'conditional', None, None),
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
    shifts = [
      {'actor': 'iran', 'issue': 'snapback', 'from': None, 'to': None, 'article': None, 'why': 'placeholder'},
    ][:0]
    shifts = [
      {'actor': 'e3', 'issue': 'snapback', 'from': 'conditional', 'to': 'support', 'article': '006', 'why': 'The E3 trigger the snapback they had threatened (conditional in 005).'},
      {'actor': 'iran', 'issue': 'inspections', 'from': 'conditional', 'to': 'conditional', 'article': None, 'why': 'not a shift'},
    ][:1]
    labels = {'claims': claims, 'shifts': shifts, 'no_alert_articles': [a[0] for a in A if a[0] != '006'], 'duplicates': {'007': '006'}}
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
    <description>{OUTLETS[outlet]}: Iran nuclear talks (shiftwatch test timeline)</description>
{chr(10).join(items)}
  </channel>
</rss>
"""
        with open(os.path.join(HERE, 'feeds', f'{outlet}.xml'), 'w') as f:
            f.write(xml)
main()
