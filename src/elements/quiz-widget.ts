/**
 * <quiz-widget>: makes a quiz rendered at build time interactive. Shuffles questions and answers
 * (from a seed, so a reload shows the same order), grades each question by answer index (so
 * shuffling never breaks grading), saves progress in the browser (and carries on in memory when
 * storage is blocked), announces results, and tells the host page through `quiz:answered` and
 * `quiz:completed` events.
 */
import { freshQuizState, parseQuizState, quizKey, serializeQuizState, type QuizState } from '../lib/progress/quiz-state.ts';
import { gradeQuestion, gradeQuiz } from '../lib/quiz/grade.ts';
import { answerOrder, drawQuestions, seededRandom } from '../lib/quiz/random.ts';
import type { QuestionType, Quiz } from '../lib/quiz/types.ts';
import { isPaletteEntry } from '../lib/quiz/palette-entry.ts';
import { encodeResult } from '../lib/team/code.ts';
import { writeClipboard } from './clipboard.ts';
import { applySequenceOrder, enableSequence, sequenceOrder } from './quiz-sequence.ts';
import { clearQuestion, fillSummary, markAnswers, setLocked, showFeedback } from './quiz-view.ts';
import { readStored, writeStored } from './storage.ts';

interface Spec {
  id: string;
  hash: string;
  options: Quiz['options'];
  questions: { type: QuestionType; correct: number[]; count: number }[];
  palette?: Record<string, unknown>;
}

const newSeed = (): number => Math.floor(Math.random() * 2 ** 31);

function readSpec(raw: string | undefined): Spec | undefined {
  try {
    const spec = JSON.parse(raw ?? '') as Spec;
    return spec && Array.isArray(spec.questions) && typeof spec.hash === 'string' ? spec : undefined;
  } catch {
    return undefined;
  }
}

class QuizWidget extends HTMLElement {
  #spec!: Spec;
  #quiz!: Quiz;
  #state!: QuizState;
  #drawn: number[] = [];
  #items: HTMLElement[] = [];

  connectedCallback(): void {
    const spec = readSpec(this.dataset['spec']);
    if (!spec || this.#items.length > 0) return;
    this.#spec = spec;
    // The author's colours, made legible for both themes at build time. Set through the CSSOM, which
    // the Content-Security-Policy allows (a style attribute it would not), and only values of that form.
    for (const [name, value] of Object.entries(spec.palette ?? {}))
      if (isPaletteEntry(name, value)) this.style.setProperty(name, value as string);
    this.#quiz = {
      options: spec.options,
      questions: spec.questions.map((q) => ({
        type: q.type,
        prompt: '',
        line: 0,
        column: 0,
        answers: Array.from({ length: q.count }, (_, i) => ({
          text: '',
          correct: q.type === 'sequence' || q.correct.includes(i),
          line: 0,
          column: 0,
        })),
      })),
    };
    this.#items = Array.from(this.querySelectorAll<HTMLElement>('.quiz-question'));
    const counts = spec.questions.map((q) => q.count);
    this.#state = parseQuizState(readStored(quizKey(spec.id)), spec.hash, counts) ?? freshQuizState(spec.hash, counts.length, newSeed());
    this.classList.add('is-live');
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('change', (event) => {
      const item = (event.target as Element).closest<HTMLElement>('.quiz-question');
      if (item) this.#record(Number(item.dataset['index']));
    });
    for (const list of Array.from(this.querySelectorAll<HTMLElement>('.quiz-sequence'))) {
      enableSequence(list, (message) => {
        const item = list.closest<HTMLElement>('.quiz-question');
        if (item) this.#record(Number(item.dataset['index']));
        this.#announce(message);
      });
    }
    this.#arrange();
    this.#restore();
  }

