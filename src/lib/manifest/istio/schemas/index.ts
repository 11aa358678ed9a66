/** The Istio kinds the validator checks, with the versions each is served under (current first). */
import * as z from 'zod';
import type { KindSchema } from '../../family.ts';
import { documentOf } from '../../schema/formats.ts';
import { apiVersions } from './common.ts';
import { destinationRuleSpec } from './destination-rule.ts';
import { envoyFilterSpec } from './envoy-filter.ts';
import { gatewaySpec } from './gateway.ts';
import { proxyConfigSpec } from './proxy-config.ts';
import { authorizationPolicySpec, peerAuthenticationSpec, requestAuthenticationSpec } from './security.ts';
import { serviceEntrySpec } from './service-entry.ts';
import { sidecarSpec } from './sidecar.ts';
import { telemetrySpec } from './telemetry.ts';
import { virtualServiceSpec } from './virtual-service.ts';
import { wasmPluginSpec } from './wasm-plugin.ts';
import { workloadEntrySpec, workloadGroupSpec } from './workload-entry.ts';

/** networking.istio.io: v1 is current; v1beta1 and v1alpha3 are still served with the same shape. */
export const NETWORKING_VERSIONS = ['v1', 'v1beta1', 'v1alpha3'] as const;
/** security.istio.io: v1 is current; v1beta1 is still served. */
export const SECURITY_VERSIONS = ['v1', 'v1beta1'] as const;
/** telemetry.istio.io: v1 is current; v1alpha1 is still served. */
export const TELEMETRY_VERSIONS = ['v1', 'v1alpha1'] as const;
/** extensions.istio.io: v1alpha1 is the only version. */
export const EXTENSIONS_VERSIONS = ['v1alpha1'] as const;

function kind(group: string, versions: readonly string[], name: string, spec: z.ZodType, specRequired = true): KindSchema {
  const schema = documentOf(apiVersions(group, versions), name, {
    spec: specRequired ? spec : spec.nullish(),
    status: z.unknown().optional(),
  });
  return { group, versions, kind: name, namespaced: true, schema, codes: 'istio' };
}

/** Every Istio kind with a schema. */
export const ISTIO_SCHEMAS: readonly KindSchema[] = [
  kind('networking.istio.io', NETWORKING_VERSIONS, 'VirtualService', virtualServiceSpec),
  kind('networking.istio.io', NETWORKING_VERSIONS, 'DestinationRule', destinationRuleSpec),
  kind('networking.istio.io', NETWORKING_VERSIONS, 'Gateway', gatewaySpec),
  kind('networking.istio.io', NETWORKING_VERSIONS, 'ServiceEntry', serviceEntrySpec),
  kind('networking.istio.io', NETWORKING_VERSIONS, 'Sidecar', sidecarSpec, false),
  kind('networking.istio.io', NETWORKING_VERSIONS, 'WorkloadEntry', workloadEntrySpec),
  kind('networking.istio.io', NETWORKING_VERSIONS, 'WorkloadGroup', workloadGroupSpec),
  // Served under one version each, unlike the other networking kinds.
  kind('networking.istio.io', ['v1beta1'], 'ProxyConfig', proxyConfigSpec, false),
  kind('networking.istio.io', ['v1alpha3'], 'EnvoyFilter', envoyFilterSpec, false),
  kind('security.istio.io', SECURITY_VERSIONS, 'PeerAuthentication', peerAuthenticationSpec, false),
  kind('security.istio.io', SECURITY_VERSIONS, 'AuthorizationPolicy', authorizationPolicySpec, false),
  kind('security.istio.io', SECURITY_VERSIONS, 'RequestAuthentication', requestAuthenticationSpec, false),
  kind('telemetry.istio.io', TELEMETRY_VERSIONS, 'Telemetry', telemetrySpec, false),
  kind('extensions.istio.io', EXTENSIONS_VERSIONS, 'WasmPlugin', wasmPluginSpec),
];
