/**
 * Our previews against the upstream injectors' own test outputs (read-only, outside the repository):
 * the same containers, init containers, volumes and proxy ports, in the same order. Structure, not
 * bytes: versions, placeholders and the variables we leave out differ. CI has /work/shared/corpus;
 * a clone without it skips these tests, saying so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { injectionPreview, type Mesh } from '../../../../../src/lib/mesh/injection/index.ts';
import { namespace, resourcesOf, yaml } from './helpers.ts';

const CORPUS = new URL('../../../../../../shared/corpus/', import.meta.url);
const ISTIO = new URL('istio-inject/', CORPUS);
const LINKERD = new URL('linkerd-inject/', CORPUS);

interface Container {
  name: string;
  args?: string[];
  env?: { name: string }[];
  ports?: { containerPort: number }[];
  resources?: unknown;
  readinessProbe?: unknown;
}
interface Template {
  metadata: { labels?: Record<string, string>; annotations?: Record<string, string> };
  spec: { initContainers?: Container[]; containers: Container[]; volumes?: { name: string }[] };
}

/** The parts of a pod template the comparison looks at. */
function shape(template: Template, proxyName: string) {
  const all = [...(template.spec.initContainers ?? []), ...template.spec.containers];
  const proxy = all.find((c) => c.name === proxyName);
  return {
    initContainers: (template.spec.initContainers ?? []).map((c) => c.name),
    containers: template.spec.containers.map((c) => c.name),
    volumes: (template.spec.volumes ?? []).map((v) => v.name),
    proxyPorts: (proxy?.ports ?? []).map((p) => p.containerPort),
    labels: Object.keys(template.metadata.labels ?? {}).sort(),
    annotations: Object.keys(template.metadata.annotations ?? {}).sort(),
  };
}

/** Upstream's injected pod template, from its golden file. */
function upstream(folder: URL, file: string): Template {
  const doc = parseAllDocuments(readFileSync(new URL(file, folder), 'utf8'))[0]?.toJS() as {
    kind: string;
    metadata: Template['metadata'];
    spec: Template['spec'] & { template?: Template };
  };
  return doc.kind === 'Pod' ? { metadata: doc.metadata, spec: doc.spec } : (doc.spec.template as Template);
}

/** Our injected pod template of the corpus input, in a namespace that turns injection on. */
function ours(mesh: Mesh, folder: URL, file: string, ns: string): Template {
  const enabling =
    mesh === 'istio' ? namespace(ns, { 'istio-injection': 'enabled' }) : namespace(ns, {}, { 'linkerd.io/inject': 'enabled' });
  const input = readFileSync(new URL(file, folder), 'utf8');
  const [preview] = injectionPreview(resourcesOf(yaml(enabling, 'namespace.yaml'), yaml(input, file)));
  const template = preview?.[mesh].preview?.template;
  if (!template) throw new Error(`no ${mesh} preview for ${file}: ${preview?.[mesh].decision.reason ?? 'no workload'}`);
  return template as unknown as Template;
}

const proxyOf = (template: Template, name: string): Container | undefined =>
  [...(template.spec.initContainers ?? []), ...template.spec.containers].find((c) => c.name === name);

describe.skipIf(!existsSync(ISTIO))(
  "injectionPreview against Istio's injector (skipped: /work/shared/corpus/istio-inject is not here)",
  () => {
    it.each([
      ['hello.yaml', 'hello.yaml.injected'],
      ['native-sidecar.yaml', 'native-sidecar.yaml.injected'],
    ])('gives %s the containers, init containers, volumes, ports and metadata keys upstream gives it', (input, golden) => {
      const mine = ours('istio', ISTIO, input, 'default');
      const theirs = upstream(ISTIO, golden);
      expect(shape(mine, 'istio-proxy')).toEqual(shape(theirs, 'istio-proxy'));
      expect(proxyOf(mine, 'istio-init')?.args).toEqual(proxyOf(theirs, 'istio-init')?.args);
      const theirEnv = (proxyOf(theirs, 'istio-proxy')?.env ?? []).map((e) => e.name);
      for (const env of proxyOf(mine, 'istio-proxy')?.env ?? []) expect(theirEnv).toContain(env.name);
    });

    it('rewrites the probe of a native sidecar the app brings as upstream does', () => {
      const mine = ours('istio', ISTIO, 'native-sidecar.yaml', 'default');
      const theirs = upstream(ISTIO, 'native-sidecar.yaml.injected');
      expect(proxyOf(mine, 'other-sidecar')?.readinessProbe).toEqual(proxyOf(theirs, 'other-sidecar')?.readinessProbe);
    });
  },
);

describe.skipIf(!existsSync(LINKERD))(
  "injectionPreview against Linkerd's injector (skipped: /work/shared/corpus/linkerd-inject is not here)",
  () => {
    it.each([
      ['inject_emojivoto_deployment.input.yml', 'inject_emojivoto_deployment.golden.yml'],
      ['inject_emojivoto_deployment.input.yml', 'inject_emojivoto_deployment_native_sidecar.golden.yml'],
      ['inject_emojivoto_deployment_config_overrides.input.yml', 'inject_emojivoto_deployment_config_overrides.golden.yml'],
    ])('gives %s the containers, init containers, volumes, ports and metadata keys of %s', (input, golden) => {
      const mine = ours('linkerd', LINKERD, input, 'emojivoto');
      const theirs = upstream(LINKERD, golden);
      expect(shape(mine, 'linkerd-proxy')).toEqual(shape(theirs, 'linkerd-proxy'));
      expect(proxyOf(mine, 'linkerd-init')?.args).toEqual(proxyOf(theirs, 'linkerd-init')?.args);
      expect(proxyOf(mine, 'linkerd-proxy')?.resources).toEqual(proxyOf(theirs, 'linkerd-proxy')?.resources);
      const theirEnv = (proxyOf(theirs, 'linkerd-proxy')?.env ?? []).map((e) => e.name);
      for (const env of proxyOf(mine, 'linkerd-proxy')?.env ?? []) expect(theirEnv).toContain(env.name);
    });
  },
);
