/** The Gateway API kinds the validator checks, standard channel v1.5.1. */
import type { KindSchema } from '../../family.ts';
import { BACKEND_TLS_POLICY_VERSIONS, backendTlsPolicySchema } from './backend-tls-policy.ts';
import { GATEWAY_GROUP } from './common.ts';
import { GATEWAY_CLASS_VERSIONS, gatewayClassSchema } from './gateway-class.ts';
import { GATEWAY_VERSIONS, gatewaySchema } from './gateway.ts';
import { GRPC_ROUTE_VERSIONS, grpcRouteSchema } from './grpc-route.ts';
import { HTTP_ROUTE_VERSIONS, httpRouteSchema } from './http-route.ts';
import { LISTENER_SET_VERSIONS, listenerSetSchema } from './listener-set.ts';
import { REFERENCE_GRANT_VERSIONS, referenceGrantSchema } from './reference-grant.ts';
import { TLS_ROUTE_VERSIONS, tlsRouteSchema } from './tls-route.ts';

const kindOf = (kind: string, versions: readonly string[], schema: KindSchema['schema'], namespaced = true): KindSchema => ({
  group: GATEWAY_GROUP,
  versions,
  kind,
  namespaced,
  schema,
  codes: 'kubernetes',
});

/** One schema per kind; the first version listed is the current one. */
export const GATEWAY_SCHEMAS: readonly KindSchema[] = [
  kindOf('GatewayClass', GATEWAY_CLASS_VERSIONS, gatewayClassSchema, false),
  kindOf('Gateway', GATEWAY_VERSIONS, gatewaySchema),
  kindOf('HTTPRoute', HTTP_ROUTE_VERSIONS, httpRouteSchema),
  kindOf('GRPCRoute', GRPC_ROUTE_VERSIONS, grpcRouteSchema),
  kindOf('ReferenceGrant', REFERENCE_GRANT_VERSIONS, referenceGrantSchema),
  kindOf('BackendTLSPolicy', BACKEND_TLS_POLICY_VERSIONS, backendTlsPolicySchema),
  // Standard since v1.5.0.
  kindOf('ListenerSet', LISTENER_SET_VERSIONS, listenerSetSchema),
  kindOf('TLSRoute', TLS_ROUTE_VERSIONS, tlsRouteSchema),
];
