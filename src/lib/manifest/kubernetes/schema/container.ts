/** Containers and init containers (native sidecars included): image, ports, env, probes, resources, mounts. */
import * as z from 'zod';
import { dnsLabel } from '../../schema/formats.ts';
import { envFromSource, envVar } from './env.ts';
import { choice, opt, port, portName, protocol } from './formats.ts';
import { lifecycle, probe } from './probes.ts';
import { resourceRequirements } from './resources.ts';
import { containerSecurityContext } from './security.ts';
import { volumeDevice, volumeMount } from './volumes.ts';

/** A port the container listens on; informational, but Services may refer to it by name. */
export const containerPort = z
  .object({
    containerPort: port,
    name: opt(portName),
    protocol: opt(protocol),
    hostPort: opt(port),
    hostIP: opt(z.string()),
  })
  .strict();

const resizePolicy = z
  .object({ resourceName: choice(['cpu', 'memory']), restartPolicy: choice(['NotRequired', 'RestartContainer']) })
  .strict();

/** The fields every kind of container has. */
const fields = {
  name: dnsLabel,
  image: z.string().min(1, 'must name an image, like ghcr.io/shop/orders:1.4.2'),
  imagePullPolicy: opt(choice(['Always', 'Never', 'IfNotPresent'])),
  command: opt(z.array(z.string())),
  args: opt(z.array(z.string())),
  workingDir: opt(z.string()),
  ports: opt(z.array(containerPort)),
  env: opt(z.array(envVar)),
  envFrom: opt(z.array(envFromSource)),
  resources: opt(resourceRequirements),
  resizePolicy: opt(z.array(resizePolicy)),
  volumeMounts: opt(z.array(volumeMount)),
  volumeDevices: opt(z.array(volumeDevice)),
  livenessProbe: opt(probe),
  readinessProbe: opt(probe),
  startupProbe: opt(probe),
  lifecycle: opt(lifecycle),
  securityContext: opt(containerSecurityContext),
  terminationMessagePath: opt(z.string()),
  terminationMessagePolicy: opt(choice(['File', 'FallbackToLogsOnError'])),
  stdin: opt(z.boolean()),
  stdinOnce: opt(z.boolean()),
  tty: opt(z.boolean()),
};

/** An app container; restartPolicy belongs to init containers only. */
export const container = z
  .object({
    ...fields,
    restartPolicy: z
      .unknown()
      .refine(() => false, {
        message: 'only init containers take restartPolicy (Always makes one a native sidecar); remove it from this container',
      })
      .optional(),
  })
  .strict();

/** An init container; with restartPolicy: Always it is a native sidecar that runs beside the app. */
export const initContainer = z
  .object({
    ...fields,
    restartPolicy: opt(
      z.literal('Always', { error: 'must be Always (a native sidecar), or left out for an init container that runs to completion' }),
    ),
  })
  .strict();
