/**
 * The formats the Kubernetes API server enforces, as zod schemas with messages that say what a
 * valid value looks like. Shared by the Kubernetes, Istio, Linkerd and Gateway API schemas.
 */
import * as z from 'zod';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A DNS-1123 subdomain: dot-separated lower-case labels. */
export const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** A host name as routes and Ingress rules take it: a DNS-1123 subdomain, optionally starting with "*.". */
export const WILDCARD_HOST = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^[0-9A-Fa-f:.]+$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;
const GO_DURATION = /^([0-9]+(\.[0-9]+)?(h|m|s|ms|us|µs|ns))+$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** RFC 1123 label: lower-case alphanumerics and '-', at most 63 characters (names of most objects' parts). */
export const dnsLabel = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(DNS_LABEL, "must be a DNS-1123 label: lower-case letters, digits and '-', starting and ending with a letter or digit");

/** RFC 1123 subdomain: dot-separated labels, at most 253 characters (object names). */
export const dnsSubdomain = z
  .string()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(
    DNS_SUBDOMAIN,
    "must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit",
  );

/** A label or annotation key: optional DNS prefix and '/', then a name of at most 63 characters. */
export const qualifiedName = z.string().refine(
  (key) => {
    const slash = key.lastIndexOf('/');
    const prefix = slash < 0 ? undefined : key.slice(0, slash);
    const name = slash < 0 ? key : key.slice(slash + 1);
    if (prefix !== undefined && (prefix.length > 253 || !DNS_SUBDOMAIN.test(prefix))) return false;
    return name.length > 0 && name.length <= 63 && LABEL_NAME.test(name);
  },
  {
    message:
      "must be a qualified name: an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
  },
);

/** A label value: empty, or at most 63 characters of letters, digits, '-', '_', '.' with alphanumeric ends. */
export const labelValue = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(
    /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/,
    "must be a label value: letters, digits, '-', '_' or '.', starting and ending with a letter or digit",
  );

/** A map of labels: label values must be strings (quote `"true"` and numbers). */
export const labels = z.record(qualifiedName, labelValue);

/** Annotations: any string values (quote numbers and booleans). */
export const annotations = z.record(qualifiedName, z.string());

/** A port number, 1-65535. */
export const port = z.int().min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535');

/** A named port: an IANA service name of at most 15 characters with at least one letter. */
export const portName = z
  .string()
  .max(15, 'must be at most 15 characters')
  .regex(IANA_SVC_NAME, "must be lower-case letters, digits and '-', starting and ending with a letter or digit")
  .refine((name) => /[a-z]/.test(name), { message: 'must contain at least one letter' })
  .refine((name) => !name.includes('--'), { message: "must not contain '--'" });

/** A port given by number or by name (targetPort, probe ports). */
export const intOrPortName = z.union([port, portName], { error: 'expected a port number (1-65535) or a port name' });

/** An integer or a string such as "25%" (maxSurge, maxUnavailable). */
export const intOrPercent = z.union([z.int().min(0), z.string().regex(/^\d+%$/, 'must be a whole number or a percentage like "25%"')], {
  error: 'expected an integer or a percentage like "25%"',
});

/** A resource quantity ("100m", "64Mi", "1.5", 2). */
export const quantity = z.union([z.number().min(0), z.string().regex(QUANTITY, 'must be a quantity like "100m", "0.5", "64Mi" or "1Gi"')], {
  error: 'expected a quantity like "100m" or "64Mi"',
});

/** A Go duration string ("5s", "1m30s", "250ms"), as Istio and Linkerd take them. */
export const duration = z.string().regex(GO_DURATION, 'must be a duration like "5s", "250ms" or "1m30s"');

/** Standard object metadata as a manifest writes it. */
export function objectMeta(options: { namespaced: boolean; nameRequired?: boolean } = { namespaced: true }) {
  return z
    .object({
      name: options.nameRequired === false ? dnsSubdomain.optional() : dnsSubdomain,
      generateName: z.string().optional(),
      namespace: options.namespaced
        ? dnsLabel.optional()
        : z.never({ error: 'this kind is not namespaced: remove metadata.namespace' }).optional(),
      labels: labels.optional(),
      annotations: annotations.optional(),
      finalizers: z.array(z.string()).optional(),
      ownerReferences: z.array(z.looseObject({})).optional(),
      uid: z.string().optional(),
      resourceVersion: z.string().optional(),
      generation: z.int().optional(),
      creationTimestamp: z.union([z.string(), z.null()]).optional(),
      deletionTimestamp: z.string().optional(),
      deletionGracePeriodSeconds: z.int().optional(),
      managedFields: z.array(z.looseObject({})).optional(),
      selfLink: z.string().optional(),
    })
    .strict();
}

/** The apiVersion/kind/metadata frame of a document, with a `spec` (or other fields) added by the caller. */
export function documentOf<T extends z.ZodRawShape>(apiVersions: readonly string[], kind: string, fields: T, namespaced = true) {
  return z
    .object({
      apiVersion: z.enum(apiVersions as [string, ...string[]]),
      kind: z.literal(kind),
      metadata: objectMeta({ namespaced }),
      ...fields,
    })
    .strict();
}

/** True for an IPv4 or IPv6 address, with or without a "/prefix" length. */
export function isCidr(value: string): boolean {
  const [address = '', prefix, extra] = value.split('/');
  if (extra !== undefined) return false;
  const v4 = IPV4.test(address);
  const v6 = !v4 && address.includes(':') && IPV6.test(address) && address.split('::').length <= 2;
  if (!v4 && !v6) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (v4 ? 32 : 128);
}

/** True for a single IP address (v4 or v6), not a network. */
export function isIpAddress(value: string): boolean {
  return !value.includes('/') && isCidr(value);
}

/** A kind name in a reference ("Service", "Server"); `examples` finishes the message. */
export function kindName(examples: string) {
  return z
    .string()
    .min(1, 'must not be empty')
    .max(63, 'must be at most 63 characters')
    .regex(/^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$/, `must be a kind name like ${examples}`);
}

/** The name of a referenced object: any non-empty string up to 253 characters. */
export const referencedName = z.string().min(1, 'must not be empty').max(253, 'must be at most 253 characters');

/** A network in CIDR notation ("10.0.0.0/8", "fd00::/8") or a single address. */
export const cidr = z.string().refine(isCidr, { message: 'must be an IP address or a CIDR like "10.0.0.0/8"' });

/** The marker of a refinement's "missing required field" issue, so it is reported as a missing field (SA2002). */
export const MISSING_FIELD = 'missing-field';

/** Reports `field` of the checked object as missing; `why` (": a Job needs ...") follows the standard message. */
export function missingField(ctx: z.RefinementCtx, field: string, why = ''): void {
  ctx.addIssue({ code: 'custom', path: [field], message: `missing required field "${field}"${why}`, params: { kind: MISSING_FIELD, why } });
}
