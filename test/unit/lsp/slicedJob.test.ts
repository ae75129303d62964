import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { JobCancelled, SliceScheduler } from '../../../server/src/lsp/slicedJob';

/** Busy for `ms` milliseconds, as a slice of detection is. */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** A computation of `steps` steps of `ms` each, logging each step as `name` and its index. */
function* counted(log: string[], name: string, steps: number, ms: number): Generator<void, number, void> {
  for (let i = 0; i < steps; i++) {
    busy(ms);
    log.push(`${name}${i}`);
    yield;
  }
  return steps;
}

describe('sliced jobs', () => {
  it('runs a small computation in one slice, on the next turn of the event loop', async () => {
    const log: string[] = [];
    const job = new SliceScheduler(50).start(counted(log, 'a', 3, 0));
    log.push('returned');
    assert.equal(await job.result, 3);
    assert.deepEqual(log, ['returned', 'a0', 'a1', 'a2']);
  });

  it('runs one slice per turn, taking the jobs in turn, with other callbacks between', async () => {
    const log: string[] = [];
    const scheduler = new SliceScheduler(1);
    // Each step outlasts the 1 ms budget: one step per slice.
    const a = scheduler.start(counted(log, 'a', 3, 2));
    const b = scheduler.start(counted(log, 'b', 3, 2));
    setImmediate(() => log.push('other'));
    assert.deepEqual(await Promise.all([a.result, b.result]), [3, 3]);
    assert.deepEqual(log, ['a0', 'other', 'b0', 'a1', 'b1', 'a2', 'b2']);
  });

  it('runs a job a request awaits before the others', async () => {
    const log: string[] = [];
    const scheduler = new SliceScheduler(1);
    const background = scheduler.start(counted(log, 'a', 2, 2));
    const requested = scheduler.start(counted(log, 'b', 2, 2));
    requested.hurry();
    await Promise.all([background.result, requested.result]);
    assert.deepEqual(log, ['b0', 'b1', 'a0', 'a1']);
  });

  it('runs nothing more once cancelled, and says so to its awaiters', async () => {
    const log: string[] = [];
    const job = new SliceScheduler(1).start(counted(log, 'a', 10, 2));
    await new Promise((resolve) => setImmediate(resolve));
    job.cancel();
    await assert.rejects(job.result, JobCancelled);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.deepEqual(log, ['a0']);
  });

  it('rejects with what the computation threw', async () => {
    function* failing(): Generator<void, number, void> {
      yield;
      throw new Error('boom');
    }
    await assert.rejects(new SliceScheduler(0).start(failing()).result, /boom/);
  });
});
