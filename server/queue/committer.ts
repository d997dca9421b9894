/**
 * `plexus ingest --from-queue`: the one committer of a queue. It takes the extracted documents in
 * queue order and stores them (resolution and write) as one ingest would, so that the entities are
 * the same however many workers extracted them; it shares its progress and what it learnt with them.
 */
import type { CorpusOptions } from '../corpus';
import { DocumentWriter } from '../corpus/document-writer';
import type { PriorExtraction } from '../corpus/pipeline';
import { QueueError } from '#model/errors';
import type { DocumentInput, IngestOutcome } from '#model/types';
import type { LinkResult } from '../resolve/registry';
import type { ClientBase } from 'pg';
import { becomeCommitter, recordCommitted, rowsAfter, shareProgress, startCommitting, type QueuedRow } from './commits';
import { connectQueue } from './connection';
import { readExtraction } from './extraction-json';
import { learntOf } from './knowledge';
import { Notices } from './notices';
import { readQueuedInput } from './queued-input';

export interface CommitterOptions {
  url: string;
  corpus: CorpusOptions;
  /** Told how many documents wait to be committed when it starts. */
  onStart?: (uncommitted: number) => void;
  /** Each document's outcome, in queue order, with the path it was queued from. */
  onOutcome?: (outcome: IngestOutcome, done: number, source: string) => void;
  log: (line: string) => void;
}

export interface CommitSummary {
  documents: number;
  /** Documents extracted here, their extraction not holding against the registry as it was by then. */
  extractedAgain: number;
  /** Time spent waiting for workers to extract the next document. */
  waitingMs: number;
}

/** Documents read from the queue at a time. */
const READ_ROWS = 256;
/** A store transaction is committed after this many documents or this long, as a long ingest commits (BULK_BATCH). */
const COMMIT_DOCUMENTS = 1024;
const COMMIT_MS = 2000;
/** The longest the committer waits without a notice before it looks at the queue again. */
const IDLE_MS = 1000;
/** How long it waits for one document before saying so. */
const PATIENCE_MS = 10_000;

type Committed = { seq: number; outcome: IngestOutcome; extractedAgain: boolean };

/** A queued row's document, or its refusal when the row's metadata are malformed. */
function queuedInput(row: QueuedRow): DocumentInput | Committed {
  try {
    return readQueuedInput(row.seq, row.text, row.meta);
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    return { seq: row.seq, outcome: { status: 'refused', source: `queued document ${row.seq}`, reason: error.message }, extractedAgain: false };
  }
}

/** A row's extraction when this committer can use it: made by the same extractor, and well formed. */
function usableExtraction(row: QueuedRow, extractor: string, log: (line: string) => void): PriorExtraction | undefined {
  if (row.extractor !== extractor) return undefined;
  try {
    return readExtraction(row.text, row.extraction);
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    log(`queued document ${row.seq}: ${error.message}; extracting it here`);
    return undefined;
  }
}

/** A document of the queue into the writer's open transaction. */
function commitRow(writer: DocumentWriter, row: QueuedRow, log: (line: string) => void): Committed & { link?: LinkResult } {
  const input = queuedInput(row);
  if ('outcome' in input) return input;
  try {
    return { seq: row.seq, ...writer.add(input, usableExtraction(row, writer.extractorVersion, log)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new QueueError(`queued document ${row.seq} (${input.sourcePath || input.title}) could not be stored: ${reason}`, { cause: error });
  }
}

export async function runCommitter(options: CommitterOptions): Promise<CommitSummary> {
  const client = await connectQueue(options.url, 'committer');
  let writer: DocumentWriter | undefined;
  try {
    await becomeCommitter(client);
    const notices = await Notices.listen(client);
    writer = DocumentWriter.open(options.corpus);
    const start = await startCommitting(client, writer.extractorVersion, writer.knowledge());
    options.onStart?.(start.uncommitted);
    return await commitAll(client, writer, notices, start.after, options);
  } catch (error) {
    // The open transaction is lost, as in a crash: its documents stay uncommitted in the queue for the next run.
    writer?.rollback();
    throw error;
  } finally {
    writer?.close();
    await client.end();
  }
}

async function commitAll(client: ClientBase, writer: DocumentWriter, notices: Notices, from: number, options: CommitterOptions): Promise<CommitSummary> {
  const summary: CommitSummary = { documents: 0, extractedAgain: 0, waitingMs: 0 };
  let pending: Committed[] = [];
  let openedAt = 0;
  let waiting = { seq: 0, since: 0, told: false };
  let shared = from;
  const share = async (resolvedTo: number, links: readonly LinkResult[]) => {
    await shareProgress(client, resolvedTo, learntOf(links));
    shared = resolvedTo;
  };
  const commitStore = async () => {
    writer.commit();
    await recordCommitted(client, pending);
    pending = [];
  };
  for (let after = from; ;) {
    const rows = await rowsAfter(client, after, READ_ROWS);
    if (rows.length === 0) break;
    const unextracted = rows.findIndex((row) => !row.ready);
    const ready = unextracted < 0 ? rows : rows.slice(0, unextracted);
    if (ready.length === 0) {
      // While it waits for a worker, a transaction open long enough is committed all the same.
      if (pending.length > 0 && Date.now() - openedAt >= COMMIT_MS) await commitStore();
      if (rows[0].seq - 1 > shared) await share(rows[0].seq - 1, []);
      if (waiting.seq !== rows[0].seq) waiting = { seq: rows[0].seq, since: Date.now(), told: false };
      else if (!waiting.told && Date.now() - waiting.since > PATIENCE_MS) {
        options.log(`waiting for queued document ${waiting.seq}: no worker has extracted it yet (is a plexus worker running?)`);
        waiting.told = true;
      }
      const waited = performance.now();
      await notices.wait(['extracted'], IDLE_MS);
      summary.waitingMs += performance.now() - waited;
      continue;
    }
    if (pending.length === 0) openedAt = Date.now();
    writer.begin();
    const links: LinkResult[] = [];
    for (const row of ready) {
      const done = commitRow(writer, row, options.log);
      pending.push(done);
      if (done.link) links.push(done.link);
      summary.documents += 1;
      if (done.extractedAgain) summary.extractedAgain += 1;
      options.onOutcome?.(done.outcome, summary.documents, row.source);
    }
    after = ready[ready.length - 1].seq;
    await share(after, links);
    if (pending.length >= COMMIT_DOCUMENTS || Date.now() - openedAt >= COMMIT_MS) await commitStore();
  }
  await commitStore();
  return summary;
}
