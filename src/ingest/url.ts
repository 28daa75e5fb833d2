import { InputError } from './errors.js';

export interface FetchOptions {
  maxBytes: number;
  allowPrivate: boolean;
  timeoutMs: number;
  maxRedirects: number;
}

export interface FetchedPage {
  body: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

/** Fetches an http(s) URL with guards. (Being written: see issue 2.) */
export async function fetchUrl(url: string, _opts: FetchOptions): Promise<FetchedPage> {
  throw new InputError('unreachable', `${url}: URL input is not supported yet`);
}
