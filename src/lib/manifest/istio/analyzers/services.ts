/**
 * Services as Istio sees them: port names that do not say the protocol (IST0118, IST0150), and
 * workloads selected by Services that disagree on a port's protocol (IST0116) or on the port
 * behind a targetPort (IST0137).
 */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, isObject, stringAt, stringMapAt, valueAt, type Resource } from '../../resource.ts';
import { describeValue } from '../../schema/validate.ts';
import { meshOf, type MeshService, type MeshWorkload } from '../mesh.ts';
import { PROTOCOLS } from '../schemas/common.ts';
import { SYSTEM_NAMESPACES } from './injection.ts';

// Ports where Istio assumes TCP when the name says nothing (SMTP, DNS, MySQL, MongoDB).
const WELL_KNOWN_TCP = new Set([25, 53, 3306, 27017]);
const MANAGED = 'gateway.istio.io/managed';

/** The protocol Istio derives for a Service port (pkg/config/kube ConvertProtocol), or undefined when it cannot. */
export function portProtocol(port: Record<string, unknown>): string | undefined {
  const transport = typeof port['protocol'] === 'string' ? port['protocol'].toUpperCase() : 'TCP';
  if (transport === 'UDP' || transport === 'SCTP') return transport;
  const appProtocol = port['appProtocol'];
  let name = typeof appProtocol === 'string' ? appProtocol : typeof port['name'] === 'string' ? port['name'] : '';
  if (typeof appProtocol === 'string') {
    const standard: Record<string, string> = { 'kubernetes.io/h2c': 'HTTP2', 'kubernetes.io/ws': 'HTTP', 'kubernetes.io/wss': 'HTTPS' };
    if (standard[appProtocol]) return standard[appProtocol];
  }
  if (name.toLowerCase().startsWith('grpc-web')) return 'GRPC-WEB';
  const dash = name.indexOf('-');
  if (dash >= 0) name = name.slice(0, dash);
  const upper = name.toUpperCase();
  if (PROTOCOLS.includes(upper)) return upper;
  return typeof port['port'] === 'number' && WELL_KNOWN_TCP.has(port['port']) ? 'TCP' : undefined;
}

// String() throws on the loader's prototype-free mappings; anything but a scalar is described instead.
const show = (value: unknown): string =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : describeValue(value);

const portsOf = (service: Resource): Record<string, unknown>[] => {
  const ports = valueAt(service.value, ['spec', 'ports']);
  return Array.isArray(ports) ? ports.filter(isObject) : [];
};

function checkPortNames(context: AnalysisContext, service: Resource): void {
  if (SYSTEM_NAMESPACES.has(effectiveNamespace(service))) return;
  const labels = stringMapAt(service.value, ['metadata', 'labels']) ?? {};
  if (labels['istio'] !== undefined || labels['release'] === 'istio' || labels[MANAGED] !== undefined) return;
  const external = stringAt(service.value, ['spec', 'type']) === 'ExternalName';
  portsOf(service).forEach((port, index) => {
    const name = typeof port['name'] === 'string' ? port['name'] : '';
    if (portProtocol(port) && !(external && name === 'tcp')) return;
    const target = port['targetPort'] ?? port['port'];
    const path = ['spec', 'ports', index, ...(name ? ['name'] : [])];
    context.report(service, {
      code: external ? 'IST0150' : 'IST0118',
      path,
      target: 'value',
      message: external
        ? 'Port name for ExternalName service is invalid. Proxy may prevent tcp named ports and unmatched traffic for ports serving TCP protocol from being forwarded correctly'
        : `Port name ${name} (port: ${show(port['port'])}, targetPort: ${show(target)}) doesn't follow the naming convention of Istio port.`,
    });
  });
}

function checkWorkload(context: AnalysisContext, workload: MeshWorkload, services: readonly MeshService[]): void {
  const protocols = new Map<number, Map<string, string[]>>();
  const targets = new Map<string, Map<number, string>>();
  for (const service of services) {
    const name = `${service.namespace}/${service.resource.name}`;
    for (const port of portsOf(service.resource)) {
      if (typeof port['port'] !== 'number') continue;
      const protocol = typeof port['protocol'] === 'string' && port['protocol'] ? port['protocol'] : 'TCP';
      const byProtocol = protocols.get(port['port']) ?? new Map<string, string[]>();
      byProtocol.set(protocol, [...(byProtocol.get(protocol) ?? []), name]);
      protocols.set(port['port'], byProtocol);
      const given = port['targetPort'];
      // A targetPort that is neither a number nor a name is the schema's to report; it names no port here.
      if (given !== undefined && given !== null && typeof given !== 'number' && typeof given !== 'string') continue;
      const target = given === undefined || given === null || given === 0 ? String(port['port']) : String(given);
      const byPort = targets.get(target) ?? new Map<number, string>();
      byPort.set(port['port'], name);
      targets.set(target, byPort);
    }
  }
  const where = { path: ['metadata', 'name'], target: 'value' as const };
  const name = workload.resource.name;
  for (const [port, byProtocol] of protocols) {
    if (byProtocol.size < 2) continue;
    const names = [...byProtocol.values()].flat().sort();
    context.report(workload.resource, {
      code: 'IST0116',
      ...where,
      message: `This deployment ${name} is associated with multiple services using port ${port} but different protocols: [${names.join(' ')}]`,
    });
  }
  for (const [target, byPort] of targets) {
    if (byPort.size < 2) continue;
    const names = [...byPort.values()].sort();
    const ports = [...byPort.keys()].sort((a, b) => a - b);
    context.report(workload.resource, {
      code: 'IST0137',
      ...where,
      message: `This deployment ${name} is associated with multiple services [${names.join(' ')}] using targetPort ${JSON.stringify(target)} but different ports: [${ports.join(' ')}].`,
    });
  }
}

const CONTROLLERS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet']);

/** IST0116, IST0118, IST0137 and IST0150. */
export const services: Analyzer = {
  name: 'istio/services',
  run(context) {
    const mesh = meshOf(context);
    const selecting = new Map<MeshWorkload, MeshService[]>();
    for (const service of mesh.services) {
      checkPortNames(context, service.resource);
      if (!service.selector) continue;
      for (const workload of mesh.workloadsMatching(service.selector, service.namespace)) {
        const list = selecting.get(workload);
        if (list) list.push(service);
        else selecting.set(workload, [service]);
      }
    }
    for (const [workload, list] of selecting) {
      if (list.length < 2 || !CONTROLLERS.has(workload.resource.kind)) continue;
      if (stringAt(workload.resource.value, ['metadata', 'labels', MANAGED]) === 'istio.io-mesh-controller') continue;
      if (mesh.inMesh(workload)) checkWorkload(context, workload, list);
    }
  },
};
