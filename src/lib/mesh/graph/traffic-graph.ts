/** The entry point: resources in, Mermaid text and sentences out, whatever the input holds. */
import type { Resource } from '../../manifest/resource.ts';
import { buildTrafficModel } from './build.ts';
import { cleanText } from './escape.ts';
import { toMermaid } from './mermaid.ts';
import { summarize } from './summary.ts';

/** What the playground shows: the diagram's text, the same in sentences, and counts. */
export interface TrafficGraph {
  /** Mermaid flowchart text, with accTitle and accDescr. */
  mermaid: string;
  /** Sentences saying the same, for screen readers and when Mermaid cannot load. */
  summary: string[];
  /** Nodes in the model (more than are drawn when the graph is over the limit). */
  nodes: number;
  /** Nodes that stand for a missing reference. */
  missing: number;
  /** True when the input has nothing to draw. */
  empty: boolean;
}

/** The traffic graph of the resources; never throws: a failure comes back as a graph that says so. */
export function trafficGraph(resources: readonly Resource[]): TrafficGraph {
  try {
    const model = buildTrafficModel(resources);
    return {
      mermaid: toMermaid(model),
      summary: summarize(model),
      nodes: model.nodes.length,
      missing: model.nodes.filter((node) => node.missing !== undefined).length,
      empty: model.nodes.length === 0,
    };
  } catch (error) {
    // A bug on odd input must leave the playground working; the diagram says so in our words only.
    const message = 'The traffic graph could not be drawn for this input.';
    return {
      mermaid: [
        'flowchart LR',
        '  accTitle: Where the traffic of these manifests goes',
        `  accDescr: ${message}`,
        `  n_error["${message}"]`,
      ].join('\n'),
      summary: [message, `The error was: ${cleanText(String(error), 200)}`],
      nodes: 0,
      missing: 0,
      empty: true,
    };
  }
}
