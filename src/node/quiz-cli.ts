/**
 * The quizdown author tool. A file may be a bare quiz, hold ```quizdown fences, or Hugo `{{< quizdown >}}` shortcodes.
 *   npm run quiz -- lint <files...>        one `file:line:col message` per problem; exit 1 on any error
 *   npm run --silent quiz -- parse <file>  the model as JSON: `{ options, questions }`, or `{ quizzes: [...] }` when
 *                                          the file holds several quizzes; problems go to stderr (exit 1)
 * An .mdx lesson is never a bare quiz: only its fences and shortcodes are read, so linting a lesson without a quiz is quiet.
 * Exit 2 on bad usage or an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { extractQuizzes, parseQuiz, type Quiz, type QuizDiagnostic } from '../lib/quiz/index.ts';

const usage = `usage: npm run quiz -- lint <files...>
       npm run --silent quiz -- parse <file>`;

function format(file: string, diagnostic: QuizDiagnostic): string {
  return `${file}:${diagnostic.line}:${diagnostic.column} ${diagnostic.severity === 'warning' ? 'warning: ' : ''}${diagnostic.message}`;
}

function read(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    console.error(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return undefined;
  }
}

function check(file: string, text: string, required: boolean): { quizzes: Quiz[]; diagnostics: QuizDiagnostic[] } {
  const lesson = file.endsWith('.mdx');
  const found = extractQuizzes(text).filter((quiz) => !lesson || quiz.wrapper !== 'bare');
  if (found.length === 0 && (required || !lesson)) {
    const message = 'no quiz found: write questions as `# heading` + answer list, in the file or in a ```quizdown block';
    return { quizzes: [], diagnostics: [{ code: 'quiz-empty', severity: 'error', message, line: 1, column: 1, endLine: 1, endColumn: 1 }] };
  }
  const quizzes: Quiz[] = [];
  const diagnostics: QuizDiagnostic[] = [];
  for (const { source, line } of found) {
    const result = parseQuiz(source, { startLine: line });
    if (result.quiz) quizzes.push(result.quiz);
    diagnostics.push(...result.diagnostics);
  }
  return { quizzes, diagnostics };
}

// The JSON an author reads: positions only where they help (the question's file line).
function toJson(quiz: Quiz): unknown {
  return {
    options: quiz.options,
    questions: quiz.questions.map((question) => ({
      type: question.type,
      prompt: question.prompt,
      answers: question.answers.map((answer) => ({
        text: answer.text,
        correct: answer.correct,
        ...(answer.comment === undefined ? {} : { comment: answer.comment }),
      })),
      ...(question.hint === undefined ? {} : { hint: question.hint }),
      ...(question.explanation === undefined ? {} : { explanation: question.explanation }),
      line: question.line,
    })),
  };
}

function lint(files: readonly string[]): number {
  let unreadable = false;
  let errors = 0;
  for (const file of files) {
    const text = read(file);
    if (text === undefined) {
      unreadable = true;
      continue;
    }
    for (const diagnostic of check(file, text, false).diagnostics) {
      console.log(format(file, diagnostic));
      if (diagnostic.severity === 'error') errors += 1;
    }
  }
  if (unreadable) return 2;
  return errors > 0 ? 1 : 0;
}

function parse(file: string): number {
  const text = read(file);
  if (text === undefined) return 2;
  const { quizzes, diagnostics } = check(file, text, true);
  for (const diagnostic of diagnostics) console.error(format(file, diagnostic));
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return 1;
  const json = quizzes.length === 1 && quizzes[0] ? toJson(quizzes[0]) : { quizzes: quizzes.map(toJson) };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  return 0;
}

function main(args: readonly string[]): number {
  const [command, ...files] = args;
  if (command === 'lint' && files.length > 0) return lint(files);
  if (command === 'parse' && files.length === 1 && files[0]) return parse(files[0]);
  if (command === '--help' || command === '-h') {
    console.log(usage);
    return 0;
  }
  console.error(usage);
  return 2;
}

process.exitCode = main(process.argv.slice(2));
