import { fmix32 } from '../../util/fmix.js';
/**
 * 32-bit hashing for features. Features are integers, never strings: a word's string hash is computed once
 * per word type (and cached), and each feature mixes a template id with one or two such hashes. That keeps
 * tagging fast (no string building per token) and makes the shipped model a table of 32-bit keys.
 */

/**
 * FNV-1a over UTF-16 code units, finished with murmur3's avalanche step.
 *
 * @example
 * hashString('paris') === hashString('paris') // true
 */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}


/**
 * Combines a template id (or an earlier mix) with a value hash into a feature key.
 *
 * @example
 * mix(3, hashString('paris')) !== mix(4, hashString('paris')) // true
 */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h, 0x1b873593) ^ b;
  h = (h << 13) | (h >>> 19);
  h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  return fmix32(h);
}

/** Three-way mix (template, value, value). */
export function mix3(a: number, b: number, c: number): number {
  return mix(mix(a, b), c);
}
