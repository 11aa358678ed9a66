import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../../src/lib/manifest/index.ts';

const at = (file: string): string[] =>
  analyze([{ name: file, text: readFileSync(new URL(`../../../../../content/examples/${file}`, import.meta.url), 'utf8') }]).files.flatMap(
    (f) => f.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`),
  );

describe('batch, policy, autoscaling and networking kinds', () => {
  it('Job: a misspelt field, and restartPolicy Always refused at its value', () => {
    expect(at('job-broken.yaml')).toEqual([
      'SA2001 12:3 unknown field "backofLimit" in spec; did you mean "backoffLimit"?',
      'SA2004 20:22 spec.template.spec.restartPolicy: must be OnFailure or Never: a Job runs its pods to completion (Always is for Deployments)',
    ]);
  });

  it('CronJob: a time zone inside the schedule, an unknown policy, and the Job template’s missing restartPolicy', () => {
    expect(at('cronjob-broken.yaml')).toEqual([
      'SA2004 13:13 spec.schedule: a time zone in the schedule is not allowed: set spec.timeZone (e.g. "Europe/Berlin") instead',
      'SA2004 14:22 spec.concurrencyPolicy: must be Allow, Forbid or Replace (case-sensitive)',
      'SA2002 18:9 missing required field "restartPolicy" in spec.jobTemplate.spec.template.spec: a Job needs OnFailure or Never',
    ]);
  });

  it('PodDisruptionBudget: a percentage without its sign, and both limits set', () => {
    expect(at('poddisruptionbudget-broken.yaml').map((line) => line.slice(0, 12))).toEqual(['SA2004 13:19', 'SA2004 13:19']);
  });

  it('HorizontalPodAutoscaler: more minimum than maximum, and a Utilization target without its number', () => {
    expect(at('horizontalpodautoscaler-broken.yaml')).toEqual([
      'SA2004 16:16 spec.minReplicas: must not be more than maxReplicas (10)',
      'SA2002 22:9 missing required field "averageUtilization" in spec.metrics[0].resource.target: a Utilization target needs it',
    ]);
  });

  it('NetworkPolicy and Ingress: peers, CIDRs, protocols, hosts, paths and backend ports', () => {
    expect(at('networkpolicy-broken.yaml').map((line) => line.slice(0, 12))).toEqual(['SA2004 18:13', 'SA2004 18:19', 'SA2004 23:21']);
    expect(at('ingress-broken.yaml').map((line) => line.slice(0, 12))).toEqual([
      'SA2004 13:13',
      'SA2004 16:19',
      'SA2004 22:19',
      'SA2002 24:13',
    ]);
  });

  it('accepts the clean examples, schedules in macro form and cron form', () => {
    for (const file of [
      'job-clean.yaml',
      'cronjob-clean.yaml',
      'poddisruptionbudget-clean.yaml',
      'horizontalpodautoscaler-clean.yaml',
      'networkpolicy-clean.yaml',
      'ingress-clean.yaml',
    ])
      expect(at(file), file).toEqual([]);
    const cron = readFileSync(new URL('../../../../../content/examples/cronjob-clean.yaml', import.meta.url), 'utf8');
    for (const schedule of ['"@daily"', '"*/15 * * * *"', '"@every 90m"'])
      expect(analyze([{ name: 'c.yaml', text: cron.replace('"30 2 * * *"', schedule) }]).summary.errors, schedule).toBe(0);
    expect(analyze([{ name: 'c.yaml', text: cron.replace('"30 2 * * *"', '"* * *"') }]).summary.errors).toBe(1);
  });
});

describe('RBAC kinds', () => {
  it('Role: a resource rule without apiGroups, and a non-resource URL a namespaced role cannot grant', () => {
    expect(at('role-broken.yaml')).toEqual([
      'SA2002 12:5 missing required field "apiGroups" in rules[0]: a resource rule needs at least one API group; write [""] for the core group (pods, services, secrets)',
      'SA2004 14:22 rules[1].nonResourceURLs: a Role is namespaced and cannot grant non-resource URLs such as /metrics: use a ClusterRole and ClusterRoleBinding',
    ]);
  });

  it('ClusterRole: cluster-scoped, a rule needs verbs, and resources and URLs do not mix', () => {
    expect(at('clusterrole-broken.yaml')).toEqual([
      'SA2004 10:14 metadata.namespace: this kind is not namespaced: remove metadata.namespace',
      'SA2004 14:12 rules[0].verbs: must list at least one verb, such as get, list or watch',
      'SA2004 17:22 rules[1].nonResourceURLs: a rule cannot grant both resources and non-resource URLs: split it into two rules',
    ]);
  });

  it('RoleBinding: a ServiceAccount subject is in the core group, and roleRef needs the RBAC group', () => {
    expect(at('rolebinding-broken.yaml')).toEqual([
      'SA2004 13:15 subjects[0].apiGroup: must be empty for a ServiceAccount (the core group): remove it',
      'SA2002 15:1 missing required field "apiGroup" in roleRef',
    ]);
  });

  it('ClusterRoleBinding: a ServiceAccount subject needs its namespace, and only a ClusterRole can be granted', () => {
    expect(at('clusterrolebinding-broken.yaml')).toEqual([
      'SA2002 11:5 missing required field "namespace" in subjects[0]: a ClusterRoleBinding must say which namespace the ServiceAccount lives in',
      'SA2004 15:9 roleRef.kind: must be ClusterRole: a ClusterRoleBinding cannot grant a namespaced Role',
    ]);
  });

  it('accepts the clean examples, names with colons, aggregation, and Users and Groups with or without their group', () => {
    for (const file of ['role-clean.yaml', 'clusterrole-clean.yaml', 'rolebinding-clean.yaml', 'clusterrolebinding-clean.yaml'])
      expect(at(file), file).toEqual([]);
    const aggregated = [
      'apiVersion: rbac.authorization.k8s.io/v1',
      'kind: ClusterRole',
      'metadata:',
      '  name: "system:mesh-viewer"',
      'aggregationRule:',
      '  clusterRoleSelectors:',
      '    - matchLabels:',
      '        rbac.example.com/aggregate-to-mesh-viewer: "true"',
      'rules: []',
    ].join('\n');
    expect(analyze([{ name: 'a.yaml', text: aggregated }]).files[0]?.diagnostics).toEqual([]);
    const binding = readFileSync(new URL('../../../../../content/examples/clusterrolebinding-clean.yaml', import.meta.url), 'utf8');
    const withGroup = binding.replace('    name: sre', '    name: sre\n    apiGroup: rbac.authorization.k8s.io');
    expect(analyze([{ name: 'b.yaml', text: withGroup }]).summary.errors).toBe(0);
    const wrongGroup = binding.replace('    name: sre', '    name: sre\n    apiGroup: ""');
    expect(analyze([{ name: 'b.yaml', text: wrongGroup }]).files[0]?.diagnostics.map((d) => d.message)).toEqual([
      'subjects[1].apiGroup: must be rbac.authorization.k8s.io for a Group (or left out)',
    ]);
  });

  it('refuses role names with a slash, and an aggregation without selectors', () => {
    const role = readFileSync(new URL('../../../../../content/examples/role-clean.yaml', import.meta.url), 'utf8');
    expect(at('role-clean.yaml')).toEqual([]);
    const slashed = analyze([{ name: 'r.yaml', text: role.replace('name: orders-config-reader', 'name: orders/config') }]);
    expect(slashed.files[0]?.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      'SA2004 metadata.name: may not contain "/" or "%"',
    ]);
    const empty =
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: x\naggregationRule:\n  clusterRoleSelectors: []\n';
    expect(analyze([{ name: 'e.yaml', text: empty }]).files[0]?.diagnostics.map((d) => d.code)).toEqual(['SA2004']);
  });
});

describe('PersistentVolumeClaim and claim templates', () => {
  it('PersistentVolumeClaim: access modes and a storage request are required, a misplaced size is an unknown field', () => {
    expect(at('persistentvolumeclaim-broken.yaml')).toEqual([
      'SA2002 11:1 missing required field "accessModes" in spec: a claim needs at least one access mode, usually ReadWriteOnce',
      'SA2002 11:1 missing required field "resources" in spec: a claim needs requests.storage in it, such as "1Gi"',
      'SA2001 13:3 unknown field "storage" in spec',
    ]);
    expect(at('persistentvolumeclaim-clean.yaml')).toEqual([]);
  });

  it('ReadWriteOncePod stands alone, and resources without a storage request are refused', () => {
    const clean = readFileSync(new URL('../../../../../content/examples/persistentvolumeclaim-clean.yaml', import.meta.url), 'utf8');
    const both = clean.replace('    - ReadWriteOnce', '    - ReadWriteOncePod\n    - ReadWriteOnce');
    expect(analyze([{ name: 'p.yaml', text: both }]).files[0]?.diagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([
      'SA2004 spec.accessModes: ReadWriteOncePod cannot be combined with other access modes',
    ]);
    const noStorage = clean.replace('      storage: 2Gi', '      cpu: "1"');
    expect(analyze([{ name: 'p.yaml', text: noStorage }]).files[0]?.diagnostics.map((d) => d.message)).toContain(
      'spec.resources: must request storage: add requests.storage, such as "1Gi"',
    );
  });

  it('a StatefulSet claim template gets the same checks: the API server accepts the StatefulSet, but its pods never start', () => {
    const statefulSet = [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: ledger',
      'spec:',
      '  serviceName: ledger',
      '  selector:',
      '    matchLabels: {app: ledger}',
      '  template:',
      '    metadata:',
      '      labels: {app: ledger}',
      '    spec:',
      '      containers:',
      '        - name: ledger',
      '          image: registry.example.com/shop/ledger:2.0.1',
      '  volumeClaimTemplates:',
      '    - metadata:',
      '        name: data',
      '      spec:',
      '        storageClassName: standard',
      '        resources:',
      '          requests:',
      '            storage: 5Gi',
    ].join('\n');
    const messages = analyze([{ name: 's.yaml', text: statefulSet }])
      .files[0]?.diagnostics.filter((d) => d.code === 'SA2002')
      .map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(messages).toEqual([
      '19:7 missing required field "accessModes" in spec.volumeClaimTemplates[0].spec: a claim needs at least one access mode, usually ReadWriteOnce',
    ]);
  });
});
