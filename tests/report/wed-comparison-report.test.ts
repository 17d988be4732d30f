import { expect, fixture, html } from '@open-wc/testing';
import '../../src/report/elements/wed-comparison-report.js';
import type { WedComparisonReport } from '../../src/report/elements/wed-comparison-report.js';
import type { ComparisonData, MomentFigures } from '../../src/report/comparison-types.js';
import { comparisonData, withheldNow } from './support/comparison-data.js';

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => [...row.children].map(text);

describe('wed-comparison-report', () => {
  const render = (data: ComparisonData | null = comparisonData()) =>
    fixture<WedComparisonReport>(html`<wed-comparison-report .data=${data}></wed-comparison-report>`);
  const root = (el: WedComparisonReport) => el.shadowRoot!;
  const section = (el: WedComparisonReport, heading: string) => root(el).querySelector(`section[aria-labelledby="${heading}"]`)!;

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('is accessible with a moment and the paired group withheld', async () => {
    await expect(await render(withheldNow())).to.be.accessible();
  });

  it('renders nothing without data', async () => {
    expect(text(root(await render(null)))).to.equal('');
  });

  it('names both moments and how they were chosen, and takes focus on its heading', async () => {
    const el = await render({ ...comparisonData(), mode: { kind: 'date', date: '2026-11-15' } });
    expect(text(root(el).querySelector('#comparison-heading')!)).to.equal('Vergelijking: Nulmeting en Na de training');
    expect(text(root(el))).to.contain('Pogingen vóór 15 november 2026 tegenover pogingen vanaf 15 november 2026.');
    el.focus();
    expect(root(el).activeElement?.id).to.equal('comparison-heading');
  });

  it('summarises in plain language what changed most and what needs attention now', async () => {
    const el = await render();
    const summary = [...root(el).querySelectorAll('ul.summary li')].map(text);
    expect(summary[0]).to.equal('Pijler Kunnen veranderde het meest: de gemiddelde score steeg van 37,5 naar 52,4.');
    expect(summary[1]).to.equal('Nu vraagt pijler Kunnen het meest aandacht: bij 5 van de 7 deelnemers.');
  });

  it('says how the moments were chosen for every way of comparing', async () => {
    const said = async (mode: ComparisonData['mode']) =>
      text(root(await render({ ...comparisonData(), mode })).querySelector('#comparison-heading + p')!);
    expect(await said({ kind: 'first-latest' })).to.equal(
      'Van iedere deelnemer met twee of meer afgeronde pogingen: de eerste poging tegenover de laatste.',
    );
    expect(await said({ kind: 'sets' })).to.equal('Twee sets downloads, met de namen die de coördinator gaf.');
    expect(
      await said({
        kind: 'ranges',
        ranges: [
          { from: '2026-01-01', to: '2026-03-31' },
          { from: '2026-05-01', to: '2026-06-30' },
        ],
      }),
    ).to.equal('Afgerond van 1 januari 2026 tot en met 31 maart 2026 tegenover afgerond van 1 mei 2026 tot en met 30 juni 2026.');
  });

  it('shows sources and participation per moment, and the row it did not count with how it was recognised', async () => {
    const el = await render();
    const rows = [...section(el, 'moments-heading').querySelectorAll('tbody tr')].map(cells);
    expect(rows[0][0]).to.equal('Bronnen');
    const sources = [...section(el, 'moments-heading').querySelectorAll('tbody tr:first-child td')].map((td) =>
      [...td.querySelectorAll('li')].map(text),
    );
    expect(sources).to.deep.equal([
      ['nulmeting.txt: Interactierapport, 10 rijen', 'cijfers.csv: Cijferexport, 9 rijen'],
      ['vervolg.txt: Interactierapport, 9 rijen', 'cijfers.csv: Cijferexport, 8 rijen'],
    ]);
    expect(rows.find((row) => row[0] === 'Met antwoorden')).to.deep.equal(['Met antwoorden', '8', '7']);
    const notices = [...section(el, 'moments-heading').querySelectorAll('.notice')].map(text);
    expect(notices).to.have.length(1);
    expect(notices[0]).to.match(
      /^Niet meegeteld: 1, omdat ze in het SCORM-rapport ‘Not attempted’ .* niet in de cijferexport staan\..* waarschijnlijk docenten\.$/,
    );
  });

  it('warns that a teacher may count as not started when no gradebook export was chosen', async () => {
    const data = comparisonData();
    const interactionsOnly = (m: MomentFigures) => ({ ...m, sources: m.sources.filter((s) => s.kind === 'interactions') });
    const el = await render({ ...data, then: interactionsOnly(data.then), now: interactionsOnly(data.now), excluded: [] });
    const notices = [...section(el, 'moments-heading').querySelectorAll('.notice')].map(text);
    expect(notices).to.deep.equal([
      'Er is geen cijferexport gekozen. Een docent die in het SCORM-rapport als ‘Not attempted’ staat, telt daarom mee als niet begonnen. Kies ook de cijferexport, of laat die rij weg.',
    ]);
  });

  it('compares each pillar then and now with signed changes in Dutch format', async () => {
    const el = await render();
    const groups = [...section(el, 'compare-pillars-heading').querySelectorAll('tbody')];
    expect(groups).to.have.length(3);
    const kunnen = [...groups[2].querySelectorAll('tr')].map(cells);
    expect(kunnen[0]).to.deep.equal(['Kunnen', 'Gemiddelde score', '37,5', '52,4', '+14,9']);
    expect(kunnen[1]).to.deep.equal(['Mediaan', '33,3', '50', '+16,7']);
    expect(kunnen[2]).to.deep.equal(['Vraagt aandacht', 'bij 7 van de 8 (88%)', 'bij 5 van de 7 (71%)', '−16 procentpunt']);
    const willen = [...groups[1].querySelectorAll('tr')].map(cells);
    expect(willen[0].at(-1)).to.equal('geen verandering');
    expect(willen[1].at(-1)).to.equal('+4,2');
  });

  it('shows both distributions per pillar as a chart with a text alternative, told apart without colour', async () => {
    const el = await render();
    const charts = [...section(el, 'compare-pillars-heading').querySelectorAll('svg[role="img"]')];
    expect(charts).to.have.length(3);
    expect(text(charts[2].querySelector('title')!)).to.equal(
      'Verdeling van de scores bij pijler Kunnen. Nulmeting: 0–24: 2, 25–49: 4, 50–74: 1, 75–100: 1. ' +
        'Na de training: 0–24: 1, 25–49: 2, 50–74: 3, 75–100: 1.',
    );
    // Then outlined, now filled; the legend names both.
    expect(charts[2].querySelectorAll('rect.then')).to.have.length(4);
    expect(charts[2].querySelectorAll('rect.now')).to.have.length(4);
    expect(text(section(el, 'compare-pillars-heading').querySelector('.legend')!)).to.equal('Nulmeting Na de training');
  });

  it('shows per statement the shares then → now, each named for screen readers, and the change in disagreement', async () => {
    const el = await render();
    const rows = [...section(el, 'compare-statements-heading').querySelectorAll('tbody tr')];
    expect(rows).to.have.length(12);
    const shares = [...rows[0].querySelectorAll('td')].map(text);
    expect(shares).to.deep.equal([
      'Nulmeting: 13 → , Na de training: 0',
      'Nulmeting: 38 → , Na de training: 29',
      'Nulmeting: 38 → , Na de training: 57',
      'Nulmeting: 13 → , Na de training: 14',
      '−21',
    ]);
    const visible = [...rows[0].querySelectorAll('td')].map((td) =>
      [...td.childNodes]
        .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.classList.contains('visually-hidden')))
        .map((n) => n.textContent)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    );
    expect(visible.slice(0, 4)).to.deep.equal(['13 → 0', '38 → 29', '38 → 57', '13 → 14']);
  });

  it('counts per pillar who improved, stayed and declined among the learners at both moments', async () => {
    const el = await render();
    const paired = section(el, 'paired-heading');
    expect(text(paired)).to.contain('6 deelnemers staan in beide momenten.');
    expect([...paired.querySelectorAll('tbody tr')].map(cells)).to.deep.equal([
      ['Begrijpen', '2', '3', '1'],
      ['Willen', '1', '4', '1'],
      ['Kunnen', '4', '1', '1'],
    ]);
  });

  it('withholds a moment and the paired group below the minimum group size, saying why', async () => {
    const el = await render(withheldNow());
    const all = text(root(el));
    expect(all).to.contain('De cijfers van Na de training worden niet getoond: minder dan 5 deelnemers (3).');
    expect(all).to.contain('De verandering per deelnemer wordt niet getoond: minder dan 5 deelnemers staan in beide momenten (3).');
    const kunnen = [...section(el, 'compare-pillars-heading').querySelectorAll('tbody')[2].querySelectorAll('tr')].map(cells);
    expect(kunnen[0]).to.deep.equal(['Kunnen', 'Gemiddelde score', '37,5', 'niet getoond', 'niet getoond']);
    expect(section(el, 'compare-pillars-heading').querySelector('svg[role="img"]')).to.equal(null);
    expect(section(el, 'compare-statements-heading').querySelector('table')).to.equal(null);
    expect(section(el, 'paired-heading').querySelector('table')).to.equal(null);
    expect(all).to.contain('Weggelaten zoals gevraagd: 2.');
  });

  it('says when no answers are left for a moment', async () => {
    const data = withheldNow();
    const el = await render({ ...data, now: { ...data.now, withheld: 'no-answers' }, paired: { ...data.paired, withheld: 'no-answers' } });
    expect(text(root(el))).to.contain('De cijfers van Na de training worden niet getoond: er zijn geen antwoorden.');
    expect(text(root(el))).to.contain('geen deelnemer staat in beide momenten met antwoorden');
  });
});
