import type { CorpusReader } from '../../http/types.js';
import { InputError } from '../../ingest/errors.js';

/** Opens a corpus store for the web page. (The SQLite reader arrives with the corpus store.) */
export async function openCorpusReader(path: string): Promise<CorpusReader> {
  throw new InputError('not-found', `${path}: serving a store needs the corpus store, which is not part of this build yet`);
}
