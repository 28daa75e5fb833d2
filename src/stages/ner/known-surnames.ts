import type { NameMention } from '../../model/layers.js';
import { PEOPLE } from '../entities/data/people.js';
import type { TaggerInput } from './features.js';

/** Verbs of saying right after a speaker's surname ("Peskov told", "Kallas said"). */
const SPEECH_AFTER = /^(?:said|says|told|tells|added|adds|wrote|writes|warned|warns|claimed|claims|insisted|insists|stressed|stresses|noted|notes|argued|argues|asked|asks|replied|replies|stated|states|announced|announces|declared|declares|urged|urges|denied|denies|accused|accuses|tweeted|posted)$/;
/** Honorifics before a surname ("Mr Peskov"). */
const HONORIFIC_BEFORE = /^(?:Mr|Mrs|Ms|Mr\.|Mrs\.|Ms\.|Dr|Dr\.)$/;

let index: Map<string, number> | undefined;

/** Surnames of the curated people (last word of the name, one-word variants), with how many people bear each. */
function surnameCounts(): Map<string, number> {
  if (index) return index;
  index = new Map();
  for (const p of PEOPLE) {
    const own = new Set([p.name, ...p.variants].map((n) => n.split(/\s+/).pop()!).filter((s) => /^\p{Lu}\p{Ll}{3,}/u.test(s)));
    for (const s of own) index.set(s, (index.get(s) ?? 0) + 1);
  }
  return index;
}

/**
 * A bare surname of a well-known person of the curated list, where the tagger missed it, is a person when it speaks
 * or is addressed as one: right before a verb of saying ("Peskov told reporters …") or after an honorific ("Mr
 * Peskov"). Only surnames one listed person bears, standing alone, and never seen in lower case in
 * the document. Articles usually name such people in full first; briefs, headlines and quoted wire copy often do not.
 *
 * @example
 * addKnownSurnames({ text: 'Peskov told reporters.', tokens }, []) // [{ start: 0, end: 6, text: 'Peskov', type: 'PERSON' }]
 */
export function addKnownSurnames(input: TaggerInput, names: readonly NameMention[]): NameMention[] {
  const { text, tokens } = input;
  const counts = surnameCounts();
  const word = (i: number) => { const t = tokens[i]; return t ? text.slice(t.start, t.end) : ''; };
  const added: NameMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = word(i);
    // (a surname namesakes of the knowledge base share is still a person — "Kallas" is Kaja or Siim: the entities
    // stage chooses between them by role and date, src/stages/entities/namesakes.ts)
    if (counts.get(w) !== 1) continue;
    const t = tokens[i]!;
    if (names.some((n) => n.start < t.end && t.start < n.end)) continue;
    // (standing alone: a capitalised neighbour would make a longer name the tagger should have read)
    const prev = word(i - 1), next = word(i + 1);
    const honorific = HONORIFIC_BEFORE.test(prev);
    if (!honorific && /^\p{Lu}/u.test(prev) && tokens[i - 1]!.sentence === t.sentence && !/^(?:The|A|An)$/.test(prev) && ctxStart(tokens, i) !== i - 1) continue;
    if (/^\p{Lu}/u.test(next) && tokens[i + 1]!.sentence === t.sentence) continue;
    if (!honorific && !SPEECH_AFTER.test(next)) continue;
    if (new RegExp(`(?<!\\p{L})${w.toLowerCase()}(?!\\p{L})`, 'u').test(text)) continue;
    added.push({ start: t.start, end: t.end, text: w, type: 'PERSON' });
  }
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : [...names];
}

/** Index of the first token of the sentence of token `i`. */
function ctxStart(tokens: TaggerInput['tokens'], i: number): number {
  let k = i;
  while (k > 0 && tokens[k - 1]!.sentence === tokens[i]!.sentence) k--;
  return k;
}
