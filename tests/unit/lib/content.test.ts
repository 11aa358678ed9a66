import { describe, expect, it } from 'vitest';
import {
  buildCourse,
  checkLessonFrontmatter,
  checkLessons,
  countOf,
  extractFrontmatter,
  formatDiagnostic,
  formatDuration,
  type LessonEntry,
} from '../../../src/lib/content/index.ts';

const valid = `---
title: The sidecar pattern
description: What a sidecar container is and why it shares the pod's network and lifecycle.
module:
  id: foundations
  title: Foundations
  order: 1
order: 1
duration: 25
objectives:
  - Describe what a sidecar container is.
updated: 2026-11-25
---

# Body
`;

function lesson(id: string, fields: Record<string, string> = {}): { id: string; file: string; source: string } {
  const f = {
    module: 'foundations',
    moduleTitle: 'Foundations',
    moduleOrder: '1',
    order: '1',
    prerequisites: '[]',
    ...fields,
  };
  const source = `---
title: Lesson ${id}
description: A lesson used in tests, long enough to pass the description rule.
module:
  id: ${f.module}
  title: ${f.moduleTitle}
  order: ${f.moduleOrder}
order: ${f.order}
duration: 10
objectives:
  - Do something measurable here.
prerequisites: ${f.prerequisites}
updated: 2026-01-02
---
`;
  return { id, file: `content/lessons/${id}.mdx`, source };
}

describe('extractFrontmatter', () => {
  it('finds the block between the first two --- lines', () => {
    expect(extractFrontmatter(valid)?.yaml).toContain('title: The sidecar pattern');
    expect(extractFrontmatter('# no frontmatter')).toBeUndefined();
  });
});

describe('checkLessonFrontmatter', () => {
  it('accepts a complete lesson and applies defaults', () => {
    const { data, diagnostics } = checkLessonFrontmatter('a.mdx', valid);
    expect(diagnostics).toEqual([]);
    expect(data?.draft).toBe(false);
    expect(data?.prerequisites).toEqual([]);
    expect(data?.updated.toISOString()).toBe('2026-11-25T00:00:00.000Z');
  });

  it('reports a missing frontmatter at line 1', () => {
    const { diagnostics } = checkLessonFrontmatter('a.mdx', '# Title\n');
    expect(diagnostics).toMatchObject([{ code: 'frontmatter-missing', line: 1, column: 1 }]);
  });

  it('names the file, line and field of a wrong type', () => {
    const source = valid.replace('duration: 25', 'duration: "long"');
    const { diagnostics } = checkLessonFrontmatter('content/lessons/a.mdx', source);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ code: 'frontmatter-field', field: 'duration', line: 9, column: 1 });
    expect(formatDiagnostic(diagnostics[0]!)).toMatch(/^content\/lessons\/a\.mdx:9:1 duration: expected number/);
  });

  it('points a nested field at its own line', () => {
    const source = valid.replace('  title: Foundations', '  title: 42');
    const { diagnostics } = checkLessonFrontmatter('a.mdx', source);
    expect(diagnostics[0]).toMatchObject({ field: 'module.title', line: 6, column: 3 });
  });

  it('points a missing field at the object that should hold it', () => {
    const source = valid.replace('  order: 1\norder: 1', 'order: 1');
    const { diagnostics } = checkLessonFrontmatter('a.mdx', source);
    expect(diagnostics[0]).toMatchObject({ field: 'module.order', message: 'is required', line: 4 });
  });

  it('suggests the known field for an unknown one', () => {
    const source = valid.replace('duration: 25', 'duration: 25\nobjective: oops');
    const { diagnostics } = checkLessonFrontmatter('a.mdx', source);
    expect(diagnostics).toMatchObject([{ code: 'frontmatter-unknown-field', field: 'objective', line: 10 }]);
    expect(diagnostics[0]?.message).toBe('unknown field; did you mean "objectives"?');
  });

  it('reports YAML syntax errors with their line', () => {
    const source = valid.replace('duration: 25', 'duration: [25');
    const { diagnostics } = checkLessonFrontmatter('a.mdx', source);
    expect(diagnostics[0]?.code).toBe('frontmatter-yaml');
    expect(diagnostics[0]?.line).toBeGreaterThanOrEqual(9);
  });

  it('rejects impossible dates and bad slugs', () => {
    const source = valid.replace('updated: 2026-11-25', 'updated: 2026-13-40').replace('id: foundations', 'id: Foundations!');
    const fields = checkLessonFrontmatter('a.mdx', source).diagnostics.map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(['updated', 'module.id']));
  });

  it('reports duplicate keys instead of keeping the last one', () => {
    const source = valid.replace('duration: 25', 'duration: 25\nduration: 30');
    expect(checkLessonFrontmatter('a.mdx', source).diagnostics[0]?.code).toBe('frontmatter-yaml');
  });
});

