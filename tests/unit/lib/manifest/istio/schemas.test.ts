import { describe, expect, it } from 'vitest';
import { RULES, SCHEMAS } from '../../../../../src/lib/manifest/index.ts';
import { istioFamily } from '../../../../../src/lib/manifest/istio/index.ts';
import { snakeCase } from '../../../../../src/lib/manifest/istio/schemas/common.ts';
import { diagnosticsOf, diagnosticsOfText, found, foundIn, messages } from './fixtures.ts';

describe('IST0106', () => {
  it('reports IST0106 at the exact key or value, with a suggestion for misspelled fields', () => {
    const diagnostics = diagnosticsOf('ist0106.fail.yaml');
    expect(found(diagnostics, 'IST0106')).toEqual([
      { code: 'IST0106', severity: 'error', line: 15, column: 7 },
      { code: 'IST0106', severity: 'error', line: 17, column: 16 },
      { code: 'IST0106', severity: 'error', line: 28, column: 13 },
      { code: 'IST0106', severity: 'error', line: 41, column: 17 },
      { code: 'IST0106', severity: 'error', line: 55, column: 19 },
    ]);
    expect(messages(diagnostics, 'IST0106')).toEqual([
      'Schema validation error: unknown field "retires" in spec.http[0]; did you mean "retries"?',
      'Schema validation error: spec.http[0].timeout: must be a duration like "5s", "250ms" or "1m30s"',
      'Schema validation error: spec.trafficPolicy.tls.mode: must be one of DISABLE, SIMPLE, MUTUAL, ISTIO_MUTUAL; did you mean ISTIO_MUTUAL?',
      'Schema validation error: spec.rules[0].to[0].operation.ports[0]: expected string, got integer 50051',
      'Schema validation error: spec.servers[0].port.protocol: server must have TLS settings for HTTPS/TLS protocols',
    ]);
  });

  it('reports no IST0106 for valid resources, snake_case field names and null fields', () => {
    expect(foundIn('ist0106.pass.yaml', 'IST0106')).toEqual([]);
  });

  it('reports a field given under both spellings', () => {
    const text =
      'apiVersion: networking.istio.io/v1\nkind: DestinationRule\nmetadata:\n  name: orders\nspec:\n  host: orders\n  trafficPolicy: {}\n  traffic_policy: {}\n';
    expect(messages(diagnosticsOfText(text), 'IST0106')).toEqual([
      'Schema validation error: spec.traffic_policy: "traffic_policy" is "trafficPolicy" spelled again; give the field once',
    ]);
  });

  it('reports Istio validation rules: one StringMatch kind, one route action, unique subsets', () => {
    const text = `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: orders
spec:
  hosts: [orders]
  http:
    - match: [{uri: {exact: /a, prefix: /b}}]
      route: [{destination: {host: orders}}]
      redirect: {uri: /elsewhere}
---
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: orders
spec:
  host: orders
  subsets: [{name: v1}, {name: v1}]
`;
    expect(messages(diagnosticsOfText(text), 'IST0106')).toEqual([
      'Schema validation error: spec.http[0].match[0].uri.prefix: set only one of exact, prefix or regex (found exact and prefix)',
      'Schema validation error: spec.http[0].redirect: set only one of route and redirect',
      'Schema validation error: spec.subsets[1].name: duplicate subset names: v1',
    ]);
  });

  it('reports a retryOn policy Envoy does not know', () => {
    const text =
      'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata:\n  name: orders\nspec:\n  hosts: [orders]\n  http:\n    - route: [{destination: {host: orders}}]\n      retries: {attempts: 2, retryOn: "5xx,gateway-errors"}\n';
    expect(messages(diagnosticsOfText(text), 'IST0106')).toEqual([
      'Schema validation error: spec.http[0].retries.retryOn: "gateway-errors" is not a valid retryOn policy',
    ]);
  });

  it('maps camelCase field names to the proto names protobuf JSON accepts', () => {
    expect(snakeCase('perTryTimeout')).toBe('per_try_timeout');
    expect(snakeCase('http1MaxPendingRequests')).toBe('http1_max_pending_requests');
    expect(snakeCase('consecutive5xxErrors')).toBe('consecutive_5xx_errors');
    expect(snakeCase('host')).toBe('host');
  });
});

describe('SA6001', () => {
  it('reports SA6001 at the apiVersion of v1alpha3 and v1beta1 resources', () => {
    const diagnostics = diagnosticsOf('sa6001.fail.yaml');
    expect(found(diagnostics, 'SA6001')).toEqual([
      { code: 'SA6001', severity: 'info', line: 2, column: 13 },
      { code: 'SA6001', severity: 'info', line: 10, column: 13 },
    ]);
    expect(messages(diagnostics, 'SA6001')[0]).toBe(
      'networking.istio.io/v1alpha3 still works, but v1 is the current version of DestinationRule: write apiVersion: networking.istio.io/v1',
    );
  });

  it('reports no SA6001 for v1 resources', () => {
    expect(foundIn('sa6001.pass.yaml', 'SA6001')).toEqual([]);
  });
});

