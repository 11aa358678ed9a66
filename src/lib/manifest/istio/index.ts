/** The istio family of checks: rules, schemas and analyzers. */
import type { Family } from '../family.ts';

/** Everything the istio family adds to the analyzer. */
export const istioFamily: Family = { rules: [], schemas: [], analyzers: [] };
