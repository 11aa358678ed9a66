/**
 * References between Linkerd resources that the input does not satisfy: policy targets (SA4006),
 * authentications (SA4007), route parents and backends (SA4008). Each is checked only when the
 * input has resources of the referenced kind, so a file checked alone is not flagged.
 */
import { closestMatch } from '../../../text/index.ts';
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { effectiveNamespace, isObject, stringAt, stringMapAt, valueAt, type Resource } from '../../resource.ts';
import { labelSelectorMatches } from '../../workloads.ts';
import type { DataPath } from '../../yaml/locate.ts';
import { lookupOf } from '../lookup.ts';
import { count } from '../words.ts';

const POLICY = 'policy.linkerd.io';
const GATEWAY = 'gateway.networking.k8s.io';

/** The kinds a reference may resolve to, by kind: the groups that define each. */
const GROUPS: Record<string, readonly string[]> = {
  Server: [POLICY],
  HTTPRoute: [POLICY, GATEWAY],
  GRPCRoute: [GATEWAY],
  MeshTLSAuthentication: [POLICY],
  NetworkAuthentication: [POLICY],
  Service: [''],
};

interface Ref {
  code: 'SA4006' | 'SA4007' | 'SA4008';
  kind: string;
  /** The group written in the reference, or undefined to accept any group that defines the kind. */
  group: string | undefined;
  name: string;
  namespace: string;
  /** Path of the reference's name. */
  path: DataPath;
}

function groupOf(kind: string, written: string | undefined): string | undefined {
  const groups = GROUPS[kind] ?? [];
  const group = written === 'core' ? '' : written;
  return group !== undefined && groups.includes(group) ? group : undefined;
}

function check(context: AnalysisContext, resource: Resource, ref: Ref): void {
  const lookup = lookupOf(context);
  if (!GROUPS[ref.kind] || !lookup.has(ref.kind, ref.group)) return;
  if (lookup.find(ref.kind, ref.namespace, ref.name, ref.group)) return;
  const hint = closestMatch(ref.name, lookup.namesIn(ref.kind, ref.namespace, ref.group));
  const elsewhere = lookup.namespacesOf(ref.kind, ref.name, ref.group);
  const other = elsewhere[0];
  const detail = hint
    ? `; did you mean "${hint}"?`
    : other === undefined
      ? ''
      : ref.code === 'SA4006'
        ? `; there is one in namespace "${other}", but a policy applies only to its own namespace`
        : `; there is one in namespace "${other}": add namespace: ${other} to the reference`;
  context.report(resource, {
    code: ref.code,
    path: ref.path,
    target: 'value',
    message: `no ${ref.kind} "${ref.name}" in namespace "${ref.namespace}" in the input${detail}`,
  });
}

/** A reference at `path` (with group, kind, name, namespace) read from the resource, with defaults. */
function refAt(
  resource: Resource,
  path: DataPath,
  code: Ref['code'],
  defaults: { kind?: string; group?: string; namespaced: boolean },
): Ref | undefined {
  const raw = valueAt(resource.value, path);
  if (!isObject(raw)) return undefined;
  const kind = typeof raw['kind'] === 'string' ? raw['kind'] : defaults.kind;
  const name = raw['name'];
  if (kind === undefined || typeof name !== 'string') return undefined;
  const written = typeof raw['group'] === 'string' ? raw['group'] : defaults.group;
  const namespace = defaults.namespaced && typeof raw['namespace'] === 'string' ? raw['namespace'] : effectiveNamespace(resource);
  return { code, kind, group: groupOf(kind, written), name, namespace, path: [...path, 'name'] };
}

const listAt = (resource: Resource, path: DataPath): unknown[] => {
  const list = valueAt(resource.value, path);
  return Array.isArray(list) ? list : [];
};

function checkAuthorizationPolicy(context: AnalysisContext, policy: Resource): void {
  const target = refAt(policy, ['spec', 'targetRef'], 'SA4006', { namespaced: false });
  if (target) check(context, policy, target);
  listAt(policy, ['spec', 'requiredAuthenticationRefs']).forEach((_, index) => {
    const ref = refAt(policy, ['spec', 'requiredAuthenticationRefs', index], 'SA4007', { namespaced: true });
    if (ref && (ref.kind === 'MeshTLSAuthentication' || ref.kind === 'NetworkAuthentication')) check(context, policy, ref);
  });
}

function checkServerAuthorization(context: AnalysisContext, authorization: Resource): void {
  const namespace = effectiveNamespace(authorization);
  const name = stringAt(authorization.value, ['spec', 'server', 'name']);
  if (name !== undefined) {
    check(context, authorization, { code: 'SA4006', kind: 'Server', group: POLICY, name, namespace, path: ['spec', 'server', 'name'] });
  }
  const selector = valueAt(authorization.value, ['spec', 'server', 'selector']);
  if (selector === undefined) return;
  const servers = lookupOf(context).inNamespace('Server', namespace, POLICY);
  if (servers.length === 0) return;
  if (servers.some((server) => labelSelectorMatches(selector, stringMapAt(server.value, ['metadata', 'labels']) ?? {}))) return;
  context.report(authorization, {
    code: 'SA4006',
    path: ['spec', 'server', 'selector'],
    message: `server.selector matches the labels of none of the ${count(servers.length, 'Server')} in namespace "${namespace}"`,
  });
}

function checkHttpRoute(context: AnalysisContext, route: Resource): void {
  listAt(route, ['spec', 'parentRefs']).forEach((_, index) => {
    // The CRD defaults a parentRef to a Gateway in policy.linkerd.io; Linkerd only acts on Servers and Services.
    const ref = refAt(route, ['spec', 'parentRefs', index], 'SA4008', { kind: 'Gateway', group: POLICY, namespaced: true });
    if (ref && (ref.kind === 'Server' || ref.kind === 'Service')) check(context, route, ref);
  });
  listAt(route, ['spec', 'rules']).forEach((_, rule) => {
    listAt(route, ['spec', 'rules', rule, 'backendRefs']).forEach((__, index) => {
      const ref = refAt(route, ['spec', 'rules', rule, 'backendRefs', index], 'SA4008', { kind: 'Service', group: '', namespaced: true });
      if (ref?.kind === 'Service') check(context, route, ref);
    });
  });
}

/** SA4006, SA4007 and SA4008: references to resources the input does not have. */
export const referencesAnalyzer: Analyzer = {
  name: 'linkerd/references',
  run(context) {
    for (const resource of context.resources) {
      if (resource.group !== POLICY) continue;
      if (resource.kind === 'AuthorizationPolicy') checkAuthorizationPolicy(context, resource);
      else if (resource.kind === 'ServerAuthorization') checkServerAuthorization(context, resource);
      else if (resource.kind === 'HTTPRoute') checkHttpRoute(context, resource);
    }
  },
};
