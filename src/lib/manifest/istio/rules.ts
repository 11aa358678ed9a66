/**
 * The Istio family's codes: istioctl analyze's (ISTxxxx, with upstream's levels) and ours
 * (SA6001-SA6099) for checks istioctl does not make.
 */
import type { RuleInfo } from '../rules.ts';
import type { Severity } from '../types.ts';

const rule = (code: string, severity: Severity, title: string, summary: string): RuleInfo => ({
  code,
  severity,
  family: 'istio',
  title,
  summary,
});

/** Every code the Istio family emits. */
export const ISTIO_RULES: readonly RuleInfo[] = [
  rule(
    'IST0101',
    'error',
    'Referenced resource not found',
    'A VirtualService, DestinationRule, Sidecar or AuthorizationPolicy names a host, subset, port, gateway, selector or namespace that the input does not define, so the traffic it describes has nowhere to go (usually a 503 or a rule that is silently ignored). Hosts are only checked when the input defines Services or ServiceEntries.',
  ),
  rule(
    'IST0102',
    'info',
    'Namespace not enabled for injection',
    'The namespace has neither istio-injection nor istio.io/rev (nor ambient), so pods created in it get no Istio proxy and stay outside the mesh.',
  ),
  rule(
    'IST0103',
    'warning',
    'Pod missing the Istio proxy',
    'The pod runs in a namespace labelled for injection but has no istio-proxy container: it was probably created before the label was set, and needs restarting to join the mesh.',
  ),
  rule(
    'IST0106',
    'error',
    'Schema validation error',
    'The Istio resource does not match its API: an unknown or misspelled field, a wrong type, an enum value Istio does not know, or a combination Istio rejects. The API server or istiod refuses it.',
  ),
  rule(
    'IST0107',
    'warning',
    'Misplaced annotation',
    'An Istio annotation sits on a kind of resource that does not read it (a pod annotation on a Deployment instead of its pod template, for example), so it has no effect.',
  ),
  rule(
    'IST0108',
    'warning',
    'Unknown annotation',
    'An annotation in an istio.io domain that Istio does not define: usually a typo, and then the setting it meant to change is silently left at its default.',
  ),
  rule(
    'IST0110',
    'error',
    'Conflicting Sidecar workload selectors',
    'Several Sidecar resources select the same workload; which one its proxy uses is undefined.',
  ),
  rule(
    'IST0111',
    'error',
    'Several Sidecars without a workload selector',
    'A namespace may have only one default Sidecar (one without workloadSelector); with more, which one applies is undefined.',
  ),
  rule(
    'IST0112',
    'error',
    'Destination port selector required',
    'The route sends traffic to a service that exposes several ports without saying which one, so Istio cannot tell where to send it.',
  ),
  rule(
    'IST0116',
    'warning',
    'Deployment associated to multiple services with different protocols',
    "The deployment's pods are selected by several Services that use the same port with different protocols; the proxy can only treat that port one way.",
  ),
  rule(
    'IST0118',
    'info',
    'Port name not following the naming convention',
    'Istio reads the protocol of a Service port from its name (http, http2, grpc, tcp, tls... optionally followed by -suffix) or its appProtocol; otherwise it has to sniff the protocol, which is slower and can misjudge server-first protocols.',
  ),
  rule(
    'IST0123',
    'warning',
    'Namespace with multiple injection labels',
    'The namespace carries more than one of istio-injection, istio.io/rev and istio.io/dataplane-mode; which data plane its pods get is undefined.',
  ),
  rule(
    'IST0125',
    'warning',
    'Invalid annotation',
    'The value of an Istio annotation is not one it accepts (a number, port list, CIDR list or mode), so sidecar injection fails or ignores it.',
  ),
  rule(
    'IST0127',
    'warning',
    'No matching workloads',
    "A policy's selector (or, for a namespace-wide AuthorizationPolicy, its namespace) matches no workload in the mesh, so the policy protects nothing. Only checked when the input defines workloads.",
  ),
  rule(
    'IST0128',
    'warning',
    'No server certificate verification (destination)',
    'The DestinationRule originates SIMPLE or MUTUAL TLS without caCertificates, so the proxy accepts any server certificate and a man in the middle goes unnoticed.',
  ),
  rule(
    'IST0129',
    'warning',
    'No server certificate verification (port)',
    'A port-level TLS setting uses SIMPLE or MUTUAL mode without caCertificates, so the server certificate on that port is not verified.',
  ),
  rule(
    'IST0130',
    'warning',
    'VirtualService rule unreachable',
    'A route can never be chosen because an earlier route without matches, or earlier matches, catch all its traffic first.',
  ),
  rule(
    'IST0131',
    'info',
    'VirtualService ineffective match',
    'A match repeats (or is covered by the prefix of) a match of an earlier route, so this one never applies.',
  ),
  rule(
    'IST0132',
    'warning',
    'VirtualService host not found in Gateway',
    'The VirtualService is bound to a Gateway that serves none of its hosts, so no request through that Gateway reaches it.',
  ),
  rule(
    'IST0134',
    'warning',
    'ServiceEntry addresses required',
    'A ServiceEntry port with TCP (or no) protocol and no addresses cannot be told apart from other TCP traffic on that port, so it may capture or miss traffic.',
  ),
  rule(
    'IST0135',
    'info',
    'Deprecated annotation',
    'The annotation still works but is deprecated and may stop working in a future Istio release.',
  ),
  rule(
    'IST0137',
    'warning',
    'Deployment with conflicting Service ports',
    'Two Services select the same pods with the same targetPort but different ports; Istio needs them to agree.',
  ),
  rule(
    'IST0144',
    'warning',
    'Application UID 1337',
    "User ID 1337 is reserved for the sidecar proxy: an application running as 1337 bypasses the proxy's traffic capture.",
  ),
  rule(
    'IST0145',
    'error',
    'Conflicting gateways',
    'Two Gateways select the same gateway pods on the same port with overlapping hosts; only one of them can own those hosts.',
  ),
  rule(
    'IST0146',
    'warning',
    'image: auto without injection (Deployment)',
    'A container named istio-proxy with image: auto is filled in by the injector; if nothing injects these pods, the image stays "auto" and the pod fails to pull it.',
  ),
  rule(
    'IST0147',
    'error',
    'image: auto without injection (Pod)',
    'A pod with image: auto for istio-proxy that the injector does not handle cannot start: "auto" is not a real image.',
  ),
  rule(
    'IST0150',
    'warning',
    'Invalid port name for an ExternalName service',
    'The proxy may block tcp-named ports and unmatched traffic of ExternalName services; name the port after its real protocol.',
  ),
  rule(
    'IST0173',
    'error',
    'DestinationRule subset selects no pods',
    "A subset's labels match none of the destination's pods, so requests routed to it fail with 503 UH (no healthy upstream). Checked only when the input holds the destination's pods; a subset nothing routes to yet is a warning.",
  ),
  rule(
    'IST0174',
    'warning',
    'Unknown DestinationRule host',
    'The host of the DestinationRule matches no Service or ServiceEntry visible from its namespace (often a typo or a missing namespace), so its policies apply to nothing. Only checked when the input defines Services or ServiceEntries.',
  ),
  rule(
    'SA6001',
    'info',
    'Older Istio API version',
    'networking.istio.io and security.istio.io v1 are the current versions; v1beta1 and v1alpha3 are still served with the same fields, but new manifests should use v1.',
  ),
  rule(
    'SA6002',
    'info',
    'Route weights do not add up to 100',
    'Istio splits traffic in proportion to the weights, so weights that do not add up to 100 still work, but they usually mean a typo: 80 and 10 send 89% and 11%, not 80% and 10%.',
  ),
  rule(
    'SA6003',
    'warning',
    'perTryTimeout not shorter than the route timeout',
    'The route timeout covers all attempts; when a single attempt may last as long as the whole timeout, no retry ever happens.',
  ),
  rule(
    'SA6004',
    'warning',
    'Several DestinationRules for one host',
    "Istio merges DestinationRules for the same host in one namespace, but only the first one's traffic policy applies and duplicate subsets are dropped; keep one DestinationRule per host.",
  ),
];
