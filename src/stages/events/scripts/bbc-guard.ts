/**
 * The guard check of the events stage on non-conflict copy: codes every BBC business, sport and tech article of
 * ../shared/corpus/real/bbc-2004-2005.jsonl (or DOSSIER_SHARED) and prints, per category, the number of events and of
 * events of the conflict types (REJECT … ASSAULT, CAMEO roots 12–20). A rule change must not raise these counts: new
 * events there are mostly business or sports senses of conflict words. With a path, one line per event (category,
 * article id, type, trigger words, sentence) is written there, to diff two runs. Skips when the corpus is absent.
 *
 *   node --import tsx src/stages/events/scripts/bbc-guard.ts [/tmp/events-dump.tsv]     # from the repository root
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeText } from '../../../analyze.js';

const shared = process.env.DOSSIER_SHARED ?? join(process.cwd(), '..', 'shared');
const file = join(shared, 'corpus', 'real', 'bbc-2004-2005.jsonl');
if (!existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
const CATEGORIES = ['business', 'sport', 'tech'];
const CONFLICT = new Set(['REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const counts = new Map(CATEGORIES.map((c) => [c, { events: 0, conflict: 0 }]));
const lines: string[] = [];
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const a = JSON.parse(line) as { id: string; category: string; text: string };
  const c = counts.get(a.category);
  if (!c) continue;
  const analysis = analyzeText({ id: a.id, text: a.text });
  for (const e of analysis.events) {
    c.events++;
    if (CONFLICT.has(e.type)) c.conflict++;
    const at = e.trigger ?? e.evidence;
    const s = analysis.sentences.find((x) => x.start <= at.start && at.end <= x.end);
    const sentence = s ? a.text.slice(s.start, s.end).replace(/\s+/g, ' ') : '';
    lines.push([a.category, a.id, e.type, e.mode ?? '', a.text.slice(at.start, at.end), e.actor?.name ?? '', e.target?.name ?? '', sentence]
      .map((f) => f.replace(/\s+/g, ' ')).join('\t'));
  }
}
const row = (k: 'events' | 'conflict') => CATEGORIES.map((c) => counts.get(c)![k]).join('/');
console.log(`BBC business/sport/tech events ${row('events')}, conflict types ${row('conflict')}`);
if (process.argv[2]) writeFileSync(process.argv[2], lines.join('\n') + '\n');
