/**
 * The playground's examples menu as data: the course's "spot the problem" exercises (lesson
 * snippets that declare the codes they produce), the scenarios, and a clean and a broken example
 * of each kind the validator knows, read from content/examples/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFences } from '../lib/content/index.ts';
import { parseCodeMeta } from '../lib/code/meta.ts';
import { collectResources, SCHEMAS } from '../lib/manifest/index.ts';
import { parseExample, type ExamplesFile, type MenuExample, type PlaygroundExample } from '../lib/playground/examples.ts';
import { snippetFileName } from '../markdown/playground-link.ts';
import { loadCourse } from './course.ts';

// Read from the project's folder: at build time this module runs from a bundle elsewhere.
const EXAMPLES_DIR = join(process.cwd(), 'content', 'examples');

function readExamples(): PlaygroundExample[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const { example, problems } = parseExample(readFileSync(join(EXAMPLES_DIR, name), 'utf8'));
      if (!example) throw new Error(`content/examples/${name}: ${problems.join('; ')}`);
      return [example];
    });
}

async function exercises(): Promise<MenuExample[]> {
  const { course, entries } = await loadCourse();
  return course.modules.flatMap((module) =>
    module.lessons.flatMap((lesson) => {
      const body = entries.get(lesson.id)?.body ?? '';
      return extractFences(body).flatMap((fence) => {
        const lang = fence.lang.toLowerCase();
        if (!['yaml', 'yml', 'dockerfile', 'docker'].includes(lang)) return [];
        const { meta } = parseCodeMeta(fence.meta, fence.body.split('\n').length);
        if (!meta.attributes['expect']) return [];
        const name = snippetFileName(lang, meta.title);
        return [
          { title: `${lesson.title}: ${meta.title ?? name}`, variant: 'exercise' as const, tabs: [{ name, text: `${fence.body}\n` }] },
        ];
      });
    }),
  );
}

/** The menu, in order: exercises, scenarios, then each kind (Kubernetes, Istio, Linkerd, Dockerfile). */
export async function examplesFile(): Promise<ExamplesFile> {
  const examples = readExamples();
  const entry = (e: PlaygroundExample): MenuExample => ({ title: e.title, variant: e.variant, tabs: [{ name: e.file, text: e.text }] });
  const groups: ExamplesFile['groups'] = [{ title: 'Spot the problem: exercises from the lessons', examples: await exercises() }];
  const scenarios = examples.filter((e) => e.kind === 'Scenario');
  if (scenarios.length > 0) groups.push({ title: 'Scenarios: injection and traffic', examples: scenarios.map(entry) });
  // Group by the API group and kind of the resource an example is about (two kinds are called AuthorizationPolicy).
  const keyOf = (e: PlaygroundExample): string => {
    if (e.kind === 'Dockerfile') return 'Dockerfile';
    const resource = collectResources([{ name: e.file, text: e.text }]).find((r) => r.kind === e.kind);
    return resource ? `${resource.group}/${resource.kind}` : e.kind;
  };
  const keyed = examples.map((e) => ({ e, key: keyOf(e) }));
  for (const schema of [...SCHEMAS.values(), { group: '', kind: 'Dockerfile' }]) {
    const key = schema.kind === 'Dockerfile' ? 'Dockerfile' : `${schema.group}/${schema.kind}`;
    const of = keyed.filter((k) => k.key === key).map((k) => k.e);
    const mesh = schema.group.endsWith('istio.io') ? 'Istio' : schema.group.endsWith('linkerd.io') ? 'Linkerd' : 'Kubernetes';
    if (of.length > 0)
      groups.push({ title: schema.kind === 'Dockerfile' ? 'Dockerfile' : `${mesh}: ${schema.kind}`, examples: of.map(entry) });
  }
  return { groups };
}
