/** Compute resources: quantities with hints for the usual slips, resource lists, and requests/limits. */
import * as z from 'zod';
import { dnsLabel, qualifiedName } from '../../schema/formats.ts';
import { opt } from './formats.ts';

const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;
const SUFFIX = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 } as const;
const BINARY = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 } as const;

// What the author most likely meant, for the quantities people write by habit ("64MB", "1 Gi").
function quantityHint(text: string): string {
  const spaced = /^(\d+(?:\.\d+)?)\s+(\S+)$/.exec(text);
  if (spaced) return `; write it without a space: "${spaced[1]}${spaced[2]}"`;
  const bytes = /^(\d+(?:\.\d+)?)([KMGTPE])i?B$/i.exec(text);
  if (bytes) {
    const unit = (bytes[2] ?? '').toUpperCase();
    return `; for ${text} write "${bytes[1]}${unit}i" (binary) or "${bytes[1]}${unit === 'K' ? 'k' : unit}" (decimal), without "B"`;
  }
  const binary = /^(\d+(?:\.\d+)?)([kmgtpe])i$/.exec(text);
  if (binary) return `; binary suffixes are capitalised: "${binary[1]}${(binary[2] ?? '').toUpperCase()}i"`;
  return '';
}

/** A resource quantity: a number, or a string like "250m", "0.5", "64Mi" or "1Gi"; never negative. */
export const resourceQuantity = z.union(
  [
    z.number().min(0, 'must not be negative'),
    z.string().check((ctx) => {
      const text = ctx.value;
      if (QUANTITY.test(text)) {
        if (text.startsWith('-')) ctx.issues.push({ code: 'custom', input: text, message: 'must not be negative' });
        return;
      }
      ctx.issues.push({
        code: 'custom',
        input: text,
        message: `"${text}" is not a quantity: use a number with an optional suffix, like "250m", "0.5", "64Mi" or "1Gi"${quantityHint(text)}`,
      });
    }),
  ],
  { error: 'expected a quantity like "250m" or "64Mi"' },
);

/** The value of a quantity in base units, or undefined when it is not one. */
export function parseQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || !QUANTITY.test(value)) return undefined;
  const match = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(.*)$/.exec(value);
  if (!match) return undefined;
  const number = Number(match[1]);
  const suffix = match[2] ?? '';
  if (suffix in BINARY) return number * BINARY[suffix as keyof typeof BINARY];
  if (suffix in SUFFIX) return number * SUFFIX[suffix as keyof typeof SUFFIX];
  return /^[eE]/.test(suffix) ? number * 10 ** Number(suffix.slice(1)) : undefined;
}

const HUGEPAGES = /^hugepages-/;

/** True for a resource name the API server accepts beyond the standard ones. */
function isExtraResource(name: string, standard: readonly string[]): boolean {
  if (standard.includes('memory') && HUGEPAGES.test(name)) return parseQuantity(name.slice('hugepages-'.length)) !== undefined;
  return name.includes('/') && qualifiedName.safeParse(name).success;
}

// The standard names are fields, so a typo gets "did you mean"; hugepages-<size> and extended resources (nvidia.com/gpu) pass too.
/** A map of resource name to quantity. */
export function resourceList(standard: readonly string[]) {
  const shape = Object.fromEntries(standard.map((name) => [name, opt(resourceQuantity)]));
  return z
    .object(shape)
    .catchall(resourceQuantity)
    .superRefine(
      (value, ctx) => {
        const unknown = Object.keys(value).filter((key) => !standard.includes(key) && !isExtraResource(key, standard));
        if (unknown.length > 0) ctx.addIssue({ code: 'unrecognized_keys', keys: unknown, input: value, continue: true });
      },
      // Names are judged even when some quantities are wrong, so one run reports both; not when it is no mapping at all.
      { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) },
    );
}

/** Resource names a container may request. */
export const CONTAINER_RESOURCES = ['cpu', 'memory', 'ephemeral-storage'] as const;

/** A container's (or pod's) requests and limits. */
export const resourceRequirements = z
  .object({
    limits: opt(resourceList(CONTAINER_RESOURCES)),
    requests: opt(resourceList(CONTAINER_RESOURCES)),
    claims: opt(z.array(z.object({ name: dnsLabel, request: opt(z.string()) }).strict())),
  })
  .strict();
