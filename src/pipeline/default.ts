import { segmentStage } from '../stages/segment/index.js';
import { createPipeline, type Pipeline } from './runner.js';
import type { AnyStage, PipelineOptions } from './stage.js';

/**
 * The default stage list, in order. Adding a stage is one line here; the runner checks the order.
 */
export const DEFAULT_STAGES: readonly AnyStage[] = [
  segmentStage,
];

/** The pipeline `dossier analyze` runs. */
export function createDefaultPipeline(options: PipelineOptions = {}): Pipeline {
  return createPipeline({ stages: DEFAULT_STAGES, options });
}
