/**
 * The resolver's registry as stored: entities, the names that lead to them (with the reason each
 * was taken) and the merges between them, read whole when a corpus opens and written document by
 * document as the resolver links them.
 */
import type { MergeReason } from '#model/types';
import type { LinkResult, NameKey, RegisteredEntity } from '../resolve/registry';
import type { Sql } from './sql';

interface RegistryRows {
  entities: RegisteredEntity[];
  keys: NameKey[];
  merges: { from: string; into: string }[];
  /** How often each entity was written under each name, for its label. */
  names: { entity: string; name: string; count: number }[];
}

export class RegistryRecords {
  constructor(private readonly sql: Sql) {}

  /**
   * Read on one snapshot: another process's document is in all four or in none. In a stated order,
   * as PostgreSQL keeps no order of insertion (an updated row moves), so that both engines agree.
   */
  rows(): RegistryRows {
    return this.sql.read(() => this.readRows());
  }

  private readRows(): RegistryRows {
    const statements = this.sql;
    const entities = (
      statements.prepare('SELECT id, label, type, canonical FROM entities ORDER BY id').all() as (Omit<RegisteredEntity, 'canonical'> & { canonical: number })[]
    ).map((e) => ({ ...e, canonical: e.canonical === 1 }));
    const keys = statements.prepare('SELECT key, entity_id AS entity, reason FROM entity_keys ORDER BY key').all() as NameKey[];
    const merges = statements.prepare('SELECT from_id AS "from", into_id AS "into" FROM merges ORDER BY rowid').all() as { from: string; into: string }[];
    const names = statements
      .prepare(`SELECT entity_id AS entity, name, count(*) AS count FROM mentions WHERE source = 'text' GROUP BY entity_id, name ORDER BY entity_id, name`)
      .all() as { entity: string; name: string; count: number }[];
    return { entities, keys, merges, names };
  }

  /** Persists what linking a document changed in the registry. */
  applyLink(link: LinkResult): void {
    const statements = this.sql;
    const insert = statements.prepare('INSERT INTO entities (id, label, type, canonical) VALUES (?, ?, ?, ?)');
    for (const e of link.created) insert.run(e.id, e.label, e.type, e.canonical ? 1 : 0);
    const relabel = statements.prepare('UPDATE entities SET label = ?, canonical = ? WHERE id = ?');
    for (const e of link.relabelled) relabel.run(e.label, e.canonical ? 1 : 0, e.id);
    const key = statements.prepare(`INSERT INTO entity_keys (key, entity_id, reason) VALUES (?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET entity_id = excluded.entity_id, reason = excluded.reason`);
    for (const k of link.keys) key.run(k.key, k.entity, k.reason);
    for (const m of link.merged) this.merge(m.from, m.into, m.reason);
  }

  /** Moves an entity's mentions and names to the entity it joins, and records why. */
  merge(from: string, into: string, reason: MergeReason): void {
    const statements = this.sql;
    statements.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(into, from);
    statements.prepare('UPDATE mentions SET resolved_id = ? WHERE resolved_id = ?').run(into, from);
    statements.prepare('UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?').run(into, from);
    statements.prepare('DELETE FROM entities WHERE id = ?').run(from);
    statements.prepare('INSERT INTO merges (from_id, into_id, reason, at) VALUES (?, ?, ?, ?)').run(from, into, reason, new Date().toISOString());
  }

  /** The names the resolver filed under an entity, with the reason each was taken. */
  namesWithReasons(entity: string): { key: string; reason: MergeReason }[] {
    return this.sql.prepare('SELECT key, reason FROM entity_keys WHERE entity_id = ? ORDER BY key').all(entity) as {
      key: string;
      reason: MergeReason;
    }[];
  }

  /** The resolver's merges into an entity, with their reasons, oldest first. */
  mergesInto(into: string): { from: string; reason: MergeReason; at: string }[] {
    return this.sql.prepare('SELECT from_id AS "from", reason, at FROM merges WHERE into_id = ? ORDER BY rowid').all(into) as {
      from: string;
      reason: MergeReason;
      at: string;
    }[];
  }
}
