import { expect } from '@open-wc/testing';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { connectTracker } from '../../src/tracking/connect.js';
import { findApi } from '../../src/tracking/discovery.js';
import { launchApp } from '../e2e/app-harness.js';
import { ScormLms } from './scorm-lms.js';
import { TRACKING_KEY, answerAll, clearTrackingStorage } from './scorm-run.js';

/** So slow that only the page lifecycle can make the package save. */
const SLOW = { soonMs: 60_000, typingMs: 60_000, retryMs: [60_000] };

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('saving when the page is hidden or left', () => {
  beforeEach(clearTrackingStorage);
  afterEach(async () => {
    ScormLms.unmountAll();
    delete (document as unknown as Record<string, unknown>).visibilityState;
    await clearTrackingStorage();
  });

  it('commits what is pending when the page is hidden, and finishes once on pagehide', async () => {
    const lms = new ScormLms('1.2');
    lms.mount();
    const { store } = await launchApp(await connectTracker(window, TRACKING_KEY, SLOW));
    answerAll(store);
    const commitsBefore = lms.count('commit');

    // Hidden in the same task as the keystroke: the compressed form is not ready yet.
    store.dispatch({ type: 'edit-plan', changes: { improvement: 'Net getypt' } });
    setVisibility('hidden');
    expect(lms.count('commit')).to.equal(commitsBefore + 1);
    const saved = await decodeSuspendData(lms.committed.get('cmi.suspend_data'));
    expect(saved.ok && saved.state.plan.improvement).to.equal('Net getypt');

    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(lms.count('finish')).to.equal(1);
    expect(lms.committed.get('cmi.core.session_time')).to.match(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  });
});

describe('API discovery', () => {
  const fakeWindow = (props: Record<string, unknown>) => {
    const win = { location: { search: '' }, opener: null, ...props } as unknown as Window & { parent: Window };
    if (!('parent' in props)) win.parent = win;
    return win;
  };

  it('looks in the opener chain when the parent chain has no API', () => {
    const api = { LMSInitialize: () => 'true' };
    const openerTop = fakeWindow({ API: api });
    const opener = fakeWindow({ parent: openerTop });
    const popup = fakeWindow({ opener });
    expect(findApi(popup, 'API')).to.equal(api);
  });

  it('stops after ten parent frames', () => {
    const api = { Initialize: () => 'true' };
    let win = fakeWindow({ API_1484_11: api });
    for (let i = 0; i < 11; i++) win = fakeWindow({ parent: win });
    expect(findApi(win, 'API_1484_11')).to.equal(null);
  });

  it('skips a frame whose properties cannot be read (cross-origin)', () => {
    const api = { LMSInitialize: () => 'true' };
    const top = fakeWindow({ API: api });
    const crossOrigin = new Proxy(fakeWindow({ parent: top }), {
      get: (target, key) => {
        if (key === 'API') throw new DOMException('Blocked a frame', 'SecurityError');
        return Reflect.get(target, key);
      },
    });
    const frame = fakeWindow({ parent: crossOrigin });
    expect(findApi(frame, 'API')).to.equal(api);
  });
});
