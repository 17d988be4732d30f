import { expect } from '@open-wc/testing';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { DurableStore } from '../../src/persistence/durable-store.js';
import { uuid } from '../../src/tracking/xapi/uuid.js';
import { launchApp } from '../e2e/app-harness.js';
import { deepText } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { loginClearsLocalStorage } from './scorm-lms.js';
import { TRACKING_KEY, answerAll, clearTrackingStorage } from './scorm-run.js';
import { connectLaunched, launchSearch, launchXapiAttempt, stateInLrs, storedStatements, verbOf } from './xapi-run.js';
import { TEXTS } from '../helpers/texts.js';

const { ui } = TEXTS.nl;

const TEXT = 'Offline geschreven, in de trein.';

/** Offline as the browser sees it: navigator.onLine false, an offline event, and every request failing. */
function goOffline(): () => void {
  const realFetch = window.fetch;
  window.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
  return () => {
    window.fetch = realFetch;
    delete (navigator as unknown as Record<string, unknown>).onLine;
    window.dispatchEvent(new Event('online'));
  };
}

describe('xAPI offline, then a login that clears localStorage', () => {
  let backOnline: (() => void) | null = null;
  beforeEach(clearTrackingStorage);
  afterEach(async () => {
    backOnline?.();
    backOnline = null;
    await clearTrackingStorage();
  });

  it('keeps the statements and the state in the browser and sends them when the learner is back', async () => {
    const { endpoint, registration, search, ...one } = await launchXapiAttempt();
    answerAll(one.store);
    await eventually(
      () => storedStatements(endpoint, registration),
      (statements) => statements.length >= 2,
    );

    backOnline = goOffline();
    one.store.dispatch({ type: 'go-to', screen: 'analysis' });
    one.store.dispatch({ type: 'go-to', screen: 'plan' });
    one.store.dispatch({ type: 'edit-plan', changes: { improvement: TEXT } });
    await one.app.updateComplete;
    await eventually(
      () => deepText(one.app),
      (text) => text.includes(ui.app.offlineNotice),
    );
    const typed = one.store.state;
    // The answered statements and the copy reach IndexedDB, which Moodle's login leaves alone.
    await eventually(
      async () => DurableStore.open(TRACKING_KEY, { localStorage: null }),
      (store) => (store.get(`statements:${registration}`) ?? '').includes('/answered') && store.keys('copy:').length > 0,
    );
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    one.app.remove();
    expect(loginClearsLocalStorage(TRACKING_KEY)).to.be.greaterThan(0);
    backOnline();
    backOnline = null;

    const second = await connectLaunched(search);
    const two = await launchApp(second);
    expect(two.store.state).to.deep.equal(typed);
    await two.app.updateComplete;
    expect(deepText(two.app)).to.contain(ui.app.restoredNotice);
    const statements = await eventually(
      () => storedStatements(endpoint, registration),
      (stored) => stored.filter((statement) => verbOf(statement) === 'answered').length === 12,
    );
    expect(statements.map(verbOf)).to.include('terminated');
    const saved = await eventually(
      async () => decodeSuspendData(await stateInLrs(endpoint, registration, search)),
      (state) => state.ok && state.state.plan.improvement === TEXT,
    );
    expect(saved.ok && saved.state).to.deep.equal(typed);
    second.tracker.end();
  });
});

describe('xAPI: an LRS that cannot be reached at launch', () => {
  beforeEach(clearTrackingStorage);
  afterEach(clearTrackingStorage);

  it('tells the learner, and the console says why, naming the LRS', async () => {
    const errors: string[] = [];
    const consoleError = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      // Nothing listens on port 9 of this machine: the connection is refused.
      const endpoint = 'http://127.0.0.1:9/xapi/';
      const connection = await connectLaunched(launchSearch(endpoint, uuid()));
      const { app } = await launchApp(connection);
      await app.updateComplete;
      expect(deepText(app)).to.contain(ui.app.lrsUnreachableNotice);
      expect(errors.join('\n')).to.contain(`The LRS at ${endpoint} could not be reached`);
      connection.tracker.end();
    } finally {
      console.error = consoleError;
    }
  });
});
