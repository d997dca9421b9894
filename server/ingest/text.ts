/**
 * Plain text and Markdown → DocumentInput. The text is kept as the file has it (Markdown syntax
 * included), apart from the front matter or header block its metadata is read from (./metadata),
 * so that mention offsets match the stored text that users see.
 */

import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { readTextMetadata } from './metadata';
import { titleFromName, type Origin } from './origin';

/** A .txt file: metadata as readTextMetadata finds it, else the first non-empty line is the title. */
export function plainTextToDocument(text: string, origin: Origin): DocumentInput {
  return textToDocument(text, origin, (line) => line);
}

/** A Markdown file: as a .txt file, but a heading line loses its '#' marks to become the title. */
export function markdownToDocument(text: string, origin: Origin): DocumentInput {
  return textToDocument(text, origin, stripHeadingMarks);
}

/** The one way both formats read metadata, title and text; `titleOf` makes the first line a title. */
function textToDocument(text: string, origin: Origin, titleOf: (line: string) => string): DocumentInput {
  const { metadata, body } = readTextMetadata(text);
  if (body.trim() === '') {
    throw new InputError(`${origin.name}: contains no readable text (only front matter or header lines)`);
  }
  const headingLine = firstLine(body);
  const title = metadata.title || (headingLine && titleOf(headingLine)) || titleFromName(origin.name);
  return {
    title,
    text: body,
    sourcePath: origin.sourcePath,
    ...(metadata.outlet ? { outlet: metadata.outlet } : {}),
    ...(metadata.date ? { date: metadata.date, dateSource: metadata.dateSource } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
    ...(metadata.author ? { author: metadata.author } : {}),
  };
}

function firstLine(text: string): string | undefined {
  for (const line of text.split('\n')) {
    if (line.trim() !== '') return line.trim();
  }
  return undefined;
}

/** '## Putin speaks ##' → 'Putin speaks'. */
function stripHeadingMarks(line: string): string {
  return stripClosingHashes(line.replace(/^#{1,6}[ \t]+/, ''))
    .replace(/^#{1,6}$/, '')
    .trim();
}

/**
 * 'Putin speaks ##' → 'Putin speaks': closing hashes after a space or tab. Scanned from the end
 * by hand, because /[ \t]+#+$/ takes quadratic time on a line with a long run of spaces.
 */
function stripClosingHashes(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] === '#') end -= 1;
  const hashes = end < line.length;
  return hashes && end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t') ? line.slice(0, end).trimEnd() : line;
}
