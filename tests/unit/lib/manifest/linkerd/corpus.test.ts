/**
 * Upstream Linkerd manifests (read-only, outside the repository): the Linkerd checks must find no
 * errors in them. CI has /work/shared/corpus; a clone without it skips these tests, saying so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../../../../src/lib/manifest/index.ts';
import { diagnosticsOf, fromLinkerd, yaml } from './helpers.ts';

const CORPUS = new URL('../../../../../../shared/corpus/', import.meta.url);
const EMOJIVOTO = new URL('linkerd-emojivoto/', CORPUS);
const INJECT = new URL('linkerd-inject/', CORPUS);

function sourcesIn(folder: URL, pattern: RegExp): SourceFile[] {
  return readdirSync(folder)
    .filter((name) => pattern.test(name))
    .sort()
    .map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));
}

const errorsOf = (...sources: SourceFile[]): string[] =>
  diagnosticsOf(...sources)
    .filter((d) => fromLinkerd(d) && d.severity === 'error')
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);

// Our own policy for the emojivoto workloads: it must fit them without a single Linkerd finding.
const EMOJIVOTO_POLICY = `apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata:
  name: web-http
spec:
  podSelector:
    matchLabels:
      app: web-svc
  port: http
  proxyProtocol: HTTP/1
---
apiVersion: policy.linkerd.io/v1beta3
kind: Server
metadata:
  name: emoji-grpc
spec:
  podSelector:
    matchLabels:
      app: emoji-svc
  port: grpc
  proxyProtocol: gRPC
---
apiVersion: policy.linkerd.io/v1alpha1
kind: MeshTLSAuthentication
metadata:
  name: web-clients
spec:
  identityRefs:
    - kind: ServiceAccount
      name: web
---
apiVersion: policy.linkerd.io/v1alpha1
kind: AuthorizationPolicy
metadata:
  name: emoji-from-web
spec:
  targetRef:
    group: policy.linkerd.io
    kind: Server
    name: emoji-grpc
  requiredAuthenticationRefs:
    - group: policy.linkerd.io
      kind: MeshTLSAuthentication
      name: web-clients
`;

describe.skipIf(!existsSync(EMOJIVOTO))('the emojivoto sample (skipped: /work/shared/corpus/linkerd-emojivoto is not here)', () => {
  it('gives no Linkerd errors when its manifests are validated together', () => {
    const sources = sourcesIn(EMOJIVOTO, /\.ya?ml$/);
    expect(sources.length).toBeGreaterThan(0);
    expect(errorsOf(...sources)).toEqual([]);
  });

  it('gives no Linkerd finding at all with Servers and a policy written for its workloads', () => {
    const findings = diagnosticsOf(...sourcesIn(EMOJIVOTO, /\.ya?ml$/), yaml(EMOJIVOTO_POLICY, 'policy.yaml')).filter(fromLinkerd);
    expect(findings.map((d) => `${d.file}:${d.line} ${d.code} ${d.message}`)).toEqual([]);
  });
});

describe.skipIf(!existsSync(INJECT))('the linkerd inject samples (skipped: /work/shared/corpus/linkerd-inject is not here)', () => {
  it('gives no Linkerd errors before or after injection', () => {
    const sources = sourcesIn(INJECT, /\.(input|golden)\.ya?ml$/);
    expect(sources.length).toBeGreaterThan(0);
    // Each file is one variant of the same Deployment, so each is checked on its own.
    for (const source of sources) expect(errorsOf(source), source.name).toEqual([]);
  });

  it('recognises every config annotation the injector wrote or read', () => {
    for (const source of sourcesIn(INJECT, /\.(input|golden)\.ya?ml$/)) {
      const codes = diagnosticsOf(source)
        .filter(fromLinkerd)
        .map((d) => d.code);
      expect(codes, source.name).toEqual([]);
    }
  });
});
