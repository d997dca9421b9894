/**
 * The evidence table: one row per sentence in which the two entities of an exported edge occur
 * together (with a paragraph or document window, per sentence of the window that mentions either),
 * with the document, its outlet and date, the sentence's offsets and text, and the offsets of the
 * first mention of each entity in it. Offsets are JavaScript string offsets into the document's
 * text, end exclusive, as everywhere in Plexus.
 */
import type { Corpus } from '../corpus/types';
import { edgeKey } from '#model/edge-key';
import type { EvidenceItem } from '#model/types';
import type { DocumentScope } from '../store/store';
import { csvLines, type Cell } from './csv';
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
  'date_source',
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

/** Rows per piece of the evidence CSV: a piece of about a megabyte. */
export const EVIDENCE_ROWS_PER_CHUNK = 4096;

/**
 * The evidence CSV of the edges of `graph` (with a scope, only the sentences of its documents, one
 * or those of a period: what the graph shows), in pieces of `rowsPerChunk` rows, header and byte-order mark first. The
 * evidence is gathered at the call; the pieces are made as they are read, and each edge's evidence
 * is let go once written, so that the table of a large corpus (a 10,000-document store's is 141 MB)
 * is never held whole, nor more than one piece of its rows as objects.
 */
export function evidenceCsv(corpus: Corpus, graph: ExportGraph, scope: DocumentScope = {}, rowsPerChunk = EVIDENCE_ROWS_PER_CHUNK): Iterable<string> {
  const evidence = corpus.linksEvidence(
    graph.mapEdges((_key, _attributes, source, target) => [source, target] as const),
    scope,
  );
  return (function* pieces() {
    yield csvLines([EVIDENCE_HEADER], true);
    let rows: Cell[][] = [];
    for (const { source, target, sourceAttributes, targetAttributes } of graph.edgeEntries()) {
      const key = edgeKey(source, target);
      for (const item of evidence.get(key) ?? []) {
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
          item.document.dateSource,
          item.sentence.index,
          item.sentence.begin,
          item.sentence.end,
          a.begin,
          a.end,
          b.begin,
          b.end,
          item.sentence.text,
        ]);
        if (rows.length >= rowsPerChunk) {
          yield csvLines(rows, false);
          rows = [];
        }
      }
      evidence.delete(key);
    }
    if (rows.length > 0) yield csvLines(rows, false);
  })();
}
