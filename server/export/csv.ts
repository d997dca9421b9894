/**
 * CSV as spreadsheets expect it, written by csv-stringify: a header row, RFC 4180 quoting (a field
 * with a comma, a quote or a line break is quoted, quotes doubled), CRLF line ends, and a UTF-8
 * byte-order mark so that Excel reads non-Latin letters as UTF-8. A text cell that starts with
 * = + - @ is prefixed with an apostrophe, so that a spreadsheet shows it instead of running it as a
 * formula (text comes from uploaded documents). Numbers are written as they are.
 */
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** Records as CSV lines, each ended by CRLF; with `bom`, the byte-order mark first: the start of a file. */
export function csvLines(records: readonly (readonly Cell[])[], bom: boolean): string {
  return stringify(
    records.map((record) => [...record]),
    {
      bom,
      record_delimiter: 'windows',
      cast: { string: (value) => (FORMULA_START.test(value) ? `'${value}` : value) },
    },
  );
}

export function writeCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return csvLines([header, ...rows], true);
}
