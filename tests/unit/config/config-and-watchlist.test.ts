import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundle, parseConfig } from '../../../shared/config.js';
import { ConfigError } from '../../../shared/domain/errors.js';
import { parseWatchlist } from '../../../shared/domain/watchlist.js';

const paths = { baseDir: '/etc/shiftwatch', cwd: '/home/me' };

describe('Function: parseWatchlist', () => {
  it('reads actors, issues and baseline, and keeps unknown keys', () => {
    const watchlist = parseWatchlist(
      [
        'actors:',
        '  - {id: ukraine, name: Ukraine, aliases: [Kyiv, Zelensky], demonym: Ukrainian}',
        'issues:',
        '  - id: renounce-nato',
        '    name: Ukraine formally abandons its NATO bid',
        '    description: gives up the bid',
        '    terms: [NATO bid]',
        'baseline:',
        '  - {actor: ukraine, issue: renounce-nato, stance: oppose}',
      ].join('\n'),
      'w.yaml',
    );
    expect(watchlist.actors[0]).toMatchObject({ id: 'ukraine', aliases: ['Kyiv', 'Zelensky'], demonym: 'Ukrainian' });
    expect(watchlist.issues[0]).toMatchObject({ id: 'renounce-nato', description: 'gives up the bid', terms: ['NATO bid'] });
    expect(watchlist.baseline).toEqual([{ actor: 'ukraine', issue: 'renounce-nato', stance: 'oppose' }]);
  });

  it('accepts the dev set watchlist as given', async () => {
    const { readFileSync } = await import('node:fs');
    const watchlist = parseWatchlist(readFileSync('../shared/eval/dev/watchlist.yaml', 'utf8'), 'watchlist.yaml');
    expect(watchlist.actors.length).toBeGreaterThan(10);
    expect(watchlist.baseline.length).toBeGreaterThan(10);
  });

  it.each([
    ['a YAML syntax error', 'actors: [\n  {id: a', /^w\.yaml:\d+: invalid YAML/],
    ['no actors', 'issues:\n  - {id: i, name: N}\n', /^w\.yaml: missing 'actors' list$/],
    ['an issue without a name', 'actors:\n  - {id: a}\nissues:\n  - {id: i}\n', /^w\.yaml:4: issues entry is missing 'name'$/],
    ['a duplicate actor', 'actors:\n  - {id: a}\n  - {id: a}\nissues:\n  - {id: i, name: N}\n', /^w\.yaml:3: duplicate actor id 'a'$/],
    [
      'a baseline with an unknown stance',
      'actors:\n  - {id: a}\nissues:\n  - {id: i, name: N}\nbaseline:\n  - {actor: a, issue: i, stance: maybe}\n',
      /^w\.yaml:6: baseline stance 'maybe' must be support, oppose or conditional$/,
    ],
    [
      'a baseline naming an unknown actor',
      'actors:\n  - {id: a}\nissues:\n  - {id: i, name: N}\nbaseline:\n  - {actor: b, issue: i, stance: oppose}\n',
      /^w\.yaml:6: baseline names unknown actor 'b'$/,
    ],
    ['aliases that are not a list', 'actors:\n  - {id: a, aliases: Kyiv}\nissues:\n  - {id: i, name: N}\n', /^w\.yaml:2: 'aliases' must be a list/],
  ])('rejects %s with one line naming the file and line', (_, text, message) => {
    expect(() => parseWatchlist(text, 'w.yaml')).toThrow(ConfigError);
    expect(() => parseWatchlist(text, 'w.yaml')).toThrow(message);
  });
});

describe('Function: parseConfig', () => {
  it('resolves feed paths and the watchlist against the config folder, the store against the working folder', () => {
    const config = parseConfig(
      'feeds:\n  - url: feeds/a.xml\n    name: A\n  - https://example.org/rss\nwatchlist: watchlist.yaml\n',
      'c.yaml',
      paths,
    );
    expect(config.feeds).toEqual([{ url: '/etc/shiftwatch/feeds/a.xml', name: 'A' }, { url: 'https://example.org/rss' }]);
    expect(config.watchlist).toBe('/etc/shiftwatch/watchlist.yaml');
    expect(config.store).toBe('/home/me/.shiftwatch');
    expect(config.alertsFile).toBe('/home/me/.shiftwatch/alerts.jsonl');
    expect(config.horizonHours).toBe(48);
    expect(config.fetch.maxRedirects).toBeGreaterThan(0);
  });

  it.each([
    ['an unknown top-level key', 'feeds: []\nwatchlist: w.yaml\nfeedz: []\n', /^c\.yaml:3: unknown setting 'feedz'/],
    ['a feed without a url', 'feeds:\n  - name: A\nwatchlist: w.yaml\n', /^c\.yaml:2: each feed needs a 'url'/],
    ['an ftp feed', 'feeds:\n  - ftp://example.org/rss\nwatchlist: w.yaml\n', /^c\.yaml:2: feed 'ftp:\/\/example.org\/rss' must be http\(s\)/],
    ['a missing watchlist', 'feeds: []\n', /^c\.yaml:1: 'watchlist' must name the watchlist YAML file$/],
    ['a negative horizon', 'feeds: []\nwatchlist: w.yaml\nhorizonHours: -1\n', /^c\.yaml:3: 'horizonHours' must be at least 0$/],
    ['a non-numeric timeout', 'feeds: []\nwatchlist: w.yaml\nfetch:\n  timeoutMs: soon\n', /^c\.yaml:4: 'fetch\.timeoutMs' must be a number/],
    ['an unknown shift setting', 'feeds: []\nwatchlist: w.yaml\nshifts:\n  minConfidance: 0.5\n', /^c\.yaml:4: unknown shift setting 'minConfidance'/],
    ['an unknown fetch setting', 'feeds: []\nwatchlist: w.yaml\nfetch:\n  retries: 3\n', /^c\.yaml:4: unknown fetch setting 'retries'/],
  ])('rejects %s with one line naming the file and line', (_, text, message) => {
    expect(() => parseConfig(text, 'c.yaml', paths)).toThrow(message);
  });
});

describe('Function: loadBundle', () => {
  it('loads the bundled default config and its watchlist', () => {
    const { config, watchlist } = loadBundle('config/shiftwatch.yaml');
    expect(config.feeds.length).toBeGreaterThan(2);
    expect(watchlist.issues.map((i) => i.id)).toEqual(expect.arrayContaining(['cede-donbas', 'renounce-nato']));
  });

  it('names a missing watchlist file in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-config-'));
    writeFileSync(join(dir, 'c.yaml'), 'feeds: []\nwatchlist: nowhere.yaml\n');
    expect(() => loadBundle(join(dir, 'c.yaml'))).toThrow(`${join(dir, 'nowhere.yaml')}: cannot read watchlist file (no such file)`);
  });
});
