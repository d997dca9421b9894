/**
 * A text file's own metadata: title, outlet, date, URL and author, from YAML-like front matter, from a
 * header block of 'Key: value' lines, or from a news dateline. Front matter and a header block are
 * removed from the text (they are not the article, and should not become mentions); a dateline
 * opens the article's first sentence and stays. The text that remains is what is stored and
 * extracted, so that mention offsets count from its first character.
 */

import type { DateSource } from '#model/types';
import { normaliseDate } from './dates';
import { MAX_AUTHOR_CHARS, MAX_OUTLET_CHARS, MAX_URL_CHARS } from './limits';

export interface TextMetadata {
  title?: string;
  outlet?: string;
  /** YYYY-MM-DD; a date that does not normalise (no year, or ambiguous) is left out. */
  date?: string;
  /** Where the date was read. */
  dateSource?: DateSource;
  /** An http or https address. */
  url?: string;
  author?: string;
}

export interface MetadataAndBody {
  metadata: TextMetadata;
  /** The text without its front matter or header block; the whole text when it had neither. */
  body: string;
}

export interface FrontMatter {
  /** Keys in lower case, values unquoted. */
  fields: Map<string, string>;
  /** The text after the front matter and the blank lines that separate it from the body. */
  body: string;
}

/** The keys each field is read from, the first present winning. */
const FIELD_KEYS = {
  title: ['title', 'headline'],
  outlet: ['outlet', 'publisher', 'publication', 'source'],
  date: ['date', 'published'],
  url: ['url', 'link'],
  author: ['author', 'authors', 'byline', 'by'],
} as const;

const KNOWN_KEYS: ReadonlySet<string> = new Set(Object.values(FIELD_KEYS).flat());

/**
 * The metadata of a .txt or .md file and the text that remains; front matter wins over a header
 * block, both over a dateline, and a dateline over a line of the text that is a date alone.
 */
export function readTextMetadata(text: string): MetadataAndBody {
  const frontMatter = splitFrontMatter(text);
  // An empty front matter block is still one: it is removed, and no header block follows it.
  const isFrontMatter = frontMatter.body !== text;
  const { fields, body } = isFrontMatter ? frontMatter : splitHeaderBlock(text);
  const metadata = metadataOf(fields);
  if (metadata.date !== undefined) metadata.dateSource = isFrontMatter ? 'front-matter' : 'header';
  const dateline = readDateline(body);
  if (metadata.outlet === undefined && dateline.outlet !== undefined) metadata.outlet = dateline.outlet;
  if (metadata.date === undefined && dateline.date !== undefined) Object.assign(metadata, { date: dateline.date, dateSource: 'dateline' });
  const dateLine = metadata.date === undefined ? readDateLine(body) : undefined;
  if (dateLine !== undefined) Object.assign(metadata, { date: dateLine, dateSource: 'text' });
  return { metadata, body };
}

/**
 * A date written alone on one of the first lines, as news pages copied to text show it under the
 * headline ('15 September 2015', 'Published: Tuesday, 15 September 2015 10:02'); a date that could
 * be read two ways ('05/06/2015') is not guessed.
 */
function readDateLine(text: string): string | undefined {
  const lines = text
    .slice(0, 10_000)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, DATELINE_LINES + 1);
  for (const line of lines) {
    if (line.length > 80) continue;
    const date = normaliseDate(line.replace(/^(?:published|updated|posted|first published)(?:\s+on)?\s*:?\s*/i, ''));
    if (date !== undefined) return date;
  }
  return undefined;
}

