import { expect } from '@open-wc/testing';
import englishAssessment from '../../content/en/assessment.json';
import englishIntro from '../../content/en/intro.json';
import englishUi from '../../content/en/ui.json';
import englishLaterUi from '../../content/en/ui-assessment.json';
import dutchIntro from '../../content/nl/intro.json';
import dutchUi from '../../content/nl/ui.json';
import { assessment } from '../../src/content/content.js';
import { introContent } from '../../src/content/intro.js';
import { currentLanguage, loadLaterTexts, onLanguageChange, setLanguage } from '../../src/content/language.js';
import { DEFAULT_LANGUAGE } from '../../src/content/languages.js';
import { ui } from '../../src/content/ui.js';
import { launchUi } from '../../src/content/ui-launch.js';

/** What the module holds before any test has changed it: the launch. */
const atLaunch = { language: currentLanguage(), title: introContent.title, start: launchUi.intro.start };

describe('language: swapping the texts', () => {
  // Every test starts, and leaves, in the default language, whichever ran before it.
  const reset = () => setLanguage(DEFAULT_LANGUAGE);
  beforeEach(reset);
  afterEach(reset);

  it('starts in the default language, Dutch, with its texts at hand', () => {
    expect(atLaunch).to.deep.equal({ language: 'nl', title: dutchIntro.title, start: dutchUi.intro.start });
    expect(currentLanguage()).to.equal('nl');
    expect(introContent.title).to.equal(dutchIntro.title);
    expect(launchUi.intro.start).to.equal(dutchUi.intro.start);
  });

  it('loads English, then replaces every text at once and tells its listeners', async () => {
    await loadLaterTexts();
    const heard: string[] = [];
    const stop = onLanguageChange((language) => heard.push(`${language}: ${introContent.title} / ${assessment.plan.heading}`));
    expect(await setLanguage('en')).to.equal(true);
    stop();
    expect(currentLanguage()).to.equal('en');
    expect(heard).to.deep.equal([`en: ${englishIntro.title} / ${englishAssessment.plan.heading}`]);
    expect(launchUi.app.next).to.equal(englishUi.app.next);
    expect(ui.plan.finish).to.equal(englishLaterUi.plan.finish);
    expect(ui.app.next).to.equal(englishUi.app.next);
    expect(assessment.title).to.equal(englishIntro.title);
    expect(assessment.scale.map((option) => option.label)).to.deep.equal(['strongly disagree', 'disagree', 'agree', 'strongly agree']);
  });

  it('asking for the language already asked for waits for nothing else and changes nothing', async () => {
    let calls = 0;
    const stop = onLanguageChange(() => calls++);
    expect(await setLanguage('nl')).to.equal(true);
    const first = setLanguage('en');
    expect(setLanguage('en')).to.equal(first);
    await first;
    stop();
    expect(calls).to.equal(1);
  });

  it('runs switches in order: the last one asked for is shown', async () => {
    const shown = [setLanguage('en'), setLanguage('nl'), setLanguage('en')];
    expect(await Promise.all(shown)).to.deep.equal([true, true, true]);
    expect(currentLanguage()).to.equal('en');
    expect(introContent.title).to.equal(englishIntro.title);
  });
});
