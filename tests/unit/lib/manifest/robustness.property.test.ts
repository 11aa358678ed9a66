/**
 * Every family's checks against documents whose fields hold values of the wrong shape: valid
 * manifests of every kind (the fixtures and the playground examples) with random fields replaced by
 * arbitrary JSON-ish values, prototype-free mappings (what the YAML loader makes) and nested lists
 * included. No check may break (SA1011), and no schema may throw.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  AnalysisContext,
  ANALYZERS,
  isObject,
  loadYaml,
  RULES,
  schemaFindings,
  SCHEMAS,
  toResource,
  type Resource,
} from '../../../../src/lib/manifest/index.ts';

const FIXTURES = new URL('../../../fixtures/manifest/', import.meta.url);
const EXAMPLES = new URL('../../../../content/examples/', import.meta.url);

function yamlFiles(dir: URL): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.ya?ml$/.test(name))
    .map((name) => readFileSync(new URL(name, dir), 'utf8'));
}

// The seed documents: every mapping document of every fixture and example, as plain data.
const SEEDS: unknown[][] = [...yamlFiles(FIXTURES), ...yamlFiles(EXAMPLES)]
  .map((text) => loadYaml(text).flatMap((doc) => (doc.problems.length === 0 && isObject(doc.value) ? [doc.value] : [])))
  .filter((docs) => docs.length > 0);

/** Every key the seeds use, to add fields where a document lacks them. */
const FIELDS = [...new Set(SEEDS.flat().flatMap((doc) => keysOf(doc)))].sort();

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (!isObject(value)) return [];
  return Object.keys(value).flatMap((key) => [key, ...keysOf(value[key])]);
}

/** A mapping without a prototype, like the loader's, so `String(value)` on it throws as it would on real input. */
function bare(entries: [string, unknown][]): Record<string, unknown> {
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of entries) out[key] = value;
  return out;
}

const KEYS = ['name', 'port', 'number', 'host', 'a', '80', 'mode', 'labels', 'matchLabels', '__proto__', 'toString', ''];
const leaf = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, 8080, 70000, '', 'x', '8080', 'http', '*', 'a/b', '5s', '{}', 'true'),
  fc.string({ maxLength: 6 }),
  fc.integer(),
);
const odd: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.array(fc.tuple(fc.constantFrom(...KEYS), tie('value')), { maxLength: 3 }).map(bare),
  ),
})).value;

/** Every path into a document's data (the document itself first), so any field or list item can be replaced. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (isObject(value)) for (const key of Object.keys(value)) pathsOf(value[key], [...prefix, key], out);
  return out;
}

function valueAtPath(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const step of path)
    current = Array.isArray(current) || isObject(current) ? (current as Record<string | number, unknown>)[step] : undefined;
  return current;
}

/** A deep copy into prototype-free mappings, with the value at `path` replaced. */
function replaced(value: unknown, path: readonly (string | number)[], next: unknown): unknown {
  if (path.length === 0) return next;
  const [step, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === step ? replaced(item, rest, next) : item));
  if (!isObject(value)) return value;
  const keys = Object.keys(value);
  if (typeof step === 'string' && !keys.includes(step)) keys.push(step);
  return bare(keys.map((key) => [key, key === step ? replaced(value[key], rest, next) : value[key]]));
}

const mutated = fc
  .tuple(
    fc.constantFrom(...SEEDS),
    // Each edit replaces the value at a path, or (with a key) adds that field to the mapping there.
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.option(fc.constantFrom(...FIELDS)), odd), { minLength: 1, maxLength: 5 }),
  )
  .map(([docs, edits]) => {
    let out = [...docs];
    for (const [docIndex, pathIndex, key, value] of edits) {
      const at = docIndex % out.length;
      const paths = pathsOf(out[at]);
      const path = paths[pathIndex % paths.length] ?? [];
      const target = key !== null && isObject(valueAtPath(out[at], path)) ? [...path, key] : path;
      if (target.length === 0) continue;
      out = out.map((doc, index) => (index === at ? replaced(doc, target, value) : doc));
    }
    return out;
  });

