import type { EntityType, Geo, MentionKind, Sentence, Token } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Place } from '../../kb/places.js';

/** A mention while linking: where it is, how it refers, and the draft entity it belongs to. */
export interface MentionDraft extends Span {
  kind: MentionKind;
  type: EntityType;
  draft: Draft;
  /** First and last+1 token index. */
  t0: number;
  t1: number;
  sentence: number;
  /** Index of the quotation that holds it, or -1. */
  quote: number;
}

/** An entity while linking. */
export interface Draft {
  key: string;
  name: string;
  type: EntityType;
  kbId: string;
  country?: string;
  geo?: Geo;
  role?: string;
  /** How telling the role is (higher replaces lower). */
  roleScore?: number;
  /** Title family ("head", "foreign minister") for matching descriptions. */
  titleFamily?: string;
  /** Country code the role belongs to. */
  roleCountry?: string;
  gender?: 'm' | 'f';
  standsFor?: Draft;
  /** Canonical name is fixed (gazetteer, lexicon): mention texts do not replace it. */
  fixedName?: boolean;
  place?: Place;
  /** A person whose name fits several listed people and nothing decided which: no kbId at all. */
  noKbId?: boolean;
  /** Person name tokens of the fullest form seen (for surname matching). */
  nameTokens?: string[];
  aliases: Set<string>;
  mentions: MentionDraft[];
}

/**
 * Text, tokens and sentences with the lookups every linking step needs (lower-case forms, capitals,
 * quotation regions), computed once per document.
 *
 * @example
 * const v = new DocView(text, tokens, sentences); v.isCap(0); v.quoteOf[5] // -1 outside quotes
 */
export class DocView {
  readonly quoteOf: Int32Array;
  /** Lower-case token texts, computed once. */
  readonly lows: string[];
  /** Whether each token is a capitalised word. */
  readonly caps: Uint8Array;
  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly sentences: readonly Sentence[],
  ) {
    this.quoteOf = quoteRegions(tokens, text);
    this.lows = tokens.map((t) => t.text.toLowerCase());
    this.caps = new Uint8Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const c = t.text.charCodeAt(0);
      this.caps[i] = (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(t.text)) ? 1 : 0;
    }
  }

  /** Index of the first token that starts at or after `pos`. */
  tokenAtOrAfter(pos: number): number {
    let lo = 0, hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.start < pos) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Token range [t0, t1) covered by a span (tokens overlapping it). */
  tokenRange(s: Span): [number, number] {
    let t0 = this.tokenAtOrAfter(s.start);
    if (t0 > 0 && this.tokens[t0 - 1]!.end > s.start) t0--;
    let t1 = t0;
    while (t1 < this.tokens.length && this.tokens[t1]!.start < s.end) t1++;
    return [t0, Math.max(t1, t0)];
  }

  word(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  lower(i: number): string {
    return this.lows[i] ?? '';
  }

  isCap(i: number): boolean {
    return this.caps[i] === 1;
  }

  isPossessive(i: number): boolean {
    const w = this.tokens[i]?.text;
    return w === '’s' || w === "'s" || w === '’' || w === "'";
  }

  sentenceOf(i: number): number {
    return this.tokens[i]?.sentence ?? -1;
  }
}

/**
 * Marks, for every token, the index of the quotation it stands in (or -1): curly quotes pair up,
 * straight quotes toggle and close at a paragraph break.
 */
function quoteRegions(tokens: readonly Token[], text: string): Int32Array {
  const out = new Int32Array(tokens.length).fill(-1);
  let open = -1, count = 0, straight = false, lastEnd = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (open >= 0 && text.slice(lastEnd, t.start).includes('\n')) open = -1;
    lastEnd = t.end;
    if (t.kind === 'quote') {
      const c = t.text;
      if (c === '“' || c === '«' || c === '„') { open = count++; straight = false; continue; }
      if (c === '”' || c === '»') { open = -1; continue; }
      if (c === '"') {
        // spacing tells a straight mark's side: ` "It` opens (a quote reopened in the same paragraph,
        // where the source lost the break), `sex," ` closes; otherwise marks alternate
        const before = t.start > 0 ? text[t.start - 1]! : ' ', after = t.end < text.length ? text[t.end]! : ' ';
        const opens = /\s/.test(before) && /[\p{L}\p{N}‘'(]/u.test(after);
        const closes = !/\s/.test(before) && /[\s.,;:!?)—–-]/u.test(after);
        if (opens) { open = count++; straight = true; } else if (closes) open = -1;
        else if (open >= 0 && straight) open = -1; else { open = count++; straight = true; }
        continue;
      }
    }
    out[i] = open;
  }
  return out;
}
