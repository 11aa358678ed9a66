/**
 * Builds the two sites the end-to-end tests use: the real course under the sub-path /academy/
 * (so every link is proven to respect `base`), and a small fixture course for navigation tests.
 */
import { spawnSync } from 'node:child_process';
import { FIXTURE_BASE, FIXTURE_DIR, FIXTURE_PORT, TEST_BASE, TEST_PORT } from './e2e/site.ts';

const builds: { name: string; env: Record<string, string> }[] = [
  { name: 'course', env: { BASE_PATH: TEST_BASE, SITE_URL: `http://127.0.0.1:${TEST_PORT}` } },
  {
    name: 'fixture course',
    env: {
      BASE_PATH: FIXTURE_BASE,
      SITE_URL: `http://127.0.0.1:${FIXTURE_PORT}`,
      LESSONS_DIR: 'tests/fixtures/lessons',
      QUIZZES_DIR: 'tests/fixtures/quiz-collection',
      OUT_DIR: FIXTURE_DIR,
      DIAGRAM_CACHE_DIR: 'tests/fixtures/diagram-cache',
    },
  },
];

for (const { name, env } of builds) {
  console.log(
    `\n▶ building the ${name} (${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')})`,
  );
  const run = spawnSync('astro', ['build'], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
