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
  return /^[\p{Lu}\d.-]{2,6}$/u.test(t) ? t.replace(/\./g, '') : t.toLowerCase().replace(/\./g, '').replace(/[’]/g, "'");
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
