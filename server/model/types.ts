/**
 * The Plexus data model, shared by server and client (the client imports it with `import type`).
 *
 * Pipeline: a Document is read (ingest), its Mentions found (extract), the Mentions grouped into
 * Entities across the corpus (resolve), and Entities that occur in the same window linked by
 * co-occurrence edges (graph). This file holds the shapes that cross those boundaries and the wire.
 */

/** The kinds of named entity Plexus extracts. The order is the display order. */
export const ENTITY_TYPES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'OUTLET'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/**
 * What a mention does in its sentence.
 * - `subject`: the entity takes part in what the sentence says; it co-occurs with the others.
 * - `reporting`: a news outlet cited as the source ('…, Reuters reported'); recorded, but it does
 *   not co-occur, so that outlets do not become hubs by attribution alone.
 * - `correspondent`: the sender or a recipient of an e-mail, in its From, To or Cc line; it
 *   co-occurs through the inferred mentions added to each sentence that names a person.
 */
export type MentionRole = 'subject' | 'reporting' | 'correspondent';

/**
 * How a mention was found: in the text itself, or inferred (the speaker of an unattributed quote,
 * a pronoun, or an e-mail's correspondent in a sentence of its body that names a person).
 */
export type MentionSource = 'text' | 'pronoun' | 'speaker' | 'correspondent';

/** The unit within which two entities count as occurring together. */
export type CooccurrenceWindow = 'sentence' | 'paragraph' | 'document';
export const COOCCURRENCE_WINDOWS: readonly CooccurrenceWindow[] = ['sentence', 'paragraph', 'document'];

/** A span of a document's text; offsets are JavaScript string indices, end exclusive. */
export interface Span {
  begin: number;
  end: number;
}

/** A sentence of a document, with the paragraph it belongs to. */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** One occurrence of a named entity in a document, as the extractor found it (no entity id yet). */
export interface Mention extends Span {
  /** The text of the span, exactly `text.slice(begin, end)`. */
  text: string;
  type: EntityType;
  /** Index into the document's sentences. */
  sentence: number;
  role: MentionRole;
  source: MentionSource;
  /**
   * The name this mention stands for once titles and possessives are stripped ('Mr Putin’s' → 'Putin').
   * For an inferred mention (pronoun, speaker) it is the name of the entity it refers to.
   */
  name: string;
  /** For a nationality word ('Russian'), the country it refers to ('Russia'). */
  refersTo?: string;
  /** The office or role written with the name ('Tory leader'), not part of it. */
  title?: string;
}

/** A mention after resolution: it belongs to an entity. */
export interface ResolvedMention extends Mention {
  entity: string;
}

/** Why two names were taken as one entity; kept so that the UI can show it. */
export const MERGE_REASONS = [
  'same-name',
  'surname',
  'acronym',
  'known-variant',
  'nationality',
  'quote-speaker',
  'pronoun',
  /** A spelling of the same name in another transliteration ('Felgenhaeur' / 'Felgenhauer'). */
  'transliteration',
] as const;
export type MergeReason = (typeof MERGE_REASONS)[number];

export interface Alias {
  name: string;
  count: number;
}

/** A canonical entity of the corpus. */
export interface Entity {
  id: string;
  /** Display label: the fullest name seen. */
  label: string;
  type: EntityType;
  aliases: Alias[];
  /** Mentions found in text (not inferred ones). */
  mentions: number;
  documents: number;
}

/** A document as ingestion hands it to the pipeline. */
/**
 * Where a document's date was read: metadata (a page's `<meta>`, a PDF's or Word document's
 * properties, a feed item's or table row's date), a page's JSON-LD, a text's front matter or
 * header block (an e-mail's Date header), its dateline, a date line or `<time>` in the text, the
 * file's name, or given with the document (`POST /api/documents`).
 */
