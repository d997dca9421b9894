/**
 * The committer's side of the queue in SQL: one committer at a time (an advisory lock), the
 * documents after a point in queue order with their extractions, its progress and knowledge shared
 * with the workers, and each document's outcome once the store has committed it.
 */
import type { ClientBase } from 'pg';
import { QueueError } from '#model/errors';
import type { IngestOutcome } from '#model/types';
import { RECORD_KNOWLEDGE } from './knowledge';
import { notifySql } from './notices';

/** The advisory lock a committer holds for as long as it runs ('plxc' read as a number). */
const COMMITTER_LOCK = 0x706c7863;

/** Takes the committer's lock, or throws QueueError when another committer holds it. */
export async function becomeCommitter(client: ClientBase): Promise<void> {
  const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [COMMITTER_LOCK]);
  if (rows[0]?.locked !== true) {
    throw new QueueError('another committer is already storing this queue: one runs at a time, so that documents are resolved in queue order');
  }
}

/**
 * Where a committer starts: just before the first document not committed yet. It records its
 * extractor and the registry's knowledge (a snapshot) for the workers, in one transaction.
 */
export async function startCommitting(client: ClientBase, extractor: string, snapshot: unknown): Promise<{ after: number; uncommitted: number }> {
  await client.query('BEGIN');
  try {
    const { rows } = await client.query<{ after: string; uncommitted: number }>(
      `SELECT coalesce((SELECT min(seq) - 1 FROM plexus_queue.documents WHERE committed_at IS NULL),
                       (SELECT max(seq) FROM plexus_queue.documents), 0) AS after,
              (SELECT count(*)::int FROM plexus_queue.documents WHERE committed_at IS NULL) AS uncommitted`,
    );
    const after = Number(rows[0]?.after ?? 0);
    await client.query('UPDATE plexus_queue.committer SET extractor = $1, resolved_to = $2', [extractor, after]);
    await client.query(RECORD_KNOWLEDGE, [true, JSON.stringify(snapshot)]);
    await client.query(notifySql('resolved'));
    await client.query('COMMIT');
    return { after, uncommitted: rows[0]?.uncommitted ?? 0 };
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

export interface QueuedRow {
  seq: number;
  /** The path it was queued from, as the command line gave it. */
  source: string;
  /** Its extraction is in the queue; text, meta and extraction are read only then. */
  ready: boolean;
  text: string;
  meta: unknown;
  extraction: unknown;
  extractor: string | undefined;
}

/** Up to `limit` documents not committed, after `after` in queue order. */
export async function rowsAfter(client: ClientBase, after: number, limit: number): Promise<QueuedRow[]> {
  const { rows } = await client.query<{
    seq: string;
    source: string;
    ready: boolean;
    text: string | null;
    meta: unknown;
    extraction: unknown;
    extractor: string | null;
  }>(
    `SELECT seq, source, extraction IS NOT NULL AS ready, extractor, extraction,
            CASE WHEN extraction IS NOT NULL THEN text END AS text,
            CASE WHEN extraction IS NOT NULL THEN meta END AS meta
     FROM plexus_queue.documents WHERE committed_at IS NULL AND seq > $1 ORDER BY seq LIMIT $2`,
    [after, limit],
  );
  return rows.map((row) => ({ ...row, seq: Number(row.seq), text: row.text ?? '', extractor: row.extractor ?? undefined }));
}

/** The committer's progress (every document up to `resolvedTo` resolved) and what linking them taught, in one statement. */
export async function shareProgress(client: ClientBase, resolvedTo: number, learnt: readonly unknown[]): Promise<void> {
  await client.query(
    `WITH knowledge AS (INSERT INTO plexus_queue.knowledge (snapshot, body) SELECT false, $2::json WHERE $3),
          progress AS (UPDATE plexus_queue.committer SET resolved_to = $1)
     ${notifySql('resolved')}`,
    [resolvedTo, JSON.stringify(learnt), learnt.length > 0],
  );
}

/** An outcome as the queue records it: the document's id in the store, or why it was refused. */
function recordedOutcome(outcome: IngestOutcome, extractedAgain: boolean): object {
  return outcome.status === 'refused'
    ? { status: outcome.status, reason: outcome.reason }
    : { status: outcome.status, document: outcome.document.id, extractedAgain };
}

/** Marks documents committed into the store, with their outcomes. */
export async function recordCommitted(
  client: ClientBase,
  committed: readonly { seq: number; outcome: IngestOutcome; extractedAgain: boolean }[],
): Promise<void> {
  if (committed.length === 0) return;
  await client.query(
    `UPDATE plexus_queue.documents d SET committed_at = now(), outcome = c.outcome
     FROM unnest($1::bigint[], $2::jsonb[]) AS c(seq, outcome) WHERE d.seq = c.seq`,
    [committed.map((c) => c.seq), committed.map((c) => JSON.stringify(recordedOutcome(c.outcome, c.extractedAgain)))],
  );
}
