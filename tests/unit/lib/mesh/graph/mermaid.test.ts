import { describe, expect, it } from 'vitest';
import { buildTrafficModel, MAX_NODES, mermaidId, toMermaid } from '../../../../../src/lib/mesh/graph/index.ts';
import { modelOf, nodeLines, resourcesOfText, strayLines } from './fixtures.ts';

/** `count` Deployments, each with its own Service, in namespace shop. */
function manyServices(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: orders-${i}, namespace: shop}\nspec: {selector: {app: orders-${i}}, ports: [{port: 8080}]}\n---\n` +
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: orders-${i}, namespace: shop}\nspec:\n  selector: {matchLabels: {app: orders-${i}}}\n  template:\n    metadata: {labels: {app: orders-${i}}}\n    spec: {containers: [{name: orders, image: ghcr.io/rust-shop/orders:1}]}`,
  ).join('\n---\n');
}

describe('toMermaid', () => {
  it('writes a left-to-right flowchart with accessible title and description first', () => {
    const lines = toMermaid(modelOf('canary.yaml')).split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'flowchart LR',
      '  accTitle: Where the traffic of these manifests goes',
      '  accDescr: Traffic graph of 1 host, 1 route rule, 1 service and 2 workloads, with no missing references.',
    ]);
  });

  it('groups nodes by namespace and leaves clients outside', () => {
    const text = toMermaid(modelOf('canary.yaml'));
    expect(text).toMatch(/^ {2}c_mesh_[a-z0-9]+>"mesh<br\/>clients with sidecars"\]$/m);
    expect(text).toMatch(/^ {2}subgraph ns_shop_[a-z0-9]+ \["namespace shop"\]$/m);
    expect(text).toMatch(/^ {4}w_Deployment_shop_payments_v1_[a-z0-9]+\(\["Deployment payments-v1<br\/>version v1"\]\)$/m);
    expect(text).toMatch(/^ {2}end$/m);
  });

  it('puts weights on arrows and draws mirrors dotted', () => {
    expect(toMermaid(modelOf('canary.yaml'))).toMatch(/^ {2}r_\w+ -->\|"90%"\| d_payments_shop_v1_\w+$/m);
    expect(toMermaid(modelOf('policies.yaml'))).toMatch(/^ {2}r_\w+ -\.->\|"mirror 25%"\| d_orders_shadow_\w+$/m);
  });

  it('styles missing nodes dashed red through one class', () => {
    const text = toMermaid(modelOf('dangling.yaml'));
    expect(text).toContain('  classDef missing fill:#fdecea,stroke:#c62828,stroke-width:2px,stroke-dasharray:5 5,color:#7f1616');
    const classed = /^ {2}class (\S+) missing$/m.exec(text)?.[1]?.split(',') ?? [];
    expect(classed).toHaveLength(4);
    for (const id of classed) expect(text).toMatch(new RegExp(`^ {4}${id}.*missing#58; `, 'm'));
  });

  it('gives the same ids for the same input, letters, digits and underscores only', () => {
    const ids = (text: string) => nodeLines(text).map((line) => /^\s*(\w+)/.exec(line)?.[1]);
    const first = ids(toMermaid(modelOf('dangling.yaml')));
    expect(ids(toMermaid(modelOf('dangling.yaml')))).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    for (const id of first) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
  });

  it(`draws at most ${MAX_NODES} nodes and says in a note how many more there are`, () => {
    const model = buildTrafficModel(resourcesOfText(manyServices(120)));
    expect(model.nodes).toHaveLength(241);
    const text = toMermaid(model);
    expect(nodeLines(text)).toHaveLength(MAX_NODES);
    expect(text).toContain(`n_more["92 more nodes and`);
    expect(text).toContain(
      'accDescr: Traffic graph of 120 services and 120 workloads, with no missing references. Only 149 of 241 nodes are drawn.',
    );
    expect(strayLines(text)).toEqual([]);
  });

  it('stops early when the text would grow past the character budget', () => {
    const text = toMermaid(buildTrafficModel(resourcesOfText(manyServices(20))), { maxChars: 2000 });
    expect(text.length).toBeLessThan(3000);
    expect(text).toMatch(/n_more\["\d+ more nodes and \d+ more arrows not drawn<br\/>the text summary lists everything"\]/);
  });

  it('says there is nothing to draw for an empty model', () => {
    expect(toMermaid({ nodes: [], edges: [], flows: [] })).toBe(
      [
        'flowchart LR',
        '  accTitle: Where the traffic of these manifests goes',
        '  accDescr: Nothing to draw yet.',
        '  n_empty["Nothing to draw yet<br/>add Services, workloads, VirtualServices or Gateways"]',
      ].join('\n'),
    );
  });
});

describe('mermaidId', () => {
  it('keeps letters and digits of the key and adds a hash of all of it', () => {
    expect(mermaidId('w', 'Deployment/shop/orders-v1')).toMatch(/^w_Deployment_shop_orders_v1_[a-z0-9]+$/);
    expect(mermaidId('w', 'orders.v1')).not.toBe(mermaidId('w', 'orders-v1'));
  });

  it('gives a safe id for any key', () => {
    for (const key of ['', '"]]; click x', '🦀', 'end', '%%{init}%%'])
      expect(mermaidId('s', key)).toMatch(/^s_(?:[A-Za-z0-9]+_)*[a-z0-9]+$/);
    expect(mermaidId('s', 'click me')).not.toMatch(/click/i);
  });
});
