import { describe, expect, it } from 'vitest';
import { unpinned } from '../../../../../src/lib/manifest/kubernetes/checks/containers.ts';
import { at, check, checkText, only } from './helpers.ts';

describe('unpinned', () => {
  it('tells a missing tag from latest, and accepts versions, digests and registry ports', () => {
    expect(unpinned('orders')).toBe('no-tag');
    expect(unpinned('registry.shop.internal:5000/orders')).toBe('no-tag');
    expect(unpinned('orders:latest')).toBe('latest');
    expect(unpinned('orders:1.4.2')).toBeUndefined();
    expect(unpinned('registry.shop.internal:5000/orders:1.4.2')).toBeUndefined();
    expect(unpinned('orders@sha256:9b2f6c1d')).toBeUndefined();
    expect(unpinned('$(ORDERS_IMAGE)')).toBeUndefined();
  });
});

describe('SA3006 image without a pinned tag', () => {
  it('reports SA3006 at the image value for image: orders:latest and for an image without a tag', () => {
    const diagnostics = check('sa3006-image-tag.fail.yaml');
    expect(at(diagnostics, 'SA3006')).toEqual([
      { code: 'SA3006', severity: 'warning', line: 16, column: 18 },
      { code: 'SA3006', severity: 'warning', line: 19, column: 18 },
    ]);
    expect(only(diagnostics, 'SA3006')[1]).toMatchObject({ endLine: 19, endColumn: 31, path: 'spec.template.spec.containers[0].image' });
    expect(only(diagnostics, 'SA3006')[1]?.message).toMatchInlineSnapshot(
      `"image "orders:latest" uses the moving "latest" tag; pin a version (orders:1.4.2) or a digest so every replica runs the same build"`,
    );
  });

  it('accepts a version tag behind a registry port, and a digest', () => {
    expect(only(check('sa3006-image-tag.pass.yaml'), 'SA3006')).toEqual([]);
  });

  it("accepts image: auto on istio-proxy, Istio's placeholder for gateway injection, but not on other containers", () => {
    const text = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: { name: shop-ingressgateway, namespace: shop-ingress }',
      'spec:',
      '  selector: { matchLabels: { istio: shop-ingressgateway } }',
      '  template:',
      '    metadata: { labels: { istio: shop-ingressgateway, sidecar.istio.io/inject: "true" } }',
      '    spec:',
      '      containers:',
      '        - name: istio-proxy',
      '          image: auto',
      '        - name: orders',
      '          image: auto',
      '',
    ].join('\n');
    expect(at(checkText(text), 'SA3006')).toEqual([{ code: 'SA3006', severity: 'warning', line: 13, column: 18 }]);
  });
});

describe('SA3007 missing readiness or liveness probe', () => {
  it('reports one SA3007 per missing probe, at the container name', () => {
    const diagnostics = check('sa3007-probes.fail.yaml');
    expect(at(diagnostics, 'SA3007')).toEqual([
      { code: 'SA3007', severity: 'warning', line: 15, column: 11 },
      { code: 'SA3007', severity: 'warning', line: 20, column: 11 },
      { code: 'SA3007', severity: 'warning', line: 20, column: 11 },
    ]);
    expect(only(diagnostics, 'SA3007').map((d) => d.message)).toEqual([
      'container "payments" has no livenessProbe: if it hangs, nothing restarts it',
      'container "audit" has no readinessProbe: it gets traffic before it is ready to serve',
      'container "audit" has no livenessProbe: if it hangs, nothing restarts it',
    ]);
  });

  it('leaves out init containers, native sidecars and Pods that are not restarted', () => {
    expect(only(check('sa3007-probes.pass.yaml'), 'SA3007')).toEqual([]);
  });
});

