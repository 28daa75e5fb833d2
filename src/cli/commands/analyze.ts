import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyzeText, normalizePublishedAt } from '../../analyze.js';
import { SCHEMA_VERSION, type Analysis, type AnalysisError } from '../../model/analysis.js';
import { allStatements } from '../../pipeline/analysis.js';
import { groupStatements } from '../../stages/quotes/group.js';
import { InputError } from '../../ingest/errors.js';
import { readInput } from '../../ingest/read-input.js';
import { renderBrief } from '../brief.js';
import { EXIT, reportError } from '../exit.js';

interface AnalyzeFlags {
  json?: boolean;
  jsonl?: boolean;
  date?: string;
  id?: string;
  allowPrivate?: boolean;
  maxBytes?: string;
  color?: boolean;
  groupStatements?: boolean;
  allAttributions?: boolean;
}

/** `dossier analyze FILE|URL|-`: one article to a brief or to JSON; `--jsonl` for batches. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article (text or HTML file, http(s) URL, or - for stdin) and print a brief')
    .argument('[input]', 'file path, http(s) URL, or - for stdin (not used with --jsonl)')
    .option('--json', 'print the full analysis as one JSON object (the versioned contract)')
    .option('--jsonl', 'batch mode: read {id,text,date} JSON lines on stdin, print one analysis a line')
    .option('--date <YYYY-MM-DD>', 'publication date (overrides what the input says)')
    .option('--id <id>', 'document id in the JSON output')
    .option('--allow-private', 'allow URLs on loopback or private network addresses')
    .option('--max-bytes <n>', 'largest input accepted, in bytes', String(10 * 1024 * 1024))
    .option('--no-color', 'no colours in the brief')
    .option('--group-statements', 'JSON output: one quote record per statement, so a quote split by its attribution is one record spanning its pieces, with `parts` (the PolNeAR convention)')
    .option('--all-attributions', 'JSON output: list `positions` (vowed, urged, condemned, labelled …) among `quotes`, as PolNeAR annotates every attribution')
    .addHelpText('after', `
Exit codes: 0 done; 1 the input could not be read (empty, binary, invalid UTF-8, too large,
no article in the HTML, unreachable URL); 2 wrong command line; 3 internal error.

Examples:
  dossier analyze examples/seed-ukraine-ceasefire-2025-03-16.txt --date 2025-03-16
  dossier analyze https://example.org/news/story.html --json
  echo '{"id":"a","text":"KYIV — …","date":"2025-03-16"}' | dossier analyze --jsonl`)
    .action(async (input: string | undefined, flags: AnalyzeFlags) => {
      process.exitCode = await runAnalyze(input, flags);
    });
}

async function runAnalyze(input: string | undefined, flags: AnalyzeFlags): Promise<number> {
  try {
    const maxBytes = Number(flags.maxBytes);
    if (!Number.isFinite(maxBytes) || maxBytes <= 0) {
      process.stderr.write('dossier: --max-bytes must be a positive number\n');
      return EXIT.usage;
    }
    const date = flags.date !== undefined ? normalizePublishedAt(flags.date) : undefined;
    const shape = (a: Analysis): Analysis => {
      const quotes = flags.allAttributions ? allStatements(a) : a.quotes;
      const positions = flags.allAttributions ? [] : a.positions;
      return { ...a, quotes: flags.groupStatements ? groupStatements(a.text, quotes) : quotes, positions };
    };
    if (flags.jsonl) return await runJsonl(date, maxBytes, shape);
    if (!input) {
      process.stderr.write('dossier: analyze needs an input: a file, a URL, or - for stdin (see dossier analyze --help)\n');
      return EXIT.usage;
    }
    const loaded = await readInput(input, { maxBytes, allowPrivate: flags.allowPrivate ?? false });
    const publishedAt = date !== undefined ? date : loaded.publishedAt;
    const analysis = analyzeText({
      id: flags.id ?? loaded.source.canonicalUrl ?? loaded.source.url ?? loaded.source.path ?? 'stdin',
      text: loaded.text,
      publishedAt,
      source: date !== undefined ? { ...loaded.source, dateSource: 'option' } : loaded.source,
      ...(loaded.htmlMap ? { htmlMap: loaded.htmlMap } : {}),
    });
    if (flags.json) process.stdout.write(JSON.stringify(shape(analysis)) + '\n');
    else process.stdout.write(renderBrief(analysis, { color: (flags.color ?? true) && process.stdout.isTTY === true, width: process.stdout.columns || 100 }));
    return EXIT.ok;
  } catch (err) {
    return reportError(err);
  }
}

/**
 * The batch contract of ../shared/eval/README.md: one {id,text,date} object a line in, one analysis a line out,
 * in order. A bad line yields an error object for its id and the run goes on.
 */
async function runJsonl(dateOverride: string | null | undefined, maxBytes: number, shape: (a: Analysis) => Analysis): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failures = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: string | null = null;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        throw new InputError('bad-json', `line ${lineNo}: not valid JSON`);
      }
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new InputError('bad-json', `line ${lineNo}: expected an object {id, text, date}`);
      const o = obj as Record<string, unknown>;
      id = o.id == null ? `line-${lineNo}` : String(o.id);
      if (typeof o.text !== 'string') throw new InputError('bad-json', `line ${lineNo}: "text" must be a string`);
      if (!o.text.trim()) throw new InputError('empty', `line ${lineNo}: the text is empty`);
      if (Buffer.byteLength(o.text) > maxBytes) throw new InputError('too-large', `line ${lineNo}: text larger than --max-bytes`);
      const date = dateOverride !== undefined ? dateOverride : typeof o.date === 'string' ? o.date : null;
      const analysis = analyzeText({ id, text: o.text, publishedAt: date, source: { kind: 'jsonl' } });
      await write(JSON.stringify(shape(analysis)) + '\n');
    } catch (err) {
      failures++;
      const e: AnalysisError = {
        schemaVersion: SCHEMA_VERSION,
        id,
        error: err instanceof InputError ? { code: err.code, message: err.message } : { code: 'internal', message: (err as Error)?.message ?? String(err) },
      };
      await write(JSON.stringify(e) + '\n');
      process.stderr.write(`dossier: ${id && !e.error.message.startsWith(`line `) ? `${id}: ` : ""}${e.error.message}\n`);
    }
  }
  return failures > 0 && lineNo === failures ? EXIT.input : EXIT.ok;
}

function write(s: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve);
  });
}
