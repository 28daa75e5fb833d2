import { availableParallelism } from 'node:os';
import { analyzeText } from '../analyze.js';
import type { SourceItem } from '../ingest/jsonl.js';
import { contentHash, minhash } from '../store/fingerprint.js';
import type { ArticleRecord, Store } from '../store/store.js';
import { AnalysisPool, type AnalyzeResult } from './pool.js';

export interface IngestProgress {
  /** Items read so far (articles and failures). */
  seen: number;
  stored: number;
  /** Already stored (same content hash) or repeated in this run: skipped before analysis. */
  duplicates: number;
  /** Stored articles that joined a near-duplicate group. */
  nearDuplicates: number;
  failed: number;
}

export interface IngestSummary extends IngestProgress {
  seconds: number;
  failures: Array<{ label: string; message: string }>;
}

export interface IngestOptions {
  /** Analysis worker threads; 0 analyses on this thread (no start-up cost, for a handful of articles). */
  workers?: number;
  /** Articles per write transaction. Smaller loses less work to a crash; larger writes faster. */
  batchSize?: number;
  /** Longest time analysed articles wait for their transaction, in ms. */
  flushMs?: number;
  onProgress?: (p: IngestProgress) => void;
  onFailure?: (label: string, err: Error) => void;
}

/**
 * Analyses and stores articles. Articles whose content hash is stored are skipped before analysis,
 * so a re-run (after a crash, or on an overlapping set) only does the missing work. Analysis runs on
 * worker threads; this thread owns the store and commits every `batchSize` articles. A bad article is
 * reported through `onFailure` and counted; the rest go on.
 *
 * @example
 * const summary = await ingestItems(expandSources(['corpus.jsonl']), store, { workers: 2 });
 * summary.stored // articles added
 */
export async function ingestItems(items: AsyncIterable<SourceItem>, store: Store, opts: IngestOptions = {}): Promise<IngestSummary> {
  const t0 = performance.now();
  const batchSize = Math.max(1, opts.batchSize ?? 16);
  const flushMs = opts.flushMs ?? 500;
  const p: IngestProgress = { seen: 0, stored: 0, duplicates: 0, nearDuplicates: 0, failed: 0 };
  const failures: IngestSummary['failures'] = [];
  const progress = () => opts.onProgress?.({ ...p });
  const fail = (label: string, err: unknown) => {
    const e = err instanceof Error ? err : new Error(String(err));
    p.failed++;
    failures.push({ label, message: e.message });
    opts.onFailure?.(label, e);
    progress();
  };

  let batch: Array<{ label: string; rec: ArticleRecord }> = [];
  let lastFlush = performance.now();
  const flush = () => {
    if (!batch.length) return;
    const todo = batch;
    batch = [];
    lastFlush = performance.now();
    try {
      tally(store.putMany(todo.map((t) => t.rec)));
    } catch {
      // one bad record must not sink its neighbours: retry one by one
      for (const t of todo) {
        try {
          tally(store.putMany([t.rec]));
        } catch (err) {
          fail(t.label, err);
        }
      }
    }
    progress();
  };
  const tally = (results: ReturnType<Store['putMany']>) => {
    for (const r of results) {
      if (r.status === 'stored') p.stored++;
      else p.duplicates++;
      if (r.dupGroup !== null) p.nearDuplicates++;
    }
  };
  const accept = (label: string, hash: string, r: Pick<AnalyzeResult, 'analysis' | 'signature'> & { packed?: Uint8Array }) => {
    batch.push({ label, rec: { analysis: r.analysis, hash, signature: r.signature, ...(r.packed ? { packed: r.packed } : {}) } });
    if (batch.length >= batchSize || performance.now() - lastFlush > flushMs) flush();
  };

  const seen = new Set<string>();
  const workers = opts.workers ?? availableParallelism();
  const pool = workers > 0 ? new AnalysisPool({ size: workers }) : null;
  const inflight = new Set<Promise<void>>();
  try {
    for await (const item of items) {
      p.seen++;
      if (!item.ok) {
        fail(item.label, item.error);
        continue;
      }
      const hash = contentHash(item.input.text);
      if (seen.has(hash) || store.hasHash(hash)) {
        p.duplicates++;
        progress();
        continue;
      }
      seen.add(hash);
      if (!pool) {
        try {
          const analysis = analyzeText(item.input);
          accept(item.label, hash, { analysis, signature: minhash(analysis.text) });
        } catch (err) {
          fail(item.label, err);
        }
        continue;
      }
      await pool.ready();
      const task: Promise<void> = pool.analyze(item.input).then(
        (r) => accept(item.label, hash, r),
        (err) => fail(item.label, err),
      ).finally(() => inflight.delete(task));
      inflight.add(task);
    }
    await Promise.all(inflight);
    flush();
  } finally {
    flush();
    await pool?.close();
  }
  return { ...p, seconds: (performance.now() - t0) / 1000, failures };
}
