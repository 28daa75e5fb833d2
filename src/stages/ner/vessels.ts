import type { NameMention } from '../../model/layers.js';
import { VESSEL_NOUNS, VESSEL_PREFIXES } from './data/vessels.js';

const NOUN_BEFORE = new RegExp(`\\b(?:${VESSEL_NOUNS.map((n) => n.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'i');
const PREFIX = new RegExp(`^(?:${VESSEL_PREFIXES.join('|')})\\s+(?=\\p{Lu})`, 'u');
const PREFIX_BEFORE = new RegExp(`\\b(?:${VESSEL_PREFIXES.join('|')})\\s+$`, 'u');

/**
 * Ships are named like people and places ("the cruiser Moskva", "USS Gerald R. Ford") and the tagger, trained on
 * CoNLL-2003, reads them as one: a name right after a ship's kind or starting with (or right after) a naval prefix is
 * a vessel, typed MISC with its prefix inside it; every other mention with the same words in the document follows it
 * ("The Moskva was the flagship …").
 *
 * @example
 * retypeVessels('The cruiser Moskva sank.', [{ start: 12, end: 18, text: 'Moskva', type: 'PERSON' }])
 * // [{ start: 12, end: 18, text: 'Moskva', type: 'MISC' }]
 */
export function retypeVessels(text: string, names: readonly NameMention[]): NameMention[] {
  const vessels = new Set<string>();
  const ALONE = new RegExp(`^(?:${VESSEL_PREFIXES.join('|')})$`, 'u');
  const out = names.map((n) => {
    // "HMS" tagged alone before the name it prefixes ("The HMS Defender sailed"): the ship is the prefix and the name
    const after = ALONE.test(n.text) ? /^\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/u.exec(text.slice(n.end, n.end + 60)) : null;
    if (after) {
      vessels.add(after[0].trim());
      return { start: n.start, end: n.end + after[0].length, text: text.slice(n.start, n.end + after[0].length), type: 'MISC' as const };
    }
    const before = text.slice(Math.max(0, n.start - 24), n.start);
    const prefixed = PREFIX.test(n.text);
    const prefixBefore = PREFIX_BEFORE.exec(before);
    if (!prefixed && !prefixBefore && !NOUN_BEFORE.test(before)) return n;
    const start = prefixBefore ? n.start - prefixBefore[0].length : n.start;
    const words = n.text.replace(PREFIX, '');
    vessels.add(words);
    return { start, end: n.end, text: text.slice(start, n.end), type: 'MISC' as const };
  });
  if (!vessels.size) return out;
  // (a name the widened span now covers goes)
  return out.filter((n, i) => !out.some((o, j) => j !== i && o.start <= n.start && n.end <= o.end && o.end - o.start > n.end - n.start))
    .map((n) => (n.type !== 'MISC' && vessels.has(n.text) ? { ...n, type: 'MISC' as const } : n));
}
