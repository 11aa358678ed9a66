/**
 * Pod-spec rules the API server enforces across fields, which a schema of each field alone misses:
 * unique container, port and volume names, mounts of volumes that exist, exactly one probe or hook
 * handler, value or valueFrom, requests within limits. Reported as SA2002 or SA2004.
 */
import type { AnalysisContext, Finding } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import type { DataPath } from '../../yaml/locate.ts';
import type { PlainObject } from '../../yaml/load.ts';
import { VALUE_FROM_SOURCES } from '../schema/env.ts';
import { listOf } from '../schema/formats.ts';
import { HOOK_HANDLERS, PROBE_HANDLERS } from '../schema/probes.ts';
import { parseQuantity } from '../schema/resources.ts';
import { VOLUME_SOURCES } from '../schema/volumes.ts';
import { itemsOf, objectAt, present, repeated, setKeys, shortList, text, validatedWorkloads } from './data.ts';

type Report = (finding: Finding) => void;

/** Exactly one of `handlers` in the object at `path` (a probe, a hook, a valueFrom). */
function exactlyOne(object: PlainObject, path: DataPath, handlers: readonly string[], what: string, report: Report): void {
  const set = setKeys(object, handlers);
  if (set.length === 0) {
    report({ code: 'SA2002', path, message: `${what} needs one of ${listOf(handlers)}` });
  } else if (set.length > 1) {
    report({
      code: 'SA2004',
      path: [...path, set[1] ?? ''],
      message: `${what} sets both ${set[0]} and ${set[1]}; it takes exactly one of ${listOf(handlers)}`,
    });
  }
}

function checkProbesAndHooks(container: PlainObject, path: DataPath, report: Report): void {
  for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe']) {
    const probe = objectAt(container, kind);
    if (!probe) continue;
    exactlyOne(probe, [...path, kind], PROBE_HANDLERS, kind, report);
    const success = probe['successThreshold'];
    if (kind !== 'readinessProbe' && typeof success === 'number' && success !== 1) {
      report({ code: 'SA2004', path: [...path, kind, 'successThreshold'], target: 'value', message: `${kind}.successThreshold must be 1` });
    }
  }
  const lifecycle = objectAt(container, 'lifecycle');
  for (const hook of ['postStart', 'preStop']) {
    const handler = objectAt(lifecycle, hook);
    if (handler) exactlyOne(handler, [...path, 'lifecycle', hook], HOOK_HANDLERS, `lifecycle.${hook}`, report);
  }
}

function checkEnv(container: PlainObject, path: DataPath, report: Report): void {
  for (const { item, index } of itemsOf(container, 'env')) {
    const at = [...path, 'env', index];
    const name = text(item, 'name') ?? `env[${index}]`;
    const valueFrom = objectAt(item, 'valueFrom');
    if (present(item, 'value') && present(item, 'valueFrom')) {
      report({ code: 'SA2004', path: [...at, 'valueFrom'], message: `env ${name} sets both value and valueFrom; keep one` });
    } else if (valueFrom) {
      exactlyOne(valueFrom, [...at, 'valueFrom'], VALUE_FROM_SOURCES, `env ${name} valueFrom`, report);
    }
  }
  for (const { item, index } of itemsOf(container, 'envFrom')) {
    exactlyOne(item, [...path, 'envFrom', index], ['configMapRef', 'secretRef'], 'envFrom', report);
  }
}

function checkResources(container: PlainObject, path: DataPath, report: Report): void {
  const requests = objectAt(objectAt(container, 'resources'), 'requests');
  const limits = objectAt(objectAt(container, 'resources'), 'limits');
  if (!requests || !limits) return;
  for (const [name, value] of Object.entries(requests)) {
    const request = parseQuantity(value);
    const limit = parseQuantity(limits[name]);
    if (request === undefined || limit === undefined || request <= limit) continue;
    report({
      code: 'SA2004',
      path: [...path, 'resources', 'requests', name],
      target: 'value',
      message: `requests.${name} (${String(value)}) is more than limits.${name} (${String(limits[name])}); a request must not exceed its limit`,
    });
  }
}

function checkPorts(container: PlainObject, path: DataPath, hostNetwork: boolean, report: Report): void {
  const names = new Set<string>();
  for (const { item, index } of itemsOf(container, 'ports')) {
    const name = text(item, 'name');
    if (name && repeated(names, name)) {
      report({
        code: 'SA2004',
        path: [...path, 'ports', index, 'name'],
        target: 'value',
        message: `port name "${name}" is already used by another port of this container; port names must be unique`,
      });
    }
    const hostPort = item['hostPort'];
    if (hostNetwork && typeof hostPort === 'number' && hostPort !== item['containerPort']) {
      report({
        code: 'SA2004',
        path: [...path, 'ports', index, 'hostPort'],
        target: 'value',
        message: 'with hostNetwork, hostPort must equal containerPort',
      });
    }
  }
}

