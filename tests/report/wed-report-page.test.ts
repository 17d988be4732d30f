import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/report/elements/wed-report-page.js';
import type { WedReportPage } from '../../src/report/elements/wed-report-page.js';
import { interactionsText, teamReport } from './team-data.js';

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();
const reportOf = (el: WedReportPage) => el.shadowRoot!.querySelector('wed-team-report')!;

describe('wed-report-page', () => {
  const render = () => fixture<WedReportPage>(html`<wed-report-page></wed-report-page>`);

  it('is accessible', async () => {
    await expect(await render()).to.be.accessible();
  });

  it('is accessible with a report and an error', async () => {
    const el = await render();
    await el.read([new File([interactionsText()], 'team.txt'), new File(['x'], 'x.csv')]);
    await expect(el).to.be.accessible();
  });

  it('says that nothing leaves the computer, and labels its inputs', async () => {
    const el = await render();
    expect(text(el.shadowRoot!.querySelector('.privacy')!)).to.contain('verlaten deze computer niet');
    expect(el.shadowRoot!.querySelector('label[for="files"]')).to.exist;
    expect(el.shadowRoot!.querySelector('label[for="min-group"]')).to.exist;
  });

  it('reads chosen files, lists them and shows the report with focus on it', async () => {
    const el = await render();
    await el.read([new File([interactionsText()], 'team.txt')]);
    expect(text(el.shadowRoot!)).to.contain('team.txt: Interactierapport, 10 rijen');
    const report = reportOf(el);
    expect(report.data?.analysed).to.equal(8);
    expect(report.shadowRoot!.activeElement?.id).to.equal('report-heading');
  });

  it('names a file it cannot read and shows no figures for it', async () => {
    const el = await render();
    await el.read([new File(['boodschappen\nmelk\n'], 'lijst.txt')]);
    expect(text(el.shadowRoot!.querySelector('.error')!)).to.match(/^lijst\.txt: dit is geen Moodle-download/);
    expect(reportOf(el).data).to.equal(null);
  });

  it('applies a new minimum group size at once', async () => {
    const el = await render();
    await el.read([new File([interactionsText()], 'team.txt')]);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#min-group')!;
    input.value = '9';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(reportOf(el).data?.withheld).to.equal(true);
  });

  it('shows a report made by the command line without the file picker', async () => {
    const el = await render();
    el.data = { ...teamReport(), generatedAt: '2026-11-30T10:00:00.000Z' };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('#files')).to.equal(null);
    expect(text(el.shadowRoot!)).to.contain('Gemaakt op 30 november 2026');
    await expect(el).to.be.accessible();
  });

  it('fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render();
    await el.read([new File([interactionsText()], 'team.txt')]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 800, height: 600 });
  });
});
