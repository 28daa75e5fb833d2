import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { EntityType, NameMention } from '../../model/layers.js';
import type { Stage } from '../../pipeline/stage.js';
import { FEATURE_VERSION, type TaggerInput } from './features.js';
import { readModel, type NerModel } from './model-file.js';
import type { NerType } from './tags.js';
import { NerTagger } from './tagger.js';

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
  return new NerTagger({ weights: model.weights, gazetteer: model.header.gazetteer, twoPass: model.header.twoPass });
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
  return tagger.names(input).map((n) => ({ start: n.start, end: n.end, text: input.text.slice(n.start, n.end), type: TYPE[n.type] }));
}

/** Pipeline stage: statistical named-entity tagging (averaged perceptron trained on CoNLL-2003). */
export const nerStage: Stage<'tokens' | 'sentences', 'names'> = {
  name: 'ner',
  requires: ['tokens', 'sentences'],
  produces: ['names'],
  run: (doc) => ({ names: findNames({ text: doc.text, tokens: doc.layers.tokens }) }),
};
