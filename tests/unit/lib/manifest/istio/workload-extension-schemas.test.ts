import { describe, expect, it } from 'vitest';
import { diagnosticsOfText, found, messages } from './fixtures.ts';

const doc = (apiVersion: string, kind: string, spec: string): string =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: payments\n  namespace: shop\nspec:\n${spec}`;

const codes = (text: string) => diagnosticsOfText(text).map((d) => [d.code, d.line, d.column]);

describe('WorkloadEntry and WorkloadGroup', () => {
  it('accepts a VM entry, a network-only entry, a Unix socket and every served version', () => {
    expect(codes(doc('networking.istio.io/v1', 'WorkloadEntry', '  address: 10.0.3.7\n  ports: {http: 8080}\n'))).toEqual([]);
    // The older versions are served with the same shape (their deprecation is another rule's finding).
    for (const version of ['v1beta1', 'v1alpha3'])
      expect(found(diagnosticsOfText(doc(`networking.istio.io/${version}`, 'WorkloadEntry', '  address: 10.0.3.7\n')), 'IST0106')).toEqual(
        [],
      );
    expect(codes(doc('networking.istio.io/v1', 'WorkloadEntry', '  network: vpc-2\n  labels: {app: payments}\n'))).toEqual([]);
    expect(codes(doc('networking.istio.io/v1', 'WorkloadEntry', '  address: unix:///var/run/payments.sock\n'))).toEqual([]);
    expect(codes(doc('networking.istio.io/v1', 'WorkloadEntry', '  service_account: payments\n  address: 10.0.3.7\n'))).toEqual([]);
  });

  it('reports an entry without address or network, a bad port and Unix socket mistakes', () => {
    const missing = diagnosticsOfText(
      doc('networking.istio.io/v1', 'WorkloadEntry', '  labels: {app: payments}\n  ports: {http: 0, "-x": 80}\n'),
    );
    expect(found(missing, 'IST0106')).toEqual([
      { code: 'IST0106', severity: 'error', line: 6, column: 1 },
      { code: 'IST0106', severity: 'error', line: 8, column: 17 },
      { code: 'IST0106', severity: 'error', line: 8, column: 20 },
    ]);
    expect(messages(missing, 'IST0106')[0]).toContain('set address (an IP such as 10.0.3.7');
    const unix = diagnosticsOfText(doc('networking.istio.io/v1', 'WorkloadEntry', '  address: unix://run/app.sock\n  ports: {http: 80}\n'));
    expect(found(unix, 'IST0106').map((d) => [d.line, d.column])).toEqual([
      [7, 12],
      [8, 10],
    ]);
    expect(messages(unix, 'IST0106')).toEqual([
      'Schema validation error: spec.address: a unix:// address needs an absolute path, such as unix:///var/run/app.sock',
      'Schema validation error: spec.ports: a unix:// address takes no ports; remove them',
    ]);
  });

  it('reports a template address, two probe checks and a probe without a port', () => {
    const spec = '  template: {address: 10.0.3.7}\n  probe:\n    httpGet: {path: /healthz}\n    exec: {command: [/bin/check]}\n';
    const d = diagnosticsOfText(doc('networking.istio.io/v1', 'WorkloadGroup', spec));
    expect(found(d, 'IST0106').map((x) => [x.line, x.column])).toEqual([
      [7, 23],
      [9, 5],
      [10, 11],
    ]);
    expect(messages(d, 'IST0106')).toEqual([
      'Schema validation error: spec.template.address: leave address out of the template; each VM registers its own',
      'Schema validation error: missing required field "port" in spec.probe.httpGet',
      'Schema validation error: spec.probe.exec: set only one of httpGet, tcpSocket, exec or grpc (found httpGet and exec)',
    ]);
    expect(
      codes(doc('networking.istio.io/v1', 'WorkloadGroup', '  template: {serviceAccount: payments}\n  probe: {tcpSocket: {port: 8080}}\n')),
    ).toEqual([]);
  });
});

describe('ProxyConfig', () => {
  it('accepts a workload ProxyConfig and reports a negative concurrency and a wrong version', () => {
    expect(
      codes(
        doc(
          'networking.istio.io/v1beta1',
          'ProxyConfig',
          '  selector: {matchLabels: {app: checkout}}\n  concurrency: 0\n  environmentVariables: {ISTIO_META_X: "1"}\n',
        ),
      ),
    ).toEqual([]);
    const d = diagnosticsOfText(doc('networking.istio.io/v1beta1', 'ProxyConfig', '  concurrency: -2\n  image: {type: debug}\n'));
    expect(found(d, 'IST0106').map((x) => [x.line, x.column])).toEqual([
      [7, 16],
      [8, 11],
    ]);
    expect(messages(d, 'IST0106')[1]).toContain('unknown field "type" in spec.image');
    expect(diagnosticsOfText(doc('networking.istio.io/v1', 'ProxyConfig', '  concurrency: 2\n')).map((x) => x.code)).not.toContain(
      'SA1008',
    );
  });

  // The ProxyConfig CRD serves no targetRef (only an early proto had one), and caps variable values at 2048 characters.
  it('reports a targetRef and an environment variable value over 2048 characters', () => {
    const spec = `  targetRef: {kind: Gateway, name: waypoint}\n  environmentVariables: {BIG: "${'x'.repeat(2049)}"}\n`;
    const d = diagnosticsOfText(doc('networking.istio.io/v1beta1', 'ProxyConfig', spec));
    expect(found(d, 'IST0106').map((x) => [x.line, x.column])).toEqual([
      [7, 3],
      [8, 31],
    ]);
    expect(messages(d, 'IST0106')).toEqual([
      'Schema validation error: unknown field "targetRef" in spec',
      'Schema validation error: spec.environmentVariables.BIG: must be at most 2048 characters',
    ]);
  });
});

describe('WasmPlugin', () => {
  it('accepts an OCI, a scheme-less and a file plugin', () => {
    for (const url of ['oci://ghcr.io/shop/filter:1.0', 'ghcr.io/shop/filter:1.0', 'file:///opt/filters/f.wasm'])
      expect(codes(doc('extensions.istio.io/v1alpha1', 'WasmPlugin', `  url: ${url}\n  failStrategy: FAIL_OPEN\n  type: HTTP\n`))).toEqual(
        [],
      );
  });

  it('reports a missing url, a bad scheme, enums, both selector and targetRefs and a HOST value', () => {
    const spec =
      '  selector: {matchLabels: {app: orders}}\n  targetRefs: [{kind: Gateway, name: shop}]\n  imagePullPolicy: Never\n  vmConfig: {env: [{name: A, valueFrom: HOST, value: x}]}\n';
    const d = diagnosticsOfText(doc('extensions.istio.io/v1alpha1', 'WasmPlugin', spec));
    expect(found(d, 'IST0106').map((x) => [x.line, x.column])).toEqual([
      [6, 1],
      [8, 15],
      [9, 20],
      [10, 54],
    ]);
    expect(messages(d, 'IST0106')).toEqual([
      'Schema validation error: missing required field "url" in spec',
      'Schema validation error: spec.targetRefs: set only one of selector and targetRefs',
      'Schema validation error: spec.imagePullPolicy: must be one of UNSPECIFIED_POLICY, IfNotPresent, Always',
      'Schema validation error: spec.vmConfig.env[0].value: value is only allowed with valueFrom: INLINE (the default)',
    ]);
    const url = diagnosticsOfText(doc('extensions.istio.io/v1alpha1', 'WasmPlugin', '  url: s3://bucket/f.wasm\n'));
    expect(found(url, 'IST0106').map((x) => [x.line, x.column])).toEqual([[7, 8]]);
  });
});

describe('EnvoyFilter', () => {
  const filter = (patches: string, extra = '') =>
    doc('networking.istio.io/v1alpha3', 'EnvoyFilter', `${extra}  configPatches:\n${patches}`);

  it('accepts patches of each object class, snake_case names and a REMOVE without value', () => {
    const patches = [
      '    - applyTo: CLUSTER\n      match: {context: SIDECAR_OUTBOUND, cluster: {service: payments.shop.svc.cluster.local}}\n      patch: {operation: MERGE, value: {connect_timeout: 1s}}\n',
      '    - apply_to: HTTP_ROUTE\n      match: {route_configuration: {vhost: {name: "payments:80", route: {action: ROUTE}}}}\n      patch: {operation: MERGE, value: {}}\n',
      '    - applyTo: NETWORK_FILTER\n      match: {context: GATEWAY, listener: {portNumber: 443, filterChain: {sni: shop.example.com}}}\n      patch: {operation: REMOVE}\n',
    ].join('');
    expect(codes(filter(patches, '  priority: -10\n'))).toEqual([]);
  });

  it('reports enums, a patch without value, two match classes and a match of the wrong class', () => {
    const patches = [
      '    - applyTo: HTTP_FILTERS\n      patch: {operation: ADD, filterClass: AUTH}\n',
      '    - applyTo: ROUTE_CONFIGURATION\n      match: {context: ANY, listener: {}, cluster: {}}\n      patch: {operation: MERGE, value: {}}\n',
    ].join('');
    const d = diagnosticsOfText(
      filter(patches, '  workloadSelector: {labels: {app: payments}}\n  targetRefs: [{kind: Gateway, name: shop}]\n'),
    );
    expect(found(d, 'IST0106').map((x) => [x.line, x.column])).toEqual([
      [8, 15],
      [10, 16],
      [11, 26],
      [11, 44],
      [13, 39],
      [13, 52],
      [13, 52],
    ]);
    expect(messages(d, 'IST0106')).toEqual([
      'Schema validation error: spec.targetRefs: set only one of workloadSelector and targetRefs',
      'Schema validation error: spec.configPatches[0].applyTo: must be one of LISTENER, FILTER_CHAIN, NETWORK_FILTER, HTTP_FILTER, LISTENER_FILTER, ROUTE_CONFIGURATION, VIRTUAL_HOST, HTTP_ROUTE, CLUSTER, EXTENSION_CONFIG, BOOTSTRAP; did you mean HTTP_FILTER?',
      'Schema validation error: spec.configPatches[0].patch.operation: operation ADD needs a patch value; only REMOVE takes none',
      'Schema validation error: spec.configPatches[0].patch.filterClass: must be one of UNSPECIFIED, AUTHN, AUTHZ, STATS; did you mean AUTHN?',
      'Schema validation error: spec.configPatches[1].match.listener: applyTo ROUTE_CONFIGURATION is matched by a routeConfiguration match, not a listener match',
      'Schema validation error: spec.configPatches[1].match.cluster: set only one of listener, routeConfiguration, cluster or waypoint (found listener and cluster)',
      'Schema validation error: spec.configPatches[1].match.cluster: applyTo ROUTE_CONFIGURATION is matched by a routeConfiguration match, not a cluster match',
    ]);
  });

  // The CRD does not require configPatches (nor does the webhook): such a filter is accepted and does nothing.
  it('accepts a spec without configPatches', () => {
    expect(codes(doc('networking.istio.io/v1alpha3', 'EnvoyFilter', '  priority: 1\n'))).toEqual([]);
  });

  it('accepts waypoint matches in the WAYPOINT context and a MERGE_AND_REPLACE_LIST patch', () => {
    const patches = [
      '    - applyTo: HTTP_FILTER\n      match: {context: WAYPOINT, waypoint: {portNumber: 8080, filter: {name: envoy.filters.network.http_connection_manager, subFilter: {name: envoy.filters.http.router}}}}\n      patch: {operation: REMOVE}\n',
      '    - applyTo: CLUSTER\n      match: {context: WAYPOINT, waypoint: {}}\n      patch: {operation: MERGE_AND_REPLACE_LIST, value: {}}\n',
    ].join('');
    expect(codes(filter(patches))).toEqual([]);
  });

  it('reports a waypoint match outside the WAYPOINT context and the WAYPOINT context without one', () => {
    const patches = [
      '    - applyTo: HTTP_FILTER\n      match: {context: SIDECAR_INBOUND, waypoint: {}}\n      patch: {operation: REMOVE}\n',
      '    - applyTo: HTTP_FILTER\n      match: {context: WAYPOINT, listener: {}}\n      patch: {operation: REMOVE}\n',
      '    - applyTo: CLUSTER\n      match: {waypoint: {}}\n      patch: {operation: REMOVE}\n',
    ].join('');
    const d = diagnosticsOfText(filter(patches));
    expect(found(d, 'IST0106').map((x) => [x.line, x.column])).toEqual([
      [9, 51],
      [12, 24],
      [15, 25],
    ]);
    expect(messages(d, 'IST0106')).toEqual([
      'Schema validation error: spec.configPatches[0].match.waypoint: a waypoint match needs context: WAYPOINT',
      'Schema validation error: spec.configPatches[1].match.context: context WAYPOINT needs a waypoint match; add waypoint: {} to match all',
      'Schema validation error: spec.configPatches[2].match.waypoint: a waypoint match needs context: WAYPOINT',
    ]);
  });

  it('reports the filter matches the webhook rejects and accepts a subFilter in the HTTP connection manager', () => {
    const hcm = 'envoy.filters.network.http_connection_manager';
    const patches = [
      '    - applyTo: NETWORK_FILTER\n      match: {listener: {filterChain: {filter: {}}}}\n      patch: {operation: REMOVE}\n',
      `    - applyTo: NETWORK_FILTER\n      match: {listener: {filter_chain: {filter: {name: ${hcm}, sub_filter: {name: envoy.filters.http.router}}}}}\n      patch: {operation: REMOVE}\n`,
      '    - applyTo: HTTP_FILTER\n      match: {listener: {filterChain: {filter: {name: envoy.filters.network.tcp_proxy, subFilter: {name: x}}}}}\n      patch: {operation: REMOVE}\n',
      `    - applyTo: HTTP_FILTER\n      match: {listener: {filterChain: {filter: {name: ${hcm}, subFilter: {}}}}}\n      patch: {operation: REMOVE}\n`,
      `    - applyTo: HTTP_FILTER\n      match: {listener: {filterChain: {filter: {name: ${hcm}, subFilter: {name: envoy.filters.http.router}}}}}\n      patch: {operation: REMOVE}\n`,
    ].join('');
    const d = diagnosticsOfText(filter(patches));
    expect(found(d, 'IST0106').map((x) => [x.line, x.column])).toEqual([
      [9, 48],
      [12, 115],
      [15, 99],
      [18, 113],
    ]);
    expect(messages(d, 'IST0106')).toEqual([
      `Schema validation error: spec.configPatches[0].match.listener.filterChain.filter: a filter match needs the name of the filter to match, such as ${hcm}`,
      'Schema validation error: spec.configPatches[1].match.listener.filter_chain.filter.sub_filter: a subFilter match only works with applyTo HTTP_FILTER; remove it for NETWORK_FILTER',
      `Schema validation error: spec.configPatches[2].match.listener.filterChain.filter.subFilter: a subFilter match needs the filter name ${hcm}`,
      'Schema validation error: spec.configPatches[3].match.listener.filterChain.filter.subFilter: a subFilter match needs the name of the HTTP filter to match, such as envoy.filters.http.router',
    ]);
  });

  it('reports more than 16 targetRefs', () => {
    const refs = Array.from({ length: 17 }, (_, i) => `{kind: Gateway, name: g${i}}`).join(', ');
    expect(messages(diagnosticsOfText(doc('networking.istio.io/v1alpha3', 'EnvoyFilter', `  targetRefs: [${refs}]\n`)), 'IST0106')).toEqual(
      ['Schema validation error: spec.targetRefs: must have at most 16 targets'],
    );
  });
});
