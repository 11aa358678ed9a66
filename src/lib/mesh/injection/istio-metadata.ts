/**
 * The labels and annotations Istio's injector writes on the pod: canonical service labels, the
 * default container, the CNI redirect settings, Prometheus metrics merging, and the status record.
 */
import type { PlainObject } from '../../manifest/yaml/load.ts';
import { ISTIO_PORTS } from './istio-sidecar.ts';
import { addEntries, mappingAt, nameOf, plain } from './template.ts';

/** security.istio.io/tlsMode and the canonical service name and revision, unless the pod sets them. */
export function istioLabels(labels: Readonly<Record<string, string>>, workloadName: string): [string, string][] {
  const first = (...values: (string | undefined)[]): string | undefined => values.find((v) => v !== undefined && v !== '');
  const name = (first(labels['service.istio.io/canonical-name'], labels['app.kubernetes.io/name'], labels['app'], workloadName) ?? '')
    .slice(0, 63)
    .replace(/-+$/, '');
  const revision = first(labels['service.istio.io/canonical-revision'], labels['app.kubernetes.io/version'], labels['version']) ?? 'latest';
  return [
    ['security.istio.io/tlsMode', labels['security.istio.io/tlsMode'] || 'istio'],
    ['service.istio.io/canonical-name', name],
    ['service.istio.io/canonical-revision', revision],
  ];
}

/** The annotations the injection template sets (before post-processing). */
export function istioTemplateAnnotations(
  annotations: Readonly<Record<string, string>>,
  revision: string,
  appContainers: readonly string[],
  cni: boolean,
): [string, string][] {
  const out: [string, string][] = [['istio.io/rev', revision]];
  const first = appContainers[0];
  if (first !== undefined) {
    if (annotations['kubectl.kubernetes.io/default-logs-container'] === undefined)
      out.push(['kubectl.kubernetes.io/default-logs-container', first]);
    if (annotations['kubectl.kubernetes.io/default-container'] === undefined) out.push(['kubectl.kubernetes.io/default-container', first]);
  }
  if (!cni) return out;
  // With CNI the node agent reads the redirect settings from these annotations instead of init args.
  const excluded = annotations['traffic.sidecar.istio.io/excludeInboundPorts'];
  out.push(['sidecar.istio.io/interceptionMode', annotations['sidecar.istio.io/interceptionMode'] ?? 'REDIRECT']);
  out.push(['traffic.sidecar.istio.io/includeOutboundIPRanges', annotations['traffic.sidecar.istio.io/includeOutboundIPRanges'] ?? '*']);
  const excludedRanges = annotations['traffic.sidecar.istio.io/excludeOutboundIPRanges'];
  if (excludedRanges) out.push(['traffic.sidecar.istio.io/excludeOutboundIPRanges', excludedRanges]);
  out.push(['traffic.sidecar.istio.io/includeInboundPorts', annotations['traffic.sidecar.istio.io/includeInboundPorts'] ?? '*']);
  const others = (excluded ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== String(ISTIO_PORTS.status));
  out.push(['traffic.sidecar.istio.io/excludeInboundPorts', [String(ISTIO_PORTS.status), ...others].join(',')]);
  for (const key of ['traffic.sidecar.istio.io/includeOutboundPorts', 'traffic.sidecar.istio.io/excludeOutboundPorts']) {
    const value = annotations[key];
    if (value !== undefined) out.push([key, value]);
  }
  return out;
}

const FALSE = new Set(['0', 'f', 'F', 'false', 'FALSE', 'False']);

/**
 * Metrics merging: the agent serves the app's metrics together with Envoy's on 15020, so the
 * prometheus.io annotations are pointed there and the app's own go to ISTIO_PROMETHEUS_ANNOTATIONS.
 * Returns that variable's value ("" when the app had none), or undefined when nothing is merged.
 */
export function mergePrometheus(metadata: PlainObject): string | undefined {
  const annotations = mappingAt(metadata, 'annotations');
  const get = (key: string): string | undefined => (typeof annotations[key] === 'string' ? annotations[key] : undefined);
  const scrape = get('prometheus.io/scrape');
  if (get('prometheus.istio.io/merge-metrics') === 'false' || (scrape !== undefined && FALSE.has(scrape))) return undefined;
  if (get('prometheus.io/port') === String(ISTIO_PORTS.status)) return undefined;
  const path = get('prometheus.io/path');
  const port = get('prometheus.io/port');
  const original =
    scrape !== undefined || path !== undefined || port !== undefined
      ? JSON.stringify({ scrape: scrape ?? '', path: path ?? '', port: port ?? '' })
      : '';
  annotations['prometheus.io/port'] = String(ISTIO_PORTS.status);
  annotations['prometheus.io/path'] = '/stats/prometheus';
  annotations['prometheus.io/scrape'] = 'true';
  return original;
}

/** sidecar.istio.io/status: what was injected, so a re-injection can take it out again. */
export function istioStatus(
  initContainers: readonly PlainObject[],
  containers: readonly PlainObject[],
  volumes: readonly PlainObject[],
  revision: string,
): string {
  const names = (list: readonly PlainObject[]): string[] | null => (list.length > 0 ? list.map((item) => nameOf(item) ?? '') : null);
  return JSON.stringify({
    initContainers: names(initContainers),
    containers: names(containers),
    volumes: names(volumes),
    imagePullSecrets: null,
    revision,
  });
}

/** Adds the labels (kept when the pod sets them) and annotations (the injector's values win). */
export function writeIstioMetadata(metadata: PlainObject, labels: [string, string][], annotations: [string, string][]): void {
  addEntries(metadata, 'labels', labels, true);
  addEntries(metadata, 'annotations', annotations, false);
}

/** A container port as ISTIO_META_POD_PORTS shows it, fields in the Kubernetes API's order. */
export function portJson(port: PlainObject): string | undefined {
  const out = plain();
  for (const key of ['name', 'hostPort', 'containerPort', 'protocol', 'hostIP'])
    if (port[key] !== undefined && port[key] !== null) out[key] = port[key];
  return Object.keys(out).length > 0 ? JSON.stringify(out) : undefined;
}
