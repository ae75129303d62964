/**
 * Glob patterns of the project config (`ignore`, `overrides[].files`), matched against paths relative to the
 * config file's folder, with `/` separators.
 *
 * Syntax: `*` any characters but `/`; `?` one character but `/`; `**` as a whole segment, any number of
 * segments (none included); `[abc]`, `[a-z]`, `[!a]` one character of a class; `{a,b}` alternatives; `\x` a
 * literal `x`. A pattern without a `/` (other than a trailing one) matches a name at any depth (`*.json`,
 * `dist`), like .gitignore; one with a `/` is anchored at the config's folder (`test/fixtures/**`). A pattern
 * that matches a folder matches everything under it (`dist`, `generated/`).
 *
 * Matching simulates the pattern's automaton over the path (a set of states, no backtracking), so its time is
 * bounded by path length × pattern length whatever the pattern: a config file cannot stall the server.
 */

type Token =
  | { kind: 'char'; char: string }
  | { kind: 'any' } // ?
  | { kind: 'star' } // *
  | { kind: 'globstar' } // **/ (or a trailing **)
  | { kind: 'class'; negated: boolean; ranges: Array<[string, string]> };

/** Brace alternatives multiply; past this many expansions the pattern is refused rather than expanded. */
const MAX_EXPANSIONS = 256;

export interface GlobMatcher {
  /** The pattern as written. */
  readonly pattern: string;
  /** Whether a relative path (`src/a.ts`, `/` separators, no leading `./`) or one of its folders matches. */
  matches(relativePath: string): boolean;
}

export class GlobSyntaxError extends Error {}

/** Compiles a pattern; throws {@link GlobSyntaxError} for one that cannot be read (`[a`, `{a,b`). */
export function compileGlob(pattern: string): GlobMatcher {
  let body = pattern.trim();
  if (body === '') throw new GlobSyntaxError('empty pattern');
  if (body.startsWith('./')) body = body.slice(2);
  const trailingSlash = body.endsWith('/');
  if (trailingSlash) body = body.slice(0, -1);
  const anchored = body.includes('/');
  if (body.startsWith('/')) body = body.slice(1);
  if (!anchored) body = `**/${body}`;
  const programs = expandBraces(body).map(tokenize);
  return {
    pattern,
    matches(relativePath: string): boolean {
      const path = relativePath.replace(/^\.\//, '');
      return programs.some((tokens) => run(tokens, path));
    },
  };
}

/** Whether any of the matchers matches the path. */
export function matchesAny(matchers: readonly GlobMatcher[], relativePath: string): boolean {
  return matchers.some((matcher) => matcher.matches(relativePath));
}

function expandBraces(pattern: string): string[] {
  let results = [''];
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) {
      results = results.map((r) => r + pattern.slice(i, i + 2));
      i += 2;
      continue;
    }
    if (char !== '{') {
      results = results.map((r) => r + char);
      i++;
      continue;
    }
    const close = matchingBrace(pattern, i);
    if (close < 0) throw new GlobSyntaxError("unclosed '{'");
    const alternatives = splitTopLevel(pattern.slice(i + 1, close)).flatMap(expandBraces);
    if (results.length * alternatives.length > MAX_EXPANSIONS) throw new GlobSyntaxError(`more than ${MAX_EXPANSIONS} {…} alternatives`);
    results = results.flatMap((r) => alternatives.map((a) => r + a));
    i = close + 1;
  }
  return results;
}

function matchingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(inner: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i];
    if (char === '\\') i++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(inner.slice(start));
  return parts;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const char = pattern[i]!;
    const atSegmentStart = i === 0 || pattern[i - 1] === '/';
    if (char === '*' && pattern[i + 1] === '*' && atSegmentStart && (i + 2 === pattern.length || pattern[i + 2] === '/')) {
      tokens.push({ kind: 'globstar' });
      i += i + 2 === pattern.length ? 2 : 3;
      continue;
    }
    if (char === '*') {
      while (pattern[i] === '*') i++;
      tokens.push({ kind: 'star' });
      continue;
    }
    if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '\\' && i + 1 < pattern.length) tokens.push({ kind: 'char', char: pattern[++i]! });
    else if (char === '[') {
      const parsed = readClass(pattern, i);
      tokens.push(parsed.token);
      i = parsed.next;
      continue;
    } else tokens.push({ kind: 'char', char });
    i++;
  }
  return tokens;
}

function readClass(pattern: string, open: number): { token: Token; next: number } {
  let i = open + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  const ranges: Array<[string, string]> = [];
  let first = true;
  while (i < pattern.length && (pattern[i] !== ']' || first)) {
    first = false;
    let low = pattern[i]!;
    if (low === '\\' && i + 1 < pattern.length) low = pattern[++i]!;
    let high = low;
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      high = pattern[i + 2]!;
      i += 2;
    }
    ranges.push([low, high]);
    i++;
  }
  if (i >= pattern.length) throw new GlobSyntaxError("unclosed '['");
  return { token: { kind: 'class', negated, ranges }, next: i + 1 };
}

/**
 * Runs the tokens over the text as an automaton: state k means "tokens before k are matched". A star or a
 * globstar keeps its state alive on the characters it may eat; every step touches each state once. Reaching the
 * end of the pattern just before a `/` means a folder matched, which takes everything under it.
 */
function run(tokens: readonly Token[], text: string): boolean {
  const accept = tokens.length;
  // Each state is kept once per step: `seen[state] === step` marks it as already in the next set.
  const seen = new Int32Array(tokens.length + 1).fill(-1);
  let states: number[] = [];
  let step = 0;
  const add = (into: number[], state: number, at: number): void => {
    // Follows the moves that eat nothing: past a star (empty), past a globstar at a segment start or at the end.
    for (let current = state; ; current++) {
      if (seen[current] === step) return;
      seen[current] = step;
      into.push(current);
      const token = tokens[current];
      const skippable =
        token?.kind === 'star' || (token?.kind === 'globstar' && (at === 0 || text[at - 1] === '/' || current + 1 === accept));
      if (!skippable) return;
    }
  };
  add(states, 0, 0);
  for (let at = 0; at < text.length && states.length > 0; at++) {
    const char = text[at]!;
    if (char === '/' && at > 0 && seen[accept] === step) return true;
    step++;
    const next: number[] = [];
    for (const state of states) {
      const token = tokens[state];
      if (!token) continue;
      switch (token.kind) {
        case 'char':
          if (token.char === char) add(next, state + 1, at + 1);
          break;
        case 'any':
          if (char !== '/') add(next, state + 1, at + 1);
          break;
        case 'class':
          if (char !== '/' && inClass(token, char)) add(next, state + 1, at + 1);
          break;
        case 'star':
          if (char !== '/') add(next, state, at + 1);
          break;
        case 'globstar':
          // Eats whole segments: any character, staying here; the state after it starts at a segment start.
          add(next, state, at + 1);
          if (char === '/') add(next, state + 1, at + 1);
          break;
      }
    }
    states = next;
  }
  return seen[accept] === step && states.length > 0;
}

function inClass(token: Extract<Token, { kind: 'class' }>, char: string): boolean {
  const inside = token.ranges.some(([low, high]) => char >= low && char <= high);
  return token.negated ? !inside : inside;
}
