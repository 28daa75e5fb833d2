import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segment } from '../segment/index.js';
import { readConll, toTokenChunks } from './conll.js';
import { WordClusters } from './clusters.js';
import { FeatureExtractor } from './features.js';
import { codeOf, Gazetteer, GAZ_CATEGORIES } from './gazetteer.js';
import { foldPunctuation, wordKey, wordShape } from './normalize.js';
import { allowed, chunksOf, O, tagName, tagOf, tagsOf } from './tags.js';

describe('normalisation and shapes', () => {
  const cases: Array<{ fn: (s: string) => string; input: string; expect: string }> = [
    { fn: (s) => wordShape(s, 4), input: 'McDonald', expect: 'XxXxxxx' },
    { fn: (s) => wordShape(s, 4), input: 'U.S.', expect: 'X.X.' },
    { fn: (s) => wordShape(s, 4), input: 'NATO', expect: 'XXXX' },
    { fn: (s) => wordShape(s, 1), input: 'Zelenskyy', expect: 'Xx' },
    { fn: (s) => wordShape(s, 1), input: '1996-08-22', expect: 'd-d-d' },
    { fn: (s) => wordShape(s, 4), input: 'Ukraine’s', expect: "Xxxxx'x" },
    { fn: wordKey, input: 'Ukraine’s', expect: "ukraine's" },
    { fn: wordKey, input: '1996-08-22', expect: '0000-00-00' },
    { fn: foldPunctuation, input: '“Yes” — he said…', expect: '"Yes" - he said...' },
  ];
  for (const c of cases) it(`${c.input} → ${c.expect}`, () => assert.equal(c.fn(c.input), c.expect));
});

describe('BILOU tags', () => {
  it('round-trips chunks', () => {
    const chunks = [{ start: 0, end: 2, type: 0 }, { start: 3, end: 4, type: 2 }, { start: 4, end: 7, type: 1 }];
    const tags = tagsOf(chunks, 8);
    assert.deepEqual([...tags].map(tagName), ['B-PER', 'L-PER', 'O', 'U-LOC', 'B-ORG', 'I-ORG', 'L-ORG', 'O']);
    assert.deepEqual(chunksOf(tags), chunks);
  });
  const transitions: Array<{ prev: number; tag: number; last: boolean; expect: boolean }> = [
    { prev: O, tag: tagOf(0, 0), last: false, expect: true },
    { prev: O, tag: tagOf(0, 1), last: false, expect: false },
    { prev: tagOf(0, 0), tag: tagOf(0, 2), last: false, expect: true },
    { prev: tagOf(0, 0), tag: tagOf(1, 2), last: false, expect: false },
    { prev: tagOf(0, 0), tag: O, last: false, expect: false },
    { prev: O, tag: tagOf(2, 0), last: true, expect: false },
    { prev: tagOf(2, 3), tag: tagOf(3, 3), last: true, expect: true },
  ];
  for (const c of transitions) {
    it(`${tagName(c.prev)} → ${tagName(c.tag)}${c.last ? ' at sentence end' : ''}: ${c.expect}`, () => assert.equal(allowed(c.prev, c.tag, c.last), c.expect));
  }
});

describe('gazetteer', () => {
  const city = GAZ_CATEGORIES.indexOf('city');
  const country = GAZ_CATEGORIES.indexOf('country');
  const g = new Gazetteer({ city: ['New York', 'York'], country: ['United States'] });
  it('marks the longest match per category with BILU positions, whatever the case', () => {
    assert.deepEqual(g.match(['in', 'new', 'york', 'and', 'york']), [[], [codeOf(city, 0)], [codeOf(city, 2)], [], [codeOf(city, 3)]]);
    assert.deepEqual(g.match(['the', 'united', 'states']), [[], [codeOf(country, 0)], [codeOf(country, 2)]]);
  });
  it('does not match across a sentence break', () => {
    assert.deepEqual(g.match(['new', 'york'], new Set([1])), [[], [codeOf(city, 3)]]);
  });
});