describe('SA3008 missing resource requests or memory limit', () => {
  it('reports missing requests and a missing memory limit, at the container or its resources', () => {
    const diagnostics = check('sa3008-resources.fail.yaml');
    expect(at(diagnostics, 'SA3008')).toEqual([
      { code: 'SA3008', severity: 'warning', line: 7, column: 7 },
      { code: 'SA3008', severity: 'warning', line: 7, column: 7 },
      { code: 'SA3008', severity: 'warning', line: 14, column: 9 },
    ]);
    expect(only(diagnostics, 'SA3008').map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "container "orders" has no resource requests, so the scheduler places it blind; set resources.requests (cpu, memory), and in a mesh count the sidecar's requests too",
        "container "orders" has no memory limit, so a leak can exhaust the node and evict its neighbours; set resources.limits.memory",
        "container "cache" has no memory limit, so a leak can exhaust the node and evict its neighbours; set resources.limits.memory",
      ]
    `);
  });

  it('accepts requests with a memory limit', () => {
    expect(only(check('sa3008-resources.pass.yaml'), 'SA3008')).toEqual([]);
  });
});

describe('SA3009 container may run as root', () => {
  it('reports no runAsNonRoot, runAsUser: 0 and runAsNonRoot: false, each at the most specific place', () => {
    const diagnostics = check('sa3009-root.fail.yaml');
    expect(at(diagnostics, 'SA3009')).toEqual([
      { code: 'SA3009', severity: 'warning', line: 15, column: 11 },
      { code: 'SA3009', severity: 'warning', line: 20, column: 24 },
      { code: 'SA3009', severity: 'warning', line: 28, column: 19 },
    ]);
    expect(only(diagnostics, 'SA3009').map((d) => d.message)).toMatchInlineSnapshot(`
      [
        "container "orders" may run as root: set securityContext.runAsNonRoot: true and a non-zero runAsUser, on the container or the pod",
        "runAsUser: 0 runs container "metrics" as root; use a non-zero UID such as 10001",
        "runAsNonRoot: false lets the pod's containers run as root; set it to true with a non-zero runAsUser",
      ]
    `);
  });

  it('accepts runAsNonRoot on the pod and a non-zero runAsUser on the pod or the container', () => {
    expect(only(check('sa3009-root.pass.yaml'), 'SA3009')).toEqual([]);
  });

  it('reports a pod-level runAsUser: 0 once, not once per container', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: orders}\nspec:\n  securityContext:\n    runAsUser: 0\n  containers:\n    - {name: a, image: "a:1"}\n    - {name: b, image: "b:1"}\n';
    expect(at(checkText(text), 'SA3009')).toEqual([{ code: 'SA3009', severity: 'warning', line: 6, column: 16 }]);
  });

  it('runs the container checks on Pods too', () => {
    const text =
      'apiVersion: v1\nkind: Pod\nmetadata: {name: orders}\nspec:\n  containers:\n    - name: orders\n      image: orders:latest\n';
    expect([...new Set(checkText(text).map((d) => d.code))].sort()).toEqual(['SA3006', 'SA3007', 'SA3008', 'SA3009']);
  });
});

describe('SA3010 two containers claim the same port', () => {
  const pod = (sidecar: string, extra = ''): string => `apiVersion: v1
kind: Pod
metadata: {name: orders}
spec:
  initContainers:
    - name: migrate
      image: ghcr.io/example/migrate:1.0.0
      ports: [{containerPort: 8080}]
    - name: shipper
      image: ghcr.io/example/shipper:1.0.0
${sidecar}
  containers:
    - name: orders
      image: ghcr.io/example/orders:1.4.2
      ports:
        - {name: http, containerPort: 8080}
        - {name: dns, containerPort: 5353, protocol: UDP}
${extra}`;

  it('reports the second listener of a port between a native sidecar and the app, at its containerPort', () => {
    const diagnostics = checkText(pod('      restartPolicy: Always\n      ports: [{containerPort: 8080}]'));
    expect(at(diagnostics, 'SA3010')).toEqual([{ code: 'SA3010', severity: 'warning', line: 17, column: 39 }]);
    expect(only(diagnostics, 'SA3010')[0]?.message).toBe(
      'containers "shipper" and "orders" both use port 8080/TCP; they share the pod\'s network, so one of them cannot bind it',
    );
  });

  it('ignores plain init containers (they run alone, first) and the same number over another protocol', () => {
    expect(only(checkText(pod('      ports: [{containerPort: 8080}]')), 'SA3010')).toEqual([]);
    expect(only(checkText(pod('      restartPolicy: Always\n      ports: [{containerPort: 5353}]')), 'SA3010')).toEqual([]);
  });
});
