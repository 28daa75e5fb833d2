import { allStatements } from '../pipeline/analysis.js';
import type { Analysis } from '../model/analysis.js';
import type { Entity } from '../model/layers.js';
import type { CorpusReader, FindingItem, PlaceSummary, SpeakerQuote, SpeakerSummary, TimelineItem } from './types.js';

const keyOf = (e: Pick<Entity, 'kbId' | 'name'> | null | undefined, fallback: string) =>
  (e?.kbId ?? `name:${(e?.name ?? fallback).toLowerCase()}`).replace(/[^\p{L}\p{N}:._-]+/gu, '-');

/**
 * A CorpusReader over Analysis objects held in memory: the reference for what each query means, used by the
 * API tests and by `dossier serve` on a handful of files. Entities merge across articles by kbId, else by name.
 *
 * @example
 * const reader = memoryReader([analyzeText({ text, publishedAt: '2025-03-16' })]);
 * reader.stats().articles // 1
 */
export function memoryReader(analyses: readonly Analysis[]): CorpusReader {
  const byId = new Map(analyses.map((a) => [a.id, a]));
  const titleOf = (a: Analysis) => a.source.title ?? null;
  const entityOf = (a: Analysis, id: string | null | undefined) => (id ? a.entities.find((e) => e.id === id) : undefined);

  const speakerMap = new Map<string, { summary: SpeakerSummary; quotes: SpeakerQuote[]; arts: Set<string> }>();
  // (a speaker's positions count with their quotes, as the store keeps them)
  for (const a of analyses) for (const q of allStatements(a)) {
    if (!q.speaker) continue;
    const e = entityOf(a, q.speaker.entity);
    const key = keyOf(e ?? { name: q.speaker.name }, q.speaker.name);
    let s = speakerMap.get(key);
    if (!s) { s = { summary: { key, name: e?.name ?? q.speaker.name, role: e?.role ?? null, quotes: 0, articles: 0 }, quotes: [], arts: new Set() }; speakerMap.set(key, s); }
    s.quotes.push({ articleId: a.id, title: titleOf(a), publishedAt: a.publishedAt, quote: q });
    s.arts.add(a.id);
    s.summary.quotes = s.quotes.length;
    s.summary.articles = s.arts.size;
  }

  return {
    stats: () => ({
      articles: analyses.length,
      entities: new Set(analyses.flatMap((a) => a.entities.map((e) => keyOf(e, e.name)))).size,
      quotes: analyses.reduce((n, a) => n + a.quotes.length + (a.positions?.length ?? 0), 0),
      events: analyses.reduce((n, a) => n + a.events.length, 0),
      findings: analyses.reduce((n, a) => n + a.findings.length, 0),
    }),
    search(query, limit) {
      const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
      if (!terms.length) return [];
      const hits = [];
      for (const a of analyses) {
        const hay = `${a.source.title ?? ''}\n${a.text}`.toLowerCase();
        if (!terms.every((t) => hay.includes(t))) continue;
        const at = Math.max(0, a.text.toLowerCase().indexOf(terms[0]!));
        hits.push({ id: a.id, title: titleOf(a), publishedAt: a.publishedAt, snippet: a.text.slice(Math.max(0, at - 60), at + 140).replace(/\s+/g, ' ') });
        if (hits.length >= limit) break;
      }
      return hits;
    },
    article: (id) => byId.get(id) ?? null,
    speakers: (limit) => [...speakerMap.values()].map((s) => s.summary).sort((x, y) => y.quotes - x.quotes).slice(0, limit),
    speakerQuotes(key, limit) {
      const s = speakerMap.get(key);
      return s ? { speaker: s.summary, quotes: s.quotes.slice(0, limit) } : null;
    },
    timeline(entity, limit) {
      const items: TimelineItem[] = [];
      const want = entity?.toLowerCase() ?? null;
      for (const a of analyses) {
        for (const t of a.times) {
          if (!t.value || /^P|_REF$/.test(t.value)) continue;
          const sent = a.sentences.find((s) => s.start <= t.start && t.end <= s.end);
          const context = sent ? a.text.slice(sent.start, sent.end) : t.text;
          if (want) {
            const names = a.entities.filter((e) => e.name.toLowerCase().includes(want) || e.aliases.some((x) => x.toLowerCase().includes(want)));
            if (!names.some((e) => e.mentions.some((m) => sent && m.start >= sent.start && m.end <= sent.end))) continue;
          }
          items.push({ articleId: a.id, title: titleOf(a), value: t.value, text: t.text, context, start: t.start, end: t.end });
        }
      }
      return items.sort((x, y) => x.value.localeCompare(y.value)).slice(0, limit);
    },
    places(limit) {
      const m = new Map<string, PlaceSummary & { ids: Set<string> }>();
      for (const a of analyses) for (const e of a.entities) {
        if (!e.geo || !['GPE', 'LOC', 'FAC'].includes(e.type)) continue;
        const key = keyOf(e, e.name);
        let p = m.get(key);
        if (!p) { p = { key, name: e.name, country: e.country ?? null, lat: e.geo.lat, lon: e.geo.lon, mentions: 0, articles: [], ids: new Set() }; m.set(key, p); }
        p.mentions += e.mentions.length;
        if (!p.ids.has(a.id)) { p.ids.add(a.id); p.articles.push({ id: a.id, title: titleOf(a) }); }
      }
      return [...m.values()].sort((x, y) => y.mentions - x.mentions).slice(0, limit).map(({ ids: _ids, ...p }) => p);
    },
    findings(limit) {
      const out: FindingItem[] = [];
      for (const a of analyses) for (const f of a.findings) out.push({ articleId: a.id, title: titleOf(a), finding: f });
      return out.slice(0, limit);
    },
  };
}
