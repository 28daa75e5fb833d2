import type { Analysis } from '../../model/analysis.js';
import type { ArticleHit, FindingItem, PlaceSummary, SpeakerQuote, SpeakerSummary, Stats, TimelineItem } from '../../http/types.js';

async function get<T>(path: string): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`${res.status} ${(await res.json().catch(() => null))?.error ?? res.statusText}`);
  return (await res.json()) as T;
}

export const api = {
  stats: () => get<Stats>('/api/stats'),
  search: (q: string) => get<{ hits: ArticleHit[] }>(`/api/search?q=${encodeURIComponent(q)}&limit=50`),
  article: (id: string) => get<Analysis>(`/api/articles/${encodeURIComponent(id)}`),
  speakers: () => get<{ speakers: SpeakerSummary[] }>('/api/speakers'),
  speakerQuotes: (key: string) => get<{ speaker: SpeakerSummary; quotes: SpeakerQuote[] }>(`/api/speakers/${encodeURIComponent(key)}/quotes`),
  timeline: (entity: string) => get<{ items: TimelineItem[] }>(`/api/timeline${entity ? `?entity=${encodeURIComponent(entity)}` : ''}`),
  places: () => get<{ places: PlaceSummary[] }>('/api/places'),
  findings: () => get<{ findings: FindingItem[] }>('/api/findings'),
  world: () => get<{ width: number; height: number; paths: string[] }>('/world.json'),
  async analyze(text: string, date: string | null): Promise<Analysis> {
    const res = await fetch('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, date }) });
    const body = await res.json();
    if (!res.ok) throw new Error(body?.error ?? res.statusText);
    return body as Analysis;
  },
};
