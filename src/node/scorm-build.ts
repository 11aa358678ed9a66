/**
 * SCORM 1.2 packages, one per quiz, at /scorm/<id>.zip: the quiz's embed page made self-contained
 * (its stylesheets inlined, one bundled script with the SCORM bridge, no request to any server)
 * and an imsmanifest.xml describing it as a single SCO.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { scormManifest } from '../lib/scorm/index.ts';
import { bundleScript, inlinePage } from './inline-page.ts';

/** Builds dist/scorm/<id>.zip for every quiz with an embed page; run before the embed pages are inlined. */
export async function buildScormPackages(outDir: string, readAsset: (href: string) => string): Promise<number> {
  const embeds = join(outDir, 'embed', 'quiz');
  if (!existsSync(embeds)) return 0;
  const script = await bundleScript('src/embed/scorm-entry.ts');
  mkdirSync(join(outDir, 'scorm'), { recursive: true });
  const ids = readdirSync(embeds).filter((id) => existsSync(join(embeds, id, 'index.html')));
  for (const id of ids) {
    // Nothing may be fetched: the LMS serves the package from wherever it likes.
    const html = inlinePage(readFileSync(join(embeds, id, 'index.html'), 'utf8'), {
      readAsset,
      script,
      directives: ["default-src 'none'", 'img-src data:', "base-uri 'none'", "form-action 'none'"],
      dropLinks: true,
    });
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/&amp;/g, '&') ?? id;
    const zip = zipSync(
      { 'imsmanifest.xml': strToU8(scormManifest(id, title, ['index.html'])), 'index.html': strToU8(html) },
      { level: 9 },
    );
    writeFileSync(join(outDir, 'scorm', `${id}.zip`), zip);
  }
  return ids.length;
}
