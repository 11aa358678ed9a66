import { describe, expect, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../../src/lib/headers/index.ts';
import { lessonPath, parseTheme, rebaseLink, themeInitScript, withBase } from '../../../src/lib/site/index.ts';

describe('withBase and rebaseLink', () => {
  it('joins base and path with exactly one slash', () => {
    expect(withBase('/', 'lessons/x/')).toBe('/lessons/x/');
    expect(withBase('/academy/', '/lessons/x/')).toBe('/academy/lessons/x/');
    expect(withBase('/academy', '')).toBe('/academy/');
    expect(lessonPath('/academy/', 'sidecar-pattern')).toBe('/academy/lessons/sidecar-pattern/');
  });

  it('rebases root-relative links only, and only once', () => {
    expect(rebaseLink('/academy/', '/lessons/x/#a')).toBe('/academy/lessons/x/#a');
    expect(rebaseLink('/academy/', '/academy/lessons/x/')).toBe('/academy/lessons/x/');
    expect(rebaseLink('/academy/', 'https://istio.io/')).toBe('https://istio.io/');
    expect(rebaseLink('/academy/', '//cdn.example/x')).toBe('//cdn.example/x');
    expect(rebaseLink('/academy/', '#anchor')).toBe('#anchor');
  });
});

describe('theme', () => {
  it('accepts only light and dark', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('<script>')).toBeUndefined();
    expect(parseTheme(null)).toBeUndefined();
  });

  it('inlines a script that survives blocked storage, and honours ?theme= from the URL over a stored choice', () => {
    const script = themeInitScript();
    expect(script).toContain('try{');
    const run = (search: string, getItem: () => string | null): Record<string, string> => {
      const attributes: Record<string, string> = {};
      new Function('document', 'localStorage', 'location', script)({ documentElement: { dataset: attributes } }, { getItem }, { search });
      return attributes;
    };
    const blocked = (): never => {
      throw new Error('blocked');
    };
    expect(run('', blocked)).toEqual({ js: '' });
    expect(run('', () => 'dark')).toEqual({ js: '', theme: 'dark' });
    expect(run('?x=1&theme=light', () => 'dark')).toEqual({ js: '', theme: 'light' });
    expect(run('?theme=dark', blocked)).toEqual({ js: '', theme: 'dark' });
    expect(run('?theme=purple', () => null)).toEqual({ js: '' });
  });
});

describe('_headers files', () => {
  const file = `# comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: frame-ancestors 'none'
/embed/*
  ! X-Frame-Options
  Content-Security-Policy: frame-ancestors *
/lessons/:slug/
  X-Lesson: yes
oops
  Orphan: 1
`;

  it('parses rules and reports unreadable lines with their number', () => {
    const { rules, problems } = parseHeadersFile(file);
    expect(rules.map((r) => r.pattern)).toEqual(['/*', '/embed/*', '/lessons/:slug/']);
    expect(problems).toEqual([
      { line: 10, message: 'a rule starts with a path like /* or /lessons/*, not "oops"' },
      { line: 11, message: 'header line before any path' },
    ]);
  });

  it('merges matching rules in order, detaching and joining', () => {
    const { rules } = parseHeadersFile(file);
    expect(headersForPath(rules, '/')).toEqual({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "frame-ancestors 'none'" });
    expect(headersForPath(rules, '/embed/quiz/a/')).toEqual({ 'Content-Security-Policy': "frame-ancestors 'none', frame-ancestors *" });
    expect(headersForPath(rules, '/lessons/x/')['X-Lesson']).toBe('yes');
    expect(headersForPath(rules, '/lessons/x/y/')['X-Lesson']).toBeUndefined();
  });
});
