#!/usr/bin/env python3
"""Build and validate the south-korea-impeachment-2024 eval set.

Run from anywhere: `python3 build.py`. Writes articles/NNN.json, feeds/<outlet>.xml and labels.json
next to this file from articles_src.py, then validates everything (quotes, ids, watchlist
references, word counts, date order, derived shifts, xmllint). Self-contained: stdlib + xmllint.
"""
import json, os, re, subprocess, sys
from datetime import datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep the eval folder free of __pycache__
sys.path.insert(0, HERE)
from articles_src import A, OUTLETS  # noqa: E402

# Shifts as a careful reader sees them; validate() re-derives them from baseline + attributed claims.
SHIFTS = [
    dict(actor='yoon', issue='yoon-resigns', frm='oppose', to='conditional', article='009',
         why='Yoon says he will leave it to his party to decide on stabilising measures "including matters concerning his term", an opening to an early exit; baseline: he had no plan to resign.'),
    dict(actor='yoon', issue='yoon-resigns', frm='conditional', to='oppose', article='016',
         why='In his Dec 12 speech Yoon says he will not step down and will fight to the end; the 015 report of his refusal came only from people close to him (attributed false) and did not move the stance.'),
    dict(actor='han-dong-hoon', issue='yoon-impeachment', frm='oppose', to='support', article='017',
         why='Han says the party should adopt impeachment as its position; in 005 he said he would work to make sure the motion did not pass.'),
    dict(actor='han-dong-hoon', issue='ppp-ends-boycott', frm='oppose', to='support', article='017',
         why="Han urges the party's lawmakers to attend Saturday's vote; in 010 he backed the walkout."),
    dict(actor='ppp', issue='ppp-ends-boycott', frm='oppose', to='support', article='021',
         why='Kweon announces that all PPP lawmakers will enter the chamber and cast ballots; in 010 Choo said the party had decided not to take part.'),
    dict(actor='democratic-party', issue='han-duck-soo-impeachment', frm='oppose', to='conditional', article='029',
         why='The DP says it will begin impeachment proceedings against Han Duck-soo if he fails to sign the special counsel bills by Tuesday; in 024 Lee said the party would not seek his impeachment.'),
    dict(actor='democratic-party', issue='han-duck-soo-impeachment', frm='conditional', to='support', article='030',
         why='After Han holds off on the appointments, the DP says it will file the impeachment motion that afternoon (a reversal of its Dec 15 position, via the Dec 23 ultimatum).'),
]
DUPLICATES = [('017', '018'), ('030', '031')]


def rfc822(iso):
    return format_datetime(datetime.strptime(iso, '%Y-%m-%dT%H:%M:%SZ').replace(tzinfo=__import__('datetime').timezone.utc), usegmt=True)


