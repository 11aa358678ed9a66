/**
 * Telemetry (telemetry.istio.io): tracing, metrics and access logging per mesh, namespace or
 * workload, after istio/api telemetry/v1/telemetry.proto.
 */
import * as z from 'zod';
import { duration, field, message, protoEnum } from './common.ts';
import { exclusiveTargets, targeting } from './security.ts';

const workloadMode = protoEnum(['CLIENT_AND_SERVER', 'CLIENT', 'SERVER']);
const nonEmpty = z.string().min(1, 'must not be empty');
const providers = z.array(message({ name: nonEmpty })).optional();

// A custom tag takes its value from exactly one source.
const customTag = message(
  {
    literal: message({ value: nonEmpty }).optional(),
    environment: message({ name: nonEmpty, defaultValue: z.string().optional() }).optional(),
    header: message({ name: nonEmpty, defaultValue: z.string().optional() }).optional(),
  },
  (value, ctx) => {
    const set = ['literal', 'environment', 'header'].filter((name) => field(value, name) != null);
    if (set.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: [set[1] ?? 'literal'],
        message: `set exactly one of literal, environment or header${set.length > 1 ? `, not ${set.join(' and ')}` : ''}`,
      });
  },
);

const tracing = message({
  match: message({ mode: workloadMode.optional() }).optional(),
  providers,
  randomSamplingPercentage: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').optional(),
  disableSpanReporting: z.boolean().optional(),
  customTags: z.record(z.string(), customTag).optional(),
  useRequestIdForTraceSampling: z.boolean().optional(),
});

const METRICS = [
  'ALL_METRICS',
  'REQUEST_COUNT',
  'REQUEST_DURATION',
  'REQUEST_SIZE',
  'RESPONSE_SIZE',
  'TCP_OPENED_CONNECTIONS',
  'TCP_CLOSED_CONNECTIONS',
  'TCP_SENT_BYTES',
  'TCP_RECEIVED_BYTES',
  'GRPC_REQUEST_MESSAGES',
  'GRPC_RESPONSE_MESSAGES',
] as const;

const metricSelector = message(
  { metric: protoEnum(METRICS).optional(), customMetric: nonEmpty.optional(), mode: workloadMode.optional() },
  (value, ctx) => {
    if (field(value, 'metric') != null && field(value, 'customMetric') != null)
      ctx.addIssue({ code: 'custom', path: ['customMetric'], message: 'set metric or customMetric, not both' });
  },
);

// UPSERT (the default) needs a value; REMOVE takes none, as the CRD's validation rules say.
const tagOverride = message({ operation: protoEnum(['UPSERT', 'REMOVE']).optional(), value: z.string().optional() }, (value, ctx) => {
  const operation = field(value, 'operation') ?? 'UPSERT';
  const expression = field(value, 'value');
  if (operation === 'UPSERT' && (expression == null || expression === ''))
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'value must be set when operation is UPSERT (the default)' });
  if (operation === 'REMOVE' && expression != null)
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'value must not be set when operation is REMOVE' });
});

const metrics = message({
  providers,
  overrides: z
    .array(
      message({
        match: metricSelector.optional(),
        disabled: z.boolean().optional(),
        tagOverrides: z.record(z.string(), tagOverride).optional(),
      }),
    )
    .optional(),
  reportingInterval: duration.optional(),
});

const accessLogging = message({
  match: message({ mode: workloadMode.optional() }).optional(),
  providers,
  disabled: z.boolean().optional(),
  filter: message({ expression: z.string().optional() }).optional(),
});

/** spec of a Telemetry. */
export const telemetrySpec = message(
  {
    ...targeting,
    tracing: z.array(tracing).optional(),
    metrics: z.array(metrics).optional(),
    accessLogging: z.array(accessLogging).optional(),
  },
  exclusiveTargets,
);
