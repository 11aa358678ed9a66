/**
 * Applies Linkerd's proxy injection to a copy of a pod template, as the webhook's JSON patch does:
 * namespace config annotations copied down, opaque ports noted, then the labels, annotations,
 * init container, proxy and volumes in the places the patch puts them.
 */
import { isObject } from '../../manifest/resource.ts';
import type { Workload } from '../../manifest/workloads.ts';
import type { PlainObject } from '../../manifest/yaml/load.ts';
import { previewNote, type MeshInjection } from './mesh-injection.ts';
import {
  LINKERD_OPAQUE_PORTS,
  linkerdConfig,
  linkerdInitContainer,
  linkerdProxyContainer,
  linkerdVolumes,
  type LinkerdSidecarInput,
} from './linkerd-sidecar.ts';
import type { NamespaceInfo } from './namespaces.ts';
import { LINKERD_PLACEHOLDER_VERSION } from './options.ts';
import { addEntries, listAt, mappingsAt, partsOf, placeByName, stringsOf } from './template.ts';
import type { InjectionOptions } from './types.ts';

const CONFIG_PREFIXES = ['config.linkerd.io/', 'config.alpha.linkerd.io/', 'config.beta.linkerd.io/'];
const NATIVE_KEYS = [
  'config.linkerd.io/proxy-enable-native-sidecar',
  'config.beta.linkerd.io/proxy-enable-native-sidecar',
  'config.alpha.linkerd.io/proxy-enable-native-sidecar',
];
const OWNER_LABELS: Record<string, string> = {
  Deployment: 'linkerd.io/proxy-deployment',
  StatefulSet: 'linkerd.io/proxy-statefulset',
  DaemonSet: 'linkerd.io/proxy-daemonset',
  ReplicaSet: 'linkerd.io/proxy-replicaset',
  Job: 'linkerd.io/proxy-job',
  CronJob: 'linkerd.io/proxy-cronjob',
};

/** Namespace config annotations the pod does not set: the webhook copies them onto the pod. */
function inheritedAnnotations(pod: Readonly<Record<string, string>>, ns: NamespaceInfo | undefined): [string, string][] {
  if (!ns) return [];
  return Object.entries(ns.annotations).filter(
    ([key]) => CONFIG_PREFIXES.some((prefix) => key.startsWith(prefix)) && pod[key] === undefined,
  );
}

const portNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;

/** The ports the pod serves on: every container port, then the ports its HTTP and TCP probes use. */
function inboundPorts(spec: PlainObject): number[] {
  const out: number[] = [];
  const add = (port: number | undefined): void => {
    if (port !== undefined && !out.includes(port)) out.push(port);
  };
  const containers = mappingsAt(spec, 'containers');
  for (const c of containers) for (const p of mappingsAt(c, 'ports')) add(portNumber(p['containerPort']));
  for (const c of containers) {
    for (const field of ['readinessProbe', 'livenessProbe', 'startupProbe']) {
      const probe = c[field];
      if (!isObject(probe)) continue;
      for (const handler of ['httpGet', 'tcpSocket']) {
        const action = probe[handler];
        if (isObject(action)) add(portNumber(action['port']));
      }
    }
  }
  return out;
}

function nativeFor(annotations: Readonly<Record<string, string>>, options: InjectionOptions['linkerd']): boolean {
  for (const key of NATIVE_KEYS) {
    const value = annotations[key];
    if (value === 'true') return true;
    if (value === 'false') return false;
  }
  return options.native;
}

function notesFor(workload: Workload, native: boolean, cni: boolean, awaits: boolean, extra: string[]): string[] {
  const init = cni ? 'linkerd-network-validator' : 'linkerd-init';
  const placement = native
    ? `linkerd-proxy is a native sidecar: an init container with restartPolicy: Always, right after ${init}, so later init containers go through the proxy and Jobs can finish (the default in recent Linkerd releases).`
    : awaits
      ? 'linkerd-proxy is the first container, and its postStart hook (linkerd-await) holds the app back until the proxy is ready.'
      : 'linkerd-proxy is the last container; with config.linkerd.io/proxy-await disabled the app may start before the proxy is ready.';
  const redirect = cni
    ? 'With linkerd-cni the CNI plugin writes the iptables rules; linkerd-network-validator only checks that they work.'
    : `linkerd-init writes the iptables rules that send inbound traffic to the proxy's port 4143 and outbound traffic to 4140, skipping the ports in its args.${native ? '' : ' It runs after the other init containers, which therefore have no proxy.'}`;
  return [
    previewNote(workload, "Linkerd's proxy injector"),
    placement,
    redirect,
    `Versions are placeholders (${LINKERD_PLACEHOLDER_VERSION}): the injector uses your control plane's version, so versions vary; the trust anchor and its sha256 are placeholders too.`,
    'Only the main environment variables of linkerd-proxy are shown; the real patch also sets about twenty timeouts and keep-alive settings.',
    ...extra,
  ];
}

