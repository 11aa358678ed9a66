/**
 * The Gateway API kinds (gateway.networking.k8s.io, standard channel v1.5.1): valid documents pass,
 * and every structural limit and CEL rule of the CRDs is reported with its code at its position.
 * What v1.5 moved to the standard channel has its own tests in standard-v1-5.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gatewayFamily } from '../../../../../src/lib/manifest/gateway/index.ts';
import { SCHEMAS } from '../../../../../src/lib/manifest/index.ts';
import { diagnosticsOf, yaml } from '../linkerd/helpers.ts';
import { doc, found, GATEWAY, GROUP, many, ROUTE, said } from './helpers.ts';

describe('null fields', () => {
  it('reads a field left blank as unset, as the API server prunes nulls from custom resources', () => {
    const text = doc(
      'HTTPRoute',
      `  parentRefs:\n    - name: shop-edge\n      sectionName:\n  hostnames:\n  rules:\n    - matches:\n      filters: ~\n      backendRefs:\n        - {name: orders, port: 8080}\n`,
    ).replace('metadata:\n', 'metadata:\n  labels:\n');
    expect(found(text)).toEqual([]);
    // A required field left blank is still missing.
    expect(found(doc('GatewayClass', '  controllerName:\n', 'v1', false))).toEqual(['SA2002 6:3']);
  });
});

describe('gatewayFamily', () => {
  it('registers the standard-channel kinds, current version first, with SA2001-SA2004 codes', () => {
    expect(gatewayFamily.schemas.map((s) => `${s.kind}@${s.versions.join(',')}${s.namespaced ? '' : ' (cluster)'}`)).toEqual([
      'GatewayClass@v1,v1beta1 (cluster)',
      'Gateway@v1,v1beta1',
      'HTTPRoute@v1,v1beta1',
      'GRPCRoute@v1',
      'ReferenceGrant@v1,v1beta1',
      'BackendTLSPolicy@v1',
      'ListenerSet@v1',
      'TLSRoute@v1',
    ]);
    for (const schema of gatewayFamily.schemas) expect(SCHEMAS.get(`${GROUP}/${schema.kind}`)).toBe(schema);
    expect(gatewayFamily.rules).toEqual([]);
  });

  it('passes the clean playground examples and valid documents of every kind', () => {
    const dir = new URL('../../../../../content/examples/', import.meta.url);
    for (const name of readdirSync(dir).filter((n) => n.startsWith('gateway-api-') && n.endsWith('-clean.yaml')))
      expect(found(readFileSync(new URL(name, dir), 'utf8')), name).toEqual([]);
    expect(found(doc('Gateway', GATEWAY))).toEqual([]);
    expect(found(doc('HTTPRoute', ROUTE, 'v1beta1'))).toEqual([]);
    expect(found(doc('Gateway', GATEWAY, 'v1beta1'))).toEqual([]);
  });

  it('tells served versions from others, and experimental kinds from misspelt ones', () => {
    expect(found(doc('HTTPRoute', ROUTE, 'v1alpha2'))).toEqual(['SA1009 1:13']);
    expect(found(doc('GRPCRoute', '  rules: []\n', 'v1alpha2'))).toEqual(['SA1009 1:13']);
    expect(said(doc('ReferenceGrant', '  from: []\n  to: []\n', 'v1alpha2'))).toEqual([
      'ReferenceGrant is not served as gateway.networking.k8s.io/v1alpha2; use gateway.networking.k8s.io/v1',
    ]);
    expect(diagnosticsOf(yaml(doc('TCPRoute', '  rules: []\n', 'v1alpha2'))).map((d) => [d.code, d.severity])).toEqual([
      ['SA1008', 'info'],
    ]);
    expect(said(doc('HttpRoute', ROUTE))).toEqual([`${GROUP}/v1 has no kind "HttpRoute"; did you mean HTTPRoute?`]);
  });
});

describe('GatewayClass', () => {
  it('checks the controller name, the parameters reference and the scope', () => {
    const text = doc(
      'GatewayClass',
      '  controllerName: istio.io\n  parametersRef:\n    kind: ConfigMap\n    name: defaults\n  description: x\n',
      'v1',
      false,
    );
    expect(found(text)).toEqual(['SA2004 6:19', 'SA2002 7:3']);
    const namespaced = doc('GatewayClass', '  controllerName: istio.io/gateway-controller\n  descripton: x\n', 'v1', true);
    // A cluster-scoped kind takes no namespace at all.
    expect(found(namespaced)).toEqual(['SA2003 5:14', 'SA2001 8:3']);
    expect(
      found(doc('GatewayClass', `  controllerName: istio.io/gateway-controller\n  description: ${'x'.repeat(65)}\n`, 'v1', false)),
    ).toEqual(['SA2004 7:16']);
  });
});

describe('Gateway', () => {
  it('checks required fields, bounds and enums', () => {
    expect(found(doc('Gateway', '  listeners: []\n'))).toEqual(['SA2002 6:1', 'SA2004 7:14']);
    const listeners = many(65, (i) => `{name: l${i}, port: ${1000 + i}, protocol: TCP}`);
    expect(found(doc('Gateway', `  gatewayClassName: istio\n  listeners: ${listeners}\n`))).toEqual(['SA2004 8:14']);
    const text = doc(
      'Gateway',
      `  gatewayClassName: istio
  listeners:
    - name: web
      port: 0
      protocol: HTTP 2
      allowedRoutes:
        namespaces:
          from: Any
    - name: tls
      port: 443
      protocol: TLS
      tls:
        mode: terminate
        options: {a: b}
`,
    );
    expect(found(text)).toEqual(['SA2004 10:13', 'SA2004 11:17', 'SA2004 14:17', 'SA2004 19:15']);
  });

  it('applies the listener rules: TLS and hostname per protocol, unique names, distinct listeners', () => {
    const text = doc(
      'Gateway',
      `  gatewayClassName: istio
  listeners:
    - name: http
      port: 80
      protocol: HTTP
      tls:
        options: {example.com/min-version: "1.3"}
    - name: http
      port: 80
      protocol: HTTP
    - name: db
      hostname: db.example.com
      port: 5432
      protocol: TCP
    - name: https
      port: 443
      protocol: HTTPS
      tls:
        mode: Passthrough
    - name: https-2
      port: 8443
      protocol: HTTPS
      tls: {}
`,
    );
    expect(found(text)).toEqual(['SA2004 13:9', 'SA2004 14:7', 'SA2004 14:13', 'SA2004 18:17', 'SA2004 25:15', 'SA2004 29:12']);
    expect(said(text)).toEqual([
      'spec.listeners[0].tls: protocol HTTP carries no TLS: remove tls, or use protocol HTTPS (or TLS) to handle TLS here',
      'spec.listeners[1]: listeners[1] has the same port, protocol and hostname as listeners[0]: change one of them so each listener is distinct',
      'spec.listeners[1].name: listener name "http" is already used by listeners[0]: each listener needs its own name',
      'spec.listeners[2].hostname: protocol TCP has no host names to match: remove hostname',
      'spec.listeners[3].tls.mode: an HTTPS listener terminates TLS, so mode must be Terminate; to pass TLS through, use protocol TLS',
      'spec.listeners[4].tls: TLS mode Terminate needs certificateRefs, the Secret with the certificate and key (or implementation options that provide one)',
    ]);
  });

  it('checks addresses and infrastructure', () => {
    const text = doc(
      'Gateway',
      `${GATEWAY}  addresses:
    - value: shop.example.com
    - type: Hostname
      value: Shop.example.com
    - type: IPAddress
      value: 203.0.113.10
    - value: 203.0.113.10
    - type: example.com/pool
      value: edge
  infrastructure:
    labels: ${many(9, (i) => `l${i}: v`)
      .replace('[', '{')
      .replace(/]$/, '}')}
    parametersRef: {kind: ConfigMap, name: edge}
`,
    );
    expect(found(text)).toEqual(['SA2004 17:14', 'SA2004 19:14', 'SA2004 22:14', 'SA2004 26:13', 'SA2002 27:5']);
    expect(said(text)[2]).toBe(
      'spec.addresses[3].value: IPAddress "203.0.113.10" is already requested by addresses[2]: each IPAddress value may be listed once',
    );
  });

  it('reports fields of the experimental channel as unknown (allowedListeners is standard since v1.5.0)', () => {
    const text = doc('Gateway', `${GATEWAY}  allowedListeners: {namespaces: {from: All}}\n  defaultScope: All\n`);
    expect(found(text)).toEqual(['SA2001 17:3']);
    expect(said(text)).toEqual(['unknown field "defaultScope" in spec']);
  });
});

describe('HTTPRoute', () => {
  it('limits parentRefs, hostnames, rules, matches, filters and backendRefs', () => {
    const text = doc(
      'HTTPRoute',
      `  parentRefs: ${many(33, (i) => `{name: gw-${i}}`)}
  hostnames: ${many(17, (i) => `h${i}.example.com`)}
  rules:
    - matches: ${many(65, (i) => `{path: {value: /p${i}}}`)}
      filters: ${many(17, (i) => `{type: ExtensionRef, extensionRef: {group: example.com, kind: Filter, name: f${i}}}`)}
      backendRefs: ${many(17, (i) => `{name: orders-${i}, port: 8080}`)}
`,
    );
    expect(found(text)).toEqual(['SA2004 7:15', 'SA2004 8:14', 'SA2004 10:16', 'SA2004 11:16', 'SA2004 12:20']);
    const rules = many(17, () => '{backendRefs: [{name: orders, port: 8080}]}');
    expect(said(doc('HTTPRoute', `  rules: ${rules}\n`))).toEqual(['spec.rules: must have at most 16 rules']);
  });

  it('allows at most 128 matches in all, counting a rule without matches as one', () => {
    const rule = `{matches: ${many(64, (i) => `{path: {value: /p${i}}}`)}}`;
    expect(found(doc('HTTPRoute', `  rules: [${rule}, ${rule}, {}]\n`))).toEqual(['SA2004 7:10']);
    expect(found(doc('HTTPRoute', `  rules: [${rule}, ${rule}]\n`))).toEqual([]);
  });

  it('ties a filter type to its settings block', () => {
    const text = doc(
      'HTTPRoute',
      `  rules:
    - filters:
        - type: RequestHeaderModifier
        - type: URLRewrite
          requestRedirect: {scheme: https}
          urlRewrite: {hostname: orders.shop.svc.cluster.local}
`,
    );
    expect(found(text)).toEqual(['SA2004 9:17', 'SA2004 11:28']);
    expect(said(text)).toEqual([
      'spec.rules[0].filters[0].type: a RequestHeaderModifier filter needs its settings in requestHeaderModifier',
      'spec.rules[0].filters[1].requestRedirect: requestRedirect belongs to a filter of type RequestRedirect, and this one is URLRewrite: set one type and its block per filter',
    ]);
  });

  it('applies the rule CEL rules: redirect without backends, redirect or rewrite, filters once', () => {
    const text = doc(
      'HTTPRoute',
      `  rules:
    - filters:
        - type: RequestRedirect
          requestRedirect: {scheme: https}
        - type: URLRewrite
          urlRewrite: {hostname: orders.shop.svc.cluster.local}
        - type: ResponseHeaderModifier
          responseHeaderModifier: {remove: [server]}
        - type: ResponseHeaderModifier
          responseHeaderModifier: {remove: [x-powered-by]}
      backendRefs:
        - name: orders
          port: 8080
`,
    );
    expect(found(text)).toEqual(['SA2004 9:11', 'SA2004 11:17', 'SA2004 15:17']);
    expect(said(text)).toEqual([
      'spec.rules[0].filters[0]: a RequestRedirect filter answers the request itself, so the rule must not have backendRefs: drop one or the other',
      'spec.rules[0].filters[1].type: a RequestRedirect and a URLRewrite filter cannot be combined: a redirect answers the request, a rewrite forwards it',
      'spec.rules[0].filters[3].type: a ResponseHeaderModifier filter may appear once per list: merge it into filters[2]',
    ]);
  });

  it('asks for exactly one PathPrefix match when a filter replaces the prefix, in the rule or in a backend', () => {
    const rewrite = '{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /v2}}}';
    const two = doc('HTTPRoute', `  rules:\n    - matches: [{path: {value: /a}}, {path: {value: /b}}]\n      filters: [${rewrite}]\n`);
    expect(found(two)).toEqual(['SA2004 8:16']);
    const exact = doc(
      'HTTPRoute',
      `  rules:\n    - matches: [{path: {type: Exact, value: /a}}]\n      backendRefs: [{name: orders, port: 8080, filters: [${rewrite}]}]\n`,
    );
    expect(found(exact)).toEqual(['SA2004 8:31']);
    expect(said(exact)[0]).toContain('in backendRefs needs exactly one match, of type PathPrefix');
    // An unset matches list is one PathPrefix "/" match.
    expect(found(doc('HTTPRoute', `  rules:\n    - filters: [${rewrite}]\n`))).toEqual([]);
  });

  it('checks Exact and PathPrefix paths as the CRD does, and leaves regular expressions alone', () => {
    const text = doc(
      'HTTPRoute',
      `  rules:
    - matches:
        - path: {value: orders}
        - path: {type: Exact, value: "/orders//items"}
        - path: {type: PathPrefix, value: "/orders/#top"}
        - path: {type: RegularExpression, value: "orders/.*"}
`,
    );
    expect(found(text)).toEqual(['SA2004 9:25', 'SA2004 10:38', 'SA2004 11:43', 'SA2004 11:43']);
    expect(said(text)[0]).toBe(
      'spec.rules[0].matches[0].path.value: must be an absolute path starting with "/", like "/orders" (type PathPrefix)',
    );
  });

  it('has a message for each CEL rule on Exact and PathPrefix paths', () => {
    const rules: [string, string][] = [
      ['/a/./b', 'must not contain "/./"'],
      ['/a/../b', 'must not contain "/../"'],
      ['/a%2Fb', 'must not contain an encoded slash ("%2f" or "%2F")'],
      ['/a/..', 'must not end with "/." or "/.."'],
      ['/a b', "must only contain URL path characters (letters, digits, -._~!$&'()*+,;=:@/ and %XX escapes)"],
    ];
    for (const [path, message] of rules) {
      const text = doc('HTTPRoute', `  rules:\n    - matches:\n        - path:\n            type: Exact\n            value: "${path}"\n`);
      expect(found(text), path).toEqual(['SA2004 11:20']);
      expect(said(text), path).toEqual([`spec.rules[0].matches[0].path.value: ${message} (type Exact)`]);
    }
  });

  it('checks timeouts, backend ports, redirects, mirrors and header lists', () => {
    const text = doc(
      'HTTPRoute',
      `  rules:
    - filters:
        - type: RequestMirror
          requestMirror:
            backendRef: {name: orders-shadow}
            percent: 10
            fraction: {numerator: 3, denominator: 2}
        - type: RequestHeaderModifier
          requestHeaderModifier:
            set: [{name: x-shop, value: a}, {name: x-shop, value: b}]
      backendRefs:
        - name: orders
        - name: orders-pool
          group: example.com
          kind: Pool
      timeouts: {request: 2s, backendRequest: 2500ms}
    - timeouts: {request: 0s, backendRequest: 1h}
    - filters: [{type: RequestRedirect, requestRedirect: {statusCode: 307, path: {type: ReplaceFullPath, replacePrefixMatch: /}}}]
      timeouts: {request: 5 s}
`,
    );
    expect(found(text)).toEqual([
      'SA2004 11:25',
      'SA2004 13:23',
      'SA2004 13:35',
      'SA2004 16:52',
      'SA2004 18:11',
      'SA2004 22:47',
      'SA2004 24:71',
      'SA2004 24:89',
      'SA2004 24:126',
      'SA2004 25:27',
    ]);
    expect(said(text)).toEqual([
      'spec.rules[0].filters[0].requestMirror.backendRef: a reference to a Service needs the port of the Service, like port: 8080',
      'spec.rules[0].filters[0].requestMirror.fraction: give the share to mirror as percent or as fraction, not both',
      'spec.rules[0].filters[0].requestMirror.fraction.numerator: must be at most the denominator (2): a fraction of the requests, not more than all of them',
      'spec.rules[0].filters[1].requestHeaderModifier.set[1].name: duplicate header "x-shop": it is already item 0, and each may be listed once',
      'spec.rules[0].backendRefs[0]: a reference to a Service needs the port of the Service, like port: 8080',
      'spec.rules[0].timeouts.backendRequest: must not be longer than request (2s): the request timeout covers every backend request',
      'spec.rules[2].filters[0].requestRedirect.statusCode: must be 301 or 302',
      'spec.rules[2].filters[0].requestRedirect.path.type: type ReplaceFullPath needs replaceFullPath, the path to put in its place, like "/v2"',
      'spec.rules[2].filters[0].requestRedirect.path.replacePrefixMatch: replacePrefixMatch needs type: ReplacePrefixMatch',
      'spec.rules[2].timeouts.request: must be a Gateway API duration like "5s", "500ms" or "1m30s" (units h, m, s and ms)',
    ]);
  });

  it('checks repeated parents', () => {
    const text = doc(
      'HTTPRoute',
      `  parentRefs:
    - name: shop-edge
    - name: shop-edge
      sectionName: https
    - name: shop-edge
      namespace: edge
    - name: shop-edge
      namespace: edge
    - {group: "", kind: Service, name: orders}
    - {kind: Service, name: orders}
`,
    );
    expect(found(text)).toEqual(['SA2004 9:7', 'SA2004 13:7']);
    expect(said(text)[1]).toBe(
      'spec.parentRefs[3]: parentRefs[3] repeats parentRefs[2] (Gateway "shop-edge"): list each parent and section once',
    );
  });

  it('reports the experimental channel: the ExternalAuth filter, retry and sessionPersistence', () => {
    const text = doc(
      'HTTPRoute',
      `${ROUTE}      filters:
        - type: ExternalAuth
          externalAuth: {protocol: HTTP, backendRef: {name: auth, port: 8080}}
      retry: {attempts: 2}
      sessionPersistence: {sessionName: orders}
`,
    );
    expect(found(text)).toEqual(['SA2004 18:17', 'SA2001 19:11', 'SA2001 20:7', 'SA2001 21:7']);
    expect(said(text)[0]).toContain('"ExternalAuth" filters are only in the experimental channel of Gateway API v1.5.1');
    expect(said(text)[0]).toContain('"ExtensionRef" or "CORS"');
  });
});

describe('GRPCRoute', () => {
  const SERVICE_PARENT = '  parentRefs:\n    - {group: "", kind: Service, name: payments, port: 50051}\n';

  it('checks method matches: a service or a method, and valid names when the type is Exact', () => {
    const text = doc(
      'GRPCRoute',
      `${SERVICE_PARENT}  rules:
    - matches:
        - method: {service: shop/payments, method: Charge}
        - method: {service: shop.payments.v1.Payments, method: Payments/Charge}
        - method: {type: Exact}
        - method: {type: RegularExpression, service: "shop\\\\..*", method: "Ch.*"}
        - method: {type: Prefix, method: Charge}
`,
    );
    expect(found(text)).toEqual(['SA2004 11:29', 'SA2004 12:64', 'SA2004 13:19', 'SA2004 15:26']);
    expect(said(text)[2]).toBe(
      'spec.rules[0].matches[2].method: a method match needs service, method or both, like service: shop.payments.v1.Payments',
    );
  });

  it('checks filters, backends, the total of matches and experimental fields', () => {
    const text = doc(
      'GRPCRoute',
      `${SERVICE_PARENT}  rules:
    - filters:
        - {type: URLRewrite, urlRewrite: {hostname: payments}}
        - {type: RequestHeaderModifier, requestHeaderModifier: {add: [{name: x-caller, value: checkout}]}}
        - {type: RequestHeaderModifier, requestHeaderModifier: {remove: [x-debug]}}
      backendRefs:
        - name: payments
      sessionPersistence: {sessionName: payments}
`,
    );
    expect(found(text)).toEqual(['SA2004 11:18', 'SA2001 11:30', 'SA2004 13:18', 'SA2004 15:11', 'SA2001 16:7']);
    const rule = `{matches: ${many(64, () => '{method: {service: shop.payments.v1.Payments}}')}}`;
    expect(found(doc('GRPCRoute', `  rules: [${rule}, ${rule}, {}]\n`))).toEqual([]);
    expect(found(doc('GRPCRoute', `  rules: [${rule}, ${rule}, {matches: [{method: {method: Charge}}]}]\n`))).toEqual(['SA2004 7:10']);
  });

  it('requires spec, as v1.4.0 and v1.5.1 do', () => {
    expect(found(`apiVersion: ${GROUP}/v1\nkind: GRPCRoute\nmetadata:\n  name: payments\n`)).toEqual(['SA2002 2:1']);
  });
});

describe('ReferenceGrant', () => {
  it('needs from and to entries with group, kind and namespace', () => {
    const text = doc(
      'ReferenceGrant',
      `  from:
    - kind: HTTPRoute
      namespace: Storefront
  to: []
`,
      'v1beta1',
    );
    expect(found(text)).toEqual(['SA2002 8:7', 'SA2004 9:18', 'SA2004 10:7']);
    const from = many(17, (i) => `{group: ${GROUP}, kind: HTTPRoute, namespace: ns-${i}}`);
    expect(found(doc('ReferenceGrant', `  from: ${from}\n  to: [{group: "", kind: Service}]\n`, 'v1beta1'))).toEqual(['SA2004 7:9']);
  });
});

describe('BackendTLSPolicy', () => {
  const TARGET = '  targetRefs:\n    - {group: "", kind: Service, name: payments}\n';

  it('needs one source of CA certificates and a hostname', () => {
    const none = doc('BackendTLSPolicy', `${TARGET}  validation:\n    hostname: payments.shop.svc.cluster.local\n`);
    expect(found(none)).toEqual(['SA2004 10:5']);
    const both = doc(
      'BackendTLSPolicy',
      `${TARGET}  validation:\n    caCertificateRefs: [{group: "", kind: ConfigMap, name: shop-ca}]\n    wellKnownCACertificates: system\n`,
    );
    // The pattern (System or a domain-prefixed name) and the CEL rule both reject the value, as the API server does.
    expect(found(both)).toEqual(['SA2002 9:3', 'SA2004 11:30', 'SA2004 11:30']);
    const system = doc(
      'BackendTLSPolicy',
      `${TARGET}  validation:\n    wellKnownCACertificates: System\n    hostname: payments.shop.svc.cluster.local\n`,
    );
    expect(found(system)).toEqual([]);
    // The v1.4.0 and v1.5.1 standard CRDs keep v1alpha3 as a deprecated version they no longer serve.
    expect(found(system.replace('gateway.networking.k8s.io/v1\n', 'gateway.networking.k8s.io/v1alpha3\n'))).toEqual(['SA1009 1:13']);
  });

  it('ties subject alt names to their type, and checks repeated targets', () => {
    const text = doc(
      'BackendTLSPolicy',
      `  targetRefs:
    - {group: "", kind: Service, name: payments}
    - {group: "", kind: Service, name: payments}
  validation:
    wellKnownCACertificates: System
    hostname: payments.shop.svc.cluster.local
    subjectAltNames:
      - type: URI
        hostname: payments.shop.svc.cluster.local
      - type: Hostname
        uri: spiffe://cluster.local/ns/shop/sa/payments
`,
    );
    expect(found(text)).toEqual(['SA2004 9:7', 'SA2004 14:15', 'SA2004 15:19', 'SA2004 16:15', 'SA2004 17:14']);
    expect(said(text)[0]).toBe('spec.targetRefs[1]: targetRefs[1] repeats targetRefs[0]: list each target and section once');
  });
});
