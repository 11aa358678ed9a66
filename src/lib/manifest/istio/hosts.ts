/**
 * Host names the way Istio resolves them: short names are relative to the namespace of the
 * resource that writes them, wildcards match by suffix, and a service is visible only in the
 * namespaces it is exported to.
 */

/** Kubernetes' cluster-local domain for Services. */
export const CLUSTER_DOMAIN = 'svc.cluster.local';

const FQDN = /^(.+)\.(.+)\.svc\.cluster\.local$/;

/** A host as an FQDN: "reviews" written in namespace "shop" is "reviews.shop.svc.cluster.local"; FQDNs and wildcards stay. */
export function toFqdn(host: string, namespace: string): string {
  return host.startsWith('*') || host.includes('.') ? host : `${host}.${namespace}.${CLUSTER_DOMAIN}`;
}

/** The name and namespace of a cluster-local FQDN, or undefined for other hosts. */
export function parseFqdn(host: string): { name: string; namespace: string } | undefined {
  const match = FQDN.exec(host);
  return match ? { name: match[1] ?? '', namespace: match[2] ?? '' } : undefined;
}

/** Istio's host.Name.Matches: equal, or one side a wildcard whose suffix the other ends with. */
export function hostsMatch(a: string, b: string): boolean {
  const aWild = a.startsWith('*');
  const bWild = b.startsWith('*');
  if (aWild && bWild) return a.length < b.length ? b.slice(1).endsWith(a.slice(1)) : a.slice(1).endsWith(b.slice(1));
  if (aWild) return b.endsWith(a.slice(1));
  if (bWild) return a.endsWith(b.slice(1));
  return a === b;
}

/** The namespaces (or "*") a Service's `networking.istio.io/exportTo` annotation makes it visible in. */
export function serviceScopes(annotation: string | undefined, namespace: string): string[] {
  if (!annotation) return ['*'];
  return annotation
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean)
    .map((scope) => (scope === '.' ? namespace : scope));
}

/** The scopes of a ServiceEntry's or DestinationRule's `exportTo` list. */
export function exportScopes(exportTo: readonly string[], namespace: string): string[] {
  if (exportTo.length === 0 || exportTo.includes('*')) return ['*'];
  return exportTo.map((scope) => (scope === '.' ? namespace : scope));
}

/** Whether something exported to `scopes` is visible from `namespace`. */
export function visibleFrom(scopes: readonly string[], namespace: string): boolean {
  return scopes.includes('*') || scopes.includes(namespace);
}

/** A registry of hosts (Services and ServiceEntries) keyed by "scope/fqdn", as istioctl builds it. */
export class HostRegistry<T> {
  readonly #exact = new Map<string, T>();
  readonly #wildcards: { scope: string; host: string; entry: T }[] = [];

  /** Makes `host` (already an FQDN or wildcard) visible in `scope` ("*" for every namespace). */
  add(scope: string, host: string, entry: T): void {
    this.#exact.set(`${scope}/${host}`, entry);
    if (host.startsWith('*')) this.#wildcards.push({ scope, host, entry });
  }

  /**
   * What `host`, written in a resource of `namespace` with that resource's `exportTo`, resolves to
   * (istioctl's GetDestinationHost): entries for every namespace, then the resource's own export
   * scopes, then wildcard entries visible from the namespace.
   */
  resolve(host: string, namespace: string, exportTo: readonly string[] = []): T | undefined {
    const fqdn = toFqdn(host, namespace);
    const all = this.#exact.get(`*/${fqdn}`);
    if (all) return all;
    const scopes = exportTo.length === 0 ? [namespace] : exportTo.map((scope) => (scope === '.' ? namespace : scope));
    for (const scope of scopes) {
      const found = this.#exact.get(`${scope}/${fqdn}`);
      if (found) return found;
    }
    const bare = host.startsWith('*') ? host.slice(1) : host;
    for (const wildcard of this.#wildcards) {
      if (wildcard.scope !== '*' && wildcard.scope !== namespace) continue;
      if (bare.endsWith(wildcard.host.slice(1))) return wildcard.entry;
    }
    return undefined;
  }
}
