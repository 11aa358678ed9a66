/** The linkerd family of checks: rules, schemas and analyzers. */
import type { Family } from '../family.ts';
import { configAnnotationsAnalyzer } from './checks/config-annotations.ts';
import { injectAnalyzer } from './checks/inject.ts';
import { oneOfAnalyzer } from './checks/one-of.ts';
import { referencesAnalyzer } from './checks/references.ts';
import { serverAuthorizationAnalyzer } from './checks/server-authorization.ts';
import { serversAnalyzer } from './checks/servers.ts';
import { serviceProfileAnalyzer } from './checks/service-profile.ts';
import { versionsAnalyzer } from './checks/versions.ts';
import { LINKERD_RULES } from './rules.ts';
import { LINKERD_SCHEMAS } from './schemas/index.ts';

/** Everything the linkerd family adds to the analyzer. */
export const linkerdFamily: Family = {
  rules: LINKERD_RULES,
  schemas: LINKERD_SCHEMAS,
  analyzers: [
    injectAnalyzer,
    configAnnotationsAnalyzer,
    versionsAnalyzer,
    oneOfAnalyzer,
    serverAuthorizationAnalyzer,
    serversAnalyzer,
    referencesAnalyzer,
    serviceProfileAnalyzer,
  ],
};
