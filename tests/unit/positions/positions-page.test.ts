import { describe, it, expect } from 'vitest';
import { heldFor, renderPositionsHtml } from '../../../shared/domain/positions/positions-page.js';
import { applyEvidence, buildAlert, DEFAULT_SHIFT_SETTINGS } from '../../../shared/domain/positions/shift-rules.js';
import type { Alert, Evidence, Position, Stance } from '../../../shared/domain/types.js';

const watchlist = {
  actors: [
    { id: 'turkey', name: 'Turkey', aliases: [] },
    { id: 'hungary', name: 'Hungary', aliases: [] },
  ],
  issues: [
    { id: 'finland-joins-nato', name: 'Finland becomes a member of NATO', terms: [] },
    { id: 'sweden-joins-nato', name: 'Sweden becomes a member of NATO', terms: [] },
  ],
};

function ev(storyId: string, published: string, stance: Stance, quote: string, over: Partial<Evidence> = {}): Evidence {
  return {
    storyId,
    url: `https://example.org/wire-one/${storyId}`,
    title: `Headline ${storyId}`,
    source: 'Wire One',
    published,
    quote,
    stance,
    confidence: 0.9,
    attributed: true,
    ...over,
  };
}

function build(): { positions: Position[]; alerts: Alert[] } {
  const positions = new Map<string, Position>();
  const alerts: Alert[] = [];
  const steps: [string, string, Stance | undefined, Evidence][] = [
    ['turkey', 'sweden-joins-nato', 'oppose', ev('029', '2022-05-16T09:00:00Z', 'oppose', 'Erdogan said Turkey would not approve Sweden\u2019s application.')],
    ['turkey', 'sweden-joins-nato', 'oppose', ev('034', '2022-06-28T19:00:00Z', 'conditional', 'Final approval by parliament would depend on the two countries keeping their promises.')],
    ['turkey', 'sweden-joins-nato', 'oppose', ev('051', '2023-07-10T21:30:00Z', 'support', 'Turkey undertook to send Sweden\u2019s protocol to parliament <b>as soon as possible</b>.')],
    ['hungary', 'sweden-joins-nato', 'conditional', ev('054', '2024-01-23T10:00:00Z', 'conditional', 'Orban invited Kristersson to negotiate on Sweden\u2019s accession.', { url: 'javascript:alert(1)' })],
    ['hungary', 'sweden-joins-nato', 'conditional', ev('055', '2024-01-24T10:00:00Z', 'support', 'Diplomats said Budapest was ready to ratify.', { attributed: false })],
  ];
  for (const [actor, issue, baseline, e] of steps) {
    const key = `${actor}|${issue}`;
    const out = applyEvidence(positions.get(key), e, { actor, issue, baseline, now: new Date(e.published), settings: DEFAULT_SHIFT_SETTINGS });
    positions.set(key, out.position);
    if (out.shift) alerts.push(buildAlert(out.shift, { actor, issue }));
  }
  return { positions: [...positions.values()], alerts };
}

describe('Function: renderPositionsHtml', () => {
  const { positions, alerts } = build();
  const now = new Date('2024-02-01T00:00:00Z');
  const html = renderPositionsHtml(positions, watchlist, now, { alerts });

  it('is a self-contained page: no scripts, external styles, images or fonts', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    expect(html).not.toMatch(/\bsrc=/i);
  });

  it('shows the matrix with names, the current stance, how long it held and the last shift', () => {
    const matrix = html.slice(html.indexOf('<table>'), html.indexOf('</table>'));
    expect(matrix).toContain('Sweden becomes a member of NATO');
    expect(matrix).toContain('<th scope="row">Turkey<code>turkey</code></th>');
    expect(matrix).toMatch(/c-support"><a class="cell" href="#p-turkey--sweden-joins-nato"><span class="st st-support">support<\/span><div class="held">held 7 months<\/div><div class="last">was conditional until 2023-07-10<\/div>/);
    // Hungary's conditional stance is only a baseline; a reported claim did not move it.
    expect(matrix).toMatch(/c-conditional"><a class="cell" href="#p-hungary--sweden-joins-nato"><span class="st st-conditional">conditional/);
    // Only issues with positions become columns.
    expect(matrix).not.toContain('Finland becomes a member of NATO');
  });

  it('each cell has a timeline of claims with links, shifts and earlier evidence, newest first', () => {
    const section = html.slice(html.indexOf('<section id="p-turkey--sweden-joins-nato">'));
    const turkey = section.slice(0, section.indexOf('</section>'));
    expect(turkey).toContain('<a href="https://example.org/wire-one/051" rel="noopener noreferrer">Headline 051</a>');
    const order = ['051', '034', '029'].map((id) => turkey.indexOf(`wire-one/${id}"`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(turkey.match(/<strong>Shift:<\/strong>/g)).toHaveLength(2);
  });

  it('escapes text and never links a non-http url', () => {
    expect(html).toContain('&lt;b&gt;as soon as possible&lt;/b&gt;');
    expect(html).not.toContain('<b>as soon');
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain('pending: not yet decisive');
    expect(html).toContain('reported');
  });

  it('renders an empty store and ids without a watchlist', () => {
    expect(renderPositionsHtml([], undefined, now)).toContain('No positions yet.');
    const bare = renderPositionsHtml(positions, undefined, now);
    expect(bare).toContain('<th scope="row">turkey<code>turkey</code></th>');
  });

  it.each([
    ['2024-01-31T19:00:00Z', '5 h'],
    ['2024-01-20T00:00:00Z', '12 days'],
    ['2023-07-10T21:30:00Z', '7 months'],
    ['2021-02-01T00:00:00Z', '3.0 years'],
  ])('heldFor(%s) is %s', (since, text) => {
    expect(heldFor(since, now)).toBe(text);
  });
});
