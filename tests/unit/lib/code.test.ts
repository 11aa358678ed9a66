import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeThemeCss,
  contrastRatio,
  copyableText,
  ensureContrast,
  flatten,
  minimumContrast,
  parseCodeMeta,
  parseShellSession,
  tokenClasses,
} from '../../../src/lib/code/index.ts';

describe('parseCodeMeta', () => {
  it('reads a title, highlighted lines and flags', () => {
    const { meta, problems } = parseCodeMeta('title="deployment.yaml" {1,3-5} showLineNumbers', 6);
    expect(problems).toEqual([]);
    expect(meta).toEqual({ title: 'deployment.yaml', highlight: [1, 3, 4, 5], lineNumbers: true, attributes: {} });
  });

  it('accepts single quotes and bare values, and keeps other known options', () => {
    expect(parseCodeMeta("title='Dockerfile' expect=IST0101", 1).meta).toMatchObject({
      title: 'Dockerfile',
      attributes: { expect: 'IST0101' },
    });
  });

  it('reports unknown options with a suggestion instead of ignoring them', () => {
    expect(parseCodeMeta('titel="a.yaml"', 1).problems).toEqual(['unknown option "titel"; did you mean "title"?']);
    expect(parseCodeMeta('showLinenumbers', 1).problems).toEqual(['unknown flag "showLinenumbers"; did you mean "showLineNumbers"?']);
  });

  it('reports line ranges that are reversed or past the end', () => {
    expect(parseCodeMeta('{5-3}', 9).problems).toEqual(['line range "5-3" is empty or starts below 1']);
    expect(parseCodeMeta('{2-12}', 9).problems).toEqual(['line range "2-12" goes past the last line (9)']);
    expect(parseCodeMeta('{a}', 9).problems).toEqual(['line range "a" is not a number or a range like 3-5']);
  });

  it('never throws on arbitrary meta strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 50 }), (meta, lines) => {
        const { meta: parsed } = parseCodeMeta(meta, lines);
        expect(parsed.highlight.every((line) => line >= 1 && line <= lines)).toBe(true);
      }),
    );
  });
});

describe('parseShellSession', () => {
  it('treats a block without prompts as all commands', () => {
    const lines = parseShellSession('kubectl get pods\nkubectl logs x');
    expect(copyableText(lines)).toBe('kubectl get pods\nkubectl logs x');
  });

  it('drops prompts and output from what is copied', () => {
    const lines = parseShellSession('$ kubectl get pods\nNAME   READY\norders 2/2\n$ echo done');
    expect(lines.map((l) => l.kind)).toEqual(['command', 'output', 'output', 'command']);
    expect(copyableText(lines)).toBe('kubectl get pods\necho done');
  });

  it('keeps continuation lines after a trailing backslash', () => {
    const lines = parseShellSession('$ helm install istiod istio/istiod \\\n    --namespace istio-system\nNAME: istiod');
    expect(copyableText(lines)).toBe('helm install istiod istio/istiod \\\n    --namespace istio-system');
  });

  it('keeps a heredoc body with its command', () => {
    const lines = parseShellSession("$ kubectl apply -f - <<'EOF'\nkind: Namespace\nEOF\nnamespace/x created");
    expect(copyableText(lines)).toBe("kubectl apply -f - <<'EOF'\nkind: Namespace\nEOF");
    expect(lines.at(-1)?.kind).toBe('output');
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('darkens a colour on a light background until it reaches the ratio', () => {
    const fixed = ensureContrast('#999999', '#ffffff', 4.5);
    expect(contrastRatio(fixed, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(ensureContrast('#222222', '#ffffff')).toBe('#222222');
  });

  it('lightens on a dark background', () => {
    const fixed = ensureContrast('#444444', '#161b22', 4.5);
    expect(contrastRatio(fixed, '#161b22')).toBeGreaterThanOrEqual(4.5);
  });

  it('blends translucent colours over the background', () => {
    expect(flatten('#00000080', '#ffffff')).toBe('#7f7f7f');
  });
});

describe('tokenClasses and codeThemeCss', () => {
  it('turns Shiki inline styles into classes', () => {
    expect(tokenClasses('--shiki-light:#D73A49;--shiki-dark:#F97583;--shiki-light-font-style:italic')).toEqual([
      'l-d73a49',
      'd-f97583',
      'fi',
    ]);
    expect(tokenClasses('color:red;background:url(x)')).toEqual([]);
  });

  it('generates a rule for every theme colour, each readable on every background', () => {
    const input = {
      light: { foreground: '#24292e', colors: ['#6a737d', '#d73a49', '#e1e4e8'] },
      dark: { foreground: '#e1e4e8', colors: ['#6a737d', '#f97583'] },
      background: { light: '#f6f8fa', dark: '#161b22' },
      alsoOn: { light: ['#fff2b3'], dark: ['#3a3211'] },
    };
    const css = codeThemeCss(input);
    expect(css).toContain('.l-6a737d{--l:');
    expect(css).toContain('.d-f97583{--d:');
    // #e1e4e8 on a light background is near invisible until raised.
    expect(css).not.toContain('.l-e1e4e8{--l:#e1e4e8}');
    expect(minimumContrast(input)).toBeGreaterThanOrEqual(4.5);
  });
});
