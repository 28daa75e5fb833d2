import type { Span } from '../../model/span.js';
import { decode } from './decode.js';
import { FeatureExtractor, ScoreCache, type TaggerInput } from './features.js';
import { Gazetteer, type GazetteerLists } from './gazetteer.js';
import { chunksOf, NER_TYPES, type NerType } from './tags.js';
import type { Weights } from './weights.js';

/** A typed name over character offsets. */
export interface NameSpan extends Span {
  type: NerType;
}

/** How a tagger is put together: weights, the gazetteer lists they were trained with, and the passes. */
export interface TaggerOptions {
  weights: Weights;
  gazetteer: GazetteerLists;
  /** Run the second pass that sees how the first tagged other occurrences of each word. */
  twoPass: boolean;
}

/**
 * The statistical name tagger: feature extraction, greedy BILOU decoding and the document pass.
 *
 * @example
 * const tagger = new NerTagger({ weights, gazetteer, twoPass: true });
 * tagger.names({ text, tokens }) // [{ start: 0, end: 15, type: 'PER' }, …]
 */
export class NerTagger {
  readonly extractor: FeatureExtractor;
  private readonly cache = new ScoreCache();

  constructor(private readonly options: TaggerOptions) {
    this.extractor = new FeatureExtractor(new Gazetteer(options.gazetteer));
  }

  /** BILOU tags of every token. */
  tag(input: TaggerInput): Uint8Array {
    const w = this.options.weights;
    const { df, staticRow } = this.extractor.staticScores(input, w, this.cache);
    const first = decode(df, w, null, undefined, staticRow);
    return this.options.twoPass ? decode(df, w, first, undefined, staticRow) : first;
  }

  /** Names as character spans, in text order. */
  names(input: TaggerInput): NameSpan[] {
    if (input.tokens.length === 0) return [];
    const tags = this.tag(input);
    return chunksOf(tags).map((c) => ({
      start: input.tokens[c.start]!.start,
      end: input.tokens[c.end - 1]!.end,
      type: NER_TYPES[c.type]!,
    }));
  }
}
