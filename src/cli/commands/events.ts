import type { Command } from 'commander';
import { DEFAULT_DB, checkDate, checkLimit, openStoreForQuery, outputWidth, printJsonLines, renderTable, runCommand } from '../../corpus/cli-util.js';

interface EventsFlags { db: string; type?: string; place?: string; entity?: string; limit?: string; since?: string; until?: string; json?: boolean }

/** `dossier events`: PLOVER-coded events across the corpus, filtered by type, place and date. */
export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('PLOVER-coded events across the corpus in date order (event date, else publication date)')
    .option('--type <type>', 'PLOVER event type (ASSAULT, AID, AGREE, …), any case')
    .option('--place <name>', 'where it happened, or its target (name or alias)')
    .option('--entity <name>', 'events whose actor, target or place is this entity')
    .option('--since <date>', 'on or after (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--until <date>', 'on or before')
    .option('--db <path>', 'store file', DEFAULT_DB)
    .option('--limit <n>', 'most events to show', '100')
    .option('--json', 'one JSON object a line: {articleId, type, mode, actor, target, place, date, quantities, negated, evidence, …}')
    .addHelpText('after', `
Examples:
  dossier events --type ASSAULT --place Kharkiv --since 2025-03
  dossier events --entity Russia --json
  dossier events --db demo.db`)
    .action(async (flags: EventsFlags) => {
      process.exitCode = await runCommand(() => {
        const q = {
          type: flags.type, place: flags.place, entity: flags.entity, since: checkDate(flags.since, '--since'), until: checkDate(flags.until, '--until'),
          limit: checkLimit(flags.limit, 100),
        };
        const store = openStoreForQuery(flags.db);
        try {
          const rows = store.events(q);
          if (flags.json) printJsonLines(rows);
          else if (!rows.length) process.stderr.write('no event matches\n');
          else process.stdout.write(renderTable(rows, [
            { header: 'date', get: (r) => r.date ?? r.publishedAt },
            { header: 'type', get: (r) => `${r.negated ? 'not ' : ''}${r.type}` },
            { header: 'actor', get: (r) => r.actor },
            { header: 'target', get: (r) => r.target },
            { header: 'place', get: (r) => r.place },
            { header: 'numbers', get: (r) => r.quantities.map((q) => `${q.value} ${q.role}`).join(', ') },
            { header: 'evidence', get: (r) => r.evidence, flex: true },
          ], outputWidth()));
          return 0;
        } finally {
          store.close();
        }
      });
    });
}
