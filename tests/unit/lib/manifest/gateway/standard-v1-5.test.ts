/**
 * What Gateway API v1.5 moved to the standard channel, checked against the v1.5.1 standard CRDs:
 * ReferenceGrant v1, the HTTPRoute CORS filter, a Gateway's allowedListeners and tls, the TLS
 * listener rule, BackendTLSPolicy's wider wellKnownCACertificates, and the TLSRoute and ListenerSet kinds.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { doc, found, GATEWAY, GROUP, many, ROUTE, said } from './helpers.ts';

/** A playground example's text. */
const example = (name: string): string => readFileSync(new URL(`../../../../../content/examples/${name}`, import.meta.url), 'utf8');

describe('ReferenceGrant v1', () => {
  const GRANT = `  from:
    - group: ${GROUP}
      kind: HTTPRoute
      namespace: storefront
  to:
    - group: ""
      kind: Service
      name: orders
`;

  it('is served, and so is v1beta1, with the same schema', () => {
    expect(found(doc('ReferenceGrant', GRANT))).toEqual([]);
    expect(found(doc('ReferenceGrant', GRANT, 'v1beta1'))).toEqual([]);
    const broken = '  from:\n    - kind: HTTPRoute\n      namespace: Storefront\n  to: []\n';
    expect(found(doc('ReferenceGrant', broken))).toEqual(['SA2002 8:7', 'SA2004 9:18', 'SA2004 10:7']);
    expect(found(doc('ReferenceGrant', broken, 'v1beta1'))).toEqual(found(doc('ReferenceGrant', broken)));
  });

  it('does not require spec in v1.5.1, and no longer serves v1alpha2', () => {
    expect(found(`apiVersion: ${GROUP}/v1\nkind: ReferenceGrant\nmetadata:\n  name: grant\n  namespace: shop\n`)).toEqual([]);
    expect(said(doc('ReferenceGrant', GRANT, 'v1alpha2'))).toEqual([`ReferenceGrant is not served as ${GROUP}/v1alpha2; use ${GROUP}/v1`]);
  });
});

