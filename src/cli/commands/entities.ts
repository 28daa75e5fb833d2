import type { Command } from 'commander';
import { DEFAULT_DB, checkLimit, openStoreForQuery, outputWidth, printJsonLines, renderTable, runCommand } from '../../corpus/cli-util.js';

interface EntitiesFlags { db: string; type?: string; detail?: boolean; limit?: string; json?: boolean }

/** `dossier entities [NAME]`: corpus entities (merged across articles), most widely reported first. */
export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('corpus entities merged across articles (by knowledge-base id, else name and type), most articles first')
    .argument('[name]', 'only entities with this name or alias (or whose name contains it)')
    .option('--type <type>', 'PERSON, ORG, GPE, LOC, FAC, NORP or MISC')
    .option('--detail', "with a name: the best match's quotes, events and timeline")
    .option('--db <path>', 'store file', DEFAULT_DB)
    .option('--limit <n>', 'most entities (or, with --detail, items of each list) to show', '50')
    .option('--json', 'one JSON object a line; with --detail one object {entity, quotes, events, timeline}')
    .addHelpText('after', `
Examples:
  dossier entities --type PERSON --limit 20
  dossier entities Lavrov --detail
  dossier entities Ukraine --json --db demo.db`)
    .action(async (name: string | undefined, flags: EntitiesFlags) => {
      process.exitCode = await runCommand(() => {
        const limit = checkLimit(flags.limit, 50);
        const store = openStoreForQuery(flags.db);
        try {
          const rows = store.entities({ name, type: flags.type, limit: flags.detail ? 1 : limit });
          if (flags.detail && name) {
            const e = rows[0];
            if (!e) {
              process.stderr.write(`no entity matches "${name}"\n`);
              return 0;
            }
            const quotes = store.quotes({ speaker: e.name, limit });
            const events = store.events({ entity: e.name, limit });
            const timeline = store.timeline({ entity: e.name, limit });
            if (flags.json) {
              printJsonLines([{ entity: e, quotes, events, timeline }]);
              return 0;
            }
            const w = outputWidth();
            process.stdout.write(`${e.name} (${e.type}${e.role ? `, ${e.role}` : ''}${e.kbId ? `, ${e.kbId}` : ''}): ${e.articles} articles, ${e.mentions} mentions\n\n`);
            process.stdout.write(`Quotes (${quotes.length})\n`);
            if (quotes.length) process.stdout.write(renderTable(quotes, [
              { header: 'date', get: (r) => r.saidOn ?? r.publishedAt }, { header: 'quote', get: (r) => r.text, flex: true }, { header: 'article', get: (r) => r.articleId },
            ], w));
            process.stdout.write(`\nEvents (${events.length})\n`);
            if (events.length) process.stdout.write(renderTable(events, [
              { header: 'date', get: (r) => r.date ?? r.publishedAt }, { header: 'type', get: (r) => r.type }, { header: 'evidence', get: (r) => r.evidence, flex: true },
            ], w));
            process.stdout.write(`\nTimeline (${timeline.length})\n`);
            if (timeline.length) process.stdout.write(renderTable(timeline, [
              { header: 'date', get: (r) => r.value }, { header: 'sentence', get: (r) => r.context, flex: true }, { header: 'article', get: (r) => r.articleId },
            ], w));
            return 0;
          }
          if (flags.json) printJsonLines(rows);
          else if (!rows.length) process.stderr.write('no entity matches\n');
          else process.stdout.write(renderTable(rows, [
            { header: 'name', get: (r) => r.name },
            { header: 'type', get: (r) => r.type },
            { header: 'role', get: (r) => r.role, flex: true },
            { header: 'articles', get: (r) => r.articles, right: true },
            { header: 'mentions', get: (r) => r.mentions, right: true },
            { header: 'quotes', get: (r) => r.quotes, right: true },
            { header: 'key', get: (r) => r.key },
          ], outputWidth()));
          return 0;
        } finally {
          store.close();
        }
      });
    });
}
