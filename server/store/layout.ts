/** The map as the analyst last left it: a position per entity, replaced whole on each save. */
import type { Sql } from './sql';

export class LayoutRecords {
  constructor(private readonly sql: Sql) {}

  /** The positions last saved, by entity id. */
  positions(): Record<string, [number, number]> {
    const rows = this.sql.prepare('SELECT entity_id AS id, x, y FROM layout_positions ORDER BY entity_id').all() as { id: string; x: number; y: number }[];
    return Object.fromEntries(rows.map((r) => [r.id, [r.x, r.y]]));
  }

  /** Replaces the saved positions with these, in one transaction. */
  save(positions: Iterable<readonly [id: string, x: number, y: number]>): void {
    const db = this.sql;
    const insert = db.prepare('INSERT INTO layout_positions (entity_id, x, y) VALUES (?, ?, ?)');
    db.transaction(() => {
      db.prepare('DELETE FROM layout_positions').run();
      for (const [id, x, y] of positions) insert.run(id, x, y);
    });
  }
}
