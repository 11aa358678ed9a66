/**
 * Whether Linkerd's proxy injector adds linkerd-proxy to a workload's pods. Follows the webhook's
 * namespace and object selectors (chart defaults), then Report.Injectable in pkg/inject: host
 * network, an existing sidecar, the service account token, and the linkerd.io/inject annotation,
 * where the pod template's value overrides the namespace's.
 */
import { stringMapAt } from '../../manifest/resource.ts';
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
import { nameOf } from './template.ts';
import type { DecisionSource, InjectionDecision } from './types.ts';

const INJECT = 'linkerd.io/inject';
const WEBHOOKS = 'config.linkerd.io/admission-webhooks';
const VALUES = ['enabled', 'ingress', 'disabled'];

/** Namespaces the injector's default namespaceSelector leaves out. */
export const LINKERD_SKIPPED_NAMESPACES: readonly string[] = ['kube-system', 'cert-manager'];
/** Linkerd's own namespaces, labelled config.linkerd.io/admission-webhooks=disabled when installed. */
export const LINKERD_CONTROL_PLANE_NAMESPACES: readonly string[] = ['linkerd', 'linkerd-cni'];

function decide(inject: boolean, rule: string, reason: string, source?: DecisionSource): InjectionDecision {
  return { mesh: 'linkerd', inject, rule, reason, ...(source ? { source } : {}) };
}

function valueHint(value: string): string {
  const lower = value.trim().toLowerCase();
  if (['true', 'yes', 'on', 'enable'].includes(lower)) return ' (did you mean "enabled"?)';
  if (['false', 'no', 'off', 'disable'].includes(lower)) return ' (did you mean "disabled"?)';
  return '';
}

/** Reasons the webhook never sees the pod, or refuses it before reading the annotation. */
function skipped(workload: Workload, info: NamespaceInfo | undefined): InjectionDecision | undefined {
  const ns = workload.namespace;
  if (workload.podSpec?.['hostNetwork'] === true) {
    return decide(
      false,
      'host-network',
      'The pod uses hostNetwork: true; Linkerd skips such pods because its iptables rules would apply to the node, not the pod.',
      specSource(workload, 'hostNetwork'),
    );
  }
  if (LINKERD_SKIPPED_NAMESPACES.includes(ns)) {
    return decide(
      false,
      'system-namespace',
      `The proxy injector's webhook leaves out namespace ${ns} (its default namespaceSelector excludes ${LINKERD_SKIPPED_NAMESPACES.join(' and ')}), so pods there are never injected.`,
      namespaceFieldSource(workload),
    );
  }
  if (info?.labels[WEBHOOKS] === 'disabled') {
    return decide(
      false,
      'webhooks-disabled',
      `Namespace ${ns} has the label ${WEBHOOKS}=disabled, so the proxy injector's webhook is never called for its pods.`,
      namespaceSource(info, 'labels', WEBHOOKS),
    );
  }
  if (LINKERD_CONTROL_PLANE_NAMESPACES.includes(ns)) {
    return decide(
      false,
      'control-plane-namespace',
      `${ns} is a Linkerd control-plane namespace, labelled ${WEBHOOKS}=disabled when Linkerd is installed, so the proxy injector never sees its pods.`,
      namespaceFieldSource(workload),
    );
  }
  for (const key of ['linkerd.io/control-plane-component', 'linkerd.io/cni-resource']) {
    if (workload.podLabels[key] === undefined) continue;
    return decide(
      false,
      'control-plane-pod',
      `The pod template has the label ${key}, which marks Linkerd's own components; the webhook's objectSelector leaves them out.`,
      podSource(workload, 'labels', key),
    );
  }
  for (const field of ['initContainers', 'containers'] as const) {
    const list = workload.podSpec?.[field];
    const found = Array.isArray(list) ? list.findIndex((c) => ['linkerd-proxy', 'istio-proxy'].includes(nameOf(c) ?? '')) : -1;
    if (found < 0) continue;
    const name = nameOf((list as unknown[])[found]);
    const which =
      name === 'istio-proxy' ? 'an Istio sidecar (istio-proxy); Linkerd will not add a second proxy' : 'a linkerd-proxy container already';
    return decide(
      false,
      'sidecar-exists',
      `The pod template has ${which}, so the injector skips it.`,
      sourceAt(workload.resource, [...workload.podSpecPath, field, found]),
    );
  }
  if (workload.podSpec?.['automountServiceAccountToken'] === false) {
    return decide(
      false,
      'automount-disabled',
      'The pod sets automountServiceAccountToken: false. The proxy needs the service account token to get its identity, so the injector skips the pod (unless you mount the token yourself).',
      specSource(workload, 'automountServiceAccountToken'),
    );
  }
  return undefined;
}

