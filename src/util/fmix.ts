/**
 * murmur3's 32-bit finaliser: a bijection on 32-bit integers that spreads every input bit over the whole word.
 * Shared by the NER feature hashing and the near-duplicate MinHash.
 *
 * @example
 * fmix32(1) !== fmix32(2) // and both are unsigned 32-bit integers
 */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
