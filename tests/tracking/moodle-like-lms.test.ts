import { expect } from '@open-wc/testing';
import { ScormLms, loginClearsLocalStorage, type ScormVersion } from './scorm-lms.js';
import { TRACKING_KEY, clearTrackingStorage } from './scorm-run.js';

/** The test LMS's API by role, whatever the SCORM version calls it. */
function calls(lms: ScormLms) {
  const api = lms.api as unknown as Record<string, (...args: string[]) => string>;
  const name = (v12: string, v2004: string) => (lms.version === '1.2' ? v12 : v2004);
  return {
    init: () => api[name('LMSInitialize', 'Initialize')]!(''),
    get: (element: string) => api[name('LMSGetValue', 'GetValue')]!(element),
    set: (element: string, value: string) => api[name('LMSSetValue', 'SetValue')]!(element, value),
    commit: () => api[name('LMSCommit', 'Commit')]!(''),
    finish: () => api[name('LMSFinish', 'Terminate')]!(''),
    lastError: () => api[name('LMSGetLastError', 'GetLastError')]!(),
  };
}

const ELEMENTS = {
  '1.2': { location: 'cmi.core.lesson_location', entry: 'cmi.core.entry' },
  '2004': { location: 'cmi.location', entry: 'cmi.entry' },
} as const;

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  const { location, entry } = ELEMENTS[version];

  describe(`the test LMS as Moodle 4.5 behaves (SCORM ${version})`, () => {
    it('offline ("lost"): commit and finish answer "true", error 0, yet keep nothing', () => {
      const lms = new ScormLms(version);
      const api = calls(lms);
      api.init();
      api.set('cmi.suspend_data', 'offline');
      lms.faults.commit = 'lost';
      expect(api.commit()).to.equal('true');
      expect(api.lastError()).to.equal('0');
      expect(lms.committed.has('cmi.suspend_data')).to.equal(false);

      lms.faults.finish = 'lost';
      expect(api.finish()).to.equal('true');
      expect(api.lastError()).to.equal('0');
      expect(lms.committed.size).to.equal(0);
    });

    it('offline ("lost"): what was set goes with the next commit that is kept', () => {
      const lms = new ScormLms(version);
      const api = calls(lms);
      api.init();
      api.set('cmi.suspend_data', 'offline');
      lms.faults.commit = 'lost';
      api.commit();
      lms.faults.commit = undefined;
      expect(api.commit()).to.equal('true');
      expect(lms.committed.get('cmi.suspend_data')).to.equal('offline');
    });

    it('lost session: commit answers "false" with error 101; finish answers "true" and keeps nothing', () => {
      const lms = new ScormLms(version);
      const api = calls(lms);
      api.init();
      api.set('cmi.suspend_data', 'no session');
      lms.faults.commit = 'session-lost';
      lms.faults.finish = 'session-lost';
      expect(api.commit()).to.equal('false');
      expect(api.lastError()).to.equal('101');
      expect(api.finish()).to.equal('true');
      expect(lms.committed.size).to.equal(0);
    });

    it('slow ("blockMs"): commit and finish block the page at least that long, and say how long', () => {
      const lms = new ScormLms(version, { blockMs: 60 });
      const api = calls(lms);
      api.init();
      for (const save of [api.commit, api.finish]) {
        const started = performance.now();
        expect(save()).to.equal('true');
        expect(performance.now() - started).to.be.at.least(60);
      }
      const saves = lms.calls.filter((call) => call.durationMs !== undefined);
      expect(saves.length).to.equal(2);
      for (const save of saves) expect(save.durationMs).to.be.at.least(60);
    });

    it('two tabs: a tab opened after a commit is loaded with it, and the last whole-model commit wins', () => {
      const tabA = new ScormLms(version, { moodleCommits: true });
      const a = calls(tabA);
      a.init();
      a.set('cmi.suspend_data', 'A1');
      a.set(location, 'screen-1');
      a.commit();

      const tabB = tabA.openTab();
      const b = calls(tabB);
      b.init();
      expect(b.get(entry)).to.equal('resume');
      expect(b.get('cmi.suspend_data')).to.equal('A1');

      a.set('cmi.suspend_data', 'A2');
      a.set(location, 'screen-2');
      a.commit();
      expect(tabB.committed.get('cmi.suspend_data')).to.equal('A2');

      // Tab B changes nothing but its location; its commit still sends the suspend_data it was loaded with.
      b.set(location, 'screen-b');
      b.commit();
      expect(tabA.committed.get('cmi.suspend_data')).to.equal('A1');
      expect(tabA.committed.get(location)).to.equal('screen-b');

      a.finish();
      expect(tabB.committed.get('cmi.suspend_data')).to.equal('A2');
      expect(tabB.committed.get(location)).to.equal('screen-2');
    });

    it('two tabs without moodleCommits: a commit keeps only what was set since', () => {
      const tabA = new ScormLms(version);
      const a = calls(tabA);
      a.init();
      a.set('cmi.suspend_data', 'A1');
      a.commit();
      const tabB = tabA.openTab();
      const b = calls(tabB);
      b.init();
      a.set('cmi.suspend_data', 'A2');
      a.commit();
      b.set(location, 'screen-b');
      b.commit();
      expect(tabA.committed.get('cmi.suspend_data')).to.equal('A2');
    });
  });
}

describe("the test LMS's login", () => {
  afterEach(clearTrackingStorage);

  it("removes this page's keys, as Moodle's login clears localStorage, and leaves other pages' keys", () => {
    const other = `moodle-like-lms-test-other-${crypto.randomUUID()}`;
    window.localStorage.setItem(TRACKING_KEY, 'state');
    window.localStorage.setItem(`${TRACKING_KEY}:unsynced:1`, 'copy');
    window.localStorage.setItem(other, 'another page');
    try {
      expect(loginClearsLocalStorage(TRACKING_KEY)).to.equal(2);
      expect(Object.keys(window.localStorage).filter((key) => key.startsWith(TRACKING_KEY))).to.deep.equal([]);
      expect(window.localStorage.getItem(other)).to.equal('another page');
    } finally {
      window.localStorage.removeItem(other);
    }
  });
});
