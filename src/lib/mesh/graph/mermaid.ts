/**
 * Mermaid flowchart text from a traffic model: one subgraph per namespace, a shape per kind of
 * node, weights and policies on the arrows, missing references dashed red, accessible title and
 * description, and a cap on size so a huge input gives a note instead of a diagram nobody can read.
 */
import { mermaidId, type GraphNode, type NodeKind, type TrafficModel } from './model.ts';
import { mermaidText } from './escape.ts';
import { overview } from './summary.ts';

/** Most nodes drawn, the note about the rest included. */
export const MAX_NODES = 150;

/** Limits of one drawing. */
export interface MermaidLimits {
  /** Most nodes, the note included (MAX_NODES unless given). */
  maxNodes?: number;
  /** Most arrows; Mermaid refuses more than 500 unless configured otherwise. */
  maxEdges?: number;
  /** Most characters of node and arrow lines; Mermaid refuses texts over 50,000 unless configured otherwise. */
  maxChars?: number;
}

const SHAPES: Record<NodeKind, readonly [string, string]> = {
  client: ['>', ']'],
  gateway: ['{{', '}}'],
  host: ['[', ']'],
  route: ['(', ')'],
  destination: ['[', ']'],
  subset: ['[/', '/]'],
  service: ['[[', ']]'],
  workload: ['([', '])'],
};

const MISSING_STYLE = 'fill:#fdecea,stroke:#c62828,stroke-width:2px,stroke-dasharray:5 5,color:#7f1616';
const INDENT = '  ';

function nodeLine(node: GraphNode): string {
  const [open, close] = SHAPES[node.kind];
  const lines = [node.title, ...node.details, ...(node.missing === undefined ? [] : [`missing: ${node.missing}`])];
  return `${node.id}${open}${mermaidText(lines)}${close}`;
}

function header(description: string): string[] {
  return ['flowchart LR', `${INDENT}accTitle: Where the traffic of these manifests goes`, `${INDENT}accDescr: ${description}`];
}

/** The flowchart of a model; an empty model gives a one-box diagram saying what to add. */
export function toMermaid(model: TrafficModel, limits: MermaidLimits = {}): string {
  const maxNodes = Math.max(2, limits.maxNodes ?? MAX_NODES);
  const maxEdges = limits.maxEdges ?? 400;
  const maxChars = limits.maxChars ?? 40_000;
  if (model.nodes.length === 0) {
    return [
      ...header('Nothing to draw yet.'),
      `${INDENT}n_empty[${mermaidText(['Nothing to draw yet', 'add Services, workloads, VirtualServices or Gateways'])}]`,
    ].join('\n');
  }

  const room = model.nodes.length > maxNodes ? maxNodes - 1 : maxNodes;
  const drawn: { node: GraphNode; line: string }[] = [];
  let chars = 0;
  for (const node of model.nodes) {
    const line = nodeLine(node);
    // Nodes may take most of the budget; the rest is for arrows.
    if (drawn.length >= room || chars + line.length > maxChars * 0.7) break;
    drawn.push({ node, line });
    chars += line.length;
  }
  const order = new Map(drawn.map((d, i) => [d.node.id, i]));
  const arrows: string[] = [];
  let skipped = 0;
  // Arrows in the order of the nodes they leave, so the text reads the way traffic flows.
  const edges = model.edges.filter((e) => order.has(e.from) && order.has(e.to));
  edges.sort((a, b) => (order.get(a.from) ?? 0) - (order.get(b.from) ?? 0));
  skipped += model.edges.length - edges.length;
  for (const edge of edges) {
    const label = edge.labels.length > 0 ? `|${mermaidText(edge.labels)}|` : '';
    const line = `${edge.from} ${edge.dotted ? '-.->' : '-->'}${label} ${edge.to}`;
    if (arrows.length >= maxEdges || chars + line.length > maxChars) {
      skipped++;
      continue;
    }
    arrows.push(line);
    chars += line.length;
  }

  const hiddenNodes = model.nodes.length - drawn.length;
  let description = overview(model);
  if (hiddenNodes > 0) description += ` Only ${drawn.length} of ${model.nodes.length} nodes are drawn.`;
  const out = header(description);

  const groups = new Map<string, string[]>();
  for (const { node, line } of drawn) {
    if (node.namespace === undefined) out.push(`${INDENT}${line}`);
    else {
      const lines = groups.get(node.namespace);
      if (lines) lines.push(line);
      else groups.set(node.namespace, [line]);
    }
  }
  for (const [namespace, lines] of groups) {
    out.push(`${INDENT}subgraph ${mermaidId('ns', namespace)} [${mermaidText([`namespace ${namespace}`])}]`);
    out.push(...lines.map((line) => `${INDENT}${INDENT}${line}`), `${INDENT}end`);
  }
  out.push(...arrows.map((line) => `${INDENT}${line}`));
  if (hiddenNodes > 0 || skipped > 0) {
    const what = [hiddenNodes > 0 ? `${hiddenNodes} more nodes` : '', skipped > 0 ? `${skipped} more arrows` : '']
      .filter(Boolean)
      .join(' and ');
    out.push(`${INDENT}n_more[${mermaidText([`${what} not drawn`, 'the text summary lists everything'])}]`);
  }

  const missing = drawn.filter((d) => d.node.missing !== undefined).map((d) => d.node.id);
  if (missing.length > 0) {
    out.push(`${INDENT}classDef missing ${MISSING_STYLE}`);
    for (let i = 0; i < missing.length; i += 20) out.push(`${INDENT}class ${missing.slice(i, i + 20).join(',')} missing`);
  }
  return out.join('\n');
}
