import type { Command } from 'commander';
import { DEFAULT_DB, checkLimit, openStoreForQuery, outputWidth, printJsonLines, renderTable, runCommand } from '../../corpus/cli-util.js';

interface FindingsFlags { db: string; kind?: string; cross?: boolean; limit?: string; json?: boolean }

/** `dossier findings [--cross]`: consistency findings of each article, or across articles. */
export function registerFindings(program: Command): void {
  program
    .command('findings')
    .description('consistency findings of the stored articles; --cross: the same event reported with different numbers by different articles')
    .option('--cross', 'cross-source findings: same event type and place within a day, different numbers')
    .option('--kind <rule>', 'only this rule id (quantity-gap, date-conflict, …)')
    .option('--db <path>', 'store file', DEFAULT_DB)
    .option('--limit <n>', 'most findings to show', '100')
    .option('--json', 'one JSON object a line')
    .addHelpText('after', `
Examples:
  dossier findings
  dossier findings --kind date-conflict --json
  dossier findings --cross --db demo.db`)
    .action(async (flags: FindingsFlags) => {
      process.exitCode = await runCommand(() => {
        const limit = checkLimit(flags.limit, 100);
        const store = openStoreForQuery(flags.db);
        try {
          if (flags.cross) {
            const rows = store.crossFindings({ limit });
            if (flags.json) printJsonLines(rows);
            else if (!rows.length) process.stderr.write('no cross-source finding\n');
            else process.stdout.write(renderTable(rows.flatMap((f) => f.reports.map((r, i) => ({ f, r, i }))), [
              { header: 'date', get: (x) => (x.i === 0 ? x.f.date : '') },
              { header: 'event', get: (x) => (x.i === 0 ? `${x.f.eventType} at ${x.f.place}` : '') },
              { header: 'number', get: (x) => `${x.r.value} ${x.f.role}`, right: true },
              { header: 'source', get: (x) => x.r.source ?? x.r.articleId },
              { header: 'evidence', get: (x) => x.r.evidence, flex: true },
            ], outputWidth()));
            return 0;
          }
          const rows = store.findings({ kind: flags.kind, limit });
          if (flags.json) printJsonLines(rows);
          else if (!rows.length) process.stderr.write('no finding\n');
          else process.stdout.write(renderTable(rows, [
            { header: 'date', get: (r) => r.publishedAt },
            { header: 'article', get: (r) => r.articleId },
            { header: 'rule', get: (r) => r.finding.kind },
            { header: 'severity', get: (r) => r.finding.severity },
            { header: 'message', get: (r) => r.finding.message, flex: true },
          ], outputWidth()));
          return 0;
        } finally {
          store.close();
        }
      });
    });
}
