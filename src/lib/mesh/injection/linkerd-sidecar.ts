/**
 * What Linkerd's injector patch adds with the chart's defaults: the linkerd-proxy container, the
 * linkerd-init (or, with CNI, linkerd-network-validator) init container, and the proxy's volumes.
 */
import type { PlainObject } from '../../manifest/yaml/load.ts';
import { LINKERD_PLACEHOLDER_VERSION } from './options.ts';
import { plain } from './template.ts';

/** Ports opaque by default (server-first protocols: SMTP, MySQL, Galera, PostgreSQL, Redis, Elasticsearch, Memcached). */
export const LINKERD_OPAQUE_PORTS: readonly number[] = [25, 587, 3306, 4444, 5432, 6379, 9300, 11211];

/** What the builders need, with the config.linkerd.io annotations already read. */
export interface LinkerdSidecarInput {
  annotations: Readonly<Record<string, string>>;
  native: boolean;
  cni: boolean;
  ingress: boolean;
  /** Await the proxy before starting the app (classic mode; on unless config.linkerd.io/proxy-await is disabled). */
  await: boolean;
  /** Ports the pod serves on: container ports and probe ports. */
  inboundPorts: number[];
}

/** The proxy's ports and identity after the config.linkerd.io annotations. */
export interface LinkerdConfig {
  admin: number;
  control: number;
  inbound: number;
  outbound: number;
  uid: number;
  version: string;
  image: string;
}

const number = (value: string | undefined, fallback: number): number =>
  value !== undefined && /^\d+$/.test(value) ? Number(value) : fallback;

/** The proxy configuration the annotations ask for, or the defaults. */
export function linkerdConfig(a: Readonly<Record<string, string>>): LinkerdConfig {
  const version = a['config.linkerd.io/proxy-version'] || LINKERD_PLACEHOLDER_VERSION;
  return {
    admin: number(a['config.linkerd.io/admin-port'], 4191),
    control: number(a['config.linkerd.io/control-port'], 4190),
    inbound: number(a['config.linkerd.io/inbound-port'], 4143),
    outbound: number(a['config.linkerd.io/outbound-port'], 4140),
    uid: number(a['config.linkerd.io/proxy-uid'], 2102),
    version,
    image: `${a['config.linkerd.io/proxy-image'] || 'cr.l5d.io/linkerd/proxy'}:${version}`,
  };
}

/** CPU in Kubernetes' canonical form: "0.5" becomes "500m". */
function cpu(value: string): string {
  return /^0?\.\d+$/.test(value) ? `${Math.round(Number(value) * 1000)}m` : value;
}

/** Cores of a CPU quantity, rounded up ("1500m" is 2). */
function cores(value: string): number | undefined {
  const milli = /^(\d+)m$/.exec(value);
  const amount = milli ? Number(milli[1]) / 1000 : Number(value);
  return Number.isFinite(amount) && amount > 0 ? Math.ceil(amount) : undefined;
}

/** Requests and limits from the config.linkerd.io/proxy-* annotations; undefined when none is set. */
export function linkerdResources(a: Readonly<Record<string, string>>): PlainObject | undefined {
  const pick = (kind: 'limit' | 'request'): PlainObject | undefined => {
    const out = plain();
    const c = a[`config.linkerd.io/proxy-cpu-${kind}`];
    const m = a[`config.linkerd.io/proxy-memory-${kind}`];
    if (c) out['cpu'] = cpu(c);
    if (m) out['memory'] = m;
    return Object.keys(out).length > 0 ? out : undefined;
  };
  const limits = pick('limit');
  const requests = pick('request');
  return limits || requests ? plain({ ...(limits ? { limits } : {}), ...(requests ? { requests } : {}) }) : undefined;
}

const env = (name: string, value: string): PlainObject => plain({ name, value });
const fieldRef = (name: string, fieldPath: string): PlainObject => plain({ name, valueFrom: plain({ fieldRef: plain({ fieldPath }) }) });
const RUNTIME_DEFAULT = (): PlainObject => plain({ type: 'RuntimeDefault' });
const identity = 'serviceaccount.identity.linkerd.cluster.local';

