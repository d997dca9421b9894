/**
 * Documents into the queue, in the order given (which is the order the committer resolves them in),
 * all of them or none, and a notice to the waiting workers.
 */
import type { ClientBase } from 'pg';
import type { DocumentInput } from '#model/types';
import { notifySql } from './notices';
import { queuedMeta } from './queued-input';

/** Rows per INSERT: large enough that round trips do not count, small enough to bound one statement's parameters. */
const ROWS_PER_INSERT = 500;

/**
 * Enqueues `inputs` in one transaction, each with the path it was read from as the command line
 * gave it (`sources`; by default its source path or title); returns their positions in the queue.
 */
export async function enqueue(
  client: ClientBase,
  inputs: readonly DocumentInput[],
  sources = inputs.map((input) => input.sourcePath || input.title),
): Promise<number[]> {
  const seqs: number[] = [];
  await client.query('BEGIN');
  try {
    for (let start = 0; start < inputs.length; start += ROWS_PER_INSERT) {
      const chunk = inputs.slice(start, start + ROWS_PER_INSERT);
      const { rows } = await client.query<{ seq: string }>(
        `INSERT INTO plexus_queue.documents (source, text, meta)
         SELECT source, text, meta FROM unnest($1::text[], $2::text[], $3::jsonb[]) WITH ORDINALITY AS d(source, text, meta, n) ORDER BY n
         RETURNING seq`,
        [sources.slice(start, start + ROWS_PER_INSERT), chunk.map((input) => input.text), chunk.map((input) => JSON.stringify(queuedMeta(input)))],
      );
      seqs.push(...rows.map((row) => Number(row.seq)).sort((a, b) => a - b));
    }
    if (inputs.length > 0) await client.query(notifySql('enqueued'));
    await client.query('COMMIT');
    return seqs;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
