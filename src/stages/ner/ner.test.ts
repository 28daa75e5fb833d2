import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Doc } from '../../model/doc.js';
import { segment } from '../segment/index.js';
import { decode } from './decode.js';
import { FeatureExtractor } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { defaultTagger, findNames, modelPath, nerStage } from './index.js';
import { readModel, writeModel } from './model-file.js';
import { chunksOf, O, tagOf, tagsOf, TAG_COUNT } from './tags.js';
import { NerTagger } from './tagger.js';
import { QuantizedWeights, TrainingWeights } from './weights.js';
import { readFileSync } from 'node:fs';

const names = (text: string) => findNames({ text, tokens: segment(text).tokens }).map((n) => `${text.slice(n.start, n.end)}/${n.type}`);

describe('the shipped model on news sentences with names it never saw', () => {
  // Every person, company and most places here are invented: the tagger must generalise from context.
  const cases: Array<{ text: string; expect: string[] }> = [
    {
      text: 'Foreign Minister Tarvo Melindrakis told reporters in Vilnius that the European Union would extend sanctions.',
      expect: ['Tarvo Melindrakis/PERSON', 'Vilnius/LOC', 'European Union/ORG'],
    },
    {
      text: '“We will not retreat,” said Gen. Baraka Nyamweya, commander of the Kenyan contingent, at a briefing in Mombasa.',
      expect: ['Baraka Nyamweya/PERSON', 'Kenyan/MISC', 'Mombasa/LOC'],
    },
    {
      text: 'Dr. Ilse Varnhagen-Okoro of Médecins Sans Frontières said the hospital in Khan Younis was hit twice.',
      expect: ['Ilse Varnhagen-Okoro/PERSON', 'Médecins Sans Frontières/ORG', 'Khan Younis/LOC'],
    },
    {
      text: 'Britain’s Prime Minister Keir Starmer met NATO Secretary-General Mark Rutte in London on Thursday.',
      expect: ['Britain/LOC', 'Keir Starmer/PERSON', 'NATO/ORG', 'Mark Rutte/PERSON', 'London/LOC'],
    },
    {
      text: 'Ukraine’s foreign ministry said Kaspar Oolmets had arrived. Oolmets later met officials in Kharkiv.',
      expect: ['Ukraine/LOC', 'Kaspar Oolmets/PERSON', 'Oolmets/PERSON', 'Kharkiv/LOC'],
    },
    {
      // two names with only particles between them are one person, however the tagger typed the pieces
      text: 'Ursula von der Leyen met Osama bin Laden’s former aide in Brussels.',
      expect: ['Ursula von der Leyen/PERSON', 'Osama bin Laden/PERSON', 'Brussels/LOC'],
    },
    {
      // a village the tagger never saw is a place by what is written around it: "-controlled", "(61km … of X)"
      text: 'The SMM saw tanks in government-controlled Opytne (61km north-east of Donetsk) and near Berezove (31km south-west of Donetsk).',
      expect: ['SMM/ORG', 'Opytne/LOC', 'Donetsk/LOC', 'Berezove/LOC', 'Donetsk/LOC'],
    },
    {
      // a word for a trade or a nationality before a two-word name describes the person (at a sentence start the
      // tagger takes it in)
      text: 'Singer George Michael has said he will not tour again. Cinematographer John Mathieson was nominated. Texan Michael Chicoine was jailed.',
      expect: ['George Michael/PERSON', 'John Mathieson/PERSON', 'Michael Chicoine/PERSON'],
    },
    {
      // nor is the head of the body the person leads
      text: 'Late January, the chief of Ukraine’s General Military Staff Viktor Muzhenko acknowledged that troops were involved.',
      expect: ['Ukraine/LOC', 'Viktor Muzhenko/PERSON'],
    },
  ];
  for (const c of cases) it(c.text.slice(0, 60), () => assert.deepEqual(names(c.text), c.expect));

  it('a word the tagger left out of an organisation it found whole elsewhere in the text is put back ("Home Office")', () => {
    const text = 'The Home Office said the plans were fine. Later a Home Office spokesman said the review would begin.';
    const orgs = names(text).filter((n) => n.endsWith('/ORG')).map((n) => n.replace(/\/ORG$/, ''));
    assert.ok(orgs.includes('Home Office'));
    assert.ok(!orgs.includes('Office'), JSON.stringify(orgs));
  });

  it('spans are exact slices of the text', () => {
    const text = 'KYIV, Ukraine — President Olek Danylchuk spoke.';
    for (const n of findNames({ text, tokens: segment(text).tokens })) assert.equal(text.slice(n.start, n.end), n.text);
  });
});

