import * as crypto from 'node:crypto';

/**
 * Estimated Jaccard similarity of content words at or above which two stories count as
 * copies of one story. Measured on ../shared/eval/dev (60 articles, 1,770 pairs): the
 * three reworded copies score 0.66, 0.78 and 0.80 (exact Jaccard 0.66-0.71), the
 * closest unrelated pair 0.33 (exact 0.30); 0.5 sits in the middle of the gap.
 */
export const NEAR_DUPLICATE_MIN_SIMILARITY = 0.5;

/** Fewer distinct content words than this and similarity means little (two short headlines). */
const MIN_FEATURES = 16;
const HASHES = 64;

// Function words carry no topic; dropping them keeps the Jaccard of unrelated stories low.
const STOPWORDS = new Set(
  ('a an the and or but nor of to in on at for with by from as is was were be been being are am that this these those it its ' +
    'he she they we you i his her their our your my him them us me who whom whose which what when where why how while ' +
    'after before into over under about above below between through during also could should would will shall may might ' +
    'can must do did does done so such more most other some any all each both just now only very per up out off than then ' +
    'there here not no yes had has have having said says say told according new one two three').split(' '),
);

function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  // Beyond ASCII: letters of every script count; Latin-1 signs, general and CJK punctuation do not.
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xfe30 && c <= 0xfe4f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  return true;
}

// Stopword hashes in an open-addressing table of int32 keys (0 marks an empty slot; no
// stopword hashes to 0): a Set of numbers above 2^31 boxes a double on every lookup.
const STOP_TABLE = new Int32Array(1024);
for (const w of STOPWORDS) {
  const h = fnv1a(w) | 0;
  let slot = h & 1023;
  while (STOP_TABLE[slot] !== 0 && STOP_TABLE[slot] !== h) slot = (slot + 1) & 1023;
  STOP_TABLE[slot] = h;
}

function isStopHash(h: number): boolean {
  for (let slot = h & 1023; STOP_TABLE[slot] !== 0; slot = (slot + 1) & 1023) if (STOP_TABLE[slot] === h) return true;
  return false;
}

const EMPTY = 0xffffffff;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
// Scratch space reused across calls (the domain is single-threaded per process).
const seen = new Int32Array(1024);
const seenGen = new Int32Array(1024);
let generation = 0;

/**
 * Feeds the text's content words (lower-cased, 6-letter prefix as a crude,
 * language-agnostic stem: "negotiate"/"negotiated"/"negotiators" meet; stopwords and
 * words under 3 letters skipped) into the 64 one-permutation MinHash bins, and returns
 * how many distinct words it saw (counting stops at 256). Hand-rolled: a
 * Unicode-property regex with string sets was most of the fingerprint's cost.
 */
