/**
 * What Istio's injection template renders with the default values: the istio-proxy container, the
 * istio-init (or, with CNI, istio-validation) init container, and the volumes they mount.
 */
import type { PlainObject } from '../../manifest/yaml/load.ts';
import { ISTIO_PLACEHOLDER_VERSION } from './options.ts';
import { plain } from './template.ts';

/** Proxy ports named in the preview: metrics, health, merged metrics/status, and the redirect targets. */
export const ISTIO_PORTS = { prometheus: 15090, health: 15021, status: 15020, outbound: 15001, inbound: 15006 } as const;
/** User and group the proxy runs as; the iptables rules exempt its traffic by this uid. */
export const ISTIO_PROXY_UID = 1337;

/** What the builders need from the pod and its annotations. */
export interface IstioSidecarInput {
  annotations: Readonly<Record<string, string>>;
  native: boolean;
  cni: boolean;
  revision: string;
  /** Names of the app containers (all containers but istio-proxy). */
  appContainers: string[];
  /** JSON of each app container port, as ISTIO_META_POD_PORTS lists them. */
  podPorts: string[];
  workloadName: string;
  /** kubernetes://apis/apps/v1/namespaces/shop/deployments/orders */
  owner: string;
}

const fieldRef = (name: string, fieldPath: string): PlainObject => plain({ name, valueFrom: plain({ fieldRef: plain({ fieldPath }) }) });
const resourceRef = (name: string, resource: string): PlainObject =>
  plain({ name, valueFrom: plain({ resourceFieldRef: plain({ divisor: '1', resource }) }) });
const env = (name: string, value: string): PlainObject => plain({ name, value });

/** The image: the sidecar.istio.io/proxyImage annotation when it names a full image, else the placeholder. */
export function istioImage(annotations: Readonly<Record<string, string>>): string {
  const custom = annotations['sidecar.istio.io/proxyImage'];
  return custom?.includes('/') ? custom : `docker.io/istio/proxyv2:${ISTIO_PLACEHOLDER_VERSION}`;
}

/** Requests and limits: the four sidecar.istio.io/proxy* annotations when any is set, else the chart's defaults. */
export function istioResources(annotations: Readonly<Record<string, string>>): PlainObject {
  const pick = (cpu: string, memory: string): PlainObject | undefined => {
    const out = plain();
    if (annotations[cpu] !== undefined) out['cpu'] = annotations[cpu];
    if (annotations[memory] !== undefined) out['memory'] = annotations[memory];
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const requests = pick('sidecar.istio.io/proxyCPU', 'sidecar.istio.io/proxyMemory');
  const limits = pick('sidecar.istio.io/proxyCPULimit', 'sidecar.istio.io/proxyMemoryLimit');
  if (requests || limits) return plain({ ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) });
  return plain({ limits: plain({ cpu: '2', memory: '1Gi' }), requests: plain({ cpu: '100m', memory: '128Mi' }) });
}

/** The ports the init container leaves alone: the proxy's own, the status port, and the excludeInboundPorts annotation. */
function excludedInbound(annotations: Readonly<Record<string, string>>): string {
  const extra = (annotations['traffic.sidecar.istio.io/excludeInboundPorts'] ?? '')
    .split(',')
    .map((port) => port.trim())
    .filter((port) => port !== '' && port !== String(ISTIO_PORTS.status));
  return [ISTIO_PORTS.prometheus, ISTIO_PORTS.health, ISTIO_PORTS.status, ...extra].join(',');
}

// The proxy, and istio-validation under CNI, run as the proxy user with nothing added.
function proxyUserSecurityContext(): PlainObject {
  return plain({
    allowPrivilegeEscalation: false,
    capabilities: plain({ drop: ['ALL'] }),
    privileged: false,
    readOnlyRootFilesystem: true,
    runAsGroup: ISTIO_PROXY_UID,
    runAsNonRoot: true,
    runAsUser: ISTIO_PROXY_UID,
  });
}

/** istio-init (iptables redirect) or, with CNI, istio-validation (checks the CNI plugin's rules). */
export function istioInitContainer(input: IstioSidecarInput): PlainObject {
  const a = input.annotations;
  const args = ['istio-iptables', '-p', String(ISTIO_PORTS.outbound), '-z', String(ISTIO_PORTS.inbound), '-u', String(ISTIO_PROXY_UID)];
  args.push('-m', a['sidecar.istio.io/interceptionMode'] ?? 'REDIRECT');
  args.push('-i', a['traffic.sidecar.istio.io/includeOutboundIPRanges'] ?? '*');
  args.push('-x', a['traffic.sidecar.istio.io/excludeOutboundIPRanges'] ?? '');
  args.push('-b', a['traffic.sidecar.istio.io/includeInboundPorts'] ?? '*');
  args.push('-d', excludedInbound(a));
  const includeOutbound = a['traffic.sidecar.istio.io/includeOutboundPorts'];
  if (includeOutbound !== undefined) args.push('-q', includeOutbound);
  const excludeOutbound = a['traffic.sidecar.istio.io/excludeOutboundPorts'];
  if (excludeOutbound !== undefined) args.push('-o', excludeOutbound);
  args.push('--log_output_level=default:info');
  if (input.cni) args.push('--run-validation', '--skip-rule-apply');
  const securityContext = input.cni
    ? proxyUserSecurityContext()
    : plain({
        allowPrivilegeEscalation: false,
        capabilities: plain({ add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] }),
        privileged: false,
        readOnlyRootFilesystem: false,
        runAsGroup: 0,
        runAsNonRoot: false,
        runAsUser: 0,
      });
  return plain({
    name: input.cni ? 'istio-validation' : 'istio-init',
    image: istioImage(a),
    args,
    resources: istioResources(a),
    securityContext,
  });
}

