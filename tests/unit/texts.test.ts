import { expect } from '@open-wc/testing';
import englishAssessment from '../../content/en/assessment.json';
import englishIntro from '../../content/en/intro.json';
import englishUi from '../../content/en/ui.json';
import englishLaterUi from '../../content/en/ui-assessment.json';
import dutchAssessment from '../../content/nl/assessment.json';
import dutchIntro from '../../content/nl/intro.json';
import dutchUi from '../../content/nl/ui.json';
import { DEFAULT_LANGUAGE } from '../../src/content/languages.js';
import * as englishLaunch from '../../src/content/packs/en-launch.js';
import * as englishLater from '../../src/content/packs/en-later.js';
import * as dutchLaunch from '../../src/content/packs/nl-launch.js';
import * as dutchLater from '../../src/content/packs/nl-later.js';
import { Texts, loadLaterTexts, setLanguage, texts, type Packs } from '../../src/content/texts.js';

/** What the package's holder shows before any test has changed it: the launch. */
const atLaunch = { language: texts.language, title: texts.intro.title, start: texts.launchUi.intro.start, hasLater: texts.hasLater };

/** Packs at hand, as the chunks would give them. */
const PACKS: Packs = {
  launch: { nl: async () => dutchLaunch, en: async () => englishLaunch },
  later: { nl: async () => dutchLater, en: async () => englishLater },
};

/** The packs with some loads failing, as a chunk that does not arrive. */
function failing(...parts: Array<`${keyof Packs}:${'nl' | 'en'}`>): Packs {
  const fail = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  return {
    launch: { nl: parts.includes('launch:nl') ? fail : PACKS.launch.nl, en: parts.includes('launch:en') ? fail : PACKS.launch.en },
    later: { nl: parts.includes('later:nl') ? fail : PACKS.later.nl, en: parts.includes('later:en') ? fail : PACKS.later.en },
  };
}

/** What a view would show now: a text of every part. */
const shown = (holder: Texts) =>
  `${holder.language}: ${holder.intro.title} / ${holder.launchUi.app.next}` +
  (holder.hasLater ? ` / ${holder.assessment.plan.heading} / ${holder.ui.plan.finish} / ${holder.ui.app.next}` : '');

const DUTCH = `nl: ${dutchIntro.title} / ${dutchUi.app.next}`;
const DUTCH_ALL = `${DUTCH} / ${dutchAssessment.plan.heading} / ${dutchLater.ui.plan.finish} / ${dutchUi.app.next}`;
const ENGLISH = `en: ${englishIntro.title} / ${englishUi.app.next}`;
const ENGLISH_ALL = `${ENGLISH} / ${englishAssessment.plan.heading} / ${englishLaterUi.plan.finish} / ${englishUi.app.next}`;

/** A holder of its own, started in Dutch, recording what its listeners saw. */
function dutchHolder() {
  const holder = new Texts(dutchLaunch);
  const heard: string[] = [];
  holder.onChange(() => heard.push(shown(holder)));
  return { holder, heard };
}

describe('texts: the package’s holder', () => {
  // Every test starts, and leaves, in the default language, whichever ran before it.
  const reset = () => setLanguage(DEFAULT_LANGUAGE);
  beforeEach(reset);
  afterEach(reset);

  it('starts in the default language, Dutch, with the first screen’s texts at hand and no later ones', () => {
    expect(atLaunch).to.deep.equal({ language: 'nl', title: dutchIntro.title, start: dutchUi.intro.start, hasLater: false });
  });

  it('loads the later texts and English from the chunks, and tells its listeners each time', async () => {
    let calls = 0;
    const stop = texts.onChange(() => calls++);
    await loadLaterTexts();
    expect(shown(texts)).to.equal(DUTCH_ALL);
    expect(await setLanguage('en')).to.equal(true);
    stop();
    expect(calls).to.equal(2);
    expect(shown(texts)).to.equal(ENGLISH_ALL);
    expect(texts.assessment.title).to.equal(englishIntro.title);
    expect(texts.assessment.scale.map((option) => option.label)).to.deep.equal([
      'strongly disagree',
      'disagree',
      'agree',
      'strongly agree',
    ]);
  });

  it('asking for the language already asked for waits for nothing else and changes nothing', async () => {
    let calls = 0;
    const stop = texts.onChange(() => calls++);
    expect(await setLanguage('nl')).to.equal(true);
    const first = setLanguage('en');
    expect(setLanguage('en')).to.equal(first);
    await first;
    stop();
    expect(calls).to.equal(1);
  });
});

