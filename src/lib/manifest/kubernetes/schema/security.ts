/** Pod and container security contexts: users, privileges, capabilities, seccomp and friends. */
import * as z from 'zod';
import { choice, opt, unixId } from './formats.ts';

const seLinuxOptions = z.object({ user: opt(z.string()), role: opt(z.string()), type: opt(z.string()), level: opt(z.string()) }).strict();

const profile = (types: readonly [string, ...string[]]) => z.object({ type: choice(types), localhostProfile: opt(z.string()) }).strict();

const windowsOptions = z
  .object({
    gmsaCredentialSpecName: opt(z.string()),
    gmsaCredentialSpec: opt(z.string()),
    runAsUserName: opt(z.string()),
    hostProcess: opt(z.boolean()),
  })
  .strict();

const capability = z.string().min(1, 'must name a capability, like NET_BIND_SERVICE or ALL');

/** The fields pod and container security contexts share. */
const common = {
  runAsUser: opt(unixId),
  runAsGroup: opt(unixId),
  runAsNonRoot: opt(z.boolean()),
  seLinuxOptions: opt(seLinuxOptions),
  seccompProfile: opt(profile(['RuntimeDefault', 'Localhost', 'Unconfined'])),
  appArmorProfile: opt(profile(['RuntimeDefault', 'Localhost', 'Unconfined'])),
  windowsOptions: opt(windowsOptions),
};

/** A container's securityContext. */
export const containerSecurityContext = z
  .object({
    ...common,
    allowPrivilegeEscalation: opt(z.boolean()),
    privileged: opt(z.boolean()),
    readOnlyRootFilesystem: opt(z.boolean()),
    capabilities: opt(z.object({ add: opt(z.array(capability)), drop: opt(z.array(capability)) }).strict()),
    procMount: opt(choice(['Default', 'Unmasked'])),
  })
  .strict();

/** The pod's securityContext: defaults for every container, plus volume and sysctl settings. */
export const podSecurityContext = z
  .object({
    ...common,
    fsGroup: opt(unixId),
    fsGroupChangePolicy: opt(choice(['OnRootMismatch', 'Always'])),
    supplementalGroups: opt(z.array(unixId)),
    supplementalGroupsPolicy: opt(choice(['Merge', 'Strict'])),
    seLinuxChangePolicy: opt(choice(['MountOption', 'Recursive'])),
    sysctls: opt(z.array(z.object({ name: z.string().min(1, 'must name a sysctl'), value: z.string() }).strict())),
  })
  .strict();
