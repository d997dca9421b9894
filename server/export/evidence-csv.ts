/**
 * The evidence table: one row per sentence in which the two entities of an exported edge occur
 * together (with a paragraph or document window, per sentence of the window that mentions either),
 * with the document, its outlet and date, the sentence's offsets and text, and the offsets of the
 * first mention of each entity in it. Offsets are JavaScript string offsets into the document's
 * text, end exclusive, as everywhere in Plexus.
 */
import type { Corpus } from '../corpus/types';
import { edgeKey } from '../graph/cooccurrence';
import type { EvidenceItem } from '../model/types';
import { writeCsv, type Cell } from './csv';
import type { ExportGraph } from './export-graph';

export const EVIDENCE_HEADER = [
  'source',
  'source_label',
  'target',
  'target_label',
  'document',
  'title',
  'outlet',
  'date',
  'sentence',
  'sentence_begin',
  'sentence_end',
  'source_begin',
  'source_end',
  'target_begin',
  'target_end',
  'text',
] as const;

function firstMention(item: EvidenceItem, entity: string): { begin?: number; end?: number } {
  return item.mentions.find((mention) => mention.entity === entity) ?? {};
}

/** The rows for the edges of `graph`; with `doc`, only the sentences of that document (what the graph shows). */
export function evidenceRows(corpus: Corpus, graph: ExportGraph, doc?: number): Cell[][] {
  const rows: Cell[][] = [];
  const evidence = corpus.linksEvidence(graph.mapEdges((_key, _attributes, source, target) => [source, target] as const), doc);
  graph.forEachEdge((_key, _attributes, source, target, sourceAttributes, targetAttributes) => {
    for (const item of evidence.get(edgeKey(source, target)) ?? []) {
      const a = firstMention(item, source);
      const b = firstMention(item, target);
      rows.push([
        source,
        sourceAttributes.label,
        target,
        targetAttributes.label,
        item.document.id,
        item.document.title,
        item.document.outlet,
        item.document.date,
        item.sentence.index,
        item.sentence.begin,
        item.sentence.end,
        a.begin,
        a.end,
        b.begin,
        b.end,
        item.sentence.text,
      ]);
    }
  });
  return rows;
}

export function writeEvidenceCsv(corpus: Corpus, graph: ExportGraph, doc?: number): string {
  return writeCsv(EVIDENCE_HEADER, evidenceRows(corpus, graph, doc));
}
