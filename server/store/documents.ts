/**
 * The documents: each with its text, its sentences and its resolved mentions, stored in the
 * caller's transaction; their summaries, counts and dates; a document's removal, and the store
 * emptied for a reingest of its own documents.
 */
import path from 'node:path';
import type {
  Correspondent,
  DateSource,
  DocumentInput,
  DocumentSummary,
  EntityType,
  EvidenceItem,
  MentionRole,
  MentionSource,
  ResolvedMention,
  Sentence,
} from '#model/types';
import { statementKey } from '../graph/statements';
import { NEWEST_FIRST, NEXT_ID, scopeSql, type DocumentScope, type Sql } from './sql';

interface DocumentRow {
  id: number;
  hash: string;
  title: string;
  source_path: string;
  outlet: string | null;
  date: string | null;
  date_source: DateSource | null;
  url: string | null;
  author: string | null;
  words: number;
  ingested_at: string;
  mentions: number;
}

/** A mention as the table holds it. */
export interface MentionRow {
  doc_id: number;
  sentence: number;
  paragraph: number;
  begin: number;
  end: number;
  text: string;
  name: string;
  type: EntityType;
  role: MentionRole;
  source: MentionSource;
  refers_to: string | null;
  title: string | null;
  entity_id: string;
}

/** A stored document, whole. */
export interface StoredDocument {
  summary: DocumentSummary;
  text: string;
  sentences: Sentence[];
  mentions: ResolvedMention[];
}

function toSummary(row: DocumentRow): DocumentSummary {
  return {
    id: row.id,
    title: row.title,
    // Stores made before paths were kept relative hold absolute ones: the file's name is shown.
    sourcePath: path.isAbsolute(row.source_path) ? path.basename(row.source_path) : row.source_path,
    outlet: row.outlet,
    date: row.date,
    dateSource: row.date_source,
    url: row.url,
    author: row.author,
    hash: row.hash,
    words: row.words,
    mentions: row.mentions,
    ingestedAt: row.ingested_at,
  };
}

function toMention(row: MentionRow): ResolvedMention {
  const m: ResolvedMention = {
    begin: row.begin,
    end: row.end,
    text: row.text,
    type: row.type,
    sentence: row.sentence,
    role: row.role,
    source: row.source,
    name: row.name,
    entity: row.entity_id,
  };
  if (row.refers_to) m.refersTo = row.refers_to;
  if (row.title) m.title = row.title;
  return m;
}

const DOCUMENT_COLUMNS = `d.id, d.hash, d.title, d.source_path, d.outlet, d.date, d.date_source, d.url, d.author, d.words, d.ingested_at,
  (SELECT count(*) FROM mentions m WHERE m.doc_id = d.id AND m.source = 'text') AS mentions`;

export class DocumentRecords {
  constructor(private readonly sql: Sql) {}

