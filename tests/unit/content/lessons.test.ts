/**
 * The course's own lessons meet the bar every lesson is written to: versions it assumes, objectives,
 * at least one diagram, a "Try it" exercise, key takeaways, further reading, a quiz of eight or more
 * questions that all explain their answer, and snippets that validate as they declare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLessonFrontmatter, extractFences } from '../../../src/lib/content/index.ts';
import { extractQuizzes, parseQuiz } from '../../../src/lib/quiz/index.ts';
import { snippetExpectation } from '../../../src/node/snippet-result.ts';

const DIR = new URL('../../../content/lessons/', import.meta.url);
const lessons = readdirSync(DIR)
  .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
  .map((name) => ({ name, text: readFileSync(new URL(name, DIR), 'utf8') }));

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

  it.each(lessons.map((l) => [l.name, l.text]))('%s has a quiz of at least eight explained questions', (name, text) => {
    const quizzes = extractQuizzes(text).filter((q) => q.wrapper !== 'bare');
    expect(quizzes.length, name).toBeGreaterThanOrEqual(1);
    const { quiz } = parseQuiz(quizzes[0]?.source ?? '');
    expect(quiz?.questions.length).toBeGreaterThanOrEqual(8);
    expect(quiz?.questions.filter((q) => !q.explanation).map((q) => q.prompt.slice(0, 60))).toEqual([]);
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