describe('texts without names', () => {
  const cases = [
    'the talks went on late into the night and nobody said anything about the ceasefire.',
    'prices rose 4 percent in march, and officials said they expected more of the same.',
    '',
    '   \n\n  ',
    '1,400 — 3.5 % ... ; !',
    // sentence adverbs with a capital are no names
    'Furthermore, the talks failed. Likewise, the truce did not hold. Meanwhile, prices rose.',
  ];
  for (const text of cases) it(JSON.stringify(text.slice(0, 40)), () => assert.deepEqual(names(text), []));
});

describe('ner stage', () => {
  it('reads tokens and sentences from a hand-built doc and returns names', () => {
    const text = 'Senator Quenby Alvarsson visited Lagos.';
    const seg = segment(text);
    const doc: Doc & { layers: { tokens: typeof seg.tokens; sentences: typeof seg.sentences } } = {
      id: 't', text, publishedAt: null, source: { kind: 'text' }, layers: { tokens: seg.tokens, sentences: seg.sentences },
    };
    const out = nerStage.run(doc, { options: {} });
    assert.deepEqual(out.names.map((n) => [text.slice(n.start, n.end), n.type, n.text]), [
      ['Quenby Alvarsson', 'PERSON', 'Quenby Alvarsson'],
      ['Lagos', 'LOC', 'Lagos'],
    ]);
  });
  it('loads the model once per process', () => assert.equal(defaultTagger(), defaultTagger()));
});

describe('model file', () => {
  it('the shipped model reads back and records its training', () => {
    const m = readModel(readFileSync(modelPath()));
    assert.equal(m.header.format, 'dossier-ner');
    assert.equal(m.weights.keys.length, m.header.rows);
    assert.ok((m.header.gazetteer.country ?? []).includes('Ukraine'));
  });
  it('round-trips keys, weights and header', () => {
    const q = QuantizedWeights.fromRows([[7, Float64Array.from({ length: 17 }, (_, i) => i - 8)], [9, new Float64Array(17).fill(0.001)]], 0.5);
    assert.equal(q.keys.length, 1, 'a row below the quantisation step is pruned');
    const back = readModel(writeModel({ header: { format: 'dossier-ner', featureVersion: 1, tagCount: 17, rows: 1, scale: 0.5, twoPass: false, gazetteer: {}, training: {} }, weights: q }));
    const s = new Float64Array(17);
    back.weights.addTo(7, s);
    assert.deepEqual([...s], Array.from({ length: 17 }, (_, i) => i - 8));
  });
});

