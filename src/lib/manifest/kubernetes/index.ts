/** The kubernetes family of checks: rules, schemas and analyzers. */
import type { Family } from '../family.ts';

/** Everything the kubernetes family adds to the analyzer. */
export const kubernetesFamily: Family = { rules: [], schemas: [], analyzers: [] };
