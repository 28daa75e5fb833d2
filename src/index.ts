/** dossier's library API. */
export { analyzeText, makeDoc, normalizePublishedAt, type AnalyzeInput } from './analyze.js';
export { readInput, type LoadedInput, type ReadOptions } from './ingest/read-input.js';
export { InputError } from './ingest/errors.js';
export { createPipeline, checkPipeline, PipelineError, type Pipeline } from './pipeline/runner.js';
export { createDefaultPipeline, DEFAULT_STAGES } from './pipeline/default.js';
export type { Stage, StageContext, PipelineOptions } from './pipeline/stage.js';
export { SCHEMA_VERSION, type Analysis, type AnalysisError } from './model/analysis.js';
export { groupStatements } from './stages/quotes/group.js';
export type * from './model/layers.js';
export type * from './model/doc.js';
export type * from './model/span.js';