/** Why nothing asked for injection, pointing at the likely slip. */
function notAsked(workload: Workload, info: NamespaceInfo | undefined, nsValue: string | undefined): InjectionDecision {
  const ns = workload.namespace;
  if (workload.podLabels[INJECT] !== undefined) {
    return decide(
      false,
      'label-not-annotation',
      `${INJECT} is set as a label on the pod template. Linkerd reads it from annotations only, so the label does nothing: move it to the template's metadata.annotations.`,
      podSource(workload, 'labels', INJECT),
    );
  }
  const own = workload.resource.kind === 'Pod' ? undefined : stringMapAt(workload.resource.value, ['metadata', 'annotations'])?.[INJECT];
  if (own !== undefined) {
    return decide(
      false,
      'workload-annotation',
      `${INJECT} is on the ${workload.resource.kind}'s own metadata, which the injector never sees: it reads the pod template's annotations and the namespace's.`,
      sourceAt(workload.resource, ['metadata', 'annotations', INJECT]),
    );
  }
  if (info && info.labels[INJECT] !== undefined) {
    return decide(
      false,
      'label-not-annotation',
      `Namespace ${ns} sets ${INJECT} as a label. Linkerd reads it from annotations only: move it to the namespace's metadata.annotations.`,
      namespaceSource(info, 'labels', INJECT),
    );
  }
  if (info && nsValue === 'disabled') {
    return decide(
      false,
      'namespace-disabled',
      `Namespace ${ns} has the annotation ${INJECT}: disabled and the pod template does not override it, so the pod is not injected.`,
      namespaceSource(info, 'annotations', INJECT),
    );
  }
  if (!info) {
    return decide(
      false,
      'namespace-unknown',
      `Whether Linkerd injects depends on the annotations of namespace ${ns}, which is not in the input. Assuming it has no ${INJECT} annotation, the pod is not injected; add ${INJECT}: enabled to the pod template's annotations or to the namespace.`,
      namespaceFieldSource(workload),
    );
  }
  return decide(
    false,
    'no-annotation',
    `Neither namespace ${ns} nor the pod template has the annotation ${INJECT}: enabled, so the proxy injector leaves the pod alone.`,
    sourceAt(info.resource, ['metadata', 'name']),
  );
}

/** Linkerd's decision for a workload's pods, with the rule that made it. */
export function linkerdDecision(workload: Workload, namespaces: NamespaceIndex): InjectionDecision {
  const ns = workload.namespace;
  const info = namespaces.get(ns);
  const skip = skipped(workload, info);
  if (skip) return skip;
  const nsValue = info?.annotations[INJECT];
  const podValue = workload.podAnnotations[INJECT];
  if (info && nsValue !== undefined && nsValue !== '' && !VALUES.includes(nsValue)) {
    return decide(
      false,
      'invalid-namespace-annotation',
      `Namespace ${ns} has ${INJECT}: "${nsValue}"${valueHint(nsValue)}; only enabled, ingress or disabled are valid, so the injector skips every pod there.`,
      namespaceSource(info, 'annotations', INJECT),
    );
  }
  const podSrc = podSource(workload, 'annotations', INJECT);
  if (podValue !== undefined && podValue !== '' && !VALUES.includes(podValue)) {
    return decide(
      false,
      'invalid-annotation',
      `The pod template has ${INJECT}: "${podValue}"${valueHint(podValue)}; only enabled, ingress or disabled are valid, so the injector skips the pod.`,
      podSrc,
    );
  }
  if (info && (nsValue === 'enabled' || nsValue === 'ingress')) {
    if (podValue === 'disabled') {
      return decide(
        false,
        'pod-disabled',
        `The pod template's annotation ${INJECT}: disabled overrides namespace ${ns}'s ${INJECT}: ${nsValue}.`,
        podSrc,
      );
    }
    const also = podValue ? ` (the pod template says ${podValue} too)` : '';
    return decide(
      true,
      'namespace-annotation',
      `Namespace ${ns} has the annotation ${INJECT}: ${nsValue}${also}, so the proxy injector adds linkerd-proxy to every new pod in it.`,
      namespaceSource(info, 'annotations', INJECT),
    );
  }
  if (podValue === 'enabled' || podValue === 'ingress') {
    const over = nsValue === 'disabled' ? `, overriding namespace ${ns}'s ${INJECT}: disabled` : '';
    const mode = podValue === 'ingress' ? " In ingress mode the proxy routes by the request's host, as an ingress controller needs." : '';
    return decide(
      true,
      'pod-annotation',
      `The pod template has the annotation ${INJECT}: ${podValue}${over}, so the proxy injector adds linkerd-proxy to its pods.${mode}`,
      podSrc,
    );
  }
  if (podValue === 'disabled') {
    return decide(false, 'pod-disabled', `The pod template has the annotation ${INJECT}: disabled.`, podSrc);
  }
  return notAsked(workload, info, nsValue);
}
