import type { Command } from 'commander';
import { DEFAULT_DB, UsageError, checkDate, checkLimit, openStoreForQuery, outputWidth, printJsonLines, renderTable, runCommand } from '../../corpus/cli-util.js';

interface SearchFlags { db: string; limit?: string; since?: string; until?: string; json?: boolean }

/** `dossier search QUERY`: full-text search over the stored articles, best matches first (BM25). */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search over the stored articles (BM25 ranking; title matches weigh more)')
    .argument('<query...>', 'words that must all occur; a trailing * matches a prefix (ceasefir*)')
    .option('--db <path>', 'store file', DEFAULT_DB)
    .option('--since <date>', 'published on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'published on or before')
    .option('--limit <n>', 'most hits to show', '20')
    .option('--json', 'one JSON object a line: {id, title, publishedAt, source, url, dupGroup, snippet, score}')
    .addHelpText('after', `
Examples:
  dossier search ceasefire talks
  dossier search "drone*" Kharkiv --since 2025-03 --json
  dossier search sanctions --db demo.db --limit 5`)
    .action(async (words: string[], flags: SearchFlags) => {
      process.exitCode = await runCommand(() => {
        const query = words.join(' ');
        if (!query.trim()) throw new UsageError('search needs a query');
        const opts = { limit: checkLimit(flags.limit, 20), since: checkDate(flags.since, '--since'), until: checkDate(flags.until, '--until') };
        const store = openStoreForQuery(flags.db);
        try {
          const hits = store.search(query, opts);
          if (flags.json) printJsonLines(hits);
          else if (!hits.length) process.stderr.write(`no article matches "${query}"\n`);
          else process.stdout.write(renderTable(hits, [
            { header: 'date', get: (h) => h.publishedAt },
            { header: 'id', get: (h) => h.id },
            { header: 'title', get: (h) => h.title },
            { header: 'snippet', get: (h) => h.snippet, flex: true },
          ], outputWidth()));
          return 0;
        } finally {
          store.close();
        }
      });
    });
}