describe('HTTPRoute CORS filter', () => {
  const CORS = `      filters:
        - type: CORS
          cors:
            allowOrigins: ["https://www.example.com", "https://*.example.com:8443", "http://localhost:3000"]
            allowMethods: [GET, POST, OPTIONS]
            allowHeaders: [content-type, x-request-id]
            exposeHeaders: [x-trace-id]
            allowCredentials: true
            maxAge: 600
`;

  it('is accepted in a rule and in a backend, in v1 and v1beta1, with every setting', () => {
    expect(found(doc('HTTPRoute', `${ROUTE}${CORS}`))).toEqual([]);
    expect(found(doc('HTTPRoute', `${ROUTE}${CORS}`, 'v1beta1'))).toEqual([]);
    const wildcards = '{type: CORS, cors: {allowOrigins: ["*"], allowMethods: ["*"], allowHeaders: ["*"]}}';
    expect(found(doc('HTTPRoute', `  rules:\n    - backendRefs: [{name: orders, port: 8080, filters: [${wildcards}]}]\n`))).toEqual([]);
  });

  it('keeps "*" alone and each entry once in its lists', () => {
    const text = doc(
      'HTTPRoute',
      `  rules:
    - filters:
        - type: CORS
          cors:
            allowOrigins: ["https://www.example.com", "*"]
            allowMethods: [GET, GET]
            allowHeaders: ["*", content-type]
            exposeHeaders: [x-trace-id, x-trace-id, "*"]
`,
    );
    expect(found(text)).toEqual(['SA2004 11:55', 'SA2004 12:33', 'SA2004 13:28', 'SA2004 14:41']);
    expect(said(text)).toEqual([
      'spec.rules[0].filters[0].cors.allowOrigins[1]: "*" allows every origin, so it must be the only entry: drop the other entries or the "*"',
      'spec.rules[0].filters[0].cors.allowMethods[1]: "GET" is already item 0: list each entry once',
      'spec.rules[0].filters[0].cors.allowHeaders[0]: "*" allows every request header, so it must be the only entry: drop the other entries or the "*"',
      'spec.rules[0].filters[0].cors.exposeHeaders[1]: "x-trace-id" is already item 0: list each entry once',
    ]);
  });

  it('checks origins, methods, header names, maxAge and the list bounds', () => {
    const text = doc(
      'HTTPRoute',
      `  rules:
    - filters:
        - type: CORS
          cors:
            allowOrigins: ["https://www.example.com/", "www.example.com", "ftp://files.example.com", "https://shop.example.com:8443"]
            allowMethods: [get, PURGE]
            allowHeaders: ["x request id"]
            maxAge: 0
            allowCredentials: "true"
            exposeHeaders: ${many(65, (i) => `x-h${i}`)}
`,
    );
    expect(found(text)).toEqual([
      'SA2004 11:28',
      'SA2004 11:56',
      'SA2004 11:75',
      'SA2004 12:28',
      'SA2004 12:33',
      'SA2004 13:28',
      'SA2004 14:21',
      'SA2003 15:31',
      'SA2004 16:28',
    ]);
    expect(said(text)[0]).toBe(
      'spec.rules[0].filters[0].cors.allowOrigins[0]: must be an origin like "https://shop.example.com", "https://*.example.com" or "http://localhost:8080" (scheme http or https, no path, not even a trailing "/"), or "*"',
    );
    expect(said(text)[6]).toBe(
      'spec.rules[0].filters[0].cors.maxAge: must be at least 1: the seconds a browser may cache the preflight answer',
    );
  });

  it('ties the CORS type to its cors block, and allows one CORS filter per list', () => {
    const text = doc(
      'HTTPRoute',
      `  rules:
    - filters:
        - type: CORS
        - type: RequestHeaderModifier
          requestHeaderModifier: {set: [{name: x-shop, value: a}]}
          cors: {allowOrigins: ["*"]}
        - type: CORS
          cors: {allowOrigins: ["https://www.example.com"]}
        - type: CORS
          cors: {allowMethods: [GET]}
`,
    );
    expect(found(text)).toEqual(['SA2004 9:17', 'SA2004 12:17', 'SA2004 13:17', 'SA2004 15:17']);
    expect(said(text)).toEqual([
      'spec.rules[0].filters[0].type: a CORS filter needs its settings in cors',
      'spec.rules[0].filters[1].cors: cors belongs to a filter of type CORS, and this one is RequestHeaderModifier: set one type and its block per filter',
      'spec.rules[0].filters[2].type: a CORS filter may appear once per list: merge it into filters[0]',
      'spec.rules[0].filters[3].type: a CORS filter may appear once per list: merge it into filters[0]',
    ]);
  });

  it('needs at least one rule once rules is written (v1.5.1 has minItems 1; unset, it defaults to one)', () => {
    expect(found(doc('HTTPRoute', '  parentRefs: [{name: shop-edge}]\n  rules: []\n'))).toEqual(['SA2004 8:10']);
    expect(found(doc('HTTPRoute', '  parentRefs: [{name: shop-edge}]\n'))).toEqual([]);
  });
});

