/** ProxyConfig (networking.istio.io v1beta1): proxy settings per mesh, namespace or workload. */
import * as z from 'zod';
import { matchLabelsSelector, message, policyTargetReference, stringMap } from './common.ts';

/** spec of a ProxyConfig. */
export const proxyConfigSpec = message({
  selector: matchLabelsSelector.optional(),
  // An Int32Value: 0 means one worker per core the proxy's CPU limit (or request) allows.
  concurrency: z.int().min(0, 'must be 0 (one per core) or a positive number of worker threads').optional(),
  environmentVariables: stringMap.optional(),
  // Istio publishes default, debug and distroless images; a hub may publish other types.
  image: message({ imageType: z.string().optional() }).optional(),
  targetRef: policyTargetReference.optional(),
});
