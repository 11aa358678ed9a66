import { describe, expect, it } from 'vitest';
import { extractQuizzes } from '../../../../src/lib/quiz/index.ts';
import { readFixture } from './fixtures.ts';

describe('extractQuizzes', () => {
  it('finds ```quizdown and ~~~quizdown fences of any length with their meta, starting on the line after the fence', () => {
    const text = ['Intro', '', '```quizdown id="sidecar-basics"', '# Q1', '```', '', '~~~~~quizdown', '# Q2', '~~~', '~~~~~', 'Outro'].join(
      '\n',
    );
    expect(extractQuizzes(text)).toEqual([
      { source: '# Q1', line: 4, wrapper: 'fence', meta: 'id="sidecar-basics"' },
      { source: '# Q2\n~~~', line: 8, wrapper: 'fence', meta: '' },
    ]);
  });

  it('finds Hugo shortcodes in both delimiters, with any spacing and parameters', () => {
    const text = [
      '{{< quizdown >}}',
      '# Q1',
      '{{< /quizdown >}}',
      '{{%quizdown shuffle="true"%}}',
      '',
      '# Q2',
      '{{%/ quizdown %}}',
      '{{<   quizdown   >}}# Q3{{</quizdown>}}',
    ].join('\n');
    expect(extractQuizzes(text)).toEqual([
      { source: '# Q1', line: 2, wrapper: 'shortcode', meta: '' },
      { source: '\n# Q2', line: 5, wrapper: 'shortcode', meta: 'shuffle="true"' },
      { source: '# Q3', line: 8, wrapper: 'shortcode', meta: '' },
    ]);
  });

  it('finds the quiz of a page exported from Hugo, frontmatter and prose around it', () => {
    const [quiz, ...rest] = extractQuizzes(readFixture('valid', 'hugo-mesh-basics').input);
    expect(rest).toEqual([]);
    expect(quiz).toMatchObject({ line: 12, wrapper: 'shortcode', meta: '' });
    expect(quiz?.source.split('\n')[1]).toBe('---');
  });

  it('skips shortcodes and fences shown as examples inside other code blocks', () => {
    const text = '````markdown\n```quizdown\n# Not a quiz\n```\n{{< quizdown >}}\n````\n\n```quizdown\n# Q\n```\n';
    expect(extractQuizzes(text)).toEqual([{ source: '# Q', line: 9, wrapper: 'fence', meta: '' }]);
  });

  it('removes the indentation of an indented fence from its content', () => {
    expect(extractQuizzes('  ```quizdown\n  # Q\n    - [x] a\n  ```\n')[0]?.source).toBe('# Q\n  - [x] a');
  });

  it('runs an unclosed fence or shortcode to the end of the file', () => {
    expect(extractQuizzes('```quizdown\n# Q\n- [x] a')[0]).toMatchObject({ source: '# Q\n- [x] a', line: 2 });
    expect(extractQuizzes('{{< quizdown >}}\n# Q\n')[0]).toMatchObject({ source: '# Q\n', line: 2 });
  });

  it('reads a file without a wrapper as a bare quiz, and a blank file as none', () => {
    expect(extractQuizzes('# Q\n\n- [x] a\n')).toEqual([{ source: '# Q\n\n- [x] a\n', line: 1, wrapper: 'bare', meta: '' }]);
    expect(extractQuizzes('\n  \n')).toEqual([]);
  });

  it('counts lines the same with Windows line endings', () => {
    expect(extractQuizzes('a\r\n\r\n```quizdown\r\n# Q\r\n```\r\n')).toEqual([{ source: '# Q', line: 4, wrapper: 'fence', meta: '' }]);
  });
});
