/** The labels Istio's injection reads and the pod-level rules both kinds of namespace share. */
import { stringMapAt } from '../../manifest/resource.ts';
import type { Workload } from '../../manifest/workloads.ts';
import { podSource } from './namespaces.ts';
import type { DecisionSource, InjectionDecision } from './types.ts';

/** The pod label (and, deprecated, annotation) that opts a pod in or out. */
export const INJECT = 'sidecar.istio.io/inject';
/** The namespace label that turns injection on or off. */
export const INJECTION = 'istio-injection';
/** The namespace or pod label naming a control-plane revision. */
export const REVISION = 'istio.io/rev';
/** The namespace label that puts it in ambient mode. */
export const DATAPLANE = 'istio.io/dataplane-mode';

// injectRequired reads these as "inject"; an empty value means "use the default"; anything else means no.
const TRUTHY = new Set(['y', 'yes', 'true', 'on']);
/** True for the values injectRequired reads as "inject". */
export const truthy = (value: string): boolean => TRUTHY.has(value.toLowerCase());

/** An Istio decision, with its source and revision when it has them. */
export function decide(inject: boolean, rule: string, reason: string, source?: DecisionSource, revision?: string): InjectionDecision {
  return {
    mesh: 'istio',
    inject,
    rule,
    reason,
    ...(source ? { source } : {}),
    ...(inject && revision !== undefined ? { revision } : {}),
  };
}

/** In a namespace the webhook selected: the pod's own label (or the older annotation) may still opt out. */
export function podOptOut(workload: Workload, ns: string): InjectionDecision | undefined {
  const label = workload.podLabels[INJECT];
  const value = label ?? workload.podAnnotations[INJECT];
  if (value === undefined || value === '' || truthy(value)) return undefined;
  if (label !== undefined) {
    return decide(
      false,
      'pod-opt-out',
      `The pod template has the label ${INJECT}: "${label}", which opts this workload out even though namespace ${ns} is enabled for injection.`,
      podSource(workload, 'labels', INJECT),
    );
  }
  return decide(
    false,
    'pod-annotation-opt-out',
    `The pod template has the annotation ${INJECT}: "${value}". The injector still honours this older, deprecated form and skips the pod; prefer a label with the same key.`,
    podSource(workload, 'annotations', INJECT),
  );
}

/** Where the workload's own metadata (not the pod template's) carries the inject key, if it does. */
export function ownInject(workload: Workload): { field: 'labels' | 'annotations'; value: string } | undefined {
  if (workload.resource.kind === 'Pod') return undefined;
  for (const field of ['labels', 'annotations'] as const) {
    const value = stringMapAt(workload.resource.value, ['metadata', field])?.[INJECT];
    if (value !== undefined) return { field, value };
  }
  return undefined;
}
