/**
 * ProxyConfig (networking.istio.io v1beta1): proxy settings per mesh, namespace or workload, after
 * istio/api proxy_config.proto and its CRD. The CRD serves no targetRef (an early proto had one), so
 * the strict object reports it as an unknown field.
 */
import * as z from 'zod';
import { matchLabelsSelector, message } from './common.ts';

/** spec of a ProxyConfig. */
export const proxyConfigSpec = message({
  selector: matchLabelsSelector.optional(),
  // An Int32Value: 0 means one worker per core the proxy's CPU limit (or request) allows.
  concurrency: z
    .int()
    .min(0, 'must be 0 (one per core) or a positive number of worker threads')
    .max(2147483647, 'must be a 32-bit integer')
    .optional(),
  environmentVariables: z.record(z.string(), z.string().max(2048, 'must be at most 2048 characters')).optional(),
  // Istio publishes default, debug and distroless images; a hub may publish other types.
  image: message({ imageType: z.string().optional() }).optional(),
});
