/**
 * Runs segmentation and the name tagger alone on JSON Lines, printing the scorer's contract with one entity
 * per name mention, so the tagger can be scored before (and apart from) entity linking:
 *
 *   node /work/shared/eval/score.mjs conll ../shared/bench/conll2003/eng.testa --cmd "node --import tsx scripts/ner-jsonl.ts"
 *
 * Input lines: {"id", "text", "date"}. Output lines: {"id", "entities": [{id, name, type, mentions: [{start, end, text, type}]}]}.
 */
import { createInterface } from 'node:readline';
import { segment } from '../src/stages/segment/index.js';
import { findNames } from '../src/stages/ner/index.js';

const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const names = findNames({ text, tokens: segment(text).tokens });
  const entities = names.map((n, i) => ({ id: `e${i + 1}`, name: n.text, type: n.type, mentions: [{ start: n.start, end: n.end, text: n.text, type: n.type }] }));
  process.stdout.write(`${JSON.stringify({ id, entities })}\n`);
}
