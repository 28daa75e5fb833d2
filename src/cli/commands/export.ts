import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { DEFAULT_DB, UsageError, openStoreForQuery, runCommand } from '../../corpus/cli-util.js';
import { ACLED_COLUMNS, csvField, toAcledRows } from '../../export/acled.js';
import { toPloverRecords } from '../../export/plover.js';
import type { Analysis } from '../../model/analysis.js';

interface ExportFlags { db: string; format: string; out?: string; acledOnly?: boolean }

/** Each format: an optional header, then the lines of one analysis at a time (the store is streamed, never loaded whole). */
const FORMATS: Record<string, { header?: string; lines: (a: Analysis, flags: ExportFlags) => string }> = {
  jsonl: { lines: (a) => JSON.stringify(a) + '\n' },
  csv: {
    header: ACLED_COLUMNS.join(',') + '\r\n',
    lines: (a, flags) => toAcledRows(a, { acledOnly: flags.acledOnly ?? false }).map((r) => ACLED_COLUMNS.map((c) => csvField(r[c])).join(',') + '\r\n').join(''),
  },
  plover: { lines: (a) => toPloverRecords(a).map((r) => JSON.stringify(r) + '\n').join('') },
};

/** `dossier export --format jsonl|csv|plover`: the stored corpus for other programs. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('write the stored corpus: jsonl (one full analysis a line, the JSON contract), csv (ACLED-like, one event a row) or plover (PLOVER event records, JSONL)')
    .option('--format <format>', `one of: ${Object.keys(FORMATS).join(', ')}`, 'jsonl')
    .option('--acled-only', 'csv: only events that map to an ACLED category')
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--db <path>', 'store file', DEFAULT_DB)
    .addHelpText('after', `
Examples:
  dossier export --format jsonl --out corpus.jsonl
  dossier export --format csv --db demo.db > events.csv
  dossier export --format plover | jq .event`)
    .action(async (flags: ExportFlags) => {
      process.exitCode = await runCommand(async () => {
        const format = FORMATS[flags.format];
        if (!format) throw new UsageError(`--format must be one of ${Object.keys(FORMATS).join(', ')}, not "${flags.format}"`);
        const store = openStoreForQuery(flags.db);
        const out: Writable = flags.out ? createWriteStream(flags.out) : process.stdout;
        const write = (s: string) => (!s || out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
        try {
          if (format.header) await write(format.header);
          for (const a of store.analyses()) await write(format.lines(a, flags));
        } finally {
          store.close();
          if (flags.out) await new Promise<void>((r) => out.end(() => r()));
        }
        return 0;
      });
    });
}
