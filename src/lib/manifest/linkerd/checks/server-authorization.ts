/**
 * ServerAuthorization clients the policy controller's admission webhook refuses (SA2004), after
 * linkerd/linkerd2 policy-controller/src/admission.rs. The CRD itself allows both combinations,
 * so a plain schema check passes them, and `kubectl apply` fails only in a cluster with Linkerd.
 */
import type { Analyzer } from '../../family.ts';
import { isObject, valueAt } from '../../resource.ts';

const listed = (value: unknown): boolean => Array.isArray(value) && value.length > 0;

/** SA2004 for `unauthenticated: true` with meshTLS, and `unauthenticatedTLS: true` with identities. */
export const serverAuthorizationAnalyzer: Analyzer = {
  name: 'linkerd/server-authorization-client',
  run(context) {
    for (const resource of context.ofKind('ServerAuthorization', 'policy.linkerd.io')) {
      const client = valueAt(resource.value, ['spec', 'client']);
      if (!isObject(client)) continue;
      const meshTLS = client['meshTLS'];
      // A meshTLS of null is absent, as for the API server; any other value counts as specified.
      if (meshTLS === undefined || meshTLS === null) continue;
      if (client['unauthenticated'] === true) {
        context.report(resource, {
          code: 'SA2004',
          path: ['spec', 'client', 'unauthenticated'],
          target: 'value',
          message:
            'spec.client.unauthenticated must be false when meshTLS is set: Linkerd refuses the combination; keep unauthenticated: true alone to admit every client, or meshTLS alone to require mesh identities',
        });
      }
      if (
        isObject(meshTLS) &&
        meshTLS['unauthenticatedTLS'] === true &&
        (listed(meshTLS['identities']) || listed(meshTLS['serviceAccounts']))
      ) {
        context.report(resource, {
          code: 'SA2004',
          path: ['spec', 'client', 'meshTLS', 'unauthenticatedTLS'],
          target: 'value',
          message:
            'spec.client.meshTLS.unauthenticatedTLS must be false when identities or serviceAccounts are listed: Linkerd refuses the combination',
        });
      }
    }
  },
};
