/** Pod volumes (one source each), volume mounts, and the PersistentVolumeClaim spec they can embed. */
import * as z from 'zod';
import { dnsLabel, dnsSubdomain, documentOf, missingField } from '../../schema/formats.ts';
import { choice, configKey, fileMode, labelSelector, metadata, opt, quotedString, status } from './formats.ts';
import { resourceList, resourceQuantity } from './resources.ts';

/** A relative file path inside a volume: no leading '/', no '..' step. */
const relativePath = z
  .string()
  .min(1, 'must not be empty')
  .refine((path) => !path.startsWith('/') && !path.split('/').includes('..'), {
    message: "must be a relative path without '..' (e.g. config/app.toml)",
  });

const keyToPath = z.object({ key: configKey, path: relativePath, mode: opt(fileMode) }).strict();

const fieldRef = z.object({ apiVersion: opt(z.string()), fieldPath: z.string() }).strict();
const resourceFieldRef = z.object({ containerName: opt(z.string()), resource: z.string(), divisor: opt(resourceQuantity) }).strict();

const downwardItem = z
  .object({ path: relativePath, fieldRef: opt(fieldRef), resourceFieldRef: opt(resourceFieldRef), mode: opt(fileMode) })
  .strict();

const projection = z
  .object({
    configMap: opt(z.object({ name: opt(dnsSubdomain), items: opt(z.array(keyToPath)), optional: opt(z.boolean()) }).strict()),
    secret: opt(z.object({ name: opt(dnsSubdomain), items: opt(z.array(keyToPath)), optional: opt(z.boolean()) }).strict()),
    downwardAPI: opt(z.object({ items: opt(z.array(downwardItem)) }).strict()),
    serviceAccountToken: opt(
      z
        .object({
          audience: opt(z.string()),
          expirationSeconds: opt(z.int().min(600, 'must be at least 600 (10 minutes)')),
          path: relativePath,
        })
        .strict(),
    ),
    clusterTrustBundle: opt(z.looseObject({ path: relativePath })),
    podCertificate: opt(z.looseObject({})),
  })
  .strict();

/** A PersistentVolumeClaim spec (volumeClaimTemplates, ephemeral volumes). */
export const claimSpec = z
  .object({
    accessModes: opt(z.array(choice(['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod']))),
    resources: opt(z.object({ requests: opt(resourceList(['storage'])), limits: opt(resourceList(['storage'])) }).strict()),
    storageClassName: opt(z.string()),
    volumeMode: opt(choice(['Filesystem', 'Block'])),
    selector: opt(labelSelector),
    volumeName: opt(z.string()),
    dataSource: opt(z.object({ apiGroup: opt(z.string()), kind: z.string(), name: z.string() }).strict()),
    dataSourceRef: opt(z.object({ apiGroup: opt(z.string()), kind: z.string(), name: z.string(), namespace: opt(z.string()) }).strict()),
    volumeAttributesClassName: opt(z.string()),
  })
  .strict()
  // The API server's claim rules; for a StatefulSet template they bite later, when its claims are
  // created, so the StatefulSet is accepted and its pods never start.
  .superRefine((spec, ctx) => {
    const modes = spec.accessModes ?? [];
    if (modes.length === 0) missingField(ctx, 'accessModes', ': a claim needs at least one access mode, usually ReadWriteOnce');
    else if (modes.includes('ReadWriteOncePod') && modes.some((mode) => mode !== 'ReadWriteOncePod'))
      ctx.addIssue({ code: 'custom', path: ['accessModes'], message: 'ReadWriteOncePod cannot be combined with other access modes' });
    if (spec.resources == null) missingField(ctx, 'resources', ': a claim needs requests.storage in it, such as "1Gi"');
    else if (spec.resources.requests?.['storage'] == null)
      ctx.addIssue({ code: 'custom', path: ['resources'], message: 'must request storage: add requests.storage, such as "1Gi"' });
  });

/** A PersistentVolumeClaim as a StatefulSet's volumeClaimTemplates lists it. */
export const claimTemplate = z
  .object({
    apiVersion: opt(z.literal('v1', { error: 'must be v1' })),
    kind: opt(z.literal('PersistentVolumeClaim', { error: 'must be PersistentVolumeClaim' })),
    metadata: metadata({ name: dnsLabel }),
    spec: claimSpec,
    status,
  })
  .strict();

