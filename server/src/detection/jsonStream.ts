/**
 * JSON / JSONC detection in one walk over the text (jsonWalk.ts), without a syntax tree: what is kept is the stack
 * of open containers, each with only what the JSON rules read, and the literals found.
 *
 * The bounded context, rule by rule (rules/index.ts): every JSON rule decides from the container holding the
 * literal (its type and name), the literal's key, value and index, the container's members (key, value type and
 * primitive value: shade scales, reason-phrase tables, flat tables, redirect and response siblings), the members of
 * a member object (`recording.name-of-status` looks one level in), and the name of the container's parent
 * (`schema.status-enum`). So:
 * - an array element is judged as soon as it is read (its array's name and parent's name are known at `[`);
 * - a key or property value is judged when its object closes, when every sibling is known;
 * - a closed object keeps its members for its parent, with their own containers reduced to name and type;
 * - an array keeps no members at all.
 * A view asked for more than that throws instead of answering wrongly: a rule that starts reading further must
 * widen what is kept here (test/unit/detection/jsonStream.test.ts compares with the tree on mutated corpus JSON).
 * The evidence filters judge last, once the file's protocol mentions are all counted, as on the tree.
 */
import type { Steps } from './steps';
import { classifyJsonSite, type JsonPosition } from './dispatchJson';
import { isCandidateString, jsonFilterScope, jsonLiteralOf, type JsonToken } from './findJsonLiterals';
import { JsonContainerTableBuilder, type JsonContainerTable } from './jsonContainerTable';
import { JsonStringTableBuilder, type JsonStringTable } from './jsonStringTable';
import { walkJson, type JsonLiteralValue, type JsonWalkSink } from './jsonWalk';
import { ProtocolScope } from './protocolScope';
import type { ContainerSite, FilterScope, JsonEnv, VerdictStep } from './rules/rule';
import { VerdictKeepingView, type ContainerView, type MemberView, type ValueView } from './rules/views';
import { ScopeHintCollector, forEachJsonComment, mayHoldDirective } from './scopeHints';
import type { StatusNameRules } from './statusNames';
import type { ScopeHints, StatusLiteral } from './types';

/** Candidates judged between two yields (about as long as a slice of the walk). */
const CANDIDATES_PER_SLICE = 10_000;

export interface JsonTextAnalysis {
  scopeHints: ScopeHints;
  scope: FilterScope;
  /** The text's value strings, for edits inside them (editImpact.ts). */
  strings: JsonStringTable;
  /** The text's containers, for completion (jsonSlot.ts). */
  containers: JsonContainerTable;
  /** With `explainAt`: the number or string token there, the rules asked about it, and what they found. */
  explained?: { token: JsonToken; steps: VerdictStep[]; literal: StatusLiteral | undefined };
}

export interface JsonTextOptions {
  /** Record the verdict on the number or string token holding this offset (for `--explain`). */
  explainAt?: number;
}

/** The error a view throws when asked for what the walk does not keep (see the file comment). */
export class UnkeptContextError extends Error {
  constructor(what: string) {
    super(`JSON detection keeps no ${what}: widen the bounded context in jsonStream.ts for the rule that asks`);
  }
}

const MISSING: ValueView = { type: 'missing' };
const OTHER: ValueView = { type: 'other' };

function primitiveView(value: JsonLiteralValue): ValueView {
  if (typeof value === 'number') return { type: 'number', value };
  if (typeof value === 'string') return { type: 'string', value };
  return OTHER;
}

function isCandidate(value: JsonLiteralValue): value is string | number {
  return typeof value === 'number' || (typeof value === 'string' && isCandidateString(value));
}

/**
 * An open or closed container of the walk, and its view for the rules: one object per container (a frame and a view
 * apart, or a view made anew when a parent closes, cost a large log one more object per record).
 */
class Frame extends VerdictKeepingView {
  readonly type: 'object' | 'array';
  /** Objects: members in order, complete once `closed`; dropped (undefined) once `reduced`. */
  private kept: MemberView[] | undefined;
  /** Arrays: elements read so far (the next element's index). */
  elements = 0;
  closed = false;
  /**
   * Known by name and type only: the frame is a member of a member of a closed container, where no rule reads its
   * members or parent (its members are let go, so a closed subtree is not held).
   */
  reduced = false;
  /** Objects: the offset of the last key read. */
  keyOffset = -1;

  constructor(
    readonly isObject: boolean,
    readonly name: string | undefined,
    readonly parentFrame: Frame | undefined,
    /** The container's index in the container table. */
    readonly index: number,
    /** Where the frame's pending candidates start in the walk's pending list. */
    readonly pendingStart: number,
  ) {
    super();
    this.type = isObject ? 'object' : 'array';
    this.kept = isObject ? [] : undefined;
  }

  /** The members as the walk reads them (objects, not reduced). */
  get memberList(): MemberView[] {
    return this.kept!;
  }

