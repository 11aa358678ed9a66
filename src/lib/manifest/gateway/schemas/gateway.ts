/**
 * Gateway (gateway.networking.k8s.io v1 and v1beta1, standard channel v1.4.0): listeners, requested
 * addresses and infrastructure, with the CRD's CEL rules. allowedListeners, tls and defaultScope are
 * experimental in v1.4.0, so unknown fields here.
 */
import * as z from 'zod';
import { choice, labelSelector } from '../../linkerd/schemas/common.ts';
import { isCidr, WILDCARD_HOST } from '../../schema/formats.ts';
import { isObject } from '../../resource.ts';
import { documentOf } from '../../schema/formats.ts';
import type { PlainObject } from '../../yaml/load.ts';
import {
  annotationMap,
  apiVersions,
  celList,
  celObject,
  group,
  has,
  hostname,
  issue,
  items,
  kind,
  labelMap,
  list,
  objectName,
  optionMap,
  portNumber,
  secretObjectRef,
  sectionName,
  status,
  text,
} from './common.ts';

/** Served versions, current first. */
export const GATEWAY_VERSIONS = ['v1', 'v1beta1'] as const;

const PROTOCOL = /^[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?$|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9]+$/;
// The CRD's pattern, alternation and all: it anchors only its first and last branches.
const ADDRESS_TYPE =
  /^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

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

const listener = z
  .object({
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
  })
  .strict();

/** Where two listeners would catch the same traffic: port, protocol and hostname (unset and set differ). */
function identity(item: PlainObject): string | undefined {
  const port = item['port'];
  const protocol = text(item, 'protocol');
  if (typeof port !== 'number' || protocol === undefined) return undefined;
  return JSON.stringify([port, protocol, has(item, 'hostname') ? text(item, 'hostname') : null]);
}

/** The CRD's rules across listeners: TLS and hostname per protocol, unique names, distinct listeners. */
function checkListeners(listeners: unknown[], ctx: z.RefinementCtx): void {
  const names = new Map<string, number>();
  const identities = new Map<string, number>();
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
    const name = text(item, 'name');
    if (name !== undefined) {
      const first = names.get(name);
      if (first === undefined) names.set(name, index);
      else issue(ctx, [index, 'name'], `listener name "${name}" is already used by listeners[${first}]: each listener needs its own name`);
    }
    const key = identity(item);
    if (key === undefined) return;
    const twin = identities.get(key);
    if (twin === undefined) identities.set(key, index);
    else
      issue(
        ctx,
        [index],
        `listeners[${index}] has the same port, protocol and hostname as listeners[${twin}]: change one of them so each listener is distinct`,
      );
  });
}

const address = celObject(
  {
    type: z
      .string()
      .min(1, 'must not be empty')
      .max(253, 'must be at most 253 characters')
      .regex(ADDRESS_TYPE, 'must be IPAddress, Hostname, NamedAddress or a domain-prefixed type like "example.com/custom"')
      .optional(),
    value: z.string().max(253, 'must be at most 253 characters').optional(),
  },
  (value, ctx) => {
    // type defaults to IPAddress; its value must then be an IP address.
    const type = value['type'] ?? 'IPAddress';
    const written = text(value, 'value');
    if (written === undefined) return;
    if (type === 'IPAddress' && (written.includes('/') || !isCidr(written)))
      issue(ctx, ['value'], 'must be an IPv4 or IPv6 address like "203.0.113.10" for type IPAddress (use type Hostname for a name)');
    if (type === 'Hostname' && !WILDCARD_HOST.test(written))
      issue(ctx, ['value'], 'must be a lower-case host name like "shop.example.com" for type Hostname');
  },
);

/** The CRD's rules across addresses: each IP address and each host name once. */
function checkAddresses(addresses: unknown[], ctx: z.RefinementCtx): void {
  const seen = new Map<string, number>();
  addresses.forEach((item, index) => {
    if (!isObject(item)) return;
    const type = item['type'] ?? 'IPAddress';
    const written = text(item, 'value');
    if ((type !== 'IPAddress' && type !== 'Hostname') || written === undefined) return;
    const key = `${type} ${written}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, index);
    else
      issue(
        ctx,
        [index, 'value'],
        `${type} "${written}" is already requested by addresses[${first}]: each ${type} value may be listed once`,
      );
  });
}

const infrastructure = z
  .object({
    labels: labelMap(8).optional(),
    annotations: annotationMap(8).optional(),
    parametersRef: z.object({ group, kind, name: objectName }).strict().optional(),
  })
  .strict();

/** spec of a Gateway. */
export const gatewaySpec = z
  .object({
    gatewayClassName: objectName,
    listeners: celList(listener, 64, 'listeners', checkListeners, 1),
    addresses: celList(address, 16, 'addresses', checkAddresses).optional(),
    infrastructure: infrastructure.optional(),
  })
  .strict();

/** A Gateway document (gateway.networking.k8s.io, not Istio's networking.istio.io Gateway). */
export const gatewaySchema = documentOf(apiVersions(GATEWAY_VERSIONS), 'Gateway', { spec: gatewaySpec, status });
