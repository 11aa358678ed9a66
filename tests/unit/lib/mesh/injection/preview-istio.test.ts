import { describe, expect, it } from 'vitest';
import { injectionPreview } from '../../../../../src/lib/mesh/injection/index.ts';
import type { PlainObject } from '../../../../../src/lib/manifest/index.ts';
import { fixture, fixtureText, names, namespace, orders, previewOf, resourcesOf, yaml } from './helpers.ts';

const SHOP = fixture('shop.yaml');
type Container = PlainObject & { name: string; env?: { name: string; value?: string }[] };

/** The injected template of a shop workload for Istio, with the given options. */
function istio(name: string, options: Parameters<typeof previewOf>[2] = {}) {
  const preview = previewOf([SHOP, fixture('kinds.yaml')], name, options).istio.preview;
  if (!preview) throw new Error(`no Istio preview for ${name}`);
  const spec = preview.template['spec'] as { initContainers?: Container[]; containers: Container[]; volumes: PlainObject[] };
  const metadata = preview.template['metadata'] as { labels: Record<string, string>; annotations: Record<string, string> };
  const all = [...(spec.initContainers ?? []), ...spec.containers];
  const proxy = all.find((c) => c.name === 'istio-proxy');
  const init = all.find((c) => c.name === 'istio-init' || c.name === 'istio-validation');
  const env = (key: string): string | undefined => proxy?.env?.find((e) => e.name === key)?.value;
  return { preview, spec, metadata, proxy, init, env };
}

const VOLUMES = [
  'workload-socket',
  'credential-socket',
  'workload-certs',
  'istio-envoy',
  'istio-data',
  'istio-podinfo',
  'istio-token',
  'istiod-ca-cert',
  'istio-ca-crl',
];

