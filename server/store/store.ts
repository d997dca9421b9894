/**
 * The store: one SQLite file through better-sqlite3. It keeps documents with their sentences and
 * resolved mentions, the entity registry (entities, their names, merges), and answers the queries
 * the corpus service needs. Statements are prepared once; writes happen in the caller's transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type {
  Alias,
  CooccurrenceWindow,
  DocumentInput,
  DocumentSummary,
  EntityType,
  MentionRole,
  MentionSource,
  MergeReason,
  ResolvedMention,
  Sentence,
  DateSource,
  EvidenceItem,
  Correspondent,
} from '../model/types';
import type { NameKey, RegisteredEntity, LinkResult } from '../resolve/registry';
import type { NodeInfo, WindowRow } from '../graph/cooccurrence';
import type { PeriodMention } from '../graph/period-index';
import { countStatements, statementKey, type StatementRow } from '../graph/statements';
import { migrate } from './migrations';

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

interface MentionRow {
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

const UNIT_COLUMN: Record<CooccurrenceWindow, string> = { sentence: 'sentence', paragraph: 'paragraph', document: '0' };

/** Which documents a query reads: one, those dated within [from, to] (undated ones left out), or all. */
export interface DocumentScope {
  doc?: number;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
}

/** The scope as SQL on a column of document ids: 'AND …' (or '') and its named parameters. */
function scopeSql(scope: DocumentScope, column = 'doc_id'): { where: string; params: Record<string, string | number> } {
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
const NEWEST_FIRST = (table: string) => `${table}.date IS NULL, ${table}.date DESC, ${table}.id DESC`;

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

/** Prepared statements by SQL text: preparing costs more than running most of the store's queries. */
class StatementCache {
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}

  prepare(sql: string): Database.Statement {
    let statement = this.cache.get(sql);
    if (!statement) this.cache.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }
}

/**
 * WAL pages between checkpoints (4 KiB each): 40 MiB rather than SQLite's 4 MiB, so that a page
 * changed by many small writes is copied to the database once.
 */
const CHECKPOINT_PAGES = 10_000;

/**
 * The same during a long ingest (Store.beginBulkWrites): 160 MiB. A parallel ingest of 10,000
 * documents then checkpoints 4 times instead of 16; in alternating single-threaded runs it took
 * 62.5 s and 59.6 s against 63.2 s and 62.0 s, the checkpoint at its end included.
 */
const BULK_CHECKPOINT_PAGES = 40_000;

export class Store {
  readonly db: Database.Database;
  private readonly statements: StatementCache;

