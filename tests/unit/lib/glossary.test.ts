import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termCandidates, termMatchers, type GlossaryEntry } from '../../../src/lib/content/glossary.ts';
import { readGlossary } from '../../../src/node/glossary-file.ts';

const entry = (term: string, id: string, aliases: string[] = []): GlossaryEntry => ({
  term,
  id,
  aliases,
  definition: 'x'.repeat(40),
  lessons: [],
  see: [],
});

describe('termMatchers', () => {
  const [mesh, vs, sidecar] = termMatchers([
    entry('service mesh', 'service-mesh', ['meshes']),
    entry('VirtualService', 'virtualservice'),
    entry('sidecar', 'sidecar', ['sidecars']),
  ]);

  it('matches lower-case terms in any case, capitalised terms exactly', () => {
    expect(mesh?.pattern.test('A Service Mesh adds')).toBe(true);
    expect(vs?.pattern.test('a VirtualService routes')).toBe(true);
    expect(vs?.pattern.test('a virtualservice routes')).toBe(false);
  });

  it('keeps to whole words, so a term inside a longer word or a hyphenated name is not a use', () => {
    expect(sidecar?.pattern.test('sidecarless')).toBe(false);
    expect(sidecar?.pattern.test('the sidecar-injector')).toBe(false);
    expect(sidecar?.pattern.exec('two sidecars run')?.[0]).toBe('sidecars');
  });
});

describe('termCandidates', () => {
  const matchers = termMatchers(readGlossary().entries);
  const words = matchers.flatMap((m) => m.pattern.source.match(/[A-Za-z][A-Za-z ./]+/g) ?? []);

  it('never leaves out a term that matches, over text made of glossary words and noise', () => {
    const text = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', '-', 'x', '.', 'S', '\n'), fc.string({ maxLength: 4 })), {
        maxLength: 12,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (value) => {
        const candidates = new Set(termCandidates(matchers, value).map((m) => m.id));
        return matchers.every((m) => !m.pattern.test(value) || candidates.has(m.id));
      }),
      { numRuns: 3000 },
    );
  });

  it('narrows a sentence to the terms whose words it uses, leaving out those already linked', () => {
    const ids = termCandidates(matchers, 'The Envoy proxy in each pod', new Set(['pod'])).map((m) => m.id);
    expect(ids).toContain('envoy');
    expect(ids).not.toContain('pod');
    expect(ids.length).toBeLessThan(10);
    expect(termCandidates(matchers, 'Nothing to see here.')).toEqual([]);
  });
});
