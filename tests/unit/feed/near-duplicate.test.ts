import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findNearDuplicate, fingerprint, isNearDuplicate, similarity } from '../../../shared/domain/feed/near-duplicate.js';

const DEV = '../shared/eval/dev/articles';
const articles = readdirSync(DEV)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`${DEV}/${f}`, 'utf8')) as { id: string; title: string; text: string; published: string });
const fp = new Map(articles.map((a) => [a.id, fingerprint(`${a.title}\n${a.text}`)]));
const COPIES = new Set(['003|004', '015|016', '051|052']);

describe('Function: fingerprint / isNearDuplicate on the dev set', () => {
  it('is deterministic and 258 hex digits', () => {
    expect(fingerprint('the same text about Brexit and the backstop')).toBe(fingerprint('the same text about Brexit and the backstop'));
    expect(fp.get('001')).toMatch(/^[0-9a-f]{258}$/);
  });

  it('flags exactly the three reworded copies among all pairs', () => {
    const flagged: string[] = [];
    const ids = [...fp.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        if (isNearDuplicate(fp.get(ids[i]!)!, fp.get(ids[j]!)!)) flagged.push(`${ids[i]}|${ids[j]}`);
      }
    }
    expect(flagged.sort()).toEqual([...COPIES].sort());
  });

  it('does not judge texts too short to compare', () => {
    expect(isNearDuplicate(fingerprint('Brexit talks resume'), fingerprint('Brexit talks resume'))).toBe(false);
  });

  it('rates a light edit of an article near 1 and malformed input 0', () => {
    const a = articles[0]!;
    const edited = `${a.title}\n${a.text.replace(/\bsaid\b/g, 'stated').replace(/\.\s[^.]*\.$/, '.')}`;
    expect(similarity(fp.get(a.id)!, fingerprint(edited))).toBeGreaterThan(0.8);
    expect(similarity('abc', fp.get(a.id)!)).toBe(0);
  });
});

describe('Function: findNearDuplicate', () => {
  it('returns the earliest-published near-duplicate, or undefined', () => {
    const candidates = [
      { id: 'late-copy', fingerprint: fp.get('003')!, published: '2018-11-25T12:00:00Z' },
      { id: 'unrelated', fingerprint: fp.get('020')!, published: '2018-11-20T12:00:00Z' },
      { id: 'early-copy', fingerprint: fp.get('003')!, published: '2018-11-25T09:00:00Z' },
    ];
    expect(findNearDuplicate(fp.get('004')!, candidates)).toBe('early-copy');
    expect(findNearDuplicate(fp.get('030')!, candidates)).toBeUndefined();
    expect(findNearDuplicate(fp.get('004')!, [])).toBeUndefined();
  });
});

describe('Class: NearDuplicateBandIndex', () => {
  it('finds the copies through LSH keys, and only them', async () => {
    const { NearDuplicateBandIndex, nearDuplicateKeys } = await import('../../../shared/domain/feed/near-duplicate.js');
    expect(nearDuplicateKeys(fp.get('003')!)).toHaveLength(21);
    expect(nearDuplicateKeys('short')).toEqual([]);
    const index = new NearDuplicateBandIndex();
    const found: string[] = [];
    for (const a of [...articles].sort((x, y) => x.published.localeCompare(y.published) || x.id.localeCompare(y.id))) {
      const original = index.findOrAdd({ id: a.id, fingerprint: fp.get(a.id)!, published: a.published });
      if (original) found.push(`${original}|${a.id}`);
    }
    expect(found.sort()).toEqual([...COPIES].sort());
    expect(index.find(fp.get('016')!)).toBe('015');
  });
});
