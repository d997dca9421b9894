/**
 * A helper thread of betweenness (betweenness.ts): searches from its share of the sources into
 * shared memory, then says it is done or failed, and wakes the thread that waits for it.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { accumulate, HELPER_DONE, HELPER_FAILED, type HelperJob } from './betweenness';

function help(job: HelperJob): void {
  try {
    accumulate(job.neighborhood, job.starts, job.sources, job.centrality);
    Atomics.store(job.state, 0, HELPER_DONE);
  } catch {
    Atomics.store(job.state, 0, HELPER_FAILED);
  } finally {
    Atomics.notify(job.state, 0);
  }
}

if (isMainThread) throw new Error('betweenness-helper runs as a worker thread only');
help(workerData as HelperJob);
