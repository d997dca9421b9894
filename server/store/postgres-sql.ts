/**
 * The store's SQL as PostgreSQL takes it: SQLite's placeholders (`?` in order, `@name` by name)
 * become `$1`, `$2`…, and the values better-sqlite3 would bind become libpq's text parameters.
 */
import type { SqlParam, SqlParams } from './engine';

export interface TranslatedSql {
  text: string;
  /** For `@name` placeholders: the name of each `$n`, in order; empty for `?` ones. */
  names: string[];
  /** How many `$n` there are. */
  count: number;
}

/** Rewrites the placeholders outside quoted strings and identifiers. */
export function translatePlaceholders(sql: string): TranslatedSql {
  const names: string[] = [];
  let text = '';
  let positional = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"') {
      const close = sql.indexOf(c, i + 1);
      const end = close < 0 ? sql.length : close + 1;
      text += sql.slice(i, end);
      i = end;
    } else if (c === '?') {
      text += `$${++positional}`;
      i += 1;
    } else if (c === '@' && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(sql.slice(i + 1))?.[0] ?? '';
      let n = names.indexOf(name);
      if (n < 0) n = names.push(name) - 1;
      text += `$${n + 1}`;
      i += 1 + name.length;
    } else {
      text += c;
      i += 1;
    }
  }
  if (positional > 0 && names.length > 0) throw new Error(`SQL mixes ? and @name placeholders: ${sql}`);
  return { text, names, count: positional || names.length };
}

function toText(value: SqlParam | undefined): string | null {
  if (value === null || value === undefined) return null;
  // libpq takes text parameters as C strings: a NUL would cut the value short without a word.
  if (typeof value === 'string' && value.includes('\u0000')) throw new Error('PostgreSQL text cannot hold a NUL character');
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return String(value);
}

/** The values of the `$n` in order, from the parameters as better-sqlite3 takes them. */
export function bindValues(translated: TranslatedSql, params: SqlParams): (string | null)[] {
  // An empty scope's `{}` goes with SQL that has no placeholders.
  if (translated.count === 0) return [];
  if (translated.names.length > 0) {
    const named = (params[0] ?? {}) as Record<string, SqlParam>;
    return translated.names.map((name) => {
      if (!(name in named)) throw new Error(`missing named parameter '${name}'`);
      return toText(named[name]);
    });
  }
  if (params.length !== translated.count) throw new Error(`expected ${translated.count} parameters, got ${params.length}`);
  return (params as SqlParam[]).map(toText);
}
