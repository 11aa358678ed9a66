import { describe, expect, it } from 'vitest';
import { diagramAccessibilityProblems, fileLineOfDiagramLine, mermaidErrorLine, readDiagramSource } from '../../../src/lib/diagram/index.ts';

describe('readDiagramSource', () => {
  it('reads accTitle and a one-line accDescr', () => {
    const source = readDiagramSource('flowchart LR\r\n  accTitle: A pod\r\n  accDescr: Two containers\r\n  A --> B\r\n\r\n');
    expect(source).toEqual({ text: 'flowchart LR\n  accTitle: A pod\n  accDescr: Two containers\n  A --> B', title: 'A pod', description: 'Two containers' });
  });

  it('reads a block accDescr', () => {
    expect(readDiagramSource('graph TD\naccTitle: T\naccDescr {\n  first line\n  second line\n}\nA-->B').description).toBe('first line second line');
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
