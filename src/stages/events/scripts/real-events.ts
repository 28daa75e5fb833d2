/**
 * Scores the events stage on real news sentences labelled by hand (real-events.gold.jsonl beside this script): a
 * development set for the conflict types on the text dossier's users read, where the PLOVER gold file's held-out half
 * must stay unread. The gold is stand-off: each line names a sentence of ../shared/corpus/real (file, article id,
 * sentence index) with the first 12 hex digits of the sha1 of its text, never the text itself; the corpus is read at
 * run time (or from DOSSIER_SHARED) and the script skips when it is absent.
 *
 * Sentences: ukraine-crisis-2014.jsonl gives them (`sentences[i]`); bbc-2004-2005.jsonl gives whole texts, cut by
 * our own segmenter. A sha that does not match at the index is looked for in the whole article (the segmenter may
 * have moved); a sentence not found is reported as drift and left out.
 *
 * Parts: A (sha's first hex digit 0–7) and B (8–f) are the first 552 sentences, both developed on (B was a check set
 * until session 6); part C is the lines marked `"part": "C"`, 249 fresh sentences labelled in session 6 before any
 * rule of that session changed, and kept for checking only (its misses are never printed). Each sentence is analysed
 * as its own document without a date, as score.mjs does for the PLOVER gold, and scored the same way: a hit when any
 * predicted event has the gold type; every predicted event counts in precision (for a NONE sentence every event is
 * a false positive); actor accuracy over hits with a gold actor, with the scorer's loose rule.
 *
 *   node --import tsx src/stages/events/scripts/real-events.ts            # figures for A, B, C, all + confusions (A, B)
 *   node --import tsx src/stages/events/scripts/real-events.ts --misses   # and the misses of A and B (never C's)
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../../analyze.js';
import { segment } from '../../segment/index.js';
import { looseMatch } from './gold-match.js';

export { looseMatch };

/** One labelled sentence of the stand-off gold file. */
export interface RealGold {
  file: string;
  article: string;
  sentence: number;
  sha: string;
  type: string;
  mode?: string;
  actor?: string;
  target?: string;
  note?: string;
  /** 'C' for the session-6 check set; absent for parts A and B, which the sha decides. */
  part?: 'C';
}

/**
 * First 12 hex digits of the sha1 of a sentence's text: the gold's drift check.
 *
 * @example
 * sha12('abc') // 'a9993e364706'
 */
export function sha12(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 12);
}

/** A part of the gold: A and B are developed on, C is the check set. */
export type Part = 'A' | 'B' | 'C';

/**
 * The part a gold sentence belongs to: 'C' when its line says so, else 'A' when its sha starts with 0–7, else 'B'.
 *
 * @example
 * partOf('3fa…') // 'A'
 * partOf('3fa…', 'C') // 'C'
 */
export function partOf(sha: string, part?: string): Part {
  if (part === 'C') return 'C';
  return parseInt(sha[0] ?? 'f', 16) < 8 ? 'A' : 'B';
}

type Sentences = Map<string, string[]>;

/** Sentences by article for one corpus file, or null when the file is absent. */
function loadCorpus(path: string): Sentences | null {
  if (!existsSync(path)) return null;
  const out: Sentences = new Map();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { id: string; sentences?: string[]; text?: string };
    if (Array.isArray(d.sentences)) out.set(d.id, d.sentences);
    else if (typeof d.text === 'string') {
      const text = d.text;
      out.set(d.id, segment(text).sentences.map((s) => text.slice(s.start, s.end)));
    }
  }
  return out;
}

interface Tally { tp: number; pred: number; gold: number; act: [number, number] }
const newTally = (): Tally => ({ tp: 0, pred: 0, gold: 0, act: [0, 0] });
const sum = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold, act: [a.act[0] + b.act[0], a.act[1] + b.act[1]] });

