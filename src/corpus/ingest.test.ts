import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SourceItem } from '../ingest/jsonl.js';
import { InputError } from '../ingest/errors.js';
import { openSqliteStore } from '../store/sqlite.js';
import { ingestItems } from './ingest.js';
import { workerEntry } from './pool.js';

const ART = [
  'KYIV — Russia launched 90 drones at Ukraine overnight, the air force said on Sunday. Officials said 47 were shot down.',
  'MOSCOW — The Kremlin said talks with Washington would continue next week, a spokesman told reporters on Monday.',
  'GENEVA — Delegations from both countries met at the United Nations on Tuesday to discuss a prisoner exchange.',
];

async function* items(list: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* list;
}

const ok = (id: string, text: string): SourceItem => ({ ok: true, label: id, input: { id, text, publishedAt: '2025-03-16', source: { kind: 'jsonl' } } });

describe('ingestItems', () => {
  for (const workers of [0, 1]) {
    it(`stores, skips repeats and reports failures (workers: ${workers})`, async () => {
      const store = openSqliteStore({ path: ':memory:' });
      const failures: string[] = [];
      const list: SourceItem[] = [
        ok('a', ART[0]!), ok('b', ART[1]!), ok('a-again', `  ${ART[0]!}  `),
        { ok: false, label: 'bad line', error: new InputError('bad-json', 'bad line: not valid JSON') },
        ok('c', ART[2]!),
      ];
      const s = await ingestItems(items(list), store, { workers, batchSize: 2, onFailure: (label) => failures.push(label) });
      assert.deepEqual([s.seen, s.stored, s.duplicates, s.failed], [5, 3, 1, 1]);
      assert.deepEqual(failures, ['bad line']);
      assert.equal(store.stats().articles, 3);
      const a = store.article('a')!;
      assert.equal(a.text, ART[0]);
      assert.ok(a.stages.some((st) => st.name === 'segment'), 'the real pipeline ran');
      // idempotent: a second run analyses nothing
      const again = await ingestItems(items(list.filter((x) => x.ok)), store, { workers });
      assert.deepEqual([again.stored, again.duplicates], [0, 4]);
      store.close();
    });
  }

  it('fails an article the pipeline rejects without stopping the batch', async () => {
    const store = openSqliteStore({ path: ':memory:' });
    const bad: SourceItem = { ok: true, label: 'bad date', input: { id: 'x', text: 'Some text here.', publishedAt: '2025-13-45' } };
    const s = await ingestItems(items([bad, ok('b', ART[1]!)]), store, { workers: 1 });
    assert.deepEqual([s.stored, s.failed], [1, 1]);
    assert.match(s.failures[0]!.message, /not an ISO date|does not exist/);
    store.close();
  });
});

describe('workerEntry', () => {
  it('runs the .js worker from dist and the .ts worker under tsx', () => {
    const js = workerEntry('file:///app/dist/src/corpus/pool.js');
    assert.equal(String(js.file), 'file:///app/dist/src/corpus/worker.js');
    assert.equal(js.eval, false);
    const ts = workerEntry('file:///app/src/corpus/pool.ts');
    assert.equal(ts.eval, true);
    assert.match(String(ts.file), /register\(\).*file:\/\/\/app\/src\/corpus\/worker\.ts/);
  });
});
