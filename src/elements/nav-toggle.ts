/**
 * <nav-toggle>: on narrow screens the course sidebar collapses behind a "Course contents" button
 * (CSS hides it from the first paint when scripts run). Without JavaScript it stays open.
 */
class NavToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const panel = document.getElementById(button?.getAttribute('aria-controls') ?? '');
    if (!button || !panel) return;
    const set = (open: boolean): void => {
      button.setAttribute('aria-expanded', String(open));
      panel.toggleAttribute('data-open', open);
    };
    button.addEventListener('click', () => set(button.getAttribute('aria-expanded') !== 'true'));
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        set(false);
        button.focus();
      }
    });
  }
}

customElements.define('nav-toggle', NavToggle);
