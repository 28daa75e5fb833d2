import type { Analysis } from '../model/analysis.js';
import type { Finding, Quote } from '../model/layers.js';

/** JSON shapes of the HTTP API, shared by the server and the web page (documented in src/http/openapi.ts). */
export interface ArticleHit { id: string; title: string | null; publishedAt: string | null; snippet: string }
export interface SpeakerSummary { key: string; name: string; role: string | null; quotes: number; articles: number }
export interface SpeakerQuote { articleId: string; title: string | null; publishedAt: string | null; quote: Quote }
export interface TimelineItem { articleId: string; title: string | null; value: string; text: string; context: string; start: number; end: number }
export interface PlaceSummary { key: string; name: string; country: string | null; lat: number; lon: number; mentions: number; articles: Array<{ id: string; title: string | null }> }
export interface FindingItem { articleId: string; title: string | null; finding: Finding }
export interface Stats { articles: number; entities: number; quotes: number; events: number; findings: number }

/**
 * What the web page reads from a corpus. The SQLite store implements it through an adapter
 * (src/http/store-reader.ts); tests use an in-memory implementation over Analysis objects.
 */
export interface CorpusReader {
  stats(): Stats;
  search(query: string, limit: number): ArticleHit[];
  article(id: string): Analysis | null;
  speakers(limit: number): SpeakerSummary[];
  speakerQuotes(key: string, limit: number): { speaker: SpeakerSummary; quotes: SpeakerQuote[] } | null;
  timeline(entity: string | null, limit: number): TimelineItem[];
  places(limit: number): PlaceSummary[];
  findings(limit: number): FindingItem[];
}