describe('texts: a change of language', () => {
  it('says plainly that the later texts are not there yet, rather than showing another language’s', () => {
    const { holder } = dutchHolder();
    expect(() => holder.assessment).to.throw(/not loaded/);
    expect(() => holder.ui).to.throw(/not loaded/);
  });

  it('replaces every part in use at once: listeners never see two languages', async () => {
    const { holder, heard } = dutchHolder();
    await holder.loadLater(PACKS);
    expect(await holder.setLanguage('en', PACKS)).to.equal(true);
    expect(await holder.setLanguage('nl', PACKS)).to.equal(true);
    expect(heard).to.deep.equal([DUTCH_ALL, ENGLISH_ALL, DUTCH_ALL]);
  });

  it('runs switches in order: the last one asked for is shown', async () => {
    const { holder, heard } = dutchHolder();
    const results = [holder.setLanguage('en', PACKS), holder.setLanguage('nl', PACKS), holder.setLanguage('en', PACKS)];
    expect(await Promise.all(results)).to.deep.equal([true, true, true]);
    expect(heard).to.deep.equal([ENGLISH, DUTCH, ENGLISH]);
    expect(holder.language).to.equal('en');
  });

  it('a switch asked for while the later texts load waits for them, and brings them in its language', async () => {
    const { holder, heard } = dutchHolder();
    const later = holder.loadLater(PACKS);
    const english = holder.setLanguage('en', PACKS);
    await later;
    expect(await english).to.equal(true);
    expect(heard).to.deep.equal([DUTCH_ALL, ENGLISH_ALL]);
  });

  it('whose first-screen chunk does not arrive leaves the language shown as it is, and can be asked for again', async () => {
    const { holder, heard } = dutchHolder();
    expect(await holder.setLanguage('en', failing('launch:en'))).to.equal(false);
    expect(shown(holder)).to.equal(DUTCH);
    expect(heard).to.deep.equal([]);
    expect(await holder.setLanguage('en', PACKS)).to.equal(true);
    expect(heard).to.deep.equal([ENGLISH]);
  });

  it('whose later chunk does not arrive changes nothing either, not even the first screen’s texts', async () => {
    const { holder, heard } = dutchHolder();
    await holder.loadLater(PACKS);
    expect(await holder.setLanguage('en', failing('later:en'))).to.equal(false);
    expect(shown(holder)).to.equal(DUTCH_ALL);
    expect(heard).to.deep.equal([DUTCH_ALL]);
  });

  it('goes back to the language it started in when the later texts of the one shown do not arrive', async () => {
    const { holder, heard } = dutchHolder();
    await holder.setLanguage('en', PACKS);
    await holder.loadLater(failing('later:en'));
    expect(heard).to.deep.equal([ENGLISH, DUTCH_ALL]);
    // Asking for English again is a new request, not the one that failed.
    expect(await holder.setLanguage('en', PACKS)).to.equal(true);
    expect(shown(holder)).to.equal(ENGLISH_ALL);
  });

  it('rejects when not even the starting language’s later texts arrive, and loads them when asked again', async () => {
    const { holder, heard } = dutchHolder();
    let error: unknown;
    await holder.loadLater(failing('later:nl')).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
    expect(holder.hasLater).to.equal(false);
    await holder.loadLater(PACKS);
    expect(heard).to.deep.equal([DUTCH_ALL]);
  });
});