function proxyEnv(input: LinkerdSidecarInput, config: LinkerdConfig): PlainObject[] {
  const a = input.annotations;
  const limit = a['config.linkerd.io/proxy-cpu-limit'];
  const maxCores = limit ? cores(cpu(limit)) : undefined;
  const opaque = a['config.linkerd.io/opaque-ports'] || LINKERD_OPAQUE_PORTS.join(',');
  return [
    fieldRef('_pod_name', 'metadata.name'),
    fieldRef('_pod_ns', 'metadata.namespace'),
    fieldRef('_pod_nodeName', 'spec.nodeName'),
    env('_pod_containerName', 'linkerd-proxy'),
    env('LINKERD2_PROXY_CORES', '1'),
    env('LINKERD2_PROXY_CORES_MIN', '1'),
    ...(maxCores === undefined ? [] : [env('LINKERD2_PROXY_CORES_MAX', String(maxCores))]),
    env(
      'LINKERD2_PROXY_LOG',
      `${a['config.linkerd.io/proxy-log-level'] || 'warn,linkerd=info,hickory=error'},[{headers}]=off,[{request}]=off`,
    ),
    env('LINKERD2_PROXY_DESTINATION_SVC_ADDR', 'linkerd-dst-headless.linkerd.svc.cluster.local.:8086'),
    env('LINKERD2_PROXY_POLICY_SVC_ADDR', 'linkerd-policy.linkerd.svc.cluster.local.:8090'),
    env('LINKERD2_PROXY_POLICY_WORKLOAD', '{"ns":"$(_pod_ns)", "pod":"$(_pod_name)"}\n'),
    env('LINKERD2_PROXY_INBOUND_DEFAULT_POLICY', a['config.linkerd.io/default-inbound-policy'] || 'all-unauthenticated'),
    env('LINKERD2_PROXY_CONTROL_LISTEN_ADDR', `0.0.0.0:${config.control}`),
    env('LINKERD2_PROXY_ADMIN_LISTEN_ADDR', `0.0.0.0:${config.admin}`),
    env('LINKERD2_PROXY_OUTBOUND_LISTEN_ADDRS', `127.0.0.1:${config.outbound}`),
    env('LINKERD2_PROXY_INBOUND_LISTEN_ADDR', `0.0.0.0:${config.inbound}`),
    fieldRef('LINKERD2_PROXY_INBOUND_IPS', 'status.podIPs'),
    env('LINKERD2_PROXY_INBOUND_PORTS', input.inboundPorts.join(',')),
    ...(input.ingress ? [env('LINKERD2_PROXY_INGRESS_MODE', 'true')] : []),
    env('LINKERD2_PROXY_INBOUND_PORTS_DISABLE_PROTOCOL_DETECTION', opaque),
    fieldRef('_pod_sa', 'spec.serviceAccountName'),
    env('_l5d_ns', 'linkerd'),
    env('_l5d_trustdomain', 'cluster.local'),
    env('LINKERD2_PROXY_IDENTITY_DIR', '/var/run/linkerd/identity/end-entity'),
    env(
      'LINKERD2_PROXY_IDENTITY_TRUST_ANCHORS',
      "-----BEGIN CERTIFICATE-----\n(placeholder: your cluster's trust anchor)\n-----END CERTIFICATE-----\n",
    ),
    env('LINKERD2_PROXY_IDENTITY_TOKEN_FILE', '/var/run/secrets/tokens/linkerd-identity-token'),
    env('LINKERD2_PROXY_IDENTITY_SVC_ADDR', 'linkerd-identity-headless.linkerd.svc.cluster.local.:8080'),
    env('LINKERD2_PROXY_IDENTITY_LOCAL_NAME', `$(_pod_sa).$(_pod_ns).${identity}`),
    env('LINKERD2_PROXY_IDENTITY_SVC_NAME', `linkerd-identity.linkerd.${identity}`),
    env('LINKERD2_PROXY_DESTINATION_SVC_NAME', `linkerd-destination.linkerd.${identity}`),
    env('LINKERD2_PROXY_POLICY_SVC_NAME', `linkerd-destination.linkerd.${identity}`),
  ];
}

