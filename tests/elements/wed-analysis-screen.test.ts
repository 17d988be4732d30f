import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import type { PillarId, StatementId } from '../../src/content/types.js';
import { loadLaterTexts, setLanguage } from '../../src/content/texts.js';
import '../../src/elements/wed-analysis-screen.js';
import type { WedAnalysisScreen } from '../../src/elements/wed-analysis-screen.js';
import type { EarlierProfile } from '../../src/model/history.js';
import { answerFromValue, needsAttention, pillarScore, type Answers } from '../../src/model/scoring.js';
import type { AssessmentState } from '../../src/model/state.js';
import { initialState } from '../../src/model/transitions.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import { ForgetHistoryEvent } from '../../src/elements/history-events.js';
import { answersFromValues } from '../helpers/answers.js';
import { byText, deepActiveElement, deepText, tabTo } from '../helpers/dom.js';
import { earlierProfile, longDate } from '../helpers/earlier-profiles.js';
import { eventually } from '../helpers/eventually.js';
import { editingInvitationsIn } from '../helpers/read-only.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { content: assessment, ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

type Values = [number, number, number, number];

function stateWith(values: Record<PillarId, Values>, extra: Partial<AssessmentState> = {}): AssessmentState {
  const answers: Answers = {};
  for (const [pillar, list] of Object.entries(values)) {
    list.forEach((value, index) => {
      answers[`${pillar}_${index + 1}` as StatementId] = answerFromValue(value) ?? undefined;
    });
  }
  return { ...initialState(), screen: 'analysis', reached: 'analysis', videoWatched: true, answers, ...extra };
}

/** kunnen_2 oneens, kunnen_4 helemaal oneens; everything else agrees. */
const kunnenOnly = stateWith({ begrijpen: [3, 4, 3, 4], willen: [4, 3, 4, 3], kunnen: [3, 2, 4, 1] });
const allFours = stateWith({ begrijpen: [4, 4, 4, 4], willen: [4, 4, 4, 4], kunnen: [4, 4, 4, 4] });
/** One disagreement in twelve: begrijpen_3 helemaal oneens. */
const oneDisagreement = stateWith({ begrijpen: [4, 4, 1, 4], willen: [4, 4, 4, 4], kunnen: [3, 3, 3, 3] });

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();
const pillar = (id: PillarId) => assessment.pillars.find((candidate) => candidate.id === id)!;

