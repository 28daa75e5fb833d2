import { existsSync } from 'node:fs';
import { InputError } from '../ingest/errors.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import { reportError } from '../cli/exit.js';

/** Where the store is when --db is not given. */
export const DEFAULT_DB = 'dossier.db';

/** Opens an existing store for a query command; a missing file is an input error, not an empty answer. */
export function openStoreForQuery(path: string): Store {
  if (path !== ':memory:' && !existsSync(path)) throw new InputError('not-found', `${path}: no store here (build one with \`dossier ingest … --db ${path}\`)`);
  return openSqliteStore({ path, readonly: true });
}

/**
 * Checks a --since/--until value: a year, a month or a day (YYYY, YYYY-MM, YYYY-MM-DD).
 *
 * @example
 * checkDate('2025-03', '--since') // '2025-03'
 */
export function checkDate(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) throw new UsageError(`${flag} must be YYYY, YYYY-MM or YYYY-MM-DD, not "${value}"`);
  return value;
}

/** Parses --limit: a positive integer. */
export function checkLimit(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--limit must be a positive whole number, not "${value}"`);
  return n;
}

/** A wrong command line: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export interface Column<T> {
  header: string;
  get: (row: T) => string | number | null | undefined;
  /** Right-align (numbers). */
  right?: boolean;
  /** This column takes the width left over (long text); at most one. */
  flex?: boolean;
}

/**
 * Renders rows as a plain-text table fitted to `width`: fixed columns keep their natural width
 * (capped), the flexible column is cut with "…".
 *
 * @example
 * renderTable([{ n: 'Kyiv', c: 3 }], [{ header: 'name', get: (r) => r.n }, { header: 'n', get: (r) => r.c, right: true }], 80)
 */
export function renderTable<T>(rows: readonly T[], cols: readonly Column<T>[], width: number): string {
  const cells = rows.map((r) => cols.map((c) => clean(c.get(r))));
  const widths = cols.map((c, i) => Math.min(c.flex ? Infinity : 40, Math.max(c.header.length, ...cells.map((row) => row[i]!.length))));
  const flex = cols.findIndex((c) => c.flex);
  if (flex >= 0) {
    const fixed = widths.reduce((n, w, i) => (i === flex ? n : n + w), 0) + 2 * (cols.length - 1);
    widths[flex] = Math.max(cols[flex]!.header.length, Math.min(widths[flex]!, width - fixed));
  }
  const fit = (s: string, w: number, right?: boolean) => {
    const t = s.length > w ? `${s.slice(0, Math.max(0, w - 1))}…` : s;
    return right ? t.padStart(w) : t.padEnd(w);
  };
  const line = (vals: string[]) => vals.map((v, i) => fit(v, widths[i]!, cols[i]!.right)).join('  ').trimEnd();
  return [line(cols.map((c) => c.header)), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

function clean(v: string | number | null | undefined): string {
  return v == null ? '' : String(v).replace(/\s+/g, ' ').trim();
}

/** Terminal width, or a wide default when the output is not a terminal. */
export function outputWidth(): number {
  return process.stdout.isTTY ? process.stdout.columns || 100 : 160;
}

/** Prints JSON lines (one object per line: easy to stream into jq or another program). */
export function printJsonLines(rows: readonly unknown[]): void {
  process.stdout.write(rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : ''));
}

/** Runs a command body and turns its errors into exit codes (2 for usage, 1 for input, 3 for bugs). */
export async function runCommand(body: () => number | Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`dossier: ${err.message}\n`);
      return 2;
    }
    if (err instanceof Error && /SQLITE_|database|file is not a database/i.test(err.message) && !(err instanceof InputError)) {
      return reportError(new InputError('bad-json', `store: ${err.message}`));
    }
    return reportError(err);
  }
}
