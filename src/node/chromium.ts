/**
 * Finds a Chromium for Playwright on machines where Playwright cannot download its own browser.
 * Order: $CHROMIUM_PATH, a browser Playwright installed, /usr/bin/chromium, then (Debian or
 * Ubuntu, as root) `apt-get install chromium`; otherwise a message saying what to install.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';

/** Flags every headless launch uses: no sandbox (we run as root in CI), and no calls home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function isExecutable(path: string | undefined): path is string {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function playwrightBrowser(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return isExecutable(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function isDebianLike(): boolean {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

function installWithApt(): void {
  console.error('[chromium] no Chromium found: installing Debian package "chromium" with apt-get');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'inherit', 'inherit'], env });
    if (run.status !== 0) throw new Error(`[chromium] apt-get ${args.join(' ')} failed (exit ${run.status})`);
  }
}

let resolved: Promise<string> | undefined;

/** Path of a usable Chromium, installing Debian's package when that is the only way; memoised. */
export function resolveChromium(): Promise<string> {
  resolved ??= (async () => {
    const fromEnv = process.env['CHROMIUM_PATH'];
    if (fromEnv) {
      if (isExecutable(fromEnv)) return fromEnv;
      throw new Error(`[chromium] CHROMIUM_PATH=${fromEnv} is not an executable file`);
    }
    const fromPlaywright = await playwrightBrowser();
    if (fromPlaywright) return fromPlaywright;
    if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
    const root = process.getuid?.() === 0;
    if (root && isDebianLike() && process.env['CHROMIUM_NO_INSTALL'] !== '1') {
      installWithApt();
      if (isExecutable(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
    }
    throw new Error(
      '[chromium] No Chromium found. Install one and try again: on Debian or Ubuntu ' +
        '`sudo apt-get install chromium`; elsewhere install Chromium or Chrome and set ' +
        'CHROMIUM_PATH=/path/to/chrome.',
    );
  })();
  return resolved;
}

/** The browser's version string, for reports ("Chromium 156.0..."). */
export function chromiumVersion(path: string): string {
  return execFileSync(path, ['--version'], { encoding: 'utf8' }).trim();
}

// Lets `node src/node/chromium.ts` be the CI step that makes sure a browser is there.
if (import.meta.main) {
  const path = await resolveChromium();
  console.log(`${path} (${chromiumVersion(path)})`);
}
