/** v1 Service: type, ports (port, targetPort, nodePort, appProtocol), selector and addressing. */
import * as z from 'zod';
import { dnsLabel, documentOf, qualifiedName } from '../../schema/formats.ts';
import { choice, dns1035Label, intOrPortName, labels, metadata, opt, port, protocol, status } from './formats.ts';

/** The Service types. */
export const SERVICE_TYPES = ['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'] as const;

const trafficPolicy = choice(['Cluster', 'Local']);

/** One Service port; names are required and unique when there are several (checked across fields). */
export const servicePort = z
  .object({
    // Service port names are DNS labels (up to 63 characters), unlike container port names.
    name: opt(dnsLabel),
    protocol: opt(protocol),
    port,
    targetPort: opt(intOrPortName),
    nodePort: opt(port),
    appProtocol: opt(qualifiedName),
  })
  .strict();

/** v1 Service. */
export const service = documentOf(['v1'], 'Service', {
  metadata: metadata({ name: dns1035Label }),
  spec: z
    .object({
      type: opt(choice(SERVICE_TYPES)),
      ports: opt(z.array(servicePort)),
      selector: opt(labels),
      clusterIP: opt(z.string()),
      clusterIPs: opt(z.array(z.string())),
      externalName: opt(
        z
          .string()
          .regex(
            /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\.?$/,
            'must be a lower-case DNS name, like db.example.com',
          ),
      ),
      externalIPs: opt(z.array(z.string())),
      sessionAffinity: opt(choice(['None', 'ClientIP'])),
      sessionAffinityConfig: opt(
        z
          .object({
            clientIP: opt(z.object({ timeoutSeconds: opt(z.int().min(1, 'must be 1-86400').max(86400, 'must be 1-86400')) }).strict()),
          })
          .strict(),
      ),
      externalTrafficPolicy: opt(trafficPolicy),
      internalTrafficPolicy: opt(trafficPolicy),
      healthCheckNodePort: opt(port),
      publishNotReadyAddresses: opt(z.boolean()),
      ipFamilies: opt(z.array(choice(['IPv4', 'IPv6']))),
      ipFamilyPolicy: opt(choice(['SingleStack', 'PreferDualStack', 'RequireDualStack'])),
      loadBalancerIP: opt(z.string()),
      loadBalancerSourceRanges: opt(z.array(z.string())),
      loadBalancerClass: opt(z.string()),
      allocateLoadBalancerNodePorts: opt(z.boolean()),
      trafficDistribution: opt(z.string()),
    })
    .strict(),
  status,
});
