/**
 * What extraction asks of the corpus (KnownTypes), shared through the queue: the committer writes
 * the registry's entities and name keys when it starts, then what linking each document added; a
 * worker reads from the newest snapshot on, and then what came since it last looked, before each batch.
 */
import type { ClientBase } from 'pg';
import { z } from 'zod';
import { QueueError } from '#model/errors';
import { ENTITY_TYPES } from '#model/types';
import { KnownTypes, type TypedEntity, type TypedKey } from '../resolve/known-types';
import type { LinkResult } from '../resolve/registry';

const entity = z.object({ label: z.string(), type: z.enum(ENTITY_TYPES) });
const key = z.object({ key: z.string() });
const snapshot = z.object({ entities: z.array(entity), keys: z.array(key) });
const learnt = z.array(z.object({ created: z.array(entity), relabelled: z.array(entity), keys: z.array(key) }));

type Learnt = z.infer<typeof learnt>[number];

const typed = ({ label, type }: TypedEntity) => ({ label, type });
const keyOnly = ({ key }: TypedKey) => ({ key });

/** What linking documents taught the registry, as much of it as KnownTypes reads. */
export function learntOf(links: readonly LinkResult[]): Learnt[] {
  return links.map((link) => ({ created: link.created.map(typed), relabelled: link.relabelled.map(typed), keys: link.keys.map(keyOnly) }));
}

/** The SQL that records knowledge, in the caller's transaction: $1 a snapshot or not, $2 its body as JSON. */
export const RECORD_KNOWLEDGE = 'INSERT INTO plexus_queue.knowledge (snapshot, body) VALUES ($1, $2)';

/** A worker's KnownTypes, kept up to date from the queue. */
export class SharedKnowledge {
  private known = new KnownTypes();
  private after = 0;

  readonly knownType = (name: string) => this.known.knownType(name);

  /** Reads what the committer recorded since the last call (from its newest snapshot on, the first time or after it started again). */
  async refresh(client: ClientBase): Promise<void> {
    const { rows } = await client.query<{ seq: string; snapshot: boolean; body: unknown }>(
      `SELECT seq, snapshot, body FROM plexus_queue.knowledge
       WHERE seq > $1 AND seq >= coalesce((SELECT max(seq) FROM plexus_queue.knowledge WHERE snapshot), 0)
       ORDER BY seq`,
      [this.after],
    );
    for (const row of rows) {
      const schema = row.snapshot ? snapshot : learnt;
      const parsed = schema.safeParse(row.body);
      if (!parsed.success) throw new QueueError(`knowledge row ${row.seq} of the queue is malformed: ${parsed.error.issues[0]?.message ?? 'not valid'}`);
      if ('entities' in parsed.data) this.known = KnownTypes.from(parsed.data.entities, parsed.data.keys);
      else for (const link of parsed.data) this.known.learn(link);
      this.after = Number(row.seq);
    }
  }
}
