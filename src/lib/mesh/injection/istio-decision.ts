/**
 * Whether Istio's sidecar injector adds istio-proxy to a workload's pods. Follows the default
 * webhooks (namespace.*, object.*, rev.namespace.* and rev.object.* sidecar-injector.istio.io, whose
 * namespace and object selectors read labels only) and then injectRequired in pkg/kube/inject.
 */
import type { Workload } from '../../manifest/workloads.ts';
import {
  namespaceFieldSource,
  namespaceSource,
  podSource,
  sourceAt,
  specSource,
  type NamespaceIndex,
  type NamespaceInfo,
} from './namespaces.ts';
import { DATAPLANE, decide, INJECT, INJECTION, ownInject, podOptOut, REVISION, truthy } from './istio-rules.ts';
import type { InjectionDecision, InjectionOptions } from './types.ts';

/** Namespaces the injector skips whatever their labels say (IgnoredNamespaces upstream). */
export const ISTIO_IGNORED_NAMESPACES: readonly string[] = ['kube-system', 'kube-public', 'kube-node-lease', 'local-path-storage'];

function byInjectionLabel(workload: Workload, info: NamespaceInfo, value: string, options: InjectionOptions['istio']): InjectionDecision {
  const ns = info.resource.name;
  const source = namespaceSource(info, 'labels', INJECTION);
  if (value === 'disabled') {
    const pod = workload.podLabels[INJECT] === 'true' ? `; the pod's ${INJECT}: "true" label cannot override it` : '';
    return decide(
      false,
      'namespace-disabled',
      `Namespace ${ns} has the label ${INJECTION}=disabled, which keeps the injector away from every pod in it${pod}.`,
      source,
    );
  }
  if (value !== 'enabled') {
    return decide(
      false,
      'namespace-label-value',
      `Namespace ${ns} has ${INJECTION}=${value}, but only "enabled" turns injection on; while the label is set to anything else, no injection webhook selects the namespace.`,
      source,
    );
  }
  const optOut = podOptOut(workload, ns);
  if (optOut) return optOut;
  const revision = info.labels[REVISION];
  const ignored = revision === undefined ? '' : ` Its ${REVISION}=${revision} label is ignored: ${INJECTION} takes precedence.`;
  const ambient =
    info.labels[DATAPLANE] === 'ambient'
      ? ' The namespace is also labelled for ambient mode, which leaves pods that have a sidecar alone.'
      : '';
  const own = ownInject(workload);
  const misplaced = own
    ? ` The ${INJECT} ${own.field === 'labels' ? 'label' : 'annotation'} on the ${workload.resource.kind}'s own metadata does not count: only the pod template's is read.`
    : '';
  return decide(
    true,
    'namespace-enabled',
    `Namespace ${ns} has the label ${INJECTION}=enabled, so the injector adds a sidecar to every new pod in it.${ignored}${ambient}${misplaced}`,
    source,
    options.revision ?? 'default',
  );
}

function byNamespaceRevision(
  workload: Workload,
  info: NamespaceInfo,
  revision: string,
  options: InjectionOptions['istio'],
): InjectionDecision {
  const ns = info.resource.name;
  const source = namespaceSource(info, 'labels', REVISION);
  if (options.revision !== undefined && revision !== options.revision) {
    return decide(
      false,
      'revision-mismatch',
      `Namespace ${ns} asks for the control plane of revision "${revision}" (${REVISION}), but the installed revision is "${options.revision}", so no injector selects it.`,
      source,
    );
  }
  return (
    podOptOut(workload, ns) ??
    decide(
      true,
      'namespace-revision',
      `Namespace ${ns} has the label ${REVISION}=${revision}, so the injector of control-plane revision "${revision}" adds a sidecar to every new pod in it.`,
      source,
      revision,
    )
  );
}

