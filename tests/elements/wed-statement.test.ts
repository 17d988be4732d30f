import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import enUi from '../../content/en/ui-assessment.json';
import nlUi from '../../content/nl/ui-assessment.json';
import { format } from '../../src/content/format.js';
import { loadLaterTexts, setLanguage } from '../../src/content/texts.js';
import '../../src/elements/wed-statement.js';
import type { WedStatement } from '../../src/elements/wed-statement.js';
import { StoreActionEvent } from '../../src/elements/events.js';
import { TEXTS } from '../helpers/texts.js';

/** The texts shown: these tests run in Dutch, the language the package starts in. */
const { content: assessment } = TEXTS.nl;

// The app defines these elements once their texts are there.
before(loadLaterTexts);

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** The text a screen reader reads as the element's description: that of the elements its aria-describedby names. */
const description = (el: Element) => (el.ariaDescribedByElements ?? []).map(text).join(' ');

/** The four options' boxes grouped into rows from top to bottom, each row from left to right. */
function rowsOf(el: WedStatement): string[][] {
  const boxes = [...el.shadowRoot!.querySelectorAll('label')].map((label) => ({
    value: label.querySelector('input')!.value,
    rect: label.getBoundingClientRect(),
  }));
  const rows = new Map<number, typeof boxes>();
  for (const box of boxes) {
    const top = Math.round(box.rect.top);
    rows.set(top, [...(rows.get(top) ?? []), box]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row.sort((a, b) => a.rect.left - b.rect.left).map((box) => box.value));
}

describe('wed-statement', () => {
  const statement = assessment.pillars[0]!.statements[2]!;
  const render = (answer: string | null = null, invalid = false) =>
    fixture<WedStatement>(html`<wed-statement .statement=${statement} .number=${3} .answer=${answer} .invalid=${invalid}></wed-statement>`);

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('is a fieldset whose legend is the statement, with the four scale options as labelled radios', async () => {
    const el = await render();
    const legend = el.shadowRoot!.querySelector('fieldset > legend')!;
    expect(legend.textContent).to.contain(statement.text);
    expect(legend.textContent).to.contain(statement.footnote!);
    const labels = [...el.shadowRoot!.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(assessment.scale.map((o) => o.label));
  });

  it('shows the current answer as checked', async () => {
    const el = await render('helemaal_eens');
    const checked = el.shadowRoot!.querySelector<HTMLInputElement>('input:checked')!;
    expect(checked.value).to.equal('helemaal_eens');
  });

  it('emits the answer', async () => {
    const el = await render();
    setTimeout(() => el.shadowRoot!.querySelector<HTMLInputElement>('input[value=oneens]')!.click());
    const event = await oneEvent<StoreActionEvent>(el, StoreActionEvent.eventName);
    expect(event.action).to.deep.equal({ type: 'answer', statement: 'begrijpen_3', answer: 'oneens' });
  });

  describe('without an answer when the learner went on', () => {
    it('is accessible', async () => {
      await expect(await render(null, true)).to.be.accessible();
    });

    it('shows the error in the group, which is described by it, with “Fout:” for screen readers only', async () => {
      const el = await render(null, true);
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      const message = el.shadowRoot!.querySelector('.error-message')!;
      const expected = `${nlUi.statements.errorPrefix} ${format(nlUi.statements.chooseAnswer, { number: 3 })}`;
      expect(text(message)).to.equal(expected);
      expect(fieldset.getAttribute('aria-describedby')).to.equal(message.id);
      expect(description(fieldset)).to.equal(expected);
      // Between the statement and its options, as in GOV.UK.
      expect(message.previousElementSibling!.localName).to.equal('legend');
      expect(message.nextElementSibling!.classList.contains('options')).to.equal(true);
      const prefix = message.querySelector('.visually-hidden')!;
      expect(text(prefix)).to.equal(nlUi.statements.errorPrefix);
      expect(prefix.getBoundingClientRect().width).to.be.at.most(1);
    });

    it('marks the group in the error colour, with a thick left border and the message in bold', async () => {
      const el = await render(null, true);
      const fieldset = getComputedStyle(el.shadowRoot!.querySelector('fieldset')!);
      const message = getComputedStyle(el.shadowRoot!.querySelector('.error-message')!);
      const legend = getComputedStyle(el.shadowRoot!.querySelector('legend')!);
      expect(message.color).not.to.equal(legend.color);
      expect(fieldset.borderLeftColor).to.equal(message.color);
      expect(parseFloat(fieldset.borderLeftWidth)).to.be.at.least(4);
      expect(Number(message.fontWeight)).to.be.at.least(700);
    });

    it('shows no error once answered, or when not told to', async () => {
      for (const el of [await render('eens', false), await render()]) {
        const fieldset = el.shadowRoot!.querySelector('fieldset')!;
        expect(el.shadowRoot!.querySelector('.error-message')).to.equal(null);
        expect(fieldset.hasAttribute('aria-describedby')).to.equal(false);
        expect(parseFloat(getComputedStyle(fieldset).borderLeftWidth)).to.equal(1);
      }
    });

    it('says it in English', async () => {
      await loadLaterTexts();
      await setLanguage('en');
      try {
        const el = await render(null, true);
        const expected = `${enUi.statements.errorPrefix} ${format(enUi.statements.chooseAnswer, { number: 3 })}`;
        expect(description(el.shadowRoot!.querySelector('fieldset')!)).to.equal(expected);
      } finally {
        await setLanguage('nl');
      }
    });
  });

  it('keeps the scale in order at every width: four in a row, two rows of two or one column, never three and one', async () => {
    const el = await render(null, true);
    // The chosen option is in bold: choosing it must not make the options taller.
    const chosen = document.createElement('wed-statement');
    Object.assign(chosen, { statement, number: 3, answer: assessment.scale[0]!.id });
    el.after(chosen);
    await chosen.updateComplete;
    const optionsHeight = (statement: WedStatement) => statement.shadowRoot!.querySelector('.options')!.getBoundingClientRect().height;
    // From a phone to a full-width page; 650 px is Moodle's frame on a 1280 px screen with the course index open.
    for (const width of [280, 320, 400, 460, 560, 650, 800, 1280]) {
      el.parentElement!.style.width = `${width}px`;
      const rows = rowsOf(el);
      const columns = rows[0]!.length;
      const shape = `${width} px: ${rows.map((row) => row.length).join(' + ')}`;
      expect([1, 2, 4], shape).to.include(columns);
      expect(
        rows.every((row) => row.length === columns),
        shape,
      ).to.equal(true);
      expect(rows.flat(), `${width} px`).to.deep.equal(assessment.scale.map((option) => option.id));
      for (const label of el.shadowRoot!.querySelectorAll('label')) {
        expect(label.scrollWidth, `${width} px: a label wider than its box`).to.be.at.most(label.clientWidth);
      }
      expect(optionsHeight(chosen), `${width} px: options with one chosen`).to.equal(optionsHeight(el));
      if (width === 280) expect(columns, shape).to.equal(1);
      if (width === 1280) expect(columns, shape).to.equal(4);
    }
  });
});
