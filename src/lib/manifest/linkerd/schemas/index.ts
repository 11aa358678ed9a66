/** The Linkerd kinds the validator knows, and what changed between their versions. */
import type { KindSchema } from '../../family.ts';
import type { DataPath } from '../../yaml/locate.ts';
import { HTTP_ROUTE_VERSIONS, httpRouteSchema } from './http-route.ts';
import {
  authorizationPolicySchema,
  egressNetworkSchema,
  meshTlsAuthenticationSchema,
  networkAuthenticationSchema,
  SERVER_VERSIONS,
  serverAuthorizationSchema,
  serverSchema,
} from './policy.ts';
import { SERVICE_PROFILE_VERSIONS, serviceProfileSchema } from './service-profile.ts';

const POLICY = 'policy.linkerd.io';

/** One schema per kind; the first version listed is the current one. */
export const LINKERD_SCHEMAS: readonly KindSchema[] = [
  { group: POLICY, versions: SERVER_VERSIONS, kind: 'Server', namespaced: true, schema: serverSchema, codes: 'kubernetes' },
  {
    group: POLICY,
    versions: ['v1beta1', 'v1alpha1'],
    kind: 'ServerAuthorization',
    namespaced: true,
    schema: serverAuthorizationSchema,
    codes: 'kubernetes',
  },
  {
    group: POLICY,
    versions: ['v1alpha1'],
    kind: 'AuthorizationPolicy',
    namespaced: true,
    schema: authorizationPolicySchema,
    codes: 'kubernetes',
  },
  {
    group: POLICY,
    versions: ['v1alpha1'],
    kind: 'MeshTLSAuthentication',
    namespaced: true,
    schema: meshTlsAuthenticationSchema,
    codes: 'kubernetes',
  },
  {
    group: POLICY,
    versions: ['v1alpha1'],
    kind: 'NetworkAuthentication',
    namespaced: true,
    schema: networkAuthenticationSchema,
    codes: 'kubernetes',
  },
  {
    group: POLICY,
    versions: ['v1alpha1'],
    kind: 'EgressNetwork',
    namespaced: true,
    schema: egressNetworkSchema,
    codes: 'kubernetes',
  },
  { group: POLICY, versions: HTTP_ROUTE_VERSIONS, kind: 'HTTPRoute', namespaced: true, schema: httpRouteSchema, codes: 'kubernetes' },
  {
    group: 'linkerd.io',
    versions: SERVICE_PROFILE_VERSIONS,
    kind: 'ServiceProfile',
    namespaced: true,
    schema: serviceProfileSchema,
    codes: 'kubernetes',
  },
];

/** A field that only some served versions of a kind have. */
export interface VersionedField {
  kind: string;
  /** Where the field is; a number step stands for every item of a list. */
  path: DataPath;
  /** The versions that have it. */
  versions: readonly string[];
}

/** Fields added in later versions: the API server drops or rejects them in older ones. */
export const VERSIONED_FIELDS: readonly VersionedField[] = [
  { kind: 'Server', path: ['spec', 'accessPolicy'], versions: ['v1beta3'] },
  { kind: 'Server', path: ['spec', 'externalWorkloadSelector'], versions: ['v1beta3', 'v1beta2'] },
  { kind: 'HTTPRoute', path: ['spec', 'rules', 0, 'timeouts'], versions: ['v1beta3'] },
];

/** The Linkerd schema of a resource's kind, when it is one of ours. */
export function linkerdSchemaOf(group: string, kind: string): KindSchema | undefined {
  return LINKERD_SCHEMAS.find((schema) => schema.group === group && schema.kind === kind);
}
