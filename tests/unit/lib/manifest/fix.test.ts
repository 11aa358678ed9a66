import { describe, expect, it } from 'vitest';
import { analyze, applyEdits, loadYaml, planFix, type Diagnostic } from '../../../../src/lib/manifest/index.ts';

const diagnosticsOf = (text: string, name = 'orders.yaml'): Diagnostic[] => analyze([{ name, text }]).files.flatMap((f) => f.diagnostics);
const withFix = (text: string, code: string): Diagnostic => {
  const found = diagnosticsOf(text).find((d) => d.code === code);
  if (!found?.fix) throw new Error(`no ${code} with a fix in ${JSON.stringify(diagnosticsOf(text).map((d) => d.code))}`);
  return found;
};
const fixed = (text: string, code: string): string => applyEdits(text, withFix(text, code).fix?.edits ?? []);

const CONTAINER = `      containers:
        - name: orders
          image: ghcr.io/example/orders:1.4.2
`;

describe('quick fixes', () => {
  it('renames a misspelt field to the suggested one, leaving comments and the rest alone', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders # the orders service\nspec:\n  replcas: 2\n  selector:\n    matchLabels: {app: orders}\n  template:\n    metadata:\n      labels: {app: orders}\n    spec:\n${CONTAINER}`;
    const diagnostic = withFix(text, 'SA2001');
    expect(diagnostic.fix?.title).toBe('Rename to "replicas"');
    expect(diagnostic.fix?.edits).toEqual([{ line: 6, column: 3, endLine: 6, endColumn: 10, text: 'replicas' }]);
    const after = fixed(text, 'SA2001');
    expect(after).toBe(text.replace('replcas', 'replicas'));
    expect(diagnosticsOf(after).map((d) => d.code)).not.toContain('SA2001');
  });

  it('adds a missing selector copied from the template labels, indented like its siblings', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n    name: orders\nspec:\n    replicas: 2\n    template:\n        metadata:\n            labels:\n                app: orders\n                tier: api\n        spec:\n            containers:\n                - name: orders\n                  image: ghcr.io/example/orders:1.4.2\n`;
    const after = fixed(text, 'SA3001');
    expect(
      after.endsWith(
        '                  image: ghcr.io/example/orders:1.4.2\n    selector:\n        matchLabels:\n            app: orders\n            tier: api\n',
      ),
    ).toBe(true);
    expect(diagnosticsOf(after).map((d) => d.code)).not.toContain('SA3001');
  });

  it('moves a Linkerd annotation from the Deployment to its pod template, creating the annotations mapping', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\n  annotations:\n    linkerd.io/inject: enabled\nspec:\n  selector:\n    matchLabels:\n      app: orders\n  template:\n    metadata:\n      labels:\n        app: orders\n    spec:\n${CONTAINER}`;
    const diagnostic = withFix(text, 'SA4003');
    expect(diagnostic.fix?.title).toBe('Move to the pod template');
    const after = fixed(text, 'SA4003');
    expect(after).toBe(
      text
        .replace('  annotations:\n    linkerd.io/inject: enabled\n', '')
        .replace(
          '        app: orders\n    spec:',
          '        app: orders\n      annotations:\n        linkerd.io/inject: enabled\n    spec:',
        ),
    );
    expect(diagnosticsOf(after).map((d) => d.code)).not.toContain('SA4003');
  });

  it('keeps the other annotations when moving one, and fixes the right document of several', () => {
    const first = `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n`;
    const second = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\n  annotations:\n    team: payments\n    config.linkerd.io/proxy-cpu-limit: "1"\nspec:\n  selector:\n    matchLabels:\n      app: orders\n  template:\n    metadata:\n      labels:\n        app: orders\n      annotations:\n        linkerd.io/inject: enabled\n    spec:\n${CONTAINER}`;
    const text = `${first}---\n${second}`;
    const diagnostic = withFix(text, 'SA4003');
    expect(diagnostic.line).toBe(12);
    const after = fixed(text, 'SA4003');
    expect(after).toContain('  annotations:\n    team: payments\nspec:');
    expect(after).toContain('        linkerd.io/inject: enabled\n        config.linkerd.io/proxy-cpu-limit: "1"\n    spec:');
  });

  it('renames a misspelt Linkerd config annotation', () => {
    const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: orders\n  annotations:\n    linkerd.io/inject: enabled\n    config.linkerd.io/proxy-cpu-limt: "1"\nspec:\n  containers:\n    - name: orders\n      image: ghcr.io/example/orders:1.4.2\n`;
    expect(fixed(text, 'SA4004')).toBe(text.replace('proxy-cpu-limt', 'proxy-cpu-limit'));
  });

  it('offers no fix where it cannot edit exactly: flow mappings', () => {
    const text = `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: orders, annotations: {linkerd.io/inject: enabled}}\nspec:\n  selector: {matchLabels: {app: orders}}\n  template:\n    metadata: {labels: {app: orders}}\n    spec:\n${CONTAINER}`;
    const diagnostic = diagnosticsOf(text).find((d) => d.code === 'SA4003');
    expect(diagnostic).toBeDefined();
    expect(diagnostic?.fix).toBeUndefined();
  });

  it('inserts under an empty key and at the end of a file without a final newline', () => {
    const [doc] = loadYaml('a:\n  b:\nc: 1');
    const positions = doc?.positions();
    if (!positions) throw new Error('no document');
    const under = planFix(positions, { title: 't', ops: [{ op: 'set', path: ['a', 'b', 'x'], value: 'y' }] });
    expect(applyEdits('a:\n  b:\nc: 1', under?.edits ?? [])).toBe('a:\n  b:\n    x: y\nc: 1');
    const atEnd = planFix(positions, { title: 't', ops: [{ op: 'set', path: ['d'], value: [1, 2] }] });
    expect(applyEdits('a:\n  b:\nc: 1', atEnd?.edits ?? [])).toBe('a:\n  b:\nc: 1\nd:\n  - 1\n  - 2');
    expect(planFix(positions, { title: 't', ops: [{ op: 'rename', path: ['nope'], to: 'x' }] })).toBeUndefined();
  });
});

describe('every fix the validator offers on the fixtures', () => {
  it('applies cleanly: valid YAML after, and the finding it fixes is gone', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const root = new URL('../../../fixtures/manifest/', import.meta.url);
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
    let applied = 0;
    for (const file of files) {
      const text = readFileSync(new URL(file, root), 'utf8');
      for (const diagnostic of diagnosticsOf(text, file)) {
        if (!diagnostic.fix) continue;
        applied++;
        const after = diagnosticsOf(applyEdits(text, diagnostic.fix.edits), file);
        const label = `${file}: ${diagnostic.code} ${diagnostic.path} (${diagnostic.fix.title})`;
        expect(
          after.filter((d) => d.code === 'SA1001'),
          label,
        ).toEqual([]);
        expect(
          after.some((d) => d.code === diagnostic.code && d.path === diagnostic.path && d.message === diagnostic.message),
          label,
        ).toBe(false);
      }
    }
    expect(applied).toBeGreaterThanOrEqual(5);
  });
});