// Schemas and checks run outside the analyzer's safety net, so a failure shows its own stack.
function checkDirectly(docs: readonly unknown[], text: string): void {
  const loaded = loadYaml(text);
  const resources: Resource[] = docs.flatMap((value, index) => {
    const made = toResource('random.yaml', index, value, loaded[index]!.positions);
    return 'resource' in made ? [made.resource] : [];
  });
  const context = new AnalysisContext(resources, [], RULES);
  for (const resource of resources) {
    const schema = SCHEMAS.get(`${resource.group}/${resource.kind}`);
    if (schema?.versions.includes(resource.version)) for (const f of schemaFindings(resource, schema)) context.report(resource, f);
  }
  for (const analyzer of ANALYZERS) analyzer.run(context);
}

describe('every check on fields of the wrong shape', () => {
  it('never fails, whatever value any field of any kind holds', () => {
    // The seeds hold a document of every kind with a schema, so every schema and check is reached.
    const seeded = new Set(SEEDS.flat().map((doc) => (isObject(doc) ? `${String(doc['apiVersion'])} ${String(doc['kind'])}` : '')));
    const kinds = [...SCHEMAS.values()].map((schema) => `${schema.group ? `${schema.group}/` : ''}${schema.versions[0]} ${schema.kind}`);
    expect(kinds.filter((kind) => !seeded.has(kind))).toEqual([]);
    fc.assert(
      fc.property(mutated, (docs) => {
        const text = docs.map((doc) => JSON.stringify(doc, null, 1)).join('\n---\n');
        checkDirectly(docs, text);
        const failed = analyze([{ name: 'random.yaml', text }])
          .files.flatMap((file) => file.diagnostics)
          .filter((d) => d.code === 'SA1011');
        expect(failed.map((d) => d.message)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('takes the reported crashes: a mapping or a list where a Service port or targetPort belongs', () => {
    const text = [
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: rpc}',
      'spec:',
      '  selector: {app: rpc}',
      '  ports: [{name: rpc, port: 50051, targetPort: {}}, {name: rpc2, port: [1, {a: b}], targetPort: [1]}]',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: rpc}',
      'spec:',
      '  selector: {matchLabels: {app: rpc}}',
      '  template:',
      '    metadata: {labels: {app: rpc}}',
      '    spec: {containers: [{name: rpc, image: "rpc:1"}]}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: rpc-admin}',
      'spec:',
      '  selector: {app: rpc}',
      '  ports: [{name: grpc, port: 50051, targetPort: [1, {a: b}]}]',
    ].join('\n');
    const diagnostics = analyze([{ name: 'svc.yaml', text }]).files.flatMap((f) => f.diagnostics);
    expect(diagnostics.filter((d) => d.code === 'SA1011')).toEqual([]);
    expect(diagnostics.filter((d) => d.code === 'IST0118').map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      {
        line: 6,
        column: 18,
        message: "Port name rpc (port: 50051, targetPort: a mapping) doesn't follow the naming convention of Istio port.",
      },
      {
        line: 6,
        column: 60,
        message: "Port name rpc2 (port: a list, targetPort: a list) doesn't follow the naming convention of Istio port.",
      },
    ]);
  });

  it('takes a Gateway server port whose number is a list', () => {
    const text = [
      'apiVersion: networking.istio.io/v1',
      'kind: Gateway',
      'metadata: {name: gw, namespace: shop}',
      'spec:',
      '  selector: {istio: ingressgateway}',
      '  servers: [{port: {number: [1, {a: b}], name: http, protocol: HTTP}, hosts: [shop.example.com]}]',
    ].join('\n');
    const diagnostics = analyze([{ name: 'gw.yaml', text }]).files.flatMap((f) => f.diagnostics);
    expect(diagnostics.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: 'IST0106', line: 6, column: 29 }]);
  });
});
