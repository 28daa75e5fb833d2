import assert from 'node:assert/strict';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runCli } from './run.js';

let dir = '';

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-cli-'));
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'blank.txt'), '  \n\n\t  \n');
  await writeFile(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  await writeFile(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('KYIV — Officials met in the caf'), Buffer.from([0xe9]), Buffer.from(' on Saturday.\n')]));
  await writeFile(join(dir, 'login.html'), '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form><h1>Sign in</h1><p>Please sign in with your email and password to keep reading.</p><input type="email"><input type="password"><button>Sign in</button></form></body></html>');
  await writeFile(join(dir, 'scripts.html'), '<!DOCTYPE html><html><head><script src="/app.js"></script></head><body><div id="root"></div><script>window.boot()</script></body></html>');
  // 50 MB of text, written in 1 MB blocks (not kept: the temp dir is removed after the tests).
  const fh = await open(join(dir, 'huge.txt'), 'w');
  const block = Buffer.from('The talks went on. '.repeat(55_189).slice(0, 1024 * 1024));
  for (let i = 0; i < 50; i++) await fh.write(block);
  await fh.close();
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Asserts exit 1 and exactly one stderr line, starting "dossier: ", matching `line`, without a stack trace. */
function assertOneLine(r: { code: number | null; stderr: string; stdout: string }, line: RegExp): void {
  assert.equal(r.code, 1, `exit code (stderr: ${r.stderr})`);
  const lines = r.stderr.split('\n').filter((l) => l.length > 0);
  assert.equal(lines.length, 1, `one stderr line, got: ${r.stderr}`);
  assert.match(lines[0]!, /^dossier: /);
  assert.match(lines[0]!, line);
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
  assert.equal(r.stdout, '');
}

// Two at a time: each case is a fresh Node process, mostly start-up time.
describe('dossier analyze on bad input: one clear stderr line, exit 1', { concurrency: 2 }, () => {
  const cases: [string, () => string[], RegExp][] = [
    ['an empty file', () => ['analyze', join(dir, 'empty.txt')], /empty\.txt: the input is empty$/],
    ['a whitespace-only file', () => ['analyze', join(dir, 'blank.txt')], /blank\.txt: the input is empty \(only whitespace\)$/],
    ['a binary file', () => ['analyze', join(dir, 'binary.bin')], /binary\.bin: this looks like a binary file/],
    ['invalid UTF-8', () => ['analyze', join(dir, 'latin1.txt')], /latin1\.txt: not valid UTF-8 \(bad byte at offset \d+\)/],
    ['a 50 MB text', () => ['analyze', join(dir, 'huge.txt')], /huge\.txt: 50\.0 MB is larger than the 10\.0 MB limit/],
    ['a login page', () => ['analyze', join(dir, 'login.html')], /login\.html: no article text found in the HTML/],
    ['a page of scripts', () => ['analyze', join(dir, 'scripts.html')], /scripts\.html: no article text found/],
    ['a directory', () => ['analyze', dir], /is a directory/],
    ['a missing file', () => ['analyze', join(dir, 'nope.txt')], /nope\.txt: no such file$/],
    ['a bad --date', () => ['analyze', 'examples/seed-ukraine-ceasefire-2025-03-16.txt', '--date', '16/03/2025'], /publication date "16\/03\/2025" is not an ISO date/],
    ['an impossible --date', () => ['analyze', 'examples/seed-ukraine-ceasefire-2025-03-16.txt', '--date', '2025-02-30'], /does not exist/],
    ['a loopback URL without --allow-private', () => ['analyze', 'http://127.0.0.1:9/story.html'], /127\.0\.0\.1 is a loopback or private network address \(use --allow-private/],
    ['a non-http URL', () => ['analyze', 'http://'], /not a valid URL|no such file/],
  ];
  for (const [name, args, line] of cases) {
    it(name, async () => assertOneLine(await runCli(args()), line));
  }

  it('an unreachable URL (a closed local port)', async () => {
    const s = createServer();
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const port = (s.address() as AddressInfo).port;
    await new Promise<void>((r) => s.close(() => r()));
    assertOneLine(await runCli(['analyze', `http://127.0.0.1:${port}/story.html`, '--allow-private']), /cannot connect \(ECONNREFUSED\)/);
  });

  it('empty stdin', async () => assertOneLine(await runCli(['analyze', '-'], ''), /stdin: the input is empty/));
});

describe('dossier analyze --jsonl with bad lines', () => {
  it('answers every line in order, an error object for each bad one, and goes on', async () => {
    const lines = [
      JSON.stringify({ id: 'good-1', text: 'GENEVA — Negotiators met again on Tuesday.', date: '2025-03-16' }),
      '{"id": "broken", "text": ',
      JSON.stringify({ id: 'blank', text: '   ', date: '2025-03-16' }),
      JSON.stringify({ id: 'no-text', date: '2025-03-16' }),
      JSON.stringify({ id: 'bad-date', text: 'Talks resumed.', date: 'soon' }),
      JSON.stringify({ id: 'good-2', text: 'Talks resumed on Monday.', date: '2025-03-16' }),
    ];
    const r = await runCli(['analyze', '--jsonl'], lines.join('\n') + '\n');
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string | null; error?: { code: string }; text?: string });
    assert.equal(out.length, lines.length);
    assert.deepEqual(out.map((o) => o.error?.code ?? 'ok'), ['ok', 'bad-json', 'empty', 'bad-json', 'bad-date', 'ok']);
    assert.equal(out[0]!.id, 'good-1');
    assert.equal(out[2]!.id, 'blank');
    assert.equal(out[5]!.text, 'Talks resumed on Monday.');
    const errLines = r.stderr.trim().split('\n');
    assert.equal(errLines.length, 4, r.stderr);
    for (const l of errLines) assert.match(l, /^dossier: /);
  });

  it('exits 1 when no line could be analysed', async () => {
    const r = await runCli(['analyze', '--jsonl'], 'not json\n');
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout.trim()).error.code, 'bad-json');
  });
});
