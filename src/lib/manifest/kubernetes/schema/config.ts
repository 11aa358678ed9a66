/** v1 Namespace, ServiceAccount, ConfigMap and Secret. */
import * as z from 'zod';
import { dnsLabel, dnsSubdomain, documentOf } from '../../schema/formats.ts';
import { base64, metadata, opt, quotedString, status } from './formats.ts';

/** v1 Namespace: cluster-scoped, named by a DNS label. */
export const namespace = documentOf(['v1'], 'Namespace', {
  metadata: metadata({ name: dnsLabel, namespaced: false }),
  spec: opt(z.object({ finalizers: opt(z.array(z.string())) }).strict()),
  status,
});

const reference = z
  .object({
    name: opt(z.string()),
    namespace: opt(z.string()),
    kind: opt(z.string()),
    apiVersion: opt(z.string()),
    uid: opt(z.string()),
    resourceVersion: opt(z.string()),
    fieldPath: opt(z.string()),
  })
  .strict();

/** v1 ServiceAccount: the identity a pod runs as (and, in a mesh, its mTLS identity). */
export const serviceAccount = documentOf(['v1'], 'ServiceAccount', {
  metadata: metadata(),
  automountServiceAccountToken: opt(z.boolean()),
  imagePullSecrets: opt(z.array(z.object({ name: opt(dnsSubdomain) }).strict())),
  secrets: opt(z.array(reference)),
});

/** v1 ConfigMap: string data (quote numbers and booleans) and base64 binaryData. */
export const configMap = documentOf(['v1'], 'ConfigMap', {
  metadata: metadata(),
  data: opt(z.record(z.string(), quotedString)),
  binaryData: opt(z.record(z.string(), base64)),
  immutable: opt(z.boolean()),
});

/** v1 Secret: base64 data, plain-text stringData, and a type. */
export const secret = documentOf(['v1'], 'Secret', {
  metadata: metadata(),
  type: opt(z.string().min(1, 'must not be empty; leave it out for Opaque')),
  data: opt(z.record(z.string(), base64)),
  stringData: opt(z.record(z.string(), quotedString)),
  immutable: opt(z.boolean()),
});
