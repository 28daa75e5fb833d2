import type { WordClusters } from './clusters.js';
import { categoryOfCode, GAZ_CATEGORIES, type Gazetteer } from './gazetteer.js';
import { hashString, mix, mix3 } from './hash.js';
import { TAG_COUNT } from './tags.js';
import type { Weights } from './weights.js';
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
  lowerSeen: 17, capSeen: 18, gaz: 19, gazCtx: 20, title2: 21, gazWord: 22, runPos: 23, runHead: 24, runFirst: 25,
  prev: 30, prev2: 31, prevWord: 32, prevShape: 33,
  histType: 40, histMajor: 41, histShape: 42,
  cluster: 50, ctxCluster: 51, clusterShape: 52, runHeadCluster: 53,
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
  digit: boolean;
  upperOrDigit: boolean;
  key: string;
  /** Cluster ids per clustering (-1 when the word is too rare to have one); empty without a cluster table. */
  clusters: readonly number[];
  /** Summed weight rows, filled by the ScoreCache that owns this extractor's weights. */
  scored?: { owner: ScoreCache; own: Float32Array; ctx: Float32Array };
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
  /** Whether a name may start at the token: it has an upper-case letter or a digit ("post-Soviet" yes, "the" no). */
  canStart: Uint8Array;
  /** True on the last token of a sentence (no name stays open past it). */
  lastInSentence: Uint8Array;
  /**
   * True where the next token is a lower-case word that is no name particle ("of", "said"; not "de", "van",
   * "al-"): a person's name cannot run on into it, so it must end here.
   */
  personEnds: Uint8Array;
  /**
   * True where the next token is a lower-case finite verb of saying ("said", "tells"): no name of any type runs on
   * into it ("Viguerie tells Breitbart News" is a name, a verb and a name).
   */
  nameEnds: Uint8Array;
}

/** Finite verbs of saying that never stand inside a name. */
const SAYING_VERB = /^(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|warned|warns|insisted|insists|claimed|stated|announced|announces|argued|argues|explained|explains|replied|replies|declared|declares)$/;

const CACHE_LIMIT = 200_000;

/**
 * Lower-case words found inside personal names: Romance, Germanic and Dutch particles, Arabic ones
 * ("bin", "al-Turabi"), as in CoNLL-2003's training names ("van der", "de", "della", "wa").
 */
