import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import { loadLaterTexts } from '../../src/content/texts.js';
import { formatIsoDate } from '../../src/elements/long-date.js';
import '../../src/elements/wed-print-report.js';
import type { WedPrintReport } from '../../src/elements/wed-print-report.js';
import type { EarlierProfile } from '../../src/model/history.js';
import { pillarScore } from '../../src/model/scoring.js';
import type { AssessmentState, Plan } from '../../src/model/state.js';
import { deepQueryAll, deepText } from '../helpers/dom.js';
import { completedState } from '../helpers/states.js';
import { earlierProfile, longDate } from '../helpers/earlier-profiles.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { content: assessment, ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

declare global {
  interface Window {
    pwned?: boolean;
  }
}

const hostile = '<script>window.pwned = true</script><img src="x" onerror="window.pwned = true">';

const plan: Plan = {
  improvement: 'Eerste regel\nTweede regel met één “aanhalingsteken” en 👍',
  actions: [
    { id: 'a1', text: hostile, date: '2026-03-15' },
    { id: 'a2', text: 'Zonder datum', date: '' },
  ],
  needs: '',
  timeline: 'Vóór de zomer',
  planDate: '2026-06-01',
};

/** willen has disagreements; begrijpen and kunnen are answered with agreement, kunnen_4 is open. */
function mixedState(changes: Partial<AssessmentState> = {}): AssessmentState {
  const state = completedState('helemaal_eens', { plan, ...changes });
  const answers: AssessmentState['answers'] = {
    ...state.answers,
    willen_1: 'oneens',
    willen_3: 'helemaal_oneens',
    begrijpen_2: 'eens',
  };
  delete answers.kunnen_4;
  return { ...state, answers };
}

const render = (state: AssessmentState) => fixture<WedPrintReport>(html`<wed-print-report .state=${state}></wed-print-report>`);

const label = (id: string) => assessment.scale.find((option) => option.id === id)!.label;

