/**
 * Indexes over one analysis run, built once and shared by every Linkerd check: resources by kind,
 * namespace and name, workloads by namespace, and which workloads each Server selects.
 */
import type { AnalysisContext } from '../context.ts';
import { effectiveNamespace, isObject, stringMapAt, valueAt, type Resource } from '../resource.ts';
import { labelSelectorMatches, workloadsOf, type Workload } from '../workloads.ts';
import type { PlainObject } from '../yaml/load.ts';

/** The shared indexes of one run. */
export interface Lookup {
  /** Every workload of the input. */
  workloads: readonly Workload[];
  /** The workloads whose pods run in a namespace. */
  workloadsIn(namespace: string): readonly Workload[];
  /** True when the input has at least one resource of this kind (and group, when given). */
  has(kind: string, group?: string): boolean;
  /** The resource of a kind with this namespace and name; group checked when given. */
  find(kind: string, namespace: string, name: string, group?: string): Resource | undefined;
  /** The resources of a kind in a namespace. */
  inNamespace(kind: string, namespace: string, group?: string): Resource[];
  /** Names of the resources of a kind in a namespace, for "did you mean". */
  namesIn(kind: string, namespace: string, group?: string): string[];
  /** Namespaces that hold a resource of this kind and name. */
  namespacesOf(kind: string, name: string, group?: string): string[];
  /** The workloads a Server's podSelector selects (none without a podSelector). */
  selectedBy(server: Resource): readonly Workload[];
}

const POLICY = 'policy.linkerd.io';
const cache = new WeakMap<AnalysisContext, Lookup>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// matchLabels compared directly; the shared matcher only for matchExpressions, which are rare.
function matcher(selector: PlainObject): (labels: Readonly<Record<string, string>>) => boolean {
  const required = Object.entries(stringMapAt(selector, ['matchLabels']) ?? {});
  const expressions = Array.isArray(selector['matchExpressions']);
  return (labels) => required.every(([key, value]) => labels[key] === value) && (!expressions || labelSelectorMatches(selector, labels));
}

function build(context: AnalysisContext): Lookup {
  // Every index is keyed by kind first; the group is a filter, since refs often leave it out.
  const byName = new Map<string, Resource[]>();
  const byNamespace = new Map<string, Resource[]>();
  const byKey = new Map<string, Resource[]>();
  const kinds = new Set<string>();
  for (const resource of context.resources) {
    const namespace = effectiveNamespace(resource);
    push(byName, `${resource.kind}/${resource.name}`, resource);
    push(byNamespace, `${resource.kind}/${namespace}`, resource);
    push(byKey, `${resource.kind}/${namespace}/${resource.name}`, resource);
    kinds.add(resource.kind).add(`${resource.group}/${resource.kind}`);
  }
  const workloads = workloadsOf(context);
  const workloadsByNamespace = new Map<string, Workload[]>();
  for (const workload of workloads) push(workloadsByNamespace, workload.namespace, workload);
  const selected = new Map<Resource, readonly Workload[]>();
  const inGroup = (group: string | undefined) => (r: Resource) => group === undefined || r.group === group;

  return {
    workloads,
    workloadsIn: (namespace) => workloadsByNamespace.get(namespace) ?? [],
    has: (kind, group) => kinds.has(group === undefined ? kind : `${group}/${kind}`),
    find: (kind, namespace, name, group) => byKey.get(`${kind}/${namespace}/${name}`)?.find(inGroup(group)),
    inNamespace: (kind, namespace, group) => (byNamespace.get(`${kind}/${namespace}`) ?? []).filter(inGroup(group)),
    namesIn: (kind, namespace, group) => (byNamespace.get(`${kind}/${namespace}`) ?? []).filter(inGroup(group)).map((r) => r.name),
    namespacesOf: (kind, name, group) => [
      ...new Set((byName.get(`${kind}/${name}`) ?? []).filter(inGroup(group)).map((r) => effectiveNamespace(r))),
    ],
    selectedBy(server) {
      const known = selected.get(server);
      if (known) return known;
      const selector = valueAt(server.value, ['spec', 'podSelector']);
      const matches = isObject(selector) && server.group === POLICY ? matcher(selector) : undefined;
      const found = matches ? (workloadsByNamespace.get(effectiveNamespace(server)) ?? []).filter((w) => matches(w.podLabels)) : [];
      selected.set(server, found);
      return found;
    },
  };
}

/** The indexes of this run, built on first use. */
export function lookupOf(context: AnalysisContext): Lookup {
  let lookup = cache.get(context);
  if (!lookup) {
    lookup = build(context);
    cache.set(context, lookup);
  }
  return lookup;
}
