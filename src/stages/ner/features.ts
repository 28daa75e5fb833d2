import { categoryOfCode, GAZ_CATEGORIES, type Gazetteer } from './gazetteer.js';
import { hashString, mix, mix3 } from './hash.js';
import { foldPunctuation, isAllCaps, isCapitalised, wordKey, wordShape } from './normalize.js';

/** What the tagger needs from a document: its text and tokens with their sentence index. */
export interface TaggerInput {
  text: string;
  tokens: ReadonlyArray<{ start: number; end: number; sentence: number }>;
}

// Feature templates. Changing a number changes every feature key: bump FEATURE_VERSION and retrain.
/** Version of the feature set; the model file records it and the loader refuses a mismatch. */
export const FEATURE_VERSION = 1;
const T = {
  bias: 1, word: 2, cased: 3, shape: 4, shortShape: 5, prefix: 6, suffix: 7, length: 8, flags: 9,
  ctxWord: 10, ctxShape: 11, bigramLeft: 12, bigramRight: 13, shapeTri: 14, first: 15, headline: 16,
  lowerSeen: 17, capSeen: 18, gaz: 19, gazCtx: 20, title2: 21, gazWord: 22,
  prev: 30, prev2: 31, prevWord: 32, prevShape: 33,
  histType: 40, histMajor: 41, histShape: 42,
} as const;

const BOS = hashString('<s>');
const EOS = hashString('</s>');
const TITLE_CAT = GAZ_CATEGORIES.indexOf('title');

/** Per word type: its own features and the hashes its neighbours use. Cached across documents. */
interface WordInfo {
  own: number[];
  word: number;
  shortShape: number;
  cap: boolean;
  allCaps: boolean;
  hasLetter: boolean;
  key: string;
}

/**
 * Static features of every token of a document, flattened: token i owns `feats[offs[i]] .. feats[offs[i+1]]`.
 * Dynamic features (previous tags, document history) are added while decoding.
 */
export interface DocFeatures {
  n: number;
  feats: Uint32Array;
  offs: Uint32Array;
  /** Word hash and short-shape hash per token, for the dynamic templates. */
  word: Uint32Array;
  shortShape: Uint32Array;
  /** Lowercased keys, and whether the token may carry a name (capitalised or with digits and letters). */
  keys: string[];
  nameLike: Uint8Array;
  /** True on the last token of a sentence (no name stays open past it). */
  lastInSentence: Uint8Array;
}

const CACHE_LIMIT = 200_000;

/**
 * Builds token features for the tagger: word, shape, affixes, a ±2 context window, sentence position,
 * all-caps headlines, document-level capitalisation evidence and gazetteer matches.
 *
 * @example
 * const fx = new FeatureExtractor(new Gazetteer({ country: ['France'] }));
 * const f = fx.extract({ text: 'Paris , France', tokens: [...] });
 * f.offs[1] - f.offs[0] // number of static features of the first token
 */
export class FeatureExtractor {
  private readonly cache = new Map<string, WordInfo>();

  constructor(private readonly gazetteer: Gazetteer) {}

  /** Features of a word type, cached (the cache is cleared when it grows past a bound). */
  wordInfo(raw: string): WordInfo {
    let w = this.cache.get(raw);
    if (w) return w;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    const folded = foldPunctuation(raw);
    const key = wordKey(raw);
    const word = hashString(key);
    const shortShape = hashString(wordShape(raw, 1));
    const own: number[] = [
      mix(T.word, word),
      mix(T.cased, hashString(folded.replace(/\d/g, '0'))),
      mix(T.shape, hashString(wordShape(raw, 4))),
      mix(T.shortShape, shortShape),
      mix(T.length, Math.min(key.length, 12)),
    ];
    for (let k = 1; k <= 4 && k < key.length; k++) {
      own.push(mix3(T.prefix, k, hashString(key.slice(0, k))));
      own.push(mix3(T.suffix, k, hashString(key.slice(-k))));
    }
    const cap = isCapitalised(raw);
    const allCaps = isAllCaps(raw);
    const hasLetter = /\p{L}/u.test(raw);
    const flags = (cap ? 1 : 0) | (allCaps ? 2 : 0) | (/\d/.test(raw) ? 4 : 0) | (raw.includes('-') ? 8 : 0)
      | (raw.includes('.') ? 16 : 0) | (hasLetter ? 32 : 0);
    own.push(mix(T.flags, flags));
    w = { own, word, shortShape, cap, allCaps, hasLetter, key };
    this.cache.set(raw, w);
    return w;
  }

