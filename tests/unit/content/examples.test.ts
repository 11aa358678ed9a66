/**
 * The playground's examples menu: every kind the validator knows (and Dockerfiles) has a clean and
 * a broken example; clean ones pass every check, broken ones produce exactly the codes they declare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze, collectResources, SCHEMAS } from '../../../src/lib/manifest/index.ts';
import { parseExample, type PlaygroundExample } from '../../../src/lib/playground/examples.ts';

const DIR = new URL('../../../content/examples/', import.meta.url);
const files = readdirSync(DIR).filter((name) => !name.startsWith('.') && !name.startsWith('_'));
const parsed = files.map((name) => ({ name, ...parseExample(readFileSync(new URL(name, DIR), 'utf8')) }));
const examples = parsed.flatMap((p) => (p.example ? [{ name: p.name, ...p.example }] : []));

function counted(example: PlaygroundExample): string[] {
  const diagnostics = analyze([{ name: example.file, text: example.text }]).files.flatMap((f) => f.diagnostics);
  return [...new Set(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code))].sort();
}

describe('playground examples', () => {
  it('all have a well-formed header', () => {
    expect(parsed.filter((p) => p.problems.length > 0).map((p) => `${p.name}: ${p.problems.join('; ')}`)).toEqual([]);
  });

  it('cover every kind the validator knows, and Dockerfiles, clean and broken', () => {
    // An example covers the API group and kind of its resource of the kind its header names.
    const covers = (e: PlaygroundExample): string => {
      if (e.kind === 'Dockerfile') return 'Dockerfile';
      const resource = collectResources([{ name: e.file, text: e.text }]).find((r) => r.kind === e.kind);
      return resource ? `${resource.group}/${resource.kind}` : `(no ${e.kind} in ${e.file})`;
    };
    const kinds = [...SCHEMAS.keys(), 'Dockerfile'];
    const missing = kinds.flatMap((kind) =>
      (['clean', 'broken'] as const)
        .filter((variant) => !examples.some((e) => covers(e) === kind && e.variant === variant))
        .map((variant) => `${kind} ${variant}`),
    );
    expect(missing).toEqual([]);
  });

  it('clean ones pass every check; broken ones give exactly the codes they declare', () => {
    const wrong = examples.flatMap((example) => {
      const found = counted(example);
      const wanted = example.variant === 'clean' ? [] : example.expect;
      return found.join(',') === wanted.join(',')
        ? []
        : [`${example.name}: reports [${found.join(', ')}], declares [${wanted.join(', ')}]`];
    });
    expect(wrong).toEqual([]);
  });
});
