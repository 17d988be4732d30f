import { executeServerCommand } from '@web/test-runner-commands';

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Presses the keys (names as sendKeys takes them) one after another, in one
 * round trip to the test runner (tests/support/key-commands.mjs).
 */
export async function pressKeys(...keys: string[]): Promise<void> {
  await executeServerCommand('press-keys', { keys });
}

/** Marks the elements tabTo is after, for the test runner to recognise. */
const TAB_TARGET = 'data-tab-target';

/**
 * Presses Tab until the focused element matches, as a keyboard user would.
 * All presses take one round trip to the test runner, which stops at the
 * first element that matched when tabTo was called.
 */
export async function tabTo(matches: (el: Element) => boolean, maxPresses = 80): Promise<Element> {
  const wanted = deepQueryAll(document, '*').filter(matches);
  for (const el of wanted) el.setAttribute(TAB_TARGET, '');
  try {
    await executeServerCommand('tab-to', { marker: TAB_TARGET, maxPresses });
  } finally {
    for (const el of wanted) el.removeAttribute(TAB_TARGET);
  }
  const active = deepActiveElement();
  if (active && matches(active)) return active;
  throw new Error(`Focus never reached the wanted element; it is on ${describe(active)}`);
}

export const byText =
  (text: string) =>
  (el: Element): boolean =>
    el.textContent?.trim() === text;

function describe(el: Element | null): string {
  if (!el) return 'nothing';
  return `<${el.localName}> "${el.textContent?.trim().slice(0, 40) ?? ''}"`;
}

/** All text under a node, including every shadow root below it. */
export function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
    if (n instanceof HTMLElement && n.localName !== 'span') text += ' ';
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

/** Every element under a node, through shadow roots, that matches the selector. */
export function deepQueryAll<E extends Element = Element>(node: Node, selector: string): E[] {
  const found: E[] = [];
  const walk = (n: Node): void => {
    if (n instanceof Element) {
      if (n.matches(selector)) found.push(n as E);
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    n.childNodes.forEach(walk);
  };
  walk(node);
  return found;
}
