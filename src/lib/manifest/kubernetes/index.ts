/** The kubernetes family of checks: rules, schemas and analyzers. */
import type { Family } from '../family.ts';
import { containersAnalyzer } from './checks/containers.ts';
import { mapKeysAnalyzer } from './checks/map-keys.ts';
import { objectFieldsAnalyzer } from './checks/object-fields.ts';
import { podFieldsAnalyzer } from './checks/pod-fields.ts';
import { selectorsAnalyzer } from './checks/selectors.ts';
import { servicesAnalyzer } from './checks/services.ts';
import { KUBERNETES_RULES } from './rules.ts';
import { KUBERNETES_SCHEMAS } from './schemas.ts';

/** Everything the kubernetes family adds to the analyzer. */
export const kubernetesFamily: Family = {
  rules: KUBERNETES_RULES,
  schemas: KUBERNETES_SCHEMAS,
  analyzers: [mapKeysAnalyzer, podFieldsAnalyzer, objectFieldsAnalyzer, selectorsAnalyzer, servicesAnalyzer, containersAnalyzer],
};