describe('Telemetry', () => {
  const telemetry = (spec: string) =>
    diagnosticsOfText(`apiVersion: telemetry.istio.io/v1\nkind: Telemetry\nmetadata:\n  name: t\n  namespace: shop\nspec:\n${spec}`);

  it('takes protobuf spellings and a spec-less mesh default, and points v1alpha1 at v1', () => {
    expect(telemetry('  tracing:\n    - random_sampling_percentage: 10\n      disable_span_reporting: false\n')).toEqual([]);
    const bare = (version: string) =>
      diagnosticsOfText(`apiVersion: telemetry.istio.io/${version}\nkind: Telemetry\nmetadata:\n  name: t\n  namespace: istio-system\n`);
    expect(bare('v1')).toEqual([]);
    expect(bare('v1alpha1').map((d) => d.code)).toEqual(['SA6001']);
  });

  it('follows the CRD’s rules for tag overrides: UPSERT, the default, needs a value; REMOVE takes none', () => {
    const override = (body: string) =>
      telemetry(`  metrics:\n    - overrides:\n        - tagOverrides:\n            request_host:\n${body}`);
    expect(messages(override('              operation: UPSERT\n'), 'IST0106')).toEqual([
      'Schema validation error: spec.metrics[0].overrides[0].tagOverrides.request_host.value: value must be set when operation is UPSERT (the default)',
    ]);
    expect(found(override('              value: request.host\n'), 'IST0106')).toEqual([]);
    expect(found(override('              operation: REMOVE\n              value: x\n'), 'IST0106')).toEqual([
      { code: 'IST0106', severity: 'error', line: 12, column: 22 },
    ]);
  });

  it('allows one of selector, targetRef and targetRefs', () => {
    const both = telemetry(
      '  selector:\n    matchLabels:\n      app: orders\n  targetRefs:\n    - kind: Gateway\n      group: gateway.networking.k8s.io\n      name: shop\n',
    );
    expect(messages(both, 'IST0106')).toEqual([expect.stringContaining('set only one of selector and targetRefs')]);
  });
});

describe('istioFamily', () => {
  it('registers a schema for every Istio kind it checks, current version first', () => {
    const kinds = istioFamily.schemas.map((s) => `${s.group}/${s.kind}@${s.versions.join(',')}`);
    expect(kinds).toEqual([
      'networking.istio.io/VirtualService@v1,v1beta1,v1alpha3',
      'networking.istio.io/DestinationRule@v1,v1beta1,v1alpha3',
      'networking.istio.io/Gateway@v1,v1beta1,v1alpha3',
      'networking.istio.io/ServiceEntry@v1,v1beta1,v1alpha3',
      'networking.istio.io/Sidecar@v1,v1beta1,v1alpha3',
      'networking.istio.io/WorkloadEntry@v1,v1beta1,v1alpha3',
      'networking.istio.io/WorkloadGroup@v1,v1beta1,v1alpha3',
      'networking.istio.io/ProxyConfig@v1beta1',
      'networking.istio.io/EnvoyFilter@v1alpha3',
      'security.istio.io/PeerAuthentication@v1,v1beta1',
      'security.istio.io/AuthorizationPolicy@v1,v1beta1',
      'security.istio.io/RequestAuthentication@v1,v1beta1',
      'telemetry.istio.io/Telemetry@v1,v1alpha1',
      'extensions.istio.io/WasmPlugin@v1alpha1',
    ]);
    for (const schema of istioFamily.schemas) expect(SCHEMAS.get(`${schema.group}/${schema.kind}`)?.codes).toBe('istio');
  });

  it('registers every code it uses, with a title and a summary', () => {
    for (const rule of istioFamily.rules) {
      expect(RULES.get(rule.code), rule.code).toBe(rule);
      expect(rule.code).toMatch(/^(IST0\d{3}|SA60\d\d)$/);
      expect(rule.summary.length, rule.code).toBeGreaterThan(40);
    }
  });

  it('finds nothing to report on the well-written shop', () => {
    const istio = new Set(istioFamily.rules.map((r) => r.code));
    expect(diagnosticsOf('shop.pass.yaml').filter((d) => istio.has(d.code))).toEqual([]);
  });
});

describe('fields added by recent Istio releases', () => {
  it('accepts trustDomains and notTrustDomains in an AuthorizationPolicy source (Istio 1.31), and still catches a misspelling', () => {
    const policy = (field: string): string =>
      [
        'apiVersion: security.istio.io/v1',
        'kind: AuthorizationPolicy',
        'metadata:',
        '  name: partners',
        '  namespace: shop',
        'spec:',
        '  action: ALLOW',
        '  rules:',
        '    - from:',
        '        - source:',
        `            ${field}: ["partner.example.com"]`,
      ].join('\n');
    expect(found(diagnosticsOfText(policy('trustDomains')), 'IST0106')).toEqual([]);
    expect(found(diagnosticsOfText(policy('notTrustDomains')), 'IST0106')).toEqual([]);
    expect(messages(diagnosticsOfText(policy('trustDomain')), 'IST0106')).toEqual([
      'Schema validation error: unknown field "trustDomain" in spec.rules[0].from[0].source; did you mean "trustDomains"?',
    ]);
  });
});
