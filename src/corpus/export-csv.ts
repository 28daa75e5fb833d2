import type { Analysis } from '../model/analysis.js';

/** Columns of the event CSV: one event a line, with its article and evidence. */
export const eventCsvHeader = [
  'article_id', 'published_at', 'source', 'title', 'event_id', 'type', 'mode', 'actor', 'target', 'place', 'date',
  'negated', 'quantities', 'evidence', 'evidence_start', 'evidence_end',
] as const;

/**
 * The events of an analysis as CSV rows (cells as strings), in the order of eventCsvHeader.
 *
 * @example
 * eventCsvRows(analysis).map(csvLine).join('')
 */
export function eventCsvRows(a: Analysis): string[][] {
  return a.events.map((e) => [
    a.id, a.publishedAt ?? '', a.source.siteName ?? '', a.source.title ?? '', e.id, e.type, e.mode ?? '', e.actor?.name ?? '',
    e.target?.name ?? '', e.locations?.map((l) => l.name).join('; ') ?? '', e.date ?? '', e.negated ? 'true' : 'false',
    e.quantities.map((q) => `${q.value} ${q.unit} ${q.role}`.trim()).join('; '), e.evidence.text, String(e.evidence.start), String(e.evidence.end),
  ]);
}

/**
 * One RFC 4180 CSV line: cells with commas, quotes or line breaks are quoted; CRLF ends the line.
 *
 * @example
 * csvLine(['a', 'b,c', 'say "hi"']) // 'a,"b,c","say ""hi"""\r\n'
 */
export function csvLine(cells: readonly string[]): string {
  return cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',') + '\r\n';
}
