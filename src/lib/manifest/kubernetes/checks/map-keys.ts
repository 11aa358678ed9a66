/**
 * Keys of label, annotation and data maps (SA2004). The schemas accept any key there and leave the
 * check to this walk, because a schema can only point at the value, and the fault is in the key.
 */
import type * as z from 'zod';
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { isObject, type Resource } from '../../resource.ts';
import { qualifiedName } from '../../schema/formats.ts';
import type { DataPath } from '../../yaml/locate.ts';
import { configKey } from '../schema/formats.ts';
import { validatedOfKind } from './data.ts';

/** Map fields whose keys are label keys, wherever they appear (metadata, selectors, affinity terms). */
const LABEL_FIELDS = new Map([
  ['labels', 'label key'],
  ['matchLabels', 'label key'],
  ['nodeSelector', 'label key'],
  ['annotations', 'annotation key'],
]);

function checkKeys(context: AnalysisContext, resource: Resource, map: unknown, path: DataPath, rule: z.ZodType, what: string): void {
  if (!isObject(map)) return;
  for (const key of Object.keys(map)) {
    const result = rule.safeParse(key);
    if (result.success) continue;
    context.report(resource, {
      code: 'SA2004',
      path: [...path, key],
      message: `${what} "${key}" is not valid: it ${result.error.issues[0]?.message ?? 'is not allowed'}`,
    });
  }
}

// One mutable path for the whole walk; it is copied only when a finding needs it.
function walk(context: AnalysisContext, resource: Resource, value: unknown, path: (string | number)[]): void {
  if (path.length > 24) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      walk(context, resource, value[index], path);
      path.pop();
    }
    return;
  }
  if (!isObject(value)) return;
  for (const key in value) {
    const child = value[key];
    const what = LABEL_FIELDS.get(key);
    if (what !== undefined && isObject(child)) checkKeys(context, resource, child, [...path, key], qualifiedName, what);
    else if (typeof child === 'object' && child !== null) {
      path.push(key);
      walk(context, resource, child, path);
      path.pop();
    }
  }
}

/** Label, annotation, selector and data keys of every resource of ours. */
export const mapKeysAnalyzer: Analyzer = {
  name: 'kubernetes/map-keys',
  run(context: AnalysisContext): void {
    for (const resource of validatedOfKind(
      context,
      'Namespace',
      'Pod',
      'Service',
      'ServiceAccount',
      'ConfigMap',
      'Secret',
      'Deployment',
      'StatefulSet',
      'DaemonSet',
    )) {
      walk(context, resource, resource.value, []);
      const value = resource.value;
      if (resource.kind === 'Service' && isObject(value['spec'])) {
        checkKeys(context, resource, value['spec']['selector'], ['spec', 'selector'], qualifiedName, 'label key');
      }
      for (const field of ['data', 'binaryData', 'stringData']) {
        if (resource.kind === 'ConfigMap' || resource.kind === 'Secret')
          checkKeys(context, resource, value[field], [field], configKey, 'key');
      }
    }
  },
};
