/**
 * What one process of the queue tells the others through LISTEN/NOTIFY: documents were enqueued,
 * extracted, or resolved by the committer. A process waits for the notices it cares about, or for a
 * time it knows of itself (a lease running out); a notice heard before the wait ends it at once.
 */
import type { ClientBase } from 'pg';

export const CHANNEL = 'plexus_queue';

/** Documents were enqueued, extractions stored, or the committer moved on (and shared what it learnt). */
export type Notice = 'enqueued' | 'extracted' | 'resolved';

/** The SQL that sends a notice, in the caller's transaction (delivered when it commits). */
export const notifySql = (notice: Notice): string => `SELECT pg_notify('${CHANNEL}', '${notice}')`;

export class Notices {
  private readonly heard = new Set<string>();
  private readonly counts = new Map<string, number>();
  private wake: (() => void) | undefined;
  private waitingFor: readonly Notice[] = [];

  private constructor() {}

  static async listen(client: ClientBase): Promise<Notices> {
    const notices = new Notices();
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || message.payload === undefined) return;
      notices.heard.add(message.payload);
      notices.counts.set(message.payload, (notices.counts.get(message.payload) ?? 0) + 1);
      if (notices.waitingFor.some((notice) => notices.heard.has(notice))) notices.interrupt();
    });
    await client.query(`LISTEN ${CHANNEL}`);
    return notices;
  }

  /** How many times `notice` was heard since listening: what changed since a count taken before can be read again. */
  count(notice: Notice): number {
    return this.counts.get(notice) ?? 0;
  }

  /** Resolves when one of `notices` is heard (or was, since the last wait for it), after `ms`, or on `interrupt`. */
  async wait(notices: readonly Notice[], ms: number): Promise<void> {
    if (notices.some((notice) => this.heard.delete(notice))) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => this.interrupt(), Math.max(0, ms));
      this.waitingFor = notices;
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    for (const notice of notices) this.heard.delete(notice);
  }

  /** Ends the current wait now (a signal to stop, a timer). */
  interrupt(): void {
    const wake = this.wake;
    this.wake = undefined;
    this.waitingFor = [];
    wake?.();
  }
}
