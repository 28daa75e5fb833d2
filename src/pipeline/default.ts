import { entitiesStage } from '../stages/entities/index.js';
import { eventsStage } from '../stages/events/index.js';
import { nerStage } from '../stages/ner/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { segmentStage } from '../stages/segment/index.js';
import { timeStage } from '../stages/time/index.js';
import { findingsStage } from '../rules/index.js';
import { createPipeline, type Pipeline } from './runner.js';
import type { AnyStage, PipelineOptions } from './stage.js';

/**
 * The default stage list, in order: adding a stage is one line here, and the runner checks the order.
 * Intended order: segment (paragraphs, sentences, tokens, dateline) → ner (names) → entities (mentions,
 * entities) → time (times) → quotes (quotes) → events (events) → findings (findings).
 */
export const DEFAULT_STAGES: readonly AnyStage[] = [
  segmentStage,
  nerStage,
  entitiesStage,
  timeStage,
  quotesStage,
  eventsStage,
  findingsStage, // keep last: checkers read every earlier layer
];

/** The pipeline `dossier analyze` runs. */
export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  return createPipeline({ stages: DEFAULT_STAGES, options });
}
