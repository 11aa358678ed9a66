/** parseQuiz: options block, then Markdown questions, then a check of the model against the schema. */
import { readOptions, type OptionsBlock } from './options.ts';
import { quizPalette } from './palette.ts';
import { readQuestions } from './questions.ts';
import { quizSchema } from './schema.ts';
import { parseMarkdown, toSource } from './source.ts';
import type { Quiz, QuizDiagnostic, QuizOptions, Span } from './types.ts';

/** What parseQuiz returns: the quiz when there is no error, and every problem found. */
export interface ParseResult {
  quiz?: Quiz;
  diagnostics: QuizDiagnostic[];
}

// quizdown-js strips the common indentation, so quizzes indented inside HTML or a shortcode still read as Markdown.
function stripIndent(text: string): { text: string; indent: number } {
  const indents = text.split('\n').flatMap((line) => (line.trim() === '' ? [] : [/^[ \t]*/.exec(line)?.[0].length ?? 0]));
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  if (indent === 0) return { text, indent };
  return { text: text.replace(new RegExp(`^[ \\t]{0,${indent}}`, 'gm'), ''), indent };
}

function relocate(quiz: Quiz | undefined, diagnostics: QuizDiagnostic[], lines: number, columns: number): void {
  if (lines === 0 && columns === 0) return;
  const move = (at: { line: number; column: number }) => {
    at.line += lines;
    at.column += columns;
  };
  for (const diagnostic of diagnostics) {
    move(diagnostic);
    diagnostic.endLine += lines;
    diagnostic.endColumn += columns;
  }
  for (const question of quiz?.questions ?? []) {
    move(question);
    question.answers.forEach(move);
  }
}

function byPosition(a: QuizDiagnostic, b: QuizDiagnostic): number {
  return a.line - b.line || a.column - b.column;
}

// Colours that are no colour, or too faint in a theme, and a language the labels do not come in.
function optionWarnings(options: QuizOptions, spans: OptionsBlock['spans']): QuizDiagnostic[] {
  const found: QuizDiagnostic[] = [];
  const at = (option: keyof QuizOptions): Span => spans[option] ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const { problems } = quizPalette(options);
  for (const problem of problems.filter((p) => !p.theme))
    found.push({ code: 'options-value', severity: 'error', message: problem.message, ...at(problem.option) });
  // No one colour reads well on both a white and a near-black page, so a colour kept in one theme is
  // working as designed; a colour kept in neither has no effect, and the author should hear of it.
  for (const option of ['primaryColor', 'secondaryColor', 'textColor'] as const) {
    const faint = problems.filter((p) => p.option === option && p.theme);
    if (faint.length < 2) continue;
    const message = `${option} \`${options[option]}\` is too faint for text in both themes (${faint.map((p) => p.message).join('; ')}; text needs 4.5:1): the course's own colour stays. Try a darker shade for light pages or a lighter one for dark pages`;
    found.push({ code: 'options-color', severity: 'warning', message, ...at(option) });
  }
  if (options.locale !== undefined && !/^en(?:$|[-_])/i.test(options.locale)) {
    const message = `locale \`${options.locale}\`: the quiz's buttons and messages come in English only; questions and answers show as written`;
    found.push({ code: 'options-ignored', severity: 'warning', message, ...at('locale') });
  }
  return found;
}

/** questionGroups must cover the questions exactly, and only means something for a draw that can reach every group. */
function groupProblems(options: QuizOptions, span: Span | undefined, count: number): QuizDiagnostic[] {
  const groups = options.questionGroups;
  if (!groups || !span || count === 0) return [];
  const total = groups.reduce((sum, size) => sum + size, 0);
  if (total !== count) {
    const message = `questionGroups add up to ${total} but the quiz has ${count} question${count === 1 ? '' : 's'}; list every question in a group`;
    return [{ code: 'options-groups', severity: 'error', message, ...span }];
  }
  if (!options.shuffleQuestions || options.nQuestions === undefined) {
    const message = 'questionGroups only apply when a draw is made: add `shuffleQuestions: true` and `nQuestions`';
    return [{ code: 'options-ignored', severity: 'warning', message, ...span }];
  }
  if (options.nQuestions < groups.length) {
    const message = `nQuestions is ${options.nQuestions}, fewer than the ${groups.length} groups: some groups will have no question in an attempt`;
    return [{ code: 'options-groups', severity: 'warning', message, ...span }];
  }
  return [];
}

function parse(text: string, startLine: number): ParseResult {
  const { text: body, indent } = stripIndent(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  const block = readOptions(body);
  const diagnostics = [...block.diagnostics];
  const { questions, count } = readQuestions(toSource(block.body, startLine), parseMarkdown(block.body), diagnostics);
  const { options, spans } = block;
  if (count === 0) {
    const message = 'no questions: start each question with a heading, such as `# What does a sidecar share with its app?`';
    diagnostics.push({ code: 'quiz-empty', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  if (options.nQuestions !== undefined && spans.nQuestions) {
    if (count > 0 && options.nQuestions > count) {
      const message = `nQuestions is ${options.nQuestions} but the quiz has ${count} question${count === 1 ? '' : 's'}; draw at most ${count}`;
      diagnostics.push({ code: 'options-n-questions', severity: 'error', message, ...spans.nQuestions });
    } else if (!options.shuffleQuestions) {
      const message = 'nQuestions only applies when questions are shuffled: add `shuffleQuestions: true`';
      diagnostics.push({ code: 'options-ignored', severity: 'warning', message, ...spans.nQuestions });
    }
  }
  diagnostics.push(...groupProblems(options, spans.questionGroups, count));
  diagnostics.push(...optionWarnings(options, spans));
  const hasError = diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  let quiz: Quiz | undefined = hasError ? undefined : { options, questions };
  relocate(quiz, diagnostics, startLine - 1, indent);
  const checked = quiz && quizSchema.safeParse(quiz);
  if (checked && !checked.success) {
    for (const issue of checked.error.issues) {
      const message = `internal: the parsed quiz does not match the schema at ${issue.path.join('.') || '(quiz)'}: ${issue.message}`;
      diagnostics.push({ code: 'quiz-invalid', severity: 'error', message, line: startLine, column: 1, endLine: startLine, endColumn: 1 });
    }
    quiz = undefined;
  }
  return quiz ? { quiz, diagnostics: diagnostics.sort(byPosition) } : { diagnostics: diagnostics.sort(byPosition) };
}

/**
 * Parses quizdown text; never throws. `quiz` is present when there is no error diagnostic. Lines/columns are 1-based;
 * `startLine` (default 1) is the file line of the text's first line so diagnostics point into the enclosing file.
 */
export function parseQuiz(text: string, options: { startLine?: number } = {}): ParseResult {
  const startLine = options.startLine ?? 1;
  try {
    return parse(text, startLine);
  } catch (error) {
    // A parser bug must not take the page or the editor down: report it like any other problem.
    const message = `internal: could not read the quiz (${error instanceof Error ? error.message : String(error)})`;
    return {
      diagnostics: [{ code: 'quiz-invalid', severity: 'error', message, line: startLine, column: 1, endLine: startLine, endColumn: 1 }],
    };
  }
}
