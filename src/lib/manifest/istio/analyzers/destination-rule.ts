/**
 * DestinationRules: their host (IST0174), whether their subsets select pods (IST0173), whether
 * TLS origination verifies the server (IST0128, IST0129), and rules that overlap (SA6004).
 */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, valueAt } from '../../resource.ts';
import { selectorMatches } from '../../workloads.ts';
import { meshOf, type MeshDestinationRule, type MeshIndex, type MeshService } from '../mesh.ts';
import { field, listOf, spelling, stringsOf } from '../schemas/common.ts';

/** Subsets that some VirtualService of the input sends traffic to, per rule. */
function routedSubsets(mesh: MeshIndex): Map<MeshDestinationRule, Set<string>> {
  const routed = new Map<MeshDestinationRule, Set<string>>();
  for (const vs of mesh.of('VirtualService', 'networking.istio.io')) {
    for (const d of mesh.destinationsOf(vs)) {
      if (d.subset === undefined) continue;
      for (const rule of mesh.rulesFor(d.host, effectiveNamespace(vs))) {
        const set = routed.get(rule) ?? new Set<string>();
        set.add(d.subset);
        routed.set(rule, set);
      }
    }
  }
  return routed;
}

/** The label sets of the pods a destination sends traffic to, as far as the input shows them. */
function endpointLabels(mesh: MeshIndex, service: MeshService): Record<string, string>[] {
  if (service.selector) return mesh.workloadsMatching(service.selector, service.namespace).map((w) => w.labels);
  return service.endpointLabels;
}

function checkSubsets(context: AnalysisContext, mesh: MeshIndex, routed: Map<MeshDestinationRule, Set<string>>): void {
  for (const rule of mesh.destinationRules) {
    const exportTo = stringsOf(field(valueAt(rule.resource.value, ['spec']), 'exportTo'));
    const service = mesh.hasServices ? mesh.registry.resolve(rule.host, rule.namespace, exportTo) : undefined;
    if (mesh.hasServices && !service) {
      context.report(rule.resource, {
        code: 'IST0174',
        path: ['spec', 'host'],
        target: 'value',
        message: `The host ${rule.host} defined in the DestinationRule does not match any services in the mesh.`,
      });
      continue;
    }
    const pods = service ? endpointLabels(mesh, service) : [];
    if (pods.length === 0) continue;
    for (const subset of rule.subsets) {
      if (pods.some((labels) => selectorMatches(subset.labels, labels))) continue;
      context.report(rule.resource, {
        code: 'IST0173',
        path: ['spec', 'subsets', subset.index, 'name'],
        target: 'value',
        severity: routed.get(rule)?.has(subset.name) ? 'error' : 'warning',
        message: `The Subset ${subset.name} defined in the DestinationRule does not select any pods. Which may lead to 503 UH (NoHealthyUpstream).`,
      });
    }
  }
}

function checkTls(context: AnalysisContext, rule: MeshDestinationRule): void {
  const spec = valueAt(rule.resource.value, ['spec']);
  const policyKey = spelling(spec, 'trafficPolicy');
  const policy = field(spec, 'trafficPolicy');
  const name = `${rule.namespace}/${rule.resource.name}`;
  const unverified = (tls: unknown): string | undefined => {
    const mode = field(tls, 'mode');
    if (mode !== 'SIMPLE' && mode !== 'MUTUAL') return undefined;
    if (field(tls, 'caCertificates')) return undefined;
    // With a credentialName on a gateway (workloadSelector), the CA comes from the secret.
    if (field(tls, 'credentialName') && rule.hasWorkloadSelector) return undefined;
    return mode;
  };
  const mode = unverified(field(policy, 'tls'));
  if (mode) {
    context.report(rule.resource, {
      code: 'IST0128',
      path: ['spec', policyKey, 'tls', 'mode'],
      target: 'value',
      message: `DestinationRule ${name} in namespace ${rule.namespace} has TLS mode set to ${mode} but no caCertificates are set to validate server identity for host: ${rule.host}`,
    });
  }
  const ports = field(policy, 'portLevelSettings');
  listOf(ports).forEach((setting, index) => {
    const portMode = unverified(field(setting, 'tls'));
    if (!portMode) return;
    const number = field(field(setting, 'port'), 'number');
    context.report(rule.resource, {
      code: 'IST0129',
      path: ['spec', policyKey, spelling(policy, 'portLevelSettings'), index, 'tls', 'mode'],
      target: 'value',
      message: `DestinationRule ${name} in namespace ${rule.namespace} has TLS mode set to ${portMode} but no caCertificates are set to validate server identity for host: ${rule.host} at port number:${typeof number === 'number' ? number : 0}`,
    });
  });
}

function checkOverlaps(context: AnalysisContext, mesh: MeshIndex): void {
  const first = new Map<string, MeshDestinationRule>();
  for (const rule of mesh.destinationRules) {
    if (rule.hasWorkloadSelector) continue;
    const key = `${rule.namespace}/${rule.fqdn}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, rule);
      continue;
    }
    // The same name twice is a duplicate document (SA1010), not a second rule.
    if (earlier.resource.name === rule.resource.name) continue;
    context.report(rule.resource, {
      code: 'SA6004',
      path: ['spec', 'host'],
      target: 'value',
      message: `DestinationRule ${rule.namespace}/${earlier.resource.name} already configures host ${rule.fqdn}; Istio merges the two, keeping only the first one's traffic policy and dropping repeated subsets`,
    });
  }
}

/** IST0128, IST0129, IST0173, IST0174 and SA6004 for every DestinationRule. */
export const destinationRules: Analyzer = {
  name: 'istio/destinationrules',
  run(context) {
    const mesh = meshOf(context);
    checkSubsets(context, mesh, routedSubsets(mesh));
    for (const rule of mesh.destinationRules) checkTls(context, rule);
    checkOverlaps(context, mesh);
  },
};
