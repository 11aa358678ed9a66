import { describe, expect, it } from 'vitest';
import { offlineUrls } from '../../../src/lib/offline/index.ts';

const SITE = [
  'index.html',
  '404.html',
  'lessons/sidecar-pattern/index.html',
  'lessons/istio-traffic/index.html',
  'glossary/index.html',
  'assessment/index.html',
  'playground/index.html',
  'playground/examples.json',
  'playground/rules/SA3001/index.html',
  'playground/rules/index.html',
  'handout/sidecar-pattern/index.html',
  'present/sidecar-pattern/index.html',
  'embed/quiz/sidecar-pattern/index.html',
  'scorm/sidecar-pattern.zip',
  'vendor/mermaid/mermaid.esm.min.mjs',
  '_astro/BaseLayout.BH8sOuJ5.css',
  '_astro/playground-worker-tq078mTg.js',
  'favicon.svg',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_8a726ac86f.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/en_4425223.pf_index',
  'pagefind/fragment/en_1a2b3c.pf_fragment',
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-highlight.js',
  'robots.txt',
  '_headers',
];

describe('offlineUrls', () => {
  const urls = offlineUrls(SITE, '/academy/');

  it('stores the course pages under the URLs they are linked by', () => {
    for (const page of [
      '/academy/',
      '/academy/lessons/sidecar-pattern/',
      '/academy/lessons/istio-traffic/',
      '/academy/glossary/',
      '/academy/assessment/',
      '/academy/playground/',
    ])
      expect(urls).toContain(page);
    expect(urls.some((url) => url.endsWith('index.html'))).toBe(false);
  });

  it('stores the built assets (the playground’s worker too), the examples and everything search needs', () => {
    for (const file of [
      '_astro/BaseLayout.BH8sOuJ5.css',
      '_astro/playground-worker-tq078mTg.js',
      'playground/examples.json',
      'favicon.svg',
      'pagefind/pagefind.js',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_8a726ac86f.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind/index/en_4425223.pf_index',
      'pagefind/fragment/en_1a2b3c.pf_fragment',
    ])
      expect(urls).toContain(`/academy/${file}`);
  });

  it('leaves the bulky or rarely needed files to be kept as they are visited', () => {
    for (const part of [
      'rules/',
      'handout/',
      'present/',
      'embed/',
      'scorm/',
      'vendor/',
      'pagefind-ui',
      'modular-ui',
      'highlight',
      '404',
      'robots',
      '_headers',
    ])
      expect(
        urls.filter((url) => url.includes(part)),
        part,
      ).toEqual([]);
  });

  it('respects a base with or without its trailing slash, and the root base', () => {
    expect(offlineUrls(['index.html'], '/academy')).toEqual(['/academy/']);
    expect(offlineUrls(['lessons/a/index.html', 'index.html'], '/')).toEqual(['/', '/lessons/a/']);
  });
});
