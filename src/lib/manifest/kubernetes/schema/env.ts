/** A container's environment: env (value or valueFrom) and envFrom (a ConfigMap or Secret). */
import * as z from 'zod';
import { dnsSubdomain } from '../../schema/formats.ts';
import { opt, quotedString } from './formats.ts';
import { resourceQuantity } from './resources.ts';

const ENV_NAME = /^[\x20-\x3c\x3e-\x7e]+$/;

/** An environment variable name: printable ASCII without '='. */
export const envVarName = z
  .string()
  .min(1, 'must not be empty')
  .regex(ENV_NAME, "must be printable ASCII characters other than '=' (e.g. DATABASE_URL)");

const keyRef = z
  .object({
    name: opt(z.string()),
    key: z.string().min(1, 'must name a key of the object'),
    optional: opt(z.boolean()),
  })
  .strict();

const valueFrom = z
  .object({
    configMapKeyRef: opt(keyRef),
    secretKeyRef: opt(keyRef),
    fieldRef: opt(z.object({ apiVersion: opt(z.string()), fieldPath: z.string() }).strict()),
    resourceFieldRef: opt(z.object({ containerName: opt(z.string()), resource: z.string(), divisor: opt(resourceQuantity) }).strict()),
    fileKeyRef: opt(z.object({ volumeName: z.string(), path: z.string(), key: z.string(), optional: opt(z.boolean()) }).strict()),
  })
  .strict();

/** One `env` entry; exclusivity of value and valueFrom is checked across fields. */
export const envVar = z
  .object({
    name: envVarName,
    value: opt(quotedString),
    valueFrom: opt(valueFrom),
  })
  .strict();

const sourceRef = z.object({ name: opt(dnsSubdomain), optional: opt(z.boolean()) }).strict();

/** One `envFrom` entry: all keys of a ConfigMap or a Secret, with an optional prefix. */
export const envFromSource = z
  .object({
    prefix: opt(z.string()),
    configMapRef: opt(sourceRef),
    secretRef: opt(sourceRef),
  })
  .strict();

/** The sources of `valueFrom`, for the "exactly one" check. */
export const VALUE_FROM_SOURCES = ['configMapKeyRef', 'secretKeyRef', 'fieldRef', 'resourceFieldRef', 'fileKeyRef'] as const;
