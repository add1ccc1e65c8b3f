#!/usr/bin/env python3
"""Build and validate the germany-debt-brake-2024 blind eval set.

Reads articles_src.py (articles, claims, shifts) and watchlist.yaml, writes articles/NNN.json,
feeds/<outlet>.xml and labels.json, then validates everything. Exit 0 = valid.
Usage: python3 build.py
"""
import json, os, re, subprocess, sys
from email.utils import format_datetime
from datetime import datetime
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles_src import ARTICLES, SHIFTS, DUPLICATES  # noqa: E402

OUTLETS = {
    "rhine-courier": "Rhine Courier",
    "eastbridge-wire": "Eastbridge Wire",
    "lantern-post": "Lantern Post",
    "kestrel-report": "Kestrel Report",
    "harwick-gazette": "Harwick Gazette",
}
errors = []


def err(msg):
    errors.append(msg)


def url_of(a):
    d = a["published"][:10].replace("-", "/")
    return f"https://example.org/{a['outlet']}/{d}/{a['slug']}"


def parse_watchlist():
    # Minimal reader for our own watchlist.yaml (ids only), so build.py needs no third-party package.
    text = open(os.path.join(HERE, "watchlist.yaml"), encoding="utf-8").read()
    section, actors, issues, baseline = None, set(), set(), []
    for line in text.splitlines():
        if re.match(r"^(actors|issues|baseline):", line):
            section = line.split(":")[0]
            continue
        m = re.match(r"^  - id: (\S+)", line)
        if m and section == "actors":
            actors.add(m.group(1))
        elif m and section == "issues":
            issues.add(m.group(1))
        m = re.match(r"^  - \{actor: (\S+), issue: (\S+), stance: (\w+)\}", line)
        if m and section == "baseline":
            baseline.append(m.groups())
    return actors, issues, baseline