export const DATE_SOURCES = ['meta', 'json-ld', 'front-matter', 'header', 'dateline', 'text', 'file-name', 'given'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** A sender or recipient of an e-mail: the name, and where the text shows it (its From, To or Cc line). */
export interface Correspondent extends Span {
  name: string;
}

export interface DocumentInput {
  title: string;
  text: string;
  /** An e-mail's sender and recipients, which become PERSON mentions with the role `correspondent`. */
  correspondents?: Correspondent[];
  /** Where it came from: a file path, an upload name, or empty for text posted directly. */
  sourcePath: string;
  outlet?: string;
  /** ISO 8601 date (YYYY-MM-DD) when the text or its metadata give one; a date that does not normalise is left out. */
  date?: string;
  /** Where `date` was read. */
  dateSource?: DateSource;
  /** The http(s) address it was published at, when its metadata give one. */
  url?: string;
  /** Who wrote it, as its metadata name them ('Jane Doe, John Roe'); an e-mail's sender. */
  author?: string;
}

/** Node positions by entity id, `[x, y]` in the explorer's graph coordinates. */
export type NodePositions = Readonly<Record<string, readonly [number, number]>>;

/** A stored document, without its text. */
export interface DocumentSummary {
  id: number;
  title: string;
  sourcePath: string;
  outlet: string | null;
  date: string | null;
  /** Where the date was read; null when it is unknown (no date, or a store older than the record). */
  dateSource: DateSource | null;
  url: string | null;
  author: string | null;
  /** SHA-256 of the text: a document is stored once. */
  hash: string;
  words: number;
  mentions: number;
  ingestedAt: string;
}

export interface DocumentDetail {
  document: DocumentSummary;
  text: string;
  sentences: Sentence[];
  mentions: ResolvedMention[];
}

/** Node attributes of the graph, as served. */
export interface NodeAttributes {
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
  degree: number;
  /** How often this entity (an outlet) is cited as the source of a report. */
  reports: number;
  // The metrics below are present when asked for (`metrics=true`) and in every export (server/graph/metrics.ts).
  /** Sum of the weights of the entity's edges, under the chosen weighting. */
  weightedDegree?: number;
  pagerank?: number;
  /** Normalised betweenness centrality, from 0 to 1. */
  betweenness?: number;
  /** Louvain community, numbered from 0 by decreasing size; deterministic for a corpus (fixed seed). */
  community?: number;
}

/** Edge attributes of the graph, as served. */
export interface EdgeAttributes {
  /**
   * Number of windows (sentences by default) in which both entities occur; when a weighting is
   * chosen (`weight=documents|pmi|npmi`), that measure instead, and `count` holds the windows.
   */
  weight: number;
  /** Number of distinct documents in which they co-occur. */
  documents: number;
  /** Number of windows in which both occur; present whenever a weighting was chosen. */
  count?: number;
}

/**
 * How an edge's weight is counted: windows in which both occur (`count`), distinct documents
 * (`documents`), distinct statements, a sentence copied into several documents counted once
 * (`statements`), or their pointwise mutual information over windows (`pmi`, in bits) and its
 * normalised form (`npmi`, from -1 to 1). See server/graph/weighting.ts.
 */
export const EDGE_WEIGHTINGS = ['count', 'documents', 'statements', 'pmi', 'npmi'] as const;
export type EdgeWeighting = (typeof EDGE_WEIGHTINGS)[number];

export function isEdgeWeighting(value: string): value is EdgeWeighting {
  return (EDGE_WEIGHTINGS as readonly string[]).includes(value);
}

/** graphology's serialised form, the wire format of `GET /api/graph`. */
export interface SerializedGraph {
  /** `weighting` is present when a weighting was chosen (`weight=`), with the `minCount` applied. */
  attributes: { window: CooccurrenceWindow; nodes: number; edges: number; weighting?: EdgeWeighting; minCount?: number };
  options: { type: 'undirected'; multi: false; allowSelfLoops: false };
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; attributes: EdgeAttributes; undirected: true }[];
}

/** One sentence showing that two entities occur together. */
export interface EvidenceItem {
  /** Its document, with the date's source as DocumentSummary has it. */
  document: EvidenceDocument;
  sentence: Span & { index: number; text: string };
  /** Mentions of the two entities inside the sentence, offsets relative to the document. */
  mentions: (Span & { entity: string; text: string })[];
  /** The other documents in which the same sentence appears (agency copy, a quotation repeated), with where it begins in each; it is listed once. */
  copies?: (EvidenceDocument & { begin: number })[];
}

export interface EvidenceDocument {
  id: number;
  title: string;
  outlet: string | null;
  date: string | null;
  dateSource: DateSource | null;
}

/**
 * Why a name or another entity became part of this one: by the resolver (its reason: a surname, an
 * acronym, a known variant, a nationality…) or by a person's curation.
 */
export interface MergeRecord {
  /** The name (normalised, as the resolver keys it) or, for an entity merged in, its label or id. */
  name: string;
  /** The id of the entity merged in, when it was one (not a name within a document). */
  from: string | null;
  reason: MergeReason | 'curated';
  by: 'resolver' | 'user';
  /** When it was merged; null for a name taken within a document. */
  at: string | null;
}

/** The curation actions (server/curation): rules kept as data, applied to every document, old or new. */
export const CURATION_ACTIONS = ['merge', 'split', 'rename', 'retype', 'hide'] as const;

/** One curation request, as `POST /api/curation` takes it. */
export type CurationRequest =
  | { action: 'merge'; entity: string; into: string }
  | { action: 'split'; entity: string; alias: string }
  | { action: 'rename'; entity: string; label: string }
  | { action: 'retype'; entity: string; type: EntityType }
  | { action: 'hide'; entity: string };

/**
 * A stored curation rule: the request, its number (rules apply in that order) and time. A split
 * keeps the id it gave the new entity, so that links to it stay valid when the rules are applied again.
 */
export type CurationRule = CurationRequest & { id: number; at: string; created?: string };

/** A period of days written YYYY-MM-DD, both ends inclusive; an end left out is open. */
export interface Period {
  from?: string;
  to?: string;
}

/** When an entity or a link was named: the dates of its first and last dated documents, and how many undated documents name it. */
export interface Seen {
  first: string | null;
  last: string | null;
  undated: number;
}

export interface EntityDetail extends Entity {
  /** The entities merged into this one, and why. */
  merges: MergeRecord[];
  neighbours: { id: string; label: string; type: EntityType; weight: number; documents: number }[];
  documentList: { id: number; title: string; date: string | null; mentions: number }[];
  /** When it was named, in the whole corpus (whatever the period asked for). */
  seen: Seen;
  /** For an outlet: the entities it is cited as reporting on, with counts. */
  reported: { id: string; label: string; type: EntityType; count: number }[];
  /** The office or role written most often with the entity's name ('Tory leader'), if any was. */
  title?: string;
  /** Every office or role written with its name, most frequent first. */
  titles: Alias[];
}

export interface CorpusStats {
  documents: number;
  words: number;
  mentions: number;
  entities: number;
  edges: number;
  byType: Record<EntityType, number>;
  window: CooccurrenceWindow;
}

/** What happened to one input of an ingest. */
export type IngestOutcome =
  | { status: 'added'; source: string; document: DocumentSummary }
  | { status: 'duplicate'; source: string; document: DocumentSummary }
  | { status: 'refused'; source: string; reason: string };

/** The JSON body of every error response. */
export interface ErrorBody {
  error: string;
}

/** One suggestion of `GET /api/search`. */
export interface SearchResult {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  /** The label or alias with a word that starts with the text; null when the entity matched through a name variant. */
  matched: string | null;
}
