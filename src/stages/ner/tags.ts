/**
 * BILOU tags over the four CoNLL types. BILOU (begin, inside, last, unit) beats BIO for greedy taggers
 * (Ratinov & Roth 2009): the tagger decides where a name ends, not only where it starts.
 * Tag 0 is O; type k has B = 1+4k, I = 2+4k, L = 3+4k, U = 4+4k.
 */

/** The tagger's entity classes, in tag order. */
export const NER_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NerType = (typeof NER_TYPES)[number];

export const TAG_COUNT = 1 + 4 * NER_TYPES.length;
export const O = 0;
const B = 0, I = 1, L = 2, U = 3;

/** Tag index of a position (0 B, 1 I, 2 L, 3 U) of a type index. */
export function tagOf(type: number, pos: 0 | 1 | 2 | 3): number {
  return 1 + 4 * type + pos;
}

/** Type index of a tag (-1 for O). */
export function typeOfTag(tag: number): number {
  return tag === O ? -1 : (tag - 1) >> 2;
}

/** Position of a tag: 0 B, 1 I, 2 L, 3 U (-1 for O). */
export function posOfTag(tag: number): number {
  return tag === O ? -1 : (tag - 1) & 3;
}

/**
 * Readable name of a tag.
 *
 * @example
 * tagName(tagOf(0, 3)) // "U-PER"
 */
export function tagName(tag: number): string {
  if (tag === O) return 'O';
  return `${'BILU'[posOfTag(tag)]}-${NER_TYPES[typeOfTag(tag)]}`;
}

/** True for B and U tags: the tag starts a name. */
export function startsName(tag: number): boolean {
  const p = posOfTag(tag);
  return p === B || p === U;
}

/** True when `prev` opens a name that the next tag must continue. */
export function isOpen(tag: number): boolean {
  const p = posOfTag(tag);
  return p === B || p === I;
}

/**
 * Whether `tag` may follow `prev` (O before the first token); `last` marks the sentence's last token,
 * where no name may stay open.
 *
 * @example
 * allowed(tagOf(0, 0), tagOf(0, 2), false) // true: B-PER then L-PER
 * allowed(tagOf(0, 0), O, false)           // false: B-PER must be continued
 */
export function allowed(prev: number, tag: number, last: boolean): boolean {
  return ALLOWED[(prev * TAG_COUNT + tag) * 2 + (last ? 1 : 0)] === 1;
}

function allowedSlow(prev: number, tag: number, last: boolean): boolean {
  const p = posOfTag(tag);
  if (last && (p === B || p === I)) return false;
  if (isOpen(prev)) return typeOfTag(tag) === typeOfTag(prev) && (p === I || p === L);
  return p !== I && p !== L;
}

const ALLOWED = new Uint8Array(TAG_COUNT * TAG_COUNT * 2);
for (let p = 0; p < TAG_COUNT; p++) {
  for (let t = 0; t < TAG_COUNT; t++) {
    ALLOWED[(p * TAG_COUNT + t) * 2] = allowedSlow(p, t, false) ? 1 : 0;
    ALLOWED[(p * TAG_COUNT + t) * 2 + 1] = allowedSlow(p, t, true) ? 1 : 0;
  }
}

/** A span of tokens [start, end) with a type index. */
export interface TokenChunk {
  start: number;
  end: number;
  type: number;
}

/**
 * Reads chunks from a BILOU tag sequence; a broken sequence (B without L) still yields its chunk.
 *
 * @example
 * chunksOf([tagOf(0, 0), tagOf(0, 2), O]) // [{ start: 0, end: 2, type: 0 }]
 */
export function chunksOf(tags: ArrayLike<number>): TokenChunk[] {
  const out: TokenChunk[] = [];
  let open: TokenChunk | null = null;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i]!;
    const type = typeOfTag(t);
    const p = posOfTag(t);
    if (t === O) {
      open = null;
      continue;
    }
    if (open && open.type === type && (p === I || p === L)) {
      open.end = i + 1;
    } else {
      open = { start: i, end: i + 1, type };
      out.push(open);
    }
    if (p === L || p === U) open = null;
  }
  return out;
}

/**
 * Writes chunks as BILOU tags over `n` tokens.
 *
 * @example
 * tagsOf([{ start: 1, end: 2, type: 2 }], 3).map(tagName) // ["O", "U-LOC", "O"]
 */
export function tagsOf(chunks: readonly TokenChunk[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (const c of chunks) {
    if (c.end - c.start === 1) tags[c.start] = tagOf(c.type, U);
    else {
      tags[c.start] = tagOf(c.type, B);
      for (let i = c.start + 1; i < c.end - 1; i++) tags[i] = tagOf(c.type, I);
      tags[c.end - 1] = tagOf(c.type, L);
    }
  }
  return tags;
}
