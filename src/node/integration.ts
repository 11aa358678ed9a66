/**
 * The Astro integration that ties the build together: it checks every lesson's frontmatter with
 * positions before Astro starts, inlines the no-flash theme script (hashed into the CSP), serves
 * the generated code-theme stylesheet, and closes the diagram browser when the build ends.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLessons, ContentError } from '../lib/content/index.ts';
import { themeInitScript } from '../lib/site/index.ts';
import type { CodeBlockRenderer } from '../markdown/code-cache.ts';
import { codeThemeStylesheet } from '../markdown/highlighter.ts';
import { hugoShortcodes } from '../markdown/quiz-fence.ts';
import { staleCacheFiles, type DiagramService } from './diagram-cache.ts';
import { buildEmbedScript, finishEmbeds } from './embed-build.ts';
import { writeOfflineWorker } from './offline-build.ts';
import { buildSearchIndex } from './search-index.ts';
import { copyMermaid, mermaidFile, readMermaidFile } from './vendor-mermaid.ts';
import { readLessonFiles } from './lesson-files.ts';

const CODE_THEME_ID = 'virtual:code-theme.css';

/** Options: the diagram service shared with the Markdown plugins, and where lessons live. */
export interface SidecarAcademyOptions {
  diagrams: DiagramService;
  codeBlocks: CodeBlockRenderer;
  lessonsDir: string;
}

/** The project's Astro integration. */
export function sidecarAcademy({ diagrams, codeBlocks, lessonsDir }: SidecarAcademyOptions): AstroIntegration {
  let base = '/';
  return {
    name: 'sidecar-academy',
    hooks: {
      'astro:config:setup': ({ command, config, injectScript, updateConfig, logger }) => {
        base = config.base;
        const { diagnostics } = checkLessons(readLessonFiles(lessonsDir));
        if (diagnostics.length > 0) {
          const error = new ContentError(diagnostics);
          if (command === 'build') throw error;
          logger.error(error.message);
        }
        injectScript('head-inline', themeInitScript());
        updateConfig({
          vite: {
            plugins: [
              hugoShortcodes(),
              {
                name: 'sidecar-academy:code-theme',
                resolveId: (id: string) => (id === CODE_THEME_ID ? `\0${CODE_THEME_ID}` : undefined),
                load: async (id: string) => (id === `\0${CODE_THEME_ID}` ? await codeThemeStylesheet() : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ logger, dir }) => {
        const since = (started: number): string => `${Math.round(performance.now() - started)} ms`;
        let started = performance.now();
        const packages = await finishEmbeds(fileURLToPath(dir), base);
        logger.info(`embeds: ${packages} quizzes packaged for embedding and SCORM (${since(started)})`);
        started = performance.now();
        const indexed = await buildSearchIndex(fileURLToPath(dir));
        logger.info(`search: ${indexed} pages indexed (${since(started)})`);
        started = performance.now();
        logger.info(`playground: ${copyMermaid(fileURLToPath(dir))} Mermaid modules copied for the traffic graph (${since(started)})`);
        started = performance.now();
        const offline = await writeOfflineWorker(fileURLToPath(dir), base);
        logger.info(`offline: service worker stores ${offline.urls.length} files at install (${since(started)})`);
        const { cached, rendered, renderMs } = diagrams.stats();
        logger.info(`diagrams: ${cached} from cache, ${rendered} rendered (${Math.round(renderMs)} ms)`);
        const blocks = codeBlocks.cache.stats();
        logger.info(`code blocks: ${blocks.hits} from cache, ${blocks.misses} highlighted`);
        codeBlocks.cache.save();
        const stale = staleCacheFiles(process.env['DIAGRAM_CACHE_DIR'] ?? 'content/diagram-cache', diagrams.used());
        if (stale.length > 0 && diagrams.used().size > 0) {
          logger.warn(`${stale.length} diagram cache file(s) no lesson uses any more; \`npm run diagrams:prune\` removes them`);
        }
        await diagrams.close();
      },
      'astro:server:setup': ({ server }) => {
        // In development, serve the host script straight from its source.
        server.middlewares.use((request, response, next) => {
          const mermaid = mermaidFile(request.url ?? '');
          if (mermaid) return void response.setHeader('content-type', 'text/javascript').end(readMermaidFile(mermaid));
          if (!request.url?.endsWith('/embed.js')) return next();
          buildEmbedScript().then((code) => response.setHeader('content-type', 'text/javascript').end(code), next);
        });
      },
      'astro:server:done': async () => {
        await diagrams.close();
      },
    },
  };
}
