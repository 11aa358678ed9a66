/**
 * The kinds the API server (with the CRDs of Istio, Linkerd and the Gateway API) serves, by API
 * group, and the API versions Kubernetes removed. With them an unvalidated kind can be told apart:
 * a removed version of a known kind (SA1009), a known kind in the wrong group (SA1009), a misspelt
 * kind in a known group (SA1012), or a kind the validator simply does not know, such as a CRD (SA1008).
 */
import { closestMatch } from '../text/index.ts';

/** A group's current version and its kinds; "Kind@version" for a kind served under another version. */
const GROUPS: Record<string, { current: string; kinds: string }> = {
  '': {
    current: 'v1',
    kinds:
      'Binding ComponentStatus ConfigMap Endpoints Event LimitRange List Namespace Node PersistentVolume PersistentVolumeClaim Pod PodTemplate ReplicationController ResourceQuota Secret Service ServiceAccount',
  },
  apps: { current: 'v1', kinds: 'ControllerRevision DaemonSet Deployment ReplicaSet StatefulSet' },
  batch: { current: 'v1', kinds: 'CronJob Job' },
  autoscaling: { current: 'v2', kinds: 'HorizontalPodAutoscaler' },
  policy: { current: 'v1', kinds: 'PodDisruptionBudget' },
  'networking.k8s.io': { current: 'v1', kinds: 'Ingress IngressClass IPAddress NetworkPolicy ServiceCIDR' },
  'rbac.authorization.k8s.io': { current: 'v1', kinds: 'ClusterRole ClusterRoleBinding Role RoleBinding' },
  'storage.k8s.io': { current: 'v1', kinds: 'CSIDriver CSINode CSIStorageCapacity StorageClass VolumeAttachment VolumeAttributesClass' },
  'scheduling.k8s.io': { current: 'v1', kinds: 'PriorityClass' },
  'coordination.k8s.io': { current: 'v1', kinds: 'Lease' },
  'discovery.k8s.io': { current: 'v1', kinds: 'EndpointSlice' },
  'events.k8s.io': { current: 'v1', kinds: 'Event' },
  'node.k8s.io': { current: 'v1', kinds: 'RuntimeClass' },
  'certificates.k8s.io': { current: 'v1', kinds: 'CertificateSigningRequest' },
  'admissionregistration.k8s.io': {
    current: 'v1',
    kinds: 'MutatingWebhookConfiguration ValidatingAdmissionPolicy ValidatingAdmissionPolicyBinding ValidatingWebhookConfiguration',
  },
  'apiextensions.k8s.io': { current: 'v1', kinds: 'CustomResourceDefinition' },
  'apiregistration.k8s.io': { current: 'v1', kinds: 'APIService' },
  'networking.istio.io': {
    current: 'v1',
    kinds:
      'DestinationRule EnvoyFilter@v1alpha3 Gateway ProxyConfig@v1beta1 ServiceEntry Sidecar VirtualService WorkloadEntry WorkloadGroup',
  },
  'security.istio.io': { current: 'v1', kinds: 'AuthorizationPolicy PeerAuthentication RequestAuthentication' },
  'telemetry.istio.io': { current: 'v1', kinds: 'Telemetry' },
  'extensions.istio.io': { current: 'v1alpha1', kinds: 'WasmPlugin' },
  'policy.linkerd.io': {
    current: 'v1beta3',
    kinds:
      'AuthorizationPolicy@v1alpha1 EgressNetwork@v1alpha1 HTTPLocalRateLimitPolicy@v1alpha1 HTTPRoute@v1beta3 MeshTLSAuthentication@v1alpha1 NetworkAuthentication@v1alpha1 Server ServerAuthorization@v1beta1 UnmeshedNetwork@v1alpha1',
  },
  'linkerd.io': { current: 'v1alpha2', kinds: 'ServiceProfile' },
  // Gateway API v1.5.1: the standard channel's kinds, and the experimental-only routes TCPRoute and
  // UDPRoute (served once the experimental CRDs are installed; not checked).
  'gateway.networking.k8s.io': {
    current: 'v1',
    kinds:
      'BackendTLSPolicy GRPCRoute Gateway GatewayClass HTTPRoute ListenerSet ReferenceGrant TCPRoute@v1alpha2 TLSRoute UDPRoute@v1alpha2',
  },
  'workload.linkerd.io': { current: 'v1beta1', kinds: 'ExternalWorkload' },
};

/**
 * apiVersions Kubernetes no longer serves: the release that removed them and where each kind went
 * ("" for a kind removed without a successor; "apiVersion@release" where a kind went later).
 */
