/**
 * `npm run bench -- crowded`: a document whose one sentence names thousands of people, ingested
 * into a store that holds the demo corpus; the time and memory it adds, and the graph after it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '../server/config';
import { openCorpus } from '../server/corpus';
import { readInputs } from '../server/ingest';
import { crowdedSentence } from './hostile';
import { figure, mib, peakRss, printJson, printTable, since } from './report';

export async function crowdedBench(options: { names: number }): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'plexus-crowded-'));
  const corpus = openCorpus({ dbPath: path.join(dir, 'plexus.db') });
  try {
    const demo = (await readInputs([path.join(findRepoRoot(), 'data', 'corpus')])).flatMap((r) => ('document' in r ? [r.document] : []));
    corpus.ingest(demo);
    corpus.graph();
    const text = crowdedSentence(options.names);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    const [outcome] = corpus.ingest([{ title: 'A list of names', sourcePath: 'upload:crowded.txt', text }]);
    const ingestMs = since(start);
    const rssAdded = process.memoryUsage().rss - rssBefore;
    const graphStart = performance.now();
    const graph = corpus.graph();
    const graphMs = since(graphStart);
    if (outcome.status !== 'added') throw new Error(`the crowded document was not added: ${outcome.status}`);
    printTable(`crowded sentence: ${figure(options.names)} names, ${figure(Buffer.byteLength(text) / 1024)} KiB`, [
      ['ingest', `${figure(ingestMs)} ms`, 'bar: < 2,000 ms'],
      ['RSS added by the ingest', `${figure(mib(rssAdded))} MiB`, 'bar: < 200 MiB'],
      ['graph after it', `${figure(graphMs)} ms`],
      ['entities / links', `${figure(graph.nodes.length)} / ${figure(graph.edges.length)}`],
      ['peak RSS', `${figure(mib(peakRss()))} MiB`],
    ]);
    printJson({ names: options.names, ingestMs, rssAddedMiB: mib(rssAdded), graphMs, nodes: graph.nodes.length, edges: graph.edges.length });
  } finally {
    corpus.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
