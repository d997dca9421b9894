/** How many extraction workers an ingest gets when the caller does not say (the CLI's default). */

import { PARALLEL_MIN_CHARS, workersFor } from '../../server/corpus/extract-pool';

describe('workersFor', () => {
  it('gives a small ingest none: a worker takes longer to start than it saves', () => {
    expect(workersFor(0, 8)).toBe(0);
    expect(workersFor(PARALLEL_MIN_CHARS - 1, 8)).toBe(0);
  });

  it('gives a large ingest one worker per core but the writer’s', () => {
    expect(workersFor(PARALLEL_MIN_CHARS, 2)).toBe(1);
    expect(workersFor(50 * PARALLEL_MIN_CHARS, 8)).toBe(7);
  });

  it('gives none on one core, where a worker would only take turns with the writer', () => {
    expect(workersFor(50 * PARALLEL_MIN_CHARS, 1)).toBe(0);
  });
});
