import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../../src/lib/manifest/index.ts';
import { kubernetesFamily } from '../../../../../src/lib/manifest/kubernetes/index.ts';
import { check } from './helpers.ts';

const FIXTURES = [
  'shop.yaml',
  'fields-pod.fail.yaml',
  'fields-service.fail.yaml',
  'sa2001-unknown-field.fail.yaml',
  'sa2002-missing-field.fail.yaml',
  'sa2003-wrong-type.fail.yaml',
  'sa2004-invalid-value.fail.yaml',
  'sa3001-no-selector.fail.yaml',
  'sa3002-empty-selector.fail.yaml',
  'sa3003-selector-mismatch.fail.yaml',
  'sa3004-service-selects-nothing.fail.yaml',
  'sa3005-target-port.fail.yaml',
  'sa3006-image-tag.fail.yaml',
  'sa3007-probes.fail.yaml',
  'sa3008-resources.fail.yaml',
  'sa3009-root.fail.yaml',
  'sa3010-port-clash.fail.yaml',
];

describe('kubernetesFamily rules', () => {
  it('registers SA3001-SA3010 with the levels the checks are specified at', () => {
    expect(kubernetesFamily.rules.map((rule) => [rule.code, rule.severity, rule.family])).toEqual([
      ['SA3001', 'error', 'workload'],
      ['SA3002', 'error', 'workload'],
      ['SA3003', 'error', 'workload'],
      ['SA3004', 'warning', 'workload'],
      ['SA3005', 'warning', 'workload'],
      ['SA3006', 'warning', 'workload'],
      ['SA3007', 'warning', 'workload'],
      ['SA3008', 'warning', 'workload'],
      ['SA3009', 'warning', 'workload'],
      ['SA3010', 'warning', 'workload'],
    ]);
    for (const rule of kubernetesFamily.rules) {
      expect(RULES.get(rule.code), rule.code).toBe(rule);
      expect(rule.summary.length, rule.code).toBeGreaterThan(80);
    }
  });

  it('emits every one of its codes from some fixture, each at its registered level and with a rule page', () => {
    const diagnostics = check(...FIXTURES).filter((d) => /^SA(200[1-4]|30\d\d)$/.test(d.code));
    const emitted = new Set(diagnostics.map((d) => d.code));
    for (const rule of kubernetesFamily.rules) expect(emitted, rule.code).toContain(rule.code);
    for (const d of diagnostics) {
      expect(d.severity, d.code).toBe(RULES.get(d.code)?.severity);
      expect(d.docs).toBe(`/playground/rules/${d.code}/`);
      expect(d.endLine * 10_000 + d.endColumn, `${d.code} ${d.path}`).toBeGreaterThan(d.line * 10_000 + d.column);
    }
  });
});