const NAME_PARTICLE = /^(?:de|del|della|dei|der|den|di|da|dal|das|do|dos|du|la|le|van|von|ver|ter|ten|zu|af|av|y|e|i|bin|ibn|bint|ben|al|el|wa|abu|ould|'s|(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|abd|ben)-.*)$/;

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

  constructor(private readonly gazetteer: Gazetteer, private readonly clusters: WordClusters | null = null) {}

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
    // distributional clusters: an unseen name shares a feature with the names that keep its company in news text
    let clusters: readonly number[] = NO_CLUSTERS;
    if (this.clusters) {
      clusters = this.clusters.of(key) ?? this.clusters.sizes.map(() => -1);
      clusters.forEach((id, g) => own.push(mix3(T.cluster, g, id)));
      own.push(mix3(T.clusterShape, clusters[clusters.length - 1]!, shortShape));
    }
    w = { own, word, shortShape, cap, allCaps, hasLetter, digit: /\d/.test(raw), upperOrDigit: /[\p{Lu}\d]/u.test(raw), key, clusters };
    this.cache.set(raw, w);
    return w;
  }

  /** Static features of every token of a document, as feature lists (for training and tests). */
  extract(input: TaggerInput): DocFeatures {
    const c = this.context(input);
    const feats: number[] = [];
    const offs = new Uint32Array(c.n + 1);
    for (let i = 0; i < c.n; i++) {
      offs[i] = feats.length;
      for (const f of c.infos[i]!.own) feats.push(f);
      for (const k of WINDOW) ctxFeatures(this.neighbour(c, i, k), k, feats);
      this.restFeatures(c, i, feats);
    }
    offs[c.n] = feats.length;
    return { ...c.df, feats: Uint32Array.from(feats), offs };
  }

  /**
   * The summed weights of every token's static features, n × TAG_COUNT. Equal to summing the rows of
   * {@link extract}'s lists, but the word's own features and its role as a context word are summed once per
   * word type and cached: about four times faster on running text.
   */
  staticScores(input: TaggerInput, weights: Weights, cache: ScoreCache): { df: DocFeatures; staticRow: StaticRow } {
    const c = this.context(input);
    const scores = new Float32Array(c.n * TAG_COUNT);
    const done = new Uint8Array(c.n);
    const buf: number[] = [];
    // computed on demand: the decoder never asks for tokens whose tag is forced (most lower-case words)
    const staticRow: StaticRow = (i, row) => {
      if (done[i]) {
        for (let t = 0; t < TAG_COUNT; t++) row[t] = scores[i * TAG_COUNT + t]!;
        return;
      }
      row.fill(0);
      addVector(row, cache.own(c.infos[i]!, weights), 0);
      const prev = this.neighbour(c, i, -1);
      const next = this.neighbour(c, i, 1);
      addVector(row, cache.context(prev === BOS_INFO ? BOS_INFO : this.neighbour(c, i, -2), weights), 0);
      addVector(row, cache.context(prev, weights), TAG_COUNT);
      addVector(row, cache.context(next, weights), 2 * TAG_COUNT);
      addVector(row, cache.context(next === EOS_INFO ? EOS_INFO : this.neighbour(c, i, 2), weights), 3 * TAG_COUNT);
      buf.length = 0;
      this.restFeatures(c, i, buf);
      for (let f = 0; f < buf.length; f++) weights.addTo(buf[f]!, row);
      scores.set(row, i * TAG_COUNT);
      done[i] = 1;
    };
    return { df: { ...c.df, feats: new Uint32Array(0), offs: new Uint32Array(c.n + 1) }, staticRow };
  }

  /** The word at offset k from token i, or the sentence edge marker when the window leaves the sentence. */
  private neighbour(c: DocContext, i: number, k: number): WordInfo {
    const j = i + k;
    if (k < 0) {
      for (let m = i; m > j; m--) if (c.first[m]) return BOS_INFO;
    } else {
      for (let m = i; m < j; m++) if (c.last[m]) return EOS_INFO;
    }
    return c.infos[j] ?? (k < 0 ? BOS_INFO : EOS_INFO);
  }

  /** Document-level facts the features need: sentence edges, headlines, capitalisation, gazetteer, runs. */
  private context(input: TaggerInput): DocContext {
    const { text, tokens } = input;
    const n = tokens.length;
    const infos: WordInfo[] = new Array(n);
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      infos[i] = this.wordInfo(text.slice(t.start, t.end));
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
    // runs of capitalised words: where a token stands in one, and the run's first and last words
    // ("Northgate Analytics": a run whose head word is often an organisation's)
    const runStart = new Int32Array(n).fill(-1);
    const runEnd = new Int32Array(n);
    for (let i = 0; i < n; ) {
      if (!(infos[i]!.cap && infos[i]!.hasLetter)) {
        i++;
        continue;
      }
      let e = i + 1;
      while (e < n && !first[e] && infos[e]!.cap && infos[e]!.hasLetter) e++;
      runStart.fill(i, i, e);
      runEnd.fill(e, i, e);
      i = e;
    }
    const word = new Uint32Array(n);
    const shortShape = new Uint32Array(n);
    const nameLike = new Uint8Array(n);
    const canStart = new Uint8Array(n);
    const personEnds = new Uint8Array(n);
    const nameEnds = new Uint8Array(n);
    for (let i = 0; i + 1 < n; i++) {
      const next = infos[i + 1]!;
      if (!last[i] && next.hasLetter && !next.upperOrDigit && !NAME_PARTICLE.test(next.key)) personEnds[i] = 1;
      if (!last[i] && !next.upperOrDigit && SAYING_VERB.test(next.key)) nameEnds[i] = 1;
    }
    for (let i = 0; i < n; i++) {
      const w = infos[i]!;
      canStart[i] = w.upperOrDigit ? 1 : 0;
      word[i] = w.word;
      shortShape[i] = w.shortShape;
      nameLike[i] = w.hasLetter && (w.cap || w.digit) ? 1 : 0;
    }
    return {
      n, infos, first, last, headline, lowerSeen, capSeen, gaz, runStart, runEnd,
      df: { n, feats: new Uint32Array(0), offs: new Uint32Array(0), word, shortShape, keys, nameLike, canStart, lastInSentence: last, personEnds, nameEnds },
    };
  }

  /** Every static feature of token i except the word's own and the context window's words and shapes. */
  private restFeatures(c: DocContext, i: number, feats: number[]): void {
    const w = c.infos[i]!;
    const prev = this.neighbour(c, i, -1);
    const next = this.neighbour(c, i, 1);
    feats.push(T.bias);
    feats.push(mix3(T.bigramLeft, prev.word, w.word));
    feats.push(mix3(T.bigramRight, w.word, next.word));
    feats.push(mix3(T.shapeTri, mix(prev.shortShape, w.shortShape), next.shortShape));
    if (c.first[i]) feats.push(mix(T.first, w.shortShape));
    if (c.headline[i]) feats.push(mix(T.headline, w.shortShape));
    if (w.cap && w.hasLetter) {
      const lowered = c.lowerSeen.has(w.key);
      feats.push(mix3(T.lowerSeen, lowered ? 1 : 0, c.first[i]! | (c.headline[i]! << 1)));
      if (w.allCaps || c.first[i]) feats.push(mix3(T.capSeen, c.capSeen.has(w.key) ? 1 : 0, lowered ? 1 : 0));
    }
    if (c.runStart[i]! >= 0) {
      const rs = c.runStart[i]!;
      const re = c.runEnd[i]!;
      const len = re - rs;
      const pos = len === 1 ? 3 : i === rs ? 0 : i === re - 1 ? 2 : 1;
      feats.push(mix3(T.runPos, Math.min(len, 5), pos));
      if (len > 1) {
        feats.push(mix3(T.runHead, pos, c.infos[re - 1]!.word));
        feats.push(mix3(T.runFirst, pos, c.infos[rs]!.word));
        // the run's head word by its cluster: "… Togliatti" like "… Moscow", "… Analytics" like "… Systems"
        const head = c.infos[re - 1]!.clusters;
        if (head.length > 1) feats.push(mix3(T.runHeadCluster, pos, head[1]!));
      }
    }
    for (const code of c.gaz[i]!) {
      feats.push(mix(T.gaz, code));
      feats.push(mix3(T.gazWord, code, w.shortShape));
    }
    if (prev !== BOS_INFO) for (const code of c.gaz[i - 1]!) feats.push(mix3(T.gazCtx, 0, categoryOfCode(code)));
    if (next !== EOS_INFO) for (const code of c.gaz[i + 1]!) feats.push(mix3(T.gazCtx, 1, categoryOfCode(code)));
    if (prev !== BOS_INFO && this.neighbour(c, i, -2) !== BOS_INFO) {
      for (const code of c.gaz[i - 2]!) if (categoryOfCode(code) === TITLE_CAT) feats.push(T.title2);
    }
  }
}

