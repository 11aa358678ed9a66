import { describe, expect, it } from 'vitest';
import type { PlainObject } from '../../../../../src/lib/manifest/index.ts';
import { fixture, fixtureText, names, namespace, orders, previewOf, resourcesOf, yaml } from './helpers.ts';

const SHOP = fixture('shop.yaml');
type Container = PlainObject & { name: string; env?: { name: string; value?: string }[] };

/** The injected template of a shop workload for Linkerd, with the given options. */
function linkerd(sources: ReturnType<typeof fixture>[], name: string, options: Parameters<typeof previewOf>[2] = {}) {
  const preview = previewOf(sources, name, options).linkerd.preview;
  if (!preview) throw new Error(`no Linkerd preview for ${name}`);
  const spec = preview.template['spec'] as { initContainers?: Container[]; containers: Container[]; volumes: PlainObject[] };
  const metadata = preview.template['metadata'] as { labels: Record<string, string>; annotations: Record<string, string> };
  const all = [...(spec.initContainers ?? []), ...spec.containers];
  const proxy = all.find((c) => c.name === 'linkerd-proxy');
  const env = (key: string): string | undefined => proxy?.env?.find((e) => e.name === key)?.value;
  return { preview, spec, metadata, proxy, env };
}

const shop = (name: string, options: Parameters<typeof previewOf>[2] = {}) => linkerd([SHOP, fixture('kinds.yaml')], name, options);

