/** A Kubernetes-style resource read from one YAML document, with what checks need to find it. */
import type { PlainObject, Positions } from './yaml/load.ts';

/** One document that is a mapping: its identity and its data. */
export interface Resource {
  file: string;
  /** 0-based document index within the file. */
  index: number;
  apiVersion: string;
  /** API group ("" for the core group), e.g. "networking.istio.io". */
  group: string;
  /** Version part of apiVersion, e.g. "v1beta1". */
  version: string;
  kind: string;
  name: string;
  /** metadata.namespace as written; undefined when the document does not say. */
  namespace: string | undefined;
  value: PlainObject;
  /** The document's positions, parsed on first use (most documents never need them). */
  positions(): Positions;
}

/** True for a plain mapping (what our YAML loader produces for YAML maps). */
export function isObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a path, or undefined when any step is missing. */
export function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[step];
    } else {
      if (!isObject(current) || !Object.hasOwn(current, step)) return undefined;
      current = current[step];
    }
  }
  return current;
}

/** A string at a path, or undefined. */
export function stringAt(value: unknown, path: readonly (string | number)[]): string | undefined {
  const found = valueAt(value, path);
  return typeof found === 'string' ? found : undefined;
}

/** A mapping of strings (labels, annotations, selectors) at a path; non-string values are skipped. */
export function stringMapAt(value: unknown, path: readonly (string | number)[]): Record<string, string> | undefined {
  const found = valueAt(value, path);
  if (!isObject(found)) return undefined;
  const out = Object.create(null) as Record<string, string>;
  for (const [key, item] of Object.entries(found)) if (typeof item === 'string') out[key] = item;
  return out;
}

/** "Kind namespace/name", leaving the namespace out when the document has none (istioctl's style). */
export function resourceLabel(resource: Pick<Resource, 'kind' | 'name' | 'namespace'>): string {
  const name = resource.name || '(unnamed)';
  return `${resource.kind} ${resource.namespace ? `${resource.namespace}/` : ''}${name}`;
}

/** The namespace a namespaced resource lands in: its own, else "default" (as kubectl applies it). */
export function effectiveNamespace(resource: Pick<Resource, 'namespace'>): string {
  return resource.namespace ?? 'default';
}

/** Builds a Resource from a loaded document's data, or says why it cannot be one. */
export function toResource(
  file: string,
  index: number,
  value: unknown,
  positions: () => Positions,
): { resource: Resource } | { problem: 'not-mapping' | 'no-kind' } {
  if (!isObject(value)) return { problem: 'not-mapping' };
  const apiVersion = typeof value['apiVersion'] === 'string' ? value['apiVersion'] : '';
  const kind = typeof value['kind'] === 'string' ? value['kind'] : '';
  if (!apiVersion || !kind) return { problem: 'no-kind' };
  const slash = apiVersion.lastIndexOf('/');
  const group = slash < 0 ? '' : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  const metadata = isObject(value['metadata']) ? value['metadata'] : undefined;
  const name = typeof metadata?.['name'] === 'string' ? metadata['name'] : '';
  const namespace = typeof metadata?.['namespace'] === 'string' ? metadata['namespace'] : undefined;
  return { resource: { file, index, apiVersion, group, version, kind, name, namespace, value, positions } };
}
