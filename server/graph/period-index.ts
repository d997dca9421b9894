/**
 * The graph of any period from memory: each document's share of the graph (its entities' counts,
 * its linked pairs with their windows) is kept in typed arrays, and a period's graph is the sum of
 * its documents' shares. The result is the graph `buildGraph` makes of the same documents' rows.
 */
import { UndirectedGraph } from 'graphology';
import type { CooccurrenceWindow, EntityType } from '#model/types';
import { edgeKey } from '#model/edge-key';
import { addNode } from './add-node';
import { ByteWriter } from './byte-writer';
import type { PlexusGraph } from './cooccurrence';
import { GRAPH_OPTIONS } from './filter';
import { forEachWindowPair } from './window-pairs';

/** One mention, as the period index reads them: sorted by document, window, then text order. */
export interface PeriodMention {
  doc: number;
  /** The co-occurrence window it is in. */
  unit: number;
  entity: string;
  /** 1 when it takes part in windows (role 'subject'), else 0. */
  subject: number;
  /** 1 when it is written in the text (source 'text'): only those count as the entity's mentions. */
  inText: number;
  /** 1 when it cites the entity as the source of a report (role 'reporting'). */
  reporting: number;
}

/** A dated period, both ends inclusive (YYYY-MM-DD); an open end is undefined. */
export interface Period {
  from?: string;
  to?: string;
}

/** An entity's label and type as drawn; undefined when it is not shown (hidden by curation). */
export type ShownEntity = (id: string) => { label: string; type: EntityType } | undefined;

interface DocumentShare {
  id: number;
  date: string;
  /** Quadruples: entity number, mentions, reports, and 1 when it is linked in the document's windows (else 0). */
  entities: Int32Array;
  /** Couples: the pair's number, and its windows in the document; in order of first meeting. */
  pairs: Int32Array;
}

/**
 * A period's graph as sums over its documents' shares: the drawn entities in order of id with
 * their counts and degrees, and the links in order of first meeting.
 */
interface PeriodSum {
  nodes: number[];
  mentions: Int32Array;
  documents: Int32Array;
  reports: Int32Array;
  degree: Int32Array;
  /** Pair numbers of the links, in order of first meeting, and their sums by pair number. */
  links: number[];
  weight: Int32Array;
  linkDocuments: Int32Array;
}

/** A snapshot of the corpus: it is made again when the documents or the curation change. */
export class PeriodIndex {
  /** Entity ids by number, numbered in order of first sight. */
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Linked pairs by number: their ends' entity numbers, two by two, the lower id first. */
  private readonly pairEnds: number[] = [];
  /** Pair numbers by the ends' entity numbers (pairKey). */
  private readonly pairNumbers = new Map<number, number>();
  /** 1 for each entity number that is shown, else 0: asked once per entity as it is numbered. */
  private readonly visible: number[] = [];
  /** Dated documents, by date then id; undated ones are in no period. */
  private readonly shares: DocumentShare[] = [];
  /** Each entity's place in the order of ids, so that a period's entities sort by number. */
  private rank: Int32Array | undefined;
  /**
   * The start of each entity's JSON and of each link's, up to their counts. All are written when
   * the index is made: written when a period first needed them, they made a month's first answer
   * several times slower than its next.
   */
  private readonly heads: PieceHeads;
  /** The size of the last JSON written, to start the next one's buffer at. */
  private lastJsonBytes = 64 * 1024;