  /** Static features of every token of a document. */
  extract(input: TaggerInput): DocFeatures {
    const { text, tokens } = input;
    const n = tokens.length;
    const infos: WordInfo[] = new Array(n);
    const raws: string[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      raws[i] = text.slice(t.start, t.end);
      infos[i] = this.wordInfo(raws[i]!);
    }
    const keys = infos.map((w) => w.key);
    const first = new Uint8Array(n);
    const last = new Uint8Array(n);
    const breaks = new Set<number>();
    for (let i = 0; i < n; i++) {
      if (i === 0 || tokens[i - 1]!.sentence !== tokens[i]!.sentence) {
        first[i] = 1;
        breaks.add(i);
      }
      if (i === n - 1 || tokens[i + 1]!.sentence !== tokens[i]!.sentence) last[i] = 1;
    }
    // all-caps headline sentences: every word with letters is upper case, and there are at least two
    const headline = new Uint8Array(n);
    for (let s = 0; s < n; ) {
      let e = s + 1;
      while (e < n && !first[e]) e++;
      let words = 0;
      let caps = 0;
      for (let i = s; i < e; i++) {
        if (infos[i]!.hasLetter) {
          words++;
          if (infos[i]!.allCaps) caps++;
        }
      }
      if (words >= 2 && caps === words) headline.fill(1, s, e);
      s = e;
    }
    // document-level capitalisation: keys seen in lower case, and keys seen capitalised mid-sentence in body text
    const lowerSeen = new Set<string>();
    const capSeen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const w = infos[i]!;
      if (!w.hasLetter) continue;
      if (!w.cap) lowerSeen.add(w.key);
      else if (!first[i] && !headline[i] && !w.allCaps) capSeen.add(w.key);
    }
    const gaz = this.gazetteer.match(keys, breaks);

    const feats: number[] = [];
    const offs = new Uint32Array(n + 1);
    const word = new Uint32Array(n);
    const shortShape = new Uint32Array(n);
    const nameLike = new Uint8Array(n);
    const ctxWord = (i: number) => (i < 0 || i >= n ? (i < 0 ? BOS : EOS) : infos[i]!.word);
    const ctxShape = (i: number) => (i < 0 || i >= n ? (i < 0 ? BOS : EOS) : infos[i]!.shortShape);
    for (let i = 0; i < n; i++) {
      offs[i] = feats.length;
      const w = infos[i]!;
      word[i] = w.word;
      shortShape[i] = w.shortShape;
      nameLike[i] = w.hasLetter && (w.cap || /\d/.test(raws[i]!)) ? 1 : 0;
      feats.push(T.bias);
      for (const f of w.own) feats.push(f);
      // the context window stops at sentence edges
      let lo = i;
      while (lo > i - 2 && lo > 0 && !first[lo]) lo--;
      let hi = i;
      while (hi < i + 2 && hi < n - 1 && !last[hi]) hi++;
      const cw = (k: number) => (i + k < lo ? BOS : i + k > hi ? EOS : ctxWord(i + k));
      const cs = (k: number) => (i + k < lo ? BOS : i + k > hi ? EOS : ctxShape(i + k));
      for (const k of [-2, -1, 1, 2]) {
        feats.push(mix3(T.ctxWord, k + 2, cw(k)));
        feats.push(mix3(T.ctxShape, k + 2, cs(k)));
      }
      feats.push(mix3(T.bigramLeft, cw(-1), w.word));
      feats.push(mix3(T.bigramRight, w.word, cw(1)));
      feats.push(mix3(T.shapeTri, mix(cs(-1), w.shortShape), cs(1)));
      if (first[i]) feats.push(mix(T.first, w.shortShape));
      if (headline[i]) feats.push(mix(T.headline, w.shortShape));
      if (w.cap && w.hasLetter) {
        const lowered = lowerSeen.has(w.key);
        feats.push(mix3(T.lowerSeen, lowered ? 1 : 0, first[i]! | (headline[i]! << 1)));
        if (w.allCaps || first[i]) feats.push(mix3(T.capSeen, capSeen.has(w.key) ? 1 : 0, lowered ? 1 : 0));
      }
      for (const code of gaz[i]!) {
        feats.push(mix(T.gaz, code));
        feats.push(mix3(T.gazWord, code, w.shortShape));
      }
      if (i > lo) for (const code of gaz[i - 1]!) feats.push(mix3(T.gazCtx, 0, categoryOfCode(code)));
      if (i < hi) for (const code of gaz[i + 1]!) feats.push(mix3(T.gazCtx, 1, categoryOfCode(code)));
      if (i - 1 > lo) for (const code of gaz[i - 2]!) if (categoryOfCode(code) === TITLE_CAT) feats.push(T.title2);
    }
    offs[n] = feats.length;
    return { n, feats: Uint32Array.from(feats), offs, word, shortShape, keys, nameLike, lastInSentence: last };
  }
}

/** Dynamic features from the two previous tags (sentence-initial tokens see O O). */
export function tagFeatures(out: number[], p1: number, p2: number, word: number, shortShape: number): void {
  out.push(mix(T.prev, p1), mix3(T.prev2, p1, p2), mix3(T.prevWord, p1, word), mix3(T.prevShape, p1, shortShape));
}

/**
 * Document history features for a second pass: the types the first pass gave to other occurrences of the
 * same word in the document ("Putin" alone after "Vladimir Putin"; a headline word seen in the body).
 * `counts` holds, per type index plus O at the end, how often the other occurrences got that type.
 */
export function historyFeatures(out: number[], counts: ArrayLike<number>, shortShape: number): void {
  let best = -1;
  let bestCount = 0;
  let total = 0;
  for (let t = 0; t < counts.length; t++) {
    const c = counts[t]!;
    total += c;
    if (c > 0 && t < counts.length - 1) out.push(mix(T.histType, t));
    if (c > bestCount) {
      best = t;
      bestCount = c;
    }
  }
  if (total === 0) return;
  out.push(mix(T.histMajor, best));
  out.push(mix3(T.histShape, best, shortShape));
}
