/** The traffic graph: where requests go through Gateways, VirtualServices, subsets, Services and workloads. */
export { trafficGraph, type TrafficGraph } from './traffic-graph.ts';
export { buildTrafficModel } from './build.ts';
export { toMermaid, MAX_NODES, type MermaidLimits } from './mermaid.ts';
export { summarize, overview, MAX_SENTENCES } from './summary.ts';
export { cleanText, mermaidLabel, mermaidText, MAX_LINE, MAX_LINES } from './escape.ts';
export { mermaidId, type Flow, type GraphEdge, type GraphNode, type NodeKind, type TrafficModel } from './model.ts';
