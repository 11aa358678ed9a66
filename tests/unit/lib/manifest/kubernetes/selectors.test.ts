import { describe, expect, it } from 'vitest';
import { at, check, checkText, only } from './helpers.ts';

describe('SA3001 workload without a selector', () => {
  it('reports SA3001 when a Deployment has no selector, at the spec key', () => {
    const diagnostics = check('sa3001-no-selector.fail.yaml');
    expect(at(diagnostics, 'SA3001')).toEqual([{ code: 'SA3001', severity: 'error', line: 6, column: 1 }]);
    expect(only(diagnostics, 'SA3001')[0]).toMatchObject({
      endLine: 6,
      endColumn: 5,
      path: 'spec.selector',
      resource: 'Deployment shop/orders',
    });
    expect(only(diagnostics, 'SA3001')[0]?.message).toMatchInlineSnapshot(
      `"apps/v1 Deployment requires spec.selector, which says which pods it owns; add spec.selector.matchLabels: {app: orders, version: v1} (the pod template's labels)"`,
    );
  });

  it('does not also report a bare missing field for the selector', () => {
    expect(only(check('sa3001-no-selector.fail.yaml'), 'SA2002')).toEqual([]);
  });

  it('reports nothing when the selector is there', () => {
    expect(only(check('sa3001-no-selector.pass.yaml'), 'SA3001')).toEqual([]);
  });

  it('reports StatefulSets and DaemonSets too, but not Pods or other API versions', () => {
    const body = 'spec:\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers: [{name: a, image: "a:1"}]\n';
    for (const kind of ['StatefulSet', 'DaemonSet']) {
      expect(at(checkText(`apiVersion: apps/v1\nkind: ${kind}\nmetadata: {name: a}\n${body}`), 'SA3001'), kind).toHaveLength(1);
    }
    expect(only(checkText(`apiVersion: apps/v1beta1\nkind: Deployment\nmetadata: {name: a}\n${body}`), 'SA3001')).toEqual([]);
  });
});

describe('SA3002 empty selector', () => {
  it('reports SA3002 for selector: {} and for an empty matchLabels', () => {
    const diagnostics = check('sa3002-empty-selector.fail.yaml');
    expect(at(diagnostics, 'SA3002')).toEqual([
      { code: 'SA3002', severity: 'error', line: 6, column: 3 },
      { code: 'SA3002', severity: 'error', line: 22, column: 3 },
    ]);
    expect(only(diagnostics, 'SA3002')[0]?.message).toContain('spec.selector.matchLabels: {app: node-metrics}');
  });

  it('accepts a selector made of matchExpressions only', () => {
    expect(only(check('sa3002-empty-selector.pass.yaml'), 'SA3002')).toEqual([]);
  });
});

describe('SA3003 selector does not match the pod template', () => {
  const diagnostics = check('sa3003-selector-mismatch.fail.yaml');

  it('reports each selector label that differs or is missing, and each requirement that fails', () => {
    expect(at(diagnostics, 'SA3003')).toEqual([
      { code: 'SA3003', severity: 'error', line: 8, column: 7 },
      { code: 'SA3003', severity: 'error', line: 9, column: 7 },
      { code: 'SA3003', severity: 'error', line: 11, column: 9 },
    ]);
    expect(only(diagnostics, 'SA3003').map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "selector wants app=payment, but the pod template has app=payments; make them the same",
        "selector wants tier=backend, but the pod template has no "tier" label; add it to spec.template.metadata.labels",
        "selector requirement "track NotIn (canary)" does not hold for the pod template's labels",
      ]
    `);
  });

  it('reports nothing when the template carries the selected labels', () => {
    expect(only(check('sa3003-selector-mismatch.pass.yaml'), 'SA3003')).toEqual([]);
  });

  it('reports a malformed requirement as such, not as a mismatch', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec:\n  selector:\n    matchExpressions:\n      - key: app\n        operator: In\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers: [{name: a, image: "a:1"}]\n';
    const diagnostics = checkText(text);
    expect(only(diagnostics, 'SA3003')).toEqual([]);
    expect(at(diagnostics, 'SA2002')).toEqual([{ code: 'SA2002', severity: 'error', line: 7, column: 9 }]);
  });
});
