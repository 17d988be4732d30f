import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { format } from '../../src/content/format.js';
import type { PillarId, StatementId } from '../../src/content/types.js';
import { loadLaterTexts, setLanguage } from '../../src/content/texts.js';
import '../../src/elements/wed-pillar-profile.js';
import type { WedPillarProfile } from '../../src/elements/wed-pillar-profile.js';
import type { CompletedProfile } from '../../src/model/history.js';
import { answerFromValue, needsAttention, pillarScore, type Answers } from '../../src/model/scoring.js';
import { earlierProfile, longDate } from '../helpers/earlier-profiles.js';
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

/** Then: begrijpen 1 1 1 2 (8, attention), willen 4 4 4 4 (100), kunnen 3 3 3 3 (67); now: `mixed`. */
const earlier = earlierProfile([1, 1, 1, 2, 4, 4, 4, 4, 3, 3, 3, 3], 'browser').profile;

describe('wed-pillar-profile with an earlier profile', () => {
  const render = (then: CompletedProfile | null = earlier) =>
    fixture<WedPillarProfile>(html`<wed-pillar-profile .answers=${mixed} .earlier=${then}></wed-pillar-profile>`);
  const rows = (el: WedPillarProfile) => [...el.shadowRoot!.querySelectorAll('li')];
  const tagText = (attention: boolean, texts = ui) => (attention ? texts.analysis.needsAttention : texts.analysis.noAttention);

  /** What a screen reader reads per pillar: name, now and then, each with its score and tag. */
  function expectedReading(texts = ui, content = assessment) {
    const then = answersFromProfile();
    return content.pillars.map(({ id, name }) => {
      const now = `${texts.analysis.profileNow}: ${format(texts.analysis.score, { score: pillarScore(mixed, id)! })}, ${tagText(needsAttention(mixed, id), texts)}`;
      const was = `${texts.analysis.profileThen}: ${format(texts.analysis.score, { score: earlier.scores[id] })}, ${tagText(needsAttention(then, id), texts)}`;
      return `${name}, ${now}; ${was}`;
    });
  }

  function answersFromProfile(): Answers {
    const answers: Answers = {};
    for (const [id, value] of Object.entries(earlier.answers)) answers[id as StatementId] = answerFromValue(value);
    return answers;
  }

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('names the earlier date once, in the shown language', async () => {
    const el = await render();
    expect(text(el.shadowRoot!)).to.contain(format(ui.analysis.profileComparedWith, { date: longDate(earlier.completedAt) }));
  });

  it('reads per pillar now and then, each with its score and attention tag', async () => {
    const el = await render();
    expect(rows(el).map((li) => text(li))).to.deep.equal(expectedReading());
    expect(rows(el).map((li) => li.dataset['compared'])).to.deep.equal(['begrijpen', 'willen', 'kunnen']);
  });

  it('draws the then bar as wide as the earlier score, thinner than the now bar and hatched, without style attributes', async () => {
    const el = await render();
    rows(el).forEach((li, index) => {
      const pillar = assessment.pillars[index]!.id;
      const [nowBar, thenBar] = [...li.querySelectorAll('svg')];
      expect(nowBar!.querySelector('rect.fill')!.getAttribute('width')).to.equal(String(pillarScore(mixed, pillar)));
      const thenFill = thenBar!.querySelector('rect.then-fill')!;
      expect(thenFill.getAttribute('width')).to.equal(`${earlier.scores[pillar]}%`);
      const pattern = thenFill.getAttribute('fill')!.match(/^url\(#(.+)\)$/)![1]!;
      expect(el.shadowRoot!.getElementById(pattern)?.localName).to.equal('pattern');
      expect(thenBar!.getBoundingClientRect().height).to.be.lessThan(nowBar!.getBoundingClientRect().height);
      for (const svg of [nowBar!, thenBar!]) expect(svg.getAttribute('aria-hidden')).to.equal('true');
    });
    const thenBar = rows(el)[1]!.querySelectorAll('svg')[1]!;
    const fill = thenBar.querySelector('rect.then-fill')!.getBoundingClientRect().width;
    expect(fill / thenBar.getBoundingClientRect().width).to.be.closeTo(earlier.scores.willen / 100, 0.02);
    expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
  });

  it('shows this attempt’s profile alone without an earlier one', async () => {
    const el = await render(null);
    expect(el.shadowRoot!.querySelectorAll('li[data-compared], .then, .now')).to.have.length(0);
    expect(el.shadowRoot!.querySelectorAll('svg')).to.have.length(3);
    expect(text(el.shadowRoot!)).not.to.contain(ui.analysis.profileThen);
  });

  it('reads it in English when English is shown', async () => {
    await setLanguage('en');
    try {
      const el = await render();
      expect(rows(el).map((li) => text(li))).to.deep.equal(expectedReading(TEXTS.en.ui, TEXTS.en.content));
      expect(text(el.shadowRoot!)).to.contain(
        format(TEXTS.en.ui.analysis.profileComparedWith, { date: longDate(earlier.completedAt, 'en') }),
      );
    } finally {
      await setLanguage('nl');
    }
  });

  it('fits in 320 px without horizontal overflow', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await render();
      expect(el.scrollWidth).to.be.at.most(el.clientWidth);
      for (const li of rows(el)) expect(li.getBoundingClientRect().right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
