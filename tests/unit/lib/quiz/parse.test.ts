import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractQuizzes, parseQuiz, type QuizDiagnostic } from '../../../../src/lib/quiz/index.ts';
import { authorView, fixtureNames, parseFile, readFixture } from './fixtures.ts';

const brief = (diagnostics: readonly QuizDiagnostic[]) => diagnostics.map(({ code, severity, line }) => ({ code, severity, line }));
const codes = (text: string) => brief(parseQuiz(text).diagnostics);
const only = (text: string) => {
  const { quiz, diagnostics } = parseQuiz(text);
  expect(diagnostics).toEqual([]);
  const question = quiz?.questions[0];
  if (!question) throw new Error('no question');
  return question;
};

describe('parseQuiz', () => {
  describe.each(fixtureNames('valid'))('valid fixture %s', (name) => {
    it('reads the model the fixture expects, with no diagnostics', () => {
      const { input, expected } = readFixture('valid', name);
      const { quizzes, diagnostics } = parseFile(input);
      expect(diagnostics).toEqual([]);
      expect(authorView(quizzes)).toEqual(expected);
    });
  });

  describe.each(fixtureNames('invalid'))('invalid fixture %s', (name) => {
    const { input, expected } = readFixture('invalid', name);
    const { it: behaviour, diagnostics } = expected as { it: string; diagnostics: unknown[] };
    it(behaviour, () => {
      const result = parseFile(input);
      expect(brief(result.diagnostics)).toEqual(diagnostics);
      const hasError = result.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
      expect(result.quizzes.length > 0).toBe(!hasError);
    });
  });

  it('applies quizdown defaults and reads snake_case and camelCase options', () => {
    const question = '# Which proxy does Istio inject?\n\n1. [x] Envoy\n1. [ ] nginx\n';
    expect(parseQuiz(question).quiz?.options).toEqual({ shuffleAnswers: true, shuffleQuestions: false, enableRetry: true });
    const options = [
      '---',
      'shuffle_answers: false',
      'shuffleQuestions: true',
      'n_questions: 1',
      'passing_grade: 50',
      'custom_pass_msg: Well done',
      'customFailMsg: Try again',
      'enable_retry: false',
      'primary_color: "#0b5fff"',
      'secondaryColor: rgb(240, 240, 240)',
      'text_color: black',
      'locale: de',
      '---',
      '',
    ].join('\n');
    expect(parseQuiz(options + question).quiz?.options).toEqual({
      shuffleAnswers: false,
      shuffleQuestions: true,
      nQuestions: 1,
      passingGrade: 50,
      customPassMsg: 'Well done',
      customFailMsg: 'Try again',
      enableRetry: false,
      primaryColor: '#0b5fff',
      secondaryColor: 'rgb(240, 240, 240)',
      textColor: 'black',
      locale: 'de',
    });
  });

  it('checks questionGroups against the questions and the draw', () => {
    const bank = '# Q1\n\n1. [x] a\n1. [ ] b\n\n# Q2\n\n1. [x] a\n1. [ ] b\n\n# Q3\n\n1. [x] a\n1. [ ] b\n';
    const withOptions = (options: string) => `---\n${options}\n---\n${bank}`;
    expect(codes(withOptions('shuffleQuestions: true\nnQuestions: 2\nquestionGroups: [2, 1]'))).toEqual([]);
    expect(codes(withOptions('shuffleQuestions: true\nnQuestions: 2\nquestionGroups: [2, 2]'))).toEqual([
      { code: 'options-groups', severity: 'error', line: 4 },
    ]);
    expect(codes(withOptions('shuffleQuestions: true\nnQuestions: 1\nquestionGroups: [2, 1]'))).toEqual([
      { code: 'options-groups', severity: 'warning', line: 4 },
    ]);
    expect(codes(withOptions('questionGroups: [2, 1]'))).toEqual([{ code: 'options-ignored', severity: 'warning', line: 2 }]);
    expect(codes(withOptions('question_groups: [2, 0]'))).toEqual([{ code: 'options-value', severity: 'error', line: 2 }]);
    expect(parseQuiz(withOptions('shuffleQuestions: true\nnQuestions: 2\nquestionGroups: [2, 1]')).quiz?.options.questionGroups).toEqual([
      2, 1,
    ]);
  });

  it('warns that nQuestions does nothing unless questions are shuffled', () => {
    expect(codes('---\nnQuestions: 1\n---\n# Q\n\n1. [x] a\n1. [ ] b\n')).toEqual([
      { code: 'options-ignored', severity: 'warning', line: 2 },
    ]);
  });

  it('warns, at the option, when a colour is too faint to use in either theme, and rejects a value that is no colour', () => {
    const quiz = (options: string) => `---\n${options}\n---\n# Q\n\n1. [x] a\n1. [ ] b\n`;
    expect(codes(quiz('shuffleAnswers: false\nprimaryColor: steelblue'))).toEqual([
      { code: 'options-color', severity: 'warning', line: 3 },
    ]);
    // Kept in one theme (dark blue on light pages) is the design working, not a problem.
    expect(codes(quiz('primaryColor: "#1a5fb4"\nsecondaryColor: "#fff8e1"\ntextColor: black'))).toEqual([]);
    expect(codes(quiz('textColor: brandblack'))).toEqual([{ code: 'options-value', severity: 'error', line: 2 }]);
    expect(parseQuiz(quiz('primaryColor: "#1a5fb4"')).quiz?.options.primaryColor).toBe('#1a5fb4');
  });

  it('warns that a locale other than English leaves the labels in English', () => {
    const quiz = (locale: string) => `---\nlocale: ${locale}\n---\n# Q\n\n1. [x] a\n1. [ ] b\n`;
    expect(codes(quiz('de'))).toEqual([{ code: 'options-ignored', severity: 'warning', line: 2 }]);
    expect(codes(quiz('en-GB'))).toEqual([]);
  });

  it('rejects colours that could break out of a style attribute', () => {
    expect(codes('---\nprimaryColor: "red; background: url(x)"\n---\n# Q\n\n1. [x] a\n1. [ ] b\n')).toEqual([
      { code: 'options-value', severity: 'error', line: 2 },
    ]);
  });

  it('keeps `---` inside a question as a rule of the prompt, never as an options block', () => {
    const question = only(
      '# Which mesh uses ztunnel?\n\n---\nshuffleAnswers: false\n---\n\n1. [ ] Linkerd\n1. [x] Istio ambient\n\n---\n\n# Next?\n\n- [x] a\n- [ ] b\n',
    );
    expect(question.prompt).toBe('Which mesh uses ztunnel?\n\n---\n\nshuffleAnswers: false\n\n---');
    expect(parseQuiz('# Q\n\n---\nshuffleAnswers: false\n---\n\n1. [ ] a\n1. [x] b\n').quiz?.options.shuffleAnswers).toBe(true);
  });

  it('never reads a paragraph over `---` or `===` as a setext heading', () => {
    const { quiz } = parseQuiz('# Which port?\n\nIstio sidecars\n---\nlisten on\n===\n\n1. [x] 15001\n1. [ ] 4143\n');
    expect(quiz?.questions).toHaveLength(1);
    expect(quiz?.questions[0]?.prompt).toBe('Which port?\n\nIstio sidecars\n\n---\n\nlisten on\n===');
  });

  it('keeps <, > and & in code and text as written', () => {
    const question = only(
      '# Is `a<b && c>d` valid in an `exact` match?\n\n```rust\nif a < b && c > d {}\n```\n\n- [x] Yes, &lt; stays <\n- [ ] No\n',
    );
    expect(question.prompt).toBe('Is `a<b && c>d` valid in an `exact` match?\n\n```rust\nif a < b && c > d {}\n```');
    expect(question.answers[0]?.text).toBe('Yes, &lt; stays <');
  });

  it('makes blockquotes before the answers the hint and those after them the explanation', () => {
    const question = only(
      '# Q\n\n> Look at the Pod spec.\n\nBody\n\n> Twice.\n\n- [x] a\n- [ ] b\n\n> **Explanation:** one\n\n---\n\n> two\n',
    );
    expect(question).toMatchObject({
      prompt: 'Q\n\nBody',
      hint: 'Look at the Pod spec.\n\nTwice.',
      explanation: '**Explanation:** one\n\ntwo',
    });
  });

  it('reads a blockquote nested in an answer as its comment, keeping deeper quotes as Markdown', () => {
    const question = only('# Q\n\n1. [ ] a\n   > Not quite.\n   >\n   > > Envoy listens on 15001.\n1. [x] b\n   continued\n');
    expect(question.answers.map(({ text, comment }) => ({ text, comment }))).toEqual([
      { text: 'a', comment: 'Not quite.\n\n> Envoy listens on 15001.' },
      { text: 'b\ncontinued', comment: undefined },
    ]);
  });

  it('accepts [X], `*` and `+` bullets, `1)` numbering and any start number', () => {
    expect(only('# Q\n\n* [X] a\n* [ ] b\n').type).toBe('multiple');
    expect(only('# Q\n\n+ [ ] a\n+ [x] b\n').answers.map((answer) => answer.correct)).toEqual([false, true]);
    expect(only('# Q\n\n7) [ ] a\n8) [X] b\n').type).toBe('single');
    expect(only('# Q\n\n3. a\n4. b\n').type).toBe('sequence');
  });

  it('starts a question at every ATX heading level', () => {
    const text = [1, 2, 3, 4, 5, 6].map((level) => `${'#'.repeat(level)} Q${level}\n\n- [x] a\n- [ ] b\n`).join('\n');
    expect(parseQuiz(text).quiz?.questions.map((question) => question.prompt)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q5', 'Q6']);
  });

  it('points lines into the enclosing file with startLine, in diagnostics and in the model', () => {
    expect(parseQuiz('# Q\n\n- [ ] a\n', { startLine: 40 }).diagnostics[0]).toMatchObject({ code: 'answers-too-few', line: 42, column: 1 });
    const { quiz } = parseQuiz('\n# Q\n\n- [x] a\n- [ ] b\n', { startLine: 40 });
    expect(quiz?.questions[0]).toMatchObject({ line: 41, answers: [{ line: 43 }, { line: 44 }] });
  });

  it('strips a common indentation like quizdown-js, shifting columns back into the file', () => {
    const { quiz } = parseQuiz('    # Q\n\n    - [x] a\n    - [ ] b\n');
    expect(quiz?.questions[0]).toMatchObject({ prompt: 'Q', column: 5, answers: [{ text: 'a', column: 5 }, { text: 'b' }] });
  });

  it('reads Windows line endings and a byte order mark', () => {
    expect(parseQuiz('\uFEFF# Q\r\n\r\n- [x] a\r\n- [ ] b\r\n').quiz?.questions[0]?.answers.map((answer) => answer.text)).toEqual([
      'a',
      'b',
    ]);
  });

  it('reads a sequence as all-correct answers in the written order', () => {
    const question = only('# Order\n\n1. one\n2. two\n3. three\n');
    expect(question.answers.map(({ text, correct }) => [text, correct])).toEqual([
      ['one', true],
      ['two', true],
      ['three', true],
    ]);
  });

  it('says what to fix, in short messages', () => {
    const messages = (text: string) => parseQuiz(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
    expect(messages('---\nshuffleAnswer: false\nprimaryColor: #fff\nfoo: 1\n---\n# Q\n\n1. [x] a\n1. [x] b\n1. [ ] c\n'))
      .toMatchInlineSnapshot(`
      [
        "2:1 unknown option "shuffleAnswer"; did you mean "shuffleAnswers"?",
        "3:15 primaryColor must be a CSS color such as steelblue or "#4682b4"; got nothing (quote a value that starts with #)",
        "4:1 unknown option "foo"; known options are shuffleAnswers, shuffleQuestions, nQuestions, questionGroups, passingGrade, customPassMsg, customFailMsg, enableRetry, primaryColor, secondaryColor, textColor, locale",
        "9:1 a single-choice question needs exactly one [x]; this one has 2 (lines 8, 9); use \`- [ ]\` items for multiple choice",
      ]
    `);
    expect(messages('Intro\n\n#Q\n\n- a\n- b\n\n# R\n\n- [x] a\n- b\n\nafter\n')).toMatchInlineSnapshot(`
      [
        "1:1 text before the first question: start each question with a heading (\`# ...\`); options go between two \`---\` lines",
        "3:1 this looks like a question: write a space after the # to make it a heading",
        "11:1 this answer has no box: start it with \`[ ]\` or \`[x]\` like the others",
        "13:1 text after the answers: put it in a blockquote (\`> \`) to make it the explanation, or move it above the answers",
      ]
    `);
  });

  it('never throws, on any text', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('#', ' ', '\n', '-', '[', ']', 'x', '>', '1', '.', ')', '`', '~', '*', ':', 'a', '{', '<', '%'),
        }),
        (text) => {
          const result = parseQuiz(text);
          expect(result.diagnostics.filter((d) => d.code === 'quiz-invalid')).toEqual([]);
        },
      ),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseQuiz(text)));
  });

  it('yields a quiz exactly when there is no error, with diagnostics inside the text, for any mutation of a valid quiz', () => {
    const valid = fixtureNames('valid').flatMap((name) =>
      extractQuizzes(readFixture('valid', name).input).map((quiz) => quiz.source.split('\n')),
    );
    const markdown = fc.string({ unit: fc.constantFrom('#', ' ', '-', '[', ']', 'x', '>', '1.', '`', '*', '---', 'a') });
    const edit = fc.record({
      kind: fc.constantFrom('delete', 'duplicate', 'insert', 'swap', 'splice'),
      at: fc.nat(),
      text: fc.oneof(fc.string(), markdown),
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...valid),
        fc.array(edit, { maxLength: 6 }),
        fc.integer({ min: 1, max: 500 }),
        (original, edits, startLine) => {
          const lines = [...original];
          for (const { kind, at, text } of edits) {
            const index = at % lines.length;
            if (kind === 'delete' && lines.length > 1) lines.splice(index, 1);
            if (kind === 'duplicate') lines.splice(index, 0, lines[index] ?? '');
            if (kind === 'insert') lines.splice(index, 0, text);
            if (kind === 'swap') lines.splice(index, 2, lines[index + 1] ?? '', lines[index] ?? '');
            if (kind === 'splice') lines[index] = `${text}${lines[index]?.slice(at % 5) ?? ''}`;
          }
          const text = lines.join('\n');
          const { quiz, diagnostics } = parseQuiz(text, { startLine });
          const lastLine = startLine + text.split(/\r\n?|\n/).length - 1;
          for (const diagnostic of diagnostics) {
            expect(diagnostic.line).toBeGreaterThanOrEqual(startLine);
            expect(diagnostic.line).toBeLessThanOrEqual(lastLine);
            expect(diagnostic.code).not.toBe('quiz-invalid');
          }
          expect(quiz !== undefined).toBe(!diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
        },
      ),
    );
  });
});
