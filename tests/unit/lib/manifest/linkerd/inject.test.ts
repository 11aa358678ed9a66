import { describe, expect, it } from 'vitest';
import { findings, fixture, messages, yaml } from './helpers.ts';

describe('SA4001 invalid linkerd.io/inject value', () => {
  it('reports values other than enabled, disabled and ingress on a Namespace, a pod template and a Pod', () => {
    expect(findings(fixture('sa4001-inject-value.fail.yaml'), 'SA4001')).toEqual([
      { code: 'SA4001', severity: 'error', line: 7, column: 24 },
      { code: 'SA4001', severity: 'error', line: 23, column: 28 },
      { code: 'SA4001', severity: 'error', line: 35, column: 24 },
    ]);
  });

  it('says which value was probably meant', () => {
    expect(messages(fixture('sa4001-inject-value.fail.yaml'), 'SA4001')).toMatchInlineSnapshot(`
      [
        "7:24 linkerd.io/inject must be "enabled", "disabled" or "ingress", not "true"; did you mean "enabled"?",
        "23:28 linkerd.io/inject must be "enabled", "disabled" or "ingress", not "Enabled"; did you mean "enabled"?",
        "35:24 linkerd.io/inject must be "enabled", "disabled" or "ingress", not "ingres"; did you mean "ingress"?",
      ]
    `);
  });

  it('accepts the three values the injector acts on', () => {
    expect(findings(fixture('sa4001-inject-value.pass.yaml'), 'SA4001')).toEqual([]);
  });

  it('ignores the annotation on kinds the injector does not read, like a ConfigMap', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: orders-config\n  annotations:\n    linkerd.io/inject: "yes"\n';
    expect(findings(yaml(text), 'SA4001')).toEqual([]);
  });
});

describe('SA4002 Linkerd annotation set as a label', () => {
  it('reports linkerd.io/inject and config annotations among labels, at the label key', () => {
    expect(findings(fixture('sa4002-inject-label.fail.yaml'), 'SA4002')).toEqual([
      { code: 'SA4002', severity: 'warning', line: 7, column: 5 },
      { code: 'SA4002', severity: 'warning', line: 22, column: 9 },
    ]);
  });

  it('accepts the annotations, and config.linkerd.io/admission-webhooks, which is a label', () => {
    expect(findings(fixture('sa4002-inject-label.pass.yaml'), 'SA4002')).toEqual([]);
  });
});

describe('SA4003 Linkerd annotation on the workload, not its pods', () => {
  it("reports inject and config annotations on a Deployment's and a CronJob's own metadata", () => {
    expect(findings(fixture('sa4003-workload-metadata.fail.yaml'), 'SA4003')).toEqual([
      { code: 'SA4003', severity: 'warning', line: 8, column: 5 },
      { code: 'SA4003', severity: 'warning', line: 9, column: 5 },
      { code: 'SA4003', severity: 'warning', line: 29, column: 5 },
    ]);
  });

  it('names the pod template path of each kind', () => {
    expect(messages(fixture('sa4003-workload-metadata.fail.yaml'), 'SA4003')).toMatchInlineSnapshot(`
      [
        "8:5 linkerd.io/inject on the Deployment's own metadata is ignored; put it in the pod template (spec.template.metadata.annotations)",
        "9:5 config.linkerd.io/proxy-memory-limit on the Deployment's own metadata is ignored; put it in the pod template (spec.template.metadata.annotations)",
        "29:5 linkerd.io/inject on the CronJob's own metadata is ignored; put it in the pod template (spec.jobTemplate.spec.template.metadata.annotations)",
      ]
    `);
  });

  it('accepts the annotations in pod templates, and opaque-ports on a Service', () => {
    expect(findings(fixture('sa4003-workload-metadata.pass.yaml'), 'SA4003')).toEqual([]);
  });
});