  members(): readonly MemberView[] {
    if (this.reduced) throw new UnkeptContextError(`members of a ${this.type} two levels below the literal's container`);
    if (!this.isObject) throw new UnkeptContextError('array members');
    if (!this.closed) throw new UnkeptContextError("members of an object still being read (the parent of the literal's container)");
    return this.kept!;
  }

  parent(): ContainerView | undefined {
    if (this.reduced) throw new UnkeptContextError('parent of a member container');
    return this.parentFrame;
  }

  /** The parent may read this frame's members, but none of theirs: reduce the containers among them to name and type. */
  reduceMembers(): void {
    const members = this.kept;
    if (!members) return;
    for (let i = 0; i < members.length; i++) {
      const container = members[i]!.value.container;
      if (container instanceof Frame) {
        container.reduced = true;
        container.kept = undefined;
        // Its verdicts too: a rule reading this deep must meet the guard's error, never a verdict cached before.
        container.keptVerdicts = undefined;
      }
    }
  }
}

/** A pending candidate takes `PENDING_WIDTH` numbers of the pending list: member index, key (1) or value (0), start, end. */
const PENDING_WIDTH = 4;

/**
 * What the walk reports, collected: the stack of open frames, the candidates pending in them, the tokens the rules
 * classified. A class rather than closures made per analysis, so that the next analysis runs the code the first one
 * had optimized (a new closure is a new call target to the walk, which deoptimizes it).
 */
class JsonTextCollector implements JsonWalkSink {
  // Classified tokens waiting for the file-level filters, as parallel lists (no object per token).
  readonly classifiedStarts: number[] = [];
  readonly classifiedEnds: number[] = [];
  readonly classifiedValues: Array<string | number> = [];
  readonly classifiedPositions: JsonPosition[] = [];
  /** The token under `explainAt`, once read, and the steps of its verdict. */
  explained: { token: JsonToken; steps: VerdictStep[] } | undefined;
  /** The index in the classified lists of the token under `explainAt` (-1: none). */
  explainedIndex = -1;
  /**
   * The candidates of the open objects, innermost last (`PENDING_WIDTH` numbers each, values beside): a number or
   * code-shaped string of an object is judged when the object closes.
   */
  private readonly pending: number[] = [];
  private readonly pendingValues: Array<string | number> = [];
  /** How many candidates are pending: the lists are overwritten, not shortened (setting a length costs a call). */
  private pendingCount = 0;
  /** The pending candidate under `explainAt` (its index in `pendingValues`; -1: none) and its trace. */
  private tracedPending = -1;
  private pendingTrace: VerdictStep[] | undefined;
  private top: Frame | undefined;
  private readonly env: JsonEnv;

  constructor(
    names: StatusNameRules,
    private readonly protocol: ProtocolScope,
    private readonly containers: JsonContainerTableBuilder,
    /** Record the verdict on the token holding this offset (undefined: none). */
    private readonly explainAt: number | undefined,
  ) {
    this.env = { names };
  }

  objectBegin(offset: number): void {
    this.open(true, offset);
  }

  arrayBegin(offset: number): void {
    this.open(false, offset);
  }

  objectEnd(offset: number): void {
    this.close(offset);
  }

  arrayEnd(offset: number): void {
    this.close(offset);
  }

  property(key: string, offset: number, length: number): void {
    this.protocol.noteIdentifier(key);
    const frame = this.top!;
    const members = frame.memberList;
    const member: MemberView = { key, value: MISSING };
    frame.keyOffset = offset;
    members.push(member);
    const candidate = isCandidateString(key);
    const underCursor = this.explains(offset, length);
    if (!candidate && !underCursor) return;
    const trace = underCursor ? this.traceFor({ start: offset, end: offset + length, value: key }) : undefined;
    if (candidate) this.addPending(members.length - 1, true, offset, offset + length, key, trace);
  }

  literal(value: JsonLiteralValue, offset: number, length: number): void {
    if (typeof value === 'string') this.protocol.noteString(value);
    const frame = this.top;
    const candidate = isCandidate(value);
    const underCursor = (typeof value === 'string' || typeof value === 'number') && this.explains(offset, length);
    const trace = underCursor ? this.traceFor({ start: offset, end: offset + length, value: value as string | number }) : undefined;
    if (!frame) return; // the text is one literal: no position a rule knows
    if (frame.isObject) {
      const members = frame.memberList;
      const member = members[members.length - 1];
      if (!member) return;
      member.value = primitiveView(value);
      if (candidate) this.addPending(members.length - 1, false, offset, offset + length, value, trace);
      return;
    }
    const index = frame.elements++;
    if (!candidate) return;
    this.classify({ position: 'array-element', language: 'json', container: frame, value: primitiveView(value), index }, offset, offset + length, value, false, trace);
  }

