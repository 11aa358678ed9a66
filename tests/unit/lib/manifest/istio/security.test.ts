import { describe, expect, it } from 'vitest';
import { diagnosticsOf, diagnosticsOfText, found, foundIn, messages } from './fixtures.ts';

describe('IST0127', () => {
  it('reports IST0127 at the matchLabels of policies that select no workload', () => {
    const diagnostics = diagnosticsOf('ist0127.fail.yaml');
    expect(found(diagnostics, 'IST0127')).toEqual([
      { code: 'IST0127', severity: 'warning', line: 29, column: 5 },
      { code: 'IST0127', severity: 'warning', line: 44, column: 5 },
    ]);
    expect(messages(diagnostics, 'IST0127')).toEqual([
      'No matching workloads for this resource with the following labels: app=payment',
      'No matching workloads for this resource with the following labels: app=storefront',
    ]);
  });

  it('reports no IST0127 for selectors that match, and for mesh-wide policies', () => {
    expect(foundIn('ist0127.pass.yaml', 'IST0127')).toEqual([]);
  });

  it('does not check selectors when the input defines no workload', () => {
    const text =
      'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nmetadata:\n  name: p\nspec:\n  selector:\n    matchLabels: {app: payments}\n';
    expect(found(diagnosticsOfText(text), 'IST0127')).toEqual([]);
  });
});

describe('IST0101 (AuthorizationPolicy namespaces)', () => {
  it('reports IST0101 at a source namespace that matches no namespace', () => {
    const diagnostics = diagnosticsOf('ist0101-namespace.fail.yaml');
    expect(found(diagnostics, 'IST0101')).toEqual([{ code: 'IST0101', severity: 'error', line: 20, column: 17 }]);
    expect(messages(diagnostics, 'IST0101')).toEqual(['Referenced namespace not found: "shopping"']);
  });

  it('reports no IST0101 for exact, prefix and suffix patterns that match', () => {
    expect(foundIn('ist0101-namespace.pass.yaml', 'IST0101')).toEqual([]);
  });
});
