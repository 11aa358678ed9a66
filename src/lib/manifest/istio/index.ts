/** The istio family of checks: rules, schemas and analyzers. */
import type { Family } from '../family.ts';
import { annotations } from './analyzers/annotations.ts';
import { apiVersions } from './analyzers/api-version.ts';
import { applicationUid } from './analyzers/application-uid.ts';
import { destinationRules } from './analyzers/destination-rule.ts';
import { conflictingGateways } from './analyzers/gateway.ts';
import { injection } from './analyzers/injection.ts';
import { virtualServiceRoutes } from './analyzers/routes.ts';
import { securityPolicies } from './analyzers/security.ts';
import { serviceEntryAddresses } from './analyzers/service-entry.ts';
import { services } from './analyzers/services.ts';
import { sidecarSelectors } from './analyzers/sidecar.ts';
import { virtualServiceReferences } from './analyzers/virtual-service.ts';
import { ISTIO_RULES } from './rules.ts';
import { ISTIO_SCHEMAS } from './schemas/index.ts';

/** Everything the istio family adds to the analyzer. */
export const istioFamily: Family = {
  rules: ISTIO_RULES,
  schemas: ISTIO_SCHEMAS,
  analyzers: [
    apiVersions,
    virtualServiceReferences,
    virtualServiceRoutes,
    destinationRules,
    sidecarSelectors,
    conflictingGateways,
    serviceEntryAddresses,
    securityPolicies,
    injection,
    annotations,
    services,
    applicationUid,
  ],
};
