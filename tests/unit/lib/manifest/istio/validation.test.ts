/** IST0106 for Istio's own validation rules: map keys, refinements next to other errors, client TLS. */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../../../src/lib/manifest/index.ts';
import { diagnosticsOfText } from './fixtures.ts';

const ist0106 = (text: string): Pick<Diagnostic, 'line' | 'column' | 'endColumn' | 'message'>[] =>
  diagnosticsOfText(text)
    .filter((d) => d.code === 'IST0106')
    .map(({ line, column, endColumn, message }) => ({ line, column, endColumn, message }));

describe('IST0106 for keys of maps', () => {
  it('points at a portLevelMtls key that is not a port, with the key rule as the message', () => {
    const text = `apiVersion: security.istio.io/v1
kind: PeerAuthentication
metadata: {name: orders, namespace: shop}
spec:
  selector: {matchLabels: {app: orders}}
  portLevelMtls:
    metrics:
      mode: PERMISSIVE
    8080:
      mode: STRICT
`;
    expect(ist0106(text)).toEqual([
      {
        line: 7,
        column: 5,
        endColumn: 12,
        message: 'Schema validation error: key "metrics" in spec.portLevelMtls is not valid: it must be a port number',
      },
    ]);
  });
});

describe('IST0106 cross-field rules next to other errors of the same object', () => {
  it('reports a field given twice and a wrong type in one jwtRule', () => {
    const text = `apiVersion: security.istio.io/v1
kind: RequestAuthentication
metadata: {name: jwt, namespace: shop}
spec:
  jwtRules:
    - issuer: https://auth.example.com
      jwksUri: https://auth.example.com/jwks
      jwks_uri: https://auth.example.com/jwks
      timeout: 5
`;
    expect(ist0106(text)).toEqual([
      {
        line: 8,
        column: 17,
        endColumn: 46,
        message: 'Schema validation error: spec.jwtRules[0].jwks_uri: "jwks_uri" is "jwksUri" spelled again; give the field once',
      },
      { line: 9, column: 16, endColumn: 17, message: 'Schema validation error: spec.jwtRules[0].timeout: expected string, got integer 5' },
    ]);
  });

  it('reports an exclusive-field rule when a sibling field is invalid too', () => {
    const text = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: orders, namespace: shop}
spec:
  hosts: [orders]
  http:
    - timeout: soon
      route: [{destination: {host: orders}}]
      redirect: {uri: /elsewhere}
`;
    expect(ist0106(text).map((d) => d.message)).toEqual([
      'Schema validation error: spec.http[0].timeout: must be a duration like "5s", "250ms" or "1m30s"',
      'Schema validation error: spec.http[0].redirect: set only one of route and redirect',
    ]);
  });

  it('does not add "missing" findings to a value of the wrong type', () => {
    const text = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: orders, namespace: shop}
spec:
  hosts: [orders]
  http: {route: [{destination: {host: orders}}]}
`;
    expect(ist0106(text).map((d) => d.message)).toEqual(['Schema validation error: spec.http: expected array, got a mapping']);
  });
});

describe('IST0106 for DestinationRule client TLS (Istio ValidateTLS)', () => {
  const rule = (tls: string, where: 'policy' | 'port' | 'subset' = 'policy'): string => {
    const body = {
      policy: `  trafficPolicy:\n    tls: ${tls}\n`,
      port: `  trafficPolicy:\n    portLevelSettings:\n      - port: {number: 443}\n        tls: ${tls}\n`,
      subset: `  subsets:\n    - name: v1\n      trafficPolicy:\n        tls: ${tls}\n`,
    }[where];
    return `apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata: {name: ledger, namespace: shop}\nspec:\n  host: ledger.example.com\n${body}`;
  };
  const mutual =
    'Schema validation error: spec.trafficPolicy.tls.mode: MUTUAL TLS needs a client certificate: set credentialName (a secret with the certificate and key), or clientCertificate and privateKey';

  it('reports MUTUAL without a client certificate at the mode, in the policy, port-level settings and subsets', () => {
    expect(ist0106(rule('{mode: MUTUAL, caCertificates: /ca.pem}'))).toEqual([
      { line: 7, column: 17, endColumn: 23, message: `${mutual} (missing clientCertificate and privateKey)` },
    ]);
    expect(ist0106(rule('{mode: MUTUAL, clientCertificate: /c.pem, caCertificates: /ca.pem}', 'port'))).toEqual([
      {
        line: 9,
        column: 21,
        endColumn: 27,
        message: `${mutual.replace('spec.trafficPolicy.tls', 'spec.trafficPolicy.portLevelSettings[0].tls')} (missing privateKey)`,
      },
    ]);
    expect(ist0106(rule('{mode: MUTUAL, privateKey: /k.pem, caCertificates: /ca.pem}', 'subset')).map((d) => [d.line, d.column])).toEqual([
      [9, 21],
    ]);
  });

  it('accepts MUTUAL with a client certificate and key, or with credentialName, and SIMPLE with a client certificate', () => {
    expect(ist0106(rule('{mode: MUTUAL, clientCertificate: /c.pem, privateKey: /k.pem, caCertificates: /ca.pem}'))).toEqual([]);
    expect(ist0106(rule('{mode: MUTUAL, credentialName: ledger-client}'))).toEqual([]);
    // ValidateTLS checks the client certificate only for MUTUAL; SIMPLE ignores it.
    expect(ist0106(rule('{mode: SIMPLE, clientCertificate: /c.pem, caCertificates: /ca.pem}'))).toEqual([]);
  });

  it('refuses certificate files next to credentialName, and verification settings with insecureSkipVerify', () => {
    expect(ist0106(rule('{mode: SIMPLE, credentialName: ledger-ca, caCertificates: /ca.pem}')).map((d) => d.message)).toEqual([
      'Schema validation error: spec.trafficPolicy.tls.caCertificates: caCertificates cannot be set together with credentialName, which supplies the certificates',
    ]);
    expect(ist0106(rule('{mode: SIMPLE, insecureSkipVerify: true, subjectAltNames: [ledger.example.com]}')).map((d) => d.message)).toEqual([
      'Schema validation error: spec.trafficPolicy.tls.subjectAltNames: subjectAltNames verifies the server, so it cannot be set with insecureSkipVerify: true',
    ]);
  });
});
