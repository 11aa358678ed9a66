import { describe, expect, it } from 'vitest';
import { findings, messages, yaml } from './helpers.ts';

const authorization = (client: string): string => `apiVersion: policy.linkerd.io/v1beta1
kind: ServerAuthorization
metadata:
  name: orders-clients
  namespace: shop
spec:
  server:
    name: orders-http
  client:
${client}`;

describe('SA2004 for ServerAuthorization clients the policy controller refuses', () => {
  it('reports unauthenticated: true together with meshTLS at the unauthenticated value', () => {
    const source = yaml(authorization('    unauthenticated: true\n    meshTLS:\n      identities: ["*"]\n'));
    expect(findings(source, 'SA2004')).toEqual([{ code: 'SA2004', severity: 'error', line: 10, column: 22 }]);
    expect(messages(source, 'SA2004')).toEqual([
      '10:22 spec.client.unauthenticated must be false when meshTLS is set: Linkerd refuses the combination; keep unauthenticated: true alone to admit every client, or meshTLS alone to require mesh identities',
    ]);
  });

  it('reports unauthenticatedTLS: true with identities or service accounts', () => {
    const source = yaml(authorization('    meshTLS:\n      unauthenticatedTLS: true\n      serviceAccounts: [{name: checkout}]\n'));
    expect(findings(source, 'SA2004')).toEqual([{ code: 'SA2004', severity: 'error', line: 11, column: 27 }]);
  });

  it('accepts each on its own, and unauthenticated: false with meshTLS', () => {
    for (const client of [
      '    unauthenticated: true\n',
      '    meshTLS:\n      identities: ["*"]\n',
      '    unauthenticated: false\n    meshTLS:\n      serviceAccounts: [{name: checkout}]\n',
      '    meshTLS:\n      unauthenticatedTLS: true\n',
    ]) {
      expect(findings(yaml(authorization(client)), 'SA2004', 'SA4015'), client).toEqual([]);
    }
  });
});
