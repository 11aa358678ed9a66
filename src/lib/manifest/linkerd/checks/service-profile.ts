/**
 * Checks of ServiceProfile names (SA4014). Linkerd looks a profile up by the FQDN of the request's
 * authority, so a profile for a cluster Service must be named `<svc>.<ns>.svc.<cluster-domain>`.
 * Profiles for services outside the cluster (with `config.linkerd.io/enable-external-profiles`)
 * are named by the external host's FQDN, so only names that look like a cluster Service's are
 * checked: one or two labels ("orders", "orders.shop"), or names with a `svc` label.
 */
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace } from '../../resource.ts';

const CLUSTER_DOMAIN = 'cluster.local';

// Top-level domains of external hosts a two-label profile name is likely to end in ("stripe.com").
// A namespace of the input with the same name wins: "orders.dev" is then the Service in "dev".
const PUBLIC_SUFFIXES = new Set(
  [
    'com org net io dev app ai co cloud tech info biz me',
    'us uk de fr eu nl ch se no fi dk es it pl cz at be jp cn in au ca br ru sh so to tv gg ly',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The FQDN a profile name most likely means, or undefined when the name is already one or names
 * no cluster Service. `namespaces` are the namespaces the input knows, which a second label may name.
 */
export function fullyQualified(name: string, namespace: string, namespaces: ReadonlySet<string> = new Set()): string | undefined {
  const labels = name.split('.');
  if (labels.some((label) => label === '')) return undefined;
  // From the second label on: a Service may itself be called "svc".
  const svc = labels.indexOf('svc', 1);
  if (svc < 0) {
    if (labels.length === 1) return `${name}.${namespace}.svc.${CLUSTER_DOMAIN}`;
    const [service, second = ''] = labels;
    if (labels.length > 2 || (PUBLIC_SUFFIXES.has(second) && !namespaces.has(second))) return undefined;
    return `${service}.${second}.svc.${CLUSTER_DOMAIN}`;
  }
  // "<svc>.<ns>.svc" lacks the cluster domain; "<svc>.svc..." lacks the namespace.
  const domain = labels.slice(svc + 1).join('.') || CLUSTER_DOMAIN;
  if (svc === 2 && labels.length === 3) return `${name}.${CLUSTER_DOMAIN}`;
  if (svc === 1) return `${labels[0]}.${namespace}.svc.${domain}`;
  return undefined;
}

/** SA4014: a ServiceProfile named after a cluster Service but not by its fully-qualified name. */
export const serviceProfileAnalyzer: Analyzer = {
  name: 'linkerd/service-profile-name',
  run(context) {
    const profiles = context.ofKind('ServiceProfile', 'linkerd.io');
    if (profiles.length === 0) return;
    const namespaces = new Set([...context.ofKind('Namespace', '').map((ns) => ns.name), ...context.resources.map(effectiveNamespace)]);
    for (const profile of profiles) {
      if (!profile.name) continue;
      const wanted = fullyQualified(profile.name, effectiveNamespace(profile), namespaces);
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
