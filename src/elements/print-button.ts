/** <print-button>: prints the page (handouts and answer keys). */
class PrintButton extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}

customElements.define('print-button', PrintButton);
