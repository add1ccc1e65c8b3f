#!/usr/bin/env python3
"""Build and validate the guyana-essequibo-2023 blind eval set.

Generates articles/NNN.json, feeds/<outlet>.xml and labels.json from articles_data.py,
then validates everything (quotes, ids, watchlist references, word counts, datelines,
duplicates, shift replay, xmllint). Exits non-zero on any error. Run: python3 build.py
"""
import json, os, re, subprocess, sys
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True
from articles_data import A  # noqa: E402

OUTLETS = {
    "coastline-wire": "Coastline Wire",
    "equator-herald": "Equator Herald",
    "southern-cross-post": "Southern Cross Post",
    "keel-report": "Keel Report",
    "atlantic-ledger": "Atlantic Ledger",
}
DUPLICATES = [("005", "006"), ("011", "012")]
SHIFTS = [
    {"actor": "guyana", "issue": "direct-talks", "from": "oppose", "to": "conditional", "article": "011",
     "why": "Ali accepts a meeting with Maduro but only to talk about peace and other matters, the land boundary staying off the table; Guyana had refused bilateral talks and kept the dispute at the ICJ (baseline)."},
    {"actor": "venezuela", "issue": "renounce-force", "from": "support", "to": "conditional", "article": "013",
     "why": "Gil says Venezuela will commit to a zone of peace only if Guyana stops drawing the US Southern Command into the dispute; Caracas had said it would not use force to take the territory (baseline)."},
    {"actor": "venezuela", "issue": "renounce-force", "from": "conditional", "to": "support", "article": "014",
     "why": "Venezuela signs the Argyle Declaration: no threat or use of force against Guyana 'in any circumstances', with no condition attached."},
    {"actor": "venezuela", "issue": "renounce-force", "from": "support", "to": "conditional", "article": "018",
     "why": "After HMS Trent arrives, Maduro says Venezuela will keep its Argyle word only as long as Guyana keeps foreign military powers out, and reserves every action to defend itself."},
    {"actor": "venezuela", "issue": "renounce-force", "from": "conditional", "to": "support", "article": "021",
     "why": "In Brasilia Gil says Venezuela stands fully by the Argyle no-force pledge, without the December conditions (reversal of 018)."},
]


def load_watchlist():
    import yaml  # PyYAML if available; fall back to a tiny parser otherwise
    with open(os.path.join(HERE, "watchlist.yaml")) as f:
        return yaml.safe_load(f)


def load_watchlist_fallback():
    text = open(os.path.join(HERE, "watchlist.yaml")).read()
    actors = re.findall(r"^  - id: ([a-z0-9-]+)\n    name:", text.split("issues:")[0], re.M)
    issues = re.findall(r"^  - id: ([a-z0-9-]+)\n    name:", text.split("issues:")[1].split("baseline:")[0], re.M)
    base = [dict(actor=a, issue=i, stance=s) for a, i, s in
            re.findall(r"\{actor: ([a-z0-9-]+), issue: ([a-z0-9-]+), stance: ([a-z]+)\}", text.split("baseline:")[1])]
    return {"actors": [{"id": a} for a in actors], "issues": [{"id": i} for i in issues], "baseline": base}


