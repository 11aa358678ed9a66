import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureNames, readFixture } from '../lib/quiz/fixtures.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixture = (kind: 'valid' | 'invalid', name: string) => `tests/fixtures/quizzes/${kind}/${name}.txt`;

function quiz(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['src/node/quiz-cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('quiz lint', () => {
  it('prints nothing and exits 0 for valid files', () => {
    expect(quiz('lint', ...fixtureNames('valid').map((name) => fixture('valid', name)))).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('prints file:line:col message for each problem and exits 1 on errors', () => {
    const file = fixture('invalid', 'lesson-with-fence');
    const { status, stdout } = quiz('lint', file, fixture('invalid', 'options-unknown'));
    expect(status).toBe(1);
    expect(stdout).toMatchInlineSnapshot(`
      "tests/fixtures/quizzes/invalid/lesson-with-fence.txt:43:1 a single-choice question needs exactly one [x]; this one has 2 (lines 42, 43); use \`- [ ]\` items for multiple choice
      tests/fixtures/quizzes/invalid/lesson-with-fence.txt:45:1 text after the answers: put it in a blockquote (\`> \`) to make it the explanation, or move it above the answers
      tests/fixtures/quizzes/invalid/lesson-with-fence.txt:50:1 this answer is empty: write its text after the box
      tests/fixtures/quizzes/invalid/options-unknown.txt:2:1 unknown option "shuffleAnswer"; did you mean "shuffleAnswers"?
      "
    `);
  });

  it('marks warnings as such and exits 0 when there are only warnings', () => {
    const { status, stdout } = quiz('lint', fixture('invalid', 'multiple-none-correct'));
    expect(status).toBe(0);
    expect(stdout).toMatch(/^tests\/fixtures\/quizzes\/invalid\/multiple-none-correct\.txt:3:1 warning: no answer is marked \[x\]/);
  });

  it('reports a file with no quiz at all, but stays quiet on an .mdx lesson without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'quiz-cli-'));
    writeFileSync(join(dir, 'empty.md'), '\n');
    const { status, stdout } = quiz('lint', join(dir, 'empty.md'));
    expect(status).toBe(1);
    expect(stdout).toContain('empty.md:1:1 no quiz found');
    writeFileSync(join(dir, 'lesson.mdx'), '---\ntitle: Sidecars\n---\n\n# Sidecars\n\n- one\n- two\n');
    expect(quiz('lint', join(dir, 'lesson.mdx'))).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(quiz('parse', join(dir, 'lesson.mdx'))).toMatchObject({ status: 1, stdout: '' });
  });

  it('exits 2 on an unreadable file or bad usage', () => {
    const missing = quiz('lint', 'tests/fixtures/quizzes/nope.txt', fixture('valid', 'envoy-and-ambient'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('tests/fixtures/quizzes/nope.txt: cannot read the file (ENOENT)');
    for (const args of [['lint'], ['parse', 'a', 'b'], ['check', 'a']]) {
      const usage = quiz(...args);
      expect(usage.status).toBe(2);
      expect(usage.stderr).toContain('usage: npm run quiz -- lint <files...>');
    }
  });
});

describe('quiz parse', () => {
  it.each(fixtureNames('valid'))('prints the model of %s as the expected JSON and nothing else', (name) => {
    const { status, stdout, stderr } = quiz('parse', fixture('valid', name));
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual(readFixture('valid', name).expected);
    expect(stdout).toBe(`${JSON.stringify(JSON.parse(stdout), null, 2)}\n`);
  });

  it('prints several quizzes of one file as { quizzes: [...] }', () => {
    const parsed = JSON.parse(quiz('parse', fixture('valid', 'two-fenced-quizzes')).stdout) as { quizzes: unknown[] };
    expect(parsed.quizzes).toHaveLength(2);
  });

  it('prints problems to stderr, nothing to stdout, and exits 1 on errors', () => {
    const { status, stdout, stderr } = quiz('parse', fixture('invalid', 'single-two-correct'));
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' });
    expect(stderr).toBe(
      'tests/fixtures/quizzes/invalid/single-two-correct.txt:5:1 a single-choice question needs exactly one [x]; this one has 2 (lines 4, 5); use `- [ ]` items for multiple choice\n',
    );
  });

  it('exits 2 when the file cannot be read', () => {
    expect(quiz('parse', 'tests/fixtures/quizzes/nope.txt')).toMatchObject({ status: 2, stdout: '' });
  });
});
