import { createHash } from 'node:crypto';
import { fmix32 } from '../util/fmix.js';

/**
 * Fingerprints of an article text: an exact content hash (idempotent ingest) and a MinHash
 * signature over word 5-grams (near-duplicates such as syndicated copies), with LSH band keys
 * so that candidates are found by index look-ups instead of comparing every pair.
 */

/** Number of MinHash functions; 16 bands of 4 rows make pairs at Jaccard 0.8 collide with p ≈ 0.9998. */
export const MINHASH_SIZE = 64;
export const LSH_BANDS = 16;
export const LSH_ROWS = MINHASH_SIZE / LSH_BANDS;
/** Estimated Jaccard similarity from which two articles are near-duplicates. */
export const NEAR_DUP_THRESHOLD = 0.8;
const SHINGLE = 5;

/**
 * Normalises a text for hashing: Unicode NFKC, typographic quotes and dashes folded, case folded,
 * whitespace collapsed. Reformatting the same article does not change its hash.
 *
 * @example
 * normalizeForHash('  “Hello”\n\nWorld ') // '"hello" world'
 */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * SHA-256 (hex) of the normalised text: the identity of an article in the store.
 *
 * @example
 * contentHash('Hello  world') === contentHash('hello world') // true
 */
export function contentHash(text: string): string {
  return createHash('sha256').update(normalizeForHash(text)).digest('hex');
}


/** FNV-1a over UTF-16 code units, finalised. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

const SEEDS = Array.from({ length: MINHASH_SIZE }, (_, i) => fmix32(0x9e3779b9 + Math.imul(i + 1, 0x632be5ab)));

/**
 * MinHash signature over word 5-gram shingles of the normalised text (letters and digits only).
 * Texts shorter than five words hash as one shingle.
 *
 * @example
 * jaccardEstimate(minhash(a), minhash(a)) // 1
 */
export function minhash(text: string): Uint32Array {
  const words = normalizeForHash(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  const shingles = new Set<number>();
  if (words.length < SHINGLE) shingles.add(hashString(words.join(' ')));
  else for (let i = 0; i + SHINGLE <= words.length; i++) shingles.add(hashString(words.slice(i, i + SHINGLE).join(' ')));
  for (const x of shingles) {
    for (let k = 0; k < MINHASH_SIZE; k++) {
      const v = fmix32(x ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

/** Share of equal signature positions: an unbiased estimate of the shingle-set Jaccard similarity. */
export function jaccardEstimate(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

/**
 * One LSH key per band: band number in the high bits, a hash of the band's rows in the low 32 bits
 * (a safe integer, stored as an SQLite INTEGER).
 */
export function lshKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x2545f491 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) h = fmix32(h ^ sig[b * LSH_ROWS + r]!) ;
    keys.push(b * 0x1_0000_0000 + h);
  }
  return keys;
}

/** Signature ↔ bytes for storage. */
export function signatureToBytes(sig: Uint32Array): Buffer {
  return Buffer.from(sig.buffer, sig.byteOffset, sig.byteLength);
}

export function signatureFromBytes(buf: Uint8Array): Uint32Array {
  const copy = new Uint8Array(buf);
  return new Uint32Array(copy.buffer, 0, MINHASH_SIZE);
}
