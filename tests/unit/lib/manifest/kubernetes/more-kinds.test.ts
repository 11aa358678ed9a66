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
