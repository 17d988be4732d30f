/**
 * What a frame's page sees of the network. The preview cannot take the
 * browser offline, but the package's frame is same-origin: its
 * `navigator.onLine` can be made false and it can be sent the events a
 * browser sends when the connection goes and comes back.
 */

/** Makes the page in `win` see itself offline, or online again (`navigator.onLine` back to the browser's). */
export function setFrameOffline(win: Window | null, offline: boolean): void {
  if (!win) return;
  if (offline) Object.defineProperty(win.navigator, 'onLine', { configurable: true, get: () => false });
  else Reflect.deleteProperty(win.navigator, 'onLine');
}

/** Tells the page in `win` that the connection went (`offline`) or came back (`online`). */
export function announceConnection(win: Window | null, offline: boolean): void {
  if (!win) return;
  // An event of the frame's own realm, as the browser would send.
  const FrameEvent = (win as Window & typeof globalThis).Event;
  win.dispatchEvent(new FrameEvent(offline ? 'offline' : 'online'));
}
