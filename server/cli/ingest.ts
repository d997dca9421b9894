/**
 * `plexus ingest PATH… [--db STORE]`: reads files and folders into the store, with a progress bar on
 * a terminal (one line per input otherwise) on stderr and a summary on stdout. Exit code 0 when nothing was refused, 1 when some input
 * was, 2 on a usage error. Also the ingest-with-progress step that `plexus serve --demo` uses.
 */

import { openCorpus } from '../corpus';
import { workersFor } from '../corpus/extract-pool';
import type { Corpus } from '../corpus/types';
import { readInputs } from '../ingest';
import type { DocumentInput, IngestOutcome } from '#model/types';
import { commandConfig, readArgs, usageError } from './args';
import { shownLocation } from '../store/engine';
import { commitFromQueueCommand, enqueueCommand, queueUsageProblem } from './ingest-queue';
import { describeSummary, reportOutcome, type IngestSummary } from './outcomes';
import { reporterFor, type Reporter } from './progress';

export const INGEST_USAGE = `usage: plexus ingest PATH… [--db STORE] [--workers N]
       plexus ingest --again [--db STORE]
       plexus ingest --queue URL PATH…
       plexus ingest --from-queue URL [--db STORE]

Reads files and folders (recursively) into the store: text, Markdown, web pages, PDF, Word
(.docx), e-mail (.eml), RSS or Atom feeds, CSV or JSON Lines tables, and ZIP archives of them.
  --again       run the documents already stored through the pipeline again (after the lexicons
                changed, say); the curation rules are kept and apply again
  --db STORE    the store, an SQLite file or a postgres:// address (default: PLEXUS_DB, else data/plexus.db)
  --workers N   threads extracting beside the one that stores, 0 for none (default: one per core
                but one when the inputs hold more than 4 MiB of text, none below)
  --queue URL   read and check the inputs, then put their documents in the PostgreSQL queue at URL
                (postgres://user@host:port/database), where plexus worker processes extract them
  --from-queue URL  store the queue's extracted documents in queue order, as one ingest would,
                until every queued document is stored; one at a time per queue
Exit code: 0 when every input was added (or queued) or already present, 1 when some input was
refused or the queue could not be used.`;

type ReadResult = Awaited<ReturnType<typeof readInputs>>[number];

/**
 * Ingests what `readInputs` gave, reporting `[3/120] added  path (42 mentions)`, `duplicate`
 * or `refused: reason` per input, in input order. Inputs that could not be read count as refused,
 * in their place. With `workers` above 0 the extraction runs in that many worker threads
 * (ingestParallel); by default in as many as the text is worth (workersFor).
 */
export async function ingestWithProgress(corpus: Corpus, results: ReadResult[], report: Reporter, workers?: number): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, duplicates: 0, refused: 0 };
  const total = results.length;
  let done = 0;
  const step = (): string => `[${++done}/${total}]`;

  // The inputs that could not be read before each document (and after the last), reported just
  // before it: a parallel ingest reads documents ahead of the one it reports.
  const documents: DocumentInput[] = [];
  // Each document's path as given on the command line (the store keeps it relative to that).
  const sources: string[] = [];
  const unreadBefore: string[][] = [[]];
  for (const result of results) {
    if ('error' in result) {
      unreadBefore[documents.length].push(result.error);
    } else {
      documents.push(result.document);
      sources.push(result.source);
      unreadBefore.push([]);
    }
  }
  const reportUnread = (index: number): void => {
    for (const error of unreadBefore[index]) {
      summary.refused++;
      report.item(`${step()} refused: ${error}`, true);
    }
  };

  let reported = 0;
  const onOutcome = (outcome: IngestOutcome): void => {
    const source = sources[reported];
    reportUnread(reported++);
    reportOutcome(report, summary, step(), source, outcome);
  };
  const threads = workers ?? workersFor(documents.reduce((chars, d) => chars + d.text.length, 0));
  if (threads > 0) {
    report.note(`Extracting in ${threads} worker thread${threads === 1 ? '' : 's'} (--workers 0 for none)`);
    await corpus.ingestParallel(documents, { workers: threads, onProgress: onOutcome });
  } else {
    corpus.ingest(documents, onOutcome);
  }
  reportUnread(documents.length);
  report.finish();
  return summary;
}

/** `plexus ingest --again`: every stored document through the pipeline again, one item each. */
export function reingestWithProgress(corpus: Corpus, report: Reporter): IngestSummary {
  const summary: IngestSummary = { added: 0, duplicates: 0, refused: 0 };
  corpus.reingest((outcome, done) => {
    if (outcome.status === 'refused') {
      summary.refused++;
      report.item(`[${done}] refused: ${outcome.reason}`, true);
    } else {
      summary[outcome.status === 'added' ? 'added' : 'duplicates']++;
      report.item(`[${done}] ${outcome.status === 'added' ? 'again ' : 'duplicate'} ${outcome.source}`, false);
    }
  });
  report.finish();
  return summary;
}

export async function ingestCommand(argv: string[]): Promise<number> {
  const parsed = readArgs(
    'ingest',
    INGEST_USAGE,
    argv,
    { db: { type: 'string' }, again: { type: 'boolean' }, workers: { type: 'string' }, queue: { type: 'string' }, 'from-queue': { type: 'string' } },
    { positionals: true },
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (values.queue !== undefined || values['from-queue'] !== undefined) {
    const problem = queueUsageProblem(values, positionals);
    if (problem !== undefined) return usageError('ingest', INGEST_USAGE, problem);
    const config = commandConfig('ingest', values.db);
    if (!config) return 2;
    return values.queue !== undefined ? enqueueCommand(positionals, values.queue, config) : commitFromQueueCommand(values['from-queue'] ?? '', config);
  }
  if (values.again === true && positionals.length > 0) {
    return usageError('ingest', INGEST_USAGE, '--again takes no file or folder: it ingests the stored documents again');
  }
  if (positionals.length === 0 && values.again !== true) {
    return usageError('ingest', INGEST_USAGE, 'name at least one file or folder');
  }
  if (values.workers !== undefined && !/^\d+$/.test(values.workers)) {
    return usageError('ingest', INGEST_USAGE, `--workers wants a whole number of threads (0 for none), got '${values.workers}'`);
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && values.again === true) {
    return usageError('ingest', INGEST_USAGE, '--again runs on one thread and takes no --workers');
  }

  const config = commandConfig('ingest', values.db);
  if (!config) return 2;

  const corpus = openCorpus({ dbPath: config.dbPath, window: config.window });
  try {
    const log = (line: string): void => void process.stderr.write(`${line}\n`);
    let summary: IngestSummary;
    if (values.again === true) {
      summary = reingestWithProgress(corpus, reporterFor(process.stderr, corpus.stats().documents, 'documents', log));
    } else {
      const results = await readInputs(positionals, { maxDocumentChars: config.maxDocumentChars }, log);
      summary = await ingestWithProgress(corpus, results, reporterFor(process.stderr, results.length, 'inputs', log), workers);
    }
    const stats = corpus.stats();
    process.stdout.write(
      `Ingested ${describeSummary(summary)}. ${shownLocation(config.dbPath)} holds ${stats.documents} documents and ${stats.entities} entities.\n`,
    );
    return summary.refused > 0 ? 1 : 0;
  } finally {
    corpus.close();
  }
}
