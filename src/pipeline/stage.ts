import type { Doc } from '../model/doc.js';
import type { LayerMap } from '../model/layers.js';

/** A layer name. */
export type LayerName = keyof LayerMap;

/** What the runner passes to every stage besides the document. */
export interface StageContext {
  /** Frozen configuration shared by all stages. */
  readonly options: Readonly<PipelineOptions>;
}

/** Options every pipeline is built with; frozen once built. */
export interface PipelineOptions {
  /** Resolve relative times against this date when the document has none (never the clock). */
  defaultDate?: string | null;
}

/**
 * A stage reads the layers it `requires` and returns the layers it `produces`; the runner merges them.
 * A stage never mutates the doc or another stage's layers.
 *
 * @example
 * const upper: Stage<'tokens', 'shouty'> = { name: 'shouty', requires: ['tokens'], produces: ['shouty'],
 *   run: (doc) => ({ shouty: doc.layers.tokens.filter((t) => /^[A-Z]+$/.test(t.text)) }) };
 */
export interface Stage<R extends LayerName = LayerName, P extends LayerName = LayerName> {
  readonly name: string;
  readonly requires: readonly R[];
  /**
   * Layers the stage reads when the pipeline has them (an optional input, e.g. quotes use `times` to date
   * statements). The runner checks that, when present, they are produced earlier.
   */
  readonly uses?: readonly LayerName[];
  readonly produces: readonly P[];
  run(doc: Doc & { layers: Pick<LayerMap, R> & Partial<LayerMap> }, ctx: StageContext): Pick<LayerMap, P>;
}

/** Any stage, whatever it reads and writes (for lists of stages). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStage = Stage<any, any>;
