/**
 * The pod template as plain data: reading it out of a workload, checking it is something an
 * injector can work on, and the small edits injectors make (keys in a natural order, lists by name).
 */
import { isObject, valueAt } from '../../manifest/resource.ts';
import { formatPath, type DataPath } from '../../manifest/yaml/locate.ts';
import type { PlainObject } from '../../manifest/yaml/load.ts';
import type { Workload } from '../../manifest/workloads.ts';

/** A mapping without a prototype, so keys such as "__proto__" stay plain keys. */
export function plain(entries: Record<string, unknown> = {}): PlainObject {
  const out = Object.create(null) as PlainObject;
  for (const [key, value] of Object.entries(entries)) out[key] = value;
  return out;
}

function isPlainMapping(value: unknown): value is PlainObject {
  if (!isObject(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === null || proto === Object.prototype;
}

/** A deep copy of YAML-like data; values that are not plain mappings or lists are kept as they are. */
export function clonePlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => clonePlain(item)) as T;
  if (!isPlainMapping(value)) return value;
  const out = Object.create(null) as PlainObject;
  for (const key of Object.keys(value)) out[key] = clonePlain(value[key]);
  return out as T;
}

/** Sets `key`, keeping its place when it exists, else inserting it before `before` (or at the end). */
export function setKey(target: PlainObject, key: string, value: unknown, before?: string): void {
  if (Object.hasOwn(target, key) || before === undefined || !Object.hasOwn(target, before)) {
    target[key] = value;
    return;
  }
  const entries = Object.entries(target);
  for (const [name] of entries) delete target[name];
  for (const [name, item] of entries) {
    if (name === before) target[key] = value;
    target[name] = item;
  }
}

/** The mapping at `key`, created (before `before`) when missing. Callers check the shape first. */
export function mappingAt(target: PlainObject, key: string, before?: string): PlainObject {
  const found = target[key];
  if (isObject(found)) return found;
  const made = plain();
  setKey(target, key, made, before);
  return made;
}

/** The list at `key`, created (before `before`) when missing. */
export function listAt(target: PlainObject, key: string, before?: string): unknown[] {
  const found = target[key];
  if (Array.isArray(found)) return found;
  const made: unknown[] = [];
  setKey(target, key, made, before);
  return made;
}

/** The name of a list item (container, volume, env var), or undefined. */
export function nameOf(item: unknown): string | undefined {
  return isObject(item) && typeof item['name'] === 'string' ? item['name'] : undefined;
}

/** The mappings of a list at `key` (anything else in the list is skipped). */
export function mappingsAt(target: PlainObject | undefined, key: string): PlainObject[] {
  const list = target?.[key];
  return Array.isArray(list) ? list.filter(isObject) : [];
}

/** Where a workload keeps its pod template: [] for a Pod, ["spec", "template"] for a Deployment. */
export function templatePathOf(workload: Workload): DataPath {
  return workload.podMetadataPath.slice(0, -1);
}

/** A copy of the pod template ({ metadata, spec }); for a Pod, its own metadata and spec. */
export function readTemplate(workload: Workload): unknown {
  const path = templatePathOf(workload);
  if (path.length > 0) return clonePlain(valueAt(workload.resource.value, path));
  const value = workload.resource.value;
  const out = plain();
  if (Object.hasOwn(value, 'metadata')) out['metadata'] = clonePlain(value['metadata']);
  if (Object.hasOwn(value, 'spec')) out['spec'] = clonePlain(value['spec']);
  return out;
}

function listProblem(spec: PlainObject, field: string, at: string, required: boolean): string | undefined {
  const list = spec[field];
  if (list === undefined || list === null)
    return required ? `${at}.${field} is missing, so there is no container to sit beside` : undefined;
  if (!Array.isArray(list)) return `${at}.${field} is not a list`;
  if (required && list.length === 0) return `${at}.${field} is empty, so there is no container to sit beside`;
  const bad = list.findIndex((item) => (field === 'volumes' ? !isObject(item) : nameOf(item) === undefined));
  if (bad >= 0) return `${at}.${field}[${bad}] is not a mapping with a name`;
  return undefined;
}

/** Why an injector could not work on this template, or undefined when it can. */
export function templateProblem(workload: Workload, template: unknown): string | undefined {
  const path = templatePathOf(workload);
  const at = path.length > 0 ? `${formatPath(path)}.` : '';
  if (!isObject(template)) return `${formatPath(path)} is not a mapping, so there is no pod template to inject into`;
  const metadata = template['metadata'];
  if (metadata !== undefined && metadata !== null && !isObject(metadata)) return `${at}metadata is not a mapping`;
  for (const field of ['labels', 'annotations']) {
    const map = isObject(metadata) ? metadata[field] : undefined;
    if (map !== undefined && map !== null && !isObject(map)) return `${at}metadata.${field} is not a mapping`;
  }
  const spec = template['spec'];
  if (!isObject(spec)) return `${at}spec is ${spec === undefined ? 'missing' : 'not a mapping'}, so there is no pod spec to inject into`;
  return (
    listProblem(spec, 'containers', `${at}spec`, true) ??
    listProblem(spec, 'initContainers', `${at}spec`, false) ??
    listProblem(spec, 'volumes', `${at}spec`, false)
  );
}

/** The template's metadata and spec, created when missing, ready for edits. */
export function partsOf(template: PlainObject): { metadata: PlainObject; spec: PlainObject } {
  const metadata = mappingAt(template, 'metadata', 'spec');
  const spec = mappingAt(template, 'spec');
  return { metadata, spec };
}

/** String values of a mapping (labels, annotations); other values are left out. */
export function stringsOf(value: unknown): Record<string, string> {
  const out = Object.create(null) as Record<string, string>;
  if (!isObject(value)) return out;
  for (const [key, item] of Object.entries(value)) if (typeof item === 'string') out[key] = item;
  return out;
}

/** Adds entries to the mapping at `key` (labels or annotations), keeping values already set when `keep`. */
export function addEntries(metadata: PlainObject, key: 'labels' | 'annotations', entries: [string, string][], keep: boolean): void {
  if (entries.length === 0) return;
  const map = mappingAt(metadata, key, key === 'labels' ? 'annotations' : undefined);
  for (const [name, value] of entries) if (!keep || !Object.hasOwn(map, name)) map[name] = value;
}

/** Puts a container or volume into a list: replaces one of the same name in place, else inserts at `at` (-1: end). */
export function placeByName(list: unknown[], item: PlainObject, at: number): void {
  const existing = list.findIndex((entry) => nameOf(entry) === item['name']);
  if (existing >= 0) list.splice(existing, 1);
  if (at < 0 || at > list.length) list.push(item);
  else list.splice(at, 0, item);
}
