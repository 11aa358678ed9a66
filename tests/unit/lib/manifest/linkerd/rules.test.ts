import { describe, expect, it } from 'vitest';
import { RULES } from '../../../../../src/lib/manifest/index.ts';
import { linkerdFamily } from '../../../../../src/lib/manifest/linkerd/index.ts';
import { LINKERD_RULES } from '../../../../../src/lib/manifest/linkerd/rules.ts';

describe('LINKERD_RULES', () => {
  it('registers each code once, in the SA4001-SA4099 range, as the linkerd family', () => {
    const codes = LINKERD_RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of LINKERD_RULES) {
      expect(rule.code).toMatch(/^SA40\d\d$/);
      expect(rule.family).toBe('linkerd');
      expect(RULES.get(rule.code)).toBe(rule);
    }
  });

  it('gives every rule a title and a summary that says why it matters', () => {
    for (const rule of LINKERD_RULES) {
      expect(rule.title.length, rule.code).toBeGreaterThan(5);
      expect(rule.summary.length, rule.code).toBeGreaterThan(60);
    }
  });

  it('keeps the levels the rules were specified with', () => {
    const levels = Object.fromEntries(LINKERD_RULES.map((rule) => [rule.code, rule.severity]));
    expect(levels).toMatchObject({
      SA4001: 'error',
      SA4002: 'warning',
      SA4003: 'warning',
      SA4004: 'warning',
      SA4005: 'error',
      SA4006: 'warning',
    });
  });
});

describe('linkerdFamily', () => {
  it('plugs in its rules, its schemas and analyzers with distinct names', () => {
    expect(linkerdFamily.rules).toBe(LINKERD_RULES);
    expect(linkerdFamily.schemas.map((s) => s.kind).sort()).toEqual([
      'AuthorizationPolicy',
      'EgressNetwork',
      'HTTPRoute',
      'MeshTLSAuthentication',
      'NetworkAuthentication',
      'Server',
      'ServerAuthorization',
      'ServiceProfile',
    ]);
    const names = linkerdFamily.analyzers.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
  });
});
