import type { AnalyzeInput } from '../analyze.js';
import type { Analysis } from '../model/analysis.js';

/** Messages between the ingest thread and the analysis workers. */
export interface AnalyzeTask {
  seq: number;
  input: AnalyzeInput & { id: string };
}

export type AnalyzeReply =
  | { seq: number; ok: true; analysis: Analysis; signature: Uint32Array; packed: Uint8Array }
  | { seq: number; ok: false; error: { name: string; code?: string; message: string } };
