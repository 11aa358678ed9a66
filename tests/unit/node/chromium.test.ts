import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the resolver in a fresh process (it memoises) with this environment. */
function resolve(env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const script = "import { resolveChromium } from './src/node/chromium.ts'; console.log(await resolveChromium());";
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

describe('resolveChromium', () => {
  it('takes $CHROMIUM_PATH first when it is an executable', () => {
    expect(resolve({ CHROMIUM_PATH: process.execPath })).toMatchObject({ status: 0, stdout: process.execPath });
  });

  it('refuses a $CHROMIUM_PATH that is not an executable, saying which', () => {
    const { status, stderr } = resolve({ CHROMIUM_PATH: '/nonexistent/chrome' });
    expect(status).not.toBe(0);
    expect(stderr).toContain('CHROMIUM_PATH=/nonexistent/chrome is not an executable file');
  });

  // Where no Chromium is installed yet, the build installs it later; this test would only measure apt.
  it.skipIf(!existsSync('/usr/bin/chromium'))('finds the system browser without being told', () => {
    const { status, stdout } = resolve({ CHROMIUM_PATH: '', CHROMIUM_NO_INSTALL: '1' });
    expect(status).toBe(0);
    expect(stdout).toMatch(/chrom/i);
  });
});
