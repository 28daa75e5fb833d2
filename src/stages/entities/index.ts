import type { Stage } from '../../pipeline/stage.js';
import { link } from './link.js';

/**
 * Pipeline stage: links the tagger's names into canonical entities (one per referent) with their
 * titles, descriptions, metonyms, demonyms and pronouns, roles, places and stable kbIds.
 *
 * @example
 * createPipeline({ stages: [segmentStage, nerStage, entitiesStage] }).run(doc).layers.entities
 */
export const entitiesStage: Stage<'tokens' | 'sentences' | 'names', 'mentions' | 'entities'> = {
  name: 'entities',
  requires: ['tokens', 'sentences', 'names'],
  uses: ['dateline'],
  produces: ['mentions', 'entities'],
  run: (doc) => link({
    text: doc.text,
    tokens: doc.layers.tokens,
    sentences: doc.layers.sentences,
    names: doc.layers.names,
    dateline: doc.layers.dateline ?? null,
    publishedAt: doc.publishedAt,
  }),
};

export { link } from './link.js';
