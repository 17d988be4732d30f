import type { Statement } from '@xapi/xapi';
import { config } from '../../src/content/config.js';
import { DurableStore } from '../../src/persistence/durable-store.js';
import { connectTracker, type Connection } from '../../src/tracking/connect.js';
import { STATE_ID } from '../../src/tracking/xapi/xapi-tracker.js';
import { eventually } from '../helpers/eventually.js';
import { launchApp } from '../e2e/app-harness.js';
import { uuid } from '../../src/tracking/xapi/uuid.js';
import type { FakeCmi5Lms } from './fake-cmi5-lms.js';
import { TRACKING_KEY, FAST, keptInBrowser } from './scorm-run.js';

/** A window launched with the given query string, sharing this page's storage. */
export function launchedWindow(search: string): Window {
  const win = {
    location: { search },
    localStorage: window.localStorage,
    indexedDB: window.indexedDB,
    opener: null,
  } as unknown as Window & { parent: Window };
  win.parent = win;
  return win;
}

export function connectLaunched(search: string): Promise<Connection> {
  return connectTracker(launchedWindow(search), TRACKING_KEY, FAST);
}

export const verbOf = (statement: Statement) => statement.verb.id.split('/').pop();

/**
 * What the LMS received of a cmi5 session that was ended: waits until its
 * terminated statement is there and nothing of the session is queued any
 * more, in localStorage or in IndexedDB (where the removal lands a moment
 * later). The test LMSs share one registration, and so one queue: what is
 * left in it would go to the next launch's LMS.
 */
export async function endedSession(lms: FakeCmi5Lms): Promise<Statement[]> {
  const queue = `statements:${lms.registration}`;
  await eventually(() => lms.statements.some((s) => verbOf(s) === 'terminated'));
  const inIndexedDb = async () => (await DurableStore.open(TRACKING_KEY, { localStorage: null })).get(queue);
  await eventually(async () => keptInBrowser(queue) === null && (await inIndexedDb()) === null);
  return [...lms.statements];
}

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

/** The resume state the package keeps in the LRS's State API for the launch `search`; empty when there is none. */
export async function stateInLrs(endpoint: string, registration: string, search: string): Promise<string> {
  const actor = new URLSearchParams(search).get('actor')!;
  const params = new URLSearchParams({
    activityId: new URLSearchParams(search).get('activity_id')!,
    agent: actor,
    registration,
    stateId: STATE_ID,
  });
  const answer = await fetch(`${endpoint}activities/state?${params}`, {
    headers: { Authorization: AUTH, 'X-Experience-API-Version': '1.0.3' },
  });
  return answer.ok ? answer.text() : '';
}

/** The query string an LMS launches the xAPI zip with, for one learner per registration. */
export function launchSearch(endpoint: string, registration: string): string {
  const actor = { objectType: 'Agent', name: 'Learner, Test', mbox: `mailto:learner-${registration}@example.com` };
  return `?${new URLSearchParams({ endpoint, auth: AUTH, actor: JSON.stringify(actor), registration, activity_id: config.activityIri })}`;
}

/** A learner's launch of the xAPI package against the test LRS, with a registration of its own; `extra` adds launch parameters. */
export async function launchXapiAttempt(extra = '') {
  const endpoint = await lrsEndpoint();
  const registration = uuid();
  const search = `${launchSearch(endpoint, registration)}${extra}`;
  const connection = await connectLaunched(search);
  return { endpoint, registration, search, connection, ...(await launchApp(connection)) };
}
