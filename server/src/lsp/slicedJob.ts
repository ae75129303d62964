/**
 * Runs sliced computations (generators whose every `yield` ends a slice of work, as detectDocumentSteps) a few
 * milliseconds at a time, one slice per turn of the event loop: the server reads and answers other messages between
 * any two slices, however many documents are being analysed, instead of after all of them.
 */

import type { Steps } from '../detection/steps';

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
  /** A request awaits this job: it runs before the jobs nobody waits for (diagnostics, settling). */
  hurry(): void;
}

interface Task {
  /** Runs one slice; true when the computation ended (or failed). */
  slice(deadline: number): boolean;
  urgent: boolean;
  done: boolean;
}

/**
 * The jobs under way, taken in turn: one slice per turn of the event loop, urgent jobs first. Nothing runs within
 * `start` itself, so that a burst of jobs (every open document validated after a catalog reload) never runs back
 * to back in one turn: a pass with one long step (TypeScript's parse) holds the loop for that step only.
 */
export class SliceScheduler {
  private readonly tasks: Task[] = [];
  private scheduled = false;

  constructor(private readonly sliceMs = SLICE_MS) {}

  start<T>(steps: Steps<T>, { urgent = false }: { urgent?: boolean } = {}): SlicedJob<T> {
    let settle: { resolve: (value: T) => void; reject: (error: unknown) => void } | undefined;
    const result = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
    // A cancelled job nobody awaits any more must not be reported as an unhandled rejection.
    result.catch(() => undefined);
    const task: Task = {
      urgent,
      done: false,
      slice: (deadline) => {
        try {
          for (;;) {
            const step = steps.next();
            if (step.done) {
              settle!.resolve(step.value);
              return true;
            }
            if (performance.now() >= deadline) return false;
          }
        } catch (error) {
          settle!.reject(error);
          return true;
        }
      },
    };
    this.tasks.push(task);
    this.schedule();
    return {
      result,
      // The generator is dropped, not closed: detection holds no resources that a `finally` would release.
      cancel: () => {
        if (task.done) return;
        task.done = true;
        this.remove(task);
        settle!.reject(new JobCancelled());
      },
      hurry: () => {
        task.urgent = true;
      },
    };
  }

  private schedule(): void {
    if (this.scheduled || this.tasks.length === 0) return;
    this.scheduled = true;
    nextTurn(() => {
      this.scheduled = false;
      this.runOneSlice();
      this.schedule();
    });
  }

  private runOneSlice(): void {
    const index = Math.max(0, this.tasks.findIndex((task) => task.urgent));
    const task = this.tasks[index];
    if (!task) return;
    this.tasks.splice(index, 1);
    if (task.slice(performance.now() + this.sliceMs)) task.done = true;
    // Round robin: an unfinished job goes behind the others of its kind.
    else this.tasks.push(task);
  }

  private remove(task: Task): void {
    const index = this.tasks.indexOf(task);
    if (index >= 0) this.tasks.splice(index, 1);
  }
}

/**
 * Runs `callback` at the next turn of the event loop, after pending I/O (so a request that arrived is read first):
 * `setImmediate` under Node; in a Web Worker (the web build) a MessageChannel message, which unlike a nested
 * `setTimeout(0)` is not clamped to 4 ms; `setTimeout` where neither exists.
 */
const nextTurn: (callback: () => void) => void =
  typeof setImmediate === 'function'
    ? (callback) => void setImmediate(callback)
    : typeof MessageChannel === 'function'
      ? (() => {
          const channel = new MessageChannel();
          const queue: Array<() => void> = [];
          channel.port1.addEventListener('message', () => queue.shift()?.());
          // A port listened to with addEventListener delivers nothing until started.
          channel.port1.start();
          return (callback: () => void) => {
            queue.push(callback);
            channel.port2.postMessage(undefined);
          };
        })()
      : (callback) => void setTimeout(callback, 0);

/** A promise of the next turn of the event loop (see nextTurn): for loops that let requests in between steps. */
export function nextTurnPromise(): Promise<void> {
  return new Promise((resolve) => nextTurn(resolve));
}
