/**
 * Claiming batches on a real PostgreSQL: the lowest documents first, never one document by two
 * workers, not too far past the committer, taken over once a lease runs out; and extractions
 * stored only while the claim is the worker's own.
 */
import type { Client } from 'pg';
import { benchCorpus } from '../../bench/corpus';
import { extractAhead } from '../../server/corpus/prior-extraction';
import { DEFAULT_EXTRACT_OPTIONS } from '../../server/extract/options';
import { claimBatch, extractionLeft, storeExtractions, type ClaimOptions } from '../../server/queue/claims';
import { connectQueue } from '../../server/queue/connection';
import { enqueue } from '../../server/queue/enqueue';
import { extractionToJson } from '../../server/queue/extraction-json';
import { usePostgres } from '../helpers/postgres';
import { realLexicon } from '../helpers/fixtures';

const postgres = usePostgres();

const OPTIONS: ClaimOptions = { batch: 4, leaseSeconds: 60, ahead: 1000 };

let url: string;
let client: Client;

beforeEach(async () => {
  url = await postgres.database();
  client = await connectQueue(url, 'test');
});

afterEach(async () => {
  await client.end();
});

const seqs = (claimed: readonly { seq: number }[]) => claimed.map((d) => d.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function queue(n: number): Promise<void> {
  await enqueue(client, [...benchCorpus(n, { seed: 8, words: 40 })]);
}

/** The extraction a worker stores for a claimed document. */
const extractionOf = ({ seq, text }: { seq: number; text: string }) => ({
  seq,
  extraction: extractionToJson(
    text,
    extractAhead(text, realLexicon(), DEFAULT_EXTRACT_OPTIONS, () => undefined),
  ),
});

describe('claimBatch', () => {
  it('claims the lowest documents not yet claimed, a batch at a time, with their texts and a lease', async () => {
    await queue(10);
    const first = await claimBatch(client, 'a', OPTIONS);
    expect(seqs(first)).toEqual([1, 2, 3, 4]);
    expect(first[0].text).toMatch(/\S/);
    expect(seqs(await claimBatch(client, 'b', OPTIONS))).toEqual([5, 6, 7, 8]);
    const { rows } = await client.query<{ claimed_by: string; leased: boolean }>(
      "SELECT claimed_by, claimed_until > now() + interval '50 seconds' AS leased FROM plexus_queue.documents WHERE seq = 5",
    );
    expect(rows).toEqual([{ claimed_by: 'b', leased: true }]);
  });

  it('never gives one document to two workers claiming at the same moment', async () => {
    await queue(200);
    const other = await connectQueue(url, 'test');
    try {
      const taken: number[][] = [[], []];
      for (;;) {
        const [a, b] = await Promise.all([claimBatch(client, 'a', OPTIONS), claimBatch(other, 'b', OPTIONS)]);
        if (a.length === 0 && b.length === 0) break;
        taken[0].push(...seqs(a));
        taken[1].push(...seqs(b));
      }
      expect(taken[0].filter((seq) => taken[1].includes(seq))).toEqual([]);
      expect([...taken[0], ...taken[1]].sort((x, y) => x - y)).toEqual(range(1, 200));
    } finally {
      await other.end();
    }
  });

  it('claims nothing more than `ahead` documents past what the committer has resolved', async () => {
    await queue(20);
    const options = { ...OPTIONS, ahead: 6 };
    expect(seqs(await claimBatch(client, 'a', options))).toEqual([1, 2, 3, 4]);
    expect(seqs(await claimBatch(client, 'a', options))).toEqual([5, 6]);
    expect(await claimBatch(client, 'a', options)).toEqual([]);
    await client.query('UPDATE plexus_queue.committer SET resolved_to = 3');
    expect(seqs(await claimBatch(client, 'a', options))).toEqual([7, 8, 9]);
  });

  it('gives a batch whose lease ran out to another worker, and the first then stores nothing', async () => {
    await queue(3);
    const lapsed = await claimBatch(client, 'slow', { ...OPTIONS, leaseSeconds: 0 });
    expect(seqs(lapsed)).toEqual([1, 2, 3]);
    const retaken = await claimBatch(client, 'next', OPTIONS);
    expect(seqs(retaken)).toEqual([1, 2, 3]);
    expect(await storeExtractions(client, 'slow', 'e1', lapsed.map(extractionOf))).toBe(0);
    expect(await storeExtractions(client, 'next', 'e1', retaken.map(extractionOf))).toBe(3);
    const { rows } = await client.query<{ extracted_by: string; claims: number; claimed_until: Date | null }>(
      'SELECT extracted_by, claims, claimed_until FROM plexus_queue.documents ORDER BY seq',
    );
    expect(rows).toEqual(Array.from({ length: 3 }, () => ({ extracted_by: 'next', claims: 2, claimed_until: null })));
  });
});

describe('extractionLeft', () => {
  it('says whether documents wait for extraction, and when the next lease among them runs out', async () => {
    expect(await extractionLeft(client, 10)).toEqual({ waiting: false, leaseEndsInMs: undefined });
    await queue(2);
    expect(await extractionLeft(client, 10)).toEqual({ waiting: true, leaseEndsInMs: undefined });
    const claimed = await claimBatch(client, 'a', { ...OPTIONS, leaseSeconds: 30 });
    const left = await extractionLeft(client, 10);
    expect(left.waiting).toBe(true);
    expect(left.leaseEndsInMs).toBeGreaterThan(20_000);
    expect(left.leaseEndsInMs).toBeLessThanOrEqual(30_000);
    await storeExtractions(client, 'a', 'e1', claimed.map(extractionOf));
    expect(await extractionLeft(client, 10)).toEqual({ waiting: false, leaseEndsInMs: undefined });
  });
});
