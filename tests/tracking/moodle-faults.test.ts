import { expect } from '@open-wc/testing';
import type { WedApp } from '../../src/elements/wed-app.js';
import { overallScore, pillarScore } from '../../src/model/scoring.js';
import { decodeSuspendData } from '../../src/model/suspend-data.js';
import { DurableStore } from '../../src/persistence/durable-store.js';
import type { AssessmentState } from '../../src/model/state.js';
import type { AssessmentStore } from '../../src/store/assessment-store.js';
import { rendered } from '../e2e/app-harness.js';
import { deepText } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { loginClearsLocalStorage, ScormLms, type ScormVersion } from './scorm-lms.js';
import {
  TRACKING_KEY,
  afterSaveTimers,
  answerAll,
  browserCopy,
  clearTrackingStorage,
  copyKey,
  launchWithLms,
  savesDone,
} from './scorm-run.js';
import { TEXTS } from '../helpers/texts.js';

const { ui } = TEXTS.nl;

/** Moodle 4.5 under the four everyday faults it was seen to lose text in (or to grade wrongly). */

const LONG_TEXT = 'Ik vraag door tot ik zeker weet dat de klant de brief begrijpt. '.repeat(5).trim();

function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  window.dispatchEvent(new Event('offline'));
}

function goOnline(): void {
  delete (navigator as unknown as Record<string, unknown>).onLine;
  window.dispatchEvent(new Event('online'));
}

const notices = (app: WedApp) => [...app.shadowRoot!.querySelectorAll('wed-notices')].map((el) => deepText(el)).join(' ');
const savingBar = (app: WedApp) => app.shadowRoot!.querySelector<HTMLElement>('wed-notices.saving')!;

/** Answers everything and writes a first line on the plan, and waits until the LMS has it. */
async function onPlan(store: AssessmentStore, lms: ScormLms): Promise<void> {
  answerAll(store);
  store.dispatch({ type: 'go-to', screen: 'analysis' });
  store.dispatch({ type: 'go-to', screen: 'plan' });
  store.dispatch({ type: 'edit-plan', changes: { improvement: 'Eerst dit.' } });
  await eventually(
    () => decodeSuspendData(lms.committed.get('cmi.suspend_data')),
    (saved) => saved.ok && saved.state.plan.improvement === 'Eerst dit.',
  );
}

/** Types `text` one character at a time into Q1, after what is there. */
function type(store: AssessmentStore, text: string): void {
  for (const character of text) {
    store.dispatch({ type: 'edit-plan', changes: { improvement: store.state.plan.improvement + character } });
  }
}

/** The learner opens the activity again: the package continues from the browser copy, says so, and writes it to the LMS. */
async function expectRestoredAtNextLaunch(lms: ScormLms, typed: AssessmentState): Promise<void> {
  const next = lms.resume();
  next.mount();
  const two = await launchWithLms();
  expect(two.store.state).to.deep.equal(typed);
  await two.app.updateComplete;
  expect(notices(two.app)).to.contain(ui.app.restoredNotice);
  await eventually(
    () => committedState(next),
    (saved) => saved.state.plan.improvement.endsWith(LONG_TEXT),
  );
  two.connection.tracker.end();
}

async function committedState(lms: ScormLms) {
  const saved = await decodeSuspendData(lms.committed.get('cmi.suspend_data'));
  if (!saved.ok) throw new Error('nothing readable committed');
  return saved;
}

/** Waits until the browser copy, with `text`, has reached IndexedDB, where Moodle's login does not clear it. */
async function copyInIndexedDb(version: ScormVersion, text: string): Promise<void> {
  const key = copyKey(version);
  await eventually(
    async () => decodeSuspendData((await DurableStore.open(TRACKING_KEY, { localStorage: null })).get(key)),
    (copy) => copy.ok && copy.state.plan.improvement.endsWith(text),
  );
}

// Every test of this file starts and ends online, with no LMS and nothing kept in the browser.
beforeEach(clearTrackingStorage);
afterEach(async () => {
  goOnline();
  ScormLms.unmountAll();
  await clearTrackingStorage();
});

