/**
 * The order and shape of a VirtualService's routes: rules that can never be reached (IST0130),
 * matches that repeat or are covered by earlier ones (IST0131), weights that do not add up
 * (SA6002) and retries that cannot happen (SA6003). Follows istioctl's analyzeUnreachable*Rules.
 */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { isObject, valueAt, type Resource } from '../../resource.ts';
import type { DataPath } from '../../yaml/locate.ts';
import { meshOf } from '../mesh.ts';
import { field, listOf, spelling } from '../schemas/common.ts';

const camel = (key: string): string => key.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());

/** A key-order-independent rendering of a match, without its name, to compare matches. */
function canonical(value: unknown, dropName: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, false)).join(',')}]`;
  if (!isObject(value)) return JSON.stringify(value ?? null);
  const entries = Object.entries(value)
    .map(([key, item]) => [camel(key), item] as const)
    .filter(([key, item]) => item != null && !(dropName && key === 'name'))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item, false)}`).join(',')}}`;
}

const nameOr = (value: unknown, index: number): string => {
  const name = field(value, 'name');
  return typeof name === 'string' && name ? JSON.stringify(name) : `#${index}`;
};

function exactOrPrefix(match: unknown): string {
  const exact = field(match, 'exact');
  if (typeof exact === 'string' && exact) return `exact:${exact}`;
  const prefix = field(match, 'prefix');
  return typeof prefix === 'string' && prefix ? `prefix:${prefix}` : '';
}

function matchMap(value: unknown): Map<string, string> {
  return new Map(isObject(value) ? Object.entries(value).map(([key, item]) => [key, exactOrPrefix(item)]) : []);
}

interface PrefixMatch {
  route: string;
  request: string;
  path: DataPath;
  prefix: string;
  port: unknown;
  method: string;
  authority: string;
  maps: Map<string, string>[];
}

function prefixMatch(match: unknown, route: string, request: string, path: DataPath): PrefixMatch | undefined {
  const prefix = field(field(match, 'uri'), 'prefix');
  if (typeof prefix !== 'string' || !prefix) return undefined;
  return {
    route,
    request,
    path,
    prefix,
    port: field(match, 'port') ?? 0,
    method: exactOrPrefix(field(match, 'method')) || 'exact:GET',
    authority: exactOrPrefix(field(match, 'authority')),
    maps: ['headers', 'queryParams', 'withoutHeaders'].map((name) => matchMap(field(match, name))),
  };
}

// istioctl's coveredValidation: does the earlier prefix match `a` take all the traffic of the later `b`?
function covers(a: PrefixMatch, b: PrefixMatch): boolean {
  if (!b.prefix.startsWith(a.prefix) || a.port !== b.port) return false;
  if (a.method !== b.method && !a.method.startsWith(b.method)) return false;
  if (a.authority !== b.authority && !a.authority.startsWith(b.authority)) return false;
  return a.maps.every((mapA, index) => {
    const mapB = b.maps[index] ?? new Map<string, string>();
    if (mapA.size !== mapB.size) return false;
    return [...mapA].every(([key, value]) => mapB.has(key) && (value === mapB.get(key) || value.startsWith(mapB.get(key) ?? '')));
  });
}

function analyzeRules(context: AnalysisContext, vs: Resource, kind: 'http' | 'tcp' | 'tls'): void {
  const routes = listOf(valueAt(vs.value, ['spec', kind]));
  const seen = new Map<string, number>();
  const prefixes: PrefixMatch[] = [];
  let catchAll = -1;
  routes.forEach((route, r) => {
    const routeName = kind === 'http' ? nameOr(route, r) : `#${r}`;
    const matches = listOf(field(route, 'match'));
    const routePath = ['spec', kind, r];
    if (matches.length === 0) {
      if (catchAll >= 0) unreachable(context, vs, routePath, routeName, 'only the last rule can have no matches');
      catchAll = r;
      return;
    }
    let duplicates = 0;
    matches.forEach((match, m) => {
      const path = [...routePath, 'match', m];
      if (catchAll >= 0) return unreachable(context, vs, path, routeName, 'route without matches defined before');
      const key = canonical(match, kind === 'http');
      const earlier = seen.get(key);
      const request = kind === 'http' ? nameOr(match, m) : `#${m}`;
      if (earlier !== undefined) {
        duplicates++;
        const earlierName = kind === 'http' ? nameOr(routes[earlier], earlier) : `#${earlier}`;
        return ineffective(context, vs, path, routeName, request, earlierName);
      }
      seen.set(key, r);
      const prefix = kind === 'http' ? prefixMatch(match, routeName, request, path) : undefined;
      if (prefix) prefixes.push(prefix);
    });
    if (catchAll < 0 && duplicates === matches.length) unreachable(context, vs, routePath, routeName, 'all matches used by prior rules');
  });
  prefixes.forEach((a, i) => {
    for (const b of prefixes.slice(i + 1)) {
      if (b.prefix === a.prefix || !covers(a, b)) continue;
      ineffective(context, vs, b.path, b.route, `${b.request} of prefix ${b.prefix}`, `${a.request} of prefix ${a.prefix} on ${a.route}`);
    }
  });
}