  findByHash(hash: string): DocumentSummary | undefined {
    const row = this.sql.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.hash = ?`).get(hash) as DocumentRow | undefined;
    return row && toSummary(row);
  }

  /** Stores a document with its sentences and mentions; returns its summary, as `summary` reads it back. */
  insert(input: DocumentInput, hash: string, words: number, sentences: Sentence[], mentions: ResolvedMention[]): DocumentSummary {
    const statements = this.sql;
    const ingestedAt = new Date().toISOString();
    const row = {
      hash,
      title: input.title,
      source_path: input.sourcePath,
      outlet: input.outlet ?? null,
      date: input.date ?? null,
      date_source: input.date === undefined ? null : (input.dateSource ?? null),
      url: input.url ?? null,
      author: input.author ?? null,
      words,
      ingested_at: ingestedAt,
    };
    const info = statements
      .prepare(
        `INSERT INTO documents (id, hash, title, source_path, outlet, date, date_source, url, author, text, words, ingested_at)
         VALUES ((${NEXT_ID('documents')}), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(hash, row.title, row.source_path, row.outlet, row.date, row.date_source, row.url, row.author, input.text, words, ingestedAt) as { id: number };
    const docId = info.id;
    const sentence = statements.prepare('INSERT INTO sentences (doc_id, idx, paragraph, begin, "end", statement) VALUES (?, ?, ?, ?, ?, ?)');
    for (const s of sentences) sentence.run(docId, s.index, s.paragraph, s.begin, s.end, statementKey(input.text.slice(s.begin, s.end)) ?? null);
    // Ids one more than the largest, as SQLite numbers its rows: a PostgreSQL sequence would keep the
    // ids a rolled-back batch took, and the two engines' mentions would be numbered apart.
    let id = statements.prepare(NEXT_ID('mentions')).pluck().get() as number;
    const mention = statements.prepare(
      `INSERT INTO mentions (id, doc_id, sentence, paragraph, begin, "end", text, name, type, role, source, refers_to, title, entity_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of mentions) {
      const paragraph = sentences[m.sentence].paragraph;
      mention.run(id++, docId, m.sentence, paragraph, m.begin, m.end, m.text, m.name, m.type, m.role, m.source, m.refersTo ?? null, m.title ?? null, m.entity);
    }
    return toSummary({ ...row, id: docId, mentions: mentions.filter((m) => m.source === 'text').length });
  }

  summary(id: number): DocumentSummary | undefined {
    const row = this.sql.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as DocumentRow | undefined;
    return row && toSummary(row);
  }

  list(): DocumentSummary[] {
    return (this.sql.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.id`).all() as DocumentRow[]).map(toSummary);
  }

  get(id: number): StoredDocument | undefined {
    const statements = this.sql;
    const row = statements.prepare(`SELECT ${DOCUMENT_COLUMNS}, d.text FROM documents d WHERE d.id = ?`).get(id) as
      (DocumentRow & { text: string }) | undefined;
    if (!row) return undefined;
    const sentences = statements.prepare('SELECT idx AS "index", paragraph, begin, "end" FROM sentences WHERE doc_id = ? ORDER BY idx').all(id) as Sentence[];
    const mentions = (statements.prepare('SELECT * FROM mentions WHERE doc_id = ? ORDER BY begin, "end"').all(id) as MentionRow[]).map(toMention);
    return { summary: toSummary(row), text: row.text, sentences, mentions };
  }

  /** What evidence shows of a document. */
  header(id: number): EvidenceItem['document'] {
    return this.sql.prepare('SELECT id, title, outlet, date, date_source AS "dateSource" FROM documents WHERE id = ?').get(id) as EvidenceItem['document'];
  }

  /** The scope's document ids, newest first by date (undated last): the order in which evidence is listed. */
  idsNewestFirst(scope: DocumentScope = {}): number[] {
    const { where, params } = scopeSql(scope, 'id');
    return this.sql
      .prepare(`SELECT id FROM documents WHERE 1 = 1 ${where} ORDER BY ${NEWEST_FIRST('documents')}`)
      .pluck()
      .all(params) as number[];
  }

  lastId(): number {
    return (this.sql.prepare('SELECT coalesce(max(id), 0) FROM documents').pluck().get() as number) ?? 0;
  }

  /** Every document's id and date (null when it has none). */
  dates(): { id: number; date: string | null }[] {
    return this.sql.prepare('SELECT id, date FROM documents').all() as { id: number; date: string | null }[];
  }

  /** Documents and their mentions (in the text) per date, undated ones under null and first, then by date. */
  byDate(): { date: string | null; documents: number; mentions: number }[] {
    return this.sql
      .prepare(
        `SELECT d.date, count(*) AS documents, coalesce(sum(m.n), 0) AS mentions FROM documents d
         LEFT JOIN (SELECT doc_id, count(*) AS n FROM mentions WHERE source = 'text' GROUP BY doc_id) m ON m.doc_id = d.id
         GROUP BY d.date ORDER BY d.date IS NOT NULL, d.date`,
      )
      .all() as { date: string | null; documents: number; mentions: number }[];
  }

