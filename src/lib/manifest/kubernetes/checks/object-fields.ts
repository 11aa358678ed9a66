/**
 * Service, ConfigMap and Secret rules the API server enforces across fields (SA2002/SA2004): port
 * names required and unique when a Service has several ports, externalName for ExternalName, keys
 * that clash, the keys a typed Secret must hold.
 */
import type { AnalysisContext, Finding } from '../../context.ts';
import type { Analyzer } from '../../family.ts';
import { itemsOf, objectAt, present, repeated, scalar, text, validatedOfKind } from './data.ts';

type Report = (finding: Finding) => void;

function checkService(spec: Record<string, unknown>, report: Report): void {
  const type = text(spec, 'type') ?? 'ClusterIP';
  const headless = spec['clusterIP'] === 'None';
  const ports = itemsOf(spec, 'ports');
  if (type === 'ExternalName') {
    if (!present(spec, 'externalName')) {
      report({
        code: 'SA2002',
        path: ['spec', 'externalName'],
        message: 'a Service of type ExternalName needs spec.externalName, the DNS name it aliases',
      });
    }
    return;
  }
  const listed = spec['ports'];
  // A ports value of the wrong type is the schema's finding; only a missing or empty list is this one.
  if (!headless && (listed === undefined || listed === null || (Array.isArray(listed) && listed.length === 0))) {
    report({ code: 'SA2002', path: ['spec', 'ports'], message: 'a Service needs at least one port in spec.ports' });
  }
  if (headless && (type === 'NodePort' || type === 'LoadBalancer')) {
    report({
      code: 'SA2004',
      path: ['spec', 'clusterIP'],
      target: 'value',
      message: `a ${type} Service cannot be headless (clusterIP: None)`,
    });
  }
  const names = new Set<string>();
  const numbers = new Set<string>();
  for (const { item, index } of ports) {
    const at = ['spec', 'ports', index];
    const name = text(item, 'name');
    if (ports.length > 1 && !name) {
      report({
        code: 'SA2002',
        path: [...at, 'name'],
        message: `port ${scalar(item['port']) ?? index} needs a name: when a Service has several ports, each must be named (http, grpc, ...)`,
      });
    }
    if (name && repeated(names, name)) {
      report({
        code: 'SA2004',
        path: [...at, 'name'],
        target: 'value',
        message: `port name "${name}" is already used by another port of this Service`,
      });
    }
    const protocol = text(item, 'protocol') ?? 'TCP';
    if (typeof item['port'] === 'number' && repeated(numbers, `${item['port']}/${protocol}`)) {
      report({
        code: 'SA2004',
        path: [...at, 'port'],
        target: 'value',
        message: `port ${item['port']}/${protocol} is listed twice in this Service`,
      });
    }
    if (present(item, 'nodePort') && type === 'ClusterIP') {
      report({
        code: 'SA2004',
        path: [...at, 'nodePort'],
        message: 'nodePort needs type NodePort or LoadBalancer; remove it or change spec.type',
      });
    }
  }
}

// Each typed Secret must hold these keys (in data or stringData).
const SECRET_KEYS: Record<string, readonly string[]> = {
  'kubernetes.io/tls': ['tls.crt', 'tls.key'],
  'kubernetes.io/dockerconfigjson': ['.dockerconfigjson'],
  'kubernetes.io/dockercfg': ['.dockercfg'],
  'kubernetes.io/ssh-auth': ['ssh-privatekey'],
};

function checkSecret(value: Record<string, unknown>, report: Report): void {
  const type = text(value, 'type');
  const data = objectAt(value, 'data');
  const stringData = objectAt(value, 'stringData');
  for (const key of SECRET_KEYS[type ?? ''] ?? []) {
    if (present(data, key) || present(stringData, key)) continue;
    report({
      code: 'SA2002',
      path: data ? ['data', key] : ['type'],
      message: `a Secret of type ${type} must hold the key "${key}" in data or stringData`,
    });
  }
}

function checkConfigMap(value: Record<string, unknown>, report: Report): void {
  const data = objectAt(value, 'data');
  for (const key of Object.keys(objectAt(value, 'binaryData') ?? {})) {
    if (data && Object.hasOwn(data, key)) {
      report({
        code: 'SA2004',
        path: ['binaryData', key],
        message: `key "${key}" is in both data and binaryData; each key may appear once`,
      });
    }
  }
}

/** The Service, ConfigMap and Secret cross-field rules. */
export const objectFieldsAnalyzer: Analyzer = {
  name: 'kubernetes/object-fields',
  run(context: AnalysisContext): void {
    for (const resource of validatedOfKind(context, 'Service', 'ConfigMap', 'Secret')) {
      const report: Report = (finding) => context.report(resource, finding);
      if (resource.kind === 'Secret') checkSecret(resource.value, report);
      else if (resource.kind === 'ConfigMap') checkConfigMap(resource.value, report);
      else {
        const spec = objectAt(resource.value, 'spec');
        if (spec) checkService(spec, report);
      }
    }
  },
};
