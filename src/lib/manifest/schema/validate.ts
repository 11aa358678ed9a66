/**
 * Checks a resource against its kind's zod schema and turns zod's issues into findings with the
 * right code and a message that says what is wrong and where: unknown fields (with "did you
 * mean"), missing fields, wrong types and invalid values.
 */
import type * as z from 'zod';
import { closestMatch } from '../../text/index.ts';
import type { Finding } from '../context.ts';
import type { KindSchema } from '../family.ts';
import { isObject, valueAt, type Resource } from '../resource.ts';
import { formatPath } from '../yaml/locate.ts';
import { MISSING_FIELD } from './formats.ts';
import { fieldsAt } from './shape.ts';

type Issue = z.core.$ZodIssue;
type Path = (string | number)[];

/**
 * The document with every mapping entry whose value is null left out, as the API server prunes the
 * null fields of a custom resource before validating it: `hostnames:` left blank is unset, not a
 * wrong type. List items stay, so an issue's path still points into the original document.
 */
function withoutNullFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNullFields);
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) out[key] = withoutNullFields(item);
  return out;
}

/** A short, safe rendering of a value for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (isObject(value)) return 'a mapping';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
  return `${typeof value} ${String(value)}`;
}

const where = (path: Path): string => (path.length === 0 ? 'the document' : formatPath(path));

const CODES = {
  kubernetes: { unknown: 'SA2001', missing: 'SA2002', type: 'SA2003', value: 'SA2004' },
  istio: { unknown: 'IST0106', missing: 'IST0106', type: 'IST0106', value: 'IST0106' },
} as const;

// Among a union's failed branches, the one that got furthest is the one the author meant.
function bestBranch(errors: Issue[][]): Issue[] {
  const depth = (issues: Issue[]): number => Math.max(...issues.map((i) => i.path.length + (i.code === 'invalid_type' ? 0 : 0.5)));
  return [...errors].sort((a, b) => depth(b) - depth(a) || a.length - b.length)[0] ?? [];
}

function flatten(issues: readonly Issue[], prefix: Path = []): { issue: Issue; path: Path }[] {
  const out: { issue: Issue; path: Path }[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...(issue.path as Path)];
    if (issue.code === 'invalid_union' && 'errors' in issue && Array.isArray(issue.errors) && issue.errors.length > 0) {
      const branches = issue.errors as Issue[][];
      const allTypes = branches.every((branch) => branch.length === 1 && branch[0]?.code === 'invalid_type' && branch[0].path.length === 0);
      if (!allTypes) {
        out.push(...flatten(bestBranch(branches), path));
        continue;
      }
    }
    out.push({ issue, path });
  }
  return out;
}

function unionTypes(issue: Issue): string | undefined {
  if (issue.code !== 'invalid_union' || !('errors' in issue)) return undefined;
  const expected = (issue.errors as Issue[][])
    .map((branch) => (branch[0] && 'expected' in branch[0] ? String(branch[0].expected) : ''))
    .filter(Boolean);
  return expected.length > 0 ? [...new Set(expected)].join(' or ') : undefined;
}

/** Findings for every way `resource` breaks `kind`'s schema. */
export function schemaFindings(resource: Resource, kind: KindSchema): Finding[] {
  const input = kind.builtIn ? resource.value : withoutNullFields(resource.value);
  const result = kind.schema.safeParse(input);
  if (result.success) return [];
  const codes = CODES[kind.codes];
  const prefix = kind.codes === 'istio' ? 'Schema validation error: ' : '';
  const findings: Finding[] = [];
  for (const { issue, path } of flatten(result.error.issues)) {
    if (issue.code === 'unrecognized_keys') {
      const known = fieldsAt(kind.schema, path);
      for (const key of issue.keys) {
        const hint = closestMatch(key, known);
        findings.push({
          code: codes.unknown,
          path: [...path, key],
          message: `${prefix}unknown field "${key}" in ${where(path)}${hint ? `; did you mean "${hint}"?` : ''}`,
          ...(hint && !Object.hasOwn((valueAt(resource.value, path) ?? {}) as object, hint)
            ? { fix: { title: `Rename to "${hint}"`, ops: [{ op: 'rename' as const, path: [...path, key], to: hint }] } }
            : {}),
        });
      }
      continue;
    }
    const field = path.length > 0 ? path[path.length - 1] : undefined;
    if (issue.code === 'invalid_key' && typeof field === 'string') {
      // zod says only "Invalid key in record"; the key schema's own issue says what a key must be.
      const inner = issue.issues[0]?.message.replace(/^Invalid input: /, '') ?? 'is not allowed';
      const map = path[path.length - 2];
      const what = map === 'annotations' ? 'annotation key' : map === 'labels' || map === 'matchLabels' ? 'label key' : 'key';
      findings.push({
        code: codes.value,
        path,
        target: 'key',
        message: `${prefix}${what} ${JSON.stringify(field)} in ${where(path.slice(0, -1))} is not valid: ${/^must /.test(inner) ? `it ${inner}` : inner}`,
      });
      continue;
    }
    const value = valueAt(input, path);
    // A required enum that is absent fails as a wrong value in zod; to the author it is missing.
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && value === undefined && typeof field === 'string') {
      findings.push({ code: codes.missing, path, message: `${prefix}missing required field "${field}" in ${where(path.slice(0, -1))}` });
    } else if (issue.code === 'custom' && issue.params?.['kind'] === MISSING_FIELD && value === undefined && typeof field === 'string') {
      // A field required only together with another (a Job's restartPolicy, a target's value): still missing.
      const why = String(issue.params['why'] ?? '');
      findings.push({
        code: codes.missing,
        path,
        message: `${prefix}missing required field "${field}" in ${where(path.slice(0, -1))}${why}`,
      });
    } else if (issue.code === 'invalid_type') {
      findings.push({
        code: codes.type,
        path,
        target: 'value',
        message: `${prefix}${where(path)}: expected ${issue.expected}, got ${describeValue(value)}`,
      });
    } else if (issue.code === 'invalid_union' && unionTypes(issue)) {
      findings.push({
        code: codes.type,
        path,
        target: 'value',
        message: `${prefix}${where(path)}: expected ${unionTypes(issue)}, got ${describeValue(value)}`,
      });
    } else {
      findings.push({
        code: codes.value,
        path,
        target: 'value',
        message: `${prefix}${where(path)}: ${issue.message.replace(/^Invalid input: /, '')}`,
      });
    }
  }
  return findings;
}