def main():
    actors, issues, baseline = parse_watchlist()
    os.makedirs(os.path.join(HERE, "articles"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "feeds"), exist_ok=True)
    for f in os.listdir(os.path.join(HERE, "articles")):
        os.remove(os.path.join(HERE, "articles", f))

    claims = {}
    prev = None
    for i, a in enumerate(ARTICLES, 1):
        if a["id"] != f"{i:03d}":
            err(f"article #{i}: id {a['id']} out of sequence")
        if prev and a["published"] <= prev:
            err(f"article {a['id']}: published not after previous")
        prev = a["published"]
        if a["outlet"] not in OUTLETS:
            err(f"article {a['id']}: unknown outlet {a['outlet']}")
        src = OUTLETS.get(a["outlet"], "?")
        words = len(a["text"].split())
        if not 120 <= words <= 260:
            err(f"article {a['id']}: {words} words (want 120-260)")
        if f"({src}) - " not in a["text"].split("\n")[0]:
            err(f"article {a['id']}: dateline does not name {src}")
        doc = {"id": a["id"], "published": a["published"], "source": src, "url": url_of(a),
               "title": a["title"], "text": a["text"]}
        with open(os.path.join(HERE, "articles", f"{a['id']}.json"), "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
        out, seen = [], set()
        for (ac, iss, st, q, att) in a["claims"]:
            if ac not in actors:
                err(f"article {a['id']}: unknown actor {ac}")
            if iss not in issues:
                err(f"article {a['id']}: unknown issue {iss}")
            if st not in ("support", "oppose", "conditional"):
                err(f"article {a['id']}: bad stance {st}")
            if q not in a["text"]:
                err(f"article {a['id']}: quote not in text: {q!r}")
            if len(q.split()) > 15:
                err(f"article {a['id']}: quote over 15 words: {q!r}")
            if (ac, iss) in seen:
                err(f"article {a['id']}: two claims for {ac}/{iss}")
            seen.add((ac, iss))
            out.append({"actor": ac, "issue": iss, "stance": st, "quote": q, "attributed": att})
        claims[a["id"]] = out

    # duplicates carry identical claims (quotes must exist in both texts, checked above)
    for o, c in DUPLICATES:
        key = lambda lst: sorted((x["actor"], x["issue"], x["stance"]) for x in lst)
        if key(claims[o]) != key(claims[c]):
            err(f"duplicate {o}/{c}: claims differ")
        ao, ac_ = ARTICLES[int(o) - 1], ARTICLES[int(c) - 1]
        if ao["published"][:10] != ac_["published"][:10] or ao["outlet"] == ac_["outlet"]:
            err(f"duplicate {o}/{c}: must be same day, different outlets")

    # replaying attributed claims from the baseline must give exactly the labelled shifts
    state = {(a, i): s for a, i, s in baseline}
    replay = []
    for a in ARTICLES:
        for x in claims[a["id"]]:
            if not x["attributed"]:
                continue
            k = (x["actor"], x["issue"])
            if k in state and state[k] != x["stance"]:
                replay.append((k[0], k[1], state[k], x["stance"], a["id"]))
            state[k] = x["stance"]
    labelled = [(s[0], s[1], s[2], s[3], s[4]) for s in SHIFTS]
    if replay != labelled:
        err(f"replayed shifts differ from labels:\n  replay={replay}\n  labels={labelled}")
    shift_articles = {s[4] for s in SHIFTS}
    shifts = [{"actor": s[0], "issue": s[1], "from": s[2], "to": s[3], "article": s[4], "why": s[5]} for s in SHIFTS]
    labels = {"claims": claims, "shifts": shifts,
              "no_alert_articles": [a["id"] for a in ARTICLES if a["id"] not in shift_articles]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

    for slug, name in OUTLETS.items():
        items = [a for a in ARTICLES if a["outlet"] == slug]
        if not items:
            err(f"outlet {slug} has no articles")
            continue
        last = datetime.fromisoformat(items[-1]["published"].replace("Z", "+00:00"))
        parts = ['<?xml version="1.0" encoding="UTF-8"?>', '<rss version="2.0">', "  <channel>",
                 f"    <title>{escape(name)}</title>", f"    <link>https://example.org/{slug}/</link>",
                 f"    <description>{escape(name)}: fictional outlet for the shiftwatch germany-debt-brake-2024 set</description>",
                 "    <language>en</language>", f"    <lastBuildDate>{format_datetime(last, usegmt=True)}</lastBuildDate>"]
        for a in reversed(items):
            dt = datetime.fromisoformat(a["published"].replace("Z", "+00:00"))
            u = url_of(a)
            parts += ["    <item>", f"      <title>{escape(a['title'])}</title>", f"      <link>{u}</link>",
                      f'      <guid isPermaLink="true">{u}</guid>',
                      f"      <pubDate>{format_datetime(dt, usegmt=True)}</pubDate>",
                      f"      <description>{escape(a['text'])}</description>", "    </item>"]
        parts += ["  </channel>", "</rss>", ""]
        path = os.path.join(HERE, "feeds", f"{slug}.xml")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(parts))
        r = subprocess.run(["xmllint", "--noout", path], capture_output=True, text=True)
        if r.returncode != 0:
            err(f"xmllint failed on {path}: {r.stderr.strip()}")

    # re-read everything written, as a consumer would
    for a in ARTICLES:
        json.load(open(os.path.join(HERE, "articles", f"{a['id']}.json"), encoding="utf-8"))
    lab = json.load(open(os.path.join(HERE, "labels.json"), encoding="utf-8"))
    if sorted(lab["claims"]) != sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "articles"))):
        err("labels.json claims keys do not match article files")

    n = sum(len(v) for v in claims.values())
    by = {s: sum(1 for v in claims.values() for x in v if x["stance"] == s) for s in ("support", "oppose", "conditional")}
    unattr = sum(1 for v in claims.values() for x in v if not x["attributed"])
    print(f"articles={len(ARTICLES)} claims={n} {by} unattributed={unattr} shifts={len(SHIFTS)} "
          f"shift_articles={sorted(shift_articles)} empty={[k for k, v in claims.items() if not v]}")
    print("per outlet:", {s: sum(1 for a in ARTICLES if a['outlet'] == s) for s in OUTLETS})
    if errors:
        print("INVALID:\n- " + "\n- ".join(errors))
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
