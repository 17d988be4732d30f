import { expect } from '@open-wc/testing';
import { decodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/model/suspend-data.js';
import { currentScreen } from '../e2e/app-harness.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { ScormLms } from './scorm-lms.js';
import { afterSaveTimers, answerAll, browserCopy, clearTrackingStorage, launchWithLms, savesDone } from './scorm-run.js';
import { TEXTS } from '../helpers/texts.js';

const { content: assessment, ui } = TEXTS.nl;

/** Text that hardly compresses (seeded pseudo-random characters): the worst case for suspend_data. */
function noise(length: number, seed = 1): string {
  let state = seed;
  let text = '';
  while (text.length < length) {
    state = (Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) | 0;
    text += String.fromCharCode(0x21 + ((state >>> 8) % 94));
  }
  return text;
}

/** Realistic Dutch prose: the seed's own recommendations, 1,000 characters at a time. */
function prose(part: number): string {
  const all = assessment.pillars
    .flatMap((p) => p.recommendations.flatMap((r) => r.text))
    .map((s) => (typeof s === 'string' ? s : s.text))
    .join(' ');
  const repeated = all.repeat(3);
  return repeated.slice(part * 1000, part * 1000 + 1000);
}

describe('SCORM 1.2 suspend_data stays within 4,096 characters', () => {
  beforeEach(clearTrackingStorage);
  afterEach(() => {
    ScormLms.unmountAll();
    return clearTrackingStorage();
  });

  async function onPlan() {
    const lms = new ScormLms('1.2');
    lms.mount();
    const run = await launchWithLms();
    answerAll(run.store);
    run.store.dispatch({ type: 'go-to', screen: 'analysis' });
    run.store.dispatch({ type: 'go-to', screen: 'plan' });
    return { lms, ...run };
  }

  it('keeps four reflections of 1,000 characters and shows how much room is used', async () => {
    const { lms, app, store, connection } = await onPlan();
    store.dispatch({ type: 'edit-plan', changes: { improvement: prose(0), needs: prose(1), timeline: prose(2) } });
    store.dispatch({ type: 'add-action' });
    store.dispatch({ type: 'update-action', id: store.state.plan.actions[0]!.id, changes: { text: prose(3) } });
    await savesDone(lms, store);
    connection.tracker.end();
    const data = lms.committed.get('cmi.suspend_data')!;
    expect(data.length).to.be.at.most(SUSPEND_DATA_LIMIT);
    const saved = await decodeSuspendData(data);
    expect(saved.ok && saved.state.plan).to.deep.equal(store.state.plan);
    const used = ui.plan.spaceUsed.replace('{percent}', String(Math.round((data.length / SUSPEND_DATA_LIMIT) * 100)));
    await eventually(
      () => deepText(currentScreen(app)),
      (text) => text.includes(used),
    );
  });

  it('at the largest input the UI allows: never writes more than 4,096, warns, stops growth and loses nothing', async () => {
    const { lms, app, store } = await onPlan();
    store.dispatch({ type: 'edit-plan', changes: { improvement: noise(2000) } });
    await savesDone(lms, store);
    const fitting = lms.committed.get('cmi.suspend_data')!;
    store.dispatch({ type: 'edit-plan', changes: { needs: noise(2500, 2) } });
    await eventually(
      () => deepText(currentScreen(app)),
      (text) => text.includes(ui.plan.spaceFull),
    );
    // Time for the save of the text that no longer fits, which must write none of it.
    await afterSaveTimers();

    expect(lms.sets.filter(([element]) => element === 'cmi.suspend_data').every(([, v]) => v.length <= SUSPEND_DATA_LIMIT)).to.equal(true);
    expect(lms.committed.get('cmi.suspend_data')).to.equal(fitting);
    const needs = deepQueryAll<HTMLTextAreaElement>(currentScreen(app), 'textarea#q3')[0]!;
    expect(needs.maxLength).to.equal(2500);
    expect(deepQueryAll(currentScreen(app), 'wed-action-list')[0]!.shadowRoot!.querySelector('button.add')).to.equal(null);
    await expect(currentScreen(app)).to.be.accessible();

    const copy = await decodeSuspendData(browserCopy('1.2'));
    expect(copy.ok && copy.state.plan.needs).to.equal(noise(2500, 2));

    store.dispatch({ type: 'edit-plan', changes: { needs: noise(500, 3) } });
    await savesDone(lms, store);
    await eventually(
      () => deepText(currentScreen(app)),
      (text) => !text.includes(ui.plan.spaceFull),
    );
  });
});