function fillBins(text: string, mins: Uint32Array): number {
  generation++;
  let distinct = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    let full = 0x811c9dc5;
    let prefix = 0x811c9dc5;
    let ascii = true;
    while (i < n) {
      let c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      else if (c >= 0x80) ascii = false;
      full = Math.imul(full ^ c, 0x01000193);
      if (i - start < 6) prefix = full;
      i++;
    }
    const len = i - start;
    if (len < 3) continue;
    if (!ascii) {
      // Non-ASCII case folding needs the real toLowerCase.
      const w = text.slice(start, i).toLowerCase();
      full = fnv1a(w);
      prefix = w.length > 6 ? fnv1a(w.slice(0, 6)) : full;
    }
    if (len <= 9 && isStopHash(full | 0)) continue;
    const word = prefix >>> 0;
    if (distinct < 256) {
      // Open addressing in a 1024-slot table: a distinct count without a Set.
      let slot = word & 1023;
      while (seenGen[slot] === generation && seen[slot] !== (word | 0)) slot = (slot + 1) & 1023;
      if (seenGen[slot] !== generation) {
        seenGen[slot] = generation;
        seen[slot] = word | 0;
        distinct++;
      }
    }
    const h = avalanche(word);
    const bin = h >>> 26; // top 6 bits choose one of 64 bins
    const value = h & 0x03ffffff;
    if (value < mins[bin]!) mins[bin] = value;
  }
  return distinct;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function avalanche(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A MinHash fingerprint of the story's content words, as 258 hex digits: two for the
 * number of distinct words (capped at 255), then 64 slots of 16 bits. One-permutation
 * MinHash (each word hashed once into one of 64 bins, empty bins filled by rotation)
 * costs one hash per word instead of 64. Copies of one story reworded by another outlet
 * keep most of their content words; unrelated stories on the same topic share far fewer.
 *
 * @example fingerprint('EU leaders endorse Brexit deal ...') // '5a3f01...' (258 hex digits)
 */
export function fingerprint(text: string): string {
  const mins = new Uint32Array(HASHES).fill(EMPTY);
  const count = fillBins(text, mins);
  let out = HEX[Math.min(count, 255)]!;
  if (count === 0) return out + '0'.repeat(HASHES * 4);
  for (let i = 0; i < HASHES; i++) {
    let v = mins[i]!;
    if (v === EMPTY) {
      // Rotation densification: borrow the next non-empty bin, offset by the distance,
      // so two texts agree on an empty bin only when their neighbourhoods agree.
      let d = 1;
      while (mins[(i + d) % HASHES] === EMPTY) d++;
      v = (mins[(i + d) % HASHES]! + Math.imul(d, 0x9e3779b1)) & 0x03ffffff;
    }
    const slot = v >>> 10;
    out += HEX[slot >>> 8]! + HEX[slot & 255]!;
  }
  return out;
}

const FINGERPRINT_LENGTH = 2 + HASHES * 4;

/**
 * Estimated Jaccard similarity (0..1) of the content words behind two fingerprints;
 * 0 when either is malformed or too short to judge.
 *
 * @example similarity(a.fingerprint!, b.fingerprint!) // 0.69
 */
export function similarity(a: string, b: string): number {
  // Length, not a full hex check: this runs for every candidate pair, and a malformed
  // string can only lower the count of matching slots.
  if (a.length !== FINGERPRINT_LENGTH || b.length !== FINGERPRINT_LENGTH) return 0;
  if (parseInt(a.slice(0, 2), 16) < MIN_FEATURES || parseInt(b.slice(0, 2), 16) < MIN_FEATURES) return 0;
  let same = 0;
  for (let i = 2; i < FINGERPRINT_LENGTH; i += 4) {
    if (a.charCodeAt(i) === b.charCodeAt(i) && a.charCodeAt(i + 1) === b.charCodeAt(i + 1) && a.charCodeAt(i + 2) === b.charCodeAt(i + 2) && a.charCodeAt(i + 3) === b.charCodeAt(i + 3)) same++;
  }
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

// crypto.hash (Node >= 20.12) hashes a short string about twice as fast as createHash;
// same UTF-8 bytes, same digest.
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

/** sha256 hex, for ids. */
export function sha256Hex(text: string): string {
  return oneShotHash ? oneShotHash('sha256', text, 'hex') : crypto.createHash('sha256').update(text).digest('hex');
}

const BANDS = 21;
const MAX_BAND_SCAN = 64;
const ROWS = 3;

/**
 * Locality-sensitive keys of a fingerprint (21 bands of 3 MinHash values): two stories
 * that share any key are candidates worth comparing with `isNearDuplicate`. A pair at
 * similarity 0.66 shares a key with probability 0.999, at 0.5 with 0.94, at 0.1 with
 * 0.02, so a store can look copies up by key (a DynamoDB query per key) instead of
 * scanning. Empty for texts too short to judge.
 *
 * @example nearDuplicateKeys(story.fingerprint!) // ['b00:1a2b3c4d5e6f', ...]
 */
export function nearDuplicateKeys(fp: string): string[] {
  if (fp.length !== FINGERPRINT_LENGTH || !/^[0-9a-f]+$/.test(fp) || parseInt(fp.slice(0, 2), 16) < MIN_FEATURES) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    const start = 2 + b * ROWS * 4;
    keys.push(`b${b.toString().padStart(2, '0')}:${fp.slice(start, start + ROWS * 4)}`);
  }
  return keys;
}

/**
 * An in-memory near-duplicate index over LSH keys: `find` looks at the stories that
 * share a key, not at all of them, and compares fingerprints as typed arrays. Pure data
 * structure; the window (which stories to keep) is the caller's.
 *
 * @example const index = new NearDuplicateBandIndex(); index.find(fp) ?? index.add({ id, fingerprint: fp, published })
 */
export class NearDuplicateBandIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly ids: string[] = [];
  private readonly published: string[] = [];
  private readonly slots: Uint16Array[] = [];
  private stamps = new Int32Array(1024);
  private query = 0;

  constructor(private readonly minSimilarity = NEAR_DUPLICATE_MIN_SIMILARITY) {}

  add(entry: { id: string; fingerprint: string; published: string }): void {
    const keys = nearDuplicateKeys(entry.fingerprint);
    if (keys.length) this.insert(entry, keys, toSlots(entry.fingerprint));
  }

  /**
   * The original of `entry` if the index holds a near-duplicate of it; otherwise adds
   * `entry` and returns undefined. One key computation for both steps.
   */
  findOrAdd(entry: { id: string; fingerprint: string; published: string }): string | undefined {
    const keys = nearDuplicateKeys(entry.fingerprint);
    if (!keys.length) return undefined;
    const slots = toSlots(entry.fingerprint);
    const original = this.lookup(keys, slots);
    if (original === undefined) this.insert(entry, keys, slots);
    return original;
  }

  private insert(entry: { id: string; published: string }, keys: string[], slots: Uint16Array): void {
    const n = this.ids.length;
    this.ids.push(entry.id);
    this.published.push(entry.published);
    this.slots.push(slots);
    if (n >= this.stamps.length) {
      const grown = new Int32Array(this.stamps.length * 2);
      grown.set(this.stamps);
      this.stamps = grown;
    }
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (list) list.push(n);
      else this.byKey.set(key, [n]);
    }
  }

  /** The id of the earliest-published indexed near-duplicate of `fp`, or undefined. */
  find(fp: string): string | undefined {
    const keys = nearDuplicateKeys(fp);
    return keys.length ? this.lookup(keys, toSlots(fp)) : undefined;
  }

  private lookup(keys: string[], mine: Uint16Array): string | undefined {
    const need = Math.ceil(this.minSimilarity * HASHES);
    const stamp = ++this.query;
    let best = -1;
    for (const key of keys) {
      const list = this.byKey.get(key);
      if (!list) continue;
      // A crowded band is boilerplate shared by unrelated stories (a podcast footer); only its
      // newest members are compared. A true copy shares several bands, so it is still found.
      for (let j = Math.max(0, list.length - MAX_BAND_SCAN); j < list.length; j++) {
        const i = list[j]!;
        if (this.stamps[i] === stamp) continue;
        this.stamps[i] = stamp;
        const other = this.slots[i]!;
        let same = 0;
        for (let k = 0; k < HASHES; k++) if (mine[k] === other[k]) same++;
        if (same < need) continue;
        if (best < 0 || this.published[i]! < this.published[best]! || (this.published[i] === this.published[best] && this.ids[i]! < this.ids[best]!)) best = i;
      }
    }
    return best < 0 ? undefined : this.ids[best];
  }
}

function toSlots(fp: string): Uint16Array {
  const out = new Uint16Array(HASHES);
  for (let i = 0; i < HASHES; i++) out[i] = parseInt(fp.slice(2 + i * 4, 6 + i * 4), 16);
  return out;
}
