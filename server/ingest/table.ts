/**
 * Tables of articles → one document per row: CSV (parsed by csv-parse) and JSON Lines. Columns or
 * fields are mapped by name (title, text, date, outlet, url, author, and their usual synonyms), and the
 * mapping is given back as a note, so that the user sees which column became what.
 */

import { parse } from 'csv-parse/sync';
import type { DocumentInput } from '#model/types';
import { InputError } from '#model/errors';
import { normaliseDate } from './dates';
import { decodeText } from './decode';
import { finishedResult } from './finish';
import { MAX_DOCUMENTS_PER_FILE, MAX_OUTLET_CHARS } from './limits';
import { authorNames, webAddress } from './metadata';
import type { FileDocuments, FileInput, ReadResult } from './results';

type Field = 'title' | 'text' | 'date' | 'outlet' | 'url' | 'author';

/** The names each field is read from, in order of preference, compared in lower case without spaces, '_' or '-'. */
const FIELD_NAMES: Readonly<Record<Field, readonly string[]>> = {
  title: ['title', 'headline', 'heading', 'subject'],
  text: ['text', 'body', 'content', 'articletext', 'fulltext', 'maintext', 'article', 'description', 'summary'],
  date: ['date', 'published', 'publishedat', 'publicationdate', 'pubdate', 'publishdate', 'datepublished', 'datetime', 'created'],
  outlet: ['outlet', 'source', 'publisher', 'publication', 'sitename', 'site', 'media'],
  url: ['url', 'link', 'href', 'permalink', 'address'],
  author: ['author', 'authors', 'byline', 'by', 'writer', 'creator'],
};

const FIELDS = Object.keys(FIELD_NAMES) as Field[];

/** A row: its values by the column's own name. */
type Row = Readonly<Record<string, unknown>>;

/** Which column each field is read from. */
export type ColumnMapping = Partial<Record<Field, string>>;

/** A row with its number in the file (a CSV's data row, a JSON Lines file's line) and how its columns are read. */
interface NumberedRow {
  values: Row;
  number: number;
  mapping: ColumnMapping;
  columns: readonly string[];
}

export async function readCsv(file: FileInput): Promise<FileDocuments> {
  const text = decodeText(file.bytes, file.name);
  let rows: Row[];
  try {
    rows = parse(text, { columns: true, skip_empty_lines: true, to: MAX_DOCUMENTS_PER_FILE + 1, max_record_size: file.limits.maxDocumentChars * 4 });
  } catch (error) {
    throw new InputError(`${file.name}: is not a CSV table that can be read (${error instanceof Error ? error.message : String(error)})`);
  }
  const columns = rows.length === 0 ? [] : Object.keys(rows[0]);
  const mapping = mapColumns(columns);
  return documentsOfRows(
    rows.map((values, index) => ({ values, number: index + 1, mapping, columns })),
    file,
    'row',
  );
}

/** JSON Lines: one object a line, each mapped by its own fields (a line's number names it). */
export async function readJsonLines(file: FileInput): Promise<FileDocuments> {
  const lines = decodeText(file.bytes, file.name).split('\n');
  const rows: NumberedRow[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    if (rows.length === MAX_DOCUMENTS_PER_FILE) return tooMany(file, 'line');
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${file.name}: line ${index + 1} is not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${file.name}: line ${index + 1} is not a JSON object`);
    const columns = Object.keys(value);
    rows.push({ values: Object.fromEntries(Object.entries(value)), number: index + 1, mapping: mapColumns(columns), columns });
  }
  return documentsOfRows(rows, file, 'line');
}

/** For each field, the first of the columns whose name is one of the field's names. */
export function mapColumns(columns: readonly string[]): ColumnMapping {
  const key = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');
  const mapping: ColumnMapping = {};
  for (const field of FIELDS) {
    const column = FIELD_NAMES[field].map((name) => columns.find((candidate) => key(candidate) === name)).find((found) => found !== undefined);
    if (column !== undefined) mapping[field] = column;
  }
  return mapping;
}

/** 'articles.csv: columns headline → title, body → text (not read: id, tags)'. */
export function describeMapping(name: string, mapping: ColumnMapping, columns: readonly string[]): string {
  const used = FIELDS.flatMap((field) => (mapping[field] === undefined ? [] : [`${mapping[field]} → ${field}`]));
  const unused = columns.filter((column) => !Object.values(mapping).includes(column));
  return `${name}: columns ${used.join(', ')}${unused.length > 0 ? ` (not read: ${unused.join(', ')})` : ''}`;
}

function documentsOfRows(rows: readonly NumberedRow[], file: FileInput, unit: 'row' | 'line'): FileDocuments {
  if (rows.length === 0) throw new InputError(`${file.name}: holds no ${unit}s`);
  if (rows.length > MAX_DOCUMENTS_PER_FILE) return tooMany(file, unit);
  if (rows.every((row) => row.mapping.text === undefined)) {
    const columns = [...new Set(rows.flatMap((row) => row.columns))];
    throw new InputError(`${file.name}: has no column of text (one named ${FIELD_NAMES.text.join(', ')}); its columns are ${columns.join(', ')}`);
  }
  const results = rows.map((row): ReadResult => rowDocument(row, file, `${file.name} ${unit} ${row.number}`));
  // Rows mapped alike are described once: a CSV has one mapping, JSON Lines one for each set of fields.
  const notes = [...new Set(rows.map((row) => describeMapping(file.name, row.mapping, row.columns)))];
  return { results, notes };
}

function tooMany(file: FileInput, unit: 'row' | 'line'): never {
  throw new InputError(`${file.name}: holds more than ${MAX_DOCUMENTS_PER_FILE} ${unit}s, more than a file may; split it`);
}

function rowDocument({ values, number, mapping }: NumberedRow, file: FileInput, name: string): ReadResult {
  const value = (field: Field): string => {
    const column = mapping[field];
    const raw = column === undefined ? undefined : values[column];
    return typeof raw === 'string' ? raw.trim() : typeof raw === 'number' ? String(raw) : '';
  };
  const text = value('text').replace(/\r\n?/g, '\n');
  if (text === '') return { source: name, error: `${name}: has no text${mapping.text === undefined ? '' : ` (column ${mapping.text})`}` };
  const date = normaliseDate(value('date'));
  const outlet = value('outlet');
  const url = webAddress(value('url'));
  const author = authorNames([value('author')]);
  const document: DocumentInput = {
    title: value('title') || text.split('\n')[0].slice(0, 200),
    text,
    sourcePath: `${file.sourcePath}#${number}`,
    ...(outlet && outlet.length <= MAX_OUTLET_CHARS ? { outlet } : {}),
    ...(date ? { date, dateSource: 'meta' as const } : {}),
    ...(url ? { url } : {}),
    ...(author ? { author } : {}),
  };
  return finishedResult(document, name, file.limits);
}
