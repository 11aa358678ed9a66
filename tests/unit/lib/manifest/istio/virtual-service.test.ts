import { describe, expect, it } from 'vitest';
import { diagnosticsOf, diagnosticsOfText, found, foundIn, messages } from './fixtures.ts';

describe('IST0101 (VirtualService references)', () => {
  it('reports IST0101 at the subset value when no DestinationRule defines the subset', () => {
    const diagnostics = diagnosticsOf('ist0101-subset.fail.yaml');
    expect(found(diagnostics, 'IST0101')).toEqual([{ code: 'IST0101', severity: 'error', line: 43, column: 21 }]);
    expect(messages(diagnostics, 'IST0101')).toEqual(['Referenced host+subset in destinationrule not found: "payments+v2"']);
    expect(diagnostics.find((d) => d.code === 'IST0101')).toMatchObject({
      resource: 'VirtualService shop/payments',
      path: 'spec.http[0].route[1].destination.subset',
    });
  });

  it('reports no IST0101 when the DestinationRule defines every subset, by short name or FQDN', () => {
    expect(foundIn('ist0101-subset.pass.yaml', 'IST0101')).toEqual([]);
  });

  it('reports IST0101 for an unknown host, a port the service lacks and an unknown mirror host', () => {
    const diagnostics = diagnosticsOf('ist0101-host.fail.yaml');
    expect(found(diagnostics, 'IST0101')).toEqual([
      { code: 'IST0101', severity: 'error', line: 29, column: 19 },
      { code: 'IST0101', severity: 'error', line: 34, column: 23 },
      { code: 'IST0101', severity: 'error', line: 36, column: 15 },
    ]);
    expect(messages(diagnostics, 'IST0101')).toEqual([
      'Referenced host not found: "order"',
      'Referenced host:port not found: "orders:8080"',
      'Referenced mirror host not found: "orders-shadow"',
    ]);
  });

  it('reports no IST0101 for short names, cross-namespace FQDNs and ServiceEntry hosts', () => {
    expect(foundIn('ist0101-host.pass.yaml', 'IST0101')).toEqual([]);
  });

  it('does not check hosts when the input defines no Service or ServiceEntry at all', () => {
    const lone =
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: orders\nspec:\n  hosts: [orders]\n  http:\n    - route:\n        - destination:\n            host: orders\n';
    expect(found(diagnosticsOfText(lone), 'IST0101')).toEqual([]);
  });

  it('reports IST0101 at the gateway name when the Gateway does not exist, and accepts "mesh"', () => {
    const diagnostics = diagnosticsOf('ist0101-gateway.fail.yaml');
    expect(found(diagnostics, 'IST0101')).toEqual([{ code: 'IST0101', severity: 'error', line: 28, column: 7 }]);
    expect(messages(diagnostics, 'IST0101')).toEqual(['Referenced gateway not found: "shop-gw"']);
  });

  it('reports no IST0101 for gateways named by short name or namespace/name', () => {
    expect(foundIn('ist0101-gateway.pass.yaml', 'IST0101')).toEqual([]);
  });

  it('respects the exportTo annotation of a Service', () => {
    const text = `apiVersion: v1
kind: Service
metadata:
  name: ledger
  namespace: finance
  annotations:
    networking.istio.io/exportTo: "."
spec:
  ports: [{name: http, port: 80}]
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: ledger
  namespace: shop
spec:
  hosts: [ledger.finance.svc.cluster.local]
  http:
    - route:
        - destination:
            host: ledger.finance.svc.cluster.local
`;
    expect(messages(diagnosticsOfText(text), 'IST0101')).toEqual(['Referenced host not found: "ledger.finance.svc.cluster.local"']);
  });
});

describe('IST0112', () => {
  it('reports IST0112 at the host when the service has several ports and the route names none', () => {
    const diagnostics = diagnosticsOf('ist0112.fail.yaml');
    expect(found(diagnostics, 'IST0112')).toEqual([{ code: 'IST0112', severity: 'error', line: 27, column: 19 }]);
    expect(messages(diagnostics, 'IST0112')).toEqual([
      'This VirtualService routes to a service "payments" that exposes multiple ports [50051 9090]. Specifying a port in the destination is required to disambiguate.',
    ]);
  });

  it('reports no IST0112 when the destination picks a port', () => {
    expect(foundIn('ist0112.pass.yaml', 'IST0112')).toEqual([]);
  });
});

describe('IST0132', () => {
  it('reports IST0132 at the gateway when it serves none of the VirtualService hosts', () => {
    const diagnostics = diagnosticsOf('ist0132.fail.yaml');
    expect(found(diagnostics, 'IST0132')).toEqual([{ code: 'IST0132', severity: 'warning', line: 27, column: 7 }]);
    expect(messages(diagnostics, 'IST0132')).toEqual([
      'one or more host [api.example.com] defined in VirtualService shop/orders-api not found in Gateway shop/shop-gateway.',
    ]);
  });

  it('reports no IST0132 when a wildcard gateway host covers the VirtualService host', () => {
    expect(foundIn('ist0132.pass.yaml', 'IST0132')).toEqual([]);
  });
});
