/**
 * `plexus worker --queue URL`: extracts queued documents (server/queue/worker.ts) until none is
 * left, or with --follow until stopped; SIGINT or SIGTERM stops it after the batch in hand.
 */
import { QueueError } from '#model/errors';
import { runWorker } from '../queue/worker';
import { queueUrlProblem } from '../queue/connection';
import { readArgs, usageError } from './args';

export const WORKER_USAGE = `usage: plexus worker --queue URL [--batch N] [--lease SECONDS] [--ahead N] [--follow]

Extracts the documents of the PostgreSQL queue at URL (postgres://user@host:port/database) that
plexus ingest --queue filled, a batch at a time, for plexus ingest --from-queue to store. Any
number of workers may run, on any machine that reaches the queue.
  --batch N          documents claimed at a time (default 8)
  --lease SECONDS    how long a claim holds: after it, another worker takes the batch of a worker
                     that stopped (default 60)
  --ahead N          extract at most N documents past what the committer has stored (default 32)
  --follow           wait for more documents once the queue is empty, until stopped`;

const DEFAULTS = { batch: 8, lease: 60, ahead: 32 };

/** A whole number ≥ 1, or undefined when `value` is not one. */
function positive(value: string | undefined, fallback: number): number | undefined {
  if (value === undefined) return fallback;
  return /^[1-9]\d*$/.test(value) ? Number(value) : undefined;
}

export async function workerCommand(argv: string[]): Promise<number> {
  const parsed = readArgs('worker', WORKER_USAGE, argv, {
    queue: { type: 'string' },
    batch: { type: 'string' },
    lease: { type: 'string' },
    ahead: { type: 'string' },
    follow: { type: 'boolean' },
  });
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  if (values.queue === undefined) return usageError('worker', WORKER_USAGE, 'name the queue with --queue postgres://…');
  const numbers = { ...DEFAULTS };
  for (const name of ['batch', 'lease', 'ahead'] as const) {
    const value = positive(values[name], DEFAULTS[name]);
    if (value === undefined) return usageError('worker', WORKER_USAGE, `--${name} wants a whole number from 1, got '${values[name]}'`);
    numbers[name] = value;
  }
  const problem = queueUrlProblem(values.queue);
  if (problem !== undefined) return usageError('worker', WORKER_USAGE, problem);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const summary = await runWorker({
      url: values.queue,
      batch: numbers.batch,
      leaseSeconds: numbers.lease,
      // A window narrower than a batch would cut every batch short.
      ahead: Math.max(numbers.ahead, numbers.batch),
      follow: values.follow === true,
      log: (line) => void process.stderr.write(`${line}\n`),
      signal: stop.signal,
    });
    const lost = summary.lost > 0 ? `; ${summary.lost} more were taken by another worker once the lease ran out` : '';
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    process.stdout.write(
      `Extracted ${summary.documents} documents in ${summary.batches} batches${lost} ` +
        `(${seconds(summary.extractingMs)} s extracting, ${seconds(summary.waitingMs)} s waiting for documents to claim).\n`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof QueueError)) throw error;
    process.stderr.write(`plexus worker: ${error.message}\n`);
    return 1;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