function proxyEnv(input: IstioSidecarInput): PlainObject[] {
  const caHost = input.revision === 'default' ? 'istiod' : `istiod-${input.revision}`;
  return [
    env('PILOT_CERT_PROVIDER', 'istiod'),
    env('CA_ADDR', `${caHost}.istio-system.svc:15012`),
    fieldRef('POD_NAME', 'metadata.name'),
    fieldRef('POD_NAMESPACE', 'metadata.namespace'),
    fieldRef('INSTANCE_IP', 'status.podIP'),
    fieldRef('SERVICE_ACCOUNT', 'spec.serviceAccountName'),
    fieldRef('HOST_IP', 'status.hostIP'),
    resourceRef('ISTIO_CPU_LIMIT', 'limits.cpu'),
    env('PROXY_CONFIG', '{}\n'),
    env('ISTIO_META_POD_PORTS', ['[', ...input.podPorts.map((port, i) => `    ${i > 0 ? ',' : ''}${port}`), ']'].join('\n')),
    env('ISTIO_META_APP_CONTAINERS', input.appContainers.join(',')),
    resourceRef('GOMEMLIMIT', 'limits.memory'),
    env('ISTIO_META_CLUSTER_ID', 'Kubernetes'),
    fieldRef('ISTIO_META_NODE_NAME', 'spec.nodeName'),
    env('ISTIO_META_INTERCEPTION_MODE', input.annotations['sidecar.istio.io/interceptionMode'] ?? 'REDIRECT'),
    env('ISTIO_META_WORKLOAD_NAME', input.workloadName),
    env('ISTIO_META_OWNER', input.owner),
    env('ISTIO_META_MESH_ID', 'cluster.local'),
    env('TRUST_DOMAIN', 'cluster.local'),
  ];
}

const healthz = (extra: Record<string, number>): PlainObject =>
  plain({ httpGet: plain({ path: '/healthz/ready', port: ISTIO_PORTS.health }), ...extra });

/** The istio-proxy container (Envoy and the pilot-agent that configures it). */
export function istioProxyContainer(input: IstioSidecarInput): PlainObject {
  const a = input.annotations;
  const container = plain({ name: 'istio-proxy', image: istioImage(a) });
  if (input.native) container['restartPolicy'] = 'Always';
  container['args'] = [
    'proxy',
    'sidecar',
    '--domain',
    '$(POD_NAMESPACE).svc.cluster.local',
    `--proxyLogLevel=${a['sidecar.istio.io/logLevel'] ?? 'warning'}`,
    `--proxyComponentLogLevel=${a['sidecar.istio.io/componentLogLevel'] ?? 'misc:error'}`,
    '--log_output_level=default:info',
  ];
  container['env'] = proxyEnv(input);
  container['ports'] = [plain({ containerPort: ISTIO_PORTS.prometheus, name: 'http-envoy-prom', protocol: 'TCP' })];
  container['startupProbe'] = healthz({ periodSeconds: 1, timeoutSeconds: 3, failureThreshold: 600 });
  container['readinessProbe'] = healthz({ periodSeconds: 15, timeoutSeconds: 3, failureThreshold: 4 });
  if (input.native) {
    // A native sidecar stops after the app; draining on preStop lets connections finish first.
    const drain = ['pilot-agent', 'request', `--debug-port=${ISTIO_PORTS.status}`, 'POST', 'drain'];
    container['lifecycle'] = plain({ preStop: plain({ exec: plain({ command: drain }) }) });
  }
  container['resources'] = istioResources(a);
  container['securityContext'] = proxyUserSecurityContext();
  const mounts: [string, string][] = [
    ['workload-socket', '/var/run/secrets/workload-spiffe-uds'],
    ['credential-socket', '/var/run/secrets/credential-uds'],
    ['workload-certs', '/var/run/secrets/workload-spiffe-credentials'],
    ['istiod-ca-cert', '/var/run/secrets/istio'],
    ['istio-ca-crl', '/var/run/secrets/istio/crl'],
    ['istio-data', '/var/lib/istio/data'],
    ['istio-envoy', '/etc/istio/proxy'],
    ['istio-token', '/var/run/secrets/tokens'],
    ['istio-podinfo', '/etc/istio/pod'],
  ];
  container['volumeMounts'] = mounts.map(([name, mountPath]) => plain({ name, mountPath }));
  return container;
}

/** The volumes the proxy mounts, in the injector's order. */
export function istioVolumes(): PlainObject[] {
  const emptyDir = (name: string, medium?: string): PlainObject => plain({ name, emptyDir: medium ? plain({ medium }) : plain() });
  const field = (path: string, fieldPath: string): PlainObject => plain({ path, fieldRef: plain({ fieldPath }) });
  return [
    emptyDir('workload-socket'),
    emptyDir('credential-socket'),
    emptyDir('workload-certs'),
    emptyDir('istio-envoy', 'Memory'),
    emptyDir('istio-data'),
    plain({
      name: 'istio-podinfo',
      downwardAPI: plain({ items: [field('labels', 'metadata.labels'), field('annotations', 'metadata.annotations')] }),
    }),
    plain({
      name: 'istio-token',
      projected: plain({
        sources: [plain({ serviceAccountToken: plain({ audience: 'istio-ca', expirationSeconds: 43200, path: 'istio-token' }) })],
      }),
    }),
    plain({ name: 'istiod-ca-cert', configMap: plain({ name: 'istio-ca-root-cert' }) }),
    plain({ name: 'istio-ca-crl', configMap: plain({ name: 'istio-ca-crl', optional: true }) }),
  ];
}
