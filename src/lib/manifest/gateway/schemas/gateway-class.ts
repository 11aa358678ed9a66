/** GatewayClass (gateway.networking.k8s.io v1 and v1beta1, standard channel v1.5.1): the controller that runs Gateways of the class. */
import * as z from 'zod';
import { documentOf } from '../../schema/formats.ts';
import { apiVersions, group, kind, namespace, objectName, status } from './common.ts';

/** Served versions, current first. */
export const GATEWAY_CLASS_VERSIONS = ['v1', 'v1beta1'] as const;

const CONTROLLER = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;

/** spec of a GatewayClass. */
export const gatewayClassSpec = z
  .object({
    controllerName: z
      .string()
      .min(1, 'must not be empty')
      .max(253, 'must be at most 253 characters')
      .regex(CONTROLLER, 'must be a controller name like "istio.io/gateway-controller": a domain, "/", then a path'),
    parametersRef: z.object({ group, kind, name: objectName, namespace: namespace.optional() }).strict().optional(),
    description: z.string().max(64, 'must be at most 64 characters').optional(),
  })
  .strict();

/** A GatewayClass document; the kind is cluster-scoped. */
export const gatewayClassSchema = documentOf(
  apiVersions(GATEWAY_CLASS_VERSIONS),
  'GatewayClass',
  { spec: gatewayClassSpec, status },
  false,
);