def main():
    errors = []
    try:
        wl = load_watchlist()
    except ImportError:
        wl = load_watchlist_fallback()
    actor_ids = {a["id"] for a in wl["actors"]}
    issue_ids = {i["id"] for i in wl["issues"]}
    for b in wl["baseline"]:
        if b["actor"] not in actor_ids or b["issue"] not in issue_ids:
            errors.append(f"baseline row {b} names an unknown actor/issue")

    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    by_id = {}
    claims = {}
    prev_pub = None
    for n, a in enumerate(A, start=1):
        aid = a["id"]
        if aid != f"{n:03d}":
            errors.append(f"{aid}: ids must be consecutive, expected {n:03d}")
        pub = datetime.strptime(a["published"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        if prev_pub and pub <= prev_pub:
            errors.append(f"{aid}: published not after previous article")
        prev_pub = pub
        if a["outlet"] not in OUTLETS:
            errors.append(f"{aid}: unknown outlet {a['outlet']}")
        name = OUTLETS[a["outlet"]]
        text = a["text"]
        if not re.match(r"^[A-Z][A-Z .']+, [A-Z][a-z]+\.? \d{1,2} \(" + re.escape(name) + r"\) - ", text):
            errors.append(f"{aid}: dateline must read 'CITY, Mon DD ({name}) - '")
        words = len(text.split())
        if not 120 <= words <= 260:
            errors.append(f"{aid}: {words} words, want 120-260")
        url = f"https://example.org/{a['outlet']}/{pub:%Y/%m/%d}/{a['slug']}"
        doc = {"id": aid, "published": a["published"], "source": name, "url": url, "title": a["title"], "text": text}
        by_id[aid] = dict(doc, outlet=a["outlet"], pub=pub)
        with open(os.path.join(HERE, "articles", f"{aid}.json"), "w") as f:
            json.dump(doc, f, indent=2, ensure_ascii=False)
            f.write("\n")
        cl = []
        for (actor, issue, stance, quote, attributed) in a["claims"]:
            if actor not in actor_ids:
                errors.append(f"{aid}: unknown actor {actor}")
            if issue not in issue_ids:
                errors.append(f"{aid}: unknown issue {issue}")
            if stance not in ("support", "oppose", "conditional"):
                errors.append(f"{aid}: bad stance {stance}")
            if quote not in text:
                errors.append(f"{aid}: quote not in text: {quote!r}")
            if len(quote.split()) > 15:
                errors.append(f"{aid}: quote over 15 words: {quote!r}")
            cl.append({"actor": actor, "issue": issue, "stance": stance, "quote": quote, "attributed": attributed})
        keys = [(c["actor"], c["issue"]) for c in cl]
        if len(keys) != len(set(keys)):
            errors.append(f"{aid}: two claims for the same actor/issue")
        claims[aid] = cl

    # duplicates: same day, different outlets, later copy, identical claim tuples
    for o, d in DUPLICATES:
        if by_id[o]["outlet"] == by_id[d]["outlet"] or by_id[o]["pub"].date() != by_id[d]["pub"].date() and (by_id[d]["pub"] - by_id[o]["pub"]).total_seconds() > 86400:
            errors.append(f"duplicate pair {o}/{d} must be different outlets, same news day")
        t = lambda k: sorted((c["actor"], c["issue"], c["stance"]) for c in claims[k])
        if t(o) != t(d):
            errors.append(f"duplicate pair {o}/{d} claims differ")

    # replay attributed claims from baseline; the derived shifts must equal SHIFTS (copies excluded)
    copies = {d for _, d in DUPLICATES}
    state = {(b["actor"], b["issue"]): b["stance"] for b in wl["baseline"]}
    derived = []
    for aid in sorted(claims):
        if aid in copies:
            continue
        for c in claims[aid]:
            if not c["attributed"]:
                continue
            k = (c["actor"], c["issue"])
            if k in state and state[k] != c["stance"]:
                derived.append({"actor": k[0], "issue": k[1], "from": state[k], "to": c["stance"], "article": aid})
            state[k] = c["stance"]
    declared = [{k: s[k] for k in ("actor", "issue", "from", "to", "article")} for s in SHIFTS]
    if derived != declared:
        errors.append(f"replayed shifts differ from declared:\n  derived={derived}\n  declared={declared}")

    shift_articles = {s["article"] for s in SHIFTS}
    labels = {"claims": claims, "shifts": SHIFTS,
              "no_alert_articles": [a for a in sorted(claims) if a not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w") as f:
        json.dump(labels, f, indent=2, ensure_ascii=False)
        f.write("\n")

    # feeds: RSS 2.0, newest first
    for key, name in OUTLETS.items():
        items = sorted((v for v in by_id.values() if v["outlet"] == key), key=lambda v: v["pub"], reverse=True)
        if not items:
            errors.append(f"outlet {key} has no articles")
            continue
        out = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
               f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{key}/</link>",
               f"    <description>{escape(name)}: fictional outlet for the shiftwatch guyana-essequibo-2023 blind set</description>",
               "    <language>en</language>",
               f"    <lastBuildDate>{format_datetime(items[0]['pub'], usegmt=True)}</lastBuildDate>"]
        for v in items:
            out += ["    <item>", f"      <title>{escape(v['title'])}</title>", f"      <link>{escape(v['url'])}</link>",
                    f'      <guid isPermaLink="true">{escape(v["url"])}</guid>',
                    f"      <pubDate>{format_datetime(v['pub'], usegmt=True)}</pubDate>",
                    f"      <description>{escape(v['text'])}</description>", "    </item>"]
        out += ["  </channel>", "</rss>", ""]
        path = os.path.join(HERE, "feeds", f"{key}.xml")
        with open(path, "w") as f:
            f.write("\n".join(out))
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            errors.append(f"xmllint {path}: {r.stderr.strip()}")

    # files on disk match ids
    on_disk = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".json"))
    if on_disk != sorted(by_id):
        errors.append(f"articles/ holds {on_disk}, expected {sorted(by_id)}")
    for f in os.listdir(os.path.join(HERE, "articles")):
        json.load(open(os.path.join(HERE, "articles", f)))
    json.load(open(os.path.join(HERE, "labels.json")))

    allc = [c for v in claims.values() for c in v]
    from collections import Counter
    print(f"articles={len(A)} claims={len(allc)} by stance={dict(Counter(c['stance'] for c in allc))} "
          f"unattributed={sum(not c['attributed'] for c in allc)} shifts={len(SHIFTS)} "
          f"empty={[k for k, v in claims.items() if not v]} outlets={dict(Counter(a['outlet'] for a in A))}")
    print("words: min", min(len(a["text"].split()) for a in A), "max", max(len(a["text"].split()) for a in A))
    if errors:
        print("ERRORS:\n" + "\n".join(errors))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
