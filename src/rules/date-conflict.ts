import type { Finding, TimeExpression } from '../model/layers.js';
import type { Span } from '../model/span.js';
import { daysBetween, finding, pastWeekday, sentenceAt, sentencesOf, WEEKDAYS, type CheckInput } from './util.js';

const DAY = String.raw`(${WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|')})`;
const SPEECH_NOUN = String.raw`(?:comments?|remarks?|statements?|words|interview|speech|address|briefing|press\s+conference|post|message|video|call|conversation)`;

/** A later sentence that re-dates an earlier statement: "His comments were reportedly made on Thursday". */
const REDATE_RE = new RegExp(
  String.raw`\b(?:his|her|their|the|these|those|its|such)\s+${SPEECH_NOUN}\s+(?:were|was|had\s+been|have\s+been)\s+(?:reportedly\s+|apparently\s+|actually\s+|originally\s+|first\s+|in\s+fact\s+)?(?:made|given|recorded|delivered|filmed|conducted|taped|uttered|aired|broadcast|published|posted)\s+(?:on\s+|last\s+)${DAY}\b`,
  'gi',
);

/** The first dating of a statement: "in a televised interview on Sunday", "said on Friday", "told reporters on Monday". */
const FIRST_DATING_RE = new RegExp(
  String.raw`(?:\b(?:[\w-]+\s+)?${SPEECH_NOUN}|\b(?:said|says|told\s+\w+|stated|wrote|posted|announced|declared|argued|claimed|added|remarked))\s+(?:[\w,'’-]+\s+){0,4}?on\s+${DAY}\b`,
  'g',
);

/** A weekday span's date: the time layer's value when it has one there, else the weekday before publication. */
function dateOf(weekday: string, span: Span, times: readonly TimeExpression[], publishedAt: string | null): string | null {
  const t = times.find((x) => x.start < span.end && span.start < x.end && x.text.toLowerCase().includes(weekday.toLowerCase()) && /^\d{4}-\d{2}-\d{2}/.test(x.value));
  if (t) return t.value.slice(0, 10);
  return publishedAt ? pastWeekday(weekday, publishedAt) : null;
}

const PAST_VERB = /\b(?:\w+ed|said|told|met|began|fought|struck|shot|hit|sent|took|gave|made|held|killed|seized|fell|won|lost|led|spoke|wrote)\b/i;

/**
 * date-conflict: one statement given two dates ("… in a televised interview on Sunday. … His comments were
 * reportedly made on Thursday"), and past-tense events dated after publication (events layer with dates).
 * Reads text, sentences and, when present, times (values) and events.
 *
 * @example
 * checkDates({ text: 'He said in an interview on Sunday that talks failed. His comments were made on Thursday.', publishedAt: '2025-03-16', layers: {} })[0]?.kind // 'date-conflict'
 */
export function checkDates(doc: CheckInput): Finding[] {
  const sentences = sentencesOf(doc);
  const times = doc.layers.times ?? [];
  const out: Finding[] = [];
  for (const m of doc.text.matchAll(REDATE_RE)) {
    const later = { start: m.index!, end: m.index! + m[0].length };
    const s = sentenceAt(sentences, later.start);
    if (!s) continue;
    // The statement it re-dates: the nearest earlier dating within the previous six sentences of the paragraph.
    const window = sentences.filter((x) => x.index < s.index && x.index >= s.index - 6 && x.paragraph === s.paragraph);
    let first: { span: Span; day: string } | null = null;
    for (const w of window) {
      for (const f of doc.text.slice(w.start, w.end).matchAll(FIRST_DATING_RE)) {
        first = { span: { start: w.start + f.index!, end: w.start + f.index! + f[0].length }, day: f[1]! };
      }
    }
    // A statement dated in the same sentence as the re-dating, before it.
    if (!first) continue;
    const laterDay = m[1]!;
    if (laterDay.toLowerCase() === first.day.toLowerCase()) continue;
    const d1 = dateOf(first.day, first.span, times, doc.publishedAt);
    const d2 = dateOf(laterDay, later, times, doc.publishedAt);
    if (d1 && d2 && d1 === d2) continue;
    const when = (day: string, d: string | null) => (d ? `${day} (${d})` : day);
    out.push(finding('date-conflict', doc.text,
      `one statement, two dates: first dated ${when(first.day, d1)}, then said to have been made ${when(laterDay, d2)}${d1 && d2 && d2 < d1 ? ' — perhaps recorded then and aired later' : ''}`,
      [first.span, later], { actual: d2 ?? laterDay, expected: d1 ?? first.day }));
  }
  // Past events dated after publication.
  const pub = doc.publishedAt?.slice(0, 10);
  if (pub) {
    for (const e of doc.layers.events ?? []) {
      if (!e.date || !/^\d{4}-\d{2}-\d{2}/.test(e.date) || e.negated || (e.modality && e.modality !== 'asserted')) continue;
      const day = e.date.slice(0, 10);
      if (daysBetween(pub, day) <= 1) continue;
      // Only a date the text states in full: a year inferred from the publication date is the resolver's guess.
      const stated = times.some((t) => t.start < e.evidence.end && e.evidence.start < t.end && t.value.startsWith(day) && (t.stated ?? []).includes('year'));
      if (!stated) continue;
      const trigger = e.trigger?.text ?? e.evidence.text;
      if (!PAST_VERB.test(trigger) || /\b(?:will|would|plans?|expected|scheduled|due|set)\b/i.test(e.evidence.text)) continue;
      out.push(finding('date-conflict', doc.text,
        `a past event (“${trigger}”) is dated ${day}, after publication on ${pub}`,
        [e.evidence], { actual: day, expected: `on or before ${pub}` }));
    }
  }
  return out;
}
