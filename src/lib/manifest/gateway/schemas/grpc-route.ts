/**
 * GRPCRoute (gateway.networking.k8s.io v1, standard channel v1.5.1): gRPC services and methods to
 * match, filters and backends, with the CRD's CEL rules on method matches.
 */
import * as z from 'zod';
import { choice } from '../../linkerd/schemas/common.ts';
import { documentOf } from '../../schema/formats.ts';
import {
  apiVersions,
  backendRefFields,
  celList,
  celObject,
  has,
  issue,
  list,
  sectionName,
  serviceNeedsPort,
  status,
  text,
  weight,
} from './common.ts';
import { grpcFilters } from './filters.ts';
import { headerMatches, hostnames, parentRefs, totalMatches } from './route-common.ts';

/** Served versions, current first (v1alpha2 left the standard channel in v1.2). */
export const GRPC_ROUTE_VERSIONS = ['v1'] as const;

const SERVICE = /^\.?[a-z_][a-z_0-9]*(\.[a-z_][a-z_0-9]*)*$/i;
const METHOD = /^[A-Za-z_][A-Za-z_0-9]*$/;

const methodMatch = celObject(
  {
    type: choice(['Exact', 'RegularExpression']).optional(),
    service: z.string().max(1024, 'must be at most 1024 characters').optional(),
    method: z.string().max(1024, 'must be at most 1024 characters').optional(),
  },
  (value, ctx) => {
    // type defaults to Exact, so the API server always asks for a service or a method.
    if (!has(value, 'service') && !has(value, 'method'))
      issue(ctx, [], 'a method match needs service, method or both, like service: shop.payments.v1.Payments');
    if ((value['type'] ?? 'Exact') !== 'Exact') return;
    const service = text(value, 'service');
    if (service !== undefined && !SERVICE.test(service))
      issue(
        ctx,
        ['service'],
        'must be a gRPC service name like "shop.payments.v1.Payments": dot-separated parts of letters, digits and "_"',
      );
    const method = text(value, 'method');
    if (method !== undefined && !METHOD.test(method))
      issue(ctx, ['method'], 'must be a gRPC method name like "Charge": letters, digits and "_", without the service or a "/"');
  },
);

const match = z
  .object({
    method: methodMatch.optional(),
    headers: headerMatches.optional(),
  })
  .strict();

const backendRef = celObject({ ...backendRefFields, weight: weight.optional(), filters: grpcFilters.optional() }, serviceNeedsPort);

const rule = z
  .object({
    name: sectionName.optional(),
    matches: list(match, 64, 'matches').optional(),
    filters: grpcFilters.optional(),
    backendRefs: list(backendRef, 16, 'backendRefs').optional(),
  })
  .strict();

/** spec of a GRPCRoute. */
export const grpcRouteSpec = z
  .object({
    parentRefs: parentRefs.optional(),
    hostnames: hostnames.optional(),
    rules: celList(rule, 16, 'rules', totalMatches(0)).optional(),
  })
  .strict();

/** A GRPCRoute document; spec is required since v1.4. */
export const grpcRouteSchema = documentOf(apiVersions(GRPC_ROUTE_VERSIONS), 'GRPCRoute', { spec: grpcRouteSpec, status });
