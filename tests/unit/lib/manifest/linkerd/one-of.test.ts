import { describe, expect, it } from 'vitest';
import { findings, fixture, messages } from './helpers.ts';

describe('SA4005 Server needs exactly one selector', () => {
  it('reports a Server with both selectors at the second, and one with neither at spec', () => {
    expect(findings(fixture('sa4005-server-selector.fail.yaml'), 'SA4005')).toEqual([
      { code: 'SA4005', severity: 'error', line: 11, column: 3 },
      { code: 'SA4005', severity: 'error', line: 21, column: 1 },
    ]);
    expect(messages(fixture('sa4005-server-selector.fail.yaml'), 'SA4005')).toMatchInlineSnapshot(`
      [
        "11:3 spec sets both podSelector and externalWorkloadSelector; keep only one",
        "21:1 spec needs podSelector or externalWorkloadSelector",
      ]
    `);
  });

  it('accepts a podSelector alone and an externalWorkloadSelector alone', () => {
    expect(findings(fixture('sa4005-server-selector.pass.yaml'), 'SA4005')).toEqual([]);
  });
});

describe('SA4015 exactly one of two fields required', () => {
  it('reports MeshTLSAuthentications and ServerAuthorizations that set both fields or neither', () => {
    expect(findings(fixture('sa4015-one-of.fail.yaml'), 'SA4015')).toEqual([
      { code: 'SA4015', severity: 'error', line: 9, column: 3 },
      { code: 'SA4015', severity: 'error', line: 18, column: 1 },
      { code: 'SA4015', severity: 'error', line: 28, column: 5 },
    ]);
  });

  it('accepts one field of each pair', () => {
    expect(findings(fixture('sa4015-one-of.pass.yaml'), 'SA4015')).toEqual([]);
  });
});