  constructor(readonly file: string) {
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.db = new Database(file);
    // WAL keeps readers going during an ingest and makes every committed document durable.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    // A second process on the same file (plexus ingest beside plexus serve) waits for the writer
    // instead of failing at once with SQLITE_BUSY.
    this.db.pragma('busy_timeout = 5000');
    // An ingest inserts into indexes (mentions by entity, names) at random places: a page cache of
    // 32 MiB (2 MiB by default) keeps their pages between commits, and checkpoints every 40 MiB of
    // WAL (CHECKPOINT_PAGES) write a page that changed many times once. About a quarter fewer bytes
    // written and 6% less processor time for the store over 10,000 documents.
    this.db.pragma('cache_size = -32768');
    this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    // After a checkpoint, a WAL that grew large in a bulk ingest is cut back to this size on disk.
    this.db.pragma(`journal_size_limit = ${CHECKPOINT_PAGES * (this.db.pragma('page_size', { simple: true }) as number)}`);
    migrate(this.db);
    this.statements = new StatementCache(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Runs `fn` in one transaction: all of it is stored, or none. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /**
   * A transaction left open across awaits (the parallel ingest waits for its workers inside one),
   * ended by `commit` or `rollback`; `transaction` within it is a savepoint. The caller must make
   * sure nothing else writes meanwhile.
   */
  begin(): void {
    this.db.exec('BEGIN');
  }

  commit(): void {
    if (this.db.inTransaction) this.db.exec('COMMIT');
  }

  /** Undoes everything since `begin`. */
  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  get inTransaction(): boolean {
    return this.db.inTransaction;
  }

  /**
   * For a long ingest: checkpoints every BULK_CHECKPOINT_PAGES of WAL rather than CHECKPOINT_PAGES.
   * Most pages an ingest changes are index pages that every batch changes again; a checkpoint
   * writes each of them once however often it changed, so fewer checkpoints write fewer bytes.
   */
  beginBulkWrites(): void {
    this.db.pragma(`wal_autocheckpoint = ${BULK_CHECKPOINT_PAGES}`);
  }

  /** Ends beginBulkWrites: the WAL left is copied now, as part of the ingest, rather than by whoever writes next. */
  endBulkWrites(): void {
    this.db.pragma(`wal_autocheckpoint = ${CHECKPOINT_PAGES}`);
    // PASSIVE: a reader in another process (plexus serve) is not waited for; what it still reads stays in the WAL.
    this.db.pragma('wal_checkpoint(PASSIVE)');
  }

  // --- documents -------------------------------------------------------------------------------

  findDocumentByHash(hash: string): DocumentSummary | undefined {
    const row = this.statements.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.hash = ?`).get(hash) as DocumentRow | undefined;
    return row && toSummary(row);
  }

  /** Stores a document with its sentences and mentions; returns its summary, as `documentSummary` reads it back. */
  insertDocument(input: DocumentInput, hash: string, words: number, sentences: Sentence[], mentions: ResolvedMention[]): DocumentSummary {
    const ingestedAt = new Date().toISOString();
    const info = this.statements
      .prepare(
        `INSERT INTO documents (hash, title, source_path, outlet, date, date_source, url, author, text, words, ingested_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        hash,
        input.title,
        input.sourcePath,
        input.outlet ?? null,
        input.date ?? null,
        input.date === undefined ? null : (input.dateSource ?? null),
        input.url ?? null,
        input.author ?? null,
        input.text,
        words,
        ingestedAt,
      );
    const docId = Number(info.lastInsertRowid);
    const sentence = this.statements.prepare('INSERT INTO sentences (doc_id, idx, paragraph, begin, end, statement) VALUES (?, ?, ?, ?, ?, ?)');
    for (const s of sentences) sentence.run(docId, s.index, s.paragraph, s.begin, s.end, statementKey(input.text.slice(s.begin, s.end)) ?? null);
    const mention = this.statements.prepare(
      `INSERT INTO mentions (doc_id, sentence, paragraph, begin, end, text, name, type, role, source, refers_to, title, entity_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const m of mentions) {
      mention.run(
        docId,
        m.sentence,
        sentences[m.sentence].paragraph,
        m.begin,
        m.end,
        m.text,
        m.name,
        m.type,
        m.role,
        m.source,
        m.refersTo ?? null,
        m.title ?? null,
        m.entity,
      );
    }
    return toSummary({
      id: docId,
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
      mentions: mentions.filter((m) => m.source === 'text').length,
    });
  }

  documentSummary(id: number): DocumentSummary | undefined {
    const row = this.statements.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ?`).get(id) as DocumentRow | undefined;
    return row && toSummary(row);
  }

  documents(): DocumentSummary[] {
    return (this.statements.prepare(`SELECT ${DOCUMENT_COLUMNS} FROM documents d ORDER BY d.id`).all() as DocumentRow[]).map(toSummary);
  }

  document(id: number): { summary: DocumentSummary; text: string; sentences: Sentence[]; mentions: ResolvedMention[] } | undefined {
    const row = this.statements.prepare(`SELECT ${DOCUMENT_COLUMNS}, d.text FROM documents d WHERE d.id = ?`).get(id) as
      (DocumentRow & { text: string }) | undefined;
    if (!row) return undefined;
    const sentences = this.statements
      .prepare('SELECT idx AS "index", paragraph, begin, end FROM sentences WHERE doc_id = ? ORDER BY idx')
      .all(id) as Sentence[];
    const mentions = (this.statements.prepare('SELECT * FROM mentions WHERE doc_id = ? ORDER BY begin, end').all(id) as MentionRow[]).map(toMention);
    return { summary: toSummary(row), text: row.text, sentences, mentions };
  }

  /** The version of the extractor that made the store's mentions, if one was recorded. */
  extractorVersion(): string | undefined {
    const row = this.db.prepare("SELECT value FROM store_info WHERE key = 'extractor_version'").get() as { value: string } | undefined;
    return row?.value;
  }

  recordExtractorVersion(version: string): void {
    this.db.prepare("INSERT INTO store_info (key, value) VALUES ('extractor_version', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(version);
  }

  /**
   * Deletes one document with its sentences and mentions, and the resolver's entities that no
   * other document mentions (with their names and the merges into them). Returns the summary it
   * had and the ids of the entities deleted, or undefined for an unknown id. The caller holds the
   * transaction.
   */
  deleteDocument(id: number): { summary: DocumentSummary; deletedEntities: string[] } | undefined {
    const summary = this.documentSummary(id);
    if (!summary) return undefined;
    const touched = this.statements
      .prepare(
        'SELECT DISTINCT entity_id FROM mentions WHERE doc_id = ? UNION SELECT DISTINCT resolved_id FROM mentions WHERE doc_id = ? AND resolved_id IS NOT NULL',
      )
      .pluck()
      .all(id, id) as string[];
    this.statements.prepare('DELETE FROM mentions WHERE doc_id = ?').run(id);
    this.statements.prepare('DELETE FROM sentences WHERE doc_id = ?').run(id);
    this.statements.prepare('DELETE FROM documents WHERE id = ?').run(id);
    const unmentioned = this.statements.prepare('SELECT NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = @id OR resolved_id = @id) AS gone').pluck();
    const deletedEntities = touched.filter((entity) => unmentioned.get({ id: entity }) === 1);
    for (const entity of deletedEntities) {
      this.statements.prepare('DELETE FROM entity_keys WHERE entity_id = ?').run(entity);
      this.statements.prepare('DELETE FROM merges WHERE into_id = ? OR from_id = ?').run(entity, entity);
      this.statements.prepare('DELETE FROM entities WHERE id = ?').run(entity);
    }
    return { summary, deletedEntities };
  }

  /**
   * Empties the store for a fresh ingest of its own documents, which it returns in their order:
   * documents, mentions and the resolver's entities go; the curation rules stay, to be applied again.
   */
  takeDocumentsForReingest(): DocumentInput[] {
    const rows = this.db.prepare('SELECT id, title, text, source_path, outlet, date, date_source, url, author FROM documents ORDER BY id').all() as {
      id: number;
      title: string;
      text: string;
      source_path: string;
      outlet: string | null;
      date: string | null;
      date_source: DateSource | null;
      url: string | null;
      author: string | null;
    }[];
    // An e-mail's correspondents are not in its text alone: they are read back from their mentions.
    const correspondents = new Map<number, Correspondent[]>();
    const written = this.db.prepare("SELECT doc_id, begin, end, name FROM mentions WHERE role = 'correspondent' ORDER BY doc_id, begin").all() as {
      doc_id: number;
      begin: number;
      end: number;
      name: string;
    }[];
    for (const { doc_id, begin, end, name } of written) correspondents.set(doc_id, [...(correspondents.get(doc_id) ?? []), { name, begin, end }]);
    const correspondentsOf = (id: number): { correspondents: Correspondent[] } | undefined => {
      const found = correspondents.get(id);
      return found ? { correspondents: found } : undefined;
    };
    this.db.exec(
      'DELETE FROM mentions; DELETE FROM sentences; DELETE FROM documents; DELETE FROM entity_keys; DELETE FROM entities; DELETE FROM merges; DELETE FROM curated_entities;',
    );
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

  // --- the entity registry ----------------------------------------------------------------------

  registryRows(): {
    entities: RegisteredEntity[];
    keys: NameKey[];
    merges: { from: string; into: string }[];
    /** How often each entity was written under each name, for its label. */
    names: { entity: string; name: string; count: number }[];
  } {
    const entities = (
      this.statements.prepare('SELECT id, label, type, canonical FROM entities').all() as (Omit<RegisteredEntity, 'canonical'> & { canonical: number })[]
    ).map((e) => ({ ...e, canonical: e.canonical === 1 }));
    const keys = this.statements.prepare('SELECT key, entity_id AS entity, reason FROM entity_keys').all() as NameKey[];
    const merges = this.statements.prepare('SELECT from_id AS "from", into_id AS "into" FROM merges ORDER BY rowid').all() as { from: string; into: string }[];
    const names = this.statements
      .prepare(`SELECT entity_id AS entity, name, count(*) AS count FROM mentions WHERE source = 'text' GROUP BY entity_id, name`)
      .all() as { entity: string; name: string; count: number }[];
    return { entities, keys, merges, names };
  }

  /** Persists what linking a document changed in the registry. */
  applyLink(link: LinkResult): void {
    const insert = this.statements.prepare('INSERT INTO entities (id, label, type, canonical) VALUES (?, ?, ?, ?)');
    for (const e of link.created) insert.run(e.id, e.label, e.type, e.canonical ? 1 : 0);
    const relabel = this.statements.prepare('UPDATE entities SET label = ?, canonical = ? WHERE id = ?');
    for (const e of link.relabelled) relabel.run(e.label, e.canonical ? 1 : 0, e.id);
    const key = this.statements.prepare('INSERT OR REPLACE INTO entity_keys (key, entity_id, reason) VALUES (?, ?, ?)');
    for (const k of link.keys) key.run(k.key, k.entity, k.reason);
    for (const m of link.merged) this.mergeEntities(m.from, m.into, m.reason);
  }

  mergeEntities(from: string, into: string, reason: MergeReason): void {
    this.statements.prepare('UPDATE mentions SET entity_id = ? WHERE entity_id = ?').run(into, from);
    this.statements.prepare('UPDATE mentions SET resolved_id = ? WHERE resolved_id = ?').run(into, from);
    this.statements.prepare('UPDATE entity_keys SET entity_id = ? WHERE entity_id = ?').run(into, from);
    this.statements.prepare('DELETE FROM entities WHERE id = ?').run(from);
    this.statements.prepare('INSERT INTO merges (from_id, into_id, reason, at) VALUES (?, ?, ?, ?)').run(from, into, reason, new Date().toISOString());
  }

  // --- what the graph is built from -------------------------------------------------------------

  /**
   * The entities as curated (server/curation): relabelled, retyped, split off; hidden and merged-away
   * ones left out. Their counts come from two passes over the mentions rather than a join: one over
   * the covering index by entity (every mention and its document), and one that keeps only the few
   * mentions not in the text or citing a source. Joined per entity, the same counts read the mention
   * table at random, 680,000 times for 10,000 documents: 3.3 s against 0.24 s. The three reads
   * share one transaction, so that a document another process commits meanwhile is in all of them
   * or in none.
   */
  /** The entities shown, with their mentions, documents and reports counted in the scope's documents. */
  nodes(scope: DocumentScope = {}): NodeInfo[] {
    return this.transaction(() => this.readNodes(scope));
  }

  private readNodes(scope: DocumentScope): NodeInfo[] {
    if (isScoped(scope)) return this.readScopedNodes(scope);
    const { where, params } = scopeSql(scope);
    const entities = this.shownEntities();
    const all = new Map<string, [mentions: number, documents: number]>();
    const counted = this.statements.prepare(`SELECT entity_id, count(*), count(DISTINCT doc_id) FROM mentions WHERE 1 = 1 ${where} GROUP BY entity_id`).raw();
    for (const [id, mentions, documents] of counted.all(params) as [string, number, number][]) all.set(id, [mentions, documents]);
    const other = new Map<string, [notText: number, reports: number]>();
    const uncommon = this.statements
      .prepare(
        `SELECT entity_id, sum(source != 'text'), sum(role = 'reporting') FROM mentions NOT INDEXED
         WHERE (source != 'text' OR role = 'reporting') ${where} GROUP BY entity_id`,
      )
      .raw();
    for (const [id, notText, reports] of uncommon.all(params) as [string, number, number][]) other.set(id, [notText, reports]);
    return entities.map((e) => {
      const [mentions, documents] = all.get(e.id) ?? [0, 0];
      const [notText, reports] = other.get(e.id) ?? [0, 0];
      return { id: e.id, label: e.label, type: e.type, mentions: mentions - notText, documents, reports };
    });
  }

  /** The entities shown (not hidden by curation, those curation made included), with their curated label and type, by id. */
  private shownEntities(): Pick<NodeInfo, 'id' | 'label' | 'type'>[] {
    return this.statements
      .prepare(
        `SELECT e.id, coalesce(c.label, e.label) AS label, coalesce(c.type, e.type) AS type
         FROM (SELECT id, label, type FROM entities UNION ALL SELECT id, label, type FROM curated_entities WHERE created = 1) e
         LEFT JOIN curated_entities c ON c.id = e.id
         WHERE c.shown IS NULL OR c.shown = 1
         ORDER BY e.id`,
      )
      .all() as Pick<NodeInfo, 'id' | 'label' | 'type'>[];
  }

  /**
   * `nodes` of a scope: its documents' mentions read through the index by document, every count in
   * one pass, and only the entities they name (a month of the bench store: about 0.1 s, against
   * 0.5 s for reading every entity and scanning every mention).
   */
  private readScopedNodes(scope: DocumentScope): NodeInfo[] {
    const { where, params } = scopeSql(scope);
    const counted = this.statements
      .prepare(
        `SELECT entity_id, count(*), count(DISTINCT doc_id), sum(source != 'text'), sum(role = 'reporting') FROM mentions
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

  /** Documents and their mentions (in the text) per date, undated ones under null. */
  documentsByDate(): { date: string | null; documents: number; mentions: number }[] {
    return this.statements
      .prepare(
        `SELECT d.date, count(*) AS documents, coalesce(sum(m.n), 0) AS mentions FROM documents d
         LEFT JOIN (SELECT doc_id, count(*) AS n FROM mentions WHERE source = 'text' GROUP BY doc_id) m ON m.doc_id = d.id
         GROUP BY d.date`,
      )
      .all() as { date: string | null; documents: number; mentions: number }[];
  }

  /** One entity as `nodes()` gives it. */
  node(id: string): NodeInfo | undefined {
    return this.statements
      .prepare(
        `SELECT e.id, e.label, e.type,
           coalesce(sum(m.source = 'text'), 0) AS mentions,
           count(DISTINCT m.doc_id) AS documents,
           coalesce(sum(m.role = 'reporting'), 0) AS reports
         FROM entities e LEFT JOIN mentions m ON m.entity_id = e.id
         WHERE e.id = ? GROUP BY e.id`,
      )
      .get(id) as NodeInfo | undefined;
  }

  /** The rows of `windowRows` of only the windows in which `entity` occurs as a subject. */
  windowRowsAround(entity: string, window: CooccurrenceWindow, scope: DocumentScope = {}): WindowRow[] {
    const unit = UNIT_COLUMN[window];
    const same = unit === '0' ? '1' : `m.${unit} = w.unit`;
    const { where, params } = scopeSql(scope);
    return this.statements
      .prepare(
        `SELECT m.doc_id AS doc, ${unit === '0' ? '0' : `m.${unit}`} AS unit, m.entity_id AS entity FROM mentions m
         JOIN (SELECT DISTINCT doc_id, ${unit} AS unit FROM mentions WHERE entity_id = @entity AND role = 'subject' ${where}) w
           ON m.doc_id = w.doc_id AND ${same}
         WHERE m.role = 'subject' ORDER BY m.doc_id, unit, m.id`,
      )
      .all({ ...params, entity }) as WindowRow[];
  }

  /**
   * Entities by co-occurrence window, sorted by document and window, in text order (mentions are
   * stored in text order); only subject mentions take part.
   */
  windowRows(window: CooccurrenceWindow, scope: DocumentScope = {}): Iterable<WindowRow> {
    const unit = UNIT_COLUMN[window];
    const { where, params } = scopeSql(scope);
    return this.statements
      .prepare(`SELECT doc_id AS doc, ${unit} AS unit, entity_id AS entity FROM mentions WHERE role = 'subject' ${where} ORDER BY doc_id, unit, id`)
      .iterate(params) as Iterable<WindowRow>;
  }

  /** Every mention, sorted by document, window and text order, as the period index reads them. */
  periodMentions(window: CooccurrenceWindow): Iterable<PeriodMention> {
    const unit = UNIT_COLUMN[window];
    return this.statements
      .prepare(
        `SELECT doc_id AS doc, ${unit} AS unit, entity_id AS entity, role = 'subject' AS subject, source = 'text' AS inText, role = 'reporting' AS reporting
         FROM mentions ORDER BY doc_id, unit, id`,
      )
      .iterate() as Iterable<PeriodMention>;
  }

  documentDates(): { id: number; date: string | null }[] {
    return this.statements.prepare('SELECT id, date FROM documents').all() as { id: number; date: string | null }[];
  }

  /**
   * For the statements weighting: each link's distinct statements, from the sentences' keys. Only
   * entities `inGraph` take part; a key is remembered only when more than one sentence has it.
   */
  statementCounts(inGraph: (entity: string) => boolean, scope: DocumentScope = {}): Map<string, number> {
    const { where, params } = scopeSql(scope, 'm.doc_id');
    const repeated = new Set(
      this.statements.prepare('SELECT statement FROM sentences WHERE statement IS NOT NULL GROUP BY statement HAVING count(*) > 1').pluck().all() as string[],
    );
    const rows = this.statements
      .prepare(
        `SELECT m.doc_id AS doc, m.sentence AS unit, m.entity_id AS entity, s.statement FROM mentions m
         JOIN sentences s ON s.doc_id = m.doc_id AND s.idx = m.sentence
         WHERE m.role = 'subject' ${where} ORDER BY m.doc_id, m.sentence, m.id`,
      )
      .iterate(params) as Iterable<StatementRow>;
    return countStatements(rows, repeated, inGraph);
  }

  /** The rows of `windowRows` of the documents with ids in (after, upTo]: one step of a graph build. */
  windowRowsOfDocuments(window: CooccurrenceWindow, after: number, upTo: number): WindowRow[] {
    const unit = UNIT_COLUMN[window];
    return this.statements
      .prepare(
        `SELECT doc_id AS doc, ${unit} AS unit, entity_id AS entity FROM mentions WHERE role = 'subject' AND doc_id > ? AND doc_id <= ? ORDER BY doc_id, unit, id`,
      )
      .all(after, upTo) as WindowRow[];
  }

  lastDocumentId(): number {
    return (this.statements.prepare('SELECT coalesce(max(id), 0) FROM documents').pluck().get() as number) ?? 0;
  }

  /**
   * For PMI: the number of windows of the corpus (or of one document), those without any entity
   * included, and for each entity the number of windows in which it occurs as a subject.
   */
  windowCounts(window: CooccurrenceWindow, scope: DocumentScope = {}): { windows: number; entities: Map<string, number> } {
    const { where, params } = scopeSql(scope);
    const inScope = where.replace(/^AND /, 'WHERE ');
    const total =
      window === 'document'
        ? `SELECT count(*) AS n FROM documents ${scopeSql(scope, 'id').where.replace(/^AND /, 'WHERE ')}`
        : window === 'paragraph'
          ? `SELECT count(*) AS n FROM (SELECT DISTINCT doc_id, paragraph FROM sentences ${inScope})`
          : `SELECT count(*) AS n FROM sentences ${inScope}`;
    const windows = (this.statements.prepare(total).get(params) as { n: number }).n;
    const unit = UNIT_COLUMN[window];
    const rows = this.statements
      .prepare(
        `SELECT entity, count(*) AS n FROM (SELECT DISTINCT entity_id AS entity, doc_id, ${unit} AS unit FROM mentions
         WHERE role = 'subject' ${where}) GROUP BY entity`,
      )
      .all(params) as { entity: string; n: number }[];
    return { windows, entities: new Map(rows.map((row) => [row.entity, row.n])) };
  }

  // --- entity details and evidence --------------------------------------------------------------

  aliases(entity: string): Alias[] {
    return this.statements
      .prepare(`SELECT text AS name, count(*) AS count FROM mentions WHERE entity_id = ? AND source = 'text' GROUP BY text ORDER BY count DESC, text`)
      .all(entity) as Alias[];
  }

  /** The offices and roles written with the entity's names, most frequent first. */
  titles(entity: string): Alias[] {
    return this.statements
      .prepare(`SELECT title AS name, count(*) AS count FROM mentions WHERE entity_id = ? AND title IS NOT NULL GROUP BY title ORDER BY count DESC, title`)
      .all(entity) as Alias[];
  }

  namesWithReasons(entity: string): { key: string; reason: MergeReason }[] {
    return this.statements.prepare('SELECT key, reason FROM entity_keys WHERE entity_id = ? ORDER BY key').all(entity) as {
      key: string;
      reason: MergeReason;
    }[];
  }

  entityDocuments(entity: string, scope: DocumentScope = {}): { id: number; title: string; date: string | null; mentions: number }[] {
    const { where, params } = scopeSql(scope, 'm.doc_id');
    return this.statements
      .prepare(
        `SELECT d.id, d.title, d.date, sum(m.source = 'text') AS mentions FROM mentions m JOIN documents d ON d.id = m.doc_id
         WHERE m.entity_id = @entity ${where} GROUP BY d.id ORDER BY mentions DESC, d.id`,
      )
      .all({ ...params, entity }) as { id: number; title: string; date: string | null; mentions: number }[];
  }

  /** For an outlet: the entities in the sentences it is cited as reporting. */
  reported(outlet: string, scope: DocumentScope = {}): { id: string; count: number }[] {
    const { where, params } = scopeSql(scope, 'r.doc_id');
    return this.statements
      .prepare(
        `SELECT o.entity_id AS id, count(*) AS count FROM mentions r
         JOIN mentions o ON o.doc_id = r.doc_id AND o.sentence = r.sentence AND o.role = 'subject'
         WHERE r.entity_id = @outlet AND r.role = 'reporting' AND o.entity_id != r.entity_id ${where}
         GROUP BY o.entity_id ORDER BY count DESC, o.entity_id`,
      )
      .all({ ...params, outlet }) as { id: string; count: number }[];
  }

  /** The windows in which both entities occur as subjects, newest document first. */
  cooccurringWindows(a: string, b: string, window: CooccurrenceWindow, scope: DocumentScope = {}): { doc: number; date: string | null; unit: number }[] {
    const unit = UNIT_COLUMN[window];
    const { where, params } = scopeSql(scope, 'x.doc_id');
    return this.statements
      .prepare(
        `SELECT DISTINCT x.doc_id AS doc, d.date, x.${unit === '0' ? 'doc_id * 0' : unit} AS unit FROM mentions x
         JOIN mentions y ON y.doc_id = x.doc_id AND ${unit === '0' ? '1' : `y.${unit} = x.${unit}`}
         JOIN documents d ON d.id = x.doc_id
         WHERE x.entity_id = @a AND y.entity_id = @b AND x.role = 'subject' AND y.role = 'subject' ${where}
         ORDER BY ${NEWEST_FIRST('d')}, unit`,
      )
      .all({ ...params, a, b }) as { doc: number; date: string | null; unit: number }[];
  }

  /** The entities of one window as subjects, in text order. */
  windowMembers(doc: number, window: CooccurrenceWindow, unit: number): string[] {
    const column = UNIT_COLUMN[window];
    return this.statements
      .prepare(`SELECT entity_id FROM mentions WHERE doc_id = ? AND role = 'subject' AND ${column === '0' ? '0' : column} = ? ORDER BY id`)
      .pluck()
      .all(doc, unit) as string[];
  }

  /** Sentences of a window with the mentions of the given entities in them. */
  windowSentences(doc: number, window: CooccurrenceWindow, unit: number, entities: string[]): { sentence: Sentence; text: string; mentions: MentionRow[] }[] {
    const column = window === 'sentence' ? 'idx' : window === 'paragraph' ? 'paragraph' : '0';
    const sentences = this.statements
      .prepare(`SELECT idx AS "index", paragraph, begin, end FROM sentences WHERE doc_id = ? AND ${column} = ? ORDER BY idx`)
      .all(doc, unit) as Sentence[];
    const text = (this.statements.prepare('SELECT text FROM documents WHERE id = ?').get(doc) as { text: string }).text;
    const mentionsOf = this.statements.prepare(
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

  /** The scope's document ids, newest first by date (undated last): the order in which evidence is listed. */
  documentIdsNewestFirst(scope: DocumentScope = {}): number[] {
    const { where, params } = scopeSql(scope, 'id');
    return this.statements
      .prepare(`SELECT id FROM documents WHERE 1 = 1 ${where} ORDER BY ${NEWEST_FIRST('documents')}`)
      .pluck()
      .all(params) as number[];
  }

  documentHeader(id: number): EvidenceItem['document'] {
    return this.statements.prepare('SELECT id, title, outlet, date, date_source AS dateSource FROM documents WHERE id = ?').get(id) as EvidenceItem['document'];
  }

  /** The positions the analyst last saved (`saveLayout`), by entity id. */
  layoutPositions(): Record<string, [number, number]> {
    const rows = this.db.prepare('SELECT entity_id AS id, x, y FROM layout_positions').all() as { id: string; x: number; y: number }[];
    return Object.fromEntries(rows.map((r) => [r.id, [r.x, r.y]]));
  }

  /** Replaces the saved positions with these, in one transaction. */
  saveLayoutPositions(positions: Iterable<readonly [id: string, x: number, y: number]>): void {
    const insert = this.db.prepare('INSERT INTO layout_positions (entity_id, x, y) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM layout_positions').run();
      for (const [id, x, y] of positions) insert.run(id, x, y);
    })();
  }

  counts(): { documents: number; words: number; mentions: number } {
    const docs = this.statements.prepare('SELECT count(*) AS documents, coalesce(sum(words), 0) AS words FROM documents').get() as {
      documents: number;
      words: number;
    };
    const mentions = this.statements.prepare(`SELECT count(*) AS n FROM mentions WHERE source = 'text'`).get() as { n: number };
    return { ...docs, mentions: mentions.n };
  }
}
