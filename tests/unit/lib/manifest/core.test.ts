import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyze,
  formatJson,
  formatPath,
  formatSarif,
  formatText,
  loadYaml,
  locate,
  RULES,
  sourceKind,
  unreadable,
  type Diagnostic,
} from '../../../../src/lib/manifest/index.ts';

const codes = (diagnostics: Diagnostic[]): string[] => diagnostics.map((d) => d.code);
const all = (text: string, name = 'in.yaml'): Diagnostic[] => analyze([{ name, text }]).files.flatMap((f) => f.diagnostics);

describe('loadYaml', () => {
  it('reads every document and reports a broken one without losing the others', () => {
    const docs = loadYaml('a: 1\n---\nb: [1\n---\nc: 3\n');
    expect(docs).toHaveLength(3);
    expect(docs[0]?.value).toEqual({ a: 1 });
    expect(docs[1]?.problems[0]?.code).toBe('SA1001');
    expect(docs[2]?.value).toEqual({ c: 3 });
  });

  it('reports duplicate keys, tabs and unclosed quotes as syntax errors', () => {
    for (const text of ['a: 1\na: 2\n', 'a:\n\t- b\n', 'a: "open\n']) {
      expect(loadYaml(text)[0]?.problems[0]?.code, text).toBe('SA1001');
    }
  });

  it('refuses alias bombs and extreme nesting with a diagnostic', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`),
    ].join('\n');
    expect(loadYaml(bomb)[0]?.problems[0]?.code).toBe('SA1005');
    // The alias being expanded when the budget ran out: the eighth *c on line 4, not the anchor &a.
    const [d] = analyze([{ name: 'bomb.yaml', text: bomb }]).files[0]?.diagnostics ?? [];
    expect(d).toMatchObject({ code: 'SA1005', line: 4, column: 36, endLine: 4, endColumn: 38 });
    expect(d?.message).toBe('aliases expand to more than 10000 nodes (the limit is reached expanding *c)');
    expect(loadYaml(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`)[0]?.problems[0]?.code).toMatch(/SA100[16]/);
  });

  it('keeps __proto__ and constructor as ordinary keys', () => {
    const value = loadYaml('__proto__: {polluted: true}\nconstructor: x\n')[0]?.value as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBeNull();
  });
});

describe('locate', () => {
  const text =
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: "nginx"\n';
  const [doc] = loadYaml(text);

  it('points at a key or at its value', () => {
    expect(locate(doc!.positions(), ['spec', 'template', 'spec', 'containers', 0, 'image'], 'key')).toEqual({
      line: 10,
      column: 11,
      endLine: 10,
      endColumn: 16,
    });
    expect(locate(doc!.positions(), ['spec', 'template', 'spec', 'containers', 0, 'image'], 'value')).toEqual({
      line: 10,
      column: 18,
      endLine: 10,
      endColumn: 25,
    });
  });

  it('points a missing field at the key of the object that should hold it', () => {
    expect(locate(doc!.positions(), ['spec', 'selector'])).toMatchObject({ line: 5, column: 1 });
    expect(locate(doc!.positions(), ['spec', 'template', 'spec', 'containers', 0, 'resources'])).toMatchObject({ line: 9, column: 11 });
  });

  it('formats paths like kubectl explain', () => {
    expect(formatPath(['spec', 'template', 'spec', 'containers', 0, 'image'])).toBe('spec.template.spec.containers[0].image');
  });
});

describe('sourceKind and unreadable', () => {
  it('recognises Dockerfiles by name and by content', () => {
    expect(sourceKind({ name: 'Dockerfile', text: '' })).toBe('dockerfile');
    expect(sourceKind({ name: 'build/api.Dockerfile', text: '' })).toBe('dockerfile');
    expect(sourceKind({ name: 'Dockerfile.dev', text: '' })).toBe('dockerfile');
    expect(sourceKind({ name: 'pasted', text: '# syntax=docker/dockerfile:1\nFROM rust:1.85\n' })).toBe('dockerfile');
    expect(sourceKind({ name: 'pasted', text: 'apiVersion: v1\nkind: Pod\n' })).toBe('yaml');
  });

  it('refuses files over 2 MB and binary data', () => {
    expect(unreadable({ name: 'x', text: 'a'.repeat(2 * 1024 * 1024 + 1) })?.code).toBe('SA1002');
    expect(unreadable({ name: 'x', text: 'ok\n\u0000\u0001' })?.code).toBe('SA1003');
    expect(unreadable({ name: 'x', text: 'caf\uFFFD' })?.code).toBe('SA1003');
    expect(unreadable({ name: 'x', text: 'kind: Pod\n' })).toBeUndefined();
  });

  it('points SA1003 at the character it names, not at the start of the file', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  key: "ab\u0001c"\n';
    const [d] = analyze([{ name: 'c.yaml', text }]).files[0]?.diagnostics ?? [];
    expect(d).toMatchObject({ code: 'SA1003', line: 5, column: 11, endLine: 5, endColumn: 12 });
    expect(d?.message).toBe('the file is not UTF-8 text (a control character on line 5)');
    expect(unreadable({ name: 'x', text: 'caf\uFFFD' })?.span).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 5 });
  });
});

