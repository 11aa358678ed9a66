/**
 * BackendTLSPolicy (gateway.networking.k8s.io v1, standard channel since v1.4.0, as of v1.5.1): how
 * a Gateway verifies the TLS certificate of a backend, with the CRD's CEL rules.
 */
import * as z from 'zod';
import { choice } from '../../linkerd/schemas/common.ts';
import { documentOf } from '../../schema/formats.ts';
import {
  apiVersions,
  celList,
  celObject,
  group,
  has,
  hostname,
  issue,
  kind,
  list,
  localObjectRef,
  objectName,
  optionMap,
  preciseHostname,
  sectionName,
  status,
  text,
} from './common.ts';

/** Served versions: the v1.4.0 and v1.5.1 standard CRDs keep v1alpha3 only as a deprecated, unserved version. */
export const BACKEND_TLS_POLICY_VERSIONS = ['v1'] as const;

const targetRef = z.object({ group, kind, name: objectName, sectionName: sectionName.optional() }).strict();

/** The rules on targetRefs: a target listed twice needs a sectionName on each entry, and each once per section. */
function checkTargets(refs: unknown[], ctx: z.RefinementCtx): void {
  const target = (ref: unknown): string | undefined => {
    const parts = [text(ref, 'group'), text(ref, 'kind'), text(ref, 'name')];
    return parts.every((part) => part !== undefined) ? parts.join('\u0000') : undefined;
  };
  const section = (ref: unknown): string => text(ref, 'sectionName') ?? '';
  refs.forEach((ref, j) => {
    const key = target(ref);
    if (key === undefined) return;
    const earlier = refs.slice(0, j).flatMap((other, i) => (target(other) === key ? [{ other, i }] : []));
    const mixed = earlier.find(({ other }) => (section(other) === '') !== (section(ref) === ''));
    if (mixed)
      issue(
        ctx,
        [j],
        `targetRefs[${mixed.i}] and targetRefs[${j}] name the same target: when a target is listed more than once, give every entry a sectionName`,
      );
    const twin = earlier.find(({ other }) => section(other) === section(ref));
    if (twin) issue(ctx, [j], `targetRefs[${j}] repeats targetRefs[${twin.i}]: list each target and section once`);
  });
}

// v1.5 widened wellKnownCACertificates from the enum [System] to System or a domain-prefixed name.
const WELL_KNOWN_CAS =
  /^(System|([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9]))$/;

const subjectAltName = celObject(
  {
    type: choice(['Hostname', 'URI']),
    hostname: hostname.optional(),
    uri: z
      .string()
      .min(1, 'must not be empty')
      .max(253, 'must be at most 253 characters')
      .regex(
        /^(([^:/?#]+):)(\/\/([^/?#]*))([^?#]*)(\?([^#]*))?(#(.*))?/,
        'must be an absolute URI with a scheme, like "spiffe://cluster.local/ns/shop/sa/payments"',
      )
      .optional(),
  },
  (value, ctx) => {
    const type = text(value, 'type');
    if (type === undefined) return;
    const set = (field: string): boolean => has(value, field) && value[field] !== '';
    if (type === 'Hostname' && !set('hostname'))
      issue(ctx, ['type'], 'a Hostname subject alt name needs hostname, like "payments.shop.svc.cluster.local"');
    if (type !== 'Hostname' && set('hostname')) issue(ctx, ['hostname'], `hostname belongs to type Hostname; a ${type} entry takes uri`);
    if (type === 'URI' && !set('uri'))
      issue(ctx, ['type'], 'a URI subject alt name needs uri, like "spiffe://cluster.local/ns/shop/sa/payments"');
    if (type !== 'URI' && set('uri')) issue(ctx, ['uri'], `uri belongs to type URI; a ${type} entry takes hostname`);
  },
);

const validation = celObject(
  {
    caCertificateRefs: list(localObjectRef, 8, 'caCertificateRefs').optional(),
    wellKnownCACertificates: z
      .string()
      .min(1, 'must not be empty')
      .max(253, 'must be at most 253 characters')
      .regex(WELL_KNOWN_CAS, 'must be System, or an implementation\'s own set of CAs with a domain prefix like "example.com/internal-cas"')
      .optional(),
    hostname: preciseHostname,
    subjectAltNames: list(subjectAltName, 5, 'subjectAltNames').optional(),
  },
  (value, ctx) => {
    const refs = value['caCertificateRefs'];
    const ownCa = Array.isArray(refs) && refs.length > 0;
    const wellKnown = has(value, 'wellKnownCACertificates') && value['wellKnownCACertificates'] !== '';
    if (ownCa && wellKnown) issue(ctx, ['wellKnownCACertificates'], 'give caCertificateRefs or wellKnownCACertificates, not both');
    if (!ownCa && !wellKnown)
      issue(
        ctx,
        [],
        'needs the CA to verify the backend with: caCertificateRefs (a ConfigMap with ca.crt) or wellKnownCACertificates: System',
      );
  },
);

/** spec of a BackendTLSPolicy. */
export const backendTlsPolicySpec = z
  .object({
    targetRefs: celList(targetRef, 16, 'targetRefs', checkTargets, 1),
    validation,
    options: optionMap(16).optional(),
  })
  .strict();

/** A BackendTLSPolicy document. */
export const backendTlsPolicySchema = documentOf(apiVersions(BACKEND_TLS_POLICY_VERSIONS), 'BackendTLSPolicy', {
  spec: backendTlsPolicySpec,
  status,
});
