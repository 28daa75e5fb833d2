import type { Entity } from '../model/layers.js';

/**
 * Normalises a name for matching across articles: diacritics and punctuation dropped, case folded,
 * a leading "the" removed, possessive 's dropped.
 *
 * @example
 * normalizeName("The Kremlin's") // 'kremlin'
 * normalizeName('Volodymyr Zelenskyy') // 'volodymyr zelenskyy'
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * The key that merges article entities into one corpus entity: the knowledge-base id when the
 * article linked one, else type and normalised name.
 *
 * @example
 * entityKey({ name: 'Sergei Lavrov', type: 'PERSON' }) // 'PERSON:sergei lavrov'
 * entityKey({ name: 'Ukraine', type: 'GPE', kbId: 'country:UA' }) // 'kb:country:UA'
 */
export function entityKey(e: Pick<Entity, 'name' | 'type' | 'kbId'>): string {
  return e.kbId ? `kb:${e.kbId}` : `${e.type}:${normalizeName(e.name)}`;
}
