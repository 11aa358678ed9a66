/** The workload checks' codes (SA3001-SA3099), with their levels and what each means in a mesh. */
import type { RuleInfo } from '../rules.ts';

/** Every code the Kubernetes family's checks emit besides the schema codes (SA2001-SA2004). */
export const KUBERNETES_RULES: readonly RuleInfo[] = [
  {
    code: 'SA3001',
    severity: 'error',
    family: 'workload',
    title: 'Workload without a selector',
    summary:
      'apps/v1 Deployments, StatefulSets and DaemonSets must say which pods they own in spec.selector, and the API server rejects them without one. Copy the pod template labels into spec.selector.matchLabels; mesh policies and Services select the same labels.',
  },
  {
    code: 'SA3002',
    severity: 'error',
    family: 'workload',
    title: 'Empty workload selector',
    summary:
      'A selector with neither matchLabels nor matchExpressions would select every pod in the namespace, so apps/v1 rejects it. List the labels that identify this workload’s pods.',
  },
  {
    code: 'SA3003',
    severity: 'error',
    family: 'workload',
    title: 'Selector does not match the pod template',
    summary:
      'The API server rejects a workload whose spec.selector does not select the labels of its own pod template: the controller could never find the pods it creates.',
  },
  {
    code: 'SA3004',
    severity: 'warning',
    family: 'workload',
    title: 'Service selects no workload',
    summary:
      'No workload in the input, in the Service’s namespace, has pods with all the labels of its selector, so the Service has no endpoints and callers get connection errors. In a mesh the proxy has no endpoint to route to either.',
  },
  {
    code: 'SA3005',
    severity: 'warning',
    family: 'workload',
    title: 'Service targetPort not exposed by its pods',
    summary:
      'The Service sends traffic to a port (or a port name) that no container of the selected pods declares. A named targetPort that matches no container port leaves the Service without endpoints; a number usually means a typo.',
  },
  {
    code: 'SA3006',
    severity: 'warning',
    family: 'workload',
    title: 'Image without a pinned tag',
    summary:
      'An image without a tag, or tagged latest, can change under a running workload: replicas end up on different builds and a rollback does not roll back. Pin a version tag or a digest.',
  },
  {
    code: 'SA3007',
    severity: 'warning',
    family: 'workload',
    title: 'Missing readiness or liveness probe',
    summary:
      'Without a readinessProbe, traffic reaches the container before it can serve; without a livenessProbe, a hung process is never restarted. In a mesh the sidecar only routes to ready pods, so readiness matters twice.',
  },
  {
    code: 'SA3008',
    severity: 'warning',
    family: 'workload',
    title: 'Missing resource requests or memory limit',
    summary:
      'Without requests the scheduler cannot place the pod sensibly; without a memory limit one leaking container can starve its neighbours on the node. In a mesh the sidecar’s requests add to every pod, so size the app and the proxy together.',
  },
  {
    code: 'SA3009',
    severity: 'warning',
    family: 'workload',
    title: 'Container may run as root',
    summary:
      'Without runAsNonRoot: true or a non-zero runAsUser, the container runs as whatever user its image says, often root; a compromise then gets root in the container. Mesh proxies run as a fixed non-root user; the app should too.',
  },
  {
    code: 'SA3010',
    severity: 'warning',
    family: 'workload',
    title: 'Two containers of a pod claim the same port',
    summary:
      'Containers in a pod share one network namespace, so only one process can listen on a port; the second fails to bind at start-up. Sidecars (log shippers, proxies, exporters) must pick ports the app does not use.',
  },
];
