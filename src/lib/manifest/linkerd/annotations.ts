/**
 * The pod and namespace annotations Linkerd's proxy injector reads, and what a valid value of each
 * looks like.
 *
 * Source: the annotation table of https://linkerd.io/2/reference/proxy-configuration/ ("Proxy
 * Configuration"), which `linkerd doc` generates; read 2026-11-25 from linkerd/website
 * linkerd.io/data/cli/2-18.yaml, 2-20.yaml and 2-edge.yaml (AnnotationsReference). Names from
 * 2.18 through the current edge are all accepted, so manifests written for any of them pass.
 */

/** What a config annotation's value must look like. */
export type ValueKind =
  | 'any'
  | 'boolean'
  | 'duration'
  | 'port'
  | 'ports'
  | 'port-numbers'
  | 'cidrs'
  | 'quantity'
  | 'integer'
  | 'number'
  | 'inbound-policy'
  | 'enabled-disabled'
  | 'access-log'
  | 'log-format'
  | 'pull-policy';

/** Values of linkerd.io/inject the injector acts on. */
export const INJECT_VALUES = ['enabled', 'disabled', 'ingress'] as const;

/** The annotation that turns injection on or off. */
export const INJECT = 'linkerd.io/inject';

/** Default inbound policies (config.linkerd.io/default-inbound-policy and Server accessPolicy). */
export const INBOUND_POLICIES = [
  'all-unauthenticated',
  'all-authenticated',
  'cluster-unauthenticated',
  'cluster-authenticated',
  'deny',
  'audit',
] as const;

/** Every config annotation name, with the kind of value it takes. */
export const CONFIG_ANNOTATIONS: ReadonlyMap<string, ValueKind> = new Map<string, ValueKind>([
  ['config.linkerd.io/proxy-image', 'any'],
  ['config.linkerd.io/image-pull-policy', 'pull-policy'],
  // In the 2.18 table, gone from 2.20's: kept so manifests written for 2.18 still pass.
  ['config.linkerd.io/init-image', 'any'],
  ['config.linkerd.io/init-image-version', 'any'],
  ['config.linkerd.io/debug-image', 'any'],
  ['config.linkerd.io/debug-image-version', 'any'],
  ['config.linkerd.io/debug-image-pull-policy', 'pull-policy'],
  ['config.linkerd.io/control-port', 'port'],
  ['config.linkerd.io/skip-inbound-ports', 'port-numbers'],
  ['config.linkerd.io/opaque-ports', 'ports'],
  ['config.linkerd.io/skip-outbound-ports', 'port-numbers'],
  ['config.linkerd.io/inbound-port', 'port'],
  ['config.linkerd.io/admin-port', 'port'],
  ['config.linkerd.io/outbound-port', 'port'],
  ['config.linkerd.io/pod-inbound-ports', 'ports'],
  ['config.linkerd.io/proxy-cpu-request', 'quantity'],
  ['config.linkerd.io/proxy-cpu-limit', 'quantity'],
  ['config.linkerd.io/proxy-cpu-ratio-limit', 'number'],
  ['config.linkerd.io/proxy-memory-request', 'quantity'],
  ['config.linkerd.io/proxy-memory-limit', 'quantity'],
  ['config.linkerd.io/proxy-ephemeral-storage-request', 'quantity'],
  ['config.linkerd.io/proxy-ephemeral-storage-limit', 'quantity'],
  ['config.linkerd.io/proxy-uid', 'integer'],
  ['config.linkerd.io/proxy-gid', 'integer'],
  ['config.linkerd.io/proxy-log-level', 'any'],
  ['config.linkerd.io/proxy-log-format', 'log-format'],
  ['config.linkerd.io/access-log', 'access-log'],
  ['config.linkerd.io/enable-external-profiles', 'boolean'],
  ['config.linkerd.io/proxy-version', 'any'],
  ['config.linkerd.io/default-inbound-policy', 'inbound-policy'],
  ['config.linkerd.io/enable-debug-sidecar', 'boolean'],
  ['config.linkerd.io/proxy-outbound-connect-timeout', 'duration'],
  ['config.linkerd.io/proxy-inbound-connect-timeout', 'duration'],
  ['config.linkerd.io/proxy-outbound-discovery-cache-unused-timeout', 'duration'],
  ['config.linkerd.io/proxy-inbound-discovery-cache-unused-timeout', 'duration'],
  ['config.linkerd.io/proxy-disable-outbound-protocol-detect-timeout', 'boolean'],
  ['config.linkerd.io/proxy-disable-inbound-protocol-detect-timeout', 'boolean'],
  ['config.alpha.linkerd.io/proxy-wait-before-exit-seconds', 'integer'],
  ['config.linkerd.io/proxy-await', 'enabled-disabled'],
  ['config.linkerd.io/close-wait-timeout', 'duration'],
  ['config.linkerd.io/skip-subnets', 'cidrs'],
  ['config.linkerd.io/shutdown-grace-period', 'duration'],
  ['config.alpha.linkerd.io/proxy-enable-native-sidecar', 'boolean'],
  ['config.beta.linkerd.io/proxy-enable-native-sidecar', 'boolean'],
  ['config.linkerd.io/proxy-enable-native-sidecar', 'boolean'],
  ['config.linkerd.io/proxy-additional-env', 'any'],
  // Read by the linkerd-jaeger extension's injector, not the core one.
  ['config.linkerd.io/trace-collector', 'any'],
  ['config.alpha.linkerd.io/trace-collector-service-account', 'any'],
]);

/** Linkerd config names that are labels, not annotations: the webhooks' namespace selector reads them. */
export const CONFIG_LABELS: ReadonlySet<string> = new Set(['config.linkerd.io/admission-webhooks']);

/** The prefixes whose annotation names Linkerd owns. */
export const CONFIG_PREFIXES = ['config.linkerd.io/', 'config.alpha.linkerd.io/', 'config.beta.linkerd.io/'] as const;

/** True for a key under one of Linkerd's config prefixes. */
export function isConfigKey(key: string): boolean {
  return CONFIG_PREFIXES.some((prefix) => key.startsWith(prefix));
}
