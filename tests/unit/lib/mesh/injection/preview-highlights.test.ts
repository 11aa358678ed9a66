import { describe, expect, it } from 'vitest';
import { isObject, type PlainObject } from '../../../../../src/lib/manifest/index.ts';
import { templateYaml, type InjectionOptionsInput, type LineRange } from '../../../../../src/lib/mesh/injection/index.ts';
import { fixture, previewOf, resourcesOf } from './helpers.ts';

const SHOP = fixture('shop.yaml');
const MODES: [string, InjectionOptionsInput][] = [
  ['native', { istio: { native: true }, linkerd: { native: true } }],
  ['classic', { istio: { native: false }, linkerd: { native: false } }],
  ['native with CNI', { istio: { native: true, cni: true }, linkerd: { native: true, cni: true } }],
  ['classic with CNI', { istio: { native: false, cni: true }, linkerd: { native: false, cni: true } }],
];

const lineSet = (ranges: readonly LineRange[], kind?: LineRange['kind']): Set<number> => {
  const out = new Set<number>();
  for (const r of ranges) if (!kind || r.kind === kind) for (let line = r.startLine; line <= r.endLine; line++) out.add(line);
  return out;
};

/** The pod template of a shop workload as written. */
function originalTemplate(name: string): PlainObject {
  const value = resourcesOf(SHOP).find((r) => r.name === name)?.value;
  const spec = value?.['spec'];
  const template = isObject(spec) ? spec['template'] : undefined;
  if (!isObject(template)) throw new Error(`no template for ${name}`);
  return template;
}

describe('injectionPreview', () => {
  it.each(MODES)('highlights exactly the added lines, %s: without them the YAML is the original template', (_, options) => {
    for (const mesh of ['istio', 'linkerd'] as const) {
      const preview = previewOf([SHOP], 'payments', options)[mesh].preview;
      expect(preview?.lines.every((r) => r.kind === 'added')).toBe(true);
      const added = lineSet(preview?.lines ?? []);
      const kept = (preview?.yaml ?? '').split('\n').filter((_, i) => !added.has(i + 1));
      expect(kept.join('\n')).toBe(templateYaml(originalTemplate('payments')));
    }
  });

  it("starts the highlight of the injected containers at the first one's name", () => {
    for (const [mesh, init, proxy] of [
      ['istio', 'istio-init', 'istio-proxy'],
      ['linkerd', 'linkerd-init', 'linkerd-proxy'],
    ] as const) {
      const preview = previewOf([SHOP], 'payments')[mesh].preview;
      const lines = preview?.yaml.split('\n') ?? [];
      const at = lines.findIndex((line) => line.trim() === `- name: ${proxy}`) + 1;
      const range = preview?.lines.find((r) => r.startLine <= at && r.endLine >= at);
      expect(range?.kind).toBe('added');
      expect(lines[(range?.startLine ?? 0) - 1]?.trim()).toBe(`- name: ${init}`);
      expect(lines[range?.endLine ?? 0]?.trim()).toBe('- name: migrate');
    }
  });

  it('marks the lines the injector changed apart from those it added', () => {
    const preview = previewOf([SHOP], 'orders').istio.preview;
    const lines = preview?.yaml.split('\n') ?? [];
    const text = (kind: LineRange['kind']): string[] => [...lineSet(preview?.lines ?? [], kind)].map((n) => lines[n - 1]?.trim() ?? '');
    expect(text('changed')).toEqual(['prometheus.io/port: "15020"', 'path: /app-health/orders/readyz', 'port: 15020']);
    // The TCP liveness probe became an HTTP one: its httpGet is new, the tcpSocket it replaced is gone.
    expect(text('added')).toEqual(expect.arrayContaining(['httpGet:', 'path: /app-health/orders/livez']));
    expect(lines.map((line) => line.trim())).not.toContain('tcpSocket:');
  });

  it('lists the added and changed paths relative to the pod template', () => {
    const changes = previewOf([SHOP], 'payments').linkerd.preview?.changes;
    expect(changes).toEqual([
      { path: ['metadata', 'labels', 'linkerd.io/control-plane-ns'], kind: 'added' },
      { path: ['metadata', 'labels', 'linkerd.io/proxy-deployment'], kind: 'added' },
      { path: ['metadata', 'labels', 'linkerd.io/workload-ns'], kind: 'added' },
      { path: ['metadata', 'annotations'], kind: 'added' },
      { path: ['spec', 'initContainers', 0], kind: 'added' },
      { path: ['spec', 'initContainers', 1], kind: 'added' },
      { path: ['spec', 'volumes'], kind: 'added' },
    ]);
  });
});
