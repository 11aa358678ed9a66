/**
 * Listeners, as a Gateway and a ListenerSet declare them (standard channel v1.5.1), with the CRDs'
 * rules on one listener and across a list of them. Both kinds share the type and the list rules.
 */
import * as z from 'zod';
import { choice, labelSelector } from '../../linkerd/schemas/common.ts';
import { isObject } from '../../resource.ts';
import { missingField } from '../../schema/formats.ts';
import type { PlainObject } from '../../yaml/load.ts';
import {
  celObject,
  group,
  has,
  hostname,
  issue,
  items,
  kind,
  list,
  optionMap,
  portNumber,
  repeats,
  secretObjectRef,
  sectionName,
  text,
} from './common.ts';

const PROTOCOL = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9]+$/;

const listenerTls = celObject(
  {
    mode: choice(['Terminate', 'Passthrough']).optional(),
    certificateRefs: list(secretObjectRef, 64, 'certificateRefs').optional(),
    options: optionMap(16).optional(),
  },
  (value, ctx) => {
    // mode defaults to Terminate, which needs a certificate (or options that name one).
    const mode = value['mode'] ?? 'Terminate';
    const options = value['options'];
    const optionCount = isObject(options) ? Object.keys(options).length : 0;
    if (mode === 'Terminate' && items(value['certificateRefs']).length === 0 && optionCount === 0)
      issue(
        ctx,
        has(value, 'mode') ? ['mode'] : [],
        'TLS mode Terminate needs certificateRefs, the Secret with the certificate and key (or implementation options that provide one)',
      );
  },
);

const allowedRoutes = z
  .object({
    namespaces: z
      .object({ from: choice(['All', 'Selector', 'Same']).optional(), selector: labelSelector.optional() })
      .strict()
      .optional(),
    kinds: list(z.object({ group: group.optional(), kind }).strict(), 8, 'kinds').optional(),
  })
  .strict();

/** Listener (Gateway) and ListenerEntry (ListenerSet), which have the same fields and rules. */
export const listener = celObject(
  {
    name: sectionName,
    hostname: hostname.optional(),
    port: portNumber,
    protocol: z
      .string()
      .min(1, 'must not be empty')
      .max(255, 'must be at most 255 characters')
      .regex(PROTOCOL, 'must be a protocol like HTTP, HTTPS, TLS, TCP or UDP, or a domain-prefixed one like "example.com/proto"'),
    tls: listenerTls.optional(),
    allowedRoutes: allowedRoutes.optional(),
  },
  (value, ctx) => {
    // v1.5's rule that a TLS listener sets tls.mode: mode defaults to Terminate once tls is written
    // and its enum refuses "", so what a user can trip over is a TLS listener without tls at all.
    if (value['protocol'] === 'TLS' && !has(value, 'tls'))
      missingField(
        ctx,
        'tls',
        ': a TLS listener says what it does with TLS, mode Passthrough (TLSRoutes pick backends by SNI) or Terminate (with certificateRefs)',
      );
  },
);

/** Where two listeners would catch the same traffic: port, protocol and hostname (unset and set differ). */
function identity(item: PlainObject): string | undefined {
  const port = item['port'];
  const protocol = text(item, 'protocol');
  if (typeof port !== 'number' || protocol === undefined) return undefined;
  return JSON.stringify([port, protocol, has(item, 'hostname') ? text(item, 'hostname') : null]);
}

/** The CRDs' rules across listeners: TLS and hostname per protocol, unique names, distinct listeners. */
export function checkListeners(listeners: unknown[], ctx: z.RefinementCtx): void {
  listeners.forEach((item, index) => {
    if (!isObject(item)) return;
    const protocol = text(item, 'protocol');
    if ((protocol === 'HTTP' || protocol === 'TCP' || protocol === 'UDP') && has(item, 'tls'))
      issue(ctx, [index, 'tls'], `protocol ${protocol} carries no TLS: remove tls, or use protocol HTTPS (or TLS) to handle TLS here`);
    const mode = text(item['tls'], 'mode');
    if (protocol === 'HTTPS' && mode !== undefined && mode !== '' && mode !== 'Terminate')
      issue(
        ctx,
        [index, 'tls', 'mode'],
        `an HTTPS listener terminates TLS, so mode must be Terminate; to pass TLS through, use protocol TLS`,
      );
    if ((protocol === 'TCP' || protocol === 'UDP') && has(item, 'hostname') && item['hostname'] !== '')
      issue(ctx, [index, 'hostname'], `protocol ${protocol} has no host names to match: remove hostname`);
  });
  for (const { index, first, key } of repeats(listeners, (item) => text(item, 'name')))
    issue(ctx, [index, 'name'], `listener name "${key}" is already used by listeners[${first}]: each listener needs its own name`);
  for (const { index, first } of repeats(listeners, (item) => (isObject(item) ? identity(item) : undefined)))
    issue(
      ctx,
      [index],
      `listeners[${index}] has the same port, protocol and hostname as listeners[${first}]: change one of them so each listener is distinct`,
    );
}
