/**
 * Codes the example sentences of the PLOVER manual's event categories and scores their types: a development set
 * that is not the held-out half of the gold file. The manual is read at run time (../shared/bench/plover/PLOVER_MANUAL.md,
 * or DOSSIER_SHARED); nothing of it is kept in the repository. Skips when the manual is absent.
 *
 * An example is a quoted sentence (“…”, four words or more, a finite verb, no ellipsis inside) within an "## TYPE" section of
 * "# Event Categories"; its type is the one its paragraph says it "should be coded as" (or "only the X") when it says so, else the
 * section's. Prints each example with what the analyzer coded, type P/R/F1 (scored as score.mjs scores the gold file:
 * a hit when any event has the type, every event counts in precision) and a confusion table.
 *
 *   node --import tsx src/stages/events/scripts/plover-manual.ts     # from the repository root
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../../analyze.js';

const shared = process.env.DOSSIER_SHARED ?? join(process.cwd(), '..', 'shared');
const file = join(shared, 'bench', 'plover', 'PLOVER_MANUAL.md');
if (!existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}

const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN',
  'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
/** Names the manual uses in its notes for a type or a mode of one. */
const ALIASES: Record<string, string> = { RESTRICT: 'COERCE', THREAT: 'THREATEN', FIGHT: 'ASSAULT' };

interface Example { type: string; section: string; text: string }

/**
 * The manual's example sentences with the type they illustrate.
 *
 * @example
 * examples(readFileSync('PLOVER_MANUAL.md', 'utf8'))[0] // { type: 'AGREE', section: 'AGREE', text: 'Russia and the United States will sign …' }
 */
export function examples(manual: string): Example[] {
  const start = manual.indexOf('\n# Event Categories');
  const end = manual.indexOf('\n# ', start + 5);
  const body = manual.slice(start, end < 0 ? undefined : end);
  const out: Example[] = [];
  const seen = new Set<string>();
  let section = '';
  // paragraphs: bullets and blank-line separated blocks
  for (const para of body.split(/\n\s*\n|\n(?=-\s{2,})/)) {
    const h = /^##\s+([A-Z]+)\s*$/m.exec(para);
    if (h && TYPES.includes(h[1]!)) section = h[1]!;
    if (!section) continue;
    const flat = para.replace(/<span class="sans-serif">([^<]*)<\/span>/g, '$1').replace(/\*+/g, '').replace(/\s+/g, ' ');
    const said = [...flat.matchAll(/(?:coded as (?:an? )?|only the )([A-Z]{4,})/g)].map((m) => ALIASES[m[1]!] ?? m[1]!).filter((t) => TYPES.includes(t));
    for (const m of flat.matchAll(/“([^”"]+)[”"]/g)) {
      const raw = m[1]!.replace(/\s*(?:…|\.\.\.)\s*,?\s*$/, '').replace(/,\s*$/, '').trim();
      // a fragment with an ellipsis inside ("announced...would withdraw troops") is a keyword pattern, not a sentence
      // … and a clause has a finite verb ("Negotiations, bargaining, or discussions" is a list of keywords)
      if (/…|\.\.\./.test(raw) || raw.split(/\s+/).length < 4 || !/^[A-Za-z]/.test(raw) || !/\b(?:\w+ed|will|has|have|is|are|was|were)\b/.test(raw) || seen.has(raw)) continue;
      const text = raw[0]!.toUpperCase() + raw.slice(1);
      seen.add(raw);
      out.push({ type: said[said.length - 1] ?? section, section, text: /[.!?]$/.test(text) ? text : `${text}.` });
    }
  }
  return out;
}

const list = examples(readFileSync(file, 'utf8'));
let tp = 0, np = 0;
const confusion = new Map<string, number>();
for (const x of list) {
  const evs = analyzeText({ text: x.text }).events;
  np += evs.length;
  const hit = evs.some((e) => e.type === x.type);
  if (hit) tp++;
  const got = evs.map((e) => `${e.type}${e.mode ? `/${e.mode}` : ''} [${e.trigger?.text ?? ''}]`).join(', ') || 'none';
  console.log(`${hit ? 'ok  ' : 'MISS'} ${x.type.padEnd(9)} (${x.section}) ${x.text}\n       → ${got}`);
  if (!hit) { const k = `${x.type} → ${evs.map((e) => e.type).join(',') || 'none'}`; confusion.set(k, (confusion.get(k) ?? 0) + 1); }
}
const p = np ? tp / np : 0, r = list.length ? tp / list.length : 0, f1 = p + r ? (2 * p * r) / (p + r) : 0;
console.log(`\n${list.length} manual examples: type P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f1.toFixed(3)}  (tp ${tp}, pred ${np}, gold ${list.length})`);
for (const [k, n] of [...confusion].sort((a, b) => b[1] - a[1])) console.log(`  ${k}: ${n}`);
