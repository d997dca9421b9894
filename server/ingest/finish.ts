/**
 * What every document is held to once its format has read it: the length limit, a bounded title,
 * and a date from the file's name when its content gives none.
 */

import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { normaliseDate } from './dates';
import { boundedTitle, checkDocumentLength, type InputLimits } from './limits';
import type { ReadResult } from './results';

/** The document as stored: throws InputError, starting with `name`, when its text is too long. */
export function finished(document: DocumentInput, name: string, limits: InputLimits): DocumentInput {
  checkDocumentLength(document.text, name, limits);
  const named = document.date === undefined ? dateInFileName(name) : undefined;
  return { ...document, title: boundedTitle(document.title), ...(named ? { date: named, dateSource: 'file-name' as const } : {}) };
}

/** '2015-09-15-putin.txt', 'reuters_20150915.html': a date in the file's name, YYYY-MM-DD or YYYYMMDD, when it is a real day. */
export function dateInFileName(name: string): string | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const match = /(?:^|\D)(\d{4})-?(\d{2})-?(\d{2})(?:\D|$)/.exec(base);
  return match ? normaliseDate(`${match[1]}-${match[2]}-${match[3]}`) : undefined;
}

/** One part of a file (an item, a row) as a result: its finished document, or its refusal. */
export function finishedResult(document: DocumentInput, name: string, limits: InputLimits): ReadResult {
  try {
    return { source: name, document: finished(document, name, limits) };
  } catch (error) {
    if (error instanceof InputError) return { source: name, error: error.message };
    throw error;
  }
}
