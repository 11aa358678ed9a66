/**
 * Where a route's destination leads: the subset (from a DestinationRule) or the Service it names,
 * then the workloads whose pods they select; a name that resolves to nothing becomes a missing node.
 */
import { toFqdn } from '../../manifest/istio/hosts.ts';
import type { Workload } from '../../manifest/workloads.ts';
import {
  namespaceOfHost,
  qualified,
  resolveHost,
  rulesFor,
  selectedBy,
  shortHost,
  titleOf,
  type Backend,
  type Inventory,
} from './inventory.ts';
import type { GraphBuilder, GraphNode } from './model.ts';
import type { RouteTarget } from './routes.ts';

/** "hosts a b c and 2 more" as a one-item list, or none when there are no items. */
export const listed = (what: string, items: readonly string[], max = 3): string[] =>
  items.length === 0 ? [] : [`${what} ${items.slice(0, max).join(' ')}${items.length > max ? ` and ${items.length - max} more` : ''}`];

/** What building the graph shares: the indexed input, the graph so far, and what subsets stood for. */
export interface BuildContext {
  inventory: Inventory;
  graph: GraphBuilder;
  /** Backends some subset node stands for, so their own node can say so. */
  viaSubsets: Set<Backend>;
}

/** The node of a workload: its kind, name and version. */
export function workloadNode({ graph }: BuildContext, workload: Workload): GraphNode {
  const { resource, namespace, podLabels } = workload;
  const key = `workload:${resource.kind}/${namespace}/${resource.name || `#${resource.file}:${resource.index}`}`;
  const version = podLabels['version'] ?? podLabels['app.kubernetes.io/version'];
  return graph.node(key, 'workload', () => ({
    namespace,
    title: titleOf(resource),
    details: version === undefined ? [] : [`version ${version}`],
    missing: undefined,
  }));
}

/** The key of a Service's or ServiceEntry's node. */
export const backendKey = (backend: Backend): string => `backend:${backend.resource.kind}/${backend.namespace}/${backend.resource.name}`;

/** The node of a Service or ServiceEntry, with arrows to the pods it selects when `withPods`. */
export function backendNode(context: BuildContext, backend: Backend, withPods: boolean, note?: string): GraphNode {
  const isEntry = backend.resource.kind === 'ServiceEntry';
  const node = context.graph.node(backendKey(backend), 'service', () => ({
    namespace: backend.namespace,
    title: backend.title,
    details: [...(isEntry ? listed('hosts', backend.hosts) : []), ...listed('ports', backend.ports, 4), ...(note ? [note] : [])],
    missing: undefined,
  }));
  if (withPods && backend.selector) {
    for (const workload of selectedBy(context.inventory, backend.namespace, backend.selector)) {
      context.graph.edge(node, workloadNode(context, workload));
    }
  }
  return node;
}

function missingBackend({ graph }: BuildContext, fqdn: string): GraphNode {
  const short = shortHost(fqdn);
  const cluster = short !== fqdn;
  return graph.node(`missing-host:${fqdn}`, 'service', () => ({
    namespace: namespaceOfHost(fqdn),
    title: cluster ? `Service ${short}` : fqdn,
    details: [],
    missing: cluster ? `no Service ${short}` : `no Service or ServiceEntry for ${fqdn}`,
  }));
}

function subsetNode(context: BuildContext, fqdn: string, name: string, backend: Backend | undefined, client: string): GraphNode {
  const { inventory, graph } = context;
  const hostNamespace = backend?.namespace ?? namespaceOfHost(fqdn);
  const rule = rulesFor(inventory, fqdn, client).find((r) => r.subsets.some((s) => s.name === name));
  const subset = rule?.subsets.find((s) => s.name === name);
  if (!rule || !subset) {
    return graph.node(`missing-subset:${fqdn}/${name}`, 'subset', () => ({
      namespace: hostNamespace,
      title: `subset ${name}`,
      details: [shortHost(fqdn)],
      missing: `no DestinationRule defines subset ${name}`,
    }));
  }
  const key = `subset:${fqdn}/${rule.namespace}/${rule.resource.name}/${name}`;
  const existing = graph.get(key);
  if (existing) return existing;
  if (backend) context.viaSubsets.add(backend);
  const namespace = hostNamespace ?? rule.namespace;
  // Subset endpoints are the Service's endpoints that also carry the subset's labels.
  const selector = backend ? (backend.selector ? { ...backend.selector, ...subset.labels } : undefined) : subset.labels;
  const pods = selector ? selectedBy(inventory, namespace, selector) : [];
  const labels = Object.entries(subset.labels).map(([k, v]) => `${k}=${v}`);
  const node = graph.node(key, 'subset', () => ({
    namespace,
    title: `subset ${name}`,
    details: [labels.length > 0 ? labels.join(' ') : 'all endpoints', qualified(rule.resource)],
    missing: pods.length === 0 && inventory.workloads.length > 0 ? `subset ${name} selects no pods` : undefined,
  }));
  for (const workload of pods) graph.edge(node, workloadNode(context, workload));
  return node;
}

/** The node of a route's destination, with where it leads: a subset, a Service, or what is missing. */
export function destinationNode(context: BuildContext, target: RouteTarget, client: string): GraphNode {
  const { inventory, graph } = context;
  const fqdn = toFqdn(target.host, client);
  const key = `destination:${fqdn}|${target.subset ?? ''}|${target.port ?? ''}`;
  const existing = graph.get(key);
  if (existing) return existing;
  const backend = resolveHost(inventory, fqdn);
  const node = graph.node(key, 'destination', () => ({
    namespace: backend?.namespace ?? namespaceOfHost(fqdn),
    title: fqdn,
    details: [
      ...(target.subset === undefined ? [] : [`subset ${target.subset}`]),
      ...(target.port === undefined ? [] : [`port ${target.port}`]),
    ],
    missing: undefined,
  }));
  // Like istioctl, an unknown host only counts as missing when the input defines some Services.
  if (!backend && inventory.backends.length > 0) graph.edge(node, missingBackend(context, fqdn));
  if (target.subset !== undefined) graph.edge(node, subsetNode(context, fqdn, target.subset, backend, client));
  else if (backend) graph.edge(node, backendNode(context, backend, true));
  return node;
}
