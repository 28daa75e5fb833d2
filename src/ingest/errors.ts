/** Error codes a user can see; each maps to one clear line on stderr and a non-zero exit. */
export type InputErrorCode =
  | 'not-found' | 'empty' | 'binary' | 'invalid-utf8' | 'too-large' | 'no-article' | 'bad-html'
  | 'unreachable' | 'http-status' | 'timeout' | 'refused-address' | 'too-many-redirects' | 'bad-url'
  | 'unsupported-type' | 'bad-json' | 'bad-date';

/** A problem with the input, not with dossier: reported as one line, never as a stack trace. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(readonly code: InputErrorCode, message: string) {
    super(message);
  }
}
