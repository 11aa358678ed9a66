/**
 * Istio's resource annotations (istio.io/latest/docs/reference/config/annotations/): which kinds
 * of resource each applies to, and which are deprecated. Written from the published reference.
 */

/** What Istio documents about one annotation. */
export interface AnnotationInfo {
  /** Kinds it applies to; "Any" for every kind. */
  resources: readonly string[];
  deprecated?: string;
}

const POD = ['Pod'];
const pod = (names: string[]): [string, AnnotationInfo][] => names.map((name) => [name, { resources: POD }]);
const DEPRECATED = { resources: POD, deprecated: '' };

/** Every Istio annotation by name. */
export const ISTIO_ANNOTATIONS: ReadonlyMap<string, AnnotationInfo> = new Map<string, AnnotationInfo>([
  ...pod([
    'ambient.istio.io/bypass-inbound-capture',
    'ambient.istio.io/dns-capture',
    'ambient.istio.io/redirection',
    'inject.istio.io/templates',
    'prometheus.istio.io/merge-metrics',
    'proxy.istio.io/config',
    'proxy.istio.io/overrides',
    'readiness.status.sidecar.istio.io/applicationPorts',
    'readiness.status.sidecar.istio.io/failureThreshold',
    'readiness.status.sidecar.istio.io/initialDelaySeconds',
    'readiness.status.sidecar.istio.io/periodSeconds',
    'security.istio.io/autoMTLS',
    'sidecar.istio.io/agentLogLevel',
    'sidecar.istio.io/bootstrapOverride',
    'sidecar.istio.io/componentLogLevel',
    'sidecar.istio.io/enableCoreDump',
    'sidecar.istio.io/extraStatTags',
    'sidecar.istio.io/interceptionMode',
    'sidecar.istio.io/logLevel',
    'sidecar.istio.io/nativeSidecar',
    'sidecar.istio.io/proxyCPU',
    'sidecar.istio.io/proxyCPULimit',
    'sidecar.istio.io/proxyImage',
    'sidecar.istio.io/proxyImageType',
    'sidecar.istio.io/proxyMemory',
    'sidecar.istio.io/proxyMemoryLimit',
    'sidecar.istio.io/rewriteAppHTTPProbers',
    'sidecar.istio.io/statsCompression',
    'sidecar.istio.io/statsEvictionInterval',
    'sidecar.istio.io/statsFlushInterval',
    'sidecar.istio.io/statsHistogramBuckets',
    'sidecar.istio.io/status',
    'sidecar.istio.io/userVolume',
    'sidecar.istio.io/userVolumeMount',
    'status.sidecar.istio.io/port',
    'traffic.sidecar.istio.io/excludeInboundPorts',
    'traffic.sidecar.istio.io/excludeInterfaces',
    'traffic.sidecar.istio.io/excludeOutboundIPRanges',
    'traffic.sidecar.istio.io/excludeOutboundPorts',
    'traffic.sidecar.istio.io/includeInboundPorts',
    'traffic.sidecar.istio.io/includeOutboundIPRanges',
    'traffic.sidecar.istio.io/includeOutboundPorts',
    'traffic.sidecar.istio.io/kubevirtInterfaces',
  ]),
  ['sidecar.istio.io/inject', { resources: POD, deprecated: ' in favor of the "sidecar.istio.io/inject" label' }],
  ['sidecar.istio.io/controlPlaneAuthPolicy', DEPRECATED],
  ['sidecar.istio.io/discoveryAddress', DEPRECATED],
  ['sidecar.istio.io/statsInclusionPrefixes', DEPRECATED],
  ['sidecar.istio.io/statsInclusionRegexps', DEPRECATED],
  ['sidecar.istio.io/statsInclusionSuffixes', DEPRECATED],
  ['alpha.istio.io/identity', DEPRECATED],
  ['alpha.istio.io/canonical-serviceaccounts', { resources: ['Service'], deprecated: '' }],
  ['alpha.istio.io/kubernetes-serviceaccounts', { resources: ['Service'], deprecated: '' }],
  ['networking.istio.io/exportTo', { resources: ['Service'] }],
  ['networking.istio.io/traffic-distribution', { resources: ['Service'] }],
  ['networking.istio.io/address-type', { resources: ['Gateway'] }],
  ['networking.istio.io/service-type', { resources: ['Gateway'] }],
  ['gateway.istio.io/name-override', { resources: ['Gateway'] }],
  ['gateway.istio.io/service-account', { resources: ['Gateway'] }],
  ['gateway.istio.io/controller-version', { resources: ['Any'] }],
  ['galley.istio.io/analyze-suppress', { resources: ['Any'] }],
  ['install.operator.istio.io/chart-owner', { resources: ['Any'] }],
  ['install.operator.istio.io/owner-generation', { resources: ['Any'] }],
  ['install.operator.istio.io/version', { resources: ['Any'] }],
  ['topology.istio.io/controlPlaneClusters', { resources: ['Any'] }],
  ['istio.io/dry-run', { resources: ['AuthorizationPolicy'] }],
  ['kubernetes.io/ingress.class', { resources: ['Ingress'] }],
  ['istio.io/autoRegistrationGroup', { resources: ['WorkloadEntry'] }],
  ['istio.io/workloadController', { resources: ['WorkloadEntry'] }],
  ['istio.io/connectedAt', { resources: ['WorkloadEntry'] }],
  ['istio.io/disconnectedAt', { resources: ['WorkloadEntry'] }],
  ['networking.alpha.istio.io/serviceVersion', { resources: ['ServiceEntry'] }],
  ['networking.alpha.istio.io/endpointsVersion', { resources: ['ServiceEntry'] }],
  ['networking.alpha.istio.io/notReadyEndpoints', { resources: ['ServiceEntry'] }],
]);