describe('injectionPreview', () => {
  it('renders the templates as the golden files show', () => {
    expect(shop('payments').preview.yaml).toBe(fixtureText('payments.linkerd-native.yaml.golden'));
    expect(shop('payments', { linkerd: { native: false } }).preview.yaml).toBe(fixtureText('payments.linkerd-classic.yaml.golden'));
  });

  it('puts linkerd-init and then linkerd-proxy, with restartPolicy Always, first among the init containers in native mode', () => {
    const { spec, proxy, preview } = shop('payments');
    expect(preview).toMatchObject({ mode: 'native', cni: false, title: 'Preview: pod template after Linkerd injection (native sidecar)' });
    expect(names(spec.initContainers)).toEqual(['linkerd-init', 'linkerd-proxy', 'migrate']);
    expect(names(spec.containers)).toEqual(['payments']);
    expect(proxy?.['restartPolicy']).toBe('Always');
    expect(proxy?.['startupProbe']).toEqual({ httpGet: { path: '/ready', port: 4191 }, periodSeconds: 1, failureThreshold: 120 });
    expect(proxy).not.toHaveProperty('lifecycle');
  });

  it('makes linkerd-proxy the first container, awaited by the app, in classic mode', () => {
    const { spec, proxy, preview } = shop('payments', { linkerd: { native: false } });
    expect(preview.mode).toBe('classic');
    expect(names(spec.initContainers)).toEqual(['migrate', 'linkerd-init']);
    expect(names(spec.containers)).toEqual(['linkerd-proxy', 'payments']);
    expect(proxy).not.toHaveProperty('restartPolicy');
    expect(proxy?.['lifecycle']).toEqual({
      postStart: { exec: { command: ['/usr/lib/linkerd/linkerd-await', '--timeout=2m', '--port=4191'] } },
    });
  });

  it('uses linkerd-network-validator and no xtables lock with linkerd-cni', () => {
    const { spec } = shop('payments', { linkerd: { cni: true } });
    expect(names(spec.initContainers)).toEqual(['linkerd-network-validator', 'linkerd-proxy', 'migrate']);
    expect(names(spec.volumes)).toEqual(['linkerd-identity-end-entity', 'linkerd-identity-token']);
    const validator = spec.initContainers?.[0];
    expect(validator?.['command']).toEqual(['/usr/lib/linkerd/linkerd2-network-validator']);
    expect(JSON.stringify(validator)).not.toContain('NET_ADMIN');
    expect(names(shop('payments', { linkerd: { cni: true, native: false } }).spec.initContainers)).toEqual([
      'migrate',
      'linkerd-network-validator',
    ]);
  });

  it('gives linkerd-init the iptables arguments and linkerd-proxy its ports, probes, user and volumes', () => {
    const { spec, proxy } = shop('payments');
    expect(spec.initContainers?.[0]?.['args']).toEqual([
      '--firewall-bin-path',
      'iptables-nft',
      '--firewall-save-bin-path',
      'iptables-nft-save',
      '--ipv6=false',
      '--incoming-proxy-port',
      '4143',
      '--outgoing-proxy-port',
      '4140',
      '--proxy-uid',
      '2102',
      '--inbound-ports-to-ignore',
      '4190,4191,4567,4568',
      '--outbound-ports-to-ignore',
      '4567,4568',
    ]);
    expect(proxy?.['ports']).toEqual([
      { containerPort: 4143, name: 'linkerd-proxy' },
      { containerPort: 4191, name: 'linkerd-admin' },
    ]);
    expect(proxy?.['readinessProbe']).toMatchObject({ httpGet: { path: '/ready', port: 4191 } });
    expect(proxy?.['livenessProbe']).toMatchObject({ httpGet: { path: '/live', port: 4191 } });
    expect(proxy?.['securityContext']).toMatchObject({ runAsUser: 2102, runAsNonRoot: true, readOnlyRootFilesystem: true });
    expect(proxy?.['image']).toBe('cr.l5d.io/linkerd/proxy:edge-26.7.1');
    expect(names(spec.volumes)).toEqual(['linkerd-proxy-init-xtables-lock', 'linkerd-identity-end-entity', 'linkerd-identity-token']);
    expect(spec.volumes[2]).toEqual({
      name: 'linkerd-identity-token',
      projected: {
        sources: [{ serviceAccountToken: { audience: 'identity.l5d.io', expirationSeconds: 86400, path: 'linkerd-identity-token' } }],
      },
    });
  });

  it('adds the labels and annotations the injector writes, by workload kind', () => {
    const { metadata, env } = shop('payments');
    expect(metadata.labels).toEqual({
      app: 'payments',
      'linkerd.io/control-plane-ns': 'linkerd',
      'linkerd.io/proxy-deployment': 'payments',
      'linkerd.io/workload-ns': 'shop',
    });
    expect(Object.keys(metadata.annotations)).toEqual([
      'linkerd.io/created-by',
      'linkerd.io/proxy-version',
      'linkerd.io/trust-root-sha256',
    ]);
    expect(env('LINKERD2_PROXY_INBOUND_PORTS')).toBe('50051');
    expect(shop('payments-db').metadata.labels['linkerd.io/proxy-statefulset']).toBe('payments-db');
    expect(shop('orders-report').metadata.labels['linkerd.io/proxy-cronjob']).toBe('orders-report');
    expect(Object.keys(shop('orders-debug').metadata.labels)).toEqual(['app', 'linkerd.io/control-plane-ns', 'linkerd.io/workload-ns']);
  });

  it('marks a default opaque port, such as PostgreSQL, with config.linkerd.io/opaque-ports', () => {
    const { metadata, preview } = shop('payments-db');
    expect(metadata.annotations['config.linkerd.io/opaque-ports']).toBe('5432');
    expect(preview.notes.some((n) => n.includes('Port 5432 is opaque'))).toBe(true);
  });

  it('honours the config.linkerd.io annotations of the pod and copies those of the namespace', () => {
    const ns = namespace('shop', {}, { 'linkerd.io/inject': 'enabled', 'config.linkerd.io/proxy-memory-limit': '128Mi' });
    const annotations = {
      'config.linkerd.io/proxy-cpu-request': '0.25',
      'config.linkerd.io/proxy-cpu-limit': '1500m',
      'config.linkerd.io/skip-inbound-ports': '9090',
      'config.linkerd.io/admin-port': '9998',
      'config.linkerd.io/proxy-enable-native-sidecar': 'false',
    };
    const { proxy, spec, metadata, env, preview } = linkerd(
      [yaml([ns, orders({ namespace: 'shop', annotations })].join('---\n'))],
      'orders',
    );
    expect(preview.mode).toBe('classic');
    expect(proxy?.['resources']).toEqual({ limits: { cpu: '1500m', memory: '128Mi' }, requests: { cpu: '250m' } });
    expect(env('LINKERD2_PROXY_CORES_MAX')).toBe('2');
    expect(env('LINKERD2_PROXY_ADMIN_LISTEN_ADDR')).toBe('0.0.0.0:9998');
    const args = spec.initContainers?.[0]?.['args'] as string[];
    expect(args[args.indexOf('--inbound-ports-to-ignore') + 1]).toBe('4190,9998,9090');
    expect(metadata.annotations['config.linkerd.io/proxy-memory-limit']).toBe('128Mi');
  });

  it('sets ingress mode for linkerd.io/inject: ingress', () => {
    const text = [namespace('shop'), orders({ namespace: 'shop', annotations: { 'linkerd.io/inject': 'ingress' } })].join('---\n');
    expect(linkerd([yaml(text)], 'orders').env('LINKERD2_PROXY_INGRESS_MODE')).toBe('true');
  });

  it('leaves the original containers as they were, in their order', () => {
    const original = resourcesOf(SHOP).find((r) => r.name === 'orders')?.value;
    const template = (original?.['spec'] as PlainObject)['template'] as { spec: { containers: unknown[] } };
    for (const native of [true, false]) {
      const { spec } = shop('orders', { linkerd: { native } });
      expect(spec.containers.filter((c) => c.name !== 'linkerd-proxy')).toEqual(template.spec.containers);
    }
  });

  it('notes placeholder versions and the omitted environment', () => {
    const { notes } = shop('payments').preview;
    expect(notes[0]).toBe(
      "Preview: Linkerd's proxy injector changes each pod the Deployment creates, as shown; the Deployment itself keeps the template you wrote.",
    );
    expect(notes.some((n) => n.includes('placeholders (edge-26.7.1)') && n.includes('versions vary'))).toBe(true);
    expect(notes.some((n) => n.startsWith('Only the main environment variables'))).toBe(true);
  });
});
