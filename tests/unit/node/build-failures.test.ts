/**
 * The build refuses bad content with the file, the line and what to fix. These run a real
 * `astro build` on a throw-away lessons folder, so they take a few seconds each.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const good = readFileSync('content/lessons/sidecar-pattern.mdx', 'utf8');
const lineOf = (text: string, needle: string): number => text.split('\n').findIndex((line) => line.startsWith(needle)) + 1;

function build(lessons: Record<string, string>): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lessons-'));
  for (const [name, text] of Object.entries(lessons)) writeFileSync(join(dir, name), text);
  const run = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: {
      ...process.env,
      LESSONS_DIR: dir,
      OUT_DIR: mkdtempSync(join(tmpdir(), 'out-')),
      DIAGRAM_CACHE_DIR: mkdtempSync(join(tmpdir(), 'cache-')),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
    timeout: 120_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('astro build on bad content', () => {
  it('fails on a wrong frontmatter field, naming the file, line and field', () => {
    const { status, output } = build({ 'a.mdx': good.replace('duration: 25', 'duration: soon') });
    expect(status).not.toBe(0);
    expect(output).toContain(`a.mdx:${lineOf(good, 'duration:')}:1 duration: expected number`);
  });

  it('fails on a prerequisite that does not exist', () => {
    const { status, output } = build({
      'a.mdx': good.replace('updated: 2026-11-25', 'prerequisites: [kubernetes-101]\nupdated: 2026-11-25'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`a.mdx:${lineOf(good, 'updated:')}:17 prerequisites[0]: no lesson "kubernetes-101" exists`);
  });

  it('fails on a Mermaid syntax error at the line of the mistake', () => {
    const lesson = good.split('\n');
    const body = lesson.findIndex((line) => line === '## Key takeaways');
    lesson.splice(
      body,
      0,
      '```mermaid',
      'flowchart LR',
      '  accTitle: Broken',
      '  accDescr: A diagram with a mistake',
      '  A --> B',
      '  B -->> C',
      '```',
      '',
    );
    const { status, output } = build({ 'a.mdx': lesson.join('\n') });
    expect(status).not.toBe(0);
    // The fence opens at body + 1; the bad edge is the 5th line of the diagram.
    expect(output).toContain(`a.mdx:${body + 1 + 5}:1 Mermaid: Parse error on line 5`);
  });

  it('fails on a diagram without an accessible title', () => {
    const { status, output } = build({ 'a.mdx': good.replace('  accTitle: Inside a pod with a sidecar\n', '') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/a\.mdx:\d+:1 add an `accTitle: \.\.\.` line/);
  });

  it('fails on an unknown code fence option', () => {
    const { status, output } = build({ 'a.mdx': good.replace('```yaml title="orders-pod.yaml"', '```yaml titel="orders-pod.yaml"') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/a\.mdx:\d+:1 unknown option "titel"; did you mean "title"\?/);
  });
});
