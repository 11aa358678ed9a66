/**
 * What the Istio checks know about the input as a whole, built once per analysis run and shared
 * by every analyzer: resources by kind, the host registry (Services and ServiceEntries), workloads
 * indexed by label, namespaces, Gateways and DestinationRule subsets.
 */
import type { AnalysisContext } from '../context.ts';
import { effectiveNamespace, isObject, stringAt, stringMapAt, valueAt, type Resource } from '../resource.ts';
import { asWorkload, containersOf, selectorMatches, type Workload } from '../workloads.ts';
import { destinationsOf, type RouteDestination } from './destinations.ts';
import { exportScopes, HostRegistry, hostsMatch, serviceScopes, toFqdn, visibleFrom } from './hosts.ts';
import { field, listOf, stringsOf } from './schemas/common.ts';

/** A Service or ServiceEntry as a destination: its ports and how it picks its endpoints. */
export interface MeshService {
  resource: Resource;
  namespace: string;
  ports: number[];
  /** A Service's selector or a ServiceEntry's workloadSelector; undefined when it has none. */
  selector: Record<string, string> | undefined;
  /** Label sets of a ServiceEntry's inline endpoints. */
  endpointLabels: Record<string, string>[];
}

/** A DestinationRule with its host resolved. */
export interface MeshDestinationRule {
  resource: Resource;
  namespace: string;
  host: string;
  fqdn: string;
  scopes: string[];
  subsets: { name: string; labels: Record<string, string>; index: number }[];
  hasWorkloadSelector: boolean;
}

/** A workload with the labels its pods carry (a Pod's own plus the topology labels of its Node). */
export interface MeshWorkload extends Workload {
  labels: Record<string, string>;
}

const NETWORKING = 'networking.istio.io';
const cache = new WeakMap<AnalysisContext, MeshIndex>();

/** The index of the context's input, built on first use. */
export function meshOf(context: AnalysisContext): MeshIndex {
  let index = cache.get(context);
  if (!index) cache.set(context, (index = new MeshIndex(context.resources)));
  return index;
}

const numbers = (list: unknown, name: string): number[] =>
  listOf(list)
    .map((item) => field(item, name))
    .filter((n): n is number => typeof n === 'number');

/** The shared index of one analysis run. */
export class MeshIndex {
  readonly #byKind = new Map<string, Resource[]>();
  /** Hosts that destinations can resolve to. */
  readonly registry = new HostRegistry<MeshService>();
  /** Kubernetes Services. */
  readonly services: MeshService[] = [];
  /** Pods and pod templates. */
  readonly workloads: MeshWorkload[] = [];
  /** Namespace resources by name. */
  readonly namespaces = new Map<string, Resource>();
  /** Gateways by "namespace/name". */
  readonly gateways = new Map<string, Resource>();
  readonly destinationRules: MeshDestinationRule[] = [];
  readonly #byLabel = new Map<string, MeshWorkload[]>();
  readonly #rulesByHost = new Map<string, MeshDestinationRule[]>();
  readonly #wildcardRules: MeshDestinationRule[] = [];
  readonly #destinations = new Map<Resource, RouteDestination[]>();

  constructor(resources: readonly Resource[]) {
    for (const resource of resources) {
      const key = `${resource.group}/${resource.kind}`;
      const list = this.#byKind.get(key);
      if (list) list.push(resource);
      else this.#byKind.set(key, [resource]);
    }
    for (const ns of this.of('Namespace')) this.namespaces.set(ns.name, ns);
    for (const gateway of this.of('Gateway', NETWORKING)) this.gateways.set(`${effectiveNamespace(gateway)}/${gateway.name}`, gateway);
    this.#indexServices();
    this.#indexWorkloads(resources);
    this.#indexDestinationRules();
  }

  /** Resources of a kind ("" is the core group). */
  of(kind: string, group = ''): readonly Resource[] {
    return this.#byKind.get(`${group}/${kind}`) ?? [];
  }

  /** Whether the input defines any Service or ServiceEntry, so that a missing host means something. */
  get hasServices(): boolean {
    return this.services.length > 0 || this.of('ServiceEntry', NETWORKING).length > 0;
  }

  /** Workloads whose pod labels carry every label of `selector`, in `namespace` (every namespace when undefined). */
  workloadsMatching(selector: Readonly<Record<string, string>>, namespace?: string): MeshWorkload[] {
    let candidates: readonly MeshWorkload[] = this.workloads;
    for (const [key, value] of Object.entries(selector)) {
      const list = this.#byLabel.get(`${key}=${value}`) ?? [];
      if (list.length < candidates.length) candidates = list;
    }
    return candidates.filter((w) => (namespace === undefined || w.namespace === namespace) && selectorMatches(selector, w.labels));
  }

  /** Whether a workload's pods run with an Istio proxy (sidecar or ambient), as far as the input tells. */
  inMesh(workload: Workload): boolean {
    if (containersOf(workload).some(({ container }) => container['name'] === 'istio-proxy' && container['image'])) return true;
    if (workload.podAnnotations['ambient.istio.io/redirection'] === 'enabled') return true;
    const explicit = workload.podLabels['sidecar.istio.io/inject'] ?? workload.podAnnotations['sidecar.istio.io/inject'];
    if (explicit !== undefined) return explicit === 'true';
    const ns = this.namespaces.get(workload.namespace);
    // A namespace the input does not define is assumed to be in the mesh: this is a mesh course's input.
    if (!ns) return true;
    const labels = stringMapAt(ns.value, ['metadata', 'labels']) ?? {};
    return labels['istio-injection'] === 'enabled' || !!labels['istio.io/rev'] || labels['istio.io/dataplane-mode'] === 'ambient';
  }

