/** fast-check arbitraries for the traffic graph: resources with any text in them, and odd documents. */
import fc from 'fast-check';

/** Strings written to break out of a Mermaid label. */
export const HOSTILE = [
  '"]]; click x call alert(1) %%',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(3)>',
  'a\nb',
  '%%{init: {"securityLevel": "loose"}}%%',
  '#quot;',
  '`**md**`',
  'end',
  'subgraph',
  'x|y',
  'style x fill:#f00;',
];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('orders', 'payments', 'checkout', 'shop', 'v1', 'v2', 'mesh', 'public-gw') },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
);
const labels = fc.dictionary(text, text, { maxKeys: 3 });
const metadata = fc.record({ name: text, namespace: fc.oneof(fc.constant('shop'), text) });
const destination = fc.record({ host: text, subset: fc.option(text), port: fc.option(fc.record({ number: fc.integer() })) });
const httpRoute = fc.record(
  {
    name: text,
    match: fc.array(
      fc.record({ uri: fc.record({ prefix: text }), headers: fc.dictionary(text, fc.record({ exact: text })), port: fc.integer() }),
      {
        maxLength: 2,
      },
    ),
    route: fc.array(fc.record({ destination, weight: fc.option(fc.integer()) }), { maxLength: 3 }),
    timeout: text,
    retries: fc.record({ attempts: fc.integer(), perTryTimeout: text, retryOn: text }),
    fault: fc.record({ delay: fc.record({ fixedDelay: text, percentage: fc.record({ value: fc.double() }) }) }),
    mirror: destination,
    mirrorPercentage: fc.record({ value: fc.double() }),
  },
  { requiredKeys: ['route'] },
);
/** A Service, Deployment, DestinationRule, VirtualService or Gateway whose names, hosts and labels are any text. */
export const resource = fc.oneof(
  metadata.chain((m) => fc.record({ selector: labels }).map((spec) => ({ apiVersion: 'v1', kind: 'Service', metadata: m, spec }))),
  fc.record({ metadata, labels }).map(({ metadata: m, labels: l }) => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: m,
    spec: { template: { metadata: { labels: l } } },
  })),
  fc
    .record({ metadata, host: text, subsets: fc.array(fc.record({ name: text, labels }), { maxLength: 3 }) })
    .map(({ metadata: m, ...spec }) => ({
      apiVersion: 'networking.istio.io/v1',
      kind: 'DestinationRule',
      metadata: m,
      spec,
    })),
  fc
    .record({
      metadata,
      hosts: fc.array(text, { maxLength: 2 }),
      gateways: fc.option(fc.array(text, { maxLength: 2 })),
      http: fc.array(httpRoute, { maxLength: 3 }),
    })
    .map(({ metadata: m, ...spec }) => ({ apiVersion: 'networking.istio.io/v1', kind: 'VirtualService', metadata: m, spec })),
  fc
    .record({ metadata, hosts: fc.array(text, { maxLength: 2 }), number: fc.integer(), protocol: text })
    .map(({ metadata: m, hosts, number, protocol }) => ({
      apiVersion: 'networking.istio.io/v1',
      kind: 'Gateway',
      metadata: m,
      spec: { servers: [{ port: { number, protocol }, hosts }] },
    })),
);
const KINDS = [
  'v1/Service',
  'apps/v1/Deployment',
  'v1/Pod',
  ...['VirtualService', 'DestinationRule', 'Gateway', 'ServiceEntry'].map((k) => `networking.istio.io/v1/${k}`),
];
/** A document of a graphed kind whose metadata and spec are any values at all. */
export const oddResource = fc.record({
  kind: fc.constantFrom(...KINDS),
  metadata: fc.anything(),
  spec: fc.anything({ withNullPrototype: true, withObjectString: true }),
});
