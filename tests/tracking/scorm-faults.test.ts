import { expect } from '@open-wc/testing';
import type { WedApp } from '../../src/elements/wed-app.js';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { connectTracker } from '../../src/tracking/connect.js';
import { launchApp } from '../e2e/app-harness.js';
import { deepText } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { ScormLms, type Fault, type ScormVersion } from './scorm-lms.js';
import { FAST, TRACKING_KEY, answerAll, browserCopy, clearTrackingStorage, keptInBrowser, launchWithLms, savesDone } from './scorm-run.js';
import { TEXTS } from '../helpers/texts.js';

const { ui } = TEXTS.nl;

type Case = { name: string; faults: Partial<Record<'init' | 'set' | 'commit', Fault>> };

const CASES: Case[] = [
  { name: 'LMSInitialize answers false', faults: { init: 'false' } },
  { name: 'SetValue answers false', faults: { set: 'false' } },
  { name: 'Commit answers false', faults: { commit: 'false' } },
  { name: 'the API throws on every call', faults: { init: 'throw', set: 'throw', commit: 'throw' } },
];

const TEXT = 'Wat ik wil verbeteren:\nbeter luisteren – “echt” horen';

const noticeText = (app: WedApp) => [...app.shadowRoot!.querySelectorAll('wed-notices')].map((notices) => deepText(notices)).join(' ');

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  describe(`SCORM ${version} when the LMS fails`, () => {
    beforeEach(clearTrackingStorage);
    afterEach(() => {
      ScormLms.unmountAll();
      return clearTrackingStorage();
    });

    for (const { name, faults } of CASES) {
      it(`${name}: keeps every input, tells the learner, and saves all once the LMS answers`, async () => {
        const lms = new ScormLms(version);
        Object.assign(lms.faults, faults);
        lms.mount();
        const { app, store, connection } = await launchWithLms();
        answerAll(store);
        store.dispatch({ type: 'go-to', screen: 'analysis' });
        store.dispatch({ type: 'go-to', screen: 'plan' });
        store.dispatch({ type: 'edit-plan', changes: { improvement: TEXT } });
        await eventually(
          () => noticeText(app),
          (text) => text.includes(ui.app.lmsFailingNotice),
        );
        await expect(app).to.be.accessible();
        // Without LMSInitialize the learner is unknown: the copy is kept without a learner id until it works.
        const copy = await decodeSuspendData(browserCopy(version, faults.init ? '' : undefined));
        expect(copy.ok && copy.state).to.deep.equal(store.state);

        lms.faults.init = lms.faults.set = lms.faults.commit = undefined;
        await savesDone(lms, store);
        await eventually(
          () => noticeText(app),
          (text) => text.includes(ui.app.lmsRecoveredNotice),
        );
        expect(noticeText(app)).not.to.contain(ui.app.lmsFailingNotice);
        const saved = await decodeSuspendData(lms.committed.get('cmi.suspend_data'));
        expect(saved.ok && saved.state).to.deep.equal(store.state);
        // The LMS's word does not remove the copy: a later launch that finds the same revision does.
        const kept = await decodeSuspendData(browserCopy(version));
        expect(kept.ok && kept.revision).to.equal(saved.ok && saved.revision);
        connection.tracker.end();
      });

      it(`${name}: a reload while the LMS is still failing brings everything back`, async () => {
        const lms = new ScormLms(version);
        Object.assign(lms.faults, faults);
        lms.mount();
        const one = await launchWithLms();
        answerAll(one.store);
        one.store.dispatch({ type: 'edit-plan', changes: { needs: TEXT } });
        await eventually(
          () => noticeText(one.app),
          (text) => text.includes(ui.app.lmsFailingNotice),
        );
        const before = one.store.state;
        one.app.remove();

        const next = lms.resume();
        Object.assign(next.faults, faults);
        next.mount();
        const two = await launchWithLms();
        expect(two.store.state).to.deep.equal(before);
        two.connection.tracker.end();
      });
    }
  });
}

describe('no LMS API where the package expected one', () => {
  beforeEach(clearTrackingStorage);
  afterEach(clearTrackingStorage);

  it('runs standalone and tells the learner nothing is reported', async () => {
    const lonely = { location: { search: '?standard=scorm12' }, opener: null } as unknown as Window & { parent: Window };
    lonely.parent = lonely;
    const connection = await connectTracker(lonely, TRACKING_KEY, FAST);
    expect(connection.tracker.mode).to.equal('standalone');
    expect(connection.lmsMissing).to.equal(true);
    const { app, store } = await launchApp(connection);
    await app.updateComplete;
    expect(noticeText(app)).to.contain(ui.app.lmsMissingNotice);
    store.dispatch({ type: 'go-to', screen: 'video' });
    expect((await decodeSuspendData(keptInBrowser('state'))).ok).to.equal(true);
  });

  it('finds the API of a parent frame', async () => {
    const lms = new ScormLms('1.2');
    const top = { API: lms.api, location: { search: '' }, opener: null } as unknown as Window & { parent: Window };
    top.parent = top;
    const frame = { location: { search: '?standard=scorm12' }, parent: top, opener: null } as unknown as Window;
    const connection = await connectTracker(frame, TRACKING_KEY, FAST);
    expect(connection.tracker.mode).to.equal('scorm12');
  });
});
