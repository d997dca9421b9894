/** What the committer shares of the registry through the queue, as a worker reads it: from the newest snapshot on, then what came since. */
import type { Client } from 'pg';
import { connectQueue } from '../../server/queue/connection';
import { learntOf, RECORD_KNOWLEDGE, SharedKnowledge } from '../../server/queue/knowledge';
import type { LinkResult } from '../../server/resolve/registry';
import { usePostgres } from '../helpers/postgres';

const postgres = usePostgres();

let client: Client;

beforeEach(async () => {
  client = await connectQueue(await postgres.database(), 'test');
});

afterEach(async () => {
  await client.end();
});

const record = (snapshot: boolean, body: unknown) => client.query(RECORD_KNOWLEDGE, [snapshot, JSON.stringify(body)]);

/** What linking a document that named Sergei Lavrov for the first time reports. */
const LAVROV: LinkResult = {
  ids: ['sergei-lavrov'],
  created: [{ id: 'sergei-lavrov', label: 'Sergei Lavrov', type: 'PERSON', canonical: false }],
  relabelled: [],
  keys: [{ key: 'PERSON|sergei lavrov', entity: 'sergei-lavrov', reason: 'same-name' }],
  merged: [],
};

describe('SharedKnowledge', () => {
  it('knows nothing before the committer shared anything', async () => {
    const knowledge = new SharedKnowledge();
    await knowledge.refresh(client);
    expect(knowledge.knownType('Lavrov')).toBeUndefined();
  });

  it('reads the snapshot, then what linking documents taught, as the registry would answer', async () => {
    await record(true, { entities: [{ label: 'Gazprom', type: 'ORGANIZATION' }], keys: [{ key: 'ORGANIZATION|gazprom' }] });
    const knowledge = new SharedKnowledge();
    await knowledge.refresh(client);
    expect(knowledge.knownType('Gazprom')).toBe('ORGANIZATION');
    expect(knowledge.knownType('Lavrov')).toBeUndefined();
    await record(false, learntOf([LAVROV]));
    await knowledge.refresh(client);
    // A person known by a full name makes the surname known as a person.
    expect(knowledge.knownType('Lavrov')).toBe('PERSON');
  });

  it('starts again from a newer snapshot (a committer that started again)', async () => {
    await record(true, { entities: [], keys: [{ key: 'LOCATION|georgia' }] });
    const knowledge = new SharedKnowledge();
    await knowledge.refresh(client);
    expect(knowledge.knownType('Georgia')).toBe('LOCATION');
    await record(true, { entities: [], keys: [{ key: 'PERSON|georgia' }] });
    await knowledge.refresh(client);
    expect(knowledge.knownType('Georgia')).toBe('PERSON');
  });

  it('refuses a malformed row, naming it', async () => {
    await record(false, [{ created: [{ label: 'X', type: 'PLANET' }], relabelled: [], keys: [] }]);
    await expect(new SharedKnowledge().refresh(client)).rejects.toMatchObject({
      name: 'QueueError',
      message: expect.stringMatching(/^knowledge row 1 of the queue is malformed/),
    });
  });
});