function line(name: string, t: Tally): string {
  const p = t.pred ? t.tp / t.pred : 0, r = t.gold ? t.tp / t.gold : 0, f = p + r ? (2 * p * r) / (p + r) : 0;
  const a = t.act[1] ? (t.act[0] / t.act[1]).toFixed(3) : '—';
  return `${name.padEnd(7)} type P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (hits ${t.tp}, predicted ${t.pred}, sentences ${t.gold})  actor ${a} (${t.act[0]}/${t.act[1]})`;
}

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const shared = process.env.DOSSIER_SHARED ?? join(process.cwd(), '..', 'shared');
  const showMisses = process.argv.includes('--misses');
  const gold = readFileSync(join(here, 'real-events.gold.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as RealGold);
  const corpora = new Map<string, Sentences | null>();
  for (const f of new Set(gold.map((g) => g.file))) corpora.set(f, loadCorpus(join(shared, 'corpus', 'real', f)));
  if ([...corpora.values()].every((c) => c === null)) {
    console.log(`skipped: ${join(shared, 'corpus', 'real')} not found`);
    return;
  }
  const tallies = { A: newTally(), B: newTally(), C: newTally(), all: newTally() };
  const confusion = { A: new Map<string, number>(), B: new Map<string, number>(), C: new Map<string, number>() };
  const byType = new Map<string, Record<Part, [number, number]>>();
  let drift = 0, absent = 0;
  const misses: string[] = [];
  for (const g of gold) {
    const corpus = corpora.get(g.file);
    if (!corpus) { absent++; continue; }
    const sents = corpus.get(g.article) ?? [];
    let text = sents[g.sentence];
    if (text === undefined || sha12(text) !== g.sha) text = sents.find((s) => sha12(s) === g.sha);
    if (text === undefined) { drift++; console.log(`drift: ${g.file} ${g.article} #${g.sentence} (${g.sha}) not found`); continue; }
    const part = partOf(g.sha, g.part);
    const events = analyzeText({ text }).events;
    const hit = g.type === 'NONE' ? undefined : events.find((e) => e.type === g.type);
    for (const t of [tallies[part], tallies.all]) {
      t.pred += events.length;
      if (g.type !== 'NONE') t.gold++;
      if (hit) t.tp++;
      if (hit && g.actor) { t.act[1]++; if (looseMatch(g.actor, hit.actor?.name ?? '')) t.act[0]++; }
    }
    const row = byType.get(g.type) ?? { A: [0, 0], B: [0, 0], C: [0, 0] };
    row[part][1]++;
    if (g.type === 'NONE' ? events.length === 0 : hit) row[part][0]++;
    byType.set(g.type, row);
    const got = events.map((e) => e.type).join(',') || 'none';
    const wrong = g.type === 'NONE' ? events.length > 0 : !hit || events.length > 1;
    if (wrong) confusion[part].set(`${g.type} → ${got}`, (confusion[part].get(`${g.type} → ${got}`) ?? 0) + 1);
    const actorWrong = hit && g.actor && !looseMatch(g.actor, hit.actor?.name ?? '');
    if (showMisses && part !== 'C' && (wrong || actorWrong)) {
      const desc = events.map((e) => `${e.type}${e.mode ? `/${e.mode}` : ''} [${e.trigger?.text ?? ''}] ${e.actor?.name ?? '—'} → ${e.target?.name ?? '—'}`).join('; ') || 'none';
      misses.push(`${part} ${wrong ? 'MISS ' : 'ACTOR'} ${g.type}${g.actor ? ` (${g.actor})` : ''} ${g.article}#${g.sentence}: ${text}\n        got ${desc}`);
    }
  }
  if (showMisses) { console.log('part A and B misses (wrong type, an extra event, or a wrong actor; part C is never shown):'); for (const m of misses) console.log(`  ${m}`); console.log(''); }
  console.log(`real news sentences: ${gold.length} labelled, ${drift} drifted, ${absent} in absent files`);
  console.log(line('part A', tallies.A));
  console.log(line('part B', tallies.B));
  console.log(line('A+B', sum(tallies.A, tallies.B)));
  console.log(line('part C', tallies.C));
  console.log(line('all', tallies.all));
  console.log('\nper gold type, sentences right (a hit; for NONE no event at all)   A        B        C');
  for (const [type, r] of [...byType].sort((a, b) => (b[1].A[1] + b[1].B[1] + b[1].C[1]) - (a[1].A[1] + a[1].B[1] + a[1].C[1]))) {
    console.log(`  ${type.padEnd(10)}${' '.repeat(56)}${`${r.A[0]}/${r.A[1]}`.padEnd(9)}${`${r.B[0]}/${r.B[1]}`.padEnd(9)}${r.C[0]}/${r.C[1]}`);
  }
  for (const part of ['A', 'B'] as const) {
    console.log(`\nconfusions, part ${part} (gold → predicted types, wrong or extra):`);
    for (const [k, n] of [...confusion[part]].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${n}`);
  }
}

main();