for (const version of ['1.2', '2004'] as ScormVersion[]) {
  describe(`SCORM ${version} in a Moodle that fails the learner`, () => {
    it('offline, with Moodle saying "saved": tells the learner, and sends everything once back online', async () => {
      const lms = new ScormLms(version);
      lms.mount();
      const { app, store, connection } = await launchWithLms();
      await onPlan(store, lms);

      goOffline();
      lms.faults.commit = lms.faults.finish = 'lost';
      type(store, LONG_TEXT);
      await eventually(
        () => notices(app),
        (text) => text.includes(ui.app.offlineNotice),
      );
      expect((await committedState(lms)).state.plan.improvement).to.equal('Eerst dit.');
      const copy = await decodeSuspendData(browserCopy(version));
      expect(copy.ok && copy.state).to.deep.equal(store.state);

      lms.faults.commit = lms.faults.finish = undefined;
      goOnline();
      await eventually(
        () => committedState(lms),
        (saved) => saved.state.plan.improvement.endsWith(LONG_TEXT),
      );
      await app.updateComplete;
      expect(notices(app)).not.to.contain(ui.app.offlineNotice);
      expect(notices(app)).to.contain(ui.app.lmsRecoveredNotice);
      expect((await committedState(lms)).state).to.deep.equal(store.state);
      connection.tracker.end();
    });

    it('offline until the learner leaves: the next launch continues from the browser copy and writes it at once', async () => {
      const lms = new ScormLms(version);
      lms.mount();
      const one = await launchWithLms();
      await onPlan(one.store, lms);
      goOffline();
      lms.faults.commit = lms.faults.finish = 'lost';
      type(one.store, LONG_TEXT);
      const typed = one.store.state;
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      one.app.remove();
      goOnline();

      await expectRestoredAtNextLaunch(lms, typed);
    });

    it("a lost session: the notice is in view, and after Moodle's login cleared localStorage nothing is lost", async () => {
      const lms = new ScormLms(version);
      lms.mount();
      const one = await launchWithLms();
      await onPlan(one.store, lms);
      lms.faults.commit = lms.faults.finish = 'session-lost';
      type(one.store, LONG_TEXT);
      await eventually(
        () => deepText(savingBar(one.app)),
        (text) => text.includes(ui.app.lmsFailingNotice),
      );
      // Wherever the learner has scrolled on the plan, the bar is on screen.
      await rendered(one.app);
      expect(one.app.getBoundingClientRect().height).to.be.greaterThan(window.innerHeight);
      for (const y of [0, one.app.getBoundingClientRect().height / 2, document.documentElement.scrollHeight]) {
        window.scrollTo(0, y);
        const bar = savingBar(one.app).getBoundingClientRect();
        expect(bar.height, `scrolled to ${y}`).to.be.greaterThan(0);
        expect(bar.top, `scrolled to ${y}`).to.be.at.least(0);
        expect(bar.bottom, `scrolled to ${y}`).to.be.at.most(window.innerHeight + 1);
      }
      window.scrollTo(0, 0);

      const typed = one.store.state;
      await copyInIndexedDb(version, LONG_TEXT);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      one.app.remove();
      expect(loginClearsLocalStorage(TRACKING_KEY)).to.be.greaterThan(0);

      await expectRestoredAtNextLaunch(lms, typed);
    });

    it('the copy goes once a later launch finds the same revision in the LMS, not before', async () => {
      const lms = new ScormLms(version);
      lms.mount();
      const one = await launchWithLms();
      await onPlan(one.store, lms);
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      one.app.remove();
      expect(browserCopy(version)).not.to.equal(null);

      lms.resume().mount();
      const two = await launchWithLms();
      expect(browserCopy(version)).to.equal(null);
      expect(notices(two.app)).not.to.contain(ui.app.restoredNotice);
      two.connection.tracker.end();
    });

    it('another device went further: the LMS wins over an older browser copy', async () => {
      const lms = new ScormLms(version);
      lms.mount();
      const one = await launchWithLms();
      await onPlan(one.store, lms);
      lms.faults.commit = lms.faults.finish = 'false';
      type(one.store, ' Alleen hier.');
      await eventually(
        () => notices(one.app),
        (text) => text.includes(ui.app.lmsFailingNotice),
      );
      window.dispatchEvent(new PageTransitionEvent('pagehide'));
      one.app.remove();

      // The other device: no browser copy there, many more changes reach the LMS.
      const saved = await committedState(lms);
      const elsewhere = new ScormLms(version, { committed: lms.committed });
      const newer = { ...saved.state, plan: { ...saved.state.plan, needs: 'Op de andere laptop geschreven.' } };
      const { encodeSuspendData } = await import('../../src/model/suspend-data.js');
      elsewhere.committed.set(
        'cmi.suspend_data',
        await encodeSuspendData(newer, saved.reported, { attempt: saved.attempt!, revision: saved.revision + 1000 }),
      );

      elsewhere.resume().mount();
      const two = await launchWithLms();
      expect(two.store.state.plan.needs).to.equal('Op de andere laptop geschreven.');
      expect(notices(two.app)).not.to.contain(ui.app.restoredNotice);
      two.connection.tracker.end();
    });
  });
}

