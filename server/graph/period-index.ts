/**
 * The graph of any period from memory: each document's share of the graph (its entities' counts,
 * its linked pairs with their windows) is kept in typed arrays, and a period's graph is the sum of
 * its documents' shares. The result is the graph `buildGraph` makes of the same documents' rows.
 */
import { UndirectedGraph } from 'graphology';
import type { EntityType } from '#model/types';
import { addNode } from './add-node';
import { edgeKey } from '#model/edge-key';
import { assignDegrees, type PlexusGraph } from './cooccurrence';
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
  /** Triples: lower entity number, higher entity number (by id), windows; in order of first meeting. */
  pairs: Int32Array;
}

/** A snapshot of the corpus: it is made again when the documents or the curation change. */
export class PeriodIndex {
  /** Entity ids by number, numbered in order of first sight. */
  private readonly ids: string[] = [];
  private readonly numbers = new Map<string, number>();
  /** Dated documents, by date then id; undated ones are in no period. */
  private readonly shares: DocumentShare[] = [];

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
  }

  /**
   * The graph of the period's documents, between the shown entities they mention: nodes in order
   * of id, links in order of first meeting (by document, then window), as `buildGraph` adds them.
   */
  graph(period: Period): PlexusGraph {
    const shares = this.sharesIn(period).sort((a, b) => a.id - b.id);
    const nodes = new Map<number, { mentions: number; documents: number; reports: number; linked: boolean }>();
    for (const share of shares) {
      for (let i = 0; i < share.entities.length; i += 4) {
        const counted = nodes.get(share.entities[i]) ?? { mentions: 0, documents: 0, reports: 0, linked: false };
        counted.mentions += share.entities[i + 1];
        counted.documents += 1;
        counted.reports += share.entities[i + 2];
        counted.linked ||= share.entities[i + 3] === 1;
        nodes.set(share.entities[i], counted);
      }
    }
    const graph: PlexusGraph = new UndirectedGraph();
    // Only entities that take part in a window are drawn: an outlet only cited as a source links nobody.
    const drawn = [...nodes].filter(([n, counted]) => counted.linked && this.shown(this.ids[n]) !== undefined);
    drawn.sort(([a], [b]) => (this.ids[a] < this.ids[b] ? -1 : 1));
    for (const [n, { mentions, documents, reports }] of drawn) {
      const entity = this.shown(this.ids[n]);
      if (entity) addNode(graph, this.ids[n], { label: entity.label, type: entity.type, mentions, documents, reports, degree: 0 });
    }
    this.addLinks(graph, shares);
    assignDegrees(graph);
    return graph;
  }

  private addLinks(graph: PlexusGraph, shares: readonly DocumentShare[]): void {
    // Kept in the order links first meet, as buildGraph adds them.
    const links = new Map<number, { weight: number; documents: number }>();
    const span = this.ids.length;
    for (const share of shares) {
      for (let i = 0; i < share.pairs.length; i += 3) {
        const [a, b] = [share.pairs[i], share.pairs[i + 1]];
        const key = a * span + b;
        const link = links.get(key);
        if (link) {
          link.weight += share.pairs[i + 2];
          link.documents += 1;
        } else links.set(key, { weight: share.pairs[i + 2], documents: 1 });
      }
    }
    for (const [key, link] of links) {
      const [a, b] = [this.ids[Math.floor(key / span)], this.ids[key % span]];
      graph.addUndirectedEdgeWithKey(edgeKey(a, b), a, b, link);
    }
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
    const windows = new Map<string, [a: number, b: number, count: number]>();
    const shownSubjects = rows.filter((row) => row.subject === 1 && this.shown(row.entity) !== undefined);
    for (let first = 0; first < shownSubjects.length;) {
      let last = first;
      while (last < shownSubjects.length && shownSubjects[last].unit === shownSubjects[first].unit) last++;
      forEachWindowPair(
        shownSubjects.slice(first, last).map((row) => row.entity),
        (a, b) => {
          const key = edgeKey(a, b);
          const window = windows.get(key);
          if (window) window[2] += 1;
          else windows.set(key, [this.number(a), this.number(b), 1]);
        },
      );
      first = last;
    }
    return Int32Array.from([...windows.values()].flat());
  }

  private number(id: string): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.numbers.set(id, n);
    }
    return n;
  }
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
