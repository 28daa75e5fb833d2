import { historyFeatures, tagFeatures, type DocFeatures, type StaticRow } from './features.js';
import { allowed, isOpen, NER_TYPES, O, posOfTag, startsName, TAG_COUNT, tagOf, typeOfTag } from './tags.js';
import type { Weights } from './weights.js';

/** During training: the gold tags and the update to make when the guess is wrong. */
export interface Teacher {
  gold: ArrayLike<number>;
  update(features: readonly number[], gold: number, guess: number): void;
}

const HIST = NER_TYPES.length + 1;
const B_PER = tagOf(0, 0);
const I_PER = tagOf(0, 1);

/**
 * Greedy left-to-right decoding with BILOU constraints; when tagging, names start only on tokens with a capital
 * or a digit (in CoNLL-2003 training data 58 of 23,499 names do not: "serie A", "de"; those are lost): each token takes the best tag allowed after the
 * previous one. With `history` (tags from a first pass), tokens also see how the other occurrences of their
 * word were tagged in the document.
 *
 * `staticRow` (from FeatureExtractor.staticScores) replaces the static feature lists at inference.
 *
 * @example
 * const tags = decode(fx.extract(input), weights, null);
 */
export function decode(
  df: DocFeatures,
  weights: Weights,
  history: Uint8Array | null,
  teacher?: Teacher,
  staticRow?: StaticRow,
): Uint8Array {
  const tags = new Uint8Array(df.n);
  const counts = history ? historyCounts(df, history) : null;
  const scores = new Float64Array(TAG_COUNT);
  const buf: number[] = [];
  const own = new Float64Array(HIST);
  let p1 = O;
  let p2 = O;
  // the first pass's previous tags: where they equal this pass's and no history feature fires, the
  // decision is the first pass's, so it is reused instead of recomputed (inference only)
  let q1 = O;
  let q2 = O;
  for (let i = 0; i < df.n; i++) {
    if (i === 0 || df.lastInSentence[i - 1]) p1 = p2 = q1 = q2 = O;
    // at inference a token that cannot start a name, after a closed tag, can only be O: no scoring needed
    if (!teacher && !df.canStart[i] && !isOpen(p1)) {
      if (history) {
        q2 = q1;
        q1 = history[i]!;
      }
      tags[i] = O;
      p2 = p1;
      p1 = O;
      continue;
    }
    buf.length = 0;
    if (counts && history && df.nameLike[i]) {
      const c = counts.get(df.keys[i]!);
      if (c) {
        own.set(c);
        const t = typeOfTag(history[i]!);
        own[t < 0 ? HIST - 1 : t]! -= 1;
        historyFeatures(buf, own, df.shortShape[i]!);
      }
    }
    if (history && !teacher && buf.length === 0 && p1 === q1 && p2 === q2) {
      tags[i] = history[i]!;
      p2 = q2 = p1;
      p1 = q1 = tags[i]!;
      continue;
    }
    if (history) {
      q2 = q1;
      q1 = history[i]!;
    }
    for (let k = df.offs[i]!; k < df.offs[i + 1]!; k++) buf.push(df.feats[k]!);
    tagFeatures(buf, p1, p2, df.word[i]!, df.shortShape[i]!);
    if (staticRow) staticRow(i, scores);
    else scores.fill(0);
    for (let k = 0; k < buf.length; k++) weights.addTo(buf[k]!, scores);
    const last = df.lastInSentence[i] === 1;
    // at inference only: training with the mask cost 0.8 F1 on testa (the weights then never learn to keep
    // lower-case words out of names, which also shapes their neighbours' decisions)
    const canStart = teacher !== undefined || df.canStart[i] === 1;
    // likewise: a person's name ends before a lower-case word that is no particle ("Ilse Varnhagen of MSF")
    const personEnds = teacher === undefined && df.personEnds[i] === 1;
    const nameEnds = teacher === undefined && df.nameEnds[i] === 1;
    let best = -1;
    let bestScore = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) {
      if (!allowed(p1, t, last) || (!canStart && startsName(t))) continue;
      if (personEnds && (t === B_PER || t === I_PER)) continue;
      if (nameEnds && t !== O && posOfTag(t) <= 1) continue;
      if (scores[t]! > bestScore) {
        bestScore = scores[t]!;
        best = t;
      }
    }
    if (teacher) {
      const g = teacher.gold[i]!;
      if (g !== best) teacher.update(buf, g, best);
    }
    tags[i] = best;
    p2 = p1;
    p1 = best;
  }
  return tags;
}

/** Per name-like word key: how often the pass gave it each type (O last). */
function historyCounts(df: DocFeatures, tags: Uint8Array): Map<string, Float64Array> {
  const out = new Map<string, Float64Array>();
  for (let i = 0; i < df.n; i++) {
    if (!df.nameLike[i]) continue;
    let c = out.get(df.keys[i]!);
    if (!c) out.set(df.keys[i]!, (c = new Float64Array(HIST)));
    const t = typeOfTag(tags[i]!);
    c[t < 0 ? HIST - 1 : t]! += 1;
  }
  return out;
}
