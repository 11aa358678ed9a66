/**
 * Building blocks of the Istio schemas. Istio reads its YAML through protobuf JSON, so every field
 * may be spelled in camelCase or in the proto's snake_case, and an optional field may be null
 * (the API server prunes nulls of non-nullable CRD fields); `message()` builds strict objects that
 * accept exactly that, and says so when both spellings of one field are given.
 */
import * as z from 'zod';
import { closestMatch } from '../../../text/index.ts';
import { duration, missingField, port } from '../../schema/formats.ts';

const SNAKE_EXCEPTIONS: Record<string, string> = { consecutive5xxErrors: 'consecutive_5xx_errors' };

const snakeCache = new Map<string, string>();

/** The proto (snake_case) name of a camelCase field, as protobuf JSON also accepts it. */
export function snakeCase(field: string): string {
  let snake = snakeCache.get(field);
  if (snake === undefined) {
    snake = SNAKE_EXCEPTIONS[field] ?? field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    snakeCache.set(field, snake);
  }
  return snake;
}

/** A protobuf message: a strict object whose fields take both spellings and whose optional fields take null. */
export function message(shape: Record<string, z.ZodType>, check?: (value: Record<string, unknown>, ctx: z.RefinementCtx) => void) {
  const fields: Record<string, z.ZodType> = {};
  const aliases: [string, string][] = [];
  const required: [string, string][] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const optional = schema instanceof z.ZodOptional;
    const alias = snakeCase(name);
    const field = optional ? (schema.unwrap() as z.ZodType).nullish() : schema;
    // A required field with two spellings is optional under each, and required as a pair below.
    fields[name] = optional || alias === name ? field : field.optional();
    if (alias === name) continue;
    fields[alias] = fields[name] as z.ZodType;
    aliases.push([name, alias]);
    if (!optional) required.push([name, alias]);
  }
  return z
    .object(fields)
    .strict()
    .superRefine(
      (value, ctx) => {
        for (const [name, alias] of aliases) {
          if (value[name] != null && value[alias] != null) {
            ctx.addIssue({ code: 'custom', path: [alias], message: `"${alias}" is "${name}" spelled again; give the field once` });
          }
        }
        for (const [name, alias] of required) {
          if (value[name] == null && value[alias] == null) missingField(ctx, name);
        }
        check?.(value, ctx);
      },
      // zod skips refinements once any field has failed, which would hide a second problem of the
      // same object (a jwtRule with both jwksUri and jwks_uri and a bad timeout); run them on any
      // mapping. The checks read fields defensively (field(), typeof), as the values are unparsed.
      { when: (payload) => isMapping(payload.value) },
    );
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value of a field under either spelling. */
export function field(value: unknown, name: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  return record[name] ?? record[snakeCase(name)] ?? undefined;
}

/** The items of a list field, or none when it is not a list. */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The string items of a list field. */
export function stringsOf(value: unknown): string[] {
  return listOf(value).filter((item): item is string => typeof item === 'string');
}

/** The spelling of a field the document uses (camelCase unless only the snake_case one is there). */
export function spelling(value: unknown, name: string): string {
  if (typeof value !== 'object' || value === null) return name;
  const record = value as Record<string, unknown>;
  return record[name] == null && record[snakeCase(name)] != null ? snakeCase(name) : name;
}

/** A proto enum, by its value names as Istio spells them. */
export function protoEnum(values: readonly [string, ...string[]]) {
  return z.enum(values, {
    error: (issue) => {
      const hint = typeof issue.input === 'string' ? closestMatch(issue.input, values) : undefined;
      return `must be one of ${values.join(', ')}${hint ? `; did you mean ${hint}?` : ''}`;
    },
  });
}

/** A list of strings. */
export const strings = z.array(z.string());

/** A map of strings (labels, header values). */
export const stringMap = z.record(z.string(), z.string());

/** A google.protobuf.Duration as Istio writes it ("5s", "250ms", "1m30s"). */
export { duration };

/** A port number, 1-65535. */
export { port };

/** A host as Istio routes to it: a short name, an FQDN or a wildcard, with no scheme, port or path. */
export const host = z
  .string()
  .min(1, 'must not be empty')
  .regex(
    /^[^\s/:]+$/,
    'must be a host name such as reviews, reviews.shop.svc.cluster.local or *.example.com, without scheme, port or path',
  );

/** exportTo: namespaces, "." for the own namespace, "*" for all. */
export const exportTo = z.array(z.string().regex(/^(\*|\.|~|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/, 'must be ".", "*", "~" or a namespace name'));

/** Percent: a share of traffic between 0 and 100. */
export const percent = message({ value: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').optional() });

/** A workload selector as Networking writes it: `labels`. */
export const workloadSelector = message({ labels: stringMap.optional() });

/** A workload selector as Security and DestinationRule write it: `matchLabels`. */
export const matchLabelsSelector = message({ matchLabels: stringMap.optional() });

/** A reference to the Gateway or Service a policy attaches to (Gateway API style). */
export const policyTargetReference = message({
  group: z.string().optional(),
  kind: z.string().min(1, 'must not be empty'),
  name: z.string().min(1, 'must not be empty'),
  namespace: z.string().optional(),
});

/** StringMatch: exactly one of exact, prefix or regex. */
export const stringMatch = message(
  { exact: z.string().optional(), prefix: z.string().optional(), regex: z.string().optional() },
  (value, ctx) => {
    const set = ['exact', 'prefix', 'regex'].filter((key) => value[key] != null);
    if (set.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [set[1] ?? ''],
        message: `set only one of exact, prefix or regex (found ${set.join(' and ')})`,
      });
    if (set.length === 0) ctx.addIssue({ code: 'custom', path: [], message: 'a string match needs one of exact, prefix or regex' });
  },
);

/** The protocols Istio understands on a port (case does not matter). */
export const PROTOCOLS = [
  'HTTP',
  'HTTPS',
  'GRPC',
  'GRPC-WEB',
  'HTTP2',
  'MONGO',
  'REDIS',
  'MYSQL',
  'TCP',
  'TLS',
  'UDP',
  'HTTP_PROXY',
  'HBONE',
];

/** A port protocol name. */
export const protocol = z
  .string()
  .refine((value) => PROTOCOLS.includes(value.toUpperCase()), { message: `must be one of ${PROTOCOLS.slice(0, 10).join(', ')}` });

/** The apiVersions a kind of an Istio group is served under, current first. */
export function apiVersions(group: string, versions: readonly string[]): string[] {
  return versions.map((version) => `${group}/${version}`);
}
