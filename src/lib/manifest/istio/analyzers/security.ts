/**
 * Security policies: selectors (or namespaces) that match no workload in the mesh (IST0127), and
 * AuthorizationPolicy sources naming namespaces the input does not define (IST0101).
 */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, isObject, stringMapAt, valueAt, type Resource } from '../../resource.ts';
import { meshOf, type MeshIndex } from '../mesh.ts';
import { field, listOf, spelling } from '../schemas/common.ts';
import { selectorString } from './sidecar.ts';

/** Istio's root namespace: policies there apply to the whole mesh. */
export const ROOT_NAMESPACE = 'istio-system';
const SECURITY = 'security.istio.io';

function checkWorkloads(context: AnalysisContext, mesh: MeshIndex, policy: Resource, namespaceWide: boolean): void {
  const spec = valueAt(policy.value, ['spec']);
  if (['targetRef', 'targetRefs'].some((name) => field(spec, name) != null)) return;
  const namespace = effectiveNamespace(policy);
  const root = namespace === ROOT_NAMESPACE;
  const selector = field(spec, 'selector');
  if (!isObject(selector)) {
    if (!namespaceWide || root) return;
    if (mesh.workloads.some((w) => w.namespace === namespace && mesh.inMesh(w))) return;
    context.report(policy, {
      code: 'IST0127',
      path: ['metadata', 'name'],
      target: 'value',
      message: 'No matching workloads for this resource with the following labels: ',
    });
    return;
  }
  const labels = stringMapAt(field(selector, 'matchLabels'), []) ?? {};
  if (mesh.workloadsMatching(labels, root ? undefined : namespace).some((w) => mesh.inMesh(w))) return;
  context.report(policy, {
    code: 'IST0127',
    path: ['spec', 'selector', spelling(selector, 'matchLabels')],
    message: `No matching workloads for this resource with the following labels: ${selectorString(labels)}`,
  });
}

/** istioctl's namespaceMatch: "*", a "*suffix", a "prefix*" or an exact name. */
function namespaceMatches(namespace: string, pattern: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*')) return namespace.endsWith(pattern.slice(1));
  if (pattern.endsWith('*')) return namespace.startsWith(pattern.slice(0, -1));
  return namespace.toLowerCase() === pattern.toLowerCase();
}

function checkNamespaces(context: AnalysisContext, policy: Resource, known: readonly string[]): void {
  const rules = valueAt(policy.value, ['spec', 'rules']);
  listOf(rules).forEach((rule, i) => {
    const from = field(rule, 'from');
    listOf(from).forEach((entry, j) => {
      const source = field(entry, 'source');
      for (const name of ['namespaces', 'notNamespaces']) {
        const patterns = field(source, name);
        listOf(patterns).forEach((pattern, k) => {
          if (typeof pattern !== 'string' || known.some((ns) => namespaceMatches(ns, pattern))) return;
          context.report(policy, {
            code: 'IST0101',
            path: ['spec', 'rules', i, 'from', j, 'source', spelling(source, name), k],
            target: 'value',
            message: `Referenced namespace not found: ${JSON.stringify(pattern)}`,
          });
        });
      }
    });
  });
}

/** IST0127 for AuthorizationPolicy, PeerAuthentication and RequestAuthentication; IST0101 for source namespaces. */
export const securityPolicies: Analyzer = {
  name: 'istio/security-policies',
  run(context) {
    const mesh = meshOf(context);
    const authorization = mesh.of('AuthorizationPolicy', SECURITY);
    // Without workloads in the input, "selects nothing" says nothing.
    if (mesh.workloads.length > 0) {
      for (const policy of authorization) checkWorkloads(context, mesh, policy, true);
      for (const policy of [...mesh.of('PeerAuthentication', SECURITY), ...mesh.of('RequestAuthentication', SECURITY)]) {
        checkWorkloads(context, mesh, policy, false);
      }
    }
    if (mesh.namespaces.size === 0) return;
    const known = [...new Set([...mesh.namespaces.keys(), ...context.resources.map(effectiveNamespace)])];
    for (const policy of authorization) checkNamespaces(context, policy, known);
  },
};