  /** The destinations of a VirtualService, read once per run. */
  destinationsOf(vs: Resource): RouteDestination[] {
    let found = this.#destinations.get(vs);
    if (!found) this.#destinations.set(vs, (found = destinationsOf(vs)));
    return found;
  }

  /** DestinationRules visible from `namespace` whose host is `host` (written in that namespace) or a wildcard covering it. */
  rulesFor(host: string, namespace: string): MeshDestinationRule[] {
    const fqdn = toFqdn(host, namespace);
    const exact = this.#rulesByHost.get(fqdn) ?? [];
    const wild = this.#wildcardRules.filter((rule) => hostsMatch(rule.fqdn, fqdn));
    return [...exact, ...wild].filter((rule) => visibleFrom(rule.scopes, namespace));
  }

  #indexServices(): void {
    for (const service of this.of('Service')) {
      const namespace = effectiveNamespace(service);
      const selector = stringMapAt(service.value, ['spec', 'selector']);
      const entry: MeshService = {
        resource: service,
        namespace,
        ports: numbers(valueAt(service.value, ['spec', 'ports']), 'port'),
        selector: selector && Object.keys(selector).length > 0 ? selector : undefined,
        endpointLabels: [],
      };
      this.services.push(entry);
      const scopes = serviceScopes(stringAt(service.value, ['metadata', 'annotations', 'networking.istio.io/exportTo']), namespace);
      for (const scope of scopes) this.registry.add(scope, toFqdn(service.name, namespace), entry);
    }
    for (const se of this.of('ServiceEntry', NETWORKING)) {
      const namespace = effectiveNamespace(se);
      const spec = valueAt(se.value, ['spec']);
      const selector = field(field(spec, 'workloadSelector'), 'labels');
      const endpoints = field(spec, 'endpoints');
      const entry: MeshService = {
        resource: se,
        namespace,
        ports: numbers(field(spec, 'ports'), 'number'),
        selector: isObject(selector) ? (stringMapAt(selector, []) ?? {}) : undefined,
        endpointLabels: listOf(endpoints).map((e) => stringMapAt(field(e, 'labels'), []) ?? {}),
      };
      const exportTo = field(spec, 'exportTo');
      const scopes = exportScopes(stringsOf(exportTo), namespace);
      const hosts = field(spec, 'hosts');
      for (const host of listOf(hosts)) {
        if (typeof host === 'string') for (const scope of scopes) this.registry.add(scope, toFqdn(host, namespace), entry);
      }
    }
  }

  #indexWorkloads(resources: readonly Resource[]): void {
    const nodes = new Map(this.of('Node').map((node) => [node.name, stringMapAt(node.value, ['metadata', 'labels']) ?? {}]));
    for (const resource of resources) {
      const workload = asWorkload(resource);
      if (!workload) continue;
      const labels = { ...workload.podLabels };
      const nodeName = resource.kind === 'Pod' ? stringAt(resource.value, ['spec', 'nodeName']) : undefined;
      if (nodeName) {
        // Istio adds the node's non-empty topology labels and the host name to every endpoint of the pod.
        const node = nodes.get(nodeName) ?? {};
        for (const key of ['topology.kubernetes.io/region', 'topology.kubernetes.io/zone', 'topology.istio.io/subzone']) {
          if (node[key]) labels[key] = node[key];
        }
        labels['kubernetes.io/hostname'] = nodeName;
      }
      const entry: MeshWorkload = { ...workload, labels };
      this.workloads.push(entry);
      for (const [key, value] of Object.entries(labels)) {
        const list = this.#byLabel.get(`${key}=${value}`);
        if (list) list.push(entry);
        else this.#byLabel.set(`${key}=${value}`, [entry]);
      }
    }
  }

  #indexDestinationRules(): void {
    for (const resource of this.of('DestinationRule', NETWORKING)) {
      const spec = valueAt(resource.value, ['spec']);
      const host = field(spec, 'host');
      if (typeof host !== 'string' || !host) continue;
      const namespace = effectiveNamespace(resource);
      const subsets = field(spec, 'subsets');
      const exportTo = field(spec, 'exportTo');
      const rule: MeshDestinationRule = {
        resource,
        namespace,
        host,
        fqdn: toFqdn(host, namespace),
        scopes: exportScopes(stringsOf(exportTo), namespace),
        subsets: listOf(subsets).flatMap((subset, index) => {
          const name = field(subset, 'name');
          return typeof name === 'string' ? [{ name, labels: stringMapAt(field(subset, 'labels'), []) ?? {}, index }] : [];
        }),
        hasWorkloadSelector: field(spec, 'workloadSelector') != null,
      };
      this.destinationRules.push(rule);
      if (rule.fqdn.startsWith('*')) {
        this.#wildcardRules.push(rule);
        continue;
      }
      const list = this.#rulesByHost.get(rule.fqdn);
      if (list) list.push(rule);
      else this.#rulesByHost.set(rule.fqdn, [rule]);
    }
  }
}
