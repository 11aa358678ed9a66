/**
 * HTTPRoute (gateway.networking.k8s.io v1 and v1beta1, standard channel v1.5.1): matches, filters
 * (the CORS filter is standard since v1.5.0) and backends of HTTP requests, with the CRD's CEL
 * rules. Experimental fields (retry, sessionPersistence, the ExternalAuth filter...) are unknown
 * here, as on a standard-channel cluster.
 */
import * as z from 'zod';
import { choice } from '../../linkerd/schemas/common.ts';
import { isObject } from '../../resource.ts';
import { documentOf } from '../../schema/formats.ts';
import type { PlainObject } from '../../yaml/load.ts';
import {
  apiVersions,
  backendRefFields,
  celList,
  celObject,
  duration,
  issue,
  items,
  list,
  matchType,
  millis,
  sectionName,
  serviceNeedsPort,
  status,
  token,
  uniqueBy,
  weight,
} from './common.ts';
import { httpFilters, replacesPrefix } from './filters.ts';
import { headerMatches, hostnames, parentRefs, totalMatches } from './route-common.ts';

/** Served versions, current first. */
export const HTTP_ROUTE_VERSIONS = ['v1', 'v1beta1'] as const;

const PATH_CHARACTERS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|[%][0-9a-fA-F]{2})+$/;

/** The CRD's rules on an Exact or PathPrefix path, each a check and what it asks for. */
const PATH_RULES: [(path: string) => boolean, string][] = [
  [(path) => path.startsWith('/'), 'must be an absolute path starting with "/", like "/orders"'],
  [(path) => !path.includes('//'), 'must not contain "//"'],
  [(path) => !path.includes('/./'), 'must not contain "/./"'],
  [(path) => !path.includes('/../'), 'must not contain "/../"'],
  [(path) => !path.includes('%2f') && !path.includes('%2F'), 'must not contain an encoded slash ("%2f" or "%2F")'],
  [(path) => !path.includes('#'), 'must not contain "#": a fragment is never sent to the server'],
  [(path) => !path.endsWith('/..') && !path.endsWith('/.'), 'must not end with "/." or "/.."'],
  [(path) => PATH_CHARACTERS.test(path), "must only contain URL path characters (letters, digits, -._~!$&'()*+,;=:@/ and %XX escapes)"],
];

const pathMatch = celObject(
  {
    type: choice(['Exact', 'PathPrefix', 'RegularExpression']).optional(),
    value: z.string().max(1024, 'must be at most 1024 characters').optional(),
  },
  (value, ctx) => {
    // The API server fills in type PathPrefix and value "/" before it checks.
    const type = value['type'] ?? 'PathPrefix';
    const path = value['value'] ?? '/';
    if ((type !== 'Exact' && type !== 'PathPrefix') || typeof path !== 'string') return;
    for (const [ok, message] of PATH_RULES) if (!ok(path)) issue(ctx, ['value'], `${message} (type ${type})`);
  },
);

const queryParamMatch = z
  .object({
    type: matchType.optional(),
    name: token('a query parameter name like "version"'),
    value: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
  })
  .strict();

const match = z
  .object({
    path: pathMatch.optional(),
    headers: headerMatches.optional(),
    queryParams: celList(queryParamMatch, 16, 'queryParams', (list, ctx) => uniqueBy(list, 'name', ctx, 'query parameter')).optional(),
    method: choice(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']).optional(),
  })
  .strict();

const backendRef = celObject({ ...backendRefFields, weight: weight.optional(), filters: httpFilters.optional() }, serviceNeedsPort);

const timeouts = celObject({ request: duration.optional(), backendRequest: duration.optional() }, (value, ctx) => {
  const request = millis(value['request']);
  const backend = millis(value['backendRequest']);
  // A request timeout of 0s disables it, and then any backendRequest fits.
  if (request !== undefined && backend !== undefined && request !== 0 && backend > request)
    issue(
      ctx,
      ['backendRequest'],
      `must not be longer than request (${String(value['request'])}): the request timeout covers every backend request`,
    );
});

/** Where the rule's single PathPrefix match is missing, for a filter that replaces the matched prefix. */
function prefixMatchProblem(rule: PlainObject): (string | number)[] | undefined {
  // An unset matches list defaults to one PathPrefix "/" match, and an unset path or type to PathPrefix.
  const matches = rule['matches'];
  if (!Array.isArray(matches)) return undefined;
  if (matches.length !== 1) return ['matches'];
  const first = matches[0];
  const path = isObject(first) ? first['path'] : undefined;
  const type = isObject(path) ? path['type'] : undefined;
  return type === undefined || type === null || type === 'PathPrefix' ? undefined : ['matches', 0, 'path', 'type'];
}

const FILTER_NAMES = { requestRedirect: 'RequestRedirect', urlRewrite: 'URLRewrite' } as const;

/** The rules on a rule: no redirect next to backends, and a prefix replacement needs one PathPrefix match. */
function checkRule(rule: PlainObject, ctx: z.RefinementCtx): void {
  const filters = items(rule['filters']);
  if (items(rule['backendRefs']).length > 0)
    filters.forEach((filter, index) => {
      if (isObject(filter) && filter['requestRedirect'] != null)
        issue(
          ctx,
          ['filters', index],
          'a RequestRedirect filter answers the request itself, so the rule must not have backendRefs: drop one or the other',
        );
    });
  const problem = prefixMatchProblem(rule);
  if (!problem) return;
  for (const block of ['requestRedirect', 'urlRewrite'] as const) {
    const name = FILTER_NAMES[block];
    const needs = `exactly one match, of type PathPrefix: the prefix it replaces`;
    if (filters.filter((filter) => replacesPrefix(filter, block)).length === 1)
      issue(ctx, problem, `a ${name} filter with path.replacePrefixMatch needs ${needs}`);
    const backends = items(rule['backendRefs']).filter(
      (ref) => items(isObject(ref) ? ref['filters'] : undefined).filter((f) => replacesPrefix(f, block)).length === 1,
    );
    if (backends.length === 1) issue(ctx, problem, `a ${name} filter with path.replacePrefixMatch in backendRefs needs ${needs}`);
  }
}

const rule = celObject(
  {
    name: sectionName.optional(),
    matches: list(match, 64, 'matches').optional(),
    filters: httpFilters.optional(),
    backendRefs: list(backendRef, 16, 'backendRefs').optional(),
    timeouts: timeouts.optional(),
  },
  checkRule,
);

/** spec of an HTTPRoute. */
export const httpRouteSpec = z
  .object({
    parentRefs: parentRefs.optional(),
    hostnames: hostnames.optional(),
    // Unset, rules default to one rule matching every path; written as [], they break minItems.
    rules: celList(rule, 16, 'rules', totalMatches(1), 1).optional(),
  })
  .strict();

/** An HTTPRoute document. */
export const httpRouteSchema = documentOf(apiVersions(HTTP_ROUTE_VERSIONS), 'HTTPRoute', { spec: httpRouteSpec, status });
