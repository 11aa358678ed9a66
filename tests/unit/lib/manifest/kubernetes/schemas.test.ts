import { describe, expect, it } from 'vitest';
import { kubernetesFamily } from '../../../../../src/lib/manifest/kubernetes/index.ts';
import { at, check, checkText, isOurs, only } from './helpers.ts';

describe('kubernetesFamily schemas', () => {
  it('covers the core, apps, batch, policy, autoscaling, networking and RBAC kinds, strictly', () => {
    expect(kubernetesFamily.schemas.map((s) => `${s.group}/${s.versions.join(',')}/${s.kind}`)).toEqual([
      '/v1/Namespace',
      '/v1/Pod',
      '/v1/Service',
      '/v1/ServiceAccount',
      '/v1/ConfigMap',
      '/v1/Secret',
      '/v1/PersistentVolumeClaim',
      'apps/v1/Deployment',
      'apps/v1/StatefulSet',
      'apps/v1/DaemonSet',
      'batch/v1/Job',
      'batch/v1/CronJob',
      'policy/v1/PodDisruptionBudget',
      'autoscaling/v2/HorizontalPodAutoscaler',
      'networking.k8s.io/v1/NetworkPolicy',
      'networking.k8s.io/v1/Ingress',
      'rbac.authorization.k8s.io/v1/Role',
      'rbac.authorization.k8s.io/v1/ClusterRole',
      'rbac.authorization.k8s.io/v1/RoleBinding',
      'rbac.authorization.k8s.io/v1/ClusterRoleBinding',
    ]);
    expect(kubernetesFamily.schemas.every((s) => s.codes === 'kubernetes')).toBe(true);
  });

  it('accepts the whole shop, written as the course recommends, without a finding', () => {
    expect(check('shop.yaml').filter(isOurs)).toEqual([]);
  });

  it('accepts what kubectl create --dry-run=client -o yaml writes (null timestamps, empty objects, status)', () => {
    expect(check('kubectl-dry-run.yaml').filter((d) => isOurs(d) && d.severity === 'error')).toEqual([]);
  });
});

