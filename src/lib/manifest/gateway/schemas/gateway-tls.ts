/**
 * A Gateway's spec.tls (standard channel since v1.5.0): client certificate validation for the
 * Gateway's HTTPS listeners (frontend) and the client certificate it shows backends (backend).
 */
import * as z from 'zod';
import { choice } from '../../linkerd/schemas/common.ts';
import { isObject } from '../../resource.ts';
import { celList, group, issue, kind, list, namespace, objectName, portNumber, repeats, secretObjectRef } from './common.ts';

/** ObjectReference: a CA bundle (a ConfigMap with ca.crt in Core support), possibly in another namespace. */
const caCertificateRef = z.object({ group, kind, name: objectName, namespace: namespace.optional() }).strict();

/** How the Gateway checks client certificates: the CAs to trust, and whether a client may go without one. */
const validation = z
  .object({
    caCertificateRefs: list(caCertificateRef, 8, 'caCertificateRefs', 1),
    mode: choice(['AllowValidOnly', 'AllowInsecureFallback']).optional(),
  })
  .strict();

const frontendTls = z.object({ validation: validation.optional() }).strict();

const perPortTls = z.object({ port: portNumber, tls: frontendTls }).strict();

/** The CRD's rule on perPort: one entry per port, since an entry replaces the default for that port. */
function uniquePorts(entries: unknown[], ctx: z.RefinementCtx): void {
  const portOf = (entry: unknown): number | undefined => {
    const port = isObject(entry) ? entry['port'] : undefined;
    return typeof port === 'number' ? port : undefined;
  };
  for (const { index, first, key } of repeats(entries, portOf))
    issue(ctx, [index, 'port'], `port ${key} already has its TLS settings in perPort[${first}]: give each port one entry`);
}

const frontend = z
  .object({
    default: frontendTls,
    perPort: celList(perPortTls, 64, 'perPort entries', uniquePorts).optional(),
  })
  .strict();

const backend = z.object({ clientCertificateRef: secretObjectRef.optional() }).strict();

/** spec.tls of a Gateway. */
export const gatewayTls = z.object({ frontend: frontend.optional(), backend: backend.optional() }).strict();