  /** From every document's date, every mention (in the order PeriodMention says), and the entities shown. */
  constructor(
    dates: Iterable<{ id: number; date: string | null }>,
    mentions: Iterable<PeriodMention>,
    private readonly shown: ShownEntity,
  ) {
    const dated = new Map<number, string>();
    for (const { id, date } of dates) if (date !== null) dated.set(id, date);
    for (const [doc, rows] of byDocument(mentions)) {
      const date = dated.get(doc);
      if (date !== undefined) this.shares.push({ id: doc, date, entities: this.entityCounts(rows), pairs: this.linkedPairs(rows) });
    }
    this.shares.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id));
    this.heads = new PieceHeads(this.ids.length, this.pairEnds.length / 2);
    this.ids.forEach((_id, n) => this.visible[n] === 1 && this.heads.add('node', n, this.nodeHead(n)));
    for (let pair = 0; pair < this.pairEnds.length / 2; pair++) this.heads.add('link', pair, this.linkHead(pair));
  }

  /**
   * The graph of the period's documents, between the shown entities they mention: nodes in order
   * of id, links in order of first meeting (by document, then window), as `buildGraph` adds them.
   */
  graph(period: Period): PlexusGraph {
    const sum = this.sum(period);
    const graph: PlexusGraph = new UndirectedGraph();
    for (const n of sum.nodes) {
      const { label, type } = this.drawn(n);
      addNode(graph, this.ids[n], { label, type, mentions: sum.mentions[n], documents: sum.documents[n], reports: sum.reports[n], degree: sum.degree[n] });
    }
    for (const pair of sum.links) {
      const [source, target] = [this.ids[this.pairEnds[2 * pair]], this.ids[this.pairEnds[2 * pair + 1]]];
      graph.addUndirectedEdgeWithKey(edgeKey(source, target), source, target, { weight: sum.weight[pair], documents: sum.linkDocuments[pair] });
    }
    return graph;
  }

  /**
   * The same text as `JSON.stringify(serializeGraph(this.graph(period), window))`, written from
   * the sums: a month of a large corpus is megabytes, and building its graph only to serialise it
   * took most of the answer's time.
   */
  json(period: Period, window: CooccurrenceWindow): string {
    return this.jsonBytes(period, window).toString();
  }

  /** `json(period, window)` as UTF-8 bytes, without decoding them into a string: what the API sends. */
  jsonBytes(period: Period, window: CooccurrenceWindow): Buffer {
    const sum = this.sum(period);
    const out = new ByteWriter(this.lastJsonBytes);
    out.text(
      `{"attributes":${JSON.stringify({ window, nodes: sum.nodes.length, edges: sum.links.length })},"options":${JSON.stringify(GRAPH_OPTIONS)},"nodes":[`,
    );
    const { heads } = this;
    sum.nodes.forEach((n, i) => {
      if (i > 0) out.ascii(',');
      heads.copyTo(out, 'node', n);
      out.integer(sum.mentions[n]);
      out.ascii(',"documents":');
      out.integer(sum.documents[n]);
      out.ascii(',"reports":');
      out.integer(sum.reports[n]);
      out.ascii(',"degree":');
      out.integer(sum.degree[n]);
      out.ascii('}}');
    });
    out.ascii('],"edges":[');
    sum.links.forEach((pair, i) => {
      if (i > 0) out.ascii(',');
      heads.copyTo(out, 'link', pair);
      out.integer(sum.weight[pair]);
      out.ascii(',"documents":');
      out.integer(sum.linkDocuments[pair]);
      out.ascii('},"undirected":true}');
    });
    out.ascii(']}');
    this.lastJsonBytes = out.length;
    return out.bytes();
  }

  /** An entity's JSON up to its counts. */
  private nodeHead(n: number): string {
    const { label, type } = this.drawn(n);
    return `{"key":${JSON.stringify(this.ids[n])},"attributes":{"label":${JSON.stringify(label)},"type":${JSON.stringify(type)},"mentions":`;
  }

  /** A link's JSON up to its weight. */
  private linkHead(pair: number): string {
    const [source, target] = [JSON.stringify(this.ids[this.pairEnds[2 * pair]]), JSON.stringify(this.ids[this.pairEnds[2 * pair + 1]])];
    // The key is the ends' ids joined by '~': escaped as a whole, it is their escapes joined.
    return `{"key":${source.slice(0, -1)}~${target.slice(1)},"source":${source},"target":${target},"attributes":{"weight":`;
  }

  /** A drawn entity's label and type: a sum holds shown entities only. */
  private drawn(n: number): { label: string; type: EntityType } {
    const entity = this.shown(this.ids[n]);
    if (!entity) throw new Error(`period index: entity ${this.ids[n]} is not shown`);
    return entity;
  }

  /** The period's documents summed: their entities' counts, their links' windows, each link's ends' degrees. */
  private sum(period: Period): PeriodSum {
    const shares = this.sharesIn(period).sort((a, b) => a.id - b.id);
    const count = this.ids.length;
    const [mentions, documents, reports, degree] = [new Int32Array(count), new Int32Array(count), new Int32Array(count), new Int32Array(count)];
    const linked = new Uint8Array(count);
    const seen: number[] = [];
    for (const { entities } of shares) {
      for (let i = 0; i < entities.length; i += 4) {
        const n = entities[i];
        if (documents[n] === 0) seen.push(n);
        mentions[n] += entities[i + 1];
        documents[n] += 1;
        reports[n] += entities[i + 2];
        linked[n] |= entities[i + 3];
      }
    }
    // Only entities that take part in a window are drawn: an outlet only cited as a source links nobody.
    const rank = this.ranks();
    const nodes = seen.filter((n) => linked[n] === 1 && this.visible[n] === 1).sort((a, b) => rank[a] - rank[b]);
    const { links, weight, linkDocuments } = this.sumLinks(shares);
    for (const pair of links) {
      degree[this.pairEnds[2 * pair]] += 1;
      degree[this.pairEnds[2 * pair + 1]] += 1;
    }
    return { nodes, mentions, documents, reports, degree, links, weight, linkDocuments };
  }

  /** The shares' linked pairs summed, in the order links first meet, as buildGraph adds them. */
  private sumLinks(shares: readonly DocumentShare[]): Pick<PeriodSum, 'links' | 'weight' | 'linkDocuments'> {
    const count = this.pairEnds.length / 2;
    const [weight, linkDocuments] = [new Int32Array(count), new Int32Array(count)];
    const links: number[] = [];
    for (const { pairs } of shares) {
      for (let i = 0; i < pairs.length; i += 2) {
        const pair = pairs[i];
        if (linkDocuments[pair] === 0) links.push(pair);
        weight[pair] += pairs[i + 1];
        linkDocuments[pair] += 1;
      }
    }
    return { links, weight, linkDocuments };
  }

  /** Each entity number's place among the ids in sorted order. */
  private ranks(): Int32Array {
    if (this.rank) return this.rank;
    const rank = new Int32Array(this.ids.length);
    const sorted = this.ids.map((_id, n) => n).sort((a, b) => (this.ids[a] < this.ids[b] ? -1 : 1));
    sorted.forEach((n, place) => (rank[n] = place));
    this.rank = rank;
    return rank;
  }

  /** The shares of the documents dated within the period. */
  private sharesIn({ from, to }: Period): DocumentShare[] {
    const first = from === undefined ? 0 : this.firstDatedFrom(from);
    let last = first;
    while (last < this.shares.length && (to === undefined || this.shares[last].date <= to)) last++;
    return this.shares.slice(first, last);
  }

  /** The first share dated on or after `date` (binary search over the sorted shares). */
  private firstDatedFrom(date: string): number {
    let [low, high] = [0, this.shares.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.shares[middle].date < date) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** A document's entities: mentions in the text, reports, and whether it is in a window. */
  private entityCounts(rows: readonly PeriodMention[]): Int32Array {
    const counts = new Map<string, [mentions: number, reports: number, linked: number]>();
    for (const row of rows) {
      const counted = counts.get(row.entity) ?? [0, 0, 0];
      counted[0] += row.inText;
      counted[1] += row.reporting;
      counted[2] |= row.subject;
      counts.set(row.entity, counted);
    }
    return Int32Array.from([...counts].flatMap(([entity, counted]) => [this.number(entity), ...counted]));
  }

  /**
   * A document's linked pairs with their windows, in order of first meeting. Hidden entities take
   * no part, as `addWindows` skips what its graph lacks.
   */
  private linkedPairs(rows: readonly PeriodMention[]): Int32Array {
    const windows = new Map<number, number>();
    const shownSubjects = rows.filter((row) => row.subject === 1 && this.visible[this.number(row.entity)] === 1);
    for (let first = 0; first < shownSubjects.length;) {
      let last = first;
      while (last < shownSubjects.length && shownSubjects[last].unit === shownSubjects[first].unit) last++;
      forEachWindowPair(
        shownSubjects.slice(first, last).map((row) => row.entity),
        (a, b) => {
          const pair = this.pairNumber(a, b);
          windows.set(pair, (windows.get(pair) ?? 0) + 1);
        },
      );
      first = last;
    }
    return Int32Array.from([...windows].flat());
  }

  /** The number of the pair a < b, given when first seen. */
  private pairNumber(a: string, b: string): number {
    const [low, high] = [this.number(a), this.number(b)];
    const key = pairKey(low, high);
    let pair = this.pairNumbers.get(key);
    if (pair === undefined) {
      pair = this.pairEnds.length / 2;
      this.pairEnds.push(low, high);
      this.pairNumbers.set(key, pair);
    }
    return pair;
  }

  private number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, n);
      this.visible.push(this.shown(id) === undefined ? 0 : 1);
    }
    return n;
  }
}

