/** The Linkerd family's rule codes (SA4001-SA4099), with their levels and what each means. */
import type { RuleInfo } from '../rules.ts';

const rule = (code: string, severity: RuleInfo['severity'], title: string, summary: string): RuleInfo => ({
  code,
  severity,
  family: 'linkerd',
  title,
  summary,
});

/** Every code the Linkerd checks emit. */
export const LINKERD_RULES: readonly RuleInfo[] = [
  rule(
    'SA4001',
    'error',
    'Invalid linkerd.io/inject value',
    'The proxy injector acts only on "enabled", "disabled" and "ingress", compared exactly; any other value (true, Enabled, on) leaves the pods without the proxy you asked for.',
  ),
  rule(
    'SA4002',
    'warning',
    'Linkerd annotation set as a label',
    'linkerd.io/inject and the config.linkerd.io/* settings are read from annotations only; as labels they do nothing, so the pods are not injected or configured as intended.',
  ),
  rule(
    'SA4003',
    'warning',
    'Linkerd annotation on the workload, not its pods',
    "The injector acts on pods: on a Deployment's (StatefulSet's, DaemonSet's, Job's...) own metadata linkerd.io/inject and config.linkerd.io/* are ignored. Put them in the pod template, spec.template.metadata.annotations, or on the Namespace.",
  ),
  rule(
    'SA4004',
    'warning',
    'Unknown Linkerd config annotation',
    'Linkerd ignores config.linkerd.io/* (and config.alpha/config.beta) annotations it does not know, silently: a typo means the proxy keeps its default. Names come from the proxy configuration reference.',
  ),
  rule(
    'SA4005',
    'error',
    'Server needs exactly one selector',
    'A Server selects either pods (podSelector) or external workloads (externalWorkloadSelector), never both and never neither; the API server rejects it otherwise.',
  ),
  rule(
    'SA4006',
    'warning',
    'Policy target not found',
    'An AuthorizationPolicy targetRef, or a ServerAuthorization server name, names a Server or route that is not in the input, so the policy protects nothing; or a Server whose podSelector matches none of the workloads in its namespace. Reported only when the input has resources of that kind (Servers, workloads in that namespace), so a policy checked on its own, with its targets applied separately, is not flagged.',
  ),
  rule(
    'SA4007',
    'warning',
    'Authentication not found',
    'A requiredAuthenticationRefs entry names a MeshTLSAuthentication or NetworkAuthentication that is not in the input. Linkerd ignores an authorization when any of its authentications cannot be found, so the clients it was meant to let in get the default policy instead. Reported only when the input has authentications of that kind.',
  ),
  rule(
    'SA4008',
    'warning',
    'Route parent or backend not found',
    "An HTTPRoute's parentRef names a Server or Service, or a backendRef a Service, that is not in the input: the route attaches to nothing or sends traffic nowhere. Reported only when the input has resources of that kind.",
  ),
  rule(
    'SA4009',
    'warning',
    'Server port name not declared',
    'The Server names a port that no container of the pods it selects declares, so it applies to no port of those pods. Declare the port (containers[].ports[].name) or use its number.',
  ),
  rule(
    'SA4010',
    'warning',
    'Servers overlap on a pod port',
    'Two Servers select the same port of the same pods. Linkerd applies one Server per pod port, so the other one and the policies attached to it have no effect.',
  ),
  rule(
    'SA4011',
    'warning',
    'Invalid Linkerd config annotation value',
    'The value is not one the injector can use: a port list, a duration, a quantity, a boolean or one of a fixed set of words. Linkerd falls back to its default or refuses to inject the pod.',
  ),
  rule(
    'SA4012',
    'info',
    'Older Linkerd API version',
    'The kind is still served in this version but a newer one is current (Server policy.linkerd.io/v1beta3, HTTPRoute v1beta3, ServerAuthorization v1beta1, ServiceProfile v1alpha2); new fields appear only there.',
  ),
  rule(
    'SA4013',
    'error',
    'Field not in this API version',
    'The field exists only in a newer version of the kind (Server accessPolicy in v1beta3, externalWorkloadSelector from v1beta2, HTTPRoute timeouts in v1beta3); the API server drops or rejects it here.',
  ),
  rule(
    'SA4014',
    'warning',
    'ServiceProfile name is not a service FQDN',
    'Linkerd looks profiles up by the fully-qualified name of the service, e.g. orders.shop.svc.cluster.local; a profile named "orders" matches no traffic.',
  ),
  rule(
    'SA4015',
    'error',
    'Exactly one of two fields required',
    'A MeshTLSAuthentication needs either identities or identityRefs, and a ServerAuthorization server either a name or a selector: exactly one, as the CRD requires.',
  ),
];
