import type { Doc } from '../../model/doc.js';
import type { Sentence, TimeExpression } from '../../model/layers.js';
import type { Span } from '../../model/span.js';
import type { Stage } from '../../pipeline/stage.js';
import { parseAll } from './parsers.js';
import type { Candidate } from './reading.js';
import { refine } from './refiners.js';
import { formatDay, isoWeekday, parseDay, resolve, resolveRangeEnd, type Day, type Resolved } from './resolve.js';
import { WEEKDAYS, WEEKDAY_RE } from './data/lexicon.js';
import { tenseAround } from './tense.js';

export { timeFor } from './link.js';

/** Options of the time extractor. */
export interface TimeOptions {
  /** Publication date (ISO); relative expressions resolve against it. Null: they stay unresolved. */
  publishedAt: string | null;
  /** Sentences, for the tense around an expression; the whole text is one sentence when absent. */
  sentences?: readonly Sentence[];
  /** The article's dateline: a fully stated date in it anchors relative expressions when publishedAt is null. */
  dateline?: Span | null;
}

/** Explicit calendar values that later "a year earlier" / "the quarter" refer back to. */
const REFERENCE_VALUE = /^\d{4}(?:-Q\d|-H\d|-\d\d(?:-\d\d)?)?$/;

function sentenceOf(sentences: readonly Sentence[], at: number, hint: number): number {
  let i = Math.max(0, Math.min(hint, sentences.length - 1));
  while (i < sentences.length - 1 && sentences[i]!.end <= at) i++;
  while (i > 0 && sentences[i]!.start > at) i--;
  return i;
}

function datelineAnchor(candidates: readonly Candidate[], dateline: Span | null | undefined): Day | null {
  if (!dateline) return null;
  for (const c of candidates) {
    if (c.start < dateline.start || c.end > dateline.end) continue;
    const r = c.reading;
    if (r.kind === 'point' && r.year !== undefined && r.month !== undefined && r.day !== undefined) return { y: r.year, m: r.month, d: r.day };
  }
  return null;
}

const WEEKDAY_FIRST = new RegExp(`^(${WEEKDAY_RE}),?\\s`, 'i');

/** Paragraphs at an article's start where a stated date is the day of the news (lead, photo caption, dateline line). */
const LEAD_PARAGRAPHS = 3;

/**
 * With no publication date and no dated dateline, the latest full date written with its weekday in the first
 * paragraphs anchors the rest: wire copy and photo captions state the day of the news that way ("… in Mariupol,
 * Friday, May 9, 2014"), so a later bare "Friday" or "last month" is read against it. A date without its weekday
 * is as often history ("On June 22, 1941, …") and anchors nothing; nor do dates more than a week apart.
 */
function leadAnchor(text: string, candidates: readonly Candidate[], sentences: readonly Sentence[]): Day | null {
  const firstPara = sentences[0]?.paragraph ?? 0;
  const days: Day[] = [];
  let si = 0;
  for (const c of candidates) {
    si = sentenceOf(sentences, c.start, si);
    if (sentences[si]!.paragraph - firstPara >= LEAD_PARAGRAPHS) break;
    const r = c.reading;
    if (r.kind !== 'point' || r.year === undefined || r.month === undefined || r.day === undefined) continue;
    const day = { y: r.year, m: r.month, d: r.day };
    // the weekday as written must be that date's
    const wd = WEEKDAY_FIRST.exec(text.slice(c.start, c.end));
    if (wd && WEEKDAYS[wd[1]!.toLowerCase()] === isoWeekday(day)) days.push(day);
  }
  if (days.length === 0) return null;
  const serial = (d: Day) => Date.UTC(d.y, d.m - 1, d.d) / 86_400_000;
  const latest = days.reduce((a, b) => (serial(b) > serial(a) ? b : a));
  return days.every((d) => serial(latest) - serial(d) <= 7) ? latest : null;
}

/**
 * Finds and normalises every time expression of a text: parsers propose candidates, refiners choose and merge
 * them, the normaliser resolves each against the publication date (and the tense around it), keeping what the
 * text states apart from what was inferred.
 *
 * @example
 * extractTimes('Russia launched drones on Saturday night.', { publishedAt: '2025-03-16' })
 * // [{ text: 'Saturday night', value: '2025-03-15TNI', type: 'TIME', inferred: ['year','month','day'], … }]
 */
export function extractTimes(text: string, options: TimeOptions): TimeExpression[] {
  const candidates = refine(parseAll(text), text);
  let anchor = parseDay(options.publishedAt);
  let anchorNote = '';
  const sentences = options.sentences && options.sentences.length ? options.sentences : [{ start: 0, end: text.length, index: 0, paragraph: 0 }];
  if (!anchor) {
    anchor = datelineAnchor(candidates, options.dateline);
    if (anchor) anchorNote = ` (anchor: dateline date ${formatDay(anchor)})`;
  }
  if (!anchor) {
    anchor = leadAnchor(text, candidates, sentences);
    if (anchor) anchorNote = ` (anchor: ${formatDay(anchor)}, the date stated at the article's start)`;
  }
  const out: TimeExpression[] = [];
  let reference: string | null = null;
  let si = 0;
  for (const c of candidates) {
    si = sentenceOf(sentences, c.start, si);
    const s = sentences[si]!;
    const needsTense = c.reading.kind === 'point' || (c.reading.kind === 'relative' && c.reading.unit === 'WE');
    const tense = needsTense ? tenseAround(text, c.start, c.end, s.start, s.end) : 'past';
    // the second end of a range is read from the first ("Monday to Wednesday", "Dec. 30-Jan. 2")
    const last = out[out.length - 1];
    const r: Resolved = (c.rangeEnd && last ? resolveRangeEnd(c.reading, last.value) : null) ?? resolve(c.reading, { anchor, tense, reference });
    const item: TimeExpression = {
      start: c.start, end: c.end, text: text.slice(c.start, c.end), type: r.type, value: r.value,
      stated: r.stated, inferred: r.inferred, note: r.note + (r.inferred.length ? anchorNote : ''),
    };
    out.push(item);
    const rd = c.reading;
    if (REFERENCE_VALUE.test(r.value) && r.type === 'DATE' && (rd.kind === 'point' ? rd.weekday === undefined : rd.kind === 'relative' && rd.unit !== 'D' && rd.unit !== 'W')) {
      reference = r.value;
    }
  }
  return out;
}

/**
 * Pipeline stage: the `times` layer.
 *
 * @example
 * createPipeline({ stages: [segmentStage, timeStage] }).run(doc).layers.times
 */
export const timeStage: Stage<'tokens' | 'sentences', 'times'> = {
  name: 'time',
  requires: ['tokens', 'sentences'],
  uses: ['dateline'],
  produces: ['times'],
  run(doc: Doc & { layers: { sentences: Sentence[] } }, ctx) {
    return {
      times: extractTimes(doc.text, {
        publishedAt: doc.publishedAt ?? ctx.options.defaultDate ?? null,
        sentences: doc.layers.sentences,
        dateline: doc.layers.dateline ?? null,
      }),
    };
  },
};
