/**
 * Runs a sliced computation (a generator whose every `yield` ends a slice of work, as detectDocumentSteps) a few
 * milliseconds at a time, handing the event loop back between slices: the server reads and answers other messages
 * while a large document is analysed, instead of after it.
 */

/** Work per turn of the event loop: well under the 50 ms a request on another document may wait (issue 10). */
export const SLICE_MS = 8;

/** The job was cancelled (a newer version of the document, its close, a config change) before it ended. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled: superseded before it ended');
    this.name = 'JobCancelled';
  }
}

export interface SlicedJob<T> {
  /** The computation's value; rejects with `JobCancelled` when cancelled, or with what the computation threw. */
  readonly result: Promise<T>;
  /** Stops the job before its next slice; nothing of it runs afterwards. */
  cancel(): void;
}

/**
 * Starts a job and runs its first slice at once, so that a small document is analysed within the call, as before,
 * with no turn of the event loop added to its request.
 */
export function startSlicedJob<T>(steps: Generator<void, T, void>, sliceMs = SLICE_MS): SlicedJob<T> {
  let finished = false;
  let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | undefined;
  const result = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  // A cancelled job nobody awaits any more must not be reported as an unhandled rejection.
  result.catch(() => undefined);
  const finish = (end: (s: NonNullable<typeof settle>) => void): void => {
    finished = true;
    end(settle!);
  };
  const runSlice = (): void => {
    if (finished) return;
    const deadline = performance.now() + sliceMs;
    try {
      for (;;) {
        const step = steps.next();
        if (step.done) return finish((s) => s.resolve(step.value));
        if (performance.now() >= deadline) break;
      }
    } catch (error) {
      return finish((s) => s.reject(error));
    }
    setImmediate(runSlice);
  };
  runSlice();
  return {
    result,
    // The generator is dropped, not closed: detection holds no resources that a `finally` would release.
    cancel: () => {
      if (!finished) finish((s) => s.reject(new JobCancelled()));
    },
  };
}
