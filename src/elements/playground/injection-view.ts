/**
 * The sidecar-injection panel: for each workload, whether Istio and Linkerd would inject their
 * proxy and which label or annotation decided, then the pod template after injection with the
 * injector's additions highlighted. Clearly labelled as a preview; all text goes in as text.
 */
import type { InjectionDecision, MeshPreview, WorkloadPreview } from '../../lib/mesh/injection/index.ts';
import { formatPath } from '../../lib/manifest/path.ts';
import { count, el } from './dom.ts';

const MESH = { istio: 'Istio', linkerd: 'Linkerd' } as const;

function decisionText(decision: InjectionDecision): HTMLElement {
  const box = el('div', undefined, 'pg-decision');
  const verdict = decision.inject ? `${MESH[decision.mesh]} injects its proxy` : `${MESH[decision.mesh]} does not inject`;
  box.append(el('p', verdict, `pg-verdict ${decision.inject ? 'pg-yes' : 'pg-no'}`), el('p', decision.reason, 'pg-reason'));
  const why = el('p', undefined, 'pg-source');
  why.append(el('span', 'Rule: ', 'pg-label'), el('code', decision.rule));
  if (decision.source) {
    why.append(
      el('span', ' · set by ', 'pg-label'),
      el('code', `${decision.source.kind} ${decision.source.name}`),
      el('span', ' at ', 'pg-label'),
    );
    why.append(el('code', formatPath(decision.source.path)));
  }
  if (decision.revision) why.append(el('span', ' · revision ', 'pg-label'), el('code', decision.revision));
  box.append(why);
  return box;
}

function rangesText(lines: readonly { startLine: number; endLine: number; kind: string }[]): string {
  const added = lines
    .filter((l) => l.kind === 'added')
    .map((l) => (l.startLine === l.endLine ? `${l.startLine}` : `${l.startLine}–${l.endLine}`));
  const changed = lines
    .filter((l) => l.kind === 'changed')
    .map((l) => (l.startLine === l.endLine ? `${l.startLine}` : `${l.startLine}–${l.endLine}`));
  const parts = [
    added.length > 0 ? `added by the injector: lines ${added.join(', ')}` : '',
    changed.length > 0 ? `changed: lines ${changed.join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

function previewBlock(mesh: MeshPreview): HTMLElement | undefined {
  if (mesh.unavailable) return el('p', mesh.unavailable, 'pg-unavailable');
  const preview = mesh.preview;
  if (!preview) return undefined;
  const details = el('details', undefined, 'pg-preview');
  details.append(el('summary', preview.title));
  // A template is a hundred lines or more: build it when the learner opens it, not for every workload.
  details.addEventListener('toggle', () => {
    if (details.open && details.childElementCount === 1) fillPreview(details, preview);
  });
  return details;
}

function fillPreview(details: HTMLDetailsElement, preview: NonNullable<MeshPreview['preview']>): void {
  const legend = el('p', `Highlighted, ${rangesText(preview.lines)}.`, 'pg-legend');
  const kinds = new Map<number, string>();
  for (const range of preview.lines) for (let line = range.startLine; line <= range.endLine; line++) kinds.set(line, range.kind);
  const pre = el('pre', undefined, 'pg-yaml');
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', preview.title);
  const code = el('code');
  preview.yaml
    .replace(/\n$/, '')
    .split('\n')
    .forEach((text, index) => {
      const kind = kinds.get(index + 1);
      code.append(el('span', `${text}\n`, kind ? `pg-line pg-${kind}` : 'pg-line'));
    });
  pre.append(code);
  details.append(legend, pre);
  if (preview.notes.length > 0) {
    const notes = el('ul', undefined, 'pg-notes');
    notes.append(...preview.notes.map((note) => el('li', note)));
    details.append(el('p', 'What this preview assumes:', 'pg-notes-title'), notes);
  }
}

/** Renders the previews of every workload into `root`. */
export function renderInjection(root: HTMLElement, workloads: readonly WorkloadPreview[]): void {
  if (workloads.length === 0) {
    root.replaceChildren(
      el(
        'p',
        'No workloads in the input. Add a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job or CronJob to see whether each mesh would inject it.',
        'pg-clean',
      ),
    );
    return;
  }
  const intro = el(
    'p',
    `${count(workloads.length, 'workload')}. This is a preview of what each mesh's injector would do at admission, worked out from the manifests alone.`,
    'pg-preview-intro',
  );
  const sections = workloads.map((workload) => {
    const section = el('section', undefined, 'pg-workload');
    section.append(el('h3', `${workload.label} (${workload.file})`));
    const grid = el('div', undefined, 'pg-meshes');
    for (const mesh of ['istio', 'linkerd'] as const) {
      const column = el('div', undefined, 'pg-mesh');
      column.append(el('h4', MESH[mesh]), decisionText(workload[mesh].decision));
      const block = previewBlock(workload[mesh]);
      if (block) column.append(block);
      grid.append(column);
    }
    section.append(grid);
    return section;
  });
  root.replaceChildren(intro, ...sections);
}
