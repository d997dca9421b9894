/**
 * What a stored document changes in the kept graph: its entities and windows as the graph counts
 * them (see buildGraph), and the entities it merged into others. Pure functions over the pipeline's output.
 */
import { edgeKey } from '#model/edge-key';
import type { NodeIncrement, WindowRow } from '../graph/cooccurrence';
import { forEachWindowPair } from '../graph/window-pairs';
import type { CooccurrenceWindow, EntityType, ResolvedMention, Sentence } from '#model/types';

interface GraphChange {
  entities: NodeIncrement[];
  rows: WindowRow[];
  merged: { from: string; into: string }[];
}

/** What a stored document adds: to the graph, and to the corpus counts. */
export interface Change {
  /** 'rebuild' when the graph cannot be grown in place (curation rules apply). */
  graph: GraphChange | 'rebuild';
  words: number;
  mentions: number;
}

/** The co-occurrence window a sentence belongs to: itself, its paragraph, or the one window of its document. */
export function windowUnit(window: CooccurrenceWindow, sentence: Pick<Sentence, 'index' | 'paragraph'>): number {
  return window === 'sentence' ? sentence.index : window === 'paragraph' ? sentence.paragraph : 0;
}

/** A new document's entities and windows; `registered` gives an entity's label and type as the resolver has them. */
export function graphChangeOf(
  doc: number,
  window: CooccurrenceWindow,
  document: { sentences: readonly Sentence[]; mentions: readonly ResolvedMention[]; merged: GraphChange['merged'] },
  registered: (entity: string) => { label: string; type: EntityType } | undefined,
): GraphChange {
  const entities = new Map<string, NodeIncrement>();
  const rows: WindowRow[] = [];
  for (const m of document.mentions) {
    let e = entities.get(m.entity);
    if (!e) {
      const known = registered(m.entity);
      e = { id: m.entity, label: known?.label ?? m.name, type: known?.type ?? m.type, mentions: 0, reports: 0 };
      entities.set(m.entity, e);
    }
    if (m.source === 'text') e.mentions += 1;
    if (m.role === 'reporting') e.reports += 1;
    if (m.role === 'subject') rows.push({ doc, unit: windowUnit(window, document.sentences[m.sentence]), entity: m.entity });
  }
  rows.sort((a, b) => a.unit - b.unit);
  return { entities: [...entities.values()], rows, merged: document.merged };
}

/** The keys of the links that window rows (of one document, sorted by window) make. */
export function pairKeys(rows: readonly WindowRow[]): Set<string> {
  const keys = new Set<string>();
  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end < rows.length && rows[end].unit === rows[start].unit) end++;
    forEachWindowPair(
      rows.slice(start, end).map((row) => row.entity),
      (a, b) => keys.add(edgeKey(a, b)),
    );
    start = end;
  }
  return keys;
}