  /** Whether `explainAt` falls in a token. */
  private explains(offset: number, length: number): boolean {
    const explainAt = this.explainAt;
    return explainAt !== undefined && explainAt >= offset && explainAt < offset + length;
  }

  /** A trace for the token under `explainAt`. */
  private traceFor(token: JsonToken): VerdictStep[] {
    this.explained = { token, steps: [] };
    return this.explained.steps;
  }

  private classify(site: ContainerSite, start: number, end: number, value: string | number, isKey: boolean, trace: VerdictStep[] | undefined): void {
    const classification = classifyJsonSite(site, this.env, trace);
    if (!classification) return;
    if (trace) this.explainedIndex = this.classifiedStarts.length;
    this.classifiedStarts.push(start);
    this.classifiedEnds.push(end);
    this.classifiedValues.push(value);
    this.classifiedPositions.push({ classification, isKey });
  }

  private addPending(memberIndex: number, isKey: boolean, start: number, end: number, value: string | number, trace: VerdictStep[] | undefined): void {
    if (trace) {
      this.tracedPending = this.pendingCount;
      this.pendingTrace = trace;
    }
    const pending = this.pending;
    const at = this.pendingCount * PENDING_WIDTH;
    pending[at] = memberIndex;
    pending[at + 1] = isKey ? 1 : 0;
    pending[at + 2] = start;
    pending[at + 3] = end;
    this.pendingValues[this.pendingCount++] = value;
  }

  private open(isObject: boolean, offset: number): void {
    const parent = this.top;
    let name: string | undefined;
    let member: MemberView | undefined;
    if (parent?.isObject) {
      const members = parent.memberList;
      member = members[members.length - 1];
      name = member?.key;
    } else if (parent) parent.elements++;
    const index = this.containers.open(offset, parent?.index ?? -1, parent?.isObject ? parent.keyOffset : -1);
    const frame = new Frame(isObject, name, parent, index, this.pendingCount);
    if (member) member.value = { type: frame.type, container: frame };
    this.top = frame;
  }

  private close(offset: number): void {
    const frame = this.top;
    if (!frame) return;
    this.containers.close(frame.index, offset);
    frame.closed = true;
    const first = frame.pendingStart;
    const count = this.pendingCount;
    if (count > first) {
      const members = frame.memberList;
      const pending = this.pending;
      for (let i = first; i < count; i++) {
        const at = i * PENDING_WIDTH;
        const member = members[pending[at]!]!;
        const isKey = pending[at + 1] === 1;
        const site: ContainerSite = { position: isKey ? 'key' : 'property-value', language: 'json', container: frame, value: member.value };
        if (member.key !== undefined) site.key = member.key;
        const trace = i === this.tracedPending ? this.pendingTrace : undefined;
        this.classify(site, pending[at + 2]!, pending[at + 3]!, this.pendingValues[i]!, isKey, trace);
      }
      if (this.tracedPending >= first) this.tracedPending = -1;
      this.pendingCount = first;
    }
    frame.reduceMembers();
    this.top = frame.parentFrame;
  }
}

/**
 * Finds the literals of a JSON text, appending them to `literals` (in the order they are judged; the caller sorts),
 * and builds the table of its value strings. Yields every slice of the walk.
 */
export function* analyseJsonText(
  text: string,
  names: StatusNameRules,
  literals: StatusLiteral[],
  options: JsonTextOptions = {},
): Steps<JsonTextAnalysis> {
  const hints = new ScopeHintCollector();
  if (mayHoldDirective(text)) forEachJsonComment(text, (comment, offset) => hints.addComment(comment, offset));
  const protocol = new ProtocolScope(text);
  const strings = new JsonStringTableBuilder(text);
  const containers = new JsonContainerTableBuilder();
  const collector = new JsonTextCollector(names, protocol, containers, options.explainAt);
  yield* walkJson(text, collector, { strings });

  protocol.finish();
  const scope = jsonFilterScope(protocol);
  const { classifiedStarts, classifiedEnds, classifiedValues, classifiedPositions, explained, explainedIndex } = collector;
  let explainedLiteral: StatusLiteral | undefined;
  let judged = 0;
  for (let i = 0; i < classifiedStarts.length; i++) {
    const trace = i === explainedIndex ? explained?.steps : undefined;
    const token: JsonToken = { start: classifiedStarts[i]!, end: classifiedEnds[i]!, value: classifiedValues[i]! };
    const literal = jsonLiteralOf(text, token, classifiedPositions[i]!, scope, trace);
    if (literal) literals.push(literal);
    if (i === explainedIndex) explainedLiteral = literal;
    // A 12 MB log has hundreds of thousands of candidates: judging them is sliced like the walk.
    if (++judged % CANDIDATES_PER_SLICE === 0) yield;
  }
  const analysis: JsonTextAnalysis = { scopeHints: hints.result(), scope, strings: strings.finish(), containers: containers.finish() };
  if (explained) analysis.explained = { ...explained, literal: explainedLiteral };
  return analysis;
}
