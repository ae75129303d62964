/**
 * Detection that can pause: a pass is a generator that yields after each slice of work ("the caller may return to
 * the event loop now") and returns its result; a caller with nothing else to do runs it straight through.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs a pass to its end without pausing. */
export function finishSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
