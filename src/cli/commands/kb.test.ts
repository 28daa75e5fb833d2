import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, 'kb', ...args], { encoding: 'utf8' });

describe('dossier kb', () => {
  it('validate exits 0 on the shipped data', () => {
    const r = run('validate');
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^ok: \d+ people, \d+ offices, \d+ terms, \d+ events$/m);
  });
  it('--at lists who held office then', () => {
    const r = run('--country', 'RU', '--at', '2010-01-01', '--json');
    assert.equal(r.status, 0, r.stderr);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { name: string; office: string });
    const byOffice = Object.fromEntries(rows.map((x) => [x.office, x.name]));
    assert.equal(byOffice['office:ru:head-of-state'], 'Dmitry Medvedev');
    assert.equal(byOffice['office:ru:head-of-government'], 'Vladimir Putin');
    assert.equal(byOffice['office:ru:foreign-minister'], 'Sergei Lavrov');
  });
  it('--role filters', () => {
    const r = run('--role', 'foreign-minister', '--country', 'US', '--at', '2025-03-16');
    assert.match(r.stdout, /Marco Rubio/);
    assert.doesNotMatch(r.stdout, /Trump/);
  });
  it('rejects a bad date and an unknown role with exit 2', () => {
    assert.equal(run('--at', '2025-13-01').status, 2);
    assert.equal(run('--role', 'king').status, 2);
  });
});