describe('injectionPreview', () => {
  it('lists every workload of the input with its label and template path, in input order', () => {
    const previews = injectionPreview(resourcesOf(SHOP, fixture('kinds.yaml')));
    expect(previews.map((p) => [p.label, p.templatePath.join('.')])).toEqual([
      ['Deployment shop/orders', 'spec.template'],
      ['Deployment shop/payments', 'spec.template'],
      ['Pod shop/orders-debug', ''],
      ['StatefulSet shop/payments-db', 'spec.template'],
      ['DaemonSet shop/log-shipper', 'spec.template'],
      ['ReplicaSet shop/orders-canary', 'spec.template'],
      ['Job shop/payments-backfill', 'spec.template'],
      ['CronJob shop/orders-report', 'spec.jobTemplate.spec.template'],
    ]);
    expect(previews.every((p) => p.istio.decision.inject && p.linkerd.decision.inject && p.istio.preview && p.linkerd.preview)).toBe(true);
  });

  it('renders the native-sidecar template as the golden file shows', () => {
    expect(istio('payments').preview.yaml).toBe(fixtureText('payments.istio-native.yaml.golden'));
    expect(istio('payments', { istio: { native: false } }).preview.yaml).toBe(fixtureText('payments.istio-classic.yaml.golden'));
  });

  it('puts istio-proxy among the init containers with restartPolicy Always in native mode, after istio-init', () => {
    const { spec, proxy, preview } = istio('payments');
    expect(preview).toMatchObject({ mode: 'native', cni: false, title: 'Preview: pod template after Istio injection (native sidecar)' });
    expect(names(spec.initContainers)).toEqual(['istio-init', 'istio-proxy', 'migrate']);
    expect(names(spec.containers)).toEqual(['payments']);
    expect(proxy?.['restartPolicy']).toBe('Always');
    expect(proxy?.['lifecycle']).toEqual({
      preStop: { exec: { command: ['pilot-agent', 'request', '--debug-port=15020', 'POST', 'drain'] } },
    });
  });

  it('puts istio-proxy last among the containers and istio-init last among the init containers in classic mode', () => {
    const { spec, proxy, preview } = istio('payments', { istio: { native: false } });
    expect(preview.mode).toBe('classic');
    expect(names(spec.initContainers)).toEqual(['migrate', 'istio-init']);
    expect(names(spec.containers)).toEqual(['payments', 'istio-proxy']);
    expect(proxy).not.toHaveProperty('restartPolicy');
    expect(proxy).not.toHaveProperty('lifecycle');
  });

  it('uses istio-validation, first and without NET_ADMIN, with Istio CNI', () => {
    const classic = istio('payments', { istio: { native: false, cni: true } });
    expect(names(classic.spec.initContainers)).toEqual(['istio-validation', 'migrate']);
    expect(classic.init?.['args']).toEqual(expect.arrayContaining(['--run-validation', '--skip-rule-apply']));
    expect(classic.init?.['securityContext']).toMatchObject({ capabilities: { drop: ['ALL'] }, runAsUser: 1337, runAsNonRoot: true });
    expect(classic.metadata.annotations).toMatchObject({
      'sidecar.istio.io/interceptionMode': 'REDIRECT',
      'traffic.sidecar.istio.io/excludeInboundPorts': '15020',
    });
    expect(names(istio('payments', { istio: { cni: true } }).spec.initContainers)).toEqual(['istio-validation', 'istio-proxy', 'migrate']);
  });

  it('gives istio-init the iptables arguments and the capabilities it needs', () => {
    const { init } = istio('payments');
    expect(init?.['args']).toEqual([
      'istio-iptables',
      '-p',
      '15001',
      '-z',
      '15006',
      '-u',
      '1337',
      '-m',
      'REDIRECT',
      '-i',
      '*',
      '-x',
      '',
      '-b',
      '*',
      '-d',
      '15090,15021,15020',
      '--log_output_level=default:info',
    ]);
    expect(init?.['securityContext']).toMatchObject({ capabilities: { add: ['NET_ADMIN', 'NET_RAW'], drop: ['ALL'] }, runAsUser: 0 });
  });

  it('gives istio-proxy its ports, probes, user and volumes', () => {
    const { proxy, spec } = istio('payments');
    expect(proxy?.['ports']).toEqual([{ containerPort: 15090, name: 'http-envoy-prom', protocol: 'TCP' }]);
    expect(proxy?.['startupProbe']).toMatchObject({ httpGet: { path: '/healthz/ready', port: 15021 }, failureThreshold: 600 });
    expect(proxy?.['readinessProbe']).toMatchObject({ httpGet: { path: '/healthz/ready', port: 15021 } });
    expect(proxy?.['securityContext']).toMatchObject({
      runAsUser: 1337,
      runAsGroup: 1337,
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
    });
    expect(proxy?.['image']).toBe('docker.io/istio/proxyv2:1.31.1');
    expect(names(spec.volumes)).toEqual(VOLUMES);
    expect(spec.volumes.find((v) => v['name'] === 'istio-token')).toMatchObject({
      projected: { sources: [{ serviceAccountToken: { audience: 'istio-ca', expirationSeconds: 43200, path: 'istio-token' } }] },
    });
    expect(names(proxy?.['volumeMounts']).sort()).toEqual([...VOLUMES].sort());
  });

  it('sets the main environment of the proxy from the workload', () => {
    const { env } = istio('orders');
    expect(env('ISTIO_META_WORKLOAD_NAME')).toBe('orders');
    expect(env('ISTIO_META_OWNER')).toBe('kubernetes://apis/apps/v1/namespaces/shop/deployments/orders');
    expect(env('ISTIO_META_APP_CONTAINERS')).toBe('orders');
    expect(env('ISTIO_META_POD_PORTS')).toBe(
      '[\n    {"name":"http","containerPort":8080}\n    ,{"name":"metrics","containerPort":9090}\n]',
    );
    expect(env('CA_ADDR')).toBe('istiod.istio-system.svc:15012');
    expect(istio('orders-report').env('ISTIO_META_OWNER')).toBe('kubernetes://apis/batch/v1/namespaces/shop/cronjobs/orders-report');
  });

  it('adds the labels and annotations the injector writes', () => {
    const { metadata } = istio('orders');
    expect(metadata.labels).toEqual({
      app: 'orders',
      version: 'v1',
      'security.istio.io/tlsMode': 'istio',
      'service.istio.io/canonical-name': 'orders',
      'service.istio.io/canonical-revision': 'v1',
    });
    expect(metadata.annotations).toMatchObject({
      'istio.io/rev': 'default',
      'kubectl.kubernetes.io/default-container': 'orders',
      'kubectl.kubernetes.io/default-logs-container': 'orders',
    });
    expect(JSON.parse(metadata.annotations['sidecar.istio.io/status'] ?? '')).toEqual({
      initContainers: ['istio-init', 'istio-proxy'],
      containers: null,
      volumes: VOLUMES,
      imagePullSecrets: null,
      revision: 'default',
    });
  });

  it('leaves the original containers as they were, in their order', () => {
    const original = resourcesOf(SHOP).find((r) => r.name === 'payments')?.value;
    const template = (original?.['spec'] as PlainObject)['template'] as { spec: { containers: unknown[]; initContainers: unknown[] } };
    for (const native of [true, false]) {
      const { spec } = istio('payments', { istio: { native } });
      expect(spec.containers.filter((c) => c.name !== 'istio-proxy')).toEqual(template.spec.containers);
      expect(spec.initContainers?.filter((c) => c.name === 'migrate')).toEqual(template.spec.initContainers);
    }
  });

  it("points the app's probes at the agent and hands the originals over in ISTIO_KUBE_APP_PROBERS", () => {
    const { spec, env, preview } = istio('orders');
    const app = spec.containers.find((c) => c.name === 'orders');
    expect(app?.['readinessProbe']).toEqual({ httpGet: { path: '/app-health/orders/readyz', port: 15020 }, periodSeconds: 5 });
    expect(app?.['livenessProbe']).toEqual({ httpGet: { path: '/app-health/orders/livez', port: 15020 }, initialDelaySeconds: 10 });
    expect(JSON.parse(env('ISTIO_KUBE_APP_PROBERS') ?? '')).toEqual({
      '/app-health/orders/livez': { tcpSocket: { port: 8080 } },
      '/app-health/orders/readyz': { httpGet: { path: '/healthz/ready', port: 8080 } },
    });
    expect(preview.changes).toContainEqual({ path: ['spec', 'containers', 0, 'readinessProbe', 'httpGet', 'path'], kind: 'changed' });
    expect(preview.notes.some((n) => n.includes('/app-health/'))).toBe(true);
  });

  it('keeps the probes when sidecar.istio.io/rewriteAppHTTPProbers is "false"', () => {
    const text = [
      namespace('shop', { 'istio-injection': 'enabled' }),
      orders({ namespace: 'shop', annotations: { 'sidecar.istio.io/rewriteAppHTTPProbers': 'false' } }),
    ];
    const probe = '          readinessProbe:\n            httpGet:\n              path: /healthz\n              port: http\n';
    const preview = previewOf([yaml(text.join('---\n') + probe)], 'orders').istio.preview;
    const app = (preview?.template['spec'] as { containers: PlainObject[] }).containers[0];
    expect(app?.['readinessProbe']).toEqual({ httpGet: { path: '/healthz', port: 'http' } });
  });

  it("merges the app's Prometheus annotations into the agent's", () => {
    const { metadata, env, preview } = istio('orders');
    expect(metadata.annotations).toMatchObject({
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': '15020',
      'prometheus.io/path': '/stats/prometheus',
    });
    expect(JSON.parse(env('ISTIO_PROMETHEUS_ANNOTATIONS') ?? '')).toEqual({ scrape: 'true', path: '', port: '9090' });
    expect(preview.changes).toContainEqual({ path: ['metadata', 'annotations', 'prometheus.io/port'], kind: 'changed' });
  });

  it('honours the resource, port and native-sidecar annotations of the pod', () => {
    const annotations = {
      'sidecar.istio.io/proxyCPU': '250m',
      'sidecar.istio.io/proxyMemory': '256Mi',
      'traffic.sidecar.istio.io/excludeInboundPorts': '9090',
      'traffic.sidecar.istio.io/excludeOutboundPorts': '5432',
      'sidecar.istio.io/nativeSidecar': 'false',
    };
    const text = [namespace('shop', { 'istio-injection': 'enabled' }), orders({ namespace: 'shop', annotations })].join('---\n');
    const preview = previewOf([yaml(text)], 'orders').istio.preview;
    const spec = preview?.template['spec'] as { initContainers: Container[]; containers: Container[] };
    const proxy = spec.containers.find((c) => c.name === 'istio-proxy');
    expect(preview?.mode).toBe('classic');
    expect(proxy?.['resources']).toEqual({ requests: { cpu: '250m', memory: '256Mi' } });
    const args = spec.initContainers[0]?.['args'] as string[];
    expect(args.slice(args.indexOf('-d'), args.indexOf('-d') + 4)).toEqual(['-d', '15090,15021,15020,9090', '-o', '5432']);
  });

  it('uses the revision that selected the namespace', () => {
    const text = [namespace('shop', { 'istio.io/rev': 'canary' }), orders({ namespace: 'shop' })].join('---\n');
    const preview = previewOf([yaml(text)], 'orders').istio.preview;
    const metadata = preview?.template['metadata'] as { annotations: Record<string, string> };
    expect(metadata.annotations['istio.io/rev']).toBe('canary');
    expect(JSON.parse(metadata.annotations['sidecar.istio.io/status'] ?? '')).toMatchObject({ revision: 'canary' });
    expect(preview?.yaml).toContain('istiod-canary.istio-system.svc:15012');
  });

  it('injects an already-injected template again without doubling the sidecar', () => {
    const once = istio('payments').preview.template;
    const text = [
      namespace('shop', { 'istio-injection': 'enabled' }),
      `apiVersion: v1\nkind: Pod\nmetadata:\n  name: payments\n  namespace: shop\n`,
    ].join('---\n');
    const resources = resourcesOf(yaml(text));
    const pod = resources[1];
    if (!pod) throw new Error('no pod');
    Object.assign(pod.value, { metadata: once['metadata'], spec: once['spec'] });
    const again = injectionPreview(resources)[0]?.istio.preview;
    const spec = again?.template['spec'] as { initContainers: Container[]; volumes: PlainObject[] };
    expect(names(spec.initContainers)).toEqual(['istio-init', 'istio-proxy', 'migrate']);
    expect(names(spec.volumes)).toEqual(VOLUMES);
    expect(again?.notes.some((n) => n.includes('already injected'))).toBe(true);
  });

  it('keeps the fields of an istio-proxy container the template defines itself', () => {
    const custom =
      '      containers:\n        - name: istio-proxy\n          image: auto\n          resources:\n            limits:\n              memory: 512Mi\n';
    const text = [
      namespace('shop', { 'istio-injection': 'enabled' }),
      orders({ namespace: 'shop' }).replace('      containers:\n', custom),
    ].join('---\n');
    const spec = previewOf([yaml(text)], 'orders').istio.preview?.template['spec'] as {
      initContainers: Container[];
      containers: Container[];
    };
    expect(names(spec.containers)).toEqual(['orders']);
    const proxy = spec.initContainers.find((c) => c.name === 'istio-proxy');
    expect(proxy?.['resources']).toEqual({ limits: { memory: '512Mi' } });
    expect(proxy?.['image']).toBe('docker.io/istio/proxyv2:1.31.1');
  });

  it('notes that the preview is a preview, with placeholder versions and a partial environment', () => {
    const { notes, title } = istio('orders').preview;
    expect(title).toMatch(/^Preview: /);
    expect(notes[0]).toBe(
      "Preview: Istio's sidecar injector changes each pod the Deployment creates, as shown; the Deployment itself keeps the template you wrote.",
    );
    expect(notes.some((n) => n.includes('placeholders (1.31.1)') && n.includes('versions vary'))).toBe(true);
    expect(notes.some((n) => n.startsWith('Only the main environment variables'))).toBe(true);
  });
});
