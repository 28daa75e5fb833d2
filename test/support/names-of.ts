import type { EntityType, NameMention } from '../../src/model/layers.js';

/**
 * Hand-built names layer: every whole-word occurrence of each listed surface gets the given tagger type (longer
 * surfaces first, no overlaps), as a tagger would have written it. Shared by the entities stage's tables.
 *
 * @example
 * namesOf('Kallas said so. Kallas left.', [['Kallas', 'PERSON']]) // two mentions, 0–6 and 16–22
 */
export function namesOf(text: string, spec: Array<[string, EntityType]>): NameMention[] {
  const out: NameMention[] = [];
  for (const [s, type] of [...spec].sort((a, b) => b[0].length - a[0].length)) {
    const re = new RegExp(`(?<![\\p{L}.])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const start = m.index!, end = start + s.length;
      if (out.some((n) => n.start < end && start < n.end)) continue;
      out.push({ start, end, text: s, type });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
