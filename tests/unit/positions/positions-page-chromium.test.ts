import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderPositionsHtml } from '../../../shared/domain/positions/positions-page.js';
import { applyEvidence, buildAlert, DEFAULT_SHIFT_SETTINGS } from '../../../shared/domain/positions/shift-rules.js';
import type { Alert, Position } from '../../../shared/domain/types.js';

/** Debian's `chromium` package (or another Chromium on PATH); the test is skipped without one. */
function findChromium(): string | undefined {
  for (const bin of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return undefined;
}
const chromium = findChromium();

function samplePage(): string {
  let position: Position | undefined;
  const alerts: Alert[] = [];
  const quotes = [
    ['oppose', 'Erdogan said Turkey would not approve Sweden\u2019s application while it sheltered militants.'],
    ['conditional', 'Final approval by parliament would depend on the two countries keeping their promises.'],
    ['support', 'Turkey undertook to send Sweden\u2019s accession protocol to parliament and work for its ratification.'],
  ] as const;
  quotes.forEach(([stance, quote], i) => {
    const published = new Date(Date.UTC(2022, 4 + i * 6, 16)).toISOString();
    const out = applyEvidence(
      position,
      { storyId: `s${i}`, url: `https://example.org/s${i}`, title: `Story ${i}`, source: 'Wire One', published, quote, stance, confidence: 0.9, attributed: true },
      { actor: 'turkey', issue: 'sweden-joins-nato', baseline: 'oppose', now: new Date(published), settings: DEFAULT_SHIFT_SETTINGS },
    );
    position = out.position;
    if (out.shift) alerts.push(buildAlert(out.shift, { actor: 'turkey', issue: 'sweden-joins-nato' }));
  });
  return renderPositionsHtml([position!], undefined, new Date('2024-01-01T00:00:00Z'), { alerts });
}

describe('Page: positions HTML in headless Chromium', () => {
  it.skipIf(!chromium)('renders to a non-blank screenshot without any network', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shiftwatch-page-'));
    try {
      const page = join(dir, 'positions.html');
      const png = join(dir, 'shot.png');
      writeFileSync(page, samplePage());
      execFileSync(
        chromium!,
        [
          '--headless=new', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
          // The page must need nothing from the network: make every host unresolvable.
          '--host-resolver-rules=MAP * ~NOTFOUND',
          '--window-size=1000,700', `--screenshot=${png}`, pathToFileURL(page).href,
        ],
        { stdio: 'ignore', timeout: 60_000 },
      );
      const bytes = readFileSync(png);
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(bytes.readUInt32BE(16)).toBe(1000);
      expect(bytes.readUInt32BE(20)).toBe(700);
      // A blank page compresses to a few hundred bytes; text, badges and tables do not.
      expect(bytes.length).toBeGreaterThan(8_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
