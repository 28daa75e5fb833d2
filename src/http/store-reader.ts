import type { Quote, SpeechAct } from '../model/layers.js';
import type { EntityRow, Store } from '../store/store.js';
import type { CorpusReader, SpeakerSummary } from './types.js';

/**
 * The web page's view of a corpus store. Speakers are corpus entities with quotes; a speaker's key is the store's
 * entity key, and their quotes are the store's quotes for that entity.
 *
 * @example
 * createApp({ corpus: storeReader(openSqliteStore({ path: 'dossier.db', readonly: true })) })
 */
export function storeReader(store: Store): CorpusReader {
  const toSpeaker = (e: EntityRow): SpeakerSummary => ({ key: e.key, name: e.name, role: e.role, quotes: e.quotes, articles: e.articles });
  const speakerRows = (limit: number) => store.entities({ limit: Math.max(limit * 4, 500) }).filter((e) => e.quotes > 0).sort((a, b) => b.quotes - a.quotes);
  return {
    stats() {
      const s = store.stats();
      return { articles: s.articles, entities: s.entities, quotes: s.quotes, events: s.events, findings: s.findings };
    },
    search: (query, limit) => store.search(query, { limit }).map((h) => ({ id: h.id, title: h.title, publishedAt: h.publishedAt, snippet: h.snippet })),
    article: (id) => store.article(id),
    speakers: (limit) => speakerRows(limit).slice(0, limit).map(toSpeaker),
    speakerQuotes(key, limit) {
      const row = store.entities({ key, limit: 1 }).find((e) => e.key === key);
      if (!row) return null;
      const quotes = store.quotes({ speaker: row.name, limit: limit * 2 }).filter((q) => !q.speakerKey || q.speakerKey === key).slice(0, limit);
      return {
        speaker: toSpeaker(row),
        quotes: quotes.map((q) => ({
          articleId: q.articleId, title: q.title, publishedAt: q.publishedAt,
          quote: { id: '', start: q.start, end: q.end, text: q.text, kind: q.kind as Quote['kind'], ...(q.act ? { act: q.act as SpeechAct } : {}), speaker: q.speaker ? { entity: q.speakerKey, name: q.speaker } : null, cue: q.cue, cueSpan: null, channel: q.channel, date: q.saidOn },
        })),
      };
    },
    timeline: (entity, limit) => store.timeline({ ...(entity ? { entity } : {}), limit })
      .filter((t) => t.value && !/^P|_REF$/.test(t.value))
      .map((t) => ({ articleId: t.articleId, title: t.title, value: t.value, text: t.text, context: t.context, start: t.start, end: t.end })),
    places(limit) {
      const rows = ['GPE', 'LOC', 'FAC'].flatMap((type) => store.entities({ type, limit }));
      return rows.filter((e) => e.lat !== null && e.lon !== null).sort((a, b) => b.mentions - a.mentions).slice(0, limit)
        .map((e) => ({ key: e.key, name: e.name, country: e.country, lat: e.lat!, lon: e.lon!, mentions: e.mentions, articles: [] }));
    },
    findings: (limit) => store.findings({ limit }).map((f) => ({ articleId: f.articleId, title: f.title, finding: f.finding })),
  };
}
