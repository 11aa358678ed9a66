/**
 * rbac.authorization.k8s.io/v1 Role, ClusterRole, RoleBinding and ClusterRoleBinding, with the API
 * server's validation rules (Kubernetes pkg/apis/rbac/validation) as messages that say the fix.
 */
import * as z from 'zod';
import { dnsSubdomain, documentOf, missingField } from '../../schema/formats.ts';
import { choice, labelSelector, metadata, opt } from './formats.ts';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Role and binding names are path segments, not DNS names: "system:metrics-reader" is fine. */
const rbacName = z
  .string()
  .min(1, 'must not be empty')
  .refine((name) => name !== '.' && name !== '..', { message: 'may not be "." or ".."' })
  .refine((name) => !/[/%]/.test(name), { message: 'may not contain "/" or "%"' });

const strings = opt(z.array(z.string()));

/** One PolicyRule; `namespaced` is true in a Role, where non-resource URLs mean nothing. */
function policyRule(namespaced: boolean) {
  return z
    .object({
      apiGroups: strings,
      resources: strings,
      resourceNames: strings,
      nonResourceURLs: strings,
      verbs: z.array(z.string()),
    })
    .strict()
    .superRefine((rule, ctx) => {
      if (rule.verbs.length === 0)
        ctx.addIssue({ code: 'custom', path: ['verbs'], message: 'must list at least one verb, such as get, list or watch' });
      const urls = rule.nonResourceURLs ?? [];
      if (urls.length > 0) {
        if (namespaced)
          ctx.addIssue({
            code: 'custom',
            path: ['nonResourceURLs'],
            message: 'a Role is namespaced and cannot grant non-resource URLs such as /metrics: use a ClusterRole and ClusterRoleBinding',
          });
        if ((rule.apiGroups ?? []).length + (rule.resources ?? []).length + (rule.resourceNames ?? []).length > 0)
          ctx.addIssue({
            code: 'custom',
            path: ['nonResourceURLs'],
            message: 'a rule cannot grant both resources and non-resource URLs: split it into two rules',
          });
        return;
      }
      // The most common slip: leaving out apiGroups for core resources, which the API server refuses.
      if ((rule.apiGroups ?? []).length === 0)
        missingField(
          ctx,
          'apiGroups',
          ': a resource rule needs at least one API group; write [""] for the core group (pods, services, secrets)',
        );
      if ((rule.resources ?? []).length === 0) missingField(ctx, 'resources', ': a resource rule needs at least one resource');
    });
}

/** A binding's subject: a ServiceAccount (core group), or a User or Group (the RBAC group, which v1 fills in). */
function subject(namespaced: boolean) {
  return z
    .object({
      kind: choice(['ServiceAccount', 'User', 'Group']),
      apiGroup: opt(z.string()),
      name: z.string().min(1, 'must not be empty'),
      namespace: opt(z.string()),
    })
    .strict()
    .superRefine((s, ctx) => {
      if (s.kind === 'ServiceAccount') {
        const name = dnsSubdomain.safeParse(s.name);
        if (!name.success)
          ctx.addIssue({
            code: 'custom',
            path: ['name'],
            message: `a ServiceAccount name ${name.error.issues[0]?.message ?? 'is invalid'}`,
          });
        if (s.apiGroup)
          ctx.addIssue({ code: 'custom', path: ['apiGroup'], message: 'must be empty for a ServiceAccount (the core group): remove it' });
        if (!namespaced && !s.namespace)
          missingField(ctx, 'namespace', ': a ClusterRoleBinding must say which namespace the ServiceAccount lives in');
      } else if (s.apiGroup != null && s.apiGroup !== RBAC_GROUP) {
        ctx.addIssue({ code: 'custom', path: ['apiGroup'], message: `must be ${RBAC_GROUP} for a ${s.kind} (or left out)` });
      }
    });
}

/** roleRef: which role the binding grants; a ClusterRoleBinding can only grant a ClusterRole. */
function roleRef(kinds: readonly [string, ...string[]]) {
  return z
    .object({
      apiGroup: z.literal(RBAC_GROUP, { error: `must be ${RBAC_GROUP}` }),
      kind:
        kinds.length === 1
          ? z.literal(kinds[0], { error: `must be ${kinds[0]}: a ClusterRoleBinding cannot grant a namespaced Role` })
          : choice(kinds),
      name: rbacName,
    })
    .strict();
}

/** rbac.authorization.k8s.io/v1 Role: rules within one namespace. */
export const role = documentOf([`${RBAC_GROUP}/v1`], 'Role', {
  metadata: metadata({ name: rbacName }),
  rules: opt(z.array(policyRule(true))),
});

/** rbac.authorization.k8s.io/v1 ClusterRole: rules across the cluster, or aggregated from other ClusterRoles. */
export const clusterRole = documentOf([`${RBAC_GROUP}/v1`], 'ClusterRole', {
  metadata: metadata({ name: rbacName, namespaced: false }),
  rules: opt(z.array(policyRule(false))),
  aggregationRule: opt(
    z
      .object({
        clusterRoleSelectors: z.array(labelSelector).min(1, 'needs at least one selector when aggregationRule is set'),
      })
      .strict(),
  ),
});

/** rbac.authorization.k8s.io/v1 RoleBinding: grants a Role or ClusterRole within its namespace. */
export const roleBinding = documentOf([`${RBAC_GROUP}/v1`], 'RoleBinding', {
  metadata: metadata({ name: rbacName }),
  subjects: opt(z.array(subject(true))),
  roleRef: roleRef(['Role', 'ClusterRole']),
});

/** rbac.authorization.k8s.io/v1 ClusterRoleBinding: grants a ClusterRole everywhere. */
export const clusterRoleBinding = documentOf([`${RBAC_GROUP}/v1`], 'ClusterRoleBinding', {
  metadata: metadata({ name: rbacName, namespaced: false }),
  subjects: opt(z.array(subject(false))),
  roleRef: roleRef(['ClusterRole']),
});
