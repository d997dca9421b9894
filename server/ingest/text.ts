/**
 * Plain text and Markdown → DocumentInput. The text is kept as the file has it (Markdown syntax
 * included), apart from Markdown front matter, so that mention offsets match what users see.
 */

import type { DocumentInput } from '../model/types';
import { InputError } from '../model/errors';
import { normaliseDate } from './dates';
import { titleFromName, type Origin } from './origin';

/** A .txt file: the first non-empty line is the title, the whole text is the document. */
export function plainTextToDocument(text: string, origin: Origin): DocumentInput {
  return {
    title: firstLine(text) ?? titleFromName(origin.name),
    text,
    sourcePath: origin.sourcePath,
  };
}

/**
 * A Markdown file: front matter may give title, date and outlet and is removed; otherwise the
 * title is the first non-empty line without its heading marks.
 */
export function markdownToDocument(text: string, origin: Origin): DocumentInput {
  const { fields, body } = splitFrontMatter(text);
  if (body.trim() === '') {
    throw new InputError(`${origin.name}: contains no readable text (only front matter)`);
  }
  const headingLine = firstLine(body);
  const title = fields.get('title') || (headingLine && stripHeadingMarks(headingLine)) || titleFromName(origin.name);
  const outlet = fields.get('outlet') || fields.get('publisher') || fields.get('source');
  const date = normaliseDate(fields.get('date') ?? '');
  return {
    title,
    text: body,
    sourcePath: origin.sourcePath,
    ...(outlet ? { outlet } : {}),
    ...(date ? { date } : {}),
  };
}

export interface FrontMatter {
  /** Keys in lower case, values unquoted. */
  fields: Map<string, string>;
  /** The text after the front matter and the blank lines that separate it from the body. */
  body: string;
}

/**
 * Front matter is a block between '---' lines at the very top ('...' may also close it, as in
 * YAML). A block whose lines do not read as 'key: value' is a thematic break, not front matter,
 * and the text is left whole.
 */
export function splitFrontMatter(text: string): FrontMatter {
  const match = /^---[ \t]*\n(?:([\s\S]*?)\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  const lines = (match?.[1] ?? '').split('\n');
  if (!match || !lines.every(isFrontMatterLine)) return { fields: new Map(), body: text };
  const fields = new Map<string, string>();
  for (const line of lines) {
    const field = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/.exec(line);
    const key = field?.[1]?.toLowerCase();
    const value = unquote(field?.[2] ?? '');
    if (key && value !== '' && !fields.has(key)) fields.set(key, value);
  }
  return { fields, body: text.slice(match[0].length).replace(/^(?:[ \t]*\n)+/, '') };
}

/** A key, a blank line, a comment, or a nested/continued value (indented or a '- ' list item). */
function isFrontMatterLine(line: string): boolean {
  return /^(?:[A-Za-z_][\w-]*[ \t]*:.*|[ \t]*(?:#.*)?|[ \t]+\S.*|-[ \t].*)$/.test(line);
}

/** YAML scalars: 'it''s' and "say \"hi\"" lose their quotes; a plain value loses a trailing # comment. */
function unquote(raw: string): string {
  const value = raw.trim();
  const single = /^'(.*)'$/.exec(value);
  if (single) return (single[1] ?? '').replace(/''/g, "'").trim();
  const double = /^"(.*)"$/.exec(value);
  if (double) return (double[1] ?? '').replace(/\\(["\\])/g, '$1').trim();
  // search() for one whitespace before '#', not /\s+#.*$/: that backtracks quadratically on long blank runs.
  const comment = value.search(/\s#/);
  return (comment < 0 ? value : value.slice(0, comment)).trim();
}

function firstLine(text: string): string | undefined {
  for (const line of text.split('\n')) {
    if (line.trim() !== '') return line.trim();
  }
  return undefined;
}

/** '## Putin speaks ##' → 'Putin speaks'. */
function stripHeadingMarks(line: string): string {
  return stripClosingHashes(line.replace(/^#{1,6}[ \t]+/, '')).replace(/^#{1,6}$/, '').trim();
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
