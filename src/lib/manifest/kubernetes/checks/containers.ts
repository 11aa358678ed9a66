/**
 * Container hygiene in Pods and pod templates: SA3006 (unpinned image), SA3007 (missing probes),
 * SA3008 (missing requests or memory limit), SA3009 (may run as root) and SA3010 (port clashes).
 */
import type { AnalysisContext, Finding } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { isObject } from '../../resource.ts';
import { containersOf } from '../../workloads.ts';
import type { DataPath } from '../../yaml/locate.ts';
import type { PlainObject } from '../../yaml/load.ts';
import { checkedWorkloads, objectAt, present, text, type PodWorkload } from './data.ts';

type Report = (finding: Finding) => void;

/** Why an image reference is not pinned, or undefined when it has a version tag or a digest. */
export function unpinned(image: string): 'no-tag' | 'latest' | undefined {
  // Templated references ($(VAR), {{ .Values.tag }}) are filled in later; nothing to judge yet.
  if (image === '' || image.includes('@') || image.includes('$(') || image.includes('{{')) return undefined;
  const colon = image.lastIndexOf(':');
  if (colon <= image.lastIndexOf('/')) return 'no-tag';
  return image.slice(colon + 1) === 'latest' ? 'latest' : undefined;
}

function checkImage(container: PlainObject, path: DataPath, report: Report): void {
  const image = text(container, 'image');
  // `image: auto` on istio-proxy is Istio's placeholder for gateway injection: the injector puts the
  // proxy image in its place, and IST0146/IST0147 report it when nothing will inject the pod.
  if (image === 'auto' && text(container, 'name') === 'istio-proxy') return;
  const problem = image === undefined ? undefined : unpinned(image);
  if (!image || !problem) return;
  const base = problem === 'latest' ? image.slice(0, image.lastIndexOf(':')) : image;
  report({
    code: 'SA3006',
    path: [...path, 'image'],
    target: 'value',
    message:
      problem === 'latest'
        ? `image "${image}" uses the moving "latest" tag; pin a version (${base}:1.4.2) or a digest so every replica runs the same build`
        : `image "${image}" has no tag, so it means "latest"; pin a version (${base}:1.4.2) or a digest`,
  });
}

/**
 * SA3010: containers that run side by side (app containers and native sidecars; plain init
 * containers run alone, before them) share one port space, so a port can have one listener.
 */
function checkPortClashes(workload: PodWorkload, report: Report): void {
  const owners = new Map<string, string>();
  for (const { container, path, init } of containersOf(workload)) {
    if (init && container['restartPolicy'] !== 'Always') continue;
    const ports = container['ports'];
    if (!Array.isArray(ports)) continue;
    const name = text(container, 'name') ?? 'a container';
    ports.forEach((port: unknown, index) => {
      const number = isObject(port) ? port['containerPort'] : undefined;
      if (typeof number !== 'number') return;
      const protocol = text(port, 'protocol') ?? 'TCP';
      const key = `${number}/${protocol}`;
      const owner = owners.get(key);
      if (owner === undefined) owners.set(key, name);
      else if (owner !== name)
        report({
          code: 'SA3010',
          path: [...path, 'ports', index, 'containerPort'],
          target: 'value',
          message: `containers "${owner}" and "${name}" both use port ${number}/${protocol}; they share the pod's network, so one of them cannot bind it`,
        });
    });
  }
}

// Where a finding about a container as a whole goes: its name, else its first key.
const named = (container: PlainObject, path: DataPath): DataPath => (present(container, 'name') ? [...path, 'name'] : path);

function checkProbes(container: PlainObject, path: DataPath, report: Report): void {
  const name = text(container, 'name') ?? 'this container';
  if (!present(container, 'readinessProbe')) {
    report({
      code: 'SA3007',
      path: named(container, path),
      message: `container "${name}" has no readinessProbe: it gets traffic before it is ready to serve`,
    });
  }
  if (!present(container, 'livenessProbe')) {
    report({
      code: 'SA3007',
      path: named(container, path),
      message: `container "${name}" has no livenessProbe: if it hangs, nothing restarts it`,
    });
  }
}

