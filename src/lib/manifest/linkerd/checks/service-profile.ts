/** Checks of ServiceProfile names (SA4014). */
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace } from '../../resource.ts';

const CLUSTER_DOMAIN = 'cluster.local';

/** The FQDN a short profile name most likely means, or undefined when the name is already one. */
export function fullyQualified(name: string, namespace: string): string | undefined {
  const labels = name.split('.');
  // "orders", "orders.shop" and "orders.shop.svc" can never be the authority Linkerd looks up.
  if (labels.length > 3 || (labels.length === 3 && labels[2] !== 'svc')) return undefined;
  return `${labels[0]}.${labels[1] ?? namespace}.svc.${CLUSTER_DOMAIN}`;
}

/** SA4014: a ServiceProfile named after a service but not by its fully-qualified name. */
export const serviceProfileAnalyzer: Analyzer = {
  name: 'linkerd/service-profile-name',
  run(context) {
    for (const profile of context.ofKind('ServiceProfile', 'linkerd.io')) {
      if (!profile.name) continue;
      const wanted = fullyQualified(profile.name, effectiveNamespace(profile));
      if (wanted === undefined) continue;
      context.report(profile, {
        code: 'SA4014',
        path: ['metadata', 'name'],
        target: 'value',
        message: `Linkerd looks ServiceProfiles up by the service's fully-qualified name; name it "${wanted}"`,
      });
    }
  },
};
