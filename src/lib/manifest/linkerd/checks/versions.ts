/** Checks of API versions: older served versions (SA4012) and fields they lack (SA4013). */
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { valueAt, type Resource } from '../../resource.ts';
import { formatPath, type DataPath } from '../../yaml/locate.ts';
import { linkerdSchemaOf, VERSIONED_FIELDS, type VersionedField } from '../schemas/index.ts';

// Every concrete path a field path stands for: a number step means each item of that list.
function expand(value: unknown, path: DataPath, prefix: DataPath = []): DataPath[] {
  const index = path.findIndex((step) => typeof step === 'number');
  if (index < 0) return valueAt(value, [...prefix, ...path]) === undefined ? [] : [[...prefix, ...path]];
  const listPath = [...prefix, ...path.slice(0, index)];
  const list = valueAt(value, listPath);
  if (!Array.isArray(list)) return [];
  return list.flatMap((_, item) => expand(value, path.slice(index + 1), [...listPath, item]));
}

function checkFields(context: AnalysisContext, resource: Resource, fields: readonly VersionedField[]): void {
  for (const field of fields) {
    if (field.kind !== resource.kind || field.versions.includes(resource.version)) continue;
    const wanted = `${resource.group}/${field.versions[field.versions.length - 1]}`;
    for (const path of expand(resource.value, field.path)) {
      context.report(resource, {
        code: 'SA4013',
        path,
        message: `${formatPath(path)} is not in ${resource.apiVersion} ${resource.kind}; it needs ${wanted} or later`,
      });
    }
  }
}

/** SA4012 and SA4013. */
export const versionsAnalyzer: Analyzer = {
  name: 'linkerd/api-versions',
  run(context) {
    for (const resource of context.resources) {
      const schema = linkerdSchemaOf(resource.group, resource.kind);
      const current = schema?.versions[0];
      if (!schema || current === undefined || !schema.versions.includes(resource.version)) continue;
      if (resource.version !== current) {
        context.report(resource, {
          code: 'SA4012',
          path: ['apiVersion'],
          target: 'value',
          message: `${resource.apiVersion} ${resource.kind} is still served, but ${schema.group}/${current} is current`,
        });
      }
      checkFields(context, resource, VERSIONED_FIELDS);
    }
  },
};
