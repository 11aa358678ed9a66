import { describe, expect, it } from 'vitest';
import { findings, fixture, messages } from './helpers.ts';

describe('SA4012 older Linkerd API version', () => {
  it('notes served but older versions of Server, HTTPRoute and ServiceProfile at the apiVersion value', () => {
    expect(findings(fixture('sa4012-older-version.fail.yaml'), 'SA4012')).toEqual([
      { code: 'SA4012', severity: 'info', line: 2, column: 13 },
      { code: 'SA4012', severity: 'info', line: 13, column: 13 },
      { code: 'SA4012', severity: 'info', line: 24, column: 13 },
    ]);
    expect(messages(fixture('sa4012-older-version.fail.yaml'), 'SA4012')).toMatchInlineSnapshot(`
      [
        "2:13 policy.linkerd.io/v1beta1 Server is still served, but policy.linkerd.io/v1beta3 is current",
        "13:13 policy.linkerd.io/v1beta2 HTTPRoute is still served, but policy.linkerd.io/v1beta3 is current",
        "24:13 linkerd.io/v1alpha1 ServiceProfile is still served, but linkerd.io/v1alpha2 is current",
      ]
    `);
  });

  it('accepts the current versions without a note, and checks older ones against the same schema', () => {
    expect(findings(fixture('sa4012-older-version.pass.yaml'), 'SA4012', 'SA1009')).toEqual([]);
    expect(findings(fixture('sa4012-older-version.fail.yaml'), 'SA1009', 'SA2001', 'SA2002', 'SA2003', 'SA2004')).toEqual([]);
  });
});

describe('SA4013 field not in this API version', () => {
  it('reports accessPolicy before v1beta3, externalWorkloadSelector before v1beta2 and route timeouts before v1beta3', () => {
    expect(findings(fixture('sa4013-version-field.fail.yaml'), 'SA4013')).toEqual([
      { code: 'SA4013', severity: 'error', line: 12, column: 3 },
      { code: 'SA4013', severity: 'error', line: 20, column: 3 },
      { code: 'SA4013', severity: 'error', line: 42, column: 7 },
    ]);
    expect(messages(fixture('sa4013-version-field.fail.yaml'), 'SA4013')).toMatchInlineSnapshot(`
      [
        "12:3 spec.accessPolicy is not in policy.linkerd.io/v1beta2 Server; it needs policy.linkerd.io/v1beta3 or later",
        "20:3 spec.externalWorkloadSelector is not in policy.linkerd.io/v1beta1 Server; it needs policy.linkerd.io/v1beta2 or later",
        "42:7 spec.rules[1].timeouts is not in policy.linkerd.io/v1beta2 HTTPRoute; it needs policy.linkerd.io/v1beta3 or later",
      ]
    `);
  });

  it('accepts the fields in the versions that have them', () => {
    expect(findings(fixture('sa4013-version-field.pass.yaml'), 'SA4013')).toEqual([]);
  });
});
