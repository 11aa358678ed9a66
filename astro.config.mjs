// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { createCodeBlockRenderer } from './src/markdown/code-cache.ts';
import { lessonPlugin } from './src/markdown/plugins.ts';
import { createDiagramService } from './src/node/diagram-cache.ts';
import { sidecarAcademy } from './src/node/integration.ts';
import { readGlossary } from './src/node/glossary-file.ts';
import { termMatchers } from './src/lib/content/glossary.ts';

// Hosting: SITE_URL is the public origin, BASE_PATH the sub-path the site lives under ("/academy/").
const site = process.env.SITE_URL ?? 'http://127.0.0.1:4321';
const base = process.env.BASE_PATH ?? '/';
const lessonsDir = process.env.LESSONS_DIR ?? './content/lessons';
// Each lessons folder keeps its own content-layer store, so test builds never mix with the real one.
const cacheDir = process.env.LESSONS_DIR
  ? `./node_modules/.astro/lessons-${Buffer.from(process.env.LESSONS_DIR).toString('base64url').slice(-24)}`
  : './node_modules/.astro';
const diagrams = createDiagramService();
const codeBlocks = createCodeBlockRenderer(lessonsDir);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir,
  devToolbar: { enabled: false },
  markdown: {
    // Code blocks are highlighted by our own plugin (Shiki, class-based output for the CSP).
    syntaxHighlight: false,
    processor: satteri({
      hastPlugins: [
        lessonPlugin({ diagrams, codeBlocks, base, siteUrl: new URL(base, site).href, glossary: termMatchers(readGlossary().entries) }),
      ],
    }),
  },
  // Ours first: its Vite plugin must rewrite Hugo shortcodes before the MDX plugin reads a lesson.
  integrations: [sidecarAcademy({ diagrams, codeBlocks, lessonsDir }), mdx({ optimize: true })],
  build: { inlineStylesheets: 'auto' },
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry this directive; the bundler's note about it is noise, once per lesson.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly: allowed to compile, while script-src stays hash-only otherwise.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