  counts(): { documents: number; words: number; mentions: number } {
    const statements = this.sql;
    const docs = statements.prepare('SELECT count(*) AS documents, coalesce(sum(words), 0) AS words FROM documents').get() as {
      documents: number;
      words: number;
    };
    const mentions = statements.prepare(`SELECT count(*) AS n FROM mentions WHERE source = 'text'`).get() as { n: number };
    return { ...docs, mentions: mentions.n };
  }

  /**
   * Deletes one document with its sentences and mentions, and the resolver's entities that no
   * other document mentions (with their names and the merges into them). Returns the summary it
   * had and the ids of the entities deleted, or undefined for an unknown id. The caller holds the
   * transaction.
   */
  delete(id: number): { summary: DocumentSummary; deletedEntities: string[] } | undefined {
    const statements = this.sql;
    const summary = this.summary(id);
    if (!summary) return undefined;
    const touched = statements
      .prepare(
        'SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ? UNION SELECT DISTINCT resolved_id FROM mentions WHERE doc_id = ? AND resolved_id IS NOT NULL',
      )
      .pluck()
      .all(id, id) as string[];
    statements.prepare('DELETE FROM mentions WHERE doc_id = ?').run(id);
    statements.prepare('DELETE FROM sentences WHERE doc_id = ?').run(id);
    statements.prepare('DELETE FROM documents WHERE id = ?').run(id);
    const unmentioned = statements.prepare('SELECT NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = @id OR resolved_id = @id) AS gone').pluck();
    const deletedEntities = touched.filter((entity) => unmentioned.get({ id: entity }) === 1);
    for (const entity of deletedEntities) {
      statements.prepare('DELETE FROM entity_keys WHERE entity_id = ?').run(entity);
      statements.prepare('DELETE FROM merges WHERE into_id = ? OR from_id = ?').run(entity, entity);
      statements.prepare('DELETE FROM entities WHERE id = ?').run(entity);
    }
    return { summary, deletedEntities };
  }

  /**
   * Empties the store for a fresh ingest of its own documents, which it returns in their order:
   * documents, mentions and the resolver's entities go; the curation rules stay, to be applied again.
   */
  takeAllForReingest(): DocumentInput[] {
    const db = this.sql;
    const rows = db.prepare('SELECT id, title, text, source_path, outlet, date, date_source, url, author FROM documents ORDER BY id').all() as (Omit<
      DocumentRow,
      'hash' | 'words' | 'ingested_at' | 'mentions'
    > & { text: string })[];
    const correspondents = this.correspondents();
    db.exec(
      'DELETE FROM mentions; DELETE FROM sentences; DELETE FROM documents; DELETE FROM entity_keys; DELETE FROM entities; DELETE FROM merges; DELETE FROM curated_entities;',
    );
    const correspondentsOf = (id: number): { correspondents: Correspondent[] } | undefined => {
      const found = correspondents.get(id);
      return found ? { correspondents: found } : undefined;
    };
    return rows.map((row) => ({
      title: row.title,
      text: row.text,
      sourcePath: row.source_path,
      ...(correspondentsOf(row.id) ?? {}),
      ...(row.outlet === null ? {} : { outlet: row.outlet }),
      ...(row.date === null ? {} : { date: row.date }),
      ...(row.date_source === null ? {} : { dateSource: row.date_source }),
      ...(row.url === null ? {} : { url: row.url }),
      ...(row.author === null ? {} : { author: row.author }),
    }));
  }

  /** An e-mail's correspondents by document: they are not in its text alone, and are read back from their mentions. */
  private correspondents(): Map<number, Correspondent[]> {
    const found = new Map<number, Correspondent[]>();
    const written = this.sql.prepare('SELECT doc_id, begin, "end", name FROM mentions WHERE role = \'correspondent\' ORDER BY doc_id, begin').all() as {
      doc_id: number;
      begin: number;
      end: number;
      name: string;
    }[];
    for (const { doc_id, begin, end, name } of written) found.set(doc_id, [...(found.get(doc_id) ?? []), { name, begin, end }]);
    return found;
  }
}
