import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JobCancelled, startSlicedJob } from '../../../server/src/lsp/slicedJob';

/** Busy for `ms` milliseconds, as a slice of detection is. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** A computation of `steps` steps of `ms` each, recording which ran. */
function* counted(log: string[], steps: number, ms: number): Generator<void, number, void> {
  for (let i = 0; i < steps; i++) {
    busy(ms);
    log.push(`step ${i}`);
    yield;
  }
  return steps;
}

describe('sliced jobs', () => {
  it('ends a small computation within the call, before any other callback', async () => {
    const log: string[] = [];
    setImmediate(() => log.push('other'));
    const job = startSlicedJob(counted(log, 3, 0), 50);
    log.push('returned');
    assert.equal(await job.result, 3);
    assert.deepEqual(log.slice(0, 4), ['step 0', 'step 1', 'step 2', 'returned']);
  });

  it('hands the event loop back between slices', async () => {
    const log: string[] = [];
    const job = startSlicedJob(counted(log, 4, 3), 1);
    setImmediate(() => log.push('other'));
    assert.equal(await job.result, 4);
    // One step per slice (each outlasts the 1 ms budget). The second slice was queued before the other callback,
    // the third after it.
    assert.deepEqual(log, ['step 0', 'step 1', 'other', 'step 2', 'step 3']);
  });

  it('runs nothing more once cancelled, and says so to its awaiters', async () => {
    const log: string[] = [];
    const job = startSlicedJob(counted(log, 10, 2), 1);
    job.cancel();
    await assert.rejects(job.result, JobCancelled);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(log, ['step 0']);
  });

  it('rejects with what the computation threw', async () => {
    function* failing(): Generator<void, number, void> {
      yield;
      throw new Error('boom');
    }
    await assert.rejects(startSlicedJob(failing(), 0).result, /boom/);
  });
});