/** About the bytes of an entity's or a link's head (a link's holds both ends' ids twice). */
const HEAD_BYTES = 128;

/** Entity numbers below this make a pair's key one exact number: millions of pairs are looked up as an index is made. */
const PAIR_KEY_BASE = 2 ** 26;

function pairKey(low: number, high: number): number {
  if (high >= PAIR_KEY_BASE || low >= PAIR_KEY_BASE) throw new RangeError(`period index: more than ${PAIR_KEY_BASE} entities`);
  return low * PAIR_KEY_BASE + high;
}

/** Mentions in runs of one document each. */
function* byDocument(mentions: Iterable<PeriodMention>): Generator<[doc: number, rows: PeriodMention[]]> {
  let rows: PeriodMention[] = [];
  for (const mention of mentions) {
    if (rows.length > 0 && mention.doc !== rows[0].doc) {
      yield [rows[0].doc, rows];
      rows = [];
    }
    rows.push(mention);
  }
  if (rows.length > 0) yield [rows[0].doc, rows];
}

/** The start of each entity's and each link's JSON, written once into one buffer and copied from there. */
class PieceHeads {
  private readonly bytes: ByteWriter;
  /** Where each head starts in `bytes` and where it ends, by kind and number. */
  private readonly starts: Record<'node' | 'link', Float64Array>;
  private readonly ends: Record<'node' | 'link', Float64Array>;

  constructor(entities: number, links: number) {
    // Room for all from the start: grown by doubling, the buffer was copied for a quarter of the writing.
    this.bytes = new ByteWriter(HEAD_BYTES * (entities + links));
    this.starts = { node: new Float64Array(entities), link: new Float64Array(links) };
    this.ends = { node: new Float64Array(entities), link: new Float64Array(links) };
  }

  add(kind: 'node' | 'link', n: number, head: string): void {
    this.starts[kind][n] = this.bytes.length;
    this.bytes.text(head);
    this.ends[kind][n] = this.bytes.length;
  }

  copyTo(out: ByteWriter, kind: 'node' | 'link', n: number): void {
    out.copy(this.bytes, this.starts[kind][n], this.ends[kind][n]);
  }
}
