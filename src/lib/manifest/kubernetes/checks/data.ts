/**
 * Small readers for raw document data. Checks run even when the schema found errors, so they take
 * nothing on trust: a value of the wrong type is skipped, never thrown on.
 */
import type { AnalysisContext } from '../../context.ts';
import { isObject, type Resource } from '../../resource.ts';
import { workloadsOf, type Workload } from '../../workloads.ts';
import type { PlainObject } from '../../yaml/load.ts';
import { isOurKind, isValidated } from '../schemas.ts';

/** The mapping items of a list field, with their indices (non-mappings are skipped). */
export function itemsOf(parent: unknown, key: string): { item: PlainObject; index: number }[] {
  const list = isObject(parent) ? parent[key] : undefined;
  if (!Array.isArray(list)) return [];
  const out: { item: PlainObject; index: number }[] = [];
  list.forEach((item, index) => {
    if (isObject(item)) out.push({ item, index });
  });
  return out;
}

/** A string field, or undefined. */
export function text(parent: unknown, key: string): string | undefined {
  const value = isObject(parent) ? parent[key] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** A scalar as text for messages; undefined for mappings and lists (String() throws on prototype-less objects). */
export function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
}

/** A mapping field, or undefined. */
export function objectAt(parent: unknown, key: string): PlainObject | undefined {
  const value = isObject(parent) ? parent[key] : undefined;
  return isObject(value) ? value : undefined;
}

/** True when the field is present with a value (null counts as absent, as for the API server). */
export function present(parent: unknown, key: string): boolean {
  return isObject(parent) && parent[key] !== undefined && parent[key] !== null;
}

/** The keys among `keys` that the mapping sets, in the order given. */
export function setKeys(parent: unknown, keys: readonly string[]): string[] {
  return keys.filter((key) => present(parent, key));
}

/** True when `name` was already in `seen`; adds it otherwise (for "must be unique" rules). */
export function repeated(seen: Set<string>, name: string): boolean {
  if (seen.has(name)) return true;
  seen.add(name);
  return false;
}

/** A workload whose pod spec is a mapping. */
export type PodWorkload = Workload & { podSpec: PlainObject };

const hasPodSpec = (workload: Workload): workload is PodWorkload => workload.podSpec !== undefined;

/** Workloads whose pod spec our schemas validate: Pods and apps/v1 controllers. */
export function validatedWorkloads(context: AnalysisContext): PodWorkload[] {
  return workloadsOf(context).filter((w): w is PodWorkload => hasPodSpec(w) && isValidated(w.resource));
}

/** Workloads the container checks look at: ours when validated, and other pod makers (Jobs, CronJobs) as they are. */
export function checkedWorkloads(context: AnalysisContext): PodWorkload[] {
  return workloadsOf(context).filter((w): w is PodWorkload => hasPodSpec(w) && (!isOurKind(w.resource) || isValidated(w.resource)));
}

/** Validated resources of some kinds. */
export function validatedOfKind(context: AnalysisContext, ...kinds: string[]): Resource[] {
  return context.resources.filter((resource) => isValidated(resource, kinds));
}

/** "a, b and 2 more" for messages. */
export function shortList(names: readonly string[], max = 3): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
