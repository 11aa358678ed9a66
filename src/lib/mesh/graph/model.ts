/** The traffic graph as plain data: nodes, edges and the route rules behind them, with stable ids. */

/** What a node stands for. */
export type NodeKind = 'client' | 'gateway' | 'host' | 'route' | 'destination' | 'subset' | 'service' | 'workload';

/** One box of the picture; every text is unescaped input, capped and escaped only when drawn. */
export interface GraphNode {
  /** Stable Mermaid id: letters, digits and `_` only. */
  id: string;
  kind: NodeKind;
  /** The namespace group it is drawn in; undefined for clients and hosts outside the cluster. */
  namespace: string | undefined;
  /** First line of the label, also the node's name in sentences ("Deployment orders-v1"). */
  title: string;
  /** Further label lines ("version v1", "hosts shop.example.com"). */
  details: string[];
  /** Why the thing is missing, for a dangling reference; undefined otherwise. */
  missing: string | undefined;
}

/** One arrow; `labels` are weights, policies or "mirror 25%". */
export interface GraphEdge {
  from: string;
  to: string;
  labels: string[];
  /** Dotted for copies of traffic (mirrors). */
  dotted: boolean;
}

/** One route rule with where its requests come from and go, for the sentences of the summary. */
export interface Flow {
  /** Node ids of the clients and gateways that send these requests. */
  sources: string[];
  /** The hosts the requests are addressed to. */
  hosts: string[];
  /** The VirtualService, "VirtualService shop/orders". */
  virtualService: string;
  protocol: string;
  match: string;
  policies: string[];
  action: string | undefined;
  /** Node id of each destination, with its share ("90%"; undefined for all) or mirror share. */
  targets: { destination: string; share: string | undefined; mirror: boolean }[];
}

/** Nodes in drawing order (the order traffic meets them), edges, and the flows behind the routes. */
export interface TrafficModel {
  nodes: GraphNode[];
  edges: GraphEdge[];
  flows: Flow[];
}

const PREFIX: Record<NodeKind, string> = {
  client: 'c',
  gateway: 'g',
  host: 'h',
  route: 'r',
  destination: 'd',
  subset: 's',
  service: 'v',
  workload: 'w',
};

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** A Mermaid id for a key: a readable part from its letters and digits (no "click"), then a hash of the whole key. */
export function mermaidId(prefix: string, key: string): string {
  const readable = key
    .replace(/\.svc\.cluster\.local\b/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/click/gi, 'clk')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32);
  const safePrefix = /^[a-z][a-z0-9]*$/.test(prefix) ? prefix : 'n';
  return `${safePrefix}_${readable ? `${readable}_` : ''}${hash(key)}`;
}

/** Builds a model: nodes by key (the first definition wins), edges without duplicates. */
export class GraphBuilder {
  readonly #nodes = new Map<string, GraphNode>();
  readonly #ids = new Set<string>();
  readonly #edges = new Map<string, GraphEdge>();
  readonly flows: Flow[] = [];

  /** The node for `key`, made with `make` the first time. */
  node(key: string, kind: NodeKind, make: () => Omit<GraphNode, 'id' | 'kind'>): GraphNode {
    const found = this.#nodes.get(key);
    if (found) return found;
    // The kind is in the prefix already; the readable part starts after "kind:".
    const base = mermaidId(PREFIX[kind], key.slice(key.indexOf(':') + 1));
    let id = base;
    // A hash collision between two keys must not merge two nodes.
    for (let n = 2; this.#ids.has(id); n++) id = `${base}_${n}`;
    const node: GraphNode = { id, kind, ...make() };
    this.#nodes.set(key, node);
    this.#ids.add(id);
    return node;
  }

  /** The node for `key`, if there is one. */
  get(key: string): GraphNode | undefined {
    return this.#nodes.get(key);
  }

  /** Adds an arrow once. */
  edge(from: GraphNode, to: GraphNode, labels: readonly string[] = [], dotted = false): void {
    const key = `${from.id}>${to.id}>${dotted}>${labels.join('\n')}`;
    if (!this.#edges.has(key)) this.#edges.set(key, { from: from.id, to: to.id, labels: [...labels], dotted });
  }

  /** The finished model. */
  model(): TrafficModel {
    return { nodes: [...this.#nodes.values()], edges: [...this.#edges.values()], flows: this.flows };
  }
}
