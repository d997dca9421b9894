/**
 * The evidence of a link: the windows in which two entities occur together as subjects, the
 * entities of a window, and a window's sentences with the mentions of the entities asked for.
 */
import type { CooccurrenceWindow, Sentence } from '#model/types';
import type { MentionRow } from './documents';
import { scopeSql, UNIT_COLUMN, type DocumentScope, type Sql } from './sql';

export class EvidenceReads {
  constructor(private readonly sql: Sql) {}

  /** The windows in which both entities occur as subjects, newest document first. */
  cooccurringWindows(a: string, b: string, window: CooccurrenceWindow, scope: DocumentScope = {}): { doc: number; date: string | null; unit: number }[] {
    const unit = UNIT_COLUMN[window];
    const { where, params } = scopeSql(scope, 'x.doc_id');
    return this.sql
      .prepare(
        `SELECT doc, date, unit FROM (SELECT DISTINCT x.doc_id AS doc, d.date, x.${unit === '0' ? 'doc_id * 0' : unit} AS unit FROM mentions x
         JOIN mentions y ON y.doc_id = x.doc_id AND ${unit === '0' ? '1 = 1' : `y.${unit} = x.${unit}`}
         JOIN documents d ON d.id = x.doc_id
         WHERE x.entity_id = @a AND y.entity_id = @b AND x.role = 'subject' AND y.role = 'subject' ${where}) w
         ORDER BY date IS NULL, date DESC, doc DESC, unit`,
      )
      .all({ ...params, a, b }) as { doc: number; date: string | null; unit: number }[];
  }

  /** The entities of one window as subjects, in text order. */
  windowMembers(doc: number, window: CooccurrenceWindow, unit: number): string[] {
    const column = UNIT_COLUMN[window];
    return this.sql
      .prepare(`SELECT entity_id FROM mentions WHERE doc_id = ? AND role = 'subject' AND ${column === '0' ? '0' : column} = ? ORDER BY id`)
      .pluck()
      .all(doc, unit) as string[];
  }

  /** Sentences of a window with the mentions of the given entities in them. */
  windowSentences(doc: number, window: CooccurrenceWindow, unit: number, entities: string[]): { sentence: Sentence; text: string; mentions: MentionRow[] }[] {
    const statements = this.sql;
    const column = window === 'sentence' ? 'idx' : window === 'paragraph' ? 'paragraph' : '0';
    const sentences = statements
      .prepare(`SELECT idx AS "index", paragraph, begin, "end" FROM sentences WHERE doc_id = ? AND ${column} = ? ORDER BY idx`)
      .all(doc, unit) as Sentence[];
    const text = (statements.prepare('SELECT text FROM documents WHERE id = ?').get(doc) as { text: string }).text;
    const mentionsOf = statements.prepare(
      `SELECT * FROM mentions WHERE doc_id = ? AND sentence = ? AND entity_id IN (${entities.map(() => '?').join(',')}) ORDER BY begin`,
    );
    return sentences
      .map((sentence) => ({
        sentence,
        text: text.slice(sentence.begin, sentence.end),
        mentions: mentionsOf.all(doc, sentence.index, ...entities) as MentionRow[],
      }))
      .filter((s) => s.mentions.length > 0);
  }
}
