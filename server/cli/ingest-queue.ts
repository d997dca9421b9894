/**
 * `plexus ingest --queue URL PATH…` reads and checks inputs as `plexus ingest` does, and enqueues
 * their documents; `plexus ingest --from-queue URL` is the queue's committer, which stores what the
 * workers extracted, reporting each document as `plexus ingest` does.
 */
import type { Config } from '../config';
import { openCorpus } from '../corpus';
import { readInputs } from '../ingest';
import { QueueError } from '#model/errors';
import type { DocumentInput } from '#model/types';
import { runCommitter } from '../queue/committer';
import { connectQueue, queueUrlProblem, shownUrl } from '../queue/connection';
import { enqueue } from '../queue/enqueue';
import { unstorable } from '../queue/queued-input';
import { describeSummary, reportOutcome, type IngestSummary } from './outcomes';
import { shownLocation } from '../store/engine';
import { reporterFor, type Reporter } from './progress';

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** What is wrong with the arguments of `--queue` or `--from-queue`, or undefined when nothing is. */
export function queueUsageProblem(
  values: { queue?: string; 'from-queue'?: string; again?: boolean; workers?: string; db?: string },
  positionals: string[],
): string | undefined {
  if (values.queue !== undefined && values['from-queue'] !== undefined) return '--queue enqueues and --from-queue stores: give one of them';
  if (values.again === true || values.workers !== undefined) return `${values.queue !== undefined ? '--queue' : '--from-queue'} takes no --again or --workers`;
  if (values.queue !== undefined && positionals.length === 0) return '--queue wants at least one file or folder to enqueue';
  if (values.queue !== undefined && values.db !== undefined) return '--queue puts documents in the queue, not in a store: --db goes with --from-queue';
  if (values['from-queue'] !== undefined && positionals.length > 0)
    return `--from-queue stores what is queued and takes no file or folder, got '${positionals[0]}'`;
  return queueUrlProblem(values.queue ?? values['from-queue'] ?? '');
}

/** Runs a queue command; a QueueError is told as `plexus ingest: …` with exit code 1. */
async function tellingQueueErrors(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    process.stderr.write(`plexus ingest: ${error.message}\n`);
    return 1;
  }
}

export function enqueueCommand(paths: string[], url: string, config: Config): Promise<number> {
  return tellingQueueErrors(async () => {
    const results = await readInputs(paths, { maxDocumentChars: config.maxDocumentChars }, log);
    // Every input is checked before the queue is reached: what is refused is told, what is queued is queued together.
    const lines: { line: string; refused: boolean }[] = [];
    const documents: DocumentInput[] = [];
    const sources: string[] = [];
    results.forEach((result, i) => {
      const step = `[${i + 1}/${results.length}]`;
      const why = 'error' in result ? result.error : unstorable(result.document);
      if (why !== undefined || 'error' in result) {
        lines.push({ line: `${step} refused: ${why}`, refused: true });
        return;
      }
      documents.push(result.document);
      sources.push(result.source);
      lines.push({ line: `${step} queued ${result.source}`, refused: false });
    });
    const client = await connectQueue(url, 'ingest');
    try {
      await enqueue(client, documents, sources);
    } finally {
      await client.end();
    }
    const report = reporterFor(process.stderr, lines.length, 'inputs', log);
    for (const { line, refused } of lines) report.item(line, refused);
    report.finish();
    const refused = results.length - documents.length;
    process.stdout.write(`Queued ${documents.length} of ${results.length} inputs in ${shownUrl(url)} (${refused} refused).\n`);
    return refused > 0 ? 1 : 0;
  });
}

export function commitFromQueueCommand(url: string, config: Config): Promise<number> {
  return tellingQueueErrors(async () => {
    const summary: IngestSummary = { added: 0, duplicates: 0, refused: 0 };
    let total = 0;
    let report: Reporter | undefined;
    const committed = await runCommitter({
      url,
      corpus: { dbPath: config.dbPath, window: config.window },
      log,
      onStart: (uncommitted) => {
        total = uncommitted;
        report = reporterFor(process.stderr, uncommitted, 'documents', log);
      },
      onOutcome: (outcome, done, source) => report && reportOutcome(report, summary, `[${done}/${Math.max(done, total)}]`, source, outcome),
    });
    report?.finish();
    const corpus = openCorpus({ dbPath: config.dbPath, window: config.window });
    try {
      const stats = corpus.stats();
      process.stdout.write(
        `Ingested ${describeSummary(summary)} from ${shownUrl(url)} ` +
          `(${committed.extractedAgain} extracted again here; ${(committed.waitingMs / 1000).toFixed(1)} s waiting for workers). ` +
          `${shownLocation(config.dbPath)} holds ${stats.documents} documents and ${stats.entities} entities.\n`,
      );
    } finally {
      corpus.close();
    }
    return summary.refused > 0 ? 1 : 0;
  });
}
