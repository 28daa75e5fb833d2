/**
 * Scores the events stage on codebook-style.jsonl beside this script: wire-style sentences of our own, written to
 * cover every CAMEO sub-code of the conflict roots 12–20 (three or more each, in varied syntax), with sentences of
 * roots 01–11 and sentences with no event to watch precision. The PLOVER gold file's second half holds the codebook's
 * own examples of those roots and stays unread; this set stands in for it during development.
 *
 * Scoring is the PLOVER scorer's (score.mjs plover): a sentence is a hit when any predicted event has the gold type;
 * every predicted event counts in precision (for a NONE sentence every event is a false positive); actor and target
 * accuracy over hits with a gold actor or target, with the scorer's loose name rule.
 *
 * Split: a sentence is in the CHECK third when the first byte of sha1('codebook-style:' + text) is 0 mod 3, else in
 * DEV. The check set was frozen before any rule was tuned on the dev set; its misses are never printed.
 *
 *   node --import tsx src/stages/events/scripts/codebook-style.ts            # figures for dev, check, per root
 *   node --import tsx src/stages/events/scripts/codebook-style.ts --misses   # and the dev misses (never check's)
 *   node --import tsx src/stages/events/scripts/codebook-style.ts --misses --batch=2   # dev misses of batch 2 only
 *
 * Batches: the first 332 sentences (batch 1) were written before any tuning; batch 2 (110 longer sentences, marked
 * "batch": 2) after the first tuning round, batch 3 (61, "batch": 3) after the second, batch 4 (81, "batch": 4: roots 17, 18, 20 and actor
 * structure) after the third; each was scored before any rule
 * was tuned on it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../../../analyze.js';
import { looseMatch } from './gold-match.js';

/** One labelled sentence of codebook-style.jsonl. */
export interface StyleGold {
  code: string;
  type: string;
  actor?: string;
  target?: string;
  text: string;
  /** 2, 3 or 4 for the later batches (each written after a tuning round, scored before tuning on it); absent for the first. */
  batch?: number;
}

/**
 * The part a sentence belongs to, from a hash of its text: about a third is 'check'.
 *
 * @example
 * splitOf('Troops occupied the disputed island on Thursday.') // 'dev' or 'check', always the same for this text
 */
export function splitOf(text: string): 'dev' | 'check' {
  const b = createHash('sha1').update(`codebook-style:${text}`).digest()[0] ?? 0;
  return b % 3 === 0 ? 'check' : 'dev';
}

interface Tally { tp: number; pred: number; gold: number; act: [number, number]; tar: [number, number]; noneRight: number; none: number }
const newTally = (): Tally => ({ tp: 0, pred: 0, gold: 0, act: [0, 0], tar: [0, 0], noneRight: 0, none: 0 });

function line(name: string, t: Tally): string {
  const p = t.pred ? t.tp / t.pred : 0, r = t.gold ? t.tp / t.gold : 0, f = p + r ? (2 * p * r) / (p + r) : 0;
  const acc = (x: [number, number]): string => (x[1] ? `${(x[0] / x[1]).toFixed(3)} (${x[0]}/${x[1]})` : '—');
  return `${name.padEnd(8)} type P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}  (hits ${t.tp}, predicted ${t.pred}, event sentences ${t.gold}; NONE clean ${t.noneRight}/${t.none})  actor ${acc(t.act)}  target ${acc(t.tar)}`;
}

/** The CAMEO root of a code ('1831' → '18'; '010' → '01'; 'NONE' stays). */
const rootOf = (code: string): string => (code === 'NONE' ? 'NONE' : code.slice(0, 2));

function main(): void {
  const here = dirname(fileURLToPath(import.meta.url));
  const showMisses = process.argv.includes('--misses');
  // --batch=2: misses of one batch only
  const batchOnly = process.argv.find((a) => a.startsWith('--batch='))?.slice(8);
  const gold = readFileSync(join(here, 'codebook-style.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
    .map((l) => JSON.parse(l) as StyleGold & { note?: string }).filter((g) => !g.note);
  const tallies = { dev: newTally(), check: newTally() };
  const byBatch = new Map<string, Tally>();
  const byRoot = new Map<string, Record<'dev' | 'check', [number, number]>>();
  const misses: string[] = [];
  for (const g of gold) {
    const part = splitOf(g.text);
    const events = analyzeText({ text: g.text }).events;
    const hit = g.type === 'NONE' ? undefined : events.find((e) => e.type === g.type);
    const batchKey = `${part} b${g.batch ?? 1}`;
    if (!byBatch.has(batchKey)) byBatch.set(batchKey, newTally());
    const actorWrong = Boolean(hit && g.actor && !looseMatch(g.actor, hit.actor?.name ?? ''));
    const targetWrong = Boolean(hit && g.target && !looseMatch(g.target, hit.target?.name ?? ''));
    for (const t of [tallies[part], byBatch.get(batchKey)!]) {
      t.pred += events.length;
      if (g.type === 'NONE') { t.none++; if (!events.length) t.noneRight++; } else t.gold++;
      if (hit) t.tp++;
      if (hit && g.actor) { t.act[1]++; if (!actorWrong) t.act[0]++; }
      if (hit && g.target) { t.tar[1]++; if (!targetWrong) t.tar[0]++; }
    }
    const right = g.type === 'NONE' ? events.length === 0 : Boolean(hit) && events.length === 1;
    const row = byRoot.get(rootOf(g.code)) ?? { dev: [0, 0], check: [0, 0] };
    row[part][1]++;
    if (right) row[part][0]++;
    byRoot.set(rootOf(g.code), row);
    if (showMisses && part === 'dev' && (!right || actorWrong || targetWrong) && (!batchOnly || String(g.batch ?? 1) === batchOnly)) {
      const desc = events.map((e) => `${e.type}${e.mode ? `/${e.mode}` : ''} [${e.trigger?.text ?? ''}] ${e.actor?.name ?? '—'} → ${e.target?.name ?? '—'}`).join('; ') || 'none';
      const what = !right ? (hit ? 'EXTRA' : 'MISS ') : actorWrong ? 'ACTOR' : 'TARGT';
      misses.push(`${what} ${g.code} ${g.type}${g.actor ? ` (${g.actor}${g.target ? ` → ${g.target}` : ''})` : ''}: ${g.text}\n        got ${desc}`);
    }
  }
  if (showMisses) { console.log('dev misses (wrong type, an extra event, a wrong actor or target; check is never shown):'); for (const m of misses) console.log(`  ${m}`); console.log(''); }
  console.log(`codebook-style sentences: ${gold.length}`);
  console.log(line('dev', tallies.dev));
  console.log(line('check', tallies.check));
  for (const k of [...byBatch.keys()].sort((a, b) => a.slice(-1).localeCompare(b.slice(-1)) || b.localeCompare(a))) if (byBatch.has(k)) console.log(line(k, byBatch.get(k)!));
  console.log('\nper CAMEO root, sentences exactly right (one event of the gold type; for NONE no event)   dev      check');
  for (const [root, r] of [...byRoot].sort((a, b) => a[0].localeCompare(b[0]))) {
    console.log(`  ${root.padEnd(6)}${' '.repeat(82)}${`${r.dev[0]}/${r.dev[1]}`.padEnd(9)}${r.check[0]}/${r.check[1]}`);
  }
}

main();
