/**
 * The rule registry: every detection rule, in evaluation order. For a literal, the dispatcher asks the
 * rules registered for its position in this order: vetoes (`excludes`) first, a veto ends the verdict;
 * then finders (`finds`), the first that finds decides the context and evidence; then every evidence
 * filter (`filters`), any of which may drop the finding. `docs/detection-rules.md` is generated from
 * this list (`npm run docs:rules`).
 *
 * To add a rule: write `rules/<id>.ts` exporting it by default (see `rule.ts` for the shapes), give it a test
 * `test/unit/detection/rules/<id>.test.ts`, and insert it here where its verdict should come.
 */
import type { Position, Rule, RuleLanguage } from './rule';

import excludeDeflateState from './exclude.deflate-state';
import excludeShadeScale from './exclude.shade-scale';
import excludeSizeConstraint from './exclude.size-constraint';

import nestHttpCodeDecorator from './nest.http-code-decorator';
import nestRedirectDecorator from './nest.redirect-decorator';
import httpErrorConstructor from './http-error.constructor';
import mirageResponseConstructor from './mirage.response-constructor';
import errorClassStatusFirst from './error-class.status-first';
import expressResStatus from './express.res-status';
import fastifyReplyCode from './fastify.reply-code';
import mockReply from './mock.reply';
import supertestExpect from './supertest.expect';
import koaCtxThrow from './koa.ctx-throw';
import sveltekitErrorHelper from './sveltekit.error-helper';
import expressSendStatusBody from './express.send-status-body';
import honoResponseHelper from './hono.response-helper';
import statusListPush from './status.list-push';
import koaCtxAssert from './koa.ctx-assert';
import expressRedirect from './express.redirect';
import fetchMockResponse from './fetch-mock.response';
import pactMatchStatus from './pact.match-status';
import assertStatusEquality from './assert.status-equality';
import jestToHaveProperty from './jest.to-have-property';
import cypressShould from './cypress.should';
import expectStatusMatcher from './expect.status-matcher';
import mockCalledWithStatus from './mock.called-with-status';
import localStatusParameter from './local.status-parameter';
import statusLookupCall from './status.lookup-call';
import statusOptionValidation from './status.option-validation';

import statusNamedProperty from './status.named-property';
import responseCodeProperty from './response.code-property';
import tableCodesByMethod from './table.codes-by-method';
import schemaStatusValue from './schema.status-value';
import tableStatusNamedObject from './table.status-named-object';
import redirectTypeBesideDestination from './redirect.type-beside-destination';
import reasonPhraseEntry from './reason-phrase.entry';
import recordingNameOfStatus from './recording.name-of-status';

import openapiResponseKey from './openapi.response-key';
import tableStatusKeyed from './table.status-keyed';
import tableReasonPhraseKeyed from './table.reason-phrase-keyed';

import listStatusNamed from './list.status-named';
import listTestedMembership from './list.tested-membership';
import mockReplyTuple from './mock.reply-tuple';
import listUsedAsStatus from './list.used-as-status';
import schemaStatusEnum from './schema.status-enum';

import statusNamedDeclaration from './status.named-declaration';
import tableStatusNamedEnum from './table.status-named-enum';
import enumCodeNamedMember from './enum.code-named-member';
import statusAssignment from './status.assignment';
import statusComparison from './status.comparison';
import interceptorBodyCode from './interceptor.body-code';
import statusSwitchCase from './status.switch-case';
import tableStatusKeyedLookup from './table.status-keyed-lookup';
import fastifyReplyTypeKey from './fastify.reply-type-key';
import statusLiteralType from './status.literal-type';
import statusGetterReturn from './status.getter-return';
import statusFunctionReturn from './status.function-return';
import statusFallback from './status.fallback';
import reasonPhraseNamedConstant from './reason-phrase.named-constant';

import filterCodeRange from './filter.code-range';
import filterInformationalGap from './filter.informational-gap';
import filterOtherProtocol from './filter.other-protocol';

/** Every rule, in evaluation order. */
export const RULES: readonly Rule[] = [
  // Vetoes: look-alikes ruled out before any finder is asked.
  excludeSizeConstraint,
  excludeShadeScale,
  excludeDeflateState,
  // Finders: call, constructor and decorator arguments.
  nestHttpCodeDecorator,
  nestRedirectDecorator,
  httpErrorConstructor,
  mirageResponseConstructor,
  expressResStatus,
  errorClassStatusFirst,
  fastifyReplyCode,
  mockReply,
  supertestExpect,
  koaCtxThrow,
  sveltekitErrorHelper,
  expressSendStatusBody,
  honoResponseHelper,
  statusListPush,
  koaCtxAssert,
  expressRedirect,
  fetchMockResponse,
  pactMatchStatus,
  assertStatusEquality,
  jestToHaveProperty,
  cypressShould,
  expectStatusMatcher,
  mockCalledWithStatus,
  localStatusParameter,
  statusLookupCall,
  statusOptionValidation,
  // Finders: object members.
  statusNamedProperty,
  responseCodeProperty,
  tableCodesByMethod,
  schemaStatusValue,
  tableStatusNamedObject,
  redirectTypeBesideDestination,
  recordingNameOfStatus,
  reasonPhraseEntry,
  // Finders: object keys.
  openapiResponseKey,
  tableStatusKeyed,
  tableReasonPhraseKeyed,
  // Finders: array elements.
  listStatusNamed,
  listTestedMembership,
  mockReplyTuple,
  listUsedAsStatus,
  schemaStatusEnum,
  // Finders: other TypeScript positions.
  statusNamedDeclaration,
  tableStatusNamedEnum,
  enumCodeNamedMember,
  statusAssignment,
  statusComparison,
  interceptorBodyCode,
  statusSwitchCase,
  tableStatusKeyedLookup,
  fastifyReplyTypeKey,
  statusLiteralType,
  statusGetterReturn,
  statusFunctionReturn,
  statusFallback,
  reasonPhraseNamedConstant,
  // Evidence filters: may drop what a finder found.
  filterCodeRange,
  filterInformationalGap,
  filterOtherProtocol,
];

export type PositionRule = Exclude<Rule, { shape: 'filter' }>;

/** Language, then position: looked up per literal, so no key string is built per lookup. */
const byPosition = new Map<RuleLanguage, Map<Position, PositionRule[]>>();
for (const rule of RULES) {
  if (rule.shape === 'filter') continue;
  for (const language of rule.languages) {
    let positions = byPosition.get(language);
    if (!positions) byPosition.set(language, (positions = new Map()));
    for (const position of rule.positions) {
      let list = positions.get(position);
      if (!list) positions.set(position, (list = []));
      list.push(rule);
    }
  }
}

/** The vetoes and finders asked about a position, in registry order (vetoes first, as the registry lists them). */
export function rulesAt(language: RuleLanguage, position: Position): readonly PositionRule[] {
  return byPosition.get(language)?.get(position) ?? [];
}

/** The evidence filters, in registry order. */
export const FILTERS = RULES.filter((rule): rule is Extract<Rule, { shape: 'filter' }> => rule.shape === 'filter');

/** A rule by id. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
