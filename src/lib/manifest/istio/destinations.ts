/** The destinations a VirtualService sends traffic to (routes and mirrors), with where each is written. */
import { valueAt, type Resource } from '../resource.ts';
import type { DataPath } from '../yaml/locate.ts';
import { field, listOf } from './schemas/common.ts';

/** One destination of a VirtualService. */
export interface RouteDestination {
  /** Path of the destination object, e.g. ["spec", "http", 0, "route", 1, "destination"]. */
  path: DataPath;
  host: string;
  subset: string | undefined;
  port: number | undefined;
  mirror: boolean;
}

function read(value: unknown, path: DataPath, mirror: boolean): RouteDestination | undefined {
  const host = field(value, 'host');
  if (typeof host !== 'string' || host === '') return undefined;
  const subset = field(value, 'subset');
  const port = field(field(value, 'port'), 'number');
  return {
    path,
    host,
    subset: typeof subset === 'string' && subset ? subset : undefined,
    port: typeof port === 'number' ? port : undefined,
    mirror,
  };
}

/** Every destination of a VirtualService: tcp, tls and http routes, then http mirrors, in document order. */
export function destinationsOf(vs: Resource): RouteDestination[] {
  const spec = valueAt(vs.value, ['spec']);
  const out: RouteDestination[] = [];
  for (const kind of ['tcp', 'tls', 'http'] as const) {
    listOf(field(spec, kind)).forEach((route, i) => {
      listOf(field(route, 'route')).forEach((target, j) => {
        const found = read(field(target, 'destination'), ['spec', kind, i, 'route', j, 'destination'], false);
        if (found) out.push(found);
      });
    });
  }
  listOf(field(spec, 'http')).forEach((route, i) => {
    const mirror = read(field(route, 'mirror'), ['spec', 'http', i, 'mirror'], true);
    if (mirror) out.push(mirror);
    listOf(field(route, 'mirrors')).forEach((policy, j) => {
      const found = read(field(policy, 'destination'), ['spec', 'http', i, 'mirrors', j, 'destination'], true);
      if (found) out.push(found);
    });
  });
  return out;
}
