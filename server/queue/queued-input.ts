/**
 * A document as the queue holds it: its text in a column of its own, everything else of its
 * DocumentInput as JSON. What comes back out of the queue is checked, since any client of the
 * database may have written it.
 */
import { z } from 'zod';
import { QueueError } from '#model/errors';
import { DATE_SOURCES, type DocumentInput } from '#model/types';
import { holdsNul } from '../ingest/limits';

const correspondent = z.object({ name: z.string(), begin: z.number().int().nonnegative(), end: z.number().int().nonnegative() });

const meta = z.object({
  title: z.string(),
  sourcePath: z.string(),
  outlet: z.string().optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
    .optional(),
  dateSource: z.enum(DATE_SOURCES).optional(),
  url: z.string().optional(),
  correspondents: z.array(correspondent).optional(),
});

export type QueuedMeta = z.infer<typeof meta>;

/** Everything of a document but its text, as the queue's `meta` column holds it. */
export function queuedMeta(input: DocumentInput): QueuedMeta {
  const { text: _text, ...rest } = input;
  return rest;
}

/** Why PostgreSQL cannot hold a document, or undefined when it can: its text type refuses NUL characters. */
export function unstorable(input: DocumentInput): string | undefined {
  return holdsNul(input) ? `${input.sourcePath || input.title}: holds a NUL character, which the queue (PostgreSQL text) cannot store` : undefined;
}

/** The DocumentInput of a queued row; QueueError naming the row and the field when its metadata are malformed. */
export function readQueuedInput(seq: number, text: string, value: unknown): DocumentInput {
  const parsed = meta.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'meta';
    throw new QueueError(`queued document ${seq} has malformed metadata: ${field} ${issue?.message ?? 'is not valid'}`);
  }
  const correspondents = parsed.data.correspondents;
  const outside = correspondents?.find((c) => c.begin > c.end || c.end > text.length);
  if (outside) throw new QueueError(`queued document ${seq} has malformed metadata: correspondent '${outside.name}' lies outside its text`);
  return { ...parsed.data, text };
}
