import { InputError } from './errors.js';

/** Largest input accepted by default (bytes). News articles are kilobytes; this stops runaway files. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Decodes bytes to text. A byte-order mark wins (UTF-8, UTF-16); then a declared `charset` (from a
 * Content-Type header or an HTML meta tag: latin-1 and windows-1252 read as windows-1252, as browsers do,
 * and any other label TextDecoder knows); otherwise the bytes must be valid UTF-8, and invalid UTF-8 is
 * reported with the offset of the first bad byte. Rejects empty, binary and over-large input with an
 * InputError naming `label`.
 *
 * @example
 * decodeBytes(Buffer.from('Hello'), 'a.txt').text // 'Hello'
 * decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'a.txt', undefined, 'iso-8859-1').text // 'café'
 */
export function decodeBytes(bytes: Uint8Array, label: string, maxBytes = DEFAULT_MAX_BYTES, charset?: string | null): { text: string; encoding: string } {
  if (bytes.length > maxBytes) {
    throw new InputError('too-large', `${label}: ${formatBytes(bytes.length)} is larger than the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
  }
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) { encoding = 'utf-16le'; body = bytes.subarray(2); }
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) { encoding = 'utf-16be'; body = bytes.subarray(2); }
  else if (charset) encoding = declaredEncoding(charset, label);
  if (!encoding.startsWith('utf-16') && looksBinary(body)) throw new InputError('binary', `${label}: this looks like a binary file, not text or HTML`);
  let text: string;
  try {
    text = encoding === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    const at = encoding === 'utf-8' ? firstInvalidUtf8(body) : -1;
    throw new InputError('invalid-utf8', `${label}: not valid ${encoding.toUpperCase()}${at >= 0 ? ` (bad byte at offset ${at})` : ''}; convert it to UTF-8 first`);
  }
  if (!text.trim()) throw new InputError('empty', `${label}: the input is empty${bytes.length ? ' (only whitespace)' : ''}`);
  return { text: normalizeNewlines(text), encoding };
}

/** A declared charset label → the TextDecoder encoding to use (WHATWG: latin-1 means windows-1252). */
function declaredEncoding(charset: string, label: string): string {
  const c = charset.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(c)) return 'utf-8';
  if (/^(?:iso[-_]?8859[-_]?1|latin-?1|l1|windows-1252|cp1252|us-ascii|ascii|iso-ir-100)$/.test(c)) return 'windows-1252';
  try {
    return new TextDecoder(c).encoding;
  } catch {
    throw new InputError('unsupported-type', `${label}: unknown character encoding "${charset}"`);
  }
}

/** Bytes 0x80–0x9F of windows-1252 (Node 20's TextDecoder decodes them as latin-1 C1 controls). */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}

/**
 * The charset a Content-Type header or an HTML document declares, or null.
 * Looks at `charset=` in the header, else `<meta charset>` / `<meta http-equiv="content-type">` in the first 2 KB.
 *
 * @example
 * declaredCharset('text/html; charset=ISO-8859-1', new Uint8Array()) // 'ISO-8859-1'
 */
export function declaredCharset(contentType: string | null | undefined, bytes: Uint8Array): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? '');
  if (fromHeader) return fromHeader[1]!;
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  if (!/<(?:!doctype|html|head|meta)/i.test(head)) return null;
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return meta ? meta[1]! : null;
}

/** CRLF and CR become LF, so offsets mean the same on every platform. */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** NUL bytes, or many control characters in the first 8 KB, mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += len;
  }
  return -1;
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}
