/**
 * TLSRoute (gateway.networking.k8s.io v1, standard channel since v1.5.0): TLS connections picked by
 * SNI host name and sent to backends unopened, with the CRD's CEL rules. v1 asks for host names and
 * exactly one rule; v1alpha2 and v1alpha3 are in the standard CRD only as unserved versions.
 */
import * as z from 'zod';
import { documentOf, isIpAddress } from '../../schema/formats.ts';
import {
  apiVersions,
  backendRefFields,
  celList,
  celObject,
  hostname,
  issue,
  list,
  sectionName,
  serviceNeedsPort,
  status,
  weight,
} from './common.ts';
import { parentRefs } from './route-common.ts';

/** Served versions: only v1 in v1.5.1's standard channel. */
export const TLS_ROUTE_VERSIONS = ['v1'] as const;

/**
 * The CRD's rules on hostnames: no IP address (SNI carries names only). Its other two rules (a valid
 * RFC 1123 name; a wildcard only as the first label) restate the item pattern, which reports them.
 */
function noAddresses(names: unknown[], ctx: z.RefinementCtx): void {
  names.forEach((name, index) => {
    if (typeof name === 'string' && isIpAddress(name))
      issue(ctx, [index], `"${name}" is an IP address, and SNI carries host names only: match the name clients connect to`);
  });
}

const backendRef = celObject({ ...backendRefFields, weight: weight.optional() }, serviceNeedsPort);

const rule = z
  .object({
    name: sectionName.optional(),
    backendRefs: list(backendRef, 16, 'backendRefs', 1),
  })
  .strict();

/** spec of a TLSRoute. */
export const tlsRouteSpec = z
  .object({
    parentRefs: parentRefs.optional(),
    hostnames: celList(hostname, 16, 'hostnames', noAddresses, 1),
    // A refinement rather than .max(1), which would stop zod before it checks the rules themselves.
    rules: z
      .array(rule)
      .min(1, 'must not be empty')
      .superRefine(
        (rules, ctx) => {
          if (rules.length > 1)
            issue(
              ctx,
              [1],
              `TLSRoute v1 takes exactly one rule (this list has ${rules.length}): send other host names with another TLSRoute`,
            );
        },
        { when: (payload) => Array.isArray(payload.value) },
      ),
  })
  .strict();

/** A TLSRoute document; spec is required. */
export const tlsRouteSchema = documentOf(apiVersions(TLS_ROUTE_VERSIONS), 'TLSRoute', { spec: tlsRouteSpec, status });