/** Annotations Istio itself sets, which users do not write and analysis skips. */
export const IGNORED_ANNOTATIONS = new Set(['istio.io/rev', 'ambient.istio.io/redirection', 'sidecar.istio.io/status']);

/** Whether an annotation key is in Istio's domains (or the one Kubernetes annotation Istio documents). */
export function isIstioAnnotation(key: string): boolean {
  if (key === 'kubernetes.io/ingress.class') return true;
  const slash = key.indexOf('/');
  return slash > 0 && key.slice(0, slash).endsWith('istio.io');
}

const uint = (max: number) => (value: string) =>
  /^\d+$/.test(value) && Number(value) <= max ? undefined : `strconv.ParseUint: parsing ${JSON.stringify(value)}: invalid syntax`;
const ports = (name: string, star: boolean) => (value: string) => {
  if (star && value === '*') return undefined;
  if (value.trim() === '') return undefined;
  const bad = value.split(',').find((part) => !/^\d+$/.test(part.trim()) || Number(part.trim()) > 65535);
  return bad === undefined ? undefined : `${name} invalid: failed parsing port ${JSON.stringify(bad)}`;
};
const CIDR4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}\/(3[0-2]|[12]?\d)$/;
const CIDR6 = /^[0-9a-fA-F:]*:[0-9a-fA-F:.]*\/(12[0-8]|1[01]\d|[1-9]?\d)$/;
const cidrs = (name: string, star: boolean) => (value: string) => {
  if ((star && value === '*') || value === '') return undefined;
  const bad = value.split(',').find((part) => !CIDR4.test(part) && !CIDR6.test(part));
  return bad === undefined ? undefined : `${name} invalid: failed parsing cidr '${bad}'`;
};

/** Checks of annotation values, as the injector makes them; each returns the problem or undefined. */
export const ANNOTATION_VALUES: ReadonlyMap<string, (value: string) => string | undefined> = new Map([
  [
    'sidecar.istio.io/interceptionMode',
    (v: string) => (['REDIRECT', 'TPROXY', 'NONE'].includes(v) ? undefined : `interceptionMode invalid, use REDIRECT,TPROXY,NONE: ${v}`),
  ],
  [
    'status.sidecar.istio.io/port',
    (v: string) => (uint(65535)(v.trim()) ? `excludeInboundPorts invalid: failed parsing port '${v}'` : undefined),
  ],
  ['readiness.status.sidecar.istio.io/initialDelaySeconds', uint(4294967295)],
  ['readiness.status.sidecar.istio.io/periodSeconds', uint(4294967295)],
  ['readiness.status.sidecar.istio.io/failureThreshold', uint(4294967295)],
  ['traffic.sidecar.istio.io/includeOutboundIPRanges', cidrs('includeIPRanges', true)],
  ['traffic.sidecar.istio.io/excludeOutboundIPRanges', cidrs('excludeIPRanges', false)],
  ['traffic.sidecar.istio.io/includeInboundPorts', ports('includeInboundPorts', true)],
  ['traffic.sidecar.istio.io/excludeInboundPorts', ports('excludeInboundPorts', false)],
  ['traffic.sidecar.istio.io/excludeOutboundPorts', ports('excludeOutboundPorts', false)],
  [
    'prometheus.istio.io/merge-metrics',
    (v: string) =>
      ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].includes(v)
        ? undefined
        : `strconv.ParseBool: parsing ${JSON.stringify(v)}: invalid syntax`,
  ],
]);
