/**
 * What the store's parts share: the engine they write their SQL for, and a query's scope of
 * documents (one, those of a period, or all) written as SQL. The SQL is written once for both
 * engines (SQLite and PostgreSQL); what differs is in the engine's dialect.
 */
import type { CooccurrenceWindow } from '#model/types';
import type { SqlEngine } from './engine';

/** The engine, as each part of the store takes it. */
export type Sql = SqlEngine;

/** A count of the rows where `condition` holds (SQLite sums truth values; PostgreSQL does not). */
/**
 * A new row's id as SQLite gives an INTEGER PRIMARY KEY one: one more than the largest, so that a
 * store emptied and filled again numbers its rows as before on both engines.
 */
export const NEXT_ID = (table: string) => `SELECT coalesce(max(id), 0) + 1 FROM ${table}`;

export const countWhere = (condition: string) => `sum(CASE WHEN ${condition} THEN 1 ELSE 0 END)`;

/** The column of a mention's co-occurrence window: its sentence, its paragraph, or one window per document. */
export const UNIT_COLUMN: Record<CooccurrenceWindow, string> = { sentence: 'sentence', paragraph: 'paragraph', document: '0' };

/** Which documents a query reads: one, those dated within [from, to] (undated ones left out), or all. */
export interface DocumentScope {
  doc?: number;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

/** The scope as SQL on a column of document ids: 'AND …' (or '') and its named parameters. */
export function scopeSql(scope: DocumentScope, column = 'doc_id'): { where: string; params: Record<string, string | number> } {
  const conditions: string[] = [];
  const params: Record<string, string | number> = {};
  if (scope.doc !== undefined) {
    conditions.push(`${column} = @doc`);
    params['doc'] = scope.doc;
  }
  if (scope.from !== undefined || scope.to !== undefined) {
    const dated = [scope.from === undefined ? '' : 'date >= @from', scope.to === undefined ? '' : 'date <= @to'].filter(Boolean).join(' AND ');
    conditions.push(`${column} IN (SELECT id FROM documents WHERE ${dated})`);
    if (scope.from !== undefined) params['from'] = scope.from;
    if (scope.to !== undefined) params['to'] = scope.to;
  }
  return { where: conditions.map((c) => `AND ${c}`).join(' '), params };
}

/** Whether a scope leaves any document out. */
export function isScoped(scope: DocumentScope): boolean {
  return scope.doc !== undefined || scope.from !== undefined || scope.to !== undefined;
}

/** Documents newest first by date, undated ones last, then by id: the order evidence is listed in. */
export const NEWEST_FIRST = (table: string) => `${table}.date IS NULL, ${table}.date DESC, ${table}.id DESC`;
