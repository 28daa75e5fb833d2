import { InputError } from '../ingest/errors.js';

/** Exit codes, documented in the README and in `dossier --help`. */
export const EXIT = {
  ok: 0,
  /** The input could not be read or analysed (empty, binary, invalid UTF-8, too large, unreachable …). */
  input: 1,
  /** The command line was wrong. */
  usage: 2,
  /** A bug in dossier: please report it. */
  internal: 3,
} as const;

/** Prints one clear line for an error and returns the exit code to use. Stack traces only with DOSSIER_DEBUG=1. */
export function reportError(err: unknown): number {
  if (err instanceof InputError) {
    process.stderr.write(`dossier: ${err.message}\n`);
    return EXIT.input;
  }
  const e = err as Error;
  process.stderr.write(`dossier: internal error: ${e?.message ?? String(err)}${process.env.DOSSIER_DEBUG ? `\n${e?.stack ?? ''}` : ' (set DOSSIER_DEBUG=1 for details)'}\n`);
  return EXIT.internal;
}
