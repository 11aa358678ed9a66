/**
 * Istio's probe rewrite: with mutual TLS the kubelet cannot reach an app's health endpoint, so the
 * injector points each HTTP, TCP and gRPC probe at the agent (port 15020, /app-health/<container>/...)
 * and hands the original probes to the agent in ISTIO_KUBE_APP_PROBERS.
 */
import { isObject } from '../../manifest/resource.ts';
import type { PlainObject } from '../../manifest/yaml/load.ts';
import { mappingsAt, nameOf, plain } from './template.ts';

const PROBES: [field: string, suffix: string][] = [
  ['readinessProbe', 'readyz'],
  ['livenessProbe', 'livez'],
  ['startupProbe', 'startupz'],
];
const HANDLERS = ['httpGet', 'tcpSocket', 'grpc'];

/** A probe port as a number: a number, a numeric string, or the name of one of the container's ports. */
function resolvePort(port: unknown, container: PlainObject): number | undefined {
  if (typeof port === 'number' && Number.isInteger(port)) return port;
  if (typeof port !== 'string') return undefined;
  if (/^\d+$/.test(port)) return Number(port);
  const named = mappingsAt(container, 'ports').find((p) => p['name'] === port);
  return typeof named?.['containerPort'] === 'number' ? named['containerPort'] : undefined;
}

/** The agent's copy of one probe (the prober), or undefined when the probe is not one it can take over. */
function proberOf(probe: PlainObject, container: PlainObject): { handler: string; prober: PlainObject } | undefined {
  const handler = HANDLERS.find((key) => isObject(probe[key]));
  if (handler === undefined) return undefined;
  const action = probe[handler] as PlainObject;
  const port = resolvePort(action['port'], container);
  if (port === undefined) return undefined;
  const copy = plain();
  if (handler === 'httpGet' && typeof action['path'] === 'string') copy['path'] = action['path'];
  copy['port'] = port;
  for (const key of handler === 'httpGet' ? ['host', 'scheme', 'httpHeaders'] : handler === 'grpc' ? ['service'] : []) {
    if (action[key] !== undefined) copy[key] = action[key];
  }
  const prober = plain({ [handler]: copy });
  if (typeof probe['timeoutSeconds'] === 'number') prober['timeoutSeconds'] = probe['timeoutSeconds'];
  return { handler, prober };
}

/** The rewritten probe: same timings, its handler replaced in place by an httpGet on the agent. */
function redirected(probe: PlainObject, handler: string, path: string, statusPort: number): PlainObject {
  const out = plain();
  for (const [key, value] of Object.entries(probe)) {
    if (key !== handler) out[key] = value;
    else out['httpGet'] = plain({ path, port: statusPort, ...(isObject(value) && value['scheme'] === 'HTTPS' ? { scheme: 'HTTP' } : {}) });
  }
  return out;
}

/** The containers whose probes belong to the app: every container, and init containers that are native sidecars. */
export function appContainersOf(spec: PlainObject): PlainObject[] {
  const main = mappingsAt(spec, 'containers');
  const sidecars = mappingsAt(spec, 'initContainers').filter((c) => c['restartPolicy'] === 'Always');
  return [...main, ...sidecars].filter((c) => nameOf(c) !== 'istio-proxy');
}

/** Rewrites the app's probes in place; returns ISTIO_KUBE_APP_PROBERS, or undefined when no probe moved. */
export function rewriteAppProbes(spec: PlainObject, statusPort: number): string | undefined {
  const probers: [string, PlainObject][] = [];
  for (const container of appContainersOf(spec)) {
    const name = nameOf(container) ?? '';
    for (const [field, suffix] of PROBES) {
      const probe = container[field];
      if (!isObject(probe)) continue;
      const found = proberOf(probe, container);
      if (!found) continue;
      const path = `/app-health/${name}/${suffix}`;
      container[field] = redirected(probe, found.handler, path, statusPort);
      probers.push([path, found.prober]);
    }
  }
  if (probers.length === 0) return undefined;
  // Go marshals the map of probers with its keys sorted; match it so the value reads like the real one.
  probers.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(probers));
}
