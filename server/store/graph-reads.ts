/**
 * What the co-occurrence graph is built from: the entities shown, with their counts, and the
 * entities of each window (sentence, paragraph or document) in which they occur as subjects; the
 * counts the PMI and statements weightings take.
 */
import type { NodeInfo, WindowRow } from '../graph/cooccurrence';
import type { PeriodMention } from '../graph/period-index';
import { countStatements, type StatementRow } from '../graph/statements';
import type { CooccurrenceWindow } from '#model/types';
import { countWhere, isScoped, scopeSql, UNIT_COLUMN, type DocumentScope, type Sql } from './sql';

export class GraphReads {
  constructor(private readonly sql: Sql) {}

  /**
   * The entities as curated (server/curation): relabelled, retyped, split off; hidden and merged-away
   * ones left out, with their mentions, documents and reports counted in the scope's documents. The
   * reads share one transaction, so that a document another process commits meanwhile is in all of
   * them or in none.
   */
  nodes(scope: DocumentScope = {}): NodeInfo[] {
    return this.sql.readTransaction(() => (isScoped(scope) ? this.scopedNodes(scope) : this.allNodes()));
  }

  /**
   * Every entity's counts from two passes over the mentions rather than a join: one over the
   * covering index by entity (every mention and its document), and one that keeps only the few
   * mentions not in the text or citing a source. Joined per entity, the same counts read the mention
   * table at random, many times slower (docs/performance.md).
   */
  private allNodes(): NodeInfo[] {
    const statements = this.sql;
    const entities = this.shownEntities();
    const all = new Map<string, [mentions: number, documents: number]>();
    const counted = statements.prepare('SELECT entity_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents FROM mentions GROUP BY entity_id').raw();
    for (const [id, mentions, documents] of counted.all() as [string, number, number][]) all.set(id, [mentions, documents]);
    const other = new Map<string, [notText: number, reports: number]>();
    const uncommon = statements
      .prepare(
        `SELECT entity_id, ${countWhere("source != 'text'")} AS not_text, ${countWhere("role = 'reporting'")} AS reports FROM mentions ${this.sql.dialect.notIndexed}
         WHERE (source != 'text' OR role = 'reporting') GROUP BY entity_id`,
      )
      .raw();
    for (const [id, notText, reports] of uncommon.all() as [string, number, number][]) other.set(id, [notText, reports]);
    return entities.map((e) => {
      const [mentions, documents] = all.get(e.id) ?? [0, 0];
      const [notText, reports] = other.get(e.id) ?? [0, 0];
      return { id: e.id, label: e.label, type: e.type, mentions: mentions - notText, documents, reports };
    });
  }

  /**
   * The nodes of a scope: its documents' mentions read through the index by document, every count in
   * one pass, and only the entities they name (a month of the bench store: about 0.1 s, against
   * 0.5 s for reading every entity and scanning every mention).
   */
  private scopedNodes(scope: DocumentScope): NodeInfo[] {
    const { where, params } = scopeSql(scope);
    const counted = this.sql
      .prepare(
        `SELECT entity_id, count(*) AS mentions, count(DISTINCT doc_id) AS documents, ${countWhere("source != 'text'")} AS not_text,
           ${countWhere("role = 'reporting'")} AS reports FROM mentions
         WHERE 1 = 1 ${where} GROUP BY entity_id ORDER BY entity_id`,
      )
      .raw()
      .all(params) as [string, number, number, number, number][];
    const shown = new Map(this.shownEntities().map((e) => [e.id, e]));
    return counted.flatMap(([id, mentions, documents, notText, reports]) => {
      const entity = shown.get(id);
      return entity ? [{ ...entity, mentions: mentions - notText, documents, reports }] : [];
    });
  }

  /** The entities shown (not hidden by curation, those curation made included), with their curated label and type, by id. */
  private shownEntities(): Pick<NodeInfo, 'id' | 'label' | 'type'>[] {
    return this.sql
      .prepare(
        `SELECT e.id, coalesce(c.label, e.label) AS label, coalesce(c.type, e.type) AS type
         FROM (SELECT id, label, type FROM entities UNION ALL SELECT id, label, type FROM curated_entities WHERE created = 1) e
         LEFT JOIN curated_entities c ON c.id = e.id
         WHERE c.shown IS NULL OR c.shown = 1
         ORDER BY e.id`,
      )
      .all() as Pick<NodeInfo, 'id' | 'label' | 'type'>[];
  }

  /** One entity as `nodes()` gives it. */
  node(id: string): NodeInfo | undefined {
    return this.sql
      .prepare(
        `SELECT e.id, e.label, e.type,
           coalesce(${countWhere("m.source = 'text'")}, 0) AS mentions,
           count(DISTINCT m.doc_id) AS documents,
           coalesce(${countWhere("m.role = 'reporting'")}, 0) AS reports
         FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
         WHERE e.id = ? GROUP BY e.id`,
      )
      .get(id) as NodeInfo | undefined;
  }

