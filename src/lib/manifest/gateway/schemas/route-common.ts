/** What HTTPRoute and GRPCRoute share: where a route attaches (parentRefs), its host names, and its size limits. */
import * as z from 'zod';
import { isObject } from '../../resource.ts';
import {
  celList,
  GATEWAY_GROUP,
  group,
  headerName,
  hostname,
  issue,
  items,
  kind,
  list,
  matchType,
  namespace,
  objectName,
  portNumber,
  sectionName,
  text,
  uniqueBy,
} from './common.ts';

/** A header match, the same in HTTPRoute and GRPCRoute: exact or regular expression on one header. */
const headerMatch = z
  .object({
    type: matchType.optional(),
    name: headerName,
    value: z.string().min(1, 'must not be empty').max(4096, 'must be at most 4096 characters'),
  })
  .strict();

/** A route match's header list: at most 16, each header name once. */
export const headerMatches = celList(headerMatch, 16, 'headers', (list, ctx) => uniqueBy(list, 'name', ctx, 'header'));

/** ParentReference: a Gateway (the default) or, for mesh routes, a Service. */
export const parentRef = z
  .object({
    group: group.optional(),
    kind: kind.optional(),
    namespace: namespace.optional(),
    name: objectName,
    sectionName: sectionName.optional(),
    port: portNumber.optional(),
  })
  .strict();

/** The parent a reference selects, with the CRD's defaults applied; undefined when it has no name. */
function parentOf(ref: unknown): string | undefined {
  const name = text(ref, 'name');
  if (!isObject(ref) || name === undefined) return undefined;
  // Group and kind take their defaults; an unset and an empty namespace are the same to the CRD rule.
  const groupName = ref['group'] == null ? GATEWAY_GROUP : text(ref, 'group');
  const kindName = ref['kind'] == null ? 'Gateway' : text(ref, 'kind');
  if (groupName === undefined || kindName === undefined) return undefined;
  return [groupName, kindName, name, text(ref, 'namespace') ?? ''].join('\u0000');
}

function describe(ref: unknown): string {
  return `${text(ref, 'kind') ?? 'Gateway'} "${text(ref, 'name') ?? ''}"`;
}

/**
 * The standard channel's two rules on parentRefs: a parent listed twice needs a sectionName on every
 * entry, and no two entries may name the same parent and section.
 */
function checkParents(refs: unknown[], ctx: z.RefinementCtx): void {
  const section = (ref: unknown): string => text(ref, 'sectionName') ?? '';
  refs.forEach((ref, j) => {
    const parent = parentOf(ref);
    if (parent === undefined) return;
    const earlier = refs
      .slice(0, j)
      .map((other, i) => ({ other, i }))
      .filter(({ other }) => parentOf(other) === parent);
    const mixed = earlier.find(({ other }) => (section(other) === '') !== (section(ref) === ''));
    if (mixed)
      issue(
        ctx,
        [j],
        `parentRefs[${mixed.i}] and parentRefs[${j}] attach to the same ${describe(ref)}: when a route lists a parent more than once, give every entry a sectionName`,
      );
    const twin = earlier.find(({ other }) => section(other) === section(ref));
    if (twin)
      issue(
        ctx,
        [j],
        `parentRefs[${j}] repeats parentRefs[${twin.i}] (${describe(ref)}${section(ref) ? `, section "${section(ref)}"` : ''}): list each parent and section once`,
      );
  });
}

/** parentRefs: at most 32, with the rules on repeated parents. */
export const parentRefs = celList(parentRef, 32, 'parentRefs', checkParents);

/** hostnames: at most 16. */
export const hostnames = list(hostname, 16, 'hostnames');

/**
 * The rule on a route's rules list: at most 128 matches in all. A rule without matches counts as
 * `absent` matches (HTTPRoute defaults them to one match, GRPCRoute to none).
 */
export function totalMatches(absent: number) {
  return (rules: unknown[], ctx: z.RefinementCtx): void => {
    const total = rules.slice(0, 16).reduce<number>((sum, rule) => {
      const matches = isObject(rule) ? rule['matches'] : undefined;
      return sum + (matches === undefined || matches === null ? absent : items(matches).length);
    }, 0);
    if (total > 128)
      issue(
        ctx,
        [],
        `has ${total} matches in all; a route may have at most 128 (and at most 64 in one rule): split it into several routes`,
      );
  };
}
