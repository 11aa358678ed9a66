export { checkLessons, type LessonFile } from './check.ts';
export {
  buildCourse,
  countOf,
  formatDuration,
  type Course,
  type CourseLesson,
  type CourseModule,
  type CourseProblem,
  type LessonEntry,
} from './course.ts';
export { ContentError, formatDiagnostic, type ContentCode, type ContentDiagnostic } from './diagnostic.ts';
export { extractFences, type Fence } from './fences.ts';
export { checkLessonFrontmatter, extractFrontmatter, locateField } from './frontmatter.ts';
export { lessonSchema, moduleSchema, slugSchema, versionsSchema, type LessonData, type LessonInput } from './lesson-schema.ts';
export { ruleExampleProblems, ruleExamples, rulePageSchema, type ExampleResult, type RuleExample, type RulePageData } from './rule-page.ts';