// In-tree and legacy sources are still accepted by the API server; their insides are not checked.
const LEGACY_SOURCES = [
  'awsElasticBlockStore',
  'azureDisk',
  'azureFile',
  'cephfs',
  'cinder',
  'fc',
  'flexVolume',
  'flocker',
  'gcePersistentDisk',
  'gitRepo',
  'glusterfs',
  'iscsi',
  'photonPersistentDisk',
  'portworxVolume',
  'quobyte',
  'rbd',
  'scaleIO',
  'storageos',
  'vsphereVolume',
] as const;

const sources = {
  emptyDir: opt(
    z
      .object({
        medium: opt(z.string().regex(/^(Memory|HugePages(-.+)?)?$/, 'must be "" (node disk), "Memory" (tmpfs) or "HugePages"')),
        sizeLimit: opt(resourceQuantity),
      })
      .strict(),
  ),
  configMap: opt(
    z.object({ name: opt(dnsSubdomain), items: opt(z.array(keyToPath)), defaultMode: opt(fileMode), optional: opt(z.boolean()) }).strict(),
  ),
  secret: opt(
    z
      .object({ secretName: opt(dnsSubdomain), items: opt(z.array(keyToPath)), defaultMode: opt(fileMode), optional: opt(z.boolean()) })
      .strict(),
  ),
  persistentVolumeClaim: opt(z.object({ claimName: dnsSubdomain, readOnly: opt(z.boolean()) }).strict()),
  projected: opt(z.object({ sources: opt(z.array(projection)), defaultMode: opt(fileMode) }).strict()),
  downwardAPI: opt(z.object({ items: opt(z.array(downwardItem)), defaultMode: opt(fileMode) }).strict()),
  hostPath: opt(
    z
      .object({
        path: z.string().min(1, 'must not be empty'),
        type: opt(choice(['', 'DirectoryOrCreate', 'Directory', 'FileOrCreate', 'File', 'Socket', 'CharDevice', 'BlockDevice'])),
      })
      .strict(),
  ),
  csi: opt(
    z
      .object({
        driver: z.string().min(1, 'must name the CSI driver'),
        readOnly: opt(z.boolean()),
        fsType: opt(z.string()),
        volumeAttributes: opt(z.record(z.string(), quotedString)),
        nodePublishSecretRef: opt(z.object({ name: opt(z.string()) }).strict()),
      })
      .strict(),
  ),
  ephemeral: opt(
    z
      .object({ volumeClaimTemplate: opt(z.object({ metadata: opt(metadata({ nameRequired: false })), spec: claimSpec }).strict()) })
      .strict(),
  ),
  nfs: opt(z.object({ server: z.string(), path: z.string(), readOnly: opt(z.boolean()) }).strict()),
  image: opt(z.object({ reference: opt(z.string()), pullPolicy: opt(choice(['Always', 'Never', 'IfNotPresent'])) }).strict()),
  ...Object.fromEntries(LEGACY_SOURCES.map((name) => [name, opt(z.looseObject({}))])),
};

/** Every volume source a volume may name; at most one per volume (none means emptyDir). */
export const VOLUME_SOURCES: readonly string[] = Object.keys(sources);

/** A pod volume: a DNS-label name and one source. */
export const volume = z.object({ name: dnsLabel, ...sources }).strict();

/** Where a container mounts a volume. */
export const volumeMount = z
  .object({
    name: z.string().min(1, 'must name a volume of the pod'),
    mountPath: z.string().min(1, 'must not be empty'),
    readOnly: opt(z.boolean()),
    subPath: opt(z.string()),
    subPathExpr: opt(z.string()),
    mountPropagation: opt(choice(['None', 'HostToContainer', 'Bidirectional'])),
    recursiveReadOnly: opt(choice(['Disabled', 'IfPossible', 'Enabled'])),
  })
  .strict();

/** A raw block device a container uses from a volume. */
export const volumeDevice = z
  .object({
    name: z.string().min(1, 'must name a volume of the pod'),
    devicePath: z.string().min(1, 'must be a device path, like /dev/xvda'),
  })
  .strict();

/** v1 PersistentVolumeClaim: a request for storage that a StorageClass or a PersistentVolume fills. */
export const persistentVolumeClaim = documentOf(['v1'], 'PersistentVolumeClaim', {
  metadata: metadata(),
  spec: claimSpec,
  status,
});