function checkMounts(container: PlainObject, path: DataPath, volumes: ReadonlySet<string>, report: Report): void {
  const mountPaths = new Set<string>();
  for (const { item, index } of itemsOf(container, 'volumeMounts')) {
    const at = [...path, 'volumeMounts', index];
    const name = text(item, 'name');
    if (name && !volumes.has(name)) {
      const known = volumes.size > 0 ? ` (volumes: ${shortList([...volumes])})` : '';
      report({
        code: 'SA2004',
        path: [...at, 'name'],
        target: 'value',
        message: `no volume named "${name}" in this pod${known}; add it under volumes or fix the name`,
      });
    }
    const mountPath = text(item, 'mountPath');
    if (mountPath && repeated(mountPaths, mountPath)) {
      report({
        code: 'SA2004',
        path: [...at, 'mountPath'],
        target: 'value',
        message: `mountPath "${mountPath}" is already used by another mount of this container`,
      });
    }
    if (present(item, 'subPath') && present(item, 'subPathExpr')) {
      report({ code: 'SA2004', path: [...at, 'subPathExpr'], message: 'subPath and subPathExpr are mutually exclusive; keep one' });
    }
  }
}

function checkSecurity(context: PlainObject | undefined, path: DataPath, report: Report): void {
  if (context?.['privileged'] === true && context['allowPrivilegeEscalation'] === false) {
    report({
      code: 'SA2004',
      path: [...path, 'allowPrivilegeEscalation'],
      target: 'value',
      message: 'a privileged container always allows privilege escalation; drop one of the two',
    });
  }
  const seccomp = objectAt(context, 'seccompProfile');
  if (seccomp?.['type'] === 'Localhost' && !present(seccomp, 'localhostProfile')) {
    report({
      code: 'SA2002',
      path: [...path, 'seccompProfile', 'localhostProfile'],
      message: 'seccompProfile type Localhost needs localhostProfile',
    });
  }
}

/** Names the pod's volumes, reporting duplicates and volumes with more than one source. */
function checkVolumes(spec: PlainObject, path: DataPath, report: Report): Set<string> {
  const defined = new Set<string>();
  for (const { item, index } of itemsOf(spec, 'volumes')) {
    const at = [...path, 'volumes', index];
    const name = text(item, 'name');
    if (name && repeated(defined, name)) {
      report({
        code: 'SA2004',
        path: [...at, 'name'],
        target: 'value',
        message: `volume name "${name}" is already used by another volume; names must be unique`,
      });
    }
    const sources = setKeys(item, VOLUME_SOURCES);
    if (sources.length > 1) {
      report({
        code: 'SA2004',
        path: [...at, sources[1] ?? ''],
        message: `volume "${name ?? index}" has both ${sources[0]} and ${sources[1]}; a volume takes one source`,
      });
    }
  }
  return defined;
}

/** The pod-spec cross-field rules. */
export const podFieldsAnalyzer: Analyzer = {
  name: 'kubernetes/pod-spec-fields',
  run(context: AnalysisContext): void {
    for (const workload of validatedWorkloads(context)) {
      const report: Report = (finding) => context.report(workload.resource, finding);
      const spec = workload.podSpec;
      const path = workload.podSpecPath;
      const volumes = checkVolumes(spec, path, report);
      // A StatefulSet's claim templates become volumes of each pod, so mounts may name them.
      const claims =
        workload.resource.kind === 'StatefulSet' ? itemsOf(objectAt(workload.resource.value, 'spec'), 'volumeClaimTemplates') : [];
      for (const { item } of claims) {
        const name = text(objectAt(item, 'metadata'), 'name');
        if (name) volumes.add(name);
      }
      const hostNetwork = spec['hostNetwork'] === true;
      const containerNames = new Set<string>();
      for (const field of ['initContainers', 'containers']) {
        for (const { item, index } of itemsOf(spec, field)) {
          const at = [...path, field, index];
          const name = text(item, 'name');
          if (name && repeated(containerNames, name)) {
            report({
              code: 'SA2004',
              path: [...at, 'name'],
              target: 'value',
              message: `container name "${name}" is already used; names must be unique across containers and initContainers`,
            });
          }
          checkPorts(item, at, hostNetwork, report);
          checkEnv(item, at, report);
          checkProbesAndHooks(item, at, report);
          checkResources(item, at, report);
          checkMounts(item, at, volumes, report);
          checkSecurity(objectAt(item, 'securityContext'), [...at, 'securityContext'], report);
        }
      }
      checkSecurity(objectAt(spec, 'securityContext'), [...path, 'securityContext'], report);
      if (spec['dnsPolicy'] === 'None' && !present(spec, 'dnsConfig')) {
        report({ code: 'SA2002', path: [...path, 'dnsPolicy'], message: 'dnsPolicy None needs a dnsConfig with at least one nameserver' });
      }
    }
  },
};
