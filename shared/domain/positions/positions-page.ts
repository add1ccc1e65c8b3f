/**
 * A self-contained HTML page of positions: a matrix of actors by issues with each current
 * stance, how long it has held and the last shift, and per cell a timeline of the claims
 * behind it, with links. Inline CSS only: no scripts, fonts or images, so the file opens
 * anywhere, offline, and prints.
 */
import type { Alert, AlertEvidence, Position, Stance } from '../types.js';
import type { Watchlist } from '../watchlist.js';

export interface PositionsPageOptions {
  /** Alerts raised so far (from the outbox): they add the shift history and the evidence for earlier stances. */
  alerts?: Alert[];
  /** Page title. @default 'shiftwatch positions' */
  title?: string;
}

type TimelineKind = 'evidence' | 'pending' | 'earlier';

interface TimelineItem {
  published: string;
  kind: TimelineKind | 'shift';
  stance?: Stance;
  e?: AlertEvidence & { attributed?: boolean; confidence?: number };
  shift?: { from: Stance; to: Stance };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Only http(s) links become anchors: a feed must not be able to inject `javascript:`. */
function link(url: string, label: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${esc(url)}" rel="noopener noreferrer">${esc(label)}</a>` : esc(label);
}

function day(iso: string | undefined): string {
  if (!iso) return '';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().slice(0, 16).replace('T', ' ');
}

/** "5 h", "3 days", "2 months": how long a stance has held. */
export function heldFor(since: string, now: Date): string {
  const hours = Math.max(0, (now.getTime() - Date.parse(since)) / 3_600_000);
  if (Number.isNaN(hours)) return '';
  if (hours < 48) return `${Math.round(hours)} h`;
  const days = hours / 24;
  if (days < 60) return `${Math.round(days)} days`;
  if (days < 730) return `${Math.round(days / 30.44)} months`;
  return `${(days / 365.25).toFixed(1)} years`;
}

function cellId(actor: string, issue: string): string {
  return `p-${actor}--${issue}`.replace(/[^A-Za-z0-9_-]/g, '_');
}

function stanceBadge(stance: Stance | undefined): string {
  return stance ? `<span class="st st-${stance}">${stance}</span>` : '<span class="st st-none">unknown</span>';
}

function timelineOf(p: Position, alerts: Alert[]): TimelineItem[] {
  const items: TimelineItem[] = [];
  const seen = new Set<string>();
  const add = (kind: TimelineKind, stance: Stance, e: TimelineItem['e']) => {
    if (!e) return;
    const key = `${e.url}|${stance}|${e.quote}`;
    if (seen.has(key)) return;
    seen.add(key);
    items.push({ published: e.published, kind, stance, e });
  };
  for (const e of p.evidence) add('evidence', e.stance, e);
  for (const e of p.pending) add('pending', e.stance, e);
  const mine = alerts.filter((a) => a.actor === p.actor && a.issue === p.issue);
  for (const a of mine) {
    items.push({ published: a.at, kind: 'shift', shift: { from: a.from, to: a.to } });
    for (const e of a.evidence) add('earlier', a.to, e);
    for (const e of a.previous ?? []) add('earlier', a.from, e);
  }
  if (mine.length === 0 && p.lastShift) {
    items.push({ published: p.lastShift.at, kind: 'shift', shift: { from: p.lastShift.from, to: p.lastShift.to } });
  }
  // Newest first; at equal times the shift marker sits above the evidence that decided it.
  return items.sort((a, b) => b.published.localeCompare(a.published) || (a.kind === 'shift' ? -1 : b.kind === 'shift' ? 1 : 0));
}

function timelineHtml(items: TimelineItem[]): string {
  if (items.length === 0) return '<p class="muted">No stories yet: the stance is the watchlist baseline.</p>';
  const rows = items.map((it) => {
    if (it.kind === 'shift' && it.shift) {
      return `<li class="shift"><time>${esc(day(it.published))}</time> <strong>Shift:</strong> ${stanceBadge(it.shift.from)} &rarr; ${stanceBadge(it.shift.to)}</li>`;
    }
    const e = it.e!;
    const how = e.attributed === undefined ? '' : e.attributed ? 'attributed' : 'reported';
    const conf = typeof e.confidence === 'number' ? ` &middot; confidence ${e.confidence.toFixed(2)}` : '';
    const tag = it.kind === 'pending' ? ' <span class="tag">pending: not yet decisive</span>' : '';
    return (
      `<li class="${it.kind}"><time>${esc(day(it.published))}</time> ${stanceBadge(it.stance)}${tag}` +
      `<blockquote>${esc(e.quote)}</blockquote>` +
      `<div class="src">${link(e.url, e.title || e.url)} &middot; ${esc(e.source)}${how ? ` &middot; ${how}` : ''}${conf}</div></li>`
    );
  });
  return `<ol class="timeline">${rows.join('')}</ol>`;
}

/**
 * Renders positions as one self-contained HTML page.
 *
 * @example writeFileSync('positions.html', renderPositionsHtml(await store.list(), watchlist, new Date()))
 */
export function renderPositionsHtml(
  positions: Position[],
  watchlist: Pick<Watchlist, 'actors' | 'issues'> | undefined,
  now: Date,
  options: PositionsPageOptions = {},
): string {
  const alerts = options.alerts ?? [];
  const title = options.title ?? 'shiftwatch positions';
  const actorName = new Map(watchlist?.actors.map((a) => [a.id, a.name]) ?? []);
  const issueName = new Map(watchlist?.issues.map((i) => [i.id, i.name]) ?? []);
  const byKey = new Map(positions.map((p) => [`${p.actor}|${p.issue}`, p]));

  // Watchlist order first (as the user wrote it), then anything else alphabetically; only
  // actors and issues with at least one position, so the matrix stays readable.
  const order = (ids: string[], known: string[]) => {
    const present = new Set(ids);
    const fromList = known.filter((id) => present.has(id));
    const rest = [...present].filter((id) => !known.includes(id)).sort();
    return [...fromList, ...rest];
  };
  const actors = order(positions.map((p) => p.actor), watchlist?.actors.map((a) => a.id) ?? []);
  const issues = order(positions.map((p) => p.issue), watchlist?.issues.map((i) => i.id) ?? []);

  const head = issues
    .map((i) => `<th scope="col"><span class="name">${esc(issueName.get(i) ?? i)}</span><code>${esc(i)}</code></th>`)
    .join('');
  const body = actors
    .map((a) => {
      const cells = issues
        .map((i) => {
          const p = byKey.get(`${a}|${i}`);
          if (!p) return '<td class="empty">&middot;</td>';
          const held = p.since ? `held ${heldFor(p.since, now)}` : p.fromBaseline ? 'baseline' : '';
          const last = p.lastShift ? `<div class="last">was ${esc(p.lastShift.from)} until ${esc(day(p.lastShift.at).slice(0, 10))}</div>` : '';
          const n = p.evidence.length + p.pending.length;
          return (
            `<td class="c-${p.stance ?? 'none'}"><a class="cell" href="#${cellId(a, i)}">${stanceBadge(p.stance)}` +
            `<div class="held">${esc(held)}${p.fromBaseline && p.since ? ' (baseline)' : ''}</div>${last}` +
            `<div class="n">${n} stor${n === 1 ? 'y' : 'ies'}</div></a></td>`
          );
        })
        .join('');
      return `<tr><th scope="row">${esc(actorName.get(a) ?? a)}<code>${esc(a)}</code></th>${cells}</tr>`;
    })
    .join('\n');

  const sections = actors
    .flatMap((a) => issues.map((i) => byKey.get(`${a}|${i}`)))
    .filter((p): p is Position => p !== undefined)
    .map((p) => {
      const since = p.since ? `since ${esc(day(p.since))} (${esc(heldFor(p.since, now))})` : p.fromBaseline ? 'from the watchlist baseline' : '';
      const last = p.lastShift ? ` &middot; last shift ${stanceBadge(p.lastShift.from)} &rarr; ${stanceBadge(p.lastShift.to)} on ${esc(day(p.lastShift.at))}` : '';
      return (
        `<section id="${cellId(p.actor, p.issue)}"><h2>${esc(actorName.get(p.actor) ?? p.actor)} on ${esc(issueName.get(p.issue) ?? p.issue)}</h2>` +
        `<p>${stanceBadge(p.stance)} ${since}${last}</p>${timelineHtml(timelineOf(p, alerts))}` +
        `<p class="top"><a href="#matrix">back to the matrix</a></p></section>`
      );
    })
    .join('\n');

  const empty = positions.length === 0 ? '<p class="muted">No positions yet.</p>' : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1d2329;background:#fafafa}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:0 0 .4rem}
.muted,.meta{color:#5c6670}.meta{margin:0 0 1rem}
.wrap{overflow-x:auto}
table{border-collapse:collapse;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08)}
th,td{border:1px solid #dde1e5;padding:.45rem .6rem;vertical-align:top;text-align:left}
thead th{background:#f0f2f4;font-weight:600;max-width:11rem}
th code{display:block;font-size:.75rem;color:#6b7580;font-weight:400}
th .name{display:block}
td.empty{color:#b5bcc3;text-align:center}
td.c-support{background:#eef8f0}td.c-oppose{background:#fbeeee}td.c-conditional{background:#fdf6e6}
a.cell{display:block;color:inherit;text-decoration:none}
a.cell:hover .st{text-decoration:underline}
.held,.last,.n{font-size:.8rem;color:#4e5862}.n{color:#7a848d}
.st{display:inline-block;padding:.05rem .45rem;border-radius:.8rem;font-size:.8rem;font-weight:600;color:#fff}
.st-support{background:#2e7d32}.st-oppose{background:#c62828}.st-conditional{background:#b26a00}.st-none{background:#78828c}
section{background:#fff;margin:1.25rem 0;padding:1rem 1.2rem;box-shadow:0 1px 2px rgba(0,0,0,.08)}
section:target{outline:3px solid #4a90d9}
ol.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #dde1e5}
ol.timeline li{margin:0 0 .9rem;padding-left:.9rem}
li.shift{font-size:.95rem}li.pending,li.earlier{opacity:.8}
time{font-variant-numeric:tabular-nums;color:#5c6670;font-size:.85rem;margin-right:.3rem}
blockquote{margin:.3rem 0;padding:.2rem .6rem;border-left:3px solid #c9ced3;color:#2b3238}
.src{font-size:.82rem;color:#5c6670}
.tag{font-size:.75rem;background:#eceff1;border-radius:.3rem;padding:.05rem .35rem}
.legend span{margin-right:.6rem}.top{font-size:.8rem;margin:.4rem 0 0}
</style>
</head>
<body>
<h1 id="matrix">${esc(title)}</h1>
<p class="meta">As of ${esc(day(now.toISOString()))} UTC &middot; ${positions.length} position${positions.length === 1 ? '' : 's'} &middot; ${alerts.length} alert${alerts.length === 1 ? '' : 's'} &middot;
<span class="legend">${stanceBadge('support')} wants or accepts the proposition ${stanceBadge('conditional')} only under conditions ${stanceBadge('oppose')} rejects it</span></p>
${empty}<div class="wrap"><table>
<thead><tr><th scope="col">Actor \\ Issue</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table></div>
${sections}
</body>
</html>
`;
}
