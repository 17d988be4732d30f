// @ts-check
/* global window, document, location, Element, MutationObserver, requestAnimationFrame -- instrument() runs in the page */
/**
 * What the bench records in the measured frame of a launch (launch.mjs installs `instrument`
 * with Page.addScriptToEvaluateOnNewDocument, before any of the page's scripts run; the
 * package's CSP does not apply to it). It only records; the moments are computed from the
 * recording by moments.mjs. Times are the frame's `performance.now()`.
 *
 * The first screen is found the same way whether the package renders it by script or it is
 * in the HTML as declarative shadow DOM (`<template shadowrootmode="open">`), present at parse
 * time: from the document down through the open shadow roots of `hosts`. Changes are seen by
 * MutationObservers on the document and on every shadow root: those attached by script (a hook
 * on `attachShadow`) and those that are there already (declared in the HTML, found on the way
 * down). An upgrade that renders nothing new (hydration) changes no DOM, so while the button
 * is there but not ready, each frame checks again (requestAnimationFrame).
 */

/**
 * @typedef {object} Screen where the first screen is, in the measured frame
 * @property {string} path the frame's path, e.g. /web/index.html
 * @property {readonly string[]} hosts tag names from the document down: each one's shadow root holds the
 *   next, the last one's holds the introduction; [] for a page without shadow DOM
 * @property {string} heading the introduction's heading (selector), in that root
 * @property {string} button the start button (selector), in that root
 * @property {string} [step1] the element that takes the last host's place when step 1 is shown
 */

/** The package: `<wed-app>` → shadow root → `<wed-intro-screen>` → shadow root → h1, button.primary. */
/** @type {Screen} */
export const APP_SCREEN = {
  path: '/web/index.html',
  hosts: ['wed-app', 'wed-intro-screen'],
  heading: 'h1',
  button: 'button.primary',
  step1: 'wed-video-screen',
};

/** The floor page (pages.mjs floorPage): plain HTML. */
/** @type {Screen} */
export const FLOOR_SCREEN = { path: '/bench/floor.html', hosts: [], heading: 'h1', button: 'button.primary' };

/**
 * Runs in every frame; records only in the one whose path is `screen.path`, into `window.__bench`
 * (see `Recorded` in moments.mjs, plus `buttonText`, `clickAt`: the first trusted click's event
 * time, and `step1At`: when step 1 was shown after it).
 * @param {Screen} screen
 */
export function instrument(screen) {
  if (location.pathname !== screen.path) return;
  const state = {
    introAt: /** @type {number | null} */ (null),
    introFrameAt: /** @type {number | null} */ (null),
    readyAt: /** @type {number | null} */ (null),
    fcp: /** @type {number | null} */ (null),
    buttonText: '',
    longTasks: /** @type {[number, number][]} */ ([]),
    clickAt: /** @type {number | null} */ (null),
    step1At: /** @type {number | null} */ (null),
  };
  Object.defineProperty(window, '__bench', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.startTime + entry.duration]);
    }).observe({ type: 'longtask' });
  } catch {
    // No Long Tasks API: every task counts as short.
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') state.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  /** @type {WeakSet<Node>} */
  const watched = new WeakSet();
  /** @param {Node} root */
  const watch = (root) => {
    if (watched.has(root)) return;
    watched.add(root);
    new MutationObserver(check).observe(root, { childList: true, subtree: true, characterData: true });
  };
  /**
   * Down from the document through the shadow roots of `tags` (watching each): the hosts and
   * the last one's shadow root; null while one of them is not there.
   * @param {readonly string[]} tags
   */
  const descend = (tags) => {
    /** @type {Document | ShadowRoot} */
    let root = document;
    /** @type {Element[]} */
    const hosts = [];
    for (const tag of tags) {
      /** @type {Element | null} */
      const host = root.querySelector(tag);
      if (!host?.shadowRoot) return null;
      watch(host.shadowRoot);
      hosts.push(host);
      root = host.shadowRoot;
    }
    return { hosts, root };
  };
  /** Upgraded and rendered at least once (Lit's public `hasUpdated`). @param {Element} element */
  const ready = (element) => element.matches(':defined') && /** @type {{ hasUpdated?: boolean }} */ (element).hasUpdated === true;
  const text = (/** @type {Element | null | undefined} */ element) => element?.textContent?.trim() ?? '';
  let polling = false;
  /** Checks again in the next frame (at most one pending). */
  const poll = () => {
    if (polling) return;
    polling = true;
    requestAnimationFrame(() => {
      polling = false;
      check();
    });
  };
  function check() {
    const now = performance.now();
    if (state.readyAt === null) {
      const intro = descend(screen.hosts);
      const button = intro?.root.querySelector(screen.button);
      if (!intro || !text(intro.root.querySelector(screen.heading)) || !text(button)) {
        // Parser-made (declarative) shadow roots are not seen being filled: look again before the next paint.
        poll();
        return;
      }
      if (state.introAt === null) {
        state.introAt = now;
        state.buttonText = text(button);
        // The end of the next frame: a task posted from its requestAnimationFrame runs after its paint.
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            state.introFrameAt ??= performance.now();
            channel.port1.close();
          };
          channel.port2.postMessage(null);
        });
      }
      if (intro.hosts.every(ready)) state.readyAt = now;
      else poll();
    } else if (state.clickAt !== null && state.step1At === null && screen.step1) {
      const parent = descend(screen.hosts.slice(0, -1));
      const step1 = parent?.root.querySelector(screen.step1);
      if (step1 && ready(step1)) state.step1At = now;
      else poll();
    }
  }

  watch(document);
  const attachShadow = Element.prototype.attachShadow;
  /** @param {ShadowRootInit} init */
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    watch(root);
    return root;
  };
  document.addEventListener('DOMContentLoaded', check);
  window.addEventListener(
    'click',
    (event) => {
      if (!event.isTrusted || state.clickAt !== null) return;
      state.clickAt = event.timeStamp;
      check();
    },
    true,
  );
}
