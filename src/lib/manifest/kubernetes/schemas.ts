/** The kinds the Kubernetes family validates, and a lookup of which resources their checks apply to. */
import type { KindSchema } from '../family.ts';
import type { Resource } from '../resource.ts';
import { configMap, namespace, secret, serviceAccount } from './schema/config.ts';
import { service } from './schema/service.ts';
import { cronJob, job } from './schema/batch.ts';
import { ingress, networkPolicy } from './schema/networking.ts';
import { clusterRole, clusterRoleBinding, role, roleBinding } from './schema/rbac.ts';
import { horizontalPodAutoscaler, podDisruptionBudget } from './schema/scaling.ts';
import { persistentVolumeClaim } from './schema/volumes.ts';
import { daemonSet, deployment, pod, statefulSet } from './schema/workloads.ts';

const kind = (group: string, name: string, schema: KindSchema['schema'], namespaced = true, version = 'v1'): KindSchema => ({
  group,
  versions: [version],
  kind: name,
  namespaced,
  schema,
  codes: 'kubernetes',
  builtIn: true,
});

/** Core, apps, batch, policy, autoscaling, networking and RBAC kinds with their strict schemas. */
export const KUBERNETES_SCHEMAS: readonly KindSchema[] = [
  kind('', 'Namespace', namespace, false),
  kind('', 'Pod', pod),
  kind('', 'Service', service),
  kind('', 'ServiceAccount', serviceAccount),
  kind('', 'ConfigMap', configMap),
  kind('', 'Secret', secret),
  kind('', 'PersistentVolumeClaim', persistentVolumeClaim),
  kind('apps', 'Deployment', deployment),
  kind('apps', 'StatefulSet', statefulSet),
  kind('apps', 'DaemonSet', daemonSet),
  kind('batch', 'Job', job),
  kind('batch', 'CronJob', cronJob),
  kind('policy', 'PodDisruptionBudget', podDisruptionBudget),
  kind('autoscaling', 'HorizontalPodAutoscaler', horizontalPodAutoscaler, true, 'v2'),
  kind('networking.k8s.io', 'NetworkPolicy', networkPolicy),
  kind('networking.k8s.io', 'Ingress', ingress),
  kind('rbac.authorization.k8s.io', 'Role', role),
  kind('rbac.authorization.k8s.io', 'ClusterRole', clusterRole, false),
  kind('rbac.authorization.k8s.io', 'RoleBinding', roleBinding),
  kind('rbac.authorization.k8s.io', 'ClusterRoleBinding', clusterRoleBinding, false),
];

const BY_KIND = new Map(KUBERNETES_SCHEMAS.map((schema) => [`${schema.group}/${schema.kind}`, schema]));

/** True when the resource's group and kind are ours, whatever its version. */
export function isOurKind(resource: Resource): boolean {
  return BY_KIND.has(`${resource.group}/${resource.kind}`);
}

/** True when the resource is one of our kinds in a version we validate (checks skip the others). */
export function isValidated(resource: Resource, kinds?: readonly string[]): boolean {
  if (kinds && !kinds.includes(resource.kind)) return false;
  return BY_KIND.get(`${resource.group}/${resource.kind}`)?.versions.includes(resource.version) ?? false;
}
