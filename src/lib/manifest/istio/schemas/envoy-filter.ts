/**
 * EnvoyFilter (networking.istio.io v1alpha3): patches to the Envoy configuration Istio generates,
 * after istio/api envoy_filter.proto. The patch values are Envoy config fragments and stay unchecked.
 */
import * as z from 'zod';
import { field, message, policyTargetReference, port, protoEnum, spelling, stringMap, workloadSelector } from './common.ts';

// INVALID is the proto's unset value, which Istio rejects like a missing field.
const LISTENER_OBJECTS = ['LISTENER', 'FILTER_CHAIN', 'NETWORK_FILTER', 'HTTP_FILTER', 'LISTENER_FILTER'] as const;
const ROUTE_OBJECTS = ['ROUTE_CONFIGURATION', 'VIRTUAL_HOST', 'HTTP_ROUTE'] as const;
const APPLY_TO = [...LISTENER_OBJECTS, ...ROUTE_OBJECTS, 'CLUSTER', 'EXTENSION_CONFIG', 'BOOTSTRAP'] as const;

const name = z.string().optional();

const listenerMatch = message({
  portNumber: port.optional(),
  portName: name,
  filterChain: message({
    name,
    sni: name,
    transportProtocol: name,
    applicationProtocols: name,
    filter: message({ name, subFilter: message({ name }).optional() }).optional(),
    destinationPort: port.optional(),
  }).optional(),
  listenerFilter: name,
  name,
});

const routeConfigurationMatch = message({
  portNumber: port.optional(),
  portName: name,
  gateway: name,
  vhost: message({
    name,
    domainName: name,
    route: message({ name, action: protoEnum(['ANY', 'ROUTE', 'REDIRECT', 'DIRECT_RESPONSE']).optional() }).optional(),
  }).optional(),
  name,
});

const clusterMatch = message({ portNumber: port.optional(), service: name, subset: name, name });

const OBJECTS = ['listener', 'routeConfiguration', 'cluster'];

const match = message(
  {
    context: protoEnum(['ANY', 'SIDECAR_INBOUND', 'SIDECAR_OUTBOUND', 'GATEWAY']).optional(),
    proxy: message({ proxyVersion: name, metadata: stringMap.optional() }).optional(),
    listener: listenerMatch.optional(),
    routeConfiguration: routeConfigurationMatch.optional(),
    cluster: clusterMatch.optional(),
  },
  (value, ctx) => {
    // A oneof in the proto: a match selects one class of Envoy object.
    const set = OBJECTS.filter((object) => field(value, object) != null);
    if (set.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [spelling(value, set[1] ?? '')],
        message: `set only one of listener, routeConfiguration or cluster (found ${set.join(' and ')})`,
      });
  },
);

const patch = message(
  {
    operation: protoEnum(['MERGE', 'ADD', 'REMOVE', 'INSERT_BEFORE', 'INSERT_AFTER', 'INSERT_FIRST', 'REPLACE']),
    // A google.protobuf.Struct holding Envoy configuration, checked by Envoy rather than Istio.
    value: z.record(z.string(), z.unknown()).optional(),
    filterClass: protoEnum(['UNSPECIFIED', 'AUTHN', 'AUTHZ', 'STATS']).optional(),
  },
  (value, ctx) => {
    const operation = field(value, 'operation');
    if (typeof operation === 'string' && operation !== 'REMOVE' && field(value, 'value') == null)
      ctx.addIssue({ code: 'custom', path: ['operation'], message: `operation ${operation} needs a patch value; only REMOVE takes none` });
  },
);

// The object class applyTo names decides which match selects it (a listener for an HTTP filter).
function matchFor(applyTo: unknown): string | undefined {
  if ((LISTENER_OBJECTS as readonly unknown[]).includes(applyTo)) return 'listener';
  if ((ROUTE_OBJECTS as readonly unknown[]).includes(applyTo)) return 'routeConfiguration';
  return applyTo === 'CLUSTER' ? 'cluster' : undefined;
}

const configPatch = message({ applyTo: protoEnum(APPLY_TO), match: match.optional(), patch }, (value, ctx) => {
  const applyTo = field(value, 'applyTo');
  const wanted = matchFor(applyTo);
  if (wanted === undefined) return;
  const selected = field(value, 'match');
  for (const object of OBJECTS) {
    if (object === wanted || field(selected, object) == null) continue;
    ctx.addIssue({
      code: 'custom',
      path: [spelling(value, 'match'), spelling(selected, object)],
      message: `applyTo ${String(applyTo)} is matched by a ${wanted} match, not a ${object} match`,
    });
  }
});

/** spec of an EnvoyFilter. */
export const envoyFilterSpec = message(
  {
    workloadSelector: workloadSelector.optional(),
    targetRefs: z.array(policyTargetReference).optional(),
    configPatches: z.array(configPatch),
    priority: z.int().min(-2147483648, 'must be a 32-bit integer').max(2147483647, 'must be a 32-bit integer').optional(),
  },
  (value, ctx) => {
    if (field(value, 'workloadSelector') != null && field(value, 'targetRefs') != null)
      ctx.addIssue({ code: 'custom', path: [spelling(value, 'targetRefs')], message: 'set only one of workloadSelector and targetRefs' });
  },
);
