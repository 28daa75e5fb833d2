import { availableParallelism } from 'node:os';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DEFAULT_DB, UsageError, runCommand } from '../../corpus/cli-util.js';
import { ingestItems, type IngestProgress } from '../../corpus/ingest.js';
import { estimateItems, expandSources } from '../../ingest/sources.js';
import { normalizePublishedAt } from '../../analyze.js';
import type { SourceItem } from '../../ingest/jsonl.js';
import { openSqliteStore } from '../../store/sqlite.js';

/** Up to this many articles are analysed on the main thread unless --workers says otherwise. */
const SMALL_BATCH = 8;

interface IngestFlags { db: string; date?: string; workers?: string; batch?: string; allowPrivate?: boolean; maxBytes?: string; json?: boolean; quiet?: boolean; progress?: boolean }

/**
 * `dossier ingest PATH|GLOB|URL|FEED…`: analyses articles on worker threads and stores them.
 *
 * @example
 * dossier ingest ../shared/corpus/real/*.jsonl --db corpus.db
 */
export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('analyse articles and add them to the corpus store (text, HTML, JSONL, RSS/Atom feeds, URLs, directories, globs)')
    .argument('<sources...>', 'files, directories, glob patterns ("corpus/**/*.jsonl"), http(s) URLs of articles or feeds')
    .option('--db <path>', 'store file (created when missing)', DEFAULT_DB)
    .option('--workers <n>', `analysis threads (default ${availableParallelism()}; 0, the default for a few articles: analyse on the main thread)`)
    .option('--batch <n>', 'articles per write transaction', '16')
    .option('--date <YYYY-MM-DD>', 'publication date for articles whose source gives none')
    .option('--allow-private', 'allow URLs on loopback or private network addresses')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', String(10 * 1024 * 1024))
    .option('--no-progress', 'no progress bar even on a terminal')
    .option('--quiet', 'no summary line')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText('after', `
JSONL lines are {id, title, text, date, source, url}. A feed item's content is used when it holds the
article, else its link is fetched; the item's date is the publication date. Articles already stored
(same normalised text) are skipped before analysis, so re-running after a crash resumes; syndicated
copies (word 5-gram Jaccard >= 0.8) are stored and grouped. Exit code 1 when some articles failed.

Examples:
  dossier ingest examples/seed-ukraine-ceasefire-2025-03-16.txt --date 2025-03-16 --db demo.db
  dossier ingest "../shared/corpus/real/*.jsonl" --db corpus.db
  dossier ingest https://example.org/world/rss.xml articles/ --workers 2`)
    .action(async (sources: string[], flags: IngestFlags) => {
      process.exitCode = await runCommand(() => runIngest(sources, flags));
    });
}

async function runIngest(sources: string[], flags: IngestFlags): Promise<number> {
  const estimate = await estimateItems(sources);
  const hasUrls = sources.some((s) => /^https?:\/\//i.test(s));
  // starting workers costs seconds (each loads the models): not worth it for a handful of articles
  const workers = flags.workers !== undefined ? Number(flags.workers) : !hasUrls && estimate <= SMALL_BATCH ? 0 : availableParallelism();
  const batchSize = Number(flags.batch);
  const maxBytes = Number(flags.maxBytes);
  if (!Number.isInteger(workers) || workers < 0) throw new UsageError('--workers must be a whole number >= 0');
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch must be a whole number >= 1');
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new UsageError('--max-bytes must be a positive number');
  let date: string | null = null;
  try {
    date = flags.date === undefined ? null : normalizePublishedAt(flags.date);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }

  const store = openSqliteStore({ path: flags.db });
  const tty = process.stderr.isTTY === true && flags.progress !== false;
  let bar: SingleBar | null = null;
  const failures: string[] = [];
  try {
    if (tty) {
      bar = new SingleBar({
        format: 'ingest [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted} | stored {stored}, skipped {duplicates}, failed {failed}',
        hideCursor: true, clearOnComplete: false, etaBuffer: 200, fps: 5, stream: process.stderr,
      });
      bar.start(Math.max(estimate, 1), 0, { rate: '0.0', stored: 0, duplicates: 0, failed: 0 });
    }
    const t0 = performance.now();
    const onProgress = (p: IngestProgress) => {
      if (!bar) return;
      const done = p.stored + p.duplicates + p.failed;
      if (done > bar.getTotal()) bar.setTotal(done);
      bar.update(done, { rate: (p.stored / Math.max(0.001, (performance.now() - t0) / 1000)).toFixed(1), stored: p.stored, duplicates: p.duplicates, failed: p.failed });
    };
    const items = withDefaultDate(expandSources(sources, { maxBytes, allowPrivate: flags.allowPrivate ?? false }), date);
    const summary = await ingestItems(items, store, {
      workers, batchSize, onProgress,
      onFailure: (label, err) => {
        // input errors usually name their file already
        const line = `dossier: ${err.message.startsWith(label) ? '' : `${label}: `}${err.message}`;
        if (bar) failures.push(line);
        else process.stderr.write(`${line}\n`);
      },
    });
    bar?.stop();
    bar = null;
    for (const line of failures.slice(0, 50)) process.stderr.write(`${line}\n`);
    if (failures.length > 50) process.stderr.write(`dossier: … and ${failures.length - 50} more failures\n`);
    const stats = store.stats();
    if (flags.json) process.stdout.write(JSON.stringify({ ...summary, failures: summary.failures, store: stats }) + '\n');
    if (!flags.quiet) {
      const rate = summary.stored / Math.max(0.001, summary.seconds);
      process.stderr.write(`ingest: ${summary.stored} stored (${summary.nearDuplicates} near-duplicates grouped), ${summary.duplicates} already stored, `
        + `${summary.failed} failed in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} articles/s); ${flags.db} holds ${stats.articles} articles\n`);
    }
    return summary.failed > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    store.close();
  }
}

async function* withDefaultDate(items: AsyncIterable<SourceItem>, date: string | null): AsyncGenerator<SourceItem> {
  for await (const item of items) {
    if (date && item.ok && !item.input.publishedAt) {
      yield { ...item, input: { ...item.input, publishedAt: date, source: { ...(item.input.source ?? { kind: 'text' }), dateSource: 'option' } } };
    } else yield item;
  }
}
