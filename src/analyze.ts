import type { Analysis } from './model/analysis.js';
import type { Doc, OffsetMapEntry, SourceInfo } from './model/doc.js';
import { toAnalysis } from './pipeline/analysis.js';
import { createDefaultPipeline } from './pipeline/default.js';
import type { Pipeline } from './pipeline/runner.js';
import { InputError } from './ingest/errors.js';

export interface AnalyzeInput {
  id?: string;
  text: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD or a full date-time); null or absent when unknown. */
  publishedAt?: string | null;
  source?: SourceInfo;
  htmlMap?: OffsetMapEntry[];
}

let shared: Pipeline | null = null;

/** Checks a publication date and returns it as YYYY-MM-DD (or a full ISO date-time as given). */
export function normalizePublishedAt(value: string | null | undefined): string | null {
  if (value == null || value === '') return null;
  const v = String(value).trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/.exec(v);
  if (!m) throw new InputError('bad-date', `publication date "${v}" is not an ISO date (YYYY-MM-DD)`);
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  if (d.getUTCMonth() !== +m[2]! - 1 || d.getUTCDate() !== +m[3]!) throw new InputError('bad-date', `publication date "${v}" does not exist`);
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/** Builds the Doc the pipeline reads. */
export function makeDoc(input: AnalyzeInput): Doc {
  const doc: Doc = {
    id: input.id ?? 'doc',
    text: input.text,
    publishedAt: normalizePublishedAt(input.publishedAt),
    source: input.source ?? { kind: 'text' },
    layers: {},
  };
  if (input.htmlMap) doc.htmlMap = input.htmlMap;
  return doc;
}

/**
 * Analyses one article with the default pipeline and returns the JSON contract.
 *
 * @example
 * const a = analyzeText({ text: 'KYIV — Russia launched 90 drones on Saturday.', publishedAt: '2025-03-16' });
 * a.sentences.length // 1
 */
export function analyzeText(input: AnalyzeInput, pipeline?: Pipeline): Analysis {
  const p = pipeline ?? (shared ??= createDefaultPipeline());
  const doc = p.run(makeDoc(input));
  return toAnalysis(doc, p);
}
