import { ORGANIZATIONS } from './data/organizations.js';
import { slug } from './places.js';

/** A known organisation: canonical name and the kbId every article gives it. */
export interface OrgEntry {
  name: string;
  kbId: string;
}

let index: Map<string, OrgEntry> | undefined;

/** Acronyms and short forms match as written; longer names ignore case, dots and a leading "the". */
function key(s: string): string {
  const t = s.replace(/^the\s+/i, '').replace(/[’']s$/u, '').trim();
  // (British and American spellings are one name: "Organisation for Security and Co-operation" = "Organization for
  // Security and Cooperation")
  return /^[\p{Lu}\d.-]{2,6}$/u.test(t) ? t.replace(/\./g, '') : t.toLowerCase().replace(/\./g, '').replace(/[’]/g, "'")
    .replace(/isation\b/g, 'ization').replace(/\bco-op/g, 'coop').replace(/\s+/g, ' ');
}

/**
 * The known organisation a name stands for, or undefined.
 *
 * @example
 * knownOrg('the E.U.') // { name: 'European Union', kbId: 'org:european-union' }
 * knownOrg('who') // undefined: the acronym only in capitals
 */
export function knownOrg(surface: string): OrgEntry | undefined {
  if (!index) {
    index = new Map();
    for (const o of ORGANIZATIONS) {
      const e = { name: o.name, kbId: `org:${slug(o.name)}` };
      for (const n of [o.name, ...o.aliases]) if (!index.has(key(n))) index.set(key(n), e);
    }
  }
  return index.get(key(surface));
}

/**
 * The known organisation that a city acting as a state stands for, when the city is its seat in news usage.
 *
 * @example
 * orgSeatedIn('Brussels') // { name: 'European Union', kbId: 'org:european-union' }
 * orgSeatedIn('Paris') // undefined
 */
export function orgSeatedIn(city: string): OrgEntry | undefined {
  const o = ORGANIZATIONS.find((x) => x.seat === city);
  return o ? knownOrg(o.name) : undefined;
}

let inText: RegExp | undefined;

/**
 * Where known organisations whose names hold lower-case words ("Save the Children", "Doctors Without Borders",
 * "Council of Europe") stand in a text, matched case-sensitively as written. A tagger reads such names in pieces
 * ("Save" a place, "Children" another); the list is small, so one alternation scans a whole article.
 *
 * @example
 * knownOrgsIn('Staff of Save the Children left.') // [{ start: 9, end: 26, name: 'Save the Children' }]
 */
export function knownOrgsIn(text: string): Array<{ start: number; end: number; name: string }> {
  if (!inText) {
    const forms = ORGANIZATIONS.flatMap((o) => [o.name, ...o.aliases]).filter((n) => /\s\p{Ll}/u.test(n))
      .sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    inText = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  }
  const out: Array<{ start: number; end: number; name: string }> = [];
  for (const m of text.matchAll(inText)) out.push({ start: m.index!, end: m.index! + m[0].length, name: knownOrg(m[0])!.name });
  return out;
}
