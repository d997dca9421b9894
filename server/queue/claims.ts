/**
 * A worker's side of the queue in SQL: claim a batch (FOR UPDATE SKIP LOCKED, so that workers never
 * claim the same document, with a lease after which another may), and store its extractions while
 * the claim is still the worker's.
 */
import type { ClientBase } from 'pg';
import type { ExtractionJson } from './extraction-json';
import { notifySql } from './notices';

export interface ClaimOptions {
  /** Documents per batch. */
  batch: number;
  /** How long a claim holds: after it another worker may take the batch. */
  leaseSeconds: number;
  /** How far past the committer's progress a worker claims, in documents (see docs/scale.md). */
  ahead: number;
}

export interface ClaimedDocument {
  seq: number;
  text: string;
}

/**
 * The lowest documents not yet extracted and not claimed under a running lease, within `ahead`
 * documents of what the committer has resolved; claimed for `worker` until the lease runs out.
 */
const CLAIM = `
  WITH horizon AS (
    SELECT coalesce(
      (SELECT d.seq FROM plexus_queue.documents d
       WHERE d.seq > (SELECT resolved_to FROM plexus_queue.committer)
       ORDER BY d.seq OFFSET $4 LIMIT 1),
      9223372036854775807) AS seq
  ), next AS (
    SELECT d.seq FROM plexus_queue.documents d
    WHERE d.extraction IS NULL AND (d.claimed_until IS NULL OR d.claimed_until < now())
      AND d.seq < (SELECT seq FROM horizon)
    ORDER BY d.seq LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  UPDATE plexus_queue.documents d
  SET claimed_by = $2, claimed_until = now() + $3 * interval '1 second', claims = d.claims + 1
  FROM next WHERE d.seq = next.seq
  RETURNING d.seq, d.text`;

export async function claimBatch(client: ClientBase, worker: string, options: ClaimOptions): Promise<ClaimedDocument[]> {
  const { rows } = await client.query<{ seq: string; text: string }>(CLAIM, [options.batch, worker, options.leaseSeconds, options.ahead]);
  return rows.map((row) => ({ seq: Number(row.seq), text: row.text })).sort((a, b) => a.seq - b.seq);
}

/**
 * Stores a batch's extractions, each only while its claim is still `worker`'s (a worker whose lease
 * ran out may find its batch taken); tells the committer. Returns how many were stored.
 */
export async function storeExtractions(
  client: ClientBase,
  worker: string,
  extractor: string,
  extractions: readonly { seq: number; extraction: ExtractionJson }[],
): Promise<number> {
  const { rows } = await client.query<{ stored: number }>(
    `WITH stored AS (
       UPDATE plexus_queue.documents d
       SET extraction = e.extraction, extractor = $3, extracted_by = $2, claimed_until = NULL
       FROM unnest($1::bigint[], $4::json[]) AS e(seq, extraction)
       WHERE d.seq = e.seq AND d.claimed_by = $2 AND d.extraction IS NULL
       RETURNING d.seq)
     SELECT count(*)::int AS stored, (${notifySql('extracted')}) AS notified FROM stored`,
    [extractions.map((e) => e.seq), worker, extractor, extractions.map((e) => JSON.stringify(e.extraction))],
  );
  return rows[0]?.stored ?? 0;
}

/**
 * Whether documents are still waiting for extraction, and when the first lease among the next
 * `ahead` of them runs out (milliseconds from now), after which its batch may be taken.
 */
export async function extractionLeft(client: ClientBase, ahead: number): Promise<{ waiting: boolean; leaseEndsInMs: number | undefined }> {
  const { rows } = await client.query<{ waiting: boolean; lease_ms: number | null }>(
    `SELECT EXISTS (SELECT 1 FROM plexus_queue.documents WHERE extraction IS NULL) AS waiting,
       (SELECT extract(epoch FROM min(claimed_until) - now()) * 1000 FROM (
          SELECT claimed_until FROM plexus_queue.documents WHERE extraction IS NULL ORDER BY seq LIMIT $1) next
        WHERE claimed_until > now())::float8 AS lease_ms`,
    [ahead],
  );
  const row = rows[0];
  return { waiting: row?.waiting === true, leaseEndsInMs: row?.lease_ms ?? undefined };
}

/** The extractor of the committer that resolves this queue, when one has started. */
export async function committerExtractor(client: ClientBase): Promise<string | undefined> {
  const { rows } = await client.query<{ extractor: string | null }>('SELECT extractor FROM plexus_queue.committer');
  return rows[0]?.extractor ?? undefined;
}