/** Namespace without injection labels (or not in the input): only the pod's own labels can select it. */
function byPod(workload: Workload, info: NamespaceInfo | undefined, options: InjectionOptions['istio']): InjectionDecision {
  const ns = workload.namespace;
  const label = workload.podLabels[INJECT];
  const podRevision = workload.podLabels[REVISION];
  const ambient = info?.labels[DATAPLANE] === 'ambient';
  const notes =
    (ambient ? ` Namespace ${ns} is in ambient mode, but ambient leaves pods that have a sidecar alone.` : '') +
    (info
      ? ''
      : ` This assumes namespace ${ns}, which is not in the input, has no ${INJECTION} label (${INJECTION}=disabled there would win).`);
  const labelSource = podSource(workload, 'labels', INJECT);
  const optedOut = label !== undefined && label !== '' && !truthy(label);
  if (podRevision !== undefined && !optedOut) {
    const source = podSource(workload, 'labels', REVISION);
    if (options.revision !== undefined && podRevision !== options.revision) {
      return decide(
        false,
        'revision-mismatch',
        `The pod template asks for the control plane of revision "${podRevision}" (${REVISION}), but the installed revision is "${options.revision}", so no injector selects it.`,
        source,
      );
    }
    return decide(
      true,
      'pod-revision',
      `The pod template has the label ${REVISION}=${podRevision}. Namespace ${ns} has no injection label, so the injector of revision "${podRevision}" selects the pod by that label.${notes}`,
      source,
      podRevision,
    );
  }
  if (label === 'true') {
    return decide(
      true,
      'pod-opt-in',
      `The pod template has the label ${INJECT}: "true". Namespace ${ns} has no injection label, so the injector's object selector picks the pod by this label alone.${notes}`,
      labelSource,
      options.revision ?? 'default',
    );
  }
  if (optedOut) return decide(false, 'pod-opt-out', `The pod template opts out with the label ${INJECT}: "${label}".`, labelSource);
  if (label !== undefined && label !== '') {
    return decide(
      false,
      'pod-label-value',
      `The pod template has ${INJECT}: "${label}". In a namespace without injection labels the webhook only selects pods whose label is exactly "true", so this one is not injected.`,
      labelSource,
    );
  }
  const own = ownInject(workload);
  if (own && truthy(own.value)) {
    return decide(
      false,
      'workload-label',
      `${INJECT} is on the ${workload.resource.kind}'s own metadata, which the injector never sees: it reads the pod's labels, so put it in the pod template (spec.template.metadata.labels).`,
      sourceAt(workload.resource, ['metadata', own.field, INJECT]),
    );
  }
  const annotation = workload.podAnnotations[INJECT];
  if (annotation !== undefined && truthy(annotation)) {
    return decide(
      false,
      'annotation-not-selected',
      `The pod template sets ${INJECT}: "${annotation}" as an annotation. The webhook picks pods by their labels only, so in namespace ${ns}, which has no injection label, the annotation is never seen: make it a label.`,
      podSource(workload, 'annotations', INJECT),
    );
  }
  if (info && ambient) {
    return decide(
      false,
      'ambient',
      `Namespace ${ns} is in ambient mode (${DATAPLANE}=ambient): its pods join the mesh through the node's ztunnel proxy, with no sidecar. To use a sidecar instead, label the namespace ${INJECTION}=enabled or the pod ${INJECT}: "true".`,
      namespaceSource(info, 'labels', DATAPLANE),
    );
  }
  const nsSource = info ? sourceAt(info.resource, ['metadata', 'name']) : namespaceFieldSource(workload);
  if (ns === 'istio-system') {
    return decide(
      false,
      'control-plane-namespace',
      `istio-system is the control plane's namespace and has no injection label by default; only pods that opt in with the label ${INJECT}: "true" (as gateways do) get a proxy there.`,
      nsSource,
    );
  }
  if (!info) {
    return decide(
      false,
      'namespace-unknown',
      `Whether Istio injects depends on the labels of namespace ${ns}, which is not in the input. Assuming it has none, the pod is not injected. It would be with ${INJECTION}=enabled (or ${REVISION}=<revision>) on the namespace, or the label ${INJECT}: "true" on the pod.`,
      nsSource,
    );
  }
  return decide(
    false,
    'namespace-not-enabled',
    `Namespace ${ns} has neither ${INJECTION}=enabled nor ${REVISION}, and the pod does not opt in with the label ${INJECT}: "true", so no injection webhook selects it.`,
    nsSource,
  );
}

/** Istio's decision for a workload's pods, with the rule that made it. */
export function istioDecision(workload: Workload, namespaces: NamespaceIndex, options: InjectionOptions['istio']): InjectionDecision {
  if (workload.podSpec?.['hostNetwork'] === true) {
    return decide(
      false,
      'host-network',
      "The pod uses hostNetwork: true. Istio never injects such pods: the iptables rules that redirect traffic to the proxy would change the node's network, not the pod's.",
      specSource(workload, 'hostNetwork'),
    );
  }
  const ns = workload.namespace;
  if (ISTIO_IGNORED_NAMESPACES.includes(ns)) {
    return decide(
      false,
      'system-namespace',
      `${ns} is a Kubernetes system namespace (${ISTIO_IGNORED_NAMESPACES.join(', ')}); Istio's injector skips these whatever their labels say.`,
      namespaceFieldSource(workload),
    );
  }
  const info = namespaces.get(ns);
  const injection = info?.labels[INJECTION];
  if (info && injection !== undefined) return byInjectionLabel(workload, info, injection, options);
  const revision = info?.labels[REVISION];
  if (info && revision !== undefined) return byNamespaceRevision(workload, info, revision, options);
  return byPod(workload, info, options);
}