describe('training', () => {
  it('an averaged perceptron learns a pattern from a few sentences and applies it to new names', () => {
    const gazetteer = { title: ['Mayor'] };
    const fx = new FeatureExtractor(new Gazetteer(gazetteer));
    const train = ['Mayor Alda Brun spoke .', 'Mayor Olaf Kirsi left .', 'They met Mayor Ines Roth .', 'It rained .'].map((text) => {
      const tokens = segment(text).tokens;
      const m = /Mayor (\S+ \S+)/.exec(text);
      const chunks = m ? [{ start: tokens.findIndex((t) => t.start === m.index + 6), end: tokens.findIndex((t) => t.end === m.index + m[0].length) + 1, type: 0 }] : [];
      return { df: fx.extract({ text, tokens }), gold: tagsOf(chunks, tokens.length) };
    });
    const w = new TrainingWeights();
    for (let epoch = 0; epoch < 5; epoch++) {
      for (const d of train) {
        decode(d.df, w, null, { gold: d.gold, update: (f, g, guess) => w.update(f, g, guess) });
        w.steps++;
      }
    }
    const tagger = new NerTagger({ weights: QuantizedWeights.fromRows(w.averagedRows(), 0.001), gazetteer, twoPass: false });
    const text = 'Mayor Pia Lund spoke .';
    const tokens = segment(text).tokens;
    assert.deepEqual(tagger.names({ text, tokens }).map((n) => [text.slice(n.start, n.end), n.type]), [['Pia Lund', 'PER']]);
    assert.deepEqual(chunksOf(tagger.tag({ text, tokens })).length, 1);
  });
});

/** A bias row that prefers long names of one type (B, then I, over L and U): every decoding rule has to stop it somewhere. */
function longNameBias(type: number): Float64Array {
  const bias = new Float64Array(TAG_COUNT);
  bias[O] = 0;
  bias[tagOf(type, 0)] = 2; // B
  bias[tagOf(type, 1)] = 3; // I
  bias[tagOf(type, 2)] = 0.5; // L
  bias[tagOf(type, 3)] = 1; // U
  return bias;
}

describe('tagger output rules', () => {
  // weights with only a bias row that prefers long person names: every rule below has to stop it somewhere
  const BIAS_FEATURE = 1;
  const tagger = new NerTagger({
    weights: QuantizedWeights.fromRows([[BIAS_FEATURE, longNameBias(0)]], 0.01),
    gazetteer: { title: ['Gen.', 'General'], city: ['Khan Younis'], firstname: ['Khan'] },
    twoPass: false,
  });
  const cases: Array<{ text: string; expect: string[] }> = [
    // a person's name ends before a lower-case word that is no particle …
    { text: 'Ilse Brun of Lyon', expect: ['Ilse Brun/PER', 'Lyon/PER'] },
    // … but runs through particles
    { text: 'Ludwig van Beethoven', expect: ['Ludwig van Beethoven/PER'] },
    // an abbreviated title is cut off a person's name, a spelled-out one is left to the model
    { text: 'Gen. Alda Brun', expect: ['Alda Brun/PER'] },
    { text: 'General Alda Brun', expect: ['General Alda Brun/PER'] },
    // a whole multi-word place name is a place, whatever the model says
    { text: 'Khan Younis', expect: ['Khan Younis/LOC'] },
    { text: 'Khan Younis Ali', expect: ['Khan Younis Ali/PER'] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const tokens = segment(c.text).tokens;
      assert.deepEqual(tagger.names({ text: c.text, tokens }).map((n) => `${c.text.slice(n.start, n.end)}/${n.type}`), c.expect);
    });
  }
});

describe('no name runs on into a finite verb of saying', () => {
  // weights with only a bias row that prefers long organisation names, which may run through lower-case words
  const tagger = new NerTagger({ weights: QuantizedWeights.fromRows([[1, longNameBias(1)]], 0.01), gazetteer: {}, twoPass: false });
  const cases: Array<{ text: string; expect: string[] }> = [
    { text: 'Viguerie tells Breitbart News', expect: ['Viguerie/ORG', 'Breitbart News/ORG'] },
    { text: 'Bank of England said', expect: ['Bank of England/ORG'] },
  ];
  for (const c of cases) {
    it(c.text, () => {
      const tokens = segment(c.text).tokens;
      assert.deepEqual(tagger.names({ text: c.text, tokens }).map((n) => `${c.text.slice(n.start, n.end)}/${n.type}`), c.expect);
    });
  }
});
