/**
 * Istio annotations: unknown ones (IST0108), ones on a kind that does not read them (IST0107),
 * deprecated ones (IST0135) and invalid values (IST0125). Pod templates are checked as pods.
 */
import { closestMatch } from '../../../text/index.ts';
import type { AnalysisContext } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { stringMapAt, type Resource } from '../../resource.ts';
import { asWorkload } from '../../workloads.ts';
import type { DataPath } from '../../yaml/locate.ts';
import { ANNOTATION_VALUES, IGNORED_ANNOTATIONS, ISTIO_ANNOTATIONS, isIstioAnnotation } from '../annotation-catalog.ts';
import { meshOf } from '../mesh.ts';

const KNOWN = [...ISTIO_ANNOTATIONS.keys()];

function checkAnnotations(context: AnalysisContext, resource: Resource, metadataPath: DataPath, kind: string, template: boolean): void {
  const annotations = stringMapAt(resource.value, [...metadataPath, 'annotations']);
  if (!annotations) return;
  const labels = stringMapAt(resource.value, [...metadataPath, 'labels']) ?? {};
  for (const [key, value] of Object.entries(annotations)) {
    if (!isIstioAnnotation(key) || IGNORED_ANNOTATIONS.has(key)) continue;
    const path = [...metadataPath, 'annotations', key];
    const info = ISTIO_ANNOTATIONS.get(key);
    if (!info) {
      const hint = closestMatch(key, KNOWN);
      context.report(resource, {
        code: 'IST0108',
        path,
        message: `Unknown annotation: ${key}${hint ? `; did you mean "${hint}"?` : ''}`,
        ...(hint && !Object.hasOwn(annotations, hint)
          ? { fix: { title: `Rename to ${hint}`, ops: [{ op: 'rename' as const, path, to: hint }] } }
          : {}),
      });
      continue;
    }
    if (info.deprecated !== undefined && !(key === 'sidecar.istio.io/inject' && labels[key] !== undefined)) {
      context.report(resource, {
        code: 'IST0135',
        path,
        message: `Annotation ${JSON.stringify(key)} has been deprecated${info.deprecated} and may not work in future Istio versions.`,
      });
    }
    if (info.resources.includes('Any')) continue;
    if (!info.resources.includes(kind)) {
      const onPods = info.resources.includes('Pod') && !template && asWorkload(resource) !== undefined;
      context.report(resource, {
        code: 'IST0107',
        path,
        message: `Misplaced annotation: ${key} can only be applied to ${info.resources.join(', ')}${onPods ? '; put it under spec.template.metadata.annotations' : ''}`,
      });
      continue;
    }
    const problem = ANNOTATION_VALUES.get(key)?.(value);
    if (problem) context.report(resource, { code: 'IST0125', path, message: `Invalid annotation ${key}: ${problem}` });
  }
}

/** IST0107, IST0108, IST0125 and IST0135 on every resource and pod template. */
export const annotations: Analyzer = {
  name: 'istio/annotations',
  run(context) {
    for (const resource of context.resources) checkAnnotations(context, resource, ['metadata'], resource.kind, false);
    for (const workload of meshOf(context).workloads) {
      if (workload.resource.kind !== 'Pod') checkAnnotations(context, workload.resource, workload.podMetadataPath, 'Pod', true);
    }
  },
};