describe('wed-analysis-screen', () => {
  const render = (state: AssessmentState = kunnenOnly) =>
    fixture<WedAnalysisScreen>(html`<wed-analysis-screen .state=${state}></wed-analysis-screen>`);
  const root = (el: WedAnalysisScreen) => el.shadowRoot!;

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('shows the step label, heading, introduction and the pillar profile', async () => {
    const el = await render();
    expect(text(root(el).querySelector('.label')!)).to.equal(assessment.analysis.label);
    const h1 = root(el).querySelector('h1')!;
    expect(text(h1)).to.equal(assessment.analysis.heading);
    expect(h1.hasAttribute('data-screen-heading')).to.equal(true);
    for (const paragraph of assessment.analysis.paragraphs) expect(text(root(el))).to.contain(paragraph);
    const profile = root(el).querySelector('wed-pillar-profile')!;
    expect(profile.answers).to.equal(kunnenOnly.answers);
    // kunnen: 3+2+4+1 = 10 → (10 − 4) / 12 × 100 = 50.
    expect(text(profile.shadowRoot!)).to.contain(format(ui.analysis.score, { score: 50 }));
  });

  it('shows kunnen’s advice open and folds begrijpen and willen', async () => {
    const el = await render();
    const open = root(el).querySelector('section[data-pillar="kunnen"]')!;
    expect(open.closest('details')).to.equal(null);
    expect(text(open)).to.contain(pillar('kunnen').recommendationsHeading);
    expect(text(open)).to.contain(pillar('kunnen').tipsHeading);
    expect(open.querySelectorAll('h3')).to.have.length(2);
    expect(root(el).querySelectorAll('section[data-pillar]')).to.have.length(1);
    const folded = [...root(el).querySelectorAll('details')];
    expect(folded.map((details) => details.dataset['pillar'])).to.deep.equal(['begrijpen', 'willen']);
    for (const details of folded) expect(details.open).to.equal(false);
    expect(text(folded[0].querySelector('summary')!)).to.equal(
      format(ui.analysis.showAdvice, { number: 1, question: pillar('begrijpen').question }),
    );
    expect(root(el).querySelector('fieldset')).to.equal(null);
  });

  it('lists the statements the learner disagreed with and their answers', async () => {
    const el = await render();
    const items = [...root(el).querySelectorAll<HTMLLIElement>('li[data-statement]')];
    expect(items.map((li) => li.dataset['statement'])).to.deep.equal(['kunnen_2', 'kunnen_4']);
    const statements = pillar('kunnen').statements;
    expect(text(items[0])).to.contain(statements[1].text);
    expect(text(items[0])).to.contain(format(ui.analysis.yourAnswer, { answer: assessment.scale[1].label }));
    expect(text(items[1])).to.contain(statements[3].text);
    expect(text(items[1])).to.contain(format(ui.analysis.yourAnswer, { answer: assessment.scale[0].label }));
    expect(text(root(el))).to.contain(ui.analysis.disagreedIntro);
  });

  it('keeps every recommendation and tip of every pillar in the page', async () => {
    const el = await render();
    const page = text(root(el));
    for (const { recommendations, tips } of assessment.pillars) {
      for (const entry of [...recommendations, ...tips]) {
        const first = entry.text.find((segment) => typeof segment === 'string');
        if (typeof first === 'string' && first.trim()) expect(page).to.contain(first.replace(/\s+/g, ' ').trim());
      }
    }
  });

  it('folds all pillars and asks to choose one when all answers agree', async () => {
    const el = await render(allFours);
    expect(root(el).querySelectorAll('section[data-pillar]')).to.have.length(0);
    expect(root(el).querySelectorAll('details')).to.have.length(3);
    expect(text(root(el))).to.contain(assessment.analysis.allAgreePrompt);
    const fieldset = root(el).querySelector('fieldset')!;
    expect(text(fieldset.querySelector('legend')!)).to.equal(ui.analysis.choosePillarLegend);
    const radios = [...fieldset.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).to.deep.equal(['begrijpen', 'willen', 'kunnen', 'none']);
    expect(text(radios[1].closest('label')!)).to.contain(pillar('willen').question);
    expect(text(radios[3].closest('label')!)).to.equal(ui.analysis.choosePillarNone);
    expect(radios[3].checked).to.equal(true);
  });

  it('emits choose-pillar when a pillar is chosen', async () => {
    const el = await render(allFours);
    const radio = root(el).querySelector<HTMLInputElement>('input[value="willen"]')!;
    setTimeout(() => radio.click());
    const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'choose-pillar', pillar: 'willen' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('checks the chosen pillar and emits null for none', async () => {
    const el = await render({ ...allFours, chosenPillar: 'kunnen' });
    expect(root(el).querySelector<HTMLInputElement>('input[value="kunnen"]')!.checked).to.equal(true);
    const none = root(el).querySelector<HTMLInputElement>('input[value="none"]')!;
    expect(none.checked).to.equal(false);
    setTimeout(() => none.click());
    const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'choose-pillar', pillar: null });
  });

  it('shows the one pillar with a disagreement and the prompt', async () => {
    const el = await render(oneDisagreement);
    expect(root(el).querySelector('section[data-pillar="begrijpen"]')).to.not.equal(null);
    expect(root(el).querySelectorAll('details')).to.have.length(2);
    expect(text(root(el))).to.contain(assessment.analysis.allAgreePrompt);
    expect(root(el).querySelector('fieldset')).to.not.equal(null);
  });

  it('opens external links in a new tab', async () => {
    const el = await render(allFours);
    const links = [...root(el).querySelectorAll('a')];
    expect(links.length).to.be.greaterThan(0);
    for (const link of links) {
      expect(link.target).to.equal('_blank');
      expect(link.rel.split(' ')).to.include('noopener');
    }
  });

  it('goes back to the statements and on to the plan', async () => {
    const el = await render();
    const [previous, next] = root(el).querySelectorAll<HTMLButtonElement>('.actions button');
    expect(text(previous)).to.equal(ui.app.previous);
    expect(text(next)).to.equal(ui.app.next);
    expect(next.classList.contains('primary')).to.equal(true);
    setTimeout(() => previous.click());
    let event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'go-to', screen: 'statements' });
    setTimeout(() => next.click());
    event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'go-to', screen: 'plan' });
  });

  it('in review mode shows the chosen pillar without a way to change it', async () => {
    const el = await fixture<WedAnalysisScreen>(
      html`<wed-analysis-screen .state=${{ ...allFours, chosenPillar: 'willen' }} .readOnly=${true}></wed-analysis-screen>`,
    );
    const radios = [...root(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.every((radio) => radio.disabled)).to.equal(true);
    expect(radios.filter((radio) => radio.checked).map((radio) => radio.value)).to.deep.equal(['willen']);
    expect(editingInvitationsIn(text(root(el)))).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('focuses its heading on request', async () => {
    const el = await render();
    await el.focusHeading();
    expect(root(el).activeElement?.localName).to.equal('h1');
  });

  it('is accessible with a folded pillar opened', async () => {
    const el = await render(oneDisagreement);
    const details = root(el).querySelector('details')!;
    details.open = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits in 320 px without horizontal overflow, with every pillar opened', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await render(oneDisagreement);
      for (const details of root(el).querySelectorAll('details')) details.open = true;
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

/**
 * Then (2 3 1 3 | 4 3 4 3 | 4 4 4 4) against kunnenOnly now (3 4 3 4 | 4 3 4 3 | 3 2 4 1):
 * begrijpen up and no longer needing attention, willen the same without
 * disagreement, kunnen down and needing attention only now.
 */
const EARLIER_VALUES = [2, 3, 1, 3, 4, 3, 4, 3, 4, 4, 4, 4];

describe('wed-analysis-screen with an earlier profile', () => {
  const render = (earlier: EarlierProfile | null, readOnly = false) =>
    fixture<WedAnalysisScreen>(
      html`<wed-analysis-screen .state=${kunnenOnly} .earlier=${earlier} .readOnly=${readOnly}></wed-analysis-screen>`,
    );
  const section = (el: WedAnalysisScreen) => el.shadowRoot!.querySelector<HTMLElement>('[data-earlier]');
  const status = (el: WedAnalysisScreen) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
  const forgetButton = () => byText(ui.analysis.forgetHistory);
  const countForgets = (el: WedAnalysisScreen) => {
    const seen: ForgetHistoryEvent[] = [];
    el.addEventListener(ForgetHistoryEvent.eventName, (event) => seen.push(event));
    return seen;
  };

  /** What the learner should read per pillar, from the fixture's answers and the interface texts. */
  function expectedLines(texts = ui) {
    const then = answersFromValues(EARLIER_VALUES);
    return assessment.pillars.map(({ id }) => {
      const [was, is] = [pillarScore(then, id)!, pillarScore(kunnenOnly.answers, id)!];
      const points = Math.abs(is - was);
      const change =
        is > was
          ? format(texts.analysis.changeUp, { points })
          : is < was
            ? format(texts.analysis.changeDown, { points })
            : texts.analysis.changeNone;
      const [attentionThen, attentionNow] = [needsAttention(then, id), needsAttention(kunnenOnly.answers, id)];
      const attention = attentionThen
        ? attentionNow
          ? texts.analysis.attentionThenAndNow
          : texts.analysis.attentionThenOnly
        : attentionNow
          ? texts.analysis.attentionNowOnly
          : texts.analysis.attentionNeither;
      return `${format(texts.analysis.earlierScores, { then: was, now: is, change })} ${attention}`;
    });
  }

  it('is accessible, with browser history and its confirmation open, and with the organisation’s records', async () => {
    const el = await render(earlierProfile(EARLIER_VALUES, 'browser'));
    await expect(el).to.be.accessible();
    await tabTo(forgetButton());
    await sendKeys({ press: 'Enter' });
    await expect(el).to.be.accessible();
    await expect(await render(earlierProfile(EARLIER_VALUES, 'lrs'))).to.be.accessible();
  });

  it('shows nothing of an earlier profile when there is none', async () => {
    const el = await render(null);
    expect(section(el)).to.equal(null);
    const page = text(el.shadowRoot!);
    for (const absent of [
      ui.analysis.earlierHeading,
      ui.analysis.earlierFromBrowser,
      ui.analysis.earlierFromLrs,
      ui.analysis.forgetHistory,
    ]) {
      expect(page).not.to.contain(absent);
    }
    expect(el.shadowRoot!.querySelectorAll('dl, wed-confirm-action, h2:empty')).to.have.length(0);
    expect(text(status(el))).to.equal('');
    expect(el.shadowRoot!.querySelector('wed-pillar-profile')!.earlier).to.equal(null);
  });

  it('names the date and, per pillar, the scores then and now with the change and the attention then and now', async () => {
    const earlier = earlierProfile(EARLIER_VALUES, 'lrs');
    const el = await render(earlier);
    const shown = section(el)!;
    expect(text(shown.querySelector('h2')!)).to.equal(ui.analysis.earlierHeading);
    expect(text(shown)).to.contain(format(ui.analysis.earlierDate, { date: longDate(earlier.profile.completedAt) }));
    const terms = [...shown.querySelectorAll('dt')].map(text);
    expect(terms).to.deep.equal(assessment.pillars.map((pillar) => pillar.name));
    const lines = [...shown.querySelectorAll('dd')].map(text);
    expect(lines).to.deep.equal(expectedLines());
    // The fixture covers a rise, no change and a fall, each with its own attention sentence.
    expect(lines[0]).to.contain(format(ui.analysis.changeUp, { points: 41 }));
    expect(lines[1]).to.contain(`(${ui.analysis.changeNone})`);
    expect(lines[2]).to.contain(format(ui.analysis.changeDown, { points: 50 }));
    expect(
      [ui.analysis.attentionThenOnly, ui.analysis.attentionNeither, ui.analysis.attentionNowOnly].every((s, i) => lines[i]!.endsWith(s)),
    ).to.equal(true);
    // The profile graphic gets the same earlier profile.
    expect(el.shadowRoot!.querySelector('wed-pillar-profile')!.earlier).to.equal(earlier.profile);
  });

  it('says that browser history comes from this browser and offers to remove it', async () => {
    const el = await render(earlierProfile(EARLIER_VALUES, 'browser'));
    expect(text(section(el)!)).to.contain(ui.analysis.earlierFromBrowser);
    expect(text(section(el)!)).not.to.contain(ui.analysis.earlierFromLrs);
    expect(section(el)!.querySelector('wed-confirm-action')).to.not.equal(null);
  });

  it('says that the organisation’s records are the source, without a way to remove them', async () => {
    const el = await render(earlierProfile(EARLIER_VALUES, 'lrs'));
    expect(text(section(el)!)).to.contain(ui.analysis.earlierFromLrs);
    expect(text(section(el)!)).not.to.contain(ui.analysis.earlierFromBrowser);
    expect(section(el)!.querySelector('wed-confirm-action')).to.equal(null);
  });

  it('removes the browser history by keyboard only after confirming, once, then says so where the section was', async () => {
    const el = await render(earlierProfile(EARLIER_VALUES, 'browser'));
    const forgets = countForgets(el);
    await tabTo(forgetButton());
    await sendKeys({ press: 'Enter' });
    expect(forgets).to.have.length(0);
    expect(text(deepActiveElement()!)).to.equal(ui.analysis.forgetQuestion);
    await tabTo(byText(ui.analysis.forgetConfirm));
    // At the top of the window: what shrinks above it must not take the status out of view.
    deepActiveElement()!.scrollIntoView({ block: 'start' });
    await sendKeys({ press: 'Enter' });
    expect(forgets).to.have.length(1);
    expect(forgets[0]!.bubbles && forgets[0]!.composed).to.equal(true);

    // The app takes the earlier profile away.
    el.earlier = null;
    await el.updateComplete;
    expect(section(el)).to.equal(null);
    expect(text(status(el))).to.equal(ui.analysis.historyForgotten);
    await eventually(() => deepActiveElement() === status(el));
    const { top, bottom } = status(el).getBoundingClientRect();
    expect([top >= 0, bottom <= window.innerHeight], 'status in view').to.deep.equal([true, true]);
    expect(forgets).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('keeps the browser history when the learner says no, focus back on the button', async () => {
    const el = await render(earlierProfile(EARLIER_VALUES, 'browser'));
    const forgets = countForgets(el);
    await tabTo(forgetButton());
    await sendKeys({ press: 'Enter' });
    await tabTo(byText(ui.analysis.forgetCancel));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(text(deepActiveElement()!)).to.equal(ui.analysis.forgetHistory);
    expect(forgets).to.have.length(0);
    expect(section(el)).to.not.equal(null);
    expect(text(status(el))).to.equal('');
  });

  it('says nothing was removed when the earlier profile goes for another reason', async () => {
    const el = await render(earlierProfile(EARLIER_VALUES, 'browser'));
    el.earlier = null;
    await el.updateComplete;
    expect(section(el)).to.equal(null);
    expect(text(status(el))).to.equal('');
  });

  it('in review mode shows the comparison and still offers to remove the browser history', async () => {
    const el = await render(earlierProfile(EARLIER_VALUES, 'browser'), true);
    expect([...section(el)!.querySelectorAll('dd')].map(text)).to.deep.equal(expectedLines());
    expect(section(el)!.querySelector('wed-confirm-action')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says it all in English when English is shown', async () => {
    const english = TEXTS.en.ui;
    await setLanguage('en');
    try {
      const earlier = earlierProfile(EARLIER_VALUES, 'browser');
      const el = await render(earlier);
      const shown = section(el)!;
      expect(text(shown.querySelector('h2')!)).to.equal(english.analysis.earlierHeading);
      expect(text(shown)).to.contain(format(english.analysis.earlierDate, { date: longDate(earlier.profile.completedAt, 'en') }));
      expect([...shown.querySelectorAll('dd')].map(text)).to.deep.equal(expectedLines(english));
      expect(text(shown)).to.contain(english.analysis.earlierFromBrowser);
      expect(deepText(shown)).to.contain(english.analysis.forgetHistory);
    } finally {
      await setLanguage('nl');
    }
  });

  it('fits in 320 px without horizontal overflow, the confirmation open', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await render(earlierProfile(EARLIER_VALUES, 'browser'));
      await tabTo(forgetButton());
      await sendKeys({ press: 'Enter' });
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
