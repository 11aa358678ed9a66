/**
 * Gateway (gateway.networking.k8s.io v1 and v1beta1, standard channel v1.5.1): listeners, requested
 * addresses, infrastructure, the ListenerSets it accepts and its TLS settings (both standard since
 * v1.5.0), with the CRD's CEL rules. defaultScope is still experimental, so an unknown field here.
 */
import * as z from 'zod';
import { choice, labelSelector } from '../../linkerd/schemas/common.ts';
import { isObject } from '../../resource.ts';
import { documentOf, isIpAddress, WILDCARD_HOST } from '../../schema/formats.ts';
import {
  annotationMap,
  apiVersions,
  celList,
  celObject,
  group,
  issue,
  kind,
  labelMap,
  objectName,
  repeats,
  status,
  text,
} from './common.ts';
import { gatewayTls } from './gateway-tls.ts';
import { checkListeners, listener } from './listener.ts';

/** Served versions, current first. */
export const GATEWAY_VERSIONS = ['v1', 'v1beta1'] as const;

// The CRD's pattern, alternation and all: it anchors only its first and last branches.
const ADDRESS_TYPE =
  /^Hostname|IPAddress|NamedAddress|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

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
    if (type === 'IPAddress' && !isIpAddress(written))
      issue(ctx, ['value'], 'must be an IPv4 or IPv6 address like "203.0.113.10" for type IPAddress (use type Hostname for a name)');
    if (type === 'Hostname' && !WILDCARD_HOST.test(written))
      issue(ctx, ['value'], 'must be a lower-case host name like "shop.example.com" for type Hostname');
  },
);

/** The CRD's rules across addresses: each IP address and each host name once. */
function checkAddresses(addresses: unknown[], ctx: z.RefinementCtx): void {
  // The key is the address's type and value, JSON-encoded so both can be read back for the message.
  const keyOf = (item: unknown): string | undefined => {
    if (!isObject(item)) return undefined;
    const type = item['type'] ?? 'IPAddress';
    const written = text(item, 'value');
    if ((type !== 'IPAddress' && type !== 'Hostname') || written === undefined) return undefined;
    return JSON.stringify([type, written]);
  };
  for (const { index, first, key } of repeats(addresses, keyOf)) {
    const [type, written] = JSON.parse(key) as [string, string];
    issue(ctx, [index, 'value'], `${type} "${written}" is already requested by addresses[${first}]: each ${type} value may be listed once`);
  }
}

const infrastructure = z
  .object({
    labels: labelMap(8).optional(),
    annotations: annotationMap(8).optional(),
    parametersRef: z.object({ group, kind, name: objectName }).strict().optional(),
  })
  .strict();

/** Which namespaces' ListenerSets may add listeners to the Gateway; none unless it says so (from defaults to None). */
const allowedListeners = z
  .object({
    namespaces: z
      .object({ from: choice(['All', 'Selector', 'Same', 'None']).optional(), selector: labelSelector.optional() })
      .strict()
      .optional(),
  })
  .strict();

/** spec of a Gateway. */
export const gatewaySpec = z
  .object({
    gatewayClassName: objectName,
    listeners: celList(listener, 64, 'listeners', checkListeners, 1),
    addresses: celList(address, 16, 'addresses', checkAddresses).optional(),
    infrastructure: infrastructure.optional(),
    allowedListeners: allowedListeners.optional(),
    tls: gatewayTls.optional(),
  })
  .strict();

/** A Gateway document (gateway.networking.k8s.io, not Istio's networking.istio.io Gateway). */
export const gatewaySchema = documentOf(apiVersions(GATEWAY_VERSIONS), 'Gateway', { spec: gatewaySpec, status });
