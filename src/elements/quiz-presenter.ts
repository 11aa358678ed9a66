/**
 * <quiz-presenter>: a quiz as slides for a room. → next, ← back, space reveals the answer and the
 * explanation, t starts and stops the countdown, f toggles full screen, number keys pick an answer.
 * The state goes out on a BroadcastChannel so the presenter-notes window stays in step, and comes
 * back as commands from it.
 */
import { clock, parsePresentMessage, presentChannel, type PresentState } from '../lib/quiz/present.ts';

class QuizPresenter extends HTMLElement {
  #state: PresentState = { index: 0, revealed: false, picked: [], endsAt: null, remaining: 30 };
  #slides: HTMLElement[] = [];
  #seconds = 30;
  #channel: BroadcastChannel | undefined;
  #tick: number | undefined;

  connectedCallback(): void {
    this.#slides = Array.from(this.querySelectorAll<HTMLElement>('.present-slide'));
    this.#seconds = Math.min(
      600,
      Math.max(5, Number(new URLSearchParams(location.search).get('seconds')) || Number(this.dataset['seconds']) || 30),
    );
    const fromHash = Number(/^#q(\d+)$/.exec(location.hash)?.[1]);
    this.#state = {
      index: Number.isInteger(fromHash) && fromHash >= 1 && fromHash <= this.#slides.length ? fromHash - 1 : 0,
      revealed: false,
      picked: [],
      endsAt: null,
      remaining: this.#seconds,
    };
    if ('BroadcastChannel' in window) {
      this.#channel = new BroadcastChannel(presentChannel(this.dataset['quiz'] ?? ''));
      this.#channel.onmessage = (event) => {
        const message = parsePresentMessage(event.data, this.#slides.length);
        if (message?.kind === 'hello') this.#publish();
        if (message?.kind === 'command') this.#command(message.command);
      };
    }
    document.addEventListener('keydown', (event) => this.#key(event));
    this.querySelector('.present-notes-open')?.addEventListener('click', () => {
      window.open(this.dataset['notes'] ?? 'notes/', `notes-${this.dataset['quiz'] ?? ''}`, 'popup,width=720,height=720');
    });
    this.#render();
  }

  #key(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || (event.target as Element).closest('input, textarea')) return;
    const keys: Record<string, () => void> = {
      ArrowRight: () => this.#command('next'),
      PageDown: () => this.#command('next'),
      ArrowLeft: () => this.#command('prev'),
      PageUp: () => this.#command('prev'),
      ' ': () => this.#command('reveal'),
      t: () => this.#command('timer'),
      f: () =>
        void (document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen()).catch(() => undefined),
    };
    const action = keys[event.key];
    if (action) {
      // Space must not press a focused button or scroll, and arrows must not scroll.
      event.preventDefault();
      action();
    } else if (/^[1-9]$/.test(event.key)) this.#pick(Number(event.key) - 1);
  }

  #command(command: 'next' | 'prev' | 'reveal' | 'timer'): void {
    const s = this.#state;
    if (command === 'next' || command === 'prev') {
      const index = Math.min(this.#slides.length - 1, Math.max(0, s.index + (command === 'next' ? 1 : -1)));
      if (index !== s.index) this.#state = { index, revealed: false, picked: [], endsAt: null, remaining: this.#seconds };
    } else if (command === 'reveal') s.revealed = !s.revealed;
    else if (s.endsAt !== null) {
      s.remaining = Math.max(0, (s.endsAt - Date.now()) / 1000);
      s.endsAt = null;
    } else if (s.remaining > 0) s.endsAt = Date.now() + s.remaining * 1000;
    else s.endsAt = Date.now() + (s.remaining = this.#seconds) * 1000;
    this.#render();
  }

  #pick(position: number): void {
    const slide = this.#slides[this.#state.index];
    const answer = slide?.querySelectorAll<HTMLElement>('.present-answer')[position];
    if (!answer || slide?.dataset['type'] === 'sequence') return;
    const index = Number(answer.dataset['answer']);
    const picked = new Set(this.#state.picked);
    if (picked.has(index)) picked.delete(index);
    else if (slide?.dataset['type'] === 'single') (picked.clear(), picked.add(index));
    else picked.add(index);
    this.#state.picked = [...picked];
    this.#render();
  }

  #render(): void {
    const s = this.#state;
    this.#slides.forEach((slide, i) => {
      slide.hidden = i !== s.index;
      slide.classList.toggle('is-revealed', i === s.index && s.revealed);
      const reveal = slide.querySelector<HTMLElement>('.present-reveal');
      if (reveal) reveal.hidden = !(i === s.index && s.revealed);
      for (const answer of Array.from(slide.querySelectorAll<HTMLElement>('.present-answer'))) {
        answer.classList.toggle('is-picked', i === s.index && s.picked.includes(Number(answer.dataset['answer'])));
      }
    });
    const progress = this.querySelector('.present-progress');
    if (progress) progress.textContent = `${s.index + 1} / ${this.#slides.length}`;
    history.replaceState(null, '', `#q${s.index + 1}`);
    this.#renderTimer();
    window.clearInterval(this.#tick);
    if (s.endsAt !== null) this.#tick = window.setInterval(() => this.#renderTimer(), 250);
    this.#publish();
  }

  #renderTimer(): void {
    const s = this.#state;
    const left = s.endsAt === null ? s.remaining : (s.endsAt - Date.now()) / 1000;
    const timer = this.querySelector<HTMLElement>('.present-timer');
    if (timer) {
      timer.textContent = left <= 0 ? 'Time’s up' : clock(left);
      timer.classList.toggle('is-running', s.endsAt !== null && left > 0);
    }
    if (s.endsAt !== null && left <= 0) {
      s.endsAt = null;
      s.remaining = 0;
      window.clearInterval(this.#tick);
      this.#publish();
    }
  }

  #publish(): void {
    this.#channel?.postMessage({ kind: 'state', state: this.#state });
  }
}

customElements.define('quiz-presenter', QuizPresenter);
