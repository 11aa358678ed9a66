/**
 * Sidecar injection: namespaces not labelled for it (IST0102) or labelled twice (IST0123), pods
 * that should have a proxy and do not (IST0103), and `image: auto` where nothing injects
 * (IST0146, IST0147). Follows istioctl's injection and image-auto analyzers.
 */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { stringMapAt, valueAt, type Resource } from '../../resource.ts';
import { containersOf, type Workload } from '../../workloads.ts';
import { meshOf, type MeshIndex } from '../mesh.ts';

/** Kubernetes' own namespaces, which Istio never injects and istioctl does not analyze. */
export const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage']);

const INJECTION = 'istio-injection';
const REVISION = 'istio.io/rev';
const DATAPLANE = 'istio.io/dataplane-mode';
const INJECT = 'sidecar.istio.io/inject';

/**
 * Whether the webhooks inject pods by their namespace's labels, as Istio's namespace selectors
 * decide: `istio-injection=enabled` for the default revision, or `istio.io/rev` when there is no
 * `istio-injection` label (so `istio-injection: disabled` wins over a revision label).
 */
function namespaceInjects(labels: Record<string, string>): boolean {
  const injection = labels[INJECTION];
  return injection === undefined ? labels[REVISION] !== undefined : injection === 'enabled';
}

function checkNamespace(context: AnalysisContext, ns: Resource): boolean {
  if (SYSTEM_NAMESPACES.has(ns.name) || ns.name === 'istio-system') return false;
  const labels = stringMapAt(ns.value, ['metadata', 'labels']) ?? {};
  const injection = labels[INJECTION];
  const found = injection === undefined ? [] : [`${INJECTION}=${injection}`];
  for (const key of [REVISION, DATAPLANE]) {
    if (labels[key] !== undefined && (injection === undefined || injection === 'enabled')) found.push(`${key}=${labels[key]}`);
  }
  if (found.length > 1) {
    context.report(ns, {
      code: 'IST0123',
      path: ['metadata', 'labels'],
      message: `The namespace has more than one type of injection labels [${found.join(' ')}], which may lead to undefined behavior. Make sure only one injection label exists.`,
    });
  }
  if (labels[DATAPLANE] === 'ambient') return false;
  if (!injection && labels[REVISION] === undefined) {
    context.report(ns, {
      code: 'IST0102',
      path: ['metadata', 'name'],
      target: 'value',
      message: `The namespace is not enabled for Istio injection. Run 'kubectl label namespace ${ns.name} istio-injection=enabled' to enable it, or 'kubectl label namespace ${ns.name} istio-injection=disabled' to explicitly mark it as not needing injection.`,
    });
    return false;
  }
  return namespaceInjects(labels);
}

function checkPod(context: AnalysisContext, pod: Workload): void {
  const inject = pod.podLabels[INJECT] ?? pod.podAnnotations[INJECT];
  if (inject?.toLowerCase() === 'false' || valueAt(pod.podSpec, ['hostNetwork']) === true) return;
  if (containersOf(pod).some(({ container }) => container['name'] === 'istio-proxy')) return;
  context.report(pod.resource, {
    code: 'IST0103',
    path: ['metadata', 'name'],
    target: 'value',
    message: `The pod ${pod.namespace}/${pod.resource.name} is missing the Istio proxy. This can often be resolved by restarting or redeploying the workload.`,
  });
}

/**
 * Whether Istio's injection webhooks handle a workload's pods. A namespace with an injection label
 * decides by it; in one without, the object selectors look at the pod: `sidecar.istio.io/inject:
 * "true"` for the default revision, `istio.io/rev` for that revision's webhook. A namespace not in
 * the input counts as unlabelled.
 */
function injected(mesh: MeshIndex, workload: Workload): boolean {
  const label = workload.podLabels[INJECT];
  if (label === 'false') return false;
  const ns = mesh.namespaces.get(workload.namespace);
  const labels = ns ? (stringMapAt(ns.value, ['metadata', 'labels']) ?? {}) : {};
  if (labels[INJECTION] !== undefined || labels[REVISION] !== undefined) return namespaceInjects(labels);
  return label === 'true' || workload.podLabels[REVISION] !== undefined;
}

function checkImageAuto(context: AnalysisContext, mesh: MeshIndex, workload: Workload): void {
  const auto = containersOf(workload).find(
    ({ container, init }) => !init && container['name'] === 'istio-proxy' && container['image'] === 'auto',
  );
  if (!auto || injected(mesh, workload)) return;
  const pod = workload.resource.kind === 'Pod';
  context.report(workload.resource, {
    code: pod ? 'IST0147' : 'IST0146',
    path: [...auto.path, 'image'],
    target: 'value',
    message: `${workload.resource.kind} ${workload.resource.name} contains \`image: auto\` but does not match any Istio injection webhook selectors.`,
  });
}

/** IST0102, IST0103, IST0123, IST0146 and IST0147. */
export const injection: Analyzer = {
  name: 'istio/injection',
  run(context) {
    const mesh = meshOf(context);
    const injectedNamespaces = new Set<string>();
    for (const ns of mesh.namespaces.values()) if (checkNamespace(context, ns)) injectedNamespaces.add(ns.name);
    for (const workload of mesh.workloads) {
      if (workload.resource.kind === 'Pod' && injectedNamespaces.has(workload.namespace)) checkPod(context, workload);
    }
    for (const workload of mesh.workloads) checkImageAuto(context, mesh, workload);
  },
};
