/**
 * ReferenceGrant (gateway.networking.k8s.io v1 and v1beta1, standard channel v1.5.1): which kinds in
 * which namespaces may refer to objects in the grant's namespace. Both versions share one schema.
 */
import * as z from 'zod';
import { documentOf } from '../../schema/formats.ts';
import { apiVersions, group, kind, list, namespace, objectName } from './common.ts';

// v1.5.0 added v1 and still serves v1beta1 (the storage version in v1.5.1); v1alpha2 left in v1.2.
/** Served versions, current first. */
export const REFERENCE_GRANT_VERSIONS = ['v1', 'v1beta1'] as const;

/** spec of a ReferenceGrant. */
export const referenceGrantSpec = z
  .object({
    from: list(z.object({ group, kind, namespace }).strict(), 16, 'from entries', 1),
    to: list(z.object({ group, kind, name: objectName.optional() }).strict(), 16, 'to entries', 1),
  })
  .strict();

/** A ReferenceGrant document; the kind has no status, and v1.5.1 does not require spec. */
export const referenceGrantSchema = documentOf(apiVersions(REFERENCE_GRANT_VERSIONS), 'ReferenceGrant', {
  spec: referenceGrantSpec.optional(),
});
