import { sendKeys } from '@web/test-runner-commands';

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches, as a keyboard user would. */
export async function tabTo(matches: (el: Element) => boolean, maxPresses = 80): Promise<Element> {
  for (let i = 0; i < maxPresses; i++) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Focus never reached the wanted element; it is on ${describe(deepActiveElement())}`);
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