describe('SA2001 unknown field', () => {
  const diagnostics = check('sa2001-unknown-field.fail.yaml');

  it('reports SA2001 at a misspelt field with "did you mean"', () => {
    expect(at(diagnostics, 'SA2001')).toEqual([
      { code: 'SA2001', severity: 'error', line: 6, column: 3 },
      { code: 'SA2001', severity: 'error', line: 18, column: 11 },
      { code: 'SA2001', severity: 'error', line: 21, column: 11 },
    ]);
    expect(only(diagnostics, 'SA2001')[0]).toMatchObject({ endLine: 6, endColumn: 10, path: 'spec.replica' });
    expect(only(diagnostics, 'SA2001').map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "unknown field "replica" in spec; did you mean "replicas"?",
        "unknown field "imagePullpolicy" in spec.template.spec.containers[0]; did you mean "imagePullPolicy"?",
        "unknown field "configmap" in spec.template.spec.volumes[0]; did you mean "configMap"?",
      ]
    `);
  });

  it('reports nothing once the fields are spelt right', () => {
    expect(
      check('sa2001-unknown-field.pass.yaml')
        .filter(isOurs)
        .filter((d) => d.severity === 'error'),
    ).toEqual([]);
  });

  it('reports a resource name that is not standard, with the standard one it resembles', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: c:1\n      resources:\n        requests:\n          memroy: 64Mi\n          nvidia.com/gpu: 1\n          hugepages-2Mi: 1Gi\n';
    const [unknown, ...rest] = only(checkText(text), 'SA2001');
    expect(rest).toEqual([]);
    expect(unknown).toMatchObject({ line: 10, column: 11, message: expect.stringContaining('did you mean "memory"?') });
  });
});

describe('SA2002 missing required field', () => {
  it('reports SA2002 at the key of the object that lacks the field', () => {
    const diagnostics = check('sa2002-missing-field.fail.yaml');
    expect(at(diagnostics, 'SA2002')).toEqual([
      { code: 'SA2002', severity: 'error', line: 9, column: 7 },
      { code: 'SA2002', severity: 'error', line: 18, column: 7 },
      { code: 'SA2002', severity: 'error', line: 25, column: 1 },
    ]);
    expect(only(diagnostics, 'SA2002').map((d) => d.path)).toEqual(['spec.ports[0].port', 'spec.containers[0].image', 'spec.template']);
  });

  it('reports nothing when every required field is there', () => {
    expect(only(check('sa2002-missing-field.pass.yaml'), 'SA2002')).toEqual([]);
  });
});

describe('SA2003 wrong type', () => {
  const diagnostics = check('sa2003-wrong-type.fail.yaml');

  it('reports SA2003 at the value, and tells to quote a number or boolean meant as a string', () => {
    expect(at(diagnostics, 'SA2003')).toEqual([
      { code: 'SA2003', severity: 'error', line: 6, column: 12 },
      { code: 'SA2003', severity: 'error', line: 7, column: 15 },
      { code: 'SA2003', severity: 'error', line: 15, column: 13 },
      { code: 'SA2003', severity: 'error', line: 23, column: 18 },
      { code: 'SA2003', severity: 'error', line: 29, column: 13 },
      { code: 'SA2003', severity: 'error', line: 32, column: 22 },
    ]);
    expect(only(diagnostics, 'SA2003')[0]).toMatchObject({ endLine: 6, endColumn: 16 });
    expect(only(diagnostics, 'SA2003')[0]?.message).toMatchInlineSnapshot(
      `"data.enabled: expected a string (quote it: "true"), got boolean true"`,
    );
  });

  it('reports nothing once the values are quoted and the list is a list', () => {
    expect(only(check('sa2003-wrong-type.pass.yaml'), 'SA2003')).toEqual([]);
  });

  it('reports a resources value of the wrong type once, as a type error only', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: c:1\n      resources:\n        requests: 64Mi\n';
    expect(
      checkText(text)
        .filter((d) => d.code.startsWith('SA200'))
        .map((d) => [d.code, d.line, d.column]),
    ).toEqual([['SA2003', 9, 19]]);
  });

  it('asks for "" when a ConfigMap value is left empty', () => {
    const [d] = only(checkText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  empty:\n'), 'SA2003');
    expect(d?.message).toContain('write "" for an empty value');
  });
});

describe('SA2004 invalid value', () => {
  const diagnostics = check('sa2004-invalid-value.fail.yaml');

  it('reports names, ports, port names, protocols, quantities, thresholds, restartPolicy and base64 at the value', () => {
    expect(at(diagnostics, 'SA2004')).toEqual([
      { code: 'SA2004', severity: 'error', line: 4, column: 9 },
      { code: 'SA2004', severity: 'error', line: 18, column: 30 },
      { code: 'SA2004', severity: 'error', line: 19, column: 21 },
      { code: 'SA2004', severity: 'error', line: 20, column: 25 },
      { code: 'SA2004', severity: 'error', line: 23, column: 23 },
      { code: 'SA2004', severity: 'error', line: 25, column: 28 },
      { code: 'SA2004', severity: 'error', line: 28, column: 26 },
      { code: 'SA2004', severity: 'error', line: 35, column: 13 },
    ]);
    expect(only(diagnostics, 'SA2004')[1]).toMatchObject({ endLine: 18, endColumn: 35 });
  });

  it('says what a valid value looks like', () => {
    expect(only(diagnostics, 'SA2004').map((d) => d.message.replace(/^[^:]*: /, ''))).toMatchInlineSnapshot(`
      [
        "must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit",
        "must be between 1 and 65535, not 70000",
        "must be lower case: "http"",
        "must be TCP, UDP or SCTP; http is an application protocol: keep protocol TCP and name the port "http" (or "http-<suffix>") or set appProtocol: http",
        ""64MB" is not a quantity: use a number with an optional suffix, like "250m", "0.5", "64Mi" or "1Gi"; for 64MB write "64Mi" (binary) or "64M" (decimal), without "B"",
        "must be 1 or more",
        "only init containers take restartPolicy (Always makes one a native sidecar); remove it from this container",
        "must be base64 (like "b3JkZXJz"); put plain text under stringData instead",
      ]
    `);
  });

  it('accepts the corrected values, and restartPolicy: Always on an init container (a native sidecar)', () => {
    expect(check('sa2004-invalid-value.pass.yaml').filter((d) => d.code.startsWith('SA200'))).toEqual([]);
  });

  it('reports a label key that is not a qualified name at the key itself', () => {
    const [d] = only(checkText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  labels:\n    Team Name: checkout\n'), 'SA2004');
    expect(d).toMatchObject({ line: 6, column: 5, endColumn: 14, message: expect.stringContaining('label key "Team Name" is not valid') });
  });

  it('rejects metadata.namespace on a Namespace, and a Service name that starts with a digit', () => {
    const namespace = checkText('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  namespace: default\n');
    expect(only(namespace, 'SA2004')[0]).toMatchObject({ line: 5, message: expect.stringContaining('not namespaced') });
    const service = checkText('apiVersion: v1\nkind: Service\nmetadata:\n  name: 2fa\nspec:\n  ports: [{port: 80}]\n');
    expect(only(service, 'SA2004')[0]).toMatchObject({ line: 4, message: expect.stringContaining('DNS-1035') });
  });

  it('requires Always for the pods of a Deployment', () => {
    const text =
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  selector: {matchLabels: {app: d}}\n  template:\n    metadata: {labels: {app: d}}\n    spec:\n      restartPolicy: OnFailure\n      containers: [{name: d, image: "d:1"}]\n';
    expect(at(checkText(text), 'SA2004')).toEqual([{ code: 'SA2004', severity: 'error', line: 9, column: 22 }]);
  });
});
