import { describe, expect, it } from 'vitest';
import { diagnosticsOf, diagnosticsOfText, found, foundIn, messages } from './fixtures.ts';

describe('IST0128', () => {
  it('reports IST0128 at the TLS mode when SIMPLE TLS has no caCertificates', () => {
    const diagnostics = diagnosticsOf('ist0128.fail.yaml');
    expect(found(diagnostics, 'IST0128')).toEqual([{ code: 'IST0128', severity: 'warning', line: 11, column: 13 }]);
    expect(messages(diagnostics, 'IST0128')).toEqual([
      'DestinationRule shop/card-vault in namespace shop has TLS mode set to SIMPLE but no caCertificates are set to validate server identity for host: vault.cards.example.com',
    ]);
  });

  it('reports no IST0128 when caCertificates are set', () => {
    expect(foundIn('ist0128.pass.yaml', 'IST0128')).toEqual([]);
  });

  it('reports no IST0128 for a gateway rule that takes its CA from credentialName', () => {
    const text = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: egress-vault
spec:
  host: vault.cards.example.com
  workloadSelector:
    matchLabels: {istio: egressgateway}
  trafficPolicy:
    tls: {mode: MUTUAL, credentialName: vault-client}
`;
    expect(found(diagnosticsOfText(text), 'IST0128')).toEqual([]);
  });
});

describe('IST0129', () => {
  it('reports IST0129 at the port-level TLS mode when MUTUAL TLS has no caCertificates', () => {
    const diagnostics = diagnosticsOf('ist0129.fail.yaml');
    expect(found(diagnostics, 'IST0129')).toEqual([{ code: 'IST0129', severity: 'warning', line: 14, column: 17 }]);
    expect(messages(diagnostics, 'IST0129')[0]).toMatch(/MUTUAL .* host: ledger\.finance\.example\.com at port number:5432$/);
  });

  it('reports no IST0129 when the port-level TLS has caCertificates', () => {
    expect(foundIn('ist0129.pass.yaml', 'IST0129')).toEqual([]);
  });
});

describe('IST0173', () => {
  it('reports IST0173 as an error for a routed subset and a warning for an unused one', () => {
    const diagnostics = diagnosticsOf('ist0173.fail.yaml');
    expect(found(diagnostics, 'IST0173')).toEqual([
      { code: 'IST0173', severity: 'error', line: 66, column: 13 },
      { code: 'IST0173', severity: 'warning', line: 69, column: 13 },
    ]);
    expect(messages(diagnostics, 'IST0173')[0]).toBe(
      'The Subset v2 defined in the DestinationRule does not select any pods. Which may lead to 503 UH (NoHealthyUpstream).',
    );
  });

  it('reports no IST0173 when every subset selects pods', () => {
    expect(foundIn('ist0173.pass.yaml', 'IST0173')).toEqual([]);
  });

  it('does not judge subsets when the input holds none of the service pods', () => {
    const text = `apiVersion: v1
kind: Service
metadata: {name: payments}
spec:
  selector: {app: payments}
  ports: [{name: grpc, port: 50051}]
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: payments}
spec:
  host: payments
  subsets: [{name: v9, labels: {version: v9}}]
`;
    expect(found(diagnosticsOfText(text), 'IST0173')).toEqual([]);
  });

  it('adds the topology labels of the pod node, but not empty ones', () => {
    const text = `apiVersion: v1
kind: Service
metadata: {name: payments}
spec:
  selector: {app: payments}
  ports: [{name: grpc, port: 50051}]
---
apiVersion: v1
kind: Pod
metadata: {name: payments-1, labels: {app: payments}}
spec:
  nodeName: node-a
  containers: [{name: payments, image: ghcr.io/rust-shop/payments:2.0.1}]
---
apiVersion: v1
kind: Node
metadata:
  name: node-a
  labels: {topology.kubernetes.io/region: eu-west-1, topology.kubernetes.io/zone: ""}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata: {name: payments}
spec:
  host: payments
  subsets:
    - {name: eu, labels: {topology.kubernetes.io/region: eu-west-1}}
    - {name: node, labels: {kubernetes.io/hostname: node-a}}
    - {name: no-zone, labels: {topology.kubernetes.io/zone: ""}}
`;
    expect(messages(diagnosticsOfText(text), 'IST0173')).toEqual([
      'The Subset no-zone defined in the DestinationRule does not select any pods. Which may lead to 503 UH (NoHealthyUpstream).',
    ]);
  });
});

describe('IST0174', () => {
  it('reports IST0174 at the host when no service matches it', () => {
    const diagnostics = diagnosticsOf('ist0174.fail.yaml');
    expect(found(diagnostics, 'IST0174')).toEqual([{ code: 'IST0174', severity: 'warning', line: 20, column: 9 }]);
    expect(messages(diagnostics, 'IST0174')).toEqual([
      'The host payment defined in the DestinationRule does not match any services in the mesh.',
    ]);
  });

  it('reports no IST0174 for a service named by FQDN from another namespace', () => {
    expect(foundIn('ist0174.pass.yaml', 'IST0174')).toEqual([]);
  });
});

describe('SA6004', () => {
  it('reports SA6004 on the second DestinationRule for the same host', () => {
    expect(foundIn('sa6004.fail.yaml', 'SA6004')).toEqual([{ code: 'SA6004', severity: 'warning', line: 20, column: 9 }]);
  });

  it('reports no SA6004 with one DestinationRule per host', () => {
    expect(foundIn('sa6004.pass.yaml', 'SA6004')).toEqual([]);
  });
});
