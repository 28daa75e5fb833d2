import type { OffsetMapEntry, SourceInfo } from './doc.js';
import type { Entity, Event, Finding, Paragraph, Quote, Sentence, TimeExpression } from './layers.js';

/** Version of the JSON contract. Bump the major part on any breaking change, the minor part when optional fields are added (1.1: `quotes[].continues`, `quotes[].parts`). */
export const SCHEMA_VERSION = '1.1.0';

/** Which stages ran and which parts of the analysis they cover. */
export interface StageReport {
  name: string;
  produces: string[];
}

/**
 * The public JSON contract: what `dossier analyze --json` prints and what `--jsonl` streams one a line.
 * Offsets are UTF-16 code unit indices into `text`. See ../shared/eval/README.md for the fields readers rely on.
 */
export interface Analysis {
  schemaVersion: string;
  id: string;
  /** Publication date used to resolve relative times, or null when unknown. */
  publishedAt: string | null;
  source: SourceInfo;
  /** The analysed text, exactly as all offsets index it. */
  text: string;
  stages: StageReport[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  entities: Entity[];
  quotes: Quote[];
  times: TimeExpression[];
  events: Event[];
  findings: Finding[];
  /** Notes about the analysis itself, e.g. "no publication date: relative times left unresolved". */
  notes: string[];
  /** For HTML input only: each paragraph of `text` and where its source sits in the original HTML. */
  htmlMap?: OffsetMapEntry[];
}

/** One line of `--jsonl` output for an input line that could not be analysed. */
export interface AnalysisError {
  schemaVersion: string;
  id: string | null;
  error: { code: string; message: string };
}
