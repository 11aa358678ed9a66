import { describe, expect, it } from 'vitest';
import { portProtocol } from '../../../../../src/lib/manifest/istio/analyzers/services.ts';
import { diagnosticsOf, found, foundIn, messages } from './fixtures.ts';

describe('IST0116', () => {
  it('reports IST0116 at the Deployment name when its Services disagree on a port protocol', () => {
    const diagnostics = diagnosticsOf('ist0116.fail.yaml');
    expect(found(diagnostics, 'IST0116')).toEqual([{ code: 'IST0116', severity: 'warning', line: 5, column: 9 }]);
    expect(messages(diagnostics, 'IST0116')).toEqual([
      'This deployment orders-v1 is associated with multiple services using port 8080 but different protocols: [shop/orders shop/orders-events]',
    ]);
  });

  it('reports no IST0116 when each protocol has its own port', () => {
    expect(foundIn('ist0116.pass.yaml', 'IST0116')).toEqual([]);
  });
});

describe('IST0118', () => {
  it('reports IST0118 at the port name, or at the port when it has none', () => {
    const diagnostics = diagnosticsOf('ist0118.fail.yaml');
    expect(found(diagnostics, 'IST0118')).toEqual([
      { code: 'IST0118', severity: 'info', line: 11, column: 13 },
      { code: 'IST0118', severity: 'info', line: 13, column: 7 },
    ]);
    expect(messages(diagnostics, 'IST0118')[0]).toBe(
      "Port name api (port: 50051, targetPort: 50051) doesn't follow the naming convention of Istio port.",
    );
  });

  it('reports no IST0118 for protocol prefixes and appProtocol', () => {
    expect(foundIn('ist0118.pass.yaml', 'IST0118')).toEqual([]);
  });

  it('derives the protocol like Istio does', () => {
    expect(portProtocol({ name: 'http-api', port: 80 })).toBe('HTTP');
    expect(portProtocol({ name: 'grpc-web-ui', port: 80 })).toBe('GRPC-WEB');
    expect(portProtocol({ name: 'dns', port: 53, protocol: 'UDP' })).toBe('UDP');
    expect(portProtocol({ name: 'db', port: 3306 })).toBe('TCP');
    expect(portProtocol({ name: 'web', port: 80, appProtocol: 'kubernetes.io/h2c' })).toBe('HTTP2');
    expect(portProtocol({ name: 'web', port: 80 })).toBeUndefined();
  });
});

describe('IST0137', () => {
  it('reports IST0137 when Services map one targetPort to different ports', () => {
    const diagnostics = diagnosticsOf('ist0137.fail.yaml');
    expect(found(diagnostics, 'IST0137')).toEqual([{ code: 'IST0137', severity: 'warning', line: 5, column: 9 }]);
    expect(messages(diagnostics, 'IST0137')[0]).toContain(
      '[shop/orders shop/orders-internal] using targetPort "8080" but different ports: [80 8080]',
    );
  });

  it('reports no IST0137 when the Services agree on the port', () => {
    expect(foundIn('ist0137.pass.yaml', 'IST0137')).toEqual([]);
  });
});

describe('IST0150', () => {
  it('reports IST0150 for an ExternalName service port named tcp', () => {
    expect(foundIn('ist0150.fail.yaml', 'IST0150')).toEqual([{ code: 'IST0150', severity: 'warning', line: 11, column: 13 }]);
  });

  it('reports no IST0150 when the port name says the protocol', () => {
    expect(foundIn('ist0150.pass.yaml', 'IST0150')).toEqual([]);
  });
});