describe('Gateway: allowedListeners, tls and the TLS listener rule', () => {
  const TLS = `  allowedListeners:
    namespaces:
      from: Selector
      selector:
        matchLabels: {edge.example.com/listeners: allowed}
  tls:
    frontend:
      default:
        validation:
          caCertificateRefs:
            - {group: "", kind: ConfigMap, name: shop-client-ca}
      perPort:
        - port: 8443
          tls:
            validation:
              mode: AllowInsecureFallback
              caCertificateRefs: [{group: "", kind: ConfigMap, name: partner-ca, namespace: partners}]
    backend:
      clientCertificateRef:
        name: shop-edge-client
`;

  it('accepts the ListenerSets it allows, client certificate validation and a client certificate for backends', () => {
    expect(found(doc('Gateway', `${GATEWAY}${TLS}`))).toEqual([]);
    expect(found(doc('Gateway', `${GATEWAY}${TLS}`, 'v1beta1'))).toEqual([]);
    expect(found(doc('Gateway', `${GATEWAY}  tls: {}\n  allowedListeners: {}\n`))).toEqual([]);
  });

  it('checks spec.tls: a default, CA references with group, kind and name, known modes, one entry per port', () => {
    const text = doc(
      'Gateway',
      `${GATEWAY}  allowedListeners:
    namespaces: {from: Any}
  tls:
    frontend:
      perPort:
        - port: 443
          tls:
            validation:
              mode: Optional
              caCertificateRefs: [{group: "", name: shop-client-ca}]
        - port: 443
          tls: {validation: {caCertificateRefs: []}}
        - port: 8443
    backend:
      clientCertificateRef: {kind: Secret}
      verifyDepth: 2
`,
    );
    expect(found(text)).toEqual([
      'SA2004 17:24',
      'SA2002 19:5',
      'SA2004 24:21',
      'SA2002 25:36',
      'SA2004 26:17',
      'SA2004 27:49',
      'SA2002 28:11',
      'SA2002 30:7',
      'SA2001 31:7',
    ]);
    expect(said(text)).toEqual([
      'spec.allowedListeners.namespaces.from: must be one of "All", "Selector", "Same" or "None"',
      'missing required field "default" in spec.tls.frontend',
      'spec.tls.frontend.perPort[0].tls.validation.mode: must be "AllowValidOnly" or "AllowInsecureFallback"',
      'missing required field "kind" in spec.tls.frontend.perPort[0].tls.validation.caCertificateRefs[0]',
      'spec.tls.frontend.perPort[1].port: port 443 already has its TLS settings in perPort[0]: give each port one entry',
      'spec.tls.frontend.perPort[1].tls.validation.caCertificateRefs: must not be empty',
      'missing required field "tls" in spec.tls.frontend.perPort[2]',
      'missing required field "name" in spec.tls.backend.clientCertificateRef',
      'unknown field "verifyDepth" in spec.tls.backend',
    ]);
    const nine = many(9, (i) => `{group: "", kind: ConfigMap, name: ca-${i}}`);
    expect(said(doc('Gateway', `${GATEWAY}  tls: {frontend: {default: {validation: {caCertificateRefs: ${nine}}}}}\n`))).toEqual([
      'spec.tls.frontend.default.validation.caCertificateRefs: must have at most 8 caCertificateRefs',
    ]);
  });

  it('needs tls on a TLS listener (v1.5 standard rule), in a Gateway as in a ListenerSet', () => {
    const listeners = `  gatewayClassName: istio
  listeners:
    - {name: passthrough, port: 443, protocol: TLS}
    - {name: passthrough-2, hostname: b.example.com, port: 443, protocol: TLS, tls: {mode: Passthrough}}
`;
    expect(found(doc('Gateway', listeners))).toEqual(['SA2002 9:8']);
    expect(said(doc('Gateway', listeners))).toEqual([
      'missing required field "tls" in spec.listeners[0]: a TLS listener says what it does with TLS, mode Passthrough (TLSRoutes pick backends by SNI) or Terminate (with certificateRefs)',
    ]);
    const set = listeners.replace('  gatewayClassName: istio\n', '  parentRef: {name: shop-edge}\n');
    expect(found(doc('ListenerSet', set))).toEqual(['SA2002 9:8']);
  });
});

