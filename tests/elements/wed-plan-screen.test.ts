import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import { loadLaterTexts } from '../../src/content/texts.js';
import { planCalendar } from '../../src/elements/plan-calendar.js';
import '../../src/elements/wed-plan-screen.js';
import type { WedPlanScreen } from '../../src/elements/wed-plan-screen.js';
import type { AssessmentState, Plan } from '../../src/model/state.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import type { StoreAction } from '../../src/store/actions.js';
import { AssessmentStore } from '../../src/store/assessment-store.js';
import { byText, deepActiveElement, deepQueryAll, deepText, tabTo } from '../helpers/dom.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { completedState } from '../helpers/states.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { content: assessment, ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

const filledPlan: Plan = {
  improvement: 'Korter uitleggen',
  actions: [
    { id: 'a1', text: 'Brief herschrijven', date: '2026-03-15' },
    { id: 'a2', text: 'Collega vragen', date: '' },
  ],
  needs: 'Tijd',
  timeline: 'Voor de zomer',
  planDate: '2026-06-01',
};

/** The screen driven by a real store, re-rendered with the store's state after every event. */
async function renderWithStore(state: AssessmentState = completedState()) {
  const store = new AssessmentStore(state);
  const emitted: StoreAction[] = [];
  const el = await fixture<WedPlanScreen>(html`<wed-plan-screen .state=${store.state}></wed-plan-screen>`);
  el.addEventListener(StoreActionEvent.eventName, (event) => {
    emitted.push(event.action);
    store.dispatch(event.action);
    el.state = store.state;
  });
  return { el, store, emitted };
}

const withPlan = (plan: Plan) => completedState('eens', { plan });
const button = (el: WedPlanScreen, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;

describe('wed-plan-screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible', async () => {
    const { el } = await renderWithStore(withPlan(filledPlan));
    await expect(el).to.be.accessible();
  });

  it('shows the step label, heading and the four questions with their help', async () => {
    const { el } = await renderWithStore();
    const root = el.shadowRoot!;
    expect(root.querySelector('h1[data-screen-heading]')!.textContent).to.contain(assessment.plan.heading);
    expect(root.textContent).to.contain(assessment.plan.label);
    expect(root.textContent).to.contain(assessment.plan.subheading);
    expect(root.textContent).to.contain(ui.plan.autosave);
    for (const question of assessment.plan.questions) {
      expect(root.textContent).to.contain(question.question);
      for (const line of question.help) expect(root.textContent).to.contain(line);
    }
    expect(root.querySelector('wed-action-list')).to.exist;
    await el.focusHeading();
    expect(deepActiveElement()?.localName).to.equal('h1');
  });

  it('labels each field with its question and describes it with the help', async () => {
    const { el } = await renderWithStore();
    const root = el.shadowRoot!;
    const q1 = root.querySelector<HTMLTextAreaElement>('textarea#q1')!;
    expect(q1.labels![0]!.textContent).to.contain(assessment.plan.questions[0]!.question);
    expect(root.getElementById(q1.getAttribute('aria-describedby')!)!.textContent).to.contain(assessment.plan.questions[0]!.help[0]!);
    expect(root.querySelector<HTMLTextAreaElement>('textarea#q3')!.labels![0]!.textContent).to.contain(
      assessment.plan.questions[2]!.question,
    );
    expect(root.querySelector<HTMLTextAreaElement>('#timeline')!.labels![0]!.textContent).to.contain(ui.plan.timelineLabel);
    const date = root.querySelector<HTMLInputElement>('#plan-date')!;
    expect(date.type).to.equal('date');
    expect(date.labels![0]!.textContent).to.contain(ui.plan.planDate);
  });

  it('emits edit-plan with the typed text of Q1 on every input', async () => {
    const { store, emitted } = await renderWithStore();
    await tabTo((node) => node.id === 'q1');
    await sendKeys({ type: 'Beter luisteren' });
    expect(emitted).to.have.length('Beter luisteren'.length);
    expect(emitted.at(-1)).to.deep.equal({ type: 'edit-plan', changes: { improvement: 'Beter luisteren' } });
    expect(store.state.plan.improvement).to.equal('Beter luisteren');
  });

  it('saves Q3, Q4 and the plan date', async () => {
    const { el, store } = await renderWithStore();
    await tabTo((node) => node.id === 'q3');
    await sendKeys({ type: 'Mijn team' });
    await tabTo((node) => node.id === 'timeline');
    await sendKeys({ type: 'In mei' });
    const date = el.shadowRoot!.querySelector<HTMLInputElement>('#plan-date')!;
    date.value = '2026-05-04';
    date.dispatchEvent(new Event('input', { bubbles: true }));
    expect(store.state.plan).to.include({ needs: 'Mijn team', timeline: 'In mei', planDate: '2026-05-04' });
  });

  it('adds an action from the list inside the screen', async () => {
    const { el, store } = await renderWithStore();
    await tabTo(byText(ui.plan.addAction));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const list = el.shadowRoot!.querySelector('wed-action-list')!;
    await list.updateComplete;
    expect(deepActiveElement()?.id).to.equal('text-a1');
    await sendKeys({ type: 'Stap één' });
    expect(store.state.plan.actions).to.deep.equal([{ id: 'a1', text: 'Stap één', date: '' }]);
  });

  it('prints with window.print', async () => {
    const { el } = await renderWithStore();
    const original = window.print;
    let calls = 0;
    window.print = () => {
      calls++;
    };
    try {
      button(el, ui.plan.print).click();
    } finally {
      window.print = original;
    }
    expect(calls).to.equal(1);
  });

  it('asks for a date instead of downloading an empty calendar', async () => {
    const { el } = await renderWithStore();
    button(el, ui.plan.calendar).click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(ui.plan.calendarNeedsDate);
  });

  it('downloads the .ics through a temporary link', async () => {
    const { el } = await renderWithStore(withPlan(filledPlan));
    const originalClick = HTMLAnchorElement.prototype.click;
    const originalCreate = URL.createObjectURL;
    let blob: Blob | undefined;
    let download = '';
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return originalCreate(object);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      download = this.download;
    };
    try {
      button(el, ui.plan.calendar).click();
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
      URL.createObjectURL = originalCreate;
    }
    expect(download).to.equal(ui.plan.calendarFileName);
    expect(blob!.type).to.contain('text/calendar');
    const text = await blob!.text();
    expect(text.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('goes back to the analysis and finishes', async () => {
    const { el } = await renderWithStore();
    setTimeout(() => button(el, ui.app.previous).click());
    expect((await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName)).action).to.deep.equal({ type: 'go-to', screen: 'analysis' });
    const finish = button(el, ui.plan.finish);
    expect(finish.classList.contains('primary')).to.equal(true);
    setTimeout(() => finish.click());
    expect((await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName)).action).to.deep.equal({ type: 'finish' });
  });

  it('shows the plan read-only in review mode', async () => {
    const el = await fixture<WedPlanScreen>(html`<wed-plan-screen .state=${withPlan(filledPlan)} .readOnly=${true}></wed-plan-screen>`);
    const fields = deepQueryAll<HTMLInputElement | HTMLTextAreaElement>(el, 'textarea, input');
    expect(fields.length).to.be.greaterThan(4);
    expect(fields.every((field) => field.readOnly)).to.equal(true);
    expect(fields.map((field) => field.value)).to.include.members(['Korter uitleggen', 'Brief herschrijven', '2026-06-01']);
    expect(button(el, ui.plan.finish)).to.equal(undefined);
    expect(deepQueryAll(el, 'button.add')).to.have.length(0);
    expect(button(el, ui.plan.print)).to.not.equal(undefined);
    const text = deepText(el);
    expect(text).to.contain(ui.plan.readOnly);
    expect(editingInvitationsIn(text)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('in review mode goes on to the end of a finished attempt, and offers no way on otherwise', async () => {
    const review = (finished: boolean) =>
      fixture<WedPlanScreen>(
        html`<wed-plan-screen .state=${completedState('eens', { plan: filledPlan, finished })} .readOnly=${true}></wed-plan-screen>`,
      );
    const unfinished = await review(false);
    expect(unfinished.shadowRoot!.querySelector('button.primary')).to.equal(null);
    const finished = await review(true);
    const next = finished.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    expect(next.textContent!.trim()).to.equal(ui.app.next);
    setTimeout(() => next.click());
    expect((await oneEvent<StoreActionEvent>(finished, StoreActionEvent.eventName)).action).to.deep.equal({
      type: 'go-to',
      screen: 'done',
    });
  });

  it('in review mode says a plan without a date has nothing for the calendar, without asking for one', async () => {
    const el = await fixture<WedPlanScreen>(html`<wed-plan-screen .state=${completedState()} .readOnly=${true}></wed-plan-screen>`);
    button(el, ui.plan.calendar).click();
    await el.updateComplete;
    const text = deepText(el);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.contain(ui.plan.calendarNoDate);
    expect(editingInvitationsIn(text)).to.deep.equal([]);
  });

  it('in review mode shows no room left for texts that cannot change', async () => {
    const el = await fixture<WedPlanScreen>(
      html`<wed-plan-screen .state=${withPlan(filledPlan)} .textSpace=${-12} .readOnly=${true}></wed-plan-screen>`,
    );
    expect(el.shadowRoot!.querySelector('wed-text-space')).to.equal(null);
  });

  it('shows how much room the texts take in SCORM 1.2, and stops growth when it is full', async () => {
    const el = await fixture<WedPlanScreen>(html`<wed-plan-screen .state=${withPlan(filledPlan)} .textSpace=${-12}></wed-plan-screen>`);
    const space = el.shadowRoot!.querySelector('wed-text-space')!;
    expect(space.shadowRoot!.textContent).to.contain(ui.plan.spaceFull);
    const q1 = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#q1')!;
    expect(q1.maxLength).to.equal('Korter uitleggen'.length);
    await expect(el).to.be.accessible();
  });

  it('does not overflow horizontally at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const { el } = await renderWithStore(withPlan(filledPlan));
    await el.updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const node of deepQueryAll<HTMLElement>(el, '*')) {
      expect(node.getBoundingClientRect().right, node.localName + (node.id ? `#${node.id}` : '')).to.be.at.most(321);
    }
  });
});

describe('planCalendar', () => {
  const now = new Date(Date.UTC(2026, 0, 2, 9, 30));

  it('has one VEVENT per date with the summaries', () => {
    const ics = planCalendar(filledPlan, now)!;
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(2);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260315');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260601');
    expect(ics).to.contain(`SUMMARY:${format(ui.plan.calendarActionSummary, { text: 'Brief herschrijven' })}`);
    expect(ics).to.contain(`SUMMARY:${ui.plan.calendarPlanSummary}`);
    expect(ics).to.contain('DESCRIPTION:Korter uitleggen');
    expect(ics).to.contain('DTSTAMP:20260102T093000Z');
    expect(ics.indexOf('20260315')).to.be.below(ics.indexOf('20260601'));
  });

  it('keeps a multi-line action text on one summary line', () => {
    const plan: Plan = { ...filledPlan, planDate: '', actions: [{ id: 'a1', text: 'Eén\nTwee', date: '2026-02-02' }] };
    const ics = planCalendar(plan, now)!;
    expect(ics).to.contain(`SUMMARY:${format(ui.plan.calendarActionSummary, { text: 'Eén Twee' })}`);
    expect(ics).to.contain('DESCRIPTION:Eén\\nTwee');
  });

  it('names an action without text by its number', () => {
    const plan: Plan = { ...filledPlan, planDate: '', actions: [{ id: 'a1', text: '', date: '2026-02-02' }] };
    expect(planCalendar(plan, now)).to.contain(format(ui.plan.calendarActionSummary, { text: format(ui.plan.action, { number: 1 }) }));
  });

  it('gives no calendar when there are no dates', () => {
    const plan: Plan = { ...filledPlan, planDate: '', actions: [{ id: 'a1', text: 'Geen datum', date: '' }] };
    expect(planCalendar(plan, now)).to.equal(null);
  });
});
