// @ts-check
/* global document -- used inside page.evaluate, in the browser */
/**
 * Server commands for the keyboard tests (pressKeys and tabTo in
 * tests/helpers/dom.ts). Each sendKeys call is a round trip from the test page
 * to web-test-runner and back: some 15 ms on an idle machine, 100 ms and more
 * on a busy one. A keyboard run presses about a hundred keys, so these
 * commands press a whole sequence in one round trip:
 *
 *   press-keys { keys }            presses the keys one after another
 *   tab-to { marker, maxPresses }  presses Tab until the focused element (looked up
 *                                  through shadow roots) has the attribute `marker`,
 *                                  at most maxPresses times
 */

/** Whether the focused element, looked up through shadow roots, has the attribute `marker`. Runs in the page. */
function focusHas(/** @type {string} */ marker) {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.hasAttribute(marker) ?? false;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function keyCommands() {
  return {
    name: 'key-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'press-keys' && command !== 'tab-to') return undefined;
      const browser = /** @type {import('@web/test-runner-chrome').ChromeLauncher} */ (session.browser);
      const page = browser.getPage(session.id);
      if (command === 'press-keys') {
        const { keys } = /** @type {{ keys: import('puppeteer-core').KeyInput[] }} */ (payload);
        for (const key of keys) await page.keyboard.press(key);
        return true;
      }
      const { marker, maxPresses } = /** @type {{ marker: string, maxPresses: number }} */ (payload);
      for (let presses = 0; presses < maxPresses && !(await page.evaluate(focusHas, marker)); presses++) {
        await page.keyboard.press('Tab');
      }
      return true;
    },
  };
}
