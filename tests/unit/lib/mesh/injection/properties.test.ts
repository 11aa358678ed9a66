import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../../src/lib/manifest/index.ts';
import { injectionPreview } from '../../../../../src/lib/mesh/injection/index.ts';
import { fixture, resourcesOf } from './helpers.ts';

const KINDS: [kind: string, apiVersion: string][] = [
  ['Pod', 'v1'],
  ['Deployment', 'apps/v1'],
  ['StatefulSet', 'apps/v1'],
  ['DaemonSet', 'apps/v1'],
  ['ReplicaSet', 'apps/v1'],
  ['Job', 'batch/v1'],
  ['CronJob', 'batch/v1'],
  ['Namespace', 'v1'],
];

/** A resource with any value at all, as the validator's reader could hand it over. */
function resource(kind: string, apiVersion: string, value: Record<string, unknown>, index: number): Resource {
  const slash = apiVersion.lastIndexOf('/');
  return {
    file: 'fuzz.yaml',
    index,
    apiVersion,
    group: slash < 0 ? '' : apiVersion.slice(0, slash),
    version: apiVersion.slice(slash + 1),
    kind,
    name:
      typeof (value['metadata'] as { name?: unknown } | undefined)?.name === 'string'
        ? String((value['metadata'] as { name: string }).name)
        : 'fuzz',
    namespace: 'shop',
    value,
    positions: () => {
      throw new Error('positions are not needed');
    },
  };
}

const anyValue = fc.anything({ maxDepth: 4, withNullPrototype: true, withObjectString: true });
/** Mostly the shape a workload has, sometimes anything at all. */
const mostly = <T>(shaped: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ arbitrary: shaped, weight: 5 }, { arbitrary: anyValue, weight: 1 });
const names = fc.constantFrom('orders', 'payments', 'istio-proxy', 'linkerd-proxy', 'istio-init', '__proto__', '');
const port = fc.record({ containerPort: fc.oneof(fc.integer({ min: 1, max: 65535 }), anyValue), name: fc.string() }, { requiredKeys: [] });
const probe = fc.record(
  {
    httpGet: fc.record({ path: fc.string(), port: fc.oneof(fc.integer(), fc.string(), anyValue) }, { requiredKeys: [] }),
    tcpSocket: fc.record({ port: fc.oneof(fc.integer(), fc.string()) }),
    timeoutSeconds: fc.oneof(fc.integer(), anyValue),
  },
  { requiredKeys: [] },
);
const container = mostly(
  fc.record(
    {
      name: names,
      image: fc.string(),
      restartPolicy: fc.constantFrom('Always', 'Never'),
      ports: mostly(fc.array(port, { maxLength: 3 })),
      readinessProbe: mostly(probe),
      livenessProbe: mostly(probe),
    },
    { requiredKeys: ['name'] },
  ),
);
const podSpec = mostly(
  fc.record(
    {
      containers: mostly(fc.array(container, { minLength: 1, maxLength: 3 })),
      initContainers: mostly(fc.array(container, { maxLength: 2 })),
      volumes: mostly(fc.array(mostly(fc.record({ name: names }, { requiredKeys: [] })), { maxLength: 2 })),
      hostNetwork: mostly(fc.boolean()),
    },
    { requiredKeys: ['containers'] },
  ),
);
const labelKeys = fc.constantFrom('sidecar.istio.io/inject', 'istio.io/rev', 'app', 'version', 'linkerd.io/inject');
const annotationKeys = fc.constantFrom(
  'linkerd.io/inject',
  'prometheus.io/port',
  'prometheus.io/scrape',
  'sidecar.istio.io/status',
  'sidecar.istio.io/nativeSidecar',
  'sidecar.istio.io/interceptionMode',
  'config.linkerd.io/admin-port',
  'config.linkerd.io/proxy-cpu-limit',
  'traffic.sidecar.istio.io/excludeInboundPorts',
);
const stringValue = fc.oneof(fc.constantFrom('true', 'false', 'enabled', 'ingress', 'NONE', '9090', '0.5', '{}', ''), fc.string());
const metadata = mostly(
  fc.record(
    {
      labels: mostly(fc.dictionary(labelKeys, mostly(stringValue))),
      annotations: mostly(fc.dictionary(annotationKeys, mostly(stringValue))),
    },
    { requiredKeys: [] },
  ),
);
const template = mostly(fc.record({ metadata, spec: podSpec }, { requiredKeys: ['spec'] }));
// The reader only makes resources of mappings, so the root is one; below it, anything goes.
const anyMapping = fc.dictionary(fc.string(), anyValue);
const value = fc.oneof(
  { weight: 1, arbitrary: anyMapping },
  {
    weight: 5,
    arbitrary: fc.record(
      {
        metadata: fc.record({ name: fc.string() }, { requiredKeys: [] }),
        spec: mostly(fc.record({ template, jobTemplate: fc.record({ spec: fc.record({ template }) }) }, { requiredKeys: [] })),
      },
      { requiredKeys: ['spec'] },
    ),
  },
);
// A Pod keeps its spec at the top; give it one shaped like a pod spec as often as not.
const podValue = fc.oneof(anyMapping, fc.record({ metadata, spec: podSpec }, { requiredKeys: ['spec'] }));

describe('injectionPreview', () => {
  it('never throws, whatever the resources hold, and every highlighted line is in the YAML', () => {
    const shop = resourcesOf(fixture('shop.yaml'));
    let previewed = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.tuple(fc.constantFrom(...KINDS), value), fc.tuple(fc.constant(KINDS[0] as [string, string]), podValue)), {
          maxLength: 4,
        }),
        fc.boolean(),
        fc.boolean(),
        (docs, native, cni) => {
          const resources = [
            ...shop.slice(0, 1),
            ...docs.map(([[kind, apiVersion], v], i) => resource(kind, apiVersion, v as Record<string, unknown>, i)),
          ];
          const previews = injectionPreview(resources, { istio: { native, cni }, linkerd: { native, cni } });
          for (const p of previews) {
            for (const mesh of [p.istio, p.linkerd]) {
              expect(typeof mesh.decision.reason).toBe('string');
              // The checks before injecting must catch every odd shape; the last-resort catch should stay idle.
              expect(mesh.unavailable ?? '').not.toContain('could not be injected');
              if (!mesh.preview) continue;
              previewed++;
              const lineCount = mesh.preview.yaml.split('\n').length;
              for (const r of mesh.preview.lines) {
                expect(r.startLine).toBeGreaterThanOrEqual(1);
                expect(r.endLine).toBeGreaterThanOrEqual(r.startLine);
                expect(r.endLine).toBeLessThanOrEqual(lineCount);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
    // The generators must reach the injectors, not only the early refusals.
    expect(previewed).toBeGreaterThan(10);
  });
});
