/** batch/v1 Job and CronJob, after the Kubernetes 1.33 API reference. */
import * as z from 'zod';
import { dnsSubdomain, documentOf } from '../../schema/formats.ts';
import { choice, labelSelector, metadata, nonNegativeInt, opt, positiveInt, status, templateMetadata } from './formats.ts';
import { jobPodTemplate } from './pod-spec.ts';

const podFailureRule = z
  .object({
    action: choice(['FailJob', 'FailIndex', 'Ignore', 'Count']),
    onExitCodes: opt(
      z
        .object({
          containerName: opt(z.string()),
          operator: choice(['In', 'NotIn']),
          values: z.array(z.int()).min(1, 'must list at least one exit code').max(255, 'must list at most 255 exit codes'),
        })
        .strict(),
    ),
    onPodConditions: opt(z.array(z.object({ type: z.string().min(1), status: opt(choice(['True', 'False', 'Unknown'])) }).strict())),
  })
  .strict();

/** batch/v1 JobSpec. */
export const jobSpec = z
  .object({
    template: jobPodTemplate,
    parallelism: opt(nonNegativeInt),
    completions: opt(nonNegativeInt),
    completionMode: opt(choice(['NonIndexed', 'Indexed'])),
    activeDeadlineSeconds: opt(positiveInt),
    backoffLimit: opt(nonNegativeInt),
    backoffLimitPerIndex: opt(nonNegativeInt),
    maxFailedIndexes: opt(nonNegativeInt),
    podFailurePolicy: opt(z.object({ rules: z.array(podFailureRule).max(20, 'must have at most 20 rules') }).strict()),
    successPolicy: opt(
      z
        .object({
          rules: z
            .array(z.object({ succeededIndexes: opt(z.string()), succeededCount: opt(nonNegativeInt) }).strict())
            .min(1)
            .max(20),
        })
        .strict(),
    ),
    podReplacementPolicy: opt(choice(['TerminatingOrFailed', 'Failed'])),
    selector: opt(labelSelector),
    manualSelector: opt(z.boolean()),
    suspend: opt(z.boolean()),
    ttlSecondsAfterFinished: opt(nonNegativeInt),
    managedBy: opt(z.string().max(63)),
  })
  .strict();

/** batch/v1 Job. */
export const job = documentOf(['batch/v1'], 'Job', { metadata: metadata(), spec: jobSpec, status });

const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/** A cron schedule: five fields or a macro; the time zone goes in spec.timeZone since Kubernetes 1.27. */
const schedule = z.string().superRefine((value, ctx) => {
  const text = value.trim();
  if (/^(CRON_)?TZ=/.test(text)) {
    ctx.addIssue({
      code: 'custom',
      message: 'a time zone in the schedule is not allowed: set spec.timeZone (e.g. "Europe/Berlin") instead',
    });
  } else if (text.startsWith('@') ? !MACROS.includes(text) && !/^@every \S+$/.test(text) : text.split(/\s+/).length !== 5) {
    ctx.addIssue({ code: 'custom', message: `must be a cron schedule of five fields like "*/15 * * * *", or one of ${MACROS.join(', ')}` });
  }
});

/** batch/v1 CronJob. */
export const cronJob = documentOf(['batch/v1'], 'CronJob', {
  metadata: metadata({ name: dnsSubdomain.max(52, 'must be at most 52 characters: the Jobs it creates add a suffix') }),
  spec: z
    .object({
      schedule,
      timeZone: opt(z.string().regex(/^[A-Za-z0-9_+\-/]+$/, 'must be an IANA time zone name like "Europe/Berlin" or "Etc/UTC"')),
      jobTemplate: z.object({ metadata: opt(templateMetadata), spec: jobSpec }).strict(),
      concurrencyPolicy: opt(choice(['Allow', 'Forbid', 'Replace'])),
      startingDeadlineSeconds: opt(nonNegativeInt),
      suspend: opt(z.boolean()),
      successfulJobsHistoryLimit: opt(nonNegativeInt),
      failedJobsHistoryLimit: opt(nonNegativeInt),
    })
    .strict(),
  status,
});
