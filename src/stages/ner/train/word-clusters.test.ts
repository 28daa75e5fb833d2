import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildWordClusters, DEFAULT_CLUSTER_OPTIONS, jacobiEigen } from './word-clusters.js';
import { textKeys, unlabeledSources } from './unlabeled.js';

/**
 * A corpus where people and cities keep different company: every person occurs with every verb, city and time,
 * so all people share one context distribution, and all cities another.
 */
function corpus(): string[][] {
  const people = ['anna', 'boris', 'carla', 'dmitri', 'elena', 'farid'];
  const cities = ['paris', 'berlin', 'rome', 'oslo', 'lima', 'kyiv'];
  const verbs = ['said', 'warned', 'added', 'argued'];
  const times = ['today', 'tonight', 'again', 'later'];
  const docs: string[][] = [];
  for (let i = 0; i < 6 * 4 * 6 * 4; i++) {
    const p = people[i % 6]!;
    const v = verbs[Math.floor(i / 6) % 4]!;
    const c = cities[Math.floor(i / 24) % 6]!;
    const t = times[Math.floor(i / 144) % 4]!;
    docs.push(['minister', p, v, 'that', 'talks', 'in', c, 'resumed', t, '.']);
  }
  return docs;
}

describe('word clusters', () => {
  const opt = { ...DEFAULT_CLUSTER_OPTIONS, minCount: 3, contexts: 50, dims: 6, sizes: [10, 4], iterations: 20 };
  const t = buildWordClusters(corpus(), opt);
  const id = (w: string, s = 0) => t.ids[s]![t.words.indexOf(w)];
  const cases: Array<{ a: string; b: string; same: boolean }> = [
    { a: 'anna', b: 'dmitri', same: true },
    { a: 'paris', b: 'kyiv', same: true },
    { a: 'anna', b: 'paris', same: false },
  ];
  for (const c of cases) {
    it(`${c.a} and ${c.b} ${c.same ? 'share' : 'do not share'} a cluster`, () => assert.equal(id(c.a) === id(c.b), c.same));
  }
  it('words below the count threshold get no cluster; the table is in frequency order', () => {
    const few = buildWordClusters([...corpus(), ['rare', 'words']], opt);
    assert.equal(few.words.includes('rare'), false);
    assert.ok(few.words.indexOf('minister') < few.words.indexOf('anna'), 'a word in every sentence comes before a name in one of six');
  });
  it('is reproducible', () => assert.deepEqual(buildWordClusters(corpus(), opt).ids, t.ids));
  it('every clustering gives every word an id below its size', () => {
    t.sizes.forEach((k, s) => assert.ok(t.ids[s]!.every((x) => x < k)));
  });
});

describe('Jacobi eigen-decomposition', () => {
  it('finds the eigenvalues of a symmetric matrix', () => {
    const { values } = jacobiEigen(Float64Array.from([2, 1, 0, 1, 2, 0, 0, 0, 5]), 3);
    assert.deepEqual([...values].map((v) => +v.toFixed(6)).sort((a, b) => a - b), [1, 3, 5]);
  });
});

describe('unlabeled text', () => {
  it('keys as the tagger makes them', () => assert.deepEqual(textKeys('Kyiv’s 2 drones.'), ['kyiv', "'s", '0', 'drones', '.']));
  it('no sources when ../shared is absent', () => assert.deepEqual(unlabeledSources('/nonexistent-shared'), []));
});
