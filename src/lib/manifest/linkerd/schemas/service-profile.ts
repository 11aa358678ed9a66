/**
 * linkerd.io ServiceProfile: per-route metrics, retries and timeouts for one service, after the CRD
 * in linkerd/linkerd2 charts/linkerd-crds/templates/serviceprofile.yaml and the Go types its
 * validating webhook parses with (a request `not` is one match there, a list in the CRD: both pass).
 */
import * as z from 'zod';
import { documentOf, duration, quantity } from '../../schema/formats.ts';
import { status } from './common.ts';

/** Served versions, current first. */
export const SERVICE_PROFILE_VERSIONS = ['v1alpha2', 'v1alpha1'] as const;

const method = z.string().regex(/^[A-Z]+$/, 'must be an upper-case HTTP method like "GET" or "POST" (methods are case-sensitive)');

// The conditions nest, so their types are spelled out for z.lazy.
type RequestMatch = {
  pathRegex?: string | undefined;
  method?: string | undefined;
  all?: RequestMatch[] | undefined;
  any?: RequestMatch[] | undefined;
  not?: RequestMatch | RequestMatch[] | undefined;
};
type ResponseMatch = {
  status?: { min?: number | undefined; max?: number | undefined } | undefined;
  all?: ResponseMatch[] | undefined;
  any?: ResponseMatch[] | undefined;
  not?: ResponseMatch | undefined;
};

const requestMatch: z.ZodType<RequestMatch> = z.lazy(() =>
  z
    .object({
      pathRegex: z.string().optional(),
      method: method.optional(),
      all: z.array(requestMatch).optional(),
      any: z.array(requestMatch).optional(),
      not: z.union([requestMatch, z.array(requestMatch)]).optional(),
    })
    .strict(),
);

const statusCode = z.int().min(100, 'must be an HTTP status between 100 and 599').max(599, 'must be an HTTP status between 100 and 599');

const responseMatch: z.ZodType<ResponseMatch> = z.lazy(() =>
  z
    .object({
      status: z.object({ min: statusCode.optional(), max: statusCode.optional() }).strict().optional(),
      all: z.array(responseMatch).optional(),
      any: z.array(responseMatch).optional(),
      not: responseMatch.optional(),
    })
    .strict(),
);

const route = z
  .object({
    /** The route label in metrics. */
    name: z.string().min(1, 'must not be empty'),
    condition: requestMatch,
    responseClasses: z.array(z.object({ condition: responseMatch, isFailure: z.boolean().optional() }).strict()).optional(),
    isRetryable: z.boolean().optional(),
    timeout: duration.optional(),
  })
  .strict();

/** A ServiceProfile, named after the fully-qualified service it describes. */
export const serviceProfileSchema = documentOf(
  SERVICE_PROFILE_VERSIONS.map((v) => `linkerd.io/${v}`),
  'ServiceProfile',
  {
    spec: z
      .object({
        routes: z.array(route).optional(),
        retryBudget: z
          .object({
            minRetriesPerSecond: z.int().min(0, 'must not be negative'),
            retryRatio: z.number().min(0, 'must not be negative'),
            ttl: duration,
          })
          .strict()
          .optional(),
        dstOverrides: z.array(z.object({ authority: z.string().min(1, 'must not be empty'), weight: quantity }).strict()).optional(),
        opaquePorts: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    status,
  },
);
