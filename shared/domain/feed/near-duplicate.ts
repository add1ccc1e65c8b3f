import { createHash } from 'node:crypto';

/**
 * Estimated Jaccard similarity of content words at or above which two stories count as
 * copies of one story. Measured on ../shared/eval/dev (60 articles, 1,770 pairs): the
 * three reworded copies score 0.66-0.73 (MinHash estimate; exact Jaccard 0.66-0.71),
 * the closest unrelated pair 0.42 (exact 0.30). With 1,767 unrelated pairs against 3
 * copies, the threshold leans toward the copies.
 */
export const NEAR_DUPLICATE_MIN_SIMILARITY = 0.5;

/** Fewer distinct content words than this and similarity means little (two short headlines). */
const MIN_FEATURES = 8;
const HASHES = 64;

// Function words carry no topic; dropping them keeps the Jaccard of unrelated stories low.
const STOPWORDS = new Set(
  ('a an the and or but nor of to in on at for with by from as is was were be been being are am that this these those it its ' +
    'he she they we you i his her their our your my him them us me who whom whose which what when where why how while ' +
    'after before into over under about above below between through during also could should would will shall may might ' +
    'can must do did does done so such more most other some any all each both just now only very per up out off than then ' +
    'there here not no yes had has have having said says say told according new one two three').split(' '),
);

function contentWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    // A 6-letter prefix is a crude, language-agnostic stem: "negotiate"/"negotiated"/"negotiators" meet.
    out.add(w.slice(0, 6));
  }
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Fixed odd multipliers and offsets for the 64 hash functions (derived once, deterministically).
const MULT = new Uint32Array(HASHES);
const ADD = new Uint32Array(HASHES);
for (let i = 0, x = 0x9e3779b9; i < HASHES; i++) {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  MULT[i] = (x | 1) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  ADD[i] = x;
}

function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x7feb352d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A MinHash fingerprint of the story's content words (64 hash functions, 16 bits
 * each), as 258 hex digits: two for the number of distinct words (capped at 255), then
 * 64 x 4. Copies of one story reworded by another outlet keep most of their content
 * words; unrelated stories on the same topic share far fewer.
 *
 * @example fingerprint('EU leaders endorse Brexit deal ...') // '5a3f01...' (258 hex digits)
 */
export function fingerprint(text: string): string {
  const words = contentWords(text);
  const mins = new Uint32Array(HASHES).fill(0xffffffff);
  for (const w of words) {
    const h = fnv1a(w);
    for (let i = 0; i < HASHES; i++) {
      const v = mix((Math.imul(h, MULT[i]!) + ADD[i]!) >>> 0);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  let out = Math.min(words.size, 255).toString(16).padStart(2, '0');
  for (let i = 0; i < HASHES; i++) out += (mins[i]! >>> 16).toString(16).padStart(4, '0');
  return out;
}

const FINGERPRINT = /^[0-9a-f]{258}$/;

/**
 * Estimated Jaccard similarity (0..1) of the content words behind two fingerprints;
 * 0 when either is malformed or too short to judge.
 *
 * @example similarity(a.fingerprint!, b.fingerprint!) // 0.69
 */
export function similarity(a: string, b: string): number {
  if (!FINGERPRINT.test(a) || !FINGERPRINT.test(b)) return 0;
  if (parseInt(a.slice(0, 2), 16) < MIN_FEATURES || parseInt(b.slice(0, 2), 16) < MIN_FEATURES) return 0;
  let same = 0;
  for (let i = 2; i < a.length; i += 4) if (a.slice(i, i + 4) === b.slice(i, i + 4)) same++;
  return same / HASHES;
}

/**
 * True when two fingerprints are close enough to be copies of one story.
 *
 * @example isNearDuplicate(story.fingerprint!, other.fingerprint!)
 */
export function isNearDuplicate(a: string, b: string, minSimilarity = NEAR_DUPLICATE_MIN_SIMILARITY): boolean {
  return similarity(a, b) >= minSimilarity;
}

/**
 * The id of the earliest-published candidate whose fingerprint is a near-duplicate of
 * `fingerprint` (the original the copy should be credited to), or undefined.
 *
 * @example findNearDuplicate(story.fingerprint!, recent) // 'c0ffee...' or undefined
 */
export function findNearDuplicate(
  fingerprint: string,
  candidates: readonly { id: string; fingerprint?: string; published: string }[],
  minSimilarity = NEAR_DUPLICATE_MIN_SIMILARITY,
): string | undefined {
  let best: { id: string; published: string } | undefined;
  for (const c of candidates) {
    if (!c.fingerprint || !isNearDuplicate(fingerprint, c.fingerprint, minSimilarity)) continue;
    if (!best || c.published < best.published || (c.published === best.published && c.id < best.id)) best = c;
  }
  return best?.id;
}

/** sha256 hex, for ids. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
