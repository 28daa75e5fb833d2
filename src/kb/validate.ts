import type { KnowledgeBase } from './kb.js';

/** One problem found in the knowledge base data. */
export interface KbProblem {
  /** Where: an office, person or event id, with the term index when it is about a term. */
  at: string;
  message: string;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const PRECISIONS = new Set(['day', 'month', 'year']);
const ROLES = new Set(['head-of-state', 'head-of-government', 'foreign-minister', 'defence-minister', 'secretary-general']);

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]!;
}

/**
 * Checks the knowledge base: ids unique and well formed, dates real and ordered, no overlapping terms in
 * single-holder offices, every term's holder known, every office and event with a source.
 *
 * @example
 * validateKb(loadKb()) // [] when the data is sound
 */
export function validateKb(kb: KnowledgeBase): KbProblem[] {
  const problems: KbProblem[] = [];
  const seen = new Set<string>();
  const unique = (id: string, what: string) => {
    if (seen.has(id)) problems.push({ at: id, message: `duplicate ${what} id` });
    seen.add(id);
  };
  const people = new Set<string>();
  for (const p of kb.people) {
    unique(p.id, 'person');
    people.add(p.id);
    if (!/^person:[a-z0-9]+(?:-[a-z0-9]+)*$/.test(p.id)) problems.push({ at: p.id, message: 'person id must be person:<slug>' });
    if (!p.name?.trim()) problems.push({ at: p.id, message: 'person has no name' });
    if (!Array.isArray(p.aliases)) problems.push({ at: p.id, message: 'aliases must be a list' });
  }
  const used = new Set<string>();
  for (const o of kb.offices) {
    unique(o.id, 'office');
    if (!ROLES.has(o.role)) problems.push({ at: o.id, message: `unknown role "${o.role}"` });
    if (!/^(country:[A-Z]{2}|org:[a-z0-9-]+)$/.test(o.jurisdiction)) problems.push({ at: o.id, message: `jurisdiction "${o.jurisdiction}" must be country:XX or org:<slug>` });
    if (!o.source?.trim()) problems.push({ at: o.id, message: 'office has no source' });
    if (!o.title?.trim()) problems.push({ at: o.id, message: 'office has no title' });
    if (o.coveredFrom !== undefined && !isIsoDate(o.coveredFrom)) problems.push({ at: o.id, message: `coveredFrom "${o.coveredFrom}" is not an ISO date` });
    o.terms.forEach((t, i) => {
      const at = `${o.id}#${i + 1}`;
      used.add(t.person);
      if (!people.has(t.person)) problems.push({ at, message: `unknown person "${t.person}"` });
      if (!isIsoDate(t.start)) problems.push({ at, message: `start "${t.start}" is not an ISO date` });
      if (t.end !== null && !isIsoDate(t.end)) problems.push({ at, message: `end "${t.end}" is not an ISO date` });
      if (isIsoDate(t.start) && isIsoDate(t.end) && t.end <= t.start) problems.push({ at, message: `ends (${t.end}) before it starts (${t.start})` });
      if (!PRECISIONS.has(t.precision)) problems.push({ at, message: `precision "${t.precision}" must be day, month or year` });
    });
    if (o.singleHolder) {
      const sorted = o.terms.filter((t) => isIsoDate(t.start)).sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < sorted.length; i++) {
        const prev = sorted[i - 1]!;
        const cur = sorted[i]!;
        if (prev.end === null || prev.end > cur.start) {
          problems.push({ at: o.id, message: `terms overlap: ${prev.person} (${prev.start}–${prev.end ?? 'present'}) and ${cur.person} (from ${cur.start})` });
        }
      }
    }
  }
  for (const p of kb.people) if (!used.has(p.id)) problems.push({ at: p.id, message: 'person holds no office in the knowledge base' });
  for (const e of kb.events) {
    unique(e.id, 'event');
    if (!/^event:[a-z0-9-]+$/.test(e.id)) problems.push({ at: e.id, message: 'event id must be event:<slug>' });
    if (!isIsoDate(e.start)) problems.push({ at: e.id, message: `start "${e.start}" is not an ISO date` });
    if (e.end !== undefined && !isIsoDate(e.end)) problems.push({ at: e.id, message: `end "${e.end}" is not an ISO date` });
    if (isIsoDate(e.end) && e.end < e.start) problems.push({ at: e.id, message: 'ends before it starts' });
    if (!e.source?.trim()) problems.push({ at: e.id, message: 'event has no source' });
    if (!PRECISIONS.has(e.precision)) problems.push({ at: e.id, message: `precision "${e.precision}" must be day, month or year` });
    if (e.partOf && !kb.events.some((x) => x.id === e.partOf)) problems.push({ at: e.id, message: `partOf "${e.partOf}" is not an event` });
  }
  return problems;
}
