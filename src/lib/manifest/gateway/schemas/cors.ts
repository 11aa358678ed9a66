/**
 * The settings of an HTTPRoute CORS filter (HTTPCORSFilter, standard channel since v1.5.0), with the
 * CRD's limits: its lists are sets, and a "*" in them must stand alone.
 */
import * as z from 'zod';
import { choice } from '../../linkerd/schemas/common.ts';
import { celList, headerName, issue, repeats } from './common.ts';

// The CRD's pattern: "*", or http(s)://host[:port] where the host may start with "*." or be "*".
const ORIGIN = /(^\*$)|(^(http(s)?):\/\/(((\*\.)?([a-zA-Z0-9-]+\.)*[a-zA-Z0-9-]+|\*)(:([0-9]{1,5}))?)$)/;

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH', '*'] as const;

/**
 * A list the CRD keeps as a set, so the API server refuses a repeated entry; with `wildcard` (what
 * "*" allows), the CRD's rule that "*" cannot be combined with other entries.
 */
function set<T extends z.ZodType>(item: T, max: number, noun: string, wildcard?: string) {
  return celList(item, max, noun, (entries, ctx) => {
    for (const { index, first, key } of repeats(entries, (entry) => (typeof entry === 'string' ? entry : undefined)))
      issue(ctx, [index], `"${key}" is already item ${first}: list each entry once`);
    const star = entries.indexOf('*');
    if (wildcard !== undefined && star >= 0 && entries.length > 1)
      issue(ctx, [star], `"*" allows ${wildcard}, so it must be the only entry: drop the other entries or the "*"`);
  });
}

/** HTTPCORSFilter: which origins may call, with which methods and headers, and how long browsers may cache the answer. */
export const cors = z
  .object({
    allowOrigins: set(
      z
        .string()
        .min(1, 'must not be empty')
        .max(253, 'must be at most 253 characters')
        .regex(
          ORIGIN,
          'must be an origin like "https://shop.example.com", "https://*.example.com" or "http://localhost:8080" (scheme http or https, no path, not even a trailing "/"), or "*"',
        ),
      64,
      'allowOrigins',
      'every origin',
    ).optional(),
    allowCredentials: z.boolean().optional(),
    allowMethods: set(choice(METHODS), 9, 'allowMethods', 'every method').optional(),
    allowHeaders: set(headerName, 64, 'allowHeaders', 'every request header').optional(),
    exposeHeaders: set(headerName, 64, 'exposeHeaders').optional(),
    maxAge: z.int().min(1, 'must be at least 1: the seconds a browser may cache the preflight answer').optional(),
  })
  .strict();
