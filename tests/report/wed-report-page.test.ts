import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/report/elements/wed-report-page.js';
import type { WedReportPage } from '../../src/report/elements/wed-report-page.js';
import type { WedCompareForm } from '../../src/report/elements/wed-compare-form.js';
import { byText, deepActiveElement, deepText, pressKeys, tabTo } from '../helpers/dom.js';
import { eventually } from '../helpers/eventually.js';
import { attemptFiles, PERSON } from './support/attempt-files.js';
import { interactionsText, teamReport, TEAM } from './team-data.js';

const text = (node: Element | ShadowRoot) => node.textContent!.replace(/\s+/g, ' ').trim();
const reportOf = (el: WedReportPage) => el.shadowRoot!.querySelector('wed-team-report')!;
const comparisonOf = (el: WedReportPage) => el.shadowRoot!.querySelector('wed-comparison-report')!;
const formOf = (el: WedReportPage) => el.shadowRoot!.querySelector<WedCompareForm>('wed-compare-form')!;

function choose(input: HTMLInputElement, files: File[]): void {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

/** The page in compare mode, chosen by keyboard: Tab to the checked mode, arrow to the other. */
async function compareMode(el: WedReportPage): Promise<ShadowRoot> {
  await tabTo((node) => node.id === 'mode-one');
  await pressKeys('ArrowDown');
  await el.updateComplete;
  const form = formOf(el);
  await form.updateComplete;
  return form.shadowRoot!;
}

async function submitByKeyboard(): Promise<void> {
  await tabTo(byText('Vergelijken'));
  await pressKeys('Enter');
}

const errorLinks = (form: ShadowRoot) =>
  eventually(
    () => [...(form.querySelector('wed-error-summary')?.shadowRoot?.querySelectorAll('a') ?? [])].map(text),
    (l) => l.length > 0,
  );

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

  it('leaves out the rows named, and says so on the report', async () => {
    const el = await render();
    const leaveOut = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#leave-out')!;
    leaveOut.value = 'l0@example.org\n  Learner 1 \n';
    leaveOut.dispatchEvent(new Event('change'));
    await el.read([new File([interactionsText()], 'team.txt')]);
    expect(reportOf(el).data?.analysed).to.equal(TEAM.length - 2);
    expect(text(reportOf(el).shadowRoot!)).to.contain('Weggelaten zoals gevraagd: 2.');
  });

  it('switches to comparing by keyboard, and refuses without files: error summary with focus, a message at the field', async () => {
    const el = await render();
    const form = await compareMode(el);
    expect(el.shadowRoot!.querySelector('#files')).to.equal(null);
    await submitByKeyboard();
    expect(await errorLinks(form)).to.deep.equal(['Kies de Moodle-downloads']);
    await eventually(() => deepActiveElement()?.classList.contains('summary'));
    expect(text(form.querySelector('#files-then-error')!)).to.equal('Fout: Kies de Moodle-downloads');
    expect(form.querySelector('#files-then')!.getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('asks for the date when comparing before and after one, and its link leads to the field', async () => {
    const el = await render();
    const form = await compareMode(el);
    await tabTo((node) => node.id === 'kind-first-latest');
    await pressKeys('ArrowDown');
    await formOf(el).updateComplete;
    expect(form.querySelector('#date')).to.exist;
    await submitByKeyboard();
    expect(await errorLinks(form)).to.deep.equal(['Vul de datum in', 'Kies de Moodle-downloads']);
    await eventually(() => deepActiveElement()?.classList.contains('summary'));
    await tabTo(byText('Vul de datum in'));
    await pressKeys('Enter');
    expect(deepActiveElement()?.id).to.equal('date');
    expect(form.querySelector('#date')!.getAttribute('aria-describedby')).to.contain('date-error');
  });

  it('asks for the second set of downloads, and the error goes once it is chosen', async () => {
    const el = await render();
    const form = await compareMode(el);
    form.querySelector<HTMLInputElement>('#kind-sets')!.click();
    await formOf(el).updateComplete;
    choose(form.querySelector<HTMLInputElement>('#files-then')!, [new File([interactionsText()], 'nulmeting.txt')]);
    await submitByKeyboard();
    expect(await errorLinks(form)).to.deep.equal(['Kies de downloads van het tweede moment']);
    choose(form.querySelector<HTMLInputElement>('#files-now')!, [new File([interactionsText()], 'vervolg.txt')]);
    await formOf(el).updateComplete;
    expect(form.querySelector('wed-error-summary')).to.equal(null);
    expect(form.querySelector('#files-now-error')).to.equal(null);
  });

  it('compares two labelled sets of downloads, with focus on the comparison and no person on the page', async () => {
    const el = await render();
    const form = await compareMode(el);
    form.querySelector<HTMLInputElement>('#kind-sets')!.click();
    await formOf(el).updateComplete;
    const name = form.querySelector<HTMLInputElement>('#name-then')!;
    expect(name.value).to.equal('Eerste meting');
    name.value = 'Nulmeting';
    name.dispatchEvent(new Event('input'));
    choose(form.querySelector<HTMLInputElement>('#files-then')!, await attemptFiles('baseline'));
    choose(form.querySelector<HTMLInputElement>('#files-now')!, await attemptFiles('follow-up'));
    await submitByKeyboard();
    await eventually(() => deepActiveElement()?.id === 'comparison-heading');
    const data = comparisonOf(el).data!;
    // The fixtures' README: 7 then, 5 now, 4 at both (withheld at 5); the teacher recognised by the gradebook export.
    expect([data.then.label, data.now.label]).to.deep.equal(['Nulmeting', 'Tweede meting']);
    expect([data.then.analysed, data.now.analysed, data.paired.learners]).to.deep.equal([7, 5, 4]);
    const page = deepText(el.shadowRoot!);
    expect(page).to.contain('Vergelijking: Nulmeting en Tweede meting');
    expect(page).to.contain('De verandering per deelnemer wordt niet getoond: minder dan 5 deelnemers staan in beide momenten (4).');
    expect(page).to.contain('Niet meegeteld: 1, omdat');
    expect(page).not.to.match(PERSON);
    await expect(el).to.be.accessible();
  });

  it("compares each learner's first and latest attempt from one download; without a gradebook export it says a teacher may count", async () => {
    const el = await render();
    const form = await compareMode(el);
    choose(form.querySelector<HTMLInputElement>('#files-then')!, await attemptFiles('attempts', false));
    await submitByKeyboard();
    const data = await eventually(() => comparisonOf(el).data);
    expect(data!.mode).to.deep.equal({ kind: 'first-latest' });
    expect([data!.then.analysed, data!.now.analysed, data!.paired.learners]).to.deep.equal([6, 6, 6]);
    expect(data!.excluded).to.deep.equal([]);
    const page = deepText(el.shadowRoot!);
    expect(page).to.contain('Er is geen cijferexport gekozen.');
    expect(page).not.to.match(PERSON);
  });

  it('leaves out the teacher named by the coordinator from a comparison, and says so', async () => {
    const el = await render();
    const form = await compareMode(el);
    const leaveOut = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#leave-out')!;
    leaveOut.value = 'm.vos@voorbeeldstad.example';
    leaveOut.dispatchEvent(new Event('change'));
    choose(form.querySelector<HTMLInputElement>('#files-then')!, await attemptFiles('attempts', false));
    await submitByKeyboard();
    const data = await eventually(() => comparisonOf(el).data);
    expect(data!.excluded).to.deep.equal([{ reason: 'left-out', count: 1 }]);
    const page = deepText(el.shadowRoot!);
    expect(page).to.contain('Weggelaten zoals gevraagd: 1.');
    expect(page).not.to.contain('Er is geen cijferexport gekozen.');
    expect(page).not.to.match(PERSON);
  });

  it('compares attempts before and after a date', async () => {
    const el = await render();
    const form = await compareMode(el);
    form.querySelector<HTMLInputElement>('#kind-date')!.click();
    await formOf(el).updateComplete;
    const date = form.querySelector<HTMLInputElement>('#date')!;
    date.value = '2026-06-01';
    date.dispatchEvent(new Event('input'));
    choose(form.querySelector<HTMLInputElement>('#files-then')!, await attemptFiles('attempts'));
    await submitByKeyboard();
    const data = await eventually(() => comparisonOf(el).data);
    expect(data!.mode).to.deep.equal({ kind: 'date', date: '2026-06-01' });
    expect([data!.then.analysed, data!.now.analysed, data!.paired.learners]).to.deep.equal([7, 7, 6]);
    expect(text(comparisonOf(el).shadowRoot!)).to.contain('Pogingen vóór 1 juni 2026 tegenover pogingen vanaf 1 juni 2026.');
  });

  it('applies a new minimum group size to the comparison at once', async () => {
    const el = await render();
    const form = await compareMode(el);
    choose(form.querySelector<HTMLInputElement>('#files-then')!, await attemptFiles('attempts'));
    await submitByKeyboard();
    await eventually(() => comparisonOf(el).data);
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#min-group')!;
    input.value = '7';
    input.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const data = comparisonOf(el).data!;
    expect([data.then.withheld, data.now.withheld, data.paired.withheld]).to.deep.equal([
      'below-min-group',
      'below-min-group',
      'below-min-group',
    ]);
  });

  it('shows a comparison made by the command line without the picker', async () => {
    const el = await render();
    const form = await compareMode(el);
    choose(form.querySelector<HTMLInputElement>('#files-then')!, await attemptFiles('attempts'));
    await submitByKeyboard();
    const made = await eventually(() => comparisonOf(el).data);
    const fixed = await render();
    fixed.comparison = { ...made!, generatedAt: '2026-11-30T10:00:00.000Z' };
    await fixed.updateComplete;
    expect(fixed.shadowRoot!.querySelector('.picker')).to.equal(null);
    expect(text(fixed.shadowRoot!)).to.contain('Gemaakt op 30 november 2026');
    expect(comparisonOf(fixed).data).to.equal(fixed.comparison);
  });

  it('fits 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await render();
    await el.read([new File([interactionsText()], 'team.txt')]);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const form = await compareMode(el);
    choose(form.querySelector<HTMLInputElement>('#files-then')!, await attemptFiles('attempts'));
    await submitByKeyboard();
    await eventually(() => comparisonOf(el).data);
    await comparisonOf(el).updateComplete;
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await setViewport({ width: 800, height: 600 });
  });
});
