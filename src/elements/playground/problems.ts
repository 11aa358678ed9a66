/**
 * The problems panel: the validator's findings grouped by file and then by resource, filtered by
 * level, each a button that jumps to its span in the editor, with a link to its rule page and,
 * when the check knows a mechanical repair, a quick-fix button.
 */
import type { AnalysisResult, Diagnostic, Severity } from '../../lib/manifest/types.ts';
import { button, count, el } from './dom.ts';

/** What the panel asks of the playground. */
export interface ProblemsHost {
  jump(diagnostic: Diagnostic): void;
  fix(diagnostic: Diagnostic): void;
  /** The site path of a rule page, with the site's base. */
  ruleHref(diagnostic: Diagnostic): string;
}

const LEVEL: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Info' };

function item(d: Diagnostic, host: ProblemsHost): HTMLLIElement {
  const li = el('li', undefined, `pg-problem pg-${d.severity}`);
  const jump = button('', 'pg-jump');
  jump.append(
    el('span', LEVEL[d.severity], 'pg-level'),
    el('span', `${d.line}:${d.column}`, 'pg-where'),
    el('span', d.message, 'pg-message'),
  );
  jump.setAttribute('aria-label', `${LEVEL[d.severity]} at line ${d.line}, column ${d.column}: ${d.message}`);
  jump.addEventListener('click', () => host.jump(d));
  const rule = el('a', d.code, 'pg-rule');
  rule.href = host.ruleHref(d);
  rule.setAttribute('aria-label', `Rule ${d.code}: what it means and how to fix it`);
  li.append(jump, rule);
  if (d.fix) {
    const fix = button(`Fix: ${d.fix.title}`, 'pg-fix');
    fix.addEventListener('click', () => host.fix(d));
    li.append(fix);
  }
  return li;
}

/** How many findings are drawn before a "Show all" button: a huge input must not stall the page on every update. */
const FIRST_DRAW = 150;

/** Renders the findings into `root`; `shown` are the levels the filters let through. */
export function renderProblems(
  root: HTMLElement,
  result: AnalysisResult,
  shown: ReadonlySet<Severity>,
  host: ProblemsHost,
  limit = FIRST_DRAW,
): void {
  const visible = result.files.map((file) => ({ file: file.file, diagnostics: file.diagnostics.filter((d) => shown.has(d.severity)) }));
  const total = result.files.reduce((sum, file) => sum + file.diagnostics.length, 0);
  const hidden = total - visible.reduce((sum, file) => sum + file.diagnostics.length, 0);
  const children: HTMLElement[] = [];
  if (total === 0) {
    children.push(el('p', `No problems found in ${count(result.files.length, 'file')}.`, 'pg-clean'));
  } else if (hidden === total) {
    children.push(el('p', `All ${count(total, 'finding')} are hidden by the filters above.`, 'pg-clean'));
  }
  let budget = limit;
  for (const { file, diagnostics: all } of visible) {
    if (all.length === 0 || budget <= 0) continue;
    const diagnostics = all.slice(0, budget);
    budget -= diagnostics.length;
    const section = el('section', undefined, 'pg-file-group');
    section.append(el('h3', `${file} (${count(all.length, 'finding')})`));
    const byResource = new Map<string, Diagnostic[]>();
    for (const d of diagnostics) byResource.set(d.resource, [...(byResource.get(d.resource) ?? []), d]);
    for (const [resource, list] of byResource) {
      if (byResource.size > 1 || resource !== '') section.append(el('h4', resource || 'The file as a whole'));
      const ul = el('ul', undefined, 'pg-problem-list');
      ul.append(...list.map((d) => item(d, host)));
      section.append(ul);
    }
    children.push(section);
  }
  if (hidden > 0 && hidden < total) children.push(el('p', `${count(hidden, 'more finding')} hidden by the filters.`, 'pg-hidden-note'));
  const undrawn = total - hidden - limit;
  if (undrawn > 0) {
    const more = button(`Show all ${total - hidden} findings (${undrawn} more)`, 'pg-tab-action pg-show-all');
    more.addEventListener('click', () => renderProblems(root, result, shown, host, Number.POSITIVE_INFINITY));
    children.push(more);
  }
  root.replaceChildren(...children);
}
