/** Coarse tense of the clause around a time expression, enough to pick "last Saturday" or "next Saturday". */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

const FUTURE = new Set(['will', "'ll", 'shall', "won't", 'wo', 'would', "'d", 'tomorrow', 'upcoming', 'scheduled', 'plans', 'plan',
  'expects', 'expected', 'due', 'intends', 'going']);
const PRESENT = new Set(['is', 'are', 'am', "'s", "'re", 'remains', 'remain']);
const PAST_IRREGULAR = new Set(['was', 'were', 'had', 'did', 'said', 'told', 'made', 'met', 'went', 'came', 'took', 'gave', 'saw',
  'began', 'began', 'fell', 'rose', 'left', 'held', 'led', 'brought', 'sent', 'spoke', 'wrote', 'won', 'lost', 'paid',
  'found', 'thought', 'felt', 'kept', 'got', 'struck', 'shot', 'hit', 'killed', 'fled', 'sought', 'became', 'ran',
  'stood', 'broke', 'bought', 'sold', 'built', 'drew', 'flew', 'grew', 'knew', 'threw', 'chose', 'rode', 'spent',
  'ago', 'yesterday', 'last', 'earlier', 'previously']);

const WORD = /[A-Za-z']+/g;

/**
 * Guesses the tense of the words around `[start, end)` inside `[from, to)`: the tense cue nearest the
 * expression wins; "will/would/scheduled/expected" make future, "is/are" present, past verbs (said, -ed) past.
 * No cue gives 'unknown' (callers decide: a weekday then reads as past, a month as the nearest).
 *
 * @example
 * tenseAround('Talks will resume on Monday.', 19, 25, 0, 28) // 'future'
 */
export function tenseAround(text: string, start: number, end: number, from: number, to: number): Tense {
  // "called a snap vote for June 2": a date something is set for is its own time, whatever the tense of the
  // setting; no tense (the nearest such date) reads it right both before and after the event
  if (/\b(?:elections?|votes?|polls?|referendum|summit|talks|meeting|hearing|trial|ballot|run-?off|inauguration|session|deadline)\s+for\s+(?:the\s+)?$/i.test(text.slice(Math.max(from, start - 40), start))) return 'unknown';
  const lo = Math.max(from, start - 120);
  const hi = Math.min(to, end + 80);
  let best: { dist: number; tense: Tense } | null = null;
  const consider = (word: string, at: number): void => {
    const w = word.toLowerCase();
    let t: Tense | null = null;
    if (FUTURE.has(w)) t = 'future';
    // "are to hold a vote Sunday": be + to is a plan
    else if (PRESENT.has(w) && /^\s+to\s/.test(text.slice(at + w.length, at + w.length + 4))) t = 'future';
    else if (PAST_IRREGULAR.has(w) || (/[a-z]{2,}ed$/.test(w) && w !== 'need' && w !== 'speed' && w !== 'red' && !attributive(text, at))) t = 'past';
    else if (PRESENT.has(w)) t = 'present';
    if (!t) return;
    // cues after the expression count a little less: "said on Friday" reads the verb before it
    const dist = at < start ? start - at : (at - end) * 1.5 + 1;
    if (!best || dist < best.dist) best = { dist, tense: t };
  };
  WORD.lastIndex = 0;
  const slice = text.slice(lo, hi);
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice))) {
    const at = lo + m.index;
    if (at >= start && at < end) continue;
    consider(m[0], at);
    if (m[0].endsWith("'ll")) consider("'ll", at);
  }
  return (best as { tense: Tense } | null)?.tense ?? 'unknown';
}

/** "a hastily organized referendum", "the planned vote": a participle after an article (and an adverb) is an adjective. */
function attributive(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 30), at);
  return /\b(?:a|an|the)\s+(?:\w+ly\s+)?$/i.test(before);
}