describe('feature extraction', () => {
  const fx = new FeatureExtractor(new Gazetteer({ country: ['France'] }));
  const features = (text: string) => {
    const tokens = segment(text).tokens;
    return { tokens, f: fx.extract({ text, tokens }) };
  };
  it('gives every token its static features and marks sentence ends', () => {
    const { tokens, f } = features('Paris is in France. It rains.');
    assert.equal(f.n, tokens.length);
    for (let i = 0; i < f.n; i++) assert.ok(f.offs[i + 1]! - f.offs[i]! >= 15, `token ${i} has features`);
    assert.deepEqual([...f.lastInSentence].map((x, i) => (x ? tokens[i]!.text : null)).filter(Boolean), ['.', '.']);
  });
  it('the same word in another context gets different context features, the same own features', () => {
    const a = features('Paris is big.').f;
    const b = features('Paris was big.').f;
    const own = (f: typeof a) => new Set([...f.feats.subarray(f.offs[0]!, f.offs[1]!)]);
    const sa = own(a);
    const sb = own(b);
    const shared = [...sa].filter((x) => sb.has(x)).length;
    assert.ok(shared > 10 && shared < sa.size, `${shared} of ${sa.size} shared`);
  });
  it('a gazetteer match adds features', () => {
    const count = (text: string, i: number) => {
      const { f } = features(text);
      return f.offs[i + 1]! - f.offs[i]!;
    };
    assert.ok(count('He saw France today', 2) > count('He saw Francs today', 2));
  });
  it('name-like tokens are capitalised words', () => {
    const { tokens, f } = features('the Kremlin said 40 people left');
    assert.deepEqual(tokens.filter((_, i) => f.nameLike[i]).map((t) => t.text), ['Kremlin']);
  });
});

describe('word cluster features', () => {
  const clusters = new WordClusters({ sizes: [4, 16], words: ['vilnius', 'tallinn', 'said'], ids: [[1, 1, 2], [5, 6, 9]] });
  const fx = new FeatureExtractor(new Gazetteer({}), clusters);
  const plain = new FeatureExtractor(new Gazetteer({}));
  const shared = (x: FeatureExtractor, a: string, b: string) => {
    const fb = new Set(x.wordInfo(b).own);
    return x.wordInfo(a).own.filter((f) => fb.has(f)).length;
  };
  // how many more features two words share once clusters are known
  const gain = (a: string, b: string) => shared(fx, a, b) - shared(plain, a, b);
  const cases: Array<{ a: string; b: string; gain: number }> = [
    { a: 'Vilnius', b: 'Tallinn', gain: 1 }, // same coarse cluster, different fine ones
    { a: 'Vilnius', b: 'Said', gain: 0 },
    { a: 'Qwxz', b: 'Zzyq', gain: 3 }, // both unclustered: the unknown id at each size, and with their shape
  ];
  for (const c of cases) it(`${c.a} and ${c.b}: ${c.gain} more shared`, () => assert.equal(gain(c.a, c.b), c.gain));
  it('without a table no cluster features at all', () => {
    assert.equal(fx.wordInfo('Vilnius').own.length - plain.wordInfo('Vilnius').own.length, 3);
  });
  it('lookups', () => {
    assert.deepEqual(clusters.of('tallinn'), [1, 6]);
    assert.equal(clusters.of('Tallinn'), undefined);
    assert.equal(clusters.size, 3);
  });
});

describe('where a person’s name must end', () => {
  const fx = new FeatureExtractor(new Gazetteer({}));
  const cases: Array<{ text: string; ends: string[] }> = [
    { text: 'Ilse Brun of the Red Cross', ends: ['Brun', 'of'] },
    { text: 'Ludwig van Beethoven wrote', ends: ['Beethoven'] },
    { text: 'Hassan al-Turabi spoke', ends: ['al-Turabi'] },
    { text: 'Anna Lund. Then', ends: [] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const tokens = segment(c.text).tokens;
      const f = fx.extract({ text: c.text, tokens });
      assert.deepEqual(tokens.filter((_, i) => f.personEnds[i]).map((t) => c.text.slice(t.start, t.end)), c.ends);
    });
  }
});

describe('CoNLL reader', () => {
  const sample = '-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP O\nGerman JJ I-NP I-MISC\ncall NN I-NP O\n\nPeter NNP I-NP I-PER\nBlackburn NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBRUSSELS NNP I-NP B-LOC\nLONDON NNP I-NP B-LOC\n';
  const docs = readConll(sample);
  it('builds text as the scorer does and reads IOB1 and IOB2 chunks', () => {
    assert.equal(docs.length, 2);
    assert.equal(docs[0]!.text, 'EU rejects German call\nPeter Blackburn\n');
    assert.deepEqual(docs[0]!.names.map((n) => [docs[0]!.text.slice(n.start, n.end), n.type]), [['EU', 'ORG'], ['German', 'MISC'], ['Peter Blackburn', 'PER']]);
    assert.deepEqual(docs[1]!.names.map((n) => docs[1]!.text.slice(n.start, n.end)), ['BRUSSELS', 'LONDON']);
  });
  it('gold names fall on the segmenter’s token edges', () => {
    for (const d of docs) assert.equal(toTokenChunks(d.names, segment(d.text).tokens).dropped, 0);
  });
});
