/** ServiceEntry (networking.istio.io): a host added to Istio's service registry, often outside the mesh. */
import * as z from 'zod';
import { exportTo, host, message, port, protocol, protoEnum, stringMap, strings, workloadSelector } from './common.ts';

// An empty protocol is proto3's unset value, which istioctl treats like a missing one.
const servicePort = message({
  number: port,
  protocol: protocol.or(z.literal('')).optional(),
  name: z.string().min(1, 'must not be empty'),
  targetPort: port.optional(),
});

const workloadEntry = message({
  address: z.string().optional(),
  ports: z.record(z.string(), port).optional(),
  labels: stringMap.optional(),
  network: z.string().optional(),
  locality: z.string().optional(),
  weight: z.int().min(0).optional(),
  serviceAccount: z.string().optional(),
});

/** spec of a ServiceEntry. */
export const serviceEntrySpec = message({
  hosts: z.array(host).min(1, 'a ServiceEntry needs at least one host'),
  addresses: strings.optional(),
  ports: z.array(servicePort).optional(),
  location: protoEnum(['MESH_EXTERNAL', 'MESH_INTERNAL']).optional(),
  resolution: protoEnum(['NONE', 'STATIC', 'DNS', 'DNS_ROUND_ROBIN', 'DYNAMIC_DNS']).optional(),
  endpoints: z.array(workloadEntry).optional(),
  workloadSelector: workloadSelector.optional(),
  exportTo: exportTo.optional(),
  subjectAltNames: strings.optional(),
});