describe('buildCourse', () => {
  const entry = (id: string, moduleOrder: number, order: number, moduleId = `m${moduleOrder}`): LessonEntry => ({
    id,
    file: `${id}.mdx`,
    data: {
      title: id,
      description: 'x'.repeat(40),
      module: { id: moduleId, title: `Module ${moduleOrder}`, order: moduleOrder },
      order,
      duration: 10,
      objectives: ['Do the thing well enough.'],
      prerequisites: [],
      updated: new Date(0),
      draft: false,
    },
  });

  it('orders modules and lessons from the frontmatter, not file names', () => {
    const { course, problems } = buildCourse([entry('c', 2, 1), entry('a', 1, 2), entry('b', 1, 1)]);
    expect(problems).toEqual([]);
    expect(course.lessons.map((l) => l.id)).toEqual(['b', 'a', 'c']);
    expect(course.modules.map((m) => m.lessons.map((l) => l.id))).toEqual([['b', 'a'], ['c']]);
    expect(course.lessons[1]).toMatchObject({ number: 2, prev: 'b', next: 'c' });
    expect(course.duration).toBe(30);
    expect(course.modules[0]?.duration).toBe(20);
  });

  it('reports two lessons in one place', () => {
    const { problems } = buildCourse([entry('a', 1, 1), entry('b', 1, 1)]);
    expect(problems).toMatchObject([{ code: 'duplicate-order', file: 'b.mdx' }]);
  });

  it('reports one module id with two titles', () => {
    const other = entry('b', 1, 2);
    other.data.module.title = 'Another title';
    const { problems } = buildCourse([entry('a', 1, 1), other]);
    expect(problems).toMatchObject([{ code: 'module-mismatch', file: 'b.mdx', field: ['module'] }]);
  });

  it('reports two modules sharing an order', () => {
    const { problems } = buildCourse([entry('a', 1, 1, 'one'), entry('b', 1, 1, 'two')]);
    expect(problems.map((p) => p.code)).toContain('module-order-taken');
  });

  it('checks prerequisites exist and come first', () => {
    const later = entry('a', 1, 1);
    later.data.prerequisites = ['b', 'ghost', 'a'];
    const { problems } = buildCourse([later, entry('b', 1, 2)]);
    expect(problems.map((p) => [p.code, p.field])).toEqual([
      ['prerequisite-after', ['prerequisites', 0]],
      ['unknown-prerequisite', ['prerequisites', 1]],
      ['self-prerequisite', ['prerequisites', 2]],
    ]);
  });
});

describe('checkLessons', () => {
  it('locates problems that span lessons in the right file and line', () => {
    const { diagnostics } = checkLessons([lesson('a'), lesson('b', { prerequisites: '[a, nope]', order: '2' })]);
    expect(diagnostics).toMatchObject([
      { code: 'unknown-prerequisite', file: 'content/lessons/b.mdx', field: 'prerequisites[1]', line: 12 },
    ]);
  });

  it('builds the course from the valid lessons even when others fail', () => {
    const broken = lesson('b', { order: 'two' });
    const { course, diagnostics } = checkLessons([lesson('a'), broken]);
    expect(course.lessons.map((l) => l.id)).toEqual(['a']);
    expect(diagnostics).toMatchObject([{ file: 'content/lessons/b.mdx', field: 'order', line: 8 }]);
  });
});

describe('formatDuration', () => {
  it('writes minutes and hours for people', () => {
    expect(formatDuration(25)).toBe('25 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(95)).toBe('1 h 35 min');
  });
});

describe('countOf', () => {
  it('uses the singular for one', () => {
    expect(countOf(1, 'module')).toBe('1 module');
    expect(countOf(12, 'lesson')).toBe('12 lessons');
  });
});
