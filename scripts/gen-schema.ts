/**
 * Generates schema/analysis.schema.json, the JSON Schema of the public contract, from the TypeScript
 * types in src/model/analysis.ts: `Analysis` (what `analyze --json` prints, one per `--jsonl` line) and
 * `AnalysisError` (a `--jsonl` line for an input that could not be analysed). The root accepts either.
 *
 *   npm run schema            # rewrite schema/analysis.schema.json
 *   npm run schema -- --check # exit 1 when the checked-in file is out of date
 *
 * The test test/cli/schema.test.ts regenerates in memory and fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator, type Config } from 'ts-json-schema-generator';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Where the checked-in schema lives. */
export const SCHEMA_PATH = `${ROOT}schema/analysis.schema.json`;

/**
 * Builds the schema text (stable key order, 2-space indent, final newline).
 *
 * @example
 * JSON.parse(generateSchemaText()).definitions.Analysis.required // ['schemaVersion', 'id', …]
 */
export function generateSchemaText(): string {
  const config: Config = {
    path: `${ROOT}src/model/analysis.ts`,
    // A tsconfig of its own: just analysis.ts and what it imports, with the smallest lib (fast).
    tsconfig: `${ROOT}schema/tsconfig.json`,
    type: '*',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    // The type check is the job of `tsc`; skipping it here keeps generation (and its test) fast.
    skipTypeCheck: true,
    additionalProperties: false,
  };
  const schema = createGenerator(config).createSchema('*') as { definitions?: Record<string, unknown> };
  const definitions = schema.definitions ?? {};
  for (const need of ['Analysis', 'AnalysisError']) if (!definitions[need]) throw new Error(`gen-schema: type ${need} not found`);
  const out = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://github.com/dossier/dossier/schema/analysis.schema.json',
    title: 'dossier analysis',
    description: 'Output of `dossier analyze --json` and of each `--jsonl` line. Generated from src/model/analysis.ts by `npm run schema`; do not edit by hand.',
    anyOf: [{ $ref: '#/definitions/Analysis' }, { $ref: '#/definitions/AnalysisError' }],
    definitions: sortKeys(definitions),
  };
  return JSON.stringify(out, null, 2) + '\n';
}

function sortKeys<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]])) as T;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateSchemaText();
  if (process.argv.includes('--check')) {
    let current = '';
    try { current = readFileSync(SCHEMA_PATH, 'utf8'); } catch { /* missing: stale */ }
    if (current !== text) {
      process.stderr.write('schema/analysis.schema.json is out of date: run `npm run schema`\n');
      process.exit(1);
    }
    process.stdout.write('schema/analysis.schema.json is up to date\n');
  } else {
    writeFileSync(SCHEMA_PATH, text);
    process.stdout.write(`wrote ${SCHEMA_PATH} (${Object.keys(JSON.parse(text).definitions).length} definitions)\n`);
  }
}