/** The linkerd-proxy container. */
export function linkerdProxyContainer(input: LinkerdSidecarInput, config: LinkerdConfig): PlainObject {
  const admin = (path: string, extra: Record<string, number>): PlainObject =>
    plain({ httpGet: plain({ path, port: config.admin }), ...extra });
  const container = plain({ name: 'linkerd-proxy', image: config.image, imagePullPolicy: 'IfNotPresent' });
  if (input.native) container['restartPolicy'] = 'Always';
  container['env'] = proxyEnv(input, config);
  container['ports'] = [
    plain({ containerPort: config.inbound, name: 'linkerd-proxy' }),
    plain({ containerPort: config.admin, name: 'linkerd-admin' }),
  ];
  container['livenessProbe'] = admin('/live', { initialDelaySeconds: 10, timeoutSeconds: 1 });
  container['readinessProbe'] = admin('/ready', { initialDelaySeconds: 2, timeoutSeconds: 1 });
  if (input.native) container['startupProbe'] = admin('/ready', { periodSeconds: 1, failureThreshold: 120 });
  const resources = linkerdResources(input.annotations);
  if (resources) container['resources'] = resources;
  container['securityContext'] = plain({
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    runAsNonRoot: true,
    runAsUser: config.uid,
    seccompProfile: RUNTIME_DEFAULT(),
  });
  container['terminationMessagePolicy'] = 'FallbackToLogsOnError';
  if (!input.native && input.await) {
    // As the first container with a postStart hook, the proxy holds the app back until it is ready.
    const command = ['/usr/lib/linkerd/linkerd-await', '--timeout=2m', `--port=${config.admin}`];
    container['lifecycle'] = plain({ postStart: plain({ exec: plain({ command }) }) });
  }
  container['volumeMounts'] = [
    plain({ mountPath: '/var/run/linkerd/identity/end-entity', name: 'linkerd-identity-end-entity' }),
    plain({ mountPath: '/var/run/secrets/tokens', name: 'linkerd-identity-token' }),
  ];
  return container;
}

/** linkerd-init (writes the iptables rules) or, with CNI, linkerd-network-validator (checks the plugin's). */
export function linkerdInitContainer(input: LinkerdSidecarInput, config: LinkerdConfig): PlainObject {
  const a = input.annotations;
  const resources = linkerdResources(a);
  const common = plain({ image: config.image, imagePullPolicy: 'IfNotPresent' });
  const nonRoot = {
    readOnlyRootFilesystem: true,
    runAsGroup: 65534,
    runAsNonRoot: true,
    runAsUser: 65534,
    seccompProfile: RUNTIME_DEFAULT(),
  };
  if (input.cni) {
    const args = [
      '--log-format',
      'plain',
      '--log-level',
      'debug',
      '--connect-addr',
      '1.1.1.1:20001',
      '--listen-addr',
      `0.0.0.0:${config.outbound}`,
      '--timeout',
      '10s',
    ];
    return plain({
      name: 'linkerd-network-validator',
      ...common,
      command: ['/usr/lib/linkerd/linkerd2-network-validator'],
      args,
      ...(resources ? { resources } : {}),
      securityContext: plain({ allowPrivilegeEscalation: false, capabilities: plain({ drop: ['ALL'] }), ...nonRoot }),
    });
  }
  const ignoredIn = a['config.linkerd.io/skip-inbound-ports'] || '4567,4568';
  const ignoredOut = a['config.linkerd.io/skip-outbound-ports'] || '4567,4568';
  const args = ['--firewall-bin-path', 'iptables-nft', '--firewall-save-bin-path', 'iptables-nft-save', '--ipv6=false'];
  args.push(
    '--incoming-proxy-port',
    String(config.inbound),
    '--outgoing-proxy-port',
    String(config.outbound),
    '--proxy-uid',
    String(config.uid),
  );
  args.push('--inbound-ports-to-ignore', `${config.control},${config.admin},${ignoredIn}`, '--outbound-ports-to-ignore', ignoredOut);
  return plain({
    name: 'linkerd-init',
    ...common,
    command: ['/usr/lib/linkerd/linkerd2-proxy-init'],
    args,
    ...(resources ? { resources } : {}),
    securityContext: plain({
      allowPrivilegeEscalation: false,
      capabilities: plain({ add: ['NET_ADMIN', 'NET_RAW'] }),
      privileged: false,
      ...nonRoot,
    }),
    terminationMessagePolicy: 'FallbackToLogsOnError',
    volumeMounts: [plain({ mountPath: '/run', name: 'linkerd-proxy-init-xtables-lock' })],
  });
}

/** The volumes the patch appends, in its order. */
export function linkerdVolumes(cni: boolean): PlainObject[] {
  const token = plain({
    serviceAccountToken: plain({ audience: 'identity.l5d.io', expirationSeconds: 86400, path: 'linkerd-identity-token' }),
  });
  return [
    ...(cni ? [] : [plain({ name: 'linkerd-proxy-init-xtables-lock', emptyDir: plain() })]),
    plain({ name: 'linkerd-identity-end-entity', emptyDir: plain({ medium: 'Memory' }) }),
    plain({ name: 'linkerd-identity-token', projected: plain({ sources: [token] }) }),
  ];
}
