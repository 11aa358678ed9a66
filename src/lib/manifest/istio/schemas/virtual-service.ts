/** VirtualService (networking.istio.io): how requests for a host are matched and routed. */
import * as z from 'zod';
import { duration, exportTo, field, host, message, percent, port, protoEnum, stringMap, stringMatch, strings } from './common.ts';

// Envoy's retry policies that Istio accepts in retryOn, besides HTTP status codes.
const RETRY_ON = new Set([
  '5xx',
  'gateway-error',
  'reset',
  'reset-before-request',
  'connect-failure',
  'envoy-ratelimited',
  'retriable-4xx',
  'refused-stream',
  'retriable-status-codes',
  'retriable-headers',
  'http3-post-connect-failure',
  'cancelled',
  'deadline-exceeded',
  'internal',
  'resource-exhausted',
  'unavailable',
]);

/** A comma-separated list of retry policies and HTTP status codes, checked like Istio does. */
const retryOn = z.string().superRefine((value, ctx) => {
  for (const policy of value.split(',')) {
    const code = Number(policy);
    if (RETRY_ON.has(policy) || (Number.isInteger(code) && code >= 100 && code <= 599 && policy.trim() === policy)) continue;
    ctx.addIssue({ code: 'custom', message: `${JSON.stringify(policy)} is not a valid retryOn policy` });
  }
});

/** The destination of a route: a host, an optional subset and an optional port. */
export const destination = message({ host, subset: z.string().optional(), port: message({ number: port.optional() }).optional() });

/** Header manipulation for requests and responses. */
const headerOperations = message({ set: stringMap.optional(), add: stringMap.optional(), remove: strings.optional() });
const headers = message({ request: headerOperations.optional(), response: headerOperations.optional() });

const httpMatchRequest = message({
  name: z.string().optional(),
  uri: stringMatch.optional(),
  scheme: stringMatch.optional(),
  method: stringMatch.optional(),
  authority: stringMatch.optional(),
  headers: z.record(z.string(), stringMatch).optional(),
  port: port.optional(),
  sourceLabels: stringMap.optional(),
  gateways: strings.optional(),
  queryParams: z.record(z.string(), stringMatch).optional(),
  ignoreUriCase: z.boolean().optional(),
  withoutHeaders: z.record(z.string(), stringMatch).optional(),
  sourceNamespace: z.string().optional(),
  statPrefix: z.string().optional(),
});

const httpRouteDestination = message({
  destination,
  weight: z.int().min(0, 'must not be negative').optional(),
  headers: headers.optional(),
});

const httpRedirect = message({
  uri: z.string().optional(),
  authority: z.string().optional(),
  port: port.optional(),
  derivePort: protoEnum(['FROM_PROTOCOL_DEFAULT', 'FROM_REQUEST_PORT']).optional(),
  scheme: z.string().optional(),
  redirectCode: z.int().min(300, 'must be a 3xx status').max(399, 'must be a 3xx status').optional(),
});

const httpRewrite = message({
  uri: z.string().optional(),
  authority: z.string().optional(),
  uriRegexRewrite: message({ match: z.string().optional(), rewrite: z.string().optional() }).optional(),
});

const httpRetry = message({
  attempts: z.int().min(0, 'must not be negative').optional(),
  perTryTimeout: duration.optional(),
  retryOn: retryOn.optional(),
  retryRemoteLocalities: z.boolean().optional(),
  retryIgnorePreviousHosts: z.boolean().optional(),
  backoff: duration.optional(),
});

