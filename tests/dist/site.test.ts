/**
 * Checks on the built sites (run after `npm run build:test`): every internal link and anchor
 * resolves, and every page carries a Content-Security-Policy that its own markup satisfies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/lib/links/index.ts';
import { offlineManifest, WORKER } from '../../src/node/offline-build.ts';
import { FIXTURE_BASE, FIXTURE_DIR, TEST_BASE } from '../e2e/site.ts';
import { listFiles, readSite } from './read-site.ts';

const sites = [
  { name: 'course', dir: 'dist', base: TEST_BASE },
  { name: 'fixture course', dir: FIXTURE_DIR, base: FIXTURE_BASE },
];

/** Where each site's lessons are written. */
const LESSONS_DIRS: Record<string, string> = { course: 'content/lessons', 'fixture course': 'tests/fixtures/lessons' };

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

function directive(csp: string, name: string): string[] | undefined {
  const found = csp.split(';').map((d) => d.trim().split(/\s+/)).find((parts) => parts[0] === name);
  return found?.slice(1);
}

describe.each(sites)('the built $name', ({ name, dir, base }) => {
  if (!existsSync(`${dir}/index.html`)) throw new Error(`${dir} is not built: run \`npm run build:test\` first`);
  const pages = readSite(dir, base);
  const origin = 'http://127.0.0.1:9';

  it('has a home page, a 404 page and lesson pages', () => {
    const files = pages.map((p) => p.file);
    expect(files).toEqual(expect.arrayContaining([`${base}index.html`, `${base}404.html`]));
    expect(files.some((f) => f.startsWith(`${base}lessons/`))).toBe(true);
  });

  it('resolves every internal link and #anchor', () => {
    expect(checkLinks(pages, listFiles(dir, base), origin, base)).toEqual([]);
  });

  it('links nothing from another origin but the reading references in lesson text', () => {
    for (const page of pages) {
      const external = page.html.match(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(?:https?:)?\/\/[^"]*"/g) ?? [];
      // rel=canonical and the oEmbed discovery link (rel=alternate) name public URLs; neither is a request.
      expect(external.filter((tag) => !/rel="(?:canonical|alternate)"/.test(tag)), page.file).toEqual([]);
    }
  });

  it('sends a strict Content-Security-Policy with each page', () => {
    for (const page of pages) {
      expect(page.csp, page.file).toBeDefined();
      const csp = page.csp ?? '';
      const scripts = directive(csp, 'script-src') ?? [];
      const styles = directive(csp, 'style-src') ?? [];
      // Self-contained pages (embeds) fetch nothing at all: no 'self', only their own hashes.
      const selfContained = directive(csp, 'default-src')?.join(' ') === "'none'";
      if (!selfContained) expect(scripts, page.file).toContain("'self'");
      expect(scripts.length, page.file).toBeGreaterThan(0);
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
        expect(scripts, `${page.file} script-src`).not.toContain(unsafe);
        expect(styles, `${page.file} style-src`).not.toContain(unsafe);
      }
      expect([["'self'"], ["'none'"]]).toContainEqual(directive(csp, 'default-src'));
      if (selfContained) {
        expect(directive(csp, 'base-uri'), page.file).toEqual(["'none'"]);
      } else {
        expect(directive(csp, 'object-src'), page.file).toEqual(["'none'"]);
        expect(directive(csp, 'base-uri'), page.file).toEqual(["'self'"]);
      }
    }
  });

  it('hashes every inline script and style into the policy, and has no inline handlers or style attributes', () => {
    for (const page of pages) {
      const csp = page.csp ?? '';
      const scripts = directive(csp, 'script-src') ?? [];
      const styles = directive(csp, 'style-src') ?? [];
      for (const script of page.inlineScripts.filter((s) => s.type === '' || s.type === 'module' || s.type === 'text/javascript')) {
        expect(scripts, `${page.file}: inline script ${script.text.slice(0, 60)}`).toContain(hash(script.text));
      }
      for (const style of page.inlineStyles) expect(styles, `${page.file}: inline style`).toContain(hash(style));
      expect(page.styleAttributes, `${page.file}: style attributes`).toEqual([]);
      expect(page.eventHandlers, `${page.file}: inline event handlers`).toEqual([]);
    }
  });

  it('gives every page one h1, a title, a description and a language', () => {
    for (const page of pages) {
      // An embedded quiz is a part of its host's page: its heading is an h2, as in a lesson.
      if (!page.file.includes('/embed/quiz/')) expect(page.html.match(/<h1[\s>]/g), page.file).toHaveLength(1);
      expect(page.html, page.file).toMatch(/<html lang="en"/);
      expect(page.html, page.file).toMatch(/<title>[^<]+<\/title>/);
      expect(page.html, page.file).toMatch(/<meta name="description" content="[^"]{20,}"/);
    }
  });

  it('has a service worker that stores, at install, the current build’s course pages, assets and search index', () => {
    const manifest = offlineManifest(dir, base);
    const worker = readFileSync(`${dir}/${WORKER}`, 'utf8');
    // The worker carries this build's version, so browsers replace an older one.
    expect(worker).toContain(`version:"${manifest.version}"`);
    const files = listFiles(dir, base);
    for (const url of manifest.urls) {
      expect(worker, url).toContain(`"${url}"`);
      expect(files.has(url.endsWith('/') ? `${url}index.html` : url), `${url} is stored at install but not built`).toBe(true);
    }
    const lessons = pages.filter((p) => /\/lessons\/[^/]+\/index\.html$/.test(p.file));
    expect(lessons.length).toBeGreaterThan(0);
    for (const lesson of lessons) expect(manifest.urls).toContain(lesson.file.replace(/index\.html$/, ''));
    expect(manifest.urls).toContain(`${base}pagefind/pagefind.js`);
    expect(manifest.urls.filter((url) => url.includes('/pagefind/fragment/')).length).toBeGreaterThanOrEqual(lessons.length);
  });

  it('links each rule page to the lessons that name its code, and offers each lesson’s exercises in the playground', () => {
    const lessonsDir = LESSONS_DIRS[name] ?? '';
    const lessons = readdirSync(lessonsDir, { withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx') && !entry.name.startsWith('_'))
      .map((entry) => ({ id: entry.name.replace(/\.mdx$/, ''), source: readFileSync(join(lessonsDir, entry.name), 'utf8') }))
      .filter((lesson) => pages.some((p) => p.file === `${base}lessons/${lesson.id}/index.html`));
    let linked = 0;
    for (const rule of pages.filter((p) => /\/playground\/rules\/[A-Z]+\d+\/index\.html$/.test(p.file))) {
      const code = /rules\/([A-Z]+\d+)\//.exec(rule.file)?.[1] ?? '';
      for (const lesson of lessons.filter((l) => new RegExp(`\\b${code}\\b`).test(l.source))) {
        expect(rule.links, `${code} → ${lesson.id}`).toContain(`${base}lessons/${lesson.id}/`);
        linked++;
      }
    }
    const examples = JSON.parse(readFileSync(`${dir}/playground/examples.json`, 'utf8')) as { groups: { examples: { variant: string }[] }[] };
    const exercises = examples.groups.flatMap((g) => g.examples).filter((e) => e.variant === 'exercise').length;
    const declared = lessons.reduce((n, l) => n + (l.source.match(/^```(?:ya?ml|dockerfile|docker)\b[^\n]*\bexpect=/gim)?.length ?? 0), 0);
    expect(exercises).toBe(declared);
    if (name === 'course') {
      expect(linked).toBeGreaterThan(20);
      expect(exercises).toBeGreaterThanOrEqual(12);
    }
  });

  it('ships no Mermaid and no script that renders diagrams', () => {
    for (const page of pages) expect(page.html, page.file).not.toMatch(/mermaid(\.min)?\.js|class="mermaid"/);
  });
});

describe('drafts', () => {
  it('are not published', () => {
    expect(listFiles(FIXTURE_DIR, FIXTURE_BASE).has(`${FIXTURE_BASE}lessons/draft/index.html`)).toBe(false);
    expect(readSite(FIXTURE_DIR, FIXTURE_BASE).some((p) => p.html.includes('Draft lesson'))).toBe(false);
  });
});