function unreachable(context: AnalysisContext, vs: Resource, path: DataPath, rule: string, reason: string): void {
  context.report(vs, { code: 'IST0130', path, message: `VirtualService rule ${rule} not used (${reason}).` });
}

function ineffective(context: AnalysisContext, vs: Resource, path: DataPath, rule: string, match: string, duplicate: string): void {
  context.report(vs, {
    code: 'IST0131',
    path,
    message: `VirtualService rule ${rule} match ${match} is not used (duplicate/overlapping match in rule ${duplicate}).`,
  });
}

const UNITS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1, us: 0.001, µs: 0.001, ns: 0.000001 };

/** Milliseconds of a Go duration ("1m30s"), or undefined when it is not one. */
export function durationMs(value: unknown): number | undefined {
  if (typeof value !== 'string' || !/^(\d+(\.\d+)?(h|ms|m|s|us|µs|ns))+$/.test(value)) return undefined;
  let total = 0;
  for (const [, amount, , unit] of value.matchAll(/(\d+(\.\d+)?)(h|ms|m|s|us|µs|ns)/g)) total += Number(amount) * (UNITS[unit ?? ''] ?? 0);
  return total;
}

function analyzeWeightsAndRetries(context: AnalysisContext, vs: Resource): void {
  for (const kind of ['http', 'tcp', 'tls'] as const) {
    listOf(valueAt(vs.value, ['spec', kind])).forEach((route, r) => {
      const targets = listOf(field(route, 'route'));
      if (targets.length > 1) {
        const weights = targets.map((target) => field(target, 'weight'));
        const sum = weights.reduce<number>((total, weight) => total + (typeof weight === 'number' ? weight : 0), 0);
        if (sum !== 100) {
          context.report(vs, {
            code: 'SA6002',
            path: ['spec', kind, r, 'route'],
            message: `the weights of these ${targets.length} destinations add up to ${sum}, not 100; Istio sends each destination its weight divided by ${sum} of the traffic${sum === 0 ? ' (with a total of 0, none)' : ''}`,
          });
        }
      }
      if (kind !== 'http') return;
      const timeout = durationMs(field(route, 'timeout'));
      const retries = field(route, 'retries');
      const perTry = durationMs(field(retries, 'perTryTimeout'));
      const attempts = field(retries, 'attempts');
      if (timeout === undefined || perTry === undefined || timeout === 0 || attempts === 0 || perTry < timeout) return;
      context.report(vs, {
        code: 'SA6003',
        path: ['spec', 'http', r, 'retries', spelling(retries, 'perTryTimeout')],
        target: 'value',
        message: `perTryTimeout ${String(field(retries, 'perTryTimeout'))} is not shorter than the route timeout ${String(field(route, 'timeout'))}: the first attempt uses up the whole timeout, so no retry can happen`,
      });
    });
  }
}

/** IST0130, IST0131, SA6002 and SA6003 for every VirtualService. */
export const virtualServiceRoutes: Analyzer = {
  name: 'istio/virtualservice-routes',
  run(context) {
    for (const vs of meshOf(context).of('VirtualService', 'networking.istio.io')) {
      for (const kind of ['http', 'tcp', 'tls'] as const) analyzeRules(context, vs, kind);
      analyzeWeightsAndRetries(context, vs);
    }
  },
};
