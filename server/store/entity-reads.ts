/**
 * What the entity panel shows of an entity, read from its mentions: the names it is written as, the
 * titles written with it, the documents it is in, and for an outlet whom it is cited reporting on.
 */
import type { Alias } from '#model/types';
import { countWhere, scopeSql, type DocumentScope, type Sql } from './sql';

export class EntityReads {
  constructor(private readonly sql: Sql) {}

  /** The names it is written as in the text, most frequent first. */
  aliases(entity: string): Alias[] {
    return this.sql
      .prepare(`SELECT text AS name, count(*) AS count FROM mentions WHERE entity_id = ? AND source = 'text' GROUP BY text ORDER BY count DESC, text`)
      .all(entity) as Alias[];
  }

  /** The offices and roles written with the entity's names, most frequent first. */
  titles(entity: string): Alias[] {
    return this.sql
      .prepare(`SELECT title AS name, count(*) AS count FROM mentions WHERE entity_id = ? AND title IS NOT NULL GROUP BY title ORDER BY count DESC, title`)
      .all(entity) as Alias[];
  }

  /** The scope's documents that mention it, those with the most mentions first. */
  documents(entity: string, scope: DocumentScope = {}): { id: number; title: string; date: string | null; mentions: number }[] {
    const { where, params } = scopeSql(scope, 'm.doc_id');
    return this.sql
      .prepare(
        `SELECT d.id, d.title, d.date, ${countWhere("m.source = 'text'")} AS mentions FROM mentions m JOIN documents d ON d.id = m.doc_id
         WHERE m.entity_id = @entity ${where} GROUP BY d.id ORDER BY mentions DESC, d.id`,
      )
      .all({ ...params, entity }) as { id: number; title: string; date: string | null; mentions: number }[];
  }

  /** For an outlet: the entities in the sentences it is cited as reporting. */
  reported(outlet: string, scope: DocumentScope = {}): { id: string; count: number }[] {
    const { where, params } = scopeSql(scope, 'r.doc_id');
    return this.sql
      .prepare(
        `SELECT o.entity_id AS id, count(*) AS count FROM mentions r
         JOIN mentions o ON o.doc_id = r.doc_id AND o.sentence = r.sentence AND o.role = 'subject'
         WHERE r.entity_id = @outlet AND r.role = 'reporting' AND o.entity_id != r.entity_id ${where}
         GROUP BY o.entity_id ORDER BY count DESC, o.entity_id`,
      )
      .all({ ...params, outlet }) as { id: string; count: number }[];
  }
}
