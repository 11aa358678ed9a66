/** The dockerfile family of checks: rules, schemas and analyzers. */
import type { Family } from '../family.ts';

/** Everything the dockerfile family adds to the analyzer. */
export const dockerfileFamily: Family = { rules: [], schemas: [], analyzers: [] };
