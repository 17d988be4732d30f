import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { texts } from '../content/texts.js';

/**
 * Renders its host again whenever the texts shown change (another language,
 * or the later steps' texts arriving), as @lit/localize's
 * updateWhenLocaleChanges does: elements read `texts` when they render, so
 * they stay the same elements, with their focus and state, in the new language.
 */
export class TextsController implements ReactiveController {
  #stop: (() => void) | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stop = texts.onChange(() => this.host.requestUpdate());
    // The texts may have changed while the host was out of the document.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop?.();
    this.#stop = null;
  }
}
