/** Sidecar (networking.istio.io): what a workload's proxy accepts inbound and can reach outbound. */
import * as z from 'zod';
import { message, port, protocol, protoEnum, workloadSelector } from './common.ts';
import { connectionPool } from './destination-rule.ts';
import { serverTls } from './gateway.ts';
import { destination } from './virtual-service.ts';

const sidecarPort = message({ number: port, protocol: protocol.optional(), name: z.string().optional(), targetPort: port.optional() });
const captureMode = protoEnum(['DEFAULT', 'IPTABLES', 'NONE']);

const ingress = message({
  port: sidecarPort,
  bind: z.string().optional(),
  captureMode: captureMode.optional(),
  defaultEndpoint: z.string().optional(),
  tls: serverTls.optional(),
  connectionPool: connectionPool.optional(),
});

const egressHost = z
  .string()
  .regex(/^[^\s/]+\/[^\s/:]+$/, 'must be "namespace/host", such as "./*", "istio-system/*" or "shop/payments.shop.svc.cluster.local"');

const egress = message({
  port: sidecarPort.optional(),
  bind: z.string().optional(),
  captureMode: captureMode.optional(),
  hosts: z.array(egressHost).min(1, 'an egress listener needs at least one host'),
});

/** spec of a Sidecar. */
export const sidecarSpec = message({
  workloadSelector: workloadSelector.optional(),
  ingress: z.array(ingress).optional(),
  egress: z.array(egress).optional(),
  outboundTrafficPolicy: message({
    mode: protoEnum(['REGISTRY_ONLY', 'ALLOW_ANY']).optional(),
    egressProxy: destination.optional(),
  }).optional(),
  inboundConnectionPool: connectionPool.optional(),
});
