import * as z from 'zod/mini';

/** Characters of a record id at the most. */
export const RECORD_ID_MAX_CHARS = 200;

/** True unless the text holds a lone UTF-16 surrogate (which no encoder or link can carry). */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}
// With the u flag a proper pair is one code point, so only lone halves match.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** An id that can go into a link: no lone surrogates, no control characters, not too long. */
export const recordId = z.string().check(
  z.minLength(1),
  z.maxLength(RECORD_ID_MAX_CHARS),
  z.refine((s) => isWellFormed(s) && !/[\u0000-\u001f\u007f]/.test(s)),
);
