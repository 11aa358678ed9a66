/** Reading the injection fixtures and picking out one workload's verdicts. */
import { readFileSync } from 'node:fs';
import { collectResources, type Resource, type SourceFile } from '../../../../../src/lib/manifest/index.ts';
import { asWorkload, type Workload } from '../../../../../src/lib/manifest/workloads.ts';
import { injectionPreview, type InjectionOptionsInput, type WorkloadPreview } from '../../../../../src/lib/mesh/injection/index.ts';

const FIXTURES = new URL('../../../../fixtures/mesh/injection/', import.meta.url);

/** A fixture file as a source, named as it is on disk. */
export function fixture(name: string): SourceFile {
  return { name, text: readFileSync(new URL(name, FIXTURES), 'utf8') };
}

/** The text of a fixture file. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** Inline YAML as a source. */
export function yaml(text: string, name = 'inline.yaml'): SourceFile {
  return { name, text };
}

/** The resources of the sources, read by the validator's reader. */
export function resourcesOf(...sources: SourceFile[]): Resource[] {
  return collectResources(sources);
}

/** The workload view of the resource called `name`. */
export function workloadNamed(resources: readonly Resource[], name: string): Workload {
  const found = resources.find((r) => r.name === name);
  const workload = found ? asWorkload(found) : undefined;
  if (!workload) throw new Error(`no workload named ${name}`);
  return workload;
}

/** The preview of the workload called `name`. */
export function previewOf(sources: SourceFile[], name: string, options?: InjectionOptionsInput): WorkloadPreview {
  const found = injectionPreview(resourcesOf(...sources), options).find((p) => p.name === name);
  if (!found) throw new Error(`no preview for ${name}`);
  return found;
}

/** A Namespace document with the given labels and annotations. */
export function namespace(name: string, labels: Record<string, string> = {}, annotations: Record<string, string> = {}): string {
  const block = (field: string, map: Record<string, string>): string =>
    Object.keys(map).length === 0
      ? ''
      : `  ${field}:\n${Object.entries(map)
          .map(([k, v]) => `    ${k}: ${JSON.stringify(v)}\n`)
          .join('')}`;
  return `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n${block('labels', labels)}${block('annotations', annotations)}`;
}

/** A Deployment of the orders service, with the given pod labels, annotations and extra pod spec lines. */
export function orders(
  options: { namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string>; spec?: string } = {},
): string {
  const labels = { app: 'orders', ...options.labels };
  const annotations = options.annotations ?? {};
  const map = (indent: string, m: Record<string, string>): string =>
    Object.entries(m)
      .map(([k, v]) => `${indent}${k}: ${JSON.stringify(v)}\n`)
      .join('');
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: orders',
    ...(options.namespace === undefined ? [] : [`  namespace: ${options.namespace}`]),
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: orders',
    '  template:',
    '    metadata:',
    `      labels:\n${map('        ', labels)}${Object.keys(annotations).length > 0 ? `      annotations:\n${map('        ', annotations)}` : ''}    spec:`,
    ...(options.spec ? [options.spec] : []),
    '      containers:',
    '        - name: orders',
    '          image: ghcr.io/sidecar-academy/orders:0.4.0',
    '          ports:',
    '            - name: http',
    '              containerPort: 8080',
    '',
  ].join('\n');
}

/** Names of the items of a list (containers, volumes). */
export function names(list: unknown): string[] {
  return Array.isArray(list) ? list.map((item: { name?: unknown }) => String(item?.name)) : [];
}
