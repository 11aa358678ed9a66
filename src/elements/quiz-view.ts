/** Drawing a quiz's state into its DOM: locks, answer marks, feedback and the summary. */
import type { QuizResult } from '../lib/quiz/grade.ts';
import type { QuestionType } from '../lib/quiz/types.ts';

/** Locks or unlocks a question's inputs (radio, checkbox, move buttons). */
export function setLocked(item: HTMLElement, locked: boolean): void {
  for (const input of Array.from(item.querySelectorAll<HTMLInputElement>('input'))) input.disabled = locked;
  const sequence = item.querySelector<HTMLElement>('.quiz-sequence');
  if (sequence) sequence.toggleAttribute('data-locked', locked);
  const check = item.querySelector<HTMLButtonElement>('.quiz-check');
  if (check) {
    check.disabled = locked;
    check.textContent = locked ? 'Checked' : 'Check answer';
  }
}

function mark(answer: Element, text: string, right: boolean): void {
  const label = document.createElement('span');
  label.className = `quiz-mark ${right ? 'is-right' : 'is-wrong'}`;
  label.textContent = `${right ? '✓' : '✗'} ${text}`;
  answer.classList.add(right ? 'is-right' : 'is-wrong');
  (answer.querySelector('label') ?? answer.querySelector('.quiz-answer-text'))?.after(label);
}

/** Marks each answer (text and symbol, never colour alone) and shows the comments of chosen answers. */
export function markAnswers(item: HTMLElement, type: QuestionType, correct: readonly number[], response: readonly number[]): void {
  const answers = Array.from(item.querySelectorAll<HTMLElement>('.quiz-item'));
  answers.forEach((answer, position) => {
    const index = Number(answer.dataset['answer']);
    if (type === 'sequence') {
      const right = index === position;
      mark(answer, right ? 'In the right place' : `Belongs at position ${index + 1}`, right);
      return;
    }
    const chosen = response.includes(index);
    const isCorrect = correct.includes(index);
    if (chosen) mark(answer, isCorrect ? 'Your answer: right' : 'Your answer: wrong', isCorrect);
    else if (isCorrect) mark(answer, 'The right answer', true);
    if (chosen) answer.querySelector<HTMLElement>('.quiz-comment')?.removeAttribute('hidden');
  });
}

/** Fills the feedback block: the verdict, the right answer and the explanation. */
export function showFeedback(item: HTMLElement, right: boolean): HTMLElement | null {
  const feedback = item.querySelector<HTMLElement>('.quiz-feedback');
  if (!feedback) return null;
  const verdict = document.createElement('p');
  verdict.className = `quiz-verdict ${right ? 'is-right' : 'is-wrong'}`;
  verdict.textContent = right ? '✓ Right.' : '✗ Not quite.';
  const parts: Node[] = [verdict];
  const solution = item.querySelector('.quiz-solution');
  if (solution && !right) parts.push(solution.cloneNode(true));
  const explanation = item.querySelector('.quiz-explanation');
  if (explanation) parts.push(explanation.cloneNode(true));
  feedback.replaceChildren(...parts);
  feedback.hidden = false;
  return feedback;
}

/** Takes a question back to unanswered. */
export function clearQuestion(item: HTMLElement): void {
  for (const node of Array.from(item.querySelectorAll('.quiz-mark'))) node.remove();
  for (const answer of Array.from(item.querySelectorAll('.quiz-item'))) answer.classList.remove('is-right', 'is-wrong');
  for (const comment of Array.from(item.querySelectorAll<HTMLElement>('.quiz-comment'))) comment.hidden = true;
  for (const input of Array.from(item.querySelectorAll<HTMLInputElement>('input'))) input.checked = false;
  const feedback = item.querySelector<HTMLElement>('.quiz-feedback');
  if (feedback) {
    feedback.hidden = true;
    feedback.replaceChildren();
  }
  setLocked(item, false);
}

/** Text of a question's title, for the list of missed questions. */
function questionTitle(item: HTMLElement): string {
  return (item.querySelector('.quiz-title')?.textContent ?? '').trim();
}

/** The "share with your trainer" block: an optional name and two copy buttons. */
function shareBlock(key: string): HTMLElement {
  const block = document.createElement('div');
  block.className = 'quiz-share';
  const heading = document.createElement('p');
  heading.className = 'quiz-share-title';
  heading.textContent = 'In a team session? Send your result to your trainer:';
  const label = document.createElement('label');
  label.textContent = 'Your name (optional) ';
  const input = document.createElement('input');
  input.type = 'text';
  input.maxLength = 40;
  input.autocomplete = 'off';
  input.className = 'quiz-share-name';
  input.id = `${key}-share-name`;
  label.htmlFor = input.id;
  const buttons = ['Copy result code', 'Copy result link'].map((text, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = i === 0 ? 'quiz-copy-code' : 'quiz-copy-link';
    button.textContent = text;
    return button;
  });
  const status = document.createElement('p');
  status.className = 'quiz-share-status';
  status.setAttribute('role', 'status');
  block.append(heading, label, input, ...buttons, status);
  return block;
}

/** Fills the summary: score, pass or fail with the quiz's own messages, missed questions, retry. */
export function fillSummary(
  root: HTMLElement,
  summary: HTMLElement,
  result: QuizResult,
  missed: HTMLElement[],
  best: number | undefined,
  retry: boolean,
  passingGrade: number | undefined,
): void {
  const heading = document.createElement('h3');
  heading.id = summary.getAttribute('aria-labelledby') ?? '';
  heading.textContent = 'Your result';
  const score = document.createElement('p');
  score.className = 'quiz-score';
  score.textContent = `${result.score} of ${result.max} right (${result.percent}%).${best !== undefined && best > result.percent ? ` Your best: ${best}%.` : ''}`;
  const parts: Node[] = [heading, score];
  if (result.passed !== undefined) {
    const verdict = document.createElement('p');
    verdict.className = `quiz-verdict ${result.passed ? 'is-right' : 'is-wrong'}`;
    verdict.textContent = result.passed ? `✓ Passed (pass mark ${passingGrade}%).` : `✗ Not passed yet (pass mark ${passingGrade}%).`;
    parts.push(verdict);
    const custom = root.querySelector(result.passed ? '.quiz-pass-message' : '.quiz-fail-message');
    if (custom) {
      const message = document.createElement('p');
      message.append(...Array.from(custom.cloneNode(true).childNodes));
      parts.push(message);
    }
  }
  if (missed.length > 0) {
    const intro = document.createElement('p');
    intro.textContent = 'Worth another look:';
    const list = document.createElement('ul');
    for (const item of missed) {
      const link = document.createElement('a');
      link.href = `#${item.id}`;
      link.textContent = `${item.querySelector('.quiz-number')?.textContent ?? ''}: ${questionTitle(item)}`;
      const entry = document.createElement('li');
      entry.append(link);
      list.append(entry);
    }
    parts.push(intro, list);
  }
  parts.push(shareBlock(root.id || 'quiz'));
  if (retry) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'quiz-retry';
    button.textContent = 'Try again (new order)';
    parts.push(button);
  }
  summary.replaceChildren(...parts);
  summary.hidden = false;
}
