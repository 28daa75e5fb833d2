import type { Stage } from '../../pipeline/stage.js';
import { extractQuotes } from './extract.js';

export { extractQuotes } from './extract.js';

/**
 * Pipeline stage: direct, partial and reported quotes with speaker, cue, channel and date.
 * Uses mentions/entities (speaker identity, pronouns) and times (statement dates) when the pipeline has them.
 *
 * @example
 * createPipeline({ stages: [segmentStage, quotesStage] }).run(makeDoc({ text: '“No,” he said.' })).layers.quotes
 */
export const quotesStage: Stage<'tokens' | 'sentences' | 'paragraphs', 'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'paragraphs'],
  uses: ['mentions', 'entities', 'times', 'dateline'],
  produces: ['quotes'],
  run: (doc) => ({
    quotes: extractQuotes({
      text: doc.text,
      tokens: doc.layers.tokens,
      sentences: doc.layers.sentences,
      paragraphs: doc.layers.paragraphs,
      mentions: doc.layers.mentions,
      entities: doc.layers.entities,
      times: doc.layers.times,
      dateline: doc.layers.dateline ?? null,
      publishedAt: doc.publishedAt ?? null,
    }),
  }),
};
