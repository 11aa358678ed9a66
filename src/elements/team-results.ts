/**
 * <team-results>: reads pasted result codes in the browser and shows participants, the score
 * distribution, per-question results (hardest first) and the wrong answers chosen most, with a
 * CSV download. Everything is text content: nothing pasted is ever inserted as HTML.
 */
import { analyseTeam, teamCsv, type QuizReport, type TeamQuiz } from '../lib/team/index.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function table(caption: string, head: string[], rows: (string | number)[][]): HTMLElement {
  const wrap = el('div', undefined, 'table-scroll');
  wrap.tabIndex = 0;
  wrap.setAttribute('role', 'region');
  wrap.setAttribute('aria-label', caption);
  const t = el('table');
  t.append(el('caption', caption));
  const thead = el('thead');
  const hr = el('tr');
  for (const h of head) hr.append(Object.assign(el('th', h), { scope: 'col' }));
  thead.append(hr);
  const tbody = el('tbody');
  for (const row of rows) {
    const tr = el('tr');
    for (const cell of row) tr.append(el('td', String(cell)));
    tbody.append(tr);
  }
  t.append(thead, tbody);
  wrap.append(t);
  return wrap;
}

function render(report: QuizReport): HTMLElement {
  const section = el('section', undefined, 'team-report');
  const n = report.participants.length;
  const average = Math.round(report.participants.reduce((sum, p) => sum + p.percent, 0) / n);
  const passed = report.participants.filter((p) => p.passed).length;
  section.append(
    el('h2', report.quiz.title),
    el(
      'p',
      `${n} ${n === 1 ? 'participant' : 'participants'}, average ${average}%${report.quiz.passingGrade === undefined ? '' : `, ${passed} passed (pass mark ${report.quiz.passingGrade}%)`}.`,
    ),
    table(
      'Participants',
      ['Name', 'Right', 'Score', 'Passed'],
      report.participants.map((p) => [
        p.name,
        `${p.score} of ${p.max}`,
        `${p.percent}%`,
        p.passed === undefined ? '' : p.passed ? 'yes' : 'no',
      ]),
    ),
  );
  const chart = el('div', undefined, 'team-distribution');
  chart.setAttribute('role', 'img');
  chart.setAttribute(
    'aria-label',
    `Score distribution: ${report.distribution
      .filter((d) => d.count > 0)
      .map((d) => `${d.count} at ${d.label}`)
      .join(', ')}`,
  );
  const most = Math.max(1, ...report.distribution.map((d) => d.count));
  for (const d of report.distribution) {
    const bar = el('div', undefined, 'team-bar');
    const fill = el('span', undefined, 'team-bar-fill');
    // CSSOM, not a style attribute: allowed by the Content-Security-Policy.
    fill.style.height = `${(d.count / most) * 100}%`;
    bar.append(el('span', String(d.count), 'team-bar-count'), fill, el('span', d.label, 'team-bar-label'));
    chart.append(bar);
  }
  section.append(el('h3', 'Score distribution'), chart);
  section.append(
    el('h3', 'Questions, hardest first'),
    table(
      'Questions, hardest first',
      ['Question', 'Right', 'Wrong answers chosen most'],
      report.questions.map((q) => [
        `${q.index + 1}. ${q.title}`,
        `${q.percent}% (${q.right} of ${q.asked})`,
        q.wrong.map((w) => `${w.answer} (${w.count})`).join('; ') || '—',
      ]),
    ),
  );
  return section;
}

class TeamResults extends HTMLElement {
  #reports: QuizReport[] = [];

  connectedCallback(): void {
    let quizzes: TeamQuiz[] = [];
    try {
      quizzes = JSON.parse(this.dataset['quizzes'] ?? '[]') as TeamQuiz[];
    } catch {
      quizzes = [];
    }
    const byId = new Map(quizzes.map((q) => [q.id, q]));
    const input = this.querySelector('textarea');
    const output = this.querySelector('.team-output');
    const status = this.querySelector('.team-status');
    const csv = this.querySelector<HTMLButtonElement>('.team-csv');
    if (!input || !output || !status || !csv) return;
    // A result link opened here brings its code along (#code=...): start from it.
    const fromLink = /[#&]code=(SA1-[A-Za-z0-9_-]+-[0-9a-f]{8})/.exec(location.hash)?.[1];
    if (fromLink && !input.value) input.value = fromLink;
    const run = (): void => {
      const { reports, rejected } = analyseTeam(input.value.slice(0, 500_000), byId);
      this.#reports = reports;
      const parts: Node[] = reports.map(render);
      if (rejected.length > 0) {
        const list = el('ul');
        for (const r of rejected) list.append(el('li', `Line ${r.line} (${r.text}): ${r.reason}`));
        parts.push(el('h2', `${rejected.length} line${rejected.length === 1 ? '' : 's'} not counted`), list);
      }
      output.replaceChildren(...parts);
      const counted = reports.reduce((sum, r) => sum + r.participants.length, 0);
      status.textContent = `${counted} result${counted === 1 ? '' : 's'} counted${rejected.length ? `, ${rejected.length} not counted` : ''}.`;
      csv.disabled = reports.length === 0;
    };
    this.querySelector('.team-analyse')?.addEventListener('click', run);
    csv.addEventListener('click', () => {
      for (const report of this.#reports) {
        const link = el('a');
        link.href = URL.createObjectURL(new Blob([teamCsv(report)], { type: 'text/csv' }));
        link.download = `${report.quiz.id}-results.csv`;
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
      }
    });
    if (input.value) run();
  }
}

customElements.define('team-results', TeamResults);
