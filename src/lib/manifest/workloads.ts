/**
 * Pods and the things that make pods: where each keeps its pod template, which labels and
 * annotations its pods get, and label-selector matching. Shared by the Kubernetes, Istio and
 * Linkerd checks.
 */
import type { AnalysisContext } from './context.ts';
import { effectiveNamespace, isObject, stringMapAt, valueAt, type Resource } from './resource.ts';
import type { DataPath } from './yaml/locate.ts';
import type { PlainObject } from './yaml/load.ts';

/** Where each workload kind keeps the metadata and spec of its pods. */
const TEMPLATE_PATHS: Record<string, DataPath> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** A resource that runs pods, seen through its pod template. */
export interface Workload {
  resource: Resource;
  /** The namespace its pods run in ("default" when the document says none). */
  namespace: string;
  /** Path of the pod's metadata: ["metadata"] for a Pod, ["spec", "template", "metadata"] for a Deployment. */
  podMetadataPath: DataPath;
  /** Path of the pod spec. */
  podSpecPath: DataPath;
  podLabels: Record<string, string>;
  podAnnotations: Record<string, string>;
  podSpec: PlainObject | undefined;
}

/** The workload view of a resource, or undefined when it does not run pods. */
export function asWorkload(resource: Resource): Workload | undefined {
  const isPod = resource.kind === 'Pod' && resource.group === '';
  const template = TEMPLATE_PATHS[resource.kind];
  if (!isPod && (!template || !['apps', 'batch'].includes(resource.group))) return undefined;
  const podMetadataPath: DataPath = isPod ? ['metadata'] : [...(template ?? []), 'metadata'];
  const podSpecPath: DataPath = isPod ? ['spec'] : [...(template ?? []), 'spec'];
  const spec = valueAt(resource.value, podSpecPath);
  return {
    resource,
    namespace: effectiveNamespace(resource),
    podMetadataPath,
    podSpecPath,
    podLabels: stringMapAt(resource.value, [...podMetadataPath, 'labels']) ?? {},
    podAnnotations: stringMapAt(resource.value, [...podMetadataPath, 'annotations']) ?? {},
    podSpec: isObject(spec) ? spec : undefined,
  };
}

/** Every workload of the input. */
export function workloadsOf(context: AnalysisContext): Workload[] {
  return context.resources.flatMap((resource) => asWorkload(resource) ?? []);
}

/** Every container of a pod spec, init containers first, with its path. */
export function containersOf(workload: Workload): { container: PlainObject; path: DataPath; init: boolean }[] {
  const out: { container: PlainObject; path: DataPath; init: boolean }[] = [];
  for (const [field, init] of [
    ['initContainers', true],
    ['containers', false],
  ] as const) {
    const list = workload.podSpec?.[field];
    if (!Array.isArray(list)) continue;
    list.forEach((container, index) => {
      if (isObject(container)) out.push({ container, path: [...workload.podSpecPath, field, index], init });
    });
  }
  return out;
}

/** True when every key=value of a simple selector is among the labels (an empty selector matches all). */
export function selectorMatches(selector: Readonly<Record<string, string>>, labels: Readonly<Record<string, string>>): boolean {
  return Object.entries(selector).every(([key, value]) => labels[key] === value);
}

/** A Kubernetes LabelSelector (matchLabels and matchExpressions) against labels. */
export function labelSelectorMatches(selector: unknown, labels: Readonly<Record<string, string>>): boolean {
  if (!isObject(selector)) return false;
  const matchLabels = stringMapAt(selector, ['matchLabels']) ?? {};
  if (!selectorMatches(matchLabels, labels)) return false;
  const expressions = selector['matchExpressions'];
  if (!Array.isArray(expressions)) return true;
  return expressions.every((expression) => {
    if (!isObject(expression)) return false;
    const key = typeof expression['key'] === 'string' ? expression['key'] : '';
    // Only strings can match a label value; anything else in the list (a mapping, a number) never does.
    const values = Array.isArray(expression['values']) ? expression['values'].filter((v): v is string => typeof v === 'string') : [];
    const has = Object.hasOwn(labels, key);
    switch (expression['operator']) {
      case 'In':
        return has && values.includes(labels[key] ?? '');
      case 'NotIn':
        return !has || !values.includes(labels[key] ?? '');
      case 'Exists':
        return has;
      case 'DoesNotExist':
        return !has;
      default:
        return false;
    }
  });
}

/** Namespace resources of the input by name. */
export function namespacesOf(context: AnalysisContext): Map<string, Resource> {
  return new Map(context.ofKind('Namespace', '').map((ns) => [ns.name, ns]));
}
