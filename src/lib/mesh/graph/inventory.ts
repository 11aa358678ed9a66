/**
 * What the traffic graph needs from the input, indexed once: Gateways, VirtualServices, the hosts
 * Services and ServiceEntries answer for, DestinationRule subsets and workloads, with host
 * resolution the way Istio does it (short names relative to the namespace that writes them).
 */
import { parseFqdn, hostsMatch, toFqdn } from '../../manifest/istio/hosts.ts';
import { effectiveNamespace, isObject, stringMapAt, valueAt, type Resource } from '../../manifest/resource.ts';
import { asWorkload, selectorMatches, type Workload } from '../../manifest/workloads.ts';
import { pick } from './routes.ts';

const ISTIO = 'networking.istio.io';

/** A Service or ServiceEntry: what a destination host resolves to. */
export interface Backend {
  resource: Resource;
  namespace: string;
  /** "Service orders" or "ServiceEntry stripe-api". */
  title: string;
  /** The FQDNs (or wildcards) it answers for. */
  hosts: string[];
  /** Pod labels its endpoints carry; undefined when it selects no pods. */
  selector: Record<string, string> | undefined;
  ports: string[];
}

/** A DestinationRule with its host as an FQDN and its subsets. */
export interface Rule {
  resource: Resource;
  namespace: string;
  fqdn: string;
  subsets: { name: string; labels: Record<string, string> }[];
}

/** The input, indexed for the graph. */
export interface Inventory {
  gateways: Map<string, Resource>;
  virtualServices: Resource[];
  backends: Backend[];
  rules: Rule[];
  workloads: Workload[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
const named = (resource: Resource): string => resource.name || '(unnamed)';

/** "Kind namespace/name", with "(unnamed)" for a resource without a name. */
export function qualified(resource: Resource): string {
  return `${resource.kind} ${effectiveNamespace(resource)}/${named(resource)}`;
}

/** "Kind name": the namespace is shown by the group the node is drawn in. */
export function titleOf(resource: Resource): string {
  return `${resource.kind} ${named(resource)}`;
}

function ports(value: unknown): string[] {
  return (Array.isArray(value) ? value : []).flatMap((port) => {
    const number = pick(port, 'number') ?? pick(port, 'port');
    return typeof number === 'number' || typeof number === 'string' ? [String(number)] : [];
  });
}

function service(resource: Resource): Backend {
  const namespace = effectiveNamespace(resource);
  const selector = stringMapAt(resource.value, ['spec', 'selector']);
  return {
    resource,
    namespace,
    title: titleOf(resource),
    hosts: [toFqdn(named(resource), namespace)],
    selector: selector && Object.keys(selector).length > 0 ? selector : undefined,
    ports: ports(valueAt(resource.value, ['spec', 'ports'])),
  };
}

function serviceEntry(resource: Resource): Backend {
  const namespace = effectiveNamespace(resource);
  const spec = valueAt(resource.value, ['spec']);
  const selector = stringMapAt(pick(spec, 'workloadSelector'), ['labels']);
  return {
    resource,
    namespace,
    title: titleOf(resource),
    hosts: strings(pick(spec, 'hosts')).map((host) => toFqdn(host, namespace)),
    selector: selector && Object.keys(selector).length > 0 ? selector : undefined,
    ports: ports(pick(spec, 'ports')),
  };
}

function rule(resource: Resource): Rule {
  const namespace = effectiveNamespace(resource);
  const spec = valueAt(resource.value, ['spec']);
  const host = pick(spec, 'host');
  const subsets = (Array.isArray(pick(spec, 'subsets')) ? (pick(spec, 'subsets') as unknown[]) : []).flatMap((subset) => {
    const name = pick(subset, 'name');
    return typeof name === 'string' && name ? [{ name, labels: stringMapAt(subset, ['labels']) ?? {} }] : [];
  });
  return { resource, namespace, fqdn: typeof host === 'string' ? toFqdn(host, namespace) : '', subsets };
}

/** Indexes the resources the graph draws; everything else is ignored. */
export function inventoryOf(resources: readonly Resource[]): Inventory {
  const inventory: Inventory = { gateways: new Map(), virtualServices: [], backends: [], rules: [], workloads: [] };
  for (const resource of resources) {
    if (!isObject(resource.value)) continue;
    const istio = resource.group === ISTIO;
    if (istio && resource.kind === 'Gateway') {
      const key = `${effectiveNamespace(resource)}/${named(resource)}`;
      if (!inventory.gateways.has(key)) inventory.gateways.set(key, resource);
    } else if (istio && resource.kind === 'VirtualService') inventory.virtualServices.push(resource);
    else if (istio && resource.kind === 'DestinationRule') inventory.rules.push(rule(resource));
    else if (istio && resource.kind === 'ServiceEntry') inventory.backends.push(serviceEntry(resource));
    else if (resource.group === '' && resource.kind === 'Service') inventory.backends.push(service(resource));
    else {
      const workload = asWorkload(resource);
      if (workload) inventory.workloads.push(workload);
    }
  }
  return inventory;
}

/** The Service or ServiceEntry an FQDN resolves to: a Service by name and namespace, else a ServiceEntry host. */
export function resolveHost(inventory: Inventory, fqdn: string): Backend | undefined {
  const parts = parseFqdn(fqdn);
  const byName =
    parts &&
    inventory.backends.find((b) => b.resource.kind === 'Service' && b.namespace === parts.namespace && named(b.resource) === parts.name);
  return byName ?? inventory.backends.find((b) => b.resource.kind === 'ServiceEntry' && b.hosts.some((host) => hostsMatch(host, fqdn)));
}

/** DestinationRules for an FQDN, most specific first: exact hosts before wildcards, the client's namespace first. */
export function rulesFor(inventory: Inventory, fqdn: string, clientNamespace: string): Rule[] {
  const rank = (r: Rule): number => (r.fqdn === fqdn ? 0 : 2) + (r.namespace === clientNamespace ? 0 : 1);
  return inventory.rules.filter((r) => r.fqdn !== '' && hostsMatch(r.fqdn, fqdn)).sort((a, b) => rank(a) - rank(b));
}

/** Workloads in `namespace` whose pods carry every label of `selector`. */
export function selectedBy(inventory: Inventory, namespace: string, selector: Readonly<Record<string, string>>): Workload[] {
  return inventory.workloads.filter((w) => w.namespace === namespace && selectorMatches(selector, w.podLabels));
}

/** The namespace a cluster-local FQDN lives in, or undefined for other hosts. */
export function namespaceOfHost(fqdn: string): string | undefined {
  return parseFqdn(fqdn)?.namespace;
}

/** "reviews.shop" for a cluster-local FQDN, the host itself otherwise: how missing Services are named. */
export function shortHost(fqdn: string): string {
  const parts = parseFqdn(fqdn);
  return parts ? `${parts.name}.${parts.namespace}` : fqdn;
}
