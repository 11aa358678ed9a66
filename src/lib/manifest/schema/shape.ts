/**
 * Walks a zod schema along a data path to find the fields an object there may have, for "did you
 * mean ...?" hints. Reads zod 4's `_zod.def`, which is how zod describes its own schemas.
 */
import type * as z from 'zod';

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  getter?: () => z.ZodType;
  in?: z.ZodType;
  valueType?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schemas a path may lead to (several when unions branch). */
function reach(schemas: z.ZodType[], step: string | number | undefined): z.ZodType[] {
  const out: z.ZodType[] = [];
  const visit = (schema: z.ZodType, depth: number): void => {
    if (depth > 20) return;
    const def = defOf(schema);
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'catch':
      case 'nonoptional':
        if (def.innerType) visit(def.innerType, depth + 1);
        return;
      case 'lazy':
        if (def.getter) visit(def.getter(), depth + 1);
        return;
      case 'pipe':
        if (def.in) visit(def.in, depth + 1);
        return;
      case 'union':
        for (const option of def.options ?? []) visit(option, depth + 1);
        return;
      case 'intersection':
        if (def.left) visit(def.left, depth + 1);
        if (def.right) visit(def.right, depth + 1);
        return;
      default:
        if (step === undefined) out.push(schema);
        else if (def.type === 'object' && typeof step === 'string' && def.shape?.[step]) out.push(def.shape[step]);
        else if (def.type === 'array' && typeof step === 'number' && def.element) out.push(def.element);
        else if (def.type === 'record' && def.valueType) out.push(def.valueType);
    }
  };
  for (const schema of schemas) visit(schema, 0);
  return out;
}

/** Field names an object at `path` may have according to `schema`. */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType[] = [schema];
  for (const step of path) current = reach(current, typeof step === 'symbol' ? undefined : step);
  const fields = new Set<string>();
  for (const found of reach(current, undefined)) {
    const def = defOf(found);
    if (def.type === 'object') for (const key of Object.keys(def.shape ?? {})) fields.add(key);
  }
  return [...fields];
}
