import type { Analysis } from '../model/analysis.js';
import type { EntityRef, Mention } from '../model/layers.js';
import type { Span } from '../model/span.js';

/**
 * Checks of the JSON contract that hold for every analysis, whatever the article: spans inside the text,
 * `text` fields equal to the slice they claim, references to entities that exist, PLOVER event types, well-formed
 * findings. A violation is a bug in the stage that produced the item, never in the article. The corpus checker
 * (scripts/check-corpus.ts) and the invariants tests (test/invariants/) run these over real and hostile texts.
 */

/** One broken invariant: a stable rule id (for grouping) and what is wrong where. */
export interface Violation {
  rule: string;
  message: string;
}

/** The 16 event categories of PLOVER 2.0 (../shared/bench/plover/PLOVER_MANUAL.md, "Event Categories"). */
export const PLOVER_TYPES: ReadonlySet<string> = new Set([
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
]);

const SEVERITIES: ReadonlySet<string> = new Set(['info', 'warning', 'error']);
const ACTS: ReadonlySet<string> = new Set(['assertion', 'intention', 'demand', 'question', 'evaluation', 'naming']);

/** Quotation marks a direct or partial quote's content must not start or end with (the span is the content). */
const QUOTE_MARKS = /^["“”„«»‹›‘’‚`]|["“”„«»‹›‘’‚`]$/u;

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Returns every violation of the contract in `a`, each as a {rule, message} pair.
 *
 * @example
 * findViolations({ ...analysis, times: [{ start: 0, end: 3, text: 'xyz', type: 'DATE', value: '' }] })
 * // [{ rule: 'text-mismatch', message: 'times[0] text "xyz" but text.slice(0, 3) is "Mon"' }]
 */
export function findViolations(a: Analysis): Violation[] {
  const out: Violation[] = [];
  const text = a.text;
  const add = (rule: string, message: string) => out.push({ rule, message });

  /** Checks a span's bounds; returns false when its offsets cannot be used at all. */
  const span = (where: string, s: Span | null | undefined, opts: { nonEmpty?: boolean } = {}): boolean => {
    if (!s || typeof s !== 'object') { add('missing-span', `${where} has no span`); return false; }
    const { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      add('non-integer-offset', `${where} offsets ${String(start)}..${String(end)} are not integers`);
      return false;
    }
    if (start < 0 || end > text.length || start > end) {
      add('span-out-of-range', `${where} span ${start}..${end} outside 0..${text.length} or reversed`);
      return false;
    }
    if (opts.nonEmpty && start === end) add('empty-span', `${where} span ${start}..${end} is empty`);
    // A span must not cut an astral character (emoji, rare CJK) in half: a lone surrogate is not text.
    for (const at of [start, end]) {
      if (at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))) {
        add('split-surrogate', `${where} span ${start}..${end} cuts a surrogate pair at ${at}`);
        break;
      }
    }
    return true;
  };

  /** Checks a span that carries its text. */
  const textSpan = (where: string, s: (Span & { text?: unknown }) | null | undefined, opts: { nonEmpty?: boolean } = {}) => {
    if (!span(where, s, opts)) return;
    const want = text.slice(s!.start, s!.end);
    if (s!.text !== want) {
      add('text-mismatch', `${where} text ${JSON.stringify(clip(s!.text))} but text.slice(${s!.start}, ${s!.end}) is ${JSON.stringify(clip(want))}`);
    }
  };

  // Paragraphs and sentences: in range, in order, not overlapping; each sentence inside its paragraph.
  const ordered = (name: string, items: readonly Span[]) => {
    let prevEnd = 0;
    items.forEach((s, i) => {
      if (!span(`${name}[${i}]`, s, { nonEmpty: true })) return;
      if (s.start < prevEnd) add('overlapping-segments', `${name}[${i}] ${s.start}..${s.end} starts before the previous one ends (${prevEnd})`);
      prevEnd = Math.max(prevEnd, s.end);
    });
  };
  ordered('paragraphs', a.paragraphs);
  ordered('sentences', a.sentences);
  a.sentences.forEach((s, i) => {
    const p = a.paragraphs[s.paragraph];
    if (!p) add('bad-paragraph-index', `sentences[${i}] names paragraph ${s.paragraph}, which does not exist`);
    else if (s.start < p.start || s.end > p.end) add('sentence-outside-paragraph', `sentences[${i}] ${s.start}..${s.end} is not inside paragraph ${s.paragraph} (${p.start}..${p.end})`);
  });

  // Entities: unique ids, every reference resolves.
  const ids = new Set<string>();
  for (const e of a.entities) {
    if (ids.has(e.id)) add('duplicate-entity-id', `entity id ${e.id} is used twice`);
    ids.add(e.id);
  }
  const entityRef = (where: string, id: string | null | undefined) => {
    if (id != null && !ids.has(id)) add('dangling-entity', `${where} names entity ${JSON.stringify(id)}, which does not exist`);
  };

  const mentions: Array<{ where: string; m: Mention }> = [];
  a.entities.forEach((e, i) => {
    if (typeof e.name !== 'string' || e.name.trim() === '') add('entity-without-name', `entities[${i}] (${e.id}) has no name`);
    entityRef(`entities[${i}].standsFor`, e.standsFor);
    if (e.standsFor === e.id) add('self-reference', `entities[${i}] (${e.id}) stands for itself`);
    const lists: Array<[string, readonly Mention[]]> = [['mentions', e.mentions ?? []], ['references', e.references ?? []]];
    for (const [list, ms] of lists) {
      ms.forEach((m, j) => {
        const where = `entities[${i}].${list}[${j}]`;
        textSpan(where, m, { nonEmpty: true });
        entityRef(`${where}.entity`, m.entity);
        if (m.entity !== e.id) add('mention-of-other-entity', `${where} says entity ${m.entity} but sits in ${e.id}`);
        mentions.push({ where, m });
      });
    }
  });

  // A mention is a name or a phrase: it never runs across a sentence boundary.
  if (a.sentences.length > 0) {
    for (const { where, m } of mentions) {
      const touched = sentencesOverlapping(a.sentences, m);
      if (touched > 1) add('mention-crosses-sentences', `${where} ${JSON.stringify(clip(m.text))} (${m.start}..${m.end}) spans ${touched} sentences`);
    }
  }

  // Quotes.
  const quoteIds = new Set<string>();
  const quoteSpans = new Map<string, string>();
  // (positions are statements too: ids and spans are unique over both lists)
  const statements = [...a.quotes.map((q, i) => [`quotes[${i}]`, q] as const), ...(a.positions ?? []).map((q, i) => [`positions[${i}]`, q] as const)];
  statements.forEach(([where, q]) => {
    textSpan(where, q, { nonEmpty: true });
    if (q.act !== undefined && !ACTS.has(q.act)) add('bad-quote-act', `${where} act ${JSON.stringify(q.act)}`);
    if (where.startsWith('positions') && (q.kind !== 'indirect' || q.act === 'assertion' || q.act === undefined)) {
      add('bad-position', `${where} is ${q.kind}${q.act ? ` (${q.act})` : ''}: positions are reported statements that assert nothing`);
    }
    if (quoteIds.has(q.id)) add('duplicate-quote-id', `${where} id ${q.id} is used twice`);
    quoteIds.add(q.id);
    const key = `${q.start}:${q.end}`;
    const same = quoteSpans.get(key);
    if (same !== undefined) add('duplicate-quote-span', `${where} has the same span ${q.start}..${q.end} as ${same}`);
    else quoteSpans.set(key, where);
    if (!['direct', 'partial', 'indirect'].includes(q.kind)) add('bad-quote-kind', `${where} kind ${JSON.stringify(q.kind)}`);
    if ((q.kind === 'direct' || q.kind === 'partial') && typeof q.text === 'string' && QUOTE_MARKS.test(q.text)) {
      add('quote-includes-marks', `${where} (${q.kind}) ${JSON.stringify(clip(q.text))} starts or ends with a quotation mark`);
    }
    if (q.speaker) {
      entityRef(`${where}.speaker`, q.speaker.entity);
      const hasStart = q.speaker.start !== undefined;
      const hasEnd = q.speaker.end !== undefined;
      if (hasStart !== hasEnd) add('half-span', `${where}.speaker has only one of start/end`);
      else if (hasStart) span(`${where}.speaker`, { start: q.speaker.start!, end: q.speaker.end! }, { nonEmpty: true });
    }
    if (q.cueSpan) span(`${where}.cueSpan`, q.cueSpan, { nonEmpty: true });
  });

  // Times.
  a.times.forEach((t, i) => {
    textSpan(`times[${i}]`, t, { nonEmpty: true });
    if (typeof t.value !== 'string') add('time-without-value', `times[${i}] value is ${JSON.stringify(t.value)}, not a string`);
  });

  // Events.
  const eventIds = new Set<string>();
  const ref = (where: string, r: EntityRef | null | undefined) => {
    if (!r) return;
    entityRef(where, r.entity);
    const hasStart = r.start !== undefined;
    if (hasStart !== (r.end !== undefined)) add('half-span', `${where} has only one of start/end`);
    else if (hasStart) span(where, { start: r.start!, end: r.end! }, { nonEmpty: true });
  };
  a.events.forEach((ev, i) => {
    const where = `events[${i}]`;
    if (eventIds.has(ev.id)) add('duplicate-event-id', `${where} id ${ev.id} is used twice`);
    eventIds.add(ev.id);
    if (!PLOVER_TYPES.has(ev.type)) add('unknown-event-type', `${where} type ${JSON.stringify(ev.type)} is not a PLOVER 2.0 category`);
    ref(`${where}.actor`, ev.actor);
    ref(`${where}.target`, ev.target);
    ref(`${where}.source`, ev.source);
    (ev.locations ?? []).forEach((l, j) => ref(`${where}.locations[${j}]`, l));
    textSpan(`${where}.evidence`, ev.evidence, { nonEmpty: true });
    if (ev.trigger) {
      textSpan(`${where}.trigger`, ev.trigger, { nonEmpty: true });
      if (ev.evidence && (ev.trigger.start < ev.evidence.start || ev.trigger.end > ev.evidence.end)) {
        add('trigger-outside-evidence', `${where} trigger ${ev.trigger.start}..${ev.trigger.end} is not inside its evidence ${ev.evidence.start}..${ev.evidence.end}`);
      }
    }
    (ev.quantities ?? []).forEach((q, j) => {
      if (typeof q.value !== 'number' || !Number.isFinite(q.value)) add('bad-quantity', `${where}.quantities[${j}] value ${String(q.value)} is not a finite number`);
      if (q.span) span(`${where}.quantities[${j}]`, q.span, { nonEmpty: true });
    });
  });

  // Findings.
  a.findings.forEach((f, i) => {
    const where = `findings[${i}]`;
    if (typeof f.kind !== 'string' || f.kind === '') add('finding-without-kind', `${where} has no kind`);
    if (!SEVERITIES.has(f.severity)) add('bad-severity', `${where} severity ${JSON.stringify(f.severity)} is not info|warning|error`);
    if (typeof f.message !== 'string' || f.message.trim() === '') add('finding-without-message', `${where} (${f.kind}) has no message`);
    if (!Array.isArray(f.evidence) || f.evidence.length === 0) add('finding-without-evidence', `${where} (${f.kind}) has no evidence span`);
    else f.evidence.forEach((s, j) => textSpan(`${where}.evidence[${j}]`, s, { nonEmpty: true }));
  });

  return out;
}

/**
 * The violations of `findViolations` as "rule: message" strings; empty when the analysis keeps the contract.
 *
 * @example
 * checkAnalysis(analyzeText({ text: 'KYIV — Russia launched 90 drones.' })) // []
 */
export function checkAnalysis(a: Analysis): string[] {
  return findViolations(a).map((v) => `${v.rule}: ${v.message}`);
}

/** How many sentences a span overlaps (sentences are sorted and disjoint: binary search for the first). */
function sentencesOverlapping(sentences: readonly Span[], s: Span): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= s.start) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < sentences.length && sentences[i]!.start < s.end; i++) n++;
  return n;
}

function clip(v: unknown): unknown {
  return typeof v === 'string' && v.length > 60 ? `${v.slice(0, 57)}…` : v;
}
