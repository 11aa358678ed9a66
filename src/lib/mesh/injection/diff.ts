/**
 * What an injector added or changed: a structural comparison of the template before and after.
 * Lists whose items all have distinct names (containers, volumes, env) are matched by name, so a
 * container inserted at the front shows as one addition, not as every container changing.
 */
import { isObject } from '../../manifest/resource.ts';
import type { DataPath } from '../../manifest/yaml/locate.ts';
import { nameOf } from './template.ts';
import type { Change } from './types.ts';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
  }
  return false;
}

/** Names of a list's items when every item has one and no two share it; otherwise undefined. */
function namesOf(list: readonly unknown[]): string[] | undefined {
  const names = list.map(nameOf);
  if (names.some((name) => name === undefined)) return undefined;
  return new Set(names).size === names.length ? (names as string[]) : undefined;
}

function diffLists(before: readonly unknown[], after: readonly unknown[], path: DataPath, out: Change[]): void {
  const beforeNames = namesOf(before);
  const afterNames = namesOf(after);
  if (beforeNames && afterNames && before.length > 0) {
    afterNames.forEach((name, i) => {
      const was = beforeNames.indexOf(name);
      if (was < 0) out.push({ path: [...path, i], kind: 'added' });
      else walk(before[was], after[i], [...path, i], out);
    });
    return;
  }
  after.forEach((item, i) => {
    if (i >= before.length) out.push({ path: [...path, i], kind: 'added' });
    else walk(before[i], item, [...path, i], out);
  });
}

function walk(before: unknown, after: unknown, path: DataPath, out: Change[]): void {
  if (sameValue(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) return diffLists(before, after, path, out);
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key)) out.push({ path: [...path, key], kind: 'added' });
      else walk(before[key], after[key], [...path, key], out);
    }
    return;
  }
  out.push({ path, kind: 'changed' });
}

/** The paths of `after` that are new, or hold a different value than in `before` (removals are not listed). */
export function diffPaths(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  walk(before, after, [], out);
  return out;
}
