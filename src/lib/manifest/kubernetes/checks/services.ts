/**
 * Services against the workloads of the input: SA3004 (the selector matches no workload) and SA3005
 * (a targetPort no selected container exposes). Workloads are indexed once by namespace and label,
 * so each Service looks only at the workloads sharing a label with its selector.
 */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, resourceLabel, stringMapAt, type Resource } from '../../resource.ts';
import { containersOf, selectorMatches, workloadsOf, type Workload } from '../../workloads.ts';
import { intOrPortName, port } from '../schema/formats.ts';
import { itemsOf, objectAt, shortList, text, validatedOfKind } from './data.ts';

/** What a workload's serving containers (app containers and native sidecars) declare. */
interface Exposed {
  names: Set<string>;
  numbers: Set<number>;
  /** Some serving container declares no ports, so any number may be served. */
  portless: boolean;
}

function exposedBy(workload: Workload): Exposed {
  const exposed: Exposed = { names: new Set(), numbers: new Set(), portless: false };
  for (const { container, init } of containersOf(workload)) {
    if (init && container['restartPolicy'] !== 'Always') continue;
    const ports = itemsOf(container, 'ports');
    if (ports.length === 0) exposed.portless = true;
    for (const { item } of ports) {
      const name = text(item, 'name');
      if (name) exposed.names.add(name);
      if (typeof item['containerPort'] === 'number') exposed.numbers.add(item['containerPort']);
    }
  }
  return exposed;
}

const pair = (namespace: string, key: string, value: string): string => `${namespace}\u0000${key}=${value}`;

/** Workloads by namespace and by namespace+label, built once per run. */
class WorkloadIndex {
  readonly #byNamespace = new Map<string, Workload[]>();
  readonly #byLabel = new Map<string, Workload[]>();
  readonly #exposed = new Map<Workload, Exposed>();

  constructor(workloads: readonly Workload[]) {
    for (const workload of workloads) {
      this.#push(this.#byNamespace, workload.namespace, workload);
      for (const [key, value] of Object.entries(workload.podLabels))
        this.#push(this.#byLabel, pair(workload.namespace, key, value), workload);
    }
  }

  #push(map: Map<string, Workload[]>, key: string, workload: Workload): void {
    const list = map.get(key);
    if (list) list.push(workload);
    else map.set(key, [workload]);
  }

  hasWorkloads(namespace: string): boolean {
    return this.#byNamespace.has(namespace);
  }

  /** Workloads whose pods carry every label of the selector. */
  selected(namespace: string, selector: Record<string, string>): Workload[] {
    let smallest: Workload[] | undefined;
    for (const [key, value] of Object.entries(selector)) {
      const list = this.#byLabel.get(pair(namespace, key, value)) ?? [];
      if (!smallest || list.length < smallest.length) smallest = list;
    }
    return (smallest ?? []).filter((workload) => selectorMatches(selector, workload.podLabels));
  }

  /** The workload sharing most labels with the selector, with the first label it lacks (a hint; looks at a bounded few). */
  closest(namespace: string, selector: Record<string, string>): { workload: Workload; differs: string } | undefined {
    const entries = Object.entries(selector);
    const seen = new Set<Workload>();
    let best: { workload: Workload; score: number } | undefined;
    for (const [key, value] of entries) {
      for (const workload of this.#byLabel.get(pair(namespace, key, value)) ?? []) {
        if (seen.has(workload) || seen.size >= 50) continue;
        seen.add(workload);
        const score = entries.filter(([k, v]) => workload.podLabels[k] === v).length;
        if (!best || score > best.score) best = { workload, score };
      }
    }
    if (!best) return undefined;
    const labels = best.workload.podLabels;
    const [key, value] = entries.find(([k, v]) => labels[k] !== v) ?? ['', ''];
    const actual = labels[key];
    return { workload: best.workload, differs: actual === undefined ? `lack ${key}=${value}` : `have ${key}=${actual}, not ${value}` };
  }

  exposed(workload: Workload): Exposed {
    let found = this.#exposed.get(workload);
    if (!found) this.#exposed.set(workload, (found = exposedBy(workload)));
    return found;
  }
}

const names = (workloads: readonly Workload[]): string =>
  shortList(
    workloads.map((w) => resourceLabel(w.resource)),
    2,
  );

function checkTargetPorts(context: AnalysisContext, service: Resource, selected: readonly Workload[], index: WorkloadIndex): void {
  const exposed = selected.map((workload) => index.exposed(workload));
  for (const { item, index: i } of itemsOf(objectAt(service.value, 'spec'), 'ports')) {
    const hasTarget = item['targetPort'] !== undefined && item['targetPort'] !== null;
    const target = hasTarget ? item['targetPort'] : item['port'];
    const path = ['spec', 'ports', i, hasTarget ? 'targetPort' : 'port'];
    // An invalid value (a quoted "8080", a port out of range) is already an SA2003/SA2004 of the schema.
    if (!(hasTarget ? intOrPortName : port).safeParse(target).success) continue;
    if (typeof target === 'string') {
      if (exposed.some((e) => e.names.has(target))) continue;
      const known = [...new Set(exposed.flatMap((e) => [...e.names]))];
      context.report(service, {
        code: 'SA3005',
        path,
        target: 'value',
        message: `targetPort "${target}" names no container port of ${names(selected)} (${known.length > 0 ? `named ports: ${shortList(known)}` : 'its ports have no names'})`,
      });
    } else if (typeof target === 'number') {
      // Container ports are informational: a container that declares none may still listen anywhere.
      if (exposed.some((e) => e.portless || e.numbers.has(target))) continue;
      const known = [...new Set(exposed.flatMap((e) => [...e.numbers]))];
      context.report(service, {
        code: 'SA3005',
        path,
        target: 'value',
        message: `${hasTarget ? 'targetPort' : 'port (the default targetPort)'} ${target} is not a containerPort of ${names(selected)} (it exposes ${shortList(known.map(String))})`,
      });
    }
  }
}

/** SA3004 and SA3005: Services against the workloads they select. */
export const servicesAnalyzer: Analyzer = {
  name: 'kubernetes/service-selection',
  run(context: AnalysisContext): void {
    const services = validatedOfKind(context, 'Service');
    if (services.length === 0) return;
    const index = new WorkloadIndex(workloadsOf(context));
    for (const service of services) {
      const spec = objectAt(service.value, 'spec');
      const selector = stringMapAt(spec, ['selector']) ?? {};
      const namespace = effectiveNamespace(service);
      if (text(spec, 'type') === 'ExternalName' || Object.keys(selector).length === 0 || !index.hasWorkloads(namespace)) continue;
      const selected = index.selected(namespace, selector);
      if (selected.length > 0) {
        checkTargetPorts(context, service, selected, index);
        continue;
      }
      const closest = index.closest(namespace, selector);
      const wanted = Object.entries(selector)
        .map(([key, value]) => `${key}=${value}`)
        .join(', ');
      context.report(service, {
        code: 'SA3004',
        path: ['spec', 'selector'],
        message: `selector ${wanted} matches no workload in namespace "${namespace}"${closest ? `; closest is ${resourceLabel(closest.workload.resource)}, whose pods ${closest.differs}` : ''}`,
      });
    }
  },
};
