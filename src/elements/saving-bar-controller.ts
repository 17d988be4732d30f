import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The saving bar stays in view at the bottom of the frame; this keeps it off
 * what the learner works in: keyboard focus scrolls clear of it (scroll
 * padding, WCAG 2.4.11), and the field being typed in is scrolled clear when
 * the bar appears or grows and on every keystroke.
 */
export class SavingBarController implements ReactiveController {
  #observer: ResizeObserver | null = null;

  constructor(
    private readonly host: Host,
    private readonly bar: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('focusin', this.keepFieldClear);
    this.host.addEventListener('input', this.keepFieldClear);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('focusin', this.keepFieldClear);
    this.host.removeEventListener('input', this.keepFieldClear);
    this.#observer?.disconnect();
    this.#observer = null;
  }

  hostUpdated(): void {
    const bar = this.bar();
    if (!bar || this.#observer) return;
    this.#observer = new ResizeObserver(([entry]) => {
      document.documentElement.style.scrollPaddingBottom = `${entry?.borderBoxSize[0]?.blockSize ?? 0}px`;
      this.keepFieldClear();
    });
    this.#observer.observe(bar);
  }

  readonly keepFieldClear = (): void => {
    const bar = this.bar();
    let field = document.activeElement;
    while (field?.shadowRoot?.activeElement) field = field.shadowRoot.activeElement;
    if (!bar || bar.offsetHeight === 0 || !field || field === document.body) return;
    const barTop = bar.getBoundingClientRect().top;
    const { top, bottom } = field.getBoundingClientRect();
    // A field taller than the room above the bar keeps its top in view.
    if (bottom > barTop) window.scrollBy(0, Math.min(bottom - barTop + 8, Math.max(0, top - 8)));
  };
}