/** Linkerd's injection applied to a (copied) pod template; the template must have passed templateProblem. */
export function injectLinkerd(
  workload: Workload,
  template: PlainObject,
  ns: NamespaceInfo | undefined,
  options: InjectionOptions['linkerd'],
): MeshInjection {
  const { metadata, spec } = partsOf(template);
  const podAnnotations = stringsOf(metadata['annotations']);
  const inherited = inheritedAnnotations(podAnnotations, ns);
  const annotations = { ...Object.fromEntries(inherited), ...podAnnotations };
  const native = nativeFor(annotations, options);
  const cni = options.cni;
  const extra: string[] = [];
  if (inherited.length > 0)
    extra.push(
      `The injector copies namespace ${workload.namespace}'s config annotations onto the pod: ${inherited.map(([key]) => key).join(', ')}.`,
    );
  const ports = inboundPorts(spec);
  const opaque = ports.filter((port) => LINKERD_OPAQUE_PORTS.includes(port));
  const addedAnnotations: [string, string][] = [];
  if (annotations['config.linkerd.io/opaque-ports'] === undefined && opaque.length > 0) {
    addedAnnotations.push(['config.linkerd.io/opaque-ports', opaque.join(',')]);
    extra.push(
      `Port${opaque.length > 1 ? 's' : ''} ${opaque.join(', ')} ${opaque.length > 1 ? 'are' : 'is'} opaque by default (a server-first protocol such as PostgreSQL), so the injector marks ${opaque.length > 1 ? 'them' : 'it'} with config.linkerd.io/opaque-ports and the proxy skips protocol detection there.`,
    );
  }
  const input: LinkerdSidecarInput = {
    annotations: { ...annotations, ...Object.fromEntries(addedAnnotations) },
    native,
    cni,
    ingress: (workload.podAnnotations['linkerd.io/inject'] ?? ns?.annotations['linkerd.io/inject']) === 'ingress',
    await: annotations['config.linkerd.io/proxy-await'] !== 'disabled',
    inboundPorts: ports,
  };
  const config = linkerdConfig(input.annotations);
  const init = linkerdInitContainer(input, config);
  const proxy = linkerdProxyContainer(input, config);
  const initContainers = listAt(spec, 'initContainers', 'containers');
  if (native) {
    placeByName(initContainers, init, 0);
    placeByName(initContainers, proxy, 1);
  } else {
    placeByName(initContainers, init, -1);
    placeByName(listAt(spec, 'containers'), proxy, input.await ? 0 : -1);
  }
  const volumes = listAt(spec, 'volumes');
  for (const volume of linkerdVolumes(cni)) placeByName(volumes, volume, -1);
  const owner = OWNER_LABELS[workload.resource.kind];
  addEntries(
    metadata,
    'labels',
    [
      ['linkerd.io/control-plane-ns', 'linkerd'],
      ...(owner ? [[owner, workload.resource.name] as [string, string]] : []),
      ['linkerd.io/workload-ns', workload.namespace],
    ],
    false,
  );
  addEntries(
    metadata,
    'annotations',
    [
      ...inherited,
      ['linkerd.io/created-by', `linkerd/proxy-injector ${LINKERD_PLACEHOLDER_VERSION}`],
      ['linkerd.io/proxy-version', config.version],
      ['linkerd.io/trust-root-sha256', '(placeholder: sha256 of your trust anchor)'],
      ...addedAnnotations,
    ],
    false,
  );
  return { template, native, cni, notes: notesFor(workload, native, cni, input.await, extra) };
}
