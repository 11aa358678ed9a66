import { describe, expect, it } from 'vitest';
import { diagnosticsOf, found, foundIn, messages } from './fixtures.ts';

describe('IST0101 (Sidecar selector)', () => {
  it('reports IST0101 at the workloadSelector labels when they select no pod of the namespace', () => {
    const diagnostics = diagnosticsOf('ist0101-sidecar.fail.yaml');
    expect(found(diagnostics, 'IST0101')).toEqual([{ code: 'IST0101', severity: 'error', line: 27, column: 5 }]);
    expect(messages(diagnostics, 'IST0101')).toEqual(['Referenced selector not found: "app=payment"']);
  });

  it('reports no IST0101 when the selector matches a pod template', () => {
    expect(foundIn('ist0101-sidecar.pass.yaml', 'IST0101')).toEqual([]);
  });
});

describe('IST0110', () => {
  it('reports IST0110 on each Sidecar that selects the same pod', () => {
    const diagnostics = diagnosticsOf('ist0110.fail.yaml');
    expect(found(diagnostics, 'IST0110')).toEqual([
      { code: 'IST0110', severity: 'error', line: 18, column: 9 },
      { code: 'IST0110', severity: 'error', line: 31, column: 9 },
    ]);
    expect(messages(diagnostics, 'IST0110')[0]).toBe(
      'The Sidecars [orders checkout-team] in namespace "shop" select the same workload pod "orders-7d9f", which can lead to undefined behavior.',
    );
  });

  it('reports no IST0110 when Sidecars select different pods', () => {
    expect(foundIn('ist0110.pass.yaml', 'IST0110')).toEqual([]);
  });
});

describe('IST0111', () => {
  it('reports IST0111 on each namespace-wide Sidecar of a namespace with several', () => {
    expect(foundIn('ist0111.fail.yaml', 'IST0111')).toEqual([
      { code: 'IST0111', severity: 'error', line: 5, column: 9 },
      { code: 'IST0111', severity: 'error', line: 15, column: 9 },
    ]);
  });

  it('reports no IST0111 with one namespace-wide Sidecar per namespace', () => {
    expect(foundIn('ist0111.pass.yaml', 'IST0111')).toEqual([]);
  });
});
