import type { Analysis } from '../model/analysis.js';
import type { EntityType, Finding, Quantity, QuoteKind, Severity } from '../model/layers.js';

/**
 * The corpus store: what ingest writes and what the query commands read. The embedded SQLite
 * store (src/store/sqlite.ts) implements it; a server database can implement the same interface.
 * Dates are ISO strings compared as text (YYYY-MM-DD…), so "since 2025-03" works as a prefix bound.
 */

/** One analysed article ready to be stored. */
export interface ArticleRecord {
  analysis: Analysis;
  /** contentHash(analysis.text): the article's identity. */
  hash: string;
  /** minhash(analysis.text): for near-duplicate grouping. */
  signature: Uint32Array;
  /** packAnalysis(analysis), when a worker already did it (saves the writer thread the work). */
  packed?: Uint8Array;
}

export type PutStatus = 'stored' | 'duplicate';

export interface PutResult {
  id: string;
  status: PutStatus;
  /** Near-duplicate group (the store id of its first article) when the article joined one. */
  dupGroup: number | null;
}

export interface StoreStats {
  articles: number;
  entities: number;
  quotes: number;
  times: number;
  events: number;
  findings: number;
  /** Articles that belong to a near-duplicate group, and the number of groups. */
  nearDuplicates: number;
  dupGroups: number;
  /** File size of the store in bytes, when it is a file. */
  bytes: number | null;
}

export interface ArticleSummary {
  id: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  dupGroup: number | null;
}

export interface SearchHit extends ArticleSummary {
  /** Text around the matches, with matches in [brackets]. */
  snippet: string;
  score: number;
}

export interface QuoteRow {
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  kind: QuoteKind | string;
  /** What the statement does (assertion, intention, demand, evaluation, naming); null when stored before dossier knew. */
  act: string | null;
  speaker: string | null;
  /** Corpus entity key of the speaker, when linked. */
  speakerKey: string | null;
  role: string | null;
  cue: string | null;
  channel: string | null;
  /** When it was said (TIMEX3 value), else null. */
  saidOn: string | null;
  text: string;
  start: number;
  end: number;
}

export interface TimelineRow {
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  value: string;
  type: string;
  text: string;
  /** The sentence holding the time expression. */
  context: string;
  start: number;
  end: number;
}

export interface EventRow {
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  type: string;
  mode: string | null;
  actor: string | null;
  target: string | null;
  place: string | null;
  date: string | null;
  quantities: Quantity[];
  negated: boolean;
  evidence: string;
  start: number;
  end: number;
}

export interface FindingRow {
  articleId: string;
  title: string | null;
  publishedAt: string | null;
  finding: Finding;
}

export interface EntityRow {
  key: string;
  name: string;
  type: EntityType | string;
  role: string | null;
  kbId: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  articles: number;
  mentions: number;
  quotes: number;
}

/** A corpus finding: one event reported with different numbers by different articles. */
export interface CrossFinding {
  kind: 'cross-source-quantity';
  severity: Severity;
  message: string;
  eventType: string;
  place: string;
  date: string;
  role: string;
  unit: string;
  reports: Array<{ articleId: string; title: string | null; source: string | null; value: number; evidence: string }>;
}

export interface DateRange {
  since?: string;
  until?: string;
}

export interface QuoteQuery extends DateRange {
  speaker?: string;
  /** Full-text query over the quote text and speaker. */
  text?: string;
  /** Only statements that do this (assertion, intention, demand, evaluation, naming). */
  act?: string;
  limit?: number;
}

export interface TimelineQuery extends DateRange {
  entity?: string;
  limit?: number;
}

export interface EventQuery extends DateRange {
  type?: string;
  /** Events whose actor, target or place is this entity. */
  entity?: string;
  place?: string;
  limit?: number;
}

export interface EntityQuery {
  /** Exactly this corpus entity key ("kb:person:sergei-lavrov"). */
  key?: string;
  name?: string;
  type?: string;
  limit?: number;
}

/**
 * The store interface.
 *
 * @example
 * const store = openSqliteStore({ path: 'dossier.db' });
 * store.putMany([{ analysis, hash: contentHash(analysis.text), signature: minhash(analysis.text) }]);
 * store.search('ceasefire', { limit: 10 });
 * store.close();
 */
export interface Store {
  /** True when an article with this content hash is stored (ingest skips it before analysis). */
  hasHash(hash: string): boolean;
  /** Stores articles in one transaction: all or none. Duplicates by hash are reported, not stored twice. */
  putMany(records: readonly ArticleRecord[]): PutResult[];
  stats(): StoreStats;
  article(id: string): Analysis | null;
  search(query: string, opts?: { limit?: number; since?: string; until?: string }): SearchHit[];
  quotes(q: QuoteQuery): QuoteRow[];
  timeline(q: TimelineQuery): TimelineRow[];
  events(q: EventQuery): EventRow[];
  findings(q: { kind?: string; limit?: number }): FindingRow[];
  /** Events of one type at one place within a day, reported with different numbers by different articles. */
  crossFindings(q?: { limit?: number }): CrossFinding[];
  entities(q: EntityQuery): EntityRow[];
  /** Every stored analysis, in store order (for export). */
  analyses(): Iterable<Analysis>;
  close(): void;
}
