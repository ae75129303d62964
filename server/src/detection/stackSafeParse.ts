/**
 * TypeScript's parser recurses, and a few thousand nested constructs overflow its stack. The nesting guard
 * (nestingGuard.ts) blanks the constructs known to recurse before the parse; this is the net under it, for any
 * other (nested `if`s, `for`s, what a generator writes next): an overflow would otherwise lose every literal of the
 * document. The region is found by bisection: the longest prefix that parses with the rest blanked, and the longest
 * suffix that parses with what is before it blanked; what lies between is blanked and the text parsed once more.
 * Only a document that overflowed pays for it: about 2·log2(n / GRAIN) parses of parts of the text.
 */
import type * as ts from 'typescript';
import type { DetectionErrorHandler } from './detectDocument';

/** Bisection stops at this many characters: a region is blanked to within a few lines of where it overflows. */
const GRAIN = 256;

/** The share of the stack spent before each trial parse (the room the last parse has left). */
const TRIAL_STACK_SPENT = 0.3;

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** `parse(text)`, or, when it overflows the stack, the parse of the text with the overflowing region blanked. */
export function parseWithinStack(text: string, parse: (text: string) => ts.SourceFile, onError: DetectionErrorHandler): ts.SourceFile {
  try {
    return parse(text);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
  }
  // How deep the parser can go also depends on what the engine has compiled (optimised frames are smaller), so an
  // answer at the edge of the stack would not hold for the last parse: each trial parses with a share of the stack
  // already spent, and the parts kept have that much room to spare.
  const parses = (candidate: string, spent = TRIAL_STACK_SPENT): boolean => {
    try {
      withStackSpent(spent, () => parse(candidate));
      return true;
    } catch (error) {
      if (isStackOverflow(error)) return false;
      throw error;
    }
  };
  // The prefix [0, good) parses with the rest blanked; [0, bad) does not (the whole text did not).
  let good = 0;
  let bad = text.length;
  while (bad - good > GRAIN) {
    const mid = good + Math.floor((bad - good) / 2);
    if (parses(text.slice(0, mid) + blankOf(text.slice(mid)))) good = mid;
    else bad = mid;
  }
  const from = good;
  // The suffix [start, end) parses with what is before it blanked; [bad, end) does not.
  let start = text.length;
  bad = from;
  while (start - bad > GRAIN) {
    const mid = bad + Math.floor((start - bad) / 2);
    if (parses(blankOf(text.slice(0, mid)) + text.slice(mid))) start = mid;
    else bad = mid;
  }
  let to = start;
  let blanked = text.slice(0, from) + cutOff(text.slice(from, to)) + text.slice(to);
  // Checked with less of the stack spent than the trials: the ends were found at the edge of what the trials allow.
  if (!parses(blanked, TRIAL_STACK_SPENT / 2)) {
    // Both ends parse alone but not together: keep the prefix only.
    to = text.length;
    blanked = text.slice(0, from) + cutOff(text.slice(from));
  }
  onError(
    new Error(
      `lines ${lineOf(text, from)}-${lineOf(text, to)} nest too deep for the TypeScript parser; status codes there are not read`,
    ),
  );
  return parse(blanked);
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

/** The same text with every character but line breaks made a space, so offsets and lines stay where they were. */
function blankOf(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

/** The 1-based line of an offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

let trivialFrames: number | undefined;

/** `run()`, called from under a recursion that takes about `share` of the stack. */
function withStackSpent<T>(share: number, run: () => T): T {
  trivialFrames ??= framesUntilOverflow();
  const spend = (frames: number): T => (frames <= 0 ? run() : spend(frames - 1));
  return spend(Math.floor(trivialFrames * share));
}

/** How many frames of a trivial function fit on the stack: measured once, the first time a document overflows. */
function framesUntilOverflow(): number {
  let depth = 0;
  const down = (): void => {
    depth++;
    down();
  };
  try {
    down();
  } catch {
    // The overflow ends the count.
  }
  return depth;
}
