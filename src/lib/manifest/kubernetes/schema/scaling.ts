/** policy/v1 PodDisruptionBudget and autoscaling/v2 HorizontalPodAutoscaler, after the Kubernetes 1.33 API reference. */
import * as z from 'zod';
import { documentOf, intOrPercent, missingField, quantity } from '../../schema/formats.ts';
import { choice, labelSelector, metadata, opt, positiveInt, status } from './formats.ts';

/** policy/v1 PodDisruptionBudget: minAvailable or maxUnavailable, never both. */
export const podDisruptionBudget = documentOf(['policy/v1'], 'PodDisruptionBudget', {
  metadata: metadata(),
  spec: z
    .object({
      minAvailable: opt(intOrPercent),
      maxUnavailable: opt(intOrPercent),
      selector: opt(labelSelector),
      unhealthyPodEvictionPolicy: opt(choice(['IfHealthyBudget', 'AlwaysAllow'])),
    })
    .strict()
    .superRefine((spec, ctx) => {
      if (spec.minAvailable != null && spec.maxUnavailable != null)
        ctx.addIssue({ code: 'custom', path: ['maxUnavailable'], message: 'minAvailable and maxUnavailable cannot both be set; keep one' });
    }),
  status,
});

const target = z
  .object({
    type: choice(['Utilization', 'Value', 'AverageValue']),
    averageUtilization: opt(positiveInt),
    averageValue: opt(quantity),
    value: opt(quantity),
  })
  .strict()
  .superRefine((t, ctx) => {
    const needs = { Utilization: 'averageUtilization', Value: 'value', AverageValue: 'averageValue' } as const;
    const field = needs[t.type];
    if (t[field] == null) missingField(ctx, field, `: a ${t.type} target needs it`);
  });

const metricId = z.object({ name: z.string().min(1), selector: opt(labelSelector) }).strict();
const objectRef = z.object({ apiVersion: opt(z.string()), kind: z.string().min(1), name: z.string().min(1) }).strict();
const resourceName = z.string().min(1, 'must name a resource such as cpu or memory');

const METRIC_FIELDS = {
  Resource: 'resource',
  ContainerResource: 'containerResource',
  Pods: 'pods',
  Object: 'object',
  External: 'external',
} as const;

const metric = z
  .object({
    type: choice(['Resource', 'ContainerResource', 'Pods', 'Object', 'External']),
    resource: opt(z.object({ name: resourceName, target }).strict()),
    containerResource: opt(z.object({ name: resourceName, container: z.string().min(1), target }).strict()),
    pods: opt(z.object({ metric: metricId, target }).strict()),
    object: opt(z.object({ describedObject: objectRef, metric: metricId, target }).strict()),
    external: opt(z.object({ metric: metricId, target }).strict()),
  })
  .strict()
  .superRefine((m, ctx) => {
    const wanted = METRIC_FIELDS[m.type];
    if (m[wanted] == null) missingField(ctx, wanted, `: a ${m.type} metric needs it`);
    for (const other of Object.values(METRIC_FIELDS))
      if (other !== wanted && m[other] != null)
        ctx.addIssue({ code: 'custom', path: [other], message: `"${other}" does not go with type ${m.type}; use "${wanted}"` });
  });

const scalingRules = z
  .object({
    stabilizationWindowSeconds: opt(z.int().min(0).max(3600, 'must be between 0 and 3600 seconds')),
    selectPolicy: opt(choice(['Max', 'Min', 'Disabled'])),
    tolerance: opt(quantity),
    policies: opt(
      z.array(
        z
          .object({
            type: choice(['Pods', 'Percent']),
            value: positiveInt,
            periodSeconds: z.int().min(1, 'must be between 1 and 1800 seconds').max(1800, 'must be between 1 and 1800 seconds'),
          })
          .strict(),
      ),
    ),
  })
  .strict();

/** autoscaling/v2 HorizontalPodAutoscaler. */
export const horizontalPodAutoscaler = documentOf(['autoscaling/v2'], 'HorizontalPodAutoscaler', {
  metadata: metadata(),
  spec: z
    .object({
      scaleTargetRef: objectRef,
      minReplicas: opt(positiveInt),
      maxReplicas: positiveInt,
      metrics: opt(z.array(metric)),
      behavior: opt(z.object({ scaleUp: opt(scalingRules), scaleDown: opt(scalingRules) }).strict()),
    })
    .strict()
    .superRefine((spec, ctx) => {
      if (spec.minReplicas != null && spec.minReplicas > spec.maxReplicas)
        ctx.addIssue({ code: 'custom', path: ['minReplicas'], message: `must not be more than maxReplicas (${spec.maxReplicas})` });
    }),
  status,
});
