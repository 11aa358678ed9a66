/**
 * ListenerSet (gateway.networking.k8s.io v1, standard channel since v1.5.0): listeners another team
 * adds to a shared Gateway, which must allow them in its spec.allowedListeners. The listeners follow
 * the Gateway's listener rules; names need only be unique within the ListenerSet.
 */
import * as z from 'zod';
import { documentOf } from '../../schema/formats.ts';
import { apiVersions, celList, group, kind, namespace, objectName, status } from './common.ts';
import { checkListeners, listener } from './listener.ts';

/** Served versions: v1 only (the experimental XListenerSet of gateway.networking.x-k8s.io is gone in v1.5). */
export const LISTENER_SET_VERSIONS = ['v1'] as const;

/** ParentGatewayReference: the Gateway (group and kind default to it) the listeners join, possibly in another namespace. */
const parentRef = z.object({ group: group.optional(), kind: kind.optional(), name: objectName, namespace: namespace.optional() }).strict();

/** spec of a ListenerSet. */
export const listenerSetSpec = z
  .object({
    parentRef,
    listeners: celList(listener, 64, 'listeners', checkListeners, 1),
  })
  .strict();

/** A ListenerSet document; spec is required. */
export const listenerSetSchema = documentOf(apiVersions(LISTENER_SET_VERSIONS), 'ListenerSet', { spec: listenerSetSpec, status });
