import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText, makeDoc } from '../analyze.js';
import { segmentStage } from '../stages/segment/index.js';
import { checkPipeline, createPipeline, PipelineError } from './runner.js';
import type { AnyStage } from './stage.js';

const fake = (name: string, requires: string[], produces: string[], uses: string[] = []): AnyStage =>
  ({ name, requires, produces, uses, run: () => Object.fromEntries(produces.map((p) => [p, []])) }) as unknown as AnyStage;

describe('pipeline checks', () => {
  const cases: Array<{ name: string; stages: AnyStage[]; error: RegExp | null }> = [
    { name: 'requirements produced earlier', stages: [fake('a', [], ['tokens']), fake('b', ['tokens'], ['times'])], error: null },
    { name: 'missing requirement', stages: [fake('b', ['tokens'], ['times'])], error: /requires layer "tokens"/ },
    { name: 'requirement produced later', stages: [fake('b', ['tokens'], ['times']), fake('a', [], ['tokens'])], error: /requires layer "tokens"/ },
    { name: 'two producers', stages: [fake('a', [], ['tokens']), fake('b', [], ['tokens'])], error: /produced by both "a" and "b"/ },
    { name: 'duplicate stage', stages: [fake('a', [], ['tokens']), fake('a', [], ['times'])], error: /appears twice/ },
    { name: 'optional layer absent is fine', stages: [fake('q', [], ['quotes'], ['times'])], error: null },
    { name: 'optional layer produced later', stages: [fake('q', [], ['quotes'], ['times']), fake('t', [], ['times'])], error: /produced only later/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      if (c.error) assert.throws(() => checkPipeline(c.stages), (e: unknown) => e instanceof PipelineError && c.error!.test(e.message));
      else assert.doesNotThrow(() => checkPipeline(c.stages));
    });
  }

  it('merges layers without touching the input doc', () => {
    const p = createPipeline({ stages: [segmentStage] });
    const doc = makeDoc({ text: 'One. Two.' });
    const out = p.run(doc);
    assert.equal(out.layers.sentences?.length, 2);
    assert.deepEqual(doc.layers, {});
    assert.ok(Object.isFrozen(p.options));
  });

  it('a stage that forgets its layer is an error', () => {
    const bad = { name: 'bad', requires: [], produces: ['times'], run: () => ({}) } as unknown as AnyStage;
    assert.throws(() => createPipeline({ stages: [bad] }).run(makeDoc({ text: 'x' })), /did not return its layer "times"/);
  });
});

describe('analysis notes', () => {
  it('say what undated relative times were read against, or that they were left unresolved', () => {
    const dated = analyzeText({ text: 'Crews at the quay in Varna, Tuesday, June 3, 2014.\n\nThe blaze began on Monday.' });
    assert.deepEqual(dated.notes, ['no publication date: relative time expressions are read against 2014-06-03, the date stated at the article\'s start']);
    const undated = analyzeText({ text: 'The blaze began on Monday.' });
    assert.deepEqual(undated.notes, ['no publication date: relative time expressions are left unresolved']);
  });
});
