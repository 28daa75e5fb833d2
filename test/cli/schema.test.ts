import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import { generateSchemaText, SCHEMA_PATH } from '../../scripts/gen-schema.js';
import { analyzeText } from '../../src/analyze.js';
import { readInput } from '../../src/ingest/read-input.js';
import { runCli } from './run.js';

const checkedIn = readFileSync(SCHEMA_PATH, 'utf8');
const schema = JSON.parse(checkedIn) as { definitions: Record<string, unknown> };
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, 'analysis');
const validator = (name: string): ValidateFunction => ajv.getSchema(`analysis#/definitions/${name}`)!;

function assertValid(name: 'Analysis' | 'AnalysisError', value: unknown): void {
  const validate = validator(name);
  const ok = validate(value);
  assert.ok(ok, `${name} does not match schema/analysis.schema.json:\n${JSON.stringify(validate.errors?.slice(0, 5), null, 1)}`);
}

describe('JSON Schema', () => {
  it('the checked-in schema is up to date with src/model (else run `npm run schema`)', () => {
    assert.ok(generateSchemaText() === checkedIn, 'schema/analysis.schema.json is out of date with the types in src/model: run `npm run schema` and commit the result');
  });

  it('real `analyze --json` output on the bundled example matches Analysis', async () => {
    const r = await runCli(['analyze', 'examples/seed-ukraine-ceasefire-2025-03-16.txt', '--json', '--date', '2025-03-16']);
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { sentences: unknown[] };
    assert.ok(a.sentences.length > 10);
    assertValid('Analysis', a);
    // The root schema accepts it too.
    assert.ok(ajv.validate('analysis', a));
  });

  it('a `--jsonl` run: analyses match Analysis and error lines match AnalysisError', async () => {
    const input = [JSON.stringify({ id: 'ok', text: 'GENEVA — Talks resumed on Tuesday, officials said.', date: '2025-03-16' }), '{"id":"bad",'].join('\n') + '\n';
    const r = await runCli(['analyze', '--jsonl'], input);
    const [good, bad] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown);
    assertValid('Analysis', good);
    assertValid('AnalysisError', bad);
    assert.equal(validator('Analysis')(bad), false, 'an error line is not an Analysis');
  });

  it('`--jsonl --group-statements`: a quote split by its attribution is one record with its parts, and still matches Analysis', async () => {
    const text = 'KYIV — “We are aware of this,” the president said. “We will counter it.”';
    const r = await runCli(['analyze', '--jsonl', '--group-statements'], JSON.stringify({ id: 'g', text, date: '2025-03-16' }) + '\n');
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout) as { quotes: Array<{ start: number; end: number; text: string; parts?: Array<{ start: number; end: number }> }> };
    assertValid('Analysis', a);
    assert.equal(a.quotes.length, 1);
    const q = a.quotes[0]!;
    assert.deepEqual(q.parts!.map((p) => text.slice(p.start, p.end)), ['We are aware of this,', 'We will counter it.']);
    assert.equal(q.text, text.slice(q.start, q.end));
  });

  it('`--jsonl --all-attributions`: positions (what a source vowed, urged …) are listed among the quotes, and it still matches Analysis', async () => {
    const text = 'KYIV — Moscow has vowed to recapture lost ground. Officials said talks would resume.';
    const line = JSON.stringify({ id: 'p', text, date: '2025-03-16' }) + '\n';
    const spans = (qs: Array<{ start: number; end: number }>) => qs.map((q) => text.slice(q.start, q.end));
    const plain = JSON.parse((await runCli(['analyze', '--jsonl'], line)).stdout) as { quotes: Array<{ start: number; end: number }>; positions: Array<{ start: number; end: number; act: string }> };
    assertValid('Analysis', plain);
    assert.deepEqual(spans(plain.positions), ['to recapture lost ground']);
    assert.equal(plain.positions[0]!.act, 'intention');
    const all = JSON.parse((await runCli(['analyze', '--jsonl', '--all-attributions'], line)).stdout) as typeof plain;
    assertValid('Analysis', all);
    assert.deepEqual(all.positions, []);
    assert.deepEqual(spans(all.quotes), [...spans(plain.quotes), 'to recapture lost ground'].sort((x, y) => text.indexOf(x) - text.indexOf(y)));
  });

  it('an analysis of an HTML page (source metadata, no stray fields) matches Analysis', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-schema-'));
    try {
      const file = join(dir, 'page.html');
      await writeFile(file, '<!DOCTYPE html><html><head><title>Talks</title><meta property="article:published_time" content="2025-03-16"><meta name="author" content="Jo Roe"></head><body><article><p>GENEVA — Negotiators met for a third day on Tuesday without agreement, officials said, as fighting continued along the front line.</p><p>The delegations are expected to return next week, according to two diplomats familiar with the plans.</p></article></body></html>');
      const loaded = await readInput(file);
      const a = analyzeText({ id: 'page', text: loaded.text, publishedAt: loaded.publishedAt, source: loaded.source, ...(loaded.htmlMap ? { htmlMap: loaded.htmlMap } : {}) });
      assert.equal(a.source.byline, 'Jo Roe');
      assertValid('Analysis', JSON.parse(JSON.stringify(a)));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the schema rejects what breaks the contract', () => {
    const validate = validator('Analysis');
    assert.equal(validate({ schemaVersion: '1.0.0', id: 'x' }), false, 'missing fields');
    assert.equal(validator('AnalysisError')({ schemaVersion: '1.0.0', id: 'x', error: { code: 1 } }), false, 'wrong type');
  });
});
