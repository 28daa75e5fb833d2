import { lookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress } from './address.js';
import { formatBytes } from './decode.js';
import { InputError } from './errors.js';

export interface FetchOptions {
  maxBytes: number;
  /** Allow hosts that resolve to loopback, private, link-local or unique-local addresses. */
  allowPrivate: boolean;
  /** Deadline for the whole fetch, redirects included. */
  timeoutMs: number;
  maxRedirects: number;
}

export interface FetchedPage {
  body: Uint8Array;
  contentType: string | null;
  finalUrl: string;
}

/**
 * Fetches an http(s) URL with guards: every hop's host is resolved (all IPv4 and IPv6 addresses) and refused
 * when any address is not public unless `allowPrivate`; the connection is pinned to the checked addresses so
 * a second DNS answer cannot swap them; redirects are followed by hand up to `maxRedirects`; the body is
 * streamed and abandoned past `maxBytes`; one deadline covers everything. Failures are InputErrors with codes
 * 'bad-url', 'refused-address', 'unreachable', 'timeout', 'http-status', 'too-many-redirects', 'too-large'.
 *
 * @example
 * const page = await fetchUrl('https://example.org/news/a.html', { maxBytes: 10_000_000, allowPrivate: false, timeoutMs: 15_000, maxRedirects: 5 });
 * page.contentType // 'text/html; charset=utf-8'
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    let current = parseHttpUrl(url, url);
    for (let hop = 0; ; hop++) {
      const addresses = await resolveChecked(current, opts.allowPrivate, url, controller.signal);
      const res = await get(current, addresses, controller.signal, url, opts.timeoutMs);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= opts.maxRedirects) throw new InputError('too-many-redirects', `${url}: more than ${opts.maxRedirects} redirects`);
        current = parseHttpUrl(new URL(res.headers.location, current).href, url);
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new InputError('http-status', `${url}: the server answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
      }
      const body = await readBody(res, opts.maxBytes, url, controller.signal, opts.timeoutMs);
      return { body, contentType: res.headers['content-type'] ?? null, finalUrl: current.href };
    }
  } finally {
    clearTimeout(timer);
  }
}

function parseHttpUrl(href: string, label: string): URL {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    throw new InputError('bad-url', `${label}: not a valid URL`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new InputError('bad-url', `${label}: only http and https URLs can be read (got ${u.protocol})`);
  if (u.username || u.password) throw new InputError('bad-url', `${label}: URLs with credentials are not accepted`);
  return u;
}

/** All addresses of a URL's host, each checked; an IP literal is checked as is. */
async function resolveChecked(u: URL, allowPrivate: boolean, label: string, signal: AbortSignal): Promise<LookupAddress[]> {
  const host = u.hostname.replace(/^\[|\]$/g, '');
  let addresses: LookupAddress[];
  if (isIP(host)) addresses = [{ address: host, family: isIP(host) }];
  else {
    addresses = await new Promise<LookupAddress[]>((resolve, reject) => {
      lookup(host, { all: true, verbatim: true }, (err, list) => {
        if (signal.aborted) reject(timeoutError(label));
        else if (err || !list.length) reject(new InputError('unreachable', `${label}: cannot resolve host ${host}${err?.code ? ` (${err.code})` : ''}`));
        else resolve(list);
      });
    });
  }
  if (!allowPrivate) {
    const bad = addresses.find((a) => isPrivateAddress(a.address));
    if (bad) {
      throw new InputError('refused-address', `${label}: ${host === bad.address ? host : `${host} resolves to ${bad.address}, which`} is a loopback or private network address (use --allow-private to read it)`);
    }
  }
  return addresses;
}

function timeoutError(label: string): InputError {
  return new InputError('timeout', `${label}: no complete answer within the time limit`);
}

/** One GET, connecting only to the already-checked addresses. */
function get(u: URL, addresses: LookupAddress[], signal: AbortSignal, label: string, timeoutMs: number): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) { reject(timeoutError(label)); return; }
    const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = request(u, {
      method: 'GET',
      signal,
      headers: { 'user-agent': 'dossier/0.1 (+news analysis)', accept: 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5', 'accept-encoding': 'identity' },
      // Pinned: the socket connects to an address we checked, whatever DNS says now.
      lookup: (_host: string, options: { all?: boolean }, cb: (...args: unknown[]) => void) => {
        if (options?.all) cb(null, addresses);
        else cb(null, addresses[0]!.address, addresses[0]!.family);
      },
      timeout: timeoutMs,
    } as Parameters<typeof httpRequest>[1]);
    req.on('response', resolve);
    req.on('timeout', () => req.destroy(timeoutError(label)));
    req.on('error', (err: NodeJS.ErrnoException) => reject(networkError(err, label, signal)));
    req.end();
  });
}

function networkError(err: NodeJS.ErrnoException, label: string, signal: AbortSignal): InputError {
  if (err instanceof InputError) return err;
  if (signal.aborted || err.name === 'AbortError') return timeoutError(label);
  return new InputError('unreachable', `${label}: cannot connect${err.code ? ` (${err.code})` : `: ${err.message}`}`);
}

/** Reads a response body, abandoning it as soon as it passes `maxBytes`. */
function readBody(res: IncomingMessage, maxBytes: number, label: string, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    return Promise.reject(new InputError('too-large', `${label}: ${formatBytes(declared)} is larger than the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    let settled = false;
    // Reject first, then destroy: destroying emits 'aborted'/'error' synchronously with vaguer reasons.
    const fail = (err: InputError) => {
      if (settled) return;
      settled = true;
      reject(err);
      res.destroy();
    };
    res.setTimeout(timeoutMs, () => fail(timeoutError(label)));
    res.on('data', (chunk: Buffer) => {
      n += chunk.length;
      if (n > maxBytes) fail(new InputError('too-large', `${label}: more than the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`));
      else chunks.push(chunk);
    });
    res.on('end', () => { if (!settled) { settled = true; resolve(Buffer.concat(chunks)); } });
    res.on('error', (err: NodeJS.ErrnoException) => fail(networkError(err, label, signal)));
    res.on('aborted', () => fail(signal.aborted ? timeoutError(label) : new InputError('unreachable', `${label}: the connection closed before the page was complete`)));
  });
}
