/** What both injectors hand back to the preview, and the note every preview starts with. */
import type { Workload } from '../../manifest/workloads.ts';
import type { PlainObject } from '../../manifest/yaml/load.ts';

/** The injected template and what the preview should tell the learner about it. */
export interface MeshInjection {
  template: PlainObject;
  native: boolean;
  cni: boolean;
  notes: string[];
}

/** The first note of every preview: what changes, and when. */
export function previewNote(workload: Workload, injector: string): string {
  const kind = workload.resource.kind;
  return kind === 'Pod'
    ? `Preview: ${injector} changes this pod as shown when it is created; the manifest you apply stays as written.`
    : `Preview: ${injector} changes each pod the ${kind} creates, as shown; the ${kind} itself keeps the template you wrote.`;
}
