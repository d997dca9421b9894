/** Graphs to export: a small hand-made one with hard names, and the demo corpus in a temporary store. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openCorpus } from '../../server/corpus';
import { freshStore } from '../helpers/store';
import type { Corpus } from '../../server/corpus/types';
import type { ExportResult } from '../../server/export';
import type { SerializedGraph } from '#model/types';
import { demoDocuments } from '../api/harness';

/**
 * Three entities with names a writer must quote or escape (a comma, quotes, a line break, a
 * formula-like start, Cyrillic and Arabic letters, XML's < & >), one isolated, PMI-like negative
 * and fractional weights, and every metric.
 */
export function hardGraph(): SerializedGraph {
  const node = (key: string, label: string, type: 'PERSON' | 'ORGANIZATION' | 'LOCATION', mentions: number, extra: object) => ({
    key,
    attributes: { label, type, mentions, documents: 1, reports: 0, degree: 1, weightedDegree: 0.5, pagerank: 0.25, betweenness: 0, community: 0, ...extra },
  });
  return {
    attributes: { window: 'sentence', nodes: 4, edges: 2, weighting: 'pmi', minCount: 2 },
    options: { type: 'undirected', multi: false, allowSelfLoops: false },
    nodes: [
      node('smith-jones', 'Smith, "Jo" Jones', 'PERSON', 5, { degree: 2, weightedDegree: -0.25, betweenness: 1 }),
      node('putin', 'Владимир Путин\nPutin', 'PERSON', 3, {}),
      node('al-jazeera', '=الجزيرة <&> Al Jazeera', 'ORGANIZATION', 2, { community: 1 }),
      node('nowhere', '-Nowhere', 'LOCATION', 1, { degree: 0, weightedDegree: 0, pagerank: 0.25, community: 2 }),
    ],
    edges: [
      { key: 'putin~smith-jones', source: 'putin', target: 'smith-jones', undirected: true, attributes: { weight: 0.5, count: 3, documents: 2 } },
      { key: 'al-jazeera~smith-jones', source: 'al-jazeera', target: 'smith-jones', undirected: true, attributes: { weight: -0.75, count: 2, documents: 1 } },
    ],
  };
}

export interface DemoCorpus {
  corpus: Corpus;
  dbPath: string;
  /** A temporary folder for the files a test writes. */
  dir: string;
  close(): void;
}

export function demoCorpus(): DemoCorpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-export-'));
  const dbPath = freshStore('demo');
  const corpus = openCorpus({ dbPath });
  corpus.ingest(demoDocuments());
  return {
    corpus,
    dbPath,
    dir,
    close: () => {
      corpus.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An export's file whole, as a download or `plexus export` writes it: its pieces in order. */
export function bytesOf(result: ExportResult): Buffer {
  return Buffer.concat([...result.chunks]);
}
