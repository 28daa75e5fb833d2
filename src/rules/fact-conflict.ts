import { kbIndex, type KbEvent, type KbIndex } from '../kb/kb.js';
import type { Finding, Sentence } from '../model/layers.js';
import { CARDINAL_RE, cardinalValue, daysBetween, finding, ORDINAL_RE, ordinalValue, ordinalWord, sentencesOf, type CheckInput } from './util.js';

const WAR_NOUN = String.raw`(?:war|conflict|invasion|fighting|offensive|occupation)`;

/** "the war, now in its third year" / "the conflict is in its 4th year". */
const ORDINAL_YEAR = new RegExp(String.raw`(?<![\w'’])(?:[\w’'-]+\s+){0,3}?${WAR_NOUN}\b[^.;:!?]{0,60}?\bin\s+its\s+(${ORDINAL_RE})\s+year\b`, 'gi');
/** "the three-year-old war", "a 10-year-long conflict", "the three-year war". */
const AGE_YEARS = new RegExp(String.raw`\b(?:nearly\s+|almost\s+|more\s+than\s+|over\s+)?(${CARDINAL_RE})[- ]year(?:s)?(?:[- ](?:old|long))?\s+(?:[\w-]+\s+){0,2}?${WAR_NOUN}\b`, 'gi');
/** "the war that began in 2015", "since the invasion started in 2021". */
const BEGAN_IN = new RegExp(String.raw`\b${WAR_NOUN}(?:\s+(?:in|on|over|against|with|between)\s+[\w’'-]+(?:\s+(?:and\s+)?[\w’'-]+){0,2})?,?\s+(?:that|which)?\s*(?:began|started|broke\s+out|erupted)\s+in\s+((?:19|20)\d\d)\b`, 'gi');
/** "marks the third anniversary of the invasion". */
const ANNIVERSARY = new RegExp(String.raw`\b(?:marks?|marked|marking)\s+the\s+(${ORDINAL_RE})\s+anniversary\s+of\s+(?:the\s+|Russia[’']s\s+)?(?:full[- ]scale\s+)?${WAR_NOUN}\b`, 'gi');

/** Whole years (fractional) from an ISO date to another. */
function yearsBetween(a: string, b: string): number {
  return daysBetween(a, b) / 365.2425;
}

/**
 * The conflicts a sentence may speak of, best first: KB wars whose keywords occur in the sentence, then in its
 * paragraph, then in the whole article, that had begun by the publication date. The family of a conflict
 * (the war that began in 2014 and its 2022 full-scale phase) counts together: either start date may be meant.
 */
