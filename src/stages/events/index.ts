import type { Stage } from '../../pipeline/stage.js';
import { extractEvents } from './extract.js';

export { extractEvents, type EventInput } from './extract.js';

/**
 * Pipeline stage: PLOVER-coded events with actor, target, places, date, counts and reporting source.
 * Reads mentions/entities (canonical actors, metonyms), times (dates) and quotes (sources, quoted speech) when present;
 * without them, actors are the names as written with a null entity.
 *
 * @example
 * createPipeline({ stages: [segmentStage, eventsStage] }).run(makeDoc({ text: 'Russia launched 90 drones.' })).layers.events
 */
export const eventsStage: Stage<'tokens' | 'sentences', 'events'> = {
  name: 'events',
  requires: ['tokens', 'sentences'],
  uses: ['mentions', 'entities', 'times', 'quotes'],
  produces: ['events'],
  run: (doc) => ({
    events: extractEvents({
      text: doc.text,
      tokens: doc.layers.tokens,
      sentences: doc.layers.sentences,
      mentions: doc.layers.mentions,
      entities: doc.layers.entities,
      times: doc.layers.times,
      quotes: doc.layers.quotes,
    }),
  }),
};
