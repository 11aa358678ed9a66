/** Where a resource keeps metadata the proxy injector might read, and what it makes of each place. */
import { isObject, valueAt, type Resource } from '../../resource.ts';
import { asWorkload } from '../../workloads.ts';
import type { DataPath } from '../../yaml/locate.ts';
import type { PlainObject } from '../../yaml/load.ts';

/** One metadata mapping of a resource. */
export interface MetadataSite {
  /** Path of the metadata mapping itself. */
  path: DataPath;
  /**
   * namespace and pod: the injector reads annotations here; workload: a Deployment's own metadata,
   * which it never sees; other: any other resource (a Service, a ConfigMap).
   */
  role: 'namespace' | 'pod' | 'workload' | 'other';
}

/** Every metadata mapping of a resource: its own, and its pod template's when it has one. */
export function metadataSites(resource: Resource): MetadataSite[] {
  if (resource.kind === 'Namespace' && resource.group === '') return [{ path: ['metadata'], role: 'namespace' }];
  const workload = asWorkload(resource);
  if (!workload) return [{ path: ['metadata'], role: 'other' }];
  if (resource.kind === 'Pod') return [{ path: ['metadata'], role: 'pod' }];
  return [
    { path: ['metadata'], role: 'workload' },
    { path: workload.podMetadataPath, role: 'pod' },
  ];
}

/** The string entries of a labels or annotations mapping, with the mapping's path. */
export function entriesAt(resource: Resource, path: DataPath): { path: DataPath; entries: [string, string][] } {
  const found = valueAt(resource.value, path);
  const entries = isObject(found)
    ? Object.entries(found as PlainObject).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[key, value]] : []))
    : [];
  return { path, entries };
}
