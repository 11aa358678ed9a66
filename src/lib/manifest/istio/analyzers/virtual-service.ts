/**
 * What a VirtualService refers to: destination hosts, ports and subsets (IST0101, IST0112) and
 * gateways (IST0101, IST0132), resolved the way istioctl analyze resolves them.
 */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, valueAt, type Resource } from '../../resource.ts';
import type { RouteDestination } from '../destinations.ts';
import { hostsMatch } from '../hosts.ts';
import { meshOf, type MeshIndex } from '../mesh.ts';
import { field, listOf, stringsOf } from '../schemas/common.ts';

const quoted = (value: string): string => JSON.stringify(value);
const goList = (values: readonly (string | number)[]): string => `[${values.join(' ')}]`;

function checkHost(context: AnalysisContext, mesh: MeshIndex, vs: Resource, d: RouteDestination): void {
  const namespace = effectiveNamespace(vs);
  const service = mesh.registry.resolve(d.host, namespace, stringsOf(field(valueAt(vs.value, ['spec']), 'exportTo')));
  const hostPath = [...d.path, 'host'];
  if (!service) {
    const what = d.mirror ? 'mirror host' : 'host';
    context.report(vs, { code: 'IST0101', path: hostPath, target: 'value', message: `Referenced ${what} not found: ${quoted(d.host)}` });
    return;
  }
  if (d.port === undefined) {
    if (service.ports.length > 1) {
      context.report(vs, {
        code: 'IST0112',
        path: hostPath,
        target: 'value',
        message: `This VirtualService routes to a service ${quoted(d.host)} that exposes multiple ports ${goList(service.ports)}. Specifying a port in the destination is required to disambiguate.`,
      });
    }
  } else if (!service.ports.includes(d.port)) {
    context.report(vs, {
      code: 'IST0101',
      path: [...d.path, 'port', 'number'],
      target: 'value',
      message: `Referenced host:port not found: ${quoted(`${d.host}:${d.port}`)}`,
    });
  }
}

function checkSubset(context: AnalysisContext, mesh: MeshIndex, vs: Resource, d: RouteDestination): void {
  if (d.subset === undefined) return;
  const subset = d.subset;
  const rules = mesh.rulesFor(d.host, effectiveNamespace(vs));
  if (rules.some((rule) => rule.subsets.some((s) => s.name === subset))) return;
  context.report(vs, {
    code: 'IST0101',
    path: [...d.path, 'subset'],
    target: 'value',
    message: `Referenced ${d.mirror ? 'mirror' : 'host'}+subset in destinationrule not found: ${quoted(`${d.host}+${subset}`)}`,
  });
}

/** The hosts a Gateway serves as seen from `namespace` (istioctl's sanitizeServerHostNamespace + NamesForNamespace). */
function gatewayHostsFor(gateway: Resource, namespace: string): string[] {
  const gatewayNamespace = effectiveNamespace(gateway);
  const out: string[] = [];
  const servers = valueAt(gateway.value, ['spec', 'servers']);
  for (const server of listOf(servers)) {
    for (const written of stringsOf(field(server, 'hosts'))) {
      const slash = written.indexOf('/');
      if (slash < 0) {
        out.push(written);
        continue;
      }
      const scope = written.slice(0, slash) === '.' ? gatewayNamespace : written.slice(0, slash);
      if (scope === '*' || scope === namespace) out.push(written.slice(slash + 1));
    }
  }
  return out;
}

function checkGateways(context: AnalysisContext, mesh: MeshIndex, vs: Resource): void {
  const namespace = effectiveNamespace(vs);
  const hosts = stringsOf(valueAt(vs.value, ['spec', 'hosts']));
  stringsOf(valueAt(vs.value, ['spec', 'gateways'])).forEach((name, index) => {
    if (name === 'mesh') return;
    const key = name.includes('/') ? name : `${namespace}/${name}`;
    const gateway = mesh.gateways.get(key);
    const path = ['spec', 'gateways', index];
    // Like istioctl, a missing Gateway also serves none of the hosts (IST0101 and IST0132).
    if (!gateway) context.report(vs, { code: 'IST0101', path, target: 'value', message: `Referenced gateway not found: ${quoted(name)}` });
    const served = gateway ? gatewayHostsFor(gateway, namespace) : [];
    if (served.some((g) => hosts.some((h) => hostsMatch(g, h)))) return;
    context.report(vs, {
      code: 'IST0132',
      path,
      target: 'value',
      message: `one or more host ${goList(hosts)} defined in VirtualService ${namespace}/${vs.name} not found in Gateway ${key}.`,
    });
  });
}

/** IST0101 (hosts, ports, subsets, gateways), IST0112 and IST0132 for every VirtualService. */
export const virtualServiceReferences: Analyzer = {
  name: 'istio/virtualservice-references',
  run(context) {
    const mesh = meshOf(context);
    for (const vs of mesh.of('VirtualService', 'networking.istio.io')) {
      for (const destination of mesh.destinationsOf(vs)) {
        if (mesh.hasServices) checkHost(context, mesh, vs, destination);
        checkSubset(context, mesh, vs, destination);
      }
      checkGateways(context, mesh, vs);
    }
  },
};
