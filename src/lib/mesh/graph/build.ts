/**
 * Builds the traffic model from resources: clients and Gateways, each host of each VirtualService,
 * its route rules and their destinations, the Services nothing routes (reached by default from
 * the mesh), and the workloads nothing reaches.
 */
import { hostsMatch, toFqdn } from '../../manifest/istio/hosts.ts';
import { effectiveNamespace, valueAt, type Resource } from '../../manifest/resource.ts';
import { inventoryOf, qualified } from './inventory.ts';
import { GraphBuilder, type GraphNode, type TrafficModel } from './model.ts';
import { pick, routeRulesOf } from './routes.ts';
import { backendKey, backendNode, destinationNode, listed, workloadNode, type BuildContext } from './targets.ts';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

const mesh = (graph: GraphBuilder): GraphNode =>
  graph.node('client:mesh', 'client', () => ({
    namespace: undefined,
    title: 'mesh',
    details: ['clients with sidecars'],
    missing: undefined,
  }));
const external = (graph: GraphBuilder): GraphNode =>
  graph.node('client:external', 'client', () => ({ namespace: undefined, title: 'external clients', details: [], missing: undefined }));

function sourceNode({ inventory, graph }: BuildContext, written: string, namespace: string): GraphNode {
  if (written === 'mesh') return mesh(graph);
  const key = written.includes('/') ? written : `${namespace}/${written}`;
  const found = graph.get(`gateway:${key}`);
  if (found) return found;
  const node = graph.node(`gateway:${key}`, 'gateway', () => ({
    namespace: key.slice(0, key.indexOf('/')) || undefined,
    title: `Gateway ${key}`,
    details: [],
    missing: inventory.gateways.has(key) ? undefined : `no Gateway ${key}`,
  }));
  graph.edge(external(graph), node);
  return node;
}

function gatewaysOf(vs: Resource): string[] {
  const written = strings(pick(valueAt(vs.value, ['spec']), 'gateways'));
  return written.length > 0 ? unique(written) : ['mesh'];
}

function hostsOf(vs: Resource): string[] {
  return unique(strings(pick(valueAt(vs.value, ['spec']), 'hosts')).map((host) => toFqdn(host, effectiveNamespace(vs))));
}

function drawGateways({ inventory, graph }: BuildContext): void {
  for (const [key, gateway] of inventory.gateways) {
    const servers = pick(valueAt(gateway.value, ['spec']), 'servers');
    const list = Array.isArray(servers) ? servers : [];
    const hosts = unique(list.flatMap((server) => strings(pick(server, 'hosts'))));
    const ports = unique(
      list.flatMap((server) => {
        const port = pick(server, 'port');
        const number = pick(port, 'number');
        const protocol = pick(port, 'protocol');
        return typeof number === 'number' ? [`${number}${typeof protocol === 'string' ? ` ${protocol}` : ''}`] : [];
      }),
    );
    const node = graph.node(`gateway:${key}`, 'gateway', () => ({
      namespace: effectiveNamespace(gateway),
      title: `Gateway ${key}`,
      details: [...listed('hosts', hosts), ...listed('port', ports)],
      missing: undefined,
    }));
    graph.edge(external(graph), node);
  }
}

function drawVirtualService(context: BuildContext, vs: Resource): void {
  const { graph } = context;
  const namespace = effectiveNamespace(vs);
  const name = qualified(vs);
  const key = `${namespace}/${vs.name}`;
  const sources = gatewaysOf(vs).map((written) => sourceNode(context, written, namespace));
  const hosts = hostsOf(vs);
  const hostNodes = (hosts.length > 0 ? hosts : ['(no hosts)']).map((host) =>
    graph.node(`host:${key}/${host}`, 'host', () => ({ namespace, title: host, details: [name], missing: undefined })),
  );
  for (const source of sources) for (const host of hostNodes) graph.edge(source, host);
  for (const rule of routeRulesOf(valueAt(vs.value, ['spec']))) {
    const route = graph.node(`route:${key}/${rule.protocol}/${rule.index}`, 'route', () => ({
      namespace,
      title: `${rule.protocol} route ${rule.name ?? rule.index + 1}`,
      details: [rule.match, ...(rule.action ? [rule.action] : [])],
      missing: undefined,
    }));
    for (const host of hostNodes) graph.edge(host, route, rule.policies);
    const routed = rule.targets.filter((t) => t.mirror === undefined).length;
    const targets = rule.targets.map((target) => {
      const destination = destinationNode(context, target, namespace);
      const mirror = target.mirror !== undefined;
      const share = mirror
        ? target.mirror
        : routed > 1
          ? `${target.weight ?? 0}%`
          : target.weight !== undefined && target.weight !== 100
            ? `${target.weight}%`
            : undefined;
      graph.edge(route, destination, share === undefined ? [] : [mirror ? `mirror ${share}` : share], mirror);
      return { destination: destination.id, share, mirror };
    });
    graph.flows.push({
      sources: sources.map((s) => s.id),
      hosts,
      virtualService: name,
      protocol: rule.protocol,
      match: rule.match,
      policies: rule.policies,
      action: rule.action,
      targets,
    });
  }
}

function drawBackends(context: BuildContext): void {
  const { inventory, graph } = context;
  const meshHosts = inventory.virtualServices.filter((vs) => gatewaysOf(vs).includes('mesh')).flatMap(hostsOf);
  for (const backend of inventory.backends) {
    const routed = backend.hosts.some((host) => meshHosts.some((written) => hostsMatch(written, host)));
    if (!routed) graph.edge(mesh(graph), backendNode(context, backend, true), ['default']);
    else if (!graph.get(backendKey(backend))) {
      backendNode(
        context,
        backend,
        false,
        context.viaSubsets.has(backend) ? 'reached through its subsets' : 'a VirtualService routes its traffic elsewhere',
      );
    }
  }
}

/** The traffic model of the input: nodes in the order traffic meets them, then whatever nothing reaches. */
export function buildTrafficModel(resources: readonly Resource[]): TrafficModel {
  const context: BuildContext = { inventory: inventoryOf(resources), graph: new GraphBuilder(), viaSubsets: new Set() };
  drawGateways(context);
  for (const vs of context.inventory.virtualServices) drawVirtualService(context, vs);
  drawBackends(context);
  for (const workload of context.inventory.workloads) workloadNode(context, workload);
  return context.graph.model();
}
