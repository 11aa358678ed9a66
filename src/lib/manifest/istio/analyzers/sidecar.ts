/**
 * Sidecar resources: a workloadSelector that selects nothing (IST0101), workloads selected by
 * several Sidecars (IST0110) and namespaces with several default Sidecars (IST0111).
 */
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, stringMapAt, valueAt, type Resource } from '../../resource.ts';
import { meshOf, type MeshWorkload } from '../mesh.ts';
import { field, spelling } from '../schemas/common.ts';

/** A label selector written like Kubernetes prints it: "app=orders,version=v2", keys sorted. */
export function selectorString(selector: Readonly<Record<string, string>>): string {
  return Object.keys(selector)
    .sort()
    .map((key) => `${key}=${selector[key] ?? ''}`)
    .join(',');
}

/** IST0101 (selector), IST0110 and IST0111 for Sidecars. */
export const sidecarSelectors: Analyzer = {
  name: 'istio/sidecar-selectors',
  run(context) {
    const mesh = meshOf(context);
    const bySidecar = new Map<MeshWorkload, Resource[]>();
    const defaults = new Map<string, Resource[]>();
    for (const sidecar of mesh.of('Sidecar', 'networking.istio.io')) {
      const namespace = effectiveNamespace(sidecar);
      const spec = valueAt(sidecar.value, ['spec']);
      const selector = stringMapAt(field(field(spec, 'workloadSelector'), 'labels'), []) ?? {};
      if (Object.keys(selector).length === 0) {
        const list = defaults.get(namespace);
        if (list) list.push(sidecar);
        else defaults.set(namespace, [sidecar]);
        continue;
      }
      // Without any workload in the input, a selector that matches nothing says nothing.
      if (mesh.workloads.length === 0) continue;
      const selected = mesh.workloadsMatching(selector, namespace);
      if (selected.length === 0) {
        context.report(sidecar, {
          code: 'IST0101',
          path: ['spec', spelling(spec, 'workloadSelector'), 'labels'],
          message: `Referenced selector not found: ${JSON.stringify(selectorString(selector))}`,
        });
      }
      for (const workload of selected) {
        const list = bySidecar.get(workload);
        if (list) list.push(sidecar);
        else bySidecar.set(workload, [sidecar]);
      }
    }
    const reported = new Set<Resource>();
    for (const [workload, sidecars] of bySidecar) {
      if (sidecars.length < 2) continue;
      const names = `[${sidecars.map((s) => s.name).join(' ')}]`;
      for (const sidecar of sidecars) {
        if (reported.has(sidecar)) continue;
        reported.add(sidecar);
        context.report(sidecar, {
          code: 'IST0110',
          path: ['metadata', 'name'],
          target: 'value',
          message: `The Sidecars ${names} in namespace ${JSON.stringify(workload.namespace)} select the same workload pod ${JSON.stringify(workload.resource.name)}, which can lead to undefined behavior.`,
        });
      }
    }
    for (const [namespace, sidecars] of defaults) {
      if (sidecars.length < 2) continue;
      const names = `[${sidecars.map((s) => s.name).join(' ')}]`;
      for (const sidecar of sidecars) {
        context.report(sidecar, {
          code: 'IST0111',
          path: ['metadata', 'name'],
          target: 'value',
          message: `The Sidecars ${names} in namespace ${JSON.stringify(namespace)} have no workload selector, which can lead to undefined behavior.`,
        });
      }
    }
  },
};
