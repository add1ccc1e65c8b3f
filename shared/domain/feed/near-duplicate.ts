import { createHash } from 'node:crypto';

/** Hamming distance at or below which two 64-bit SimHashes count as the same story (measured on ../shared/eval/dev). */
export const NEAR_DUPLICATE_MAX_DISTANCE = 10;

const SHINGLE = 3;

function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

function hashPair(s: string): [number, number] {
  // Two 32-bit FNV-1a lanes with different seeds: as good as one 64-bit hash for
  // SimHash, and ~10x faster than BigInt arithmetic.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return [a >>> 0, b >>> 0];
}

/**
 * 64-bit SimHash over word 3-shingles, as 16 hex digits. Lightly edited copies of a
 * story (a changed headline, a dropped paragraph) land a few bits apart; unrelated
 * stories land about 32 apart.
 *
 * @example simhash('Russia says it will not accept ...') // 'a3f0...' (16 hex digits)
 */
export function simhash(text: string): string {
  const tokens = words(text);
  const counts = new Int32Array(64);
  const n = Math.max(1, tokens.length - SHINGLE + 1);
  for (let i = 0; i < n; i++) {
    const [hi, lo] = hashPair(tokens.slice(i, i + SHINGLE).join(' '));
    for (let bit = 0; bit < 32; bit++) {
      counts[bit] += (hi >>> bit) & 1 ? 1 : -1;
      counts[32 + bit] += (lo >>> bit) & 1 ? 1 : -1;
    }
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (counts[bit]! > 0) hi |= 1 << bit;
    if (counts[32 + bit]! > 0) lo |= 1 << bit;
  }
  return (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
}

function popcount32(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Bits that differ between two SimHash hex strings (0..64). */
export function hammingDistance(a: string, b: string): number {
  return (
    popcount32((parseInt(a.slice(0, 8), 16) ^ parseInt(b.slice(0, 8), 16)) >>> 0) +
    popcount32((parseInt(a.slice(8, 16), 16) ^ parseInt(b.slice(8, 16), 16)) >>> 0)
  );
}

/**
 * True when two fingerprints are close enough to be copies of one story.
 *
 * @example isNearDuplicate(story.fingerprint!, other.fingerprint!)
 */
export function isNearDuplicate(a: string, b: string, maxDistance = NEAR_DUPLICATE_MAX_DISTANCE): boolean {
  if (!/^[0-9a-f]{16}$/.test(a) || !/^[0-9a-f]{16}$/.test(b)) return false;
  return hammingDistance(a, b) <= maxDistance;
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
  maxDistance = NEAR_DUPLICATE_MAX_DISTANCE,
): string | undefined {
  let best: { id: string; published: string } | undefined;
  for (const c of candidates) {
    if (!c.fingerprint || !isNearDuplicate(fingerprint, c.fingerprint, maxDistance)) continue;
    if (!best || c.published < best.published || (c.published === best.published && c.id < best.id)) best = c;
  }
  return best?.id;
}

/** sha256 hex, for ids. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
