/**
 * THE ORACLE, NOT PRODUCT CODE: JSON detection in one walk as it was before the lean walk (server/src/detection/jsonStream.ts at cf3847f, imports redirected),
 * kept so that jsonStreamLean.test.ts can compare the restructured walk with it on random JSON. Do not edit it to
 * follow the product: it is the reference the product must keep agreeing with.
 */
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
import type { Steps } from '../../../../server/src/detection/steps';
import type { JsonPosition } from '../../../../server/src/detection/dispatchJson';
import { jsonFilterScope, jsonLiteralOf, type JsonToken } from '../../../../server/src/detection/findJsonLiterals';
import { runRules } from '../../../../server/src/detection/ruleEngine';
import type { Classification } from '../../../../server/src/detection/statusExpressions';
import { JsonContainerTableBuilder, type JsonContainerTable } from '../../../../server/src/detection/jsonContainerTable';
import { JsonStringTableBuilder, type JsonStringTable } from './jsonStringTable.before';
import { walkJson, type JsonLiteralValue, type JsonWalkSink } from './jsonWalk.before';
import { ProtocolScope } from '../../../../server/src/detection/protocolScope';
import type { ContainerSite, FilterScope, JsonEnv, VerdictStep } from '../../../../server/src/detection/rules/rule';

/** `isCandidateString` as it was (a regular expression). */
function isCandidateString(value: string): boolean {
  return value.length <= 4 && /^(\d+|[1-5]xx)$/i.test(value);
}

/** `classifyJsonSite` as it was: every rule of the position asked, none skipped by the keys it declares. */
function classifyJsonSite(site: ContainerSite, env: JsonEnv, trace?: VerdictStep[]): Classification | undefined {
  const verdict = runRules('json', site.position, site, env, trace);
  return verdict === 'vetoed' ? undefined : verdict;
}
import type { ContainerView, MemberView, ValueView } from '../../../../server/src/detection/rules/views';
import { ScopeHintCollector, forEachJsonComment, mayHoldDirective } from '../../../../server/src/detection/scopeHints';
import type { StatusNameRules } from '../../../../server/src/detection/statusNames';
import type { ScopeHints, StatusLiteral } from '../../../../server/src/detection/types';

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

/** A number or code-shaped string of an object: judged when the object closes. */
interface PendingMember {
  member: MemberView;
  isKey: boolean;
  token: JsonToken;
  trace?: VerdictStep[];
}

function pendingMember(member: MemberView, isKey: boolean, token: JsonToken, trace: VerdictStep[] | undefined): PendingMember {
  const pending: PendingMember = { member, isKey, token };
  if (trace) pending.trace = trace;
  return pending;
}

/** A classified token waiting for the file-level filters. */
interface Classified {
  token: JsonToken;
  position: JsonPosition;
  trace?: VerdictStep[];
}

interface Frame {
  isObject: boolean;
  name: string | undefined;
  parent: Frame | undefined;
  view: ContainerView;
  /** Objects: members in order, complete once `closed`. */
  members: MemberView[];
  pending: PendingMember[];
  /** Arrays: elements read so far (the next element's index). */
  elements: number;
  closed: boolean;
  /** The container's index in the container table. */
  index: number;
  /** Objects: the offset of the last key read. */
  keyOffset: number;
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

/** A container known by name and type only: what a member's member is reduced to (a class: no closures per container). */
class NameOnlyView implements ContainerView {
  constructor(
    readonly type: 'object' | 'array',
    readonly name: string | undefined,
  ) {}

  members(): readonly MemberView[] {
    throw new UnkeptContextError(`members of a ${this.type} two levels below the literal's container`);
  }

  parent(): ContainerView | undefined {
    throw new UnkeptContextError('parent of a member container');
  }
}

/** The view of an open or closed container of the walk (a class: one is made per container, closures cost more). */
class FrameView implements ContainerView {
  readonly type: 'object' | 'array';
  readonly name: string | undefined;

  constructor(private readonly frame: Frame) {
    this.type = frame.isObject ? 'object' : 'array';
    this.name = frame.name;
  }

  members(): readonly MemberView[] {
    if (!this.frame.isObject) throw new UnkeptContextError('array members');
    if (!this.frame.closed) throw new UnkeptContextError("members of an object still being read (the parent of the literal's container)");
    return this.frame.members;
  }

