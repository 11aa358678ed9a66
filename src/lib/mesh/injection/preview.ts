/**
 * The playground's entry point: for every workload of the input, Istio's and Linkerd's decisions
 * and, for each mesh that injects, the pod template after injection as highlighted YAML.
 */
import { isObject, resourceLabel, type Resource } from '../../manifest/resource.ts';
import { asWorkload, type Workload } from '../../manifest/workloads.ts';
import type { PlainObject } from '../../manifest/yaml/load.ts';
import { diffPaths } from './diff.ts';
import { istioDecision } from './istio-decision.ts';
import { injectIstio } from './istio-inject.ts';
import type { MeshInjection } from './mesh-injection.ts';
import { linkerdDecision } from './linkerd-decision.ts';
import { injectLinkerd } from './linkerd-inject.ts';
import { namespaceIndex, type NamespaceIndex } from './namespaces.ts';
import { resolveOptions } from './options.ts';
import { renderTemplate } from './render.ts';
import { readTemplate, templatePathOf, templateProblem } from './template.ts';
import type {
  InjectedPreview,
  InjectionDecision,
  InjectionOptions,
  InjectionOptionsInput,
  Mesh,
  MeshPreview,
  WorkloadPreview,
} from './types.ts';

const MESH_NAMES: Record<Mesh, string> = { istio: 'Istio', linkerd: 'Linkerd' };

function titleOf(mesh: Mesh, injection: MeshInjection): string {
  const mode = injection.native ? 'native sidecar' : 'classic sidecar';
  const cni = injection.cni ? (mesh === 'istio' ? ', Istio CNI' : ', linkerd-cni') : '';
  return `Preview: pod template after ${MESH_NAMES[mesh]} injection (${mode}${cni})`;
}

function meshPreview(
  mesh: Mesh,
  workload: Workload,
  decision: InjectionDecision,
  inject: (template: PlainObject) => MeshInjection,
): MeshPreview {
  if (!decision.inject) return { decision };
  const original = readTemplate(workload);
  const problem = templateProblem(workload, original);
  if (problem !== undefined || !isObject(original))
    return { decision, unavailable: `No preview: ${problem ?? 'the pod template is not a mapping'}.` };
  try {
    const injection = inject(readTemplate(workload) as PlainObject);
    const changes = diffPaths(original, injection.template);
    const preview: InjectedPreview = {
      title: titleOf(mesh, injection),
      mode: injection.native ? 'native' : 'classic',
      cni: injection.cni,
      template: injection.template,
      changes,
      notes: injection.notes,
      ...renderTemplate(injection.template, changes),
    };
    return { decision, preview };
  } catch (error) {
    // The checks above cover the shapes we know; anything stranger must still not take the panel down.
    return { decision, unavailable: `No preview: this pod template could not be injected (${String(error)}).` };
  }
}

function previewOf(workload: Workload, namespaces: NamespaceIndex, options: InjectionOptions): WorkloadPreview {
  const { resource } = workload;
  const istio = istioDecision(workload, namespaces, options.istio);
  const linkerd = linkerdDecision(workload, namespaces);
  const ns = namespaces.get(workload.namespace);
  return {
    label: resourceLabel(resource),
    kind: resource.kind,
    name: resource.name,
    namespace: workload.namespace,
    file: resource.file,
    index: resource.index,
    templatePath: templatePathOf(workload),
    istio: meshPreview('istio', workload, istio, (template) => injectIstio(workload, template, istio.revision ?? 'default', options.istio)),
    linkerd: meshPreview('linkerd', workload, linkerd, (template) => injectLinkerd(workload, template, ns, options.linkerd)),
  };
}

/** Istio's and Linkerd's verdicts on each workload of the input (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob), in input order. */
export function injectionPreview(resources: readonly Resource[], options?: InjectionOptionsInput): WorkloadPreview[] {
  const resolved = resolveOptions(options);
  const namespaces = namespaceIndex(resources);
  return resources.flatMap((resource) => {
    const workload = asWorkload(resource);
    return workload ? [previewOf(workload, namespaces, resolved)] : [];
  });
}
