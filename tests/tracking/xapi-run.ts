import type { Statement } from '@xapi/xapi';
import { connectTracker, type Connection } from '../../src/tracking/connect.js';
import { TRACKING_KEY, FAST } from './scorm-run.js';

/** A window launched with the given query string, sharing this page's storage. */
export function launchedWindow(search: string): Window {
  const win = { location: { search }, localStorage: window.localStorage, opener: null } as unknown as Window & { parent: Window };
  win.parent = win;
  return win;
}

export function connectLaunched(search: string): Promise<Connection> {
  return connectTracker(launchedWindow(search), TRACKING_KEY, FAST);
}

/** Waits until `ready` holds, polling; fails after the timeout with what was last seen. */
export async function eventually<T>(read: () => Promise<T> | T, ready: (value: T) => boolean, timeoutMs = 6000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (ready(value)) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`Timed out waiting; last value: ${JSON.stringify(value).slice(0, 500)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const verbOf = (statement: Statement) => statement.verb.id.split('/').pop();
