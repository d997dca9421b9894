/**
 * What the store's parts share: prepared statements kept by their SQL, and a query's scope of
 * documents (one, those of a period, or all) written as SQL.
 */
import type Database from 'better-sqlite3';
import type { CooccurrenceWindow } from '#model/types';

/** Prepared statements by SQL text: preparing costs more than running most of the store's queries. */
export class StatementCache {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  prepare(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) this.cache.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}

/** The connection and its statement cache, as each part of the store takes them. */
export interface Sql {
  db: Database.Database;
  statements: StatementCache;
}

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
