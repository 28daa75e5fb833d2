import type { Doc } from '../model/doc.js';
import type { LayerMap } from '../model/layers.js';
import type { AnyStage, LayerName, PipelineOptions, StageContext } from './stage.js';

/** A pipeline whose stage order was checked and whose options are frozen. */
export interface Pipeline {
  readonly stages: readonly AnyStage[];
  readonly options: Readonly<PipelineOptions>;
  /** Layers the pipeline produces, in order. */
  readonly layers: readonly LayerName[];
  /** Runs every stage on the doc and returns a new doc with the merged layers. */
  run(doc: Doc): Doc;
}

/** Thrown when a pipeline is built with stages in an impossible order. */
export class PipelineError extends Error {
  override name = 'PipelineError';
}

/**
 * Checks that each stage's requirements are produced earlier and that each layer has one producer.
 * Returns the list of produced layers, in order.
 */
export function checkPipeline(stages: readonly AnyStage[]): LayerName[] {
  const producedBy = new Map<LayerName, string>();
  const names = new Set<string>();
  const everProduced = new Set(stages.flatMap((s) => s.produces as LayerName[]));
  for (const stage of stages) {
    for (const want of stage.uses ?? []) {
      if (everProduced.has(want) && !producedBy.has(want)) {
        throw new PipelineError(`stage "${stage.name}" uses layer "${String(want)}", which is produced only later`);
      }
    }
    if (names.has(stage.name)) throw new PipelineError(`stage "${stage.name}" appears twice`);
    names.add(stage.name);
    for (const need of stage.requires as LayerName[]) {
      if (!producedBy.has(need)) {
        throw new PipelineError(`stage "${stage.name}" requires layer "${String(need)}", which no earlier stage produces`);
      }
    }
    for (const out of stage.produces as LayerName[]) {
      const other = producedBy.get(out);
      if (other) throw new PipelineError(`layer "${String(out)}" is produced by both "${other}" and "${stage.name}"`);
      producedBy.set(out, stage.name);
    }
  }
  return [...producedBy.keys()];
}

/**
 * Builds a pipeline: checks the stage order once, freezes the options.
 *
 * @example
 * const p = createPipeline({ stages: [segmentStage], options: {} });
 * const analysed = p.run(makeDoc({ text: 'Hello. World.' }));
 */
export function createPipeline(config: { stages: readonly AnyStage[]; options?: PipelineOptions }): Pipeline {
  const stages = Object.freeze([...config.stages]);
  const layers = Object.freeze(checkPipeline(stages));
  const options = Object.freeze({ ...(config.options ?? {}) });
  const ctx: StageContext = Object.freeze({ options });
  return {
    stages,
    options,
    layers,
    run(doc: Doc): Doc {
      let current: Doc = { ...doc, layers: { ...doc.layers } };
      for (const stage of stages) {
        const patch = stage.run(current, ctx) as Partial<LayerMap>;
        const merged: Partial<LayerMap> = { ...current.layers };
        for (const key of stage.produces as LayerName[]) {
          if (!(key in patch)) throw new PipelineError(`stage "${stage.name}" did not return its layer "${String(key)}"`);
          (merged as Record<string, unknown>)[key as string] = (patch as Record<string, unknown>)[key as string];
        }
        current = { ...current, layers: merged };
      }
      return current;
    },
  };
}
