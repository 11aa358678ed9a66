/**
 * The traffic model in sentences, for screen readers and for when the diagram cannot be drawn:
 * an overview with counts, then what each Gateway accepts, where each route rule sends requests,
 * which Services take requests directly, what nothing reaches, and every missing reference.
 */
import { cleanText } from './escape.ts';
import type { Flow, GraphEdge, GraphNode, TrafficModel } from './model.ts';

/** Most sentences in a summary, the last saying how many more there were. */
export const MAX_SENTENCES = 300;

const piece = (text: string): string => cleanText(text, 80);
const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;

function and(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** One line of counts, with no text from the input: "Traffic graph of 1 gateway, 2 hosts, ..., with 1 missing reference." */
export function overview(model: TrafficModel): string {
  if (model.nodes.length === 0) return 'Nothing to draw yet.';
  const count = (kind: GraphNode['kind']): number => model.nodes.filter((n) => n.kind === kind && n.missing === undefined).length;
  const parts = [
    plural(count('gateway'), 'gateway'),
    plural(count('host'), 'host'),
    plural(count('route'), 'route rule'),
    plural(count('service'), 'service'),
    plural(count('workload'), 'workload'),
  ].filter((part) => !part.startsWith('0 '));
  const missing = model.nodes.filter((n) => n.missing !== undefined).length;
  return `Traffic graph of ${and(parts.length > 0 ? parts : ['nothing but missing references'])}, with ${missing === 0 ? 'no missing references' : plural(missing, 'missing reference')}.`;
}

interface View {
  byId: Map<string, GraphNode>;
  out: Map<string, GraphEdge[]>;
  into: Map<string, GraphEdge[]>;
}

function view(model: TrafficModel): View {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const out = new Map<string, GraphEdge[]>();
  const into = new Map<string, GraphEdge[]>();
  const add = (map: Map<string, GraphEdge[]>, id: string, edge: GraphEdge): void => {
    const list = map.get(id);
    if (list) list.push(edge);
    else map.set(id, [edge]);
  };
  for (const edge of model.edges) {
    add(out, edge.from, edge);
    add(into, edge.to, edge);
  }
  return { byId, out, into };
}

const next = (v: View, id: string): GraphNode[] => (v.out.get(id) ?? []).flatMap((e) => v.byId.get(e.to) ?? []);
const titles = (nodes: readonly GraphNode[]): string => and(nodes.map((n) => piece(n.title)));

/** What a destination leads to: workloads, Services, or why it leads nowhere. */
function reach(v: View, id: string): string {
  return next(v, id)
    .map((node) => {
      if (node.missing !== undefined) return `missing: ${piece(node.missing)}`;
      const pods = next(v, node.id);
      if (node.kind === 'workload') return piece(node.title);
      if (node.kind === 'subset') return pods.length > 0 ? titles(pods) : 'no pods in the input';
      return pods.length > 0 ? `${piece(node.title)}: ${titles(pods)}` : piece(node.title);
    })
    .join('; ');
}

function source(v: View, id: string): string {
  const node = v.byId.get(id);
  if (!node) return 'an unknown source';
  if (node.kind === 'client') return node.title === 'mesh' ? 'the mesh' : node.title;
  return node.missing === undefined ? piece(node.title) : `${piece(node.title)} (missing: ${piece(node.missing)})`;
}

function flowSentence(v: View, flow: Flow): string {
  const what = flow.protocol === 'HTTP' ? 'Requests' : `${flow.protocol} connections`;
  const to = flow.hosts.length > 0 ? and(flow.hosts.map(piece)) : `${piece(flow.virtualService)} (no hosts)`;
  const matching = flow.match === 'any request' ? '' : ` matching ${piece(flow.match)}`;
  const single = flow.hosts.length === 1 ? flow.hosts[0] : undefined;
  const targets = flow.targets.map((target) => {
    const node = v.byId.get(target.destination);
    if (!node) return 'an unknown destination';
    const bySubset = node.title === single && node.details.some((d) => d.startsWith('subset '));
    const where = (bySubset ? node.details : [node.title, ...node.details]).map(piece).join(' ');
    const onward = reach(v, node.id);
    const lead = target.mirror ? `a copy of ${target.share ?? '100%'} to` : `${target.share ?? 'all'} to`;
    return `${lead} ${where}${onward ? ` (${onward})` : ''}`;
  });
  const outcome = [...(flow.action ? [piece(flow.action)] : []), ...targets];
  const policies = flow.policies.length > 0 ? `; ${flow.policies.map(piece).join(', ')}` : '';
  return `${what} to ${to} from ${and(flow.sources.map((id) => source(v, id)))}${matching}: ${outcome.length > 0 ? outcome.join(', ') : 'no destination'}${policies}.`;
}

/** The model as sentences, most important first; never more than MAX_SENTENCES. */
export function summarize(model: TrafficModel): string[] {
  const v = view(model);
  const sentences = [overview(model)];
  for (const gateway of model.nodes.filter((n) => n.kind === 'gateway' && n.missing === undefined)) {
    const bound = (v.out.get(gateway.id) ?? []).length > 0;
    const accepts = gateway.details.length > 0 ? ` (${gateway.details.map(piece).join(', ')})` : '';
    sentences.push(
      `${piece(gateway.title)} takes requests from outside the cluster${accepts}${bound ? '' : '; no VirtualService is bound to it'}.`,
    );
  }
  for (const flow of model.flows) sentences.push(flowSentence(v, flow));
  for (const service of model.nodes.filter((n) => n.kind === 'service' && n.missing === undefined)) {
    const where = `${piece(service.title)} in namespace ${piece(service.namespace ?? 'default')}`;
    const incoming = v.into.get(service.id) ?? [];
    const pods = next(v, service.id);
    if (incoming.some((e) => e.labels.includes('default'))) {
      sentences.push(
        `Requests from the mesh to ${where} go straight to ${pods.length > 0 ? titles(pods) : 'its pods (none in the input)'}: no VirtualService routes them.`,
      );
    } else if (incoming.length === 0) {
      sentences.push(`${where}: ${piece(service.details[service.details.length - 1] ?? 'nothing routes to it')}.`);
    }
  }
  const idle = model.nodes.filter((n) => n.kind === 'workload' && (v.into.get(n.id) ?? []).length === 0);
  if (idle.length > 0) sentences.push(`No Service or subset sends traffic to ${titles(idle)}.`);
  const missing = [...new Set(model.nodes.flatMap((n) => (n.missing === undefined ? [] : [piece(n.missing)])))];
  if (missing.length > 0) sentences.push(`Missing references: ${missing.join(', ')}.`);
  if (sentences.length <= MAX_SENTENCES) return sentences;
  return [...sentences.slice(0, MAX_SENTENCES - 1), `And ${sentences.length - MAX_SENTENCES + 1} more sentences.`];
}
