/** Paths through a document's data, and how they are written; no parser needed, so the browser UI can use them. */

/** A path through the data: keys of mappings and indices of lists. */
export type DataPath = readonly (string | number)[];

/** "spec.template.spec.containers[0].image" */
export function formatPath(path: DataPath): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}
