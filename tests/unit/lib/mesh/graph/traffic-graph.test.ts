import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trafficGraph } from '../../../../../src/lib/mesh/graph/index.ts';
import { oddResource, resource } from './arbitraries.ts';
import { nodeLines, resourcesOf, resourcesOfText, resourcesOfValues, strayLines } from './fixtures.ts';

describe('trafficGraph', () => {
  it('returns the diagram, the sentences and the counts of a canary split', () => {
    const graph = trafficGraph(resourcesOf('canary.yaml'));
    expect(graph).toMatchObject({ nodes: 10, missing: 0, empty: false });
    expect(graph.mermaid).toMatch(/-->\|"90%"\|/);
    expect(graph.mermaid).toMatch(/-->\|"10%"\|/);
    expect(graph.summary[1]).toMatch(/^Requests to payments\.shop\.svc\.cluster\.local from the mesh: 90% to subset v1/);
  });

  it('counts the missing references of the input', () => {
    expect(trafficGraph(resourcesOf('dangling.yaml'))).toMatchObject({ nodes: 16, missing: 4, empty: false });
  });

  it('gives a plain Deployment and Service a three-box picture', () => {
    const graph = trafficGraph(resourcesOf('plain.yaml'));
    expect(graph).toMatchObject({ nodes: 3, missing: 0, empty: false });
    expect(nodeLines(graph.mermaid).map((line) => line.trim().replace(/^\w+/, ''))).toEqual([
      '>"mesh<br/>clients with sidecars"]',
      '[["Service orders<br/>ports 8080"]]',
      '(["Deployment orders<br/>version v1"])',
    ]);
  });

  it('says when there is nothing to draw', () => {
    const graph = trafficGraph(resourcesOfText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: orders-config}\n'));
    expect(graph).toMatchObject({ nodes: 0, missing: 0, empty: true, summary: ['Nothing to draw yet.'] });
    expect(strayLines(graph.mermaid)).toEqual([]);
    expect(trafficGraph([]).empty).toBe(true);
  });

  it('keeps hostile names and labels inside their labels, escaped', () => {
    const { mermaid } = trafficGraph(resourcesOf('hostile.yaml'));
    for (const raw of ['"]];', 'click', '<script', '<img', '%%', 'alert(1)', 'fill:#f00;', '`', '|"|', '#quot;]']) {
      expect(mermaid.toLowerCase()).not.toContain(raw);
    }
    expect(mermaid).toContain('Service #quot;#93;#93;#59; #99;lick x call alert#40;1#41; #37;#37;');
    expect(mermaid).toContain('version v1 #124;#quot;#124; #35;quot#59; #37;#37;#123;init#58;');
    expect(mermaid).toContain('Deployment evil #99;lick w_x call alert#40;2#41;');
    expect(mermaid.replace(/<br\/>/g, '')).not.toContain('<');
    expect(strayLines(mermaid)).toEqual([]);
  });

  it('keeps any names, hosts and labels inside labels', () => {
    fc.assert(
      fc.property(fc.array(resource, { maxLength: 8 }), (values) => {
        const graph = trafficGraph(resourcesOfValues(values));
        expect(strayLines(graph.mermaid)).toEqual([]);
        expect(graph.mermaid).not.toContain('%%');
        expect(graph.summary.join('\n')).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on odd values where resources should be', () => {
    fc.assert(
      fc.property(fc.array(oddResource, { maxLength: 6 }), (docs) => {
        const values = docs.map(({ kind, ...rest }) => {
          const slash = kind.lastIndexOf('/');
          return { apiVersion: kind.slice(0, slash), kind: kind.slice(slash + 1), ...rest };
        });
        const graph = trafficGraph(resourcesOfValues(values));
        expect(graph.summary[0]).not.toMatch(/could not be drawn/);
        expect(strayLines(graph.mermaid)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
