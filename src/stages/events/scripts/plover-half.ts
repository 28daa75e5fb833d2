/**
 * Scores one half of the PLOVER gold sentences without printing any of them: copies the half to /tmp and runs the
 * shared scorer on it (never with --misses). The first half is for development, the second for reporting only.
 *
 *   node --import tsx src/stages/events/scripts/plover-half.ts 2     # from the repository root
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const half = process.argv[2] === '1' ? 1 : 2;
const shared = process.env.DOSSIER_SHARED ?? join(process.cwd(), '..', 'shared');
const file = join(shared, 'bench', 'plover', 'PLOVER_GSR_CAMEO.json');
if (!existsSync(file)) {
  console.log(`skipped: ${file} not found`);
  process.exit(0);
}
// the same items, in the same order, as the scorer reads them
const items = (JSON.parse(readFileSync(file, 'utf8')) as Array<{ text?: string; event?: string }>).filter((x) => x.text && x.event && x.event !== 'DOCUMENT');
const mid = Math.floor(items.length / 2);
const part = half === 1 ? items.slice(0, mid) : items.slice(mid);
const out = `/tmp/plover-half-${half}.json`;
writeFileSync(out, JSON.stringify(part));
const cmd = 'node --import tsx src/cli/main.ts analyze --jsonl';
const r = spawnSync('node', [join(shared, 'eval', 'score.mjs'), 'plover', out, '--cmd', cmd], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
// print the figures only: no sentence of the held-out half is shown
for (const line of (r.stdout ?? '').split('\n')) if (/^(event type|\s+actor|\s+target|\d+ documents|plover:)/.test(line)) console.log(line);
process.exit(r.status ?? 1);