describe('analyze', () => {
  it('reports documents that are not resources, and keeps going', () => {
    const diagnostics = all('- a\n- b\n---\njust text\n---\nkind: Pod\n---\napiVersion: v1\nmetadata: {}\n');
    expect(codes(diagnostics)).toEqual(['SA1004', 'SA1004', 'SA1007', 'SA1007']);
    expect(diagnostics.map((d) => d.line)).toEqual([1, 4, 6, 8]);
  });

  it('says a kind it does not know was not validated, as info', () => {
    const [d] = all('apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\n  namespace: shop\n');
    expect(d).toMatchObject({ code: 'SA1008', severity: 'info', resource: 'Widget shop/w', line: 2, docs: '/playground/rules/SA1008/' });
  });

  it('reports each diagnostic against its own file', () => {
    const result = analyze([
      { name: 'a.yaml', text: 'a: [\n' },
      { name: 'b.yaml', text: 'apiVersion: x/v1\nkind: Thing\nmetadata: {name: t}\n' },
    ]);
    expect(result.files.map((f) => [f.file, codes(f.diagnostics)])).toEqual([
      ['a.yaml', ['SA1001']],
      ['b.yaml', ['SA1008']],
    ]);
    expect(result.summary).toEqual({ errors: 1, warnings: 0, infos: 1 });
  });

  it('every code it can emit is registered with a level', () => {
    for (const [code, rule] of RULES) expect(['error', 'warning', 'info'], code).toContain(rule.severity);
  });
});

describe('properties', () => {
  const manifestish = fc.oneof(
    fc.string(),
    fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
    fc
      .array(
        fc.constantFrom(
          'apiVersion: v1',
          'kind: Pod',
          'metadata:',
          '  name: x',
          '---',
          'spec: {',
          '  - a',
          ': :',
          '"',
          '&a [*a]',
          'FROM x',
          '\t',
        ),
        { maxLength: 30 },
      )
      .map((lines) => lines.join('\n')),
  );

  it('never throws, and every position is inside the input', () => {
    fc.assert(
      fc.property(manifestish, fc.constantFrom('in.yaml', 'Dockerfile', 'pasted'), (text, name) => {
        const diagnostics = analyze([{ name, text }]).files[0]?.diagnostics ?? [];
        const lineCount = text.split('\n').length;
        for (const d of diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lineCount);
          expect(d.column).toBeGreaterThanOrEqual(1);
          expect(d.endLine).toBeGreaterThanOrEqual(d.line);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('formats', () => {
  const result = analyze([{ name: 'w.yaml', text: 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n---\n[oops\n' }]);

  it('writes text like istioctl analyze', () => {
    expect(formatText(result)).toMatchInlineSnapshot(`
      "Info [SA1008] (Widget w w.yaml:2:1) example.com/v1 Widget is not a kind the validator knows; it was not checked
      Error [SA1001] (w.yaml:6:1) Flow sequence must end with a ]

      1 error(s), 0 warning(s), 1 info(s)
      "
    `);
  });

  it('writes the JSON shape the CLI documents', () => {
    const json = JSON.parse(formatJson(result)) as { files: { diagnostics: Record<string, unknown>[] }[]; summary: unknown };
    expect(Object.keys(json.files[0]?.diagnostics[0] ?? {})).toEqual([
      'code',
      'severity',
      'message',
      'line',
      'column',
      'endLine',
      'endColumn',
      'path',
      'resource',
      'docs',
    ]);
    expect(json.summary).toEqual({ errors: 1, warnings: 0, infos: 1 });
  });

  it('writes SARIF 2.1.0 with a rule per code and a located result per diagnostic', () => {
    const sarif = JSON.parse(formatSarif(result, RULES)) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.rules.map((r) => r.id)).toEqual(['SA1001', 'SA1008']);
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['SA1008', 'note', 2],
      ['SA1001', 'error', 6],
    ]);
  });
});
