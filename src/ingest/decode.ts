import { InputError } from './errors.js';

/** Largest input accepted by default (bytes). News articles are kilobytes; this stops runaway files. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Decodes bytes to text: honours a UTF-8 or UTF-16 byte-order mark, otherwise requires valid UTF-8.
 * Rejects empty, binary and over-large input with an InputError naming `label`.
 *
 * @example
 * decodeBytes(Buffer.from('Hello'), 'a.txt').text // 'Hello'
 */
export function decodeBytes(bytes: Uint8Array, label: string, maxBytes = DEFAULT_MAX_BYTES): { text: string; encoding: string } {
  if (bytes.length > maxBytes) {
    throw new InputError('too-large', `${label}: ${formatBytes(bytes.length)} is larger than the ${formatBytes(maxBytes)} limit (raise it with --max-bytes)`);
  }
  let encoding = 'utf-8';
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) body = bytes.subarray(3);
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) { encoding = 'utf-16le'; body = bytes.subarray(2); }
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) { encoding = 'utf-16be'; body = bytes.subarray(2); }
  if (encoding === 'utf-8' && looksBinary(body)) throw new InputError('binary', `${label}: this looks like a binary file, not text or HTML`);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    throw new InputError('invalid-utf8', `${label}: not valid ${encoding.toUpperCase()}${at >= 0 ? ` (bad byte at offset ${at})` : ''}; convert it to UTF-8 first`);
  }
  if (!text.trim()) throw new InputError('empty', `${label}: the input is empty`);
  return { text: normalizeNewlines(text), encoding };
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
