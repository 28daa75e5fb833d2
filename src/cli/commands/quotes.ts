import type { Command } from 'commander';
import { DEFAULT_DB, UsageError, checkDate, checkLimit, openStoreForQuery, outputWidth, printJsonLines, renderTable, runCommand } from '../../corpus/cli-util.js';

const ACTS = ['assertion', 'intention', 'demand', 'question', 'evaluation', 'naming'];

interface QuotesFlags { db: string; speaker?: string; text?: string; act?: string; limit?: string; since?: string; until?: string; json?: boolean }

/** `dossier quotes --speaker NAME`: what someone said across the corpus, in date order. */
export function registerQuotes(program: Command): void {
  program
    .command('quotes')
    .description('quotes and reported statements across the corpus, oldest first (date said, else published)')
    .option('--speaker <name>', 'who said it: a name or alias of a corpus entity ("Lavrov", "Sergei Lavrov")')
    .option('--text <words>', 'words the quote must contain (full-text)')
    .option('--act <act>', `only statements that do this: ${ACTS.join(', ')} (positions are all but assertions)`)
    .option('--since <date>', 'said on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'said on or before')
    .option('--db <path>', 'store file', DEFAULT_DB)
    .option('--limit <n>', 'most quotes to show', '100')
    .option('--json', 'one JSON object a line: {articleId, speaker, speakerKey, role, kind, act, cue, saidOn, text, start, end, …}')
    .addHelpText('after', `
Examples:
  dossier quotes --speaker Lavrov --since 2025-03
  dossier quotes --text ceasefire --json
  dossier quotes --speaker Zelenskyy --act demand
  dossier quotes --speaker "Foreign Ministry" --db demo.db`)
    .action(async (flags: QuotesFlags) => {
      process.exitCode = await runCommand(() => {
        if (flags.act !== undefined && !ACTS.includes(flags.act)) throw new UsageError(`--act must be one of ${ACTS.join(', ')}, not "${flags.act}"`);
        const q = {
          speaker: flags.speaker, text: flags.text, act: flags.act, since: checkDate(flags.since, '--since'), until: checkDate(flags.until, '--until'),
          limit: checkLimit(flags.limit, 100),
        };
        const store = openStoreForQuery(flags.db);
        try {
          const rows = store.quotes(q);
          if (flags.json) printJsonLines(rows);
          else if (!rows.length) process.stderr.write('no quote matches\n');
          else process.stdout.write(renderTable(rows, [
            { header: 'date', get: (r) => r.saidOn ?? r.publishedAt },
            { header: 'speaker', get: (r) => r.speaker },
            // (a position shows what it does: "demand", "intention" …)
            { header: 'kind', get: (r) => (r.act && r.act !== 'assertion' ? r.act : r.kind) },
            { header: 'quote', get: (r) => r.text, flex: true },
            { header: 'article', get: (r) => r.articleId },
          ], outputWidth()));
          return 0;
        } finally {
          store.close();
        }
      });
    });
}