function conflictsFor(idx: KbIndex, text: string, sentence: Sentence, sentences: readonly Sentence[], date: string): KbEvent[][] {
  const wars = idx.kb.events.filter((e) => (e.kind === 'war') && e.start <= date);
  const para = sentences.filter((s) => s.paragraph === sentence.paragraph);
  const scopes = [text.slice(sentence.start, sentence.end), text.slice(para[0]?.start ?? sentence.start, para[para.length - 1]?.end ?? sentence.end), text];
  for (const [i, scope] of scopes.entries()) {
    const scored = wars
      .map((e) => ({ e, n: e.keywords.reduce((n, k) => n + (new RegExp(`\\b${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g').exec(scope) ? 1 : 0), 0) }))
      .filter((x) => x.n >= (i === 2 ? 2 : 1))
      .sort((a, b) => b.n - a.n);
    if (!scored.length) continue;
    const best = scored[0]!.e;
    const root = best.partOf ? idx.event(best.partOf) ?? best : best;
    const family = idx.kb.events.filter((e) => e.kind === 'war' && e.start <= date && (e.id === root.id || e.partOf === root.id));
    // "invasion" names the full-scale phase first; "war"/"conflict" may mean either start.
    // The most recent phase first: "the war" in a 2025 article most often counts from the full-scale invasion.
    family.sort((a, b) => b.start.localeCompare(a.start));
    return [family];
  }
  return [];
}

function ongoing(e: KbEvent, date: string): boolean {
  return !e.end || e.end >= date;
}

/**
 * fact-conflict: a statement about a war's age against the curated start date — "now in its third year",
 * "the three-year-old war", "the war that began in 2015", "marks the second anniversary of the invasion" —
 * computed from the KB start and the publication date. A claim that fits any start date of the conflict
 * (2014 or 2022 for the Russo-Ukrainian war) passes. Needs a publication date; reads only text and sentences.
 *
 * @example
 * checkFacts({ text: 'The war, now in its third year, goes on in Ukraine.', publishedAt: '2025-03-16', layers: {} })[0]?.kind // 'fact-conflict'
 */
export function checkFacts(doc: CheckInput, idx: KbIndex = kbIndex()): Finding[] {
  const date = doc.publishedAt?.slice(0, 10);
  if (!date) return [];
  const sentences = sentencesOf(doc);
  const out: Finding[] = [];
  for (const s of sentences) {
    const text = doc.text.slice(s.start, s.end);
    const check = (m: RegExpMatchArray, claim: string, fits: (e: KbEvent) => boolean, expect: (e: KbEvent) => string) => {
      const [family] = conflictsFor(idx, doc.text, s, sentences, date);
      if (!family?.length) return;
      const live = family.filter((e) => ongoing(e, date));
      if (!live.length || live.some(fits)) return;
      const main = live[0]!;
      // Open the evidence at the noun phrase, not at a sentence opener ("With the war …" → "the war …").
      const lead = /^(?:(?:with|as|while|and|but|since|now|yet|so|in|for|after|amid|despite)\s+)+/i.exec(m[0])?.[0].length ?? 0;
      const start = s.start + m.index! + lead;
      const end = s.start + m.index! + m[0].length;
      out.push(finding('fact-conflict', doc.text,
        `“${doc.text.slice(start, end)}”: ${claim}, but ${main.name} began on ${main.start} (source: ${main.source}), so on ${date} ${expect(main)}`,
        [{ start, end }], { actual: claim, expected: expect(main) }));
    };
    for (const m of text.matchAll(ORDINAL_YEAR)) {
      const n = ordinalValue(m[1]!);
      const ordinalOf = (e: KbEvent) => Math.floor(yearsBetween(e.start, date)) + 1;
      // A writer may anticipate an anniversary by a few weeks, never lag behind it.
      const fits = (e: KbEvent) => n === ordinalOf(e) || (n === ordinalOf(e) + 1 && yearsBetween(e.start, date) % 1 > 0.92);
      check(m, `the ${m[1]} year`, fits, (e) => `it is in its ${ordinalWord(ordinalOf(e))} year`);
    }
    for (const m of text.matchAll(AGE_YEARS)) {
      const n = cardinalValue(m[1]!);
      const loose = /nearly|almost|more than|over/i.test(m[0]);
      const fits = (e: KbEvent) => {
        const y = yearsBetween(e.start, date);
        return n === Math.floor(y) || n === Math.round(y) || (loose && Math.abs(n - y) < 1.5);
      };
      check(m, `${m[1]} years old`, fits, (e) => `it is ${Math.floor(yearsBetween(e.start, date))} years old`);
    }
    for (const m of text.matchAll(BEGAN_IN)) {
      const y = m[1]!;
      check(m, `began in ${y}`, (e) => e.start.startsWith(y), (e) => `it began in ${e.start.slice(0, 4)}`);
    }
    for (const m of text.matchAll(ANNIVERSARY)) {
      const n = ordinalValue(m[1]!);
      const fits = (e: KbEvent) => n === Math.round(yearsBetween(e.start, date));
      check(m, `the ${m[1]} anniversary`, fits, (e) => `it is the ${ordinalWord(Math.round(yearsBetween(e.start, date)))} anniversary`);
    }
  }
  return out;
}
