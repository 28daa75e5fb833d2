import type { Command } from 'commander';
import { DEFAULT_DB, checkDate, checkLimit, openStoreForQuery, outputWidth, printJsonLines, renderTable, runCommand } from '../../corpus/cli-util.js';

interface TimelineFlags { db: string; entity?: string; limit?: string; since?: string; until?: string; json?: boolean }

/** `dossier timeline [--entity NAME]`: dated statements across the corpus in date order. */
export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('resolved dates across the corpus in date order, each with its sentence; --entity keeps sentences that mention it')
    .option('--entity <name>', 'only sentences mentioning this entity (name or alias)')
    .option('--since <date>', 'dates on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'dates on or before')
    .option('--db <path>', 'store file', DEFAULT_DB)
    .option('--limit <n>', 'most entries to show', '100')
    .option('--json', 'one JSON object a line: {articleId, title, publishedAt, value, type, text, context, start, end}')
    .addHelpText('after', `
Examples:
  dossier timeline --entity Ukraine --since 2025-03-01
  dossier timeline --entity "Donald Trump" --json
  dossier timeline --db demo.db`)
    .action(async (flags: TimelineFlags) => {
      process.exitCode = await runCommand(() => {
        const q = { entity: flags.entity, since: checkDate(flags.since, '--since'), until: checkDate(flags.until, '--until'), limit: checkLimit(flags.limit, 100) };
        const store = openStoreForQuery(flags.db);
        try {
          const rows = store.timeline(q);
          if (flags.json) printJsonLines(rows);
          else if (!rows.length) process.stderr.write('no dated entry matches\n');
          else process.stdout.write(renderTable(rows, [
            { header: 'date', get: (r) => r.value },
            { header: 'as written', get: (r) => r.text },
            { header: 'sentence', get: (r) => r.context, flex: true },
            { header: 'article', get: (r) => r.articleId },
          ], outputWidth()));
          return 0;
        } finally {
          store.close();
        }
      });
    });
}
