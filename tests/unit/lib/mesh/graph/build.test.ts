import { describe, expect, it } from 'vitest';
import { buildTrafficModel } from '../../../../../src/lib/mesh/graph/index.ts';
import { edgesOf, missingOf, modelOf, resourcesOfText } from './fixtures.ts';

const sorted = (lines: readonly string[]): string[] => [...lines].sort();

describe('buildTrafficModel', () => {
  it('splits a canary 90/10 over two subsets, each reaching its own Deployment', () => {
    const model = modelOf('canary.yaml');
    expect(sorted(edgesOf(model))).toEqual(
      sorted([
        'client mesh --> host payments.shop.svc.cluster.local',
        'host payments.shop.svc.cluster.local --> route HTTP route 1',
        'route HTTP route 1 -->[90%] destination payments.shop.svc.cluster.local (subset v1)',
        'route HTTP route 1 -->[10%] destination payments.shop.svc.cluster.local (subset v2)',
        'destination payments.shop.svc.cluster.local (subset v1) --> subset subset v1',
        'destination payments.shop.svc.cluster.local (subset v2) --> subset subset v2',
        'subset subset v1 --> workload Deployment payments-v1',
        'subset subset v2 --> workload Deployment payments-v2',
      ]),
    );
    expect(missingOf(model)).toEqual([]);
    const subset = model.nodes.find((node) => node.title === 'subset v2');
    expect(subset?.details).toEqual(['version=v2', 'DestinationRule shop/payments']);
    const workload = model.nodes.find((node) => node.title === 'Deployment payments-v2');
    expect(workload).toMatchObject({ kind: 'workload', namespace: 'shop', details: ['version v2'] });
  });

  it('follows a Gateway through its VirtualService to the Service and its pods', () => {
    const model = modelOf('gateway.yaml');
    expect(sorted(edgesOf(model))).toEqual(
      sorted([
        'client external clients --> gateway Gateway shop/public-gw',
        'gateway Gateway shop/public-gw --> host shop.example.com',
        'host shop.example.com --> route HTTP route 1',
        'route HTTP route 1 --> destination checkout.shop.svc.cluster.local (port 8080)',
        'destination checkout.shop.svc.cluster.local (port 8080) --> service Service checkout',
        'service Service checkout --> workload Deployment checkout',
        'client mesh -->[default] service Service checkout',
      ]),
    );
    expect(model.nodes.find((node) => node.kind === 'gateway')?.details).toEqual(['hosts shop.example.com', 'port 80 HTTP']);
    expect(model.nodes.find((node) => node.kind === 'route')?.details).toEqual(['uri prefix /checkout']);
  });

  it('labels routes with their match and the arrows into them with retries, timeouts and faults', () => {
    const model = modelOf('policies.yaml');
    const edges = edgesOf(model);
    expect(edges).toContain(
      'host orders.shop.svc.cluster.local -->[retries 3 x 1s on 5xx / fault delay 5s for 10% / fault abort 503 for 5%] route HTTP route beta-testers',
    );
    expect(edges).toContain('host orders.shop.svc.cluster.local -->[timeout 10s] route HTTP route 2');
    expect(edges).toContain('route HTTP route 2 -.->[mirror 25%] destination orders-shadow.shop.svc.cluster.local');
    expect(model.nodes.find((node) => node.title === 'HTTP route beta-testers')?.details).toEqual(['GET, header end-user exact beta']);
  });

  it('draws each kind of dangling reference as a missing node with its reason', () => {
    const model = modelOf('dangling.yaml');
    expect(missingOf(model)).toEqual([
      'Gateway shop/public-gw: no Gateway shop/public-gw',
      'Service ratings.shop: no Service ratings.shop',
      'subset v2: subset v2 selects no pods',
      'subset v3: no DestinationRule defines subset v3',
    ]);
    expect(edgesOf(model)).toEqual(
      expect.arrayContaining([
        'client external clients --> gateway Gateway shop/public-gw MISSING',
        'gateway Gateway shop/public-gw MISSING --> host checkout.shop.svc.cluster.local',
        'destination ratings.shop.svc.cluster.local --> service Service ratings.shop MISSING',
        'destination checkout.shop.svc.cluster.local (subset v2) --> subset subset v2 MISSING',
        'destination checkout.shop.svc.cluster.local (subset v3) --> subset subset v3 MISSING',
      ]),
    );
  });

  it('reaches a Service that no VirtualService routes from the mesh directly', () => {
    expect(edgesOf(modelOf('plain.yaml'))).toEqual([
      'service Service orders --> workload Deployment orders',
      'client mesh -->[default] service Service orders',
    ]);
  });

  it('draws TCP and TLS routes with their port and SNI matches', () => {
    const model = modelOf('streams.yaml');
    expect(model.nodes.filter((node) => node.kind === 'route').map((node) => [node.title, ...node.details])).toEqual([
      ['TCP route 1', 'port 5432'],
      ['TLS route 1', 'SNI payments.example.com, port 443'],
    ]);
    expect(edgesOf(model)).toContain('destination orders-db.shop.svc.cluster.local (port 5432) --> service Service orders-db');
  });

  it('reports no missing Service when the input defines no Services at all', () => {
    const model = buildTrafficModel(
      resourcesOfText(
        'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: orders, namespace: shop}\nspec:\n  hosts: [orders]\n  http: [{route: [{destination: {host: orders}}]}]\n',
      ),
    );
    expect(missingOf(model)).toEqual([]);
    expect(edgesOf(model)).toContain('route HTTP route 1 --> destination orders.shop.svc.cluster.local');
  });

  it('resolves a host to a ServiceEntry and keeps weights of 0', () => {
    const model = buildTrafficModel(
      resourcesOfText(
        [
          'apiVersion: networking.istio.io/v1\nkind: ServiceEntry\nmetadata: {name: stripe, namespace: shop}\nspec: {hosts: [api.stripe.com], ports: [{number: 443, name: https, protocol: TLS}], resolution: DNS}',
          'apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: stripe, namespace: shop}\nspec:\n  hosts: [api.stripe.com]\n  tls: [{match: [{sniHosts: [api.stripe.com]}], route: [{destination: {host: api.stripe.com}, weight: 100}, {destination: {host: api.stripe.com, port: {number: 8443}}}]}]',
        ].join('\n---\n'),
      ),
    );
    expect(edgesOf(model)).toEqual(
      expect.arrayContaining([
        'route TLS route 1 -->[100%] destination api.stripe.com',
        'route TLS route 1 -->[0%] destination api.stripe.com (port 8443)',
        'destination api.stripe.com --> service ServiceEntry stripe',
      ]),
    );
  });

  it('builds nothing from an input without mesh or workload resources', () => {
    expect(buildTrafficModel(resourcesOfText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: orders}\ndata: {a: b}\n'))).toEqual({
      nodes: [],
      edges: [],
      flows: [],
    });
  });
});