describe('SCORM 1.2: two tabs of one attempt in Moodle', () => {
  it('the first tab hands over and turns read-only; the grade the LMS keeps matches its answers', async () => {
    const lms = new ScormLms('1.2', { moodleCommits: true });
    lms.mount();
    const one = await launchWithLms();
    await onPlan(one.store, lms);

    const second = lms.openTab();
    second.mount();
    const two = await launchWithLms();
    await eventually(
      () => one.store.readOnly,
      (readOnly) => readOnly,
    );
    await one.app.updateComplete;
    expect(deepText(savingBar(one.app))).to.contain(ui.app.otherTabNotice);
    await eventually(
      () => notices(two.app),
      (text) => text.includes(ui.app.tookOverNotice),
    );
    expect(two.store.state).to.deep.equal(one.store.state);
    await expect(savingBar(one.app)).to.be.accessible();

    // The first tab can no longer change anything, and shows what the second does.
    one.store.dispatch({ type: 'answer', statement: 'kunnen_1', answer: 'helemaal_eens' });
    expect(one.store.state.answers.kunnen_1).to.equal('oneens');
    for (const statement of ['begrijpen_1', 'willen_1', 'kunnen_1', 'kunnen_2'] as const) {
      two.store.dispatch({ type: 'answer', statement, answer: 'helemaal_oneens' });
    }
    two.store.dispatch({ type: 'edit-plan', changes: { needs: 'Tijd met een collega.' } });
    await eventually(
      () => one.store.state.plan.needs,
      (needs) => needs === 'Tijd met een collega.',
    );
    await savesDone(second, two.store);
    // The first tab keeps its LMS session in step with what the second committed.
    const lastSuspendData = () => lms.sets.filter(([element]) => element === 'cmi.suspend_data').at(-1)?.[1];
    await eventually(lastSuspendData, (data) => data === lms.committed.get('cmi.suspend_data'));

    // Moodle's LMSFinish sends the closing tab's whole data model; it must not bring back the old grade.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    const answers = two.store.state.answers;
    const kept = await committedState(lms);
    expect(kept.state.answers).to.deep.equal(answers);
    expect(lms.committed.get('cmi.core.score.raw')).to.equal(String(overallScore(answers)));
    (['begrijpen', 'willen', 'kunnen'] as const).forEach((pillar, n) => {
      expect(lms.committed.get(`cmi.objectives.${n}.score.raw`), pillar).to.equal(String(pillarScore(answers, pillar)));
    });
  });

  it('"Continue here" takes the attempt back: the other tab turns read-only and nothing typed there is lost', async () => {
    const lms = new ScormLms('1.2', { moodleCommits: true });
    lms.mount();
    const one = await launchWithLms();
    await onPlan(one.store, lms);
    lms.openTab().mount();
    const two = await launchWithLms();
    await eventually(
      () => one.store.readOnly,
      (readOnly) => readOnly,
    );
    type(two.store, ' En dit in tab twee.');
    await eventually(
      () => one.store.state.plan.improvement,
      (text) => text.endsWith('tab twee.'),
    );

    await one.app.updateComplete;
    const button = [...savingBar(one.app).shadowRoot!.querySelectorAll('button')].find(
      (candidate) => candidate.textContent?.trim() === ui.app.continueHere,
    )!;
    button.click();
    await eventually(
      () => two.store.readOnly,
      (readOnly) => readOnly,
    );
    expect(one.store.readOnly).to.equal(false);
    type(one.store, ' Weer in tab een.');
    expect(one.store.state.plan.improvement).to.equal('Eerst dit. En dit in tab twee. Weer in tab een.');
    await eventually(
      () => committedState(lms),
      (saved) => saved.state.plan.improvement.endsWith('Weer in tab een.'),
    );
    one.connection.tracker.end();
    two.connection.tracker.end();
  });
});

describe('SCORM 1.2: a slow Moodle (synchronous commits)', () => {
  it('paces commits while the learner types so they block at most 15 % of the time, and loses nothing', async () => {
    const blockMs = 150;
    const lms = new ScormLms('1.2', { blockMs });
    lms.mount();
    const { store, connection } = await launchWithLms();
    await onPlan(store, lms);
    const firstCommit = lms.calls.length;

    const started = performance.now();
    for (const character of LONG_TEXT.slice(0, 120)) {
      store.dispatch({ type: 'edit-plan', changes: { improvement: store.state.plan.improvement + character } });
      // The learner's typing pace.
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const typingEnded = performance.now();
    const commits = lms.calls.slice(firstCommit).filter((call) => call.method === 'LMSCommit');
    // After the first slow commit the tracker knows how slow the LMS is; from then on it keeps to the budget.
    const blocked = commits.slice(1).reduce((sum, call) => sum + (call.durationMs ?? 0), 0);
    expect(commits.length, 'commits while typing').to.be.at.least(2);
    expect(blocked / (typingEnded - started)).to.be.at.most(0.15 + 0.05);

    // A screen change commits at once, whatever the pace.
    const before = lms.count('commit');
    store.dispatch({ type: 'go-to', screen: 'analysis' });
    expect(store.state.screen).to.equal('analysis');
    await eventually(
      () => lms.count('commit'),
      (count) => count > before,
      blockMs * 3,
    );
    // Time for a second commit, which must not come.
    await afterSaveTimers();
    expect(lms.count('commit')).to.equal(before + 1);
    expect((await committedState(lms)).state).to.deep.equal(store.state);
    connection.tracker.end();
  });
});