function checkResources(container: PlainObject, path: DataPath, report: Report): void {
  const name = text(container, 'name') ?? 'this container';
  const resources = objectAt(container, 'resources');
  const requests = objectAt(resources, 'requests');
  if (!requests || Object.keys(requests).length === 0) {
    report({
      code: 'SA3008',
      path: resources ? [...path, 'resources', 'requests'] : named(container, path),
      message: `container "${name}" has no resource requests, so the scheduler places it blind; set resources.requests (cpu, memory), and in a mesh count the sidecar's requests too`,
    });
  }
  if (!present(objectAt(resources, 'limits'), 'memory')) {
    report({
      code: 'SA3008',
      path: resources ? [...path, 'resources', 'limits', 'memory'] : named(container, path),
      message: `container "${name}" has no memory limit, so a leak can exhaust the node and evict its neighbours; set resources.limits.memory`,
    });
  }
}

function checkUser(workload: PodWorkload, container: PlainObject, path: DataPath, reported: Set<string>, report: Report): void {
  const own = objectAt(container, 'securityContext');
  const pod = objectAt(workload.podSpec, 'securityContext');
  const name = text(container, 'name') ?? 'this container';
  // The container's setting wins over the pod's, as the kubelet applies them.
  const setting = (field: string): { value: unknown; path: DataPath; who: string } | undefined => {
    if (present(own, field)) return { value: own?.[field], path: [...path, 'securityContext', field], who: `container "${name}"` };
    if (present(pod, field))
      return { value: pod?.[field], path: [...workload.podSpecPath, 'securityContext', field], who: "the pod's containers" };
    return undefined;
  };
  const user = setting('runAsUser');
  const nonRoot = setting('runAsNonRoot');
  let finding: Finding;
  if (user?.value === 0) {
    finding = {
      code: 'SA3009',
      path: user.path,
      target: 'value',
      message: `runAsUser: 0 runs ${user.who} as root; use a non-zero UID such as 10001`,
    };
  } else if ((typeof user?.value === 'number' && user.value > 0) || nonRoot?.value === true) {
    return;
  } else if (nonRoot) {
    finding = {
      code: 'SA3009',
      path: nonRoot.path,
      target: 'value',
      message: `runAsNonRoot: false lets ${nonRoot.who} run as root; set it to true with a non-zero runAsUser`,
    };
  } else {
    finding = {
      code: 'SA3009',
      path: present(container, 'securityContext') ? [...path, 'securityContext'] : named(container, path),
      message: `container "${name}" may run as root: set securityContext.runAsNonRoot: true and a non-zero runAsUser, on the container or the pod`,
    };
  }
  // A pod-level setting shared by several containers is one mistake, reported once.
  const key = finding.path.join('\u0000');
  if (reported.has(key)) return;
  reported.add(key);
  report(finding);
}

/** SA3006-SA3009 for every container of every Pod and pod template. */
export const containersAnalyzer: Analyzer = {
  name: 'kubernetes/container-hygiene',
  run(context: AnalysisContext): void {
    for (const workload of checkedWorkloads(context)) {
      const report: Report = (finding) => context.report(workload.resource, finding);
      const spec = workload.podSpec;
      // Probes only matter for long-running pods: not Jobs, nor a bare Pod that is not restarted.
      const policy = spec['restartPolicy'];
      const longRunning =
        workload.resource.kind === 'Pod'
          ? policy === undefined || policy === null || policy === 'Always'
          : workload.resource.group !== 'batch';
      const windows = objectAt(spec, 'os')?.['name'] === 'windows';
      const reported = new Set<string>();
      for (const { container, path, init } of containersOf(workload)) {
        checkImage(container, path, report);
        if (!init && longRunning) checkProbes(container, path, report);
        checkResources(container, path, report);
        if (!windows) checkUser(workload, container, path, reported, report);
      }
      checkPortClashes(workload, report);
    }
  },
};