describe('wed-print-report', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('is accessible', async () => {
    const el = await render(mixedState());
    await expect(el).to.be.accessible();
  });

  it('has the title and the Dutch print date', async () => {
    const el = await render(mixedState());
    const text = deepText(el);
    expect(text).to.contain(ui.print.title);
    const today = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    expect(text).to.contain(format(ui.print.printedOn, { date: today }));
  });

  it('lists every statement with the answer label, or not answered', async () => {
    const state = mixedState();
    const el = await render(state);
    const rows = [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => [
      dt.textContent!.trim(),
      dt.nextElementSibling!.textContent!.trim(),
    ]);
    const expected = assessment.pillars.flatMap((pillar) =>
      pillar.statements.map((statement) => {
        const answer = state.answers[statement.id];
        return [statement.text, answer ? label(answer) : ui.print.notAnswered];
      }),
    );
    expect(rows).to.deep.equal(expected);
    for (const pillar of assessment.pillars) expect(deepText(el)).to.contain(pillar.statementsHeading);
  });

  it('shows the profile and the advice of the pillars needing attention only', async () => {
    const el = await render(mixedState());
    expect(el.shadowRoot!.querySelector('wed-pillar-profile')).to.exist;
    const text = deepText(el);
    const [begrijpen, willen, kunnen] = assessment.pillars;
    expect(text).to.contain(willen!.recommendationsHeading);
    expect(text).to.contain(willen!.tipsHeading);
    expect(text).to.contain(willen!.statements[0]!.text);
    expect(text).not.to.contain(begrijpen!.recommendationsHeading);
    expect(text).not.to.contain(kunnen!.tipsHeading);
    expect(text).not.to.contain(format(ui.print.chosenPillar, { pillar: '' }).trim());
  });

  it('shows the chosen pillar with its advice', async () => {
    const el = await render(completedState('eens', { chosenPillar: 'kunnen' }));
    const text = deepText(el);
    const kunnen = assessment.pillars[2]!;
    expect(text).to.contain(format(ui.print.chosenPillar, { pillar: '' }).trim());
    expect(text).to.contain(kunnen.question);
    expect(text).to.contain(kunnen.recommendationsHeading);
    expect(text).not.to.contain(assessment.pillars[0]!.recommendationsHeading);
  });

  it('prints link URLs after the links', async () => {
    const el = await render(mixedState());
    expect(deepQueryAll<HTMLAnchorElement>(el, 'a[href]').length).to.be.greaterThan(0);
    const printRules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText === 'print')
      .flatMap((rule) => [...rule.cssRules].map((inner) => inner.cssText));
    expect(printRules.some((rule) => rule.includes('a[href]::after') && rule.includes('attr(href)'))).to.equal(true);
  });

  it('prints the plan texts literally, with their line breaks', async () => {
    window.pwned = false;
    const el = await render(mixedState());
    const root = el.shadowRoot!;
    const texts = [...root.querySelectorAll('.learner')];
    const improvement = texts.find((p) => p.textContent === plan.improvement)!;
    expect(improvement, 'improvement text').to.exist;
    expect(getComputedStyle(improvement).whiteSpace).to.equal('pre-wrap');
    expect(texts.some((p) => p.textContent === hostile)).to.equal(true);
    expect(root.querySelector('script, img')).to.equal(null);
    // Time for an injected script or event handler to run, which must not.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(window.pwned).to.equal(false);
    const text = deepText(el);
    expect(text).to.contain('Vóór de zomer');
    expect(text).to.contain('Zonder datum');
    expect(text).to.contain(format(ui.print.actionDate, { date: formatIsoDate('2026-03-15') }));
    expect(text).to.contain(format(ui.print.planDate, { date: formatIsoDate('2026-06-01') }));
    for (const question of assessment.plan.questions) expect(text).to.contain(question.question);
  });

  it('writes Dutch dates', () => {
    expect(formatIsoDate('2026-03-15')).to.equal('15 maart 2026');
  });

  it('marks empty plan fields', async () => {
    const el = await render(completedState('eens'));
    const empties = [...el.shadowRoot!.querySelectorAll('.learner')].filter((p) => p.textContent === ui.print.empty);
    // improvement, actions, needs, timeline
    expect(empties).to.have.length(4);
    expect(deepText(el)).to.contain(format(ui.print.planDate, { date: ui.print.empty }));
  });

  describe('with an earlier profile', () => {
    const earlier = earlierProfile([1, 2, 3, 4, 2, 2, 2, 2, 4, 4, 4, 4], 'browser');
    const renderWith = (state: AssessmentState, then: EarlierProfile | null) =>
      fixture<WedPrintReport>(html`<wed-print-report .state=${state} .earlier=${then}></wed-print-report>`);

    it('is accessible', async () => {
      await expect(await renderWith(mixedState(), earlier)).to.be.accessible();
    });

    it('prints the earlier date and, per pillar, the scores and attention then and now', async () => {
      const state = mixedState();
      const el = await renderWith(state, earlier);
      const profile = el.shadowRoot!.querySelector('wed-pillar-profile')!;
      expect(profile.earlier).to.equal(earlier.profile);
      const text = deepText(el);
      expect(text).to.contain(format(ui.analysis.profileComparedWith, { date: longDate(earlier.profile.completedAt) }));
      const rows = [...profile.shadowRoot!.querySelectorAll('li[data-compared]')];
      expect(rows).to.have.length(3);
      rows.forEach((row, index) => {
        const { id } = assessment.pillars[index]!;
        const now = pillarScore(state.answers, id);
        const scores = [...row.querySelectorAll('.score')].map((score) => score.textContent!.trim());
        expect(scores).to.deep.equal([
          now === null ? ui.analysis.scoreIncomplete : format(ui.analysis.score, { score: now }),
          format(ui.analysis.score, { score: earlier.profile.scores[id] }),
        ]);
        expect(row.querySelectorAll('.then .tag')).to.have.length(1);
      });
    });

    it('prints no comparison without one', async () => {
      const el = await renderWith(mixedState(), null);
      expect(el.shadowRoot!.querySelector('wed-pillar-profile')!.shadowRoot!.querySelector('li[data-compared]')).to.equal(null);
      expect(deepText(el)).not.to.contain(format(ui.analysis.profileComparedWith, { date: '' }).slice(0, 20));
    });
  });

  it('does not overflow horizontally at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await render(mixedState());
    for (const node of deepQueryAll<HTMLElement>(el, '*')) {
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(321);
    }
  });
});
