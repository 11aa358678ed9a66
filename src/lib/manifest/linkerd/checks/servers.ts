/** Checks of Servers against the workloads they select (SA4006 selects nothing, SA4009, SA4010). */
import { closestMatch } from '../../../text/index.ts';
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, isObject, resourceLabel, valueAt, type Resource } from '../../resource.ts';
import { containersOf, type Workload } from '../../workloads.ts';
import { lookupOf } from '../lookup.ts';
import { count } from '../words.ts';

/** Container ports of a workload's pods: name to number. */
function declaredPorts(workload: Workload): Map<string, number | undefined> {
  const ports = new Map<string, number | undefined>();
  for (const { container } of containersOf(workload)) {
    const list = container['ports'];
    if (!Array.isArray(list)) continue;
    for (const port of list) {
      if (!isObject(port) || typeof port['name'] !== 'string') continue;
      ports.set(port['name'], typeof port['containerPort'] === 'number' ? port['containerPort'] : undefined);
    }
  }
  return ports;
}

// Two Servers clash when they resolve to the same container port of a pod, whether named or numbered.
function portKey(port: string | number, declared: Map<string, number | undefined>): string {
  if (typeof port === 'number') return `#${port}`;
  const number = declared.get(port);
  return number === undefined ? `name:${port}` : `#${number}`;
}

type PortsOf = (workload: Workload) => Map<string, number | undefined>;

function checkSelection(context: AnalysisContext, server: Resource, selected: readonly Workload[], portsOf: PortsOf): void {
  const namespace = effectiveNamespace(server);
  const candidates = lookupOf(context).workloadsIn(namespace);
  if (selected.length === 0 && candidates.length > 0) {
    context.report(server, {
      code: 'SA4006',
      path: ['spec', 'podSelector'],
      message: `podSelector matches none of the ${count(candidates.length, 'workload')} in namespace "${namespace}"; compare it with their pod template labels`,
    });
    return;
  }
  const port = valueAt(server.value, ['spec', 'port']);
  if (typeof port !== 'string' || selected.length === 0) return;
  const names = new Set(selected.flatMap((workload) => [...portsOf(workload).keys()]));
  if (names.has(port)) return;
  const hint = closestMatch(port, names);
  const first = selected[0];
  context.report(server, {
    code: 'SA4009',
    path: ['spec', 'port'],
    target: 'value',
    message: `no container of ${first ? resourceLabel(first.resource) : 'the selected pods'}${selected.length > 1 ? ` (or ${selected.length - 1} more)` : ''} declares a port named "${port}"${hint ? `; did you mean "${hint}"?` : ''}`,
  });
}

/** SA4006 (a Server that selects no workload), SA4009 and SA4010. */
export const serversAnalyzer: Analyzer = {
  name: 'linkerd/servers',
  run(context) {
    const lookup = lookupOf(context);
    // Per workload, which Server first claimed each of its ports.
    const claims = new Map<Workload, Map<string, Resource>>();
    const declared = new Map<Workload, Map<string, number | undefined>>();
    const portsOf: PortsOf = (workload) => {
      const known = declared.get(workload);
      if (known) return known;
      const ports = declaredPorts(workload);
      declared.set(workload, ports);
      return ports;
    };
    for (const server of context.ofKind('Server', 'policy.linkerd.io')) {
      // Without a podSelector mapping there is nothing to match; the schema and SA4005 say why.
      if (!isObject(valueAt(server.value, ['spec', 'podSelector']))) continue;
      const selected = lookup.selectedBy(server);
      checkSelection(context, server, selected, portsOf);
      const port = valueAt(server.value, ['spec', 'port']);
      if (typeof port !== 'string' && typeof port !== 'number') continue;
      for (const workload of selected) {
        const key = portKey(port, portsOf(workload));
        const taken = claims.get(workload) ?? new Map<string, Resource>();
        claims.set(workload, taken);
        const other = taken.get(key);
        if (!other) {
          taken.set(key, server);
          continue;
        }
        context.report(server, {
          code: 'SA4010',
          path: ['spec', 'port'],
          target: 'value',
          message: `Server "${other.name}" already selects this port of ${resourceLabel(workload.resource)}; Linkerd applies one Server per pod port`,
        });
        break;
      }
    }
  },
};