const fault = message({
  delay: message(
    { fixedDelay: duration.optional(), exponentialDelay: duration.optional(), percentage: percent.optional(), percent: z.int().optional() },
    (value, ctx) => {
      if (field(value, 'fixedDelay') == null && field(value, 'exponentialDelay') == null)
        ctx.addIssue({ code: 'custom', path: ['fixedDelay'], message: 'a delay needs fixedDelay' });
    },
  ).optional(),
  abort: message(
    {
      httpStatus: z
        .int()
        .min(200, 'must be an HTTP status between 200 and 599')
        .max(599, 'must be an HTTP status between 200 and 599')
        .optional(),
      grpcStatus: z.string().optional(),
      http2Error: z.string().optional(),
      percentage: percent.optional(),
    },
    (value, ctx) => {
      if (['httpStatus', 'grpcStatus', 'http2Error'].every((name) => field(value, name) == null))
        ctx.addIssue({ code: 'custom', path: ['httpStatus'], message: 'an abort needs httpStatus, grpcStatus or http2Error' });
    },
  ).optional(),
});

const corsPolicy = message({
  allowOrigins: z.array(stringMatch).optional(),
  allowOrigin: strings.optional(),
  allowMethods: strings.optional(),
  allowHeaders: strings.optional(),
  exposeHeaders: strings.optional(),
  maxAge: duration.optional(),
  allowCredentials: z.boolean().optional(),
  unmatchedPreflights: protoEnum(['UNSPECIFIED', 'FORWARD', 'IGNORE']).optional(),
});

const httpRoute = message(
  {
    name: z.string().optional(),
    match: z.array(httpMatchRequest).optional(),
    route: z.array(httpRouteDestination).optional(),
    redirect: httpRedirect.optional(),
    directResponse: message({
      status: z.int().min(200, 'must be an HTTP status between 200 and 599').max(599, 'must be an HTTP status between 200 and 599'),
      body: message({ string: z.string().optional(), bytes: z.string().optional() }).optional(),
    }).optional(),
    delegate: message({ name: z.string().optional(), namespace: z.string().optional() }).optional(),
    rewrite: httpRewrite.optional(),
    timeout: duration.optional(),
    retries: httpRetry.optional(),
    fault: fault.optional(),
    mirror: destination.optional(),
    mirrors: z.array(message({ destination, percentage: percent.optional() })).optional(),
    mirrorPercent: z.int().optional(),
    mirrorPercentage: percent.optional(),
    corsPolicy: corsPolicy.optional(),
    headers: headers.optional(),
  },
  (value, ctx) => {
    const actions = ['route', 'redirect', 'directResponse', 'delegate'].filter((name) => {
      const set = field(value, name);
      return set != null && !(Array.isArray(set) && set.length === 0);
    });
    if (actions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['route'], message: 'an HTTP route needs route, redirect, directResponse or delegate' });
    if (actions.length > 1) ctx.addIssue({ code: 'custom', path: [actions[1] ?? ''], message: `set only one of ${actions.join(' and ')}` });
  },
);

const l4Match = {
  destinationSubnets: strings.optional(),
  port: port.optional(),
  sourceLabels: stringMap.optional(),
  gateways: strings.optional(),
  sourceNamespace: z.string().optional(),
};
const routeDestination = message({ destination, weight: z.int().min(0, 'must not be negative').optional() });

const tlsRoute = message({
  match: z.array(message({ sniHosts: strings, ...l4Match })).min(1, 'a TLS route needs at least one match'),
  route: z.array(routeDestination).optional(),
});
const tcpRoute = message({ match: z.array(message(l4Match)).optional(), route: z.array(routeDestination).optional() });

/** spec of a VirtualService. */
export const virtualServiceSpec = message(
  {
    hosts: z.array(host).optional(),
    gateways: strings.optional(),
    http: z.array(httpRoute).optional(),
    tls: z.array(tlsRoute).optional(),
    tcp: z.array(tcpRoute).optional(),
    exportTo: exportTo.optional(),
  },
  (value, ctx) => {
    // A route list of the wrong type is a type error already; only absent or empty lists mean "no routes".
    const routes = ['http', 'tcp', 'tls'].filter((name) => {
      const list = field(value, name);
      return list != null && !(Array.isArray(list) && list.length === 0);
    });
    if (routes.length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'a VirtualService needs http, tcp or tls routes' });
  },
);
