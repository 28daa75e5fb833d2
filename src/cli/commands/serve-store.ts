import { existsSync } from 'node:fs';
import { storeReader } from '../../http/store-reader.js';
import type { CorpusReader } from '../../http/types.js';
import { InputError } from '../../ingest/errors.js';
import { openSqliteStore } from '../../store/sqlite.js';

/** Opens a corpus store read-only for the web page. */
export async function openCorpusReader(path: string): Promise<CorpusReader> {
  if (!existsSync(path)) throw new InputError('not-found', `${path}: no such store (build one with \`dossier ingest … --db ${path}\`)`);
  return storeReader(openSqliteStore({ path, readonly: true }));
}