  #onClick(event: Event): void {
    const target = event.target as Element;
    if (target.closest('.quiz-embed-open')) this.#openEmbed();
    const item = target.closest<HTMLElement>('.quiz-question');
    if (target.closest('.quiz-check') && item) this.#check(Number(item.dataset['index']));
    if (target.closest('.quiz-retry')) this.#retry();
    if (target.closest('.quiz-copy-code, .quiz-copy-link')) void this.#share(target.closest('.quiz-copy-link') !== null);
  }

  #openEmbed(): void {
    const dialog = this.querySelector<HTMLDialogElement>('.quiz-embed');
    const preview = dialog?.querySelector<HTMLIFrameElement>('iframe[data-src]');
    // The preview loads only when asked for: a lesson page should not load a second copy of its quiz.
    if (preview && !preview.src) preview.src = preview.dataset['src'] ?? '';
    dialog?.showModal();
  }

  #save(): void {
    writeStored(quizKey(this.#spec.id), serializeQuizState(this.#state));
  }

  #announce(message: string): void {
    const live = this.querySelector('.quiz-live');
    if (live) live.textContent = message;
  }

  #arrange(): void {
    const random = seededRandom(this.#state.seed);
    this.#drawn = drawQuestions(this.#quiz, random);
    const list = this.querySelector('.quiz-questions');
    for (const item of this.#items) item.hidden = true;
    this.#drawn.forEach((index, position) => {
      const item = this.#items[index];
      const question = this.#quiz.questions[index];
      if (!item || !question || !list) return;
      item.hidden = false;
      list.append(item);
      const number = item.querySelector('.quiz-number');
      if (number) number.textContent = `Question ${position + 1} of ${this.#drawn.length}`;
      const answers = item.querySelector<HTMLElement>('.quiz-answers');
      if (answers) applySequenceOrder(answers, answerOrder(question, this.#quiz.options.shuffleAnswers, random));
    });
  }

  #response(index: number): number[] | null {
    const item = this.#items[index];
    if (!item) return null;
    const sequence = item.querySelector<HTMLElement>('.quiz-sequence');
    if (sequence) return sequenceOrder(sequence);
    const chosen = Array.from(item.querySelectorAll<HTMLInputElement>('input:checked')).map((input) => Number(input.value));
    return chosen.length > 0 ? chosen : null;
  }

  #record(index: number): void {
    if (this.#state.checked.includes(index)) return;
    this.#state.responses[index] = this.#response(index);
    this.#save();
  }

  #restore(): void {
    this.#drawn.forEach((index) => {
      const item = this.#items[index];
      const response = this.#state.responses[index];
      if (!item || !response) return;
      const sequence = item.querySelector<HTMLElement>('.quiz-sequence');
      if (sequence) applySequenceOrder(sequence, response);
      for (const input of Array.from(item.querySelectorAll<HTMLInputElement>('input')))
        input.checked = response.includes(Number(input.value));
      if (this.#state.checked.includes(index)) this.#judge(index, false);
    });
    if (this.#drawn.every((index) => this.#state.checked.includes(index)) && this.#state.last !== undefined) this.#summarise(false);
  }

  #judge(index: number, focus: boolean): boolean {
    const item = this.#items[index];
    const question = this.#quiz.questions[index];
    const spec = this.#spec.questions[index];
    const response = this.#state.responses[index] ?? [];
    if (!item || !question || !spec) return false;
    const right = gradeQuestion(question, response);
    setLocked(item, true);
    markAnswers(item, spec.type, spec.correct, response);
    const feedback = showFeedback(item, right);
    if (focus) feedback?.focus();
    return right;
  }

  #check(index: number): void {
    if (this.#state.checked.includes(index)) return;
    const response = this.#response(index);
    if (!response) {
      this.#announce('Choose an answer first.');
      return;
    }
    this.#state.responses[index] = response;
    this.#state.checked.push(index);
    const right = this.#judge(index, true);
    const position = this.#drawn.indexOf(index) + 1;
    this.#announce(`Question ${position}: ${right ? 'right' : 'not quite; the right answer is shown'}.`);
    this.dispatchEvent(
      new CustomEvent('quiz:answered', { bubbles: true, composed: true, detail: { quiz: this.#spec.id, index, correct: right } }),
    );
    if (this.#drawn.every((i) => this.#state.checked.includes(i))) this.#finish();
    else this.#save();
  }

  #result() {
    return gradeQuiz(
      this.#quiz,
      this.#drawn.map((i) => this.#state.responses[i] ?? undefined),
      this.#drawn,
    );
  }

  #finish(): void {
    const result = this.#result();
    this.#state.attempts += 1;
    this.#state.last = result.percent;
    this.#state.best = Math.max(this.#state.best ?? 0, result.percent);
    this.#save();
    this.#summarise(true);
    const { score, max, percent, passed } = result;
    this.#announce(
      `Quiz finished: ${score} of ${max} right, ${percent}%${passed === undefined ? '' : passed ? ', passed' : ', not passed yet'}.`,
    );
    this.dispatchEvent(
      new CustomEvent('quiz:completed', { bubbles: true, composed: true, detail: { quiz: this.#spec.id, score, max, percent, passed } }),
    );
  }

  #summarise(focus: boolean): void {
    const summary = this.querySelector<HTMLElement>('.quiz-summary');
    if (!summary) return;
    const result = this.#result();
    const missed = this.#drawn.filter((_, position) => !result.correct[position]).flatMap((i) => this.#items[i] ?? []);
    fillSummary(this, summary, result, missed, this.#state.best, this.#spec.options.enableRetry, this.#spec.options.passingGrade);
    if (focus) summary.focus();
  }

  async #share(asLink: boolean): Promise<void> {
    const name = this.querySelector<HTMLInputElement>('.quiz-share-name')?.value ?? '';
    const code = encodeResult({
      quiz: this.#spec.id,
      hash: this.#spec.hash,
      name,
      responses: this.#drawn.map((question) => ({ question, answer: this.#state.responses[question] ?? [] })),
    });
    const team = this.dataset['team'] ?? new URL('/team/', location.href).href;
    const status = this.querySelector('.quiz-share-status');
    try {
      await writeClipboard(asLink ? `${team}#code=${code}` : code);
      if (status) status.textContent = `${asLink ? 'Result link' : 'Result code'} copied: paste it to your trainer.`;
    } catch {
      if (status) status.textContent = `Copying was refused; select and copy this: ${code}`;
    }
  }

  #retry(): void {
    const { attempts, best, last } = this.#state;
    this.#state = { ...freshQuizState(this.#spec.hash, this.#spec.questions.length, newSeed()), attempts, best, last };
    this.#save();
    for (const item of this.#items) clearQuestion(item);
    const summary = this.querySelector<HTMLElement>('.quiz-summary');
    if (summary) summary.hidden = true;
    this.#arrange();
    this.#announce('New attempt: the questions and answers are shuffled again.');
    const first = this.#items[this.#drawn[0] ?? 0];
    first?.querySelector<HTMLElement>('input, .quiz-move:not(:disabled)')?.focus();
  }
}

customElements.define('quiz-widget', QuizWidget);
