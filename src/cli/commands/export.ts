import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DEFAULT_DB, UsageError, openStoreForQuery, runCommand } from '../../corpus/cli-util.js';
import { csvLine, eventCsvHeader, eventCsvRows } from '../../corpus/export-csv.js';

interface ExportFlags { db: string; format: string; out?: string }

const FORMATS = ['jsonl', 'csv'] as const;

/** `dossier export --format jsonl|csv`: the stored corpus for other programs. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the stored corpus: jsonl (one full analysis a line, the JSON contract) or csv (one event a line)')
    .option('--format <format>', `one of: ${FORMATS.join(', ')}`, 'jsonl')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'store file', DEFAULT_DB)
    .addHelpText('after', `
Examples:
  dossier export --format jsonl --out corpus.jsonl
  dossier export --format csv --db demo.db > events.csv`)
    .action(async (flags: ExportFlags) => {
      process.exitCode = await runCommand(async () => {
        if (!(FORMATS as readonly string[]).includes(flags.format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not "${flags.format}"`);
        const store = openStoreForQuery(flags.db);
        const out: Writable = flags.out ? createWriteStream(flags.out) : process.stdout;
        const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
        try {
          if (flags.format === 'csv') await write(csvLine(eventCsvHeader));
          for (const a of store.analyses()) {
            if (flags.format === 'jsonl') await write(JSON.stringify(a) + '\n');
            else for (const row of eventCsvRows(a)) await write(csvLine(row));
          }
        } finally {
          store.close();
          if (flags.out) await new Promise<void>((r) => out.end(() => r()));
        }
        return 0;
      });
    });
}
