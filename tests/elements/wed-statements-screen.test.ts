import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import enUi from '../../content/en/ui-assessment.json';
import nlUi from '../../content/nl/ui-assessment.json';
import nlBaseUi from '../../content/nl/ui.json';
import { format } from '../../src/content/format.js';
import { loadLaterTexts, setLanguage } from '../../src/content/texts.js';
import type { StatementId } from '../../src/content/types.js';
import '../../src/elements/wed-statements-screen.js';
import type { WedStatementsScreen } from '../../src/elements/wed-statements-screen.js';
import type { AssessmentState } from '../../src/model/state.js';
import { initialState } from '../../src/model/transitions.js';
import { STATEMENT_IDS } from '../../src/model/scoring.js';
import { AssessmentStore } from '../../src/store/assessment-store.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import { byText, deepActiveElement, deepQueryAll, deepText, tabTo } from '../helpers/dom.js';
import { completedState } from '../helpers/states.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { content: assessment, ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

/** Renders the screen driven by a real store, as the app does. */
async function renderWithStore(state: AssessmentState) {
  const store = new AssessmentStore(state);
  const el = await fixture<WedStatementsScreen>(html`<wed-statements-screen .state=${store.state}></wed-statements-screen>`);
  el.addEventListener(StoreActionEvent.eventName, (e) => {
    store.dispatch(e.action);
    el.state = store.state;
  });
  return { el, store };
}

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Clicks the middle of an element with the mouse, as a learner would. */
async function clickWithMouse(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = el.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

/** Focus shows: an outline of at least 2 px. */
function expectOutline(el: Element): void {
  const style = getComputedStyle(el);
  expect(style.outlineStyle, `outline of <${el.localName}>`).not.to.equal('none');
  expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
}

const onStatements = (): AssessmentState => ({ ...initialState(), screen: 'statements', reached: 'statements', videoWatched: true });

describe('wed-statements-screen', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible', async () => {
    const { el } = await renderWithStore(onStatements());
    await expect(el).to.be.accessible();
  });

  it('groups the twelve statements in three fieldsets of four radio groups', async () => {
    const { el } = await renderWithStore(onStatements());
    const pillars = el.shadowRoot!.querySelectorAll('fieldset.pillar');
    expect(pillars).to.have.length(3);
    pillars.forEach((pillar, i) => {
      expect(pillar.querySelector('legend')!.textContent).to.contain(assessment.pillars[i]!.statementsHeading);
      expect(pillar.querySelectorAll('wed-statement')).to.have.length(4);
    });
    const radios = deepQueryAll<HTMLInputElement>(el, 'input[type=radio]');
    expect(radios).to.have.length(48);
    expect(new Set(radios.map((r) => r.name)).size).to.equal(12);
  });

  it('shows the footnote of statement 3 and the professional quote', async () => {
    const { el } = await renderWithStore(onStatements());
    const text = deepText(el);
    expect(text).to.contain(assessment.pillars[0]!.statements[2]!.footnote!);
    expect(text).to.contain(assessment.statements.quote.text);
  });

  it('records an answer and counts it', async () => {
    const { el, store } = await renderWithStore(onStatements());
    const radio = deepQueryAll<HTMLInputElement>(el, 'input[name=willen_2][value=oneens]')[0]!;
    radio.click();
    await el.updateComplete;
    expect(store.state.answers.willen_2).to.equal('oneens');
    expect(el.shadowRoot!.querySelector('.counter')!.textContent).to.contain(format(ui.statements.counter, { answered: 1, total: 12 }));
  });

  it('answers by keyboard: arrow keys move within a group', async () => {
    const { el, store } = await renderWithStore(onStatements());
    deepQueryAll<HTMLInputElement>(el, 'input[name=begrijpen_1]')[0]!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(store.state.answers.begrijpen_1).to.equal('eens');
  });

  describe('going on with open statements', () => {
    /** begrijpen_2, willen_3 and kunnen_1 (statements 2, 7 and 9) are open. */
    const OPEN: readonly StatementId[] = ['begrijpen_2', 'willen_3', 'kunnen_1'];
    const withOpen = (): AssessmentState => {
      const state = completedState('eens', { screen: 'statements', reached: 'statements', analysisSeen: false });
      const answers = Object.fromEntries(Object.entries(state.answers).filter(([id]) => !OPEN.includes(id as StatementId)));
      return { ...state, answers };
    };
    const numberOf = (id: StatementId) => STATEMENT_IDS.indexOf(id) + 1;
    const summaryOf = (el: WedStatementsScreen) => el.shadowRoot!.querySelector('wed-error-summary');
    const linksOf = (el: WedStatementsScreen) => [...summaryOf(el)!.shadowRoot!.querySelectorAll('a')];
    const statementOf = (el: WedStatementsScreen, id: StatementId) =>
      [...el.shadowRoot!.querySelectorAll('wed-statement')].find((statement) => statement.statement.id === id)!;
    const messageOf = (el: WedStatementsScreen, id: StatementId) => statementOf(el, id).shadowRoot!.querySelector('.error-message');
    const summaryFocused = (el: WedStatementsScreen) => {
      const active = deepActiveElement();
      return !!active && active.classList.contains('summary') && summaryOf(el)?.shadowRoot === active.getRootNode();
    };
    const next = (el: WedStatementsScreen) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!;
    const settled = async (el: WedStatementsScreen) => {
      await el.updateComplete;
      const children = el.shadowRoot!.querySelectorAll<LitElement>('wed-statement, wed-error-summary');
      await Promise.all([...children].map((child) => child.updateComplete));
    };

    let title = '';
    beforeEach(() => {
      title = document.title;
      document.title = 'Zelfassessment';
    });
    afterEach(() => {
      document.title = title;
    });

    it('stays, and shows a focused error summary with a link per open statement and a message at each', async () => {
      const { el, store } = await renderWithStore(withOpen());
      next(el).click();
      await waitUntil(() => summaryFocused(el), 'focus on the error summary');
      expect(store.state.screen).to.equal('statements');
      const summary = summaryOf(el)!;
      expect(text(summary.shadowRoot!.querySelector('h2')!)).to.equal(nlUi.statements.errorSummaryHeading);
      expect(linksOf(el).map(text)).to.deep.equal(OPEN.map((id) => format(nlUi.statements.chooseAnswer, { number: numberOf(id) })));
      // Above the step's heading, as GOV.UK places it.
      const heading = el.shadowRoot!.querySelector('h1')!;
      expect(summary.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      for (const id of STATEMENT_IDS) {
        const message = messageOf(el, id);
        if (OPEN.includes(id)) {
          const expected = `${nlUi.statements.errorPrefix} ${format(nlUi.statements.chooseAnswer, { number: numberOf(id) })}`;
          expect(text(message!)).to.equal(expected);
        } else {
          expect(message, id).to.equal(null);
        }
      }
      expect(document.title).to.equal(`${nlUi.statements.errorPrefix} Zelfassessment`);
    });

    it('is accessible with the summary and the messages shown', async () => {
      const { el } = await renderWithStore(withOpen());
      next(el).click();
      await waitUntil(() => summaryFocused(el), 'focus on the error summary');
      await expect(el).to.be.accessible();
    });

    it('by keyboard: Volgende, the summary, its second link, and answering there', async () => {
      const { el, store } = await renderWithStore(withOpen());
      await tabTo(byText(nlBaseUi.app.next));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => summaryFocused(el), 'focus on the error summary');

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(text(deepActiveElement()!)).to.equal(format(nlUi.statements.chooseAnswer, { number: numberOf('willen_3') }));
      await sendKeys({ press: 'Enter' });
      const radio = deepActiveElement() as HTMLInputElement;
      expect(radio.name).to.equal('willen_3');
      expect(radio.value).to.equal(assessment.scale[0]!.id);

      await sendKeys({ press: 'Space' });
      await settled(el);
      expect(store.state.answers.willen_3).to.equal(assessment.scale[0]!.id);
      expect(messageOf(el, 'willen_3')).to.equal(null);
      expect(statementOf(el, 'willen_3').shadowRoot!.querySelector('fieldset')!.hasAttribute('aria-describedby')).to.equal(false);
      expect(linksOf(el).map(text)).to.deep.equal(
        OPEN.filter((id) => id !== 'willen_3').map((id) => format(nlUi.statements.chooseAnswer, { number: numberOf(id) })),
      );
      expect(messageOf(el, 'kunnen_1')).not.to.equal(null);
      expect(deepActiveElement()).to.equal(radio);
    });

    it('takes the summary away, and “Fout:” from the title, once all are answered', async () => {
      const { el, store } = await renderWithStore(withOpen());
      next(el).click();
      await waitUntil(() => summaryFocused(el), 'focus on the error summary');
      for (const id of OPEN) {
        deepQueryAll<HTMLInputElement>(el, `input[name=${id}][value=eens]`)[0]!.click();
        await settled(el);
      }
      expect(Object.keys(store.state.answers)).to.have.length(12);
      expect(summaryOf(el)).to.equal(null);
      expect(deepQueryAll(el, '.error-message')).to.deep.equal([]);
      expect(document.title).to.equal('Zelfassessment');
    });

    it('shows a visible focus outline on the summary and on the radio a link leads to, after mouse clicks', async () => {
      const { el } = await renderWithStore(withOpen());
      await clickWithMouse(next(el));
      await waitUntil(() => summaryFocused(el), 'focus on the error summary');
      expectOutline(deepActiveElement()!);

      await clickWithMouse(linksOf(el)[2]!);
      const radio = deepActiveElement() as HTMLInputElement;
      expect(radio.name).to.equal('kunnen_1');
      expectOutline(radio);
      // The statement is in view above its options.
      const legend = statementOf(el, 'kunnen_1').shadowRoot!.querySelector('legend')!.getBoundingClientRect();
      expect(legend.top).to.be.at.least(0);
      expect(legend.bottom).to.be.at.most(window.innerHeight);
    });

    it('read-only (browse) with open statements offers no way on that would only be refused', async () => {
      const el = await fixture<WedStatementsScreen>(
        html`<wed-statements-screen .state=${onStatements()} .readOnly=${true}></wed-statements-screen>`,
      );
      expect(el.shadowRoot!.querySelector('button.primary')).to.equal(null);
      expect(el.shadowRoot!.querySelector('wed-error-summary')).to.equal(null);
      const done = completedState('eens', { screen: 'statements' });
      const reviewed = await fixture<WedStatementsScreen>(
        html`<wed-statements-screen .state=${done} .readOnly=${true}></wed-statements-screen>`,
      );
      expect(reviewed.shadowRoot!.querySelector('button.primary')).not.to.equal(null);
    });

    it('fits 320 px without horizontal scrolling', async () => {
      await setViewport({ width: 320, height: 800 });
      const { el } = await renderWithStore(withOpen());
      next(el).click();
      await waitUntil(() => summaryFocused(el), 'focus on the error summary');
      expect(el.scrollWidth).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('says it in English', async () => {
      await loadLaterTexts();
      await setLanguage('en');
      try {
        const { el } = await renderWithStore(withOpen());
        next(el).click();
        await waitUntil(() => summaryFocused(el), 'focus on the error summary');
        expect(text(summaryOf(el)!.shadowRoot!.querySelector('h2')!)).to.equal(enUi.statements.errorSummaryHeading);
        expect(linksOf(el).map(text)).to.deep.equal(OPEN.map((id) => format(enUi.statements.chooseAnswer, { number: numberOf(id) })));
        expect(text(messageOf(el, 'kunnen_1')!)).to.equal(
          `${enUi.statements.errorPrefix} ${format(enUi.statements.chooseAnswer, { number: numberOf('kunnen_1') })}`,
        );
        expect(document.title).to.equal(`${enUi.statements.errorPrefix} Zelfassessment`);
      } finally {
        await setLanguage('nl');
      }
    });
  });

  it('shows a visible focus outline on its heading when focus is moved there after a mouse click', async () => {
    const { el } = await renderWithStore(onStatements());
    await clickWithMouse(el.shadowRoot!.querySelector('button')!);
    await el.focusHeading();
    const heading = deepActiveElement()!;
    expect(heading.localName).to.equal('h1');
    expectOutline(heading);
  });

  it('goes on to the analysis when all are answered', async () => {
    const state = completedState('eens', { screen: 'statements', reached: 'statements', analysisSeen: false });
    const { el, store } = await renderWithStore(state);
    el.shadowRoot!.querySelector<HTMLButtonElement>('button.primary')!.click();
    expect(store.state.screen).to.equal('analysis');
  });

  it('fits 320 px without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    const { el } = await renderWithStore(onStatements());
    expect(el.scrollWidth).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