def url_of(a):
    d = a['published'][:10].replace('-', '/')
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def build():
    os.makedirs(os.path.join(HERE, 'articles'), exist_ok=True)
    os.makedirs(os.path.join(HERE, 'feeds'), exist_ok=True)
    arts = []
    for i, a in enumerate(A, 1):
        art = {'id': f'{i:03d}', 'published': a['published'], 'source': OUTLETS[a['outlet']],
               'url': url_of(a), 'title': a['title'], 'text': a['text']}
        arts.append((art, a))
        with open(os.path.join(HERE, 'articles', f'{art["id"]}.json'), 'w', encoding='utf-8') as f:
            json.dump(art, f, ensure_ascii=False, indent=2)
            f.write('\n')
    for slug, name in OUTLETS.items():
        items = [art for art, a in arts if a['outlet'] == slug]
        last = max(items, key=lambda x: x['published'])['published']
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', '  <channel>',
               f'    <title>{escape(name)}</title>', f'    <link>https://example.org/{slug}/</link>',
               f'    <description>{escape(name)}: fictional outlet for the shiftwatch south-korea-impeachment-2024 eval set</description>',
               '    <language>en</language>', f'    <lastBuildDate>{rfc822(last)}</lastBuildDate>']
        for art in sorted(items, key=lambda x: x['published'], reverse=True):
            out += ['    <item>', f'      <title>{escape(art["title"])}</title>', f'      <link>{escape(art["url"])}</link>',
                    f'      <guid isPermaLink="true">{escape(art["url"])}</guid>', f'      <pubDate>{rfc822(art["published"])}</pubDate>',
                    f'      <description>{escape(art["text"])}</description>', '    </item>']
        out += ['  </channel>', '</rss>', '']
        with open(os.path.join(HERE, 'feeds', f'{slug}.xml'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out))
    claims = {art['id']: [dict(actor=c[0], issue=c[1], stance=c[2], quote=c[3], attributed=c[4]) for c in a['claims']] for art, a in arts}
    shifts = [dict(actor=s['actor'], issue=s['issue'], **{'from': s['frm']}, to=s['to'], article=s['article'], why=s['why']) for s in SHIFTS]
    shift_arts = {s['article'] for s in SHIFTS}
    labels = dict(claims=claims, shifts=shifts, no_alert_articles=[i for i in claims if i not in shift_arts])
    with open(os.path.join(HERE, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, ensure_ascii=False, indent=2)
        f.write('\n')
    return labels


def parse_watchlist():
    """Tiny parser for this file's own YAML shape (ids and baseline rows); avoids a PyYAML dependency."""
    txt = open(os.path.join(HERE, 'watchlist.yaml'), encoding='utf-8').read()
    actors_part = txt.split('\nissues:')[0]
    issues_part = txt.split('\nissues:')[1].split('\nbaseline:')[0]
    actors = re.findall(r'^  - id: (\S+)', actors_part, re.M)
    issues = re.findall(r'^  - id: (\S+)', issues_part, re.M)
    baseline = {(m[0], m[1]): m[2] for m in re.findall(r'\{actor: (\S+), issue: (\S+), stance: (\w+)\}', txt)}
    return actors, issues, baseline


def validate(labels):
    errs = []
    actors, issues, baseline = parse_watchlist()
    files = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, 'articles')) if f.endswith('.json'))
    if files != sorted(labels['claims']):
        errs.append(f'article files {files} != label ids')
    prev = ''
    texts = {}
    for i in files:
        art = json.load(open(os.path.join(HERE, 'articles', f'{i}.json'), encoding='utf-8'))
        if art['id'] != i: errs.append(f'{i}: id field {art["id"]}')
        if art['published'] <= prev: errs.append(f'{i}: not in publication order')
        prev = art['published']
        n = len(art['text'].split())
        if not 120 <= n <= 260: errs.append(f'{i}: {n} words')
        if not re.match(r'^[A-Z]+, [A-Z][a-z]{2} \d{1,2} \(' + re.escape(art['source']) + r'\) - ', art['text']):
            errs.append(f'{i}: dateline')
        texts[i] = art['text']
        seen = set()
        for c in labels['claims'][i]:
            if c['actor'] not in actors: errs.append(f'{i}: unknown actor {c["actor"]}')
            if c['issue'] not in issues: errs.append(f'{i}: unknown issue {c["issue"]}')
            if c['stance'] not in ('support', 'oppose', 'conditional'): errs.append(f'{i}: stance {c["stance"]}')
            if c['quote'] not in art['text']: errs.append(f'{i}: quote not in text: {c["quote"]}')
            if len(c['quote'].split()) > 15: errs.append(f'{i}: quote > 15 words')
            if (c['actor'], c['issue']) in seen: errs.append(f'{i}: two claims for {c["actor"]}/{c["issue"]}')
            seen.add((c['actor'], c['issue']))
    for a, b in DUPLICATES:
        ca = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][a])
        cb = sorted((c['actor'], c['issue'], c['stance']) for c in labels['claims'][b])
        if ca != cb: errs.append(f'duplicate {a}/{b} claims differ')
        if texts[a][:5] != texts[b][:5] or json.load(open(os.path.join(HERE, 'articles', f'{b}.json')))['published'][:10] != json.load(open(os.path.join(HERE, 'articles', f'{a}.json')))['published'][:10]:
            errs.append(f'duplicate {a}/{b} not same day')
    # Derive shifts: prevailing = last attributed stance starting from baseline.
    prevailing = dict(baseline)
    derived = []
    for i in files:
        for c in labels['claims'][i]:
            if not c['attributed']: continue
            k = (c['actor'], c['issue'])
            if k in prevailing and prevailing[k] != c['stance']:
                derived.append((c['actor'], c['issue'], prevailing[k], c['stance'], i))
            prevailing[k] = c['stance']
    dup_copies = {b for _, b in DUPLICATES}
    derived = [d for d in derived if d[4] not in dup_copies]
    labelled = [(s['actor'], s['issue'], s['from'], s['to'], s['article']) for s in labels['shifts']]
    if sorted(derived) != sorted(labelled):
        errs.append(f'derived shifts {sorted(derived)} != labelled {sorted(labelled)}')
    if set(labels['no_alert_articles']) | {s['article'] for s in labels['shifts']} != set(files):
        errs.append('no_alert_articles + shift articles != all articles')
    for slug in OUTLETS:
        r = subprocess.run(['xmllint', '--noout', os.path.join(HERE, 'feeds', f'{slug}.xml')], capture_output=True, text=True)
        if r.returncode: errs.append(f'xmllint {slug}: {r.stderr.strip()}')
    json.load(open(os.path.join(HERE, 'labels.json'), encoding='utf-8'))
    return errs


if __name__ == '__main__':
    labels = build()
    errs = validate(labels)
    for e in errs: print('ERROR', e)
    from collections import Counter
    cl = [c for v in labels['claims'].values() for c in v]
    print(f"{len(labels['claims'])} articles, {len(cl)} claims {dict(Counter(c['stance'] for c in cl))}, "
          f"{sum(not c['attributed'] for c in cl)} unattributed, {len(labels['shifts'])} shifts, "
          f"empty: {[i for i, v in labels['claims'].items() if not v]}, per outlet {dict(Counter(a['outlet'] for a in A))}")
    sys.exit(1 if errs else 0)
