/**
 * Formats the Kubernetes kinds need beyond the shared ones, with messages that say what a valid
 * value looks like: enums, numbers, ports and port names, strings that YAML would read as numbers
 * or booleans, label maps, metadata with each kind's name rule, and label selectors.
 */
import * as z from 'zod';
import { dnsLabel, dnsSubdomain, labelValue, objectMeta, qualifiedName } from '../../schema/formats.ts';

const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** An optional field; like the API server, an explicit null counts as absent. */
export function opt<T extends z.ZodType>(schema: T) {
  return schema.nullish();
}

/** "A, B or C" for messages. */
export function listOf(values: readonly string[]): string {
  const shown = values.map((v) => (v === '' ? '""' : v));
  return shown.length <= 1 ? (shown[0] ?? '') : `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

/** One of a fixed set of strings, with a message listing them (enums are case-sensitive). */
export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be ${listOf(values)} (case-sensitive)` });
}

/** A port's transport protocol; an application protocol here (HTTP, gRPC) gets the mesh's way to say it. */
export const protocol = z.enum(['TCP', 'UDP', 'SCTP'], {
  error: (issue) => {
    const given = typeof issue.input === 'string' ? issue.input : '';
    if (['TCP', 'UDP', 'SCTP'].includes(given.toUpperCase())) return `must be ${given.toUpperCase()} in upper case`;
    if (/^(https?|http2|grpc(-web)?|tls|mongo|mysql|redis)$/i.test(given)) {
      const name = given.toLowerCase();
      return `must be TCP, UDP or SCTP; ${given} is an application protocol: keep protocol TCP and name the port "${name}" (or "${name}-<suffix>") or set appProtocol: ${name}`;
    }
    return 'must be TCP, UDP or SCTP';
  },
});

/** A port number, 1-65535; the message repeats the number given. */
export const port = z.int().check((ctx) => {
  if (ctx.value < 1 || ctx.value > 65535)
    ctx.issues.push({ code: 'custom', input: ctx.value, message: `must be between 1 and 65535, not ${ctx.value}` });
});

// Why a port name breaks IANA_SVC_NAME, most specific reason first, so one mistake gives one message.
function portNameProblem(name: string): string | undefined {
  if (name.length > 15) return `must be at most 15 characters (an IANA service name); "${name}" has ${name.length}`;
  if (/^[A-Za-z0-9-]+$/.test(name) && /[A-Z]/.test(name)) return `must be lower case: "${name.toLowerCase()}"`;
  if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/.test(name))
    return "must be lower-case letters, digits and '-', starting and ending with a letter or digit";
  if (!/[a-z]/.test(name)) return 'must contain at least one letter';
  if (name.includes('--')) return "must not contain '--'";
  return undefined;
}

/** A container port name: an IANA service name (lower case, at most 15 characters, at least one letter). */
export const portName = z.string().check((ctx) => {
  const problem = portNameProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
});

// In an int-or-string port, a quoted number is read as a name; say what was most likely meant.
const portNameNotNumber = z.string().check((ctx) => {
  const problem = /^\d+$/.test(ctx.value)
    ? `a port number must not be quoted: write ${ctx.value}, not "${ctx.value}" (a port name needs a letter)`
    : portNameProblem(ctx.value);
  if (problem) ctx.issues.push({ code: 'custom', input: ctx.value, message: problem });
});

/** A port given by number or by container port name (targetPort, probe ports). */
export const intOrPortName = z.union([port, portNameNotNumber], { error: 'expected a port number (1-65535) or a port name' });

/** A whole number >= 0. */
export const nonNegativeInt = z.int().min(0, 'must be 0 or more');

/** A whole number >= 1 (probe periods and thresholds). */
export const positiveInt = z.int().min(1, 'must be 1 or more');

/** A Linux user or group id (0 is root). */
export const unixId = z.int().min(0, 'must be a user or group id, 0 or more').max(2147483647, 'must be at most 2147483647');

/** An RFC 1035 label: like a DNS-1123 label but starting with a letter (Service names). */
export const dns1035Label = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(
    DNS_1035,
    "must be a DNS-1035 label: lower-case letters, digits and '-', starting with a letter and ending with a letter or digit",
  );

/** A ConfigMap or Secret key: letters, digits, '-', '_' and '.', at most 253 characters. */
export const configKey = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(CONFIG_KEY, "must be letters, digits, '-', '_' or '.' (a file name, no '/')")
  .refine((key) => key !== '.' && key !== '..', { message: 'must not be "." or ".."' });

// An invalid_type issue whose `expected` carries the advice, since the report prints "expected <that>".
function quoteAdvice(value: unknown): string {
  if (value === null) return 'a string (write "" for an empty value)';
  if (typeof value === 'number' || typeof value === 'boolean') return `a string (quote it: "${String(value)}")`;
  return 'a string';
}

/** A string where YAML authors often write a bare number or boolean; the error says to quote it. */
export const quotedString = z.custom<string>().check((ctx) => {
  if (typeof ctx.value !== 'string') ctx.issues.push({ code: 'invalid_type', expected: quoteAdvice(ctx.value), input: ctx.value });
});

// Map keys (labels, annotations, data) are checked by checks/map-keys.ts, which can point at the key itself.

/** A map of labels: string values of at most 63 characters (quote numbers and booleans). */
export const labels = z.record(z.string(), quotedString.pipe(labelValue));

/** A map of annotations: string values (quote numbers and booleans). */
export const annotations = z.record(z.string(), quotedString);

/** Base64 as Go decodes it: standard alphabet with padding; line breaks are ignored. */
export const base64 = z.string().refine((text) => BASE64.test(text.replace(/[\r\n]/g, '')), {
  message: 'must be base64 (like "b3JkZXJz"); put plain text under stringData instead',
});

/** A file mode 0-0777; YAML 1.2 reads 0644 as decimal 644, so octal-looking numbers up to 777 pass too. */
export const fileMode = z.int().refine((mode) => mode >= 0 && (mode <= 0o777 || (mode <= 777 && /^[0-7]+$/.test(String(mode)))), {
  message: 'must be a file mode between 0 and 0777 (e.g. 0644 or 420)',
});

/** A label selector requirement: key, operator, values. */
const selectorRequirement = z
  .object({
    key: qualifiedName,
    operator: choice(['In', 'NotIn', 'Exists', 'DoesNotExist']),
    values: opt(z.array(quotedString.pipe(labelValue))),
  })
  .strict();

/** A LabelSelector: matchLabels and matchExpressions. */
export const labelSelector = z
  .object({
    matchLabels: opt(labels),
    matchExpressions: opt(z.array(selectorRequirement)),
  })
  .strict();

/** Object metadata with a kind's own name rule, quoting advice for label and annotation values, and cluster scope. */
export function metadata(options: { name?: z.ZodType; namespaced?: boolean; nameRequired?: boolean } = {}) {
  const name = options.name ?? dnsSubdomain;
  const namespaced = options.namespaced ?? true;
  return objectMeta({ namespaced: true }).extend({
    name: options.nameRequired === false ? opt(name) : name,
    namespace: namespaced
      ? opt(dnsLabel)
      : z
          .unknown()
          .refine(() => false, { message: 'this kind is not namespaced: remove metadata.namespace' })
          .optional(),
    labels: opt(labels),
    annotations: opt(annotations),
  });
}

/** Pod template metadata: like object metadata, but no name is needed. */
export const templateMetadata = metadata({ nameRequired: false });

/** The `status` a dumped manifest may carry (`status: {}`); the API server ignores it on create. */
export const status = opt(z.looseObject({}));
