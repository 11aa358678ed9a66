/**
 * Applies Istio's sidecar injection to a copy of a pod template: the template's containers and
 * volumes merged by name, then the webhook's post-processing (probe rewrite, metrics merging,
 * status annotation) and its container order (reorderPod upstream).
 */
import { isObject } from '../../manifest/resource.ts';
import type { Workload } from '../../manifest/workloads.ts';
import type { PlainObject } from '../../manifest/yaml/load.ts';
import { istioLabels, istioStatus, istioTemplateAnnotations, mergePrometheus, portJson, writeIstioMetadata } from './istio-metadata.ts';
import { appContainersOf, rewriteAppProbes } from './istio-probes.ts';
import { ISTIO_PORTS, istioInitContainer, istioProxyContainer, istioVolumes, type IstioSidecarInput } from './istio-sidecar.ts';
import { previewNote, type MeshInjection } from './mesh-injection.ts';
import { ISTIO_PLACEHOLDER_VERSION } from './options.ts';
import { listAt, mappingsAt, nameOf, partsOf, placeByName, plain, stringsOf } from './template.ts';
import type { InjectionOptions } from './types.ts';

const INJECTED = ['istio-init', 'istio-validation', 'istio-proxy'];

/** Takes out what an earlier injection added (listed in sidecar.istio.io/status), as the webhook does on re-injection. */
function stripEarlierInjection(spec: PlainObject, status: string | undefined): boolean {
  if (status === undefined) return false;
  for (const field of ['initContainers', 'containers']) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    for (let i = list.length - 1; i >= 0; i--) if (INJECTED.includes(nameOf(list[i]) ?? '')) list.splice(i, 1);
  }
  return true;
}

/** A user-written istio-proxy container: the injector keeps the user's fields over its own. */
function takeCustomProxy(spec: PlainObject): PlainObject | undefined {
  for (const field of ['containers', 'initContainers']) {
    const list = spec[field];
    if (!Array.isArray(list)) continue;
    const at = list.findIndex((c) => nameOf(c) === 'istio-proxy');
    if (at >= 0) return list.splice(at, 1)[0] as PlainObject;
  }
  return undefined;
}

function ownerOf(workload: Workload): string {
  const { resource } = workload;
  return `kubernetes://apis/${resource.apiVersion}/namespaces/${workload.namespace}/${resource.kind.toLowerCase()}s/${resource.name}`;
}

function nativeFor(annotations: Readonly<Record<string, string>>, options: InjectionOptions['istio']): boolean {
  const value = annotations['sidecar.istio.io/nativeSidecar'];
  // The template treats any value but "false" as on, and no value as the installation's setting.
  return value === undefined || value === '' ? options.native : value !== 'false';
}

function notesFor(workload: Workload, native: boolean, cni: boolean, extra: string[]): string[] {
  const redirect = cni
    ? `With Istio CNI the node agent writes the iptables rules; istio-validation only checks them (no NET_ADMIN needed) and runs ${native ? 'before the proxy' : 'first'}, so nothing starts before they are in place.`
    : `istio-init writes the iptables rules that send the pod's traffic to Envoy (outbound to port 15001, inbound to 15006; the ports after -d are left alone). ${
        native
          ? 'It runs first, then istio-proxy, so later init containers already go through the proxy.'
          : 'It runs after the other init containers, so their traffic is not sent to a proxy that is not running yet.'
      }`;
  return [
    previewNote(workload, "Istio's sidecar injector"),
    native
      ? 'istio-proxy is a native sidecar: an init container with restartPolicy: Always, started before the app and stopped after it (the default from Istio 1.27 on Kubernetes 1.33 or later).'
      : 'istio-proxy is an ordinary container, placed last so that kubectl commands default to the app.',
    redirect,
    `Image tags are placeholders (${ISTIO_PLACEHOLDER_VERSION}): the injector uses your control plane's version, so versions vary.`,
    'Only the main environment variables of istio-proxy are shown, with the default injector settings (resources, log levels, trust domain cluster.local); the real template can add more.',
    ...extra,
  ];
}

