import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType, NameMention } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { FEATURE_VERSION, type TaggerInput } from './features.js';
import { readModel, type NerModel } from './model-file.js';
import type { NerType } from './tags.js';
import { NerTagger } from './tagger.js';
import { retypeVessels } from './vessels.js';
import { addKnownSurnames } from './known-surnames.js';

declare module '../../model/layers.js' {
  interface LayerMap {
    /** Typed proper names from the statistical tagger, before linking (PERSON, ORG, LOC, MISC). */
    names: NameMention[];
  }
}

/** The shipped model, relative to this module in src/ and in dist/src/. */
const MODEL_CANDIDATES = ['../../../models/ner-en.model', '../../../../models/ner-en.model'];

/** Where the shipped model is: $DOSSIER_NER_MODEL, or models/ner-en.model at the package root. */
export function modelPath(): string {
  const env = process.env.DOSSIER_NER_MODEL;
  if (env) return env;
  for (const rel of MODEL_CANDIDATES) {
    const p = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(p)) return p;
  }
  throw new Error('NER model models/ner-en.model not found: run npm run train:ner');
}

/**
 * Loads a model file and builds its tagger.
 *
 * @example
 * const tagger = loadTagger(); tagger.names({ text, tokens })
 */
export function loadTagger(path: string = modelPath()): NerTagger {
  const model: NerModel = readModel(readFileSync(path), FEATURE_VERSION);
  const { gazetteer, clusters, twoPass } = model.header;
  return new NerTagger({ weights: model.weights, gazetteer, twoPass, ...(clusters ? { clusters } : {}) });
}

let shared: NerTagger | null = null;

/** The process-wide tagger, loaded on first use (about 0.2 s), never per document. */
export function defaultTagger(): NerTagger {
  return (shared ??= loadTagger());
}

const TYPE: Record<NerType, EntityType> = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

/**
 * Finds and types proper names in a tokenised text.
 *
 * @example
 * findNames({ text, tokens }) // [{ start: 0, end: 14, text: 'Olena Kovalyk', type: 'PERSON' }]
 */
export function findNames(input: TaggerInput, tagger: NerTagger = defaultTagger()): NameMention[] {
  const names = tagger.names(input).map((n) => ({ start: n.start, end: n.end, text: input.text.slice(n.start, n.end), type: TYPE[n.type] }));
  return retypeVessels(input.text, addKnownSurnames(input, addSurnameRepeats(input, names)));
}

/**
 * Document consistency, deterministically: once a person is named in full ("Kaspar Oolmets"), a later bare surname
 * ("Oolmets later met …") is that person too, even where the tagger's context features miss it (sentence-initial,
 * unusual spelling). Only surnames that never occur in lower case in the document, standing alone (no capitalised
 * neighbour that would make a longer name) and not already inside a name.
 */
function addSurnameRepeats(input: TaggerInput, names: NameMention[]): NameMention[] {
  const { text, tokens } = input;
  const surnames = new Set<string>();
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    const last = /([\p{Lu}][\p{L}'’-]{2,})$/u.exec(n.text)?.[1];
    if (last && n.text.includes(' ')) surnames.add(last);
  }
  if (!surnames.size) return names;
  const word = (i: number) => { const t = tokens[i]!; return text.slice(t.start, t.end); };
  const lower = new Set<string>();
  tokens.forEach((_, i) => { const w = word(i); if (/^\p{Ll}/u.test(w)) lower.add(w); });
  const covered = (start: number, end: number) => names.some((n) => n.start < end && start < n.end);
  const capital = (i: number) => i >= 0 && i < tokens.length && /^\p{Lu}/u.test(word(i));
  const added: NameMention[] = [];
  tokens.forEach((t, i) => {
    const w = word(i);
    if (!surnames.has(w) || lower.has(w.toLowerCase()) || covered(t.start, t.end)) return;
    const prev = tokens[i - 1], next = tokens[i + 1];
    if (prev && prev.sentence === t.sentence && capital(i - 1) && prev.end + 1 >= t.start && !/[.!?]$/.test(word(i - 1))) return;
    if (next && next.sentence === t.sentence && capital(i + 1) && t.end + 1 >= next.start) return;
    added.push({ start: t.start, end: t.end, text: w, type: 'PERSON' });
  });
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
}

/** Pipeline stage: statistical named-entity tagging (averaged perceptron trained on CoNLL-2003). */
export const nerStage: Stage<'tokens' | 'sentences', 'names'> = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  produces: ['names'],
  run: (doc) => ({ names: findNames({ text: doc.text, tokens: doc.layers.tokens }) }),
};
