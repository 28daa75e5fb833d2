/**
 * Abbreviations that keep their period inside the token. Curated from AP style and the
 * abbreviations that appear in news text (titles, months, companies, Latin).
 * `titles` never end a sentence: "Gen. Valery Gerasimov".
 * `terminal` may end one: "… talks with the U.S. The next day …".
 */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'gen', 'lt', 'lieut', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt',
  'adm', 'cmdr', 'cdr', 'brig', 'gov', 'sen', 'rep', 'reps', 'rev', 'fr', 'msgr', 'hon', 'pres', 'amb', 'supt', 'insp',
  'st', 'ste', 'mt', 'ft', 'pt', 'no', 'nos', 'vol', 'art', 'fig', 'ex', 'vs', 'v', 'ave', 'blvd', 'rd', 'hwy', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'al', 'cf', 'op',
]);

export const TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'co', 'ltd', 'plc', 'llc', 'jr', 'sr', 'etc', 'bros', 'dept',
  // Delegate ("Del. Laura Marsh") or Delaware ("Dover, Del."), which may end a sentence
  'del',
]);

/** Words that, capitalised after an abbreviation such as "U.S.", show that a new sentence starts. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'in', 'on', 'at', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'meanwhile', 'however', 'yet', 'so',
  'his', 'her', 'its', 'their', 'our', 'my', 'some', 'many', 'most', 'no', 'not', 'one', 'both', 'all', 'what', 'who',
  'why', 'how', 'where', 'officials', 'despite', 'also', 'still', 'then', 'now', 'later', 'earlier', 'last', 'on',
]);
