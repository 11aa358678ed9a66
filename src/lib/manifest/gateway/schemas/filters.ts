/**
 * Route filters (HTTPRouteFilter, GRPCRouteFilter) and the CRD rules on them: a filter's type names
 * the one settings block it carries, and some filters may appear only once per rule.
 */
import * as z from 'zod';
import { choice } from '../../linkerd/schemas/common.ts';
import { alternatives } from '../../linkerd/words.ts';
import { isObject } from '../../resource.ts';
import type { PlainObject } from '../../yaml/load.ts';
import {
  backendObjectRef,
  celList,
  celObject,
  has,
  headerName,
  issue,
  localObjectRef,
  portNumber,
  preciseHostname,
  text,
  uniqueBy,
} from './common.ts';
import { cors } from './cors.ts';

const header = z
  .object({ name: headerName, value: z.string().min(1, 'must not be empty').max(4096, 'must be at most 4096 characters') })
  .strict();

const headers = celList(header, 16, 'headers', (list, ctx) => uniqueBy(list, 'name', ctx, 'header'));

/** HTTPHeaderFilter: headers to set, add and remove (RequestHeaderModifier, ResponseHeaderModifier). */
export const headerModifier = z
  .object({
    set: headers.optional(),
    add: headers.optional(),
    remove: celList(z.string(), 16, 'header names', (list, ctx) => {
      const seen = new Set<unknown>();
      list.forEach((name, index) => {
        if (typeof name === 'string' && seen.has(name)) issue(ctx, [index], `duplicate header name "${name}": list it once`);
        seen.add(name);
      });
    }).optional(),
  })
  .strict();

/** The four rules tying a path modifier's type to its value. */
function checkPathModifier(value: PlainObject, ctx: z.RefinementCtx): void {
  const type = text(value, 'type');
  if (type === undefined) return;
  for (const [name, field] of [
    ['ReplaceFullPath', 'replaceFullPath'],
    ['ReplacePrefixMatch', 'replacePrefixMatch'],
  ] as const) {
    if (type === name && !has(value, field)) issue(ctx, ['type'], `type ${name} needs ${field}, the path to put in its place, like "/v2"`);
    if (type !== name && has(value, field)) issue(ctx, [field], `${field} needs type: ${name}`);
  }
}

/** HTTPPathModifier: how a redirect or rewrite changes the path. */
export const pathModifier = celObject(
  {
    type: choice(['ReplaceFullPath', 'ReplacePrefixMatch']),
    replaceFullPath: z.string().max(1024, 'must be at most 1024 characters').optional(),
    replacePrefixMatch: z.string().max(1024, 'must be at most 1024 characters').optional(),
  },
  checkPathModifier,
);

const fraction = celObject(
  { numerator: z.int().min(0, 'must be 0 or more'), denominator: z.int().min(1, 'must be 1 or more').optional() },
  (value, ctx) => {
    const numerator = value['numerator'];
    const denominator = typeof value['denominator'] === 'number' ? value['denominator'] : 100;
    if (typeof numerator === 'number' && numerator > denominator)
      issue(ctx, ['numerator'], `must be at most the denominator (${denominator}): a fraction of the requests, not more than all of them`);
  },
);

/** HTTPRequestMirrorFilter: where to send a copy of the requests, and which share of them. */
export const requestMirror = celObject(
  {
    backendRef: backendObjectRef,
    percent: z.int().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').optional(),
    fraction: fraction.optional(),
  },
  (value, ctx) => {
    if (has(value, 'percent') && has(value, 'fraction'))
      issue(ctx, ['fraction'], 'give the share to mirror as percent or as fraction, not both');
  },
);

const requestRedirect = z
  .object({
    scheme: choice(['http', 'https']).optional(),
    hostname: preciseHostname.optional(),
    path: pathModifier.optional(),
    port: portNumber.optional(),
    statusCode: z.literal([301, 302], { error: 'must be 301 or 302' }).optional(),
  })
  .strict();

const urlRewrite = z.object({ hostname: preciseHostname.optional(), path: pathModifier.optional() }).strict();

/** A filter type enum whose message names the experimental-only types for what they are. */
function filterType(types: readonly [string, ...string[]], experimental: readonly string[]) {
  return z.enum(types, {
    error: (problem) =>
      typeof problem.input === 'string' && experimental.includes(problem.input)
        ? `"${problem.input}" filters are only in the experimental channel of Gateway API v1.5.1; the standard channel has ${alternatives(types)}`
        : `must be one of ${alternatives(types)}`,
  });
}

