import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDiagramService, diagramKey, staleCacheFiles } from '../../../src/node/diagram-cache.ts';
import { diagramThemeClasses } from '../../../src/lib/diagram/index.ts';
import { createMermaidRenderer, DIAGRAM_THEMES, ID_PLACEHOLDER, type MermaidRenderer } from '../../../src/node/mermaid-renderer.ts';

const flowchart = 'flowchart LR\n  accTitle: Two boxes\n  accDescr: A points at B\n  A[App] --> B[Sidecar]';

describe('createMermaidRenderer (real browser)', () => {
  const renderer = createMermaidRenderer();
  afterAll(() => renderer.close());

  it('renders one SVG that a strict CSP accepts, with theme classes for the dark colours', async () => {
    const outcome = await renderer.render(flowchart, 'seed');
    if (!outcome.ok) throw new Error(outcome.message);
    const { svg } = outcome.diagram;
    expect(svg).toMatch(/^<svg /);
    expect(svg).not.toMatch(/<style|style="|<script|<foreignObject/i);
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`aria-labelledby="${ID_PLACEHOLDER}-0"`);
    expect(svg).toMatch(/<title id="MMDID-0">Two boxes<\/title>/);
    expect(svg).toContain('>App<');
    // Ids are only those something refers to, all behind the placeholder.
    for (const [, id] of svg.matchAll(/ id="([^"]+)"/g)) expect(id).toMatch(new RegExp(`^${ID_PLACEHOLDER}-\\d+$`));
    // The node fill and the text colour switch with the theme.
    const classes = diagramThemeClasses(svg);
    expect(classes).toContain(`f-${DIAGRAM_THEMES.light.primaryColor.slice(1)}-${DIAGRAM_THEMES.dark.primaryColor.slice(1)}`);
    expect(classes.some((name) => name.startsWith(`f-${DIAGRAM_THEMES.light.primaryTextColor.slice(1)}-`))).toBe(true);
    // Every class in the SVG is a theme class: nothing of Mermaid's own styling is left.
    for (const [, value] of svg.matchAll(/class="([^"]*)"/g)) for (const name of (value ?? '').split(' ')) expect(classes).toContain(name);
  });

  it('reports a syntax error with the line inside the diagram', async () => {
    const outcome = await renderer.render('flowchart LR\n  A --> B\n  B -->> C', 'seed');
    expect(outcome).toMatchObject({ ok: false, line: 3 });
    if (!outcome.ok) expect(outcome.message).toMatch(/Parse error/);
  });

  it('keeps rendering after an error', async () => {
    expect((await renderer.render(flowchart, 'again')).ok).toBe(true);
  });
});

describe('createDiagramService', () => {
  function fakeRenderer(): MermaidRenderer & { calls: number } {
    const fake = {
      calls: 0,
      async render(source: string) {
        fake.calls++;
        return source.includes('bad')
          ? { ok: false as const, line: 2, message: 'Parse error' }
          : { ok: true as const, diagram: { svg: '<svg>x</svg>' } };
      },
      async close() {},
    };
    return fake;
  }

  it('renders a diagram once, then serves it from the cache files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    const first = fakeRenderer();
    const service = createDiagramService(dir, first);
    const [a, b] = await Promise.all([service.get('graph TD\nA-->B'), service.get('graph TD\nA-->B')]);
    expect(a).toEqual(b);
    expect(first.calls).toBe(1);
    expect(readdirSync(dir)).toHaveLength(1);

    const second = fakeRenderer();
    const fresh = createDiagramService(dir, second);
    expect(await fresh.get('graph TD\nA-->B')).toMatchObject({ ok: true, diagram: { svg: '<svg>x</svg>' } });
    expect(second.calls).toBe(0);
    expect(fresh.stats()).toMatchObject({ cached: 1, rendered: 0 });
  });

  it('does not cache failures', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    const service = createDiagramService(dir, fakeRenderer());
    expect(await service.get('bad')).toMatchObject({ ok: false, line: 2 });
    expect(readdirSync(dir)).toHaveLength(0);
  });

  it('treats a corrupt cache file as missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    const renderer = fakeRenderer();
    const service = createDiagramService(dir, renderer);
    const key = (await service.get('graph TD\nX-->Y')).key;
    writeFileSync(join(dir, `${key}.json`), '{not json');
    const again = createDiagramService(dir, renderer);
    expect((await again.get('graph TD\nX-->Y')).ok).toBe(true);
    expect(renderer.calls).toBe(2);
  });

  it('lists cache files no diagram asked for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diagrams-'));
    writeFileSync(join(dir, 'old.json'), '{}');
    const service = createDiagramService(dir, fakeRenderer());
    await service.get('graph TD\nA-->B');
    expect(staleCacheFiles(dir, service.used())).toEqual([join(dir, 'old.json')]);
  });

  it('keys on the source and the Mermaid version', () => {
    expect(diagramKey('a', '11.0.0')).not.toBe(diagramKey('b', '11.0.0'));
    expect(diagramKey('a', '11.0.0')).not.toBe(diagramKey('a', '11.1.0'));
    expect(diagramKey('a', '11.0.0')).toMatch(/^[0-9a-f]{20}$/);
  });
});
