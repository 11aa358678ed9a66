/** Istio resources written with an older API version than the current v1 (SA6001). */
import type { Analyzer } from '../../family.ts';
import { ISTIO_SCHEMAS } from '../schemas/index.ts';

const CURRENT = new Map(ISTIO_SCHEMAS.map((schema) => [`${schema.group}/${schema.kind}`, schema]));

/** SA6001 for Istio kinds (networking, security, telemetry) not written as v1. */
export const apiVersions: Analyzer = {
  name: 'istio/api-versions',
  run(context) {
    for (const resource of context.resources) {
      const schema = CURRENT.get(`${resource.group}/${resource.kind}`);
      const current = schema?.versions[0];
      if (!schema || !current || resource.version === current || !schema.versions.includes(resource.version)) continue;
      context.report(resource, {
        code: 'SA6001',
        path: ['apiVersion'],
        target: 'value',
        message: `${resource.apiVersion} still works, but ${current} is the current version of ${resource.kind}: write apiVersion: ${schema.group}/${current}`,
      });
    }
  },
};
