/**
 * Building blocks of the Gateway API schemas (gateway.networking.k8s.io, standard channel v1.5.1):
 * the name formats of its types, bounded lists, and objects whose CRD rules (CEL, in
 * x-kubernetes-validations) run next to the structural checks.
 */
import * as z from 'zod';
import { choice } from '../../linkerd/schemas/common.ts';
import { isObject } from '../../resource.ts';
import {
  DNS_SUBDOMAIN,
  dnsLabel,
  dnsSubdomain,
  kindName,
  labels,
  port,
  qualifiedName,
  referencedName,
  WILDCARD_HOST,
} from '../../schema/formats.ts';
import type { PlainObject } from '../../yaml/load.ts';

/** The API group of every kind in this family. */
export const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** The apiVersions a kind is served under, current first. */
export function apiVersions(versions: readonly string[]): string[] {
  return versions.map((version) => `${GATEWAY_GROUP}/${version}`);
}

const TOKEN = /^[A-Za-z0-9!#$%&'*+\-.^_`|~]+$/;

/** Checks that see the object as written, so they also run when one of its fields failed. */
type Rules<T> = (value: T, ctx: z.RefinementCtx) => void;

/** Adds a finding at `path` (relative to the object or list the rule belongs to). */
export function issue(ctx: z.RefinementCtx, path: (string | number)[], message: string): void {
  ctx.addIssue({ code: 'custom', path, message });
}

/** A strict object with the CRD's cross-field rules for it. */
export function celObject<T extends z.ZodRawShape>(shape: T, rules: Rules<PlainObject>) {
  // zod skips refinements once a field has failed; the API server evaluates every rule it can.
  return z
    .object(shape)
    .strict()
    .superRefine((value, ctx) => rules(value as PlainObject, ctx), { when: (payload) => isObject(payload.value) });
}

/** A list of at most `max` items (and at least `min`), named in messages by `noun`. */
export function list<T extends z.ZodType>(item: T, max: number, noun: string, min = 0) {
  const bounded = z.array(item).max(max, `must have at most ${max} ${noun}`);
  return min > 0 ? bounded.min(min, min === 1 ? 'must not be empty' : `must have at least ${min} ${noun}`) : bounded;
}

/** A bounded list with the CRD's rules across its items. */
export function celList<T extends z.ZodType>(item: T, max: number, noun: string, rules: Rules<unknown[]>, min = 0) {
  return list(item, max, noun, min).superRefine((items, ctx) => rules(items as unknown[], ctx), {
    when: (payload) => Array.isArray(payload.value),
  });
}

/** The string at `field` of an item, when the item is a mapping and the field a string. */
export function text(value: unknown, field: string): string | undefined {
  if (!isObject(value)) return undefined;
  const found = value[field];
  return typeof found === 'string' ? found : undefined;
}

/** The items of a list field, or none when it is absent or not a list. */
export function items(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** True when a field is set (the CRD's `has()`; YAML null counts as unset, as the API server drops it). */
export function has(value: unknown, field: string): boolean {
  return isObject(value) && value[field] !== undefined && value[field] !== null;
}

/** Reports every item whose `field` repeats an earlier item's: what a list keyed by `field` rejects. */
export function uniqueBy(list: unknown[], field: string, ctx: z.RefinementCtx, noun: string): void {
  for (const { index, first, key } of repeats(list, (item) => text(item, field)))
    issue(ctx, [index, field], `duplicate ${noun} "${key}": it is already item ${first}, and each may be listed once`);
}

/** Each item whose key an earlier item already had, with that earlier item's index; items without a key are skipped. */
export function repeats<K extends string | number>(
  list: readonly unknown[],
  keyOf: (item: unknown) => K | undefined,
): { index: number; first: number; key: K }[] {
  const seen = new Map<K, number>();
  const found: { index: number; first: number; key: K }[] = [];
  list.forEach((item, index) => {
    const key = keyOf(item);
    if (key === undefined) return;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else found.push({ index, first, key });
  });
  return found;
}

/** Group: an API group such as "gateway.networking.k8s.io", or "" for the core group. */
export const group = z
  .string()
  .max(253, 'must be at most 253 characters')
  .refine((value) => value === '' || DNS_SUBDOMAIN.test(value), {
    message: 'must be an API group like "gateway.networking.k8s.io", or "" for the core group',
  });

/** Kind: a kind name such as "Service" or "Gateway". */
export const kind = kindName('"Service" or "Gateway"');

/** ObjectName: the name of a referenced object. */
export const objectName = referencedName;

/** Namespace: a DNS-1123 label. */
export const namespace = dnsLabel;

/** SectionName: a listener, route rule or port name, a DNS-1123 subdomain. */
export const sectionName = dnsSubdomain;

/** Hostname: a host name, optionally with a leading "*." wildcard label; no IP address or port. */
export const hostname = z
  .string()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(
    WILDCARD_HOST,
    'must be a lower-case host name like "shop.example.com" or "*.example.com", without IP address, port or trailing dot',
  );

/** PreciseHostname: a host name without wildcard. */
export const preciseHostname = z
  .string()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(DNS_SUBDOMAIN, 'must be a lower-case host name like "shop.example.com", without wildcard, IP address or port');

/** PortNumber: 1-65535. */
export const portNumber = port;

/** An HTTP token: a header or query parameter name (`what`), 1-256 characters. */
export function token(what: string) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(256, 'must be at most 256 characters')
    .regex(TOKEN, `must be ${what}: letters, digits and !#$%&'*+-.^_\`|~ only, no spaces or colons`);
}

/** HTTPHeaderName and GRPCHeaderName. */
export const headerName = token('a header name like "x-request-id"');

/** Duration (GEP-2257): at most four pairs of a number of up to 5 digits and h, m, s or ms. */
export const duration = z
  .string()
  .regex(/^([0-9]{1,5}(h|m|s|ms)){1,4}$/, 'must be a Gateway API duration like "5s", "500ms" or "1m30s" (units h, m, s and ms)');

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 };

/** Milliseconds of a valid Gateway API duration; undefined for anything else. */
export function millis(value: unknown): number | undefined {
  if (typeof value !== 'string' || !duration.safeParse(value).success) return undefined;
  let total = 0;
  for (const [, amount = '', unit = ''] of value.matchAll(/(\d+)(ms|h|m|s)/g)) total += Number(amount) * (UNIT_MS[unit] ?? 0);
  return total;
}

/** A map of implementation options (TLS options): values of at most 4096 characters, at most `max` entries. */
export function optionMap(max: number) {
  return z
    .record(z.string(), z.string().max(4096, 'must be at most 4096 characters'))
    .refine((map) => Object.keys(map).length <= max, { message: `must have at most ${max} entries`, when: (p) => isObject(p.value) });
}

/** Labels for generated resources (Gateway infrastructure), at most `max`. */
export function labelMap(max: number) {
  return labels.refine((map) => Object.keys(map).length <= max, {
    message: `must have at most ${max} labels`,
    when: (p) => isObject(p.value),
  });
}

/** Annotations for generated resources (Gateway infrastructure): values of at most 4096 characters, at most `max`. */
export function annotationMap(max: number) {
  return z
    .record(qualifiedName, z.string().max(4096, 'must be at most 4096 characters'))
    .refine((map) => Object.keys(map).length <= max, { message: `must have at most ${max} annotations`, when: (p) => isObject(p.value) });
}

/** LocalObjectReference: group, kind and name of an object in the same namespace, all required. */
export const localObjectRef = z.object({ group, kind, name: objectName }).strict();

/** SecretObjectReference: a Secret (by default) holding a certificate and key. */
export const secretObjectRef = z
  .object({ group: group.optional(), kind: kind.optional(), name: objectName, namespace: namespace.optional() })
  .strict();

/** The fields of a BackendObjectReference: a Service (by default) and its port. */
export const backendRefFields = {
  group: group.optional(),
  kind: kind.optional(),
  name: objectName,
  namespace: namespace.optional(),
  port: portNumber.optional(),
};

/** The CRD rule of every backend reference: a Service (the default group and kind) needs a port. */
export function serviceNeedsPort(value: PlainObject, ctx: z.RefinementCtx): void {
  const groupName = value['group'] ?? '';
  const kindName = value['kind'] ?? 'Service';
  if (groupName === '' && kindName === 'Service' && !has(value, 'port'))
    issue(ctx, [], 'a reference to a Service needs the port of the Service, like port: 8080');
}

/** BackendObjectReference, as RequestMirror takes it. */
export const backendObjectRef = celObject(backendRefFields, serviceNeedsPort);

/** Weight of a backend: 0-1000000. */
export const weight = z.int().min(0, 'must be between 0 and 1000000').max(1_000_000, 'must be between 0 and 1000000');

/** Header and query parameter match types. */
export const matchType = choice(['Exact', 'RegularExpression']);

/** Status written by controllers; accepted as is. */
export const status = z.looseObject({}).optional();
