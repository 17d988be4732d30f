import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import type { PillarId, StatementId } from '../../src/content/types.js';
import { loadLaterTexts } from '../../src/content/texts.js';
import '../../src/elements/wed-pillar-profile.js';
import type { WedPillarProfile } from '../../src/elements/wed-pillar-profile.js';
import { answerFromValue, type Answers } from '../../src/model/scoring.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { content: assessment, ui } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

type Values = [number, number, number, number];

function answersFrom(values: Partial<Record<PillarId, Values>>): Answers {
  const answers: Answers = {};
  for (const [pillar, list] of Object.entries(values)) {
    list.forEach((value, index) => {
      answers[`${pillar}_${index + 1}` as StatementId] = answerFromValue(value) ?? undefined;
    });
  }
  return answers;
}

// Contract: round((sum − 4) / 12 × 100). 1+2+3+4 = 10 → 50; 4×4 = 16 → 100; 1+1+1+2 = 5 → 8.33 → 8.
const mixed = answersFrom({ begrijpen: [1, 2, 3, 4], willen: [4, 4, 4, 4], kunnen: [1, 1, 1, 2] });

function item(el: WedPillarProfile, index: number): HTMLLIElement {
  return el.shadowRoot!.querySelectorAll('li')[index];
}

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('wed-pillar-profile', () => {
  const render = (answers: Answers = mixed) =>
    fixture<WedPillarProfile>(html`<wed-pillar-profile .answers=${answers}></wed-pillar-profile>`);

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('has a heading and a description', async () => {
    const el = await render();
    expect(text(el.shadowRoot!.querySelector('h2')!)).to.equal(ui.analysis.profileHeading);
    expect(text(el.shadowRoot!)).to.contain(ui.analysis.profileDescription);
  });

  it('shows each pillar with its contract score and attention tag as text', async () => {
    const el = await render();
    expect(el.shadowRoot!.querySelectorAll('li')).to.have.length(3);
    const expected = [
      [assessment.pillars[0].name, 50, ui.analysis.needsAttention],
      [assessment.pillars[1].name, 100, ui.analysis.noAttention],
      [assessment.pillars[2].name, 8, ui.analysis.needsAttention],
    ] as const;
    expected.forEach(([name, score, tag], index) => {
      const li = item(el, index);
      expect(text(li.querySelector('.name')!)).to.equal(name);
      expect(text(li.querySelector('.score')!)).to.equal(format(ui.analysis.score, { score }));
      expect(text(li.querySelector('.tag')!)).to.equal(tag);
    });
    expect(assessment.pillars.map((pillar) => pillar.id)).to.deep.equal(['begrijpen', 'willen', 'kunnen']);
  });

  it('draws decorative bars as wide as the score, without inline style attributes', async () => {
    const el = await render();
    const widths = [...el.shadowRoot!.querySelectorAll('rect.fill')].map((rect) => rect.getAttribute('width'));
    expect(widths).to.deep.equal(['50', '100', '8']);
    for (const bar of el.shadowRoot!.querySelectorAll('svg')) {
      expect(bar.getAttribute('aria-hidden')).to.equal('true');
    }
    const svg = item(el, 0).querySelector('svg')!;
    const fill = svg.querySelector('rect.fill')!.getBoundingClientRect().width;
    expect(fill / svg.getBoundingClientRect().width).to.be.closeTo(0.5, 0.02);
    // The package runs under style-src 'self': no style attributes.
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('says when a pillar is not fully answered yet', async () => {
    const el = await render(answersFrom({ begrijpen: [4, 4, 4, 4] }));
    expect(text(item(el, 0).querySelector('.score')!)).to.equal(format(ui.analysis.score, { score: 100 }));
    expect(text(item(el, 1).querySelector('.score')!)).to.equal(ui.analysis.scoreIncomplete);
    expect(item(el, 1).querySelector('.tag')).to.equal(null);
    expect(item(el, 1).querySelector('rect.fill')!.getAttribute('width')).to.equal('0');
  });

  it('can use a level-3 heading inside another section', async () => {
    const el = await fixture<WedPillarProfile>(html`<wed-pillar-profile heading-level="3" .answers=${mixed}></wed-pillar-profile>`);
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(text(el.shadowRoot!.querySelector('h3')!)).to.equal(ui.analysis.profileHeading);
  });

  it('fits in 320 px without horizontal overflow', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await render();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      expect(el.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