  parent(): ContainerView | undefined {
    return this.frame.parent?.view;
  }
}

/**
 * Finds the literals of a JSON text, appending them to `literals` (in the order they are judged; the caller sorts),
 * and builds the table of its value strings. Yields every slice of the walk.
 */
export function* analyseJsonTextBefore(
  text: string,
  names: StatusNameRules,
  literals: StatusLiteral[],
  options: JsonTextOptions = {},
): Steps<JsonTextAnalysis> {
  const hints = new ScopeHintCollector();
  if (mayHoldDirective(text)) forEachJsonComment(text, (comment, offset) => hints.addComment(comment, offset));
  const protocol = new ProtocolScope(text);
  const env: JsonEnv = { names };
  const strings = new JsonStringTableBuilder(text);
  const containers = new JsonContainerTableBuilder();
  const classified: Classified[] = [];
  const explainAt = options.explainAt;
  let explained: { token: JsonToken; steps: VerdictStep[] } | undefined;
  /** Whether `explainAt` falls in a token. */
  const explains = (offset: number, length: number): boolean => explainAt !== undefined && explainAt >= offset && explainAt < offset + length;
  /** A trace for the token under `explainAt`. */
  const traceFor = (token: JsonToken): VerdictStep[] => {
    explained = { token, steps: [] };
    return explained.steps;
  };
  const classify = (site: ContainerSite, token: JsonToken, isKey: boolean, trace: VerdictStep[] | undefined): void => {
    const classification = classifyJsonSite(site, env, trace);
    if (!classification) return;
    const entry: Classified = { token, position: { classification, isKey } };
    if (trace) entry.trace = trace;
    classified.push(entry);
  };

  let top: Frame | undefined;
  const open = (isObject: boolean, offset: number): void => {
    const parent = top;
    let name: string | undefined;
    if (parent?.isObject) name = parent.members[parent.members.length - 1]?.key;
    else if (parent) parent.elements++;
    const index = containers.open(offset, parent?.index ?? -1, parent?.isObject ? parent.keyOffset : -1);
    const frame: Frame = { isObject, name, parent, view: undefined as unknown as ContainerView, members: [], pending: [], elements: 0, closed: false, index, keyOffset: -1 };
    frame.view = new FrameView(frame);
    if (parent?.isObject) {
      const member = parent.members[parent.members.length - 1];
      if (member) member.value = { type: frame.view.type, container: frame.view };
    }
    top = frame;
  };
  const close = (offset: number): void => {
    const frame = top;
    if (!frame) return;
    containers.close(frame.index, offset);
    frame.closed = true;
    for (const { member, isKey, token, trace } of frame.pending) {
      const site: ContainerSite = { position: isKey ? 'key' : 'property-value', language: 'json', container: frame.view, value: member.value };
      if (member.key !== undefined) site.key = member.key;
      classify(site, token, isKey, trace);
    }
    frame.pending = [];
    // The parent may read these members, but none of theirs: keep names and types of the containers among them.
    for (let i = 0; i < frame.members.length; i++) {
      const member = frame.members[i]!;
      const container = member.value.container;
      if (container) frame.members[i] = { key: member.key, value: { type: member.value.type, container: new NameOnlyView(container.type, container.name) } };
    }
    top = frame.parent;
  };

  const sink: JsonWalkSink = {
    objectBegin: (offset) => open(true, offset),
    arrayBegin: (offset) => open(false, offset),
    objectEnd: close,
    arrayEnd: close,
    property: (key, offset, length) => {
      protocol.noteIdentifier(key);
      const frame = top!;
      const member: MemberView = { key, value: MISSING };
      frame.keyOffset = offset;
      frame.members.push(member);
      const candidate = isCandidateString(key);
      if (!candidate && !explains(offset, length)) return;
      const token = { start: offset, end: offset + length, value: key };
      const trace = explains(offset, length) ? traceFor(token) : undefined;
      if (candidate) frame.pending.push(pendingMember(member, true, token, trace));
    },
    literal: (value, offset, length) => {
      if (typeof value === 'string') protocol.noteString(value);
      const frame = top;
      const view = primitiveView(value);
      const candidate = isCandidate(value);
      const underCursor = (typeof value === 'string' || typeof value === 'number') && explains(offset, length);
      const token = candidate || underCursor ? { start: offset, end: offset + length, value: value as string | number } : undefined;
      const trace = underCursor ? traceFor(token!) : undefined;
      if (!frame) return; // the text is one literal: no position a rule knows
      if (frame.isObject) {
        const member = frame.members[frame.members.length - 1];
        if (!member) return;
        member.value = view;
        if (candidate) frame.pending.push(pendingMember(member, false, token!, trace));
        return;
      }
      const index = frame.elements++;
      if (!candidate) return;
      classify({ position: 'array-element', language: 'json', container: frame.view, value: view, index }, token!, false, trace);
    },
  };
  yield* walkJson(text, sink, { strings });

  protocol.finish();
  const scope = jsonFilterScope(protocol);
  let explainedLiteral: StatusLiteral | undefined;
  let judged = 0;
  for (const { token, position, trace } of classified) {
    const literal = jsonLiteralOf(text, token, position, scope, trace);
    if (literal) literals.push(literal);
    if (trace) explainedLiteral = literal;
    // A 12 MB log has hundreds of thousands of candidates: judging them is sliced like the walk.
    if (++judged % CANDIDATES_PER_SLICE === 0) yield;
  }
  const analysis: JsonTextAnalysis = { scopeHints: hints.result(), scope, strings: strings.finish(), containers: containers.finish() };
  if (explained) analysis.explained = { ...explained, literal: explainedLiteral };
  return analysis;
}
