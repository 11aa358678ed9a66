/** Pod, and the apps/v1 controllers: Deployment, StatefulSet and DaemonSet. */
import * as z from 'zod';
import { dnsLabel, documentOf, intOrPercent } from '../../schema/formats.ts';
import { choice, labelSelector, metadata, nonNegativeInt, opt, positiveInt, status } from './formats.ts';
import { podSpec, podTemplate } from './pod-spec.ts';
import { claimTemplate } from './volumes.ts';

// spec.selector is optional here on purpose: SA3001 reports it missing with advice, instead of a bare SA2002.
const controllerFields = {
  selector: opt(labelSelector),
  template: podTemplate,
  minReadySeconds: opt(nonNegativeInt),
  revisionHistoryLimit: opt(nonNegativeInt),
};

const rollingUpdate = z.object({ maxSurge: opt(intOrPercent), maxUnavailable: opt(intOrPercent) }).strict();

/** v1 Pod. */
export const pod = documentOf(['v1'], 'Pod', { metadata: metadata(), spec: podSpec, status });

/** apps/v1 Deployment. */
export const deployment = documentOf(['apps/v1'], 'Deployment', {
  metadata: metadata(),
  spec: z
    .object({
      ...controllerFields,
      replicas: opt(nonNegativeInt),
      strategy: opt(z.object({ type: opt(choice(['RollingUpdate', 'Recreate'])), rollingUpdate: opt(rollingUpdate) }).strict()),
      progressDeadlineSeconds: opt(positiveInt),
      paused: opt(z.boolean()),
    })
    .strict(),
  status,
});

const retention = choice(['Retain', 'Delete']);

/** apps/v1 StatefulSet. */
export const statefulSet = documentOf(['apps/v1'], 'StatefulSet', {
  metadata: metadata(),
  spec: z
    .object({
      ...controllerFields,
      replicas: opt(nonNegativeInt),
      serviceName: opt(dnsLabel),
      volumeClaimTemplates: opt(z.array(claimTemplate)),
      podManagementPolicy: opt(choice(['OrderedReady', 'Parallel'])),
      updateStrategy: opt(
        z
          .object({
            type: opt(choice(['RollingUpdate', 'OnDelete'])),
            rollingUpdate: opt(z.object({ partition: opt(nonNegativeInt), maxUnavailable: opt(intOrPercent) }).strict()),
          })
          .strict(),
      ),
      persistentVolumeClaimRetentionPolicy: opt(z.object({ whenDeleted: opt(retention), whenScaled: opt(retention) }).strict()),
      ordinals: opt(z.object({ start: opt(nonNegativeInt) }).strict()),
    })
    .strict(),
  status,
});

/** apps/v1 DaemonSet. */
export const daemonSet = documentOf(['apps/v1'], 'DaemonSet', {
  metadata: metadata(),
  spec: z
    .object({
      ...controllerFields,
      updateStrategy: opt(z.object({ type: opt(choice(['RollingUpdate', 'OnDelete'])), rollingUpdate: opt(rollingUpdate) }).strict()),
    })
    .strict(),
  status,
});
