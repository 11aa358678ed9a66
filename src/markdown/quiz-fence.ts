/**
 * Quizzes written in lessons: a ```quizdown fence (or a Hugo `{{< quizdown >}}` shortcode, turned
 * into a fence before MDX reads the file) becomes the quiz's HTML at build time; a malformed quiz
 * stops the build at the line of the mistake.
 */
import type { Plugin } from 'vite';
import { parseQuiz, type Quiz, type QuizDiagnostic } from '../lib/quiz/index.ts';

const QUIZ_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The quiz id a fence's meta gives (`id="sidecar-basics"`), if any. */
export function quizIdFromMeta(meta: string | undefined): string | undefined {
  return /(?:^|\s)id=(?:"([^"]*)"|'([^']*)'|(\S+))/
    .exec(meta ?? '')
    ?.slice(1)
    .find((v) => v !== undefined);
}

/** The id of the n-th quiz (1-based) of a lesson when its fence names none. */
export function defaultQuizId(lessonId: string, n: number): string {
  return n === 1 ? `${lessonId}-quiz` : `${lessonId}-quiz-${n}`;
}

/** Parses a quiz that starts at `startLine` of its file; problems as sentences with their file line. */
export function parseQuizAt(
  text: string,
  startLine: number,
  id: string,
): { quiz?: Quiz; errors: QuizDiagnostic[]; warnings: QuizDiagnostic[] } {
  const { quiz, diagnostics } = parseQuiz(text, { startLine });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!QUIZ_ID.test(id)) {
    errors.push({
      code: 'quiz-invalid',
      severity: 'error',
      message: `quiz id "${id}" must be lower-case letters, digits and hyphens`,
      line: startLine - 1,
      column: 1,
      endLine: startLine - 1,
      endColumn: 2,
    });
  }
  return { ...(quiz && errors.length === 0 ? { quiz } : {}), errors, warnings: diagnostics.filter((d) => d.severity === 'warning') };
}

const OPEN = /^(\s*)\{\{[<%]\s*quizdown\b(.*?)\s*[>%]\}\}\s*$/;
const CLOSE = /^(\s*)\{\{[<%]\s*\/\s*quizdown\s*[>%]\}\}\s*$/;

/** Rewrites Hugo quizdown shortcodes on lines of their own into ```quizdown fences, line for line. */
export function shortcodesToFences(source: string): string {
  if (!source.includes('quizdown')) return source;
  return source
    .split('\n')
    .map((line) => {
      const open = OPEN.exec(line);
      if (open) return `${open[1] ?? ''}\`\`\`\`quizdown ${open[2]?.trim() ?? ''}`.trimEnd();
      const close = CLOSE.exec(line);
      return close ? `${close[1] ?? ''}\`\`\`\`` : line;
    })
    .join('\n');
}

/** Vite plugin, before MDX: Hugo pages pasted into lessons keep working (MDX would choke on `{{<`). */
export function hugoShortcodes(): Plugin {
  return {
    name: 'sidecar-academy:hugo-quizdown',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith('.mdx')) return undefined;
      const next = shortcodesToFences(code);
      return next === code ? undefined : { code: next, map: null };
    },
  };
}