/** Fields by key → the metadata, each value checked: dates normalised, only web addresses kept. */
function metadataOf(fields: ReadonlyMap<string, string>): TextMetadata {
  const pick = (keys: readonly string[]): string | undefined => keys.map((key) => fields.get(key)).find((value) => value);
  const metadata: TextMetadata = {};
  const title = pick(FIELD_KEYS.title);
  const outlet = pick(FIELD_KEYS.outlet);
  const date = normaliseDate(pick(FIELD_KEYS.date) ?? '');
  const url = pick(FIELD_KEYS.url);
  if (title) metadata.title = title;
  if (outlet && outlet.length <= MAX_OUTLET_CHARS) metadata.outlet = outlet;
  if (date) metadata.date = date;
  const address = webAddress(url);
  if (address) metadata.url = address;
  const author = authorNames([pick(FIELD_KEYS.author)]);
  if (author) metadata.author = author;
  return metadata;
}

/**
 * The authors as one line ('Jane Doe, John Roe'): each name trimmed of a leading 'By', repeats
 * dropped, addresses and empty values skipped; nothing when the line would be too long for a byline.
 */
export function authorNames(values: readonly (string | undefined)[]): string | undefined {
  const names = values
    .map((value) =>
      (value ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^by\s*:?\s+/i, ''),
    )
    .filter((name) => name !== '' && !/^(?:https?:|mailto:)|@/i.test(name));
  const line = [...new Set(names)].join(', ');
  return line !== '' && line.length <= MAX_AUTHOR_CHARS ? line : undefined;
}

/** The value when it is an http or https address of sane length: other schemes are not links to an article. */
export function webAddress(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && trimmed.length <= MAX_URL_CHARS && /^https?:\/\/\S+$/i.test(trimmed) ? trimmed : undefined;
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
  return { fields, body: withoutLeadingBlankLines(text.slice(match[0].length)) };
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

/** 'Title: …', 'Source: …': one line of a header block. Only the known keys, so that prose ('Note: …') stays text. */
const HEADER_LINE = /^[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(\S.*)$/;

/**
 * A header block: the leading lines (after blank ones) that are each a known 'Key: value', up to
 * the first line that is not one. Text without such a line is left whole.
 */
export function splitHeaderBlock(text: string): FrontMatter {
  const fields = new Map<string, string>();
  const lines = text.split('\n');
  let at = 0;
  while (at < lines.length && lines[at].trim() === '') at += 1;
  const start = at;
  for (; at < lines.length; at += 1) {
    const field = HEADER_LINE.exec(lines[at]);
    const key = field?.[1]?.toLowerCase();
    if (!field || !key || !KNOWN_KEYS.has(key)) break;
    if (!fields.has(key)) fields.set(key, (field[2] ?? '').trim());
  }
  if (at === start) return { fields, body: text };
  return { fields, body: withoutLeadingBlankLines(lines.slice(at).join('\n')) };
}

/**
 * 'MOSCOW, Sept 30 (Reuters) - ' or 'LONDON (AP) — ': a place in capitals, perhaps a date, the
 * agency in brackets and a dash. Bounded repeats, and only the opening of the first line is read.
 */
const DATELINE =
  /^[ \t]*[A-Z][A-Z.'’/-]{1,30}(?:[ \t]+[A-Z][A-Z.'’/-]{0,30}){0,4}(?:[ \t]*,[ \t]*([^()\n]{1,40}?))?[ \t]*\(([A-Z][A-Za-z&.'’ -]{0,40}?)\)[ \t]*[-–—]/;

/** A dateline opens the article's first paragraph, after a headline and perhaps a byline. */
const DATELINE_LINES = 3;

/** The outlet and date of a dateline opening one of the first non-empty lines; the text is not changed. */
export function readDateline(text: string): Pick<TextMetadata, 'outlet' | 'date'> {
  const lines = text
    .slice(0, 10_000)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, DATELINE_LINES);
  for (const line of lines) {
    const match = DATELINE.exec(line.slice(0, 200));
    const outlet = match?.[2]?.trim();
    if (!match || !outlet) continue;
    const date = normaliseDate(match[1] ?? '');
    return date ? { outlet, date } : { outlet };
  }
  return {};
}

function withoutLeadingBlankLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '');
}
