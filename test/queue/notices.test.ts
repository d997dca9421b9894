/** Waiting for what other processes of the queue announce (LISTEN/NOTIFY), on a real PostgreSQL. */
import type { Client } from 'pg';
import { connectQueue } from '../../server/queue/connection';
import { notifySql, Notices } from '../../server/queue/notices';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();

let listener: Client;
let sender: Client;

beforeEach(async () => {
  const url = await postgres.database();
  [listener, sender] = await Promise.all([connectQueue(url, 'test'), connectQueue(url, 'test')]);
});

afterEach(async () => {
  await Promise.all([listener.end(), sender.end()]);
});

describe('Notices', () => {
  it('ends a wait when another process sends a notice waited for, and not for another notice', async () => {
    const notices = await Notices.listen(listener);
    let ended = false;
    const waiting = notices.wait(['extracted'], 600_000).then(() => (ended = true));
    await sender.query(notifySql('enqueued'));
    // A round trip on the listening connection: the notice sent before it has been delivered by its end.
    await listener.query('SELECT 1');
    expect(ended).toBe(false);
    await sender.query(notifySql('extracted'));
    await waiting;
    expect(ended).toBe(true);
  });

  it('ends a wait at once for a notice heard before it, once', async () => {
    const notices = await Notices.listen(listener);
    await sender.query(notifySql('resolved'));
    await listener.query('SELECT 1');
    // Were it missed, this wait would outlast the test's time limit.
    await notices.wait(['resolved'], 600_000);
    let ended = false;
    const second = notices.wait(['resolved'], 600_000).then(() => (ended = true));
    await listener.query('SELECT 1');
    expect(ended).toBe(false);
    notices.interrupt();
    await second;
  });

  it('counts each notice heard, whether or not anything waited for it', async () => {
    const notices = await Notices.listen(listener);
    expect(notices.count('resolved')).toBe(0);
    await sender.query(notifySql('resolved'));
    await sender.query(notifySql('resolved'));
    await sender.query(notifySql('enqueued'));
    await listener.query('SELECT 1');
    await notices.wait(['resolved'], 600_000);
    expect([notices.count('resolved'), notices.count('enqueued'), notices.count('extracted')]).toEqual([2, 1, 0]);
  });

  it('ends a wait when its time is up, or when interrupted', async () => {
    const notices = await Notices.listen(listener);
    await notices.wait(['extracted'], 10);
    const interrupted = notices.wait(['extracted'], 600_000);
    notices.interrupt();
    await interrupted;
  });
});
