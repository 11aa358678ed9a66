/**
 * policy.linkerd.io HTTPRoute, Linkerd's copy of the Gateway API HTTPRoute, after the CRD in
 * linkerd/linkerd2 charts/linkerd-crds/templates/policy/httproute.yaml (v1alpha1 to v1beta3).
 */
import * as z from 'zod';
import { documentOf, duration, port, WILDCARD_HOST } from '../../schema/formats.ts';
import { choice, group, kindName, refName, refNamespace, status } from './common.ts';

/** Every served HTTPRoute version, current first; timeouts exist from v1beta3 on (checked elsewhere). */
export const HTTP_ROUTE_VERSIONS = ['v1beta3', 'v1beta2', 'v1beta1', 'v1alpha1'] as const;

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;

const hostname = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(WILDCARD_HOST, 'must be a host name like "orders.shop.svc.cluster.local", optionally starting with "*."');

const headerName = z.string().min(1, 'must not be empty').max(256).regex(HEADER_NAME, 'must be an HTTP header name');

const header = z.object({ name: headerName, value: z.string().min(1, 'must not be empty').max(4096) }).strict();

const headerModifier = z
  .object({
    set: z.array(header).max(16).optional(),
    add: z.array(header).max(16).optional(),
    remove: z.array(z.string()).max(16).optional(),
  })
  .strict();

const requestRedirect = z
  .object({
    scheme: choice(['http', 'https']).optional(),
    hostname: hostname.optional(),
    path: z
      .object({
        type: choice(['ReplaceFullPath', 'ReplacePrefixMatch']),
        replaceFullPath: z.string().max(1024).optional(),
        replacePrefixMatch: z.string().max(1024).optional(),
      })
      .strict()
      .optional(),
    port: port.optional(),
    statusCode: z.literal([301, 302], { error: 'must be 301 or 302' }).optional(),
  })
  .strict();

function filter(types: [string, ...string[]]) {
  return z
    .object({
      type: choice(types),
      requestHeaderModifier: headerModifier.optional(),
      responseHeaderModifier: headerModifier.optional(),
      requestRedirect: requestRedirect.optional(),
    })
    .strict();
}

/** Where a route attaches: a Server (inbound) or a Service (outbound). */
export const parentRef = z
  .object({
    group: group.optional(),
    kind: kindName.optional(),
    namespace: refNamespace.optional(),
    name: refName,
    sectionName: z.string().optional(),
    port: port.optional(),
  })
  .strict();

const backendRef = z
  .object({
    group: group.optional(),
    kind: kindName.optional(),
    name: refName,
    namespace: refNamespace.optional(),
    port: port.optional(),
    weight: z.int().min(0, 'must be between 0 and 1000000').max(1_000_000, 'must be between 0 and 1000000').optional(),
    filters: z
      .array(filter(['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestRedirect']))
      .max(16)
      .optional(),
  })
  .strict();

const valueMatch = (nameSchema: z.ZodString) =>
  z
    .object({
      type: choice(['Exact', 'RegularExpression']).optional(),
      name: nameSchema,
      value: z.string().min(1, 'must not be empty').max(4096),
    })
    .strict();

const match = z
  .object({
    path: z
      .object({ type: choice(['Exact', 'PathPrefix', 'RegularExpression']).optional(), value: z.string().max(1024).optional() })
      .strict()
      .optional(),
    headers: z.array(valueMatch(headerName)).max(16).optional(),
    queryParams: z
      .array(valueMatch(z.string().min(1, 'must not be empty').max(256)))
      .max(16)
      .optional(),
    method: choice(['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH']).optional(),
  })
  .strict();

/** An HTTPRoute: matches, filters and backends for requests to its parents. */
export const httpRouteSchema = documentOf(
  HTTP_ROUTE_VERSIONS.map((v) => `policy.linkerd.io/${v}`),
  'HTTPRoute',
  {
    spec: z
      .object({
        parentRefs: z.array(parentRef).max(32).optional(),
        hostnames: z.array(hostname).max(16).optional(),
        rules: z
          .array(
            z
              .object({
                matches: z.array(match).max(8).optional(),
                filters: z
                  .array(filter(['RequestHeaderModifier', 'RequestRedirect']))
                  .max(16)
                  .optional(),
                backendRefs: z.array(backendRef).max(16).optional(),
                /** Request and per-backend-request timeouts (v1beta3). */
                timeouts: z.object({ request: duration.optional(), backendRequest: duration.optional() }).strict().optional(),
              })
              .strict(),
          )
          .max(16)
          .optional(),
      })
      .strict(),
    status,
  },
);
