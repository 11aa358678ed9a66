import { describe, expect, it } from 'vitest';
import { renderTemplate, templateYaml } from '../../../../../src/lib/mesh/injection/index.ts';

const TEMPLATE = {
  metadata: { labels: { app: 'orders', 'security.istio.io/tlsMode': 'istio' } },
  spec: {
    containers: [
      { name: 'orders', image: 'orders:0.4.0' },
      { name: 'istio-proxy', image: 'docker.io/istio/proxyv2:1.31.1', args: ['proxy', 'sidecar'] },
    ],
    volumes: [{ name: 'istio-envoy', emptyDir: { medium: 'Memory' } }],
  },
};

describe('renderTemplate', () => {
  it('finds the lines of an added mapping entry and an added list item', () => {
    const rendered = renderTemplate(TEMPLATE, [
      { path: ['metadata', 'labels', 'security.istio.io/tlsMode'], kind: 'added' },
      { path: ['spec', 'containers', 1], kind: 'added' },
    ]);
    expect(rendered.yaml.split('\n').slice(0, 12)).toEqual([
      'metadata:',
      '  labels:',
      '    app: orders',
      '    security.istio.io/tlsMode: istio',
      'spec:',
      '  containers:',
      '    - name: orders',
      '      image: orders:0.4.0',
      '    - name: istio-proxy',
      '      image: docker.io/istio/proxyv2:1.31.1',
      '      args:',
      '        - proxy',
    ]);
    expect(rendered.lines).toEqual([
      { startLine: 4, endLine: 4, kind: 'added' },
      { startLine: 9, endLine: 13, kind: 'added' },
    ]);
  });

  it('covers a whole added section, from its key to its last line', () => {
    const { lines, yaml } = renderTemplate(TEMPLATE, [{ path: ['spec', 'volumes'], kind: 'added' }]);
    const text = yaml.split('\n');
    expect(lines).toEqual([{ startLine: 14, endLine: 17, kind: 'added' }]);
    expect(text[13]).toBe('  volumes:');
    expect(text[16]).toBe('        medium: Memory');
  });

  it('joins touching ranges and drops a change inside an added block', () => {
    const { lines } = renderTemplate(TEMPLATE, [
      { path: ['spec', 'containers', 1, 'args', 0], kind: 'changed' },
      { path: ['spec', 'containers', 1], kind: 'added' },
      { path: ['spec', 'volumes'], kind: 'added' },
      { path: ['spec', 'containers', 0, 'image'], kind: 'changed' },
    ]);
    expect(lines).toEqual([
      { startLine: 8, endLine: 8, kind: 'changed' },
      { startLine: 9, endLine: 17, kind: 'added' },
    ]);
  });

  it('skips paths that are not in the rendered text', () => {
    expect(renderTemplate(TEMPLATE, [{ path: ['spec', 'initContainers', 0], kind: 'added' }]).lines).toEqual([]);
    expect(renderTemplate({ a: undefined }, [{ path: ['a'], kind: 'added' }]).lines).toEqual([]);
  });
});

describe('templateYaml', () => {
  it('keeps the key order and does not fold long values', () => {
    const long = JSON.stringify({
      initContainers: ['istio-init', 'istio-proxy'],
      volumes: Array.from({ length: 20 }, (_, i) => `volume-${i}`),
    });
    const text = templateYaml({ spec: { b: 1, a: 2 }, metadata: { annotations: { status: long } } });
    expect(text).toBe(`spec:\n  b: 1\n  a: 2\nmetadata:\n  annotations:\n    status: '${long}'\n`);
  });

  it('writes keys that look special as plain keys', () => {
    const value = Object.create(null) as Record<string, unknown>;
    value['__proto__'] = { polluted: true };
    expect(templateYaml(value)).toBe('__proto__:\n  polluted: true\n');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
