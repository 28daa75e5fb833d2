import type { Event, Finding, Quantity } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { finding, sentencesOf, type CheckInput } from './util.js';

/** Roles that state a whole, and the roles that account for parts of it. */
const WHOLE_ROLES = new Set(['launched', 'fired', 'total']);
const PART_ROLES = new Set(['intercepted', 'shot-down', 'shot down', 'downed', 'destroyed', 'lost', 'failed', 'jammed', 'suppressed', 'neutralised', 'neutralized', 'hit', 'struck', 'missed']);

/** "drones" → "drone", "attack drones" → "drone": parts and whole compare on the head noun. */
function unitKey(unit: string): string {
  const head = unit.toLowerCase().trim().split(/\s+/).pop() ?? '';
  return head.replace(/(?:ies)$/, 'y').replace(/s$/, '');
}

/** One accounting: a whole and the parts reported against it, with where each stands. */
export interface Accounting {
  whole: { value: number; unit: string; span: Span };
  parts: Array<{ value: number; role: string; span: Span }>;
  evidence: Span[];
}

/** Accountings from the events layer: an event with a launched/fired quantity and at least two parts in one unit. */
export function accountingsFromEvents(events: readonly Event[]): Accounting[] {
  const out: Accounting[] = [];
  for (const e of events) {
    if (e.negated) continue;
    const wholes = e.quantities.filter((q) => WHOLE_ROLES.has(q.role));
    for (const w of wholes) {
      const parts = e.quantities.filter((q): q is Quantity => PART_ROLES.has(q.role) && (!q.unit || unitKey(q.unit) === unitKey(w.unit)));
      if (parts.length < 2) continue;
      const span = w.span ?? e.evidence;
      out.push({
        whole: { value: w.value, unit: w.unit, span },
        parts: parts.map((p) => ({ value: p.value, role: p.role, span: p.span ?? e.evidence })),
        evidence: [e.evidence, ...parts.map((p) => p.span).filter((s): s is Span => !!s)],
      });
    }
  }
  return out;
}

const NUM = String.raw`(\d{1,3}(?:,\d{3})*|\d+)`;
const MUNITION = String.raw`(?:[\w-]+\s+){0,2}?(drones?|missiles?|rockets?|shells?|bombs?|UAVs?|projectiles?|warheads?)`;
const WHOLE_RE = new RegExp(String.raw`\b(?:launched|fired|sent)\s+(?:a\s+total\s+of\s+|at\s+least\s+|some\s+)?${NUM}\s+${MUNITION}\b`, 'gi');
/** "47 drones were intercepted", "33 failed mid-flight", "47 of them were shot down" — passive or intransitive parts only. */
const PART_RE = new RegExp(String.raw`\b${NUM}\s+(?:(?:of\s+(?:them|these|those|which)|(?:[\w-]+\s+){0,2}?(?:drones?|missiles?|rockets?|shells?|bombs?|UAVs?|projectiles?))\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+(?:reportedly\s+)?(intercepted|shot\s+down|downed|destroyed|neutrali[sz]ed|jammed|suppressed|lost|locationally\s+lost)|(failed|went\s+missing|were\s+lost|did\s+not\s+reach|missed|hit|struck))\b`, 'gi');
/** The whole is fully accounted for in words: no gap to report. */
const REST_RE = /\b(?:the\s+rest|the\s+remaining|the\s+others|all\s+of\s+them|remainder)\b/i;
/** A part sentence that continues the count (anaphora) rather than opening a new event. */
const ANAPHOR_RE = /\b(?:of\s+(?:these|them|those|which)|among\s+them|of\s+the\s+\w+)\b/i;

/**
 * Accountings read straight from the text, for when the events layer is absent or did not join the parts to the
 * whole: "Russia launched 90 attack drones … Of these, 47 drones were intercepted, while 33 failed mid-flight".
 * Parts count when they stand in the whole's sentence or in the next sentence opening with an anaphor.
 */
export function accountingsFromText(doc: CheckInput): Accounting[] {
  const sentences = sentencesOf(doc);
  const out: Accounting[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const st = doc.text.slice(s.start, s.end);
    for (const w of st.matchAll(WHOLE_RE)) {
      const value = parseInt(w[1]!.replace(/,/g, ''), 10);
      const unit = w[2]!;
      const wholeSpan = { start: s.start + w.index!, end: s.start + w.index! + w[0].length };
      const parts: Accounting['parts'] = [];
      const evidence: Span[] = [wholeSpan];
      const scan = (from: number, sent: { start: number; end: number }) => {
        const body = doc.text.slice(sent.start, sent.end);
        let found = false;
        for (const p of body.matchAll(PART_RE)) {
          if (sent.start + p.index! < from) continue;
          const munition = /(drones?|missiles?|rockets?|shells?|bombs?|UAVs?|projectiles?)/i.exec(p[0]);
          if (munition && unitKey(munition[1]!) !== unitKey(unit)) continue;
          const span = { start: sent.start + p.index!, end: sent.start + p.index! + p[0].length };
          parts.push({ value: parseInt(p[1]!.replace(/,/g, ''), 10), role: (p[2] ?? p[3]!).replace(/\s+/g, ' ').toLowerCase(), span });
          evidence.push(span);
          found = true;
        }
        return found;
      };
      scan(wholeSpan.end, s);
      const next = sentences[i + 1];
      if (next && next.paragraph === s.paragraph && ANAPHOR_RE.test(doc.text.slice(next.start, Math.min(next.end, next.start + 40)))) scan(next.start, next);
      const around = doc.text.slice(s.start, next?.end ?? s.end);
      if (parts.length >= 2 && !REST_RE.test(around)) out.push({ whole: { value, unit, span: wholeSpan }, parts, evidence });
    }
  }
  return out;
}

/**
 * quantity-gap / quantity-excess: for one event, the parts (intercepted, lost, …) against the whole (launched):
 * "90 launched, 47 intercepted + 33 lost → 10 unaccounted for"; parts larger than the whole. Reads
 * events[].quantities when present and the text otherwise; one finding per whole.
 *
 * @example
 * checkQuantities({ text: 'Russia launched 90 drones. Of these, 47 drones were intercepted, while 33 failed.', publishedAt: null, layers: {} })[0]?.kind // 'quantity-gap'
 */
export function checkQuantities(doc: CheckInput): Finding[] {
  const all = [...accountingsFromEvents(doc.layers.events ?? []), ...accountingsFromText(doc)];
  const out: Finding[] = [];
  const done: Span[] = [];
  for (const a of all) {
    if (done.some((d) => d.start < a.whole.span.end && a.whole.span.start < d.end)) continue;
    done.push(a.whole.span);
    const sum = a.parts.reduce((n, p) => n + p.value, 0);
    const unit = a.whole.value !== 1 && !/s$/.test(a.whole.unit) ? `${a.whole.unit}s` : a.whole.unit;
    const detail = `${a.whole.value} ${unit} launched; ${a.parts.map((p) => `${p.value} ${p.role}`).join(' + ')} = ${sum}`;
    if (sum < a.whole.value) {
      out.push(finding('quantity-gap', doc.text, `${detail}: ${a.whole.value - sum} unaccounted for`, a.evidence, { actual: sum, expected: a.whole.value }));
    } else if (sum > a.whole.value) {
      out.push(finding('quantity-excess', doc.text, `${detail}: the parts exceed the whole by ${sum - a.whole.value}`, a.evidence, { actual: sum, expected: a.whole.value }));
    }
  }
  return out;
}
