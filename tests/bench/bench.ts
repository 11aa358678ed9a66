/**
 * `npm run bench`: measures what the budgets are about and writes tests/bench/report.md and .json.
 * Build times (cold, warm, a 200-lesson course against Starlight on the same machine), the bytes of
 * every page, and Lighthouse mobile scores. A benchmark, not a test: it reports, it does not fail.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumVersion, resolveChromium } from '../../src/node/chromium.ts';
import { startServer } from '../../src/node/serve.ts';
import { lighthouseScores, type LighthouseResult } from './lighthouse.ts';
import { weighSite, type PageWeight } from './page-weight.ts';
import { offlineStore, type OfflineStore } from './offline.ts';
import { formatReport } from './report.ts';
import { benchValidator, type ValidatorBench } from './validator.ts';
import { bundleSize, embedSizes, type EmbedSizes } from './widget-size.ts';
import { benchPlayground, type PlaygroundBench } from './playground.ts';
import { buildStarlight, prepareStarlight, STARLIGHT_VERSION } from './starlight.ts';
import { writeOurLessons, writeStarlightPages } from './synthetic.ts';
import { buildPhases, type BuildPhases } from './phases.ts';

const OUT = 'tests/.output/bench';
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const SYNTHETIC_LESSONS = 200;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Runs `astro build` for our site with extra environment; returns seconds and the build log. */
function buildOurs(env: Record<string, string>): { seconds: number; log: string } {
  const started = performance.now();
  const run = spawnSync('astro', ['build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
  return { seconds: (performance.now() - started) / 1000, log: run.stdout };
}

function log(message: string): void {
  console.log(`[bench] ${message}`);
}

/** Everything the report holds. */
export interface BenchReport {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; chromium: string };
  builds: {
    coldSeconds: number;
    coldLog: string;
    warmSeconds: number[];
    synthetic: {
      lessons: number;
      oursSeconds: number[];
      oursNoCodeCacheSeconds: number[];
      starlightSeconds: number[];
      starlightNoPagefindSeconds: number[];
      starlightVersion: string;
      /** Phase by phase, each run, from the build logs. */
      oursPhases: BuildPhases[];
      starlightPhases: BuildPhases[];
    };
  };
  pages: PageWeight[];
  lighthouse: Record<string, LighthouseResult>;
  quizWidget: { raw: number; gzip: number };
  embeds: EmbedSizes;
  playground: PlaygroundBench;
  validator: ValidatorBench;
  offline: OfflineStore;
  median: (values: number[]) => number;
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(`${OUT}/empty`, { recursive: true });
/** A fresh empty cache directory, inside OUT so the next run's cleanup removes it (not left in /tmp). */
const emptyDir = (prefix: string): string => mkdtempSync(join(`${OUT}/empty`, prefix));
const chromium = chromiumVersion(await resolveChromium());

log('cold build: no diagram cache, no Astro cache');
rmSync('node_modules/.astro', { recursive: true, force: true });
const cold = buildOurs({
  OUT_DIR: `${OUT}/site-cold`,
  DIAGRAM_CACHE_DIR: emptyDir('diagrams-'),
  BUILD_CACHE_DIR: emptyDir('build-cache-'),
});
const coldLog = /diagrams: .*/.exec(cold.log)?.[0] ?? '';

const warm: number[] = [];
for (let i = 0; i < RUNS; i++) {
  log(`warm build ${i + 1}/${RUNS}`);
  warm.push(buildOurs({ OUT_DIR: `${OUT}/site` }).seconds);
}

log(`synthetic course: ${SYNTHETIC_LESSONS} lessons, ours and Starlight ${STARLIGHT_VERSION}`);
const lessonsDir = `${OUT}/lessons-${SYNTHETIC_LESSONS}`;
writeOurLessons(lessonsDir, SYNTHETIC_LESSONS);
const syntheticEnv = { LESSONS_DIR: lessonsDir, OUT_DIR: `${OUT}/synthetic-site`, DIAGRAM_CACHE_DIR: `${OUT}/synthetic-diagrams` };
buildOurs(syntheticEnv); // fills the diagram cache and Astro's cache: the timed runs compare warm with warm
const starlightDir = 'node_modules/.cache/sidecar-bench/starlight';
prepareStarlight(starlightDir);
writeStarlightPages(`${starlightDir}/src/content/docs`, SYNTHETIC_LESSONS);
buildStarlight(starlightDir, true);
const ours: number[] = [];
const oursNoCodeCache: number[] = [];
const starlight: number[] = [];
const starlightBare: number[] = [];
const oursPhases: BuildPhases[] = [];
const starlightPhases: BuildPhases[] = [];
for (let i = 0; i < RUNS; i++) {
  log(`200-lesson builds, round ${i + 1}/${RUNS}`);
  const oursRun = buildOurs(syntheticEnv);
  ours.push(oursRun.seconds);
  oursPhases.push(buildPhases(oursRun.log));
  oursNoCodeCache.push(buildOurs({ ...syntheticEnv, BUILD_CACHE_DIR: emptyDir('build-cache-') }).seconds);
  const starlightRun = buildStarlight(starlightDir, true);
  starlight.push(starlightRun.seconds);
  starlightPhases.push(buildPhases(starlightRun.log));
  starlightBare.push(buildStarlight(starlightDir, false).seconds);
}

log('quiz widget size, validator speed');
const quizWidget = await bundleSize('src/elements/quiz-widget.ts');
const validator = benchValidator();

log('page weights, embeds');
const pages = weighSite(`${OUT}/site`);
const embeds = embedSizes(`${OUT}/site`);
const offline = offlineStore(`${OUT}/site`);

log('playground: bytes, latency after the debounce, typing on 5,000 lines');
const playground = await benchPlayground(`${OUT}/site`);

log('Lighthouse (mobile), 3 runs per page');
const server = await startServer({ dir: `${OUT}/site`, port: 0 });
const lighthouse: Record<string, LighthouseResult> = {};
try {
  lighthouse['/'] = await lighthouseScores(server.url);
  lighthouse['/lessons/sidecar-pattern/'] = await lighthouseScores(`${server.url}lessons/sidecar-pattern/`);
} finally {
  await server.close();
}

const report: BenchReport = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  },
  builds: {
    coldSeconds: cold.seconds,
    coldLog,
    warmSeconds: warm,
    synthetic: {
      lessons: SYNTHETIC_LESSONS,
      oursSeconds: ours,
      oursNoCodeCacheSeconds: oursNoCodeCache,
      starlightSeconds: starlight,
      starlightNoPagefindSeconds: starlightBare,
      starlightVersion: STARLIGHT_VERSION,
      oursPhases,
      starlightPhases,
    },
  },
  pages,
  lighthouse,
  quizWidget,
  embeds,
  playground,
  validator,
  offline,
  median,
};
const { median: _, ...data } = report;
writeFileSync('tests/bench/report.json', `${JSON.stringify(data, null, 2)}\n`);
const markdown = formatReport(report);
writeFileSync('tests/bench/report.md', markdown);
console.log(`\n${markdown}`);
