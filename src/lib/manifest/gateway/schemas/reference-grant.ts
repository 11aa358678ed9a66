/**
 * ReferenceGrant (gateway.networking.k8s.io v1beta1, standard channel v1.4.0): which kinds in which
 * namespaces may refer to objects in the grant's namespace. v1 arrived only in v1.5.
 */
import * as z from 'zod';
import { documentOf } from '../../schema/formats.ts';
import { apiVersions, group, kind, list, namespace, objectName } from './common.ts';

/** Served versions, current first (v1alpha2 left the standard channel in v1.2). */
export const REFERENCE_GRANT_VERSIONS = ['v1beta1'] as const;

/** spec of a ReferenceGrant. */
export const referenceGrantSpec = z
  .object({
    from: list(z.object({ group, kind, namespace }).strict(), 16, 'from entries', 1),
    to: list(z.object({ group, kind, name: objectName.optional() }).strict(), 16, 'to entries', 1),
  })
  .strict();

/** A ReferenceGrant document; the kind has no status. */
export const referenceGrantSchema = documentOf(apiVersions(REFERENCE_GRANT_VERSIONS), 'ReferenceGrant', {
  spec: referenceGrantSpec.optional(),
});
