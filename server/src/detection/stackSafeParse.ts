/**
 * TypeScript's parser recurses, and a few thousand nested constructs overflow its stack. The nesting guard
 * (nestingGuard.ts) blanks the constructs known to recurse before the parse; this is the net under it, for any
 * other (nested `if`s, `for`s, what a generator writes next): an overflow would otherwise lose every literal of the
 * document. The region is found by bisection: the longest prefix that parses with the rest blanked, and the longest
 * suffix that parses with what is before it blanked; what lies between is blanked and the text parsed once more.
 * Only a document that overflowed pays for it: about 2·log2(n / GRAIN) parses of parts of the text per round.
 */
import type * as ts from 'typescript';
import type { DetectionErrorHandler } from './detectDocument';
import { blankOf } from './nestingGuard';
import { finishSteps, type Steps } from './steps';

/** Bisection stops at this many characters: a region is blanked to within a few lines of where it overflows. */
const GRAIN = 256;

/** The share of the stack spent before each trial parse, round by round (the room the last parse has left). */
const TRIAL_STACK_SPENT = [0.4, 0.6, 0.8];

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** `parse(text)`, or, when it overflows the stack, the parse of the text with the overflowing region blanked. */
export function parseWithinStack(text: string, parse: (text: string) => ts.SourceFile, onError: DetectionErrorHandler): ts.SourceFile {
  return finishSteps(parseWithinStackSteps(text, parse, onError));
}

/**
 * `parseWithinStack` in slices: it yields after each trial parse of the bisection (a large document that overflowed
 * costs a few dozen parses of its size, seconds in all), so a caller running it as a sliced job lets requests on
 * other documents be answered in between, not held for the whole search.
 */
export function* parseWithinStackSteps(text: string, parse: (text: string) => ts.SourceFile, onError: DetectionErrorHandler): Steps<ts.SourceFile> {
  try {
    return parse(text);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
  }
  yield;
  // How deep the parser can go also depends on what the engine has compiled (an interpreted frame is larger than an
  // optimised one), so an edge found by trial parses does not hold for a later parse. Each round's trials parse with
  // a share of the stack already spent, so the parts kept have that room to spare; the candidate is then parsed
  // with the whole stack, and that very tree is returned. A round that still overflows spends more, keeping less.
  for (const spent of TRIAL_STACK_SPENT) {
    const { from, to } = yield* overflowingRegion(text, (candidate) => parses(candidate, spent, parse));
    try {
      const tree = parse(text.slice(0, from) + cutOff(text.slice(from, to)) + text.slice(to));
      onError(new Error(`lines ${lineOf(text, from)}-${lineOf(text, to)} nest too deep for the TypeScript parser; status codes there are not read`));
      return tree;
    } catch (error) {
      if (!isStackOverflow(error)) throw error;
    }
  }
  onError(new Error("the document nests too deep for the TypeScript parser throughout; its status codes are not read"));
  return parse(blankOf(text));
}

/** Whether `candidate` parses with `spent` of the stack already taken. */
function parses(candidate: string, spent: number, parse: (text: string) => ts.SourceFile): boolean {
  try {
    withStackSpent(spent, () => parse(candidate));
    return true;
  } catch (error) {
    if (isStackOverflow(error)) return false;
    throw error;
  }
}

/**
 * The region to blank: from the end of the longest prefix that parses with the rest blanked, to the start of the
 * longest suffix (after it) that parses with what is before it blanked, each to within GRAIN characters.
 */
function* overflowingRegion(text: string, parses: (candidate: string) => boolean): Steps<{ from: number; to: number }> {
  // The prefix [0, good) parses with the rest blanked; [0, bad) does not (the whole text did not).
  let good = 0;
  let bad = text.length;
  while (bad - good > GRAIN) {
    const mid = good + Math.floor((bad - good) / 2);
    if (parses(text.slice(0, mid) + blankOf(text.slice(mid)))) good = mid;
    else bad = mid;
    yield;
  }
  const from = good;
  // The suffix [start, end) parses with what is before it blanked; [bad, end) does not.
  let start = text.length;
  bad = from;
  while (start - bad > GRAIN) {
    const mid = bad + Math.floor((start - bad) / 2);
    if (parses(blankOf(text.slice(0, mid)) + text.slice(mid))) start = mid;
    else bad = mid;
    yield;
  }
  return { from, to: start };
}

/**
 * The region blanked, with a `;` at each end: blanks alone would let the construct go on across them (an `if (a)`
 * left open before the region takes the `if` after it as its body, as deep as before), where a `;` ends it.
 */
function cutOff(region: string): string {
  const blank = blankOf(region);
  const first = blank.indexOf(' ');
  const last = blank.lastIndexOf(' ');
  if (first < 0) return blank;
  if (first === last) return `${blank.slice(0, first)};${blank.slice(first + 1)}`;
  return `${blank.slice(0, first)};${blank.slice(first + 1, last)};${blank.slice(last + 1)}`;
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

let capacity: number | undefined;

/**
 * `run()`, called from under a recursion that takes about `share` of the stack. The recursion's capacity is measured
 * with the same function, the first time a document overflows; should spending overflow all the same (the engine's
 * frames changed size), the share is halved rather than the trial failing for a reason that is not the parse's.
 */
function withStackSpent<T>(share: number, run: () => T): T {
  capacity ??= depthUntilOverflow();
  let running = false;
  const spend = (frames: number): T => {
    if (frames > 0) return spend(frames - 1);
    running = true;
    return run();
  };
  try {
    return spend(Math.floor(capacity * share));
  } catch (error) {
    if (running || !isStackOverflow(error) || share < 0.05) throw error;
    return withStackSpent(share / 2, run);
  }
}

/** How deep `descend` goes before the stack overflows. */
function depthUntilOverflow(): number {
  let deepest = 0;
  const descend = (frames: number): number => {
    deepest = frames;
    return descend(frames + 1) + 1;
  };
  try {
    descend(0);
  } catch {
    // The overflow ends the count.
  }
  return deepest;
}
