/**
 * <quiz-notes>: the presenter-notes window. It follows the slides (their state arrives over the
 * BroadcastChannel) and shows the current question's answer and explanation, the next question
 * and the timer; its buttons and keys send commands back to the slides.
 */
import { clock, parsePresentMessage, presentChannel, type PresentState } from '../lib/quiz/present.ts';

class QuizNotes extends HTMLElement {
  connectedCallback(): void {
    const notes = Array.from(this.querySelectorAll<HTMLElement>('.notes-question'));
    const status = this.querySelector('.notes-status');
    if (!('BroadcastChannel' in window)) {
      if (status) status.textContent = 'This browser cannot link windows; use the arrows here and on the slides separately.';
      return;
    }
    const channel = new BroadcastChannel(presentChannel(this.dataset['quiz'] ?? ''));
    let state: PresentState | undefined;
    let tick: number | undefined;
    const timer = this.querySelector('.notes-timer');
    const showTimer = (): void => {
      if (!state || !timer) return;
      const left = state.endsAt === null ? state.remaining : (state.endsAt - Date.now()) / 1000;
      timer.textContent = left <= 0 ? 'Time’s up' : `${clock(left)}${state.endsAt === null ? ' (paused)' : ''}`;
    };
    channel.onmessage = (event) => {
      const message = parsePresentMessage(event.data, notes.length);
      if (message?.kind !== 'state') return;
      state = message.state;
      notes.forEach((note, i) => (note.hidden = i !== state?.index));
      const progress = this.querySelector('.notes-progress');
      if (progress) progress.textContent = `${state.index + 1} / ${notes.length}${state.revealed ? ' · answer shown to the room' : ''}`;
      if (status) status.textContent = 'In step with the slides.';
      showTimer();
      window.clearInterval(tick);
      if (state.endsAt !== null) tick = window.setInterval(showTimer, 250);
    };
    const send = (command: 'next' | 'prev' | 'reveal' | 'timer'): void => channel.postMessage({ kind: 'command', command });
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('[data-command]');
      if (button) send(button.dataset['command'] as 'next' | 'prev' | 'reveal' | 'timer');
    });
    document.addEventListener('keydown', (event) => {
      const map: Record<string, 'next' | 'prev' | 'reveal' | 'timer'> = {
        ArrowRight: 'next',
        ArrowLeft: 'prev',
        ' ': 'reveal',
        t: 'timer',
      };
      const command = map[event.key];
      if (!command || (event.target as Element).closest('button')) return;
      event.preventDefault();
      send(command);
    });
    channel.postMessage({ kind: 'hello' });
  }
}

customElements.define('quiz-notes', QuizNotes);
