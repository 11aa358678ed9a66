/** Shapes shared by Linkerd's policy and route kinds: selectors, object references, networks. */
import * as z from 'zod';
import {
  cidr,
  dnsLabel,
  dnsSubdomain,
  kindName as kindNameLike,
  labels,
  port,
  portName,
  qualifiedName,
  referencedName,
} from '../../schema/formats.ts';
import { alternatives } from '../words.ts';

/** A Kubernetes LabelSelector: matchLabels and matchExpressions, ANDed; empty selects everything. */
export const labelSelector = z
  .object({
    /** Labels every selected object must carry. */
    matchLabels: labels.optional(),
    /** Set-based requirements. */
    matchExpressions: z
      .array(
        z
          .object({
            key: qualifiedName,
            operator: choice(['In', 'NotIn', 'Exists', 'DoesNotExist']),
            values: z.array(z.string()).optional(),
          })
          .strict(),
      )
      .optional(),
  })
  .strict();

/** An API group name, empty for the core group. */
export const group = z.union([z.literal(''), dnsSubdomain], { error: 'expected an API group like "policy.linkerd.io", or "" for core' });

/** A kind name, e.g. "Server". */
export const kindName = kindNameLike('"Server"');

/** An object name in a reference. */
export const refName = referencedName;

/** A namespace in a reference. */
export const refNamespace = dnsLabel;

/** A reference to one object (targetRef, requiredAuthenticationRefs items). */
export function objectRef(options: { namespaced: boolean; nameRequired: boolean }) {
  return z
    .object({
      group: group.optional(),
      kind: kindName,
      name: options.nameRequired ? refName : refName.optional(),
      ...(options.namespaced ? { namespace: refNamespace.optional() } : {}),
    })
    .strict();
}

/** A client network with exceptions (NetworkAuthentication, ServerAuthorization). */
export const network = z.object({ cidr, except: z.array(cidr).optional() }).strict();

/** A proxy identity, e.g. "orders.shop.serviceaccount.identity.linkerd.cluster.local", or "*" prefixed. */
export const identity = z
  .string()
  .regex(
    /^(\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
    'must be a proxy identity: dot-separated DNS labels, optionally starting with "*"',
  );

/** Status written by controllers; accepted as is. */
export const status = z.looseObject({}).optional();

/** One of a fixed set of strings, with a message that lists them. */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be ${values.length > 2 ? 'one of ' : ''}${alternatives(values)}` });
}

/** A Server port: a number, or the name of a container port (a quoted number is neither). */
export const serverPort = z.union([
  port,
  z
    .string()
    .refine((text) => !/^\d+$/.test(text), { message: 'a port number must not be quoted: write 8080, not "8080"', abort: true })
    .pipe(portName),
]);