/** Writes the summed static weights of token i into `row`. */
export type StaticRow = (i: number, row: Float64Array) => void;

const WINDOW = [-2, -1, 1, 2] as const;

/** Features a word contributes as the context word at offset k. */
function ctxFeatures(w: WordInfo, k: number, out: number[]): void {
  out.push(mix3(T.ctxWord, k + 2, w.word), mix3(T.ctxShape, k + 2, w.shortShape));
  if (w.clusters.length > CTX_CLUSTERING) out.push(mix3(T.ctxCluster, k + 2, w.clusters[CTX_CLUSTERING]!), mix3(T.ctxCluster, k + 10, w.clusters[2]!));
}

/** Which clustering (index into the table's sizes) the context window uses. */
const CTX_CLUSTERING = 1;
const NO_CLUSTERS: readonly number[] = [];

function edgeInfo(h: number): WordInfo {
  return { own: [], word: h, shortShape: h, cap: false, allCaps: false, hasLetter: false, digit: false, upperOrDigit: false, key: '', clusters: NO_CLUSTERS };
}
const BOS_INFO = edgeInfo(BOS);
const EOS_INFO = edgeInfo(EOS);

function addVector(row: Float64Array, v: Float32Array, at: number): void {
  for (let t = 0; t < TAG_COUNT; t++) row[t]! += v[at + t]!;
}

interface DocContext {
  n: number;
  infos: WordInfo[];
  first: Uint8Array;
  last: Uint8Array;
  headline: Uint8Array;
  lowerSeen: Set<string>;
  capSeen: Set<string>;
  gaz: number[][];
  runStart: Int32Array;
  runEnd: Int32Array;
  df: DocFeatures;
}

/**
 * Per word type, the summed weights of its own features and of its context features at each window offset,
 * for one set of weights. Lives as long as the tagger that owns it.
 */
export class ScoreCache {
  /** Own-feature sums of a word type. */
  own(w: WordInfo, weights: Weights): Float32Array {
    return this.fill(w, weights).own;
  }

  /** Context-feature sums of a word type, offsets −2, −1, +1, +2 one after another. */
  context(w: WordInfo, weights: Weights): Float32Array {
    return this.fill(w, weights).ctx;
  }

  private fill(w: WordInfo, weights: Weights): NonNullable<WordInfo['scored']> {
    if (w.scored?.owner === this) return w.scored;
    const row = new Float64Array(TAG_COUNT);
    for (const f of w.own) weights.addTo(f, row);
    const own = Float32Array.from(row);
    const ctx = new Float32Array(WINDOW.length * TAG_COUNT);
    const fs: number[] = [];
    WINDOW.forEach((k, ki) => {
      row.fill(0);
      fs.length = 0;
      ctxFeatures(w, k, fs);
      for (const f of fs) weights.addTo(f, row);
      ctx.set(row, ki * TAG_COUNT);
    });
    return (w.scored = { owner: this, own, ctx });
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
