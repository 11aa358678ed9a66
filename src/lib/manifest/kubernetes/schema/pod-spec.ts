/** The pod spec and the pod template that controllers stamp pods from. */
import * as z from 'zod';
import { dnsLabel, dnsSubdomain, missingField } from '../../schema/formats.ts';
import { container, initContainer } from './container.ts';
import { choice, labels, labelSelector, nonNegativeInt, opt, positiveInt, templateMetadata } from './formats.ts';
import { resourceList, resourceRequirements } from './resources.ts';
import { podSecurityContext } from './security.ts';
import { volume } from './volumes.ts';

const terms = opt(z.array(z.looseObject({})));
const podAffinity = z
  .object({ requiredDuringSchedulingIgnoredDuringExecution: terms, preferredDuringSchedulingIgnoredDuringExecution: terms })
  .strict();

// Affinity terms are deep and rarely mistyped below the top; the top levels catch misplaced keys.
const affinity = z
  .object({
    nodeAffinity: opt(
      z
        .object({
          requiredDuringSchedulingIgnoredDuringExecution: opt(z.looseObject({})),
          preferredDuringSchedulingIgnoredDuringExecution: terms,
        })
        .strict(),
    ),
    podAffinity: opt(podAffinity),
    podAntiAffinity: opt(podAffinity),
  })
  .strict();

const toleration = z
  .object({
    key: opt(z.string()),
    operator: opt(choice(['Exists', 'Equal'])),
    value: opt(z.string()),
    effect: opt(choice(['NoSchedule', 'PreferNoSchedule', 'NoExecute'])),
    tolerationSeconds: opt(z.int()),
  })
  .strict();

const topologySpreadConstraint = z
  .object({
    maxSkew: positiveInt,
    topologyKey: z.string().min(1, 'must name a node label, like topology.kubernetes.io/zone'),
    whenUnsatisfiable: choice(['DoNotSchedule', 'ScheduleAnyway']),
    labelSelector: opt(labelSelector),
    minDomains: opt(positiveInt),
    nodeAffinityPolicy: opt(choice(['Honor', 'Ignore'])),
    nodeTaintsPolicy: opt(choice(['Honor', 'Ignore'])),
    matchLabelKeys: opt(z.array(z.string())),
  })
  .strict();

const dnsConfig = z
  .object({
    nameservers: opt(z.array(z.string())),
    searches: opt(z.array(z.string())),
    options: opt(z.array(z.object({ name: z.string(), value: opt(z.string()) }).strict())),
  })
  .strict();

const named = z.object({ name: opt(z.string()) }).strict();

/** Every pod-spec field, with restartPolicy left to the caller (controllers allow Always only). */
function podSpecOf(restartPolicy: z.ZodType) {
  return z
    .object({
      containers: z.array(container).min(1, 'must list at least one container'),
      initContainers: opt(z.array(initContainer)),
      ephemeralContainers: opt(z.array(z.looseObject({}))),
      volumes: opt(z.array(volume)),
      restartPolicy: opt(restartPolicy),
      terminationGracePeriodSeconds: opt(nonNegativeInt),
      activeDeadlineSeconds: opt(positiveInt),
      dnsPolicy: opt(choice(['ClusterFirst', 'ClusterFirstWithHostNet', 'Default', 'None'])),
      dnsConfig: opt(dnsConfig),
      nodeSelector: opt(labels),
      nodeName: opt(z.string()),
      serviceAccountName: opt(dnsSubdomain),
      serviceAccount: opt(dnsSubdomain),
      automountServiceAccountToken: opt(z.boolean()),
      hostNetwork: opt(z.boolean()),
      hostPID: opt(z.boolean()),
      hostIPC: opt(z.boolean()),
      hostUsers: opt(z.boolean()),
      shareProcessNamespace: opt(z.boolean()),
      securityContext: opt(podSecurityContext),
      imagePullSecrets: opt(z.array(named)),
      hostname: opt(dnsLabel),
      hostnameOverride: opt(z.string()),
      subdomain: opt(dnsLabel),
      setHostnameAsFQDN: opt(z.boolean()),
      affinity: opt(affinity),
      schedulerName: opt(z.string()),
      tolerations: opt(z.array(toleration)),
      hostAliases: opt(z.array(z.object({ ip: z.string(), hostnames: opt(z.array(z.string())) }).strict())),
      priorityClassName: opt(z.string()),
      priority: opt(z.int()),
      preemptionPolicy: opt(choice(['PreemptLowerPriority', 'Never'])),
      readinessGates: opt(z.array(z.object({ conditionType: z.string() }).strict())),
      runtimeClassName: opt(z.string()),
      enableServiceLinks: opt(z.boolean()),
      overhead: opt(resourceList(['cpu', 'memory'])),
      topologySpreadConstraints: opt(z.array(topologySpreadConstraint)),
      os: opt(z.object({ name: choice(['linux', 'windows']) }).strict()),
      schedulingGates: opt(z.array(z.object({ name: z.string() }).strict())),
      resourceClaims: opt(z.array(z.looseObject({ name: dnsLabel }))),
      resources: opt(resourceRequirements),
    })
    .strict();
}

/** A Pod's spec: any restart policy. */
export const podSpec = podSpecOf(choice(['Always', 'OnFailure', 'Never']));

/** The pod spec inside a Deployment, StatefulSet or DaemonSet template: their pods always restart. */
export const controllerPodSpec = podSpecOf(
  z.literal('Always', { error: 'must be Always: a Deployment, StatefulSet or DaemonSet restarts its pods (Jobs take OnFailure or Never)' }),
);

/** A controller's pod template: labels the selector must match, and the spec. */
export const podTemplate = z.object({ metadata: opt(templateMetadata), spec: controllerPodSpec }).strict();

/** A Job's pod spec: its pods run to completion, so the API server requires OnFailure or Never. */
const jobPodSpec = podSpecOf(
  z.enum(['OnFailure', 'Never'], { error: 'must be OnFailure or Never: a Job runs its pods to completion (Always is for Deployments)' }),
).superRefine((spec, ctx) => {
  if (spec.restartPolicy == null) missingField(ctx, 'restartPolicy', ': a Job needs OnFailure or Never');
});

/** A Job's pod template (also inside a CronJob's jobTemplate). */
export const jobPodTemplate = z.object({ metadata: opt(templateMetadata), spec: jobPodSpec }).strict();
