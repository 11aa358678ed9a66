/**
 * Reordering a sequence question: "Move up" / "Move down" buttons for the keyboard (focus follows
 * the moved item), and dragging with a pointer (mouse, pen or touch) by any part of the item.
 */

/** The answer indices in the order the items currently stand. */
export function sequenceOrder(list: HTMLElement): number[] {
  return Array.from(list.children).map((item) => Number((item as HTMLElement).dataset['answer']));
}

/** Puts the items in the given order of answer indices. */
export function applySequenceOrder(list: HTMLElement, order: readonly number[]): void {
  const items = new Map(Array.from(list.children).map((item) => [Number((item as HTMLElement).dataset['answer']), item]));
  for (const index of order) {
    const item = items.get(index);
    if (item) list.append(item);
  }
  labelMoves(list);
}

function itemText(item: Element): string {
  return (item.querySelector('.quiz-answer-text')?.textContent ?? '').trim().slice(0, 80);
}

/** Names each move button after its item and position, and disables moves past the ends. */
export function labelMoves(list: HTMLElement): void {
  const items = Array.from(list.children);
  items.forEach((item, position) => {
    for (const button of Array.from(item.querySelectorAll<HTMLButtonElement>('.quiz-move'))) {
      const up = button.dataset['move'] === '-1';
      button.setAttribute('aria-label', `Move “${itemText(item)}” ${up ? 'up' : 'down'} (now ${position + 1} of ${items.length})`);
      button.disabled = list.hasAttribute('data-locked') || (up ? position === 0 : position === items.length - 1);
    }
  });
}

/** Wires the buttons and dragging; `changed` runs after every move with a sentence to announce. */
export function enableSequence(list: HTMLElement, changed: (announcement: string) => void): void {
  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('.quiz-move');
    const item = button?.closest('li');
    if (!button || !item || list.hasAttribute('data-locked')) return;
    const up = button.dataset['move'] === '-1';
    const sibling = up ? item.previousElementSibling : item.nextElementSibling;
    if (!sibling) return;
    if (up) sibling.before(item);
    else sibling.after(item);
    labelMoves(list);
    const target = item.querySelector<HTMLButtonElement>(`.quiz-move[data-move="${up ? -1 : 1}"]`);
    (target && !target.disabled ? target : item.querySelector<HTMLButtonElement>('.quiz-move:not(:disabled)'))?.focus();
    changed(`“${itemText(item)}” moved to position ${Array.from(list.children).indexOf(item) + 1} of ${list.children.length}.`);
  });

  let dragged: HTMLElement | undefined;
  list.addEventListener('pointerdown', (event) => {
    const item = (event.target as Element).closest<HTMLElement>('li');
    if (!item || (event.target as Element).closest('button') || list.hasAttribute('data-locked') || event.button !== 0) return;
    dragged = item;
    item.classList.add('is-dragging');
    list.setPointerCapture(event.pointerId);
    event.preventDefault();
  });
  list.addEventListener('pointermove', (event) => {
    if (!dragged) return;
    const over = Array.from(list.children).find((child) => {
      const box = child.getBoundingClientRect();
      return child !== dragged && event.clientY > box.top && event.clientY < box.bottom;
    });
    if (!over) return;
    const box = over.getBoundingClientRect();
    if (event.clientY < box.top + box.height / 2) over.before(dragged);
    else over.after(dragged);
  });
  const drop = (): void => {
    if (!dragged) return;
    const item = dragged;
    dragged = undefined;
    item.classList.remove('is-dragging');
    labelMoves(list);
    changed(`“${itemText(item)}” moved to position ${Array.from(list.children).indexOf(item) + 1} of ${list.children.length}.`);
  };
  list.addEventListener('pointerup', drop);
  list.addEventListener('pointercancel', drop);
}
