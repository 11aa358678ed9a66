import { describe, expect, it } from 'vitest';
import { diagnosticsOf, found, foundIn, messages } from './fixtures.ts';

describe('IST0134', () => {
  it('reports IST0134 at a TCP port of a ServiceEntry without addresses', () => {
    const diagnostics = diagnosticsOf('ist0134.fail.yaml');
    expect(found(diagnostics, 'IST0134')).toEqual([{ code: 'IST0134', severity: 'warning', line: 13, column: 7 }]);
    expect(messages(diagnostics, 'IST0134')).toEqual(['ServiceEntry addresses are required for this protocol.']);
  });

  it('reports no IST0134 when the ServiceEntry has addresses', () => {
    expect(foundIn('ist0134.pass.yaml', 'IST0134')).toEqual([]);
  });
});

describe('IST0144', () => {
  it('reports IST0144 at runAsUser 1337 of an application container', () => {
    const diagnostics = diagnosticsOf('ist0144.fail.yaml');
    expect(found(diagnostics, 'IST0144')).toEqual([{ code: 'IST0144', severity: 'warning', line: 20, column: 24 }]);
    expect(messages(diagnostics, 'IST0144')).toEqual(['User ID (UID) 1337 is reserved for the sidecar proxy.']);
  });

  it('reports no IST0144 for other user IDs', () => {
    expect(foundIn('ist0144.pass.yaml', 'IST0144')).toEqual([]);
  });
});

describe('IST0145', () => {
  it('reports IST0145 on both Gateways that claim overlapping hosts on one port', () => {
    const diagnostics = diagnosticsOf('ist0145.fail.yaml');
    expect(found(diagnostics, 'IST0145')).toEqual([
      { code: 'IST0145', severity: 'error', line: 11, column: 7 },
      { code: 'IST0145', severity: 'error', line: 30, column: 7 },
    ]);
    expect(messages(diagnostics, 'IST0145')[0]).toBe(
      'Conflict with gateways shop/shop-gateway-wildcard (workload selector istio=ingressgateway, port 443, hosts shop.example.com).',
    );
  });

  it('reports no IST0145 for Gateways with distinct hosts', () => {
    expect(foundIn('ist0145.pass.yaml', 'IST0145')).toEqual([]);
  });
});
