import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { declaredCharset, decodeBytes } from './decode.js';
import { InputError } from './errors.js';

const b = (...bytes: number[]) => Uint8Array.from(bytes);
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe('decodeBytes', () => {
  const ok: [string, Uint8Array, string | null, string, string][] = [
    ['plain UTF-8', utf8('Kyiv — “yes”'), null, 'Kyiv — “yes”', 'utf-8'],
    ['UTF-8 BOM dropped', b(0xef, 0xbb, 0xbf, 0x41), null, 'A', 'utf-8'],
    ['UTF-16LE BOM', b(0xff, 0xfe, 0x41, 0x00, 0x42, 0x00), null, 'AB', 'utf-16le'],
    ['UTF-16BE BOM', b(0xfe, 0xff, 0x00, 0x41), null, 'A', 'utf-16be'],
    ['CRLF normalised', utf8('a\r\nb\rc'), null, 'a\nb\nc', 'utf-8'],
    ['declared latin-1', b(0x63, 0x61, 0x66, 0xe9), 'ISO-8859-1', 'café', 'windows-1252'],
    ['declared windows-1252 curly quotes', b(0x93, 0x68, 0x69, 0x94), 'windows-1252', '“hi”', 'windows-1252'],
    ['declared utf-8', utf8('é'), '"UTF-8"', 'é', 'utf-8'],
    ['BOM beats a declared charset', b(0xef, 0xbb, 0xbf, 0xc3, 0xa9), 'latin1', 'é', 'utf-8'],
  ];
  for (const [name, bytes, charset, text, encoding] of ok) {
    it(name, () => assert.deepEqual(decodeBytes(bytes, 'x', undefined, charset), { text, encoding }));
  }

  const bad: [string, Uint8Array, string, RegExp, number?, string?][] = [
    ['empty', b(), 'empty', /x: the input is empty$/],
    ['whitespace only', utf8(' \n\t \n'), 'empty', /only whitespace/],
    ['NUL bytes', b(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), 'binary', /binary/],
    ['invalid UTF-8', b(0x41, 0x42, 0xc3, 0x28), 'invalid-utf8', /bad byte at offset 2/],
    ['truncated sequence', b(0x41, 0xe2, 0x80), 'invalid-utf8', /offset 1/],
    ['too large', utf8('abcdef'), 'too-large', /larger than/, 3],
    ['unknown charset', utf8('abc'), 'unsupported-type', /unknown character encoding/, undefined, 'x-klingon'],
  ];
  for (const [name, bytes, code, msg, max, charset] of bad) {
    it(`rejects ${name}`, () => assert.throws(() => decodeBytes(bytes, 'x', max, charset), (e: unknown) => e instanceof InputError && e.code === code && msg.test(e.message)));
  }
});

describe('declaredCharset', () => {
  const table: [string | null, string, string | null][] = [
    ['text/html; charset=ISO-8859-1', '', 'ISO-8859-1'],
    ['text/html; charset="utf-8"', '', 'utf-8'],
    ['text/html', '<!doctype html><html><head><meta charset="windows-1252">', 'windows-1252'],
    [null, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'iso-8859-1'],
    [null, 'plain text that mentions charset=utf-8', null],
    ['text/plain', 'no html here', null],
  ];
  for (const [ct, body, want] of table) it(`${ct} / ${body.slice(0, 30)}`, () => assert.equal(declaredCharset(ct, utf8(body)), want));
});
