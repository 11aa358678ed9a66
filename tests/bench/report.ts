/** Formats the bench report as Markdown, with each figure beside its goal. */
import type { BenchReport } from './bench.ts';
import type { BuildPhases } from './phases.ts';

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const s = (seconds: number): string => seconds.toFixed(1);

/** The Markdown report. */
export function formatReport(r: BenchReport): string {
  const m = r.median;
  const syn = r.builds.synthetic;
  const lessonPages = r.pages.filter((p) => p.page.startsWith('/lessons/'));
  const maxLessonJs = Math.max(...lessonPages.map((p) => p.js.gzip));
  const oursMedian = m(syn.oursSeconds);
  const starMedian = m(syn.starlightSeconds);
  const lines = [
    '# Bench report',
    '',
    `Measured ${r.date.slice(0, 16).replace('T', ' ')} UTC on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}, ${r.machine.chromium}. Medians of ${syn.oursSeconds.length} runs; every run is listed.`,
    '',
    '## Goals',
    '',
    '| Goal | Measured | Met |',
    '| --- | --- | --- |',
    `| Lesson pages ≤ 10 KB gzip of JavaScript | ${kb(maxLessonJs)} KB (largest lesson page) | ${maxLessonJs <= 10 * 1024 ? 'yes' : 'no'} |`,
    ...Object.entries(r.lighthouse).map(([page, l]) => {
      const all = [l.performance, l.accessibility, l.bestPractices, l.seo];
      return `| Lighthouse mobile 100 ×4 on ${page} | ${all.join(' / ')} | ${all.every((v) => v === 100) ? 'yes' : 'no'} |`;
    }),
    `| ${syn.lessons}-lesson build no slower than Starlight ${syn.starlightVersion} | ${s(oursMedian)} s vs ${s(starMedian)} s | ${oursMedian <= starMedian ? 'yes' : 'no'} |`,
    `| Quiz widget ≤ 12 KB gzip of JavaScript | ${kb(r.quizWidget.gzip)} KB (${kb(r.quizWidget.raw)} KB minified) | ${r.quizWidget.gzip <= 12 * 1024 ? 'yes' : 'no'} |`,
    `| embed.js ≤ 2 KB gzip | ${kb(r.embeds.hostScript.gzip)} KB | ${r.embeds.hostScript.gzip <= 2 * 1024 ? 'yes' : 'no'} |`,
    `| Embed page ≤ 15 KB gzip of JavaScript | ${kb(r.embeds.embedPageScript.gzip)} KB (inline, ${kb(r.embeds.embedPageScript.raw)} KB raw) | ${r.embeds.embedPageScript.gzip <= 15 * 1024 ? 'yes' : 'no'} |`,
    `| Playground up-front JavaScript ≤ 150 KB gzip | ${kb(r.playground.upFrontGzip)} KB (worker ${kb(r.playground.workerGzip)} KB, Mermaid on demand ${kb(r.playground.graphGzip)} KB) | ${r.playground.upFrontGzip <= 150 * 1024 ? 'yes' : 'no'} |`,
    `| Playground: request to findings on screen ≤ 50 ms, ${r.playground.latency200.lines}-line input | ${r.playground.latency200.median.toFixed(1)} ms median | ${r.playground.latency200.median <= 50 ? 'yes' : 'no'} |`,
    `| Validator ≤ 100 ms on ${r.validator.lines.toLocaleString('en')} lines (${r.validator.resources} resources), Node | ${r.validator.ours.median.toFixed(1)} ms median | ${r.validator.ours.median <= 100 ? 'yes' : 'no'} |`,
    '',
    '## Build time',
    '',
    '| Build | Median (s) | Runs (s) |',
    '| --- | --- | --- |',
    `| This site, cold (no diagram cache, no Astro cache; ${r.builds.coldLog}) | ${s(r.builds.coldSeconds)} | ${s(r.builds.coldSeconds)} |`,
    `| This site, diagram cache warm | ${s(m(r.builds.warmSeconds))} | ${r.builds.warmSeconds.map(s).join(', ')} |`,
    `| Synthetic course, ${syn.lessons} lessons (ours, caches warm) | ${s(oursMedian)} | ${syn.oursSeconds.map(s).join(', ')} |`,
    `| Same, with an empty code-block cache (every block highlighted) | ${s(m(syn.oursNoCodeCacheSeconds))} | ${syn.oursNoCodeCacheSeconds.map(s).join(', ')} |`,
    `| Same pages in Starlight ${syn.starlightVersion} (default, with Pagefind) | ${s(starMedian)} | ${syn.starlightSeconds.map(s).join(', ')} |`,
    `| Same pages in Starlight ${syn.starlightVersion} (Pagefind off) | ${s(m(syn.starlightNoPagefindSeconds))} | ${syn.starlightNoPagefindSeconds.map(s).join(', ')} |`,
    '',
    `Where the time goes in the ${syn.lessons}-lesson builds (medians, seconds, from the build logs): our site also writes the playground's rule pages, handouts, slides and embeds, and bundles the playground's editor and worker for the browser.`,
    '',
    '| Phase | Ours | Starlight |',
    '| --- | --- | --- |',
    ...(
      [
        ['Pages written', 'pages'],
        ['Content sync', 'contentSync'],
        ['Server bundle (MDX compiled, page code)', 'serverBundle'],
        ['Browser bundle', 'clientBundle'],
        ['Rendering pages', 'render'],
        ['Search index (Pagefind)', 'search'],
      ] as const
    ).map(([label, key]) => {
      const cell = (runs: BuildPhases[]): string => {
        const value = m(runs.map((p) => p[key]));
        return key === 'pages' ? String(value) : value.toFixed(2);
      };
      return `| ${label} | ${cell(syn.oursPhases)} | ${cell(syn.starlightPhases)} |`;
    }),
    '',
    'Times are wall-clock for the whole `astro build` process, Node start-up included. Our synthetic lessons carry one Mermaid diagram each (four distinct ones, cached); in Starlight the same fences stay code blocks. "Caches warm" means the committed diagram cache and the code-block cache in node_modules/.cache that any second build has; Starlight runs with its own caches warm too.',
    '',
    '## Validator speed',
    '',
    `The same generated input (${r.validator.lines.toLocaleString('en')} lines, ${r.validator.resources} documents of ${r.validator.kinds.length} kinds: ${r.validator.kinds.join(', ')}; kubernetes-models has no Linkerd kinds and skips them) validated in this Node process, YAML parsing included, ${r.validator.ours.runs.length} timed runs after 3 warm-ups.`,
    '',
    '| Validator | Median (ms) | Runs (ms) | Result |',
    '| --- | --- | --- | --- |',
    `| Ours (every check: schemas, cross-document, Istio, Linkerd) | ${r.validator.ours.median.toFixed(1)} | ${r.validator.ours.runs.map((v) => v.toFixed(0)).join(', ')} | ${r.validator.ours.diagnostics} diagnostics |`,
    `| kubernetes-models + @kubernetes-models/istio (precompiled Ajv, schema only) | ${r.validator.kubernetesModels.median.toFixed(1)} | ${r.validator.kubernetesModels.runs.map((v) => v.toFixed(0)).join(', ')} | ${r.validator.kubernetesModels.failures} documents rejected |`,
    '',
    '## Playground',
    '',
    `Measured in Chromium against the built site, bytes as served (gzip). Up front: the page's scripts (CodeMirror and the UI); the worker (validator, injection preview, traffic graph) loads next; Mermaid only when the graph is first shown.`,
    '',
    `- Request to findings on screen (the 250 ms debounce over; worker analysis, injection preview, graph model and rendering), ${r.playground.latency200.lines}-line input, ${r.playground.latency200.runs.length} edits: median ${r.playground.latency200.median.toFixed(1)} ms; runs ${r.playground.latency200.runs.map((v) => v.toFixed(0)).join(', ')} ms.`,
    `- Typing on a ${r.playground.typing5000.lines.toLocaleString('en')}-line input (${r.playground.typing5000.keystrokes} keystrokes): slowest key-event handler ${r.playground.typing5000.worstHandlerMs.toFixed(1)} ms; ${r.playground.typing5000.longTasks} task(s) over 50 ms meanwhile, the longest ${r.playground.typing5000.worstLongTaskMs.toFixed(0)} ms (CodeMirror's incremental parsing in idle time and the update after the debounce).`,
    '',
    '## Lighthouse (mobile, simulated throttling)',
    '',
    '| Page | Performance | Accessibility | Best practices | SEO | FCP (ms) | LCP (ms) | TBT (ms) | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...Object.entries(r.lighthouse).map(([page, l]) => `| ${page} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.fcpMs} | ${l.lcpMs} | ${l.tbtMs} | ${l.cls} |`),
    '',
    '## Page weight',
    '',
    'Everything a page loads up front: its HTML, its stylesheets (linked and inline), and its scripts with every module they import statically. One page stands for each family of generated pages (rule pages, presenter, handout and embed pages).',
    '',
    '| Page | HTML raw / gzip (KB) | CSS raw / gzip (KB) | JS raw / gzip (KB) | JS files |',
    '| --- | --- | --- | --- | --- |',
    ...r.pages.filter((p) => !/^\/(?:playground\/rules\/(?!IST0101)[A-Z]|present\/(?!sidecar-pattern)|handout\/(?!sidecar-pattern)|embed\/quiz\/(?!sidecar-pattern))/.test(p.page)).map((p) => `| ${p.page} | ${kb(p.html.raw)} / ${kb(p.html.gzip)} | ${kb(p.css.raw)} / ${kb(p.css.gzip)} | ${kb(p.js.raw)} / ${kb(p.js.gzip)} | ${p.jsFiles.length} |`),
    '',
    `Reference from shared/FACTS.md: a Starlight 0.42 lesson page ships 8.2 KB gzip of JavaScript, 16.2 KB of CSS and 14.3 KB of HTML.`,
    '',
    '## Offline store',
    '',
    `What the service worker downloads in the background when it first installs (course pages, built scripts and styles, playground examples, the search index): ${r.offline.files} files, ${kb(r.offline.raw)} KB raw, ${kb(r.offline.brotli)} KB as sent (text brotli-compressed; Pagefind's files are compressed already). Readers with data saver on skip it and keep only what they visit.`,
    '',
  ];
  return lines.join('\n');
}