/** Istio's injection applied to a (copied) pod template; the template must have passed templateProblem. */
export function injectIstio(
  workload: Workload,
  template: PlainObject,
  revision: string,
  options: InjectionOptions['istio'],
): MeshInjection {
  const { metadata, spec } = partsOf(template);
  const labels = stringsOf(metadata['labels']);
  const annotations = stringsOf(metadata['annotations']);
  const native = nativeFor(annotations, options);
  const cni = options.cni;
  const extra: string[] = [];
  if (stripEarlierInjection(spec, annotations['sidecar.istio.io/status'])) {
    extra.push(
      'The template was already injected (it has sidecar.istio.io/status); the injector removed the old sidecar containers and injected them again.',
    );
  }
  const custom = takeCustomProxy(spec);
  const apps = mappingsAt(spec, 'containers');
  const input: IstioSidecarInput = {
    annotations,
    native,
    cni,
    revision,
    appContainers: apps.map((c) => nameOf(c) ?? ''),
    podPorts: apps.flatMap((c) => mappingsAt(c, 'ports').flatMap((p) => portJson(p) ?? [])),
    workloadName: workload.resource.name,
    owner: ownerOf(workload),
  };
  const proxy = istioProxyContainer(input);
  if (custom) {
    for (const [key, value] of Object.entries(custom)) if (!(key === 'image' && value === 'auto')) proxy[key] = value;
    extra.push('The template defines its own istio-proxy container; the injector keeps its fields over the defaults shown.');
  }
  const proxyEnv = Array.isArray(proxy['env']) ? proxy['env'] : [];
  if (annotations['sidecar.istio.io/rewriteAppHTTPProbers'] !== 'false' && appContainersOf(spec).length > 0) {
    const probers = rewriteAppProbes(spec, ISTIO_PORTS.status);
    if (probers !== undefined) {
      proxyEnv.push(plain({ name: 'ISTIO_KUBE_APP_PROBERS', value: probers }));
      extra.push(
        "The app's HTTP, TCP and gRPC probes now point at the agent (port 15020, /app-health/<container>/...), which runs the original checks (ISTIO_KUBE_APP_PROBERS); with mutual TLS the kubelet could not reach the app directly.",
      );
    }
  }
  const interception = annotations['sidecar.istio.io/interceptionMode'] ?? 'REDIRECT';
  const init = interception === 'NONE' ? undefined : istioInitContainer(input);
  if (!init) extra.push('sidecar.istio.io/interceptionMode is NONE: no iptables redirect, so there is no init container for it.');
  const injectedInit: PlainObject[] = [];
  const injectedMain: PlainObject[] = [];
  if (native) {
    const initContainers = listAt(spec, 'initContainers', 'containers');
    placeByName(initContainers, proxy, 0);
    if (init) placeByName(initContainers, init, 0);
    injectedInit.push(...(init ? [init] : []), proxy);
  } else {
    placeByName(listAt(spec, 'containers'), proxy, -1);
    // Validation must come first to block the app; the iptables setup last, so earlier init containers keep their network.
    if (init) placeByName(listAt(spec, 'initContainers', 'containers'), init, cni ? 0 : -1);
    injectedInit.push(...(init ? [init] : []));
    injectedMain.push(proxy);
  }
  const volumes = listAt(spec, 'volumes');
  const added = istioVolumes();
  for (const volume of added) {
    const at = volumes.findIndex((v) => isObject(v) && v['name'] === volume['name']);
    if (at >= 0) volumes[at] = volume;
    else volumes.push(volume);
  }
  writeIstioMetadata(
    metadata,
    istioLabels(labels, workload.resource.name),
    istioTemplateAnnotations(annotations, revision, input.appContainers, cni),
  );
  const merged = mergePrometheus(metadata);
  if (merged !== undefined) {
    if (merged !== '') proxyEnv.push(plain({ name: 'ISTIO_PROMETHEUS_ANNOTATIONS', value: merged }));
    extra.push(
      "Metrics merging: the prometheus.io annotations now point at the agent (port 15020, /stats/prometheus), which serves Envoy's metrics together with the app's.",
    );
  }
  writeIstioMetadata(metadata, [], [['sidecar.istio.io/status', istioStatus(injectedInit, injectedMain, added, revision)]]);
  return { template, native, cni, notes: notesFor(workload, native, cni, extra) };
}
