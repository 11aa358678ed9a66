import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_NODES, trafficGraph } from '../../../../../src/lib/mesh/graph/index.ts';
import { createMermaidRenderer } from '../../../../../src/node/mermaid-renderer.ts';
import { resource } from './arbitraries.ts';
import { resourcesOf, resourcesOfText, resourcesOfValues } from './fixtures.ts';

const FIXTURES = ['canary.yaml', 'gateway.yaml', 'policies.yaml', 'dangling.yaml', 'plain.yaml', 'streams.yaml', 'hostile.yaml'];

/** More Services and Deployments than the node limit allows. */
function crowded(): string {
  return Array.from(
    { length: MAX_NODES },
    (_, i) =>
      `apiVersion: v1\nkind: Service\nmetadata: {name: payments-${i}, namespace: shop-${i % 3}}\nspec: {selector: {app: payments-${i}}}\n---\n` +
      `apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: payments-${i}, namespace: shop-${i % 3}}\nspec: {template: {metadata: {labels: {app: payments-${i}}}}}`,
  ).join('\n---\n');
}

describe('trafficGraph (rendered by Mermaid in Chromium)', () => {
  const renderer = createMermaidRenderer();
  afterAll(() => renderer.close());

  it.each(FIXTURES)('draws %s without a parse error', async (file) => {
    const outcome = await renderer.render(trafficGraph(resourcesOf(file)).mermaid, file);
    if (!outcome.ok) throw new Error(`line ${outcome.line}: ${outcome.message}`);
    expect(outcome.diagram.svg).toMatch(/^<svg /);
  });

  it('shows hostile text as text, never as markup', async () => {
    const outcome = await renderer.render(trafficGraph(resourcesOf('hostile.yaml')).mermaid, 'hostile');
    if (!outcome.ok) throw new Error(outcome.message);
    const { svg } = outcome.diagram;
    expect(svg).not.toMatch(/<(?:script|img|foreignObject|a)\b/i);
    expect(svg).toContain('&lt;img');
    expect(svg).toContain('alert(1)');
  });

  it('draws the graph of an input over the node limit, and an empty one', async () => {
    for (const text of [crowded(), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: orders}\n']) {
      const outcome = await renderer.render(trafficGraph(resourcesOfText(text)).mermaid, 'limit');
      if (!outcome.ok) throw new Error(`line ${outcome.line}: ${outcome.message}`);
    }
  });

  it('draws generated inputs with any text in their names and labels', async () => {
    const samples = fc.sample(fc.array(resource, { minLength: 3, maxLength: 8 }), { numRuns: 6, seed: 20_250_101 });
    for (const values of samples) {
      const { mermaid } = trafficGraph(resourcesOfValues(values));
      const outcome = await renderer.render(mermaid, 'generated');
      if (!outcome.ok) throw new Error(`line ${outcome.line}: ${outcome.message}\n${mermaid}`);
    }
  });
});
