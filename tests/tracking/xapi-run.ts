import type { Statement } from '@xapi/xapi';
import { config } from '../../src/content/config.js';
import { connectTracker, type Connection } from '../../src/tracking/connect.js';
import { TRACKING_KEY, FAST } from './scorm-run.js';

/** A window launched with the given query string, sharing this page's storage. */
export function launchedWindow(search: string): Window {
  const win = { location: { search }, localStorage: window.localStorage, indexedDB: window.indexedDB, opener: null } as unknown as Window & { parent: Window };
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

const AUTH = `Basic ${btoa('test:test')}`;

/** The test LRS (Learning Locker's statements service with a State API in front) that web-test-runner started. */
export async function lrsEndpoint(): Promise<string> {
  return ((await (await fetch('/__test-lrs')).json()) as { endpoint: string }).endpoint;
}

export async function storedStatements(endpoint: string, registration: string): Promise<Statement[]> {
  const answer = await fetch(`${endpoint}statements?registration=${registration}&limit=500&ascending=true`, {
    headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' },
  });
  return ((await answer.json()) as { statements: Statement[] }).statements;
}

/** The query string an LMS launches the xAPI zip with, for one learner per registration. */
export function launchSearch(endpoint: string, registration: string): string {
  const actor = { objectType: 'Agent', name: 'Learner, Test', mbox: `mailto:learner-${registration}@example.com` };
  return `?${new URLSearchParams({ endpoint, auth: AUTH, actor: JSON.stringify(actor), registration, activity_id: config.activityIri })}`;
}
