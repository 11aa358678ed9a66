/**
 * The playground's examples menu as data: the course's "spot the problem" exercises (lesson
 * snippets that declare the codes they produce), the scenarios, and a clean and a broken example
 * of each kind the validator knows, read from content/examples/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFences } from '../lib/content/index.ts';
import { parseCodeMeta } from '../lib/code/meta.ts';
import { parseAllDocuments } from 'yaml';
import { parseExample, type ExamplesFile, type MenuExample, type PlaygroundExample } from '../lib/playground/examples.ts';
import { snippetFileName } from '../markdown/playground-link.ts';
import { loadCourse } from './course.ts';
import { lessonSource } from './lesson-source.ts';

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

/** Menu order of the kinds the validator checks, as "group/Kind" ("" for the core group). */
const MENU_ORDER = [
  '/Namespace',
  '/Pod',
  '/Service',
  '/ServiceAccount',
  '/ConfigMap',
  '/Secret',
  '/PersistentVolumeClaim',
  'apps/Deployment',
  'apps/StatefulSet',
  'apps/DaemonSet',
  'batch/Job',
  'batch/CronJob',
  'policy/PodDisruptionBudget',
  'autoscaling/HorizontalPodAutoscaler',
  'networking.k8s.io/NetworkPolicy',
  'networking.k8s.io/Ingress',
  'rbac.authorization.k8s.io/Role',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/RoleBinding',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'networking.istio.io/Gateway',
  'networking.istio.io/VirtualService',
  'networking.istio.io/DestinationRule',
  'networking.istio.io/ServiceEntry',
  'networking.istio.io/Sidecar',
  'security.istio.io/PeerAuthentication',
  'security.istio.io/AuthorizationPolicy',
  'security.istio.io/RequestAuthentication',
  'telemetry.istio.io/Telemetry',
  'networking.istio.io/WorkloadEntry',
  'networking.istio.io/WorkloadGroup',
  'networking.istio.io/ProxyConfig',
  'extensions.istio.io/WasmPlugin',
  'networking.istio.io/EnvoyFilter',
  'policy.linkerd.io/Server',
  'policy.linkerd.io/ServerAuthorization',
  'policy.linkerd.io/AuthorizationPolicy',
  'policy.linkerd.io/MeshTLSAuthentication',
  'policy.linkerd.io/NetworkAuthentication',
  'policy.linkerd.io/HTTPRoute',
  'policy.linkerd.io/EgressNetwork',
  'gateway.networking.k8s.io/GatewayClass',
  'gateway.networking.k8s.io/Gateway',
  'gateway.networking.k8s.io/HTTPRoute',
  'gateway.networking.k8s.io/GRPCRoute',
  'gateway.networking.k8s.io/ReferenceGrant',
  'gateway.networking.k8s.io/BackendTLSPolicy',
  'gateway.networking.k8s.io/ListenerSet',
  'gateway.networking.k8s.io/TLSRoute',
  'linkerd.io/ServiceProfile',
  'Dockerfile',
];

/** The API group of the example's first document of its kind, read with `yaml` alone (the validator is not needed here). */
function groupOf(example: PlaygroundExample): string {
  for (const doc of parseAllDocuments(example.text)) {
    const value = doc.toJS({ maxAliasCount: 100 }) as { apiVersion?: unknown; kind?: unknown } | null;
    if (value && typeof value === 'object' && value.kind === example.kind && typeof value.apiVersion === 'string') {
      return value.apiVersion.includes('/') ? value.apiVersion.slice(0, value.apiVersion.indexOf('/')) : '';
    }
  }
  return '?';
}

async function exercises(): Promise<MenuExample[]> {
  const { course, entries } = await loadCourse();
  return course.modules.flatMap((module) =>
    module.lessons.flatMap((lesson) => {
      const entry = entries.get(lesson.id);
      const body = entry ? lessonSource(entry) : '';
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
  const keyed = examples.map((e) => ({ e, key: e.kind === 'Dockerfile' ? 'Dockerfile' : `${groupOf(e)}/${e.kind}` }));
  const keys = [
    ...MENU_ORDER,
    ...new Set(keyed.map((k) => k.key).filter((key) => !MENU_ORDER.includes(key) && !key.endsWith('/Scenario'))),
  ];
  for (const key of keys) {
    const of = keyed.filter((k) => k.key === key).map((k) => k.e);
    const [group = '', kind = key] =
      key === 'Dockerfile' ? ['', 'Dockerfile'] : [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)];
    const mesh = group.endsWith('istio.io')
      ? 'Istio'
      : group.endsWith('linkerd.io')
        ? 'Linkerd'
        : group === 'gateway.networking.k8s.io'
          ? 'Gateway API'
          : 'Kubernetes';
    if (of.length > 0) groups.push({ title: kind === 'Dockerfile' ? 'Dockerfile' : `${mesh}: ${kind}`, examples: of.map(entry) });
  }
  return { groups };
}
