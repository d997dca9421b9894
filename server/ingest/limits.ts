/**
 * The bounds every input is held to, whichever way it comes in (a file, an upload, posted text):
 * a document's length in characters, a title's length, and well-formed Unicode. Longer titles are cut, longer
 * documents refused, so that one input cannot hold the extractor or the explorer for minutes.
 */

import { InputError } from '#model/errors';
import type { DocumentInput } from '#model/types';

/** The default of `PLEXUS_MAX_DOCUMENT_CHARS`: about 160,000 words, far beyond any news article. */
export const DEFAULT_MAX_DOCUMENT_CHARS = 1_000_000;

/** Titles longer than this are cut (and posted titles refused): a title is a line, not a text. */
export const MAX_TITLE_CHARS = 500;

/** An outlet's name is short; a longer value is not taken for one (and a posted one is refused). */
export const MAX_OUTLET_CHARS = 200;
/** An author's name, or several joined: longer is not a byline but text taken for one. */
export const MAX_AUTHOR_CHARS = 200;

/** Longer than any real web address; a longer value is not taken for one. */
export const MAX_URL_CHARS = 2000;

export interface InputLimits {
  /** The longest document text accepted, in characters (UTF-16 code units, as JavaScript counts them). */
  maxDocumentChars: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxDocumentChars: DEFAULT_MAX_DOCUMENT_CHARS };

/** Throws InputError, starting with `name`, when `text` is longer than the limit. */
export function checkDocumentLength(text: string, name: string, limits: InputLimits): void {
  if (text.length > limits.maxDocumentChars) {
    throw new InputError(`${name}: is too long (${text.length} characters; the limit is ${limits.maxDocumentChars}, set by PLEXUS_MAX_DOCUMENT_CHARS)`);
  }
}

/** The title cut to MAX_TITLE_CHARS with an ellipsis, never in the middle of a surrogate pair. */
export function boundedTitle(title: string): string {
  if (title.length <= MAX_TITLE_CHARS) return title;
  let cut = title.slice(0, MAX_TITLE_CHARS - 1);
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

/** Half of a surrogate pair without the other: JSON's '\\ud800' escape can make one, UTF-8 cannot hold it. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * False when the text holds a lone surrogate. SQLite would store it as U+FFFD (three characters
 * on reading back), so every offset after it would point elsewhere: such text is refused.
 */
export function isWellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/**
 * Whether a document holds a NUL character in its text or any field: PostgreSQL's text cannot store
 * one (libpq would cut the value there), so no store takes it, and the stores agree.
 */
export function holdsNul(input: DocumentInput): boolean {
  return anyNul(input);
}

const anyNul = (value: unknown): boolean =>
  typeof value === 'string' ? value.includes('\u0000') : typeof value === 'object' && value !== null && Object.values(value).some(anyNul);

/** The most documents one file (a feed, a table) may hold; a larger one is refused, not cut. */
export const MAX_DOCUMENTS_PER_FILE = 10_000;