describe('BackendTLSPolicy wellKnownCACertificates', () => {
  it('takes System or, since v1.5, an implementation set with a domain prefix', () => {
    const policy = (cas: string): string =>
      doc(
        'BackendTLSPolicy',
        `  targetRefs: [{group: "", kind: Service, name: payments}]\n  validation:\n    wellKnownCACertificates: ${cas}\n    hostname: payments.shop.svc.cluster.local\n`,
      );
    expect(found(policy('System'))).toEqual([]);
    expect(found(policy('example.com/internal-cas'))).toEqual([]);
    expect(found(policy('Internal'))).toEqual(['SA2004 9:30']);
    expect(said(policy('/internal'))).toEqual([
      'spec.validation.wellKnownCACertificates: must be System, or an implementation\'s own set of CAs with a domain prefix like "example.com/internal-cas"',
    ]);
  });
});

describe('TLSRoute', () => {
  const TLS_ROUTE = `  parentRefs:
    - name: shop-edge
      sectionName: tls-passthrough
  hostnames: [payments.example.com, "*.payments.example.com"]
  rules:
    - name: payments
      backendRefs:
        - {name: payments, port: 8443, weight: 90}
        - {name: payments-canary, port: 8443, weight: 10}
`;

  it('passes the clean playground example and a valid route', () => {
    expect(found(example('gateway-api-tlsroute-clean.yaml'))).toEqual([]);
    expect(found(doc('TLSRoute', TLS_ROUTE))).toEqual([]);
  });

  it('reports the broken playground example where the API server would', () => {
    const text = example('gateway-api-tlsroute-broken.yaml');
    expect(found(text)).toEqual(['SA2004 17:7', 'SA2004 20:11', 'SA2001 21:7', 'SA2004 21:7']);
    expect(said(text)).toEqual([
      'spec.hostnames[1]: "203.0.113.10" is an IP address, and SNI carries host names only: match the name clients connect to',
      'spec.rules[0].backendRefs[0]: a reference to a Service needs the port of the Service, like port: 8080',
      'unknown field "matches" in spec.rules[1]',
      'spec.rules[1]: TLSRoute v1 takes exactly one rule (this list has 2): send other host names with another TLSRoute',
    ]);
  });

  it('requires spec, hostnames, one rule and its backends', () => {
    expect(found(`apiVersion: ${GROUP}/v1\nkind: TLSRoute\nmetadata:\n  name: payments\n  namespace: shop\n`)).toEqual(['SA2002 2:1']);
    expect(found(doc('TLSRoute', '  parentRefs: [{name: shop-edge}]\n'))).toEqual(['SA2002 6:1', 'SA2002 6:1']);
    expect(said(doc('TLSRoute', '  parentRefs: [{name: shop-edge}]\n'))).toEqual([
      'missing required field "hostnames" in spec',
      'missing required field "rules" in spec',
    ]);
    const empty = doc('TLSRoute', '  hostnames: []\n  rules: [{backendRefs: []}, {name: Payments}]\n');
    // Both rules are checked although there is one too many: zod's .max() would have stopped at the count.
    expect(found(empty)).toEqual(['SA2004 7:14', 'SA2004 8:25', 'SA2004 8:30', 'SA2002 8:31', 'SA2004 8:37']);
    expect(found(doc('TLSRoute', '  hostnames: [a.example.com]\n  rules: []\n'))).toEqual(['SA2004 8:10']);
  });

  it('checks host names: no IP addresses, wildcards only as the first label, at most 16', () => {
    const text = doc(
      'TLSRoute',
      `  hostnames: ["10.1.2.3", "pay.*.example.com", "Payments.example.com", "2001:db8::1"]\n  rules: [{backendRefs: [{name: payments, port: 8443}]}]\n`,
    );
    expect(found(text)).toEqual(['SA2004 7:15', 'SA2004 7:27', 'SA2004 7:48', 'SA2004 7:72', 'SA2004 7:72']);
    const seventeen = doc(
      'TLSRoute',
      `  hostnames: ${many(17, (i) => `h${i}.example.com`)}\n  rules: [{backendRefs: [{name: payments, port: 8443}]}]\n`,
    );
    expect(said(seventeen)).toEqual(['spec.hostnames: must have at most 16 hostnames']);
  });

  it('checks parents and backends as the other routes do', () => {
    const text = doc(
      'TLSRoute',
      `  parentRefs: [{name: shop-edge}, {name: shop-edge, sectionName: tls}]
  hostnames: [payments.example.com]
  rules:
    - backendRefs:
        - {name: payments, port: 8443, weight: 1000001}
        - {group: example.com, kind: Pool, name: payments-pool}
      filters: []
`,
    );
    expect(found(text)).toEqual(['SA2004 7:35', 'SA2004 11:48', 'SA2001 13:7']);
  });

  it('is served only as v1: v1alpha2 and v1alpha3 are unserved in the standard CRD', () => {
    for (const version of ['v1alpha2', 'v1alpha3'])
      expect(said(doc('TLSRoute', TLS_ROUTE, version)), version).toEqual([
        `TLSRoute is not served as ${GROUP}/${version}; use ${GROUP}/v1`,
      ]);
  });
});

