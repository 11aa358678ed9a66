import { describe, expect, it } from 'vitest';
import { buildTrafficModel, MAX_SENTENCES, overview, summarize } from '../../../../../src/lib/mesh/graph/index.ts';
import { modelOf, resourcesOfText } from './fixtures.ts';

describe('summarize', () => {
  it('says where a canary split sends requests, subset by subset', () => {
    expect(summarize(modelOf('canary.yaml'))).toEqual([
      'Traffic graph of 1 host, 1 route rule, 1 service and 2 workloads, with no missing references.',
      'Requests to payments.shop.svc.cluster.local from the mesh: 90% to subset v1 (Deployment payments-v1), 10% to subset v2 (Deployment payments-v2).',
      'Service payments in namespace shop: reached through its subsets.',
    ]);
  });

  it('names each missing reference where it breaks the path, then lists them all', () => {
    expect(summarize(modelOf('dangling.yaml'))).toEqual([
      'Traffic graph of 1 host, 2 route rules, 1 service and 1 workload, with 4 missing references.',
      'Requests to checkout.shop.svc.cluster.local from Gateway shop/public-gw (missing: no Gateway shop/public-gw) and the mesh matching uri prefix /ratings: all to ratings.shop.svc.cluster.local (missing: no Service ratings.shop).',
      'Requests to checkout.shop.svc.cluster.local from Gateway shop/public-gw (missing: no Gateway shop/public-gw) and the mesh: 80% to subset v1 (Deployment checkout-v1), 10% to subset v2 (missing: subset v2 selects no pods), 10% to subset v3 (missing: no DestinationRule defines subset v3).',
      'Service checkout in namespace shop: reached through its subsets.',
      'Missing references: no Gateway shop/public-gw, no Service ratings.shop, subset v2 selects no pods, no DestinationRule defines subset v3.',
    ]);
  });

  it('tells Gateways, matches, policies, mirrors and default routing', () => {
    expect(summarize(modelOf('gateway.yaml')).slice(1)).toEqual([
      'Gateway shop/public-gw takes requests from outside the cluster (hosts shop.example.com, port 80 HTTP).',
      'Requests to shop.example.com from Gateway shop/public-gw matching uri prefix /checkout: all to checkout.shop.svc.cluster.local port 8080 (Service checkout: Deployment checkout).',
      'Requests from the mesh to Service checkout in namespace shop go straight to Deployment checkout: no VirtualService routes them.',
    ]);
    expect(summarize(modelOf('policies.yaml'))[2]).toBe(
      'Requests to orders.shop.svc.cluster.local from the mesh: all to orders.shop.svc.cluster.local (Service orders: Deployment orders), a copy of 25% to orders-shadow.shop.svc.cluster.local (Service orders-shadow: Deployment orders-shadow); timeout 10s.',
    );
  });

  it('mentions workloads that nothing sends traffic to', () => {
    const model = buildTrafficModel(
      resourcesOfText(
        'apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: log-shipper, namespace: shop}\nspec:\n  selector: {matchLabels: {app: log-shipper}}\n  template:\n    metadata: {labels: {app: log-shipper}}\n    spec: {containers: [{name: vector, image: timberio/vector:0.40}]}\n',
      ),
    );
    expect(summarize(model)).toEqual([
      'Traffic graph of 1 workload, with no missing references.',
      'No Service or subset sends traffic to DaemonSet log-shipper.',
    ]);
  });

  it('writes input text without control characters and cut to a readable length', () => {
    const model = buildTrafficModel(
      resourcesOfText(
        `apiVersion: v1\nkind: Pod\nmetadata: {name: "orders\\u0007\\nv1${'x'.repeat(200)}", namespace: shop}\nspec: {containers: []}\n`,
      ),
    );
    const sentence = summarize(model)[1] ?? '';
    expect(sentence).toMatch(/^No Service or subset sends traffic to Pod orders v1x+…\.$/);
    expect(sentence.length).toBeLessThan(150);
  });

  it(`never says more than ${MAX_SENTENCES} sentences`, () => {
    const text = Array.from(
      { length: 400 },
      (_, i) =>
        `apiVersion: networking.istio.io/v1\nkind: VirtualService\nmetadata: {name: vs-${i}, namespace: shop}\nspec: {hosts: [h${i}], http: [{route: [{destination: {host: h${i}}}]}]}`,
    ).join('\n---\n');
    const summary = summarize(buildTrafficModel(resourcesOfText(text)));
    expect(summary).toHaveLength(MAX_SENTENCES);
    expect(summary[MAX_SENTENCES - 1]).toBe('And 102 more sentences.');
  });
});

describe('overview', () => {
  it('counts what the graph holds without any text from the input', () => {
    expect(overview(modelOf('gateway.yaml'))).toBe(
      'Traffic graph of 1 gateway, 1 host, 1 route rule, 1 service and 1 workload, with no missing references.',
    );
    expect(overview({ nodes: [], edges: [], flows: [] })).toBe('Nothing to draw yet.');
  });
});
