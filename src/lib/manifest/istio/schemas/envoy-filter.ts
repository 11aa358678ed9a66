/**
 * EnvoyFilter (networking.istio.io v1alpha3): patches to the Envoy configuration Istio generates,
 * after istio/api envoy_filter.proto, its CRD and the webhook's checks (pkg/config/validation/envoyfilter).
 * The patch values are Envoy config fragments and stay unchecked.
 */
import * as z from 'zod';
import { field, message, policyTargetReference, port, protoEnum, spelling, stringMap, workloadSelector } from './common.ts';

// INVALID is the proto's unset value, which Istio rejects like a missing field.
const LISTENER_OBJECTS = ['LISTENER', 'FILTER_CHAIN', 'NETWORK_FILTER', 'HTTP_FILTER', 'LISTENER_FILTER'] as const;
const ROUTE_OBJECTS = ['ROUTE_CONFIGURATION', 'VIRTUAL_HOST', 'HTTP_ROUTE'] as const;
const APPLY_TO = [...LISTENER_OBJECTS, ...ROUTE_OBJECTS, 'CLUSTER', 'EXTENSION_CONFIG', 'BOOTSTRAP'] as const;

// The applyTo values whose listener filter match the webhook checks (it leaves LISTENER_FILTER out).
const FILTER_MATCHED = ['LISTENER', 'FILTER_CHAIN', 'NETWORK_FILTER', 'HTTP_FILTER'];
// The network filter a subFilter match looks into, under its current and its deprecated name.
const HTTP_CONNECTION_MANAGER = 'envoy.filters.network.http_connection_manager';
const HCM_NAMES = [HTTP_CONNECTION_MANAGER, 'envoy.http_connection_manager'];

const name = z.string().optional();

const filterMatch = message({ name, subFilter: message({ name }).optional() });

const listenerMatch = message({
  portNumber: port.optional(),
  portName: name,
  filterChain: message({
    name,
    sni: name,
    transportProtocol: name,
    applicationProtocols: name,
    filter: filterMatch.optional(),
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

// The configuration a waypoint proxy generates; only matched in the WAYPOINT context.
const waypointMatch = message({ filter: filterMatch.optional(), portNumber: port.optional(), route: message({ name }).optional() });

// The oneof of the proto; the first three are the object classes applyTo is checked against.
const CLASSES = ['listener', 'routeConfiguration', 'cluster'];
const OBJECTS = [...CLASSES, 'waypoint'];

const match = message(
  {
    context: protoEnum(['ANY', 'SIDECAR_INBOUND', 'SIDECAR_OUTBOUND', 'GATEWAY', 'WAYPOINT']).optional(),
    proxy: message({ proxyVersion: name, metadata: stringMap.optional() }).optional(),
    listener: listenerMatch.optional(),
    routeConfiguration: routeConfigurationMatch.optional(),
    cluster: clusterMatch.optional(),
    waypoint: waypointMatch.optional(),
  },
  (value, ctx) => {
    // A oneof in the proto: a match selects one class of Envoy object.
    const set = OBJECTS.filter((object) => field(value, object) != null);
    if (set.length > 1)
      ctx.addIssue({
        code: 'custom',
        path: [spelling(value, set[1] ?? '')],
        message: `set only one of listener, routeConfiguration, cluster or waypoint (found ${set.join(' and ')})`,
      });
    // The CRD ties the waypoint match and the WAYPOINT context together, both ways.
    const waypoint = field(value, 'waypoint') != null;
    if (field(value, 'context') === 'WAYPOINT' && !waypoint)
      ctx.addIssue({
        code: 'custom',
        path: ['context'],
        message: 'context WAYPOINT needs a waypoint match; add waypoint: {} to match all',
      });
    else if (waypoint && field(value, 'context') !== 'WAYPOINT')
      ctx.addIssue({ code: 'custom', path: [spelling(value, 'waypoint')], message: 'a waypoint match needs context: WAYPOINT' });
  },
);

const patch = message(
  {
    operation: protoEnum(['MERGE', 'ADD', 'REMOVE', 'INSERT_BEFORE', 'INSERT_AFTER', 'INSERT_FIRST', 'REPLACE', 'MERGE_AND_REPLACE_LIST']),
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

// The webhook's rules for a filter match in a listener match: a filter name, and a subFilter only
// for applyTo HTTP_FILTER, inside the HTTP connection manager, with a name of its own.
function checkFilterMatch(value: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const applyTo = field(value, 'applyTo');
  if (typeof applyTo !== 'string' || !FILTER_MATCHED.includes(applyTo)) return;
  const selected = field(value, 'match');
  const listener = field(selected, 'listener');
  const chain = field(listener, 'filterChain');
  const filter = field(chain, 'filter');
  if (typeof filter !== 'object' || filter === null) return;
  const path = [spelling(value, 'match'), spelling(selected, 'listener'), spelling(listener, 'filterChain'), spelling(chain, 'filter')];
  const filterName = field(filter, 'name');
  if (typeof filterName !== 'string' || filterName === '') {
    ctx.addIssue({
      code: 'custom',
      path,
      message: `a filter match needs the name of the filter to match, such as ${HTTP_CONNECTION_MANAGER}`,
    });
    return;
  }
  const subFilter = field(filter, 'subFilter');
  if (typeof subFilter !== 'object' || subFilter === null) return;
  const subPath = [...path, spelling(filter, 'subFilter')];
  if (applyTo !== 'HTTP_FILTER')
    ctx.addIssue({
      code: 'custom',
      path: subPath,
      message: `a subFilter match only works with applyTo HTTP_FILTER; remove it for ${applyTo}`,
    });
  else if (!HCM_NAMES.includes(filterName))
    ctx.addIssue({ code: 'custom', path: subPath, message: `a subFilter match needs the filter name ${HTTP_CONNECTION_MANAGER}` });
  else if (typeof field(subFilter, 'name') !== 'string' || field(subFilter, 'name') === '')
    ctx.addIssue({
      code: 'custom',
      path: subPath,
      message: 'a subFilter match needs the name of the HTTP filter to match, such as envoy.filters.http.router',
    });
}

const configPatch = message({ applyTo: protoEnum(APPLY_TO), match: match.optional(), patch }, (value, ctx) => {
  checkFilterMatch(value, ctx);
  const applyTo = field(value, 'applyTo');
  const wanted = matchFor(applyTo);
  if (wanted === undefined) return;
  const selected = field(value, 'match');
  // A waypoint match is left alone: it selects objects of any class in a waypoint.
  for (const object of CLASSES) {
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
    targetRefs: z.array(policyTargetReference).max(16, 'must have at most 16 targets').optional(),
    // Not a required field in the CRD: an EnvoyFilter without patches is accepted and does nothing.
    configPatches: z.array(configPatch).optional(),
    priority: z.int().min(-2147483648, 'must be a 32-bit integer').max(2147483647, 'must be a 32-bit integer').optional(),
  },
  (value, ctx) => {
    if (field(value, 'workloadSelector') != null && field(value, 'targetRefs') != null)
      ctx.addIssue({ code: 'custom', path: [spelling(value, 'targetRefs')], message: 'set only one of workloadSelector and targetRefs' });
  },
);
