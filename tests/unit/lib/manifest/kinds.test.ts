import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, SCHEMAS, type Diagnostic } from '../../../../src/lib/manifest/index.ts';
import { currentApiVersion, kindProblem } from '../../../../src/lib/manifest/kinds.ts';

const all = (text: string): Diagnostic[] => analyze([{ name: 'in.yaml', text }]).files.flatMap((f) => f.diagnostics);
const doc = (apiVersion: string, kind: string): string => `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: orders\n`;
const brief = ({ code, severity, line, column, endColumn, message }: Diagnostic) => ({ code, severity, line, column, endColumn, message });

describe('SA1009 for removed API versions', () => {
  it('reports extensions/v1beta1 and apps/v1beta* workloads at the apiVersion, with the release and the current version', () => {
    const text = [
      doc('extensions/v1beta1', 'Deployment'),
      doc('extensions/v1beta1', 'DaemonSet'),
      doc('extensions/v1beta1', 'ReplicaSet'),
      doc('extensions/v1beta1', 'NetworkPolicy'),
      doc('extensions/v1beta1', 'Ingress'),
      doc('apps/v1beta1', 'Deployment'),
      doc('apps/v1beta2', 'StatefulSet'),
    ].join('---\n');
    expect(all(text).map(brief)).toEqual([
      { code: 'SA1009', severity: 'error', line: 1, column: 13, endColumn: 31, message: expect.any(String) },
      { code: 'SA1009', severity: 'error', line: 6, column: 13, endColumn: 31, message: expect.any(String) },
      { code: 'SA1009', severity: 'error', line: 11, column: 13, endColumn: 31, message: expect.any(String) },
      { code: 'SA1009', severity: 'error', line: 16, column: 13, endColumn: 31, message: expect.any(String) },
      { code: 'SA1009', severity: 'error', line: 21, column: 13, endColumn: 31, message: expect.any(String) },
      { code: 'SA1009', severity: 'error', line: 26, column: 13, endColumn: 25, message: expect.any(String) },
      { code: 'SA1009', severity: 'error', line: 31, column: 13, endColumn: 25, message: expect.any(String) },
    ]);
    expect(all(text).map((d) => d.message)).toEqual([
      'Deployment is not served as extensions/v1beta1: Kubernetes 1.16 removed it; use apps/v1',
      'DaemonSet is not served as extensions/v1beta1: Kubernetes 1.16 removed it; use apps/v1',
      'ReplicaSet is not served as extensions/v1beta1: Kubernetes 1.16 removed it; use apps/v1',
      'NetworkPolicy is not served as extensions/v1beta1: Kubernetes 1.16 removed it; use networking.k8s.io/v1',
      'Ingress is not served as extensions/v1beta1: Kubernetes 1.22 removed it; use networking.k8s.io/v1',
      'Deployment is not served as apps/v1beta1: Kubernetes 1.16 removed it; use apps/v1',
      'StatefulSet is not served as apps/v1beta2: Kubernetes 1.16 removed it; use apps/v1',
    ]);
  });

  it('says when a removed kind has no successor', () => {
    expect(all(doc('policy/v1beta1', 'PodSecurityPolicy')).map((d) => [d.code, d.message])).toEqual([
      [
        'SA1009',
        'PodSecurityPolicy is not served as policy/v1beta1: Kubernetes 1.25 removed it without a successor; enforce pod security with Pod Security admission (namespace labels) instead',
      ],
    ]);
  });

  it('reports a known kind written under another group', () => {
    expect(all(doc('v1', 'Deployment')).map(brief)).toEqual([
      { code: 'SA1009', severity: 'error', line: 1, column: 13, endColumn: 15, message: 'Deployment is not served as v1; use apps/v1' },
    ]);
    expect(all(doc('v1', 'AuthorizationPolicy')).map((d) => d.message)).toEqual([
      'AuthorizationPolicy is not served as v1; use security.istio.io/v1 or policy.linkerd.io/v1alpha1',
    ]);
  });
});

describe('SA1012 unknown kind in a known API group', () => {
  it('reports a misspelt kind at its value, with a suggestion and a fix', () => {
    const text = doc('apps/v1', 'Deploymnet');
    const [d] = all(text);
    expect(d && brief(d)).toEqual({
      code: 'SA1012',
      severity: 'error',
      line: 2,
      column: 7,
      endColumn: 17,
      message: 'apps/v1 has no kind "Deploymnet"; did you mean Deployment?',
    });
    expect(d?.fix?.title).toBe('Change the kind to Deployment');
    expect(applyEdits(text, d?.fix?.edits ?? [])).toBe(doc('apps/v1', 'Deployment'));
  });

  it('knows the mesh groups and case-sensitive kinds', () => {
    expect(all(doc('security.istio.io/v1', 'PeerAuthentcation')).map((d) => [d.code, d.message])).toEqual([
      ['SA1012', 'security.istio.io/v1 has no kind "PeerAuthentcation"; did you mean PeerAuthentication?'],
    ]);
    expect(all(doc('policy.linkerd.io/v1beta3', 'server')).map((d) => [d.code, d.message])).toEqual([
      ['SA1012', 'policy.linkerd.io/v1beta3 has no kind "server"; did you mean Server?'],
    ]);
  });

  it('keeps SA1008 info for custom resources, unvalidated built-in kinds and names like no kind of the group', () => {
    for (const [apiVersion, kind] of [
      ['example.com/v1', 'Deploymnet'],
      ['gateway.networking.k8s.io/v1alpha2', 'TCPRoute'],
      ['apps/v1', 'ReplicaSet'],
      ['storage.k8s.io/v1', 'StorageClass'],
      ['apps/v1', 'Frobnicator'],
    ] as const) {
      expect(
        all(doc(apiVersion, kind)).map((d) => [d.code, d.severity]),
        `${apiVersion} ${kind}`,
      ).toEqual([['SA1008', 'info']]);
    }
  });
});

describe('the kind catalog', () => {
  it('lists every kind with a schema, under the schema current version', () => {
    for (const schema of SCHEMAS.values()) {
      const expected = `${schema.group ? `${schema.group}/` : ''}${schema.versions[0]}`;
      expect(currentApiVersion(schema.group, schema.kind), `${schema.group}/${schema.kind}`).toBe(expected);
    }
  });

  it('tells removed versions, wrong groups, misspellings and unknown kinds apart', () => {
    expect(kindProblem('extensions/v1beta1', 'extensions', 'Deployment')).toEqual({
      problem: 'removed',
      release: '1.16',
      replacement: 'apps/v1',
    });
    expect(kindProblem('v1', '', 'Deployment')).toEqual({ problem: 'wrong-group', replacements: ['apps/v1'] });
    expect(kindProblem('apps/v1', 'apps', 'Deploymnet')).toEqual({ problem: 'misspelt', suggestion: 'Deployment', apiVersion: 'apps/v1' });
    expect(kindProblem('example.com/v1', 'example.com', 'Widget')).toEqual({ problem: 'unknown' });
  });
});
