/**
 * Checks the HTML reader on a folder of saved pages laid out as Mozilla Readability's test pages
 * (DIR/<name>/source.html, optional DIR/<name>/expected-metadata.json with `publishedTime`): how many pages
 * give an article, how many are rejected as no-article, whether the publication date agrees with the
 * expected one, and how many paragraphs map back to the HTML. Nothing is copied into this repository:
 * point it at a checkout.
 *
 *   node --import tsx scripts/check-html.ts path/to/readability/test/test-pages [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputError } from '../src/ingest/errors.js';
import { extractHtml } from '../src/ingest/html.js';

const dir = process.argv[2];
if (!dir || !existsSync(dir)) {
  process.stderr.write('usage: node --import tsx scripts/check-html.ts DIR [--verbose]\n');
  process.exit(2);
}
const verbose = process.argv.includes('--verbose');
const c = { pages: 0, articles: 0, noArticle: 0, errors: 0, withDate: 0, expectedDates: 0, datesAgree: 0, paragraphs: 0, mapped: 0 };
for (const name of readdirSync(dir).sort()) {
  const src = join(dir, name, 'source.html');
  if (!existsSync(src)) continue;
  c.pages++;
  const metaFile = join(dir, name, 'expected-metadata.json');
  const expected = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8') || '{}') as { publishedTime?: string }) : {};
  try {
    const page = extractHtml(readFileSync(src, 'utf8'), { url: 'http://fakehost/test/page.html', label: name });
    c.articles++;
    c.paragraphs += page.text.split('\n').length;
    c.mapped += page.map.length;
    if (page.publishedAt) c.withDate++;
    if (expected.publishedTime) {
      c.expectedDates++;
      if (page.publishedAt && expected.publishedTime.startsWith(page.publishedAt)) c.datesAgree++;
      else if (verbose) console.log(`date ${name}: expected ${expected.publishedTime}, got ${page.publishedAt}`);
    }
  } catch (err) {
    if (err instanceof InputError && err.code === 'no-article') c.noArticle++;
    else c.errors++;
    if (verbose) console.log(`${name}: ${(err as Error).message}`);
  }
}
console.log(`${c.pages} pages: ${c.articles} articles, ${c.noArticle} no-article, ${c.errors} errors; `
  + `dates found ${c.withDate}, agree with expected ${c.datesAgree}/${c.expectedDates}; `
  + `paragraphs mapped to HTML ${c.mapped}/${c.paragraphs} (${((c.mapped / Math.max(1, c.paragraphs)) * 100).toFixed(1)} %)`);
