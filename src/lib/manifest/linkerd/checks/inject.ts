/** Checks of linkerd.io/inject and of where Linkerd annotations are put (SA4001, SA4002, SA4003). */
import { closestMatch } from '../../../text/index.ts';
import type { Analyzer } from '../../family.ts';
import { formatPath } from '../../yaml/locate.ts';
import { CONFIG_ANNOTATIONS, INJECT, INJECT_VALUES } from '../annotations.ts';
import { alternatives } from '../words.ts';
import { entriesAt, metadataSites } from './metadata.ts';

function injectHint(value: string): string {
  const lower = value.trim().toLowerCase();
  if (['true', 'yes', 'on', '1', 'enable'].includes(lower)) return '; did you mean "enabled"?';
  if (['false', 'no', 'off', '0', 'disable'].includes(lower)) return '; did you mean "disabled"?';
  const close = closestMatch(value, INJECT_VALUES);
  return close ? `; did you mean "${close}"?` : '';
}

const isLinkerdAnnotation = (key: string): boolean => key === INJECT || CONFIG_ANNOTATIONS.has(key);

/** SA4001, SA4002 and SA4003: inject values, annotations set as labels, annotations on workloads. */
export const injectAnalyzer: Analyzer = {
  name: 'linkerd/inject',
  run(context) {
    for (const resource of context.resources) {
      const sites = metadataSites(resource);
      const podPath = sites.find((site) => site.role === 'pod')?.path ?? [];
      for (const site of sites) {
        const labels = entriesAt(resource, [...site.path, 'labels']);
        for (const [key] of labels.entries) {
          if (!isLinkerdAnnotation(key)) continue;
          context.report(resource, {
            code: 'SA4002',
            path: [...labels.path, key],
            message: `${key} is read from annotations only; move it from labels to annotations`,
            fix: {
              title: 'Move to annotations',
              ops: [
                { op: 'remove', path: [...labels.path, key] },
                { op: 'set', path: [...site.path, 'annotations', key], value: String(labels.entries.find(([k]) => k === key)?.[1] ?? '') },
              ],
            },
          });
        }
        const annotations = entriesAt(resource, [...site.path, 'annotations']);
        for (const [key, value] of annotations.entries) {
          if (site.role === 'workload' && isLinkerdAnnotation(key)) {
            context.report(resource, {
              code: 'SA4003',
              path: [...annotations.path, key],
              message: `${key} on the ${resource.kind}'s own metadata is ignored; put it in the pod template (${formatPath([...podPath, 'annotations'])})`,
              ...(podPath.length > 0
                ? {
                    fix: {
                      title: 'Move to the pod template',
                      ops: [
                        { op: 'remove' as const, path: [...annotations.path, key] },
                        { op: 'set' as const, path: [...podPath, 'annotations', key], value },
                      ],
                    },
                  }
                : {}),
            });
          } else if (key === INJECT && (site.role === 'pod' || site.role === 'namespace') && !INJECT_VALUES.some((v) => v === value)) {
            context.report(resource, {
              code: 'SA4001',
              path: [...annotations.path, key],
              target: 'value',
              message: `${INJECT} must be ${alternatives(INJECT_VALUES)}, not "${value}"${injectHint(value)}`,
            });
          }
        }
      }
    }
  },
};
