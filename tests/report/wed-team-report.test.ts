import { expect, fixture, html } from '@open-wc/testing';
import '../../src/report/elements/wed-team-report.js';
import type { WedTeamReport } from '../../src/report/elements/wed-team-report.js';
import type { ReportData } from '../../src/report/types.js';
import { teamReport } from './team-data.js';

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();

describe('wed-team-report', () => {
  const render = (data: ReportData | null = teamReport()) =>
    fixture<WedTeamReport>(html`<wed-team-report .data=${data}></wed-team-report>`);

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('is accessible with the per-statement figures withheld', async () => {
    await expect(await render(teamReport(20))).to.be.accessible();
  });

  it('renders nothing without data', async () => {
    const el = await render(null);
    expect(text(el.shadowRoot!)).to.equal('');
  });

  it('summarises in plain language, most attention first', async () => {
    const el = await render();
    const summary = [...el.shadowRoot!.querySelector('ul')!.querySelectorAll('li')].map(text);
    // kunnen: 7 of 8 have a 1 or 2; begrijpen 4; willen 3 (the last learner agrees everywhere).
    expect(summary[0]).to.equal('Voor 7 van de 8 deelnemers vraagt pijler Kunnen aandacht.');
    expect(summary[1]).to.equal('Voor 4 van de 8 deelnemers vraagt pijler Begrijpen aandacht.');
    expect(summary[2]).to.equal('Voor 3 van de 8 deelnemers vraagt pijler Willen aandacht.');
    expect(summary.at(-1)).to.contain('Pijler Kunnen vraagt het meest aandacht');
  });

  it('shows participation, and the attempt it did not count', async () => {
    const el = await render();
    const dl = el.shadowRoot!.querySelector('section[aria-labelledby="participation-heading"] dl')!;
    expect([...dl.querySelectorAll('dd')].map(text)).to.deep.equal(['10', '8', '1', '1']);
    expect(text(el.shadowRoot!)).to.contain('1 niet afgeronde poging(en)');
  });

  it('gives every chart a text alternative and the counts as a table', async () => {
    const el = await render();
    const charts = [...el.shadowRoot!.querySelectorAll('svg[role="img"]')];
    expect(charts).to.have.length(3 + 12);
    for (const chart of charts) {
      const name = chart.getAttribute('aria-label') ?? chart.querySelector('title')?.textContent;
      expect(name, chart.outerHTML.slice(0, 80)).to.match(/\d/);
    }
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')];
    expect(rows).to.have.length(12);
    // Most disagreement first: kunnen_1 (1,2,1,2,1,2,2 of 8 → 7 disagree).
    expect(text(rows[0].querySelector('th')!)).to.contain('Ik ben voldoende geschoold');
    expect([...rows[0].querySelectorAll('td')].map(text)).to.deep.equal(['2', '4', '1', '1', '75%']);
  });

  it('withholds the per-statement figures below the minimum group size, and says why', async () => {
    const el = await render(teamReport(9));
    expect(el.shadowRoot!.querySelector('table')).to.equal(null);
    expect(text(el.shadowRoot!)).to.contain(
      'De cijfers per stelling worden niet getoond: er zijn 8 deelnemers met antwoorden en de minimale groepsgrootte is 9.',
    );
    expect(el.shadowRoot!.querySelectorAll('.pillar')).to.have.length(3);
  });

  it('shows the recommendations of the pillar that needs attention most, with marked external links', async () => {
    const el = await render();
    const heading = el.shadowRoot!.querySelector('#recommendations-heading')!;
    expect(text(heading)).to.equal('Aanbevelingen bij pijler 3: Kan ik je helpen?');
    const links = [...el.shadowRoot!.querySelectorAll('section[aria-labelledby="recommendations-heading"] a')];
    expect(links.length).to.be.greaterThan(0);
    expect(links.every((a) => a.getAttribute('target') === '_blank')).to.equal(true);
    expect(text(el.shadowRoot!)).to.contain('Agendeer de beperkingen');
  });

  it('states the rows the coordinator left out, and otherwise that a teacher may count as not started', async () => {
    const notices = (el: WedTeamReport) =>
      [...el.shadowRoot!.querySelectorAll('section[aria-labelledby="participation-heading"] .notice')].map(text);
    const leftOut = await render({ ...teamReport(), excluded: [{ reason: 'left-out', count: 1 }] });
    expect(notices(leftOut)).to.deep.equal(['Weggelaten zoals gevraagd: 1.']);
    const none = await render();
    expect(notices(none)).to.have.length(1);
    expect(notices(none)[0]).to.match(/^Er is geen cijferexport gekozen\./);
  });

  it('moves focus to its heading when asked', async () => {
    const el = await render();
    el.focus();
    expect(el.shadowRoot!.activeElement?.id).to.equal('report-heading');
  });
});