/** The rules tying a filter's type to the one settings block it carries (`blocks`: type -> field). */
function checkBlocks(blocks: Record<string, string>) {
  return (value: PlainObject, ctx: z.RefinementCtx): void => {
    const type = text(value, 'type');
    if (type === undefined) return;
    for (const [name, field] of Object.entries(blocks)) {
      if (type === name && !has(value, field)) issue(ctx, ['type'], `a ${name} filter needs its settings in ${field}`);
      if (type !== name && has(value, field))
        issue(ctx, [field], `${field} belongs to a filter of type ${name}, and this one is ${type}: set one type and its block per filter`);
    }
  };
}

const HTTP_BLOCKS = {
  RequestHeaderModifier: 'requestHeaderModifier',
  ResponseHeaderModifier: 'responseHeaderModifier',
  RequestMirror: 'requestMirror',
  RequestRedirect: 'requestRedirect',
  URLRewrite: 'urlRewrite',
  ExtensionRef: 'extensionRef',
  CORS: 'cors',
};

/** HTTPRouteFilter as the standard channel has it (CORS since v1.5.0; ExternalAuth is experimental). */
export const httpFilter = celObject(
  {
    type: filterType(
      ['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'RequestRedirect', 'URLRewrite', 'ExtensionRef', 'CORS'],
      ['ExternalAuth'],
    ),
    cors: cors.optional(),
    requestHeaderModifier: headerModifier.optional(),
    responseHeaderModifier: headerModifier.optional(),
    requestMirror: requestMirror.optional(),
    requestRedirect: requestRedirect.optional(),
    urlRewrite: urlRewrite.optional(),
    extensionRef: localObjectRef.optional(),
  },
  checkBlocks(HTTP_BLOCKS),
);

/** Reports the second and later filters of each type in `once`. */
function notRepeated(filters: unknown[], once: readonly string[], ctx: z.RefinementCtx): void {
  for (const type of once) {
    const at = filters.flatMap((filter, index) => (text(filter, 'type') === type ? [index] : []));
    for (const index of at.slice(1))
      issue(ctx, [index, 'type'], `a ${type} filter may appear once per list: merge it into filters[${at[0]}]`);
  }
}

/** An HTTPRoute filter list: at most 16, no redirect with a rewrite, CORS, header modifiers, redirect and rewrite once each. */
export const httpFilters = celList(httpFilter, 16, 'filters', (filters, ctx) => {
  const types = filters.map((filter) => text(filter, 'type'));
  const redirect = types.indexOf('RequestRedirect');
  const rewrite = types.indexOf('URLRewrite');
  if (redirect >= 0 && rewrite >= 0)
    issue(
      ctx,
      [Math.max(redirect, rewrite), 'type'],
      'a RequestRedirect and a URLRewrite filter cannot be combined: a redirect answers the request, a rewrite forwards it',
    );
  notRepeated(filters, ['CORS', 'RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestRedirect', 'URLRewrite'], ctx);
});

/** GRPCRouteFilter: header modifiers, mirroring and extensions. */
export const grpcFilter = celObject(
  {
    type: filterType(['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'ExtensionRef'], []),
    requestHeaderModifier: headerModifier.optional(),
    responseHeaderModifier: headerModifier.optional(),
    requestMirror: requestMirror.optional(),
    extensionRef: localObjectRef.optional(),
  },
  checkBlocks({
    RequestHeaderModifier: 'requestHeaderModifier',
    ResponseHeaderModifier: 'responseHeaderModifier',
    RequestMirror: 'requestMirror',
    ExtensionRef: 'extensionRef',
  }),
);

/** A GRPCRoute filter list: at most 16, each header modifier once. */
export const grpcFilters = celList(grpcFilter, 16, 'filters', (filters, ctx) =>
  notRepeated(filters, ['RequestHeaderModifier', 'ResponseHeaderModifier'], ctx),
);

/** True when a filter redirects or rewrites (per `block`) with path.replacePrefixMatch. */
export function replacesPrefix(filter: unknown, block: 'requestRedirect' | 'urlRewrite'): boolean {
  const settings = isObject(filter) ? filter[block] : undefined;
  const path = isObject(settings) ? settings['path'] : undefined;
  return text(path, 'type') === 'ReplacePrefixMatch' && has(path, 'replacePrefixMatch');
}
