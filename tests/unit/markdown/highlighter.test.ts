import type { Element, ElementContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { codeThemeInput, codeThemeStylesheet, LANGUAGES, renderCodeBlock } from '../../../src/markdown/highlighter.ts';
import { minimumContrast } from '../../../src/lib/code/index.ts';

function find(node: ElementContent, test: (e: Element) => boolean): Element[] {
  if (node.type !== 'element') return [];
  return [...(test(node) ? [node] : []), ...node.children.flatMap((child) => find(child, test))];
}

function text(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(text).join('');
  return '';
}

const classesOf = (e: Element): string[] => (Array.isArray(e.properties['className']) ? e.properties['className'].map(String) : []);

describe('renderCodeBlock', () => {
  it('builds a figure with the title, a copy button and the highlighted code', async () => {
    const { node, problems } = await renderCodeBlock('apiVersion: v1\nkind: Pod\n', 'yaml', 'title="pod.yaml" {2}');
    expect(problems).toEqual([]);
    expect(node.tagName).toBe('figure');
    expect(text(find(node, (e) => e.tagName === 'figcaption')[0]!)).toBe('pod.yaml');
    const button = find(node, (e) => e.tagName === 'button')[0]!;
    expect(button.properties['ariaLabel']).toBe('Copy pod.yaml');
    const lines = find(node, (e) => classesOf(e).includes('line'));
    expect(lines.map(text)).toEqual(['apiVersion: v1', 'kind: Pod']);
    expect(classesOf(lines[1]!)).toContain('hl');
  });

  it('labels a block without a title by its language', async () => {
    const { node } = await renderCodeBlock('FROM scratch', 'dockerfile', undefined);
    expect(text(find(node, (e) => e.tagName === 'figcaption')[0]!)).toBe('Dockerfile');
  });

  it('writes no inline styles, only classes the stylesheet defines', async () => {
    const css = await codeThemeStylesheet();
    const samples: [string, string][] = [
      ['yaml', 'apiVersion: apps/v1 # comment\nspec:\n  replicas: 3\n  name: "x"'],
      ['dockerfile', 'FROM rust:1.85 AS build\nRUN cargo build --release --locked\nUSER 65532:65532'],
      ['shell', '$ kubectl get pods -n "$NS" | grep orders\nNAME READY'],
      [
        'rust',
        'use std::net::SocketAddr;\n#[tokio::main]\nasync fn main() -> Result<(), Box<dyn std::error::Error>> { let x = 1_u8; Ok(()) }',
      ],
      ['toml', '[dependencies]\naxum = "0.8" # web'],
      ['json', '{"a": [1, true, null]}'],
    ];
    for (const [lang, code] of samples) {
      const { node } = await renderCodeBlock(code, lang, undefined);
      for (const element of find(node, () => true)) {
        expect(element.properties['style']).toBeUndefined();
        for (const name of classesOf(element).filter((c) => /^[ld]-/.test(c))) {
          expect(css, `${lang}: .${name} has no rule`).toContain(`.${name}{`);
        }
      }
    }
  });

  it('shows prompts and output, marking them so the copy button skips them', async () => {
    const { node } = await renderCodeBlock('$ kubectl get ns\nNAME STATUS\n$ echo ok', 'shell', undefined);
    const lines = find(node, (e) => classesOf(e).includes('line'));
    expect(lines.map(text)).toEqual(['$ kubectl get ns', 'NAME STATUS', '$ echo ok']);
    expect(classesOf(lines[1]!)).toContain('out');
    const prompt = find(lines[0]!, (e) => classesOf(e).includes('prompt'))[0]!;
    expect(prompt.properties['ariaHidden']).toBe('true');
  });

  it('reports an unknown language and a bad meta', async () => {
    expect((await renderCodeBlock('x', 'cobol', undefined)).problems[0]).toMatch(/^unknown language "cobol"; use one of yaml, yml/);
    expect((await renderCodeBlock('x', 'yaml', '{3}')).problems).toEqual(['line range "3" goes past the last line (1)']);
  });

  it('shows < > and & in code as written', async () => {
    const { node } = await renderCodeBlock('if a < b && c > d {}', 'rust', undefined);
    expect(text(node)).toContain('if a < b && c > d {}');
  });
});

describe('code theme', () => {
  it('keeps every token colour at 4.5:1 or more on code and highlighted lines, in both themes', async () => {
    expect(minimumContrast(await codeThemeInput())).toBeGreaterThanOrEqual(4.5);
  });

  it('covers every language the fences accept', () => {
    expect(Object.keys(LANGUAGES)).toEqual(expect.arrayContaining(['yaml', 'dockerfile', 'shell', 'rust', 'toml', 'json', 'text']));
  });
});
