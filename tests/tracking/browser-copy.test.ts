import { expect } from '@open-wc/testing';
import { encodeSuspendDataNow } from '../../src/model/suspend-data.js';
import { initialState } from '../../src/model/transitions.js';
import { connectTracker } from '../../src/tracking/connect.js';
import { launchApp } from '../e2e/app-harness.js';
import { ScormLms } from './scorm-lms.js';
import { FAST, TRACKING_KEY, clearTrackingStorage, copyKey, keptInBrowser } from './scorm-run.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The package as an LMS launches it from `pathname` (an activity of its own), with `api` in its window. */
function activityWindow(pathname: string, api: unknown): Window {
  const win = {
    location: { search: '?standard=scorm12', pathname },
    localStorage: window.localStorage,
    indexedDB: window.indexedDB,
    opener: null,
    API: api,
  } as unknown as Window & { parent: Window };
  win.parent = win;
  return win;
}

const PLAN = { ...initialState(), screen: 'plan', reached: 'plan', videoWatched: true } as const;

describe('the browser copy: per activity, expiring, and migrated', () => {
  beforeEach(clearTrackingStorage);
  afterEach(clearTrackingStorage);

  it('belongs to one activity: the same zip in another course starts afresh', async () => {
    const courseA = new ScormLms('1.2');
    courseA.faults.commit = courseA.faults.finish = 'lost';
    const a = await launchApp(
      await connectTracker(activityWindow('/pluginfile.php/11/mod_scorm/content/1/index.html', courseA.api), TRACKING_KEY, FAST),
    );
    a.store.dispatch({ type: 'go-to', screen: 'video' });
    a.store.dispatch({ type: 'edit-plan', changes: { improvement: 'Alleen voor cursus A.' } });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    a.app.remove();

    const courseB = new ScormLms('1.2');
    const connectionB = await connectTracker(
      activityWindow('/pluginfile.php/42/mod_scorm/content/1/index.html', courseB.api),
      TRACKING_KEY,
      FAST,
    );
    const b = await launchApp(connectionB);
    expect(b.store.state.plan.improvement).to.equal('');
    expect(b.store.state.screen).to.equal('intro');
    connectionB.tracker.end();

    const againA = new ScormLms('1.2');
    const a2 = await launchApp(
      await connectTracker(activityWindow('/pluginfile.php/11/mod_scorm/content/1/index.html', againA.api), TRACKING_KEY, FAST),
    );
    expect(a2.store.state.plan.improvement).to.equal('Alleen voor cursus A.');
  });

  it(`is forgotten after the configured days without a change, whoever's it is`, async () => {
    const stale = { value: encodeSuspendDataNow(PLAN, {}, { attempt: 'abcdef', revision: 9 }), at: Date.now() - 31 * DAY_MS, seq: 1 };
    const fresh = { ...stale, at: Date.now() - 29 * DAY_MS, seq: 2 };
    window.localStorage.setItem(`${TRACKING_KEY}:${copyKey('1.2', 'someone-else')}`, JSON.stringify(stale));
    window.localStorage.setItem(`${TRACKING_KEY}:${copyKey('1.2')}`, JSON.stringify(fresh));
    const lms = new ScormLms('1.2');
    lms.mount();
    const connection = await connectTracker(window, TRACKING_KEY, FAST);
    expect(keptInBrowser(copyKey('1.2', 'someone-else'))).to.equal(null);
    const { store } = await launchApp(connection);
    expect(store.state.screen).to.equal('plan');
    connection.tracker.end();
    ScormLms.unmountAll();
  });

  it('takes over the state an earlier version kept in plain localStorage (standalone)', async () => {
    const saved = encodeSuspendDataNow({ ...PLAN, plan: { ...PLAN.plan, needs: 'Van vroeger.' } }, {});
    window.localStorage.setItem(TRACKING_KEY, saved);
    const standalone = {
      location: { search: '', pathname: '/' },
      localStorage: window.localStorage,
      indexedDB: window.indexedDB,
      opener: null,
    } as unknown as Window & { parent: Window };
    standalone.parent = standalone;
    const { store } = await launchApp(await connectTracker(standalone, TRACKING_KEY, FAST));
    expect(store.state.plan.needs).to.equal('Van vroeger.');
    expect(window.localStorage.getItem(TRACKING_KEY)).to.equal(null);
    expect(keptInBrowser('state')).to.equal(saved);
  });
});
