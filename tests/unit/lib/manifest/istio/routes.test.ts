import { describe, expect, it } from 'vitest';
import { diagnosticsOf, diagnosticsOfText, found, foundIn, messages } from './fixtures.ts';

describe('IST0130', () => {
  it('reports IST0130 at each match of a route that follows a catch-all route', () => {
    const diagnostics = diagnosticsOf('ist0130.fail.yaml');
    expect(found(diagnostics, 'IST0130')).toEqual([{ code: 'IST0130', severity: 'warning', line: 15, column: 11 }]);
    expect(messages(diagnostics, 'IST0130')).toEqual(['VirtualService rule #1 not used (route without matches defined before).']);
  });

  it('reports IST0130 on a second route without matches', () => {
    const text = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: orders
spec:
  hosts: [orders]
  http:
    - route: [{destination: {host: orders}}]
    - name: fallback
      route: [{destination: {host: orders-v2}}]
`;
    expect(messages(diagnosticsOfText(text), 'IST0130')).toEqual([
      'VirtualService rule "fallback" not used (only the last rule can have no matches).',
    ]);
  });

  it('reports no IST0130 when the catch-all route comes last', () => {
    expect(foundIn('ist0130.pass.yaml', 'IST0130')).toEqual([]);
  });
});

describe('IST0131', () => {
  it('reports IST0131 for a repeated match and for a prefix an earlier prefix covers', () => {
    const diagnostics = diagnosticsOf('ist0131.fail.yaml');
    expect(found(diagnostics, 'IST0131')).toEqual([
      { code: 'IST0131', severity: 'info', line: 24, column: 11 },
      { code: 'IST0131', severity: 'info', line: 27, column: 11 },
    ]);
    expect(messages(diagnostics, 'IST0131')).toEqual([
      'VirtualService rule "orders" match #0 is not used (duplicate/overlapping match in rule "api").',
      'VirtualService rule "orders" match #1 of prefix /api/orders is not used (duplicate/overlapping match in rule #0 of prefix /api on "api").',
    ]);
  });

  it('reports no IST0131 when the longer prefix comes first', () => {
    expect(foundIn('ist0131.pass.yaml', 'IST0131')).toEqual([]);
  });

  it('compares matches whatever the key order and spelling', () => {
    const text = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: orders
spec:
  hosts: [orders]
  http:
    - match: [{uri: {exact: /pay}, ignoreUriCase: true}]
      route: [{destination: {host: payments}}]
    - match: [{ignore_uri_case: true, uri: {exact: /pay}}]
      route: [{destination: {host: orders}}]
`;
    expect(found(diagnosticsOfText(text), 'IST0131')).toHaveLength(1);
  });
});

describe('SA6002', () => {
  it('reports SA6002 at the route when the weights do not add up to 100', () => {
    const diagnostics = diagnosticsOf('sa6002.fail.yaml');
    expect(found(diagnostics, 'SA6002')).toEqual([{ code: 'SA6002', severity: 'info', line: 11, column: 7 }]);
    expect(messages(diagnostics, 'SA6002')[0]).toContain('add up to 90, not 100');
  });

  it('reports no SA6002 when the weights add up to 100', () => {
    expect(foundIn('sa6002.pass.yaml', 'SA6002')).toEqual([]);
  });
});

describe('SA6003', () => {
  it('reports SA6003 at perTryTimeout when one attempt may use up the whole timeout', () => {
    const diagnostics = diagnosticsOf('sa6003.fail.yaml');
    expect(found(diagnostics, 'SA6003')).toEqual([{ code: 'SA6003', severity: 'warning', line: 17, column: 24 }]);
  });

  it('reports no SA6003 when attempts fit in the timeout', () => {
    expect(foundIn('sa6003.pass.yaml', 'SA6003')).toEqual([]);
  });
});
