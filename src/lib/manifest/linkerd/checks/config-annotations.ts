/** Checks of config.linkerd.io/* annotation names and values (SA4004, SA4011). */
import { closestMatch } from '../../../text/index.ts';
import type { Analyzer } from '../../family.ts';
import { CONFIG_ANNOTATIONS, CONFIG_LABELS, CONFIG_PREFIXES, INJECT, isConfigKey } from '../annotations.ts';
import { entriesAt, metadataSites } from './metadata.ts';
import { valueProblem } from './values.ts';

// The same setting under another prefix ("config.linkerd.io/proxy-wait-before-exit-seconds" is alpha).
const BY_SETTING = new Map<string, string>([INJECT, ...CONFIG_ANNOTATIONS.keys()].map((key) => [key.slice(key.indexOf('/') + 1), key]));

function suggestion(key: string): string | undefined {
  const setting = key.slice(key.indexOf('/') + 1);
  return BY_SETTING.get(setting) ?? closestMatch(key, CONFIG_ANNOTATIONS.keys());
}

function unknownMessage(key: string): string {
  if (CONFIG_LABELS.has(key)) return `${key} is read as a namespace label, not an annotation; move it to metadata.labels`;
  const hint = suggestion(key);
  const prefix = CONFIG_PREFIXES.find((p) => key.startsWith(p)) ?? '';
  return `unknown Linkerd annotation ${key}${hint ? `; did you mean ${hint}?` : `; see the ${prefix}* names in the proxy configuration reference`}`;
}

/** SA4004 and SA4011: config annotations Linkerd does not know, and values it cannot use. */
export const configAnnotationsAnalyzer: Analyzer = {
  name: 'linkerd/config-annotations',
  run(context) {
    for (const resource of context.resources) {
      for (const site of metadataSites(resource)) {
        const annotations = entriesAt(resource, [...site.path, 'annotations']);
        for (const [key, value] of annotations.entries) {
          if (!isConfigKey(key)) continue;
          const kind = CONFIG_ANNOTATIONS.get(key);
          if (kind === undefined) {
            const hint = CONFIG_LABELS.has(key) ? undefined : suggestion(key);
            context.report(resource, {
              code: 'SA4004',
              path: [...annotations.path, key],
              message: unknownMessage(key),
              ...(hint && !annotations.entries.some(([k]) => k === hint)
                ? { fix: { title: `Rename to ${hint}`, ops: [{ op: 'rename' as const, path: [...annotations.path, key], to: hint }] } }
                : {}),
            });
            continue;
          }
          const problem = valueProblem(kind, value.trim());
          if (problem) {
            context.report(resource, {
              code: 'SA4011',
              path: [...annotations.path, key],
              target: 'value',
              message: `${key}: ${problem}`,
            });
          }
        }
      }
    }
  },
};
