/** Checks a set of lesson files together: each file's frontmatter, then the course they form. */
import { buildCourse, type Course, type LessonEntry } from './course.ts';
import type { ContentDiagnostic } from './diagnostic.ts';
import { checkLessonFrontmatter, locateField } from './frontmatter.ts';

/** A lesson file as read from disk: id (file name without extension), path for messages, text. */
export interface LessonFile {
  id: string;
  file: string;
  source: string;
}

/** Validates every lesson file and the course as a whole; the course is built from the valid ones. */
export function checkLessons(files: readonly LessonFile[]): { course: Course; entries: LessonEntry[]; diagnostics: ContentDiagnostic[] } {
  const diagnostics: ContentDiagnostic[] = [];
  const entries: LessonEntry[] = [];
  const sources = new Map<string, string>();
  for (const lesson of files) {
    sources.set(lesson.file, lesson.source);
    const { data, diagnostics: found } = checkLessonFrontmatter(lesson.file, lesson.source);
    diagnostics.push(...found);
    if (data) entries.push({ id: lesson.id, file: lesson.file, data });
  }
  const { course, problems } = buildCourse(entries);
  for (const problem of problems) {
    const field = problem.field.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${key}`)).join('');
    diagnostics.push({
      code: problem.code,
      severity: 'error',
      file: problem.file,
      ...locateField(sources.get(problem.file) ?? '', problem.field),
      field,
      message: problem.message,
    });
  }
  return { course, entries, diagnostics };
}
