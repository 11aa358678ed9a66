/** Reads the traffic-graph fixtures and turns models and Mermaid text into what tests assert on. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { collectResources, toResource, type Resource } from '../../../../../src/lib/manifest/index.ts';
import { buildTrafficModel, type GraphNode, type TrafficModel } from '../../../../../src/lib/mesh/graph/index.ts';

const DIR = fileURLToPath(new URL('../../../../fixtures/mesh/graph/', import.meta.url));

/** The resources of one fixture file. */
export function resourcesOf(file: string): Resource[] {
  return collectResources([{ name: file, text: readFileSync(`${DIR}${file}`, 'utf8') }]);
}

/** The resources of YAML text. */
export function resourcesOfText(text: string): Resource[] {
  return collectResources([{ name: 'inline.yaml', text }]);
}

/** Resources from plain values, the way the validator builds them (no YAML in between). */
export function resourcesOfValues(values: readonly unknown[]): Resource[] {
  const positions = () => {
    throw new Error('positions are not needed by the graph');
  };
  return values.flatMap((value, index) => {
    const made = toResource('values.yaml', index, value, positions);
    return 'resource' in made ? [made.resource] : [];
  });
}

/** The model of one fixture file. */
export function modelOf(file: string): TrafficModel {
  return buildTrafficModel(resourcesOf(file));
}

const nameOf = (node: GraphNode | undefined): string => {
  if (!node) return '?';
  const extra = node.kind === 'destination' && node.details.length > 0 ? ` (${node.details.join(', ')})` : '';
  return `${node.kind} ${node.title}${extra}${node.missing === undefined ? '' : ' MISSING'}`;
};

/** Every edge as "kind title -->[labels] kind title", in model order. */
export function edgesOf(model: TrafficModel): string[] {
  const byId = new Map(model.nodes.map((node) => [node.id, node]));
  return model.edges.map((edge) => {
    const arrow = `${edge.dotted ? '-.->' : '-->'}${edge.labels.length > 0 ? `[${edge.labels.join(' / ')}]` : ''}`;
    return `${nameOf(byId.get(edge.from))} ${arrow} ${nameOf(byId.get(edge.to))}`;
  });
}

/** Missing nodes as "title: reason". */
export function missingOf(model: TrafficModel): string[] {
  return model.nodes.filter((node) => node.missing !== undefined).map((node) => `${node.title}: ${node.missing}`);
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** What may appear inside a label: safe characters, entity codes, and our own line breaks. */
export const LABEL = String.raw`"(?:[A-Za-z0-9 .,_/+*=@?!'%-]|#[A-Za-z0-9]+;|<br/>)*"`;
const ID = '[A-Za-z][A-Za-z0-9_]*';
const SHAPES = [
  ['>', ']'],
  ['{{', '}}'],
  ['[', ']'],
  ['(', ')'],
  ['[/', '/]'],
  ['[[', ']]'],
  ['([', '])'],
].map(([open, close]) => `${escapeRegExp(open ?? '')}${LABEL}${escapeRegExp(close ?? '')}`);

/** Every form a line of our Mermaid output may take; anything else would be input leaking out. */
export const LINE_FORMS: readonly RegExp[] = [
  /^flowchart LR$/,
  /^ {2}accTitle: [A-Za-z ]+$/,
  /^ {2}accDescr: [A-Za-z0-9 ,.]+$/,
  new RegExp(`^ {2,4}${ID}(?:${SHAPES.join('|')})$`),
  new RegExp(`^ {2}subgraph ${ID} \\[${LABEL}\\]$`),
  /^ {2}end$/,
  new RegExp(`^ {2}${ID} (?:-->|-\\.->)(?:\\|${LABEL}\\|)? ${ID}$`),
  /^ {2}classDef missing [a-z0-9:#,. -]+$/,
  new RegExp(`^ {2}class ${ID}(?:,${ID})* missing$`),
];

/** The lines of Mermaid text that fit none of LINE_FORMS. */
export function strayLines(mermaid: string): string[] {
  return mermaid.split('\n').filter((line) => !LINE_FORMS.some((form) => form.test(line)));
}

/** The node definition lines of Mermaid text. */
export function nodeLines(mermaid: string): string[] {
  return mermaid.split('\n').filter((line) => /^ {2,4}[A-Za-z][A-Za-z0-9_]*[[({>]/.test(line) && !/^ {2}subgraph /.test(line));
}
