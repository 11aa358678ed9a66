/**
 * Turns validated lessons into the course: modules and lessons in order, previous and next
 * links, and the checks that span lessons (consistent modules, known prerequisites, no two
 * lessons in one place). Problems come back as data naming the file.
 */
import type { LessonData } from './lesson-schema.ts';

/** A lesson as the course needs it: its id (file name), source file and frontmatter. */
export interface LessonEntry {
  id: string;
  file: string;
  data: LessonData;
}

/** One lesson placed in the course. */
export interface CourseLesson {
  id: string;
  title: string;
  description: string;
  duration: number;
  moduleId: string;
  /** 1-based position in the whole course. */
  number: number;
  prev: string | undefined;
  next: string | undefined;
}

/** One module with its lessons in order. */
export interface CourseModule {
  id: string;
  title: string;
  order: number;
  duration: number;
  lessons: CourseLesson[];
}

/** The whole course, ordered. */
export interface Course {
  modules: CourseModule[];
  lessons: CourseLesson[];
  duration: number;
}

/** A problem that spans lessons, reported against one file. */
export interface CourseProblem {
  code: 'module-mismatch' | 'module-order-taken' | 'duplicate-order' | 'unknown-prerequisite' | 'self-prerequisite' | 'prerequisite-after';
  file: string;
  /** Path of the field at fault, e.g. ['prerequisites', 1]. */
  field: (string | number)[];
  message: string;
}

/** Orders lessons into modules and reports what does not fit together. */
export function buildCourse(entries: readonly LessonEntry[]): { course: Course; problems: CourseProblem[] } {
  const problems: CourseProblem[] = [];
  const modules = new Map<string, { module: CourseModule; file: string }>();
  const sorted = [...entries].sort(
    (a, b) => a.data.module.order - b.data.module.order || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );

  const places = new Map<string, LessonEntry>();
  const moduleOrders = new Map<number, string>();
  for (const entry of sorted) {
    const { module } = entry.data;
    const known = modules.get(module.id);
    const orderOwner = moduleOrders.get(module.order);
    if (!known && orderOwner !== undefined) {
      problems.push({
        code: 'module-order-taken',
        file: entry.file,
        field: ['module', 'order'],
        message: `module order ${module.order} is already used by module "${orderOwner}"`,
      });
    }
    if (!known) {
      moduleOrders.set(module.order, module.id);
      modules.set(module.id, {
        module: { id: module.id, title: module.title, order: module.order, duration: 0, lessons: [] },
        file: entry.file,
      });
    } else if (known.module.title !== module.title || known.module.order !== module.order) {
      problems.push({
        code: 'module-mismatch',
        file: entry.file,
        field: ['module'],
        message: `module "${module.id}" is titled "${known.module.title}" with order ${known.module.order} in ${known.file}; use the same title and order here`,
      });
    }
    const place = `${module.id}#${entry.data.order}`;
    const taken = places.get(place);
    if (taken) {
      problems.push({
        code: 'duplicate-order',
        file: entry.file,
        field: ['order'],
        message: `order ${entry.data.order} in module "${module.id}" is already taken by ${taken.file}`,
      });
    } else {
      places.set(place, entry);
    }
  }

  const ids = new Set(sorted.map((entry) => entry.id));
  const position = new Map(sorted.map((entry, index) => [entry.id, index]));
  for (const entry of sorted) {
    entry.data.prerequisites.forEach((prerequisite, index) => {
      const field = ['prerequisites', index];
      if (prerequisite === entry.id) {
        problems.push({ code: 'self-prerequisite', file: entry.file, field, message: 'a lesson cannot be its own prerequisite' });
      } else if (!ids.has(prerequisite)) {
        problems.push({
          code: 'unknown-prerequisite',
          file: entry.file,
          field,
          message: `no lesson "${prerequisite}" exists (ids are file names without .mdx: ${[...ids].join(', ')})`,
        });
      } else if ((position.get(prerequisite) ?? 0) > (position.get(entry.id) ?? 0)) {
        problems.push({
          code: 'prerequisite-after',
          file: entry.file,
          field,
          message: `"${prerequisite}" comes later in the course; a prerequisite must come first`,
        });
      }
    });
  }

  const lessons: CourseLesson[] = sorted.map((entry, index) => ({
    id: entry.id,
    title: entry.data.title,
    description: entry.data.description,
    duration: entry.data.duration,
    moduleId: entry.data.module.id,
    number: index + 1,
    prev: sorted[index - 1]?.id,
    next: sorted[index + 1]?.id,
  }));
  for (const lesson of lessons) {
    const module = modules.get(lesson.moduleId)?.module;
    if (!module) continue;
    module.lessons.push(lesson);
    module.duration += lesson.duration;
  }
  const orderedModules = [...modules.values()].map((m) => m.module).sort((a, b) => a.order - b.order);
  const duration = lessons.reduce((sum, lesson) => sum + lesson.duration, 0);
  return { course: { modules: orderedModules, lessons, duration }, problems };
}

/** "1 h 35 min", "25 min": a duration in minutes for people. */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "1 lesson", "12 lessons": a count with its noun. */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
