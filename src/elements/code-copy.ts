/**
 * <code-copy>: the copy button of a code block. It copies exactly the code: no line numbers (they
 * are CSS), no `$ ` prompts and no command output, and announces the result to screen readers.
 */
import { writeClipboard } from './clipboard.ts';

function codeText(pre: Element): string {
  return Array.from(pre.querySelectorAll('.line'))
    .filter((line) => !line.classList.contains('out'))
    .map((line) => {
      const copy = line.cloneNode(true) as Element;
      copy.querySelectorAll('.prompt').forEach((prompt) => prompt.remove());
      return copy.textContent ?? '';
    })
    .join('\n');
}

class CodeCopy extends HTMLElement {
  #timer: number | undefined;

  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const pre = this.parentElement?.querySelector('pre');
    if (!button || !status || !pre) return;
    button.addEventListener('click', async () => {
      let message: string;
      try {
        await writeClipboard(codeText(pre));
        message = 'Copied';
      } catch {
        message = 'Copy failed: select the code and copy it by hand';
      }
      status.textContent = message;
      button.textContent = message === 'Copied' ? 'Copied' : 'Copy';
      button.dataset['state'] = message === 'Copied' ? 'done' : 'failed';
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => {
        button.textContent = 'Copy';
        delete button.dataset['state'];
        status.textContent = '';
      }, 2500);
    });
  }
}

customElements.define('code-copy', CodeCopy);
