/**
 * policy.linkerd.io kinds for inbound authorization: Server, ServerAuthorization,
 * AuthorizationPolicy, MeshTLSAuthentication and NetworkAuthentication, after the CRDs in
 * linkerd/linkerd2 charts/linkerd-crds/templates/policy/.
 */
import * as z from 'zod';
import { dnsLabel, documentOf } from '../../schema/formats.ts';
import { INBOUND_POLICIES } from '../annotations.ts';
import { choice, identity, labelSelector, network, objectRef, serverPort, status } from './common.ts';

/** Every served Server version; fields a version lacks are reported by a check, not here. */
export const SERVER_VERSIONS = ['v1beta3', 'v1beta2', 'v1beta1', 'v1alpha1'] as const;

const apiVersions = (versions: readonly string[]): string[] => versions.map((v) => `policy.linkerd.io/${v}`);

/** A Server: a port of the pods (or external workloads) it selects, with protocol and default access. */
export const serverSchema = documentOf(apiVersions(SERVER_VERSIONS), 'Server', {
  spec: z
    .object({
      /** A container port number or name. */
      port: serverPort,
      /** Pods in the Server's namespace; exclusive with externalWorkloadSelector. */
      podSelector: labelSelector.optional(),
      /** ExternalWorkloads in the Server's namespace (v1beta2 and later). */
      externalWorkloadSelector: labelSelector.optional(),
      /** How inbound connections are read; "unknown" means protocol detection. */
      proxyProtocol: choice(['unknown', 'HTTP/1', 'HTTP/2', 'gRPC', 'opaque', 'TLS']).optional(),
      /** What traffic matching no policy gets (v1beta3). */
      accessPolicy: choice(INBOUND_POLICIES).optional(),
    })
    .strict(),
  status,
});

/** ServerAuthorization (superseded by AuthorizationPolicy, still served). */
export const serverAuthorizationSchema = documentOf(apiVersions(['v1beta1', 'v1alpha1']), 'ServerAuthorization', {
  spec: z
    .object({
      /** The Servers it applies to: by name or by label selector. */
      server: z.object({ name: dnsLabel.optional(), selector: labelSelector.optional() }).strict(),
      /** The clients it lets in. */
      client: z
        .object({
          networks: z.array(network).optional(),
          unauthenticated: z.boolean().optional(),
          meshTLS: z
            .object({
              unauthenticatedTLS: z.boolean().optional(),
              identities: z.array(identity).optional(),
              serviceAccounts: z.array(z.object({ name: dnsLabel, namespace: dnsLabel.optional() }).strict()).optional(),
            })
            .strict()
            .optional(),
        })
        .strict(),
    })
    .strict(),
  status,
});

/** AuthorizationPolicy: authorizes clients with all of its authentications to a target. */
export const authorizationPolicySchema = documentOf(apiVersions(['v1alpha1']), 'AuthorizationPolicy', {
  spec: z
    .object({
      /** A Server, an HTTPRoute, a GRPCRoute or a Namespace, in the policy's namespace. */
      targetRef: objectRef({ namespaced: false, nameRequired: true }),
      /** MeshTLSAuthentication, NetworkAuthentication or ServiceAccount refs; all must be satisfied. */
      requiredAuthenticationRefs: z.array(objectRef({ namespaced: true, nameRequired: true })),
    })
    .strict(),
  status,
});

/** MeshTLSAuthentication: client proxy identities, as strings or as references. */
export const meshTlsAuthenticationSchema = documentOf(apiVersions(['v1alpha1']), 'MeshTLSAuthentication', {
  spec: z
    .object({
      identities: z.array(identity).optional(),
      identityRefs: z.array(objectRef({ namespaced: true, nameRequired: false })).optional(),
    })
    .strict(),
  status,
});

/** NetworkAuthentication: client networks. */
export const networkAuthenticationSchema = documentOf(apiVersions(['v1alpha1']), 'NetworkAuthentication', {
  spec: z.object({ networks: z.array(network) }).strict(),
  status,
});

/** EgressNetwork: traffic leaving the cluster for these networks, allowed or denied unless a route says otherwise (Linkerd 2.17+). */
export const egressNetworkSchema = documentOf(apiVersions(['v1alpha1']), 'EgressNetwork', {
  spec: z
    .object({
      /** What traffic no attached route describes gets. */
      trafficPolicy: choice(['Allow', 'Deny']),
      /** The networks it covers; without them, every address outside the cluster's networks. */
      networks: z.array(network).optional(),
    })
    .strict(),
  status,
});
