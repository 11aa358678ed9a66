/**
 * The course's own lessons meet the bar every lesson is written to: versions it assumes, objectives,
 * at least one diagram, a "Try it" exercise, key takeaways, further reading, a quiz of eight or more
 * questions that all explain their answer, and snippets that validate as they declare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessonFrontmatter, extractFences } from '../../../src/lib/content/index.ts';
import { extractQuizzes, parseQuiz } from '../../../src/lib/quiz/index.ts';
import { termMatchers } from '../../../src/lib/content/glossary.ts';
import { parseCodeMeta } from '../../../src/lib/code/meta.ts';
import { snippetExpectation } from '../../../src/node/snippet-result.ts';
import { readGlossary } from '../../../src/node/glossary-file.ts';

const DIR = new URL('../../../content/lessons/', import.meta.url);
const lessons = readdirSync(DIR)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => ({ name, text: readFileSync(new URL(name, DIR), 'utf8') }));

/** The words of a lesson's prose: no frontmatter, code, diagrams, quizzes or MDX tags. */
function proseWords(text: string): number {
  let inFence = false;
  const prose = text
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => {
      if (/^\s{0,3}(```|~~~)/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return !inFence && !/^\{\{<.*>\}\}$/.test(line.trim());
    })
    .join('\n')
    .replace(/<[^>]+>/g, ' ');
  return prose.match(/[A-Za-z0-9][\w'’.-]*/g)?.length ?? 0;
}

/** The text of a `## ` section, up to the next section or quiz. */
function section(text: string, heading: string): string {
  const start = text.search(new RegExp(`^${heading}`, 'm'));
  if (start < 0) return '';
  const rest = text.slice(start + heading.length);
  const end = rest.search(/^(## |```quizdown|\{\{< quizdown)/m);
  return end < 0 ? rest : rest.slice(0, end);
}

// Official documentation and the projects' own pages: what further reading may point at.
const OFFICIAL = new Set([
  'kubernetes.io',
  'istio.io',
  'linkerd.io',
  'www.envoyproxy.io',
  'gateway-api.sigs.k8s.io',
  'docs.rs',
  'doc.rust-lang.org',
  'docs.docker.com',
  'opentelemetry.io',
  'www.w3.org',
  'github.com',
  'fortio.org',
]);

describe('the course lessons', () => {
  it('are all there: twelve lessons in six modules', () => {
    expect(lessons).toHaveLength(12);
    const modules = new Set(lessons.map((l) => checkLessonFrontmatter(l.name, l.text).data?.module.id));
    expect(modules.size).toBe(6);
  });

  it.each(lessons.map((l) => [l.name, l.text]))('%s has versions, objectives and the standard sections', (name, text) => {
    const { data, diagnostics } = checkLessonFrontmatter(name, text);
    expect(diagnostics).toEqual([]);
    expect(Object.keys(data?.versions ?? {}).length, 'versions the lesson assumes').toBeGreaterThanOrEqual(1);
    expect(data?.objectives.length).toBeGreaterThanOrEqual(3);
    for (const heading of ['## Try it', '## Key takeaways', '## Further reading'])
      expect(text, heading).toMatch(new RegExp(`^${heading}`, 'm'));
    expect(extractFences(text).filter((f) => f.lang === 'mermaid').length, 'diagrams').toBeGreaterThanOrEqual(1);
  });

  it.each(lessons.map((l) => [l.name, l.text]))('%s has at least 1,500 words of prose', (_name, text) => {
    expect(proseWords(text)).toBeGreaterThanOrEqual(1500);
  });

  it.each(lessons.map((l) => [l.name, l.text]))('%s gives every code snippet a title', (_name, text) => {
    const untitled = extractFences(text)
      .filter((f) => !['mermaid', 'quizdown'].includes(f.lang.toLowerCase()))
      .filter((f) => !parseCodeMeta(f.meta, f.body.split('\n').length).meta.title)
      .map((f) => `line ${f.line} (${f.lang})`);
    expect(untitled).toEqual([]);
  });

  it.each(lessons.map((l) => [l.name, l.text]))(
    '%s: the "Try it" exercise names the diagnostics to expect and hides a worked solution',
    (_name, text) => {
      const tryIt = section(text, '## Try it');
      const declared = extractFences(tryIt).flatMap((f) => snippetExpectation(f)?.expected ?? []);
      expect(declared.length, 'a snippet with expect="..."').toBeGreaterThanOrEqual(1);
      const prose = tryIt.replace(/```[\s\S]*?```/g, '');
      expect(declared.filter((code) => !prose.includes(code))).toEqual([]);
      expect(tryIt).toMatch(/<details>[\s\S]*<\/details>/);
    },
  );

  it.each(lessons.map((l) => [l.name, l.text]))('%s: further reading links to official documentation only', (_name, text) => {
    const links = [...section(text, '## Further reading').matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => new URL(m[1] ?? ''));
    expect(links.length).toBeGreaterThanOrEqual(3);
    expect(links.filter((url) => url.protocol !== 'https:' || !OFFICIAL.has(url.host)).map(String)).toEqual([]);
  });

  it.each(lessons.map((l) => [l.name, l.text]))('%s has a quiz of at least eight explained questions', (name, text) => {
    const quizzes = extractQuizzes(text).filter((q) => q.wrapper !== 'bare');
    expect(quizzes.length, name).toBeGreaterThanOrEqual(1);
    const { quiz } = parseQuiz(quizzes[0]?.source ?? '');
    expect(quiz?.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz?.questions.filter((q) => !q.explanation).map((q) => q.prompt.slice(0, 60))).toEqual([]);
    expect(new Set(quiz?.questions.map((q) => q.type)), 'single, multiple and sequence questions').toEqual(
      new Set(['single', 'multiple', 'sequence']),
    );
    expect(quiz?.questions.filter((q) => q.hint).length, 'hints').toBeGreaterThanOrEqual(1);
  });

  it.each(lessons.map((l) => [l.name, l.text]))('%s: its quizzes lint with neither errors nor warnings', (_name, text) => {
    for (const found of extractQuizzes(text).filter((q) => q.wrapper !== 'bare'))
      expect(parseQuiz(found.source).diagnostics.map((d) => `${d.code} ${d.line}: ${d.message}`)).toEqual([]);
  });

  it.each(lessons.map((l) => [l.name, l.text]))(
    '%s: every YAML and Dockerfile snippet gives exactly the codes it declares',
    (_name, text) => {
      const wrong = extractFences(text).flatMap((fence) => {
        const snippet = snippetExpectation(fence);
        return !snippet || snippet.found.join(',') === snippet.expected.join(',')
          ? []
          : [`line ${fence.line}: [${snippet.found.join(', ')}] but expect="${snippet.expected.join(',')}"`];
      });
      expect(wrong).toEqual([]);
    },
  );
});

describe('the final assessment', () => {
  const text = readFileSync(new URL('../../../content/quizzes/final-assessment.md', import.meta.url), 'utf8');
  const [found] = extractQuizzes(text);
  const { quiz, diagnostics } = parseQuiz(found?.source ?? '');

  it('lints clean and draws a pass-marked exam from a bank of at least thirty explained questions', () => {
    expect(diagnostics).toEqual([]);
    expect(quiz?.questions.length).toBeGreaterThanOrEqual(30);
    expect(quiz?.questions.filter((q) => !q.explanation)).toEqual([]);
    expect(quiz?.options).toMatchObject({ shuffleQuestions: true, nQuestions: 15, passingGrade: 80 });
  });

  it('draws from every module: one question group per module of the course', () => {
    const modules = new Set(lessons.map((lesson) => /^module:\n\s+id:\s*(\S+)/m.exec(lesson.text)?.[1]));
    expect(modules.has(undefined)).toBe(false);
    expect(quiz?.options.questionGroups).toHaveLength(modules.size);
  });

  it('has snippets that give exactly the codes they declare', () => {
    const wrong = extractFences(text).flatMap((fence) => {
      const snippet = snippetExpectation(fence);
      return !snippet || snippet.found.join(',') === snippet.expected.join(',')
        ? []
        : [`line ${fence.line}: [${snippet.found.join(', ')}]`];
    });
    expect(wrong).toEqual([]);
  });
});

describe('the glossary', () => {
  it('defines every term the course is built around', () => {
    const matchers = termMatchers(readGlossary().entries);
    const required = ['sidecar', 'data plane', 'control plane', 'Envoy', 'linkerd2-proxy', 'ztunnel', 'waypoint', 'mTLS', 'SPIFFE'];
    required.push(
      'VirtualService',
      'DestinationRule',
      'subset',
      'PeerAuthentication',
      'AuthorizationPolicy',
      'injection',
      'native sidecar',
    );
    expect(required.filter((term) => !matchers.some((m) => m.pattern.test(term)))).toEqual([]);
  });
});
