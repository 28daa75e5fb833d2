import type { OffsetMapEntry, SourceInfo } from './doc.js';
import type { Entity, Event, Finding, Paragraph, Quote, Sentence, TimeExpression } from './layers.js';

/** Version of the JSON contract. Bump the major part on any breaking change, the minor part when optional fields are added (1.1: `quotes[].continues`, `quotes[].parts`; 1.2: `quotes[].act`, `positions`). */
export const SCHEMA_VERSION = '1.2.0';

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
  /** Quoted words, and reported statements that assert something (`act: "assertion"`): the claims a reader can check. */
  quotes: Quote[];
  /**
   * Reported statements that assert nothing checkable, with the same fields as `quotes`: intentions ("has vowed to
   * recapture lost ground"), demands ("urged Western leaders not to …"), evaluations ("rejected this suggestion") and
   * namings ("labelling it as a dangerous escalation"), told apart by `act`. `quotes[].continues` may name one.
   */
  positions: Quote[];
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
