import { TITLE_MODIFIERS, TITLES } from './data/lexicon.js';

/**
 * Styles of nobility and capitalised role words, as British and Commonwealth news writes them.
 *
 * A peer is named by the style and the title of the peerage, not by a given name: "Baroness Scotland" (Patricia
 * Scotland), "Lord Falconer", "Lady Hale", "Lord Ahmad of Wimbledon", "the Earl of Wessex". There the style is part
 * of the name: without it "Scotland" is a country and "Hale" a town. A knight's style goes with the given name
 * ("Sir Keir Starmer", "Sir Keir"), so "Sir" and "Dame" stay honorifics to strip. Source: Debrett's forms of
 * address and the BBC News style guide (peers, titles).
 */

/** Peerage styles, lower case: the word before a peer's title that stays in the name. */
export const PEER_STYLES: ReadonlySet<string> = new Set([
  'lord', 'lady', 'baron', 'baroness', 'earl', 'countess', 'viscount', 'viscountess', 'marquess', 'marquis', 'marchioness',
  'duke', 'duchess', 'prince', 'princess',
]);

/** The gender a peerage style tells. */
export const PEER_GENDER: Readonly<Record<string, 'm' | 'f'>> = Object.freeze({
  lord: 'm', baron: 'm', earl: 'm', viscount: 'm', marquess: 'm', marquis: 'm', duke: 'm', prince: 'm',
  lady: 'f', baroness: 'f', countess: 'f', viscountess: 'f', marchioness: 'f', duchess: 'f', princess: 'f',
});

/** Styles that name a person only as "STYLE of PLACE" ("the Earl of Wessex"): never before a bare surname. */
export const TERRITORIAL_STYLES: ReadonlySet<string> = new Set(['earl', 'countess', 'viscount', 'viscountess', 'marquess', 'marquis', 'marchioness', 'duke', 'duchess', 'prince', 'princess']);

/**
 * Words that make "Lord X" or "Lady X" an office or a thing, not a peer: "Lord Chancellor", "Lord Mayor", "Lord Chief
 * Justice", "Lady Justice Hale" (a judge's office before her name), "Lord Of the Rings" written in Title Case.
 */
export const OFFICE_AFTER_STYLE = /^(?:Chancellor|Mayor|Chief|Justice|Advocate|Provost|President|Speaker|Chamberlain|Lieutenant|Privy|Protector|High|Commissioner|Steward|Warden|Admiral|Bishop|Rector|Judge|Mayoress|Of|Mayor's|Chancellor's)$/;

/**
 * The person name of a peer, the style kept: the words after the style when they are one word ("Baroness
 * Scotland") or a title of a place ("Lord Ahmad of Wimbledon", "Earl of Wessex"). Null for any other name, where the
 * style is an honorific to strip ("Lord Alan Sugar" names Alan Sugar) or no style stands first.
 *
 * @example
 * peerName(['Baroness', 'Scotland']) // ['Baroness', 'Scotland']
 * peerName(['Lord', 'Ahmad', 'of', 'Wimbledon']) // ['Lord', 'Ahmad', 'of', 'Wimbledon']
 * peerName(['Sir', 'Keir', 'Starmer']) // null
 */
export function peerName(words: readonly string[]): string[] | null {
  const style = words[0]?.toLowerCase();
  if (!style || !PEER_STYLES.has(style) || !/^\p{Lu}/u.test(words[0]!) || words.length < 2) return null;
  if (OFFICE_AFTER_STYLE.test(words[1]!) && words[1] !== 'Of') return null;
  const rest = words.slice(1);
  // "Earl of Wessex": a territorial title alone
  if (rest[0] === 'of') return rest.length >= 2 && rest.slice(1).every(isCapWord) ? [...words] : null;
  if (TERRITORIAL_STYLES.has(style)) return null;
  if (!isCapWord(rest[0]!)) return null;
  // "Lord Ahmad of Wimbledon", "Lord Kinnock of Bedwellty"
  if (rest.length === 1 || (rest[1] === 'of' && rest.length >= 3 && rest.slice(2).every(isCapWord))) return [...words];
  return null;
}

/**
 * The word a peer's name is matched on beside other forms of it: the name before "of" ("Lord Kinnock of
 * Bedwellty" → Kinnock), else the last word; a territorial title alone ("Earl of Wessex") has none.
 *
 * @example
 * peerSurname(['Lord', 'Kinnock', 'of', 'Bedwellty']) // 'Kinnock'
 * peerSurname(['Earl', 'of', 'Wessex']) // null
 */
export function peerSurname(words: readonly string[]): string | null {
  const of = words.indexOf('of');
  if (of === 1) return null;
  return of > 1 ? words[of - 1]! : words[words.length - 1]!;
}

const isCapWord = (w: string) => /^\p{Lu}[\p{L}’'-]*$/u.test(w);

/**
 * Whether a capitalised phrase is an office written as a common noun: title modifiers ("Deputy", "Vice", "Acting",
 * "Chief", "Senior", "Assistant") and then a title of the lexicon ("Head", "Chief Executive", "Secretary-General").
 * After "the" or a possessive such a phrase describes a person ("the Deputy Head said") and names nobody.
 *
 * @example
 * isRolePhrase('Deputy Head') // true
 * isRolePhrase('Chief Executive') // true
 * isRolePhrase('Anna Smith') // false
 */
export function isRolePhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().replace(/\s*([-‐])\s*/g, '$1').replace(/\.$/, '').split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (TITLES[words.slice(i).join(' ')]) return true;
    if (!ROLE_PHRASE_MODIFIERS.has(words[i]!)) return false;
  }
  return false;
}

/** Modifiers that may open a capitalised office ("Deputy Head", "Vice Chancellor", "Assistant Chief Constable"). */
const ROLE_PHRASE_MODIFIERS: ReadonlySet<string> = new Set([...TITLE_MODIFIERS, 'vice', 'assistant', 'joint', 'associate']);
