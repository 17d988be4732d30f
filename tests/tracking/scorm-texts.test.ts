import { expect } from '@open-wc/testing';
import { CONTENT_BY_LANGUAGE } from '../../src/content/all-languages.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { encodeSuspendDataNow } from '../../src/model/suspend-data.js';
import { connectTracker } from '../../src/tracking/connect.js';
import type { Tracker } from '../../src/tracking/tracker.js';
import { completedState } from '../helpers/states.js';
import { eventually } from '../helpers/eventually.js';
import { moodleViolations } from './moodle-rules.js';
import { ScormLms } from './scorm-lms.js';
import { FAST, TRACKING_KEY, afterSaveTimers, clearTrackingStorage, copyKey } from './scorm-run.js';

const ENGLISH = CONTENT_BY_LANGUAGE.en;
const DUTCH = CONTENT_BY_LANGUAGE.nl;

/** Step 2 done (all answered 'oneens', the analysis shown), kept only in the browser: the LMS never got it. */
const ON_PLAN = completedState('oneens');

function keepInBrowserOnly(): void {
  const entry = { value: encodeSuspendDataNow(ON_PLAN, {}, { attempt: 'abcdef', revision: 7 }), at: Date.now(), seq: 1 };
  window.localStorage.setItem(`${TRACKING_KEY}:${copyKey('2004')}`, JSON.stringify(entry));
}

const isDescription = (element: string) => element.endsWith('.description');

describe('SCORM 2004: descriptions come from the texts the app gives the tracker', () => {
  let tracker: Tracker;
  beforeEach(clearTrackingStorage);
  afterEach(async () => {
    tracker.end();
    ScormLms.unmountAll();
    await clearTrackingStorage();
  });

  async function launchFromBrowserCopy(): Promise<ScormLms> {
    keepInBrowserOnly();
    const lms = new ScormLms('2004');
    lms.mount();
    tracker = (await connectTracker(window, TRACKING_KEY, FAST)).tracker;
    expect((await tracker.start()).restored).to.equal(true);
    return lms;
  }

  it('commits the browser copy at launch before it has texts: everything but the descriptions', async () => {
    const lms = await launchFromBrowserCopy();
    await eventually(() => lms.committed.get('cmi.interactions.11.learner_response'));
    expect(lms.sets.map(([element]) => element).filter(isDescription)).to.deep.equal([]);
    expect(lms.committed.get('cmi.completion_status')).to.equal('incomplete');
    expect(lms.committed.get('cmi.score.raw')).to.equal('33');
    [0, 1, 2].forEach((n) => expect(lms.committed.get(`cmi.objectives.${n}.score.raw`)).to.equal('33'));
    STATEMENT_IDS.forEach((id, n) => {
      expect(lms.committed.get(`cmi.interactions.${n}.id`)).to.equal(id);
      expect(lms.committed.get(`cmi.interactions.${n}.learner_response`)).to.equal('oneens');
    });
    expect(moodleViolations('2004', lms.calls)).to.deep.equal([]);
  });

  it('once given texts, describes the objectives and the interactions written without them, in those texts', async () => {
    const lms = await launchFromBrowserCopy();
    await eventually(() => lms.committed.get('cmi.interactions.11.learner_response'));
    tracker.setTexts!('en', ENGLISH);
    await eventually(() => lms.committed.get('cmi.interactions.11.description'));
    STATEMENT_IDS.forEach((id, n) => {
      const [pillar, k] = [Math.floor(n / 4), n % 4];
      expect(lms.committed.get(`cmi.interactions.${n}.description`), id).to.equal(ENGLISH.pillars[pillar]!.statements[k]!.text);
    });
    [0, 1, 2].forEach((n) => expect(lms.committed.get(`cmi.objectives.${n}.description`)).to.equal(ENGLISH.pillars[n]!.question));
    // Only the descriptions were added: each interaction was written once.
    expect(lms.sets.filter(([element]) => element === 'cmi.interactions.0.learner_response')).to.have.length(1);
    expect(moodleViolations('2004', lms.calls)).to.deep.equal([]);
  });

  it('other texts later: the objectives follow them, interactions keep the description they were written with', async () => {
    const lms = await launchFromBrowserCopy();
    tracker.setTexts!('nl', DUTCH);
    await eventually(() => lms.committed.get('cmi.interactions.11.description'));
    tracker.setTexts!('en', ENGLISH);
    await eventually(
      () => lms.committed.get('cmi.objectives.0.description'),
      (text) => text === ENGLISH.pillars[0]!.question,
    );
    expect(lms.committed.get('cmi.interactions.0.description')).to.equal(DUTCH.pillars[0]!.statements[0]!.text);
  });

  it('no texts in the new language yet (null): writes no descriptions, and the LMS keeps those it has', async () => {
    const lms = await launchFromBrowserCopy();
    tracker.setTexts!('nl', DUTCH);
    await eventually(() => lms.committed.get('cmi.objectives.2.description'));
    const written = lms.sets.length;
    tracker.setTexts!('en', null);
    tracker.record({ ...ON_PLAN, language: 'en' }, ON_PLAN);
    await eventually(
      () => lms.committed.get('cmi.suspend_data'),
      (data) => /l2/.test(data ?? ''),
    );
    await afterSaveTimers();
    expect(
      lms.sets
        .slice(written)
        .map(([element]) => element)
        .filter(isDescription),
    ).to.deep.equal([]);
    expect(lms.committed.get('cmi.objectives.2.description')).to.equal(DUTCH.pillars[2]!.question);
  });
});
