/**
 * A VirtualService's route rules as plain data: what each rule matches, the policies it applies
 * (timeouts, retries, fault injection), where it sends requests (with weights and mirrors), read
 * from HTTP, TCP and TLS routes. Fields may be spelled in camelCase or snake_case, as Istio accepts.
 */
import { isObject } from '../../manifest/resource.ts';

/** One place a rule sends traffic. */
export interface RouteTarget {
  host: string;
  subset: string | undefined;
  port: number | undefined;
  /** The weight as written; undefined when the rule gives none. */
  weight: number | undefined;
  /** For a mirror, the share of requests copied ("25%"); undefined for a route. */
  mirror: string | undefined;
}

/** One rule of a VirtualService. */
export interface RouteRule {
  protocol: 'HTTP' | 'TCP' | 'TLS';
  /** 0-based position among the rules of its protocol. */
  index: number;
  name: string | undefined;
  /** A short text of what the rule matches ("uri prefix /api, GET"), "any request" when it matches all. */
  match: string;
  /** Timeout, retries and fault injection, one phrase each. */
  policies: string[];
  /** What the rule answers itself instead of routing (a redirect, a direct response, a delegate). */
  action: string | undefined;
  targets: RouteTarget[];
}

const snake = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** A field under its camelCase or snake_case spelling; undefined for anything but a mapping. */
export function pick(value: unknown, name: string): unknown {
  if (!isObject(value)) return undefined;
  if (Object.hasOwn(value, name) && value[name] != null) return value[name];
  const alias = snake(name);
  return Object.hasOwn(value, alias) ? (value[alias] ?? undefined) : undefined;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const scalar = (value: unknown): string | undefined => text(value) ?? (num(value) === undefined ? undefined : String(value));

/** "25%" from an Istio Percent ({value: 25}) or a legacy integer percent; undefined when neither is given. */
function percent(value: unknown, legacy?: unknown): string | undefined {
  const found = num(pick(value, 'value')) ?? num(legacy);
  return found === undefined ? undefined : `${found}%`;
}

/** "exact /x", "prefix /api", "regex ^/v[12]" for an Istio StringMatch. */
function stringMatch(value: unknown): string {
  for (const kind of ['exact', 'prefix', 'regex'] as const) {
    const found = scalar(pick(value, kind));
    if (found !== undefined) return `${kind} ${found}`;
  }
  return 'present';
}

const labels = (value: unknown): string[] => (isObject(value) ? Object.entries(value).map(([key, v]) => `${key}=${scalar(v) ?? ''}`) : []);
const named = (value: unknown, what: string): string[] =>
  isObject(value) ? Object.entries(value).map(([key, v]) => `${what} ${key} ${stringMatch(v)}`) : [];

function httpMatch(match: unknown): string {
  const parts: string[] = [];
  for (const field of ['uri', 'scheme', 'authority'] as const) {
    if (pick(match, field) !== undefined) parts.push(`${field} ${stringMatch(pick(match, field))}`);
  }
  const method = pick(match, 'method');
  if (method !== undefined) parts.push(scalar(pick(method, 'exact')) ?? `method ${stringMatch(method)}`);
  parts.push(...named(pick(match, 'headers'), 'header'), ...named(pick(match, 'queryParams'), 'query'));
  const without = pick(match, 'withoutHeaders');
  if (isObject(without)) parts.push(...Object.keys(without).map((key) => `without header ${key}`));
  parts.push(...commonMatch(match));
  return parts.join(', ');
}

function commonMatch(match: unknown): string[] {
  const parts: string[] = [];
  const port = scalar(pick(match, 'port'));
  if (port !== undefined) parts.push(`port ${port}`);
  const source = labels(pick(match, 'sourceLabels'));
  if (source.length > 0) parts.push(`from pods ${source.join(' ')}`);
  const namespace = text(pick(match, 'sourceNamespace'));
  if (namespace !== undefined) parts.push(`from namespace ${namespace}`);
  const gateways = list(pick(match, 'gateways')).flatMap((g) => text(g) ?? []);
  if (gateways.length > 0) parts.push(`via ${gateways.join(' ')}`);
  return parts;
}

function streamMatch(match: unknown): string {
  const parts: string[] = [];
  const sni = list(pick(match, 'sniHosts')).flatMap((h) => text(h) ?? []);
  if (sni.length > 0) parts.push(`SNI ${sni.join(' ')}`);
  const subnets = list(pick(match, 'destinationSubnets')).flatMap((s) => text(s) ?? []);
  if (subnets.length > 0) parts.push(`to ${subnets.join(' ')}`);
  parts.push(...commonMatch(match));
  return parts.join(', ');
}

function matchText(rule: unknown, read: (match: unknown) => string): string {
  const each = list(pick(rule, 'match'))
    .map(read)
    .map((m) => m || 'any request');
  return each.length === 0 || each.includes('any request') ? 'any request' : each.join(' or ');
}

function policiesOf(rule: unknown): string[] {
  const out: string[] = [];
  const timeout = scalar(pick(rule, 'timeout'));
  if (timeout !== undefined) out.push(`timeout ${timeout}`);
  const retries = pick(rule, 'retries');
  if (isObject(retries)) {
    const attempts = scalar(pick(retries, 'attempts'));
    const each = scalar(pick(retries, 'perTryTimeout'));
    const on = scalar(pick(retries, 'retryOn'));
    if (attempts === '0') out.push('no retries');
    else
      out.push(
        `retries${attempts === undefined ? '' : ` ${attempts}`}${each === undefined ? '' : ` x ${each}`}${on === undefined ? '' : ` on ${on}`}`,
      );
  }
  const fault = pick(rule, 'fault');
  const delay = pick(fault, 'delay');
  if (isObject(delay)) {
    const share = percent(pick(delay, 'percentage'), pick(delay, 'percent'));
    out.push(`fault delay ${scalar(pick(delay, 'fixedDelay')) ?? '?'}${share ? ` for ${share}` : ''}`);
  }
  const abort = pick(fault, 'abort');
  if (isObject(abort)) {
    const share = percent(pick(abort, 'percentage'));
    const status = scalar(pick(abort, 'httpStatus')) ?? scalar(pick(abort, 'grpcStatus')) ?? scalar(pick(abort, 'http2Error')) ?? '?';
    out.push(`fault abort ${status}${share ? ` for ${share}` : ''}`);
  }
  return out;
}

function actionOf(rule: unknown): string | undefined {
  const redirect = pick(rule, 'redirect');
  if (isObject(redirect)) {
    const where = `${scalar(pick(redirect, 'authority')) ?? ''}${scalar(pick(redirect, 'uri')) ?? ''}`;
    return `redirect${where ? ` to ${where}` : ''}`;
  }
  const direct = pick(rule, 'directResponse');
  if (isObject(direct)) return `direct response ${scalar(pick(direct, 'status')) ?? '?'}`;
  const delegate = pick(rule, 'delegate');
  if (isObject(delegate))
    return `delegate to ${[text(pick(delegate, 'namespace')), text(pick(delegate, 'name'))].filter(Boolean).join('/')}`;
  return undefined;
}

function target(destination: unknown, weight: number | undefined, mirror: string | undefined): RouteTarget[] {
  const host = text(pick(destination, 'host'));
  if (host === undefined) return [];
  return [{ host, subset: text(pick(destination, 'subset')), port: num(pick(pick(destination, 'port'), 'number')), weight, mirror }];
}

function targetsOf(rule: unknown, http: boolean): RouteTarget[] {
  const out = list(pick(rule, 'route')).flatMap((r) => target(pick(r, 'destination'), num(pick(r, 'weight')), undefined));
  if (!http) return out;
  const legacy = percent(pick(rule, 'mirrorPercentage'), pick(rule, 'mirrorPercent')) ?? '100%';
  out.push(...target(pick(rule, 'mirror'), undefined, legacy));
  for (const m of list(pick(rule, 'mirrors')))
    out.push(...target(pick(m, 'destination'), undefined, percent(pick(m, 'percentage')) ?? '100%'));
  return out;
}

/** Every route rule of a VirtualService spec: HTTP, then TLS, then TCP, in document order. */
export function routeRulesOf(spec: unknown): RouteRule[] {
  const out: RouteRule[] = [];
  list(pick(spec, 'http')).forEach((rule, index) => {
    const targets = targetsOf(rule, true);
    out.push({
      protocol: 'HTTP',
      index,
      name: text(pick(rule, 'name')),
      match: matchText(rule, httpMatch),
      policies: policiesOf(rule),
      action: actionOf(rule),
      targets,
    });
  });
  for (const protocol of ['TLS', 'TCP'] as const) {
    list(pick(spec, protocol.toLowerCase())).forEach((rule, index) => {
      out.push({
        protocol,
        index,
        name: undefined,
        match: matchText(rule, streamMatch),
        policies: [],
        action: undefined,
        targets: targetsOf(rule, false),
      });
    });
  }
  return out;
}
