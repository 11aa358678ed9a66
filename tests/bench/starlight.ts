/**
 * The reference for build speed: a Starlight site with the same generated pages, installed from
 * the npm registry into node_modules/.cache (never part of the project) and built with our Node.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The Starlight release we compare against. */
export const STARLIGHT_VERSION = '0.42.4';

/** Creates (once) a Starlight project in `dir` on the same Astro version as ours. */
export function prepareStarlight(dir: string): void {
  const astroVersion = (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }).version;
  mkdirSync(join(dir, 'src'), { recursive: true });
  const manifest = JSON.stringify({
    name: 'starlight-bench',
    private: true,
    type: 'module',
    dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT_VERSION, '@astrojs/markdown-remark': '^7.3.0', sharp: '^0.34.0' },
  });
  const manifestPath = join(dir, 'package.json');
  const changed = !existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifest;
  writeFileSync(manifestPath, manifest);
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ integrations: [starlight({ title: 'Bench', pagefind: process.env.PAGEFIND !== '0' })] });\n`,
  );
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  if (changed || !existsSync(join(dir, 'node_modules/@astrojs/starlight'))) {
    console.log(`installing Starlight ${STARLIGHT_VERSION} into ${dir} (once)`);
    const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
    if (install.status !== 0) throw new Error('npm install of Starlight failed (is the npm registry reachable?)');
  }
}

/** Builds the Starlight site once; returns seconds and the build log. */
export function buildStarlight(dir: string, pagefind: boolean): { seconds: number; log: string } {
  const started = performance.now();
  const run = spawnSync(process.execPath, [resolve(dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', PAGEFIND: pagefind ? '1' : '0' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`Starlight build failed:\n${run.stderr.slice(-2000)}`);
  return { seconds: (performance.now() - started) / 1000, log: run.stdout };
}
