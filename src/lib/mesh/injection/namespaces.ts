/** The Namespace resources of the input, and where a deciding label or annotation sits. */
import { stringMapAt, type Resource } from '../../manifest/resource.ts';
import type { Workload } from '../../manifest/workloads.ts';
import type { DecisionSource } from './types.ts';

/** A Namespace of the input with its labels and annotations. */
export interface NamespaceInfo {
  resource: Resource;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** Namespaces of the input by name; the first document wins when one is defined twice. */
export type NamespaceIndex = ReadonlyMap<string, NamespaceInfo>;

/** Indexes the Namespace resources of the input. */
export function namespaceIndex(resources: readonly Resource[]): NamespaceIndex {
  const out = new Map<string, NamespaceInfo>();
  for (const resource of resources) {
    if (resource.kind !== 'Namespace' || resource.group !== '' || !resource.name || out.has(resource.name)) continue;
    out.set(resource.name, {
      resource,
      labels: stringMapAt(resource.value, ['metadata', 'labels']) ?? {},
      annotations: stringMapAt(resource.value, ['metadata', 'annotations']) ?? {},
    });
  }
  return out;
}

/** Points at a path of a resource. */
export function sourceAt(resource: Resource, path: readonly (string | number)[]): DecisionSource {
  return { kind: resource.kind, name: resource.name, file: resource.file, index: resource.index, path: [...path] };
}

/** Points at a label or annotation of a Namespace. */
export function namespaceSource(ns: NamespaceInfo, field: 'labels' | 'annotations', key: string): DecisionSource {
  return sourceAt(ns.resource, ['metadata', field, key]);
}

/** Points at a label or annotation of the pod template. */
export function podSource(workload: Workload, field: 'labels' | 'annotations', key: string): DecisionSource {
  return sourceAt(workload.resource, [...workload.podMetadataPath, field, key]);
}

/** Points at a field of the pod spec. */
export function specSource(workload: Workload, field: string): DecisionSource {
  return sourceAt(workload.resource, [...workload.podSpecPath, field]);
}

/** Points at where the workload names its namespace, when it does. */
export function namespaceFieldSource(workload: Workload): DecisionSource | undefined {
  return workload.resource.namespace === undefined ? undefined : sourceAt(workload.resource, ['metadata', 'namespace']);
}