describe('ListenerSet', () => {
  const LISTENER_SET = `  parentRef:
    name: shared-edge
    namespace: edge
  listeners:
    - name: https
      hostname: shop.example.com
      port: 443
      protocol: HTTPS
      tls:
        certificateRefs: [{name: shop-example-com-tls}]
      allowedRoutes:
        namespaces: {from: Same}
        kinds: [{kind: HTTPRoute}]
`;

  it('passes the clean playground example and a valid set', () => {
    expect(found(example('gateway-api-listenerset-clean.yaml'))).toEqual([]);
    expect(found(doc('ListenerSet', LISTENER_SET))).toEqual([]);
  });

  it('reports the broken playground example where the API server would', () => {
    const text = example('gateway-api-listenerset-broken.yaml');
    expect(found(text)).toEqual(['SA2002 11:1', 'SA2004 20:7', 'SA2004 20:13', 'SA2002 27:7']);
    expect(said(text).slice(0, 3)).toEqual([
      'missing required field "parentRef" in spec',
      'spec.listeners[1]: listeners[1] has the same port, protocol and hostname as listeners[0]: change one of them so each listener is distinct',
      'spec.listeners[1].name: listener name "https" is already used by listeners[0]: each listener needs its own name',
    ]);
  });

  it('requires spec, a parent with a name and at least one listener, at most 64', () => {
    expect(found(`apiVersion: ${GROUP}/v1\nkind: ListenerSet\nmetadata:\n  name: shop\n  namespace: shop\n`)).toEqual(['SA2002 2:1']);
    const text = doc('ListenerSet', '  parentRef: {kind: Gateway, namespace: Edge}\n  listeners: []\n');
    expect(found(text)).toEqual(['SA2002 7:3', 'SA2004 7:41', 'SA2004 8:14']);
    const listeners = many(65, (i) => `{name: l${i}, port: ${1000 + i}, protocol: TCP}`);
    expect(said(doc('ListenerSet', `  parentRef: {name: shared-edge}\n  listeners: ${listeners}\n`))).toEqual([
      'spec.listeners: must have at most 64 listeners',
    ]);
  });

  it('applies the Gateway listener rules, and refuses Gateway-only fields', () => {
    const text = doc(
      'ListenerSet',
      `  parentRef: {name: shared-edge}
  gatewayClassName: istio
  listeners:
    - {name: http, port: 80, protocol: HTTP, tls: {mode: Passthrough}}
    - {name: db, hostname: db.example.com, port: 5432, protocol: TCP}
    - {name: https, port: 443, protocol: HTTPS, tls: {mode: Passthrough}}
`,
    );
    expect(found(text)).toEqual(['SA2001 8:3', 'SA2004 10:51', 'SA2004 11:28', 'SA2004 12:61']);
    expect(found(doc('ListenerSet', LISTENER_SET, 'v1alpha1'))).toEqual(['SA1009 1:13']);
  });
});