const REMOVED: Record<string, { release: string; kinds: Record<string, string> }> = {
  'extensions/v1beta1': {
    release: '1.16',
    kinds: {
      Deployment: 'apps/v1',
      DaemonSet: 'apps/v1',
      ReplicaSet: 'apps/v1',
      NetworkPolicy: 'networking.k8s.io/v1',
      Ingress: 'networking.k8s.io/v1@1.22',
      PodSecurityPolicy: '',
    },
  },
  'apps/v1beta1': { release: '1.16', kinds: { Deployment: 'apps/v1', StatefulSet: 'apps/v1', ControllerRevision: 'apps/v1' } },
  'apps/v1beta2': {
    release: '1.16',
    kinds: { Deployment: 'apps/v1', StatefulSet: 'apps/v1', DaemonSet: 'apps/v1', ReplicaSet: 'apps/v1', ControllerRevision: 'apps/v1' },
  },
  'networking.k8s.io/v1beta1': { release: '1.22', kinds: { Ingress: 'networking.k8s.io/v1', IngressClass: 'networking.k8s.io/v1' } },
  'batch/v1beta1': { release: '1.25', kinds: { CronJob: 'batch/v1' } },
  'policy/v1beta1': { release: '1.25', kinds: { PodDisruptionBudget: 'policy/v1', PodSecurityPolicy: '' } },
  'autoscaling/v2beta1': { release: '1.25', kinds: { HorizontalPodAutoscaler: 'autoscaling/v2' } },
  'autoscaling/v2beta2': { release: '1.26', kinds: { HorizontalPodAutoscaler: 'autoscaling/v2' } },
  'rbac.authorization.k8s.io/v1beta1': {
    release: '1.22',
    kinds: Object.fromEntries(['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'].map((k) => [k, 'rbac.authorization.k8s.io/v1'])),
  },
  'apiextensions.k8s.io/v1beta1': { release: '1.22', kinds: { CustomResourceDefinition: 'apiextensions.k8s.io/v1' } },
  'admissionregistration.k8s.io/v1beta1': {
    release: '1.22',
    kinds: {
      MutatingWebhookConfiguration: 'admissionregistration.k8s.io/v1',
      ValidatingWebhookConfiguration: 'admissionregistration.k8s.io/v1',
    },
  },
  'scheduling.k8s.io/v1beta1': { release: '1.22', kinds: { PriorityClass: 'scheduling.k8s.io/v1' } },
  'storage.k8s.io/v1beta1': {
    release: '1.22',
    kinds: {
      ...Object.fromEntries(['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'].map((k) => [k, 'storage.k8s.io/v1'])),
      CSIStorageCapacity: 'storage.k8s.io/v1@1.27',
    },
  },
  'discovery.k8s.io/v1beta1': { release: '1.25', kinds: { EndpointSlice: 'discovery.k8s.io/v1' } },
  'events.k8s.io/v1beta1': { release: '1.25', kinds: { Event: 'events.k8s.io/v1' } },
  'node.k8s.io/v1beta1': { release: '1.25', kinds: { RuntimeClass: 'node.k8s.io/v1' } },
  'coordination.k8s.io/v1beta1': { release: '1.22', kinds: { Lease: 'coordination.k8s.io/v1' } },
  'certificates.k8s.io/v1beta1': { release: '1.22', kinds: { CertificateSigningRequest: 'certificates.k8s.io/v1' } },
};

/** The current apiVersion of every kind, by group and kind. */
const KINDS = new Map<string, Map<string, string>>(
  Object.entries(GROUPS).map(([group, { current, kinds }]) => [
    group,
    new Map(
      kinds.split(' ').map((entry) => {
        const [kind = '', version = current] = entry.split('@');
        return [kind, group ? `${group}/${version}` : version];
      }),
    ),
  ]),
);

/** What is wrong with a group, version and kind the validator has no schema for. */
export type KindProblem =
  | { problem: 'removed'; release: string; replacement: string }
  | { problem: 'wrong-group'; replacements: string[] }
  | { problem: 'misspelt'; suggestion: string; apiVersion: string }
  | { problem: 'unknown' };

/** The current apiVersion of a kind in a group, when the catalog knows it ("apps", "Deployment" -> "apps/v1"). */
export function currentApiVersion(group: string, kind: string): string | undefined {
  return KINDS.get(group)?.get(kind);
}

/**
 * Why `apiVersion`/`kind` is not served, as far as the catalog tells: a removed version, a kind of
 * another group written in a known group, a near miss of a kind of the group, or not known at all.
 */
export function kindProblem(apiVersion: string, group: string, kind: string): KindProblem {
  const removed = REMOVED[apiVersion];
  const moved = removed?.kinds[kind];
  if (removed && moved !== undefined) {
    const [replacement = '', release = removed.release] = moved.split('@');
    return { problem: 'removed', release, replacement };
  }
  const kinds = KINDS.get(group);
  // Outside the known groups anything may be a CRD; inside one, the API server knows every kind.
  if (!kinds || kinds.has(kind)) return { problem: 'unknown' };
  const replacements = [...KINDS.values()].flatMap((other) => other.get(kind) ?? []);
  if (replacements.length > 0) return { problem: 'wrong-group', replacements };
  const suggestion = closestMatch(kind, kinds.keys());
  if (suggestion) return { problem: 'misspelt', suggestion, apiVersion: kinds.get(suggestion) ?? apiVersion };
  return { problem: 'unknown' };
}
