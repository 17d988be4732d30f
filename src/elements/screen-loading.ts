import { loadLaterTexts } from '../content/texts.js';
import type { ScreenId } from '../model/state.js';

/**
 * Only the introduction is in the launch bundle. The screens after it come in
 * a later chunk, defined only once their texts are there in the language shown.
 */

/** The element of each screen; those after the introduction are defined by the later chunk. */
export const SCREEN_TAGS = {
  intro: 'wed-intro-screen',
  video: 'wed-video-screen',
  statements: 'wed-statements-screen',
  analysis: 'wed-analysis-screen',
  plan: 'wed-plan-screen',
  done: 'wed-done-screen',
} as const satisfies Record<ScreenId, string>;

/** How long the introduction is on screen, untouched, before the other screens load anyway. */
const LATER_SCREENS_DELAY_MS = 1500;

let laterScreens: Promise<void> | null = null;

/** Loads the later screens and their texts, once; a chunk that did not arrive is asked for again on the next call. */
export function loadLaterScreens(): Promise<void> {
  return (laterScreens ??= (async () => {
    await loadLaterTexts();
    await import('./later-screens.js');
  })().catch(() => {
    laterScreens = null;
  }));
}

export function isScreenDefined(screen: ScreenId): boolean {
  return customElements.get(SCREEN_TAGS[screen]) !== undefined;
}

/**
 * Loads the later screens at once when the learner resumes on one of them,
 * else as soon as the learner does anything on `host` or the introduction has
 * been shown for a moment, so they never slow down its start.
 */
export function loadLaterScreensFor(host: HTMLElement, screen: ScreenId): void {
  if (screen !== 'intro') {
    void loadLaterScreens();
    return;
  }
  const events = ['pointerdown', 'pointerover', 'keydown', 'focusin', 'touchstart'] as const;
  const done = () => {
    clearTimeout(timer);
    for (const type of events) host.removeEventListener(type, done);
    void loadLaterScreens();
  };
  const timer = setTimeout(done, LATER_SCREENS_DELAY_MS);
  for (const type of events) host.addEventListener(type, done, { passive: true });
}
