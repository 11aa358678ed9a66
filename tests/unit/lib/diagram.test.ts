import { describe, expect, it } from 'vitest';
import {
  diagramAccessibilityProblems,
  diagramThemeClasses,
  diagramThemeCss,
  extractMermaidFences,
  fileLineOfDiagramLine,
  mermaidErrorLine,
  readDiagramSource,
} from '../../../src/lib/diagram/index.ts';

describe('readDiagramSource', () => {
  it('reads accTitle and a one-line accDescr', () => {
    const source = readDiagramSource('flowchart LR\r\n  accTitle: A pod\r\n  accDescr: Two containers\r\n  A --> B\r\n\r\n');
    expect(source).toEqual({
      text: 'flowchart LR\n  accTitle: A pod\n  accDescr: Two containers\n  A --> B',
      title: 'A pod',
      description: 'Two containers',
    });
  });

  it('reads a block accDescr', () => {
    expect(readDiagramSource('graph TD\naccTitle: T\naccDescr {\n  first line\n  second line\n}\nA-->B').description).toBe(
      'first line second line',
    );
  });

  it('says what accessibility text is missing', () => {
    expect(diagramAccessibilityProblems(readDiagramSource('graph TD\nA-->B'))).toHaveLength(2);
    expect(diagramAccessibilityProblems(readDiagramSource('graph TD\naccTitle: x\nA-->B'))).toEqual([
      'add an `accDescr: ...` line: the diagram needs an accessible description',
    ]);
  });
});

describe('mermaidErrorLine', () => {
  it('prefers the parser location', () => {
    expect(mermaidErrorLine('Parse error on line 9', { loc: { first_line: 3 } })).toBe(3);
  });

  it('falls back to the message, then to line 1', () => {
    expect(mermaidErrorLine('Parse error on line 4:\n...')).toBe(4);
    expect(mermaidErrorLine('Lexer error on line: 2')).toBe(2);
    expect(mermaidErrorLine('No diagram type detected')).toBe(1);
  });

  it('maps a diagram line to a file line below the fence', () => {
    expect(fileLineOfDiagramLine(40, 3)).toBe(43);
  });
});

describe('extractMermaidFences', () => {
  it('finds mermaid blocks with their opening line, and only those', () => {
    const text =
      'Intro\n```mermaid\ngraph TD\nA-->B\n```\n\n````md\n```mermaid\nnot a diagram\n```\n````\n~~~mermaid\nsequenceDiagram\n~~~\n';
    expect(extractMermaidFences(text)).toEqual([
      { line: 2, source: 'graph TD\nA-->B' },
      { line: 12, source: 'sequenceDiagram' },
    ]);
  });
});

describe('diagramThemeClasses and diagramThemeCss', () => {
  it('finds the theme classes in SVG markup', () => {
    const svg =
      '<svg><rect class="f-e7eefc-1d2a45 s-3b5bab-7d9fe8"/><text class="f-14213d-e8edf5 other"/><g class="f-e7eefc-1d2a45"/></svg>';
    expect(diagramThemeClasses(svg)).toEqual(['f-14213d-e8edf5', 'f-e7eefc-1d2a45', 's-3b5bab-7d9fe8']);
  });

  it('turns them into light-dark() rules scoped to diagrams', () => {
    expect(diagramThemeCss(['s-3b5bab-7d9fe8', 'f-e7eefc-1d2a45'])).toBe(
      '.diagram .f-e7eefc-1d2a45{fill:light-dark(#e7eefc,#1d2a45)}.diagram .s-3b5bab-7d9fe8{stroke:light-dark(#3b5bab,#7d9fe8)}',
    );
  });

  it('spells out the theme selectors when a side is `none`, which light-dark() cannot take', () => {
    const css = diagramThemeCss(['f-none-1d2a45']);
    expect(css).toContain('.diagram .f-none-1d2a45{fill:none}');
    expect(css).toContain(':root[data-theme=dark] .diagram .f-none-1d2a45{fill:#1d2a45}');
    expect(css).toContain('@media print');
  });

  it('ignores anything that is not a theme class, so no CSS can be smuggled in', () => {
    expect(diagramThemeCss(['f-e7eefc-1d2a45}body{display:none', 'x', 'f-zzzzzz-000000'])).toBe('');
  });
});
