/** The Gateway API family (gateway.networking.k8s.io): schemas of its standard-channel kinds, no codes or checks of its own. */
import type { Family } from '../family.ts';
import { GATEWAY_SCHEMAS } from './schemas/index.ts';

/** Everything the Gateway API family adds to the analyzer. */
export const gatewayFamily: Family = {
  rules: [],
  schemas: GATEWAY_SCHEMAS,
  analyzers: [],
};