  /**
   * Entities by co-occurrence window, sorted by document and window, in text order (mentions are
   * stored in text order); only subject mentions take part.
   */
  windowRows(window: CooccurrenceWindow, scope: DocumentScope = {}): Iterable<WindowRow> {
    const unit = UNIT_COLUMN[window];
    const { where, params } = scopeSql(scope);
    return this.sql
      .prepare(`SELECT doc_id AS doc, ${unit} AS unit, entity_id AS entity FROM mentions WHERE role = 'subject' ${where} ORDER BY doc_id, unit, id`)
      .iterate(params) as Iterable<WindowRow>;
  }

  /** Every mention, sorted by document, window and text order, as the period index reads them. */
  periodMentions(window: CooccurrenceWindow): Iterable<PeriodMention> {
    const unit = UNIT_COLUMN[window];
    return this.sql
      .prepare(
        `SELECT doc_id AS doc, ${unit} AS unit, entity_id AS entity, role = 'subject' AS subject, source = 'text' AS "inText", role = 'reporting' AS reporting
         FROM mentions ORDER BY doc_id, unit, id`,
      )
      .iterate() as Iterable<PeriodMention>;
  }

  /** The rows of `windowRows` of only the windows in which `entity` occurs as a subject. */
  windowRowsAround(entity: string, window: CooccurrenceWindow, scope: DocumentScope = {}): WindowRow[] {
    const unit = UNIT_COLUMN[window];
    const same = unit === '0' ? '1 = 1' : `m.${unit} = w.unit`;
    const { where, params } = scopeSql(scope);
    return this.sql
      .prepare(
        `SELECT m.doc_id AS doc, ${unit === '0' ? '0' : `m.${unit}`} AS unit, m.entity_id AS entity FROM mentions m
         JOIN (SELECT DISTINCT doc_id, ${unit} AS unit FROM mentions WHERE entity_id = @entity AND role = 'subject' ${where}) w
           ON m.doc_id = w.doc_id AND ${same}
         WHERE m.role = 'subject' ORDER BY m.doc_id, unit, m.id`,
      )
      .all({ ...params, entity }) as WindowRow[];
  }

  /** The rows of `windowRows` of the documents with ids in (after, upTo]: one step of a graph build. */
  windowRowsOfDocuments(window: CooccurrenceWindow, after: number, upTo: number): WindowRow[] {
    const unit = UNIT_COLUMN[window];
    return this.sql
      .prepare(
        `SELECT doc_id AS doc, ${unit} AS unit, entity_id AS entity FROM mentions WHERE role = 'subject' AND doc_id > ? AND doc_id <= ? ORDER BY doc_id, unit, id`,
      )
      .all(after, upTo) as WindowRow[];
  }

  /**
   * For PMI: the number of windows of the corpus (or of one document), those without any entity
   * included, and for each entity the number of windows in which it occurs as a subject.
   */
  windowCounts(window: CooccurrenceWindow, scope: DocumentScope = {}): { windows: number; entities: Map<string, number> } {
    const statements = this.sql;
    const { where, params } = scopeSql(scope);
    const inScope = where.replace(/^AND /, 'WHERE ');
    const total =
      window === 'document'
        ? `SELECT count(*) AS n FROM documents ${scopeSql(scope, 'id').where.replace(/^AND /, 'WHERE ')}`
        : window === 'paragraph'
          ? `SELECT count(*) AS n FROM (SELECT DISTINCT doc_id, paragraph FROM sentences ${inScope}) p`
          : `SELECT count(*) AS n FROM sentences ${inScope}`;
    const windows = (statements.prepare(total).get(params) as { n: number }).n;
    const unit = UNIT_COLUMN[window];
    const rows = statements
      .prepare(
        `SELECT entity, count(*) AS n FROM (SELECT DISTINCT entity_id AS entity, doc_id, ${unit} AS unit FROM mentions
         WHERE role = 'subject' ${where}) w GROUP BY entity`,
      )
      .all(params) as { entity: string; n: number }[];
    return { windows, entities: new Map(rows.map((row) => [row.entity, row.n])) };
  }

  /**
   * For the statements weighting: each link's distinct statements, from the sentences' keys. Only
   * entities `inGraph` take part; a key is remembered only when more than one sentence has it.
   */
  statementCounts(inGraph: (entity: string) => boolean, scope: DocumentScope = {}): Map<string, number> {
    const statements = this.sql;
    const { where, params } = scopeSql(scope, 'm.doc_id');
    const repeated = new Set(
      statements.prepare('SELECT statement FROM sentences WHERE statement IS NOT NULL GROUP BY statement HAVING count(*) > 1').pluck().all() as string[],
    );
    const rows = statements
      .prepare(
        `SELECT m.doc_id AS doc, m.sentence AS unit, m.entity_id AS entity, s.statement FROM mentions m
         JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
         WHERE m.role = 'subject' ${where} ORDER BY m.doc_id, m.sentence, m.id`,
      )
      .iterate(params) as Iterable<StatementRow>;
    return countStatements(rows, repeated, inGraph);
  }
}
