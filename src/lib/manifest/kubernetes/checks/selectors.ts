/**
 * Controller selectors: SA3001 (missing), SA3002 (empty), SA3003 (does not match the pod template),
 * plus the selector and update-strategy rules the API server enforces across fields (SA2002/SA2004).
 */
import type { AnalysisContext, Finding } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { isObject, stringMapAt } from '../../resource.ts';
import { asWorkload, labelSelectorMatches } from '../../workloads.ts';
import type { PlainObject } from '../../yaml/load.ts';
import { itemsOf, objectAt, present, scalar, text, validatedOfKind } from './data.ts';

type Report = (finding: Finding) => void;

const CONTROLLERS = ['Deployment', 'StatefulSet', 'DaemonSet'];
const SELECTOR = ['spec', 'selector'] as const;

const pairs = (labels: Record<string, string>): string =>
  Object.entries(labels)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');

function describeRequirement(requirement: PlainObject): string {
  const values = Array.isArray(requirement['values']) ? ` (${requirement['values'].map((v) => scalar(v) ?? '?').join(', ')})` : '';
  return `${scalar(requirement['key']) ?? '?'} ${scalar(requirement['operator']) ?? '?'}${values}`;
}

/** SA3003: each matchLabels entry and each requirement must hold for the template's labels. */
function checkMatch(selector: PlainObject, labels: Record<string, string>, report: Report): void {
  for (const [key, wanted] of Object.entries(stringMapAt(selector, ['matchLabels']) ?? {})) {
    const actual = labels[key];
    if (actual === wanted) continue;
    report({
      code: 'SA3003',
      path: [...SELECTOR, 'matchLabels', key],
      message:
        actual === undefined
          ? `selector wants ${key}=${wanted}, but the pod template has no "${key}" label; add it to spec.template.metadata.labels`
          : `selector wants ${key}=${wanted}, but the pod template has ${key}=${actual}; make them the same`,
    });
  }
  for (const { item, index } of itemsOf(selector, 'matchExpressions')) {
    const operator = scalar(item['operator']) ?? '';
    const values = Array.isArray(item['values']) ? item['values'] : [];
    // A malformed requirement is reported as such (SA2002/SA2004), not as a mismatch too.
    const wellFormed = ['In', 'NotIn'].includes(operator)
      ? values.length > 0 && values.every((v) => typeof v === 'string')
      : ['Exists', 'DoesNotExist'].includes(operator) && values.length === 0;
    if (typeof item['key'] !== 'string' || !wellFormed) continue;
    if (labelSelectorMatches({ matchExpressions: [item] }, labels)) continue;
    report({
      code: 'SA3003',
      path: [...SELECTOR, 'matchExpressions', index],
      message: `selector requirement "${describeRequirement(item)}" does not hold for the pod template's labels`,
    });
  }
}

/** SA2002/SA2004: In and NotIn need values; Exists and DoesNotExist take none. */
function checkRequirements(selector: PlainObject, report: Report): void {
  for (const { item, index } of itemsOf(selector, 'matchExpressions')) {
    const values = Array.isArray(item['values']) ? item['values'] : [];
    const operator = item['operator'];
    if ((operator === 'In' || operator === 'NotIn') && values.length === 0) {
      report({
        code: 'SA2002',
        path: [...SELECTOR, 'matchExpressions', index, 'values'],
        message: `operator ${operator} needs at least one value`,
      });
    } else if ((operator === 'Exists' || operator === 'DoesNotExist') && values.length > 0) {
      report({
        code: 'SA2004',
        path: [...SELECTOR, 'matchExpressions', index, 'values'],
        message: `operator ${operator} takes no values; remove them`,
      });
    }
  }
}

/** SA2004: rollingUpdate only with the RollingUpdate type, and a Deployment rollout must be able to progress. */
function checkStrategy(spec: PlainObject, field: string, report: Report): void {
  const strategy = objectAt(spec, field);
  const rolling = objectAt(strategy, 'rollingUpdate');
  if (!strategy || !rolling) return;
  const type = text(strategy, 'type');
  if (type !== undefined && type !== 'RollingUpdate') {
    report({
      code: 'SA2004',
      path: ['spec', field, 'rollingUpdate'],
      message: `rollingUpdate may only be set when ${field}.type is RollingUpdate, not ${type}`,
    });
  }
  const zero = (value: unknown): boolean => value === 0 || value === '0%';
  if (field === 'strategy' && zero(rolling['maxSurge']) && zero(rolling['maxUnavailable'])) {
    report({
      code: 'SA2004',
      path: ['spec', field, 'rollingUpdate', 'maxUnavailable'],
      target: 'value',
      message: 'maxSurge and maxUnavailable cannot both be 0: the rollout could never replace a pod',
    });
  }
}

/** The selector checks of Deployments, StatefulSets and DaemonSets. */
export const selectorsAnalyzer: Analyzer = {
  name: 'kubernetes/workload-selectors',
  run(context: AnalysisContext): void {
    for (const resource of validatedOfKind(context, ...CONTROLLERS)) {
      const spec = objectAt(resource.value, 'spec');
      if (!spec) continue;
      const report: Report = (finding) => context.report(resource, finding);
      const labels = asWorkload(resource)?.podLabels ?? {};
      const hint =
        Object.keys(labels).length > 0
          ? `spec.selector.matchLabels: {${pairs(labels)}} (the pod template's labels)`
          : 'spec.selector.matchLabels with labels you also set in spec.template.metadata.labels';
      checkStrategy(spec, resource.kind === 'Deployment' ? 'strategy' : 'updateStrategy', report);
      if (!Object.hasOwn(spec, 'selector')) {
        report({
          code: 'SA3001',
          path: [...SELECTOR],
          message: `apps/v1 ${resource.kind} requires spec.selector, which says which pods it owns; add ${hint}`,
          ...(Object.keys(labels).length > 0
            ? {
                fix: {
                  title: 'Select the pod template’s labels',
                  ops: [{ op: 'set' as const, path: ['spec', 'selector', 'matchLabels'], value: labels }],
                },
              }
            : {}),
        });
        continue;
      }
      const selector = spec['selector'];
      if (selector !== null && !isObject(selector)) continue;
      const matchLabels = objectAt(selector, 'matchLabels');
      const expressions = selector?.['matchExpressions'];
      const empty = (!matchLabels || Object.keys(matchLabels).length === 0) && (!Array.isArray(expressions) || expressions.length === 0);
      if (!selector || empty) {
        report({ code: 'SA3002', path: [...SELECTOR], message: `spec.selector is empty, which would select every pod; add ${hint}` });
        continue;
      }
      checkRequirements(selector, report);
      if (present(spec, 'template')) checkMatch(selector, labels, report);
    }
  },
};
