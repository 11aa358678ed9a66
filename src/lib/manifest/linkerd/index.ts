/** The linkerd family of checks: rules, schemas and analyzers. */
import type { Family } from '../family.ts';

/** Everything the linkerd family adds to the analyzer. */
export const linkerdFamily: Family = { rules: [], schemas: [], analyzers: [] };
