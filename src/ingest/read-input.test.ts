import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { dateInFileName, dateInUrl, readInput } from './read-input.js';

describe('a date named by the container', () => {
  const names: Array<[string, string | null]> = [
    ['corpus/talks-stall-2025-03-16.txt', '2025-03-16'],
    ['2014_03_06_kiev.html', '2014-03-06'],
    ['wire-20250316.txt', '2025-03-16'],
    ['report-2025-13-40.txt', null], // no such month
    ['2025-02-30.txt', null], // no such day
    ['from-2024-01-01-to-2024-02-01.txt', null], // two dates: which one?
    ['bbc/politics/001.txt', null],
    ['2025-03-16/notes.txt', null], // the folder is not the file
  ];
  for (const [name, want] of names) it(`file ${name} → ${want}`, () => assert.equal(dateInFileName(name), want));
  const urls: Array<[string, string | null]> = [
    ['https://example.org/world/2025/03/16/talks-stall', '2025-03-16'],
    ['https://example.org/2025-03-16/talks', '2025-03-16'],
    ['https://example.org/news/123456', null],
    ['not a url', null],
  ];
  for (const [url, want] of urls) it(`url ${url} → ${want}`, () => assert.equal(dateInUrl(url), want));

  const dir = mkdtempSync(join(tmpdir(), 'dossier-read-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('a text file takes its name\'s date, saying so; an HTML page\'s own date wins', async () => {
    const txt = join(dir, 'talks-2025-03-16.txt');
    writeFileSync(txt, 'Talks resumed on Saturday.');
    const a = await readInput(txt);
    assert.equal(a.publishedAt, '2025-03-16');
    assert.equal(a.source.dateSource, 'file name');
    const html = join(dir, 'talks-2025-03-16.html');
    writeFileSync(html, '<html><head><meta property="article:published_time" content="2025-03-15T10:00:00Z"></head><body><article><p>Talks resumed on Saturday after a long pause in the capital, officials said, and both delegations met for three hours behind closed doors.</p><p>Neither side gave details of what was discussed, but a joint statement spoke of progress on prisoner exchanges and on the safety of shipping.</p></article></body></html>');
    const b = await readInput(html);
    assert.equal(b.publishedAt, '2025-03-15');
    assert.equal(b.source.dateSource, 'meta');
  });
});
